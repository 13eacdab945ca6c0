"""Wire Structs of the statements resource: the HTTP contract."""

from __future__ import annotations

import datetime as dt

import msgspec

from service.entities.schemas import EntityRef


class StatementItem(msgspec.Struct, frozen=True, kw_only=True):
    """A quotation or reported speech, its speaker and where it stands in its article."""

    id: str
    text: str
    kind: str
    speaker: EntityRef | None
    speaker_text: str | None
    cue: str | None
    article_id: str
    language: str
    start: int
    end: int
    date: dt.date | None
    about: list[EntityRef]
