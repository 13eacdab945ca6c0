"""Entity linking: KB aliases, then within-article coreference, then name keys for the rest."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from collections.abc import Sequence

import jellyfish
from rapidfuzz import fuzz

from service.nlp.kb import KBEntry, KnowledgeBase, get_kb
from service.nlp.ner import RawMention, find_roles
from service.nlp.normalise import (
    clean_name,
    is_title,
    normalise_alias,
    read_lines,
    read_table,
    strip_span,
)
from service.nlp.types import EntityRef, Mention

__all__ = [
    "link_mentions",
    "name_key",
    "resolve_bare_role",
    "resolve_role",
    "role_mentions",
    "same_entity",
]

_ACRONYM_GAP = re.compile(r"\s*\(\s*$")
# Words of a name the model stopped short of before the bracketed acronym: "Direction des
# affaires criminelles" + " et des grâces (DACG".
_ACRONYM_TAIL = re.compile(r"[^()\n.;:!?]{0,60}\(\s*$")
# Function words an acronym skips: "Direction des affaires criminelles et des grâces" → DACG.
_ACRONYM_SKIPPED = frozenset(
    {
        "of",
        "the",
        "and",
        "for",
        "on",
        "in",
        "de",
        "du",
        "des",
        "la",
        "le",
        "les",
        "et",
        "pour",
        "en",
        "à",
        "au",
        "aux",
        "l",
        "d",
    }
)
_ACRONYM_WORD = re.compile(r"^[A-Z]{2,6}$")
# Words that link a modifier to the head of a name ("Islamic Republic of Iran").
_OF = frozenset({"of", "de", "du", "des", "d"})
# A token of a wide span: words split at spaces and hyphens ("Xi-Zelensky").
_ELIDED = re.compile(r"['’]")
_ELISION_WORD = re.compile(r"^[ldjLDJ]['’]$|^(?:qu|jusqu|lorsqu|puisqu)['’]$")
# "Archbishop of " before a place: the place names the office ("Archbishop of Canterbury").
_TITLE_OF = re.compile(r"\b(?P<title>[\w-]+)\s+(?:of(?:\s+the)?|de(?:\s+la)?|du|des|d['’])\s*$")
# Between a role phrase and the name it titles: nothing, or an honorific ("Dr", "Mgr").
_ROLE_GAP = re.compile(r"\s+(?:[\w.]{1,5}\s+)?")
_TOKEN = re.compile(r"[^\s\-–—]+")
# Cross-article merging of names the KB does not know: transliteration variants only.
TOKEN_MIN_SCORE = 80.0
NAME_MIN_SCORE = 88.0
TOKEN_SURE_SCORE = 92.0
_MIN_FUZZY_TOKEN = 5
# Russian, Ukrainian and Arabic names reach French and English press spelt differently.
_TRANSLITERATIONS = (
    ("ou", "u"),
    ("kh", "h"),
    ("tch", "ch"),
    ("sch", "sh"),
    ("dj", "j"),
    ("ph", "f"),
    ("w", "v"),
    ("y", "i"),
    ("ck", "k"),
)
_FEMININE_ENDINGS = frozenset({"a", "e", "ne", "na", "ia"})


def name_key(name: str, type: str) -> str:
    """Identity of an entity the KB does not know: ``name:<type>:<normalised full name>``."""
    return f"name:{type}:{normalise_alias(clean_name(name, person=type == 'person'))}"


@functools.cache
def _known_distinct() -> frozenset[frozenset[str]]:
    return frozenset(
        frozenset(normalise_alias(cell) for cell in row[:2])
        for row in read_table("known_distinct.tsv")
        if len(row) >= 2
    )


def _transliteration_key(word: str) -> str:
    """A word with the spelling choices of French/English/German transliterations folded."""
    for source, target in _TRANSLITERATIONS:
        word = word.replace(source, target)
    return re.sub(r"(.)\1+", r"\1", word)


def tokens_match(a: str, b: str) -> bool:
    """True when two normalised name words are the same word or a transliteration variant."""
    if a == b:
        return True
    if a[:1] != b[:1] or min(len(a), len(b)) < _MIN_FUZZY_TOKEN:
        return False
    if _transliteration_key(a) == _transliteration_key(b):
        return True  # Vassili/Vasily, Nabioullina/Nabiullina
    shorter, longer = sorted((a, b), key=len)
    if longer.startswith(shorter) and longer[len(shorter) :] in _FEMININE_ENDINGS:
        return False  # Martin/Martine, Daniel/Daniela: two people, not two spellings
    score = fuzz.ratio(a, b)
    # Spelling variants sound alike (Kouleba/Kuleba, Viktor/Victor); other names do not.
    sound_alike = jellyfish.metaphone(a) == jellyfish.metaphone(b) or (
        jellyfish.nysiis(a) == jellyfish.nysiis(b)
    )
    return score >= TOKEN_SURE_SCORE or (sound_alike and score >= TOKEN_MIN_SCORE)


def _kb_keys(name: str, kb: KnowledgeBase) -> set[str]:
    return {entry.ref.key for entry in kb.exact(name)}


def same_entity(a: EntityRef, b: EntityRef) -> bool:
    """Conservative cross-article test that two entity references name the same entity."""
    if a.key == b.key:
        return True
    if a.type != b.type and "other" not in (a.type, b.type):
        return False
    if not (a.key.startswith("name:") or b.key.startswith("name:")):
        return False  # two distinct KB entities
    left, right = normalise_alias(a.name), normalise_alias(b.name)
    if not left or not right or frozenset((left, right)) in _known_distinct():
        return False
    kb = get_kb()
    left_keys, right_keys = _kb_keys(a.name, kb), _kb_keys(b.name, kb)
    if left_keys and right_keys and not left_keys & right_keys:
        return False  # each name is the KB alias of a different entity (Austria, Australia)
    if left_keys & right_keys:
        return True
    left_words, right_words = left.split(), right.split()
    if len(left_words) != len(right_words) or fuzz.ratio(left, right) < NAME_MIN_SCORE:
        return False
    if a.type == "location" and (left_keys or right_keys):
        return False  # a place the KB knows is never a typo of an unknown place (Russia/Prussia)
    return all(tokens_match(x, y) for x, y in zip(left_words, right_words, strict=True))


def _choose(entries: list[KBEntry], published: dt.date | None) -> KBEntry | None:
    """The entry an alias designates, or None when several people share it (Johnson, Kim)."""
    distinct = list({entry.ref.key: entry for entry in entries}.values())
    if not distinct:
        return None
    people = [entry for entry in distinct if entry.kind == "person"]
    if len(people) > 1 and people[0] is distinct[0]:
        # Several people answer to this alias: only one in office at the time disambiguates.
        serving = [entry for entry in people if any(r.valid_on(published) for r in entry.roles)]
        return serving[0] if len(serving) == 1 and published is not None else None
    return distinct[0]


def _kb_link(mention: RawMention, kb: KnowledgeBase, published: dt.date | None) -> EntityRef | None:
    entry = _choose(kb.lookup(mention.text, mention.type), published)
    if entry is None and mention.type == "person":
        entry = _choose(kb.fuzzy_person(mention.text), published)
    return entry.ref if entry is not None else None


def _acronym_of(acronym: str, name: str) -> bool:
    """True when `acronym` is made of the initials of `name`'s (capitalised, content) words."""
    words = re.findall(r"[A-Za-zÀ-ÿ][\w-]*", name)
    initials = "".join(word[0] for word in words)
    capitals = "".join(char for char in initials if char.isupper())
    content = "".join(word[0] for word in words if word.lower() not in _ACRONYM_SKIPPED).upper()
    forms = (capitals, initials.upper(), anyascii_upper(content))
    shaped = acronym.isupper() or (acronym[:1].isupper() and acronym.isalpha())  # Otan, Beuc
    return len(acronym) >= 2 and shaped and anyascii_upper(acronym) in forms


def anyascii_upper(text: str) -> str:
    """Upper-case ASCII letters of a text (É and E are one initial)."""
    return normalise_alias(text).replace(" ", "").upper()


def _same_word(a: str, b: str) -> bool:
    return a == b or (
        min(len(a), len(b)) >= _MIN_FUZZY_TOKEN
        and _transliteration_key(a) == _transliteration_key(b)
    )


def _corefer(words: list[str], clusters: list[tuple[list[str], EntityRef]]) -> EntityRef | None:
    """The one person of the article whose full name contains these words, if exactly one."""
    # One writer spells one person one way: within an article only the same word (or its
    # transliteration key) is a part of a name, never a merely similar one (Huong, Hoang).
    found = {
        ref.key: ref
        for names, ref in clusters
        if all(any(_same_word(word, name) for name in names) for word in words)
    }
    return next(iter(found.values())) if len(found) == 1 else None


def link_mentions(
    text: str,
    mentions: Sequence[RawMention],
    *,
    published: dt.date | None = None,
    kb: KnowledgeBase | None = None,
) -> tuple[Mention, ...]:
    """Link corrected NER spans to entities; spans nothing can vouch for are dropped."""
    kb = kb or get_kb()
    mentions = _segment(text, mentions, kb)
    refs: list[EntityRef | None] = [None] * len(mentions)
    local: dict[str, EntityRef] = {}  # names this article has already given an entity
    clusters: list[tuple[list[str], EntityRef]] = []
    # Pass 1: full names and non-person names, through the KB, earlier longer names in the
    # article ("De Croo" after "Herman De Croo"), acronyms, or as name keys.
    for index, mention in enumerate(mentions):
        words = normalise_alias(mention.text).split()
        if mention.type == "person" and len(words) < 2:
            continue
        longer = [cluster for cluster in clusters if len(cluster[0]) > len(words)]
        ref = local.get(" ".join(words))
        if ref is None and mention.type == "person":
            ref = _corefer(words, longer)
        if ref is None and _ACRONYM_WORD.match(mention.text):
            # "The report by the Institute of Economic Affairs (IEA)", "The National Audit
            # Office said … The NAO urged": the article's own expansion beats the KB's.
            ref = _spelled_out(mention, mentions[:index], refs[:index])
        ref = ref or _kb_link(mention, kb, published)
        if ref is None and index and mentions[index - 1].type == "organization":
            ref = _acronym_ref(text, mentions[index - 1], mention, refs[index - 1])
        if ref is None and not (mention.kb_only or mention.before_title):
            ref = _local_ref(mention, refs[:index])
        refs[index] = ref
        if ref is not None:
            local.setdefault(" ".join(words), ref)
            if ref.type == "person" and len(words) > 1:
                clusters.append((words, ref))
    # Pass 2: single names. The article's own people come first ("Johnson" after "Dustin
    # Johnson" is not the KB's Boris Johnson), then the KB, then a name key.
    for index, mention in enumerate(mentions):
        if refs[index] is not None or mention.type != "person":
            continue
        words = normalise_alias(mention.text).split()
        ref = _corefer(words, clusters) or _kb_link(mention, kb, published)
        if ref is None and not (mention.kb_only or mention.before_title):
            ref = EntityRef(key=name_key(mention.text, "person"), name=mention.text, type="person")
        refs[index] = ref
    _corefer_names(mentions, refs, clusters)
    linked = [
        Mention(start=mention.start, end=mention.end, text=mention.text, entity=ref)
        for mention, ref in zip(mentions, refs, strict=True)
        if ref is not None
    ]
    return tuple(_role_phrases(text, linked, kb))


def _acronym_ref(
    text: str, previous: RawMention, mention: RawMention, previous_ref: EntityRef | None
) -> EntityRef | None:
    """The body an acronym in brackets names: "European Community (EC)"."""
    gap = text[previous.end : mention.start]
    if _ACRONYM_GAP.fullmatch(gap) and _acronym_of(mention.text, previous.text):
        return previous_ref
    if _ACRONYM_TAIL.fullmatch(gap) and _acronym_of(mention.text, previous.text + gap):
        return previous_ref
    return None


def _spelled_out(
    mention: RawMention, earlier: Sequence[RawMention], refs: Sequence[EntityRef | None]
) -> EntityRef | None:
    """The organisation named earlier in the article whose initials an acronym spells."""
    for previous, ref in zip(reversed(earlier), reversed(refs), strict=True):
        if (
            ref is not None
            and ref.type == "organization"
            and len(previous.text.split()) > 1
            and _acronym_of(mention.text, previous.text)
        ):
            return ref
    return None


def _local_ref(mention: RawMention, earlier: Sequence[EntityRef | None]) -> EntityRef:
    """A name-keyed entity, reusing an earlier spelling of the same name in this article."""
    type_ = mention.type
    if type_ == "location" and _ACRONYM_WORD.match(mention.text):
        type_ = "organization"  # an acronym the KB does not know names a body, not a place
    ref = EntityRef(key=name_key(mention.text, type_), name=mention.text, type=type_)
    for other in earlier:
        if other is not None and other.key.startswith("name:") and same_entity(ref, other):
            return other
    return ref


def resolve_role(
    country: str,
    role: str,
    *,
    mentioned: Sequence[EntityRef],
    published: dt.date | None,
    kb: KnowledgeBase | None = None,
) -> EntityRef | None:
    """The person a role noun designates ("le président chinois"), only when unambiguous."""
    kb = kb or get_kb()
    seen = {ref.key: ref for ref in mentioned if ref.type == "person"}
    in_article = [
        ref
        for ref in seen.values()
        if (entry := kb.get(ref.key)) is not None and entry.holds(role, country, published)
    ]
    if len(in_article) == 1:
        return in_article[0]
    if in_article or published is None:
        return None
    holders = {entry.ref.key: entry.ref for entry in kb.holders(role, country, published)}
    return next(iter(holders.values())) if len(holders) == 1 else None


def resolve_bare_role(
    role: str,
    *,
    mentioned: Sequence[EntityRef],
    published: dt.date | None,
    kb: KnowledgeBase | None = None,
) -> EntityRef | None:
    """The person "the president" designates: the only one named who held such an office."""
    kb = kb or get_kb()
    holders = {
        ref.key: ref
        for ref in mentioned
        if ref.type == "person"
        and (entry := kb.get(ref.key)) is not None
        and any(r.role == role and r.valid_on(published) for r in entry.roles)
    }
    return next(iter(holders.values())) if len(holders) == 1 else None


def role_mentions(
    text: str,
    language: str,
    mentions: Sequence[Mention],
    *,
    published: dt.date | None = None,
    kb: KnowledgeBase | None = None,
) -> tuple[Mention, ...]:
    """Role nouns ("the Chinese president") resolved to a person when the article allows it."""
    refs = [mention.entity for mention in mentions]
    found = []
    for start, end, country, role in find_roles(text, language):
        if any(m.start < end and start < m.end for m in mentions):
            continue
        ref = resolve_role(country, role, mentioned=refs, published=published, kb=kb)
        if ref is not None:
            found.append(Mention(start=start, end=end, text=text[start:end], entity=ref))
    return tuple(found)


@functools.cache
def _function_words() -> frozenset[str]:
    return frozenset(line.lower() for line in read_lines("determiners.txt")) | _ACRONYM_SKIPPED


def _known(text: str, kb: KnowledgeBase, local: dict[str, RawMention]) -> RawMention | None:
    """A stand-in mention for a name the KB or the article already knows (type, label)."""
    key = normalise_alias(text)
    if not key or not (text[:1].isupper() or text[:1].isdigit()):
        return None
    if key in local:
        return local[key]
    entries = [entry for entry in kb.exact(text) if entry.strong]
    if not entries:
        return None
    return RawMention(start=0, end=0, text=text, type=entries[0].ref.type, label="KB")


def _common(word: str, text: str, language: str, *, first: bool, linked: bool) -> bool:
    """True for a word of a wide span that is no part of a name.

    Before the name: lowercase words ("aéroport de"), and in English headline case a
    capitalised common word ("Call Xi-Zelensky"). After a name only function words ("Otan en
    Afghanistan"): a lowercase adjective belongs to the name ("Commission électorale").
    """
    if word[:1].islower():
        return first or word.lower() in _function_words() or _ELISION_WORD.match(word) is not None
    if language != "en" or not first or linked or word.lower() in _function_words():
        return False
    return re.search(rf"(?<![\w-]){re.escape(word.lower())}(?![\w-])", text) is not None


def _split_wide(
    text: str, mention: RawMention, kb: KnowledgeBase, local: dict[str, RawMention], language: str
) -> list[RawMention] | None:
    """The known names inside a span the KB does not know, when the rest is common words.

    "aéroport de Bagdad" → Bagdad, "Otan en Afghanistan" → Otan, Afghanistan. A capitalised
    word that heads the name keeps the span whole ("Banque de France", "Oxford University").
    """
    tokens = list(_TOKEN.finditer(mention.text))
    words = [token.group(0) for token in tokens]
    linked = any(word.lower() in _OF or word.lower() in _function_words() for word in words)
    found: list[RawMention] = []
    index = 0
    while index < len(tokens):
        for stop in range(len(tokens), index, -1):
            if (index, stop) == (0, len(tokens)):
                continue
            piece = mention.text[tokens[index].start() : tokens[stop - 1].end()]
            inner_start, inner_end = strip_span(piece)
            name = piece[inner_start:inner_end]
            known = _known(name, kb, local) if name else None
            if known is None:
                continue
            start = mention.start + tokens[index].start() + inner_start
            if found and found[-1].end == mention.start + tokens[index - 1].end():
                gap = text[found[-1].end : start]
                if not re.fullmatch(r"\s*[-–—]\s*", gap):
                    return None  # "Khalifa Haftar": two known words make one name
            found.append(
                dataclasses.replace(
                    mention,
                    start=start,
                    end=start + len(name),
                    text=name,
                    type=known.type,
                    kb_only=False,
                    before_title=False,
                )
            )
            index = stop
            break
        else:
            word = words[index].strip(".,")
            if not _common(word, text, language, first=not found, linked=linked):
                return None
            index += 1
    return found or None


def _language(text: str) -> str:
    """English or French, from the commonest function words (headline case differs)."""
    french = len(re.findall(r"\b(?:le|la|les|des|et|du|est)\b", text))
    english = len(re.findall(r"\b(?:the|of|and|to|is|was)\b", text))
    return "fr" if french > english else "en"


def _segment(text: str, mentions: Sequence[RawMention], kb: KnowledgeBase) -> list[RawMention]:
    """Mentions with spans wider than a name narrowed to the names they contain."""
    local: dict[str, RawMention] = {}
    for mention in mentions:
        local.setdefault(normalise_alias(mention.text), mention)
    language = _language(text)
    result: list[RawMention] = []
    for mention in mentions:
        if kb.exact(mention.text) or len(_TOKEN.findall(mention.text)) < 2:
            result.append(mention)
            continue
        others = {key: value for key, value in local.items() if value is not mention}
        pieces = _split_wide(text, mention, kb, others, language)
        result.extend(pieces if pieces else [mention])
    return result


def _part_of(words: list[str], name: list[str], *, place: bool) -> bool:
    """True when `words` begin or end the longer `name` (its head noun or a partial name).

    For places only the political form counts: "République islamique" of "République
    islamique d'Iran".
    """
    size = len(words)
    if size >= len(name):
        return False
    if place:
        return size > 1 and name[:size] == words and name[size] in _OF
    # The head of "Court of Justice of the European Union" comes before its first "of".
    head = next((name[:i] for i, word in enumerate(name) if i and word in _OF), name)
    return head[:size] == words or head[-size:] == words


def _corefer_names(
    mentions: Sequence[RawMention],
    refs: list[EntityRef | None],
    clusters: list[tuple[list[str], EntityRef]],
) -> None:
    """Within one article, give name-keyed mentions the entity their name is part of.

    A surname is the person named in full whatever type the model gave it ("Nakasone"); a head
    noun or partial name is the organisation named in full ("Commission" after "Commission
    européenne"), and a political form the country ("the Islamic Republic"); only when one
    entity of the article fits.
    """
    names: dict[str, tuple[EntityRef, set[str]]] = {}
    for mention, ref in zip(mentions, refs, strict=True):
        if ref is None:
            continue
        _, known = names.setdefault(ref.key, (ref, set()))
        for alias in (mention.text, ref.name, *(a for a, _ in ref.aliases)):
            # Elisions split words here: "République islamique d'Iran" ends "d iran".
            known.add(normalise_alias(_ELIDED.sub(" ", alias)))
    for index, (mention, ref) in enumerate(zip(mentions, refs, strict=True)):
        if ref is None or ref.type == "person" or not ref.key.startswith("name:"):
            continue
        if not mention.text[:1].isupper():
            continue
        words = normalise_alias(mention.text).split()
        person = _corefer(words, clusters)
        if person is not None:
            refs[index] = person
            continue
        wholes = {
            key: other
            for key, (other, known) in names.items()
            if key != ref.key
            and other.type in ("organization", "location")
            and any(_part_of(words, name.split(), place=other.type == "location") for name in known)
        }
        if len(wholes) == 1:
            refs[index] = next(iter(wholes.values()))


def _role_phrases(text: str, mentions: list[Mention], kb: KnowledgeBase) -> list[Mention]:
    """Role phrases naming a person ("Archbishop of Canterbury Dr Rowan Williams") are the
    person, not the place: wherever the article uses the phrase, it designates that person.

    Countries are left alone ("President of Russia" still mentions Russia).
    """
    phrases: dict[int, tuple[int, str]] = {}  # place mention index → (phrase start, key)
    holders: dict[str, EntityRef] = {}
    bound: set[int] = set()
    for index, mention in enumerate(mentions):
        entry = kb.get(mention.entity.key)
        if mention.entity.type != "location" or (entry is not None and entry.kind == "country"):
            continue
        before = _TITLE_OF.search(text, max(0, mention.start - 60), mention.start)
        if before is None or not is_title(before.group("title")):
            continue
        key = normalise_alias(text[before.start() : mention.end])
        phrases[index] = (before.start(), key)
        following = mentions[index + 1] if index + 1 < len(mentions) else None
        if following is None or following.entity.type != "person":
            continue
        gap = text[mention.end : following.start]
        if _ROLE_GAP.fullmatch(gap) and (gap.strip() == "" or is_title(gap.strip())):
            holders.setdefault(key, following.entity)
            bound.add(index)
    result = []
    for index, mention in enumerate(mentions):
        start, key = phrases.get(index, (0, ""))
        holder = holders.get(key)
        if holder is None:
            result.append(mention)
        elif index not in bound:
            phrase = text[start : mention.end]
            result.append(Mention(start=start, end=mention.end, text=phrase, entity=holder))
    return result
