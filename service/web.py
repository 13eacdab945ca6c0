"""Request plumbing shared by every controller: connections, request ids, strict queries."""

from __future__ import annotations

import hmac
import re
import uuid
from collections.abc import AsyncIterator
from typing import Any, Protocol

import asyncpg
from litestar import Request
from litestar.connection import ASGIConnection
from litestar.datastructures import MutableScopeHeaders, State
from litestar.enums import ScopeType
from litestar.handlers import BaseRouteHandler
from litestar.types import ASGIApp, Message, Receive, Scope, Send

from service.errors import BadRequest, FieldError, Unauthorized
from service.pagination import CursorCodec
from service.settings import Settings


class PoolLike(Protocol):
    """What the app needs of a pool: asyncpg's Pool, or the tests' single-connection façade."""

    def acquire(self) -> Any:
        """An async context manager yielding a connection."""

    async def close(self) -> None:
        """Release every connection."""


async def provide_connection(state: State) -> AsyncIterator[asyncpg.Connection]:
    """One pooled connection for the duration of a request."""
    async with state.pool.acquire() as conn:
        yield conn


def provide_cursor_codec(state: State) -> CursorCodec:
    """The app's cursor codec."""
    codec: CursorCodec = state.cursor_codec
    return codec


_RESERVED = {"request", "state", "scope", "headers", "cookies", "query", "data", "socket"}
_allowed_cache: dict[int, frozenset[str]] = {}


def _allowed_query(request: Request[Any, Any, Any]) -> frozenset[str]:
    handler = request.route_handler
    allowed = _allowed_cache.get(id(handler))
    if allowed is None:
        names: set[str] = set()
        path_params = set(request.path_params)
        dependency_names = set(handler.resolve_dependencies())
        for name, field in handler.parsed_fn_signature.parameters.items():
            if name in _RESERVED or name in path_params or name in dependency_names:
                continue
            kwarg = field.kwarg_definition
            if getattr(kwarg, "header", None) or getattr(kwarg, "cookie", None):
                continue
            names.add(getattr(kwarg, "query", None) or getattr(kwarg, "name", None) or name)
        allowed = _allowed_cache[id(handler)] = frozenset(names)
    return allowed


async def reject_unknown_query(request: Request[Any, Any, Any]) -> None:
    """before_request hook: a query parameter the endpoint does not know is a 400."""
    if not request.query_params:
        return
    unknown = sorted(set(request.query_params) - _allowed_query(request))
    if unknown:
        raise BadRequest(
            "Unknown query parameter(s): " + ", ".join(unknown),
            errors=[FieldError(field=name, message="unknown parameter") for name in unknown],
        )


def require_api_key(connection: ASGIConnection[Any, Any, Any, Any], _: BaseRouteHandler) -> None:
    """Guard: write endpoints need `Authorization: Bearer <key>` when an API key is set."""
    settings: Settings = connection.app.state.settings
    if not settings.api_key:
        return
    header = connection.headers.get("authorization", "")
    scheme, _sep, token = header.partition(" ")
    if scheme.lower() != "bearer" or not hmac.compare_digest(token.strip(), settings.api_key):
        raise Unauthorized("A valid API key is required: Authorization: Bearer <key>.")


_REQUEST_ID = re.compile(r"^[A-Za-z0-9._:\-]{1,128}$")


class RequestIdMiddleware:
    """Echo the caller's X-Request-ID (when well-formed) or mint one, on every response."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        """ASGI entry point."""
        if scope["type"] != ScopeType.HTTP:
            await self.app(scope, receive, send)
            return
        sent = dict(scope.get("headers") or []).get(b"x-request-id", b"").decode("latin-1")
        request_id = sent if _REQUEST_ID.match(sent) else uuid.uuid4().hex

        async def send_with_id(message: Message) -> None:
            if message["type"] == "http.response.start":
                MutableScopeHeaders.from_message(message)["X-Request-ID"] = request_id
            await send(message)

        await self.app(scope, receive, send_with_id)
