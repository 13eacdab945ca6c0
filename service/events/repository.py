"""SQL access for events."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import asyncpg
import msgspec

from service.db import load_queries

# A module-level name: inside the repositories, `list` is the method.
Records = list[asyncpg.Record]

QUERIES = load_queries(Path(__file__).with_name("queries.sql"))


class EventFilters(msgspec.Struct, frozen=True, kw_only=True):
    """The optional filters of GET /v1/events."""

    date_from: dt.date | None = None
    date_to: dt.date | None = None
    type: str | None = None
    participant: str | None = None
    location: str | None = None
    q: str | None = None


class EventRepository:
    """Reads events over one connection."""

    def __init__(self, conn: asyncpg.Connection) -> None:
        self.conn = conn

    async def list(
        self,
        filters: EventFilters,
        *,
        newest_first: bool,
        after: tuple[dt.date, str] | None,
        limit: int,
    ) -> Records:
        """A page of events in chronological (or reverse) order after the keyset position."""
        day, last_id = after if after else (None, None)
        rows: Records = await self.conn.fetch(
            QUERIES["list_events"],
            filters.date_from,
            filters.date_to,
            filters.type,
            filters.participant,
            filters.location,
            filters.q,
            newest_first,
            day,
            last_id,
            limit,
        )
        return rows

    async def get(self, event_id: str) -> asyncpg.Record | None:
        """One event with its reports, or None."""
        row: asyncpg.Record | None = await self.conn.fetchrow(QUERIES["get_event"], event_id)
        return row
