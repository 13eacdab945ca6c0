"""Read a corpus: text files with a manifest, and JSON-lines files (gzipped or not)."""

from __future__ import annotations

import datetime as dt
import gzip
import hashlib
import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import msgspec

MANIFEST = "manifest.json"
_DATE_LINE = re.compile(r"\A\s*date[:\s]\s*(\d{4}-\d{2}-\d{2})\s*", re.IGNORECASE)


class ArticleInput(msgspec.Struct, frozen=True, kw_only=True):
    """An article as it arrives, before extraction."""

    body: str
    title: str | None = None
    language: str | None = None
    published: dt.date | None = None
    source: str | None = None
    url: str | None = None


class CorpusItem(msgspec.Struct, frozen=True, kw_only=True):
    """One article read from a corpus, or the reason it could not be read."""

    origin: str  # "seeds/000.txt" or "news.jsonl.gz:17"
    article: ArticleInput | None = None
    error: str | None = None


class ManifestEntry(msgspec.Struct, frozen=True, kw_only=True):
    """What the manifest knows of one text file."""

    sha256: str
    language: str | None = None
    published: dt.date | None = None
    title: str | None = None
    source: str | None = None
    url: str | None = None


class _JsonLine(msgspec.Struct, kw_only=True):
    text: str
    title: str | None = None
    published: str | None = None
    language: str | None = None
    source: str | None = None
    url: str | None = None


_line_decoder = msgspec.json.Decoder(_JsonLine)


def split_date_line(text: str) -> tuple[dt.date | None, str]:
    """Separate a leading `date YYYY-MM-DD` metadata line from the body."""
    match = _DATE_LINE.match(text)
    if not match:
        return None, text
    try:
        return dt.date.fromisoformat(match.group(1)), text[match.end() :]
    except ValueError:
        return None, text


def parse_published(value: str | None) -> dt.date | None:
    """The calendar date of an ISO date or timestamp string; None when absent or unreadable."""
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def sha256_file(path: Path) -> str:
    """Hex SHA-256 of a file's bytes."""
    return hashlib.sha256(path.read_bytes()).hexdigest()


def read_manifest(folder: Path) -> dict[str, ManifestEntry]:
    """The folder's manifest.json ({"files": {name: entry}}), or {} when there is none."""
    path = folder / MANIFEST
    if not path.exists():
        return {}
    raw: dict[str, Any] = msgspec.json.decode(path.read_bytes())
    return msgspec.convert(raw.get("files", {}), dict[str, ManifestEntry])


def read_text_file(path: Path, entry: ManifestEntry | None) -> CorpusItem:
    """One .txt article, its checksum verified against the manifest when listed."""
    origin = str(path)
    try:
        data = path.read_bytes()
        if entry is not None and hashlib.sha256(data).hexdigest() != entry.sha256:
            return CorpusItem(origin=origin, error="checksum does not match manifest.json")
        text = data.decode("utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        return CorpusItem(origin=origin, error=f"cannot read: {exc}")
    published, body = split_date_line(text)
    if not body.strip():
        return CorpusItem(origin=origin, error="empty article")
    meta = entry or ManifestEntry(sha256="")
    article = ArticleInput(
        body=body,
        title=meta.title,
        language=meta.language,
        published=meta.published or published,
        source=meta.source,
        url=meta.url,
    )
    return CorpusItem(origin=origin, article=article)


def read_jsonl(path: Path) -> Iterator[CorpusItem]:
    """Articles of a JSON-lines file (title, text, published, language, source, url)."""
    opener: Any = gzip.open if path.name.endswith(".gz") else open
    try:
        with opener(path, "rb") as handle:
            for number, line in enumerate(handle, start=1):
                if not line.strip():
                    continue
                origin = f"{path}:{number}"
                try:
                    row = _line_decoder.decode(line)
                except msgspec.DecodeError as exc:
                    yield CorpusItem(origin=origin, error=f"bad JSON line: {exc}")
                    continue
                if not row.text.strip():
                    yield CorpusItem(origin=origin, error="empty article")
                    continue
                yield CorpusItem(
                    origin=origin,
                    article=ArticleInput(
                        body=row.text,
                        title=row.title,
                        language=row.language,
                        published=parse_published(row.published),
                        source=row.source,
                        url=row.url,
                    ),
                )
    except (OSError, EOFError, gzip.BadGzipFile) as exc:
        yield CorpusItem(origin=str(path), error=f"cannot read: {exc}")


def _is_jsonl(path: Path) -> bool:
    return path.name.endswith((".jsonl", ".jsonl.gz", ".ndjson", ".ndjson.gz"))


def read_paths(paths: Iterable[Path]) -> Iterator[CorpusItem]:
    """Every article under `paths` (files or folders), in a stable order."""
    for path in paths:
        if path.is_dir():
            manifest = read_manifest(path)
            for child in sorted(path.iterdir()):
                if child.suffix == ".txt":
                    yield read_text_file(child, manifest.get(child.name))
                elif _is_jsonl(child):
                    yield from read_jsonl(child)
        elif _is_jsonl(path):
            yield from read_jsonl(path)
        elif path.suffix == ".txt":
            yield read_text_file(path, read_manifest(path.parent).get(path.name))
        elif path.exists():
            yield CorpusItem(origin=str(path), error="unsupported file type (.txt or .jsonl[.gz])")
        else:
            yield CorpusItem(origin=str(path), error="no such file or folder")
