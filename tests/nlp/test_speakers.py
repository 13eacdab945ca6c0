"""Who speaks, through the whole pipeline (entities linked), on sentences written for the tests."""

from __future__ import annotations

import datetime as dt

from service.nlp.pipeline import ArticleText, Pipeline


def test_a_national_institution_speaks_for_its_country(pipeline: Pipeline) -> None:
    for language, body, country in [
        ("en", "“We are ready to talk,” the Iranian government said on Monday.", "Iran"),
        ("fr", "« Nous ne reculerons pas », a affirmé la diplomatie russe.", "Russia"),
    ]:
        extraction = pipeline.extract(
            ArticleText(body=body, language=language, published=dt.date(2023, 3, 17))
        )
        speakers = [s.speaker.name for s in extraction.statements if s.speaker]
        assert speakers == [country], (language, extraction.statements)


def test_the_company_is_the_organisation_named_last(pipeline: Pipeline) -> None:
    body = (
        "Volkswagen reported higher sales in China on Tuesday. "
        "“Demand has recovered,” the company said."
    )
    extraction = pipeline.extract(
        ArticleText(body=body, language="en", published=dt.date(2023, 3, 17))
    )
    assert [s.speaker.name for s in extraction.statements if s.speaker] == ["Volkswagen"]


def test_a_name_left_as_its_own_sentence_after_a_role_is_the_speaker(
    pipeline: Pipeline,
) -> None:
    body = (
        "Olaf Scholz met the press. “We will not wait,” declared the Italian leader. "
        "Giorgia Meloni.\nThe talks went on."
    )
    extraction = pipeline.extract(
        ArticleText(body=body, language="en", published=dt.date(2023, 3, 17))
    )
    assert [s.speaker.name for s in extraction.statements if s.speaker] == ["Giorgia Meloni"]
