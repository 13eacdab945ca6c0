"""Events: typed triggers from vocab data; participants, place and date from the clause."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import json
from collections.abc import Sequence
from importlib import resources
from typing import Any

from spacy.tokens import Doc, Span, Token

from service.nlp.event_merge import event_title, merge_events, meta, same_article_event
from service.nlp.types import EntityRef, EventMention, Mention, TimeExpression

# Clausal dependents that start another proposition: their entities are not the trigger's.
_OTHER_CLAUSE = frozenset({"ccomp", "advcl", "parataxis", "csubj", "acl:relcl", "relcl", "conj"})
_SUBJECT_OBJECT = (
    "nsubj",
    "nsubjpass",
    "nsubj:pass",
    "obj",
    "dobj",
    "iobj",
    "agent",
    "poss",
    "nmod:poss",
    "obl:agent",
    "obl:arg",
    "appos",
    "compound",
)
_MAX_PARTICIPANTS = 6
_INTERACTIONS = frozenset({"meeting", "talks", "phone_call", "video_call"})
# Types whose reports may name only where they happened ("strikes on Basra", "the summit").
_PLACE_ONLY = frozenset({"military_action", "summit"})


@dataclasses.dataclass(frozen=True, slots=True)
class _Lexicon:
    phrases: tuple[tuple[str, tuple[str, ...]], ...]  # (type, words), longest first
    place_verbs: dict[str, str]  # lemma -> type
    weak: frozenset[str]
    # First word (as written, and without a trailing apostrophe) -> indexes into `phrases`, so
    # a token is compared with the few phrases it can start rather than with all of them.
    by_first: dict[str, tuple[int, ...]]

    def starting_with(self, token: Token) -> list[int]:
        """Indexes of the phrases whose first word the token may be, longest phrase first."""
        text = _norm(token.text)
        keys = {text, _norm(token.lemma_), text.rstrip("'")}
        return sorted({i for key in keys for i in self.by_first.get(key, ())})


def _norm(word: str) -> str:
    return word.lower().replace("’", "'")


@functools.cache
def _lexicon(language: str) -> _Lexicon:
    name = f"event_triggers_{language if language in ('en', 'fr') else 'en'}.json"
    data: dict[str, Any] = json.loads(
        resources.files("service.nlp.vocab").joinpath(name).read_text("utf-8")
    )
    phrases = [
        (kind, tuple(_norm(p).replace("'", "' ").split()))
        for kind, items in data["phrases"].items()
        for p in items
    ]
    phrases.sort(key=lambda item: -len(item[1]))
    verbs = {lemma: kind for kind, items in data["place_verbs"].items() for lemma in items}
    by_first: dict[str, list[int]] = {}
    for index, (_, words) in enumerate(phrases):
        for key in {words[0], words[0].rstrip("' ")}:
            by_first.setdefault(key, []).append(index)
    return _Lexicon(
        tuple(phrases),
        verbs,
        frozenset(_norm(w) for w in data["weak"]),
        {key: tuple(indexes) for key, indexes in by_first.items()},
    )


def _token_matches(token: Token, word: str) -> bool:
    text, lemma = _norm(token.text), _norm(token.lemma_)
    return word in (text, lemma) or text.rstrip("'") == word.rstrip("' ")


def _triggers(sent: Span, lexicon: _Lexicon) -> list[tuple[str, Span, str]]:
    found: list[tuple[str, Span, str]] = []
    taken: set[int] = set()
    for token in sent:
        if token.i in taken:
            continue
        for index in lexicon.starting_with(token):
            kind, words = lexicon.phrases[index]
            end = token.i + len(words)
            if end > sent.end or any(t.i in taken for t in sent.doc[token.i : end]):
                continue
            if all(
                _token_matches(t, w) for t, w in zip(sent.doc[token.i : end], words, strict=True)
            ):
                found.append((kind, sent.doc[token.i : end], " ".join(words)))
                taken.update(range(token.i, end))
                break
        else:
            kind_of_verb = lexicon.place_verbs.get(_norm(token.lemma_))
            if kind_of_verb and token.pos_ in ("VERB", "AUX"):
                found.append((kind_of_verb, sent.doc[token.i : token.i + 1], "place_verb"))
    return found


def _clause_verb(token: Token) -> Token:
    for _ in range(6):
        if token.pos_ in ("VERB", "AUX") or token.head.i == token.i:
            return token
        token = token.head
    return token


def _attached_to_verb(root: Token, verb: Token) -> bool:
    # A noun trigger shares its verb's actors when nothing but a preposition stands between
    # them ("held talks", "during a meeting with"), not in "the launch of the offensive".
    token = root
    for _ in range(len(root.doc)):  # bounded: a parse is a tree, but never loop on a bad one
        if token.head.i == token.i or token.i == verb.i:
            break
        token = token.head
        if token.i != verb.i and token.pos_ not in ("ADP", "AUX"):
            return False
    return token.i == verb.i


def _clause_tokens(trigger: Span) -> tuple[Token, set[int], set[int]]:
    verb = _clause_verb(trigger.root)
    if trigger.root.pos_ not in ("VERB", "AUX") and not _attached_to_verb(trigger.root, verb):
        own = {t.i for t in trigger.root.subtree}
        rest = {t.i for t in verb.subtree} - own
        return trigger.root, own, rest
    inside = {t.i for t in trigger}
    tokens: set[int] = {verb.i}
    nested_tokens: set[int] = set()
    for child in verb.children:
        subtree = {t.i for t in child.subtree}
        if child.dep_ in _OTHER_CLAUSE and not subtree & inside:
            nested_tokens |= subtree
        else:
            tokens |= subtree
    if trigger.root.i != verb.i:
        # A noun trigger's own phrase ("talks with Putin"); a verb's subtree is the clause,
        # whose other clauses were set apart above.
        tokens.update(t.i for t in trigger.root.subtree)
    if verb.dep_ in ("relcl", "acl:relcl", "acl") and verb.head.i != verb.i:
        # "MM. Xi and Putin, who will meet": the antecedent takes part.
        tokens.update(t.i for t in verb.head.subtree if t.i < verb.i)
    return verb, tokens, nested_tokens - tokens


def _suspended(verb: Token, trigger: Span) -> bool:
    data = meta()
    words = set(data["negations"])
    near = [*verb.children, *trigger.root.children]
    if any(_norm(c.text) in words or c.dep_ == "neg" for c in near):
        return True
    return any(_norm(c.text) in data["conditions"] and c.dep_ == "mark" for c in verb.children)


def _place(doc: Doc, mention: Mention) -> Token | None:
    span = doc.char_span(mention.start, mention.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else None


def _case_word(root: Token) -> str:
    cases = [c for c in root.children if c.dep_ == "case"]
    if cases:
        return _norm(cases[0].text)
    return _norm(root.head.text) if root.dep_ == "pobj" else ""


def _attachment(root: Token) -> Token:
    # The word a place phrase modifies: "visit [to Russia]" (English pobj under its
    # preposition) or "ira [en Russie]" (French obl/nmod with a case child).
    if root.dep_ == "pobj" and root.head.dep_ == "prep":
        return root.head.head
    return root.head


_OF = frozenset({"of", "de", "d'", "d’", "du", "des"})


def _place_phrase(root: Token) -> Token:
    # "landed in the capital of China", "au centre de Kiev": the place phrase is headed by
    # the noun the name completes, which carries the preposition and the attachment.
    if _case_word(root) in _OF and root.head.i != root.i:
        noun = _attachment(root)
        if noun.pos_ == "NOUN":
            return noun
    return root


def _attached_to(phrase: Token) -> Token:
    # "landed at dawn in the capital": the parser hangs the place on "dawn"; a place phrase
    # on the noun of another prepositional phrase modifies what that phrase modifies.
    head = _attachment(phrase)
    if head.pos_ == "NOUN" and head.dep_ == "pobj" and head.head.dep_ == "prep":
        return _attachment(head)
    return head


def _roles(
    doc: Doc, trigger: Span, tokens: set[int], mentions: Sequence[Mention], verb: Token
) -> tuple[list[EntityRef], EntityRef | None]:
    data = meta()
    # Only a place that modifies the event itself is its location, not "the conflict in
    # Ukraine" elsewhere in the clause.
    anchors = {t.i for t in trigger} | {verb.i}
    participants: list[EntityRef] = []
    place: tuple[int, EntityRef] | None = None
    for mention in mentions:
        root = _place(doc, mention)
        if root is None or root.i not in tokens:
            continue
        entity = mention.entity
        if entity.type == "location":
            case = _case_word(root)
            acting = root.dep_ in _SUBJECT_OBJECT or case in data["partner_prepositions"]
            distance = abs(root.i - trigger.root.i)
            phrase = _place_phrase(root)
            is_place = (
                _case_word(phrase) in data["place_prepositions"]
                or (root.dep_ in ("obj", "dobj") and trigger.root.lemma_ in ("visit", "visiter"))
            ) and _attached_to(phrase).i in anchors
            if is_place and (place is None or distance < place[0]):
                place = (distance, entity)
                continue
            if not acting:
                continue
        if entity.type != "other" and entity.key not in {p.key for p in participants}:
            participants.append(entity)
    location = place[1] if place else None
    kept = [p for p in participants if location is None or p.key != location.key]
    return kept[:_MAX_PARTICIPANTS], location


def _date_of(
    doc: Doc,
    sent: Span,
    clause: tuple[set[int], set[int]],
    trigger: Span,
    times: Sequence[TimeExpression],
) -> TimeExpression | None:
    tokens, nested = clause
    ranked: list[tuple[int, int, TimeExpression]] = []
    for time in times:
        if not (sent.start_char <= time.start and time.end <= sent.end_char):
            continue
        span = doc.char_span(time.start, time.end, alignment_mode="expand")
        indexes = {tok.i for tok in span} if span is not None else set()
        if indexes & nested or _deadline(doc.text, time):
            continue  # the date of what was said, not of the saying; "until 2030" is no date
        ranked.append((0 if indexes & tokens else 1, abs(time.start - trigger.start_char), time))
    return min(ranked, key=lambda r: (r[0], r[1]))[2] if ranked else None


def _deadline(text: str, time: TimeExpression) -> bool:
    before = text[max(0, time.start - 12) : time.start].lower().split()
    words = meta()["deadline_words"]
    return bool(before and before[-1] in words) or any(
        time.text.lower().startswith(w) for w in words
    )


def _sentence_actors(doc: Doc, sent: Span, mentions: Sequence[Mention]) -> list[EntityRef]:
    actors: list[EntityRef] = []
    for mention in mentions:
        if (
            sent.start_char <= mention.start < sent.end_char
            and mention.entity.type == "person"
            and mention.entity.key not in {a.key for a in actors}
        ):
            actors.append(mention.entity)
    return actors


def extract_events(
    doc: Doc,
    mentions: Sequence[Mention],
    times: Sequence[TimeExpression],
    *,
    language: str,
    published: dt.date | None = None,
) -> list[EventMention]:
    """Events the article reports: typed trigger, participants, place, date and evidence."""
    del published  # the times are already normalised against it
    lexicon = _lexicon(language)
    events: list[EventMention] = []
    for sent in doc.sents:
        seen: dict[str, EventMention] = {}
        for kind, trigger, words in _triggers(sent, lexicon):
            verb, tokens, nested = _clause_tokens(trigger)
            if _suspended(verb, trigger):
                continue
            participants, location = _roles(doc, trigger, tokens, mentions, verb)
            if kind in _INTERACTIONS and len(participants) < 2:
                # "the two men held a videoconference": the people are named elsewhere in it.
                extra = [
                    a
                    for a in _sentence_actors(doc, sent, mentions)
                    if a.key not in {p.key for p in participants}
                ]
                participants = (participants + extra)[:_MAX_PARTICIPANTS]
            actors = participants  # people, organisations and the countries that act
            if words == "place_verb" and location is None:
                continue
            if not actors and (kind not in _PLACE_ONLY or location is None):
                continue
            if words in lexicon.weak and not actors:
                continue
            when = _date_of(doc, sent, (tokens, nested), trigger, times)
            event = EventMention(
                type=kind,
                title=event_title(kind, participants, location),
                date_start=when.date_start if when else None,
                date_end=when.date_end if when else None,
                precision=when.precision if when else None,
                participants=tuple(participants),
                location=location,
                evidence_start=sent.start_char,
                evidence_end=sent.end_char,
                trigger=trigger.text,
            )
            # One event per type and sentence: several triggers there name the same one.
            seen[kind] = merge_events(seen[kind], event) if kind in seen else event
        events.extend(seen.values())
    return merge_within_article(events)


def merge_within_article(events: list[EventMention]) -> list[EventMention]:
    """One mention per event of the article: later mentions of the same event enrich the first."""
    merged: list[EventMention] = []
    for event in events:
        for index, kept in enumerate(merged):
            if same_article_event(kept, event):
                merged[index] = merge_events(kept, event)
                break
        else:
            merged.append(event)
    return merged
