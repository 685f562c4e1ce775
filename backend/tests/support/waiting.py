"""Waiting for something another connection brings (a notification heard by a
listener): checked every 20 ms, for at most 4 s."""

from __future__ import annotations

import asyncio
from collections.abc import Callable


async def until(condition: Callable[[], bool], what: str = "the condition") -> None:
    for _ in range(200):
        if condition():
            return
        await asyncio.sleep(0.02)
    raise AssertionError(f"not within 4 s: {what}")
