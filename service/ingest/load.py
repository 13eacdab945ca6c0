"""Write articles and their extractions: one article, one transaction, all or nothing."""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

import asyncpg
import msgspec

from service.db import load_queries
from service.ingest.corpus import ArticleInput, CorpusItem
from service.ingest.entities import EntityResolver, store_mentions
from service.ingest.events import store_events
from service.ingest.statements import store_statements
from service.nlp.pipeline import ArticleText, Pipeline
from service.nlp.types import Extraction

QUERIES = load_queries(Path(__file__).with_name("queries.sql"))


class StoreResult(msgspec.Struct, frozen=True, kw_only=True):
    """The id of a stored article and whether this call created it."""

    id: str
    created: bool


class LoadReport(msgspec.Struct, kw_only=True):
    """Counts of a corpus load, with the reason of every failure."""

    inserted: int = 0
    skipped: int = 0
    failed: int = 0
    failures: list[tuple[str, str]] = msgspec.field(default_factory=list)


def content_sha256(body: str) -> str:
    """Hex SHA-256 of the body's UTF-8 bytes: the article's identity."""
    return hashlib.sha256(body.encode("utf-8")).hexdigest()


def article_id(sha256: str) -> str:
    """Stable public id of the article whose body hashes to `sha256`."""
    return "art_" + sha256[:16]


def to_text(article: ArticleInput) -> ArticleText:
    """The pipeline's view of an incoming article."""
    return ArticleText(
        body=article.body,
        language=article.language,
        published=article.published,
        published_precision="day" if article.published else None,
        title=article.title,
    )


async def store_article(
    conn: asyncpg.Connection, article: ArticleInput, extraction: Extraction
) -> StoreResult:
    """Store the article and everything extracted from it in one transaction (idempotent)."""
    sha = content_sha256(article.body)
    async with conn.transaction():
        new_id = await conn.fetchval(
            QUERIES["insert_article"],
            article_id(sha),
            article.title,
            article.body,
            extraction.language,
            extraction.language_inferred,
            extraction.published,
            extraction.published_precision if extraction.published else None,
            extraction.published_inferred,
            article.source,
            article.url,
            sha,
            len(article.body.split()),
            extraction.extractor_version,
        )
        if new_id is None:
            existing = await conn.fetchval(QUERIES["article_id_by_hash"], sha)
            return StoreResult(id=str(existing), created=False)
        resolver = EntityResolver(conn, extraction.extractor_version)
        await store_mentions(resolver, new_id, extraction.mentions, extraction.language)
        await store_statements(resolver, new_id, extraction.statements, extraction.language)
        await store_events(
            resolver,
            new_id,
            article.body,
            extraction.events,
            extraction.language,
            published=extraction.published,
        )
        await conn.execute(QUERIES["refresh_entity_counts"], sorted(set(resolver.ids.values())))
        return StoreResult(id=str(new_id), created=True)


async def known_hashes(conn: asyncpg.Connection, bodies: Iterable[str]) -> set[str]:
    """The content hashes among `bodies` that are already stored."""
    rows = await conn.fetch(QUERIES["existing_hashes"], [content_sha256(b) for b in bodies])
    return {row["content_sha256"] for row in rows}


async def known_years(conn: asyncpg.Connection) -> list[int]:
    """The most common publication years of the stored corpus (a prior for undated texts)."""
    return [row["year"] for row in await conn.fetch(QUERIES["known_years"])]


def _batches(items: Iterable[CorpusItem], size: int) -> Iterator[list[CorpusItem]]:
    batch: list[CorpusItem] = []
    for item in items:
        batch.append(item)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


async def load_items(
    pool: asyncpg.Pool,
    items: Iterable[CorpusItem],
    pipeline: Pipeline,
    *,
    batch_size: int = 16,
    progress: Callable[[int], None] | None = None,
) -> LoadReport:
    """Extract and store every readable item; a bad one is reported and the rest go on."""
    report = LoadReport()
    for batch in _batches(items, batch_size):
        readable: list[tuple[str, ArticleInput]] = []
        for item in batch:
            if item.article is None:
                report.failed += 1
                report.failures.append((item.origin, item.error or "unreadable"))
            else:
                readable.append((item.origin, item.article))
        async with pool.acquire() as conn:
            stored = await known_hashes(conn, (a.body for _, a in readable))
            todo = [(o, a) for o, a in readable if content_sha256(a.body) not in stored]
            undated = any(a.published is None for _, a in todo)
            years = await known_years(conn) if undated else []
        report.skipped += len(readable) - len(todo)
        texts = [to_text(a) for _, a in todo]
        extractions = list(pipeline.extract_many(texts, near_years=years))
        for (origin, article), extraction in zip(todo, extractions, strict=True):
            try:
                async with pool.acquire() as conn:
                    result = await store_article(conn, article, extraction)
            except (asyncpg.PostgresError, ValueError) as exc:
                report.failed += 1
                report.failures.append((origin, f"{type(exc).__name__}: {exc}"))
                continue
            if result.created:
                report.inserted += 1
            else:
                report.skipped += 1
        if progress is not None:
            progress(len(batch))
    return report
