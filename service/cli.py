"""The `newsgraph` command line: serve, migrate, load, extract."""

from __future__ import annotations

import argparse
import asyncio
import logging
import signal
import sys
from collections.abc import Sequence
from pathlib import Path

import msgspec

from service import migrate
from service.db import create_pool, database_url
from service.settings import Settings, SettingsError

log = logging.getLogger("newsgraph")


def _count_items(paths: Sequence[Path]) -> int | None:
    """How many articles the paths hold, for the progress bar (None if unknown)."""
    from service.ingest.corpus import read_paths

    try:
        return sum(1 for _ in read_paths(paths))
    except OSError:
        return None


async def _load(settings: Settings, url: str, paths: Sequence[Path], *, quiet: bool) -> int:
    from tqdm import tqdm

    from service.ingest.corpus import read_paths
    from service.ingest.load import load_items
    from service.nlp.pipeline import get_pipeline

    pool = await create_pool(url, settings)
    try:
        total = _count_items(paths)
        with tqdm(total=total, unit="article", disable=quiet, file=sys.stderr) as bar:
            report = await load_items(pool, read_paths(paths), get_pipeline(), progress=bar.update)
    finally:
        await pool.close()
    for origin, reason in report.failures:
        print(f"failed: {origin}: {reason}", file=sys.stderr)
    print(f"inserted {report.inserted}, skipped {report.skipped}, failed {report.failed}")
    return 0


async def _article_count(settings: Settings, url: str) -> int:
    pool = await create_pool(url, settings)
    try:
        async with pool.acquire() as conn:
            return int(await conn.fetchval("SELECT count(*) FROM article"))
    finally:
        await pool.close()


class _Stopped(Exception):
    """A stop signal arrived: unwind so that the embedded database is shut down."""


def _raise_stopped(signum: int, _: object) -> None:
    raise _Stopped(signal.Signals(signum).name)


def cmd_serve(settings: Settings, args: argparse.Namespace) -> int:
    """Migrate, load the seeds into an empty database, then serve HTTP until a signal."""
    # A signal while migrating or loading must unwind too. uvicorn installs its own handlers
    # while serving and, after its graceful shutdown, restores these and re-raises the signal:
    # it then lands here as _Stopped, after the server has finished.
    for stop_signal in (signal.SIGTERM, signal.SIGINT):
        signal.signal(stop_signal, _raise_stopped)
    try:
        _serve(settings, args)
    except _Stopped as stopped:
        log.info("stopped by %s", stopped)
    return 0


def _serve(settings: Settings, args: argparse.Namespace) -> None:
    import uvicorn

    from service.app import create_app

    host = args.host or settings.host
    port = args.port if args.port is not None else settings.port
    with database_url(settings) as url:
        migrate.upgrade(url)
        seeds = Path(settings.seeds_dir)
        if seeds.is_dir() and asyncio.run(_article_count(settings, url)) == 0:
            log.info("empty database: loading %s", seeds)
            asyncio.run(_load(settings, url, [seeds], quiet=True))
        app = create_app(msgspec.structs.replace(settings, database_url=url))
        # The embedded server is stopped by the context manager on the way out.
        uvicorn.run(app, host=host, port=port, log_level=settings.log_level, access_log=False)


def cmd_migrate(settings: Settings, args: argparse.Namespace) -> int:
    """Apply the migrations (or go down to a revision)."""
    with database_url(settings) as url:
        if args.down:
            migrate.downgrade(url, args.down)
        else:
            migrate.upgrade(url)
    print("migrated")
    return 0


def cmd_load(settings: Settings, args: argparse.Namespace) -> int:
    """Load articles from files or folders."""
    with database_url(settings) as url:
        migrate.upgrade(url)
        return asyncio.run(_load(settings, url, [Path(p) for p in args.paths], quiet=args.quiet))


def cmd_extract(settings: Settings, args: argparse.Namespace) -> int:
    """Print each article's extraction as JSON lines, without a database."""
    from service.ingest.corpus import read_paths
    from service.ingest.load import to_text
    from service.nlp.pipeline import get_pipeline

    pipeline = get_pipeline()
    encoder = msgspec.json.Encoder()
    status = 0
    for item in read_paths([Path(p) for p in args.paths]):
        if item.article is None:
            print(f"failed: {item.origin}: {item.error}", file=sys.stderr)
            status = 1
            continue
        extraction = pipeline.extract(to_text(item.article))
        record = {"origin": item.origin, **msgspec.structs.asdict(extraction)}
        sys.stdout.write(encoder.encode(record).decode() + "\n")
    return status


def cmd_openapi(settings: Settings, args: argparse.Namespace) -> int:
    """Print the app's OpenAPI document (what `make client` generates the client from)."""
    from service.app import create_app

    schema = create_app(settings).openapi_schema.to_schema()
    sys.stdout.write(msgspec.json.format(msgspec.json.encode(schema)).decode() + "\n")
    return 0


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of `newsgraph`."""
    parser = argparse.ArgumentParser(prog="newsgraph", description=__doc__)
    sub = parser.add_subparsers(dest="command", required=True)
    serve = sub.add_parser("serve", help="migrate, load seeds if empty, serve HTTP")
    serve.add_argument("--host", default=None)
    serve.add_argument("--port", type=int, default=None)
    serve.set_defaults(func=cmd_serve)
    mig = sub.add_parser("migrate", help="apply database migrations")
    mig.add_argument("--down", metavar="REVISION", help="downgrade to REVISION (e.g. base)")
    mig.set_defaults(func=cmd_migrate)
    load = sub.add_parser("load", help="load articles from .txt folders or .jsonl[.gz] files")
    load.add_argument("paths", nargs="+")
    load.add_argument("--quiet", action="store_true", help="no progress bar")
    load.set_defaults(func=cmd_load)
    extract = sub.add_parser("extract", help="print extractions as JSON lines (no database)")
    extract.add_argument("paths", nargs="+")
    extract.set_defaults(func=cmd_extract)
    openapi = sub.add_parser("openapi", help="print the OpenAPI document")
    openapi.set_defaults(func=cmd_openapi)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Entry point of the `newsgraph` command."""
    args = build_parser().parse_args(argv)
    try:
        settings = Settings.from_env()
    except SettingsError as exc:
        print(f"newsgraph: {exc}", file=sys.stderr)
        return 2
    logging.basicConfig(
        level=settings.log_level.upper(), format="%(asctime)s %(levelname)s %(name)s %(message)s"
    )
    try:
        status: int = args.func(settings, args)
    except KeyboardInterrupt:
        return 130
    return status


if __name__ == "__main__":
    sys.exit(main())
