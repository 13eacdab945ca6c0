"""Calendar arithmetic, date vocabularies and verb-tense direction for temporal expressions."""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import json
import re
from importlib import resources
from typing import Any

from spacy.tokens import Doc, Token

Period = tuple[dt.date, dt.date]


class DateVocab:
    """Month and weekday names, number words and relative words of one language."""

    def __init__(self, data: dict[str, Any]) -> None:
        self.months: dict[str, int] = data["months"]
        self.weekdays: dict[str, int] = data["weekdays"]
        self.numbers: dict[str, int] = data["numbers"]
        self.units: dict[str, str] = data["units"]
        self.next: list[str] = data["next"]
        self.last: list[str] = data["last"]
        self.this: list[str] = data["this"]
        self.ago: list[str] = data["ago"]
        self.period_start: list[str] = data["period_start"]
        self.period_end: list[str] = data["period_end"]
        self.period_mid: list[str] = data["period_mid"]
        self.day_words: dict[str, int] = data["day_words"]
        self.anaphora: dict[str, int] = data["anaphora"]
        self.parts_of_day: list[str] = data["parts_of_day"]
        self.future_markers: list[str] = data["future_markers"]
        self.future_suffixes: list[str] = data.get("future_suffixes", [])
        self.planning_lemmas: list[str] = data.get("planning_lemmas", [])

    def month(self, word: str) -> int:
        """The month number of a month name (any case, trailing dot allowed)."""
        return self.months[word.lower().rstrip(".")]

    def weekday(self, word: str) -> int:
        """The weekday number (Monday = 0) of a weekday name."""
        return self.weekdays[word.lower()]

    def number(self, word: str) -> int:
        """An integer written in digits or as a number word."""
        return int(word) if word.isdigit() else self.numbers[word.lower()]


@functools.cache
def vocab(language: str) -> DateVocab:
    """The date vocabulary of a language (English for the ones without their own file)."""
    name = f"dates_{language}.json" if language in ("en", "fr") else "dates_en.json"
    text = resources.files("service.nlp.vocab").joinpath(name).read_text(encoding="utf-8")
    return DateVocab(json.loads(text))


def alternation(words: list[str] | dict[str, Any], *, full_only: bool = False) -> str:
    """A regex alternation of words, longest first (so "sept" never shadows "septembre")."""
    # Abbreviations are the names that begin a longer name ("sept" of "septembre").
    items = [
        w for w in words if not full_only or not any(o != w and o.startswith(w) for o in words)
    ]
    items.sort(key=len, reverse=True)
    return "|".join(re.escape(w) for w in items)


def month_period(year: int, month: int) -> Period:
    """First and last day of a month."""
    return dt.date(year, month, 1), dt.date(year, month, calendar.monthrange(year, month)[1])


def year_period(year: int) -> Period:
    """First and last day of a year."""
    return dt.date(year, 1, 1), dt.date(year, 12, 31)


def week_period(day: dt.date, offset: int = 0) -> Period:
    """Monday to Sunday of the week containing `day`, shifted by `offset` weeks."""
    monday = day - dt.timedelta(days=day.weekday()) + dt.timedelta(weeks=offset)
    return monday, monday + dt.timedelta(days=6)


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    """(year, month) shifted by `delta` months."""
    index = year * 12 + (month - 1) + delta
    return index // 12, index % 12 + 1


def safe_date(year: int, month: int, day: int) -> dt.date | None:
    """The date, or None when it does not exist (31 February)."""
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def weekday_near(
    published: dt.date, weekday: int, direction: int, *, strict: bool = False
) -> dt.date:
    """The day with that weekday nearest to `published` in the direction of the tense.

    The publication day itself counts unless `strict` ("last Friday", "vendredi prochain").
    Without a direction the nearest one wins, the past on a tie (news mostly report the past).
    """
    forward = (weekday - published.weekday()) % 7
    backward = (published.weekday() - weekday) % 7
    if strict:
        forward, backward = forward or 7, backward or 7
    if direction > 0:
        return published + dt.timedelta(days=forward)
    if direction < 0 or backward <= forward:
        return published - dt.timedelta(days=backward)
    return published + dt.timedelta(days=forward)


def month_near(published: dt.date, month: int, direction: int, *, strict: bool = False) -> Period:
    """The month with that number nearest to the publication month in the tense's direction."""
    year = published.year
    if direction < 0 or (direction == 0 and month <= published.month):
        if month > published.month or (strict and month == published.month):
            year -= 1
    elif month < published.month or (strict and month == published.month):
        year += 1
    elif direction == 0 and month - published.month > 6:
        year -= 1  # "December" read in a March article with no tense is last December
    return month_period(year, month)


def day_month_near(published: dt.date, month: int, day: int, direction: int) -> dt.date | None:
    """A day and month without a year: the year that puts it where the tense points."""
    options = [
        d
        for y in (published.year - 1, published.year, published.year + 1)
        if (d := safe_date(y, month, day)) is not None
    ]
    if direction > 0:
        after = [d for d in options if d >= published]
        return min(after) if after else None
    if direction < 0:
        before = [d for d in options if d <= published]
        return max(before) if before else None
    return min(options, key=lambda d: (abs((d - published).days), d > published), default=None)


def years_with_weekday(month: int, day: int, weekday: int, near: int) -> list[int]:
    """Years around `near` in which that day of that month falls on that weekday, nearest first."""
    years = [
        y
        for y in range(near - 30, near + 31)
        if (d := safe_date(y, month, day)) is not None and d.weekday() == weekday
    ]
    return sorted(years, key=lambda y: (abs(y - near), y > near))


_FUTURE_AUX_EN = frozenset({"will", "'ll", "’ll", "shall", "wo"})
_PERFECT_AUX = frozenset({"avoir", "être", "have", "has", "had"})


def _governing_verb(token: Token) -> Token:
    for _ in range(5):
        if token.pos_ in ("VERB", "AUX") or token.head.i == token.i:
            return token
        token = token.head
    return token


def _verb_direction(verb: Token, markers: frozenset[str], suffixes: tuple[str, ...]) -> int:
    for child in verb.children:
        low = child.lower_
        if child.dep_.startswith("aux") and (
            low in _FUTURE_AUX_EN or "Fut" in child.morph.get("Tense", [])
        ):
            return 1
        if low in markers or (child.lemma_ == "aller" and child.dep_.startswith("aux")):
            return 1
    if "Fut" in verb.morph.get("Tense", []) or "Cnd" in verb.morph.get("Mood", []):
        return 1  # the French conditional of reported speech is a future seen from the past
    if verb.lemma_ in ("aller", "devoir", "going") and any(
        c.dep_ == "xcomp" for c in verb.children
    ):
        return 1
    if verb.lower_.endswith(suffixes):
        return 1  # future or conditional the parser tagged as imperfect ("se rendrait")
    if verb.tag_ in ("VBD",) or "Imp" in verb.morph.get("Tense", []):
        return -1
    if "Past" in verb.morph.get("Tense", []):
        has_aux = any(c.dep_.startswith("aux") for c in verb.children)
        return -1 if verb.tag_ != "VBN" or has_aux or verb.dep_ in ("ROOT", "acl") else 0
    for child in verb.children:
        if child.dep_.startswith("aux") and (child.lemma_ in _PERFECT_AUX or child.tag_ == "VBD"):
            return -1
    return 0


def tense_direction(doc: Doc, start: int, end: int, language: str) -> int:
    """-1 when the clause holding the span is in the past, +1 in the future, 0 when unknown."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None or len(span) == 0:
        return 0
    markers = frozenset(m for m in vocab(language).future_markers if " " not in m)
    suffixes = tuple(vocab(language).future_suffixes)
    verb = _governing_verb(span.root.head if span.root.dep_ != "ROOT" else span.root)
    planning = frozenset(vocab(language).planning_lemmas)
    near = [span.root.head, span.root.head.head, *span.root.head.children]
    if any(t.lemma_.lower() in planning for t in near):
        return 1  # "scheduled for Thursday", "la réunion prévue samedi"
    direction = _verb_direction(verb, markers, suffixes)
    if direction == 0 and verb.head.i != verb.i:
        direction = _verb_direction(_governing_verb(verb.head), markers, suffixes)
    return direction


_YEAR = r"(?P<y>(?:1[89]|20)\d\d)"
_FR_DAY_SUFFIX = r"(?:er|e|ème)?"
_EN_DAY_SUFFIX = r"(?:st|nd|rd|th)?"


def _fill(template: str, v: DateVocab, language: str) -> str:
    months = alternation(v.months)
    full_months = alternation(v.months, full_only=True)
    suffix = _FR_DAY_SUFFIX if language == "fr" else _EN_DAY_SUFFIX
    slots = {
        "M1": rf"(?P<m1>{months})\.?",
        # Bare months take full names only: "mar", "sept" are also ordinary words.
        "MF": rf"(?P<m1>{full_months})",
        "M2": rf"(?P<m2>{months})\.?",
        "W1": rf"(?P<w1>{alternation(v.weekdays)})",
        "W2": rf"(?P<w2>{alternation(v.weekdays)})",
        "D1": rf"(?P<d1>[0-3]?\d){suffix}",
        "D2": rf"(?P<d2>[0-3]?\d){suffix}",
        "Y": _YEAR,
        "YB": _YEAR.replace("<y>", "<yb>"),
        "N": alternation(v.numbers),
        "U": alternation(v.units),
        "NEXT": alternation(v.next),
        "LAST": alternation(v.last),
        "THIS": alternation(v.this),
        "POD": alternation(v.parts_of_day),
        "DAYWORD": alternation(v.day_words),
        "ANAPHORA": alternation(v.anaphora),
    }
    return re.sub(r"\{([A-Z]+[12]?)\}", lambda m: slots[m.group(1)], template)


@functools.cache
def patterns(language: str) -> tuple[tuple[str, re.Pattern[str]], ...]:
    """The compiled expression shapes of a language, from its data file."""
    code = language if language in ("en", "fr") else "en"
    name = f"dates_patterns_{code}.json"
    data = json.loads(resources.files("service.nlp.vocab").joinpath(name).read_text("utf-8"))
    v = vocab(code)
    return tuple(
        (kind, re.compile(_fill(t, v, code), re.IGNORECASE)) for kind, t in data["patterns"]
    )


def _capitalised(m: re.Match[str], language: str) -> bool:
    # English capitalises months and weekdays: "march", "may" in lowercase are verbs.
    if language != "en":
        return True
    names = [m.group(g) for g in ("m1", "m2", "w1", "w2") if g in m.re.groupindex and m.group(g)]
    return all(name[0].isupper() for name in names)


def candidates(text: str, language: str) -> list[tuple[int, int, str, re.Match[str]]]:
    """Non-overlapping pattern matches (start, end, kind, match), longest first at a place."""
    found = [
        (m.start(), m.end(), kind, m)
        for kind, pattern in patterns(language)
        for m in pattern.finditer(text)
        if m.end() > m.start() and _capitalised(m, language)
    ]
    # Longest first at each place, then keep the ones that do not overlap a kept one.
    found.sort(key=lambda f: (f[0], -(f[1] - f[0])))
    kept: list[tuple[int, int, str, re.Match[str]]] = []
    for item in found:
        if not kept or item[0] >= kept[-1][1]:
            kept.append(item)
    return kept
