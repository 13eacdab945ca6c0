"""Wire Structs of the articles resource: the HTTP contract."""

from __future__ import annotations

import datetime as dt
from typing import Annotated

import msgspec

from service.entities.schemas import EntityRef

Precision = Annotated[str, msgspec.Meta(pattern="^(day|month|year)$")]
LanguageCode = Annotated[str, msgspec.Meta(pattern="^[a-z]{2,3}$")]


class ArticleItem(msgspec.Struct, frozen=True, kw_only=True):
    """An article in a list."""

    id: str
    title: str | None
    language: str
    published: dt.date | None
    published_precision: str | None
    source: str | None
    url: str | None
    word_count: int
    snippet: str | None = None


class ArticleEntity(msgspec.Struct, frozen=True, kw_only=True):
    """An entity the article mentions, with how often."""

    id: str
    name: str
    type: str
    mentions: int


class ArticleDetail(msgspec.Struct, frozen=True, kw_only=True):
    """One article with its body, provenance and entities."""

    id: str
    title: str | None
    language: str
    published: dt.date | None
    published_precision: str | None
    source: str | None
    url: str | None
    word_count: int
    body: str
    content_sha256: str
    ingested_at: dt.datetime
    extractor_version: str | None
    language_inferred: bool
    published_inferred: bool
    entities: list[ArticleEntity] = []


class MentionOut(msgspec.Struct, frozen=True, kw_only=True):
    """One mention of an entity: offsets into the article body (end exclusive)."""

    entity: EntityRef
    start: int
    end: int
    text: str


class ArticleIn(msgspec.Struct, frozen=True, kw_only=True, forbid_unknown_fields=True):
    """Body of POST /v1/articles; language and published are inferred when missing."""

    body: Annotated[str, msgspec.Meta(min_length=1, max_length=1_000_000)]
    title: Annotated[str, msgspec.Meta(max_length=1000)] | None = None
    language: LanguageCode | None = None
    published: dt.date | None = None
    source: Annotated[str, msgspec.Meta(max_length=500)] | None = None
    url: Annotated[str, msgspec.Meta(max_length=2000)] | None = None
