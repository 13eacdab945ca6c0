"""Temporal expressions and publication dates: regex shapes from vocab, tense from the parse."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from collections.abc import Callable, Sequence

from spacy.tokens import Doc

from service.nlp import timex
from service.nlp.timex import DateVocab, Period
from service.nlp.types import Precision, TimeExpression

Resolved = tuple[Period, Precision]
# A line that is only a date ("17 March 2023", "Friday, March 17, 2023 10:04") dates the article.
_DATE_LINE_MAX = 60
_YEAR_CONTEXT_CHARS = 250


@dataclasses.dataclass(slots=True)
class _Context:
    vocab: DateVocab
    language: str
    published: dt.date | None
    direction: Callable[[], int]
    previous_day: dt.date | None


def _int(m: re.Match[str], group: str) -> int | None:
    value = m.groupdict().get(group)
    return int(value) if value else None


def _day(period_day: dt.date | None) -> Resolved | None:
    return ((period_day, period_day), "day") if period_day else None


def _absolute(m: re.Match[str], c: _Context) -> Resolved | None:
    year, month, day = _int(m, "y"), _int(m, "mo"), _int(m, "d1")
    if year is None or month is None or day is None:
        return None
    return _day(timex.safe_date(year, month, day))


def _date(m: re.Match[str], c: _Context) -> Resolved | None:
    month, day, year = c.vocab.month(m.group("m1")), int(m.group("d1")), _int(m, "y")
    if year is not None:
        return _day(timex.safe_date(year, month, day))
    if c.published is None:
        return None
    weekday = m.groupdict().get("w1")
    if weekday:
        # The weekday fixes the year: the nearest year in which that date falls on it.
        years = timex.years_with_weekday(month, day, c.vocab.weekday(weekday), c.published.year)
        if years and abs(years[0] - c.published.year) <= 1:
            return _day(timex.safe_date(years[0], month, day))
    return _day(timex.day_month_near(c.published, month, day, c.direction()))


def _range(m: re.Match[str], c: _Context) -> Resolved | None:
    end_month = c.vocab.month(m.group("m2")) if m.groupdict().get("m2") else None
    start_name = m.groupdict().get("m1")
    start_month = c.vocab.month(start_name) if start_name else end_month
    end_month = end_month or start_month
    assert start_month is not None and end_month is not None
    d1, d2, year = int(m.group("d1")), int(m.group("d2")), _int(m, "y")
    if year is None:
        if c.published is None:
            return None
        first = timex.day_month_near(c.published, start_month, d1, c.direction())
        if first is None:
            return None
        year = first.year
    start = timex.safe_date(year, start_month, d1)
    end = timex.safe_date(year + (end_month < start_month), end_month, d2)
    if start is None or end is None or end < start:
        return None
    return (start, end), "day"


def _weekday_range(m: re.Match[str], c: _Context) -> Resolved | None:
    if c.published is None:
        return None
    start = timex.weekday_near(c.published, c.vocab.weekday(m.group("w1")), c.direction() or 1)
    length = (c.vocab.weekday(m.group("w2")) - start.weekday()) % 7
    return (start, start + dt.timedelta(days=length)), "day"


def _month_year(m: re.Match[str], c: _Context) -> Resolved | None:
    return timex.month_period(int(m.group("y")), c.vocab.month(m.group("m1"))), "month"


def _relative_sign(word: str, v: DateVocab) -> int:
    low = word.lower()
    if low in v.next:
        return 1
    if low in v.last:
        return -1
    return 0


def _month_rel_year(m: re.Match[str], c: _Context) -> Resolved | None:
    if c.published is None:
        return None
    year = c.published.year + _relative_sign(m.group("rel"), c.vocab)
    return timex.month_period(year, c.vocab.month(m.group("m1"))), "month"


def _rel_month(m: re.Match[str], c: _Context) -> Resolved | None:
    if c.published is None:
        return None
    sign = _relative_sign(m.group("rel"), c.vocab)
    return timex.month_near(
        c.published, c.vocab.month(m.group("m1")), sign, strict=sign != 0
    ), "month"


def _month(m: re.Match[str], c: _Context) -> Resolved | None:
    if c.published is None:
        return None
    if c.language == "en" and m.group("m1").lower() == "may" and m.start() > 0:
        before = m.string[max(0, m.start() - 12) : m.start()].lower().split()
        if not before or before[-1] not in ("in", "since", "until", "by", "of", "early", "late"):
            return None  # the modal verb, not the month
    return timex.month_near(c.published, c.vocab.month(m.group("m1")), c.direction()), "month"


def _month_pair(m: re.Match[str], c: _Context) -> Resolved | None:
    first, second = c.vocab.month(m.group("m1")), c.vocab.month(m.group("m2"))
    year = _int(m, "y")
    if year is None:
        if c.published is None:
            return None
        year = timex.month_near(c.published, first, c.direction())[0].year
    start = timex.month_period(year, first)[0]
    return (start, timex.month_period(year + (second < first), second)[1]), "month"


def _period(m: re.Match[str], c: _Context) -> Resolved | None:
    # "early 2006", "fin décembre": annotators keep the whole month or year, so do we.
    if m.groupdict().get("m1"):
        year = _int(m, "y")
        if year is not None:
            return timex.month_period(year, c.vocab.month(m.group("m1"))), "month"
        if c.published is None:
            return None
        return timex.month_near(c.published, c.vocab.month(m.group("m1")), c.direction()), "month"
    year = _int(m, "yb") or (c.published.year if c.published else None)
    return (timex.year_period(year), "year") if year else None


_UNIT_ALIASES = {"semaine": "week", "mois": "month", "année": "year", "an": "year"}


def _rel_unit(m: re.Match[str], c: _Context) -> Resolved | None:
    if c.published is None:
        return None
    unit = _UNIT_ALIASES.get(m.group("unit").lower(), m.group("unit").lower())
    sign = _relative_sign(m.group("rel"), c.vocab)
    if unit == "week":
        return timex.week_period(c.published, sign), "day"
    if unit == "month":
        return timex.month_period(
            *timex.add_months(c.published.year, c.published.month, sign)
        ), "month"
    return timex.year_period(c.published.year + sign), "year"


def _ago(m: re.Match[str], c: _Context) -> Resolved | None:
    if c.published is None:
        return None
    count, unit = c.vocab.number(m.group("n")), c.vocab.units[m.group("unit").lower()]
    if unit == "year":
        return timex.year_period(c.published.year - count), "year"
    if unit == "month":
        return timex.month_period(
            *timex.add_months(c.published.year, c.published.month, -count)
        ), "month"
    days = count * (7 if unit == "week" else 1)
    return _day(c.published - dt.timedelta(days=days))


def _weekday(m: re.Match[str], c: _Context) -> Resolved | None:
    if c.published is None:
        return None
    rel = m.groupdict().get("rel2") or m.groupdict().get("rel") or ""
    sign = _relative_sign(rel, c.vocab)
    weekday = c.vocab.weekday(m.group("w1"))
    if rel.lower() in c.vocab.this or rel.lower() == "ce":
        return _day(timex.weekday_near(c.published, weekday, c.direction()))
    return _day(timex.weekday_near(c.published, weekday, sign or c.direction(), strict=sign != 0))


def _day_word(m: re.Match[str], c: _Context) -> Resolved | None:
    if c.published is None:
        return None
    offset = c.vocab.day_words[m.group("word").lower().replace("’", "'")]
    return _day(c.published + dt.timedelta(days=offset))


def _anaphora(m: re.Match[str], c: _Context) -> Resolved | None:
    anchor = c.previous_day or c.published
    if anchor is None:
        return None
    return _day(anchor + dt.timedelta(days=c.vocab.anaphora[m.group("word").lower()]))


def _decade(m: re.Match[str], c: _Context) -> Resolved | None:
    start = int(m.group("dec"))
    return (dt.date(start, 1, 1), dt.date(start + 9, 12, 31)), "year"


def _century(m: re.Match[str], c: _Context) -> Resolved | None:
    if not m.group("c").isdigit():
        return None
    first = (int(m.group("c")) - 1) * 100 + 1
    return (dt.date(first, 1, 1), dt.date(first + 99, 12, 31)), "year"


def _year(m: re.Match[str], c: _Context) -> Resolved | None:
    return timex.year_period(int(m.group("y"))), "year"


_RESOLVERS: dict[str, Callable[[re.Match[str], _Context], Resolved | None]] = {
    "iso": _absolute,
    "numeric_mdy": _absolute,
    "numeric_dmy": _absolute,
    "range": _range,
    "weekday_range": _weekday_range,
    "date": _date,
    "month_year": _month_year,
    "month_rel_year": _month_rel_year,
    "rel_month": _rel_month,
    "month_pair": _month_pair,
    "period": _period,
    "month": _month,
    "rel_unit": _rel_unit,
    "ago": _ago,
    "weekday": _weekday,
    "day_word": _day_word,
    "anaphora": _anaphora,
    "decade": _decade,
    "century": _century,
    "year": _year,
}


def _inherit_year(resolved: Resolved, context: tuple[int, int] | None, start: int) -> Resolved:
    # "le 25 janvier 2017 ... le 9 février": a date without a year shortly after one with a
    # year belongs to that year.
    if context is None or start - context[1] > _YEAR_CONTEXT_CHARS:
        return resolved
    (first, last), precision = resolved
    shift = context[0] - first.year
    moved = timex.safe_date(first.year + shift, first.month, first.day)
    moved_end = timex.safe_date(last.year + shift, last.month, last.day)
    if shift == 0 or moved is None or moved_end is None:
        return resolved
    return (moved, moved_end), precision


def find_time_expressions(
    doc: Doc, *, language: str, published: dt.date | None
) -> list[TimeExpression]:
    """Temporal expressions of the body, normalised against the publication date and tense."""
    code = language if language in ("en", "fr") else "en"
    text = doc.text
    result: list[TimeExpression] = []
    previous: dt.date | None = None
    year_context: tuple[int, int] | None = None
    for start, end, kind, match in timex.candidates(text, code):
        context = _Context(
            vocab=timex.vocab(code),
            language=code,
            published=published,
            direction=functools.partial(timex.tense_direction, doc, start, end, code),
            previous_day=previous,
        )
        resolved = _RESOLVERS[kind](match, context)
        if resolved is not None and kind in ("date", "range") and not match.groupdict().get("y"):
            resolved = _inherit_year(resolved, year_context, start)
        if resolved is None:
            continue
        (first, last), precision = resolved
        if precision == "day" and first == last:
            previous = first
        if match.groupdict().get("y") and kind != "year":
            year_context = (first.year, end)
        result.append(
            TimeExpression(
                start=start,
                end=end,
                text=text[start:end],
                date_start=first,
                date_end=last,
                precision=precision,
            )
        )
    return result


def _date_line(body: str, language: str) -> dt.date | None:
    # A short line near the top that is a full date (with its year) is the dateline.
    for _, line in _lines(body)[:4]:
        if not line.strip() or len(line.strip()) > _DATE_LINE_MAX:
            continue
        for _, _, kind, match in timex.candidates(line, language):
            groups = match.groupdict()
            if kind in ("iso", "numeric_mdy", "numeric_dmy", "date") and groups.get("y"):
                month = (
                    int(groups["mo"])
                    if groups.get("mo")
                    else timex.vocab(language).month(groups["m1"])
                )
                return timex.safe_date(int(groups["y"]), month, int(groups["d1"]))
    return None


def _lines(body: str) -> list[tuple[int, str]]:
    return [(m.start(), m.group()) for m in re.finditer(r"[^\n]+", body)]


def _explicit_spans(
    found: list[tuple[int, int, str, re.Match[str]]], v: DateVocab, year: int
) -> list[Period]:
    # Day-dated dates and ranges without a weekday, put in `year` unless they carry one.
    spans: list[Period] = []
    for _, _, kind, match in found:
        groups = match.groupdict()
        if kind not in ("date", "range") or not groups.get("d1"):
            continue
        first_month = v.month(groups["m1"]) if groups.get("m1") else v.month(groups["m2"])
        last_month = v.month(groups["m2"]) if groups.get("m2") else first_month
        in_year = int(groups["y"]) if groups.get("y") else year
        first = timex.safe_date(in_year, first_month, int(groups["d1"]))
        last = timex.safe_date(in_year, last_month, int(groups.get("d2") or groups["d1"]))
        if first is not None and last is not None and first <= last:
            spans.append((first, last))
    return spans


def _weekday_mentions(
    doc: Doc, found: list[tuple[int, int, str, re.Match[str]]], v: DateVocab, language: str
) -> list[tuple[int, int]]:
    # (weekday, tense direction) of every bare weekday ("on Monday", "vendredi").
    mentions = []
    for start, end, kind, match in found:
        if kind != "weekday" or match.groupdict().get("rel"):
            continue
        direction = timex.tense_direction(doc, start, end, language)
        mentions.append((v.weekday(match.group("w1")), direction))
    return mentions


def _anchored_by_weekdays(
    doc: Doc, found: list[tuple[int, int, str, re.Match[str]]], language: str, years: list[int]
) -> dt.date | None:
    """The publication day that makes the text's future weekdays land on the dates it names.

    "The visit will take place from March 20 to 22 … a first tete-a-tete on Monday before
    negotiations on Tuesday … said on Friday": of the days from which Monday and Tuesday fall
    inside March 20–22, the publication day is the one on the weekday the text reports its
    news on (the past-tense weekday it names most, first named on a tie).
    """
    v = timex.vocab(language)
    mentions = _weekday_mentions(doc, found, v, language)
    ahead = [weekday for weekday, direction in mentions if direction > 0]
    behind = [weekday for weekday, direction in mentions if direction < 0]
    if not ahead or not behind:
        return None
    news_day = max(behind, key=lambda w: (behind.count(w), -behind.index(w)))
    # News write a year only for dates outside the current one ("in February 2022"): the
    # publication year is rather one no month of the text is qualified with.
    qualified = {
        int(m.group("y"))
        for _, _, kind, m in found
        if kind in ("month_year", "date", "range") and m.groupdict().get("y")
    }
    best: tuple[int, bool, int, dt.date] | None = None
    for distance, year in sorted({(abs(y - a), y) for a in years for y in (a, a + 1)}):
        spans = _explicit_spans(found, v, year)
        if not spans:
            return None
        earliest = min(first for first, _ in spans)
        for offset in range(-14, 1):
            day = earliest + dt.timedelta(days=offset)
            if day.weekday() != news_day:
                continue
            landed = sum(
                any(a <= timex.weekday_near(day, w, 1) <= b for a, b in spans) for w in ahead
            )
            key = (landed, year not in qualified, -distance)
            if landed and (best is None or key > best[:3]):
                best = (*key, day)
    return best[3] if best is not None else None


def infer_publication_date(
    body: str, language: str, *, near_years: Sequence[int] = (), doc: Doc | None = None
) -> tuple[dt.date, Precision] | None:
    """The day the text itself fixes: a date line, or weekday + day + month with a likely year.

    The year of a weekday + day + month is the one in which that day falls on that weekday,
    nearest to the years the text mentions, or to `near_years` (years known from outside the
    text, e.g. the other articles of a batch) when it mentions none; never the wall clock.
    With the parsed `doc`, a text without such a date is dated by its future weekdays landing
    on the dates it names (see `_anchored_by_weekdays`).
    """
    code = language if language in ("en", "fr") else "en"
    dated = _date_line(body, code)
    if dated is not None:
        return dated, "day"
    found = timex.candidates(body, code)
    mentioned = [
        int(m.group("y"))
        for _, _, kind, m in found
        if m.groupdict().get("y") and kind in ("year", "month_year", "date", "range")
    ]
    anchors = mentioned or list(near_years)
    v = timex.vocab(code)
    for _, _, kind, match in found:
        groups = match.groupdict()
        if kind != "date" or not groups.get("w1"):
            continue
        month, day = v.month(groups["m1"]), int(groups["d1"])
        if groups.get("y"):
            full = timex.safe_date(int(groups["y"]), month, day)
            if full is not None:
                return full, "day"
            continue
        if not anchors:
            return None
        weekday = v.weekday(groups["w1"])
        years = {y for a in anchors for y in timex.years_with_weekday(month, day, weekday, a)}
        if not years:
            continue
        # Nearest to any mentioned year; on a tie the later one (articles look back more).
        best = min(years, key=lambda y: (min(abs(y - a) for a in anchors), -y))
        result = timex.safe_date(best, month, day)
        if result is not None:
            return result, "day"
    if doc is not None and anchors:
        anchored = _anchored_by_weekdays(doc, found, code, anchors)
        if anchored is not None:
            return anchored, "day"
    return None
