"""Indian states and union territories by their GST state codes (the first two digits
of a GSTIN). Addresses in India carry the code, so the place of supply (CGST + SGST
within the company's state, IGST across states) is a comparison of two codes, not of
spellings."""

from __future__ import annotations

GST_STATES: dict[str, str] = {
    "01": "Jammu and Kashmir",
    "02": "Himachal Pradesh",
    "03": "Punjab",
    "04": "Chandigarh",
    "05": "Uttarakhand",
    "06": "Haryana",
    "07": "Delhi",
    "08": "Rajasthan",
    "09": "Uttar Pradesh",
    "10": "Bihar",
    "11": "Sikkim",
    "12": "Arunachal Pradesh",
    "13": "Nagaland",
    "14": "Manipur",
    "15": "Mizoram",
    "16": "Tripura",
    "17": "Meghalaya",
    "18": "Assam",
    "19": "West Bengal",
    "20": "Jharkhand",
    "21": "Odisha",
    "22": "Chhattisgarh",
    "23": "Madhya Pradesh",
    "24": "Gujarat",
    "26": "Dadra and Nagar Haveli and Daman and Diu",
    "27": "Maharashtra",
    "29": "Karnataka",
    "30": "Goa",
    "31": "Lakshadweep",
    "32": "Kerala",
    "33": "Tamil Nadu",
    "34": "Puducherry",
    "35": "Andaman and Nicobar Islands",
    "36": "Telangana",
    "37": "Andhra Pradesh",
    "38": "Ladakh",
    "97": "Other Territory",
}

# Other spellings seen in addresses typed by hand.
_ALIASES = {
    "new delhi": "07",
    "nct of delhi": "07",
    "national capital territory of delhi": "07",
    "orissa": "21",
    "pondicherry": "34",
    "j&k": "01",
    "jammu & kashmir": "01",
    "uttaranchal": "05",
    "andaman & nicobar islands": "35",
    "daman and diu": "26",
    "dadra and nagar haveli": "26",
    "tamilnadu": "33",
    "chattisgarh": "22",
}
_BY_NAME = {name.lower(): code for code, name in GST_STATES.items()} | _ALIASES


def state_code_for(name: str | None) -> str | None:
    """The GST code of a state written by name (any case, common spellings), or None."""
    if not name:
        return None
    cleaned = " ".join(name.replace(".", " ").split()).lower()
    return _BY_NAME.get(cleaned)


def state_name(code: str) -> str:
    return GST_STATES[code]
