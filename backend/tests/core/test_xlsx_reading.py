"""Reading an XLSX's first sheet for imports (core/xlsx.py): what spreadsheet programs
write, and what a hostile file may hold."""

from __future__ import annotations

import io
import zipfile
from datetime import date

import pytest

from app.core import xlsx
from app.core.xlsx import XlsxStream, XlsxUnreadable, read_xlsx
from tests.support.spreadsheets import workbook


def test_our_own_files_read_back() -> None:
    book = XlsxStream("Customers", ["external_id", "name", "rating"])
    data = book.rows([["A-1", "=not a formula", 4], ["A-2", "Ünïcode ₹", None]]) + book.close()
    assert list(read_xlsx(data)) == [
        (1, ["external_id", "name", "rating"]),
        (2, ["A-1", "=not a formula", "4"]),
        (3, ["A-2", "Ünïcode ₹"]),
    ]


def test_what_a_spreadsheet_program_writes() -> None:
    data = workbook(
        [
            ["postal_code", "price", "sum", "from", "active"],
            [560001, 1250.5, 0.1 + 0.2, date(2026, 4, 1), True],
            [],
            [None, None, None, None, False],
        ]
    )
    assert list(read_xlsx(data)) == [
        (1, ["postal_code", "price", "sum", "from", "active"]),
        (2, ["560001", "1250.5", "0.3", "2026-04-01", "true"]),
        (4, [None, None, None, None, "false"]),
    ]


def _with_part(name: str, content: str, base: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(base)) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            if item.filename != name:
                target.writestr(item, source.read(item))
        target.writestr(name, content)
    return out.getvalue()


def test_entities_are_refused() -> None:
    bomb = (
        '<?xml version="1.0"?><!DOCTYPE sst [<!ENTITY a "aaaaaaaaaa">'
        '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
        '<sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
        "<si><t>&b;</t></si></sst>"
    )
    data = _with_part("xl/sharedStrings.xml", bomb, workbook([["name"], ["x"]]))
    with pytest.raises(XlsxUnreadable):
        list(read_xlsx(data))


def test_a_part_larger_than_the_cap_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(xlsx, "MAX_PART_BYTES", 200)
    data = workbook([["name"], *(["x" * 50] for _ in range(20))])
    with pytest.raises(XlsxUnreadable, match="larger than"):
        list(read_xlsx(data))


@pytest.mark.parametrize(
    "data", [b"not a zip at all", b"PK\x03\x04 broken", workbook([["a"]])[:200]]
)
def test_what_is_not_a_workbook_is_refused(data: bytes) -> None:
    with pytest.raises(XlsxUnreadable):
        list(read_xlsx(data))
