"""Entity extraction quality on the hand-annotated evaluation set (tests/eval/corpus).

Mention precision/recall: a predicted mention is right when it overlaps an annotated mention
of the same type (each annotation matched once). Linking accuracy: over pairs of matched
mentions in one article, the same canonical entity must get the same key and different
canonical entities different keys.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from service.nlp.pipeline import ArticleText, get_pipeline
from service.nlp.types import Mention

CORPUS = Path(__file__).resolve().parents[1] / "eval" / "corpus"
# Floors a little below the figures measured (30 articles: P 0.95, R 0.92, linking 0.999).
MIN_PRECISION = 0.92
MIN_RECALL = 0.90
MIN_LINKING = 0.98


def _match(predicted: tuple[Mention, ...], gold: list[dict[str, Any]]) -> list[tuple[int, int]]:
    """Pairs (predicted index, gold index): overlapping spans of the same type, greedy."""
    used: set[int] = set()
    pairs = []
    for i, mention in enumerate(predicted):
        for j, annotation in enumerate(gold):
            overlaps = mention.start < annotation["end"] and annotation["start"] < mention.end
            if overlaps and mention.entity.type == annotation["type"] and j not in used:
                used.add(j)
                pairs.append((i, j))
                break
    return pairs


def _score() -> tuple[float, float, float]:
    files = sorted(CORPUS.glob("*.json"))
    if not files:
        pytest.skip("no annotated articles in tests/eval/corpus yet")
    documents = [json.loads(path.read_text(encoding="utf-8")) for path in files]
    articles = [ArticleText(body=d["body"], language=d.get("language")) for d in documents]
    true_positive = predicted_total = gold_total = agree = pair_total = 0
    for document, extraction in zip(documents, get_pipeline().extract_many(articles), strict=True):
        gold = [
            e for e in document["entities"] if e["type"] in ("person", "organization", "location")
        ]
        pairs = _match(extraction.mentions, gold)
        true_positive += len(pairs)
        predicted_total += len(extraction.mentions)
        gold_total += len(gold)
        links = [(gold[j]["canonical"], extraction.mentions[i].entity.key) for i, j in pairs]
        for x, (canonical_x, key_x) in enumerate(links):
            for canonical_y, key_y in links[x + 1 :]:
                pair_total += 1
                agree += (canonical_x == canonical_y) == (key_x == key_y)
    precision = true_positive / predicted_total if predicted_total else 1.0
    recall = true_positive / gold_total if gold_total else 1.0
    linking = agree / pair_total if pair_total else 1.0
    return precision, recall, linking


@pytest.fixture(scope="module")
def scores() -> tuple[float, float, float]:
    return _score()


def test_mention_precision(scores: tuple[float, float, float]) -> None:
    assert scores[0] >= MIN_PRECISION, f"precision {scores[0]:.3f}"


def test_mention_recall(scores: tuple[float, float, float]) -> None:
    assert scores[1] >= MIN_RECALL, f"recall {scores[1]:.3f}"


def test_linking_accuracy(scores: tuple[float, float, float]) -> None:
    assert scores[2] >= MIN_LINKING, f"linking {scores[2]:.3f}"
