"""The app's OpenAPI document, built once per test process (some 5 s each time): the
tests that read it (every route, every list, the security schemes) share it. Read it,
never change it."""

from __future__ import annotations

from functools import cache
from typing import Any

from app.main import create_app


@cache
def openapi_document() -> dict[str, Any]:
    document: dict[str, Any] = create_app().openapi()
    return document
