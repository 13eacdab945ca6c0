"""Write the statements of one extraction."""

from __future__ import annotations

import hashlib
from pathlib import Path

from service.db import load_queries
from service.ingest.entities import EntityResolver
from service.nlp.types import Statement

QUERIES = load_queries(Path(__file__).with_name("queries.sql"))


def statement_id(article_id: str, start: int, end: int) -> str:
    """Stable id of the statement at [start, end) of the article; sorts in text order."""
    digest = hashlib.sha256(f"{article_id}:{start}:{end}".encode()).hexdigest()[:6]
    return f"st_{article_id.removeprefix('art_')}_{start:07d}_{digest}"


async def store_statements(
    resolver: EntityResolver,
    article_id: str,
    statements: tuple[Statement, ...],
    language: str,
) -> None:
    """Replace the article's statements with `statements`."""
    conn = resolver.conn
    await conn.execute(QUERIES["delete_statements"], article_id)
    for st in statements:
        sid = statement_id(article_id, st.start, st.end)
        speaker = await resolver.id_for(st.speaker) if st.speaker else None
        await conn.execute(
            QUERIES["insert_statement"],
            sid,
            article_id,
            st.start,
            st.end,
            st.text,
            st.kind,
            speaker,
            st.speaker_text,
            st.cue,
            language,
            st.date,
            resolver.version,
        )
        about = {await resolver.id_for(ref) for ref in st.about}
        await conn.executemany(QUERIES["insert_statement_about"], [(sid, e) for e in sorted(about)])
