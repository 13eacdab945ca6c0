"""Name normalisation: strip titles, determiners and possessives; fold names to alias keys."""

from __future__ import annotations

import functools
import re
from importlib import resources

from anyascii import anyascii

_VOCAB = "service.nlp.vocab"

# Elided French articles and prepositions glued to the name by an apostrophe: l’OTAN, d’Ukraine.
_ELISION = re.compile(r"^(?:[lLdDjJ]|[Qq]u|[Jj]usqu|[Ll]orsqu|[Pp]uisqu)['’](?=\w)")
_POSSESSIVE = re.compile(r"(?:['’]s|(?<=s)['’])$")
_EDGE_PUNCT = "\"'“”«»‹›‘’()[]{}<>,;:!?–—-/\\|*•…. \t\n"
# Dotted abbreviations (U.S., U.K.) keep their final dot: it belongs to the name.
_ABBREVIATION_END = re.compile(r"(?:\b\w\.){2,}$")
_DROPPED_IN_KEYS = re.compile(r"[.'’`´]")
_NON_ALNUM = re.compile(r"[^0-9a-z]+")
_MAX_TITLE_WORDS = 4


@functools.cache
def read_lines(name: str) -> tuple[str, ...]:
    """Non-empty, non-comment lines of a vocabulary file, stripped."""
    text = resources.files(_VOCAB).joinpath(name).read_text(encoding="utf-8")
    rows = (line.strip() for line in text.splitlines())
    return tuple(row for row in rows if row and not row.startswith("#"))


@functools.cache
def read_table(name: str) -> tuple[tuple[str, ...], ...]:
    """Tab-separated rows of a vocabulary file (comments and blank lines skipped)."""
    text = resources.files(_VOCAB).joinpath(name).read_text(encoding="utf-8")
    rows = []
    for line in text.splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(tuple(cell.strip() for cell in line.split("\t")))
    return tuple(rows)


@functools.cache
def _titles() -> frozenset[str]:
    return frozenset(line.lower() for line in read_lines("titles.txt"))


@functools.cache
def _determiners() -> frozenset[str]:
    return frozenset(line.lower() for line in read_lines("determiners.txt"))


@functools.cache
def role_nouns() -> frozenset[str]:
    """Lowercase nouns of roles and offices, any language ("minister", "porte-parole")."""
    return frozenset(read_lines("quotes_roles.txt"))


@functools.cache
def demonyms() -> dict[str, str]:
    """Demonyms and national adjectives (lowercase) mapped to ISO country codes."""
    return {row[0].lower(): row[1] for row in read_table("demonyms.tsv")}


def normalise_alias(text: str) -> str:
    """Fold a name to the entity_alias.normalised key: ASCII, lowercase, no punctuation."""
    folded = anyascii(text).lower()
    folded = _DROPPED_IN_KEYS.sub("", folded)
    return _NON_ALNUM.sub(" ", folded).strip()


def is_title(text: str) -> bool:
    """True when the whole text is a title or honorific (``MM.``, ``Président``, ``Dr``)."""
    words = text.strip(_EDGE_PUNCT.replace(".", "")).lower()
    return words in _titles() or words.rstrip(".") in _titles()


def _leading_words(text: str, count: int) -> tuple[str, int] | None:
    """The first `count` whitespace-separated words of `text` and the offset after them."""
    match = re.match(rf"\s*(?:\S+\s+){{{count - 1}}}\S+", text)
    if match is None:
        return None
    return " ".join(match.group(0).split()).lower(), match.end()


def _strip_leading(text: str, vocab: frozenset[str], *, person: bool) -> int:
    """Length of the prefix of `text` made of vocabulary words (kept when nothing would remain)."""
    cut = 0
    while True:
        rest = text[cut:]
        elided = _ELISION.match(rest)
        if elided:
            cut += elided.end()
            continue
        for count in range(_MAX_TITLE_WORDS, 0, -1):
            found = _leading_words(rest, count)
            if found is None:
                continue
            words, end = found
            is_prefix = words in vocab or words.rstrip(".,") in vocab
            if person and is_prefix and words in _determiners() and not rest.strip()[:1].islower():
                # Capitalised particles begin surnames (De Croo, Le Pen): only "le", "de"... go.
                is_prefix = False
            if person and not is_prefix:
                # Before a person's name, national adjectives and lowercase words belong to a
                # role ("Chinese Foreign Minister Qin Gang", "le président russe Vladimir").
                is_prefix = count == 1 and (words in demonyms() or rest.strip()[:1].islower())
            if is_prefix and text[cut + end :].strip(_EDGE_PUNCT):
                cut += end
                break
        else:
            return cut


def strip_span(text: str, *, person: bool = False) -> tuple[int, int]:
    """Offsets (start, end) of the name inside a mention once titles and articles are removed."""
    start, end = 0, len(text)
    while start < end and text[start] in _EDGE_PUNCT:
        start += 1
    vocab = _determiners() | _titles() if person else _determiners()
    start += _strip_leading(text[start:end], vocab, person=person)
    while start < end and text[start] in _EDGE_PUNCT:
        start += 1
    while end > start:
        possessive = _POSSESSIVE.search(text, start, end)
        if possessive and possessive.start() > start:
            end = possessive.start()
        elif text[end - 1] in _EDGE_PUNCT and not (
            text[end - 1] == "." and _ABBREVIATION_END.search(text, start, end)
        ):
            end -= 1
        else:
            break
    return start, end


def clean_name(text: str, *, person: bool = False) -> str:
    """The mention text without titles, determiners, elisions and possessives."""
    start, end = strip_span(text, person=person)
    return text[start:end]


def strip_honorifics(name: str) -> str:
    """A person's name without leading titles (``Mr. Putin`` → ``Putin``)."""
    return clean_name(name, person=True)
