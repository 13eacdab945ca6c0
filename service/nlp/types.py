"""Structs that the NLP stages produce: the contract between `service.nlp` and the rest."""

from __future__ import annotations

import datetime as dt
from typing import Literal

import msgspec

Precision = Literal["day", "month", "year"]
EntityType = Literal["person", "organization", "location", "other"]
StatementKind = Literal["direct", "indirect"]


class EntityRef(msgspec.Struct, frozen=True, kw_only=True):
    """A canonical entity a mention links to; `key` is its identity across articles."""

    key: str  # "wd:Q7747" for KB entities, "name:person:vladimir putin" for the others
    name: str
    type: EntityType
    wikidata_id: str | None = None
    aliases: tuple[tuple[str, str], ...] = ()  # (text, language) pairs known for it


class Mention(msgspec.Struct, frozen=True, kw_only=True):
    """One span of the body that names an entity (end exclusive, Python str indices)."""

    start: int
    end: int
    text: str
    entity: EntityRef


class TimeExpression(msgspec.Struct, frozen=True, kw_only=True):
    """A temporal expression normalised against the publication date."""

    start: int
    end: int
    text: str
    date_start: dt.date
    date_end: dt.date
    precision: Precision


class EventMention(msgspec.Struct, frozen=True, kw_only=True):
    """An event reported in one article, with its evidence sentence."""

    type: str
    title: str
    date_start: dt.date | None
    date_end: dt.date | None
    precision: Precision | None
    participants: tuple[EntityRef, ...]
    location: EntityRef | None
    evidence_start: int
    evidence_end: int
    trigger: str


class Statement(msgspec.Struct, frozen=True, kw_only=True):
    """A quotation or reported speech with its speaker, as found in one article."""

    start: int  # offsets of the quoted words (without the quotation marks)
    end: int
    text: str
    kind: StatementKind
    speaker: EntityRef | None
    speaker_text: str | None
    cue: str | None
    date: dt.date | None
    about: tuple[EntityRef, ...] = ()


class Extraction(msgspec.Struct, frozen=True, kw_only=True):
    """Everything extracted from one article body."""

    extractor_version: str
    language: str
    language_inferred: bool
    published: dt.date | None
    published_precision: Precision | None
    published_inferred: bool
    mentions: tuple[Mention, ...] = ()
    times: tuple[TimeExpression, ...] = ()
    events: tuple[EventMention, ...] = ()
    statements: tuple[Statement, ...] = ()
