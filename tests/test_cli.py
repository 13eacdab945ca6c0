"""The command line: load (counts, bad files skipped, idempotent) and extract (no database)."""

from __future__ import annotations

import gzip
import json
from pathlib import Path
from urllib.parse import urlsplit

import asyncpg
import pytest

from service.cli import main
from tests.conftest import SEEDS


@pytest.fixture
async def scratch_url(database_url: str) -> str:
    """A fresh, empty database on the test server (the CLI commits, so not the shared one)."""
    admin = await asyncpg.connect(database_url)
    try:
        await admin.execute("DROP DATABASE IF EXISTS cli_scratch WITH (FORCE)")
        await admin.execute("CREATE DATABASE cli_scratch")
    finally:
        await admin.close()
    return urlsplit(database_url)._replace(path="/cli_scratch").geturl()


def test_load_reports_counts_and_skips_bad_input(
    scratch_url: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("DATABASE_URL", scratch_url)
    lines = [
        json.dumps(
            {
                "title": "Un",
                "text": "Emmanuel Macron a reçu Olaf Scholz à Paris lundi.",
                "published": "2019-05-06T10:00:00+02:00",
                "language": "fr",
            }
        ),
        "not json",
    ]
    jsonl = tmp_path / "extra.jsonl.gz"
    jsonl.write_bytes(gzip.compress("\n".join(lines).encode()))
    assert main(["load", "--quiet", str(SEEDS), str(jsonl), str(tmp_path / "missing")]) == 0
    out, err = capsys.readouterr()
    assert "inserted 6, skipped 0, failed 2" in out
    assert "extra.jsonl.gz:2" in err and "missing" in err
    assert main(["load", "--quiet", str(SEEDS)]) == 0
    assert "inserted 0, skipped 5, failed 0" in capsys.readouterr().out


def test_extract_prints_json_without_a_database(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("DATABASE_URL", "postgresql://nobody@127.0.0.1:1/none")
    path = sorted(SEEDS.glob("002_*.txt"))[0]
    assert main(["extract", str(path)]) == 0
    record = json.loads(capsys.readouterr().out)
    body = path.read_text("utf-8")
    assert record["language"] == "fr" and record["mentions"]
    for mention in record["mentions"]:
        assert body[mention["start"] : mention["end"]] == mention["text"]
        assert mention["entity"]["key"] and mention["entity"]["type"]
    assert any(m["entity"]["name"] == "Vladimir Putin" for m in record["mentions"])


def test_bad_configuration_fails_fast(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("NEWSGRAPH_PORT", "not-a-port")
    assert main(["migrate"]) == 2
    assert "invalid configuration" in capsys.readouterr().err
