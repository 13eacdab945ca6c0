"""Wire Structs of the events resource: the HTTP contract."""

from __future__ import annotations

import datetime as dt

import msgspec

from service.entities.schemas import EntityRef

EVENT_TYPES = (
    "state_visit",
    "meeting",
    "talks",
    "phone_call",
    "video_call",
    "summit",
    "agreement_signing",
    "statement_publication",
    "press_conference",
    "military_action",
    "sanction",
    "legal_action",
    "delivery",
    "tour",
    "other",
)


class EventReport(msgspec.Struct, frozen=True, kw_only=True):
    """The evidence sentence of one article that reports the event."""

    article_id: str
    language: str
    text: str
    start: int
    end: int


class EventItem(msgspec.Struct, frozen=True, kw_only=True):
    """An event with normalised dates, place and participants."""

    id: str
    type: str
    title: str
    start: dt.date | None
    end: dt.date | None
    precision: str | None
    location: EntityRef | None
    participants: list[EntityRef]
    article_count: int


class EventDetail(msgspec.Struct, frozen=True, kw_only=True):
    """An event with every article's report of it."""

    id: str
    type: str
    title: str
    start: dt.date | None
    end: dt.date | None
    precision: str | None
    location: EntityRef | None
    participants: list[EntityRef]
    article_count: int
    reports: list[EventReport]
