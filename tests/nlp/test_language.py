"""Language identification on hand-checked sentences."""

from __future__ import annotations

import pytest

from service.nlp.language import (
    SUPPORTED_LANGUAGES,
    UNDETERMINED,
    detect_language,
    detect_language_with_confidence,
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Vladimir Putin said Tuesday he had very important and frank talks with Xi.", "en"),
        ("Le président chinois visitera la Russie pour la première fois depuis l’invasion.", "fr"),
        ("La Chine a déclaré une amitié « sans limites » avec la Russie.", "fr"),
        ("The Kremlin said the two leaders would sign a joint statement on Tuesday.", "en"),
    ],
)
def test_detects_supported_languages(text: str, expected: str) -> None:
    assert detect_language(text) == expected


@pytest.mark.parametrize("text", ["", "   ", "42 — 17", "OK"])
def test_abstains_without_enough_letters(text: str) -> None:
    assert detect_language(text) == UNDETERMINED


def test_confidence_is_reported() -> None:
    language, confidence = detect_language_with_confidence("Bonjour à tous, merci d'être venus.")
    assert language == "fr"
    assert 0.6 <= confidence <= 1.0


def test_only_supported_languages_are_returned() -> None:
    # German is not supported: the answer is one of ours or an abstention, never "de".
    language = detect_language("Der Bundeskanzler hat heute in Berlin eine Rede gehalten.")
    assert language in (*SUPPORTED_LANGUAGES, UNDETERMINED)
