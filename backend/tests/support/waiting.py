"""Waiting for something another connection brings (a notification heard by a
listener, a backend gone): checked every 20 ms, for at most 4 s. The condition may be a
coroutine function (a query)."""

from __future__ import annotations

import asyncio
import inspect
from collections.abc import Awaitable, Callable


async def until(
    condition: Callable[[], bool | Awaitable[bool]], what: str = "the condition"
) -> None:
    for _ in range(200):
        holds = condition()
        if await holds if inspect.isawaitable(holds) else holds:
            return
        await asyncio.sleep(0.02)
    raise AssertionError(f"not within 4 s: {what}")
