"""The one app of a test process, and its OpenAPI document (some 5 s to build): the
``app`` fixture serves it to every test, and the tests that read the document (every
route, every list, the security schemes) share it, at collection time too. Read the
document, never change it."""

from __future__ import annotations

from functools import cache
from typing import Any

from app.main import create_app


@cache
def process_app() -> Any:
    return create_app()


def openapi_document() -> dict[str, Any]:
    document: dict[str, Any] = process_app().openapi()  # (the app keeps it once built)
    return document
