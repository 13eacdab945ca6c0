"""Statements: every quotation and reported clause of an article, with speaker and subjects."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from collections.abc import Container, Sequence

from spacy.tokens import Doc, Span, Token

from service.nlp.attribution import (
    INTRODUCTIONS,
    ONESELF_CHARS,
    OPENS_QUOTATION,
    Attribution,
    Cue,
    Resolver,
    finite,
)
from service.nlp.normalise import read_table
from service.nlp.quote_marks import Quotation, find_quotations
from service.nlp.reported import reported_clauses
from service.nlp.speakers import (
    AGENT_ENDINGS,
    ENGLISH_AGENT_ENDINGS,
    SUBJECTS,
    determiners,
    is_pronoun_phrase,
    may_speak,
)
from service.nlp.types import EntityRef, Mention, Statement

_FRAGMENT_WORDS = 4  # fewer words than this: a fragment, a quotation only when a cue governs it
# How far up the parse a fragment's cue may be: "a qualifié ce vote d'« énorme mensonge »",
# "said the penalty was “derisory”" put the words two or three arcs below the cue, "says that
# the plan is an example of Labour's “authoritarian” response" five.
_FRAGMENT_DEPTH = 5
_PHRASE_DEPTH = 9  # a sentence-opening "selon X" ranks after any verb that governs the quote
_FOLLOWING_SENTENCE_TOKENS = 25
_OPENING_MARKS = "“«„‹‘\"'"
_CLOSING_MARKS = "”»›’\"'"
_CHAIN_WORDS = frozenset({",", "et", ",et", "ou", "and", ",and", "or"})  # between listed quotes
_INDIRECT_OVERLAP = 0.6
_INCISE_MIN_WORDS = 2  # words a quote must keep on each side of an incise split
_INCISE_CHARS = 160  # how far after its verb an incise inside a quotation may run
_WORD = re.compile(r"\w+")
_STANDING_QUOTE_REACH = 600  # how far back a quote standing alone looks for its speaker
_FOLLOW_ON_CHARS = 160  # at most a short attribution ("”, he told reporters.") between quotes
# "le ministère, pour qui « … »": a relative that gives the view of the noun before it.
_INTRODUCES = re.compile(r"\s*:\s*[“«„‹‘\"']?\s*")  # a cue, a colon, then the quotation
_VIEW_RELATIVE = re.compile(r"\b(?:pour|selon|d['’]après)\s+qui\b", re.IGNORECASE)
# "que"/"that" opening the reported clause, at most this many words after its verb.
_THAT = frozenset({"que", "qu'", "qu’", "that"})
_THAT_REACH = 4
_LABELLING = frozenset({"as", "for", "comme"})  # "as a “charade”", "for an “excellent job”"
_NAME_WORDS = 5  # "la « Journée d'Al-Qods »": at most this many words name a thing
_ARTICLES = frozenset({"the", "le", "la", "les", "du", "des", "au", "aux"})
_RELATIVE = frozenset({"acl:relcl", "relcl"})
_CLAUSE_BREAKS = frozenset({";", ":", ".", "!", "?"})
# Endings of nouns of agents, English ones after the French ("resident", "voter", "habitant").
_AGENT_ENDINGS = (*AGENT_ENDINGS, *ENGLISH_AGENT_ENDINGS, "ent")
# Dependents that complete the noun before "pour qui": "le ministère de la Justice".
_ANTECEDENT_PARTS = frozenset({"nmod", "amod", "flat", "flat:name", "appos"})


def _runs_on(sent: Span) -> bool:
    """spaCy sometimes splits inside a sentence: a piece opening in lower case runs on."""
    first = next((t for t in sent if not t.is_space), None)
    return first is not None and (first.text[0].islower() or first.text[0] in ",;:)»”-–")


def _abbreviated(sent: Span) -> bool:
    """spaCy ends sentences after "MM." or "Mr.": such a sentence runs on."""
    words = [t for t in sent if not t.is_space]
    if len(words) < 2 or words[-1].text != ".":
        return False
    last = words[-2].text
    return len(last) <= 3 and last[:1].isupper() and last.isalpha()


def _region(resolver: Resolver, quotation: Quotation) -> Span | None:
    """The sentence(s) around a quotation, repaired, never beyond its paragraph."""
    doc, sent, text = resolver.doc, resolver.sent, resolver.text
    span = doc.char_span(quotation.start, quotation.end, alignment_mode="expand")
    if span is None:
        return None
    first, last = sent(span.start), sent(span.end - 1)
    while first.start > 0 and (_runs_on(first) or _abbreviated(sent(first.start - 1))):
        first = sent(first.start - 1)
    while last.end < len(doc) and (_runs_on(sent(last.end)) or _abbreviated(last)):
        last = sent(last.end)
    # "…,” he said." is one sentence even when spaCy ends one at the closing mark.
    after = quotation.end
    while after < len(text) and not text[after].isalnum() and text[after] != "\n":
        after += 1
    # '"He could join the crooks." But Ms Kelly said …': a quotation that ends its sentence
    # with a full stop, before a capital, leaves the next sentence to itself.
    ended = text[quotation.start : quotation.end].rstrip(_CLOSING_MARKS + " ").endswith(".")
    if (
        last.end < len(doc)
        and doc[last.end].idx <= after
        and not (ended and text[after : after + 1].isupper())
    ):
        following = sent(last.end)
        if len(following) <= _FOLLOWING_SENTENCE_TOKENS:
            last = following
    low = text.rfind("\n", 0, quotation.start) + 1
    high = text.find("\n", quotation.end)
    high = len(text) if high < 0 else high
    return doc.char_span(
        max(low, first.start_char), min(high, last.end_char), alignment_mode="expand"
    )


def _governs(cue: Token, quote: Span, fragment: bool, cues: Container[int]) -> int | None:
    """Depth at which the cue governs the quotation (None if it does not)."""
    roots = [t for t in quote if not quote.start <= t.head.i < quote.end or t.head.i == t.i]
    for root in roots:
        node, depth = root, 0
        while node.head.i != node.i and depth < (_FRAGMENT_DEPTH if fragment else 8):
            if node.i in cues and node.dep_ in _RELATIVE and node.i != root.i:
                # "…, a répondu X à Y, qui avait estimé que « … »": the words belong to the
                # cue of the relative clause, never to the verb its antecedent hangs on.
                break
            node, depth = node.head, depth + 1
            if node.i == cue.i:
                return depth
    return None


def _opens_its_sentence(resolver: Resolver, cue: Cue, quote: Span) -> bool:
    """Whether a phrase cue opens the sentence the quotation lies in."""
    return resolver.opens_sentence(cue.start) and resolver.sent(cue.token.i) == resolver.sent(
        quote.start
    )


def _closing_incise(resolver: Resolver, cue: Cue, quote: Span) -> bool:
    """Whether a verb cue after a comma, with its subject after it, ends the sentence a
    quotation lies in: ", a précisé la présidence dans un communiqué.", ", said the minister."."""
    token = cue.token
    if cue.kind != "verb" or resolver.sent(token.i) != resolver.sent(quote.start):
        return False
    if not resolver.text[: cue.start].rstrip().endswith(","):
        return False
    if resolver.cues_between(quote.end_char, cue.start):
        return False  # "« … », aurait confié X …, écrit le quotidien": the nearer cue speaks
    if not finite(token) or any(c.dep_ in SUBJECTS and c.i < token.i for c in token.children):
        return False
    subject = resolver.inverted(cue)
    if subject is None:
        return False
    sentence = resolver.sent(token.i)
    rest = resolver.doc[subject.right_edge.i + 1 : sentence.end]
    return not any(t.pos_ in ("VERB", "AUX") or resolver.quoted[t.i] for t in rest)


# "je suis X", "c'est moi", "my name is X": words before which a speaker names themself.
_NAMES_ONESELF = re.compile(
    rf"\b(?:{INTRODUCTIONS}|je suis|moi,|c['’]est moi|i am|i'm|i’m|me voici)\b", re.IGNORECASE
)


def _reports_its_own(resolver: Resolver, cue: Cue) -> bool:
    """Whether a cue after a quotation reports words of its own after it: a clause of the
    writer's ("denied Phillips made the remark") or the quotation its colon opens
    ("insisting: “He didn't say it.”")."""
    if OPENS_QUOTATION.match(resolver.text, cue.end):
        return True
    return any(
        child.dep_ == "ccomp" and child.i > cue.token.i and not resolver.quoted[child.i]
        for child in cue.token.children
    )


def _indefinite_before(text: str, quote: Span) -> bool:
    """'a “new era”': an indefinite article before a fragment marks the writer's own words."""
    # 'a “terrible” waste': the article belongs to the noun after the quoted modifier.
    if quote.root.head.i >= quote.end:
        return False
    start = quote.start_char
    words = text[max(0, start - 16) : max(0, start - 1)].split()
    if len(words) > 1 and words[-2].lower() in _LABELLING:
        return False  # 'condemned the debate as a “charade”': the label is the speaker's
    return bool(words) and words[-1].lower() in determiners("indefinite")


def _named_by_cue(resolver: Resolver, cue: Token, quote: Span) -> bool:
    """ "évoque un « drame familial »", "parlant d'une « catastrophe »": in French the noun a
    cue names as its object, with no other noun between, is the speaker's own word."""
    if resolver.language != "fr":
        return False
    node = quote.root
    while node.head.i != node.i and node.head.i != cue.i:
        node = node.head
        if node.pos_ in ("NOUN", "PROPN"):
            return False  # "la crise des « gilets jaunes »": a noun's complement, no label
    return node.head.i == cue.i


def _names_a_thing(resolver: Resolver, quotation: Quotation) -> bool:
    """ "la « Journée d'Al-Qods »", "les "Enfoirés"", "the “Big Society”": a few capitalised
    words after an article name a day, a group or a work, and quote nobody."""
    text = resolver.text
    quoted = text[quotation.start : quotation.end].strip()
    if not quoted[:1].isupper() or len(_WORD.findall(quoted)) > _NAME_WORDS:
        return False
    if quoted.rstrip(_CLOSING_MARKS).rstrip()[-1:] in ("!", "?", "."):
        return False  # "« Grosse sardine !!! »" is someone's cry
    before = text[max(0, quotation.start - 12) : quotation.start].rstrip(_OPENING_MARKS + " ")
    article = re.split(r"[\s'’]", before.lower())[-1:] if before else []
    elided = before.lower().endswith(("l'", "l’"))
    return elided or (bool(article) and article[0] in _ARTICLES)


def _in_that_clause(resolver: Resolver, cue: Cue, quote: Span) -> bool:
    """Whether a quotation lies in the "que"/"that" clause right after a verb cue, in its
    sentence, whatever the parse made of it: "assurant que l'entretien avait été « … »"."""
    if cue.kind != "verb" or resolver.sent(cue.token.i) != resolver.sent(quote.start):
        return False
    doc = resolver.doc
    after = doc[cue.token.i + 1 : quote.start]
    opener = next((t for t in after[:_THAT_REACH] if t.lower_ in _THAT), None)
    if opener is None:
        return False
    between = doc[opener.i + 1 : quote.start]
    return not any(t.i in resolver.cues or t.text in _CLAUSE_BREAKS for t in between)


def _in_reported_clause(cue: Token, quote: Span) -> bool:
    """Whether a quotation lies in a clause the cue reports: "he pledged childcare would be a
    “centrepiece”" quotes him, where "promised a “new era”" is the writer's wording."""
    node = quote.root
    while node.head.i != node.i and node.head.i != cue.i:
        node = node.head
    return node.head.i == cue.i and node.dep_ in ("ccomp", "xcomp") and node.i != quote.root.i


def attribute_quote(resolver: Resolver, quotation: Quotation) -> Attribution | None:
    """The attribution of a quotation, or None for titles and scare quotes."""
    doc = resolver.doc
    region = _region(resolver, quotation)
    quote = doc.char_span(quotation.start, quotation.end, alignment_mode="expand")
    if region is None or quote is None:
        return None
    relative = _relative_antecedent(resolver, quotation) or _view_of_antecedent(resolver, quotation)
    if relative is not None:
        return relative
    fragment = sum(1 for t in quote if not t.is_punct) < _FRAGMENT_WORDS
    after_mark = quotation.end + 1
    best: tuple[tuple[int, int, int], Cue] | None = None
    for cue in resolver.cues_between(region.start_char, region.end_char):
        after = cue.start >= quotation.end
        depth = _governs(cue.token, quote, fragment, resolver.cues)
        if depth is None and not after and _in_that_clause(resolver, cue, quote):
            depth = _FRAGMENT_DEPTH
        if after and depth is None and _reports_its_own(resolver, cue):
            continue  # "“…” A spokesman said Downing Street had no comment."
        gap = resolver.text[after_mark : cue.start] if after else ""
        if not after and _INTRODUCES.fullmatch(resolver.text, cue.end, quotation.start):
            # "…, qui avait précisé : « … »": the verb right before the colon introduces the
            # quotation, whichever verb of the sentence the parse hung it on.
            rank, depth = 0, 0
        elif (
            after
            and len(gap) <= 4
            and not any(c.isalnum() for c in gap)
            and (finite(cue.token) or not cue.token.morph.get("VerbForm", []))
            and resolver.inverted(cue) is not None
        ):
            # "Cette étude répondra aux « … », assure le CHU": an inverted incise right after
            # the quotation speaks for it, whatever verb before governs the quoted words.
            rank, depth = 0, 0
        elif fragment and after and len(gap) <= 4 and not any(c.isalnum() for c in gap):
            rank = 1  # "These devices “will be destroyed”, launched the Kremlin."
        elif depth is None and after and _closing_incise(resolver, cue, quote):
            # "Il s'agissait d'une « démarche individuelle » …, a précisé la présidence": an
            # inverted incise that ends the sentence gives the whole sentence to its speaker.
            rank, depth = 0, _PHRASE_DEPTH
        elif (
            depth is None
            and not after
            and cue.kind == "phrase"
            and _opens_its_sentence(resolver, cue, quote)
        ):
            # "Selon X, le système est « déréglé »": the whole sentence is X's view, though a
            # verb that governs the quotation comes first.
            rank, depth = 0, _PHRASE_DEPTH
        elif depth is not None:
            if (
                fragment
                and _indefinite_before(resolver.text, quote)
                and not _named_by_cue(resolver, cue.token, quote)
                and not _in_reported_clause(cue.token, quote)
            ):
                continue
            rank = 0 if cue.kind != "clause" else 2
        elif fragment:
            continue
        else:
            clear = (
                resolver.gap_is_clear(after_mark, cue.start)
                if after
                else resolver.gap_is_clear(cue.end, quotation.start - 1)
            )
            if not clear and cue.kind == "clause":
                continue  # "believe", "estime" attribute only what they govern or touch
            rank = 1 if clear else 3
        distance = cue.start - quotation.end if after else quotation.start - cue.end
        key = (rank, depth or 0, abs(distance))
        if best is None or key < best[0]:
            best = (key, cue)
    if best is not None:
        cue = best[1]
        found = resolver.attribution(cue, quotation.start if cue.start >= quotation.end else None)
        if (
            found.speaker is None
            and cue.start < quotation.start
            and not is_pronoun_phrase(found.speaker_text or "", kind=None)
        ):
            outer = _reporting_cue(resolver, cue)
            said = resolver.attribution(outer) if outer is not None else None
            if said is not None and said.speaker is not None and said.speaker.type == "person":
                # "He added the government had pledged “…”": a cue inside what a person is
                # reported to say, whose own subject names no one, gives way to that person.
                return said
        return found
    if fragment:
        return _main_subject(resolver, quote)
    return (
        _colon_attribution(resolver, quotation)
        or _previous_sentence(resolver, region)
        or _main_subject(resolver, quote)
    )


def _reporting_cue(resolver: Resolver, cue: Cue) -> Cue | None:
    """The verb cue of the same sentence whose reported clause holds a cue."""
    node, reported = cue.token, False
    sent = resolver.sent(cue.token.i)
    while node.head.i != node.i and sent.start <= node.head.i < sent.end:
        reported = reported or node.dep_ == "ccomp"
        node = node.head
        outer = resolver.cues.get(node.i)
        if reported and outer is not None and outer.kind == "verb":
            return outer
    return None


def _main_subject(resolver: Resolver, quote: Span) -> Attribution | None:
    """ "Mr Cable also attacked Labour's “unfair” taxes": quoted words inside the main clause
    of a sentence whose subject is a person, with no cue of their own, are that person's words,
    unless they name something (a title, capitalised) or follow an indefinite article ("a “new
    era”")."""
    if quote.text[:1].isupper() or _indefinite_before(resolver.text, quote):
        return None
    sent = resolver.sent(quote.start)
    # Up from the quotation to the verb it hangs on outside it, which must be the main one.
    node = quote.root
    while quote.start <= node.head.i < quote.end and node.head.i != node.i:
        node = node.head
    verb = node.head
    while verb.pos_ not in ("VERB", "AUX") and verb.head.i != verb.i:
        verb = verb.head
    # "… a traversé la Manche et a décerné … « … »": a clause coordinated with the main one.
    while verb.dep_ == "conj" and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ != "ROOT" or not sent.start <= verb.i < sent.end:
        return None
    return resolver.subject_speaker(sent)


def _relative_antecedent(resolver: Resolver, quotation: Quotation) -> Attribution | None:
    """ "X, qui « garde le souvenir d'un ami »", "Smith, who “never gave up”": a quotation that
    is the relative clause of a person's name gives that person's words."""
    before = resolver.text[: quotation.start].rstrip().rstrip(_OPENING_MARKS).rstrip()
    words = before.rsplit(None, 1)
    if len(words) < 2 or words[1].lower() not in ("qui", "who") or not words[0].endswith(","):
        return None
    name_end = len(words[0][:-1].rstrip())
    named = resolver.speakers.mentions_within(max(0, name_end - 80), name_end)
    if not named or named[-1].end != name_end or named[-1].entity.type != "person":
        return None
    last = named[-1]
    return Attribution(None, last.entity, last.text, (last.start, last.end))


def _view_of_antecedent(resolver: Resolver, quotation: Quotation) -> Attribution | None:
    """ "le ministère de la Justice, pour qui « … »": what a "pour qui" clause says, quotations
    included, is the view of the noun before it, up to the end of its sentence."""
    doc, text = resolver.doc, resolver.text
    quote = doc.char_span(quotation.start, quotation.end, alignment_mode="expand")
    if quote is None:
        return None
    sent_start = resolver.sent(quote.start).start_char
    relatives = list(_VIEW_RELATIVE.finditer(text, sent_start, quotation.start))
    if not relatives:
        return None
    relative = relatives[-1]
    between = doc.char_span(relative.end(), quotation.start, alignment_mode="contract")
    if between is not None and any(t.i in resolver.cues for t in between):
        return None  # "pour qui le ministre a déclaré « … »": the cue speaks
    before = text[sent_start : relative.start()].rstrip().rstrip(",").rstrip()
    last = doc.char_span(sent_start, sent_start + len(before), alignment_mode="contract")
    if last is None or not len(last) or last[-1].pos_ not in ("NOUN", "PROPN"):
        return None
    head = last[-1]
    while head.dep_ in _ANTECEDENT_PARTS and head.head.i < head.i:
        head = head.head  # "le ministère de la Justice": the noun the complements hang on
    found = resolver.speakers.resolve(head, before=head.idx)
    return Attribution(relative.group(0), found.entity, found.text, found.span)


def _previous_sentence(resolver: Resolver, region: Span) -> Attribution | None:
    """A quoted sentence with no cue of its own continues the speech reported just before it
    ("But he said the code would help. “If it is lifted…”"), in its paragraph or the last one."""
    doc = resolver.doc
    index = region.start - 1
    while index >= 0 and (doc[index].is_space or doc[index].is_punct):
        index -= 1
    if index < 0 or resolver.text.count("\n", doc[index].idx, region.start_char) > 2:
        return None
    sent = resolver.sent(index)
    cues = [c for c in resolver.cues_between(sent.start_char, sent.end_char) if c.kind == "verb"]
    if not cues and "\n" not in resolver.text[sent.end_char : region.start_char]:
        # "Luc Martin n'a pas caché sa colère. « … »": the person the sentence before is about.
        return resolver.subject_speaker(sent)
    # "Subroto said Indonesia needed the companies to maintain …": a cue inside the speech
    # another cue reports is not who goes on speaking.
    heads = {c.token.i for c in cues}
    cues = [c for c in cues if not any(a.i in heads for a in c.token.ancestors)] or cues
    if not cues or resolver.speakers.in_quote(cues[-1].start):
        return None
    found = resolver.attribution(cues[-1])
    if found.speaker is not None:
        return found
    # "The minister said Germany wanted … “…”": a speaker no name resolves still speaks on,
    # when the words name someone who may speak ("a form that can be read" does not).
    span = found.speaker_span and doc.char_span(*found.speaker_span, alignment_mode="expand")
    return found if span is not None and _may_go_on(span.root) else None


def _may_go_on(head: Token) -> bool:
    """Whether the head of an unresolved speaker phrase names someone: a pronoun, a name, a
    noun of those who speak or of agents ("un habitant", "a resident"), not "a form"."""
    return (
        head.pos_ in ("PRON", "PROPN")
        or may_speak(head)
        or (head.pos_ == "NOUN" and head.lower_.endswith(_AGENT_ENDINGS))
    )


def _colon_attribution(resolver: Resolver, quotation: Quotation) -> Attribution | None:
    """A quotation after "X said:" takes that cue, even from the paragraph before."""
    # The opening mark, and the space French puts after "«".
    before = resolver.text[: quotation.start].rstrip().rstrip(_OPENING_MARKS).rstrip()
    if not before.endswith(":"):
        return None
    colon = len(before) - 1
    span = resolver.doc.char_span(colon, colon + 1, alignment_mode="expand")
    if span is None:
        return None
    sent = resolver.sent(span.start)
    cues = [c for c in resolver.cues_between(sent.start_char, colon) if c.kind != "clause"]
    if cues:
        return resolver.attribution(cues[-1])
    # "Réaction du député Luc Martin : « … »": a verbless lead-in names the speaker; "Gabriel
    # Attal s'est voulu rassurant : « … »": the person the lead-in is about.
    start = max(sent.start_char, before.rfind("\n") + 1)
    return resolver.verbless_speaker(start, colon) or resolver.subject_speaker(
        resolver.doc.char_span(start, colon, alignment_mode="contract") or sent
    )


def _about(
    mentions: Sequence[Mention], start: int, end: int, attribution: Attribution
) -> tuple[EntityRef, ...]:
    """Entities named inside the statement or as the cue's object, the speaker excluded."""
    found: dict[str, EntityRef] = {}
    speaker_key = attribution.speaker.key if attribution.speaker else None
    for mention in mentions:
        inside = start <= mention.start and mention.end <= end
        in_object = any(
            s <= mention.start and mention.end <= e for s, e in attribution.object_spans
        )
        if inside or (in_object and mention.entity.key != speaker_key):
            found.setdefault(mention.entity.key, mention.entity)
    return tuple(found.values())


def _statement(
    body: str,
    start: int,
    end: int,
    direct: bool,
    attribution: Attribution,
    mentions: Sequence[Mention],
    published: dt.date | None,
) -> Statement:
    return Statement(
        start=start,
        end=end,
        text=body[start:end],
        kind="direct" if direct else "indirect",
        speaker=attribution.speaker,
        speaker_text=attribution.speaker_text,
        cue=attribution.cue,
        date=published,  # a remark's own date is rarely stated apart from the article's
        about=_about(mentions, start, end, attribution),
    )


def _not_named_inside(
    resolver: Resolver, quotation: Quotation, found: Attribution | None
) -> Attribution | None:
    """ "« Chloé adore lire », a-t-elle expliqué": a pronoun does not stand for the person the
    quotation names (in the third person), unless the speaker names themself ("je suis X")."""
    if found is None or found.speaker is None or found.speaker_span is None:
        return found
    if found.speaker.type != "person" or not is_pronoun_phrase(found.speaker_text or ""):
        return found
    text = resolver.text
    named = [
        m
        for m in resolver.speakers.mentions_within(quotation.start, quotation.end)
        if m.entity.key == found.speaker.key
    ]
    if not named or any(
        _NAMES_ONESELF.search(text, max(quotation.start, m.start - ONESELF_CHARS), m.start)
        for m in named
    ):
        return found
    other = resolver.speakers.pronoun_besides(
        found.speaker_text or "", found.speaker_span[0], found.speaker.key
    )
    return dataclasses.replace(found, speaker=other)


def _attributions(resolver: Resolver, quotations: Sequence[Quotation]) -> list[Attribution | None]:
    """One attribution per quotation; pieces of one quote or one run share theirs."""
    found = [
        _not_named_inside(resolver, quotation, attribute_quote(resolver, quotation))
        for quotation in quotations
    ]
    text = resolver.text
    # Backwards: "“One.” “Two,” he said." and a quote continued over paragraphs, attributed at
    # its end, take the attribution of what follows them.
    for index in range(len(quotations) - 2, -1, -1):
        current, following = quotations[index], quotations[index + 1]
        between = text[current.end : following.start]
        # "“One.” “Two,”" and, with French spaces, "« Un. » « Deux, »".
        adjacent = (
            len("".join(between.split())) <= 4
            and "\n" not in between
            and not any(c.isalnum() for c in between)
        )
        if found[index] is None and (
            current.continues
            or adjacent
            or _chained(between)
            or _incise_covers(resolver, current, following)
        ):
            found[index] = found[index + 1]
    # Forwards: "X said: “…" continued in the next paragraphs, and the press convention of a
    # further quoted sentence after "“…,” X said." (same paragraph, or a paragraph of its own).
    for index in range(1, len(quotations)):
        current, previous = quotations[index], quotations[index - 1]
        if found[index - 1] is None:
            continue
        resumed = found[index]
        if current.continued and resumed is not None and resumed.speaker is None:
            found[index] = found[index - 1]  # "« …, expliquait X. … »": the rest is X's too
            continue
        if resumed is not None:
            continue
        between = text[previous.end : current.start]
        if current.continued or _chained(between) or _follows_on(resolver, previous, current):
            found[index] = found[index - 1]
    # A quoted sentence standing on its own, with no cue anywhere near, is the words of whoever
    # the article quoted last, nearby (the press writes "X said: …" once, then quotes on).
    for index, quotation in enumerate(quotations):
        if found[index] is None and (
            _stands_alone(resolver, quotation) or _first_person(resolver, quotation)
        ):
            found[index] = _last_quoted(resolver, quotations, found, index)
    # Whatever speaks around it, a name in quotation marks quotes nobody.
    return [
        None if _names_a_thing(resolver, quotation) else attribution
        for quotation, attribution in zip(quotations, found, strict=True)
    ]


def _stands_alone(resolver: Resolver, quotation: Quotation) -> bool:
    """A full quoted sentence that opens its sentence (not a title inside the writer's words)."""
    text = resolver.text
    words = text[quotation.start : quotation.end].split()
    if len(words) < _FRAGMENT_WORDS or not words[0][:1].isupper():
        return False
    before = text[: quotation.start].rstrip().rstrip(_OPENING_MARKS).rstrip()
    return not before or before[-1] in ".!?:\n" or "\n" in text[len(before) : quotation.start]


@functools.cache
def _first_person_words(language: str) -> frozenset[str]:
    return frozenset(
        word for lang, word in read_table("quotes_first_person.txt") if lang == language
    )


def _first_person(resolver: Resolver, quotation: Quotation) -> bool:
    """A quoted clause in the first person ("Dès l'enfance « on nous met … »") is someone's
    speech, not a title or the writer's words."""
    words = _WORD.findall(resolver.text[quotation.start : quotation.end].lower())
    first_person = _first_person_words(resolver.speakers.language)
    return len(words) >= _FRAGMENT_WORDS and any(w in first_person for w in words)


def _last_quoted(
    resolver: Resolver,
    quotations: Sequence[Quotation],
    found: Sequence[Attribution | None],
    index: int,
) -> Attribution | None:
    """The attribution of the last quotation before, when it names someone and lies near."""
    for previous in range(index - 1, -1, -1):
        attribution = found[previous]
        if quotations[index].start - quotations[previous].end > _STANDING_QUOTE_REACH:
            return None
        if attribution is not None:
            if attribution.speaker is None:
                return None
            return Attribution(None, attribution.speaker, attribution.speaker_text, None, ())
    return None


def _incise_covers(resolver: Resolver, current: Quotation, following: Quotation) -> bool:
    """Whether the cue right after the next quotation of the same sentence covers this one too:
    "Il voit une « dérive » qui mène à « la faillite du système », affirme X"."""
    text = resolver.text
    if "\n" in text[current.end : following.start]:
        return False
    if resolver.cues_between(current.end, following.start):
        return False
    first = resolver.doc.char_span(current.start, current.end, alignment_mode="expand")
    last = resolver.doc.char_span(following.start, following.end, alignment_mode="expand")
    if first is None or last is None or resolver.sent(first.start) != resolver.sent(last.end - 1):
        return False
    after = following.end
    while after < len(text) and text[after] in _CLOSING_MARKS + ", \u00a0\u202f":
        after += 1
    return any(cue.start == after for cue in resolver.cues_between(after, after + 1))


def _chained(between: str) -> bool:
    """Whether only a comma or a conjunction joins two quotations: one list of one speaker's
    words ("… pour trois formules : « Un », « Deux » et « Trois »")."""
    joined = "".join(between.split()).strip(_OPENING_MARKS + _CLOSING_MARKS).lower()
    return "\n" not in between and joined in _CHAIN_WORDS


def _follows_on(resolver: Resolver, previous: Quotation, current: Quotation) -> bool:
    """A full quoted sentence right after an attributed quote, with no other cue between."""
    text = resolver.text
    words = text[current.start : current.end].split()
    if len(words) < _FRAGMENT_WORDS or not words[0][:1].isupper():
        return False
    if len(text[previous.start : previous.end].split()) < _FRAGMENT_WORDS:
        return False  # 'qui avaient dit "oui"': a quoted word is no speech that goes on
    between = text[previous.end : current.start]
    if between.count("\n") and not _opens_paragraph(text, current):
        return False
    if "\n" in between and between.strip('\n ”»"’,.').count("\n"):
        return False  # a whole paragraph between them
    cues = resolver.cues_between(previous.end, current.start)
    return len(cues) <= 1 and len(between) < _FOLLOW_ON_CHARS


def _opens_paragraph(text: str, quotation: Quotation) -> bool:
    line_start = text.rfind("\n", 0, quotation.start) + 1
    return not text[line_start : quotation.start].strip().strip(_OPENING_MARKS)


def extract_statements(
    doc: Doc, mentions: Sequence[Mention], *, language: str, published: dt.date | None
) -> list[Statement]:
    """Direct quotations and reported speech of one parsed article, with speaker and subjects."""
    text = doc.text
    quotations = find_quotations(text)
    ordered = sorted(mentions, key=lambda m: m.start)
    if quotations:
        # Cues inside quotations are found by a pass that ignores the marks.
        unquoted = Resolver(doc, ordered, (), language, published)
        quotations = _split_at_incises(unquoted, quotations)
    resolver = Resolver(doc, ordered, quotations, language, published)
    _extract(resolver, quotations, ordered, published)  # learns which cues report something
    resolver.replay_speakers()
    return _extract(resolver, quotations, ordered, published)


def _split_at_incises(resolver: Resolver, quotations: Sequence[Quotation]) -> list[Quotation]:
    """ "« Nous avons pris nos responsabilités, a déclaré le ministre, et nous irons au bout »":
    French typography leaves an incise inside the marks; the words around it are two quotes."""
    found: list[Quotation] = []
    for quotation in quotations:
        pieces = [quotation]
        for cue in resolver.cues_between(quotation.start, quotation.end):
            incise = _incise_extent(resolver, cue, pieces[-1])
            if incise is None:
                continue
            last = pieces.pop()
            before = dataclasses.replace(last, end=incise[0], continues=False)
            after = dataclasses.replace(last, start=incise[1], continued=True)
            pieces += [before, after]
        found += pieces
    return found


def _incise_extent(resolver: Resolver, cue: Cue, quotation: Quotation) -> tuple[int, int] | None:
    """Where an incise inside a quotation starts (its comma) and where the quote resumes."""
    text = resolver.text
    if cue.kind != "verb" or not quotation.start < cue.start < quotation.end:
        return None
    verb = cue.token
    first = verb  # back over the auxiliary and clitics: ", a-t-il déclaré", ", lui a dit"
    while first.i > 0 and resolver.doc[first.i - 1].pos_ in ("AUX", "PRON", "ADV"):
        first = resolver.doc[first.i - 1]
    if any("Rel" in t.morph.get("PronType", []) for t in resolver.doc[first.i : verb.i]):
        return None  # "…, qui prétend être membre de l'Otan, …": a relative clause
    comma = text.rfind(",", quotation.start, first.idx)
    if comma < 0 or text[comma + 1 : first.idx].strip():
        return None
    if len(text[quotation.start : comma].split()) < _INCISE_MIN_WORDS:
        return None
    # The incise ends at the next comma or sentence end after its subject: "-t-il" or a name.
    tail = text[cue.end : min(quotation.end, cue.end + _INCISE_CHARS)]
    close = re.search(r"[,.!?;]", tail)
    if close is None:
        return None
    incise = text[first.idx : cue.end + close.start()]
    named = resolver.speakers.mentions_within(cue.end, cue.end + close.start())
    clitic = re.search(r"-(?:t-)?(?:il|elle|ils|elles|on)\b", incise)
    # ", explique 99% Médias.": a subject after the verb the model did not take for a name.
    inverted = resolver.inverted(cue)
    subject_after = inverted is not None and inverted.idx < cue.end + close.start()
    if (
        clitic is None
        and not subject_after
        and not any(m.entity.type in ("person", "organization") for m in named)
    ):
        return None
    if re.search(r"\b(?:que|qu['’]|that)", incise):
        return None  # "…, a-t-il dit qu'il …" reports a clause: no incise
    resume = cue.end + close.end()
    while resume < quotation.end and text[resume].isspace():
        resume += 1
    if len(text[resume : quotation.end].split()) < _INCISE_MIN_WORDS:
        return None
    return comma, resume


def _extract(
    resolver: Resolver,
    quotations: Sequence[Quotation],
    ordered: Sequence[Mention],
    published: dt.date | None,
) -> list[Statement]:
    """One pass over the quotations and the reported clauses of an article."""
    text = resolver.text
    statements = [
        _statement(text, quotation.start, quotation.end, True, attribution, ordered, published)
        for quotation, attribution in zip(
            quotations, _attributions(resolver, quotations), strict=True
        )
        if attribution is not None
    ]
    direct = [(s.start, s.end) for s in statements]
    for start, end, attribution in reported_clauses(resolver):
        quoted = sum(max(0, min(end, e) - max(start, s)) for s, e in direct)
        if quoted < _INDIRECT_OVERLAP * (end - start):  # a clause that is one quotation is direct
            statements.append(_statement(text, start, end, False, attribution, ordered, published))
    statements.sort(key=lambda s: (s.start, s.end))
    return statements
