"""A real, migrated PostgreSQL per session; each test runs in a rolled-back transaction."""

from __future__ import annotations

import contextlib
import tempfile
from collections.abc import AsyncIterator, Iterator
from pathlib import Path
from typing import Any

import asyncpg
import httpx
import pytest

from service import migrate
from service.app import create_app
from service.db import EmbeddedPostgres, init_connection
from service.ingest.corpus import ArticleInput, read_paths
from service.ingest.load import store_article, to_text
from service.nlp.pipeline import Pipeline, get_pipeline
from service.nlp.types import Extraction
from service.settings import Settings

ROOT = Path(__file__).resolve().parents[1]
SEEDS = ROOT / "seeds"


def _docker_postgres() -> Iterator[str] | None:
    """testcontainers' PostgreSQL when a Docker engine answers, else None."""
    try:
        import docker

        docker.from_env(timeout=3).ping()
    except Exception:
        return None

    def run() -> Iterator[str]:
        from testcontainers.postgres import PostgresContainer

        with PostgresContainer("postgres:17", driver=None) as container:
            yield container.get_connection_url()

    return run()


@pytest.fixture(scope="session")
def database_url() -> Iterator[str]:
    """URL of a migrated server: Docker when available, else the embedded one."""
    container = _docker_postgres()
    if container is not None:
        url = next(container)
        migrate.upgrade(url)
        yield url
        with contextlib.suppress(StopIteration):
            next(container)
        return
    with tempfile.TemporaryDirectory(prefix="newsgraph-test-") as tmp:
        server = EmbeddedPostgres(Path(tmp), delete_on_stop=True)
        url = server.start()
        try:
            migrate.upgrade(url)
            yield url
        finally:
            server.stop()


@pytest.fixture(scope="session")
def pipeline() -> Pipeline:
    """The extraction pipeline, models loaded once for the session."""
    return get_pipeline()


@pytest.fixture(scope="session")
def seed_extractions(pipeline: Pipeline) -> list[tuple[ArticleInput, Extraction]]:
    """The five seed articles and their extractions, computed once."""
    articles = [item.article for item in read_paths([SEEDS]) if item.article is not None]
    extractions = list(pipeline.extract_many([to_text(a) for a in articles]))
    return list(zip(articles, extractions, strict=True))


@pytest.fixture
async def conn(database_url: str) -> AsyncIterator[asyncpg.Connection]:
    """A connection inside a transaction that is rolled back after the test."""
    connection = await asyncpg.connect(database_url)
    await init_connection(connection)
    transaction = connection.transaction()
    await transaction.start()
    try:
        yield connection
    finally:
        await transaction.rollback()
        await connection.close()


class SingleConnectionPool:
    """Pool façade over the test's connection, so the app sees the test's transaction."""

    def __init__(self, connection: asyncpg.Connection) -> None:
        self.connection = connection

    @contextlib.asynccontextmanager
    async def _acquire(self) -> AsyncIterator[asyncpg.Connection]:
        yield self.connection

    def acquire(self) -> Any:
        """The one connection."""
        return self._acquire()

    async def close(self) -> None:
        """Nothing: the fixture owns the connection."""


@pytest.fixture
async def seeded(
    conn: asyncpg.Connection, seed_extractions: list[tuple[ArticleInput, Extraction]]
) -> asyncpg.Connection:
    """The test's connection with the five seed articles stored."""
    for article, extraction in seed_extractions:
        await store_article(conn, article, extraction)
    return conn


def make_client(
    connection: asyncpg.Connection, pipeline: Pipeline, **settings: Any
) -> httpx.AsyncClient:
    """An HTTP client driving the app in-process over the test's connection."""
    app = create_app(
        Settings(database_url="postgresql://unused", **settings),
        pool=SingleConnectionPool(connection),
        pipeline=pipeline,
    )
    return httpx.AsyncClient(transport=httpx.ASGITransport(app=app), base_url="http://test")


@pytest.fixture
async def client(
    seeded: asyncpg.Connection, pipeline: Pipeline
) -> AsyncIterator[httpx.AsyncClient]:
    """API client over a database holding the seeds."""
    async with make_client(seeded, pipeline) as http:
        yield http
