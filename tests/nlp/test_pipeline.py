"""The pipeline end to end on the seed corpus and made-up sentences in both languages."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

from service.nlp.pipeline import EXTRACTOR_VERSION, ArticleText, Pipeline, get_pipeline
from service.nlp.types import Extraction

SEEDS = Path(__file__).resolve().parents[2] / "seeds"
_DATE_PREFIX = re.compile(r"^\s*date (\d{4}-\d{2}-\d{2}) ")
PUTIN, XI, NATO, BEIJING = "wd:Q7747", "wd:Q15031", "wd:Q7184", "wd:Q956"


def _seed(path: Path) -> ArticleText:
    text = path.read_text(encoding="utf-8")
    match = _DATE_PREFIX.match(text)
    if match:
        return ArticleText(body=text[match.end() :], published=dt.date.fromisoformat(match[1]))
    return ArticleText(body=text)


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return get_pipeline()


@pytest.fixture(scope="module")
def seeds(pipeline: Pipeline) -> list[tuple[ArticleText, Extraction]]:
    articles = [_seed(path) for path in sorted(SEEDS.glob("*.txt"))]
    return list(zip(articles, pipeline.extract_many(articles, batch_size=2), strict=True))


def _keys(extraction: Extraction, surface: str) -> set[str]:
    return {m.entity.key for m in extraction.mentions if m.text == surface}


def test_singleton_and_version(pipeline: Pipeline) -> None:
    assert get_pipeline() is pipeline
    assert EXTRACTOR_VERSION


def test_seed_mentions_are_valid_spans(seeds: list[tuple[ArticleText, Extraction]]) -> None:
    for article, extraction in seeds:
        assert extraction.mentions
        previous_end = 0
        for mention in extraction.mentions:
            assert article.body[mention.start : mention.end] == mention.text
            assert mention.start >= previous_end  # sorted, non-overlapping
            previous_end = mention.end


def test_seed_languages_are_inferred(seeds: list[tuple[ArticleText, Extraction]]) -> None:
    assert [extraction.language for _, extraction in seeds] == ["en", "en", "fr", "fr", "en"]
    assert all(extraction.language_inferred for _, extraction in seeds)
    assert seeds[4][1].published == dt.date(2024, 5, 17)


def test_putin_is_one_entity_in_every_language(
    seeds: list[tuple[ArticleText, Extraction]],
) -> None:
    en, fr = seeds[0][1], seeds[2][1]
    assert _keys(en, "Vladimir Putin") == _keys(en, "Putin") == {PUTIN}
    assert _keys(fr, "Vladimir Poutine") == _keys(fr, "Poutine") == {PUTIN}
    assert _keys(seeds[3][1], "Xi") == _keys(seeds[0][1], "Xi Jinping") == {XI}


def test_seed_cross_language_aliases(seeds: list[tuple[ArticleText, Extraction]]) -> None:
    fr = seeds[3][1]
    assert _keys(fr, "Pékin") == _keys(seeds[0][1], "Beijing") == {BEIJING}
    assert _keys(fr, "OTAN") == {NATO}
    assert _keys(fr, "Kuleba") == _keys(seeds[0][1], "Dmytro Kouleba")
    assert _keys(fr, "Volodymyr Zelenskyy") == _keys(seeds[1][1], "Volodymyr Zelensky")


def test_mm_is_never_a_mention(seeds: list[tuple[ArticleText, Extraction]]) -> None:
    assert all(not m.text.startswith("MM") for m in seeds[0][1].mentions)


def test_made_up_sentences(pipeline: Pipeline) -> None:
    en = pipeline.extract(ArticleText(body="Mr. Putin met Emmanuel Macron in Moscow on Monday."))
    fr = pipeline.extract(ArticleText(body="M. Poutine a reçu Emmanuel Macron à Moscou lundi."))
    assert en.language == "en" and fr.language == "fr"
    assert [m.entity.key for m in en.mentions] == [m.entity.key for m in fr.mentions]
    assert [m.text for m in fr.mentions] == ["Poutine", "Emmanuel Macron", "Moscou"]


def test_metadata_is_passed_through(pipeline: Pipeline) -> None:
    article = ArticleText(
        body="Xi Jinping arrive à Moscou.",
        language="fr",
        published=dt.date(2023, 3, 20),
        published_precision="day",
    )
    extraction = pipeline.extract(article)
    assert (extraction.language, extraction.language_inferred) == ("fr", False)
    assert (extraction.published, extraction.published_precision) == (dt.date(2023, 3, 20), "day")
    assert extraction.extractor_version == EXTRACTOR_VERSION


def test_analyse_exposes_the_doc_for_later_stages(pipeline: Pipeline) -> None:
    doc, language, mentions = pipeline.analyse(ArticleText(body="Vladimir Putin visited Beijing."))
    assert language == "en"
    assert doc.text == "Vladimir Putin visited Beijing."
    assert [m.entity.key for m in mentions] == [PUTIN, BEIJING]


def test_extract_many_keeps_order_across_languages(pipeline: Pipeline) -> None:
    def articles() -> Iterator[ArticleText]:
        for index in range(5):
            body = (
                "Vladimir Poutine est à Pékin."
                if index % 2
                else "Joe Biden said he would travel to Paris this week."
            )
            yield ArticleText(body=body)

    languages = [
        extraction.language for extraction in pipeline.extract_many(articles(), batch_size=2)
    ]
    assert languages == ["en", "fr", "en", "fr", "en"]


def test_empty_body(pipeline: Pipeline) -> None:
    extraction = pipeline.extract(ArticleText(body=""))
    assert extraction.mentions == ()
    assert extraction.language == "und"


def _texts(pipeline: Pipeline, body: str) -> list[tuple[str, str]]:
    return [(m.text, m.entity.type) for m in pipeline.extract(ArticleText(body=body)).mentions]


def test_headline_case_country_is_split_from_the_next_word(pipeline: Pipeline) -> None:
    found = _texts(pipeline, "Faced with pressure, the U.S. Administration is pressing Japan.")
    assert ("U.S.", "location") in found
    assert all(text != "U.S. Administration" for text, _ in found)


def test_french_plural_demonyms_and_codes_are_not_places(pipeline: Pipeline) -> None:
    body = (
        "Les Tchétchènes de Dijon ont manifesté. Les niveaux de PM10 ont augmenté aux Philippines."
    )
    texts = [text for text, _ in _texts(pipeline, body)]
    assert "Tchétchènes" not in texts
    assert "PM10" not in texts
    assert "Philippines" in texts


def test_acronym_after_a_lowercase_institution(pipeline: Pipeline) -> None:
    body = "Le syndicat Action praticiens hôpital (APH) a réagi. L'APH demande des moyens."
    keys = {m.entity.key for m in pipeline.extract(ArticleText(body=body)).mentions}
    assert "name:organization:action praticiens hopital" in keys
