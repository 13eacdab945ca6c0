"""Write the events of one extraction, merged with the events other articles reported."""

from __future__ import annotations

import calendar
import datetime as dt
import hashlib
from pathlib import Path
from typing import Any

from service.db import load_queries
from service.ingest.entities import EntityResolver
from service.nlp.event_merge import events_match, match_score, merge_events, places_differ
from service.nlp.types import EntityRef, EventMention

QUERIES = load_queries(Path(__file__).with_name("queries.sql"))


def event_id(article_id: str, event: EventMention) -> str:
    """Stable id of an event first reported by `article_id`."""
    seed = f"{article_id}:{event.evidence_start}:{event.type}:{event.date_start}"
    return "ev_" + hashlib.sha256(seed.encode()).hexdigest()[:16]


def date_window(event: EventMention) -> tuple[dt.date | None, dt.date | None]:
    """The dates the event could cover, widened to its precision."""
    start, end = event.date_start, event.date_end or event.date_start
    if start is None or end is None:
        return None, None
    if event.precision == "year":
        return dt.date(start.year, 1, 1), dt.date(end.year, 12, 31)
    if event.precision == "month":
        last = calendar.monthrange(end.year, end.month)[1]
        return dt.date(start.year, start.month, 1), dt.date(end.year, end.month, last)
    return start, end


def fold_within_article(events: tuple[EventMention, ...]) -> list[EventMention]:
    """One event per real-world event in the article: later mentions enrich the first."""
    folded: list[EventMention] = []
    for event in events:
        for index, kept in enumerate(folded):
            if events_match(kept, event):
                folded[index] = merge_events(kept, event)
                break
        else:
            folded.append(event)
    return folded


def _ref(raw: dict[str, Any]) -> EntityRef:
    return EntityRef(key=raw["key"], name=raw["name"], type=raw["type"])


def _stored_event(row: Any) -> EventMention:
    location = None
    if row["location_key"] is not None:
        location = EntityRef(
            key=row["location_key"], name=row["location_name"], type=row["location_type"]
        )
    return EventMention(
        type=row["type"],
        title=row["title"],
        date_start=row["start"],
        date_end=row["end"],
        precision=row["precision"],
        participants=tuple(_ref(p) for p in row["participants"]),
        location=location,
        evidence_start=0,
        evidence_end=0,
        trigger="",
    )


# An undated report speaks of the time around its article ("will sign during this visit"):
# it joins a dated event only if the article appeared within this many days of it.
_UNDATED_REACH = dt.timedelta(days=31)


def _within_reach(dated: EventMention, published: dt.date | None) -> bool:
    start, end = date_window(dated)
    if published is None or start is None or end is None:
        return True
    return start - _UNDATED_REACH <= published <= end + _UNDATED_REACH


def _may_join(
    stored: EventMention, row: Any, event: EventMention, published: dt.date | None
) -> bool:
    # Without dates on both sides, two reports that happen in different countries are two
    # events however many participants they share (Xi and Putin meet in Moscow and Beijing).
    if (event.date_start is None or stored.date_start is None) and places_differ(stored, event):
        return False
    # Dated and undated reports meet only when the undated one's article is near the date.
    if event.date_start is None and stored.date_start is None:
        return published is None or all(
            row[column] is None or abs(row[column] - published) <= _UNDATED_REACH
            for column in ("reported_from", "reported_to")
        )
    if event.date_start is None:
        return _within_reach(stored, published)
    if stored.date_start is None:
        return all(_within_reach(event, row[column]) for column in ("reported_from", "reported_to"))
    return True


async def store_events(
    resolver: EntityResolver,
    article_id: str,
    body: str,
    events: tuple[EventMention, ...],
    language: str,
    *,
    published: dt.date | None = None,
) -> None:
    """Attach each event of the article to the matching stored event, or create it."""
    conn = resolver.conn
    for event in fold_within_article(events):
        participant_ids = [await resolver.id_for(p) for p in event.participants]
        location_id = await resolver.id_for(event.location) if event.location else None
        keys = participant_ids + ([location_id] if location_id else [])
        window_start, window_end = date_window(event)
        matches = []
        for row in await conn.fetch(QUERIES["event_candidates"], keys, window_start, window_end):
            stored = _stored_event(row)
            if events_match(stored, event) and _may_join(stored, row, event, published):
                matches.append((match_score(stored, event), row, stored))
        # The best match takes the report (ties: the oldest event, as the query orders them).
        matches.sort(key=lambda m: m[0], reverse=True)
        target: str | None = None
        merged = event
        absorbed: list[str] = []
        if matches:
            target, merged = matches[0][1]["id"], merge_events(matches[0][2], event)
            # Other stored events this report shows to be the same one (an undated "visit"
            # stored before the dated report that ties it to the rest) join it.
            for _, row, stored in matches[1:]:
                if events_match(merged, stored) and _may_join(stored, row, merged, published):
                    merged = merge_events(merged, stored)
                    absorbed.append(row["id"])
        if target is None:
            target = event_id(article_id, event)
            await conn.execute(
                QUERIES["insert_event"],
                target,
                event.type,
                event.title,
                event.date_start,
                event.date_end,
                event.precision,
                location_id,
                resolver.version,
            )
        else:
            merged_location = (
                await resolver.id_for(merged.location) if merged.location else location_id
            )
            await conn.execute(
                QUERIES["update_event"],
                target,
                merged.type,
                merged.title,
                merged.date_start,
                merged.date_end,
                merged.precision,
                merged_location,
            )
        for other in absorbed:
            await conn.execute(QUERIES["move_event_reports"], target, other)
            await conn.execute(QUERIES["move_event_participants"], target, other)
            await conn.execute(QUERIES["delete_event"], other)
        await conn.executemany(
            QUERIES["insert_event_participant"],
            [(target, pid) for pid in sorted(set(participant_ids))],
        )
        await conn.execute(
            QUERIES["insert_event_report"],
            target,
            article_id,
            event.evidence_start,
            event.evidence_end,
            body[event.evidence_start : event.evidence_end],
            language,
            event.trigger,
            resolver.version,
        )
