"""Resolve the entities of one extraction against the catalogue in the database."""

from __future__ import annotations

import hashlib
from pathlib import Path

import asyncpg

from service.db import load_queries
from service.nlp.linking import same_entity
from service.nlp.normalise import normalise_alias
from service.nlp.types import EntityRef, Mention

QUERIES = load_queries(Path(__file__).with_name("queries.sql"))


def entity_id(key: str) -> str:
    """Stable public id of the entity with catalogue key `key`."""
    return "ent_" + hashlib.sha256(key.encode()).hexdigest()[:16]


async def resolve_entity(conn: asyncpg.Connection, ref: EntityRef, version: str) -> str:
    """The id of `ref` in the catalogue: by key, else a conservative fuzzy match, else new."""
    found = await conn.fetchval(QUERIES["entity_by_key"], ref.key)
    if found is not None:
        return str(found)
    if ref.key.startswith("name:"):
        # Names the knowledge base does not know: merge with an existing spelling only when
        # the linker says they are the same (transliterations, not Russia/Prussia).
        for row in await conn.fetch(
            QUERIES["entity_candidates"], normalise_alias(ref.name), ref.type
        ):
            candidate = EntityRef(
                key=row["key"], name=row["name"], type=row["type"], wikidata_id=row["wikidata_id"]
            )
            if same_entity(ref, candidate):
                return str(row["id"])
    new_id = entity_id(ref.key)
    await conn.execute(
        QUERIES["insert_entity"], new_id, ref.key, ref.name, ref.type, ref.wikidata_id, version
    )
    # Another transaction may have created the key first: its row wins.
    winner = await conn.fetchval(QUERIES["entity_by_key"], ref.key)
    if winner == new_id:
        aliases = {(ref.name, "und"), *ref.aliases}
        await conn.executemany(
            QUERIES["insert_alias"],
            [(new_id, text, normalise_alias(text), lang) for text, lang in aliases if text],
        )
    return str(winner)


class EntityResolver:
    """Resolves EntityRefs to catalogue ids within one transaction, each key once."""

    def __init__(self, conn: asyncpg.Connection, version: str) -> None:
        self.conn = conn
        self.version = version
        self.ids: dict[str, str] = {}

    async def id_for(self, ref: EntityRef) -> str:
        """The catalogue id of `ref`, created when new."""
        if ref.key not in self.ids:
            self.ids[ref.key] = await resolve_entity(self.conn, ref, self.version)
        return self.ids[ref.key]


async def store_mentions(
    resolver: EntityResolver, article_id: str, mentions: tuple[Mention, ...], language: str
) -> None:
    """Replace the article's mentions with `mentions`."""
    conn = resolver.conn
    rows = [
        (article_id, m.start, m.end, await resolver.id_for(m.entity), m.text, resolver.version)
        for m in mentions
    ]
    await conn.execute(QUERIES["delete_mentions"], article_id)
    await conn.executemany(QUERIES["insert_mention"], rows)
    # Every spelling seen becomes an alias, so `GET /v1/entities?q=` finds it.
    aliases = {(row[3], row[4], normalise_alias(row[4]), language) for row in rows}
    await conn.executemany(QUERIES["insert_alias"], sorted(aliases))
