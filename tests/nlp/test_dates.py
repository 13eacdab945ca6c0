"""Publication dates and temporal expressions, on sentences written for the tests."""

from __future__ import annotations

import datetime as dt

import pytest

from service.nlp.dates import find_time_expressions, infer_publication_date
from service.nlp.ner import load_model


def _times(text: str, language: str, published: dt.date) -> dict[str, tuple[str, str, str]]:
    doc = load_model(language)(text)
    return {
        t.text: (t.date_start.isoformat(), t.date_end.isoformat(), t.precision)
        for t in find_time_expressions(doc, language=language, published=published)
    }


def test_a_date_line_dates_the_article() -> None:
    assert infer_publication_date("12 May 2021\nThe council met.", "en") == (
        dt.date(2021, 5, 12),
        "day",
    )


def test_weekday_day_month_takes_the_year_the_text_points_to() -> None:
    text = "Le ministre a parlé ce mardi 14 juin, deux ans après les élections de 2020."
    assert infer_publication_date(text, "fr") == (dt.date(2022, 6, 14), "day")


def test_no_evidence_no_date() -> None:
    """Never the wall clock: a text that fixes no day has no inferred date."""
    assert infer_publication_date("The council met on Friday to discuss the budget.", "en") is None


def test_future_weekdays_landing_on_named_dates_fix_the_day() -> None:
    text = (
        "(Lisbon) Portugal said on Friday that the forum would be held from June 12 to 14. "
        "Delegates will arrive on Monday and the ministers will sign a charter on Tuesday. "
        "The previous forum took place in May 2022."
    )
    doc = load_model("en")(text)
    # June 12 is a Monday in 2023 (and 2017); a year written out is not the current one.
    assert infer_publication_date(text, "en", doc=doc) == (dt.date(2023, 6, 9), "day")
    assert infer_publication_date(text, "en") is None  # the tense needs the parse


@pytest.mark.parametrize(
    ("language", "text", "expression", "expected"),
    [
        (
            "en",
            "The visit will take place from March 20 to 22.",
            "from March 20 to 22",
            ("2023-03-20", "2023-03-22", "day"),
        ),
        (
            "fr",
            "Il se rendra à Moscou du lundi au mercredi.",
            "du lundi au mercredi",
            ("2023-03-20", "2023-03-22", "day"),
        ),
        (
            "en",
            "She will travel to Rome next week.",
            "next week",
            ("2023-03-20", "2023-03-26", "day"),
        ),
        ("en", "Prices rose last month.", "last month", ("2023-02-01", "2023-02-28", "month")),
        (
            "en",
            "He resigned seven months ago.",
            "seven months ago",
            ("2022-08-01", "2022-08-31", "month"),
        ),
        (
            "en",
            "He visited Moscow in March last year.",
            "in March last year",
            ("2022-03-01", "2022-03-31", "month"),
        ),
        (
            "fr",
            "Les deux hommes se sont parlé fin décembre.",
            "fin décembre",
            ("2022-12-01", "2022-12-31", "month"),
        ),
        (
            "fr",
            "La Chine avait publié un plan en février dernier.",
            "février dernier",
            ("2023-02-01", "2023-02-28", "month"),
        ),
    ],
)
def test_expressions_are_normalised_against_the_publication_day(
    language: str, text: str, expression: str, expected: tuple[str, str, str]
) -> None:
    found = _times(text, language, dt.date(2023, 3, 17))
    assert any(expression in key or key in expression for key in found), found
    key = next(k for k in found if expression in k or k in expression)
    assert found[key] == expected
