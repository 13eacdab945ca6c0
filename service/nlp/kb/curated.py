"""Loads the hand-curated people and organisations (people.json, organizations.json)."""

from __future__ import annotations

import json
from importlib import resources
from typing import Any

from service.nlp.kb.entry import CURATED_PRIORITY, KBEntry, Role, parse_day
from service.nlp.normalise import normalise_alias
from service.nlp.types import EntityRef, EntityType

_TYPES: dict[str, EntityType] = {
    "person": "person",
    "organization": "organization",
    "location": "location",
}


def _read(name: str) -> list[dict[str, Any]]:
    """The records of one curated file, or none while it does not exist yet."""
    resource = resources.files(__package__ or "service.nlp.kb").joinpath(name)
    if not resource.is_file():
        return []
    data = json.loads(resource.read_text(encoding="utf-8"))
    return [item for item in data if isinstance(item, dict) and item.get("name")]


def _key(wikidata_id: str | None, name: str, type_: str) -> str:
    # Without a Wikidata id the key is the name key, so the entity keeps the same identity
    # whether or not the knowledge base knows it.
    if wikidata_id:
        return f"wd:{wikidata_id}"
    return f"name:{type_}:{normalise_alias(name)}"


def _aliases(item: dict[str, Any]) -> tuple[tuple[str, str], ...]:
    seen: set[tuple[str, str]] = set()
    pairs: list[tuple[str, str]] = []
    raw = item.get("aliases") or {}
    for language, texts in sorted(raw.items()) if isinstance(raw, dict) else ():
        for text in texts or ():
            pair = (str(text), str(language))
            if pair not in seen:
                seen.add(pair)
                pairs.append(pair)
    return tuple(pairs)


def _entry(item: dict[str, Any], type_: EntityType) -> KBEntry:
    wikidata_id = item.get("wikidata_id") or None
    ref = EntityRef(
        key=_key(wikidata_id, item["name"], type_),
        name=item["name"],
        type=type_,
        wikidata_id=wikidata_id,
        aliases=_aliases(item),
    )
    roles = tuple(
        Role(
            role=str(role.get("role", "")),
            country=role.get("country"),
            start=parse_day(role.get("start")),
            end=parse_day(role.get("end")),
        )
        for role in item.get("roles") or ()
        if isinstance(role, dict)
    )
    kind = "person" if type_ == "person" else "organization"
    return KBEntry(
        ref=ref,
        kind=kind,
        priority=CURATED_PRIORITY,
        country=item.get("country"),
        roles=roles,
        category=item.get("category"),
    )


def curated_entries() -> list[KBEntry]:
    """People and organisations from the curated JSON files present in this package."""
    entries = [_entry(item, "person") for item in _read("people.json")]
    for item in _read("organizations.json"):
        entries.append(_entry(item, _TYPES.get(str(item.get("type")), "organization")))
    return entries
