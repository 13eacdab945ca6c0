"""Event extraction, merging rules and dated remarks, on sentences written for the tests."""

from __future__ import annotations

import datetime as dt

from service.nlp.event_merge import events_match, merge_events
from service.nlp.pipeline import ArticleText, Pipeline
from service.nlp.types import EntityRef, EventMention

XI = EntityRef(key="Q15031", name="Xi Jinping", type="person")
PUTIN = EntityRef(key="Q7747", name="Vladimir Putin", type="person")


def _event(kind: str, start: str, end: str, *people: EntityRef) -> EventMention:
    return EventMention(
        type=kind,
        title=kind,
        date_start=dt.date.fromisoformat(start),
        date_end=dt.date.fromisoformat(end),
        precision="day",
        participants=people,
        location=None,
        evidence_start=0,
        evidence_end=1,
        trigger=kind,
    )


def test_a_day_inside_a_stated_range_does_not_shrink_the_event() -> None:
    visit = _event("state_visit", "2023-03-20", "2023-03-22", XI, PUTIN)
    second_day = _event("state_visit", "2023-03-21", "2023-03-21", XI, PUTIN)
    merged = merge_events(visit, second_day)
    assert (merged.date_start, merged.date_end) == (visit.date_start, visit.date_end)
    assert merge_events(second_day, visit).date_start == visit.date_start


def test_a_range_inside_a_week_narrows_it() -> None:
    next_week = _event("state_visit", "2023-03-20", "2023-03-26", XI, PUTIN)
    stated = _event("state_visit", "2023-03-20", "2023-03-22", XI, PUTIN)
    assert merge_events(next_week, stated).date_end == dt.date(2023, 3, 22)
    monday = _event("state_visit", "2023-03-20", "2023-03-20", XI, PUTIN)
    assert merge_events(next_week, monday).date_end == dt.date(2023, 3, 20)


def test_a_days_meeting_is_not_the_whole_visit() -> None:
    visit = _event("state_visit", "2023-03-20", "2023-03-22", XI, PUTIN)
    meeting = _event("meeting", "2023-03-20", "2023-03-20", XI, PUTIN)
    assert not events_match(visit, meeting)
    assert events_match(visit, _event("talks", "2023-03-20", "2023-03-22", XI, PUTIN))
    assert events_match(visit, _event("state_visit", "2023-03-21", "2023-03-21", XI))


def test_a_remark_dated_by_its_cue_is_a_statement_event(pipeline: Pipeline) -> None:
    body = (
        "Kremlin adviser Yuri Ushakov said on Friday that the talks would be long. "
        "“We are ready,” Ushakov said on Thursday."
    )
    extraction = pipeline.extract(
        ArticleText(body=body, language="en", published=dt.date(2023, 3, 17))
    )
    direct = [s for s in extraction.statements if s.text == "We are ready,"]
    assert direct and direct[0].date == dt.date(2023, 3, 16)
    remarks = [
        e
        for e in extraction.events
        if e.type == "statement_publication" and e.date_start == dt.date(2023, 3, 16)
    ]
    assert remarks and remarks[0].participants[0].name == "Yuri Ushakov"


def test_an_undated_remark_keeps_the_publication_day(pipeline: Pipeline) -> None:
    body = "“We are ready,” said Yuri Ushakov, a Kremlin adviser."
    extraction = pipeline.extract(
        ArticleText(body=body, language="en", published=dt.date(2023, 3, 17))
    )
    assert [s.date for s in extraction.statements] == [dt.date(2023, 3, 17)]
    assert not [e for e in extraction.events if e.type == "statement_publication"]


def test_a_place_named_through_of_is_the_events_place(pipeline: Pipeline) -> None:
    for language, body in [
        ("en", "Emmanuel Macron landed at dawn in the capital of Japan."),
        ("fr", "Emmanuel Macron a atterri mardi dans la capitale du Japon."),
    ]:
        extraction = pipeline.extract(
            ArticleText(body=body, language=language, published=dt.date(2024, 5, 16))
        )
        visits = [e for e in extraction.events if e.type == "state_visit"]
        assert visits, language
        assert visits[0].location is not None and visits[0].location.name == "Japan"
        assert [p.name for p in visits[0].participants] == ["Emmanuel Macron"]


def test_reported_speech_is_dated_by_its_cue(pipeline: Pipeline) -> None:
    body = "Foreign Minister Penny Wong urged Tokyo and Seoul on Thursday to resume their talks."
    extraction = pipeline.extract(
        ArticleText(body=body, language="en", published=dt.date(2023, 3, 17))
    )
    reported = [s for s in extraction.statements if s.kind == "indirect"]
    assert reported and reported[0].date == dt.date(2023, 3, 16)


def test_a_verbs_other_clauses_are_not_its_participants(pipeline: Pipeline) -> None:
    body = (
        "The minister noted that Olaf Scholz visited Japan just three days after the court’s "
        "arrest warrant for Imran Khan, which the British diplomat said suggests that India "
        "does not feel the need to act."
    )
    extraction = pipeline.extract(
        ArticleText(body=body, language="en", published=dt.date(2023, 3, 21))
    )
    visits = [e for e in extraction.events if e.type == "state_visit"]
    assert visits and [p.name for p in visits[0].participants] == ["Olaf Scholz"]
