"""Date normalisation accuracy and event recall/precision on the hand-annotated evaluation set."""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from service.nlp.event_merge import compatible
from service.nlp.pipeline import ArticleText, Pipeline
from service.nlp.types import EventMention, Extraction, TimeExpression

CORPUS = Path(__file__).resolve().parents[1] / "eval" / "corpus"
# Measured on the 32 annotated articles: dates 165/187 = 0.88, events recall 93/193 = 0.48
# precision 98/235 = 0.42, seed day-dated events 24/38 (one article at a time; merged across
# the seeds the API serves 30/38, tests/events/test_seed_event_quality.py). Floors sit a
# little below so that a regression fails the build.
DATE_ACCURACY_FLOOR = 0.85
EVENT_RECALL_FLOOR = 0.45
EVENT_PRECISION_FLOOR = 0.38
SEED_DAY_EVENTS_FLOOR = 0.55


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKD", text.lower()).encode("ascii", "ignore").decode()


def _published(article: dict[str, Any]) -> dt.date | None:
    value = article.get("published")
    return dt.date.fromisoformat(value) if value else None


@pytest.fixture(scope="module")
def extracted(pipeline: Pipeline) -> list[tuple[dict[str, Any], Extraction]]:
    """Every annotated article with what the pipeline extracts from it."""
    articles = [json.loads(p.read_text("utf-8")) for p in sorted(CORPUS.glob("*.json"))]
    texts = [
        ArticleText(
            body=a["body"],
            language=a["language"],
            published=_published(a),
            published_precision="day" if _published(a) else None,
        )
        for a in articles
    ]
    return list(zip(articles, pipeline.extract_many(texts), strict=True))


def _time_right(found: list[TimeExpression], gold: dict[str, Any]) -> bool:
    for time in found:
        if time.start < gold["end"] and gold["start"] < time.end:
            return (
                time.date_start.isoformat() == gold["date_start"]
                and time.date_end.isoformat() == gold["date_end"]
                and time.precision == gold["precision"]
            )
    return False


def _evidence_span(body: str, gold: dict[str, Any]) -> tuple[int, int] | None:
    start = body.find(gold["evidence"][:60])
    return None if start < 0 else (start, start + len(gold["evidence"]))


def _event_matches(body: str, found: EventMention, gold: dict[str, Any]) -> bool:
    span = _evidence_span(body, gold)
    if span is None or not (found.evidence_start < span[1] and span[0] < found.evidence_end):
        return False
    return _event_agrees(found, gold)


def _event_agrees(found: EventMention, gold: dict[str, Any]) -> bool:
    """Compatible type and a right participant or place, wherever the article reports it."""
    if not compatible(found.type, gold["type"]):
        return False
    names = {_fold(p.name) for p in found.participants}
    if found.location is not None:
        names.add(_fold(found.location.name))
    wanted = [_fold(n) for n in [*gold["participants"], gold.get("location") or ""] if n]
    # A right participant: the annotated name and the entity's share a word ("Putin").
    return not wanted or any(set(w.split()) & set(n.split()) for w in wanted for n in names if n)


def test_date_normalisation_accuracy(extracted: list[tuple[dict[str, Any], Extraction]]) -> None:
    """Annotated dated expressions found and normalised to the right dates and precision."""
    right = total = 0
    for article, extraction in extracted:
        for gold in article["times"]:
            if gold["date_start"] is None:
                continue  # not resolvable without a publication date
            total += 1
            right += _time_right(list(extraction.times), gold)
    accuracy = right / total
    print(f"dates: {right}/{total} = {accuracy:.3f}")
    assert accuracy >= DATE_ACCURACY_FLOOR


def test_event_recall_and_precision(extracted: list[tuple[dict[str, Any], Extraction]]) -> None:
    """Annotated events found (type, evidence, a participant); returned events that are real."""
    found_gold = total_gold = real = returned = 0
    for article, extraction in extracted:
        body = article["body"]
        golds = article["events"]
        total_gold += len(golds)
        found_gold += sum(any(_event_matches(body, e, g) for e in extraction.events) for g in golds)
        returned += len(extraction.events)
        real += sum(any(_event_matches(body, e, g) for g in golds) for e in extraction.events)
    recall, precision = found_gold / total_gold, real / returned
    print(
        f"events: recall {found_gold}/{total_gold} = {recall:.3f}, "
        f"precision {real}/{returned} = {precision:.3f}"
    )
    assert recall >= EVENT_RECALL_FLOOR
    assert precision >= EVENT_PRECISION_FLOOR


def test_seed_day_dated_events(extracted: list[tuple[dict[str, Any], Extraction]]) -> None:
    """Day-dated events of the seeds found with the right dates and a right participant.

    As a reader of the API meets them: an event of the article, from whichever of its
    sentences the event was drawn (one article reports a visit in its lede and again later).
    """
    right = total = 0
    for article, extraction in extracted:
        if not article["id"].startswith("seed"):
            continue
        for gold in article["events"]:
            if gold["precision"] != "day":
                continue
            total += 1
            right += any(
                _event_agrees(e, gold)
                and e.date_start is not None
                and e.date_start.isoformat() == gold["date_start"]
                and e.date_end is not None
                and e.date_end.isoformat() == gold["date_end"]
                for e in extraction.events
            )
    print(f"seed day-dated events: {right}/{total}")
    # Seed 003 names no date at all: its weekdays stay unresolved until merged with the others.
    assert total and right / total >= SEED_DAY_EVENTS_FLOOR
