"""Knowledge-aware corrections of model spans: names the model missed, countries glued to words.

Statistical NER misses some occurrences of a name it found elsewhere in the same article, and
names the knowledge base knows well. A name means the same thing throughout one article, so
every capitalised occurrence of a name already found, or of an unambiguous KB alias, is a
mention too.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections import Counter, defaultdict
from collections.abc import Sequence

from spacy.tokens import Doc

from service.nlp.given_names import given_name_genders
from service.nlp.kb import KnowledgeBase
from service.nlp.ner import RawMention, ignored_ranges
from service.nlp.normalise import demonyms, is_title, normalise_alias, role_nouns
from service.nlp.types import EntityType

# A given name and a surname opening a sentence (or a paragraph), then a comma.
_OPENING_NAME = re.compile(
    r"(?:^|(?<=\n)|(?<=[.!?]\s)|(?<=[.!?][»”\"]\s))"
    r"([A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?)\s([A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?),\s",
    re.MULTILINE,
)

# A given name and a surname, then a comma and a title before the next comma: "Maeve
# Sherlock, chief executive of the Refugee Council,", "Vince Cable, the party's Treasury
# spokesman,", "Jean Dupont, porte-parole de …".
_TWO_WORD_NAME = re.compile(r"^([A-ZÀ-Ý][a-zà-ÿ]+)\s[A-ZÀ-Ý][a-zà-ÿ]+(?:-[A-ZÀ-Ý][a-zà-ÿ]+)?$")
_TITLE_AFTER = re.compile(r",\s+([^,.;:()\n]{1,60})")

MAX_NAME_TOKENS = 6
# Words a proper name may contain in lowercase; any other lowercase word makes an alias a
# description ("Russian government"), which the model is right not to tag.
_CONNECTORS = frozenset(
    {
        "of",
        "the",
        "and",
        "for",
        "on",
        "de",
        "du",
        "des",
        "la",
        "le",
        "et",
        "pour",
        "d'",
        "l'",
        "d’",
        "l’",
        "of the",
    }
)
_CODE = re.compile(r"^(?=[^ ]*\d)(?=[^ ]*[A-Za-z])[\w-]+$")
# Plural endings of French demonyms ("les Tchétchènes", "des Américains").
_FRENCH_DEMONYM = re.compile(
    r"(?:ains|aines|ais|aises|iens|iennes|ois|oises|ènes|ens|ites|ards|ands|ols|oles|ques)$"
)
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9+&.-]*[A-Z0-9+.]$")


@functools.cache
def _surfaces(kb: KnowledgeBase) -> dict[str, EntityType]:
    """KB aliases safe to look for verbatim: multiword names, acronyms, countries, capitals."""
    surfaces: dict[str, EntityType] = {}
    for entry in kb.entries:
        if not entry.strong:
            continue
        for text in {entry.ref.name, *(alias for alias, _ in entry.ref.aliases)}:
            if not text[:1].isupper() or is_title(text) or text.lower() in demonyms():
                continue
            words = text.split()
            single = len(words) == 1
            if any(word[:1].islower() and word not in _CONNECTORS for word in words):
                continue
            # One capitalised word may be a common word at the start of a sentence ("May"),
            # so single words are only trusted for places and acronyms.
            if single and entry.ref.type == "person":
                continue
            if single and entry.kind == "organization" and not _ACRONYM.match(text):
                continue
            surfaces.setdefault(text, entry.ref.type)
    return surfaces


def _country_prefix(text: str, kb: KnowledgeBase) -> int:
    """Length of a leading country name inside a longer organisation span ("U.S. Kick")."""
    words = text.split(" ")
    for count in range(len(words) - 1, 0, -1):
        head = " ".join(words[:count])
        if any(entry.kind == "country" for entry in kb.exact(head)):
            return len(head)
    return 0


def _split_countries(
    text: str, mentions: Sequence[RawMention], kb: KnowledgeBase, language: str
) -> list[RawMention]:
    result: list[RawMention] = []
    for mention in mentions:
        # English headline case glues a country to the next word ("U.S. Kick", "U.S.
        # Administration"); in French a country inside a name is the name (France Insoumise).
        glued = language == "en" and mention.type == "organization"
        cut = _country_prefix(mention.text, kb) if glued else 0
        if not cut or kb.exact(mention.text) or len(mention.text[cut:].split()) != 1:
            result.append(mention)
            continue
        # "U.S. Administration": the country is a mention; the rest is kept only if known.
        head_end = mention.start + cut
        tail_start = head_end + 1
        result.append(
            dataclasses.replace(
                mention, end=head_end, text=text[mention.start : head_end], type="location"
            )
        )
        result.append(
            dataclasses.replace(
                mention, start=tail_start, text=text[tail_start : mention.end], kb_only=True
            )
        )
    return result


# Last words that make a longer organisation name rather than a person ("Reuters Holdings Ltd").
_ORGANISATION_ENDINGS = frozenset(
    {"inc", "ltd", "corp", "co", "group", "holdings", "sa", "ag", "plc", "llc", "services"}
    | {"international", "news", "presse", "tv", "france", "foundation", "fondation"}
)


def _split_source_prefix(
    text: str, mentions: Sequence[RawMention], kb: KnowledgeBase
) -> list[RawMention]:
    """ "a déclaré à l'AFP Jean Dupont", "told Reuters John Smith": the model glues the news
    agency to the name after it; a known one-word organisation before two capitalised words
    is a mention of its own, and the words after it a person."""
    result: list[RawMention] = []
    for mention in mentions:
        words = mention.text.split(" ")
        head = words[0]
        rest = words[1:]
        known = [entry for entry in kb.exact(head) if entry.kind == "organization"]
        if (
            len(rest) < 2
            or not known
            or kb.exact(mention.text)
            or not all(word[:1].isupper() for word in rest)
            or rest[-1].strip(".,").lower() in _ORGANISATION_ENDINGS
        ):
            result.append(mention)
            continue
        head_end = mention.start + len(head)
        tail_start = head_end + 1
        head_text = text[mention.start : head_end]
        tail_text = text[tail_start : mention.end]
        result.append(
            dataclasses.replace(
                mention, end=head_end, text=head_text, type="organization", kb_only=False
            )
        )
        result.append(
            dataclasses.replace(
                mention, start=tail_start, text=tail_text, type="person", label="PER", kb_only=False
            )
        )
    return result


def _plausible(text: str, mention: RawMention, kb: KnowledgeBase) -> bool:
    """False for spans the KB does not know that look like codes or French plural demonyms."""
    if kb.exact(mention.text):
        return True
    if _CODE.match(mention.text):
        return False  # "PM10", "Karbala-5": product, particle or operation codes
    before = text[max(0, mention.start - 5) : mention.start].lower().split()
    return not (
        mention.type == "location"
        and before[-1:] in (["les"], ["des"], ["aux"])
        and _FRENCH_DEMONYM.search(mention.text) is not None
    )


_LEADING_DETERMINER = re.compile(r"(?:\b(?:[Ll]e|[Ll]a|[Ll]es|The)\s+|\b[Ll]['’])$")


def _with_determiner(text: str, mention: RawMention, kb: KnowledgeBase) -> RawMention:
    """The mention with the article its name starts with ("Le Parisien", "révèle le Parisien").

    The article is part of the name only when the KB knows the name with it and not without
    it: "Le Kremlin" at the start of a sentence is still the Kremlin.
    """
    before = _LEADING_DETERMINER.search(text, max(0, mention.start - 5), mention.start)
    if before is None:
        return mention
    longer = text[before.start() : mention.end]
    with_article = {entry.ref.key for entry in kb.exact(longer)}
    if not with_article or with_article & {entry.ref.key for entry in kb.exact(mention.text)}:
        return mention
    return dataclasses.replace(mention, start=before.start(), text=longer, kb_only=False)


# An acronym defined in brackets after the name it abbreviates: "(PNF)", "(Beuc)".
_DEFINED_ACRONYM = re.compile(r"\(\s*([A-Z]{2,7}|[A-Z][a-z]{2,5})\s*\)")
_ACRONYM_SKIPPED = frozenset(
    {"of", "the", "and", "for", "on", "in", "de", "du", "des", "la", "le", "les", "et", "pour"}
    | {"en", "à", "au", "aux"}
)
_PHRASE_WORD = re.compile(r"(?:[lLdD]['’])?([\w-]+)")
_PHRASE_BREAK = re.compile(r"[.;:!?()«»\"“”\n]")


def _defined_phrase(text: str, open_at: int, acronym: str) -> tuple[int, int] | None:
    """The span of the words whose initials spell `acronym`, just before its bracket."""
    window_start = max(0, open_at - 200)
    breaks = list(_PHRASE_BREAK.finditer(text, window_start, open_at))
    window_start = breaks[-1].end() if breaks else window_start
    words = list(_PHRASE_WORD.finditer(text, window_start, open_at))
    letters = normalise_alias(acronym).upper()
    content: list[re.Match[str]] = []
    for word in reversed(words):
        if word.group(1).lower() in _ACRONYM_SKIPPED:
            continue
        content.insert(0, word)
        if len(content) == len(letters):
            break
    initials = "".join(normalise_alias(word.group(1))[:1] for word in content).upper()
    if len(content) < 2 or initials != letters:
        return None
    if not text[words[-1].end() : open_at].isspace():
        return None
    return content[0].start(1), words[-1].end()


def _acronym_definitions(
    text: str, mentions: list[RawMention], kb: KnowledgeBase
) -> list[RawMention]:
    """Mentions completed with names defined by a bracketed acronym and the acronym itself.

    "le parquet national financier (PNF)": the model often misses lowercase names and stops
    short of long ones ("Direction des affaires criminelles" + "et des grâces (DACG)").
    """
    result = list(mentions)
    for match in _DEFINED_ACRONYM.finditer(text):
        acronym = match.group(1)
        phrase = _defined_phrase(text, match.start(), acronym)
        if phrase is None:
            continue
        start, end = phrase
        inside = [m for m in result if m.start < end and start < m.end]
        if any(m.start < start or m.end > end for m in inside):
            continue  # a name reaches outside the phrase: leave the model's reading alone
        known = kb.exact(acronym) or kb.exact(text[start:end])
        type_: EntityType = known[0].ref.type if known else "organization"
        if inside and all(m.type == type_ for m in inside):
            type_ = inside[0].type
        result = [m for m in result if m not in inside]
        result.append(
            RawMention(start=start, end=end, text=text[start:end], type=type_, label="ACR")
        )
        a_start, a_end = match.span(1)
        if not any(m.start < a_end and a_start < m.end for m in result):
            result.append(
                RawMention(start=a_start, end=a_end, text=acronym, type=type_, label="ACR")
            )
    return sorted(result, key=lambda mention: mention.start)


def _vote_types(mentions: list[RawMention]) -> list[RawMention]:
    """One name, one type per article: the type the model gave most often (first on ties)."""
    votes: dict[str, Counter[EntityType]] = defaultdict(Counter)
    for mention in mentions:
        if not mention.kb_only:
            votes[mention.text][mention.type] += 1
    voted = []
    for mention in mentions:
        counts = votes.get(mention.text)
        best = counts.most_common(1)[0][0] if counts else mention.type
        voted.append(dataclasses.replace(mention, type=best) if best != mention.type else mention)
    return voted


def _opening_names(text: str, found: Sequence[RawMention], kb: KnowledgeBase) -> list[RawMention]:
    """ "Florian Philippot, vice-président du Front national, a assuré …": a given name and a
    capitalised surname that open a sentence before a comma name a person where the model, in
    context, saw nothing; never words the knowledge base knows ("France Télévisions,")."""
    added = []
    for match in _OPENING_NAME.finditer(text):
        start, stop = match.start(1), match.end(2)
        given, name = match.group(1), text[start:stop]
        if given.lower() not in given_name_genders() or kb.lookup(given) or kb.lookup(name):
            continue
        if any(m.start < stop and start < m.end for m in found):
            continue
        added.append(RawMention(start=start, end=stop, text=name, type="person", label="PER"))
    return added


def _titled_people(text: str, found: Sequence[RawMention], kb: KnowledgeBase) -> list[RawMention]:
    """An organisation the model saw in a given name and a surname that a title follows in
    apposition ("Maeve Sherlock, chief executive of the Refugee Council,") is a person, unless
    the knowledge base knows the name."""
    retyped = []
    for mention in found:
        match = _TWO_WORD_NAME.match(mention.text)
        after = _TITLE_AFTER.match(text, mention.end)
        if (
            mention.type == "organization"
            and match is not None
            and after is not None
            and match.group(1).lower() in given_name_genders()
            and any(w in role_nouns() for w in re.findall(r"[a-zà-ÿ-]+", after.group(1)))
            and not kb.lookup(mention.text)
        ):
            mention = dataclasses.replace(mention, type="person", label="PER")
        retyped.append(mention)
    return retyped


def refine(doc: Doc, mentions: Sequence[RawMention], kb: KnowledgeBase) -> list[RawMention]:
    """Model mentions plus missed occurrences of known names, sorted and non-overlapping."""
    text = doc.text
    split = _split_source_prefix(text, _split_countries(text, mentions, kb, doc.lang_), kb)
    plausible = [mention for mention in split if _plausible(text, mention, kb)]
    plausible = _acronym_definitions(text, plausible, kb)
    found = _vote_types([_with_determiner(text, mention, kb) for mention in plausible])
    found = sorted([*found, *_opening_names(text, found, kb)], key=lambda m: m.start)
    found = _titled_people(text, found, kb)
    local: dict[str, EntityType] = {
        mention.text: mention.type
        for mention in found
        if not mention.kb_only and not mention.before_title and mention.text[:1].isupper()
    }
    surfaces = _surfaces(kb)
    skipped = ignored_ranges(text)
    taken = [False] * (len(text) + 1)
    for mention in found:
        for index in range(mention.start, mention.end):
            taken[index] = True
    added: list[RawMention] = []
    tokens = list(doc)
    for i, token in enumerate(tokens):
        if not token.text[:1].isupper() or taken[token.idx]:
            continue
        for count in range(min(MAX_NAME_TOKENS, len(tokens) - i), 0, -1):
            last = tokens[i + count - 1]
            start, end = token.idx, last.idx + len(last.text)
            surface = text[start:end]
            type_ = local.get(surface) or surfaces.get(surface)
            if type_ is None or any(taken[start:end]):
                continue
            if any(begin <= start < stop for begin, stop in skipped):
                break
            if end < len(text) and (text[end].isalnum() or text[end] in "-'’"):
                continue  # part of a longer word or hyphenated compound
            added.append(RawMention(start=start, end=end, text=surface, type=type_, label="GAZ"))
            for index in range(start, end):
                taken[index] = True
            break
    return sorted([*found, *added], key=lambda mention: mention.start)
