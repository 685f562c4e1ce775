"""ASGI middleware: request id on every response, request size limit, access log."""

from __future__ import annotations

import re
import time
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import structlog
from starlette.exceptions import HTTPException
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from app.core.context import set_request_id
from app.core.errors import FieldError, PayloadTooLarge, problem_response

log = structlog.get_logger("app.access")
_SAFE_REQUEST_ID = re.compile(r"^[A-Za-z0-9._-]{1,64}$")
# Paths that carry a secret (the calendar feed's address is its credential).
_SECRET_PATHS = [re.compile(r"^(/api/v1/calendar/)[^/]+(\.ics)$")]


def redacted_path(path: str) -> str:
    for pattern in _SECRET_PATHS:
        path = pattern.sub(r"\1[redacted]\2", path)
    return path


class RequestContextMiddleware:
    """Assigns ``X-Request-ID`` (or keeps a sane one from the client) and logs each request."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        incoming = dict(scope["headers"]).get(b"x-request-id", b"").decode("latin-1")
        request_id = incoming if _SAFE_REQUEST_ID.match(incoming) else uuid.uuid4().hex
        set_request_id(request_id)
        started = time.perf_counter()
        status = 500

        async def send_with_id(message: Message) -> None:
            nonlocal status
            if message["type"] == "http.response.start":
                status = message["status"]
                message.setdefault("headers", [])
                message["headers"].append((b"x-request-id", request_id.encode()))
            await send(message)

        try:
            await self.app(scope, receive, send_with_id)
        finally:
            log.info(
                "request",
                method=scope["method"],
                path=redacted_path(scope["path"]),
                status=status,
                ms=round((time.perf_counter() - started) * 1000, 1),
                request_id=request_id,
            )


# Where a request's body limit lives while it is handled: a route taking a file upload
# raises it before the body is read (core/routing.py); other requests keep the general
# limit. (An object, not a number: routing may copy the scope, never this object.)
BODY_LIMIT_SCOPE_KEY = "sales.body_limit"
# What multipart framing adds to an uploaded file: boundaries, part headers, the other
# fields of the form (a client id).
MULTIPART_ALLOWANCE = 64 * 1024


@dataclass
class BodyLimit:
    bytes: int
    ceiling: int

    def allow(self, limit: int) -> None:
        """Let this request's body be up to ``limit`` bytes (never above the ceiling the
        middleware admitted it with)."""
        self.bytes = min(max(self.bytes, limit), self.ceiling)


class BodyTooLarge(HTTPException):
    """Raised while a body is read: FastAPI passes HTTP exceptions through its body
    parsing untouched (anything else would become a 400), and the error handler answers
    the 413 problem."""

    def __init__(self, limit: int) -> None:
        super().__init__(413, detail=f"At most {limit} bytes")


def _is_multipart(scope: Scope) -> bool:
    content_type: bytes = dict(scope["headers"]).get(b"content-type", b"")
    return content_type.startswith(b"multipart/form-data")


class BodySizeLimitMiddleware:
    """Answers 413 for bodies over the limit, announced or streamed. A multipart body may
    be announced up to ``upload_max_bytes``, but only a route that takes uploads reads
    more than ``max_bytes`` of it."""

    def __init__(self, app: ASGIApp, max_bytes: int, upload_max_bytes: int | None = None) -> None:
        self.app = app
        self.max_bytes = max_bytes
        self.upload_max_bytes = max(upload_max_bytes or max_bytes, max_bytes)

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        ceiling = self.upload_max_bytes if _is_multipart(scope) else self.max_bytes
        declared = dict(scope["headers"]).get(b"content-length")
        if declared and declared.isdigit() and int(declared) > ceiling:
            await self._reject(scope, receive, send, ceiling)
            return
        received = 0
        limit = scope[BODY_LIMIT_SCOPE_KEY] = BodyLimit(self.max_bytes, ceiling)

        async def limited_receive() -> Message:
            nonlocal received
            message = await receive()
            if message["type"] == "http.request":
                received += len(message.get("body", b""))
                if received > limit.bytes:
                    raise BodyTooLarge(limit.bytes)
            return message

        await self.app(scope, limited_receive, send)

    async def _reject(self, scope: Scope, receive: Receive, send: Send, limit: int) -> None:
        response = problem_response(
            status=413,
            code=PayloadTooLarge.code,
            title=PayloadTooLarge.title,
            detail=f"At most {limit} bytes",
        )
        await response(scope, receive, send)


def client_ip(scope_or_request: Any) -> str | None:
    client = getattr(scope_or_request, "client", None)
    return client.host if client else None


class RejectNulMiddleware:
    """NUL characters are refused with a 422 wherever they appear (path, query, JSON or
    form body): PostgreSQL cannot store them in text, and no honest client sends them.
    Multipart bodies are left alone: a file's bytes may hold NULs."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if "\x00" in scope["path"]:
            await self._reject(scope, receive, send, "path")
            return
        if b"%00" in scope.get("query_string", b"") or b"\x00" in scope.get("query_string", b""):
            await self._reject(scope, receive, send, "query")
            return
        content_type = dict(scope["headers"]).get(b"content-type", b"")
        form = b"x-www-form-urlencoded" in content_type
        if scope["method"] not in {"POST", "PUT", "PATCH"} or not (form or b"json" in content_type):
            await self.app(scope, receive, send)
            return
        chunks = []
        more = True
        try:
            while more:
                message = await receive()
                chunks.append(message.get("body", b""))
                more = message.get("more_body", False)
        except BodyTooLarge as too_large:
            response = problem_response(
                status=413,
                code=PayloadTooLarge.code,
                title=PayloadTooLarge.title,
                detail=str(too_large.detail),
            )
            await response(scope, receive, send)
            return
        body = b"".join(chunks)
        escaped = b"%00" if form else b"\\u0000"
        if b"\x00" in body or escaped in body.lower():
            await self._reject(scope, receive, send, "body")
            return
        delivered = False

        async def replay() -> Message:
            nonlocal delivered
            if delivered:
                return await receive()
            delivered = True
            return {"type": "http.request", "body": body, "more_body": False}

        await self.app(scope, replay, send)

    async def _reject(self, scope: Scope, receive: Receive, send: Send, where: str) -> None:
        response = problem_response(
            status=422,
            code="validation_error",
            title="Invalid input",
            errors=[FieldError(loc=[where], msg="NUL characters are not allowed", type="nul")],
        )
        await response(scope, receive, send)


class OpenApiPaths:
    """The API's path templates (from its OpenAPI document, which knows which path
    parameters are UUIDs or integers) matched against request paths: which methods a
    path has, and which template a request used (``/api/v1/customers/{customer_id}``)."""

    def __init__(self, openapi: Callable[[], dict[str, Any]]) -> None:
        self.openapi = openapi
        self._table: list[tuple[re.Pattern[str], str, list[str]]] | None = None

    def _compile(self) -> list[tuple[re.Pattern[str], str, list[str]]]:
        table = []
        for template, operations in self.openapi()["paths"].items():
            methods = sorted(m.upper() for m in operations if m != "parameters")
            kinds = {
                p["name"]: p.get("schema", {})
                for op in operations.values()
                if isinstance(op, dict)
                for p in op.get("parameters", [])
                if p.get("in") == "path"
            }

            def part(match: re.Match[str], kinds: dict[str, Any] = kinds) -> str:
                schema = kinds.get(match.group(1), {})
                if schema.get("format") == "uuid":
                    return "[0-9a-fA-F-]{32,36}"
                if schema.get("type") == "integer":
                    return "[0-9]+"
                return "[^/]+"

            pattern = re.sub(r"\\\{(\w+)\\\}", part, re.escape(template))
            table.append((re.compile(f"^{pattern}$"), template, methods))
        # Fixed segments before parameters: /customers/map before /customers/{id}.
        table.sort(key=lambda row: row[1].count("{"))
        return table

    def prepare(self) -> None:
        """Compile the table now (the server's start-up) rather than on the first
        request: generating the OpenAPI document takes seconds."""
        self._rows()

    def _rows(self) -> list[tuple[re.Pattern[str], str, list[str]]]:
        if self._table is None:
            self._table = self._compile()
        return self._table

    def methods(self, path: str) -> list[str]:
        found: set[str] = set()
        for pattern, _, methods in self._rows():
            if pattern.match(path):
                found.update(methods)
        return sorted(found)

    def template(self, path: str, method: str) -> str | None:
        for pattern, template, methods in self._rows():
            if method in methods and pattern.match(path):
                return template
        return None


_SHARED_PATHS: OpenApiPaths | None = None


def shared_openapi_paths(openapi: Callable[[], dict[str, Any]]) -> OpenApiPaths:
    """One path table per process, compiled from the first app's document on first use.
    Every app the process builds includes the same routers (the tests build several:
    compiling the whole document for each was once most of the suite's time)."""
    global _SHARED_PATHS
    if _SHARED_PATHS is None:
        _SHARED_PATHS = OpenApiPaths(openapi)
    return _SHARED_PATHS


class CompleteAllowMiddleware:
    """A 405 names every method the path has in ``Allow``. A path's methods are separate
    routes, so the router alone names only those of the first route that matched; the
    OpenAPI document knows them all."""

    def __init__(self, app: ASGIApp, paths: OpenApiPaths) -> None:
        self.app = app
        self.paths = paths

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_allow(message: Message) -> None:
            if message["type"] == "http.response.start" and message["status"] == 405:
                methods = self.paths.methods(scope["path"])
                headers = [(k, v) for k, v in message.get("headers", []) if k.lower() != b"allow"]
                headers.append((b"allow", ", ".join(methods).encode()))
                message["headers"] = headers
            await send(message)

        await self.app(scope, receive, send_with_allow)


_API_CSP = "default-src 'none'; frame-ancestors 'none'"
_DOCS_CSP = (
    "default-src 'self'; script-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; "
    "style-src 'self' 'unsafe-inline' https://cdn.jsdelivr.net; "
    "img-src 'self' data: https://fastapi.tiangolo.com; frame-ancestors 'none'"
)


def web_app_csp(img_sources: list[str]) -> str:
    images = " ".join(["'self'", "data:", "blob:", *img_sources])
    return (
        "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
        f"img-src {images}; font-src 'self' data:; connect-src 'self'; "
        "worker-src 'self' blob:; object-src 'none'; base-uri 'self'; "
        "form-action 'self'; frame-ancestors 'none'"
    )


class SecurityHeadersMiddleware:
    """The same protective headers on every answer: no MIME sniffing, no framing, no
    referrer (addresses carry record ids, the calendar's carries its secret), and a
    Content-Security-Policy per kind of page: nothing for API answers, the CDN for the
    interactive docs, our own origin (plus map tiles) for the web app."""

    def __init__(self, app: ASGIApp, *, web_csp: str) -> None:
        self.app = app
        self.web_csp = web_csp

    def _csp(self, path: str) -> str:
        if path.startswith(("/api/", "/health", "/ready", "/metrics", "/openapi.json")):
            return _API_CSP
        if path.startswith(("/docs", "/redoc")):
            return _DOCS_CSP
        return self.web_csp

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        extra = [
            (b"x-content-type-options", b"nosniff"),
            (b"x-frame-options", b"DENY"),
            (b"referrer-policy", b"no-referrer"),
            (b"cross-origin-opener-policy", b"same-origin"),
            (b"content-security-policy", self._csp(scope["path"]).encode()),
        ]
        if scope.get("scheme") == "https":
            extra.append((b"strict-transport-security", b"max-age=31536000; includeSubDomains"))

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {k.lower() for k, _ in message.get("headers", [])}
                message["headers"] = [
                    *message.get("headers", []),
                    *((k, v) for k, v in extra if k not in present),
                ]
            await send(message)

        await self.app(scope, receive, send_with_headers)
