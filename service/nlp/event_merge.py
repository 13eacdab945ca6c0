"""Whether two event mentions report one real-world event, and how to merge them; titles."""

from __future__ import annotations

import datetime as dt
import functools
import json
from collections.abc import Sequence
from importlib import resources
from typing import Any

import msgspec

from service.nlp.kb import get_kb
from service.nlp.timex import month_period, year_period
from service.nlp.types import EntityRef, EventMention, Precision

_PRECISION_RANK: dict[str | None, int] = {"day": 0, "month": 1, "year": 2, None: 3}


@functools.cache
def meta() -> dict[str, Any]:
    """Language-neutral event data: compatible types, title templates, role words."""
    text = resources.files("service.nlp.vocab").joinpath("event_triggers_meta.json")
    data: dict[str, Any] = json.loads(text.read_text("utf-8"))
    return data


def compatible(a: str, b: str) -> bool:
    """Whether two event types may name the same real-world event (a visit and its talks)."""
    return a == b or any(a in group and b in group for group in meta()["compatible"])


def event_title(kind: str, participants: Sequence[EntityRef], location: EntityRef | None) -> str:
    """A short English title from the type's templates and the names at hand."""
    people = sorted(participants, key=lambda p: p.type != "person")
    names = {
        "a": people[0].name if people else None,
        "b": people[1].name if len(people) > 1 else None,
        "place": location.name if location else None,
    }
    for template in meta()["titles"].get(kind, []):
        keys = [k for k in ("a", "b", "place") if "{" + k + "}" in template]
        if all(names[k] for k in keys):
            return str(template.format(**{k: names[k] for k in keys}))
    generic = str(meta()["generic_titles"].get(kind, "Event"))
    return f"{generic} in {location.name}" if location else generic


def _period(event: EventMention) -> tuple[dt.date, dt.date] | None:
    if event.date_start is None or event.date_end is None:
        return None
    start, end = event.date_start, event.date_end
    if event.precision == "month":
        return month_period(start.year, start.month)[0], month_period(end.year, end.month)[1]
    if event.precision == "year":
        return year_period(start.year)[0], year_period(end.year)[1]
    return start, end


def _coarse(event: EventMention, precision: Precision) -> tuple[dt.date, dt.date] | None:
    period = _period(event)
    if period is None or precision == "day":
        return period
    if precision == "month":
        return month_period(period[0].year, period[0].month)[0], month_period(
            period[1].year, period[1].month
        )[1]
    return year_period(period[0].year)[0], year_period(period[1].year)[1]


def dates_overlap(a: EventMention, b: EventMention) -> bool | None:
    """Whether the dates overlap at the coarser precision; None when one is undated."""
    if a.date_start is None or b.date_start is None:
        return None
    coarser: Precision = max(
        (a.precision or "day", b.precision or "day"), key=lambda p: _PRECISION_RANK[p]
    )
    first, second = _coarse(a, coarser), _coarse(b, coarser)
    assert first is not None and second is not None
    return first[0] <= second[1] and second[0] <= first[1]


def _shared(a: EventMention, b: EventMention) -> int:
    return len({p.key for p in a.participants} & {p.key for p in b.participants})


def _same_place(a: EventMention, b: EventMention) -> bool:
    return a.location is not None and b.location is not None and a.location.key == b.location.key


def events_match(a: EventMention, b: EventMention) -> bool:
    """Whether two mentions (from different articles, any language) report the same event."""
    if not compatible(a.type, b.type):
        return False
    shared = _shared(a, b)
    overlap = dates_overlap(a, b)
    if overlap is None:
        # Undated: only the same type with two shared participants, or one and the same
        # place (Moscow and Russia are one place here: "visited Russia" is the Moscow visit).
        same_country = a.location is not None and b.location is not None
        same_country = same_country and not places_differ(a, b)
        return a.type == b.type and (shared >= 2 or (shared == 1 and same_country))
    if not overlap:
        return False
    if a.type != b.type and a.precision != "day" and b.precision != "day":
        return shared >= 2  # a meeting and a visit in one month are one event only if the same pair
    if a.type != b.type and a.precision == b.precision == "day" and _period(a) != _period(b):
        return False  # Monday's meeting is a part of the three-day visit, not the visit
    return shared >= 1 or _same_place(a, b)


def _country(place: EntityRef) -> str:
    entry = get_kb().get(place.key)
    return entry.country if entry is not None and entry.country else place.key


def places_differ(a: EventMention, b: EventMention) -> bool:
    """Whether both events have a place and the places are in different countries.

    Moscow and Russia agree; Beijing and Russia do not.
    """
    if a.location is None or b.location is None:
        return False
    return _country(a.location) != _country(b.location)


def same_article_event(a: EventMention, b: EventMention) -> bool:
    """Whether two mentions of one article name the same event (same type, dates, people)."""
    if a.type != b.type:
        return False
    overlap = dates_overlap(a, b)
    if overlap is None:
        # Undated reports of one type are one event only with the same two or more actors,
        # and in the same country ("visited Russia" is not "invited him to visit China").
        return (
            a.date_start is None
            and b.date_start is None
            and _shared(a, b) >= 2
            and not places_differ(a, b)
        )
    return overlap and (
        _shared(a, b) >= 1 or (not a.participants and not b.participants and _same_place(a, b))
    )


def _more_precise(a: EventMention, b: EventMention) -> EventMention:
    rank_a, rank_b = _PRECISION_RANK[a.precision], _PRECISION_RANK[b.precision]
    if rank_a != rank_b:
        return a if rank_a < rank_b else b
    first, second = _period(a), _period(b)
    # Same precision: a range inside the other is the more precise ("from March 20 to 22"
    # within "next week"); otherwise the first report's dates stand. One day inside a short
    # stated range is a day of the event ("the second day of the visit"), not its extent.
    if first is None or second is None or first == second:
        return a
    if first[0] <= second[0] and second[1] <= first[1]:
        return b if second[0] != second[1] or _days(first) >= _WEEK else a
    if second[0] <= first[0] and first[1] <= second[1]:
        return a if first[0] != first[1] or _days(second) >= _WEEK else b
    return a


_WEEK = 7


def _days(period: tuple[dt.date, dt.date]) -> int:
    return (period[1] - period[0]).days + 1


def match_score(stored: EventMention, event: EventMention) -> tuple[int, int, int, int]:
    """How well a stored event fits a new report (higher is better); compare matching ones.

    Same type first, then dated candidates that overlap, then shared participants and place,
    so that an undated report joins the closest event rather than the oldest.
    """
    return (
        int(stored.type == event.type),
        int(bool(dates_overlap(stored, event))),
        _shared(stored, event),
        int(_same_place(stored, event)),
    )


def merge_events(a: EventMention, b: EventMention) -> EventMention:
    """One event from two mentions: the most precise dates, all participants, one title."""
    dated = _more_precise(a, b)
    participants = list(a.participants)
    keys = {p.key for p in participants}
    participants += [p for p in b.participants if p.key not in keys]
    location = a.location or b.location
    kind = b.type if a.type == "other" else a.type
    participants = [p for p in participants if location is None or p.key != location.key]
    return msgspec.structs.replace(
        a,
        type=kind,
        date_start=dated.date_start,
        date_end=dated.date_end,
        precision=dated.precision,
        participants=tuple(participants),
        location=location,
        title=event_title(kind, participants, location),
    )
