"""Writing extractions: atomic, idempotent, entities and events shared across articles."""

from __future__ import annotations

import datetime as dt
import re

import asyncpg
import msgspec
import pytest

from service.ingest.corpus import ArticleInput
from service.ingest.load import store_article
from service.nlp.types import EntityRef, EventMention, Extraction, Mention, Statement

PUTIN = EntityRef(key="wd:Q7747", name="Vladimir Putin", type="person", wikidata_id="Q7747")
XI = EntityRef(key="wd:Q15031", name="Xi Jinping", type="person", wikidata_id="Q15031")
MOSCOW = EntityRef(key="wd:Q649", name="Moscow", type="location", wikidata_id="Q649")


def _mentions(body: str, text: str, ref: EntityRef) -> list[Mention]:
    return [
        Mention(start=m.start(), end=m.end(), text=text, entity=ref)
        for m in re.finditer(re.escape(text), body)
    ]


def _visit(body: str, day: int, precision: str = "day") -> EventMention:
    return EventMention(
        type="state_visit",
        title="State visit of Xi Jinping to Russia",
        date_start=dt.date(2023, 3, day if precision == "day" else 1),
        date_end=dt.date(2023, 3, 22 if precision == "day" else 31),
        precision=precision,  # type: ignore[arg-type]
        participants=(XI, PUTIN),
        location=MOSCOW,
        evidence_start=0,
        evidence_end=len(body),
        trigger="visit",
    )


def _extraction(
    body: str,
    *,
    events: tuple[EventMention, ...] = (),
    published: dt.date = dt.date(2023, 3, 20),
) -> Extraction:
    mentions = tuple(
        sorted(
            (
                m
                for text, ref in (("Xi", XI), ("Poutine", PUTIN), ("Moscou", MOSCOW))
                for m in _mentions(body, text, ref)
            ),
            key=lambda m: m.start,
        )
    )
    statement = Statement(
        start=body.index("«") + 2,
        end=body.index("»") - 1,
        text=body[body.index("«") + 2 : body.index("»") - 1],
        kind="direct",
        speaker=PUTIN,
        speaker_text="Poutine",
        cue="a dit",
        date=dt.date(2023, 3, 20),
        about=(XI,),
    )
    return Extraction(
        extractor_version="test-1",
        language="fr",
        language_inferred=False,
        published=published,
        published_precision="day",
        published_inferred=False,
        mentions=mentions,
        events=events,
        statements=(statement,),
    )


BODY_A = "Xi est à Moscou pour voir Poutine du 20 au 22 mars. « Bienvenue », a dit Poutine."
BODY_B = "Poutine reçoit Xi à Moscou en mars. « Un ami cher », a dit Poutine."


async def _count(conn: asyncpg.Connection, table: str) -> int:
    return int(await conn.fetchval(f"SELECT count(*) FROM {table}"))


async def test_store_is_idempotent_and_entities_are_shared(conn: asyncpg.Connection) -> None:
    first = await store_article(conn, ArticleInput(body=BODY_A), _extraction(BODY_A))
    again = await store_article(conn, ArticleInput(body=BODY_A), _extraction(BODY_A))
    assert first.created and not again.created and first.id == again.id
    second = await store_article(conn, ArticleInput(body=BODY_B), _extraction(BODY_B))
    assert second.created and second.id != first.id
    assert await _count(conn, "article") == 2
    assert await _count(conn, "entity") == 3
    putin = await conn.fetchrow("SELECT * FROM entity WHERE key = 'wd:Q7747'")
    assert putin["mention_count"] == 4 and putin["article_count"] == 2
    aliases = await conn.fetch(
        "SELECT text, normalised FROM entity_alias WHERE entity_id = $1", putin["id"]
    )
    assert {"Poutine", "Vladimir Putin"} <= {a["text"] for a in aliases}
    assert await _count(conn, "statement") == 2
    speakers = await conn.fetch("SELECT DISTINCT speaker_entity_id FROM statement")
    assert [r["speaker_entity_id"] for r in speakers] == [putin["id"]]


async def test_one_event_many_reports(conn: asyncpg.Connection) -> None:
    await store_article(
        conn, ArticleInput(body=BODY_A), _extraction(BODY_A, events=(_visit(BODY_A, 20),))
    )
    await store_article(
        conn, ArticleInput(body=BODY_B), _extraction(BODY_B, events=(_visit(BODY_B, 1, "month"),))
    )
    events = await conn.fetch('SELECT id, start, "end", precision FROM event')
    assert len(events) == 1
    assert (str(events[0]["start"]), str(events[0]["end"])) == ("2023-03-20", "2023-03-22")
    assert events[0]["precision"] == "day"
    assert await _count(conn, "event_report") == 2
    assert await _count(conn, "event_participant") == 2


async def test_an_undated_report_joins_only_an_event_near_its_article(
    conn: asyncpg.Connection,
) -> None:
    await store_article(
        conn, ArticleInput(body=BODY_A), _extraction(BODY_A, events=(_visit(BODY_A, 20),))
    )
    undated = msgspec.structs.replace(
        _visit(BODY_B, 20), date_start=None, date_end=None, precision=None
    )
    later = BODY_B + " Un an plus tard."
    await store_article(
        conn,
        ArticleInput(body=later),
        _extraction(later, events=(undated,), published=dt.date(2024, 5, 16)),
    )
    assert await _count(conn, "event") == 2  # a year later, "the visit" is another one
    await store_article(conn, ArticleInput(body=BODY_B), _extraction(BODY_B, events=(undated,)))
    assert await _count(conn, "event") == 2  # the same week: the March visit
    reports = await conn.fetch(
        "SELECT count(*) AS n FROM event_report GROUP BY event_id ORDER BY n DESC"
    )
    assert [r["n"] for r in reports] == [2, 1]


async def test_a_report_that_ties_two_stored_events_makes_them_one(
    conn: asyncpg.Connection,
) -> None:
    month = msgspec.structs.replace(_visit(BODY_B, 1, "month"), participants=(XI,), location=None)
    undated = msgspec.structs.replace(
        _visit(BODY_B, 20), date_start=None, date_end=None, precision=None
    )
    first, second = BODY_B + " Un.", BODY_B + " Deux."
    await store_article(conn, ArticleInput(body=first), _extraction(first, events=(month,)))
    await store_article(conn, ArticleInput(body=second), _extraction(second, events=(undated,)))
    assert await _count(conn, "event") == 2  # one shared person and no place: not yet one
    await store_article(
        conn, ArticleInput(body=BODY_A), _extraction(BODY_A, events=(_visit(BODY_A, 20),))
    )
    events = await conn.fetch('SELECT id, start, "end" FROM event')
    assert len(events) == 1
    assert (str(events[0]["start"]), str(events[0]["end"])) == ("2023-03-20", "2023-03-22")
    assert await _count(conn, "event_report") == 3
    assert await _count(conn, "event_participant") == 2


async def test_a_failing_article_leaves_nothing_behind(conn: asyncpg.Connection) -> None:
    body = "Xi parle. « Bonjour », a dit Poutine."
    bad = _extraction(body)
    broken = Mention(start=5, end=2, text="??", entity=XI)  # violates the offsets check
    bad = Extraction(
        **{
            **{f: getattr(bad, f) for f in bad.__struct_fields__},
            "mentions": (*bad.mentions, broken),
        }
    )
    with pytest.raises(asyncpg.CheckViolationError):
        await store_article(conn, ArticleInput(body=body), bad)
    assert await _count(conn, "article") == 0
    assert await _count(conn, "entity") == 0
