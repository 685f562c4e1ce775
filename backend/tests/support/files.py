"""Exported files read back: CSV parsed, XLSX read from its sheet XML (no spreadsheet
library needed)."""

from __future__ import annotations

import csv
import io
import zipfile
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
