"""Who speaks, through the whole pipeline (entities linked), on sentences written for the tests."""

from __future__ import annotations

import datetime as dt

from service.nlp.pipeline import ArticleText, Pipeline
from service.nlp.quote_marks import find_quotations
from service.nlp.speakers import SpeakerFinder, name_gender


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


def _direct_speakers(pipeline: Pipeline, language: str, body: str) -> list[str | None]:
    """The speaker's name (None for no entity) of each direct quotation."""
    extraction = pipeline.extract(ArticleText(body=body, language=language))
    return [
        s.speaker.name if s.speaker else None for s in extraction.statements if s.kind == "direct"
    ]


def _said(pipeline: Pipeline, language: str, body: str) -> list[tuple[str | None, str | None]]:
    """The speaker's name (None for no entity) and words of each statement."""
    extraction = pipeline.extract(
        ArticleText(body=body, language=language, published=dt.date(2019, 6, 5))
    )
    return [(s.speaker.name if s.speaker else None, s.speaker_text) for s in extraction.statements]


def test_a_name_completing_the_speaker_noun_is_not_the_speaker(pipeline: Pipeline) -> None:
    # Someone speaking for another, or close to them, is not that person.
    assert _speakers(
        pipeline, "fr", "« Il regarde tous les sondages », confie un proche d'Emmanuel Macron."
    ) == [None]
    assert _speakers(
        pipeline,
        "fr",
        "Emmanuel Macron était à Lyon. L'entourage du chef de l'État avait fait savoir qu'il "
        '"tenait à réaffirmer la parfaite entente entre les deux têtes de l\'exécutif".',
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


def test_a_newspaper_noun_is_the_news_organisation_named_last(pipeline: Pipeline) -> None:
    body = (
        "Renault a fermé son usine, selon Nice-Matin. « Les salariés ont été prévenus "
        "dimanche soir », précise le quotidien régional."
    )
    assert _speakers(pipeline, "fr", body)[-1] == "Nice-Matin"


def test_a_report_speaks_for_the_organisation_named_last(pipeline: Pipeline) -> None:
    body = (
        "La Banque de France a publié mardi une note sur la croissance. « L'activité reste "
        "soutenue jusqu'en 2026 », indique la note."
    )
    assert _speakers(pipeline, "fr", body) == ["Banque de France"]


def test_a_clause_without_finite_verb_takes_the_subject_it_hangs_on(pipeline: Pipeline) -> None:
    # An infinitive after "avant de", and an opening "Après avoir déclaré … ,".
    assert _speakers(
        pipeline,
        "fr",
        "Gérard Collomb avait ensuite reconnu le \"manque d'humilité\" de l'exécutif, avant "
        'de plaider pour "plus d\'écoute des Français".',
    ) == ["Gérard Collomb", "Gérard Collomb"]
    assert (
        _speakers(
            pipeline,
            "fr",
            "Après avoir déclaré que l'exécutif avait \"peut-être manqué d'humilité\" depuis le "
            "début du quinquennat, Gérard Collomb, le ministre de l'Intérieur, a dû s'expliquer.",
        )[-1]
        == "Gérard Collomb"
    )


def test_a_participle_after_an_incise_takes_its_named_subject(pipeline: Pipeline) -> None:
    # A long quotation first: the parse then hangs "François" on "a insisté" as its object.
    body = (
        "\"Je pense que je me fais le porte-parole de l'ensemble des présidents de groupe et des "
        "députés de toutes sensibilités vis-à-vis du gouvernement de dire qu'il faut être un peu "
        "plus réaliste dans l'ordre du jour\", a insisté François de Rugy, rappelant qu'\"en "
        "France c'est le gouvernement qui définit prioritairement l'inscription des textes à "
        "l'ordre du jour\"."
    )
    assert _speakers(pipeline, "fr", body) == ["François de Rugy", "François de Rugy"]


def test_an_incise_inside_the_marks_splits_the_quotation(pipeline: Pipeline) -> None:
    body = (
        "Gérald Darmanin était à Lille lundi. « Nous avons pris nos responsabilités, a "
        "déclaré Gérald Darmanin, et nous irons jusqu'au bout. » Puis : « Rien ne change, "
        "a-t-il ajouté. Nous restons à Lille. »"
    )
    extraction = pipeline.extract(ArticleText(body=body, language="fr"))
    assert [(s.text, s.speaker.name if s.speaker else None) for s in extraction.statements] == [
        ("Nous avons pris nos responsabilités", "Gérald Darmanin"),
        ("et nous irons jusqu'au bout.", "Gérald Darmanin"),
        ("Rien ne change", "Gérald Darmanin"),
        ("Nous restons à Lille.", "Gérald Darmanin"),
    ]
    # "…, a-t-il dit qu'il …" reports a clause inside the quotation: no incise.
    body = "« Il a dit qu'il viendrait, et il est venu », raconte Marie Dupont."
    extraction = pipeline.extract(ArticleText(body=body, language="fr"))
    assert [s.text for s in extraction.statements if s.kind == "direct"] == [
        "Il a dit qu'il viendrait, et il est venu"
    ]


def test_a_name_glued_to_the_news_agency_before_it_speaks(pipeline: Pipeline) -> None:
    body = (
        "\"C'est un grand progrès dans l'instruction\", s'est félicité auprès de l'AFP "
        "Xavier-Philippe Gruwez, avocat d'une dizaine de victimes."
    )
    assert _speakers(pipeline, "fr", body) == ["Xavier-Philippe Gruwez"]


def test_pronouns_follow_the_gender_the_text_or_the_given_name_tells(pipeline: Pipeline) -> None:
    # "Marion" and "Nicole" end like men's names, "Jean-Marie" like a woman's; "Mme" settles
    # an unknown given name.
    cases = [
        ("Jean Dupont a rencontré Marion Martin lundi. « Nous avancerons », a-t-il dit.", "Jean"),
        ("Marion Martin a rencontré Jean Dupont lundi. « Nous avancerons », a-t-elle dit.", "Mar"),
        ("Jean-Marie Le Pen a reçu Nicole Durand. « C'est fini », a-t-il lancé.", "Jean"),
        ("Nicole Durand a reçu Jean-Marie Le Pen. « C'est fini », a-t-elle lancé.", "Nic"),
        ("Mme Kwame Osei a reçu Paul Durand. « C'est fini », a-t-elle lancé.", "Kwa"),
    ]
    for body, given in cases:
        speakers = _speakers(pipeline, "fr", body)
        assert len(speakers) == 1 and (speakers[0] or "").startswith(given), (body, speakers)


def test_a_quoted_word_deep_in_a_reported_clause_is_the_speakers(pipeline: Pipeline) -> None:
    body = (
        "Liberal Democrat leader Charles Kennedy says that the plan is a further example of "
        'Labour\'s "authoritarian" response to crises.'
    )
    extraction = pipeline.extract(ArticleText(body=body, language="en"))
    direct = [s for s in extraction.statements if s.kind == "direct"]
    assert [(s.text, s.speaker.name if s.speaker else None) for s in direct] == [
        ("authoritarian", "Charles Kennedy")
    ]


def test_an_impersonal_il_is_the_organisation_read_from(pipeline: Pipeline) -> None:
    body = (
        "La Banque de France a publié lundi sa note de conjoncture. Le gouverneur Jean Martin "
        'était absent de la présentation. "La croissance resterait faible au premier trimestre", '
        "est-il précisé dans le document."
    )
    assert _speakers(pipeline, "fr", body) == ["Banque de France"]


def test_with_no_subject_nearby_il_is_the_person_the_article_is_about(
    pipeline: Pipeline,
) -> None:
    body = (
        "Le parquet a requis une amende contre Paul Girard, jugé pour diffamation.\n\n"
        "Paul Girard n'était pas présent. Son avocat Marc Lenoir a plaidé la relaxe.\n\n"
        "Le tribunal a ensuite visionné les images du discours.\n\n"
        "Six passages sont poursuivis: il y dépeignait des élus \"corrompus jusqu'à l'os\"."
    )
    assert _speakers(pipeline, "fr", body)[-1] == "Paul Girard"


def test_an_unnamed_speaker_goes_on_speaking(pipeline: Pipeline) -> None:
    body = (
        "Le procès de Claire Dubois s'est ouvert lundi à Lyon. « Les faits sont graves », a "
        "déclaré la procureure. « Nous demandons une peine ferme », a-t-elle ajouté."
    )
    assert _speakers(pipeline, "fr", body) == [None, None]


def test_a_quote_standing_alone_is_the_last_quoted_persons(pipeline: Pipeline) -> None:
    body = (
        "Le chef pâtissier François Perret a ouvert sa boutique lundi. « Le goût ne ment "
        "pas », assure François Perret.\n\nLa boutique propose dix gâteaux.\n\n"
        "« La base du gâteau, c'est la pâte à choux, il n'y a rien de plus simple. »"
    )
    assert _speakers(pipeline, "fr", body) == ["François Perret", "François Perret"]


def test_a_name_the_model_missed_after_a_role_stays_in_the_speaker_text(
    pipeline: Pipeline,
) -> None:
    body = (
        '"Cette nouvelle mise en examen concerne un cadre", a indiqué jeudi la procureur du '
        "parquet d'Evry, Caroline Nisand, dans un communiqué."
    )
    extraction = pipeline.extract(ArticleText(body=body, language="fr"))
    assert [s.speaker_text for s in extraction.statements] == [
        "la procureur du parquet d'Evry, Caroline Nisand"
    ]


def test_the_rest_of_a_quotation_after_an_inner_incise_is_the_same_speakers(
    pipeline: Pipeline,
) -> None:
    body = (
        "\"Ce qui est terrible, dans cette affaire, c'est le délitement de la décision, "
        "expliquait de son côté Édouard Philippe, alors maire du Havre, le 8 octobre 2016 sur "
        "Franceinfo. C'est pour ça que je crois qu'il faut y aller\"."
    )
    assert _speakers(pipeline, "fr", body) == ["Édouard Philippe", "Édouard Philippe"]


def test_any_verb_with_an_inverted_subject_after_a_quotation_reports_it(
    pipeline: Pipeline,
) -> None:
    # French inverts the subject after a quotation only for the verb that reports it, so the
    # verb needs no place in the cue list ("grimacer" and "pouffer" have none).
    for incise in ("grimace-t-elle", "a-t-elle pouffé", "lui a-t-elle grimacé"):
        body = (
            "Claire Moreau a quitté la salle. Paul Girard a présenté le budget de la ville. "
            f"« Nous ne céderons pas sur le budget de la piscine », {incise}."
        )
        assert _speakers(pipeline, "fr", body) == ["Claire Moreau"], incise


def test_a_thing_is_no_speaker_when_a_person_is_named_in_its_sentence(
    pipeline: Pipeline,
) -> None:
    # The parse gives the cue a subject that cannot speak ("L'échange"); the person named in
    # the sentence is the speaker.
    body = (
        "L'échange entre les deux animateurs a ensuite continué, Pierre Lambert estimant que "
        "parler d'argent donne « l'impression d'être à la Bourse plutôt qu'à la télévision »."
    )
    assert _speakers(pipeline, "fr", body) == ["Pierre Lambert"]


def test_a_relative_clause_inside_a_quotation_is_no_incise(pipeline: Pipeline) -> None:
    # "qui prétend" has a speech verb and names an organisation, but it is the speaker's words.
    body = (
        "« C'est la responsabilité du Portugal, qui prétend être membre de l'Otan, en tout cas "
        "il le revendique », a ajouté Marc Lenoir."
    )
    extraction = pipeline.extract(ArticleText(body=body, language="fr"))
    assert [(s.text[:8], s.speaker_text) for s in extraction.statements] == [
        ("C'est la", "Marc Lenoir")
    ]


def test_a_person_quoted_by_what_they_are_goes_on_speaking(pipeline: Pipeline) -> None:
    # "il" is the employee quoted just before, not the manager named earlier.
    body = (
        "Le directeur de l'usine, Paul Girard, a annoncé la reprise lundi.\n\n"
        "« Les gens sont contents de revenir », a raconté un salarié à la sortie de l'usine. "
        "« On respecte les distances entre nous », a-t-il ajouté."
    )
    assert _speakers(pipeline, "fr", body) == [None, None]


def test_a_quotation_in_the_first_person_is_the_last_quoted_persons(pipeline: Pipeline) -> None:
    # Inside the writer's sentence, with no cue, "nous" still makes it someone's speech.
    body = (
        "« Le sucre rassemble tout le monde », conclut le pâtissier Marc Lenoir.\n\n"
        "Le sucre reste un élément fédérateur en cuisine.\n\n"
        "Dès la petite enfance « on nous apprend que le dessert est une récompense »."
    )
    assert _speakers(pipeline, "fr", body) == ["Marc Lenoir", "Marc Lenoir"]


def test_a_person_noun_never_written_as_a_title_is_the_person_just_named(
    pipeline: Pipeline,
) -> None:
    # "l'attaquant" is no title of the article, but it describes the player it is about; an
    # unknown description with nobody named nearby stays unresolved.
    body = (
        "Le footballeur Kylian Mbappé a pris la parole après le match. « On a montré du "
        "caractère ce soir », a lâché l'attaquant parisien."
    )
    assert _speakers(pipeline, "fr", body) == ["Kylian Mbappé"]
    body = "« On a montré du caractère ce soir », a lâché l'attaquant parisien."
    assert _speakers(pipeline, "fr", body) == [None]


def test_an_infinitive_cue_goes_on_with_the_speaker_of_the_cue_before_it(
    pipeline: Pipeline,
) -> None:
    body = (
        "Le sénateur Paul Girard a une nouvelle fois attaqué la presse. « Ce sont des "
        "mensonges ! », a écrit le sénateur, avant d'ajouter : « Ils mentent tous les jours. »"
    )
    assert _speakers(pipeline, "fr", body) == ["Paul Girard", "Paul Girard"]


def test_french_constructions_that_name_the_speaker_after_the_verb(pipeline: Pipeline) -> None:
    for body, speaker in [
        # Inversion after "comme l'a …".
        (
            "Comme l'a rappelé Paul Girard lors de ses vœux, « la ville ne cédera rien face "
            "aux promoteurs ».",
            "Paul Girard",
        ),
        # "fait savoir", its "fait" tagged a noun.
        (
            "Le conseil a tranché. « La décision est définitive et sans appel », fait savoir "
            "l'Élysée.",
            "Élysée Palace",
        ),
        # "celui qui …" stands for the person named before.
        (
            "François Bayrou a reçu les commerçants. « Nous allons baisser les loyers », "
            "poursuit celui qui est aussi maire de Pau.",
            "François Bayrou",
        ),
        # "on" at an institution is the institution.
        (
            "La réforme sera présentée mercredi. « Le texte est équilibré et prêt », "
            "explique-t-on à Matignon.",
            "Hôtel Matignon",
        ),
    ]:
        assert _speakers(pipeline, "fr", body) == [speaker], body


def test_the_subject_of_an_incise_comes_after_the_one_spoken_to(pipeline: Pipeline) -> None:
    body = (
        "« La commune ne pourra pas payer les travaux », a réagi auprès de l'AFP le maire de "
        "la commune, Jean Dupont."
    )
    assert _speakers(pipeline, "fr", body) == ["Jean Dupont"]


def test_french_phrases_that_give_a_persons_view(pipeline: Pipeline) -> None:
    for opener in ("À en croire", "Aux dires de", "De l'aveu même de"):
        body = f"{opener} Pierre Martin, « la situation va encore se dégrader cet hiver »."
        assert _speakers(pipeline, "fr", body) == ["Pierre Martin"], opener


def test_an_age_describes_the_person_just_named(pipeline: Pipeline) -> None:
    body = (
        'Anna Smith won the race on Sunday. "I never thought this would happen to me," the '
        "45-year-old said."
    )
    assert _speakers(pipeline, "en", body) == ["Anna Smith"]


def test_a_document_speaks_for_the_organisation_it_comes_from(pipeline: Pipeline) -> None:
    for language, body, author in [
        (
            "en",
            '"The situation is fully under control," according to a statement from the White '
            "House.",
            "White House",
        ),
        (
            "fr",
            "« La situation est entièrement sous contrôle », selon un communiqué de Renault.",
            "Renault",
        ),
    ]:
        assert _speakers(pipeline, language, body) == [author], body


def test_an_incise_after_the_writer_ends_the_quoted_sentence(pipeline: Pipeline) -> None:
    # The quotation opens the sentence, the writer completes it, then the inverted incise.
    for body, speaker in [
        (
            "Le scrutin approche.\n\n"
            '"Nous ne voulons pas prendre le risque" que nos bulletins par correspondance '
            "soient perdus, affirme à l'AFP David Apatoff.",
            "David Apatoff",
        ),
        (
            '"Il faut agir vite" pour que les habitants soient protégés, a déclaré à l\'AFP '
            "Claire Moreau.",
            "Claire Moreau",
        ),
    ]:
        assert _speakers(pipeline, "fr", body) == [speaker], body


def test_a_name_with_one_apposition_before_the_verb_speaks(pipeline: Pipeline) -> None:
    # The parse hangs the name on the fronted phrase; the verb after ", <apposition>," is its.
    body = (
        "Face aux nombreuses photos des longues files d'attente en Virginie qui circulaient sur "
        "Twitter, Dave Wasserman, analyste du site indépendant Cook Political Report, a prévenu "
        ": « Le vote est très élevé. »"
    )
    assert _speakers(pipeline, "fr", body) == ["Dave Wasserman"]


def test_a_pour_qui_clause_gives_the_view_of_the_noun_before_it(pipeline: Pipeline) -> None:
    for body, speaker in [
        (
            "Une position partagée par Marie Dupont, pour qui « il faut agir maintenant ».",
            "Marie Dupont",
        ),
        (
            "Le maire de Lyon, Grégory Doucet, pour qui la situation est « très préoccupante », "
            "a réuni son conseil.",
            "Grégory Doucet",
        ),
    ]:
        assert _speakers(pipeline, "fr", body)[:1] == [speaker], body


def test_the_verb_before_the_colon_introduces_the_quotation(pipeline: Pipeline) -> None:
    # The parse hangs the second quotation on "avait affirmé"; "qui avait précisé :" introduces
    # it.
    assert _speakers(
        pipeline,
        "fr",
        "Marc Lenoir a présenté son projet. « Nous le financerons », avait affirmé le ministre, "
        "qui avait précisé : « les impôts ne seront pas augmentés pour autant ».",
    ) == ["Marc Lenoir", "Marc Lenoir"]


def test_a_relative_clause_on_an_apposition_describes_the_name(pipeline: Pipeline) -> None:
    assert (
        _speakers(
            pipeline,
            "fr",
            "Les randonneurs sont sains et saufs, a précisé le capitaine Paul Girard, du bureau "
            "du shérif de Fresno, qui a qualifié l'incendie de « catastrophe sans précédent ».",
        )[-1]
        == "Paul Girard"
    )


def test_a_courtesy_title_keeps_the_pronoun_on_its_man(pipeline: Pipeline) -> None:
    # "Mr Balls" taken for an organisation named no one: the title says he is Ed Balls.
    assert _speakers(
        pipeline,
        "en",
        "Ed Balls, a former adviser, spoke on Monday. Mr Balls, who left the Treasury last "
        "year, had suggested that Mr Brown would meet his rules. “This is a big change,” he "
        "told a lunch.",
    ) == ["Ed Balls", "Ed Balls"]


def test_a_party_leader_is_no_party(pipeline: Pipeline) -> None:
    # "Lib Dem" is the party, so "the Lib Dem leader" and "he" stay with the man quoted.
    assert (
        _speakers(
            pipeline,
            "en",
            "Gordon Brown has failed the poor, Charles Kennedy has said. Pensioners still paid "
            "too much, the Lib Dem leader said. The rebate did nothing to fix the “unfair tax”, "
            "he added.",
        )[-1]
        == "Charles Kennedy"
    )


def test_a_fronted_participle_takes_the_pronoun_after_its_comma(pipeline: Pipeline) -> None:
    # "Arguing that …, he said, “…”": the parse gives the participle no subject of its own.
    assert _speakers(
        pipeline,
        "en",
        'The minister Paul Grant defended the plan. Arguing that there was "no alternative at '
        'all" for the government, he said, "We had to move fast."',
    ) == ["Paul Grant", "Paul Grant", "Paul Grant"]


def test_a_subject_before_the_cue_ends_the_search_after_it(pipeline: Pipeline) -> None:
    # '"…", he said the duty would be frozen': "the duty" after the verb is no inverted subject.
    assert (
        _speakers(
            pipeline,
            "en",
            "Ann Lowe told MPs that the levy would rise each year. But this year, because of "
            '"chaos in the energy market", she said the levy would be frozen.',
        )[1]
        == "Ann Lowe"
    )


def test_a_name_after_a_preposition_and_its_article_takes_no_pronoun(pipeline: Pipeline) -> None:
    # "Return of the Raven would be…": "Raven" before a verb is no subject the pronoun can take.
    assert (
        _speakers(
            pipeline,
            "en",
            "The last Harry Potter film may scare young children, director Paul Grant has said.\n\n"
            "He told US TV show 60 Minutes that Return of the Raven would be the darkest of the "
            "series. “I don't think I would take a five-year-old to this,” he told the CBS "
            "programme.",
        )[-1]
        == "Paul Grant"
    )


def test_letters_after_a_name_in_apposition_stay_with_it(pipeline: Pipeline) -> None:
    # "…, Alan Reid MP, said": the post-nominal letters do not cut the apposition off.
    assert _speakers(
        pipeline,
        "en",
        'The Labour health spokesman, Alan Reid MP, said: "The plan is a disgrace."',
    ) == ["Alan Reid"]


def test_a_definite_phrase_repeating_a_persons_title_is_that_person(pipeline: Pipeline) -> None:
    # "the Lib Dem health spokesman" repeats the title written before Paul Reid's name, so it
    # is not an anonymous spokesman of the party.
    assert _speakers(
        pipeline,
        "en",
        "Lib Dem health spokesman Paul Reid attacked the plan on Monday. Ministers disagreed. "
        '"It is a mess," the Lib Dem health spokesman said.',
    ) == ["Paul Reid"]
    # The title may follow the name in apposition.
    assert _speakers(
        pipeline,
        "en",
        "Paul Reid, the Lib Dem health spokesman, attacked the plan on Monday. Ministers "
        'disagreed. "It is a mess," the Lib Dem health spokesman said.',
    ) == ["Paul Reid"]


def test_a_person_first_named_in_the_paragraph_takes_the_pronoun(pipeline: Pipeline) -> None:
    # No man is the subject of a clause nearby; the one the paragraph brings in for the first
    # time, right before the quote, speaks, not the man the article named most so far.
    assert _speakers(
        pipeline,
        "en",
        "Ruth Kelly met teachers in Leeds on Monday, a week after visiting Gordon Brown. She "
        "praised Gordon Brown and thanked Gordon Brown for the money.\n\nThe plan did not "
        "convince Liberal Democrat education spokesman Phil Willis. "
        '"It answers none of the questions that matter," he said.',
    ) == ["Phil Willis"]
    assert _speakers(
        pipeline,
        "fr",
        "Anne Hidalgo a reçu lundi les maires de banlieue, après avoir rencontré Jean Castex. "
        "Elle a remercié Jean Castex pour son soutien.\n\nLe projet n'a pas convaincu le député "
        "socialiste Boris Vallaud. « Il ne répond à aucune des questions qui comptent », "
        "a-t-il déclaré.",
    ) == ["Boris Vallaud"]


def test_an_incise_closing_the_sentence_gives_its_quoted_words_to_its_subject(
    pipeline: Pipeline,
) -> None:
    # ", a précisé X." at the end of a sentence makes the whole sentence X's words, and the
    # quoted ones in it, however the parse hung the verb.
    assert _speakers(
        pipeline,
        "fr",
        "Il s'agissait d'une « démarche personnelle » engagée par le militant, a précisé "
        "Emmanuel Macron.",
    ) == ["Emmanuel Macron"]
    # A cue nearer the quotation speaks for it, not the one that closes the sentence.
    assert _said(
        pipeline,
        "fr",
        "« Il n'a renoncé à rien », auraient confié des proches de l'ancien président, "
        "dont l'entourage reste discret, écrit Le Parisien.",
    ) == [(None, "des proches de l'ancien président")]


def test_the_presidency_is_an_institution_not_the_person_named_in_the_clause(
    pipeline: Pipeline,
) -> None:
    assert _said(
        pipeline,
        "fr",
        "Il s'agissait d'un « échange cordial » voulu par Olivier Véran, a indiqué la présidence.",
    ) == [(None, "la présidence")]


def test_an_inverted_subject_may_hang_on_any_verb_of_the_cue(pipeline: Pipeline) -> None:
    # "a fait savoir": the parse may hang the subject on "savoir" rather than on "fait".
    assert [
        text
        for _speaker, text in _said(
            pipeline,
            "fr",
            "Le masque sera obligatoire dans 69 communes où les indicateurs « confirment la "
            "circulation active du virus », a fait savoir samedi la préfecture.",
        )
    ] == ["la préfecture"]


def test_a_quote_standing_alone_continues_the_outer_cue_before_it(pipeline: Pipeline) -> None:
    # "to maintain" lies inside what Wang Lei said; he goes on speaking, not "China".
    assert _speakers(
        pipeline,
        "en",
        "Wang Lei said China needed foreign firms to maintain their investment, even in a "
        'downturn. "This is the best guarantee of growth we have."',
    ) == ["Wang Lei", "Wang Lei"]


def test_an_unnamed_speaker_goes_on_in_a_quote_standing_alone(pipeline: Pipeline) -> None:
    for language, body, speaker_text in [
        (
            "en",
            "The minister said Germany wanted the banks to keep lending. "
            '"This is a guarantee that the economy will recover."',
            "The minister",
        ),
        (
            "fr",
            "Un habitant du quartier a raconté que les secours étaient arrivés très vite. "
            "« Ils ont sauvé toute la famille. »",
            "Un habitant du quartier",
        ),
    ]:
        extraction = pipeline.extract(
            ArticleText(body=body, language=language, published=dt.date(2019, 6, 5))
        )
        direct = [s for s in extraction.statements if s.kind == "direct"]
        assert [(s.speaker, s.speaker_text) for s in direct] == [(None, speaker_text)], language


def test_a_noun_tagged_as_a_verb_is_no_cue(pipeline: Pipeline) -> None:
    # "promises" with a modifier before it is the object of "criticised", not a speech verb.
    assert _speakers(
        pipeline, "en", 'Labour criticised "extravagant" Tory promises on policing.'
    ) == ["Labour Party"]


def test_they_is_the_organisation_with_a_plural_name_named_just_before(
    pipeline: Pipeline,
) -> None:
    body = (
        "The bill is expected to be opposed by the Liberal Democrats.\n\nThey have said the "
        'scheme is "deeply flawed" and a waste of money.'
    )
    assert set(_speakers(pipeline, "en", body)) == {"Liberal Democrats"}
    body = (
        "Le projet de loi sera combattu par Les Républicains. Ils ont dénoncé une réforme "
        "« injuste et mal préparée »."
    )
    assert set(_speakers(pipeline, "fr", body)) == {"Les Républicains"}
    # People named after the party may be "they" as well: nobody is chosen.
    body = (
        "The bill is expected to be opposed by the Liberal Democrats and by many residents. "
        'They have said the scheme is "deeply flawed" and a waste of money.'
    )
    assert set(_speakers(pipeline, "en", body)) == {None}


def test_a_fragment_in_the_main_clause_of_a_person_is_their_words(pipeline: Pipeline) -> None:
    assert _speakers(
        pipeline,
        "en",
        'Responding to the budget, Angela Merkel also attacked the government\'s "reckless" '
        "spending plans.",
    ) == ["Angela Merkel"]
    # A title, and the writer's words after an indefinite article, quote nobody.
    assert _speakers(pipeline, "fr", "Jean Dupont anime « Quotidien » depuis 2017.") == []
    assert _speakers(pipeline, "en", 'Gordon Brown promised a "new era" for schools.') == []


def test_a_french_fragment_a_cue_names_after_an_indefinite_article_is_a_quote(
    pipeline: Pipeline,
) -> None:
    # "évoque un « drame »": the noun the cue names is the speaker's own word ...
    assert _direct_speakers(
        pipeline, "fr", 'Le député Pierre Cordier dénonçait une "honte" après le vote.'
    ) == ["Pierre Cordier"]
    assert _direct_speakers(
        pipeline, "fr", 'Le maire Jean Vasseur évoque un "drame familial" à Morlaix.'
    ) == ["Jean Vasseur"]
    # ... but not a noun's complement: the movement's name quotes nobody.
    assert (
        _direct_speakers(
            pipeline,
            "fr",
            'Jean Vasseur a évoqué la colère des "gilets jaunes" devant le conseil municipal.',
        )
        == []
    )


def test_an_inverted_incise_right_after_the_quote_beats_a_verb_governing_it(
    pipeline: Pipeline,
) -> None:
    assert [
        text
        for _speaker, text in _said(
            pipeline,
            "fr",
            "Cette étude répondra aux « standards scientifiques les plus élevés », assure le CHU.",
        )
    ] == ["le CHU"]
    # A present participle after the quotation is no incise: its object does not speak.
    assert _speakers(
        pipeline,
        "fr",
        "Jean Dupont a été condamné. Il y dépeignait des immigrés « colonisateurs », décrivant "
        "le voile comme un uniforme.",
    ) == ["Jean Dupont"]


def test_the_outlet_an_organisation_spoke_to_is_not_the_organisation(pipeline: Pipeline) -> None:
    statements = pipeline.extract(
        ArticleText(
            body="Contacté par France 3, le conseil départemental a expliqué qu'il s'agissait "
            "« d'enneiger les pistes et de garantir quinze jours d'activité pour les écoles ».",
            language="fr",
            published=dt.date(2020, 2, 15),
        )
    ).statements
    assert [(s.speaker, s.speaker_text) for s in statements if s.kind == "direct"] == [
        (None, "le conseil départemental")
    ]


def test_a_reported_clause_ends_before_another_speakers_clause_and_keeps_its_quote(
    pipeline: Pipeline,
) -> None:
    def indirect(language: str, body: str) -> list[str]:
        extraction = pipeline.extract(
            ArticleText(body=body, language=language, published=dt.date(2019, 6, 5))
        )
        return [s.text for s in extraction.statements if s.kind == "indirect"]

    # "while Labour criticised …" is Labour's, not part of what the Lib Dems said.
    assert indirect(
        "en",
        "The Lib Dems said the plan could let extreme groups run policing, while Labour "
        'criticised "extravagant" Tory promises on policing.',
    ) == ["the plan could let extreme groups run policing"]
    # A quotation the clause opens is reported whole, whatever the parse made of its end.
    assert indirect(
        "fr",
        "Le projet de loi sera combattu par Les Républicains. Ils ont dénoncé une réforme "
        "« injuste et mal préparée ».",
    ) == ["une réforme « injuste et mal préparée »"]


def test_questioning_whether_reports_speech_and_its_speaker_goes_on(pipeline: Pipeline) -> None:
    body = (
        "Lib Dem spokesman Vince Cable said the public did not know who to believe. Mr Brown "
        "earmarked £1bn to help keep down council tax rises next year. But the Lib Dem "
        "spokesman questioned whether that money was being found from cuts to education. He "
        'urged the government to scrap the "grossly unfair" tax completely.'
    )
    extraction = pipeline.extract(
        ArticleText(body=body, language="en", published=dt.date(2004, 12, 2))
    )
    questioned = [s for s in extraction.statements if s.cue == "questioned"]
    # "that" is the clause's determiner here, not a conjunction to strip.
    assert [s.text for s in questioned] == ["that money was being found from cuts to education"]
    direct = [s for s in extraction.statements if s.kind == "direct"]
    assert [s.speaker.name for s in direct if s.speaker] == ["Vince Cable"]


def test_words_quoted_in_a_clause_coordinated_with_the_main_one_are_its_subjects(
    pipeline: Pipeline,
) -> None:
    # No cue: the quoted words lie in the second of two coordinated main clauses, whose
    # subject is the person.
    assert _speakers(
        pipeline,
        "en",
        "Angela Merkel flew to London on Thursday and paid tribute to the British capital, "
        'which "was the cradle of free Europe".',
    ) == ["Angela Merkel"]
    assert _speakers(
        pipeline,
        "fr",
        "Emmanuel Macron a traversé la Manche jeudi et a rendu hommage à la capitale "
        'britannique, qui "fut le berceau de la France libre".',
    ) == ["Emmanuel Macron"]


def test_an_incise_inside_a_quotation_may_name_a_subject_the_model_missed(
    pipeline: Pipeline,
) -> None:
    statements = pipeline.extract(
        ArticleText(
            body="« Nous avons fait le maximum, assure la direction de l'hôpital. Les malades ont "
            "tous été soignés. »",
            language="fr",
            published=dt.date(2020, 4, 2),
        )
    ).statements
    assert [(s.text, s.speaker_text) for s in statements] == [
        ("Nous avons fait le maximum", "la direction de l'hôpital"),
        ("Les malades ont tous été soignés.", "la direction de l'hôpital"),
    ]


def test_given_names_tell_a_gender_only_when_one_gender_bears_them() -> None:
    assert name_gender("Winston Churchill") == "m"
    assert name_gender("Priyanka Chopra") == "f"
    assert name_gender("Camille Lacourt") is None  # a man's and a woman's name in French
    assert name_gender("Jean Castex") == "m"  # the curated list settles it for French text


def test_an_incise_verb_is_a_cue_whatever_the_tagger_made_of_it(pipeline: Pipeline) -> None:
    # The tagger takes "remarque" after the quotation for a pronoun.
    assert _speakers(
        pipeline, "fr", '"Tandis que vous, vous terminez avec les poulets", remarque Cyril Viguier.'
    ) == ["Cyril Viguier"]


def test_a_participle_after_an_inverted_subject_shares_it(pipeline: Pipeline) -> None:
    assert (
        _speakers(
            pipeline,
            "fr",
            '"Nous n\'accepterons jamais une Europe à plusieurs vitesses", avait prévenu Beata '
            "Szydlo, estimant que cela \"compromettrait l'intégrité\" de l'Union.",
        )
        == ["Beata Szydło"] * 3
    )
    # The tagger may leave the auxiliary and the subject unparsed ("a" tagged X).
    assert _speakers(
        pipeline,
        "fr",
        '"Des groupes causent de la violence dans le centre", a tweeté le maire de Londres '
        'Sadiq Khan, appelant à se "tenir à l\'écart" des manifestations.',
    ) == ["Sadiq Khan", "Sadiq Khan"]


def test_a_name_right_before_a_relative_pronoun_is_what_it_stands_for(pipeline: Pipeline) -> None:
    assert _speakers(
        pipeline,
        "fr",
        "Ces propos ont suscité les critiques de députés d'opposition comme la "
        "libérale-démocrate Christine Jardine qui l'a accusé d'avoir \"nourri les divisions et "
        'la peur" dans la population.',
    ) == ["Christine Jardine"]


def test_a_name_modifying_an_english_role_noun_is_not_the_speaker(pipeline: Pipeline) -> None:
    # "Spurs" (which the model may take for a person) only modifies "sporting director"; the
    # title written before Frank Arnesen's name says who that is.
    assert _speakers(
        pipeline,
        "en",
        "Tottenham sporting director Frank Arnesen has denied the reports. "
        '"That is absolute nonsense," said the Spurs sporting director.',
    ) == ["Frank Arnesen"]


def test_the_company_is_the_organisation_last_named_as_a_subject(pipeline: Pipeline) -> None:
    # The European Economic Community is named last, but only in a complement.
    body = (
        "Highveld Steel and Vanadium Corp Ltd said it expects lower earnings.\n\nHighveld said "
        'measures taken last year by the European Economic Community "present a challenge to '
        'management".\n\nThe company said world vanadium consumption would be similar.'
    )
    extraction = pipeline.extract(ArticleText(body=body, language="en"))
    said = [s for s in extraction.statements if s.speaker_text == "The company"]
    assert [s.speaker.name for s in said if s.speaker] == ["Highveld Steel and Vanadium Corp Ltd"]


def test_a_person_named_right_before_the_verb_speaks_for_a_longer_subject(
    pipeline: Pipeline,
) -> None:
    # The parse makes "Grenfell" the subject, with the economist's name in apposition.
    assert _speakers(
        pipeline,
        "en",
        '"This budget was incredibly bullish for the gilts market," Morgan Grenfell and Co Ltd '
        "economist Stephen Bell said.",
    ) == ["Stephen Bell"]


def test_a_given_name_alone_in_apposition_stays_with_the_speaker_words(
    pipeline: Pipeline,
) -> None:
    statements = pipeline.extract(
        ArticleText(
            body='"Nous ne sommes pas racistes", a expliqué une manifestante, Victoria, venue de '
            "Manchester.",
            language="fr",
            published=dt.date(2020, 6, 13),
        )
    ).statements
    # Known by her given name only: no entity, but the words keep it.
    assert [(s.speaker, s.speaker_text) for s in statements] == [
        (None, "une manifestante, Victoria")
    ]


def test_a_public_body_is_the_one_named_with_its_noun_never_any_company(
    pipeline: Pipeline,
) -> None:
    # Lactalis is the organisation named last, but "la préfecture" is no company.
    assert _said(
        pipeline,
        "fr",
        "La préfecture de la Mayenne a publié un arrêté lundi. Le groupe Lactalis a "
        "fermé son usine de Laval. « Le port du masque est obligatoire dans 69 communes », "
        "précise la préfecture.",
    ) == [(None, "la préfecture")]
    # "the ministry" after "the Defence Ministry" is that ministry.
    assert _speakers(
        pipeline,
        "en",
        "The Defence Ministry announced new contracts on Monday. Shares in BAE Systems rose. "
        '"The orders will secure jobs," the ministry said.',
    ) == ["Defence Ministry"]


def test_the_one_spoken_to_between_commas_is_skipped_for_the_subject(pipeline: Pipeline) -> None:
    for body, speaker_text in [
        (
            '"Chloé a prévu de répondre à ceux qui ont écrit", a assuré, à 20 Minutes, la mère '
            "de famille.",
            "la mère de famille",
        ),
        (
            "\"J'ai vu un collègue poursuivi dans la rue\", a ajouté, auprès de l'AFP, une "
            "employée de la société.",
            "une employée de la société",
        ),
    ]:
        statements = pipeline.extract(
            ArticleText(body=body, language="fr", published=dt.date(2020, 9, 25))
        ).statements
        assert [(s.speaker, s.speaker_text) for s in statements] == [(None, speaker_text)]


def test_a_document_speaks_for_the_body_named_after_it(pipeline: Pipeline) -> None:
    # Through another document ("du rapport") and an elided article ("de l'IGPN").
    assert _speakers(
        pipeline,
        "fr",
        "L'IGPN a rendu ses conclusions. « Aucune des personnes repêchées n'avait déclaré avoir "
        "été poussée », indique la synthèse du rapport de l'IGPN.",
    ) == ["IGPN"]


def test_a_bare_role_with_an_elided_article_is_the_office_holder_named_later(
    pipeline: Pipeline,
) -> None:
    body = (
        "« Nous ne céderons rien sur la sécurité des habitants », a déclaré le chef de l'Etat "
        "devant les maires de la région.\n\n"
        "En visite à Lille, Emmanuel Macron a aussi rencontré des agriculteurs."
    )
    assert _speakers(pipeline, "fr", body)[0] == "Emmanuel Macron"


def test_a_consultancy_is_the_cabinet_named_last(pipeline: Pipeline) -> None:
    body = (
        "Le cabinet Deloitte a publié jeudi son enquête annuelle sur les salaires.\n\n"
        "« Les entreprises restent très prudentes pour l'an prochain », a souligné le cabinet."
    )
    assert _speakers(pipeline, "fr", body) == ["Deloitte"]


def test_a_nationality_alone_is_the_person_who_acted_last(pipeline: Pipeline) -> None:
    body = (
        "Lindsay Davenport has criticised Wimbledon over equal prize money.\n\n"
        "Reacting to a remark by the club chairman Tim Phillips, the American said: "
        "“I think it is highly insulting.”"
    )
    assert _speakers(pipeline, "en", body) == ["Lindsay Davenport"]


def test_a_cue_whose_colon_opens_the_next_quotation_leaves_the_one_before(
    pipeline: Pipeline,
) -> None:
    body = (
        "Lindsay Davenport criticised Wimbledon on Monday.\n\n"
        "“I think it is highly insulting,” she said. “They said they had no money for flowers. "
        "That is insulting.” A club spokesperson denied the chairman made the remark, "
        "insisting: “He never did.”"
    )
    said = _said(pipeline, "en", body)
    assert said[:2] == [("Lindsay Davenport", "she"), ("Lindsay Davenport", "she")], said


def test_a_pronoun_never_stands_for_the_person_its_quotation_names(pipeline: Pipeline) -> None:
    body = (
        "Coach Anna Berg has praised her team after the final.\n\n"
        "Striker Laura Moss scored twice in the second half. "
        "“Laura played brilliantly today,” she said."
    )
    assert _speakers(pipeline, "en", body) == ["Anna Berg"]


def test_a_speaker_may_name_themself_in_their_quotation(pipeline: Pipeline) -> None:
    body = (
        "Coach Anna Berg has praised her team after the final.\n\n"
        "Striker Laura Moss scored twice in the second half. "
        "“I am Laura Moss and I will never stop scoring,” she said."
    )
    assert _speakers(pipeline, "en", body) == ["Laura Moss"]


def test_a_participle_hung_on_the_inverted_subject_shares_it(pipeline: Pipeline) -> None:
    body = (
        "« Des groupes violents sont arrivés en ville », a écrit le préfet de police de Paris "
        "Didier Lallement, appelant à « rester prudent » samedi."
    )
    assert _speakers(pipeline, "fr", body) == ["Didier Lallement", "Didier Lallement"]


def test_a_long_incise_is_closed_by_the_name_in_its_first_words(pipeline: Pipeline) -> None:
    body = (
        "« C'est une évidence et c'est lancé », a répondu dans un tweet Geoffroy Roux de "
        "Bézieux à l'ancienne présidente de l'organisation patronale Laurence Parisot."
    )
    assert _speakers(pipeline, "fr", body) == ["Geoffroy Roux de Bézieux"]


def test_the_full_stop_of_a_title_does_not_end_an_incise(pipeline: Pipeline) -> None:
    body = (
        "Geoffroy Roux de Bézieux dirige le patronat depuis 2018.\n\n"
        "« C'est une évidence », a répondu dans un tweet M. Roux de Bézieux."
    )
    assert _speakers(pipeline, "fr", body) == ["Geoffroy Roux de Bézieux"]


def test_a_participle_opening_a_quotation_with_a_colon_is_detached_without_a_comma(
    pipeline: Pipeline,
) -> None:
    body = (
        "Anne Hidalgo a réagi à la décision de Valérie Pécresse déclarant : "
        "« C'est une honte pour la ville. »"
    )
    assert _speakers(pipeline, "fr", body) == ["Anne Hidalgo"]


def test_a_cue_naming_no_one_inside_what_a_person_says_gives_way_to_that_person(
    pipeline: Pipeline,
) -> None:
    body = (
        "Culture Secretary Tessa Jowell told reporters that the plan would be ready soon. "
        "She added the government had originally pledged “a new library for every town” "
        "within five years."
    )
    said = _said(pipeline, "en", body)
    assert said[-1] == ("Tessa Jowell", "She"), said


def test_a_pronoun_inside_what_a_person_says_keeps_its_own_words(pipeline: Pipeline) -> None:
    body = (
        "Vladimir Putin met Xi Jinping in Moscow. Putin and Xi, in their statement, condemn "
        "what they call “US nuclear missile deployments” in the region."
    )
    said = _said(pipeline, "en", body)
    assert said[-1][1] == "they", said


def test_a_document_with_a_possessive_is_its_owners_words(pipeline: Pipeline) -> None:
    body = (
        "Chancellor Gordon Brown will deliver his Budget next week. Business leader Digby Jones "
        "said stability was all important. His message to the chancellor was: “Please don't "
        "give it away in any form of electioneering.”"
    )
    assert _speakers(pipeline, "en", body)[-1] == "Digby Jones"


def test_a_speaker_who_introduces_themself_is_that_person_and_goes_on_speaking(
    pipeline: Pipeline,
) -> None:
    body = (
        "Le ministre de la Santé Olivier Véran a annoncé lundi une prime pour les soignants.\n\n"
        "« Bonjour à tous, je m'appelle Karim Benali et je suis infirmier à Lyon », raconte "
        "celui qui travaille de nuit depuis dix ans. « Cette prime ne suffira pas », "
        "ajoute-t-il."
    )
    assert _speakers(pipeline, "fr", body)[-2:] == ["Karim Benali", "Karim Benali"]


def test_a_name_before_an_infinitive_is_not_the_subject_a_role_stands_for(
    pipeline: Pipeline,
) -> None:
    body = (
        "Jeudi au micro de France Inter, Laurent Wauquiez espérait voir Nicolas Sarkozy se "
        "poser en « juge de paix ». « Il faut une autorité morale dans notre famille "
        "politique », avait estimé le président de la région."
    )
    assert _speakers(pipeline, "fr", body)[-1] == "Laurent Wauquiez"


def test_a_subject_of_an_auxiliary_and_an_infinitive_is_still_a_subject(
    pipeline: Pipeline,
) -> None:
    body = (
        "Captain Jeremy Bates has singled out Andrew Murray as a replacement.\n\n"
        "Murray, on the other hand, is yet to make his debut. But Chris Bailey does see some "
        "hope for the future. He said: “The time was right for the young guys to come through.”"
    )
    assert _speakers(pipeline, "en", body)[-1] == "Chris Bailey"


def test_a_self_introduction_is_not_a_name_the_speaker_quotes_of_another(
    pipeline: Pipeline,
) -> None:
    body = (
        "Le ministre de la Santé Olivier Véran a annoncé lundi une prime pour les soignants.\n\n"
        "« Chers collègues, je me présente : Karim Benali, infirmier à Lyon depuis dix ans », "
        "explique celui qui travaille de nuit."
    )
    assert _speakers(pipeline, "fr", body)[-1] == "Karim Benali"


def test_verbs_of_command_are_speech_cues(pipeline: Pipeline) -> None:
    body = (
        "Le Premier ministre répondait à la maire de Lille Martine Aubry, qui l'avait sommé de "
        "« revoir sa copie au plus vite »."
    )
    assert _speakers(pipeline, "fr", body) == ["Martine Aubry"]


def test_a_surname_the_recogniser_missed_is_the_person_named_with_it(
    pipeline: Pipeline,
) -> None:
    body = (
        "Mick Lynch, the union leader, met the transport minister Anne Smith on Monday. "
        "Afterwards the minister was seen leaving. Lynch then implored her to “get round the "
        "table before it is too late”."
    )
    assert _said(pipeline, "en", body) == [("Mick Lynch", "Lynch")]


def test_the_inverted_subject_may_hang_on_the_infinitive_of_the_cue(pipeline: Pipeline) -> None:
    body = (
        "Pour la sénatrice Nathalie Goulet, le ministre ne restera pas. « Il ne le souhaite pas », "
        "croit savoir la maire de Paris, invitée de RTL jeudi."
    )
    assert _speakers(pipeline, "fr", body)[-1] == "Nathalie Goulet"


def test_a_document_from_an_organisation_named_by_its_noun_is_that_organisation(
    pipeline: Pipeline,
) -> None:
    body = (
        "Le cabinet Deloitte a publié jeudi son enquête annuelle. Les hausses seront « de "
        "l'ordre de 2 % pour les employés », indique un communiqué du cabinet de conseil."
    )
    assert _speakers(pipeline, "fr", body) == ["Deloitte"]


def test_a_former_office_is_the_one_who_left_it_never_its_holder_of_the_day(
    pipeline: Pipeline,
) -> None:
    body = (
        "Emmanuel Macron a reçu Nicolas Sarkozy à l'Élysée mardi. « Nous avons parlé de "
        "l'Europe », a déclaré l'ancien président à la sortie."
    )
    assert _speakers(pipeline, "fr", body) == ["Nicolas Sarkozy"]
    body = (
        "Donald Trump met Barack Obama in Washington on Tuesday. “We talked about the future,” "
        "the former president said afterwards."
    )
    assert _speakers(pipeline, "en", body) == ["Barack Obama"]


def test_a_former_title_is_no_organisation(pipeline: Pipeline) -> None:
    body = (
        "Manuel Valls a annoncé vendredi sa participation à la manifestation. « J'irai dimanche "
        "à Madrid », a annoncé l'ex-Premier ministre socialiste français sur son compte Twitter."
    )
    extraction = pipeline.extract(
        ArticleText(body=body, language="fr", published=dt.date(2019, 2, 8))
    )
    assert not [m for m in extraction.mentions if m.text.startswith("ex-")]
    assert [s.speaker_text for s in extraction.statements][-1] == (
        "l'ex-Premier ministre socialiste français"
    )


def test_a_bare_office_is_never_someone_the_knowledge_base_knows_in_another(
    pipeline: Pipeline,
) -> None:
    body = (
        "Le Premier ministre Édouard Philippe a présenté mardi le plan de déconfinement. "
        "« Nous devons rester prudents », a insisté le président de la République."
    )
    # No head of state is named: the phrase keeps its words and names no one.
    assert _said(pipeline, "fr", body)[-1] == (None, "le président de la République")


def test_a_noun_the_article_introduced_a_person_with_stands_for_them(pipeline: Pipeline) -> None:
    body = (
        "Le jeune homme a disparu samedi soir. Sa sœur, Julie Martin, a lancé un appel sur "
        "Facebook.\n\nLes gendarmes ont fouillé la forêt dimanche. « Nous gardons espoir », "
        "explique la sœur du disparu."
    )
    assert _speakers(pipeline, "fr", body)[-1] == "Julie Martin"


def test_a_participle_after_et_shares_the_subject_of_the_compound_verb_before_it(
    pipeline: Pipeline,
) -> None:
    body = (
        "Le maire Jean Dupuis avait déjà rejeté, lors du conseil municipal du 3 mars, les "
        "critiques de l'opposition et dénoncé ceux qui « veulent bloquer la ville »."
    )
    assert _speakers(pipeline, "fr", body) == ["Jean Dupuis"]


def test_words_in_a_relative_clause_belong_to_its_cue(pipeline: Pipeline) -> None:
    body = (
        "« Nous y travaillons », a répondu sur Twitter le ministre Paul Girard à la sénatrice "
        "Claire Lambert, qui avait estimé dans la matinée que « le texte devait être retiré »."
    )
    assert _speakers(pipeline, "fr", body) == ["Paul Girard", "Claire Lambert"]


def test_the_subject_after_a_date_in_an_incise_speaks(pipeline: Pipeline) -> None:
    body = (
        "Les agriculteurs ont manifesté devant la préfecture. Des « mesures d'urgence seront "
        "prises dans les prochains jours », a annoncé jeudi 7 mars la ministre de la Culture, "
        "du Patrimoine et de la Communication Sophie Durand."
    )
    assert _speakers(pipeline, "fr", body) == ["Sophie Durand"]


def test_a_name_after_a_list_of_the_offices_complements_is_the_speaker(
    pipeline: Pipeline,
) -> None:
    body = (
        "« Des mesures d'urgence seront prises dans les prochains jours », a annoncé le ministre "
        "des Sports, de la Jeunesse et de la Vie associative Marc Lefebvre."
    )
    assert _said(pipeline, "fr", body) == [
        (
            "Marc Lefebvre",
            "le ministre des Sports, de la Jeunesse et de la Vie associative Marc Lefebvre",
        )
    ]


def test_a_title_the_article_gave_a_person_stands_for_them(pipeline: Pipeline) -> None:
    one_word = (
        "« La paix est possible », a déclaré dimanche le cheikh Hassan Nasrallah à Beyrouth. "
        "« C'est un grand jour », a répondu le député Michel Aoun.\n\n"
        "« Il faut du courage », a ajouté le cheikh."
    )
    through_an_apposition = (
        "« Nous ne céderons pas », a lancé le guide spirituel du mouvement, le cheikh Ahmed "
        "Yassine, devant la mosquée. « Il n'y aura pas de négociation », a répondu le colonel "
        "Paul Roche.\n\n« Rien n'est joué », a ajouté le guide spirituel."
    )
    assert _speakers(pipeline, "fr", one_word)[-1] == "Hassan Nasrallah"
    assert _speakers(pipeline, "fr", through_an_apposition)[-1] == "Ahmed Yassine"


def test_an_office_written_before_anyone_is_named_is_the_one_named_next_with_it(
    pipeline: Pipeline,
) -> None:
    body = (
        "« Les clubs amateurs ont besoin d'aide », a regretté la ministre des Sports.\n\n"
        "« Des mesures d'urgence seront prises dans les prochains jours », a annoncé la ministre "
        "des Sports, de la Jeunesse et de la Vie associative Sophie Durand."
    )
    assert _speakers(pipeline, "fr", body) == ["Sophie Durand"] * 2


def test_a_name_before_an_unclosed_apposition_is_the_subject(pipeline: Pipeline) -> None:
    body = (
        "The council met on Tuesday. John Evans, Plaid Cymru education spokesman said: "
        "“These schools are simply too small.”"
    )
    assert _said(pipeline, "en", body) == [("John Evans", "John Evans")]


def test_confiding_and_chuckling_report_speech(pipeline: Pipeline) -> None:
    body = (
        "“We were lucky today,” observed Tom Briggs. “I just couldn't find my rhythm,” a "
        "disappointed Sam Ward confided to reporters."
    )
    assert _speakers(pipeline, "en", body) == ["Tom Briggs", "Sam Ward"]


def test_a_name_in_quotation_marks_after_an_article_quotes_nobody(pipeline: Pipeline) -> None:
    french = (
        "« Nous devons protéger nos forêts », a poursuivi Jean Durand, dans son discours "
        "marquant la « Journée de la Terre » à Lyon."
    )
    english = (
        "“We must protect our forests,” Jean Durand said in a speech marking the “Earth Day” "
        "celebrations."
    )
    for language, body in (("fr", french), ("en", english)):
        extraction = pipeline.extract(
            ArticleText(body=body, language=language, published=dt.date(2019, 4, 22))
        )
        quoted = [s.text.strip(" ,") for s in extraction.statements]
        assert quoted == [
            "Nous devons protéger nos forêts" if language == "fr" else "We must protect our forests"
        ], quoted


def test_a_given_name_after_the_one_spoken_to_is_the_speaker(pipeline: Pipeline) -> None:
    body = (
        "« Franchement, il n'y a pas de souci, on respecte les distances », a déclaré à l'AFP "
        "Sébastien, un salarié, à la sortie de l'usine."
    )
    assert _said(pipeline, "fr", body) == [("Sébastien", "Sébastien")]


def test_she_may_be_a_unisex_given_name_named_in_her_paragraph(pipeline: Pipeline) -> None:
    body = (
        "Lindsay Carver and Anastasia Petrova also progressed on Tuesday. Petrova won easily.\n\n"
        "Before her next match, Carver believes there is room for improvement. “I started well "
        "but played some poor games in the middle,” she said."
    )
    assert _direct_speakers(pipeline, "en", body) == ["Lindsay Carver"]


def test_a_quotation_ending_its_sentence_leaves_the_next_sentence_to_itself(
    pipeline: Pipeline,
) -> None:
    body = (
        "Opinion was divided over Rodney Hale, a 59-year-old former solicitor. Mr Barker thought "
        "the smooth-talking candidate deserved a chance to progress. “He could join the rest of "
        "the crooks in Parliament.” But Ms Kelly said she “would not trust him an inch”."
    )
    assert _direct_speakers(pipeline, "en", body) == ["Barker", "Kelly"]


def test_an_organisation_noun_is_the_organisation_it_names(pipeline: Pipeline) -> None:
    hung_on_the_noun = (
        "L'association Greenpeace, qui milite contre le nucléaire depuis des années, dénonce "
        "dans un communiqué « une décision irresponsable »."
    )
    named_after_the_noun = (
        "Le syndicat Force ouvrière, qui réclame le maintien des taux actuels, dénonce dans "
        "Le Parisien « une mesure non financée et une perte de droits »."
    )
    assert _speakers(pipeline, "fr", hung_on_the_noun) == ["Greenpeace"]
    assert _speakers(pipeline, "fr", named_after_the_noun) == ["Force ouvrière"]


def test_an_apposition_taken_for_the_subject_is_the_name_it_describes(
    pipeline: Pipeline,
) -> None:
    body = (
        "Florian Philippot, vice-président du Front national, a assuré mardi « ne rien regretter »."
    )
    doc, _language, mentions = pipeline.analyse(ArticleText(body=body, language="fr"))
    finder = SpeakerFinder(doc, mentions, find_quotations(body), "fr", None)
    head = next(token for token in doc if token.text == "vice-président")
    assert finder.resolve(head, before=head.idx).entity.name == "Florian Philippot"


def test_the_subject_of_was_asked_is_the_one_spoken_to(pipeline: Pipeline) -> None:
    body = (
        "The panel grilled the candidates on Tuesday. Wheelchair user Kevin Donnell was asked: "
        "“Why do you want to be an MP at all?”"
    )
    assert _direct_speakers(pipeline, "en", body) == [None]


def test_a_label_after_as_a_is_the_speakers_word(pipeline: Pipeline) -> None:
    body = (
        "The bill passed its second reading on Monday. Former minister Peter Hale, one of its "
        "chief critics, condemned the debate as a “charade” and said the promises were vague."
    )
    assert _direct_speakers(pipeline, "en", body) == ["Peter Hale"]


def test_il_is_no_organisation_that_only_completes_the_subject(pipeline: Pipeline) -> None:
    body = (
        "Thierry Henry a parlé de la Coupe du monde.\n\n"
        "Les origines des Bleus, dont 14 joueurs sur 23 sont d'origine africaine, ont été "
        "commentées : une bonne chose pour l'ancien attaquant de l'équipe de France, Thierry "
        "Henry. \"C'est une hypocrisie totale de dire qu'il ne faut pas en parler\", "
        "explique-t-il dans un entretien."
    )
    assert _direct_speakers(pipeline, "fr", body) == ["Thierry Henry"]
    # An organisation that is the subject, named after its kind ("l'ONG Golos"), is "elle".
    body = (
        "L'ONG Golos, spécialisée dans l'observation des élections, a reçu plus de 2.100 "
        "signalements.\n\n"
        'Dans un communiqué, elle a dénoncé jeudi "une atteinte sans précédent à la '
        'souveraineté du peuple".'
    )
    assert _direct_speakers(pipeline, "fr", body) == ["Golos"]
    # A leader of an organisation has a voice of their own, unlike its spokesperson.
    body = (
        "Benoît Hamon a parlé mardi à Paris.\n\n"
        "Le chef de file de Génération.s a lancé un appel vendredi dans un communiqué. Il a "
        'ensuite parlé à la presse : "J\'appelle à sa démission", a-t-il dit.'
    )
    assert _direct_speakers(pipeline, "fr", body) == ["Benoît Hamon"]


def test_lilian_is_a_man_s_name(pipeline: Pipeline) -> None:
    body = (
        'Lilian Thuram spoke on Saturday. "It is total hypocrisy to say we should not talk '
        'about origins," he said.'
    )
    assert _direct_speakers(pipeline, "en", body) == ["Lilian Thuram"]


def test_a_title_describes_the_person_just_introduced_not_the_subject_before(
    pipeline: Pipeline,
) -> None:
    body = (
        "Alors que l'Élysée a décidé de mettre fin aux fonctions de son adjoint, plusieurs voix "
        "s'élèvent.\n\n"
        "Gérard Collomb paiera-t-il de son poste l'affaire ? C'est ce qu'exigent plusieurs "
        "personnalités à gauche, notamment Benoît Hamon. Le chef de file de Génération.s a "
        'lancé un appel vendredi dans un communiqué. "En dissimulant des informations, Gérard '
        "Collomb s'est montré indigne de sa fonction.\n\n"
        "J'appelle à sa démission\", a-t-il écrit."
    )
    assert set(_direct_speakers(pipeline, "fr", body)) == {"Benoît Hamon"}
    # Not someone named as the object of a preposition.
    body = (
        "World number one Lindsay Davenport has criticised Wimbledon.\n\n"
        "Reacting to a disputed comment by All England Club chairman Tim Phillips, the American "
        'said: "I think it is highly insulting if prize money is taken away."'
    )
    assert _direct_speakers(pipeline, "en", body) == ["Lindsay Davenport"]
    # Nor someone acting in a clause of their own.
    body = (
        "Michael Howard has backed stem cell research.\n\n"
        "The issue was a feature of the recent US presidential election, where George Bush "
        "opposed extending it. But the Tory leader argued there was a moral case for science. "
        '"I believe we have a duty to offer hope to the millions of people who suffer," he said.'
    )
    assert _direct_speakers(pipeline, "en", body) == ["Michael Howard"]


def test_a_name_with_its_apposition_after_but_speaks(pipeline: Pipeline) -> None:
    body = (
        "Le Rassemblement national de Marine Le Pen n'a pas été convié, mais Jean-Lin Lacapelle, "
        'délégué national du RN, a indiqué que "ceux qui veulent y aller iront".'
    )
    assert _direct_speakers(pipeline, "fr", body) == ["Jean-Lin Lacapelle"]


def test_an_incise_opening_with_a_day_and_a_complement(pipeline: Pipeline) -> None:
    body = (
        "\"Nous ne sommes pas politiques, nous n'acceptons pas de publicité politique et nous "
        "n'avons pas d'agenda\", déclarait mercredi dans une note de blog le patron de TikTok, "
        "Kevin Mayer."
    )
    assert _direct_speakers(pipeline, "fr", body) == ["Kevin Mayer"]


def test_a_participle_after_the_complement_of_an_inverted_subject(pipeline: Pipeline) -> None:
    body = (
        "Rachida Dati a présenté ses chiffres mardi.\n\n"
        '"Mme Hidalgo est aux abonnés absents", a fustigé la candidate malheureuse à l\'Hôtel '
        'de ville lors des dernières élections municipales, décrivant "des quartiers entiers '
        'de Paris sous la coupe de dealers".'
    )
    assert _direct_speakers(pipeline, "fr", body) == ["Rachida Dati", "Rachida Dati"]


def test_given_names_of_french_news_the_generic_lists_miss(pipeline: Pipeline) -> None:
    # "Nolwenn" is a woman's name: "elle" is not her son "Marin".
    body = (
        "Beaucoup d'artistes veulent devenir coach dans l'émission. C'est notamment le cas de "
        "Nolwenn Leroy.\n\n"
        "La jeune maman de Marin met fin au suspense. \"Non ! Ce n'est qu'une rumeur !\", "
        'explique la chanteuse de 34 ans. Elle dit encore "non" à la production.'
    )
    assert _direct_speakers(pipeline, "fr", body)[-1] == "Nolwenn Leroy"


def test_a_title_before_anyone_is_named_agrees_with_who_it_looks_ahead_to(
    pipeline: Pipeline,
) -> None:
    body = (
        "Quatre membres d'une même famille ont été retrouvés morts près de Morlaix. Le maire "
        'évoque un "drame familial".\n\n'
        "\"Il s'agit d'un couple d'une quarantaine d'années\", a précisé la maire de la commune "
        "Annie Mercier."
    )
    assert _direct_speakers(pipeline, "fr", body) == [None, "Annie Mercier"]


def test_the_noun_a_name_completes_gives_it_no_gender(pipeline: Pipeline) -> None:
    # "le maire de la commune Raymond Mercier": "la commune" says nothing of the mayor.
    body = (
        "Le maire de la commune Raymond Mercier était présent samedi à la cérémonie.\n\n"
        '"Nous sommes tous sous le choc", a-t-il déclaré.'
    )
    assert _direct_speakers(pipeline, "fr", body) == ["Raymond Mercier"]


def test_the_euphonic_t_split_off_a_clitic_is_no_speaker(pipeline: Pipeline) -> None:
    body = (
        "La maire d'Aix-en-Provence Maryse Joissains a laissé éclater sa colère. \"Ça va trop "
        'loin", a-t-elle commenté auprès de La Provence, parlant d\'une "catastrophe".'
    )
    assert _said(pipeline, "fr", body) == [("Maryse Joissains", "elle")] * 2


def test_an_honorific_before_the_name_apposed_to_a_title(pipeline: Pipeline) -> None:
    body = (
        'Amnesty International\'s Jan Shaw said: "That is bleakly ironic." But the chairman of '
        'Migration Watch UK, Sir Andrew Green, said the decision was a "step in the wrong '
        'direction".'
    )
    assert _direct_speakers(pipeline, "en", body) == ["Jan Shaw", "Andrew Green"]


def test_an_english_noun_of_an_agent_and_an_age_describe_who_spoke(pipeline: Pipeline) -> None:
    body = (
        'Arsenal\'s Sol Campbell has called the rivalry with their rivals "bitter and personal".'
        '\n\nPast encounters have stirred up plenty of ill-feeling between the sides. "It is '
        'just more bitter and personal this year," the defender told The Guardian newspaper. '
        "Last October, Arsenal lost 2-0 at Old Trafford, which ended a record unbeaten run.\n\n"
        '"It had a psychological impact on us," added the 30-year-old, referring to a penalty.'
    )
    assert _direct_speakers(pipeline, "en", body) == ["Sol Campbell"] * 3


def test_a_fronted_gerund_is_no_speaker_and_a_titled_name_is_a_person(pipeline: Pipeline) -> None:
    body = (
        "Welcoming the ruling, Maeve Sherlock, chief executive of the Refugee Council, said: "
        '"Human rights abuses against the Roma are well documented."'
    )
    assert _said(pipeline, "en", body) == [("Maeve Sherlock", "Maeve Sherlock")]


def test_a_fronted_participle_and_a_name_before_its_auxiliary(pipeline: Pipeline) -> None:
    body = (
        'Assurant que son message ne visait pas à "culpabiliser, à sanctionner ou à punir", '
        "Olivier Véran a toutefois insisté sur la situation sanitaire."
    )
    assert _direct_speakers(pipeline, "fr", body) == ["Olivier Véran"]
    body = (
        "Edouard Philippe avait, lui, prévenu mercredi que le gouvernement serait "
        '"intransigeant" sur la "préservation" des sites de Renault en France.'
    )
    assert _direct_speakers(pipeline, "fr", body) == ["Édouard Philippe"] * 2


def test_a_title_after_the_comma_and_an_organisation_named_before_its_noun(
    pipeline: Pipeline,
) -> None:
    body = (
        "Vince Cable, the party's Treasury spokesman, said raising the threshold would help "
        'buyers. He said first-time buyers were being "squeezed out" of the market. The Labour '
        'party said the plan was "uncosted".'
    )
    assert _direct_speakers(pipeline, "en", body) == ["Vince Cable", "Labour Party"]


def test_a_dative_clitic_before_the_verb_is_the_one_spoken_to(pipeline: Pipeline) -> None:
    body = (
        "Mauricette Fléjou a interpellé le Premier ministre sur le sujet.\n\n"
        '"Ils vivent très décemment, j\'en conviens", lui a répondu le chef du gouvernement.'
    )
    assert [text for _name, text in _said(pipeline, "fr", body)] == ["le chef du gouvernement"]


def test_avant_d_ajouter_goes_on_with_the_one_the_text_is_about(pipeline: Pipeline) -> None:
    body = (
        "Salah Abdeslam aurait tenté de justifier les attentats. Il s'en est également pris à "
        'Emmanuel Macron "dont la soif de puissance appelle à faire couler le sang". Avant '
        'd\'ajouter : "La sécurité ne régnera pas sur notre territoire tant que cela continuera".'
    )
    assert _direct_speakers(pipeline, "fr", body)[-1] == "Salah Abdeslam"
