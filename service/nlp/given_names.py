"""The gender a given name usually tells, for "he"/"she" and "il"/"elle".

Faker's person providers (MIT licence, already installed with Litestar) list given names by
gender for some eighty locales: a name they list for one gender only tells that gender; a name
listed for both anywhere ("Camille", "Andrea", "Jean" in English) tells nothing. The curated
vocab/given_names.tsv comes first: it settles names for English and French news ("Jean" is a
man's name in French text).
"""

from __future__ import annotations

import functools
import importlib
import pkgutil
from collections import defaultdict

import faker.providers.person

from service.nlp.normalise import read_table

_LISTS = (("first_names_female", "f"), ("first_names_male", "m"))


@functools.cache
def given_name_genders() -> dict[str, str]:
    """Lowercase given name → "f" or "m", for the names only one gender bears."""
    genders: dict[str, set[str]] = defaultdict(set)
    for locale in pkgutil.iter_modules(faker.providers.person.__path__):
        provider = importlib.import_module(f"{faker.providers.person.__name__}.{locale.name}")
        for attribute, gender in _LISTS:
            # Some locales weight their names: a mapping of name to frequency.
            for name in getattr(provider.Provider, attribute, None) or ():
                genders[name.lower()].add(gender)
    found = {name: next(iter(both)) for name, both in genders.items() if len(both) == 1}
    found.update({name: gender for name, gender in read_table("given_names.tsv")})
    return found
