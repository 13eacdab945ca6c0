"""HTTP handlers of /v1/statements."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

import asyncpg
import msgspec
from litestar import Controller, get
from litestar.di import NamedDependency
from litestar.params import FromPath, FromQuery, QueryParameter

from service.errors import NotFound
from service.pagination import CursorCodec
from service.statements.repository import StatementFilters, StatementRepository
from service.statements.schemas import StatementItem

Limit = Annotated[int, QueryParameter(ge=1, le=100, description="Page size (1..100).")]


class StatementPage(msgspec.Struct, frozen=True, kw_only=True):
    """A page of statements."""

    data: list[StatementItem]
    next_cursor: str | None


class StatementController(Controller):
    """Statements: who said what, about whom, when."""

    path = "/statements"
    tags = ["statements"]  # noqa: RUF012 - Litestar reads it as a class attribute

    @get("/", operation_id="listStatements")
    async def list_statements(
        self,
        conn: NamedDependency[asyncpg.Connection],
        cursor_codec: NamedDependency[CursorCodec],
        speaker: FromQuery[str | None] = None,
        about: FromQuery[str | None] = None,
        q: Annotated[str | None, QueryParameter(min_length=1, max_length=500)] = None,
        language: Annotated[str | None, QueryParameter(pattern=r"^([a-z]{2,3}|und)$")] = None,
        article_id: FromQuery[str | None] = None,
        kind: FromQuery[Literal["direct", "indirect"] | None] = None,
        date_from: Annotated[dt.date | None, QueryParameter(name="from")] = None,
        date_to: Annotated[dt.date | None, QueryParameter(name="to")] = None,
        limit: Limit = 20,
        cursor: FromQuery[str | None] = None,
    ) -> StatementPage:
        """List statements, newest first, by speaker, subject, text, language or article."""
        after = None
        if cursor:
            day, last = cursor_codec.decode(cursor, 2)
            after = (dt.date.fromisoformat(day), str(last))
        filters = StatementFilters(
            speaker=speaker,
            about=about,
            q=q,
            language=language,
            article_id=article_id,
            kind=kind,
            date_from=date_from,
            date_to=date_to,
        )
        rows = await StatementRepository(conn).list(filters, after=after, limit=limit + 1)
        next_cursor = None
        if len(rows) > limit:
            rows = rows[:limit]
            next_cursor = cursor_codec.encode([rows[-1]["sort_date"].isoformat(), rows[-1]["id"]])
        return StatementPage(
            data=[msgspec.convert(dict(r), StatementItem) for r in rows], next_cursor=next_cursor
        )

    @get("/{statement_id:str}", operation_id="getStatement")
    async def get_statement(
        self, conn: NamedDependency[asyncpg.Connection], statement_id: FromPath[str]
    ) -> StatementItem:
        """One statement."""
        row = await StatementRepository(conn).get(statement_id)
        if row is None:
            raise NotFound(f"No statement with id {statement_id!r}.")
        return msgspec.convert(dict(row), StatementItem)
