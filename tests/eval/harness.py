"""Score the whole service on annotated articles posted through the HTTP API.

This is how a user meets newsgraph: articles arrive by POST /v1/articles, and entities,
statements and events come back from the API. The scores below are computed the same way on
the development set (tests/eval/corpus) and on the held-out set (tests/eval/heldout).
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import httpx

from service.nlp.event_merge import compatible
from service.nlp.normalise import normalise_alias, read_table
from service.nlp.speakers import determiners

EVAL = Path(__file__).resolve().parent
KINDS = ("person", "organization", "location")


def load_documents(folder: str, *, seeds: bool = False) -> list[dict[str, Any]]:
    """The annotated articles of a folder (plus the five seeds if asked)."""
    docs = [json.loads(p.read_text("utf-8")) for p in sorted((EVAL / folder).glob("*.json"))]
    if seeds:
        docs += [
            json.loads(p.read_text("utf-8")) for p in sorted((EVAL / "corpus").glob("seed-*.json"))
        ]
    return docs


async def post_documents(client: httpx.AsyncClient, docs: list[dict[str, Any]]) -> list[str]:
    """POST every document (body, language, published as metadata) and return the ids."""
    ids = []
    for doc in docs:
        payload = {"body": doc["body"], "language": doc["language"]}
        if doc.get("published"):
            payload["published"] = doc["published"]
        response = await client.post("/v1/articles", json=payload)
        assert response.status_code in (200, 201), response.text
        ids.append(response.json()["id"])
    return ids


def _overlaps(a: dict[str, Any], b: dict[str, Any]) -> bool:
    return bool(a["start"] < b["end"] and b["start"] < a["end"])


@dataclass
class EntityScores:
    """Mention precision/recall and cross-article identity of real-world entities."""

    predicted: int = 0
    gold: int = 0
    matched: int = 0
    entities: int = 0  # real-world entities mentioned twice or more
    found: int = 0  # ... of which at least one mention was found
    consistent: int = 0  # ... of which every spelling leads to one entity
    split: list[str] = field(default_factory=list)  # ... that came out as several entities

    @property
    def precision(self) -> float:
        """Matched predictions over predictions."""
        return self.matched / self.predicted if self.predicted else 1.0

    @property
    def recall(self) -> float:
        """Matched annotations over annotations."""
        return self.matched / self.gold if self.gold else 1.0


async def score_entities(
    client: httpx.AsyncClient, docs: list[dict[str, Any]], ids: list[str]
) -> EntityScores:
    """Compare each article's mentions with the annotations, then query every spelling."""
    scores = EntityScores()
    entity_ids: dict[str, set[str]] = defaultdict(set)
    spellings: dict[str, set[str]] = defaultdict(set)
    counts: dict[str, int] = defaultdict(int)
    for doc, article_id in zip(docs, ids, strict=True):
        mentions = (await client.get(f"/v1/articles/{article_id}/mentions")).json()["data"]
        gold = [e for e in doc["entities"] if e["type"] in KINDS]
        scores.predicted += len(mentions)
        scores.gold += len(gold)
        used: set[int] = set()
        for annotation in gold:
            counts[annotation["canonical"]] += 1
            spellings[annotation["canonical"]].add(annotation["text"])
        for mention in mentions:
            for index, annotation in enumerate(gold):
                if index not in used and _overlaps(mention, annotation):
                    used.add(index)
                    scores.matched += 1
                    entity_ids[annotation["canonical"]].add(mention["entity"]["id"])
                    break
    for canonical, count in sorted(counts.items()):
        if count < 2:
            continue
        scores.entities += 1
        found = entity_ids.get(canonical, set())
        if not found:
            continue
        scores.found += 1
        if len(found) > 1:
            scores.split.append(canonical)
            continue
        (expected,) = found
        consistent = True
        for spelling in spellings[canonical]:
            if not normalise_alias(spelling):
                continue
            page = await client.get("/v1/entities", params={"q": spelling, "limit": 1})
            data = page.json()["data"]
            if not data or data[0]["id"] != expected:
                consistent = False
                break
        scores.consistent += consistent
    return scores


@dataclass
class StatementScores:
    """Direct quotations: found with the right speaker, and returned ones that are real."""

    gold_direct: int = 0
    found_with_speaker: int = 0
    # ... or whose speaker is named by the annotated words ("la préfecture" for an annotated
    # "Préfecture du Nord" said as "la préfecture"): attribution right, resolution aside.
    found_with_words: int = 0
    returned_direct: int = 0
    returned_real: int = 0

    @property
    def recall(self) -> float:
        """Annotated direct quotes returned with the right speaker."""
        return self.found_with_speaker / self.gold_direct if self.gold_direct else 1.0

    @property
    def precision(self) -> float:
        """Returned direct statements that are annotated quotes."""
        return self.returned_real / self.returned_direct if self.returned_direct else 1.0


def _same_speaker(gold: dict[str, Any], returned: dict[str, Any]) -> bool:
    if gold["speaker"] is None:
        return returned["speaker"] is None
    name = normalise_alias(gold["speaker"])
    candidates = [returned["speaker"]["name"]] if returned["speaker"] else []
    candidates.append(returned["speaker_text"] or "")
    surname = name.split()[-1] if name else ""
    return any(
        normalise_alias(c) == name or (surname and surname in normalise_alias(c).split())
        for c in candidates
    )


def _content_words(text: str) -> set[str]:
    """The words of a speaker phrase that name someone: no determiner, no pronoun."""
    pronouns = {row[1] for row in read_table("quotes_pronouns.txt")}
    function = determiners("definite") | determiners("indefinite") | pronouns
    words = set(normalise_alias(text).replace("'", " ").replace("’", " ").split())
    return {w for w in words if w not in function and len(w) > 2}


def _same_words(gold: dict[str, Any], returned: dict[str, Any]) -> bool:
    """Whether a returned speaker phrase shares a naming word with the annotated one."""
    named = _content_words(gold.get("speaker_text") or "")
    return bool(named & _content_words(returned["speaker_text"] or ""))


async def score_statements(
    client: httpx.AsyncClient, docs: list[dict[str, Any]], ids: list[str], language: str | None
) -> StatementScores:
    """Direct-quote attribution recall and precision, optionally for one language."""
    scores = StatementScores()
    for doc, article_id in zip(docs, ids, strict=True):
        if language and doc["language"] != language:
            continue
        params = {"article_id": article_id, "kind": "direct", "limit": 100}
        returned = (await client.get("/v1/statements", params=params)).json()["data"]
        gold = [q for q in doc["quotes"] if q["kind"] == "direct"]
        every_gold = doc["quotes"]
        scores.gold_direct += len(gold)
        scores.returned_direct += len(returned)
        for annotation in gold:
            overlapping = [r for r in returned if _overlaps(r, annotation)]
            if any(_same_speaker(annotation, r) for r in overlapping):
                scores.found_with_speaker += 1
                scores.found_with_words += 1
            elif any(_same_words(annotation, r) for r in overlapping):
                scores.found_with_words += 1
        for statement in returned:
            scores.returned_real += any(_overlaps(statement, q) for q in every_gold)
    return scores


@dataclass
class EventScores:
    """Day-dated annotated events the API returns with the right dates and a right participant."""

    day_dated: int = 0
    right: int = 0
    missed: list[str] = field(default_factory=list)


def _words(name: str) -> set[str]:
    return set(normalise_alias(name).split())


def _event_agrees(event: dict[str, Any], gold: dict[str, Any]) -> bool:
    if not compatible(event["type"], gold["type"]):
        return False
    if (event["start"], event["end"]) != (gold["date_start"], gold["date_end"]):
        return False
    names = [p["name"] for p in event["participants"]]
    if event["location"]:
        names.append(event["location"]["name"])
    wanted = [*gold["participants"], gold.get("location") or ""]
    # A right participant: the annotated name and the entity's share a word ("Putin").
    return any(_words(w) & _words(n) for w in wanted if w for n in names)


async def _events_with_reports(client: httpx.AsyncClient) -> list[dict[str, Any]]:
    events: list[dict[str, Any]] = []
    params: dict[str, Any] = {"limit": 100}
    while True:
        page = (await client.get("/v1/events", params=params)).json()
        for item in page["data"]:
            events.append((await client.get(f"/v1/events/{item['id']}")).json())
        cursor = page.get("next_cursor")
        if not cursor:
            return events
        params["cursor"] = cursor


async def score_day_dated_events(
    client: httpx.AsyncClient, docs: list[dict[str, Any]], ids: list[str]
) -> EventScores:
    """For each annotated day-dated event, an event the article reports that agrees with it."""
    scores = EventScores()
    events = await _events_with_reports(client)
    for doc, article_id in zip(docs, ids, strict=True):
        reported = [e for e in events if article_id in {r["article_id"] for r in e["reports"]}]
        for gold in doc["events"]:
            if gold["precision"] != "day":
                continue
            scores.day_dated += 1
            if any(_event_agrees(event, gold) for event in reported):
                scores.right += 1
            else:
                scores.missed.append(f"{doc['id']}: {gold['type']} {gold['date_start']}")
    return scores
