"""Quotations and statements on hand-checked seed sentences and made-up ones, in both languages."""

from __future__ import annotations

import datetime as dt
import re

import pytest
from spacy.tokens import Doc

from service.nlp.ner import load_model
from service.nlp.quote_marks import find_quotations
from service.nlp.quotes import extract_statements
from service.nlp.types import EntityRef, Mention, Statement

_TYPES = {
    "PERSON": "person",
    "PER": "person",
    "ORG": "organization",
    "GPE": "location",
    "LOC": "location",
    "FAC": "location",
}
_LEADING = re.compile(r"^(?:the|le|la|l['’]|mr\.?|mrs\.?|ms\.?|mm\.?|m\.|mme)\s*", re.IGNORECASE)
PUBLISHED = dt.date(2023, 3, 17)


def simple_mentions(doc: Doc) -> list[Mention]:
    """Mentions from doc.ents; a person's later surname-only mentions share the full name's key."""
    mentions: list[Mention] = []
    people: dict[str, EntityRef] = {}
    for ent in doc.ents:
        kind = _TYPES.get(ent.label_)
        if kind is None:
            continue
        name = _LEADING.sub("", ent.text).strip() or ent.text
        ref = EntityRef(key=f"name:{kind}:{name.lower()}", name=name, type=kind)  # type: ignore[arg-type]
        if kind == "person":
            ref = people.setdefault(name.split()[-1].lower(), ref)
        mentions.append(Mention(start=ent.start_char, end=ent.end_char, text=ent.text, entity=ref))
    return mentions


def statements(text: str, language: str = "en") -> list[Statement]:
    """Statements of a text parsed with the project's model, with simple mentions."""
    doc = load_model(language)(text)
    return extract_statements(doc, simple_mentions(doc), language=language, published=PUBLISHED)


def _only(found: list[Statement], fragment: str) -> Statement:
    matching = [s for s in found if fragment in s.text]
    assert len(matching) == 1, (fragment, found)
    return matching[0]


def _texts(text: str) -> list[str]:
    return [text[q.start : q.end] for q in find_quotations(text)]


def test_marks_of_every_kind_and_apostrophes_inside_words() -> None:
    text = "Il a dit « non ». She said “yes” and 'maybe'. L’invasion, that's \"sure\"."
    assert _texts(text) == ["non", "yes", "maybe", "sure"]


def test_nested_quotes_stay_inside_the_outer_one() -> None:
    text = "“He told me ‘never again’ and left,” she said."
    assert _texts(text) == ["He told me ‘never again’ and left,"]


def test_quote_reopened_in_the_next_paragraph() -> None:
    text = "He said: “First part of it.\n\n“Second part of it.” Then silence."
    quotes = find_quotations(text)
    assert [text[q.start : q.end] for q in quotes] == ["First part of it.", "Second part of it."]
    assert quotes[0].continues and quotes[1].continued


def test_unbalanced_marks_are_recovered_locally() -> None:
    text = "He spoke of “a broken promise\n\nThe rest “is intact” here.\nAnd it ends » badly."
    assert _texts(text)[:2] == ["a broken promise", "is intact"]
    mixed = "“I am confident that it will grow stronger. »\nNext."
    assert _texts(mixed) == ["I am confident that it will grow stronger."]


def test_offsets_exclude_the_marks() -> None:
    text = "« Nous voulons la paix », a déclaré le Kremlin."
    (quote,) = find_quotations(text)
    assert text[quote.start - 2 : quote.start] == "« " and text[quote.end : quote.end + 2] == " »"


def test_kirby_seed_sentence() -> None:
    text = (
        "A call for a ceasefire immediately sanctioned by the United States. “We do not support "
        "calls for a ceasefire at this time,” National Security Council spokesman John Kirby said."
    )
    found = _only(statements(text), "We do not support")
    assert found.text == "We do not support calls for a ceasefire at this time,"
    assert found.kind == "direct" and found.cue == "said"
    assert found.speaker is not None and found.speaker.name == "John Kirby"
    assert found.speaker_text == "National Security Council spokesman John Kirby"
    assert text[found.start : found.end] == found.text
    assert found.date == PUBLISHED


def test_french_inverted_subject_kremlin() -> None:
    text = (
        "Xi et Poutine discuteront des « questions du développement ultérieur d’un partenariat "
        "global entre la Russie et la Chine », a déclaré le Kremlin dans un communiqué."
    )
    found = _only(statements(text, "fr"), "questions du développement")
    assert found.kind == "direct" and found.cue == "a déclaré"
    assert found.speaker_text == "le Kremlin"
    assert found.speaker is not None and found.speaker.name == "Kremlin"
    assert {ref.name for ref in found.about} >= {"Russie", "Chine"}


def test_french_incise_and_clitic_inversion() -> None:
    text = (
        "Emmanuel Macron était à Berlin mardi. « Nous voulons une paix durable en Europe », "
        "a-t-il déclaré devant la presse."
    )
    found = _only(statements(text, "fr"), "paix durable")
    assert found.cue == "a-t-il déclaré" and found.speaker_text == "il"
    assert found.speaker is not None and found.speaker.name == "Emmanuel Macron"


def test_multi_paragraph_quote_shares_its_speaker() -> None:
    text = (
        "Jens Stoltenberg spoke in Brussels on Tuesday. He said: “China must understand the "
        "point of view of Ukraine and engage directly.\n\n“Any peace solution must respect the "
        "territorial integrity of Ukraine.” The briefing then ended."
    )
    found = statements(text)
    first = _only(found, "China must understand")
    second = _only(found, "Any peace solution")
    for part in (first, second):
        assert part.kind == "direct" and part.speaker is not None
        assert part.speaker.name == "Jens Stoltenberg"
        assert "“" not in part.text and "\n" not in part.text


def test_follow_on_quote_after_attribution() -> None:
    text = (
        '"The legal boundaries did not match up," state prosecutor Alexis Ortiz told Reuters. '
        '"As a consequence the government has taken action."'
    )
    found = _only(statements(text), "As a consequence")
    assert found.speaker is not None and found.speaker.name == "Alexis Ortiz"


def test_unbalanced_quote_does_not_swallow_the_article() -> None:
    text = (
        "“This will never happen again, the minister Sergei Lavrov said on Monday.\n\n"
        "Trade between the two countries grew strongly last year.\n\n"
        "“We are ready to talk,” Dmytro Kuleba said."
    )
    found = statements(text)
    assert not any("Trade between" in s.text for s in found)
    last = _only(found, "We are ready to talk")
    assert last.speaker is not None and last.speaker.name == "Dmytro Kuleba"


def test_scare_quotes_and_titles_are_not_statements() -> None:
    text = (
        "(Moscow) Russia on Friday promised a “new era” in its relations with China.\n"
        "“Military-technical cooperation”\n"
        "The two leaders then proclaimed their “unlimited” friendship."
    )
    assert [s for s in statements(text) if s.kind == "direct"] == []


def test_governed_fragment_is_a_statement() -> None:
    text = "Mr. Ushakov also praised Mr. Xi’s “restraint” on the conflict in Ukraine."
    found = _only(statements(text), "restraint")
    assert found.kind == "direct" and found.cue == "praised"
    assert found.speaker is not None and found.speaker.name == "Ushakov"


def test_indirect_speech_in_both_languages() -> None:
    english = statements(
        "Chinese Foreign Minister Qin Gang said on Thursday that Beijing was worried about the "
        "conflict. According to the Kremlin, the two leaders will sign several documents."
    )
    said = _only(english, "Beijing was worried")
    assert said.kind == "indirect" and said.cue == "said"
    assert said.speaker is not None and said.speaker.name == "Qin Gang"
    according = _only(english, "the two leaders will sign")
    assert according.cue == "According to" and according.speaker_text == "the Kremlin"
    french = statements(
        "Le ministre Qin Gang a déclaré que la Chine était préoccupée par le conflit.", "fr"
    )
    reported = _only(french, "la Chine était préoccupée")
    assert reported.kind == "indirect" and reported.cue == "a déclaré"
    assert reported.text == "la Chine était préoccupée par le conflit"


def test_pronoun_and_anonymous_source() -> None:
    text = (
        "Vassili Kashin is an expert in geopolitics. China “claims itself as a major political "
        "force on the international scene”, he told AFP. “Nothing has been decided yet,” a "
        "source in the French presidency said."
    )
    found = statements(text)
    pronoun = _only(found, "claims itself")
    assert pronoun.speaker is not None and pronoun.speaker.name == "Vassili Kashin"
    assert pronoun.speaker_text == "he" and pronoun.cue == "told"
    anonymous = _only(found, "Nothing has been decided")
    assert anonymous.speaker is None
    assert anonymous.speaker_text == "a source in the French presidency"


@pytest.mark.parametrize("language", ["en", "fr"])
def test_empty_and_quote_free_text(language: str) -> None:
    assert statements("Nothing is quoted here at all.", language) == []
    assert statements("", language) == []
