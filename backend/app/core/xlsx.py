"""XLSX, written and read without a spreadsheet library.

Writing (``XlsxStream``): an XLSX file is a zip of a few XML parts; the sheet is written
row by row through ``zipfile`` into a buffer that the caller drains after each batch, so
memory stays bounded whatever the number of rows (no shared-strings table: cells carry
their text inline; no library holding the sheet until the end). Text cells are
``inlineStr``, never formulas, so a value starting with ``=`` is shown, not evaluated.

Cells are typed by their Python value: ``int``, ``float`` and ``Decimal`` are numbers
(a Decimal written digit for digit, so an amount's cell holds exactly its value), a
``date`` a date and a ``datetime`` a date and time (Excel's serial day numbers with a
``yyyy-mm-dd`` / ``yyyy-mm-dd hh:mm:ss`` format; an aware time is written in UTC),
``bool`` a boolean; anything else is text.

Reading (``read_xlsx``): the first sheet's rows as text, for imports. The XML is parsed
with ``defusedxml`` (no entities, no DTDs) as a stream, each part's unpacked size is
capped (a zip bomb stops at the cap), shared strings and inline strings are both read,
and a number in a date format becomes its ISO date (Excel keeps dates as day counts).
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterable, Iterator, Sequence
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from io import BytesIO
from typing import IO, Any
from xml.sax.saxutils import escape

from defusedxml.ElementTree import iterparse

_CONTENT_TYPES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" '
    'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/xl/workbook.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
    '<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>'
    '<Override PartName="/xl/styles.xml" ContentType="application/'
    'vnd.openxmlformats-officedocument.spreadsheetml.styles+xml"/>'
    "</Types>"
)
_ROOT_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/officeDocument" Target="xl/workbook.xml"/>'
    "</Relationships>"
)
_WORKBOOK_RELS = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
    '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/worksheet" Target="worksheets/sheet1.xml"/>'
    '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
    'relationships/styles" Target="styles.xml"/>'
    "</Relationships>"
)
# Cell formats: 0 the default, 1 a date, 2 a date and time (custom number formats 164
# and 165: ISO order whatever the reader's locale).
DATE_STYLE, DATETIME_STYLE = 1, 2
_STYLES = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    '<numFmts count="2"><numFmt numFmtId="164" formatCode="yyyy-mm-dd"/>'
    '<numFmt numFmtId="165" formatCode="yyyy-mm-dd hh:mm:ss"/></numFmts>'
    '<fonts count="1"><font><sz val="11"/><name val="Calibri"/></font></fonts>'
    '<fills count="2"><fill><patternFill patternType="none"/></fill>'
    '<fill><patternFill patternType="gray125"/></fill></fills>'
    '<borders count="1"><border><left/><right/><top/><bottom/><diagonal/></border></borders>'
    '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>'
    '<cellXfs count="3"><xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>'
    '<xf numFmtId="164" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    '<xf numFmtId="165" fontId="0" fillId="0" borderId="0" xfId="0" applyNumberFormat="1"/>'
    "</cellXfs>"
    '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>'
    "</styleSheet>"
)
# Day 0 of Excel's serial dates (1900 system, its 1900 leap-year bug included).
_EPOCH = datetime(1899, 12, 30)
_SHEET_HEAD = (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">'
    "<sheetData>"
)
_SHEET_TAIL = "</sheetData></worksheet>"
# Characters XML 1.0 cannot hold at all (control characters other than tab and newlines).
_ILLEGAL_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _workbook(sheet_name: str) -> str:
    name = escape(sheet_name[:31])
    return (
        '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
        '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" '
        'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">'
        f'<sheets><sheet name="{name}" sheetId="1" r:id="rId1"/></sheets></workbook>'
    )


def column_letter(index: int) -> str:
    """0 -> A, 25 -> Z, 26 -> AA."""
    letters = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        letters = chr(65 + remainder) + letters
    return letters


def serial_day(value: date) -> Decimal:
    """A date or time as Excel's serial day number (days since 1899-12-30)."""
    if isinstance(value, datetime):
        moment = value.astimezone(UTC).replace(tzinfo=None) if value.tzinfo else value
        elapsed = moment - _EPOCH
        seconds = elapsed.days * 86400 + elapsed.seconds + Decimal(elapsed.microseconds) / 10**6
        return seconds / 86400
    return Decimal((value - _EPOCH.date()).days)


def _cell(reference: str, value: Any) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, bool):
        return f'<c r="{reference}" t="b"><v>{int(value)}</v></c>'
    if isinstance(value, int | float):
        return f'<c r="{reference}"><v>{value}</v></c>'
    if isinstance(value, Decimal) and value.is_finite():
        return f'<c r="{reference}"><v>{format(value, "f")}</v></c>'
    if isinstance(value, datetime):
        number = format(serial_day(value).quantize(Decimal("1E-10")).normalize(), "f")
        return f'<c r="{reference}" s="{DATETIME_STYLE}"><v>{number}</v></c>'
    if isinstance(value, date):
        return f'<c r="{reference}" s="{DATE_STYLE}"><v>{serial_day(value)}</v></c>'
    text = escape(_ILLEGAL_XML.sub("", str(value)))
    return f'<c r="{reference}" t="inlineStr"><is><t xml:space="preserve">{text}</t></is></c>'


class _Drain:
    """A write-only file whose bytes are taken out by the caller (zipfile writes to it
    without seeking, using data descriptors)."""

    def __init__(self) -> None:
        self._chunks: list[bytes] = []

    def write(self, data: bytes) -> int:
        self._chunks.append(bytes(data))
        return len(data)

    def flush(self) -> None:
        pass

    def take(self) -> bytes:
        data = b"".join(self._chunks)
        self._chunks.clear()
        return data


class XlsxStream:
    """``rows`` writes rows and answers the bytes made so far; ``close`` the rest."""

    def __init__(self, sheet_name: str, header: Sequence[str]) -> None:
        self._out = _Drain()
        self._zip = zipfile.ZipFile(self._out, "w", compression=zipfile.ZIP_DEFLATED)  # type: ignore[call-overload]
        self._zip.writestr("[Content_Types].xml", _CONTENT_TYPES)
        self._zip.writestr("_rels/.rels", _ROOT_RELS)
        self._zip.writestr("xl/workbook.xml", _workbook(sheet_name))
        self._zip.writestr("xl/_rels/workbook.xml.rels", _WORKBOOK_RELS)
        self._zip.writestr("xl/styles.xml", _STYLES)
        self._sheet: IO[bytes] = self._zip.open("xl/worksheets/sheet1.xml", "w", force_zip64=True)
        self._sheet.write(_SHEET_HEAD.encode())
        self._row = 0
        self._letters = [column_letter(i) for i in range(len(header))]
        self._write([list(header)])

    def rows(self, rows: Iterable[Sequence[Any]]) -> bytes:
        self._write(rows)
        return self._out.take()

    def _write(self, rows: Iterable[Sequence[Any]]) -> None:
        parts: list[str] = []
        for values in rows:
            self._row += 1
            number = self._row
            cells = "".join(
                _cell(f"{letter}{number}", value)
                for letter, value in zip(self._letters, values, strict=False)
            )
            parts.append(f'<row r="{number}">{cells}</row>')
        self._sheet.write("".join(parts).encode())

    def close(self) -> bytes:
        self._sheet.write(_SHEET_TAIL.encode())
        self._sheet.close()
        self._zip.close()
        return self._out.take()


# --- reading --------------------------------------------------------------------------

# Each XML part of a workbook read for an import is at most this large unpacked.
MAX_PART_BYTES = 200 * 1024 * 1024
# Built-in number formats that show dates (ECMA-376 18.8.30).
_DATE_FORMATS = frozenset({14, 15, 16, 17, 18, 19, 20, 21, 22, 45, 46, 47})
_DATE_CODE = re.compile(r"[dmyhs]", re.IGNORECASE)
_QUOTED = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]')


class XlsxUnreadable(ValueError):
    """Not a workbook this reader understands (the message says why, for the person)."""


def _local(tag: str) -> str:
    return tag.rsplit("}", 1)[-1]


def _attribute(element: Any, name: str) -> str | None:
    for key, value in element.attrib.items():
        if _local(key) == name:
            return str(value)
    return None


def _open_part(book: zipfile.ZipFile, name: str) -> IO[bytes] | None:
    try:
        info = book.getinfo(name)
    except KeyError:
        return None
    if info.file_size > MAX_PART_BYTES:
        raise XlsxUnreadable(f"{name} is larger than {MAX_PART_BYTES // (1024 * 1024)} MB")
    return book.open(info)


def _elements(part: IO[bytes]) -> Iterator[Any]:
    for _, element in iterparse(part, events=("end",)):
        yield element


def _shared_strings(book: zipfile.ZipFile) -> list[str]:
    part = _open_part(book, "xl/sharedStrings.xml")
    if part is None:
        return []
    strings: list[str] = []
    with part:
        for element in _elements(part):
            if _local(element.tag) == "si":
                strings.append(
                    "".join(t.text or "" for t in element.iter() if _local(t.tag) == "t")
                )
                element.clear()
    return strings


def _date_styles(book: zipfile.ZipFile) -> set[int]:
    """The indexes of the cell styles that show a date."""
    part = _open_part(book, "xl/styles.xml")
    if part is None:
        return set()
    custom: dict[int, str] = {}
    styles: list[int] = []
    in_cell_formats = False
    with part:
        for event, element in iterparse(part, events=("start", "end")):
            name = _local(element.tag)
            if name == "cellXfs":
                in_cell_formats = event == "start"
            elif event == "end" and name == "numFmt":
                custom[int(_attribute(element, "numFmtId") or 0)] = (
                    _attribute(element, "formatCode") or ""
                )
            elif event == "end" and name == "xf" and in_cell_formats:
                styles.append(int(_attribute(element, "numFmtId") or 0))
    dates = {
        number
        for number, code in custom.items()
        if _DATE_CODE.search(_QUOTED.sub("", code)) and "General" not in code
    }
    return {index for index, number in enumerate(styles) if number in _DATE_FORMATS | dates}


def _first_sheet(book: zipfile.ZipFile) -> str:
    """The part of the workbook's first sheet (by the workbook's order)."""
    workbook = _open_part(book, "xl/workbook.xml")
    relations = _open_part(book, "xl/_rels/workbook.xml.rels")
    if workbook is None or relations is None:
        raise XlsxUnreadable("not an XLSX workbook (no xl/workbook.xml)")
    with workbook:
        first = next(
            (_attribute(e, "id") for e in _elements(workbook) if _local(e.tag) == "sheet"), None
        )
    with relations:
        targets = {
            _attribute(e, "Id"): _attribute(e, "Target") or ""
            for e in _elements(relations)
            if _local(e.tag) == "Relationship"
        }
    target = targets.get(first)
    if not target:
        raise XlsxUnreadable("the workbook has no sheet")
    return target.lstrip("/") if target.startswith("/") else f"xl/{target}"


def _column_index(reference: str | None) -> int | None:
    if not reference:
        return None
    index = 0
    for char in reference:
        if not char.isalpha():
            break
        index = index * 26 + ord(char.upper()) - 64
    return index - 1 if index else None


def _number_text(text: str) -> str:
    """A number as a person typed it: 560001, not 560001.0; 15 significant digits (what
    Excel shows), so 0.1 + 0.2 reads 0.3."""
    try:
        value = float(text)
    except ValueError:
        return text
    if value.is_integer() and abs(value) < 1e15:
        return str(int(value))
    return format(value, ".15g")


def _date_text(text: str) -> str:
    try:
        moment = _EPOCH + timedelta(days=float(text))
    except (ValueError, OverflowError):
        return text
    if moment.hour == moment.minute == moment.second == 0:
        return moment.date().isoformat()
    return moment.isoformat(timespec="seconds")


def _cell_text(cell: Any, shared: list[str], dates: set[int]) -> str | None:
    kind = _attribute(cell, "t") or "n"
    if kind == "inlineStr":
        return "".join(t.text or "" for t in cell.iter() if _local(t.tag) == "t")
    value: str | None = next((c.text for c in cell if _local(c.tag) == "v"), None)
    if value is None:
        return None
    if kind == "s":
        try:
            return shared[int(value)]
        except (ValueError, IndexError):
            raise XlsxUnreadable("a cell names a shared string that does not exist") from None
    if kind == "b":
        return "true" if value.strip() == "1" else "false"
    if kind in ("str", "e"):
        return value
    style = int(_attribute(cell, "s") or 0)
    return _date_text(value) if style in dates else _number_text(value)


def read_xlsx(data: bytes) -> Iterator[tuple[int, list[str | None]]]:
    """The first sheet's rows: (row number as the sheet shows it, cells as text, None for
    an empty cell). Empty rows are left out. ``XlsxUnreadable`` when the bytes are not a
    workbook."""
    try:
        book = zipfile.ZipFile(BytesIO(data))
    except zipfile.BadZipFile:
        raise XlsxUnreadable("not an XLSX file (not a zip archive)") from None
    with book:
        try:
            shared = _shared_strings(book)
            dates = _date_styles(book)
            sheet = _open_part(book, _first_sheet(book))
            if sheet is None:
                raise XlsxUnreadable("the workbook's first sheet is missing")
            with sheet:
                number = 0
                for element in _elements(sheet):
                    if _local(element.tag) != "row":
                        continue
                    number = int(_attribute(element, "r") or number + 1)
                    cells: list[str | None] = []
                    for cell in element:
                        if _local(cell.tag) != "c":
                            continue
                        index = _column_index(_attribute(cell, "r"))
                        if index is None:
                            index = len(cells)
                        cells.extend([None] * (index + 1 - len(cells)))
                        cells[index] = _cell_text(cell, shared, dates)
                    element.clear()
                    if any(value not in (None, "") for value in cells):
                        yield number, cells
        except (zipfile.BadZipFile, KeyError, EOFError) as error:
            raise XlsxUnreadable(f"damaged XLSX file ({error})") from None
        except XlsxUnreadable:
            raise
        except Exception as error:  # XML syntax, forbidden entities, bad numbers
            raise XlsxUnreadable(f"unreadable XLSX content ({type(error).__name__})") from None
