"""Reported speech: "X said that …", "X urged Y to …", "according to X, …"."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator

from service.nlp.attribution import Attribution, Cue, Resolver
from service.nlp.speakers import SUBJECTS
from service.nlp.types import Mention

_MARKS = frozenset({"that", "que", "qu'", "qu’", "whether", "si"})
_RELATIVES = frozenset({"which", "whom", "who", "quoi", "lequel", "laquelle", "qui"})
_CONNECTIVES = frozenset({"but", "and", "mais", "et", "again", "also", "yet", "puis"})
_CLOSERS = '”»"’)'
_MIN_CLAUSE_CHARS = 10


def _clip_paragraph(resolver: Resolver, start: int, end: int) -> tuple[int, int]:
    newline = resolver.text.find("\n", start, end)
    return (start, newline) if newline >= 0 else (start, end)


def _clause_span(cue: Cue, resolver: Resolver) -> tuple[int, int] | None:
    """The reported clause of a verb: its complement clause, or object plus infinitive."""
    token = cue.token
    clause = [c for c in token.children if c.dep_ == "ccomp" and not c.is_space]
    if clause:
        left, right = clause[0].left_edge, clause[0].right_edge
        if right.i < token.i and not resolver.text[right.idx : cue.start].rstrip().endswith(","):
            return None  # a complement before the verb is reported only in ", X said"
    elif cue.kind == "verb" and (xcomp := [c for c in token.children if c.dep_ == "xcomp"]):
        objects = [c for c in token.children if c.dep_ in ("dobj", "obj") and c.i > token.i]
        if not objects or xcomp[0].i < objects[0].i:
            return None
        left, right = objects[0].left_edge, xcomp[0].right_edge
    else:
        return None
    doc = resolver.doc
    start_i, end_i = left.i, right.i
    # "… run policing, while Labour criticised …": a clause hung on the reported one that
    # reports speech of its own subject is not part of it.
    for index, other in resolver.cues.items():
        verb = other.token
        if (
            start_i < index <= end_i
            and verb.dep_ in ("advcl", "conj")
            and any(c.dep_ in SUBJECTS for c in verb.children)
        ):
            end_i = min(end_i, verb.left_edge.i - 1)
    while start_i <= end_i and (
        (doc[start_i].lower_ in _MARKS and doc[start_i].pos_ in ("SCONJ", "ADP"))
        or doc[start_i].is_punct
        or doc[start_i].is_space
    ):
        start_i += 1
    while end_i >= start_i and (
        (doc[end_i].is_punct and doc[end_i].text not in _CLOSERS) or doc[end_i].is_space
    ):
        end_i -= 1
    if end_i - start_i < 2:
        return None
    start, end = doc[start_i].idx, doc[end_i].idx + len(doc[end_i].text)
    # "dénoncé une réforme « injuste et mal préparée »": however the parse ends the clause,
    # a quotation it opens is reported whole, with its closing mark.
    for quotation in resolver.quotations:
        if start <= quotation.start < end < quotation.end:
            after = resolver.text[quotation.end : quotation.end + 2]
            mark = after.lstrip()[:1]
            end = quotation.end + (
                len(after) - len(after.lstrip()) + 1 if mark and mark in _CLOSERS else 0
            )
    return _clip_paragraph(resolver, start, end)


def _phrase_clause(cue: Cue, resolver: Resolver) -> tuple[int, int] | None:
    """The clause "according to X" / "selon X" introduces, on either side of it."""
    sent = resolver.sent(cue.token.i)
    text = resolver.text
    head = resolver.phrase_object(cue)
    if head is None:
        return None
    np_end = head.right_edge.idx + len(head.right_edge.text)
    lead = text[sent.start_char : cue.start].strip(" \t\n,;:(")
    if head.lower_ in _RELATIVES:  # "the United States, according to which it amounts to…"
        start, end = head.idx + len(head.text), sent.end_char
    elif any(
        c.kind != "phrase"
        and resolver.sentence_index[c.token.i] == resolver.sentence_index[cue.token.i]
        for c in resolver.ordered
    ):
        return None  # the sentence reports speech with its own verb: that one is attributed
    elif not lead or lead.lower() in _CONNECTIVES:
        comma = text.find(",", np_end, sent.end_char)
        start, end = (comma + 1 if comma >= 0 else np_end), sent.end_char
    elif text[sent.start_char : cue.start].rstrip().endswith(","):
        start, end = sent.start_char, text.rindex(",", sent.start_char, cue.start)
    else:
        return None
    while start < end and text[start] in " \t\n,":
        start += 1
    while end > start and text[end - 1] in " \t\n.,;:":
        end -= 1
    start, end = _clip_paragraph(resolver, start, end)
    return (start, end) if end - start > _MIN_CLAUSE_CHARS else None


def _relative_antecedent(cue: Cue, resolver: Resolver) -> Mention | None:
    """The mention a relative pronoun after a phrase cue stands for: the one just before it."""
    head = resolver.phrase_object(cue)
    if head is None or head.lower_ not in _RELATIVES:
        return None
    before = resolver.text[: cue.start].rstrip(" ,")
    return next((m for m in resolver.speakers.mentions if m.end == len(before)), None)


def reported_clauses(resolver: Resolver) -> Iterator[tuple[int, int, Attribution]]:
    """Reported clauses with their attribution, in text order."""
    for cue in resolver.ordered:
        if cue.kind == "phrase":
            span = _phrase_clause(cue, resolver)
        else:
            span = _clause_span(cue, resolver)
        if span is None:
            continue
        attribution = resolver.attribution(cue)
        antecedent = _relative_antecedent(cue, resolver) if cue.kind == "phrase" else None
        if antecedent is not None:
            attribution = dataclasses.replace(
                attribution,
                speaker=antecedent.entity,
                speaker_text=antecedent.text,
                speaker_span=(antecedent.start, antecedent.end),
            )
        if attribution.speaker_text is None:
            continue  # "it is said that…" reports nobody
        yield span[0], span[1], attribution
