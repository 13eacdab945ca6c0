"""Reading corpora: manifest checksums, the date line, JSON lines, bad files."""

from __future__ import annotations

import gzip
import hashlib
import json
from pathlib import Path

from service.ingest.corpus import read_paths, split_date_line
from tests.conftest import SEEDS


def test_seeds_match_their_manifest() -> None:
    manifest = json.loads((SEEDS / "manifest.json").read_text())["files"]
    assert len(manifest) == 5
    for name, entry in manifest.items():
        assert hashlib.sha256((SEEDS / name).read_bytes()).hexdigest() == entry["sha256"]
    items = list(read_paths([SEEDS]))
    assert len(items) == 5 and all(i.article is not None for i in items)


def test_date_line_is_split_from_the_body() -> None:
    published, body = split_date_line(" date 2024-05-17 Russia and China will deepen")
    assert str(published) == "2024-05-17" and body == "Russia and China will deepen"
    assert split_date_line("Dated material") == (None, "Dated material")


def test_checksum_mismatch_is_reported_and_the_rest_load(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text("Alpha article about Paris.")
    (tmp_path / "b.txt").write_text("Beta article about Berlin.")
    manifest = {"files": {"a.txt": {"sha256": "0" * 64}}}
    (tmp_path / "manifest.json").write_text(json.dumps(manifest))
    items = list(read_paths([tmp_path]))
    assert [i.error for i in items] == ["checksum does not match manifest.json", None]


def test_jsonl_gz_with_a_bad_line(tmp_path: Path) -> None:
    path = tmp_path / "news.jsonl.gz"
    rows = [
        json.dumps(
            {
                "title": "T",
                "text": "Body one.",
                "published": "2018-12-20T18:42:00+01:00",
                "language": "fr",
                "source": "AFP",
                "url": "http://x",
            }
        ),
        "{broken",
        json.dumps({"title": "U", "text": "Body two.", "published": None, "language": "en"}),
    ]
    path.write_bytes(gzip.compress("\n".join(rows).encode()))
    items = list(read_paths([path]))
    assert items[0].article is not None and str(items[0].article.published) == "2018-12-20"
    assert items[1].error is not None and items[1].origin.endswith(":2")
    assert items[2].article is not None and items[2].article.published is None


def test_missing_and_unsupported_paths(tmp_path: Path) -> None:
    (tmp_path / "x.pdf").write_bytes(b"%PDF")
    items = list(read_paths([tmp_path / "nope", tmp_path / "x.pdf"]))
    assert [i.error for i in items] == [
        "no such file or folder",
        "unsupported file type (.txt or .jsonl[.gz])",
    ]
