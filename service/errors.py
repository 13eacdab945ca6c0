"""Domain errors and the handlers that turn every failure into RFC 9457 problem+json."""

from __future__ import annotations

import logging
from typing import Any

import asyncpg
import msgspec
from litestar import MediaType, Request, Response
from litestar.exceptions import HTTPException, ValidationException

log = logging.getLogger(__name__)

PROBLEM_JSON = "application/problem+json"


class FieldError(msgspec.Struct, frozen=True, kw_only=True):
    """One invalid input field."""

    field: str
    message: str


class Problem(msgspec.Struct, frozen=True, kw_only=True, omit_defaults=True):
    """RFC 9457 problem details."""

    type: str
    title: str
    status: int
    detail: str | None = None
    instance: str | None = None
    errors: list[FieldError] | None = None


class DomainError(Exception):
    """An expected failure that maps to an HTTP status."""

    status = 500
    title = "Internal Server Error"

    def __init__(self, detail: str, *, errors: list[FieldError] | None = None) -> None:
        super().__init__(detail)
        self.detail = detail
        self.errors = errors


class BadRequest(DomainError):
    """The request is malformed."""

    status = 400
    title = "Bad Request"


class NotFound(DomainError):
    """The resource does not exist."""

    status = 404
    title = "Not Found"


class Conflict(DomainError):
    """The request conflicts with the current state."""

    status = 409
    title = "Conflict"


class Unauthorized(DomainError):
    """Missing or wrong credentials."""

    status = 401
    title = "Unauthorized"


_TITLES = {
    400: "Bad Request",
    401: "Unauthorized",
    403: "Forbidden",
    404: "Not Found",
    405: "Method Not Allowed",
    409: "Conflict",
    413: "Payload Too Large",
    415: "Unsupported Media Type",
    422: "Unprocessable Content",
    429: "Too Many Requests",
    500: "Internal Server Error",
    503: "Service Unavailable",
    504: "Gateway Timeout",
}


def problem_response(
    request: Request[Any, Any, Any],
    status: int,
    detail: str | None,
    *,
    errors: list[FieldError] | None = None,
    headers: dict[str, str] | None = None,
) -> Response[Problem]:
    """Build a problem+json response for `request`."""
    title = _TITLES.get(status, "Error")
    slug = title.lower().replace(" ", "-")
    body = Problem(
        type=f"https://newsgraph.dev/problems/{slug}",
        title=title,
        status=status,
        detail=detail,
        instance=request.url.path,
        errors=errors,
    )
    return Response(body, status_code=status, media_type=PROBLEM_JSON, headers=headers)


def _validation_errors(extra: Any) -> list[FieldError]:
    errors: list[FieldError] = []
    for item in extra if isinstance(extra, list) else []:
        if isinstance(item, dict):
            field = str(item.get("key") or item.get("source") or "body")
            errors.append(FieldError(field=field, message=str(item.get("message", "invalid"))))
    return errors


def handle_domain_error(request: Request[Any, Any, Any], exc: DomainError) -> Response[Problem]:
    """DomainError → its status."""
    return problem_response(request, exc.status, exc.detail, errors=exc.errors)


def handle_http_exception(request: Request[Any, Any, Any], exc: HTTPException) -> Response[Problem]:
    """Litestar's HTTP errors (validation, 404 route, 405…) → problem+json."""
    status = exc.status_code
    if isinstance(exc, ValidationException) or status == 400:
        errors = _validation_errors(exc.extra)
        detail = "The request is not valid." if errors else (exc.detail or "Bad request.")
        return problem_response(request, 400, detail, errors=errors or None)
    if status >= 500:
        log.error("HTTP %s on %s: %s", status, request.url.path, exc.detail)
        return problem_response(request, status, "The server could not handle the request.")
    return problem_response(request, status, exc.detail, headers=exc.headers)


# SQLSTATE classes and codes that are not the client's fault but not a bug either.
_SQLSTATE_STATUS = {"23505": 409, "23503": 409, "57014": 504, "55P03": 503, "40001": 503}


def handle_database_error(request: Request[Any, Any, Any], exc: Exception) -> Response[Problem]:
    """asyncpg and connection errors → 409/503/504, never the SQL or Postgres detail."""
    code = getattr(exc, "sqlstate", None) or ""
    status = _SQLSTATE_STATUS.get(code)
    if status is None and (code.startswith("53") or code.startswith("08")):
        status = 503
    if status is None and isinstance(exc, (OSError, asyncpg.InterfaceError)):
        status = 503
    if status is None:
        log.exception("database error on %s", request.url.path, exc_info=exc)
        status = 500
    details = {
        409: "The request conflicts with existing data.",
        503: "The database is unavailable; try again shortly.",
        504: "The query took too long and was cancelled.",
        500: "The server could not handle the request.",
    }
    return problem_response(request, status, details[status])


def handle_unexpected(request: Request[Any, Any, Any], exc: Exception) -> Response[Problem]:
    """Anything else: logged with its trace, answered without one."""
    log.exception("unhandled error on %s", request.url.path, exc_info=exc)
    return problem_response(request, 500, "The server could not handle the request.")


EXCEPTION_HANDLERS: dict[Any, Any] = {
    DomainError: handle_domain_error,
    HTTPException: handle_http_exception,
    asyncpg.PostgresError: handle_database_error,
    asyncpg.InterfaceError: handle_database_error,
    OSError: handle_database_error,
    Exception: handle_unexpected,
}

__all__ = ["PROBLEM_JSON", "MediaType"]
