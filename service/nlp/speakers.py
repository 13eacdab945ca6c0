"""The speaker behind a cue: its words as written and the entity they stand for."""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import functools
import re
from collections.abc import Iterator, Sequence

from spacy.tokens import Doc, Span, Token

from service.nlp.given_names import given_name_genders as given_names
from service.nlp.kb import get_kb
from service.nlp.linking import resolve_bare_role, resolve_role
from service.nlp.ner import bare_roles, find_roles
from service.nlp.normalise import (
    demonyms,
    is_title,
    normalise_alias,
    read_lines,
    read_table,
    role_nouns,
)
from service.nlp.quote_marks import Quotation
from service.nlp.types import EntityRef, Mention

# Dependents that describe the speaker but are not its name ("Kuleba, qui s'est entretenu…").
_CLAUSES = frozenset({"relcl", "acl:relcl", "acl", "advcl", "parataxis"})
_CUT = _CLAUSES | {"punct", "cc", "conj", "advmod", "case"}
_RELATIVE = frozenset({"who", "which", "that", "qui", "lequel", "laquelle"})
_CONTEXT_CHARS = 60
_APPOSITION_CHARS = 150  # how far after a speaker phrase a name may still be its apposition
_PRONOUN_LOOKBACK = 6  # person mentions looked at for a subject before settling for the last
SUBJECTS = frozenset({"nsubj", "nsubjpass", "nsubj:pass"})
_NAME_PARTS = frozenset({"flat:name", "flat", "compound", "appos"})
_POSTNOMINAL = re.compile(r"(?:\s+(?:[A-Z]{2,4}|Jr\.?|Sr\.?)(?=[,.)]|$))?")
_DETERMINER_START = re.compile(r"^\w+(?:['’]|\s+)")
_CLITIC = re.compile(r"^-(?:t-)?(?=\w)")
_TITLE_CHARS = 45  # how far before a name its title ("his Chinese counterpart") may start
_ORGANISATION_REACH = 1500  # how far back "the company" looks for the company
_ROLE_PHRASE_WORDS = 6  # "le ministre de l'Intérieur", "the foreign minister"
# "son épouse": French possessives that stand before a vowel whatever the noun's gender.
_POSSESSIVES_BEFORE_VOWEL = frozenset({"son", "mon", "ton"})
# Words after which a name completes a noun rather than naming the speaker.
_FROM = frozenset({"from", "of", "by", "de", "du", "des", "d'", "d’"})  # a document's author
_COMPLEMENT_MARKERS = (" de", " d'", " d’", " du", " des", " of", " for", " à", " au", " aux")
# ", Caroline Nisand," after a role noun: two or three capitalised words between commas.
_UNRECOGNISED_NAME = re.compile(
    r",\s+([A-ZÀ-Ý][\w'’-]+(?:\s+(?:de\s+|d['’]|van\s+|von\s+)?[A-ZÀ-Ý][\w'’-]+){1,2})\s*[,.)]"
)
# Endings of French nouns of agents ("attaquant", "chanteuse", "comédien", "pianiste").
AGENT_ENDINGS = (
    *("eur", "euse", "rice", "ant", "ante", "iste", "ien", "ienne", "ier", "ière"),
    *("génaire", "tenaire"),  # "le quinquagénaire", "la trentenaire"
)
# English nouns of agents: "the defender", "the striker", "the novelist", "the Olympian".
ENGLISH_AGENT_ENDINGS = ("er", "or", "ist", "ian")
# Public bodies whose names hold the noun ("la préfecture de la Mayenne", "the Ministry of
# Defence"): "la préfecture" is never whatever organisation the article named last.
_BODIES_NAMED_BY_THEIR_NOUN = frozenset(
    {"ministry", "ministère", "mairie", "municipalité", "préfecture", "parquet", "tribunal"}
    | {"cour", "court", "conseil", "council"}
)
# ", Victoria," after a speaker noun: a given name alone.
_GIVEN_NAME_ALONE = re.compile(r",\s+([A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)\s*[,.)]")
# "the 45-year-old said": the age of someone named before.
# Possessives of one person, with the owner's gender where the language marks it.
_POSSESSIVE_GENDERS = {"his": "m", "her": "f", "son": "-", "sa": "-", "ses": "-"}
# Prepositions of a place, a time or a medium: never part of who speaks.
_CIRCUMSTANCE_PREPOSITIONS = frozenset(
    {"sur", "dans", "lors", "pendant", "devant", "après", "avant", "durant", "on", "during"}
)
_LISTED_COMPLEMENTS = re.compile(r",\s+(?:de|du|des|d['’])\b[^,]*?\s+(?:et|and)\s+[^,]*\s")
_FORMER = frozenset({"ex", "ancien", "ancienne", "anciens", "former"})  # folded words
_AGE_CHARS = 20
_CHANNEL_GAP = re.compile(r"\s*(?:(?:l['’]|la\s|le\s|les\s|the\s)\s*)?")
_AGE = re.compile(r"\bthe\s+\d+-year-old$", re.IGNORECASE)
_WORD = re.compile(r"\w+['’](?=\w)|[\w-]+")


@functools.cache
def _pronouns(language: str) -> dict[str, str]:
    rows = read_table("quotes_pronouns.txt")
    return {words: kind for lang, words, kind, _gender in rows if lang == language}


@functools.cache
def _genders(language: str) -> dict[str, str]:
    rows = read_table("quotes_pronouns.txt")
    return {words: gender for lang, words, _kind, gender in rows if lang == language}


def is_personal_pronoun(token: Token) -> bool:
    """Whether a token is a pronoun that stands for one person ("he", "elle")."""
    kinds = _pronouns("fr" if token.lang_ == "fr" else "en")
    return kinds.get(token.lower_.lstrip("-")) == "person"


def is_pronoun_phrase(text: str, kind: str | None = "person") -> bool:
    """Whether a speaker phrase is a pronoun of a kind ("he", "elle" stand for one person;
    kind None: any pronoun, "they" and "ils" too)."""
    word = text.lower().strip()
    return any(
        (found := _pronouns(language).get(word)) is not None and kind in (None, found)
        for language in ("en", "fr")
    )


def is_role_phrase(text: str) -> bool:
    """Whether a short phrase is a definite role noun: "le Premier ministre", "the minister"."""
    words = [w.lower() for w in _WORD.findall(text)]
    return (
        0 < len(words) <= _ROLE_PHRASE_WORDS
        and words[0] in determiners("definite")
        and any(w in role_nouns() for w in words)
    )


@functools.cache
def determiners(kind: str) -> frozenset[str]:
    """Determiners of one kind ("definite" or "indefinite") from the vocabulary file."""
    return frozenset(
        word for row_kind, word in read_table("quotes_determiners.tsv") if row_kind == kind
    )


@functools.cache
def _folded_bare_roles(language: str) -> dict[str, str]:
    """Bare role nouns by their folded words: "chef de l'Etat" is "chef de l'État"."""
    return {normalise_alias(words): role for words, role in bare_roles(language).items()}


def _other(gender: str) -> str:
    return "m" if gender == "f" else "f"


def is_person_noun(token: Token) -> bool:
    """A common noun that stands for a person: a role, a source, someone's companion."""
    return token.pos_ == "NOUN" and token.lower_ in _person_nouns()


def may_speak(token: Token) -> bool:
    """Whether a common noun can name whoever speaks: a person, a source, a body, an outlet."""
    word = token.lower_
    return (
        word in _person_nouns()
        or word in _organisation_nouns()
        or word in _media_vocabulary()[0]
        or word in _institutions()
    )


def _voice_of(token: Token) -> bool:
    """Whether a noun speaks for the organisation that completes it: a body, an outlet, an
    unnamed spokesperson or official ("le porte-parole du Kremlin"), not a leader with a
    voice of their own ("le chef de file de Génération.s")."""
    word = token.lower_
    return may_speak(token) and (word not in _person_nouns() or word in _anonymous())


@functools.cache
def _person_nouns() -> frozenset[str]:
    """Common nouns that stand for a person: roles, sources, companions."""
    return role_nouns() | _anonymous() | _companions()


@functools.cache
def _anonymous() -> frozenset[str]:
    return frozenset(read_lines("quotes_anonymous.txt"))


@functools.cache
def _documents() -> frozenset[str]:
    return frozenset(read_lines("quotes_documents.txt"))


@functools.cache
def _companions() -> frozenset[str]:
    return frozenset(read_lines("quotes_companions.txt"))


@functools.cache
def _organisation_nouns() -> frozenset[str]:
    return frozenset(read_lines("quotes_organisations.txt"))


@functools.cache
def _media_vocabulary() -> tuple[frozenset[str], frozenset[str]]:
    """Nouns for a news organisation, and words of news organisations' names."""
    lines = read_lines("quotes_media.txt")
    names = frozenset(line.split(None, 1)[1] for line in lines if line.startswith("@name "))
    return frozenset(line for line in lines if not line.startswith("@")), names


def _is_media(ref: EntityRef) -> bool:
    """Whether an organisation is a news organisation (known as such, or named like one)."""
    entry = get_kb().get(ref.key)
    if entry is not None and entry.category is not None:
        return entry.category == "media"
    words = set(_WORD.findall(ref.name.lower().replace("-", " ")))
    return bool(words & _media_vocabulary()[1])


@functools.cache
def _institutions() -> frozenset[str]:
    return frozenset(read_lines("quotes_institutions.txt"))


def _institution_country(words: list[str]) -> EntityRef | None:
    """The country a national institution speaks for: "la diplomatie chinoise" → China."""
    if len(words) > 4 or not any(w in _institutions() for w in words):
        return None
    codes = {demonyms()[w] for w in words if w in demonyms()}
    if len(codes) != 1:
        return None
    entry = get_kb().country(codes.pop())
    return entry.ref if entry is not None else None


def _title_of(phrase: str) -> str:
    """A speaker phrase without its determiner, elided or not, spaces folded, in lower case:
    "L'ancien  Premier ministre" → "ancien premier ministre"."""
    return " ".join(_DETERMINER_START.sub("", phrase, count=1).split()).lower()


def _ends_with_words(text: str, words: str) -> bool:
    """Whether a text, spaces folded and a final comma dropped, ends with whole words."""
    folded = " ".join(text.split()).lower().rstrip(",").rstrip()
    if not folded.endswith(words):
        return False
    return len(folded) == len(words) or not folded[-len(words) - 1].isalnum()


@functools.cache
def _gender_words() -> dict[str, str]:
    return {word: gender for word, gender in read_table("gender_words.tsv")}


def name_gender(name: str) -> str | None:
    """ "f" or "m" when the given name tells ("Marion", "Jean-Marie", endings like "-ette"),
    else None. A rough cue so that "she" skips the men named just before."""
    if " " not in name:
        return None
    given = name.split()[0].lower().split("-")[0]  # "Jean-Marie" is a man's name
    known = given_names().get(given)
    if known is not None:
        return known
    return "f" if given.endswith(tuple(read_lines("quotes_feminine.txt"))) else None


def _determiner_gender(phrase: str) -> str:
    """The gender the determiner opening a phrase gives it: "f" ("la ministre"), "m" ("le
    ministre") or "-"."""
    words = phrase.lower().split()
    first = words[0] if words else ""
    if first in determiners("feminine"):
        return "f"
    return "m" if first in determiners("masculine") else "-"


def _unknown(ref: EntityRef) -> bool:
    """Whether a person is known only from the article, not from the knowledge base."""
    return ref.key.startswith("name:")


@dataclasses.dataclass(frozen=True)
class Speaker:
    """A speaker as written (text, span) and the entity it designates, if any."""

    entity: EntityRef | None
    text: str | None
    span: tuple[int, int] | None


class SpeakerFinder:
    """Resolves speaker phrases of one article against its mentions."""

    def __init__(
        self,
        doc: Doc,
        mentions: Sequence[Mention],
        quotations: Sequence[Quotation],
        language: str,
        published: dt.date | None,
    ) -> None:
        self.doc = doc
        self.text = doc.text  # Doc.text joins every token on each call
        self.language = language
        self.published = published
        self.mentions = list(mentions)
        self.starts = [m.start for m in self.mentions]
        self.quote_starts = [q.start for q in quotations]
        self.quote_ends = [q.end for q in quotations]
        self.cue_heads: set[int] = set()  # token indexes of cue verbs, set by the resolver
        # People already credited with a quotation, as (offset of the cue, entity), in order.
        self.spoken: list[tuple[int, EntityRef]] = []
        # ... and organisations, for the French "elle" after "…, note la Commission".
        self.spoken_by_organisations: list[tuple[int, EntityRef]] = []
        # ... and unnamed speakers ("la magistrate", "a spokesman"), with their gender if known.
        self.spoken_unnamed: list[tuple[int, str | None]] = []
        # Where the words naming a channel end ("cité par", "interviewed by"), set by the
        # resolver: the outlet named right after them is the channel, not the source.
        self.channel_ends: list[int] = []

    @functools.cached_property
    def genders(self) -> dict[str, str]:
        """People whose gender the words before their names tell ("Mme X", "la ministre X",
        "l'actrice X"), when every such clue agrees."""
        clues: dict[str, set[str]] = {}
        for mention in self.mentions:
            if mention.entity.type == "person":
                clue = self._gender_clue(mention)
                if clue is not None:
                    clues.setdefault(mention.entity.key, set()).add(clue)
        return {key: found.pop() for key, found in clues.items() if len(found) == 1}

    def _gender_clue(self, mention: Mention) -> str | None:
        """The gender a title or a role noun right before one mention gives its person."""
        words = self.text[max(0, mention.start - _TITLE_CHARS) : mention.start].split()
        if words and words[-1].lower() in _gender_words():
            return _gender_words()[words[-1].lower()]
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            return None
        # "la ministre X"; not an apposition after the name ("Huong, un pseudonyme"), which
        # may describe the name rather than the person.
        noun = self.doc[span.start - 1] if span.start > 0 else None
        if noun is not None and noun.pos_ == "NOUN":
            if any(c.dep_ == "case" for c in noun.children):
                return None  # "le maire de la commune X": the noun completes another one
            return self.noun_gender(noun)
        return None

    def noun_gender(self, noun: Token) -> str | None:
        """A role noun's gender: its determiner's ("la ministre"), else its own ("l'actrice")."""
        if noun.text[:1].isupper() or self.in_quote(noun.idx):
            return None
        if noun.lower_ in _gender_words():
            return _gender_words()[noun.lower_]
        determiner = self.doc[noun.i - 1] if noun.i > 0 else None
        if determiner is None or determiner.pos_ != "DET":
            return None
        # "son épouse": a possessive before a vowel is masculine whatever the noun is.
        genders = []
        if determiner.lower_ not in _POSSESSIVES_BEFORE_VOWEL:
            genders = determiner.morph.get("Gender", [])
        if not genders:
            genders = noun.morph.get("Gender", [])
        if len(genders) != 1:
            return None
        return "f" if genders[0] == "Fem" else "m"

    def _gender(self, ref: EntityRef) -> str | None:
        """A person's gender as the article's words, else the given name, tell it."""
        return self.genders.get(ref.key) or name_gender(ref.name)

    def _feminine(self, ref: EntityRef) -> bool:
        """Whether the article or the given name says a person is a woman."""
        return self._gender(ref) == "f"

    def _may_be_woman(self, ref: EntityRef) -> bool:
        """A person the knowledge base does not know and nothing says is a man."""
        return _unknown(ref) and self._gender(ref) != "m"

    def _agrees(self, ref: EntityRef, gender: str) -> bool:
        """Whether a person may be what a pronoun of a gender ("m", "f", "-") stands for."""
        known = self._gender(ref)
        if gender == "f":
            return known == "f"
        # "il" never stands for "Ségolène Royal"; a person of unknown gender may be either.
        return gender != "m" or known != "f"

    def in_quote(self, offset: int) -> bool:
        """Whether a character offset lies inside a quotation."""
        index = bisect.bisect_right(self.quote_starts, offset) - 1
        return index >= 0 and offset < self.quote_ends[index]

    def quote_end(self, start: int) -> int | None:
        """The end of the quotation that starts at an offset."""
        index = bisect.bisect_left(self.quote_starts, start)
        if index < len(self.quote_starts) and self.quote_starts[index] == start:
            return self.quote_ends[index]
        return None

    def mentions_within(self, start: int, end: int) -> list[Mention]:
        """Mentions that lie inside [start, end), in text order."""
        return self._inside(start, end)

    def _extent(self, head: Token) -> tuple[int, int]:
        """The speaker's words: the head's phrase without relative clauses or quoted words."""
        keep = {head.i}
        stack = [c for c in head.children if c.dep_ not in _CUT and not self._circumstance(c)]
        while stack:
            token = stack.pop()
            if self.in_quote(token.idx) or token.is_space:
                continue
            keep.add(token.i)
            stack.extend(c for c in token.children if c.dep_ not in _CLAUSES)
        low = high = head.i
        while low - 1 in keep:
            low -= 1
        while high + 1 in keep:
            high += 1
        while high > low and self.doc[high].is_punct:
            high -= 1
        while low < high and (self.doc[low].is_punct or self.doc[low].dep_ == "advmod"):
            low += 1
        return self.doc[low].idx, self.doc[high].idx + len(self.doc[high].text)

    def _circumstance(self, child: Token) -> bool:
        """Whether a complement of the speaker's noun says where, when or through what it spoke
        ("l'ex-Premier ministre sur son compte Twitter", "le maire lors d'un point presse")."""
        return child.i > child.head.i and any(
            c.dep_ == "case" and c.lower_ in _CIRCUMSTANCE_PREPOSITIONS for c in child.children
        )

    def _inside(self, start: int, end: int) -> list[Mention]:
        first = bisect.bisect_left(self.starts, start)
        found = []
        for mention in self.mentions[first:]:
            if mention.start >= end:
                break
            if mention.end <= end:
                found.append(mention)
        return found

    def _covering(self, offset: int) -> Mention | None:
        index = bisect.bisect_right(self.starts, offset) - 1
        if index >= 0 and offset < self.mentions[index].end:
            return self.mentions[index]
        return None

    def _earlier_people(self, before: int) -> list[Mention]:
        """Person mentions outside quotations before an offset, most recent first."""
        index = bisect.bisect_left(self.starts, before)
        return [
            m
            for m in reversed(self.mentions[:index])
            if m.entity.type == "person" and not self.in_quote(m.start)
        ]

    def _organisations_before(self, before: int) -> Iterator[Mention]:
        """Organisations named outside quotations before an offset, nearby, most recent first."""
        index = bisect.bisect_left(self.starts, before)
        for mention in reversed(self.mentions[:index]):
            if before - mention.start > _ORGANISATION_REACH:
                return
            if mention.entity.type == "organization" and not self.in_quote(mention.start):
                yield mention

    def _last_organisation(self, before: int, *, media: bool = False) -> EntityRef | None:
        """The organisation named last outside quotations before an offset, nearby: a news
        organisation for "le quotidien", any other for "the company" (papers are sources)."""
        found = [
            m
            for m in self._organisations_before(before)
            # Not "Contacté par France 3, le conseil départemental a expliqué".
            if not self._channel(m) and _is_media(m.entity) == media
        ]
        # "Highveld said measures taken by the European Economic Community … The company
        # said": the organisation last named as a subject, in this paragraph or the one
        # before, comes before one named only in a complement.
        paragraph = self._paragraph_before(before)
        subjects = [m for m in found if m.start >= paragraph and self._salient(m)]
        chosen = subjects or found
        return chosen[0].entity if chosen else None

    def _named_with(self, noun: str, before: int) -> EntityRef | None:
        """The organisation named last, nearby and outside quotations, whose name holds a noun
        ("Préfecture de la Mayenne" for "la préfecture")."""
        for mention in self._organisations_before(before):
            words = _WORD.findall(f"{mention.entity.name} {mention.text}".lower())
            if noun in words:
                return mention.entity
        return None

    def _channel(self, mention: Mention) -> bool:
        """Whether a name comes right after the words of a channel ("interrogé par l'AFP")."""
        return any(
            _CHANNEL_GAP.fullmatch(self.text, end, mention.start) for end in self.channel_ends
        )

    def _salient(self, mention: Mention) -> bool:
        """A person named as the subject of a clause (or of a cue) is who "he" usually is."""
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            return False
        root = span.root
        while root.dep_ in _NAME_PARTS and root.head.i != root.i:
            root = root.head  # "Mme Champrenault": the title heads the name
        if root.head.i in self.cue_heads:
            return True
        # "…, which was shelved when the Soviet leader insisted": the subject of a subordinate
        # clause does not take "he" from the person quoted before.
        verb = root.head
        if "Inf" in verb.morph.get("VerbForm", []) and not any(
            c.dep_.startswith("aux") for c in verb.children
        ):
            # "X espérait voir Nicolas Sarkozy se poser en …": an infinitive has no subject of
            # its own, whatever the parse made of the name before it ("Bailey does see" has).
            return False
        while verb.dep_ in ("conj", "parataxis") and verb.head.i != verb.i:
            verb = verb.head
        if root.dep_ in SUBJECTS:
            return verb.dep_ == "ROOT"
        return self._before_its_verb(span)

    def _before_its_verb(self, name: Span) -> bool:
        """ "…, Jean-Luc Mélenchon a opté": a name right before a finite verb, and after no
        preposition, is that verb's subject even where quoted words broke the parse."""
        if name.end >= len(self.doc) or self.in_quote(name.end_char):
            return False
        following = self.doc[name.end]
        finite = "Fin" in following.morph.get("VerbForm", [])
        if following.pos_ not in ("AUX", "VERB") or not finite:
            return False
        # "Revenge of the Sith would be…": a preposition before the name's article counts too.
        index = name.start - 1
        while index >= 0 and self.doc[index].pos_ == "DET":
            index -= 1
        return index < 0 or self.doc[index].pos_ != "ADP"

    def _organisation_before(self, head: Token, before: int) -> EntityRef | None:
        """The organisation named as the main subject of the sentence before a pronoun, unless a
        person has been quoted since (a person pronoun stands for an organisation in French)."""
        if head.lang_ == "en" and _pronouns("en").get(head.lower_) != "thing":
            return None  # "he" is never an organisation in English
        # spaCy may run a sentence over a paragraph break: the break ends a sentence too.
        start = max(self.doc[head.i].sent.start, self._paragraph_start(head))
        if start == 0:
            return None
        previous = self.doc[start - 1].sent
        people = [offset for offset, _ref in self.spoken if offset < before]
        quoted = [
            (offset, ref)
            for offset, ref in self.spoken_by_organisations
            if previous.start_char <= offset < before
        ]
        if quoted and (not people or max(quoted, key=lambda pair: pair[0])[0] > max(people)):
            return max(quoted, key=lambda pair: pair[0])[1]  # "…, note la Commission. Elle …"
        for token in self.doc[previous.start : start]:
            if token.dep_ not in SUBJECTS or token.head.dep_ != "ROOT" or self.in_quote(token.idx):
                continue
            edge = token.right_edge
            named = self._inside(token.left_edge.idx, edge.idx + len(edge.text))
            if not named or named[0].entity.type != "organization":
                return None
            if not named[0].start <= token.idx < named[0].end and not _voice_of(token):
                # "Les origines des Bleus …", "Le chef de file de Génération.s …": the
                # organisation completes a noun that does not speak for it ("le porte-parole du
                # Kremlin", "l'ONG Golos" do).
                return None
            if people and max(people) > named[0].start:
                return None
            return named[0].entity
        return None

    def _plural_organisation(self, head: Token) -> EntityRef | None:
        """The one organisation with a plural name ("the Liberal Democrats", "les Verts")
        named in the sentence before a plural pronoun or in its own sentence before it, when no
        plural noun comes after it ("residents", "les habitants" may be "they" as well)."""
        sentence = self.doc[head.i].sent
        start = self.doc[sentence.start - 1].sent.start if sentence.start > 0 else sentence.start
        window = self.doc[start : head.i]
        found: dict[str, EntityRef] = {}
        last_organisation = -1
        for mention in self._inside(window.start_char, head.idx):
            if self.in_quote(mention.start):
                continue
            if mention.entity.type == "organization" and mention.text[-1:] in ("s", "x"):
                found[mention.entity.key] = mention.entity
                last_organisation = max(last_organisation, mention.end)
        people = [
            t
            for t in window
            if t.pos_ == "NOUN"
            and "Plur" in t.morph.get("Number", [])
            and t.idx > last_organisation
        ]
        if len(found) != 1 or people:
            return None
        return next(iter(found.values()))

    def _paragraph_start(self, token: Token) -> int:
        """Index of the first token of a token's paragraph."""
        index = token.i
        while index > 0 and "\n" not in self.doc[index - 1].text_with_ws:
            index -= 1
        return index

    def antecedent(self, before: int) -> EntityRef | None:
        """The person the text is about just before an offset, as a pronoun would take it."""
        return self._antecedent(before, "-")

    def _last_named(self, before: int, gender: str) -> EntityRef | None:
        """ "ce dernier", "the latter": the last person named, whatever their role in the clause."""
        people = self._earlier_people(before)
        agreeing = [m for m in people if self._agrees(m.entity, gender)]
        chosen = agreeing or [m for m in people if gender == "f" and self._may_be_woman(m.entity)]
        return chosen[0].entity if chosen else None

    def _agreeing(
        self, before: int, gender: str, paragraph: int, besides: str | None = None
    ) -> list[Mention]:
        """People named before an offset that a pronoun of a gender may stand for, but for the
        entity keyed `besides`."""
        people = [m for m in self._earlier_people(before) if m.entity.key != besides]
        current = self.text.rfind("\n", 0, before) + 1
        agreeing = [
            m
            for m in people
            if self._agrees(m.entity, gender)
            # "Davenport believes … “…,” she said": an English given name that may be a
            # woman's or a man's ("Lindsay"), named in this very paragraph, may be "she" (the
            # French list knows most given names; its unknown ones are mostly men's).
            or (
                gender == "f"
                and self.language == "en"
                and m.start >= current
                and self._gender(m.entity) is None
                and self._may_be_woman(m.entity)
            )
        ]
        if gender != "f" or any(m.start >= paragraph for m in agreeing[:_PRONOUN_LOOKBACK]):
            return agreeing
        # "Linh Hoang … elle": no woman's name known nearby, and the feminine list cannot know
        # every given name, so a recent person neither it nor the knowledge base knows may be
        # "elle" too (the knowledge base's people with such names are men: "Vladimir Putin").
        unknown = [
            m
            for m in people[:_PRONOUN_LOOKBACK]
            if m.start >= paragraph and self._may_be_woman(m.entity)
        ]
        return unknown + agreeing

    def _introduced(self, people: list[Mention], before: int) -> Mention | None:
        """The person named last in this paragraph, when that is the first time the article
        names them: "… did not impress shadow secretary Tim Collins. “…,” he said." brings in
        a new voice."""
        if not people or people[0].start < self.text.rfind("\n", 0, before) + 1:
            return None
        last = people[0]
        first = next(m for m in self.mentions if m.entity.key == last.entity.key)
        return last if first is last else None

    def _paragraph_before(self, offset: int) -> int:
        """Where the paragraph before the one of an offset starts: how far back "il" looks."""
        return self.text.rfind("\n", 0, self.text.rfind("\n", 0, offset) - 1) + 1

    def pronoun_besides(self, pronoun: str, before: int, besides: str) -> EntityRef | None:
        """The person a pronoun stands for, when it cannot be the entity keyed `besides`."""
        gender = _genders(self.language).get(pronoun.lower().strip(), "-")
        return self._antecedent(before, gender, besides)

    def _antecedent(self, before: int, gender: str, besides: str | None = None) -> EntityRef | None:
        """The person a pronoun stands for: the last one named as a subject, else the last one
        (never the entity keyed `besides`)."""
        # Look for a subject in this paragraph and the one before; further back, the last name.
        text = self.text
        paragraph = self._paragraph_before(before)
        people = self._agreeing(before, gender, paragraph, besides)
        recent = [m for m in people[:_PRONOUN_LOOKBACK] if m.start >= paragraph]
        salient = [m for m in recent if self._salient(m)]
        introduced = self._introduced(people, before) if not salient else None
        chosen = (
            salient[0]
            if salient
            else introduced or (self._protagonist(people, before) if people else None)
        )
        # "“…,” he added": the one who spoke last goes on speaking, unless another person has
        # since been named as a subject.
        # The nearest cue before, whatever order the cues were resolved in.
        speaker = max(
            (
                (offset, ref)
                for offset, ref in self.spoken
                if offset < before and self._agrees(ref, gender) and ref.key != besides
            ),
            key=lambda pair: pair[0],
            default=None,
        )
        continues = speaker is not None and speaker[0] >= paragraph
        same_paragraph = text.rfind("\n", 0, before) + 1
        unnamed = max(
            (
                offset
                for offset, noun_gender in self.spoken_unnamed
                if same_paragraph <= offset < before
                and (gender == "-" or noun_gender != _other(gender))
            ),
            default=None,
        )
        if (
            unnamed is not None
            and (speaker is None or speaker[0] < unnamed)
            and (not salient or salient[0].start < unnamed)
        ):
            return None  # the unnamed speaker quoted last goes on speaking
        if (
            speaker is not None
            and continues
            and (not salient or salient[0].start < speaker[0])
            and (introduced is None or introduced.start < speaker[0])
        ):
            return speaker[1]
        if chosen is None and gender == "f":
            # "Janet Yellen said … She added": a given name the list does not know as a woman's
            # still goes on speaking when she spoke last in the paragraph.
            last = max(
                (
                    (offset, ref)
                    for offset, ref in self.spoken
                    if offset < before and ref.key != besides
                ),
                key=lambda pair: pair[0],
                default=None,
            )
            if last is not None and last[0] >= text.rfind("\n", 0, before) + 1:
                return last[1]
        return chosen.entity if chosen is not None else None

    def resolve(self, head: Token, *, before: int) -> Speaker:
        """The speaker a head token introduces, resolved to an entity when the text allows."""
        following = self.doc[head.i + 1] if head.i + 1 < len(self.doc) else None
        if head.lower_ == "-t" and following is not None and following.text.startswith("-"):
            head = following  # "a-t-elle": the tokenizer split the euphonic "t" off the clitic
        if head.lower_ in _RELATIVE:
            # "… comme la libérale-démocrate Christine Jardine qui l'a accusé": a name right
            # before the relative pronoun is what it stands for, whatever the parse made of it.
            named = self._covering(len(self.text[: head.idx].rstrip(" ,")) - 1)
            if named is not None and named.entity.type in ("person", "organization"):
                return Speaker(named.entity, named.text, (named.start, named.end))
        if head.lower_ in _RELATIVE and head.head.dep_ in ("relcl", "acl:relcl"):
            head = head.head.head  # "Kuleba, who said": the antecedent speaks
            while head.dep_ == "appos" and head.head.i < head.i:
                # "le lieutenant Brandon Purcell, du bureau du shérif, qui a qualifié": the
                # clause hangs on the apposition; the one it describes speaks.
                head = head.head
        start, end = self._extent(head)
        if _CLITIC.match(head.text):  # "a-t-elle grincé": the clitic alone is the speaker
            start, end = head.idx, head.idx + len(head.text)
        text = self.text[start:end]
        clitic = _CLITIC.match(text)  # "a-t-il déclaré": the speaker is the clitic "il"
        if clitic:
            start += clitic.end()
            text = text[clitic.end() :]
        lowered = text.lower()
        kind = _pronouns(self.language).get(lowered)
        if kind is not None:
            if kind == "group":
                # "… opposed by the Liberal Democrats. They have said": a party or body with a
                # plural name, named just before, is "they".
                return Speaker(self._plural_organisation(head), text, (start, end))
            if self._impersonal(head):
                # "…, est-il précisé dans le bulletin": no one is "il"; the source the article
                # was reading from, the organisation named last, speaks.
                return Speaker(self._last_organisation(start), text, (start, end))
            # "L'ONG Golos a reçu … Dans un communiqué, elle a dénoncé": an organisation that is
            # the subject of the sentence before ("it" in English; "il"/"elle" in French).
            organisation = self._organisation_before(head, before) if kind != "latter" else None
            if organisation is not None or kind == "thing":
                return Speaker(organisation, text, (start, end))
            gender = _genders(self.language).get(lowered, "-")
            if kind == "latter":
                entity = self._last_named(before, gender)
            else:
                entity = self._antecedent(before, gender)
            return Speaker(entity, text, (start, end))
        # "“…,” the 45-year-old said": an age describes the person the text is about.
        age = _AGE.search(self.text, max(0, head.idx - _AGE_CHARS), head.idx + len(head.text))
        if age is not None:
            entity = self._recent_antecedent(before, "-")
            return Speaker(entity, age.group(0), age.span())
        start, end, text = self._with_apposition(start, end, text)
        covering = self._covering(head.idx)
        inside = self._inside(start, end)
        if covering is not None and covering.entity.type == "person":
            return Speaker(covering.entity, text, (start, end))
        if covering is None and not inside and head.pos_ == "PROPN" and text == head.text:
            # "Mick Lynch … Lynch then implored": a surname alone that the entity recogniser
            # missed is the person named before with it.
            surnamed = self._surname_of(head.text, start)
            if surnamed is not None:
                return Speaker(surnamed, text, (start, end))
        people = [
            m
            for m in inside
            if m.entity.type == "person"
            and not self._complement(m, head)
            and not self._modifier(m, head)
        ]
        if people:
            return Speaker(people[-1].entity, text, (start, end))
        apposed = self._apposed_to(start, end) if head.pos_ == "NOUN" else None
        if apposed is not None:
            # "Florian Philippot, vice-président du Front national, a assuré": the parse took
            # the apposition for the subject; the name it describes speaks.
            return Speaker(apposed.entity, text, (start, end))
        if head.lower_ in _organisation_nouns():
            # "le syndicat Force ouvrière", "the union Unite": the organisation the noun names.
            bodies = [
                m
                for m in inside
                if m.entity.type == "organization"
                and (
                    (m.start > head.idx and not self._complement(m, head))
                    # "The Labour party said", "le groupe Renault": the name before the noun.
                    or (m.end <= head.idx and not self.text[m.end : head.idx].strip())
                )
            ]
            if bodies:
                return Speaker(bodies[0].entity, text, (start, end))
        titled = self._coordinated_name(head)
        if titled is not None:  # "said Nortel president and chief executive Bill Owens"
            start, end = min(start, titled.start), max(end, titled.end)
            return Speaker(titled.entity, self.text[start:end], (start, end))
        words = [w.lower() for w in _WORD.findall(text)]
        complemented = any(c.dep_ in ("poss", "nmod:poss") for c in head.children) or bool(inside)
        if head.lower_ in _companions() and not complemented:
            complemented = any(
                c.dep_ in ("nmod", "prep") and c.i > head.i and not self.in_quote(c.idx)
                for c in head.children
            )
        retitled = self._same_title(text, words, start)
        if retitled is not None:
            # "Lib Dem spokesman Vince Cable … the Lib Dem spokesman questioned": a definite
            # phrase that repeats the title the article gave a person is that person.
            return Speaker(retitled, text, (start, end))
        possessive = next(
            (c for c in head.children if c.dep_ in ("poss", "nmod:poss") and c.i < head.i), None
        )
        if head.lower_ in _documents() and possessive is not None:
            owner_gender = _POSSESSIVE_GENDERS.get(possessive.lower_)
            if owner_gender is not None:
                # "His message to the chancellor was: “…”": a document is its owner's words
                # (a French possessive agrees with the document, not with its owner).
                return Speaker(self._antecedent(before, owner_gender), text, (start, end))
        if (head.lower_ in _anonymous() or head.lower_ in _companions()) and complemented:
            # "the prime minister's official spokesman", "le porte-parole de Jean-Luc Mélenchon":
            # someone speaking for another, never named, is not that other.
            return Speaker(None, text, (start, end))
        author = self._author(head, inside)
        if author is not None:  # "a statement from the White House": the White House speaks
            return Speaker(author.entity, text, (start, end))
        body = self._author_by_noun(head, words, start) if not inside else None
        if body is not None:  # "un communiqué du cabinet de conseil": the cabinet named last
            return Speaker(body, text, (start, end))
        country = _institution_country(words)
        if country is not None:  # "Chinese diplomacy said", "les autorités russes": the country
            return Speaker(country, text, (start, end))
        if (
            head.pos_ == "NOUN"
            and words
            and (
                words[0] in determiners("indefinite")
                or (head.lower_ in _anonymous() and "Plur" in head.morph.get("Number", []))
            )
        ):
            return Speaker(None, text, (start, end))  # an anonymous source names nobody
        if covering is not None:
            after = [w.lower() for w in _WORD.findall(self.text[covering.end : end])]
            if covering.entity.type == "organization" and any(w in role_nouns() for w in after):
                # "the Spurs sporting director": the parse took the club for the head; the
                # role after it names the person, not the club.
                return Speaker(self._role(text, words, start), text, (start, end))
            return Speaker(covering.entity, text, (start, end))
        owner = self._owner(head)
        if owner is not None:  # "Beijing's reading of the meeting": the owner of the words
            return Speaker(owner.entity, text, (start, end))
        if words and words[0] in determiners("definite"):
            if head.lower_ in _organisation_nouns():
                # "K Mart Corp … the company said", "Météo-France … l'institut précise": the
                # organisation the article named last; "la préfecture de la Mayenne … la
                # préfecture": the last one named with that noun, if any.
                body = self._named_with(head.lower_, start)
                if body is None and head.lower_ in _BODIES_NAMED_BY_THEIR_NOUN:
                    return Speaker(None, text, (start, end))  # not the company named last
                return Speaker(body or self._last_organisation(start), text, (start, end))
            if head.lower_ in _media_vocabulary()[0]:  # "Nice-Matin … le quotidien régional"
                return Speaker(self._last_organisation(start, media=True), text, (start, end))
            role = self._role(text, words, start) or self._introduced_as(head, start)
            if role is None and self._epithet(head):
                # "Kylian Mbappé … « … », a lâché l'attaquant parisien": a person noun the
                # article never wrote as a title names the person it is about.
                role = self._recent_antecedent(before, self.noun_gender(head) or "-")
            return Speaker(role, text, (start, end))
        # "Sa mère, Gaëlle Vendrot, a posté … « … », espère sa mère": the person the article
        # introduced with that noun. "l'émissaire de l'ONU pour la Libye": a place inside a
        # role noun is not who speaks.
        return Speaker(self._introduced_as(head, start), text, (start, end))

    def _apposed_to(self, start: int, end: int) -> Mention | None:
        """The person a phrase between commas describes, named right before its first comma."""
        before = self.text[:start].rstrip()
        if not before.endswith(",") or not self.text[end:].lstrip().startswith(","):
            return None
        named = self._covering(len(before) - 2)
        if named is None or named.entity.type != "person" or named.end != len(before) - 1:
            return None
        return named

    def _same_title(self, text: str, words: list[str], start: int) -> EntityRef | None:
        """The one person named earlier with exactly this title written before the name (or,
        for two words or more, before an apposition that leads to it, or in apposition after
        it), when the phrase opens with a definite determiner."""
        if words[:1] == [] or words[0] not in determiners("definite"):
            return None
        title = _title_of(text)
        if not title:
            return None
        # One word ("l'ayatollah") only as written right before the name: after it, it may
        # be this very phrase ("Tim Phillips, the American said").
        several = len(title.split()) > 1
        found = {
            m.entity.key: m.entity
            for m in self._earlier_people(start)
            if _ends_with_words(self.text[max(0, m.start - _TITLE_CHARS) : m.start], title)
            or (several and self._title_before_apposition(m, title))
            or (several and self._apposed_title(m, title))
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def _introduced_as(self, head: Token, start: int) -> EntityRef | None:
        """The one person named earlier right after this noun and a comma ("Sa mère, Gaëlle
        Vendrot,", "His lawyer, John Smith,")."""
        if head.pos_ != "NOUN":
            return None
        found = {
            m.entity.key: m.entity
            for m in self._earlier_people(start)
            if re.search(
                rf"\b{re.escape(head.lower_)}\s*,\s*$",
                self.text[max(0, m.start - _TITLE_CHARS) : m.start].lower(),
            )
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def _title_before_apposition(self, mention: Mention, title: str) -> bool:
        """Whether a title (and up to three words of complement) leads to a name through an
        apposition: "le guide suprême iranien, l'ayatollah Ali Khamenei"."""
        window = self.text[max(0, mention.start - _TITLE_CHARS * 2) : mention.start]
        before = " ".join(window.split()) + " "
        return (
            re.search(
                rf"(?:^|\W){re.escape(title)}(?: [\w'’]+){{0,3}} ?, (?:\w+['’] ?|\w+ ){{1,2}}$",
                before.lower(),
            )
            is not None
        )

    def _apposed_title(self, mention: Mention, title: str) -> bool:
        """Whether a name is followed by this title in apposition: "Gabriel Martin, porte-parole
        du gouvernement,", "Vince Cable, the Lib Dem spokesman,"."""
        after = " ".join(self.text[mention.end : mention.end + _CONTEXT_CHARS].split()).lower()
        if not after.startswith(", "):
            return False
        phrase = after[2:]
        if not phrase.startswith(title):
            phrase = _DETERMINER_START.sub("", phrase, count=1)
        rest = phrase[len(title) : len(title) + 1]
        return phrase.startswith(title) and not rest.isalnum()

    def _author(self, head: Token, inside: list[Mention]) -> Mention | None:
        """The organisation or place named after a document noun: "from the White House"."""
        if head.lower_ not in _documents():
            return None
        for mention in inside:
            if mention.start <= head.idx or mention.entity.type not in ("organization", "location"):
                continue
            # (An elided article before the name, "de l'IGPN", leaves its apostrophe.)
            between = [
                w + "'" if w in ("l", "d") else w
                for w in _WORD.findall(self.text[head.idx + len(head.text) : mention.start].lower())
            ]
            # "la synthèse du rapport de l'IGPN": other documents may come between.
            if (
                between
                and between[0] in _FROM
                and all(
                    w in determiners("definite") or w in _FROM or w in _documents()
                    for w in between[1:]
                )
            ):
                return mention
        return None

    def _surname_of(self, word: str, before: int) -> EntityRef | None:
        """The one person named before an offset whose name ends with a word."""
        found = {
            m.entity.key: m.entity
            for m in self._earlier_people(before)
            if m.entity.name.split()[-1] == word and len(m.entity.name.split()) > 1
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def _author_by_noun(self, head: Token, words: list[str], start: int) -> EntityRef | None:
        """The organisation a document comes from when the phrase names it by a noun ("a
        statement from the company"): the last one named with that noun, else the last one."""
        if head.lower_ not in _documents() or head.lower_ not in words:
            return None
        after = words[words.index(head.lower_) + 1 :]
        if not after or after[0] not in _FROM:
            return None
        nouns = [w for w in after[1:] if w not in determiners("definite")]
        if not nouns or nouns[0] not in _organisation_nouns():
            return None
        named = self._named_with(nouns[0], start)
        if named is None and nouns[0] in _BODIES_NAMED_BY_THEIR_NOUN:
            return None
        return named or self._last_organisation(start)

    def _epithet(self, head: Token) -> bool:
        """A description of someone already named, known to no list: a singular noun of a
        person by its ending ("l'attaquant", "la chanteuse", "le quinquagénaire", "the
        defender")."""
        endings = AGENT_ENDINGS if self.language == "fr" else ENGLISH_AGENT_ENDINGS
        return (
            head.pos_ == "NOUN"
            and "Plur" not in head.morph.get("Number", [])
            and head.tag_ != "NNS"
            and not may_speak(head)
            and head.lower_ not in _documents()
            and head.lower_.endswith(endings)
        )

    def _recent_antecedent(self, before: int, gender: str) -> EntityRef | None:
        """The person a pronoun would stand for, when named in this paragraph or the last."""
        found = self._antecedent(before, gender)
        if found is None:
            return None
        paragraph = self._paragraph_before(before)
        people = self._earlier_people(before)
        named_recently = any(m.entity.key == found.key and m.start >= paragraph for m in people)
        # "“…,” the defender told … (a paragraph) … “…,” added the 30-year-old": or quoted.
        spoke_recently = any(
            ref.key == found.key and paragraph <= offset < before for offset, ref in self.spoken
        )
        return found if named_recently or spoke_recently else None

    def _complement(self, mention: Mention, head: Token) -> bool:
        """Whether a name inside a speaker phrase only completes its head noun: "un proche
        d'Emmanuel Macron", "a spokesman for Putin", "Trump's lawyer" are not those people."""
        if head.pos_ != "NOUN" or mention.start <= head.idx < mention.end:
            return False
        after = self.text[mention.end : mention.end + 2]
        possessive = after in ("'s", "’s") and head.idx > mention.start
        return possessive or self._after_preposition(mention)

    def _modifier(self, mention: Mention, head: Token) -> bool:
        """Whether a name before an English head noun only modifies it: "the Spurs sporting
        director", "the Trump administration" (not "Paul Reid, the spokesman")."""
        return (
            self.language == "en"
            and head.pos_ == "NOUN"
            and mention.end <= head.idx
            and not any(c in self.text[mention.end : head.idx] for c in ",;:()")
            and self.text[mention.end : mention.end + 2] not in ("'s", "’s")
        )

    def _protagonist(self, people: list[Mention], before: int) -> Mention:
        """With no subject nearby, the person the article has named most so far (the one it is
        about), the most recent of equals."""
        counts: dict[str, int] = {}
        for mention in self.mentions:
            if mention.start < before and mention.entity.type == "person":
                counts[mention.entity.key] = counts.get(mention.entity.key, 0) + 1
        return max(people, key=lambda m: counts.get(m.entity.key, 0))  # first of equals wins

    def _impersonal(self, clitic: Token) -> bool:
        """French "est-il précisé", "était-il indiqué": an inverted "il" after the passive "être"
        and before a participle stands for no one."""
        if clitic.lower_ not in ("-il", "-t-il") or clitic.i == 0 or clitic.i + 1 >= len(self.doc):
            return False
        auxiliary, participle = self.doc[clitic.i - 1], self.doc[clitic.i + 1]
        if auxiliary.i > 0 and self.doc[auxiliary.i - 1].lower_ in ("s'", "s’", "se"):
            return False  # "s'est-il exclamé": a reflexive verb, whose "il" is someone
        return auxiliary.lemma_ == "être" and "Part" in participle.morph.get("VerbForm", [])

    def _prepositional(self, mention: Mention) -> bool:
        """Whether the parse makes a name the object of a preposition ("a comment by chairman
        Tim Phillips", "à Jean Dupont")."""
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            return False
        root = span.root
        return root.dep_ == "pobj" or any(c.dep_ == "case" for c in root.children)

    def _after_preposition(self, mention: Mention) -> bool:
        """Whether a name completes a noun or a preposition ("proches de X", "for X")."""
        return self.text[: mention.start].rstrip().lower().endswith(_COMPLEMENT_MARKERS)

    def _coordinated_name(self, head: Token) -> Mention | None:
        """The person named after a title coordinated with the head noun: one person's titles
        ("president and chief executive Bill Owens")."""
        if head.pos_ != "NOUN":
            return None
        for child in head.children:
            if child.dep_ != "conj" or child.pos_ != "PROPN" or self.in_quote(child.idx):
                continue
            named = self._covering(child.idx)
            between = self.doc[head.i + 1 : child.i]
            if (
                named is not None
                and named.entity.type == "person"
                and all(t.pos_ in ("CCONJ", "NOUN", "ADJ", "PROPN") for t in between)
                and not any(t.pos_ == "DET" for t in between)
            ):
                return named
        return None

    def _owner(self, head: Token) -> Mention | None:
        """The named owner of a speaker noun: "Beijing" in "Beijing's first reading"."""
        for child in head.children:
            if child.dep_ in ("poss", "nmod:poss") and not self.in_quote(child.idx):
                return self._covering(child.idx)
        return None

    def _with_apposition(self, start: int, end: int, text: str) -> tuple[int, int, str]:
        """Extend "a spokesman for the ministry" with a name in apposition: ", Wang Wenbin"."""
        if self.in_quote(end):
            return start, end, text
        following = self._inside(end, end + _APPOSITION_CHARS)
        people = [m for m in following if m.entity.type == "person"]
        if not people:
            # "la procureure du parquet d'Evry, Caroline Nisand, a indiqué": a name the model
            # missed is still the speaker's, as written.
            unknown = _UNRECOGNISED_NAME.match(self.text, end)
            given = _GIVEN_NAME_ALONE.match(self.text, end)
            if unknown is None and given is not None and given.group(1).lower() in given_names():
                # "une manifestante, Victoria, a expliqué": people in the street often go by
                # their given name alone.
                unknown = given
            # (The model may take such a name for a place: "Caroline Nisand" tagged LOC.)
            if unknown is None or any(
                m.entity.type == "organization"
                for m in self._inside(unknown.start(1), unknown.end(1))
            ):
                return start, end, text
            return start, unknown.end(1), self.text[start : unknown.end(1)]
        name = people[0]
        gap = self.text[end : name.start].strip()
        # ", Sir Andrew Green,": an honorific before the name is part of the apposition.
        apposed = gap.startswith(",") and all(is_title(w) for w in gap[1:].split())
        # "Tom McCabe MSP,", "Guy Mansfield QC,": letters after a name belong to it.
        letters = _POSTNOMINAL.match(self.text, name.end)
        name_end = letters.end() if letters else name.end
        after = self.text[name_end : name_end + 1]
        closes = after in (",", ".", ")", "")
        if following[0] is name and apposed and closes:
            return start, name_end, self.text[start:name_end]
        # "…,” declared the American. Joe Biden.": badly split text leaves the name as a
        # sentence of its own right after the role noun; it is that role's apposition.
        if following[0] is name and gap == "." and after == ".":
            return start, name_end, self.text[start:name_end]
        # "le président LREM de l'Assemblée, François de Rugy,", "le directeur du syndicat qui
        # gère la station, Hervé Pounau": the rest of the title, then the name.
        if closes and self._title_continues(end, name.start):
            return start, name_end, self.text[start:name_end]
        return start, end, text

    def _title_continues(self, start: int, end: int) -> bool:
        """Whether the words between a speaker phrase and a name after a comma only go on
        describing the speaker (complements, a parenthesis, a relative clause)."""
        gap = self.text[start:end]
        if "\n" in gap or any(c in gap for c in '«»“”".;:'):
            return False
        # "la ministre de l'Enseignement supérieur, de la Recherche et de l'Innovation Frédérique
        # Vidal": a list of the office's complements, then the name with no comma.
        listed = _LISTED_COMPLEMENTS.fullmatch(gap)
        if not gap.rstrip().endswith(",") and listed is None:
            return False
        span = self.doc.char_span(start, end, alignment_mode="expand")
        if span is None:
            return False
        relative = False
        for token in span:
            if token.lower_ in _RELATIVE:
                relative = True
            elif token.pos_ in ("VERB", "AUX") and not relative:
                return False
        return True

    def _role(self, text: str, words: list[str], start: int) -> EntityRef | None:
        """A role noun ("the Chinese president") → the person it designates in this article."""
        refs = [m.entity for m in self.mentions]
        # "l'ancien président", "the former prime minister": someone who held the office and
        # no longer did, never its holder of the day.
        former = any(w in _FORMER or w.startswith("ex-") for w in words)
        for _s, _e, country, role in find_roles(text, self.language):
            if former:
                found = self._former_holder(role, country, refs)
            else:
                found = resolve_role(country, role, mentioned=refs, published=self.published)
            if found is not None:
                return found
        roles = [w for w in words if w in role_nouns()]
        nationals = [w for w in words if w in demonyms()]
        best: tuple[tuple[bool, bool], EntityRef] | None = None
        for mention in self._earlier_people(start) if roles or words[-1] in nationals else ():
            role_fits, national_fits = self._context_fit(mention, roles, nationals, start)
            if (nationals and not national_fits) or (not nationals and not role_fits):
                continue  # "the Chinese president" is never a man introduced as Russian
            if best is None or (role_fits, national_fits) > best[0]:
                best = ((role_fits, national_fits), mention.entity)
        # "President Reagan … the president said": a title written in the article comes before
        # what the knowledge base knows of offices.
        if best is not None and best[0][0]:
            return best[1]
        # "le président", "the prime minister": the one person named who held that office then.
        # The longest run of words from the start that is a role: the parse may hang a place
        # or a time on the noun ("le chef de l'Etat devant les maires"), never a complement
        # ("le président de la région" is no president).
        folded = [
            *(
                w
                for w in normalise_alias(_DETERMINER_START.sub("", text, count=1)).split()
                if w not in _FORMER
            ),
            "",
        ]
        table = _folded_bare_roles(self.language)
        bare = next(
            (
                table[key]
                for n in range(len(folded) - 1, 0, -1)
                if (key := " ".join(folded[:n])) in table and folded[n] not in _FROM
            ),
            None,
        )
        if bare is not None:
            if former:
                found = self._former_holder(bare, None, refs)
            else:
                found = resolve_bare_role(bare, mentioned=refs, published=self.published)
            if found is not None:
                return found
        if best is not None:
            return best[1]
        if former and (bare is not None or find_roles(text, self.language)):
            return None  # an office the knowledge base knows: not whoever spoke last
        if not roles and words[-1] not in nationals:
            return None
        # "the American said": a nationality alone is the one who spoke or acted last, if the
        # article gives them no other.
        title = _title_of(text)
        found = self._last_speaker(words, nationals, start) or self._named_later(
            roles, nationals, start, title
        )
        if found is not None and bare is not None:
            entry = get_kb().get(found.key)
            if entry is not None and entry.roles and not any(r.role == bare for r in entry.roles):
                return None  # "le président de la République" is no minister the KB knows
        return found

    def _former_holder(
        self, role: str, country: str | None, refs: Sequence[EntityRef]
    ) -> EntityRef | None:
        """The one person named who had left an office (for a country, or any) by the day the
        article was published."""
        kb = get_kb()
        found = {
            ref.key: ref
            for ref in refs
            if ref.type == "person"
            and (entry := kb.get(ref.key)) is not None
            and any(
                r.role == role
                and (country is None or r.country == country)
                and r.end is not None
                and (self.published is None or r.end <= self.published)
                for r in entry.roles
            )
        }
        return next(iter(found.values())) if len(found) == 1 else None

    def _named_later(
        self, roles: list[str], nationals: list[str], start: int, title: str
    ) -> EntityRef | None:
        """ "Le président de la République a tancé …" opening an article: the person the article
        names next with that title ("Le président français Emmanuel Macron", "la ministre de
        l'Enseignement supérieur, de la Recherche et de l'Innovation Frédérique Vidal")."""
        if any(m.entity.type == "person" for m in self.mentions if m.start < start):
            return None  # only a role noun written before anyone is named looks ahead
        gender = _determiner_gender(self.text[start:])
        for mention in self.mentions:
            if mention.start <= start or mention.entity.type != "person":
                continue
            if not self._agrees(mention.entity, gender):
                continue  # "le ministre de l'Éducation" is not "la ministre déléguée X"
            role_fits, national_fits = self._context_fit(mention, roles, nationals, start)
            if (role_fits or self._titled(mention, title)) and (national_fits or not nationals):
                return mention.entity
        return None

    def _titled(self, mention: Mention, title: str) -> bool:
        """Whether the words that lead to a name in its clause start with this title, however
        long the office's name ("la ministre de l'Enseignement supérieur, de la Recherche et
        de l'Innovation Frédérique Vidal")."""
        window = self.text[max(0, mention.start - _TITLE_CHARS * 3) : mention.start]
        window = re.split(r"[.;:\n()«»“”\"]", window)[-1]
        window = self._after_last_verb(mention.start - len(window), mention.start)
        return re.search(rf"(?:^|\W){re.escape(title)}(?:\W|$)", window.lower()) is not None

    def _last_speaker(self, words: list[str], nationals: list[str], start: int) -> EntityRef | None:
        """With no title to match, "the minister said" is the person quoted or named as a subject
        last, when the article gives that person no other nationality and the gender agrees."""
        gender = _determiner_gender(" ".join(words))
        table = demonyms()
        people = self._earlier_people(start)
        subjects = [(m.start, m.entity) for m in people if self._salient(m)]
        # "…, notamment Benoît Hamon. Le chef de file de Génération.s a lancé": a person the
        # article names for the first time just before is who the title describes.
        introduced = self._introduced([m for m in people if self._agrees(m.entity, gender)], start)
        if introduced is not None and self._describable(introduced, subjects):
            subjects.append((introduced.start, introduced.entity))
        for offset, ref in sorted(self.spoken + subjects, key=lambda pair: -pair[0]):
            if offset >= start or not self._agrees(ref, gender):
                continue
            known = self._countries(ref)
            if nationals and known and not any(table[n] in known for n in nationals):
                return None  # "the Lebanese diplomat" is not the Libyan quoted last
            return ref
        if gender == "f":
            # "Macron a reçu Angela Merkel. « … », a déclaré la chancelière": a feminine role
            # noun is the last woman named, quoted or not.
            # Not a woman named only in a complement ("organisée par des proches de X").
            women = [
                m
                for m in self._earlier_people(start)
                if self._feminine(m.entity) and not self._after_preposition(m)
            ]
            if women:
                return women[0].entity
            # "Linh Hoang … la jeune femme": a given name the feminine list does not know.
            paragraph = self._paragraph_before(start)
            recent = [
                m
                for m in self._earlier_people(start)
                if m.start >= paragraph
                and self._may_be_woman(m.entity)
                and not self._after_preposition(m)
            ]
            return recent[0].entity if recent else None
        return None

    def _describable(self, introduced: Mention, subjects: list[tuple[int, EntityRef]]) -> bool:
        """Whether a person just introduced is who a title after them describes: not one named
        after a preposition ("Reacting to a comment by X, the American said"), nor one acting
        in a clause of their own ("…, where George Bush opposed it. But the Tory leader
        argued"), nor one beside a subject ("X espérait voir Y se poser")."""
        name = self.doc.char_span(introduced.start, introduced.end, alignment_mode="expand")
        if name is None or self._prepositional(introduced) or name.root.dep_ in SUBJECTS:
            return False
        within = name.sent
        return not any(within.start_char <= offset < within.end_char for offset, _ref in subjects)

    def _countries(self, ref: EntityRef) -> set[str]:
        """Countries the words around a person's mentions give them ("the Russian leader")."""
        table = demonyms()
        found: set[str] = set()
        for other in self.mentions:
            if other.entity.key == ref.key:
                context = self.text[max(0, other.start - _TITLE_CHARS) : other.end + _CONTEXT_CHARS]
                found |= {table[w] for w in _WORD.findall(context.lower()) if w in table}
        return found

    def _after_last_verb(self, start: int, end: int) -> str:
        """The words between two offsets after the last verb: "à l'avocat, c'est mauvais signe
        monsieur X" gives X no title, the verb ending the phrase "l'avocat" belongs to."""
        span = self.doc.char_span(start, end, alignment_mode="contract")
        if span is not None:
            verbs = [t for t in span if t.pos_ in ("VERB", "AUX")]
            if verbs:
                start = max(start, verbs[-1].idx + len(verbs[-1].text))
        return self.text[start:end]

    def _context_fit(
        self, mention: Mention, roles: list[str], nationals: list[str], phrase: int
    ) -> tuple[bool, bool]:
        """How well the title before a person's name (or the apposition after) fits the role
        of the phrase starting at `phrase`, which is no evidence of itself."""
        role_fits = national_fits = False
        text = self.text
        table = demonyms()
        for other in self.mentions:
            if other.entity.key != mention.entity.key:
                continue
            before = text[max(0, other.start - _TITLE_CHARS) : other.start]
            # "Both the Cardinal and Archbishop Dr Williams": a title before "and" is another's.
            before = re.split(r"[.;:\n()]|\band\b|\bet\b", before)[-1]
            before = self._after_last_verb(other.start - len(before), other.start)
            # "… chairman Tim Phillips, the American said": the phrase itself is no apposition.
            reach = other.end + _CONTEXT_CHARS
            after = text[other.end : phrase if other.end <= phrase < reach else reach]
            after = after.split(",")[1] if after.startswith(",") else ""
            own = text[other.start : other.end]  # "Cardinal Cormac Murphy-O'Connor"
            words = set(_WORD.findall((before + " " + own + " " + after).lower()))
            countries = {table[w] for w in words if w in table}
            role_fits = role_fits or any(r in words for r in roles)
            national_fits = national_fits or any(table[n] in countries for n in nationals)
        return role_fits, national_fits
