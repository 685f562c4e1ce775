"""Printed business documents (a quote, an invoice) as PDF: one layout, many documents.

A domain describes its document as data (``Document``: a title, reference fields,
parties, a lines table, a tax table, totals, the total in words, text sections) and
``render_pdf`` lays it out on A4 under the company's letterhead (``Letterhead``, from
the settings). The domain supplies only its own blocks, already as the text to print:
amounts come formatted by the caller (``core/money_text.py``), from the amounts it
stored, so the PDF prints exactly what the API answers and nothing is recomputed here.

Layout: the letterhead and the document's title with its reference fields on the first
page; party blocks side by side; the lines table, which breaks across pages with its
header row repeated; the tax table beside the totals; the total in words; the sections
(terms, notes); on every page a footer with "Page x of y", and from the second page a
running head with the company and the document's reference.

Fonts: the standard PDF fonts (Helvetica), so nothing is bundled or installed. They hold
Latin-1 only: text outside it is transliterated where a plain equivalent exists (dashes,
quotes, the rupee sign as "INR") and otherwise printed as "?"; amounts carry the ISO
code ("INR 1,23,456.00"), never a currency symbol (docs/decisions/0017-document-pdfs.md).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from typing import Any

from fpdf import FPDF
from fpdf.enums import XPos, YPos

from app.core.config import Settings
from app.core.money_text import format_grouped
from app.core.regions import GST_STATES

FONT = "Helvetica"
INK = (33, 37, 41)
MUTED = (108, 117, 125)
ACCENT = (31, 73, 125)
RULE = (206, 212, 218)
HEAD_FILL = (231, 237, 245)
MARGIN = 14.0
# A table row must fit on one page: a longer cell is cut (2,000 characters of a quote
# line's description fill about 40 lines of its column).
MAX_CELL_LINES = 45
# Characters the standard fonts lack, spelled in ones they have.
_PLAIN = str.maketrans(
    {
        "\u20b9": "INR ",
        "\u2013": "-",
        "\u2014": "-",
        "\u2212": "-",
        "\u2018": "'",
        "\u2019": "'",
        "\u201c": '"',
        "\u201d": '"',
        "\u2032": "'",
        "\u2033": '"',
        "\u2022": "-",
        "\u2026": "...",
        "\u00a0": " ",
        "\u2009": " ",
        "\u200b": "",
        "\t": "    ",
    }
)


def printable(text: str) -> str:
    """Text the standard PDF fonts can draw (Latin-1), as close to ``text`` as may be."""
    text = text.translate(_PLAIN).replace("INR  ", "INR ")
    out: list[str] = []
    for char in text:
        if char == "\n" or (" " <= char <= "~") or ("\u00a0" <= char <= "\u00ff"):
            out.append(char)
            continue
        plain = unicodedata.normalize("NFKD", char).encode("latin-1", "ignore").decode("latin-1")
        out.append(plain if plain.strip() else "?")
    return "".join(out)


@dataclass(frozen=True)
class Letterhead:
    name: str
    address: Sequence[str] = ()
    gstin: str | None = None
    phone: str | None = None
    email: str | None = None

    @classmethod
    def from_settings(cls, settings: Settings) -> Letterhead:
        return cls(
            name=settings.company_name,
            address=tuple(settings.company_address),
            gstin=settings.company_gstin,
            phone=settings.company_phone,
            email=settings.company_email,
        )


@dataclass(frozen=True)
class Party:
    """A block like "Bill to": a heading, a name, address lines, the GSTIN."""

    heading: str
    name: str
    lines: Sequence[str] = ()
    gstin: str | None = None


@dataclass(frozen=True)
class Column:
    heading: str
    width: float  # a share of the table's width
    align: str = "L"  # L, R or C


@dataclass(frozen=True)
class Row:
    cells: Sequence[str]
    # Printed under the first wide cell and the row shown muted, e.g. "Optional".
    note: str | None = None


@dataclass(frozen=True)
class Table:
    columns: Sequence[Column]
    rows: Sequence[Row]
    title: str | None = None


@dataclass(frozen=True)
class Total:
    label: str
    amount: str
    strong: bool = False


@dataclass(frozen=True)
class Section:
    heading: str
    text: str


@dataclass(frozen=True)
class Document:
    title: str  # "QUOTATION", "TAX INVOICE"
    reference: str  # the number, for the running head and the footer
    fields: Sequence[tuple[str, str]]  # ("Quote no.", "Q/2026-27/00042"), ("Date", …)
    parties: Sequence[Party]
    lines: Table
    tax: Table | None = None
    totals: Sequence[Total] = ()
    in_words: str | None = None
    sections: Sequence[Section] = ()
    closing: str | None = None  # e.g. "For Sahyadri Pumps & Valves Pvt Ltd"


class _Pdf(FPDF):
    def __init__(self, document: Document, letterhead: Letterhead) -> None:
        super().__init__(orientation="P", unit="mm", format="A4")
        self.document = document
        self.letterhead = letterhead
        self.set_margins(MARGIN, 16, MARGIN)
        self.set_auto_page_break(auto=True, margin=16)
        self.set_title(printable(f"{document.title.title()} {document.reference}"))
        self.set_author(printable(letterhead.name))
        self.set_creator("Sales management system")

    def header(self) -> None:
        if self.page_no() == 1:
            return
        self.set_y(7)
        self.set_font(FONT, "", 8)
        self.set_text_color(*MUTED)
        self.cell(0, 4, printable(self.letterhead.name), align="L")
        self.set_x(self.l_margin)
        self.cell(0, 4, printable(f"{self.document.title} {self.document.reference}"), align="R")
        self.set_draw_color(*RULE)
        self.line(self.l_margin, 12, self.w - self.r_margin, 12)
        self.set_y(16)

    def footer(self) -> None:
        self.set_y(-12)
        self.set_draw_color(*RULE)
        self.line(self.l_margin, self.get_y() - 1, self.w - self.r_margin, self.get_y() - 1)
        self.set_font(FONT, "", 8)
        self.set_text_color(*MUTED)
        self.cell(0, 5, printable(f"{self.letterhead.name} - {self.document.reference}"))
        self.set_x(self.l_margin)
        self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="R")

    @property
    def content_width(self) -> float:
        return float(self.w - self.l_margin - self.r_margin)

    def room(self) -> float:
        return float(self.page_break_trigger - self.get_y())


def _letterhead(pdf: _Pdf, letterhead: Letterhead, document: Document) -> None:
    top = pdf.get_y()
    left_width = pdf.content_width * 0.58
    pdf.set_text_color(*ACCENT)
    pdf.set_font(FONT, "B", 15)
    pdf.multi_cell(left_width, 7, printable(letterhead.name), new_x=XPos.LMARGIN)
    pdf.set_text_color(*INK)
    pdf.set_font(FONT, "", 8.5)
    lines = list(letterhead.address)
    contact = " | ".join(v for v in (letterhead.phone, letterhead.email) if v)
    if contact:
        lines.append(contact)
    for line in lines:
        pdf.multi_cell(left_width, 4, printable(line), new_x=XPos.LMARGIN)
    if letterhead.gstin:
        pdf.set_font(FONT, "B", 8.5)
        pdf.cell(left_width, 4.5, printable(f"GSTIN: {letterhead.gstin}"))
        pdf.ln(4.5)
    left_bottom = pdf.get_y()

    # The document's title and reference fields, on the right.
    right_x = pdf.l_margin + left_width + 4
    right_width = pdf.content_width - left_width - 4
    pdf.set_xy(right_x, top)
    pdf.set_text_color(*ACCENT)
    pdf.set_font(FONT, "B", 17)
    pdf.cell(right_width, 8, printable(document.title), align="R")
    pdf.set_y(top + 9.5)
    label_width = right_width * 0.42
    for label, value in document.fields:
        pdf.set_x(right_x)
        pdf.set_text_color(*MUTED)
        pdf.set_font(FONT, "", 8.5)
        pdf.cell(label_width, 4.6, printable(label), align="R")
        pdf.set_text_color(*INK)
        pdf.set_font(FONT, "B", 8.5)
        pdf.multi_cell(
            right_width - label_width, 4.6, printable(value), align="R", new_x=XPos.LMARGIN
        )
    pdf.set_y(max(left_bottom, pdf.get_y()) + 3)
    pdf.set_draw_color(*ACCENT)
    pdf.set_line_width(0.6)
    pdf.line(pdf.l_margin, pdf.get_y(), pdf.w - pdf.r_margin, pdf.get_y())
    pdf.set_line_width(0.2)
    pdf.ln(4)


def _parties(pdf: _Pdf, parties: Sequence[Party]) -> None:
    if not parties:
        return
    gap = 6.0
    width = (pdf.content_width - gap * (len(parties) - 1)) / len(parties)
    top = pdf.get_y()
    bottom = top
    for index, party in enumerate(parties):
        x = pdf.l_margin + index * (width + gap)
        pdf.set_xy(x, top)
        pdf.set_text_color(*MUTED)
        pdf.set_font(FONT, "B", 7.5)
        pdf.cell(width, 4, printable(party.heading.upper()))
        pdf.set_xy(x, top + 4.5)
        pdf.set_text_color(*INK)
        pdf.set_font(FONT, "B", 10)
        pdf.multi_cell(width, 5, printable(party.name), new_x=XPos.LEFT)
        pdf.set_font(FONT, "", 8.5)
        for line in party.lines:
            pdf.multi_cell(width, 4.2, printable(line), new_x=XPos.LEFT)
        if party.gstin:
            pdf.set_font(FONT, "B", 8.5)
            pdf.multi_cell(width, 4.6, printable(f"GSTIN: {party.gstin}"), new_x=XPos.LEFT)
        bottom = max(bottom, pdf.get_y())
    pdf.set_y(bottom + 5)


class _Wrapper:
    """Greedy word wrapping with each word's width measured once (fpdf2's own line
    breaking measures character by character, too slow for a 200-line quote)."""

    def __init__(self, pdf: _Pdf) -> None:
        self.pdf = pdf
        self.widths: dict[tuple[str, float, str], float] = {}

    def width(self, text: str) -> float:
        key = (self.pdf.font_style, self.pdf.font_size_pt, text)
        if key not in self.widths:
            self.widths[key] = float(self.pdf.get_string_width(text))
        return self.widths[key]

    def longest_prefix(self, word: str, width: float) -> int:
        """How many of ``word``'s characters fit ``width`` (at least one)."""
        low, high = 1, len(word)
        while low < high:
            middle = (low + high + 1) // 2
            if self.pdf.get_string_width(word[:middle]) <= width:
                low = middle
            else:
                high = middle - 1
        return low

    def lines(self, text: str, width: float) -> list[str]:
        out: list[str] = []
        space = self.width(" ")
        for paragraph in text.splitlines() or [""]:
            if not paragraph.strip():
                continue
            line, used = "", 0.0
            for word in paragraph.split():
                size = self.width(word)
                if line and used + space + size <= width:
                    line, used = f"{line} {word}", used + space + size
                    continue
                if line:
                    out.append(line)
                line, used = word, size
                while used > width and len(line) > 1:  # a word wider than the column
                    cut = self.longest_prefix(line, width)
                    out.append(line[:cut])
                    line = line[cut:]
                    used = self.width(line)
            out.append(line)
        if len(out) > MAX_CELL_LINES:
            out = [*out[: MAX_CELL_LINES - 1], out[MAX_CELL_LINES - 1][:-3] + "..."]
        return out or [""]


def _table(pdf: _Pdf, table: Table, *, width: float | None = None, size: float = 8.5) -> None:
    """A table that breaks across pages with its header row repeated on each page; a
    cell's text wraps within its column (cut at ``MAX_CELL_LINES`` so a row fits a
    page); a row with a note is printed muted, the note under its first wide column."""
    table_width = width or pdf.content_width
    share = table_width / sum(column.width for column in table.columns)
    widths = [column.width * share for column in table.columns]
    pad_x, pad_y, line_height = 1.2, 1.3, size * 0.5
    note_column = next(
        (i for i, column in enumerate(table.columns) if column.align == "L" and column.width > 1),
        0,
    )
    wrapper = _Wrapper(pdf)

    def draw(cells: list[list[str]], aligns: Sequence[str], *, fill: bool) -> None:
        height = max(len(lines) for lines in cells) * line_height + 2 * pad_y
        top, x = pdf.get_y(), pdf.l_margin
        if fill:
            pdf.set_fill_color(*HEAD_FILL)
            pdf.rect(x, top, table_width, height, style="F")
        margin, pdf.c_margin = pdf.c_margin, 0  # the padding is the table's own
        for lines, cell_width, align in zip(cells, widths, aligns, strict=True):
            for number, text in enumerate(lines):
                pdf.set_xy(x + pad_x, top + pad_y + number * line_height)
                pdf.cell(cell_width - 2 * pad_x, line_height, text, align=align)
            x += cell_width
        pdf.c_margin = margin
        pdf.set_draw_color(*RULE)
        pdf.line(pdf.l_margin, top + height, pdf.l_margin + table_width, top + height)
        pdf.set_xy(pdf.l_margin, top + height)

    def heading() -> None:
        pdf.set_text_color(*ACCENT)
        pdf.set_font(FONT, "B", size - 0.5)
        cells = [
            wrapper.lines(printable(column.heading), w - 2 * pad_x)
            for column, w in zip(table.columns, widths, strict=True)
        ]
        draw(cells, [column.align for column in table.columns], fill=True)

    title_height = 5.0 if table.title else 0.0
    if pdf.room() < title_height + 3 * line_height + 4 * pad_y + 4:
        pdf.add_page()
    if table.title:
        pdf.set_text_color(*ACCENT)
        pdf.set_font(FONT, "B", 9)
        pdf.cell(table_width, 5, printable(table.title), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    heading()
    aligns = [column.align for column in table.columns]
    for row in table.rows:
        pdf.set_font(FONT, "I" if row.note else "", size)
        cells = []
        for index, (text, w) in enumerate(zip(row.cells, widths, strict=True)):
            lines = wrapper.lines(printable(text), w - 2 * pad_x)
            if index == note_column and row.note:
                lines += wrapper.lines(f"[{printable(row.note)}]", w - 2 * pad_x)
            cells.append(lines)
        height = max(len(lines) for lines in cells) * line_height + 2 * pad_y
        if pdf.room() < height:
            pdf.add_page()
            heading()
            pdf.set_font(FONT, "I" if row.note else "", size)
        pdf.set_text_color(*(MUTED if row.note else INK))
        draw(cells, aligns, fill=False)
    pdf.ln(3)


def _totals(pdf: _Pdf, totals: Sequence[Total], *, x: float, width: float) -> None:
    label_width = width * 0.55
    for total in totals:
        pdf.set_x(x)
        if total.strong:
            pdf.set_draw_color(*ACCENT)
            pdf.line(x, pdf.get_y() + 0.5, x + width, pdf.get_y() + 0.5)
            pdf.ln(1.2)
            pdf.set_x(x)
            pdf.set_text_color(*ACCENT)
            pdf.set_font(FONT, "B", 10.5)
            height = 6.5
        else:
            pdf.set_text_color(*INK)
            pdf.set_font(FONT, "", 9)
            height = 5.2
        pdf.cell(label_width, height, printable(total.label), align="R")
        pdf.cell(width - label_width, height, printable(total.amount), align="R")
        pdf.ln(height)


def _summary(pdf: _Pdf, document: Document) -> None:
    """The tax table on the left and the totals on the right, kept on one page."""
    totals_width = 78.0
    tax_width = pdf.content_width - totals_width - 6
    tax_rows = len(document.tax.rows) if document.tax else 0
    needed = max(10 + 6 * (tax_rows + 1), 6 * len(document.totals) + 8)
    if pdf.room() < needed:
        pdf.add_page()
    top = pdf.get_y()
    bottom = top
    if document.tax is not None and document.tax.rows:
        _table(pdf, document.tax, width=tax_width, size=8)
        bottom = pdf.get_y()
        pdf.set_y(top)
    _totals(pdf, document.totals, x=pdf.w - pdf.r_margin - totals_width, width=totals_width)
    pdf.set_y(max(bottom, pdf.get_y()) + 2)


def _in_words(pdf: _Pdf, text: str) -> None:
    pdf.set_font(FONT, "", 9)
    lines = pdf.multi_cell(
        pdf.content_width - 6, 4.6, printable(text), dry_run=True, output="LINES"
    )
    height = 5 + 4.6 * len(lines if isinstance(lines, list) else [text]) + 3
    if pdf.room() < height:
        pdf.add_page()
    top = pdf.get_y()
    pdf.set_fill_color(*HEAD_FILL)
    pdf.rect(pdf.l_margin, top, pdf.content_width, height, style="F")
    pdf.set_xy(pdf.l_margin + 3, top + 1.5)
    pdf.set_text_color(*MUTED)
    pdf.set_font(FONT, "B", 7.5)
    pdf.cell(0, 4, "AMOUNT IN WORDS")
    pdf.set_xy(pdf.l_margin + 3, top + 5.5)
    pdf.set_text_color(*INK)
    pdf.set_font(FONT, "B", 9)
    pdf.multi_cell(pdf.content_width - 6, 4.6, printable(text))
    pdf.set_y(top + height + 4)


def _sections(pdf: _Pdf, sections: Sequence[Section]) -> None:
    for section in sections:
        if pdf.room() < 14:
            pdf.add_page()
        pdf.set_text_color(*ACCENT)
        pdf.set_font(FONT, "B", 9)
        pdf.cell(0, 5, printable(section.heading), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.set_text_color(*INK)
        pdf.set_font(FONT, "", 8.5)
        pdf.multi_cell(0, 4.3, printable(section.text), new_x=XPos.LMARGIN, new_y=YPos.NEXT)
        pdf.ln(3)


def _closing(pdf: _Pdf, text: str) -> None:
    if pdf.room() < 22:
        pdf.add_page()
    pdf.ln(4)
    pdf.set_text_color(*INK)
    pdf.set_font(FONT, "B", 9)
    pdf.cell(0, 5, printable(text), align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)
    pdf.ln(10)
    pdf.set_font(FONT, "", 8)
    pdf.set_text_color(*MUTED)
    pdf.cell(0, 4, "Authorised signatory", align="R", new_x=XPos.LMARGIN, new_y=YPos.NEXT)


# --- blocks every priced document prints the same way (quotes, invoices) ---------------


def print_date(value: Any) -> str:
    day = value if isinstance(value, date) else date.fromisoformat(str(value))
    return day.strftime("%d %b %Y")


def address_lines(address: dict[str, Any]) -> list[str]:
    """A customer address as printed: street lines, city and state with the postal code,
    the country when not India."""
    lines = [address["line1"]] if address.get("line1") else []
    if address.get("line2"):
        lines.append(address["line2"])
    city = address.get("city")
    state = address.get("state") or GST_STATES.get(address.get("state_code") or "", "")
    place = ", ".join(p for p in (city, state) if p)
    if address.get("postal_code"):
        place = f"{place} {address['postal_code']}"
    lines.append(place)
    if (address.get("country") or "IN") != "IN":
        lines.append(address["country"])
    return lines


def tax_table(document: dict[str, Any]) -> Table:
    """The tax per component and rate of a priced document's answer (quotes, invoices)."""
    currency = document["currency"]
    return Table(
        [
            Column("Tax", 6),
            Column("Rate", 5, "R"),
            Column(f"Taxable ({currency})", 10, "R"),
            Column(f"Tax ({currency})", 10, "R"),
        ],
        [
            Row(
                [
                    row["name"],
                    f"{row['rate']}%",
                    format_grouped(row["taxable_amount"], currency),
                    format_grouped(row["amount"], currency),
                ]
            )
            for row in document["tax_breakdown"]
        ],
        title="Tax breakdown",
    )


def render_pdf(document: Document, letterhead: Letterhead) -> bytes:
    """The document as PDF bytes (CPU-bound: call it from a worker thread)."""
    pdf = _Pdf(document, letterhead)
    pdf.add_page()
    _letterhead(pdf, letterhead, document)
    _parties(pdf, document.parties)
    _table(pdf, document.lines)
    _summary(pdf, document)
    if document.in_words:
        _in_words(pdf, document.in_words)
    _sections(pdf, document.sections)
    if document.closing:
        _closing(pdf, document.closing)
    return bytes(pdf.output())
