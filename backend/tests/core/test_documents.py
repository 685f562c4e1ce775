"""The shared document layout on awkward input: nothing a user can type breaks a PDF."""

from __future__ import annotations

import io
import re

from pypdf import PdfReader

from app.core.config import Settings
from app.core.documents import (
    Column,
    Document,
    Letterhead,
    Party,
    Row,
    Section,
    Table,
    Total,
    printable,
    render_pdf,
)

LETTERHEAD = Letterhead(name="Acme Pvt Ltd", address=("1 Road", "City"), gstin="29AAKCS4821M1ZQ")


def _text(body: bytes) -> list[str]:
    return [re.sub(r"\s+", " ", p.extract_text()) for p in PdfReader(io.BytesIO(body)).pages]


def _document(rows: list[Row], sections: list[Section] | None = None) -> Document:
    return Document(
        title="QUOTATION",
        reference="Q/1",
        fields=[("Quote no.", "Q/1")],
        parties=[Party("Bill to", "N" * 200, ["a" * 200], "29ABCDE1234F1Z5")],
        lines=Table(
            [Column("#", 4, "R"), Column("Description", 30), Column("Amount", 14, "R")], rows
        ),
        totals=[Total("Grand total", "INR 1.00", strong=True)],
        in_words="Rupees One Only",
        sections=sections or [],
    )


def test_characters_outside_the_fonts_are_spelled_plainly_or_marked():
    assert (
        printable("\u20b9 500 \u2014 \u201cok\u201d \u2019 caf\u00e9")
        == 'INR 500 - "ok" \' caf\u00e9'
    )
    assert printable("\u0939\u093f\u0902 \u4e2d") == "??? ?"
    assert printable("\u00c5ngstr\u00f6m \u0141\u00f3d\u017a") == "\u00c5ngstr\u00f6m ?\u00f3dz"


def test_a_row_taller_than_a_page_is_cut_not_refused():
    rows = [
        Row(["1", "X" * 400, "1.00"]),
        Row(["2", "line\n" * 300 + "last", "2.00"]),
        Row(["3", "\u0939\u093f\u0902 \u20b9 500", "3.00"], note="Optional"),
    ]
    pages = _text(render_pdf(_document(rows), LETTERHEAD))
    text = " ".join(pages)
    assert "last" not in text and "..." in text
    assert "? INR 500 [Optional]" in text
    assert "Grand total INR 1.00" in text and "Rupees One Only" in text
    assert f"Page {len(pages)} of {len(pages)}" in pages[-1]


def test_long_sections_flow_over_pages():
    body = render_pdf(
        _document([Row(["1", "Pump", "1.00"])], [Section("Terms", "word " * 4000)]), LETTERHEAD
    )
    pages = _text(body)
    assert len(pages) > 2
    assert " ".join(pages).count("word") == 4000
    # From the second page on, a running head names the company and the document.
    assert all("Acme Pvt Ltd QUOTATION Q/1" in page for page in pages[1:])


def test_the_letterhead_comes_from_the_settings():
    settings = Settings(
        company_name="Kaveri Motors LLP",
        company_address=["7 Lake Road", "Mysuru 570001"],
        company_gstin="",
        company_phone=None,
        company_email="hello@kaveri.example",
    )
    body = render_pdf(_document([Row(["1", "Pump", "1.00"])]), Letterhead.from_settings(settings))
    (page,) = _text(body)
    assert page.startswith("Kaveri Motors LLP 7 Lake Road Mysuru 570001 hello@kaveri.example")
    # No GSTIN of the company's (the customer's still prints).
    assert page.count("GSTIN:") == 1 and "GSTIN: 29ABCDE1234F1Z5" in page
