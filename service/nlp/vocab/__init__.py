"""Vocabulary data files: titles, determiners, demonyms, role nouns, ignored lines."""
