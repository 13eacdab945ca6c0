"""Language identification restricted to the languages the pipeline supports."""

from __future__ import annotations

import functools

from lingua import IsoCode639_1, Language, LanguageDetector, LanguageDetectorBuilder

# Adding a language is adding its ISO 639-1 code here (and a spaCy model in ner.MODEL_NAMES).
SUPPORTED_LANGUAGES: tuple[str, ...] = ("en", "fr")
UNDETERMINED = "und"
# Below this confidence the detector abstains: short or mixed texts are better left unlabelled.
MIN_CONFIDENCE = 0.6
# Long bodies add time, not accuracy: the first few thousand characters decide the language.
_SAMPLE_CHARS = 4000
_MIN_LETTERS = 3


def _language(code: str) -> Language:
    return Language.from_iso_code_639_1(getattr(IsoCode639_1, code.upper()))


@functools.cache
def _detector() -> LanguageDetector:
    """The detector, built once per process on first use (it loads n-gram models)."""
    languages = [_language(code) for code in SUPPORTED_LANGUAGES]
    return LanguageDetectorBuilder.from_languages(*languages).build()


def detect_language_with_confidence(text: str) -> tuple[str, float]:
    """The most likely supported language of `text` and its confidence, or ("und", 0.0)."""
    sample = text[:_SAMPLE_CHARS]
    if sum(char.isalpha() for char in sample) < _MIN_LETTERS:
        return UNDETERMINED, 0.0
    values = _detector().compute_language_confidence_values(sample)
    if not values:
        return UNDETERMINED, 0.0
    best = values[0]
    code = best.language.iso_code_639_1.name.lower()
    if best.value < MIN_CONFIDENCE:
        return UNDETERMINED, best.value
    return code, best.value


def detect_language(text: str) -> str:
    """ISO 639-1 code of the text's language among the supported ones, or "und" when unsure."""
    return detect_language_with_confidence(text)[0]
