"""Knowledge base lookups, linking, within-article coreference and cross-article matching."""

from __future__ import annotations

import datetime as dt

import pytest

from service.nlp.kb import get_kb
from service.nlp.kb.gazetteer import refine
from service.nlp.linking import (
    link_mentions,
    name_key,
    resolve_bare_role,
    resolve_role,
    same_entity,
    tokens_match,
)
from service.nlp.ner import RawMention, load_model
from service.nlp.types import EntityRef, EntityType

PUTIN = "wd:Q7747"
XI = "wd:Q15031"


def _kb_key(alias: str, type_: EntityType) -> str:
    return get_kb().lookup(alias, type_)[0].ref.key


@pytest.mark.parametrize(
    ("a", "b", "type_"),
    [
        ("Pékin", "Beijing", "location"),
        ("Moscou", "Moscow", "location"),
        ("Kiev", "Kyiv", "location"),
        ("OTAN", "NATO", "organization"),
        ("Poutine", "Vladimir Putin", "person"),
        ("Russie", "Russia", "location"),
        ("Fédération de Russie", "Russia", "location"),
        ("États-Unis", "USA", "location"),
        ("U.S.", "United States", "location"),
        ("Royaume-Uni", "Britain", "location"),
        ("Chine", "China", "location"),
        ("Gouvernement libyen d'union nationale", "Government of National Accord", "organization"),
        ("GNA", "Government of National Accord", "organization"),
    ],
)
def test_kb_aliases_across_languages(a: str, b: str, type_: EntityType) -> None:
    assert _kb_key(a, type_) == _kb_key(b, type_)


def test_kb_has_wikidata_ids_for_countries_and_capitals() -> None:
    assert _kb_key("Russia", "location") == "wd:Q159"
    assert _kb_key("Beijing", "location") == "wd:Q956"
    assert get_kb() is get_kb()


def test_kb_prefers_the_capital_over_namesakes() -> None:
    assert _kb_key("Moscow", "location") == "wd:Q649"  # not Moscow, Idaho
    assert _kb_key("Paris", "location") == "wd:Q90"


def test_ambiguous_iso_short_forms_are_not_aliases() -> None:
    assert get_kb().exact("Korea") == []
    assert get_kb().exact("Prussia") == []


def test_fuzzy_kb_match_is_for_people_only() -> None:
    assert [e.ref.name for e in get_kb().fuzzy_person("Dmytro Koulebba")] == ["Dmytro Kuleba"]
    assert get_kb().fuzzy_person("Prussia") == []


def _raw(text: str, needle: str, type_: EntityType, occurrence: int = 0) -> RawMention:
    start = -1
    for _ in range(occurrence + 1):
        start = text.index(needle, start + 1)
    return RawMention(start=start, end=start + len(needle), text=needle, type=type_, label="X")


def test_surname_and_title_after_full_name_are_one_entity() -> None:
    text = "Vladimir Poutine a parlé. Poutine a ajouté. Putin said."
    raws = [
        _raw(text, "Vladimir Poutine", "person"),
        _raw(text, "Poutine", "person", 1),
        _raw(text, "Putin", "person"),
    ]
    keys = {mention.entity.key for mention in link_mentions(text, raws)}
    assert keys == {PUTIN}


def test_unknown_people_corefer_within_the_article() -> None:
    text = "Kremlin adviser Yuri Ushakovitch said. Mr. Ushakovitch added."
    raws = [_raw(text, "Yuri Ushakovitch", "person"), _raw(text, "Ushakovitch", "person", 1)]
    mentions = link_mentions(text, raws)
    assert [m.entity.key for m in mentions] == ["name:person:yuri ushakovitch"] * 2


def test_a_similar_single_name_is_another_person_in_the_article() -> None:
    text = "Tran Minh Hoang founded the group. Huong, a student, spoke later."
    raws = [_raw(text, "Tran Minh Hoang", "person"), _raw(text, "Huong", "person")]
    keys = [m.entity.key for m in link_mentions(text, raws)]
    assert keys == ["name:person:tran minh hoang", "name:person:huong"]


def test_surname_prefers_the_article_over_the_kb() -> None:
    text = "Herman De Croo met Congress. De Croo said the EC would retaliate."
    raws = [_raw(text, "Herman De Croo", "person"), _raw(text, "De Croo", "person", 1)]
    keys = [m.entity.key for m in link_mentions(text, raws)]
    assert keys == ["name:person:herman de croo"] * 2


def test_acronym_in_brackets_names_the_organisation_before_it() -> None:
    text = "The Zorblat Trade Council (ZTC) met. The ZTC said no."
    raws = [
        _raw(text, "Zorblat Trade Council", "organization"),
        _raw(text, "ZTC", "organization"),
        _raw(text, "ZTC", "organization", 1),
    ]
    keys = {m.entity.key for m in link_mentions(text, raws)}
    assert keys == {"name:organization:zorblat trade council"}


def test_the_articles_own_expansion_of_an_acronym_beats_the_kb() -> None:
    # The KB's IEA is the International Energy Agency; this article's is another body.
    text = "The Institute of Economic Affairs (IEA) said so. The IEA report was out."
    raws = [
        _raw(text, "Institute of Economic Affairs", "organization"),
        _raw(text, "IEA", "organization"),
        _raw(text, "IEA", "organization", 1),
    ]
    names = {m.entity.name for m in link_mentions(text, raws)}
    assert names == {"Institute of Economic Affairs"}
    # Without brackets: "The National Audit Office said … The NAO urged".
    text = "The Zorblat Audit Office said so. The ZAO urged calm."
    raws = [_raw(text, "Zorblat Audit Office", "organization"), _raw(text, "ZAO", "organization")]
    keys = {m.entity.key for m in link_mentions(text, raws)}
    assert keys == {"name:organization:zorblat audit office"}


def test_kb_corrects_the_model_type() -> None:
    text = "urged Kyiv and Moscow"
    mention = link_mentions(text, [_raw(text, "Kyiv", "person")])[0]
    assert mention.entity.type == "location"
    assert mention.entity.key == "wd:Q1899"


def test_kb_only_spans_need_the_kb() -> None:
    text = "Western allies and NATO"
    raws = [RawMention(start=0, end=7, text="Western", type="other", label="NORP", kb_only=True)]
    assert link_mentions(text, raws) == ()


def test_role_noun_resolves_when_the_article_makes_it_unambiguous() -> None:
    xi = EntityRef(key=XI, name="Xi Jinping", type="person")
    found = resolve_role("CN", "head_of_state", mentioned=[xi], published=None)
    assert found == xi
    by_date = resolve_role("RU", "head_of_state", mentioned=[], published=dt.date(2023, 3, 20))
    assert by_date is not None and by_date.key == PUTIN
    assert resolve_role("RU", "head_of_state", mentioned=[], published=None) is None


def _ref(name: str, type_: EntityType, key: str | None = None) -> EntityRef:
    return EntityRef(key=key or name_key(name, type_), name=name, type=type_)


def test_name_key() -> None:
    assert name_key("Mr. Yuri Ushakov", "person") == "name:person:yuri ushakov"
    assert name_key("la Banque de France", "organization") == "name:organization:banque de france"


@pytest.mark.parametrize(
    ("a", "b", "type_"),
    [
        ("Dmytro Kouleba", "Dmytro Kuleba", "person"),
        ("Kouleba", "Kuleba", "person"),
        ("Volodymyr Zelenskyy", "Volodymyr Zelensky", "person"),
        ("Vassili Kashin", "Vasili Kashin", "person"),
        ("Elvira Nabioullina", "Elvira Nabiullina", "person"),
    ],
)
def test_same_entity_merges_transliterations(a: str, b: str, type_: EntityType) -> None:
    assert same_entity(_ref(a, type_), _ref(b, type_))


@pytest.mark.parametrize(
    ("a", "b", "type_"),
    [
        ("Russia", "Prussia", "location"),
        ("Austria", "Australia", "location"),
        ("Slovakia", "Slovenia", "location"),
        ("Iran", "Iraq", "location"),
        ("John Smith", "Joan Smith", "person"),
        ("Kuleba", "Kuleba", "organization"),
    ],
)
def test_same_entity_keeps_distinct_names_apart(a: str, b: str, type_: EntityType) -> None:
    other_type: EntityType = "person" if type_ == "organization" else type_
    assert not same_entity(_ref(a, type_), _ref(b, other_type))


def test_same_entity_never_merges_two_kb_entities() -> None:
    russia = get_kb().lookup("Russia", "location")[0].ref
    belarus = get_kb().lookup("Belarus", "location")[0].ref
    assert not same_entity(russia, belarus)
    assert same_entity(russia, russia)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        ("victor", "viktor", True),
        ("vassili", "vasily", True),
        ("mouhandis", "muhandis", True),
        ("kouleba", "kuleba", True),
        ("zelenskyy", "zelensky", True),
        ("john", "joan", False),
        ("martin", "martine", False),
        ("russia", "prussia", False),
        ("austria", "australia", False),
    ],
)
def test_tokens_match(a: str, b: str, expected: bool) -> None:
    assert tokens_match(a, b) is expected


# --- Entity identity across spellings, types and span widths -------------------------------


def _pipeline_links(text: str, language: str) -> list[tuple[str, str]]:
    from service.nlp.pipeline import ArticleText, Pipeline

    _, _, mentions = Pipeline().analyse(ArticleText(body=text, language=language))
    for mention in mentions:
        assert text[mention.start : mention.end] == mention.text
    return [(mention.text, mention.entity.key) for mention in mentions]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Asia", "Asie"),
        ("Africa", "Afrique"),
        ("South America", "Amérique du Sud"),
        ("Middle East", "Moyen-Orient"),
        ("Mediterranean Sea", "Méditerranée"),
        ("Black Sea", "mer Noire"),
        ("Indian Ocean", "océan Indien"),
    ],
)
def test_kb_knows_continents_regions_and_seas(a: str, b: str) -> None:
    assert _kb_key(a, "location") == _kb_key(b, "location")
    assert get_kb().lookup(a, "location")[0].ref.type == "location"


def test_continents_carry_wikidata_ids() -> None:
    assert _kb_key("Asie", "location") == "wd:Q48"
    assert _kb_key("Europe", "location") == "wd:Q46"


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Atlantic Alliance", "NATO"),
        ("Alliance atlantique", "OTAN"),
        ("Commission of the European Union", "European Commission"),
        ("Revolutionary Guards Corps", "Gardiens de la Révolution"),
        ("Cour de justice de l'UE", "Court of Justice of the European Union"),
        ("France insoumise", "LFI"),
    ],
)
def test_kb_alias_gaps(a: str, b: str) -> None:
    assert _kb_key(a, "organization") == _kb_key(b, "organization")


@pytest.mark.parametrize("alias", ["Kremlin", "White House", "Maison Blanche", "Élysée"])
def test_metonyms_have_one_key_whatever_the_model_type(alias: str) -> None:
    assert _kb_key(alias, "location") == _kb_key(alias, "organization")


@pytest.mark.parametrize(
    ("text", "full", "short", "short_type"),
    [
        (
            "Haruki Tanabe spoke on Monday. Later Tanabe said no.",
            "Haruki Tanabe",
            "Tanabe",
            "organization",
        ),
        (
            "Jeanne Morvan a parlé lundi. Puis Morvan a refusé.",
            "Jeanne Morvan",
            "Morvan",
            "location",
        ),
    ],
)
def test_surname_corefers_to_the_person_whatever_the_model_type(
    text: str, full: str, short: str, short_type: EntityType
) -> None:
    raws = [_raw(text, full, "person"), _raw(text, short, short_type, text.count(short) - 1)]
    mentions = link_mentions(text, raws)
    assert {m.entity.key for m in mentions} == {name_key(full, "person")}
    assert {m.entity.type for m in mentions} == {"person"}


def test_wide_span_is_narrowed_to_the_place_it_contains() -> None:
    text = "Les avions ont atterri à l'aéroport de Bagdad lundi."
    mentions = link_mentions(text, [_raw(text, "aéroport de Bagdad", "location")])
    assert [(m.text, m.start) for m in mentions] == [("Bagdad", text.index("Bagdad"))]
    assert mentions[0].entity.key == _kb_key("Baghdad", "location")


def test_wide_span_is_split_into_the_names_it_joins() -> None:
    text = "des soldats de l'Otan en Afghanistan ont été visés."
    mentions = link_mentions(text, [_raw(text, "Otan en Afghanistan", "organization")])
    assert [m.text for m in mentions] == ["Otan", "Afghanistan"]
    assert [m.entity.key for m in mentions] == ["wd:Q7184", _kb_key("Afghanistan", "location")]


def test_headline_word_and_hyphen_glued_to_two_known_names() -> None:
    text = "Xi Jinping met Volodymyr Zelensky.\nCall Xi-Zelensky?\nA call was planned."
    raws = [
        _raw(text, "Xi Jinping", "person"),
        _raw(text, "Volodymyr Zelensky", "person"),
        _raw(text, "Call Xi-Zelensky", "person"),
    ]
    mentions = link_mentions(text, raws)
    assert [m.text for m in mentions] == ["Xi Jinping", "Volodymyr Zelensky", "Xi", "Zelensky"]
    assert mentions[2].entity.key == XI


@pytest.mark.parametrize(
    ("text", "name", "type_"),
    [
        ("La Banque de France a relevé ses taux en France.", "Banque de France", "organization"),
        ("He studied at Oxford University near Oxford.", "Oxford University", "organization"),
        ("Dupont arrived. Then Marie Dupont spoke.", "Marie Dupont", "person"),
    ],
)
def test_names_headed_by_a_capitalised_word_stay_whole(
    text: str, name: str, type_: EntityType
) -> None:
    raws = [_raw(text, name, type_)]
    if "Dupont arrived" in text:
        raws.insert(0, _raw(text, "Dupont", "person"))
    assert name in [m.text for m in link_mentions(text, raws)]


@pytest.mark.parametrize(
    ("text", "full", "short"),
    [
        (
            "La Commission européenne a tranché. La Commission demande un délai.",
            "Commission européenne",
            "Commission",
        ),
        ("The European Union agreed. The Union said so.", "European Union", "Union"),
        ("Les pays de l'UE hésitent. Le droit de l'Union s'applique.", "UE", "Union"),
        (
            "La Commission électorale centrale a publié. La Commission électorale a dit.",
            "Commission électorale centrale",
            "Commission électorale",
        ),
    ],
)
def test_head_noun_corefers_to_the_organisation_named_in_full(
    text: str, full: str, short: str
) -> None:
    raws = [
        _raw(text, full, "organization"),
        _raw(text, short, "organization", 1 if short in full else 0),
    ]
    keys = [m.entity.key for m in link_mentions(text, raws)]
    assert len(keys) == 2 and keys[0] == keys[1]


def test_head_noun_stays_apart_when_two_organisations_fit() -> None:
    text = "La Commission européenne et la Commission électorale. La Commission a dit non."
    raws = [
        _raw(text, "Commission européenne", "organization"),
        _raw(text, "Commission électorale", "organization"),
        _raw(text, "Commission", "organization", 2),
    ]
    assert link_mentions(text, raws)[-1].entity.key == "name:organization:commission"


@pytest.mark.parametrize(
    ("text", "country", "form", "language"),
    [
        (
            "L'Iran a protesté. La République islamique a menacé.",
            "Iran",
            "République islamique",
            "fr",
        ),
        ("Iran protested. The Islamic Republic threatened.", "Iran", "Islamic Republic", "en"),
    ],
)
def test_political_form_corefers_to_the_country_named(
    text: str, country: str, form: str, language: str
) -> None:
    raws = [_raw(text, country, "location"), _raw(text, form, "location")]
    keys = [m.entity.key for m in link_mentions(text, raws)]
    assert keys == ["wd:Q794", "wd:Q794"]


def test_political_form_alone_is_not_a_country() -> None:
    text = "La République islamique a menacé."
    mentions = link_mentions(text, [_raw(text, "République islamique", "location")])
    assert mentions[0].entity.key.startswith("name:")


def test_role_phrase_naming_a_person_is_the_person_not_the_place() -> None:
    text = (
        "The Archbishop of Canterbury spoke first. Later the Archbishop of Canterbury "
        "Dr Hugh Penrose appealed for calm. Dr Penrose added more."
    )
    raws = [
        _raw(text, "Canterbury", "location"),
        _raw(text, "Canterbury", "location", 1),
        _raw(text, "Hugh Penrose", "person"),
        _raw(text, "Penrose", "person", 1),
    ]
    mentions = link_mentions(text, raws)
    assert [m.text for m in mentions] == ["Archbishop of Canterbury", "Hugh Penrose", "Penrose"]
    assert {m.entity.key for m in mentions} == {"name:person:hugh penrose"}


def test_country_in_a_title_is_still_the_country() -> None:
    text = "President of Russia Vladimir Putin spoke."
    raws = [_raw(text, "Russia", "location"), _raw(text, "Vladimir Putin", "person")]
    assert [m.entity.key for m in link_mentions(text, raws)] == ["wd:Q159", PUTIN]


def test_unknown_acronym_typed_as_a_place_is_an_organisation() -> None:
    text = "Les forces du GQX ont avancé."
    mentions = link_mentions(text, [_raw(text, "GQX", "location")])
    assert mentions[0].entity.key == "name:organization:gqx"


@pytest.mark.parametrize(
    ("text", "name", "key"),
    [
        ("Selon Le Parisien, le projet est abandonné.", "Le Parisien", "Le Parisien"),
        # French copy often writes the newspaper's article in lower case.
        ("Le retraité a été agressé, révèle le Parisien lundi.", "le Parisien", "Le Parisien"),
        ("Les Républicains ont voté contre le texte.", "Les Républicains", "LR"),
        ("Le Kremlin a démenti.", "Kremlin", "Kremlin"),
    ],
)
def test_article_that_starts_a_known_name_is_kept(text: str, name: str, key: str) -> None:
    links = dict(_pipeline_links(text, "fr"))
    assert links.get(name) == _kb_key(key, "organization")


def test_name_cut_at_an_elided_article_is_completed() -> None:
    text = "La Commission peut saisir la Cour de justice de l'UE. La Cour tranchera."
    links = _pipeline_links(text, "fr")
    court = _kb_key("Court of Justice of the European Union", "organization")
    assert ("Cour de justice de l'UE", court) in links
    assert ("Cour", court) in links


def test_acronym_defined_in_brackets_names_the_phrase_before_it() -> None:
    text = (
        "Le juge a saisi le parquet national financier (PNF) en mars. Le PNF a ouvert une enquête."
    )
    links = _pipeline_links(text, "fr")
    keys = {key for name, key in links if name in ("parquet national financier", "PNF")}
    assert len(keys) == 1
    assert [name for name, _ in links].count("PNF") == 2


def test_acronym_after_a_long_name_the_model_cut_short() -> None:
    text = (
        "Il n'a reçu aucune instruction de la Direction des affaires pénales et des recours "
        "(DAPR). La DAPR a démenti."
    )
    links = _pipeline_links(text, "fr")
    assert (
        "Direction des affaires pénales et des recours",
        "name:organization:direction des affaires penales et des recours",
    ) in links
    assert len({key for name, key in links if "DAPR" in name or "Direction" in name}) == 1


def test_a_bare_role_is_the_only_office_holder_named() -> None:
    putin = EntityRef(key="wd:Q7747", name="Vladimir Putin", type="person")
    xi = EntityRef(key="wd:Q15031", name="Xi Jinping", type="person")
    kirby = EntityRef(key="name:person:john kirby", name="John Kirby", type="person")
    day = dt.date(2023, 3, 21)
    found = resolve_bare_role("head_of_state", mentioned=[kirby, putin], published=day)
    assert found == putin
    # Two presidents named: "le président" alone is ambiguous, so nobody.
    both = [putin, kirby, xi]
    assert resolve_bare_role("head_of_state", mentioned=both, published=day) is None


def test_a_name_opening_a_sentence_before_a_comma_is_a_person_the_model_missed() -> None:
    text = (
        "Le débat a repris lundi.\n\nFlorian Philippot, vice-président du parti, a répondu. "
        "France Télévisions, le groupe public, a diffusé le débat."
    )
    doc = load_model("fr")(text)
    doc.ents = []  # as if the model, in context, had seen no name
    found = [(m.text, m.type) for m in refine(doc, [], get_kb())]
    assert ("Florian Philippot", "person") in found
    assert not any(name.startswith("France") and kind == "person" for name, kind in found)
