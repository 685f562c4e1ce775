"""Files made for upload tests: real images from Pillow, a real PDF from fpdf2, and
fakes that only start like them."""

from __future__ import annotations

import io
import os

from fpdf import FPDF
from PIL import Image


def jpeg(width: int = 1600, height: int = 1200, *, orientation: int | None = None) -> bytes:
    """A photo-sized JPEG; ``orientation`` is the camera's EXIF tag (6: turned a quarter)."""
    image = Image.new("RGB", (width, height), (180, 40, 40))
    for x in range(0, width, 50):  # some detail, so the file is not trivially small
        image.paste((40, 40, 180), (x, 0, min(x + 10, width), height))
    out = io.BytesIO()
    options = {}
    if orientation is not None:
        exif = Image.Exif()
        exif[0x0112] = orientation
        options["exif"] = exif.tobytes()
    image.save(out, format="JPEG", quality=85, **options)
    return out.getvalue()


def png(width: int = 800, height: int = 400, *, transparent: bool = False) -> bytes:
    mode, colour = ("RGBA", (0, 120, 0, 0)) if transparent else ("RGB", (0, 120, 0))
    out = io.BytesIO()
    Image.new(mode, (width, height), colour).save(out, format="PNG")
    return out.getvalue()


def webp(width: int = 640, height: int = 480) -> bytes:
    out = io.BytesIO()
    Image.new("RGB", (width, height), (10, 10, 200)).save(out, format="WEBP")
    return out.getvalue()


def pdf() -> bytes:
    document = FPDF()
    document.add_page()
    document.set_font("Helvetica", size=12)
    document.cell(text="Hotel Surya, Pune - room 2 nights - INR 4,200.00")
    return bytes(document.output())


def fake_jpeg(size: int = 20_000) -> bytes:
    """A JPEG's first bytes, then garbage: what a renamed file or a broken upload is."""
    return b"\xff\xd8\xff\xe0\x00\x10JFIF\x00" + os.urandom(size)


def heic() -> bytes:
    """The start of an iPhone's HEIC photo (its ftyp box), enough to be recognised."""
    return b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + os.urandom(2000)
