"""Migrations go up, down and up again on a fresh database."""

from __future__ import annotations

from urllib.parse import urlsplit

import asyncpg

from service import migrate


async def test_upgrade_downgrade_upgrade(database_url: str) -> None:
    admin = await asyncpg.connect(database_url)
    try:
        await admin.execute("DROP DATABASE IF EXISTS migration_roundtrip")
        await admin.execute("CREATE DATABASE migration_roundtrip")
    finally:
        await admin.close()
    url = urlsplit(database_url)._replace(path="/migration_roundtrip").geturl()

    async def tables() -> set[str]:
        conn = await asyncpg.connect(url)
        try:
            rows = await conn.fetch("SELECT tablename FROM pg_tables WHERE schemaname = 'public'")
            return {r["tablename"] for r in rows}
        finally:
            await conn.close()

    import anyio.to_thread

    await anyio.to_thread.run_sync(migrate.upgrade, url)
    assert {"article", "entity", "entity_alias", "mention"} <= await tables()
    await anyio.to_thread.run_sync(migrate.downgrade, url)
    assert await tables() == {"alembic_version"}
    await anyio.to_thread.run_sync(migrate.upgrade, url)
    assert "article" in await tables()
