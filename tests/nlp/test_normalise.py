"""Name normalisation: titles, determiners, elisions, possessives and alias keys."""

from __future__ import annotations

import pytest

from service.nlp.normalise import clean_name, is_title, normalise_alias, strip_span


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Mr. Putin", "Putin"),
        ("MM. Xi", "Xi"),
        ("Mme Borne", "Borne"),
        ("Dr Jane Smith", "Jane Smith"),
        ("President Xi Jinping", "Xi Jinping"),
        ("Président Macron", "Macron"),
        ("Prime Minister Fumio Kishida", "Fumio Kishida"),
        ("Premier ministre Élisabeth Borne", "Élisabeth Borne"),
        ("Chinese Foreign Minister Qin Gang", "Qin Gang"),
        ("le ministre Sergueï Lavrov", "Sergueï Lavrov"),
        ("le président russe Vladimir Poutine", "Vladimir Poutine"),
        ("Xi Jinping’s", "Xi Jinping"),
        ("Putin's", "Putin"),
        ("Herman De Croo", "Herman De Croo"),
        ("Marine Le Pen", "Marine Le Pen"),
    ],
)
def test_person_names_lose_titles_and_possessives(text: str, expected: str) -> None:
    assert clean_name(text, person=True) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("l’OTAN", "OTAN"),
        ("l'ONU", "ONU"),
        ("d’Ukraine", "Ukraine"),
        ("la Chine", "Chine"),
        ("La Chine", "Chine"),
        ("the United States", "United States"),
        ("(Moscow)", "Moscow"),
        ("U.S.", "U.S."),
        ("Russia's", "Russia"),
    ],
)
def test_places_and_organisations_lose_articles(text: str, expected: str) -> None:
    assert clean_name(text) == expected


def test_strip_span_gives_offsets_into_the_text() -> None:
    text = "l’OTAN’s"
    start, end = strip_span(text)
    assert text[start:end] == "OTAN"


def test_a_title_alone_keeps_its_text() -> None:
    # Nothing would remain: the caller decides (NER drops bare titles).
    assert clean_name("Président", person=True) == "Président"


@pytest.mark.parametrize(
    ("text", "expected"),
    [("MM.", True), ("MM", True), ("Mme", True), ("Président", True), ("Macron", False)],
)
def test_is_title(text: str, expected: bool) -> None:
    assert is_title(text) is expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Pékin", "pekin"),
        ("États-Unis", "etats unis"),
        ("U.S.", "us"),
        ("Volodymyr  Zelenskyy", "volodymyr zelenskyy"),
        ("Côte d'Ivoire", "cote divoire"),
        ("Сергей Лавров", "sergey lavrov"),
    ],
)
def test_normalise_alias_folds_to_ascii_lowercase_words(text: str, expected: str) -> None:
    assert normalise_alias(text) == expected
