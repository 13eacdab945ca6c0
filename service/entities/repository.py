"""SQL access for the entity catalogue."""

from __future__ import annotations

from pathlib import Path

import asyncpg

from service.db import load_queries

# A module-level name: inside the repositories, `list` is the method.
Records = list[asyncpg.Record]

QUERIES = load_queries(Path(__file__).with_name("queries.sql"))


class EntityRepository:
    """Reads entities over one connection."""

    def __init__(self, conn: asyncpg.Connection) -> None:
        self.conn = conn

    async def list(
        self, *, type_: str | None, after: tuple[int, str] | None, limit: int
    ) -> Records:
        """Entities, most mentioned first, after the keyset position."""
        count, last_id = after if after else (None, None)
        rows: Records = await self.conn.fetch(
            QUERIES["list_entities"], type_, count, last_id, limit
        )
        return rows

    async def search(
        self,
        normalised: str,
        *,
        type_: str | None,
        after: tuple[float, int, str] | None,
        limit: int,
    ) -> Records:
        """Entities whose aliases match the normalised query, best match first."""
        score, count, last_id = after if after else (None, None, None)
        rows: Records = await self.conn.fetch(
            QUERIES["search_entities"], normalised, type_, score, count, last_id, limit
        )
        return rows

    async def get(self, entity_id: str) -> asyncpg.Record | None:
        """One entity, or None."""
        row: asyncpg.Record | None = await self.conn.fetchrow(QUERIES["get_entity"], entity_id)
        return row

    async def related(
        self, entity_id: str, *, after: tuple[int, str] | None, limit: int
    ) -> Records:
        """Entities that share articles with `entity_id`, most shared first."""
        count, last_id = after if after else (None, None)
        rows: Records = await self.conn.fetch(
            QUERIES["related_entities"], entity_id, count, last_id, limit
        )
        return rows
