"""Who said it: speech cues and the speaker each cue introduces, from the dependency parse."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from service.nlp.normalise import read_table
from service.nlp.quote_marks import Quotation
from service.nlp.speakers import SpeakerFinder
from service.nlp.types import EntityRef, Mention

_SUBJECT = frozenset({"nsubj", "nsubjpass", "nsubj:pass", "csubj"})
_INVERTED = frozenset({"nsubj", "dobj", "obj", "appos", "nsubj:pass", "obl:agent", "npadvmod"})
_INHERITS = frozenset({"advcl", "xcomp", "conj", "acl", "dep"})
_OBJECTS = frozenset({"dobj", "obj", "obl:arg", "iobj", "dative"})
_CLITIC = re.compile(r"^-(?:t-)?(?:il|elle|ils|elles|on)$")
_MAX_GAP_TOKENS = 12
_INVERSION_TOKENS = 8  # "a déclaré lors d'une conférence de presse Mme Vassal"
_MAX_GAP_CHARS = 90


@dataclasses.dataclass(frozen=True)
class Attribution:
    """The cue and the speaker a statement is attributed to."""

    cue: str | None
    speaker: EntityRef | None
    speaker_text: str | None
    speaker_span: tuple[int, int] | None
    object_spans: tuple[tuple[int, int], ...] = ()


@dataclasses.dataclass(frozen=True)
class Cue:
    """A speech cue in the text: the verb (or the last word of a phrase) and its words."""

    token: Token
    start: int
    end: int
    kind: str  # verb | clause | phrase


@functools.cache
def _vocabulary(language: str) -> dict[str, frozenset[str]]:
    rows = read_table(f"speech_cues_{language if language in ('en', 'fr') else 'en'}.txt")
    kinds: dict[str, set[str]] = {"verb": set(), "clause": set(), "phrase": set(), "medium": set()}
    for kind, word in rows:
        kinds.setdefault(kind, set()).add(word)
    return {kind: frozenset(words) for kind, words in kinds.items()}


@functools.cache
def _phrase_pattern(phrases: frozenset[str]) -> re.Pattern[str]:
    parts = sorted(
        (re.escape(p).replace("'", "['’]").replace(r"\ ", r"\s+") for p in phrases),
        key=len,
        reverse=True,
    )
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)", re.IGNORECASE)


def _lemmas(token: Token, language: str) -> tuple[str, ...]:
    """The lemma, and for French participles spaCy leaves as they are, their infinitive."""
    lemma = token.lemma_.lower()
    if language == "fr" and lemma == token.lower_ and re.search(r"ée?s?$", lemma):
        return lemma, re.sub(r"ée?s?$", "er", lemma)
    return (lemma,)


class Resolver:
    """Per-article state: the cues, which tokens are quoted, and the speaker finder."""

    def __init__(
        self,
        doc: Doc,
        mentions: Sequence[Mention],
        quotations: Sequence[Quotation],
        language: str,
        published: dt.date | None,
    ) -> None:
        self.doc = doc
        self.text = doc.text  # Doc.text joins every token on each call
        self.quotations = quotations
        # Token.sent walks the whole Doc on every call: index the sentences once.
        self.sentences = list(doc.sents)
        self.sentence_index = [0] * len(doc)
        for number, sentence in enumerate(self.sentences):
            self.sentence_index[sentence.start : sentence.end] = [number] * len(sentence)
        self.speakers = SpeakerFinder(doc, mentions, quotations, language, published)
        self.quoted = [self.speakers.in_quote(token.idx) for token in doc]
        vocabulary = _vocabulary(language)
        # "Quoted by agencies" names the channel: its words are never the cue.
        channel = {
            token.i
            for match in _phrase_pattern(vocabulary["medium"]).finditer(self.text)
            for token in doc.char_span(match.start(), match.end(), alignment_mode="expand") or ()
        }
        self.cues: dict[int, Cue] = {}
        for token in doc:
            if self.quoted[token.i] or token.i in channel:
                continue
            if token.pos_ not in ("VERB", "X") and not (
                token.pos_ == "NOUN" and token.dep_ == "ROOT"  # a verb mis-tagged as a noun
            ):
                continue
            lemmas = _lemmas(token, language)
            if token.i > 0:  # two-word cues: "a fait valoir"
                previous = self.doc[token.i - 1].lemma_.lower()
                lemmas += tuple(f"{previous} {lemma}" for lemma in lemmas)
            for kind in ("verb", "clause"):
                if any(lemma in vocabulary[kind] for lemma in lemmas):
                    self.cues[token.i] = Cue(token, *self._verb_extent(token), kind)
                    break
        for match in _phrase_pattern(vocabulary["phrase"]).finditer(self.text):
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if span is not None and not self.quoted[span[0].i]:
                self.cues[span[-1].i] = Cue(span[-1], match.start(), match.end(), "phrase")
        self.ordered = sorted(self.cues.values(), key=lambda cue: cue.start)
        self.speakers.cue_heads = {cue.token.i for cue in self.ordered if cue.kind != "phrase"}

    def _verb_extent(self, verb: Token) -> tuple[int, int]:
        """The cue as written: auxiliaries just before the verb and a particle just after."""
        start, end = verb.idx, verb.idx + len(verb.text)
        index = verb.i - 1
        while index >= 0 and index >= verb.i - 3:
            token = self.doc[index]
            if token.head.i == verb.i and token.dep_.startswith("aux"):
                start = token.idx
            elif not (token.text.startswith("-") or token.dep_ in ("expl:subj", "nsubj")):
                break
            index -= 1
        if verb.i + 1 < len(self.doc) and self.doc[verb.i + 1].dep_ in ("prt", "compound:prt"):
            particle = self.doc[verb.i + 1]
            end = particle.idx + len(particle.text)
        return start, end

    def sent(self, index: int) -> Span:
        """The sentence of the token at an index."""
        return self.sentences[self.sentence_index[index]]

    def cues_between(self, start: int, end: int) -> list[Cue]:
        """Cues whose words lie in [start, end), in text order."""
        return [cue for cue in self.ordered if start <= cue.start < end]

    def gap_is_clear(self, start: int, end: int) -> bool:
        """True when only a short verbless stretch separates two offsets."""
        if end - start > _MAX_GAP_CHARS:
            return False
        span = self.doc.char_span(start, end, alignment_mode="contract")
        if span is None:
            return True
        return len(span) <= _MAX_GAP_TOKENS and not any(
            t.pos_ == "VERB" and t.i not in self.cues for t in span
        )

    def attribution(self, cue: Cue, quote_start: int | None = None) -> Attribution:
        """Cue words, speaker and the cue's objects (quote_start: a quotation before the cue)."""
        head = self._speaker_head(cue, quote_start)
        objects = tuple(
            (child.left_edge.idx, child.right_edge.idx + len(child.right_edge.text))
            for child in cue.token.children
            if child.dep_ in _OBJECTS
            and (head is None or child.i != head.i)
            and not self.quoted[child.i]
        )
        cue_text = self.text[cue.start : cue.end]
        if head is None:
            return Attribution(cue_text, None, None, None, objects)
        found = self.speakers.resolve(head, before=min(cue.start, head.idx))
        if found.entity is not None and found.entity.type == "person":
            self.speakers.spoken.append((cue.start, found.entity))
        return Attribution(cue_text, found.entity, found.text, found.span, objects)

    def _inverted(self, cue: Cue) -> Token | None:
        """A subject after the verb: "…”, said Kirby", "« … », a déclaré le Kremlin"."""
        token = cue.token
        for child in token.rights:
            if child.i - token.i > _INVERSION_TOKENS or self.quoted[child.i]:
                break
            if child.dep_ in _INVERTED and child.pos_ in ("PROPN", "NOUN"):
                return child
        return None

    def _speaker_head(self, cue: Cue, quote_start: int | None) -> Token | None:
        token = cue.token
        if cue.kind == "phrase":
            return self.phrase_object(cue)
        clitic = self._clitic(cue)
        if clitic is not None:
            return clitic
        inverted = self._inverted(cue)
        # An incise (", a déclaré Poutine,") or a cue after the quotation may invert the subject.
        incise = inverted is not None and self._is_incise(cue, inverted)
        if quote_start is None and not incise:
            inverted = None
        for current in (token, token.head):
            subjects = [
                c
                for c in current.children
                if c.dep_ in _SUBJECT and not self.quoted[c.i] and not (c.is_punct or c.is_space)
            ]
            if subjects:
                subject = min(subjects, key=lambda c: abs(c.i - token.i))
                # A subject before the quotation (or the incise) belongs to the quoted clause.
                before = quote_start if quote_start is not None else cue.start
                if inverted is not None and (incise or subject.idx < before):
                    return inverted
                return subject
            if current.dep_ not in _INHERITS or current.i == current.head.i:
                break
        if inverted is None and quote_start is not None:
            inverted = next(
                (c for c in token.rights if c.dep_ in _INVERTED and c.pos_ == "PRON"), None
            )
        return inverted or self._just_before(cue)

    def _clitic(self, cue: Cue) -> Token | None:
        """French inversion "a-t-il déclaré", "déclare-t-elle": the clitic is the subject."""
        token = cue.token
        for near in self.doc[max(0, token.i - 3) : token.i + 3]:
            if _CLITIC.match(near.lower_):
                return near
        return None

    def _is_incise(self, cue: Cue, inverted: Token) -> bool:
        """ ", a déclaré Poutine," between commas: the words after the verb are its subject."""
        text = self.text
        after = text[inverted.right_edge.idx + len(inverted.right_edge.text) :].lstrip()
        return text[: cue.start].rstrip().endswith(",") and after[:1] in (",", ".", "")

    def _just_before(self, cue: Cue) -> Token | None:
        """When the parse gives no subject, the name right before the verb ("Kuleba a tweeté")."""
        first = self.doc.char_span(cue.start, cue.end, alignment_mode="expand")
        if first is None or first.start == 0:
            return None
        previous = self.doc[first.start - 1]
        if previous.pos_ in ("PROPN", "NOUN") and not self.quoted[previous.i]:
            return previous
        return None

    def phrase_object(self, cue: Cue) -> Token | None:
        """The noun phrase a phrase cue introduces: "according to X", "selon X"."""
        last = cue.token
        for child in last.children:
            if child.dep_ in ("pobj", "obj", "nmod") and child.i > last.i:
                return child
        first = self.doc.char_span(cue.start, cue.end, alignment_mode="expand")
        if first is not None and first[0].head.i > last.i:
            return first[0].head  # French "selon X": the preposition hangs on the noun
        for token in self.doc[last.i + 1 : self.sent(last.i).end]:
            if token.pos_ in ("PROPN", "NOUN", "PRON") and not self.quoted[token.i]:
                return token
        return None
