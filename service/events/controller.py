"""HTTP handlers of /v1/events."""

from __future__ import annotations

import datetime as dt
from typing import Annotated, Literal

import asyncpg
import msgspec
from litestar import Controller, get
from litestar.di import NamedDependency
from litestar.params import FromPath, FromQuery, QueryParameter

from service.errors import BadRequest, NotFound
from service.events.repository import EventFilters, EventRepository
from service.events.schemas import EVENT_TYPES, EventDetail, EventItem
from service.pagination import CursorCodec

Limit = Annotated[int, QueryParameter(ge=1, le=100, description="Page size (1..100).")]


class EventPage(msgspec.Struct, frozen=True, kw_only=True):
    """A page of events."""

    data: list[EventItem]
    next_cursor: str | None


class EventController(Controller):
    """Events: what happened, when, who took part, and which articles report it."""

    path = "/events"
    tags = ["events"]  # noqa: RUF012 - Litestar reads it as a class attribute

    @get("/", operation_id="listEvents")
    async def list_events(
        self,
        conn: NamedDependency[asyncpg.Connection],
        cursor_codec: NamedDependency[CursorCodec],
        date_from: Annotated[dt.date | None, QueryParameter(name="from")] = None,
        date_to: Annotated[dt.date | None, QueryParameter(name="to")] = None,
        type: FromQuery[str | None] = None,
        participant: FromQuery[str | None] = None,
        location: FromQuery[str | None] = None,
        q: Annotated[str | None, QueryParameter(min_length=1, max_length=500)] = None,
        sort: FromQuery[Literal["start", "-start"]] = "start",
        limit: Limit = 20,
        cursor: FromQuery[str | None] = None,
    ) -> EventPage:
        """List events chronologically (sort=-start for newest first), with filters."""
        if type is not None and type not in EVENT_TYPES:
            raise BadRequest(f"Unknown event type {type!r}; one of: {', '.join(EVENT_TYPES)}.")
        after = None
        if cursor:
            day, last = cursor_codec.decode(cursor, 2)
            after = (dt.date.fromisoformat(day), str(last))
        filters = EventFilters(
            date_from=date_from,
            date_to=date_to,
            type=type,
            participant=participant,
            location=location,
            q=q,
        )
        rows = await EventRepository(conn).list(
            filters, newest_first=sort == "-start", after=after, limit=limit + 1
        )
        next_cursor = None
        if len(rows) > limit:
            rows = rows[:limit]
            next_cursor = cursor_codec.encode([rows[-1]["sort_date"].isoformat(), rows[-1]["id"]])
        return EventPage(
            data=[msgspec.convert(dict(r), EventItem) for r in rows], next_cursor=next_cursor
        )

    @get("/{event_id:str}", operation_id="getEvent")
    async def get_event(
        self, conn: NamedDependency[asyncpg.Connection], event_id: FromPath[str]
    ) -> EventDetail:
        """One event with the evidence sentence of every article that reports it."""
        row = await EventRepository(conn).get(event_id)
        if row is None:
            raise NotFound(f"No event with id {event_id!r}.")
        return msgspec.convert(dict(row), EventDetail)
