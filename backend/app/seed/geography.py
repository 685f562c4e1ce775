"""Cities of the demo, with coordinates, postal-code prefixes and GST state codes."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class City:
    name: str
    state: str
    gst_state: str
    postal_prefix: str
    latitude: float
    longitude: float


TERRITORIES: dict[str, tuple[str, list[City]]] = {
    "North": (
        "North India",
        [
            City("New Delhi", "Delhi", "07", "110", 28.6139, 77.2090),
            City("Gurugram", "Haryana", "06", "122", 28.4595, 77.0266),
            City("Noida", "Uttar Pradesh", "09", "201", 28.5355, 77.3910),
            City("Jaipur", "Rajasthan", "08", "302", 26.9124, 75.7873),
            City("Chandigarh", "Chandigarh", "04", "160", 30.7333, 76.7794),
            City("Lucknow", "Uttar Pradesh", "09", "226", 26.8467, 80.9462),
        ],
    ),
    "West": (
        "West India",
        [
            City("Mumbai", "Maharashtra", "27", "400", 19.0760, 72.8777),
            City("Pune", "Maharashtra", "27", "411", 18.5204, 73.8567),
            City("Ahmedabad", "Gujarat", "24", "380", 23.0225, 72.5714),
            City("Surat", "Gujarat", "24", "395", 21.1702, 72.8311),
            City("Nashik", "Maharashtra", "27", "422", 19.9975, 73.7898),
        ],
    ),
    "South": (
        "South India",
        [
            City("Bengaluru", "Karnataka", "29", "560", 12.9716, 77.5946),
            City("Chennai", "Tamil Nadu", "33", "600", 13.0827, 80.2707),
            City("Hyderabad", "Telangana", "36", "500", 17.3850, 78.4867),
            City("Coimbatore", "Tamil Nadu", "33", "641", 11.0168, 76.9558),
            City("Kochi", "Kerala", "32", "682", 9.9312, 76.2673),
        ],
    ),
}

FIRST_NAMES = [
    "Rajesh",
    "Priya",
    "Amit",
    "Sunita",
    "Vikram",
    "Anjali",
    "Suresh",
    "Kavita",
    "Arjun",
    "Meera",
    "Rahul",
    "Neha",
    "Sanjay",
    "Pooja",
    "Deepak",
    "Lakshmi",
    "Karthik",
    "Divya",
    "Manoj",
    "Swati",
    "Harish",
    "Nandini",
    "Rohit",
    "Shalini",
]
LAST_NAMES = [
    "Sharma",
    "Patel",
    "Iyer",
    "Reddy",
    "Nair",
    "Gupta",
    "Singh",
    "Mehta",
    "Rao",
    "Joshi",
    "Desai",
    "Kulkarni",
    "Menon",
    "Agarwal",
    "Verma",
    "Pillai",
    "Chopra",
    "Bhat",
]
