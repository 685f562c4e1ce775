"""A route's dependencies solved from a plan made once, FastAPI's own way.

FastAPI solves a route's dependencies on every request by walking their declarations:
for each dependency it asks again whether it is a generator, a coroutine or a plain
function, computes its cache key, reads its path, query, header and cookie parameters
(four lookups per dependency, most of them empty) and builds its error context. For a
list, with nine dependencies (the session, the caller, the page, the filters, the
fields), that walk was a third of the Python a request spent in process.

``DependencyPlan`` does the walk once, when the route is built: the dependencies in the
order FastAPI calls them, each with its cache key and only the parameter lists it has.
A request then calls them in that order with the values FastAPI would give: each
parameter read and validated by FastAPI's own functions (``request_params_to_args``),
an absent optional parameter given its default as FastAPI gives it, and the endpoint's
JSON body (a create's record) validated by ``request_body_to_args`` from the JSON the
unit of work already parsed. Reads and writes alike (since stop 35: an action such as
a quote's submit walked its dependencies for a tenth of a millisecond).

What it does not take on, it leaves to FastAPI: a plan is made only for coroutine
dependencies without cookies, background tasks, a ``Response`` to set headers on,
security scopes or ``yield``, and with a body only on the endpoint itself (JSON, no
form or file); and a request whose parameters or body do not validate, or whose body
is not JSON orjson read, is solved again by FastAPI, whose error answer (422, the
fields named) stays its own. Dependencies are reads and row locks, so solving again
repeats nothing that matters. The route's own tests run through the plan;
tests/core/test_dependency_plan.py holds a plan's answers to FastAPI's for the same
requests.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from copy import deepcopy
from dataclasses import dataclass
from operator import attrgetter
from typing import Any

from fastapi import params
from fastapi.dependencies import models, utils
from fastapi.dependencies.models import Dependant
from starlette.requests import Request

_IMMUTABLE = (type(None), str, int, float, bool, bytes)  # a tuple may hold a list: copied


@dataclass(frozen=True)
class _Parameters:
    """One kind of a dependency's parameters (path, query or header) and where the
    request keeps them."""

    source: Callable[[Request], Mapping[str, Any]]
    fields: tuple[Any, ...]
    # Those absent from the request take their default without validation (FastAPI:
    # ``validate_default`` off): the default itself when it cannot be changed.
    defaults: tuple[tuple[str, str, Any, bool], ...]


@dataclass(frozen=True)
class _Body:
    """The route's JSON body parameters, as FastAPI reads them."""

    fields: list[Any]
    embed: bool


@dataclass(frozen=True)
class _Step:
    call: Callable[..., Any]
    name: str | None
    cache_key: Any
    use_cache: bool
    steps: tuple[_Step, ...]
    parameters: tuple[_Parameters, ...]
    request_names: tuple[str, ...]
    body: _Body | None = None


class _Unsupported(Exception):
    """A declaration the plan leaves to FastAPI."""


def _parameters(
    source: Callable[[Request], Mapping[str, Any]], fields: list[Any]
) -> _Parameters | None:
    if not fields:
        return None
    defaults = []
    for field in fields:
        info = field.field_info
        if not isinstance(info, params.Param):
            raise _Unsupported(field.name)
        if utils._get_param_model(field) is not None:
            continue  # a model of parameters: read by FastAPI's own function
        aliases = utils._get_param_aliases(field)
        if (
            len(aliases) != 1
            or info.is_required()
            or info.validate_default
            or info.default_factory is not None
        ):
            continue
        default = field.default
        defaults.append((field.name, aliases[0][1], default, isinstance(default, _IMMUTABLE)))
    return _Parameters(source, tuple(fields), tuple(defaults))


def _step(dependant: Dependant, *, root: bool = False) -> _Step:
    body = None
    if dependant.body_params:
        # The endpoint's own body (a create's record): read from the JSON the unit of
        # work parsed; a dependency reading the body is left to FastAPI.
        if not root or any(
            not isinstance(field.field_info, params.Body)
            or isinstance(field.field_info, params.Form | params.File)
            for field in dependant.body_params
        ):
            raise _Unsupported(dependant.name)
        body = _Body(
            list(dependant.body_params), utils._should_embed_body_fields(dependant.body_params)
        )
    if (
        dependant.cookie_params
        or dependant.websocket_param_name
        or dependant.response_param_name
        or dependant.background_tasks_param_name
        or dependant.security_scopes_param_name
    ):
        raise _Unsupported(dependant.name)
    steps = []
    for sub in dependant.dependencies:
        call = sub.call
        if (
            call is None
            or models._is_gen_callable(call)
            or models._is_async_gen_callable(call)
            or not models._is_coroutine_callable(call)
            or sub.concurrency is not None
        ):
            raise _Unsupported(sub.name)
        steps.append(_step(sub))
    kinds = (
        (attrgetter("path_params"), dependant.path_params),
        (attrgetter("query_params"), dependant.query_params),
        (attrgetter("headers"), dependant.header_params),
    )
    parameters = tuple(p for source, f in kinds if (p := _parameters(source, f)) is not None)
    assert dependant.call is not None
    return _Step(
        call=dependant.call,
        name=dependant.name,
        cache_key=models._get_cache_key(dependant=dependant, uses_scopes_cache={}),
        use_cache=dependant.use_cache,
        steps=tuple(steps),
        parameters=parameters,
        request_names=tuple(
            name
            for name in (dependant.request_param_name, dependant.http_connection_param_name)
            if name is not None
        ),
        body=body,
    )


class DependencyPlan:
    """The dependencies of one route, walked once (see the module's docstring)."""

    def __init__(self, root: _Step) -> None:
        self.root = root

    @classmethod
    def of(cls, dependant: Dependant) -> DependencyPlan | None:
        """The plan of a route's dependant, or None when FastAPI must solve it."""
        try:
            return cls(_step(dependant, root=True))
        except _Unsupported:
            return None

    async def solve(self, request: Request) -> dict[str, Any] | None:
        """The endpoint's arguments, or None when a parameter does not validate (FastAPI
        solves the request again and answers its errors). A body FastAPI must read
        itself is known before any dependency runs (none runs twice)."""
        body: Any = None
        if self.root.body is not None:
            body = getattr(request, "_json", _UNREAD)
            if body is _UNREAD:
                if await request.body():
                    return None  # not JSON, or JSON orjson refuses: FastAPI reads it
                body = None  # no body: FastAPI gives None too (an optional body's default)
            elif not _is_json(request.headers.get("content-type", "")):
                return None
        return await _solve(self.root, request, {}, body)


async def _solve(
    step: _Step, request: Request, cache: dict[Any, Any], body: Any = None
) -> dict[str, Any] | None:
    values: dict[str, Any] = {}
    for sub in step.steps:
        if sub.use_cache and sub.cache_key in cache:
            solved = cache[sub.cache_key]
        else:
            arguments = await _solve(sub, request, cache)
            if arguments is None:
                return None
            solved = await sub.call(**arguments)
            cache.setdefault(sub.cache_key, solved)
        if sub.name is not None:
            values[sub.name] = solved
    for parameters in step.parameters:
        received = parameters.source(request)
        asked: Sequence[Any] = parameters.fields
        if parameters.defaults:
            defaulted = set()
            for name, alias, default, immutable in parameters.defaults:
                if alias not in received:
                    values[name] = default if immutable else deepcopy(default)
                    defaulted.add(name)
            if defaulted:
                asked = [field for field in asked if field.name not in defaulted]
        if asked:
            found, errors = utils.request_params_to_args(asked, received)
            if errors:
                return None
            values.update(found)
    if step.body is not None:
        found, errors = await utils.request_body_to_args(
            body_fields=step.body.fields, received_body=body, embed_body_fields=step.body.embed
        )
        if errors:
            return None
        values.update(found)
    for name in step.request_names:
        values[name] = request
    return values


_UNREAD = object()


def _is_json(content_type: str) -> bool:
    """A content type FastAPI reads as JSON (``application/json``, ``…+json``)."""
    kind = content_type.split(";", 1)[0].strip().lower()
    application = kind.startswith("application/")
    return kind == "application/json" or (application and kind.endswith("+json"))
