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


def _speakers(pipeline: Pipeline, language: str, body: str) -> list[str | None]:
    extraction = pipeline.extract(
        ArticleText(body=body, language=language, published=dt.date(2019, 6, 5))
    )
    return [s.speaker.name if s.speaker else None for s in extraction.statements]


def test_a_name_completing_the_speaker_noun_is_not_the_speaker(pipeline: Pipeline) -> None:
    # Someone speaking for another, or close to them, is not that person.
    assert _speakers(
        pipeline, "fr", "« Il regarde tous les sondages », confie un proche d'Emmanuel Macron."
    ) == [None]
    assert _speakers(
        pipeline,
        "en",
        "Tony Blair spoke on Monday. Asked about it, the prime minister's official spokesman "
        "said: “We believe the threat is real.”",
    ) == [None]


def test_titles_before_a_name_belong_to_that_name(pipeline: Pipeline) -> None:
    assert _speakers(
        pipeline,
        "en",
        "“We have a solid foundation,” said Nortel president and chief executive Bill Owens.",
    ) == ["Bill Owens"]
    # The title goes on after a parenthesis and a complement, then the name after a comma.
    assert _speakers(
        pipeline,
        "fr",
        "Le président La République en marche (LREM) de l'Assemblée nationale, François de "
        "Rugy, a appelé mardi le gouvernement à \"mettre de l'ordre dans l'ordre du jour\".",
    ) == ["François de Rugy"]


def test_a_verb_after_a_cut_before_et_keeps_the_subject_before_it(pipeline: Pipeline) -> None:
    # The parser ends a sentence after "spectacle".
    body = (
        "Un avenir musical radieux qui se profile\n\n"
        "Hélène Ségara a également été très touchée par le spectacle et a déclaré : "
        '"Si tu n\'as pas un contrat de disques toi, je devrais arrêter de chanter !" Et '
        "l'artiste bien connue pour ses tubes ne s'est pas trompée."
    )
    assert _speakers(pipeline, "fr", body) == ["Hélène Ségara"]
