"""The request's unit of work, wrapped around every API route.

``TransactionalRoute`` opens one session per request, replays an earlier answer
for a repeated Idempotency-Key, runs the handler, stores the answer for the key,
and commits before the response leaves. Any exception rolls everything back, so a
failed request changes nothing.
"""

from __future__ import annotations

import contextlib
import inspect
import typing
from collections.abc import Awaitable, Callable, Coroutine
from typing import Any

import orjson
from fastapi import APIRouter, Request, Response
from fastapi.routing import APIRoute
from fastapi.telemetry._api import get_telemetry_data
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm.exc import StaleDataError
from starlette.routing import Match
from starlette.types import Scope

from app.core import idempotency
from app.core.dependency_plan import DependencyPlan
from app.core.errors import AppError, Conflict, PreconditionFailed
from app.core.middleware import BODY_LIMIT_SCOPE_KEY, MULTIPART_ALLOWANCE, BodyLimit
from app.core.sessions import reads_in_autocommit, request_session

SubjectResolver = Callable[[Request, AsyncSession], Awaitable[str]]


async def request_subject(request: Request, session: AsyncSession) -> str:
    """Who is calling (the namespace of their Idempotency-Keys): set by the auth domain
    at start-up. A user's token is read without the database; an API key is checked."""
    resolver: SubjectResolver | None = getattr(request.app.state, "subject_resolver", None)
    return await resolver(request, session) if resolver else "anonymous"


class TransactionalRoute(APIRoute):
    replayable = True

    def __init__(self, path: str, endpoint: Callable[..., Any], **kwargs: Any) -> None:
        # A create answers 201, or 200 with the first record when its client id (the
        # phone's own) was created before by the same caller: both are documented.
        if kwargs.get("status_code") == 201 and kwargs.get("response_model") is not None:
            responses = dict(kwargs.get("responses") or {})
            responses.setdefault(
                200,
                {
                    "model": kwargs["response_model"],
                    "description": "Created before with this id by the same caller: "
                    "the record as it is",
                },
            )
            kwargs["responses"] = responses
        super().__init__(path, endpoint, **kwargs)

    def get_route_handler(self) -> Callable[[Request], Coroutine[Any, Any, Response]]:
        handler = super().get_route_handler()
        replayable = self.replayable
        # A read (GET that writes nothing) needs no transaction: its statements run in
        # autocommit, one round trip each instead of BEGIN, statement, COMMIT.
        read_only = (
            bool(self.methods)
            and set(self.methods or ()) <= {"GET", "HEAD"}
            and not getattr(self.endpoint, "writes_on_get", False)
        )
        takes_upload = bool(getattr(self.endpoint, "accepts_upload", False))
        if _answers_a_response(self.endpoint):
            plan = DependencyPlan.of(self.dependant)
            if plan is not None:
                handler = _planned(plan, self.endpoint, handler)

        async def unit_of_work(request: Request) -> Response:
            limit = request.scope.get(BODY_LIMIT_SCOPE_KEY)
            if takes_upload and isinstance(limit, BodyLimit):
                limit.allow(request.app.state.settings.max_upload_bytes + MULTIPART_ALLOWANCE)
            if not read_only and "json" in request.headers.get("content-type", ""):
                await _parse_json_body(request)
            sessionmaker = request.app.state.sessionmaker
            async with request_session(sessionmaker, read_only=read_only) as session:
                request.state.db = session
                key = idempotency.request_key(request) if replayable else None
                if key is None:
                    return await _run(handler, request, session)
                subject = await request_subject(request, session)
                fingerprint = await idempotency.fingerprint(request)
                stored = await idempotency.find(session, subject=subject, key=key)
                if stored is not None:
                    return idempotency.replay(stored, fingerprint)

                def remember(response: Response) -> None:
                    idempotency.store(
                        session,
                        subject=subject,
                        key=key,
                        request_fingerprint=fingerprint,
                        response=response,
                    )

                try:
                    return await _run(handler, request, session, before_commit=remember)
                except Conflict:
                    # A concurrent twin with the same key committed first: answer as it did.
                    stored = await idempotency.find(session, subject=subject, key=key)
                    if stored is None:
                        raise
                    return idempotency.replay(stored, fingerprint)

        return unit_of_work


def _answers_a_response(endpoint: Callable[..., Any]) -> bool:
    """An endpoint declared to return a ``Response`` (a read path's answer, a write's
    record read back): FastAPI sends it as it is, with nothing to serialise."""
    try:
        answer = typing.get_type_hints(endpoint).get("return")
    except (NameError, TypeError):
        return False
    return (
        inspect.iscoroutinefunction(endpoint)
        and isinstance(answer, type)
        and issubclass(answer, Response)
    )


def _planned(
    plan: DependencyPlan,
    endpoint: Callable[..., Coroutine[Any, Any, Response]],
    fastapi_handler: Callable[[Request], Coroutine[Any, Any, Response]],
) -> Callable[[Request], Coroutine[Any, Any, Response]]:
    """The route's handler with its dependencies solved by its plan (core/dependency_plan.py);
    FastAPI's own handler where the plan stands aside: overridden dependencies (tests),
    telemetry recording the values, or a parameter that does not validate (FastAPI
    answers the errors)."""

    async def planned(request: Request) -> Response:
        if request.app.dependency_overrides or get_telemetry_data() is not None:
            return await fastapi_handler(request)
        arguments = await plan.solve(request)
        if arguments is None:
            return await fastapi_handler(request)
        return await endpoint(**arguments)

    return planned


async def _parse_json_body(request: Request) -> None:
    """The JSON body parsed with orjson, for FastAPI to take (Starlette keeps a parsed
    body on the request, ``_json``): json.loads cost a pushed batch of 500 changes 2 %
    of its time. A body orjson refuses is left to FastAPI's own parse, which refuses a
    malformed one as always (400 ``malformed_json``) and takes what orjson alone
    refuses (NaN, UTF-16), so what is accepted and what is refused do not change. (An
    integer over 64 bits orjson reads as the nearest float, json.loads as the integer
    itself.)"""
    body = await request.body()
    if body:
        with contextlib.suppress(orjson.JSONDecodeError):
            request._json = orjson.loads(body)


class NonReplayableRoute(TransactionalRoute):
    """For answers that must never be stored (login tokens)."""

    replayable = False


async def _run(
    handler: Callable[[Request], Coroutine[Any, Any, Response]],
    request: Request,
    session: AsyncSession,
    before_commit: Callable[[Response], Any] | None = None,
) -> Response:
    try:
        response = await handler(request)
        if response.status_code >= 400:
            await session.rollback()
            return response
        if before_commit is not None:
            before_commit(response)
        if reads_in_autocommit(session) and not _has_changes(session):
            return response  # a read in autocommit: nothing to commit (a tenth of a ms)
        await session.commit()
        return response
    except StaleDataError:
        await session.rollback()
        raise PreconditionFailed(
            "Someone else changed this record at the same moment; reload and apply again"
        )
    except IntegrityError:
        await session.rollback()
        raise Conflict("The change conflicts with existing data", code="integrity_conflict")
    except AppError as error:
        if error.keeps_changes:
            await session.commit()
        else:
            await session.rollback()
        raise
    except BaseException:
        await session.rollback()
        raise


def _has_changes(session: AsyncSession) -> bool:
    return bool(session.new or session.dirty or session.deleted)


def writes_on_get(endpoint: Callable[..., Any]) -> Callable[..., Any]:
    """Mark a GET that may write (a secret made on first use): it keeps a transaction."""
    endpoint.writes_on_get = True  # type: ignore[attr-defined]
    return endpoint


def accepts_upload(endpoint: Callable[..., Any]) -> Callable[..., Any]:
    """Mark a route taking a file upload: its body may hold one file of up to
    ``SALES_MAX_UPLOAD_BYTES`` (plus the multipart framing); other routes keep the
    general body limit (core/middleware.py)."""
    endpoint.accepts_upload = True  # type: ignore[attr-defined]
    return endpoint


async def get_db(request: Request) -> AsyncSession:
    """The request's session, opened by ``TransactionalRoute``. (Dependencies are
    ``async``: FastAPI runs a plain ``def`` in a thread, a costly hop per request.)"""
    session: AsyncSession = request.state.db
    return session


class DomainRouter(APIRouter):
    """A domain's router: every route a ``TransactionalRoute`` (unless told otherwise),
    and a path outside the domain's prefix rejected at once. (FastAPI tries each route
    of each included router in turn; with every domain mounted that walk was a visible
    share of a list request.)"""

    def __init__(self, *, route_class: type[APIRoute] = TransactionalRoute, **kwargs: Any):
        super().__init__(route_class=route_class, **kwargs)
        self._known_heads: tuple[int, tuple[str, ...]] = (-1, ())

    def matches(self, scope: Scope) -> tuple[Match, Scope]:
        path = scope["path"]
        if self.prefix:
            if self.prefix not in path:
                return Match.NONE, {}
        elif not any(head in path for head in self._heads()):
            return Match.NONE, {}
        return super().matches(scope)

    def _heads(self) -> tuple[str, ...]:
        """A router without a prefix (users, teams and territories under one): the
        literal start of each of its paths (up to the first parameter). A path holding
        none of them matches none of its routes, so it is rejected without trying each
        route (20 µs a request for the users' router, walked by most requests)."""
        routes = len(self.routes)
        if self._known_heads[0] != routes:
            heads = {getattr(route, "path", "/").split("{", 1)[0] for route in self.routes}
            self._known_heads = (routes, tuple(sorted(heads)))
        return self._known_heads[1]


def _memoized_per_field(function: Callable[..., Any]) -> Callable[..., Any]:
    """``function`` of a route parameter's declaration (never of the request), answered
    once per parameter: the declarations live as long as the app."""
    answers: dict[tuple[int, tuple[tuple[str, Any], ...]], tuple[Any, Any]] = {}

    def memoized(field: Any, **options: Any) -> Any:
        key = (id(field), tuple(sorted(options.items())))
        found = answers.get(key)
        if found is None or found[0] is not field:
            found = answers[key] = (field, function(field, **options))
        return found[1]

    memoized.__wrapped__ = function  # type: ignore[attr-defined]
    return memoized


def _memoized_per_annotation(function: Callable[[Any], Any]) -> Callable[[Any], Any]:
    answers: dict[Any, Any] = {}

    def memoized(annotation: Any) -> Any:
        try:
            return answers[annotation]
        except KeyError:
            answers[annotation] = found = function(annotation)
            return found
        except TypeError:  # an unhashable annotation: asked every time
            return function(annotation)

    memoized.__wrapped__ = function  # type: ignore[attr-defined]
    return memoized


def answer_parameter_introspection_once() -> None:
    """FastAPI reads each query, header and cookie parameter of a route from the
    request with helpers that re-derive, on every request, facts of the parameter's
    declaration: whether it is a model, a JSON field or a sequence, which aliases it
    answers to (type introspection: a visible share of a list's time). Those facts never
    change for a declaration, so each is worked out once; validation and the values read
    stay FastAPI's. (Likewise each dependency's cache key.) Applied once, before the app
    serves; a FastAPI without these helpers is left as it is."""
    from fastapi.dependencies import utils

    if getattr(utils, "_sales_memoized", False):
        return
    per_declaration = {
        "_get_param_model": _memoized_per_field,
        "_get_param_aliases": _memoized_per_field,
        "_is_json_field": _memoized_per_field,
        "field_annotation_is_sequence": _memoized_per_annotation,
        "_get_cache_key": _memoized_per_dependant,
    }
    for name, memoize in per_declaration.items():
        helper = getattr(utils, name, None)
        if callable(helper):
            setattr(utils, name, memoize(helper))
    utils._sales_memoized = True  # type: ignore[attr-defined]


def _memoized_per_dependant(function: Callable[..., Any]) -> Callable[..., Any]:
    """A dependency's cache key (its callable, its OAuth scopes, its scope): a fact of
    its declaration, worked out once per dependency."""
    answers: dict[int, tuple[Any, Any]] = {}

    def memoized(*, dependant: Any, **options: Any) -> Any:
        found = answers.get(id(dependant))
        if found is None or found[0] is not dependant:
            found = answers[id(dependant)] = (dependant, function(dependant=dependant, **options))
        return found[1]

    memoized.__wrapped__ = function  # type: ignore[attr-defined]
    return memoized
