"""Exported files read back: CSV parsed, XLSX read from its sheet XML (no spreadsheet
library needed)."""

from __future__ import annotations

import csv
import io
import zipfile
from datetime import datetime, timedelta
from decimal import Decimal
from xml.etree import ElementTree

SHEET = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"


def read_csv(body: bytes) -> list[dict[str, str]]:
    assert body.startswith("\ufeff".encode())
    return list(csv.DictReader(io.StringIO(body.decode("utf-8-sig"))))


def read_xlsx(body: bytes) -> list[list[str]]:
    """The first sheet's rows as text, read from the zip's XML (no spreadsheet library)."""
    with zipfile.ZipFile(io.BytesIO(body)) as book:
        assert "xl/workbook.xml" in book.namelist()
        root = ElementTree.fromstring(book.read("xl/worksheets/sheet1.xml"))
    rows = []
    for row in root.iter(f"{SHEET}row"):
        cells: dict[int, str] = {}
        for cell in row.iter(f"{SHEET}c"):
            letters = cell.attrib["r"].rstrip("0123456789")
            column = 0
            for letter in letters:
                column = column * 26 + ord(letter) - 64
            text = cell.find(f"{SHEET}is/{SHEET}t")
            value = cell.find(f"{SHEET}v")
            found = text if text is not None else value
            cells[column - 1] = (found.text or "") if found is not None else ""
        rows.append([cells.get(i, "") for i in range(max(cells) + 1)] if cells else [])
    return rows


def _date_styles(book: zipfile.ZipFile) -> dict[int, str]:
    """Cell style index -> "date" or "datetime", read from the book's number formats."""
    if "xl/styles.xml" not in book.namelist():
        return {}
    root = ElementTree.fromstring(book.read("xl/styles.xml"))
    codes = {
        int(fmt.attrib["numFmtId"]): fmt.attrib["formatCode"] for fmt in root.iter(f"{SHEET}numFmt")
    }
    kinds: dict[int, str] = {}
    cell_formats = root.find(f"{SHEET}cellXfs")
    for index, xf in enumerate(cell_formats if cell_formats is not None else []):
        number_format = int(xf.attrib.get("numFmtId", "0"))
        code = codes.get(number_format, "")
        if 14 <= number_format <= 17 or ("y" in code and "d" in code and "h" not in code):
            kinds[index] = "date"
        elif number_format == 22 or ("y" in code and "h" in code):
            kinds[index] = "datetime"
    return kinds


def read_xlsx_typed(body: bytes) -> list[list[object]]:
    """The first sheet's rows as a spreadsheet reads them: a number cell as a Decimal, a
    cell with a date format as a date (or datetime), a boolean as a bool, text as str;
    an empty cell as None."""
    with zipfile.ZipFile(io.BytesIO(body)) as book:
        styles = _date_styles(book)
        root = ElementTree.fromstring(book.read("xl/worksheets/sheet1.xml"))
    epoch = datetime(1899, 12, 30)
    rows: list[list[object]] = []
    for row in root.iter(f"{SHEET}row"):
        cells: dict[int, object] = {}
        for cell in row.iter(f"{SHEET}c"):
            letters = cell.attrib["r"].rstrip("0123456789")
            column = 0
            for letter in letters:
                column = column * 26 + ord(letter) - 64
            kind = cell.attrib.get("t", "n")
            value: object
            if kind == "inlineStr":
                value = cell.findtext(f"{SHEET}is/{SHEET}t") or ""
            elif kind == "b":
                value = cell.findtext(f"{SHEET}v") == "1"
            else:
                number = Decimal(cell.findtext(f"{SHEET}v") or "0")
                style = styles.get(int(cell.attrib.get("s", "0")))
                if style == "date":
                    value = (epoch + timedelta(days=int(number))).date()
                elif style == "datetime":
                    value = epoch + timedelta(seconds=round(float(number * 86400)))
                else:
                    value = number
            cells[column - 1] = value
        rows.append([cells.get(i) for i in range(max(cells) + 1)] if cells else [])
    return rows
