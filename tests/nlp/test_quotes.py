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


def test_a_straight_mark_opening_a_sentence_starts_the_next_quotation() -> None:
    # The writer never closed the first quotation: the mark before "These" opens a new one,
    # so the quotations after it keep their own marks (and speakers).
    text = (
        'Jan Berry said: "It is a service, not a football. "These plans are risky," she '
        'warned. Mr Howard said: "The commissioner will have powers," he added.'
    )
    assert _texts(text) == [
        "It is a service, not a football.",
        "These plans are risky,",
        "The commissioner will have powers,",
    ]
    # A nested quotation that does not start a sentence stays inside the outer one.
    assert _texts('He said: "They told me "go home" and I left," he said.') == [
        'They told me "go home" and I left,'
    ]


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


def _speaker(found: list[Statement], fragment: str) -> str | None:
    """The entity name of the one direct statement holding a fragment."""
    statement = _only([s for s in found if s.kind == "direct"], fragment)
    return statement.speaker.name if statement.speaker else None


def test_quoted_modifier_after_an_indefinite_article_is_a_quote() -> None:
    text = "Senator Mark Hollis denounced the budget as a “reckless” gamble on Tuesday."
    assert _speaker(statements(text), "reckless") == "Mark Hollis"


def test_detached_participle_takes_the_main_subject() -> None:
    # The parse hangs the participle on the place name before it.
    text = (
        "La ministre Claire Dumont a réagi à l'annonce du syndicat lors d'un point presse à "
        "Lyon, en Auvergne, la qualifiant de « provocation inutile »."
    )
    assert _speaker(statements(text, "fr"), "provocation inutile") == "Claire Dumont"


def test_french_il_labelled_expletive_is_the_subject() -> None:
    text = (
        "Le député Paul Martin a publié un long texte. Trois passages de ce texte sont contestés "
        "par le parquet: il y dénonçait des « trahisons répétées » du gouvernement."
    )
    assert _speaker(statements(text, "fr"), "trahisons répétées") == "Paul Martin"


def test_incise_verb_tagged_as_noun() -> None:
    text = (
        "« Les règles nationales restent applicables dans ces pays et doivent changer », note "
        "la Commission européenne."
    )
    found = _only(statements(text, "fr"), "règles nationales")
    assert found.cue == "note" and found.speaker_text == "la Commission européenne"


def test_incise_subject_after_adverbials() -> None:
    text = (
        "« J'ai choisi la voie du dialogue avec tous les partis », a déclaré lors d'une "
        "conférence de presse la maire Sophie Lambert, entourée de ses adjoints."
    )
    assert _speaker(statements(text, "fr"), "voie du dialogue") == "Sophie Lambert"


def test_clitic_speaker_and_masculine_pronoun() -> None:
    text = (
        "Le maire Louis Garnier a reçu lundi la députée Nathalie Roche. « Nous ne céderons rien "
        "sur ce dossier », a-t-il lancé à la presse. « Je reste optimiste pour la suite », "
        "a-t-elle grincé."
    )
    found = statements(text, "fr")
    assert _speaker(found, "ne céderons rien") == "Louis Garnier"
    clitic = _only(found, "reste optimiste")
    assert clitic.speaker_text == "elle"
    assert clitic.speaker is not None and clitic.speaker.name == "Nathalie Roche"


def test_masculine_pronoun_skips_a_woman_named_last() -> None:
    text = (
        "La candidate Hélène Rivière a reçu mardi le soutien du sénateur Marc Delage. « Elle a "
        "toute ma confiance pour mener cette liste », a-t-il dit au journal."
    )
    assert _speaker(statements(text, "fr"), "toute ma confiance") == "Marc Delage"


def test_cue_with_its_own_clause_after_a_full_quote() -> None:
    text = (
        "Bishop Alan Crane will speak on Sunday. “Peace begins in every home and every street,” "
        "he will say. “We must never forget the poor.” A spokesman said the diocese had no "
        "further comment."
    )
    assert _speaker(statements(text), "never forget the poor") == "Alan Crane"


def test_pronoun_goes_back_to_the_speaker_of_reported_speech() -> None:
    text = (
        "Cardinal Peter Hale will preach in Rome.\n\n"
        "Bishop Tom Reyes has since criticised the government over its budget.\n\n"
        "On Sunday, the cardinal will ask believers to give more. “Every gift counts in a "
        "hard winter,” he will say."
    )
    assert _speaker(statements(text), "Every gift counts") == "Peter Hale"


def test_quoted_as_saying() -> None:
    text = (
        "Oil minister Rashid Karam was quoted by a local paper as saying: “No member has asked "
        "for an emergency meeting.”"
    )
    assert _speaker(statements(text), "No member has asked") == "Rashid Karam"


def test_role_noun_without_title_is_the_person_quoted_last() -> None:
    text = (
        "“The talks will resume next month in Geneva,” said Omar Haddad on Monday.\n\n"
        "“We have no plan to raise output this year,” the minister said."
    )
    assert _speaker(statements(text), "raise output") == "Omar Haddad"


def test_subject_of_a_subordinate_clause_does_not_take_the_pronoun() -> None:
    text = (
        "President Reagan said the plan followed the formula he agreed with Gorbachev, which was "
        "shelved when Gorbachev insisted on new terms.\n\n"
        "“I remain firmly committed to these talks,” he said."
    )
    assert _speaker(statements(text), "firmly committed") == "Reagan"


def test_name_before_its_verb_takes_the_pronoun() -> None:
    # The quoted words in the sentence break its parse: "Paul Girard" is no subject there.
    text = (
        "Le juge Marc Vidal a interrogé le prévenu. Après trois « je ne me souviens pas », "
        "irrité par la méthode habile de Marc Vidal, Paul Girard a choisi la voie de l'ironie. "
        "« Posez vos vraies questions au lieu de tourner autour du sujet », s'est-il exclamé."
    )
    assert _speaker(statements(text, "fr"), "Posez vos vraies questions") == "Paul Girard"


def test_called_fragment_and_pronoun_group() -> None:
    text = "The two leaders condemned what they call “foreign interference in the region”."
    found = _only(statements(text), "foreign interference")
    assert found.cue == "call" and found.speaker is None and found.speaker_text == "they"


def test_possessive_owner_of_the_words() -> None:
    text = (
        "“The two sides agreed to deepen their cooperation in energy and trade,” read "
        "Beijing’s summary of the meeting."
    )
    assert _speaker(statements(text), "deepen their cooperation") == "Beijing"


def test_french_pronoun_for_an_organisation_subject() -> None:
    text = (
        "L'ONG Amnesty International a reçu des centaines de témoignages.\n\n"
        "Dans un communiqué, elle a dénoncé jeudi une répression « sans précédent »."
    )
    assert _speaker(statements(text, "fr"), "sans précédent") == "Amnesty International"


def test_sentence_opening_view_covers_its_fragments() -> None:
    text = (
        "Le diplomate Karim Nassar a quitté ses fonctions.\n\n"
        "Pour M. Nassar, le système international est « complètement déréglé » désormais."
    )
    assert _speaker(statements(text, "fr"), "complètement déréglé") == "Karim Nassar"


def test_role_noun_opening_the_article_is_named_later() -> None:
    text = (
        "Lors d'une réunion lundi, le directeur de l'usine a critiqué les syndicats, évoquant "
        "leur « irresponsabilité totale » dans la grève.\n\n"
        "Le directeur Jacques Morel a ensuite rencontré les salariés."
    )
    assert _speaker(statements(text, "fr"), "irresponsabilité totale") == "Jacques Morel"


def test_present_tense_cue_the_lemmatizer_leaves_alone() -> None:
    text = (
        "Le ministre Paul Renard était à Lille. « Nous allons gagner cette bataille contre "
        "la fraude », estime le ministre."
    )
    found = _only(statements(text, "fr"), "gagner cette bataille")
    assert found.cue == "estime" and found.speaker_text == "le ministre"
    assert found.speaker is not None and found.speaker.name == "Paul Renard"


def test_incise_name_after_a_reflexive_verb() -> None:
    text = "« C'est tout simplement inacceptable », s'insurge Marine Le Pen sur Twitter."
    assert _speaker(statements(text, "fr"), "inacceptable") == "Marine Le Pen"


def test_incise_skips_a_time_word_before_the_subject() -> None:
    text = "« Nous allons continuer à nous battre », a déclaré ce lundi le ministre du Travail."
    found = _only(statements(text, "fr"), "continuer à nous battre")
    assert found.speaker_text == "le ministre du Travail"


def test_subject_between_the_quotation_and_the_cue() -> None:
    text = "“I think we will see a lot more of this,” Smith, 45, told the BBC."
    assert _speaker(statements(text), "a lot more of this") == "Smith"


def test_she_goes_on_speaking_whatever_her_given_name() -> None:
    text = (
        "“The economy is recovering faster than expected,” Treasury Secretary Janet Yellen "
        "said. She added: “But risks remain high for small firms.”"
    )
    assert _speaker(statements(text), "risks remain") == "Janet Yellen"


def test_sentence_opening_view_of_a_role_noun() -> None:
    text = (
        "Le maire Paul Renard était à Lille.\n\n"
        "Pour le maire, « la ville doit rester ouverte à tous »."
    )
    found = _only(statements(text, "fr"), "la ville doit rester")
    assert found.cue == "Pour" and found.speaker_text == "le maire"


def test_straight_quote_after_a_no_break_space() -> None:
    assert _texts('Il a dit\u00a0"Nous allons gagner", a déclaré X.') == ["Nous allons gagner"]


def test_french_quote_going_on_over_a_paragraph_without_a_new_mark() -> None:
    text = "« Nous allons gagner.\n\nEt ensuite viendra la suite », a-t-il ajouté."
    quotes = find_quotations(text)
    assert _texts(text) == ["Nous allons gagner.", "Et ensuite viendra la suite"]
    assert quotes[0].continues and quotes[1].continued


def test_colon_before_a_spaced_guillemet_and_a_verbless_lead_in() -> None:
    text = (
        "Le député Luc Martin était à l'Assemblée mardi.\n\n"
        "Réaction immédiate du député Luc Martin : « Nous ne laisserons pas passer cette "
        "réforme injuste. »"
    )
    found = _only(statements(text, "fr"), "ne laisserons pas")
    assert found.cue is None and found.speaker_text == "Luc Martin"


def test_quotation_after_a_sentence_about_its_speaker() -> None:
    text = (
        "La députée Claire Moreau n'a pas caché sa colère. « Nous ne laisserons pas passer "
        "cette réforme injuste. »"
    )
    assert _speaker(statements(text, "fr"), "ne laisserons pas") == "Claire Moreau"


def test_french_narrative_infinitive() -> None:
    text = (
        "Le député Luc Martin était en colère mardi. Et d'ajouter : « Nous ne laisserons pas "
        "passer cette réforme injuste. »"
    )
    found = _only(statements(text, "fr"), "ne laisserons pas")
    assert found.cue == "ajouter"
    assert found.speaker is not None and found.speaker.name == "Luc Martin"


def test_feminine_role_noun_is_the_last_woman_named() -> None:
    text = (
        "Le président Paul Renard a reçu Angela Merkel à Paris. « Nous sommes d'accord sur "
        "l'essentiel », a déclaré la chancelière."
    )
    assert _speaker(statements(text, "fr"), "accord sur l'essentiel") == "Angela Merkel"


def test_more_speech_verbs_and_role_nouns() -> None:
    text = (
        "Luc Martin a parlé d'une réforme « injuste et brutale ».\n\n"
        "« Nous avons tenu nos promesses aux habitants », a assuré l'édile."
    )
    found = statements(text, "fr")
    assert _only(found, "injuste et brutale").cue == "a parlé"
    assert _speaker(found, "tenu nos promesses") == "Luc Martin"


def test_colon_after_a_sentence_about_the_speaker() -> None:
    text = (
        "Gabriel Martin, porte-parole du gouvernement, s'est voulu rassurant : « La situation "
        "est sous contrôle dans tous les hôpitaux. »"
    )
    found = _only(statements(text, "fr"), "sous contrôle")
    assert found.cue is None
    assert found.speaker is not None and found.speaker.name == "Gabriel Martin"


def test_clitic_inversion_marks_a_verb_whatever_its_tag() -> None:
    text = (
        "Sophie Durand a quitté Lyon en 2019.\n\n"
        '"Ça m\'a fait vraiment peur". Après, "j\'ai ressenti un grand vide", raconte-t-elle.'
    )
    found = statements(text, "fr")
    assert _only(found, "grand vide").cue == "raconte"
    assert _speaker(found, "grand vide") == "Sophie Durand"


def test_list_of_quotations_after_a_lead_in_with_no_cue() -> None:
    text = (
        "Le 12 mai 2016, Paul Renard était allé chercher son prix, décerné pour trois citations : "
        '"Demain, je serai à deux pas de la gloire !", "Toutes mes idées, je les trouve seul", '
        '"Heureusement que le journal sort le mardi".'
    )
    found = statements(text, "fr")
    for words in ("deux pas", "trouve seul", "le mardi"):
        assert _speaker(found, words) == "Paul Renard"


def test_ce_dernier_in_a_lead_in_is_the_last_person_named() -> None:
    text = (
        "Marc Blanc a rencontré Louis Petit sur le plateau, mais ce dernier s'est montré "
        'très agacé : "Je ne parlerai pas de mes chiffres aujourd\'hui, ni demain."'
    )
    assert _speaker(statements(text, "fr"), "mes chiffres") == "Louis Petit"


def test_elle_may_be_a_person_whose_given_name_is_unknown() -> None:
    text = (
        "Linh Tran a fondé une petite école à Hanoï en 2015.\n\n"
        '"Les jeunes ne savent presque rien de tout cela", relève-t-elle.'
    )
    assert _speaker(statements(text, "fr"), "presque rien") == "Linh Tran"


def test_role_noun_for_a_person_the_knowledge_base_does_not_know() -> None:
    text = (
        "Marc Dutertre a donné un concert à Lyon samedi.\n\n"
        '"Je chante depuis quarante ans pour ce public", a rappelé le chanteur.'
    )
    assert _speaker(statements(text, "fr"), "quarante ans") == "Marc Dutertre"


def test_quoted_fragment_after_an_indefinite_article_in_a_reported_clause() -> None:
    text = "Mr Tom Baker predicted the next election would be a “tough fight” for his party."
    assert _speaker(statements(text), "tough fight") == "Tom Baker"


def test_quotations_joined_by_a_conjunction_share_their_speaker() -> None:
    text = (
        "Paul Renard était de bonne humeur : « Nous tiendrons bon jusqu'au bout », « jamais » "
        "et « ensemble »."
    )
    found = statements(text, "fr")
    for words in ("jusqu'au bout", "jamais", "ensemble"):
        assert _speaker(found, words) == "Paul Renard"


def test_straight_mark_closes_a_french_opening_mark() -> None:
    text = 'Ce matin, « le service a repris dans toute la ville", indique la mairie.'
    assert _texts(text) == ["le service a repris dans toute la ville"]


def test_quote_ending_in_the_paragraph_after_with_no_mark_to_reopen_it() -> None:
    text = (
        'Il a prévenu : "Les orages seront violents ce soir.\n\n'
        'Des chutes de grêle sont attendues", ajoute Paul Renard.'
    )
    quotes = find_quotations(text)
    assert [text[q.start : q.end] for q in quotes] == [
        "Les orages seront violents ce soir.",
        "Des chutes de grêle sont attendues",
    ]
    assert quotes[0].continues and quotes[1].continued


def test_incise_after_a_quotation_covers_a_fragment_earlier_in_its_sentence() -> None:
    text = (
        'Il voit une "dérive inquiétante" qui pousse à "fermer toutes les écoles du pays", '
        "affirme Paul Renard."
    )
    assert _speaker(statements(text, "fr"), "dérive inquiétante") == "Paul Renard"


def test_quotation_as_the_relative_clause_of_a_name() -> None:
    text = "Fans cheered the coach Tom Baker, who “never gave up on this team in all those years”."
    assert _speaker(statements(text), "never gave up") == "Tom Baker"


def test_cue_in_a_coordinated_verb_takes_the_first_verbs_subject() -> None:
    text = (
        'Tom Baker said he would not respond to "silly gossip in papers" and promised to praise '
        'the record of the council on housing, schools and transport "from today until election '
        'day".'
    )
    assert _speaker(statements(text), "until election") == "Tom Baker"


def test_cue_whose_words_follow_the_verb() -> None:
    text = "Dave Wasserman a mis en garde : « L'enthousiasme pour le vote est très élevé. »"
    found = _only(statements(text, "fr"), "enthousiasme")
    assert found.cue == "a mis en garde" and found.speaker_text == "Dave Wasserman"


def test_one_straight_mark_closing_a_nested_quote_and_its_sentence_closes_both() -> None:
    text = (
        '"C\'est un divorce par "consentement mutuel". L\'ancienne ministre, Juliette Méadel, a '
        'annoncé mardi qu\'elle avait été radiée.\n\n"Je suis socialiste", a-t-elle confié.'
    )
    assert _texts(text) == ["C'est un divorce par \"consentement mutuel", "Je suis socialiste"]
    # A nested quote inside the sentence leaves a quotation continued over paragraphs alone.
    text = '"Il m\'a dit "non", puis il est parti.\n\n"Ensuite nous avons attendu", dit-il.'
    assert _texts(text)[0] == 'Il m\'a dit "non", puis il est parti.'


def test_fragment_in_the_que_clause_of_a_cue_whatever_the_parse() -> None:
    text = (
        "L'homme avait été convaincu par son entretien.\n\n"
        "\"Il m'a regardé dans les yeux et j'ai entendu qu'il m'écoutait\", avait-il expliqué à "
        'BFMTV, assurant que cet entretien de 40 minutes n\'avait été "que du bonheur".'
    )
    found = _only(statements(text, "fr"), "que du bonheur")
    assert found.kind == "direct" and found.cue == "assurant"
