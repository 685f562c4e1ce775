"""A request's router found by the first segment of its path (the API's routers are
many; FastAPI would try each in turn)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from fastapi import APIRouter, FastAPI
from starlette.routing import BaseRoute, Match, NoMatchFound
from starlette.types import Receive, Scope, Send


class SegmentDispatch(BaseRoute):
    """Finds a request's router by the first segment of its path under ``prefix``.

    The app matches a request by trying each included router in turn; a domain's router
    refuses a path outside its prefix at once, yet with some sixty routers mounted that
    walk cost a list request 30 µs, a late domain's 80. This route, placed before them,
    tries only the routers whose paths start with the request's segment, in the same
    order (a router with a parameter for its first segment is tried for every path).
    Only a full match is taken here: anything else (a wrong method, a missing slash, no
    such path) goes on to the walk, which answers it as before. The routers' paths are
    read when the app is made: a route added to one of them later is still served (the
    walk finds what the dispatch does not), unless it takes a path a later router
    already serves."""

    def __init__(self, prefix: str, routers: Sequence[tuple[BaseRoute, APIRouter]]) -> None:
        self.prefix = prefix.rstrip("/") + "/"
        starts = [(included, _first_segments(router)) for included, router in routers]
        named = {segment for _, segments in starts for segment in segments or ()}
        self.candidates = {
            segment: tuple(
                included for included, segments in starts if segments is None or segment in segments
            )
            for segment in named
        }
        self.everywhere = tuple(included for included, segments in starts if segments is None)

    def matches(self, scope: Scope) -> tuple[Match, Scope]:
        if scope["type"] != "http":
            return Match.NONE, {}
        path: str = scope["path"]
        root = scope.get("root_path", "")
        if root and path.startswith(root):  # served under a prefix (a proxy's root path)
            path = path[len(root) :]
        if not path.startswith(self.prefix):
            return Match.NONE, {}
        segment = path[len(self.prefix) :].partition("/")[0]
        for included in self.candidates.get(segment, self.everywhere):
            match, child_scope = included.matches(scope)
            if match is Match.FULL:
                return Match.FULL, {**child_scope, _DISPATCHED: included}
        return Match.NONE, {}

    async def handle(self, scope: Scope, receive: Receive, send: Send) -> None:
        await scope.pop(_DISPATCHED).handle(scope, receive, send)

    def url_path_for(self, name: str, /, **path_params: Any) -> Any:
        raise NoMatchFound(name, path_params)  # the routers behind it answer for their routes


_DISPATCHED = "sales.dispatched_router"


def _first_segments(router: APIRouter) -> set[str] | None:
    """The first segment of each of the router's paths (past the API's prefix), or None
    when one of them starts with a parameter or is not a plain route (it may match
    anything)."""
    segments = set()
    for route in router.routes:
        path = getattr(route, "path", None)
        if not isinstance(path, str):
            return None
        first = path.lstrip("/").partition("/")[0]  # (a route's path holds its router's prefix)
        if not first or "{" in first:
            return None
        segments.add(first)
    return segments


def dispatch_by_segment(app: FastAPI, prefix: str, routers: Sequence[APIRouter]) -> None:
    """Put a ``SegmentDispatch`` for ``routers`` (included at ``prefix``) before them in
    the app's routes. If this FastAPI keeps included routers otherwise (no route
    naming its ``original_router``), the walk is left as it is."""
    wanted = {id(router): router for router in routers}
    included = [
        (route, wanted[id(original)])
        for route in app.router.routes
        if (original := getattr(route, "original_router", None)) is not None
        and id(original) in wanted
    ]
    if len(included) != len(routers):
        return
    first = app.router.routes.index(included[0][0])
    app.router.routes.insert(first, SegmentDispatch(prefix, included))
