"""Errors as RFC 9457 problem details (``application/problem+json``).

Every domain error is an ``AppError`` subclass with an HTTP status and a stable
``code`` ("customers.not_found"); clients switch on the code, people read the title.
No input may produce a 500: validation failures, bad JSON and unknown routes all
answer with a problem body.
"""

from __future__ import annotations

from typing import Any, ClassVar

import structlog
from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from pydantic import BaseModel
from starlette.exceptions import HTTPException as StarletteHTTPException

from app.core.context import current_request_id

PROBLEM_JSON = "application/problem+json"
log = structlog.get_logger(__name__)


class FieldError(BaseModel):
    loc: list[str | int]
    msg: str
    type: str


class Problem(BaseModel):
    """The error body of every 4xx/5xx answer."""

    type: str = "about:blank"
    title: str
    status: int
    detail: str | None = None
    code: str
    request_id: str | None = None
    errors: list[FieldError] | None = None


class AppError(Exception):
    status: ClassVar[int] = 400
    code: ClassVar[str] = "bad_request"
    title: ClassVar[str] = "Bad request"
    # Most errors roll the request back. An error that is itself an outcome worth
    # keeping (a failed login attempt, a revoked token family) commits what was
    # written before it was raised.
    keeps_changes: ClassVar[bool] = False

    def __init__(
        self,
        detail: str | None = None,
        *,
        errors: list[FieldError] | None = None,
        headers: dict[str, str] | None = None,
        code: str | None = None,
    ) -> None:
        super().__init__(detail or self.title)
        self.detail = detail
        self.errors = errors
        self.headers = headers or {}
        if code:
            self.code = code  # type: ignore[misc]

    def extensions(self) -> dict[str, Any]:
        """Members a problem body carries beyond RFC 9457's own (OAuth2's ``error``)."""
        return {}


class NotFound(AppError):
    status, code, title = 404, "not_found", "Not found"


class Unauthorized(AppError):
    status, code, title = 401, "auth.unauthorized", "Authentication required"


class Forbidden(AppError):
    status, code, title = 403, "auth.forbidden", "Not allowed"


class Conflict(AppError):
    status, code, title = 409, "conflict", "Conflict"


class PreconditionFailed(AppError):
    status, code, title = 412, "precondition_failed", "The record was changed by someone else"


class PreconditionRequired(AppError):
    status, code, title = 428, "precondition_required", "If-Match header required"


class PayloadTooLarge(AppError):
    status, code, title = 413, "payload_too_large", "Request body too large"


class UnprocessableEntity(AppError):
    status, code, title = 422, "validation_error", "Invalid input"


class TooManyRequests(AppError):
    status, code, title = 429, "too_many_requests", "Too many requests"


def field_error(
    field: str, msg: str, type_: str = "value_error", where: str = "body"
) -> FieldError:
    return FieldError(loc=[where, field], msg=msg, type=type_)


def problem_response(
    *,
    status: int,
    code: str,
    title: str,
    detail: str | None = None,
    errors: list[FieldError] | None = None,
    headers: dict[str, str] | None = None,
    extensions: dict[str, Any] | None = None,
) -> JSONResponse:
    body = Problem(
        title=title,
        status=status,
        detail=detail,
        code=code,
        request_id=current_request_id(),
        errors=errors,
    )
    return JSONResponse(
        {**(extensions or {}), **body.model_dump(mode="json", exclude_none=True)},
        status_code=status,
        media_type=PROBLEM_JSON,
        headers=headers,
    )


def _validation_errors(exc: RequestValidationError) -> list[FieldError]:
    return [
        FieldError(loc=list(err.get("loc", ())), msg=str(err.get("msg", "")), type=str(err["type"]))
        for err in exc.errors()
    ]


_HTTP_CODES = {
    400: ("bad_request", "Bad request"),
    401: ("auth.unauthorized", "Authentication required"),
    403: ("auth.forbidden", "Not allowed"),
    404: ("not_found", "Not found"),
    405: ("method_not_allowed", "Method not allowed"),
    413: ("payload_too_large", "Request body too large"),
    415: ("unsupported_media_type", "Unsupported media type"),
}


def install_error_handlers(app: FastAPI) -> None:
    @app.exception_handler(AppError)
    async def _app_error(_: Request, exc: AppError) -> JSONResponse:
        return problem_response(
            status=exc.status,
            code=exc.code,
            title=exc.title,
            detail=exc.detail,
            errors=exc.errors,
            headers=exc.headers,
            extensions=exc.extensions(),
        )

    @app.exception_handler(RequestValidationError)
    async def _validation(_: Request, exc: RequestValidationError) -> JSONResponse:
        errors = _validation_errors(exc)
        if errors and all(e.type == "missing" and e.loc == ["header", "If-Match"] for e in errors):
            return problem_response(
                status=428,
                code="precondition_required",
                title="If-Match header required",
                detail="Send the ETag you read in If-Match to update this record",
            )
        if any(e.type == "json_invalid" for e in errors):
            return problem_response(
                status=400,
                code="malformed_json",
                title="The request body is not valid JSON",
                errors=errors,
            )
        return problem_response(
            status=422, code="validation_error", title="Invalid input", errors=errors
        )

    @app.exception_handler(StarletteHTTPException)
    async def _http(_: Request, exc: StarletteHTTPException) -> JSONResponse:
        code, title = _HTTP_CODES.get(exc.status_code, ("http_error", "HTTP error"))
        detail = exc.detail if isinstance(exc.detail, str) and exc.detail != title else None
        return problem_response(
            status=exc.status_code,
            code=code,
            title=title,
            detail=detail,
            headers=dict(exc.headers or {}),
        )

    @app.exception_handler(Exception)
    async def _unexpected(_: Request, exc: Exception) -> JSONResponse:
        log.exception("unhandled_error", error=str(exc))
        return problem_response(status=500, code="internal_error", title="Internal server error")


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    """The ``responses=`` entry documenting problem bodies for a route."""
    return {
        status: {"model": Problem, "content": {PROBLEM_JSON: {}}, "description": "Problem"}
        for status in statuses
    }


class InvalidReference(UnprocessableEntity):
    code, title = "invalid_reference", "A referenced record does not exist or is not visible"

    def __init__(self, field: str) -> None:
        super().__init__(
            errors=[field_error(field, "does not exist or is not visible", "reference")]
        )
