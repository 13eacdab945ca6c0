"""The record a knowledge-base lookup returns: a canonical entity with what ranks it."""

from __future__ import annotations

import dataclasses
import datetime as dt

from service.nlp.types import EntityRef

# Ranks between kinds when one alias names several entities of the same type: curated entries
# were chosen by hand, a country outranks any city, then population decides.
CURATED_PRIORITY = 1e12
COUNTRY_PRIORITY = 1e11


@dataclasses.dataclass(frozen=True, slots=True)
class Role:
    """A position a person holds for a country between two dates (end None: still holds it)."""

    role: str
    country: str | None
    start: dt.date | None
    end: dt.date | None

    def valid_on(self, day: dt.date | None) -> bool:
        """True when the role is held on `day` (any day when `day` is unknown)."""
        if day is None:
            return True
        return (self.start is None or self.start <= day) and (self.end is None or day < self.end)


@dataclasses.dataclass(frozen=True, slots=True)
class KBEntry:
    """One knowledge-base entity: its reference, kind, rank and, for people, roles."""

    ref: EntityRef
    kind: str  # person, organization, country, city
    priority: float
    country: str | None = None
    roles: tuple[Role, ...] = ()
    # Strong entries may override the statistical model's type (Kyiv tagged PERSON is a city);
    # small towns named like people (Jackson) must not.
    strong: bool = True
    # Aliases used for lookup only (noisy alternate spellings are not published as aliases).
    lookup_aliases: tuple[str, ...] = ()
    category: str | None = None  # organisations: media, company, government_body, …

    def holds(self, role: str, country: str, day: dt.date | None) -> bool:
        """True when this person holds `role` for `country` on `day`."""
        return any(r.role == role and r.country == country and r.valid_on(day) for r in self.roles)


def parse_day(text: str | None) -> dt.date | None:
    """An ISO date from curated data, tolerating year-only or missing values."""
    if not text:
        return None
    try:
        return dt.date.fromisoformat(text)
    except ValueError:
        try:
            return dt.date(int(text[:4]), 1, 1)
        except ValueError:
            return None
