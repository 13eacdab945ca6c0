"""SQL access for statements."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import asyncpg
import msgspec

from service.db import load_queries

# A module-level name: inside the repositories, `list` is the method.
Records = list[asyncpg.Record]

QUERIES = load_queries(Path(__file__).with_name("queries.sql"))


class StatementFilters(msgspec.Struct, frozen=True, kw_only=True):
    """The optional filters of GET /v1/statements."""

    speaker: str | None = None
    about: str | None = None
    q: str | None = None
    language: str | None = None
    article_id: str | None = None
    kind: str | None = None
    date_from: dt.date | None = None
    date_to: dt.date | None = None


class StatementRepository:
    """Reads statements over one connection."""

    def __init__(self, conn: asyncpg.Connection) -> None:
        self.conn = conn

    async def list(
        self, filters: StatementFilters, *, after: tuple[dt.date, str] | None, limit: int
    ) -> Records:
        """A page of statements, newest first, after the keyset position."""
        day, last_id = after if after else (None, None)
        rows: Records = await self.conn.fetch(
            QUERIES["list_statements"],
            filters.speaker,
            filters.about,
            filters.q,
            filters.language,
            filters.article_id,
            filters.kind,
            filters.date_from,
            filters.date_to,
            day,
            last_id,
            limit,
        )
        return rows

    async def get(self, statement_id: str) -> asyncpg.Record | None:
        """One statement, or None."""
        row: asyncpg.Record | None = await self.conn.fetchrow(
            QUERIES["get_statement"], statement_id
        )
        return row
