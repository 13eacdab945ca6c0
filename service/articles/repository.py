"""SQL access for articles: the only code that queries the article table for the API."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import asyncpg

from service.db import load_queries

# A module-level name: inside the repositories, `list` is the method.
Records = list[asyncpg.Record]

QUERIES = load_queries(Path(__file__).with_name("queries.sql"))


class ArticleFilters:
    """The optional filters of GET /v1/articles."""

    __slots__ = ("entity", "language", "published_from", "published_to", "q", "source")

    def __init__(
        self,
        *,
        q: str | None = None,
        language: str | None = None,
        published_from: dt.date | None = None,
        published_to: dt.date | None = None,
        source: str | None = None,
        entity: str | None = None,
    ) -> None:
        self.q = q
        self.language = language
        self.published_from = published_from
        self.published_to = published_to
        self.source = source
        self.entity = entity


class ArticleRepository:
    """Reads articles over one connection."""

    def __init__(self, conn: asyncpg.Connection) -> None:
        self.conn = conn

    async def list(
        self, filters: ArticleFilters, *, after: tuple[dt.date, str] | None, limit: int
    ) -> Records:
        """One page of articles, newest first, strictly after the keyset position `after`."""
        after_date, after_id = after if after else (None, None)
        rows: Records = await self.conn.fetch(
            QUERIES["list_articles"],
            filters.q,
            filters.language,
            filters.published_from,
            filters.published_to,
            filters.source,
            filters.entity,
            after_date,
            after_id,
            limit,
        )
        return rows

    async def get(self, article_id: str) -> asyncpg.Record | None:
        """One article with its entities, or None."""
        row: asyncpg.Record | None = await self.conn.fetchrow(QUERIES["get_article"], article_id)
        return row

    async def exists(self, article_id: str) -> bool:
        """Whether the article exists."""
        return bool(await self.conn.fetchval(QUERIES["article_exists"], article_id))

    async def mentions(self, article_id: str) -> Records:
        """Every mention in the article, in text order."""
        rows: Records = await self.conn.fetch(QUERIES["list_mentions"], article_id)
        return rows

    async def count(self) -> int:
        """How many articles are stored."""
        value: Any = await self.conn.fetchval(QUERIES["count_articles"])
        return int(value)
