"""NER: label mapping and the rule-based corrections of systematic model errors."""

from __future__ import annotations

import pytest

from service.nlp.ner import (
    ENGLISH_MODEL,
    MODEL_NAMES,
    _legal_form,
    _titled_names,
    doc_mentions,
    find_roles,
    ignored_ranges,
    load_model,
    shouting_ranges,
)


def _mentions(text: str, language: str) -> list[tuple[str, str]]:
    doc = load_model(language)(text)
    found = doc_mentions(doc)
    for mention in found:
        assert text[mention.start : mention.end] == mention.text
    return [(mention.text, mention.type) for mention in found if not mention.kb_only]


def test_english_model_name_is_one_constant() -> None:
    assert MODEL_NAMES["en"] == ENGLISH_MODEL


def test_models_are_loaded_once() -> None:
    assert load_model("en") is load_model("en")


def test_unsupported_language_is_refused() -> None:
    with pytest.raises(ValueError):
        load_model("xx")


def test_mm_is_not_a_place() -> None:
    text = "MM. Xi and Putin will sign a joint statement, the Kremlin said on Friday."
    found = _mentions(text, "en")
    assert all(not name.startswith("MM") for name, _ in found)
    assert ("Xi", "person") in found


def test_a_ministers_portfolio_is_no_entity() -> None:
    text = (
        "Dès le mois de janvier, la ministre de la Santé nous a dit que ce qui se passait en "
        "Chine était sérieux. J'ai organisé des réunions avec la ministre de la Santé, le "
        "directeur général de la Santé, à Matignon."
    )
    found = _mentions(text, "fr")
    assert "Santé" not in {name for name, _ in found}, found


def test_arabic_name_particles_stay_in_the_name() -> None:
    text = "Sheikh Ali al-Khalifa al-Sabah was quoted by the local daily al-Qabas as saying so."
    assert ("Ali al-Khalifa al-Sabah", "person") in _mentions(text, "en")


def test_possessive_is_not_part_of_the_name() -> None:
    found = _mentions("Announced by Beijing, Xi Jinping’s visit to Russia will take place.", "en")
    assert ("Xi Jinping", "person") in found


def test_titles_are_cut_from_person_spans() -> None:
    text = "A l’invitation du président de la Fédération de Russie Vladimir Poutine, il viendra."
    found = _mentions(text, "fr")
    assert ("Vladimir Poutine", "person") in found
    assert all(not name.lower().startswith(("président", "la")) for name, _ in found)


def test_elided_article_is_not_part_of_the_name() -> None:
    text = "Pékin a également accusé l’OTAN et les États-Unis de provoquer la Russie."
    names = [name for name, _ in _mentions(text, "fr")]
    assert "OTAN" in names


def test_glued_spans_are_split() -> None:
    text = "They met at a Shanghai Cooperation Organization (SCO) summit in Uzbekistan."
    names = [name for name, _ in _mentions(text, "en")]
    assert "Shanghai Cooperation Organization" in names
    assert "SCO" in names


def test_read_also_cues_are_ignored_but_not_the_headline() -> None:
    text = "Xi Jinping ira en Russie.\n> À lire aussi : Ukraine : arrivée des blindés\nFin."
    [(start, end)] = ignored_ranges(text)
    assert text[start:end] == "> À lire aussi : "
    names = [name for name, _ in _mentions(text, "fr")]
    assert all(not name.startswith(("À", "lire")) for name in names)
    assert "Ukraine" in names


def test_all_caps_credit_lines_are_read_in_title_case() -> None:
    text = (
        "Xi Jinping and Vladimir Putin met in Moscow.\n"
        "PHOTO ALEXANDER ZEMLIANICHENKO, ASSOCIATED PRESS ARCHIVES\n"
        "The two leaders then proclaimed their friendship."
    )
    assert len(shouting_ranges(text)) == 1
    found = _mentions(text, "en")
    assert ("ALEXANDER ZEMLIANICHENKO", "person") in found
    assert all(name != "ZEMLIANICHENKO" for name, _ in found)


def test_demonyms_are_not_places() -> None:
    found = _mentions("Les Chinois s’affichent neutres dans le conflit en Ukraine.", "fr")
    assert all(name != "Chinois" for name, _ in found)


def test_role_nouns_are_found_but_not_titles() -> None:
    text = "The Russian president met Russian President Vladimir Putin's Chinese counterpart."
    roles = find_roles(text, "en")
    assert [(text[start:end], country, role) for start, end, country, role in roles] == [
        ("Russian president", "RU", "head_of_state")
    ]


def test_french_role_nouns() -> None:
    text = "le ministre chinois des Affaires étrangères a déclaré; le chef de la diplomatie russe"
    roles = find_roles(text, "fr")
    assert [(country, role) for _, _, country, role in roles] == [
        ("CN", "foreign_minister"),
        ("RU", "foreign_minister"),
    ]


def test_a_heading_line_is_its_own_sentence() -> None:
    nlp = load_model("en")
    doc = nlp("Military cooperation\nChina, for its part, wants more supporters, he told AFP.")
    assert [s.text.strip() for s in doc.sents] == [
        "Military cooperation",
        "China, for its part, wants more supporters, he told AFP.",
    ]


def test_a_hard_wrapped_sentence_stays_whole() -> None:
    nlp = load_model("en")
    doc = nlp("The minister said on Monday that the\nbudget would be cut by ten percent.")
    assert len(list(doc.sents)) == 1


def test_a_name_after_a_lowercase_title_is_a_person() -> None:
    # The small English model takes "Christian Estrosi" after "Nice mayor" for an organisation.
    found = _mentions("Nice mayor Christian Estrosi visited the site on Monday.", "en")
    assert ("Christian Estrosi", "person") in found


def test_a_party_after_a_lowercase_title_is_no_part_of_the_name() -> None:
    for text, name in [
        ("le député LR Hervé Mariton a voté contre", "Hervé Mariton"),
        ("la députée Les Républicains a voté contre", None),
    ]:
        found = [text[start:end] for start, end, _ in _titled_names(text, [])]
        assert found == ([name] if name else []), text


def test_a_courtesy_title_makes_the_name_after_it_a_person() -> None:
    # The model takes "Mr Balls" for an organisation; the courtesy title says it is a man.
    text = "Mr Balls, who left the Treasury, said so. Mme Durand a répondu."
    spans = [(0, 8, "ORG"), (42, 52, "ORG")]
    assert sorted(_titled_names(text, spans)) == [(3, 8, "PERSON"), (46, 52, "PERSON")]
    # A title that starts an organisation's name is no courtesy title: "General Motors" stays.
    assert _titled_names("General Motors said so.", [(0, 14, "ORG")]) == [(0, 14, "ORG")]


def test_a_name_ending_with_a_legal_form_is_a_company() -> None:
    assert _legal_form("Japex North Sumatra Ltd")
    assert _legal_form("Renault SA")
    assert _legal_form("K Mart Corp.")
    assert not _legal_form("Ltd")
    assert not _legal_form("John Coe")


def test_two_names_joined_before_a_legal_form_are_one_company() -> None:
    mentions = _mentions("Highveld Steel and Vanadium Corp Ltd said earnings would fall.", "en")
    assert ("Highveld Steel and Vanadium Corp Ltd", "organization") in mentions
    # Two companies each with its own legal form stay two.
    mentions = _mentions("Fleet Financial Group Inc and Norstar Bancorp Inc agreed to merge.", "en")
    assert ("Fleet Financial Group Inc and Norstar Bancorp Inc", "organization") not in mentions


def test_an_agency_before_a_given_name_is_not_part_of_an_organisation() -> None:
    text = (
        "« Tout se passe bien », a déclaré à l'AFP Sébastien, un salarié, à la sortie de l'usine."
    )
    found = _mentions(text, "fr")
    assert ("Sébastien", "person") in found and ("AFP Sébastien", "organization") not in found


def test_a_hyphenated_acronym_is_one_name() -> None:
    text = "Le syndicat des cadres CFE-CGC dénonce une réforme injuste, comme l'AP-HP."
    names = [name for name, _ in _mentions(text, "fr")]
    assert "CFE-CGC" in names and "CFE" not in names and "CGC" not in names


def test_a_french_lowercase_compound_is_one_word_but_not_an_inverted_clitic() -> None:
    nlp = load_model("fr")
    words = [t.text for t in nlp("Les maîtres-boulangers sont venus au chef-lieu, a-t-il dit.")]
    assert "maîtres-boulangers" in words and "chef-lieu" in words
    assert words[words.index("a") : words.index("a") + 3] == ["a", "-t", "-il"]
    # The compound no longer splits the sentence: one sentence, one root.
    doc = nlp("Emmanuel Macron a loué devant les maîtres-boulangers réunis à l'Élysée l'effort.")
    assert len(list(doc.sents)) == 1
