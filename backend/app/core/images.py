"""What an uploaded file is, decided from its bytes: never from its name or the type the
client declared (a phone may say ``application/octet-stream``, a script anything).

An image is decoded in full before it is kept (a JPEG header followed by garbage is
refused), its pixel count is checked before decoding (a small file can unpack into
gigabytes), and a thumbnail is made from it: a JPEG at most ``thumbnail_px`` on its
longer side, turned as the camera's EXIF orientation says, transparency on white. A
PDF (receipts) is checked for its header and its end marker; it gets no thumbnail.
HEIC (an iPhone's default) is recognised but refused: Pillow cannot decode it, and the
phone app sends JPEG. Pure functions, no I/O: the caller runs them in a thread.
Decision record: docs/decisions/0034-files.md.
"""

from __future__ import annotations

import io
import warnings
from dataclasses import dataclass

from PIL import Image, ImageOps

JPEG = "image/jpeg"
PNG = "image/png"
WEBP = "image/webp"
HEIC = "image/heic"
PDF = "application/pdf"
PHOTO_TYPES = frozenset({JPEG, PNG, WEBP})
RECEIPT_TYPES = PHOTO_TYPES | {PDF}
TYPE_NAMES = {JPEG: "JPEG", PNG: "PNG", WEBP: "WebP", PDF: "PDF", HEIC: "HEIC"}
_PILLOW_FORMAT = {JPEG: "JPEG", PNG: "PNG", WEBP: "WEBP"}
_HEIF_BRANDS = {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1"}
# EXIF orientations that turn the picture a quarter: its width and height swap.
_QUARTER_TURNS = {5, 6, 7, 8}
_ORIENTATION = 0x0112


def sniff(data: bytes) -> str | None:
    """The media type the bytes' signature says, among those the system knows."""
    if data.startswith(b"\xff\xd8\xff"):
        return JPEG
    if data.startswith(b"\x89PNG\r\n\x1a\n"):
        return PNG
    if data[:4] == b"RIFF" and data[8:12] == b"WEBP":
        return WEBP
    if data[4:8] == b"ftyp" and data[8:12] in _HEIF_BRANDS:
        return HEIC
    if data.startswith(b"%PDF-"):
        return PDF
    return None


class NotReadable(ValueError):
    """The bytes start like the type but are not a whole, decodable file of it."""


class TooManyPixels(ValueError):
    """An image larger (in pixels) than the limit: refused before decoding."""


@dataclass(frozen=True)
class Inspected:
    content_type: str
    width: int | None = None
    height: int | None = None
    thumbnail: bytes | None = None


def inspect(data: bytes, content_type: str, *, max_pixels: int, thumbnail_px: int) -> Inspected:
    """Check bytes already sniffed as ``content_type`` and describe them."""
    if content_type == PDF:
        _check_pdf(data)
        return Inspected(PDF)
    return _inspect_image(data, content_type, max_pixels=max_pixels, thumbnail_px=thumbnail_px)


def _check_pdf(data: bytes) -> None:
    # Every PDF ends with %%EOF (after its cross-reference table); a cut-off upload does not.
    if not data.startswith(b"%PDF-") or b"%%EOF" not in data[-2048:]:
        raise NotReadable("is not a complete PDF document")


def _inspect_image(
    data: bytes, content_type: str, *, max_pixels: int, thumbnail_px: int
) -> Inspected:
    name = TYPE_NAMES[content_type]
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            with Image.open(io.BytesIO(data), formats=[_PILLOW_FORMAT[content_type]]) as image:
                width, height = image.size
                if width * height > max_pixels:
                    raise TooManyPixels(f"at most {max_pixels // 1_000_000} megapixels")
                if (image.getexif().get(_ORIENTATION) or 1) in _QUARTER_TURNS:
                    width, height = height, width
                # A JPEG decodes at a reduced scale when the thumbnail is that small (far
                # less memory); every byte of the image is still read and checked.
                image.draft("RGB", (thumbnail_px * 2, thumbnail_px * 2))
                image.load()
                thumbnail = _thumbnail(image, thumbnail_px)
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            raise TooManyPixels(f"at most {max_pixels // 1_000_000} megapixels") from None
        except TooManyPixels:
            raise
        except (OSError, SyntaxError, ValueError, EOFError, KeyError, IndexError) as error:
            raise NotReadable(f"is not a readable {name} image") from error
    return Inspected(content_type, width, height, thumbnail)


def _thumbnail(image: Image.Image, longest: int) -> bytes:
    turned = ImageOps.exif_transpose(image)
    turned.thumbnail((longest, longest), Image.Resampling.LANCZOS)
    if turned.mode in {"RGBA", "LA"} or (turned.mode == "P" and "transparency" in turned.info):
        rgba = turned.convert("RGBA")
        flat = Image.new("RGB", rgba.size, (255, 255, 255))
        flat.paste(rgba, mask=rgba.getchannel("A"))
        turned = flat
    elif turned.mode != "RGB":
        turned = turned.convert("RGB")
    out = io.BytesIO()
    turned.save(out, format="JPEG", quality=82, optimize=True)
    return out.getvalue()
