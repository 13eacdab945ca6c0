"""HTTP handlers of /v1/entities."""

from __future__ import annotations

from typing import Annotated, Literal

import asyncpg
import msgspec
from litestar import Controller, get
from litestar.di import NamedDependency
from litestar.params import FromPath, FromQuery, QueryParameter

from service.entities.repository import EntityRepository
from service.entities.schemas import EntityItem, RelatedEntity
from service.errors import BadRequest, NotFound
from service.nlp.normalise import normalise_alias
from service.pagination import CursorCodec

Limit = Annotated[int, QueryParameter(ge=1, le=100, description="Page size (1..100).")]
EntityType = Literal["person", "organization", "location", "other"]


class EntityPage(msgspec.Struct, frozen=True, kw_only=True):
    """A page of entities."""

    data: list[EntityItem]
    next_cursor: str | None


class RelatedPage(msgspec.Struct, frozen=True, kw_only=True):
    """A page of co-occurring entities."""

    data: list[RelatedEntity]
    next_cursor: str | None


class EntityController(Controller):
    """Entities: people, organisations and places, one whatever the spelling."""

    path = "/entities"
    tags = ["entities"]  # noqa: RUF012 - Litestar reads it as a class attribute

    @get("/", operation_id="listEntities")
    async def list_entities(
        self,
        conn: NamedDependency[asyncpg.Connection],
        cursor_codec: NamedDependency[CursorCodec],
        q: Annotated[str | None, QueryParameter(min_length=1, max_length=200)] = None,
        type: FromQuery[EntityType | None] = None,
        limit: Limit = 20,
        cursor: FromQuery[str | None] = None,
    ) -> EntityPage:
        """List entities, most mentioned first; `q` matches any alias, typo-tolerant."""
        repo = EntityRepository(conn)
        if q is not None:
            normalised = normalise_alias(q)
            if not normalised:
                raise BadRequest("q must contain letters or digits.")
            after_q = None
            if cursor:
                score, count, last = cursor_codec.decode(cursor, 3)
                after_q = (float(score), int(count), str(last))
            rows = await repo.search(normalised, type_=type, after=after_q, limit=limit + 1)
            key: tuple[str, ...] = ("score", "mention_count", "id")
        else:
            after = None
            if cursor:
                count, last = cursor_codec.decode(cursor, 2)
                after = (int(count), str(last))
            rows = await repo.list(type_=type, after=after, limit=limit + 1)
            key = ("mention_count", "id")
        next_cursor = None
        if len(rows) > limit:
            rows = rows[:limit]
            next_cursor = cursor_codec.encode([rows[-1][k] for k in key])
        return EntityPage(
            data=[msgspec.convert(dict(r), EntityItem) for r in rows], next_cursor=next_cursor
        )

    @get("/{entity_id:str}", operation_id="getEntity")
    async def get_entity(
        self, conn: NamedDependency[asyncpg.Connection], entity_id: FromPath[str]
    ) -> EntityItem:
        """One entity with its aliases and counts."""
        row = await EntityRepository(conn).get(entity_id)
        if row is None:
            raise NotFound(f"No entity with id {entity_id!r}.")
        return msgspec.convert(dict(row), EntityItem)

    @get("/{entity_id:str}/related", operation_id="listRelatedEntities")
    async def related(
        self,
        conn: NamedDependency[asyncpg.Connection],
        cursor_codec: NamedDependency[CursorCodec],
        entity_id: FromPath[str],
        limit: Limit = 20,
        cursor: FromQuery[str | None] = None,
    ) -> RelatedPage:
        """Entities mentioned in the same articles, most shared articles first."""
        repo = EntityRepository(conn)
        if await repo.get(entity_id) is None:
            raise NotFound(f"No entity with id {entity_id!r}.")
        after = None
        if cursor:
            count, last = cursor_codec.decode(cursor, 2)
            after = (int(count), str(last))
        rows = await repo.related(entity_id, after=after, limit=limit + 1)
        next_cursor = None
        if len(rows) > limit:
            rows = rows[:limit]
            next_cursor = cursor_codec.encode([rows[-1]["articles"], rows[-1]["id"]])
        return RelatedPage(
            data=[msgspec.convert(dict(r), RelatedEntity) for r in rows], next_cursor=next_cursor
        )
