"""Wire Structs of the entities resource: the HTTP contract."""

from __future__ import annotations

import msgspec


class EntityRef(msgspec.Struct, frozen=True, kw_only=True):
    """An entity embedded in another resource."""

    id: str
    name: str
    type: str


class Alias(msgspec.Struct, frozen=True, kw_only=True):
    """One name of an entity in one language."""

    text: str
    language: str


class EntityItem(msgspec.Struct, frozen=True, kw_only=True):
    """An entity with its aliases and how often it is mentioned."""

    id: str
    name: str
    type: str
    wikidata_id: str | None
    aliases: list[Alias]
    mention_count: int
    article_count: int


class RelatedEntity(msgspec.Struct, frozen=True, kw_only=True):
    """An entity that co-occurs with another, and in how many articles."""

    entity: EntityRef
    articles: int
