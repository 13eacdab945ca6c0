"""The speaker behind a cue: its words as written and the entity they stand for."""

from __future__ import annotations

import bisect
import dataclasses
import datetime as dt
import functools
import re
from collections.abc import Sequence

from spacy.tokens import Doc, Token

from service.nlp.linking import resolve_bare_role, resolve_role
from service.nlp.ner import bare_roles, find_roles
from service.nlp.normalise import demonyms, read_lines, read_table
from service.nlp.quote_marks import Quotation
from service.nlp.types import EntityRef, Mention

# Dependents that describe the speaker but are not its name ("Kuleba, qui s'est entretenu…").
_CLAUSES = frozenset({"relcl", "acl:relcl", "acl", "advcl", "parataxis"})
_CUT = _CLAUSES | {"punct", "cc", "conj", "advmod", "case"}
_RELATIVE = frozenset({"who", "which", "that", "qui", "lequel", "laquelle"})
_CONTEXT_CHARS = 60
_PRONOUN_LOOKBACK = 6  # person mentions looked at for a subject before settling for the last
_SUBJECTS = frozenset({"nsubj", "nsubjpass", "nsubj:pass"})
_NAME_PARTS = frozenset({"flat:name", "flat", "compound", "appos"})
_CLITIC = re.compile(r"^-(?:t-)?(?=\w)")
_TITLE_CHARS = 45  # how far before a name its title ("his Chinese counterpart") may start
_WORD = re.compile(r"\w+['’](?=\w)|[\w-]+")


@functools.cache
def _pronouns(language: str) -> dict[str, str]:
    rows = read_table("quotes_pronouns.txt")
    return {words: kind for lang, words, kind in rows if lang == language}


@functools.cache
def determiners(kind: str) -> frozenset[str]:
    """Determiners of one kind ("definite" or "indefinite") from the vocabulary file."""
    return frozenset(
        word for row_kind, word in read_table("quotes_determiners.tsv") if row_kind == kind
    )


@functools.cache
def _roles() -> frozenset[str]:
    return frozenset(read_lines("quotes_roles.txt"))


@functools.cache
def _anonymous() -> frozenset[str]:
    return frozenset(read_lines("quotes_anonymous.txt"))


def _feminine(name: str) -> bool:
    """A rough cue from the given name, so that "she" skips the men named just before."""
    given = name.split()[0].lower() if " " in name else ""
    return given.endswith(tuple(read_lines("quotes_feminine.txt")))


@dataclasses.dataclass(frozen=True)
class Speaker:
    """A speaker as written (text, span) and the entity it designates, if any."""

    entity: EntityRef | None
    text: str | None
    span: tuple[int, int] | None


class SpeakerFinder:
    """Resolves speaker phrases of one article against its mentions."""

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
        self.language = language
        self.published = published
        self.mentions = list(mentions)
        self.starts = [m.start for m in self.mentions]
        self.quote_starts = [q.start for q in quotations]
        self.quote_ends = [q.end for q in quotations]
        self.cue_heads: set[int] = set()  # token indexes of cue verbs, set by the resolver
        # People already credited with a quotation, as (offset of the cue, entity), in order.
        self.spoken: list[tuple[int, EntityRef]] = []

    def in_quote(self, offset: int) -> bool:
        """Whether a character offset lies inside a quotation."""
        index = bisect.bisect_right(self.quote_starts, offset) - 1
        return index >= 0 and offset < self.quote_ends[index]

    def _extent(self, head: Token) -> tuple[int, int]:
        """The speaker's words: the head's phrase without relative clauses or quoted words."""
        keep = {head.i}
        stack = [c for c in head.children if c.dep_ not in _CUT]
        while stack:
            token = stack.pop()
            if self.in_quote(token.idx) or token.is_space:
                continue
            keep.add(token.i)
            stack.extend(c for c in token.children if c.dep_ not in _CLAUSES)
        low = high = head.i
        while low - 1 in keep:
            low -= 1
        while high + 1 in keep:
            high += 1
        while high > low and self.doc[high].is_punct:
            high -= 1
        while low < high and (self.doc[low].is_punct or self.doc[low].dep_ == "advmod"):
            low += 1
        return self.doc[low].idx, self.doc[high].idx + len(self.doc[high].text)

    def _inside(self, start: int, end: int) -> list[Mention]:
        first = bisect.bisect_left(self.starts, start)
        found = []
        for mention in self.mentions[first:]:
            if mention.start >= end:
                break
            if mention.end <= end:
                found.append(mention)
        return found

    def _covering(self, offset: int) -> Mention | None:
        index = bisect.bisect_right(self.starts, offset) - 1
        if index >= 0 and offset < self.mentions[index].end:
            return self.mentions[index]
        return None

    def _earlier_people(self, before: int) -> list[Mention]:
        """Person mentions outside quotations before an offset, most recent first."""
        index = bisect.bisect_left(self.starts, before)
        return [
            m
            for m in reversed(self.mentions[:index])
            if m.entity.type == "person" and not self.in_quote(m.start)
        ]

    def _salient(self, mention: Mention) -> bool:
        """A person named as the subject of a clause (or of a cue) is who "he" usually is."""
        span = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
        if span is None:
            return False
        root = span.root
        while root.dep_ in _NAME_PARTS and root.head.i != root.i:
            root = root.head  # "Mme Champrenault": the title heads the name
        return root.dep_ in _SUBJECTS or root.head.i in self.cue_heads

    def _antecedent(self, before: int, feminine: bool) -> EntityRef | None:
        """The person a pronoun stands for: the last one named as a subject, else the last one."""
        people = self._earlier_people(before)
        if feminine:
            people = [m for m in people if _feminine(m.entity.name)]
        # Look for a subject in this paragraph and the one before; further back, the last name.
        text = self.text
        paragraph = text.rfind("\n", 0, text.rfind("\n", 0, before) - 1) + 1
        recent = [m for m in people[:_PRONOUN_LOOKBACK] if m.start >= paragraph]
        salient = [m for m in recent if self._salient(m)]
        chosen = salient[0] if salient else people[0] if people else None
        # "“…,” he added": the one who spoke last goes on speaking, unless another person has
        # since been named as a subject.
        speaker = next(
            (
                (offset, ref)
                for offset, ref in reversed(self.spoken)
                if offset < before and (not feminine or _feminine(ref.name))
            ),
            None,
        )
        continues = speaker is not None and speaker[0] >= paragraph
        if speaker is not None and continues and (not salient or salient[0].start < speaker[0]):
            return speaker[1]
        return chosen.entity if chosen is not None else None

    def resolve(self, head: Token, *, before: int) -> Speaker:
        """The speaker a head token introduces, resolved to an entity when the text allows."""
        if head.lower_ in _RELATIVE and head.head.dep_ in ("relcl", "acl:relcl"):
            head = head.head.head  # "Kuleba, who said": the antecedent speaks
        start, end = self._extent(head)
        text = self.text[start:end]
        clitic = _CLITIC.match(text)  # "a-t-il déclaré": the speaker is the clitic "il"
        if clitic:
            start += clitic.end()
            text = text[clitic.end() :]
        lowered = text.lower()
        kind = _pronouns(self.language).get(lowered)
        if kind is not None:
            if kind == "group":
                return Speaker(None, text, (start, end))
            entity = self._antecedent(before, feminine=lowered in ("she", "elle"))
            return Speaker(entity, text, (start, end))
        start, end, text = self._with_apposition(start, end, text)
        covering = self._covering(head.idx)
        inside = self._inside(start, end)
        if covering is not None and covering.entity.type == "person":
            return Speaker(covering.entity, text, (start, end))
        people = [m for m in inside if m.entity.type == "person"]
        if people:
            return Speaker(people[-1].entity, text, (start, end))
        words = [w.lower() for w in _WORD.findall(text)]
        if (
            head.pos_ == "NOUN"
            and words
            and (
                words[0] in determiners("indefinite")
                or (head.lower_ in _anonymous() and "Plur" in head.morph.get("Number", []))
            )
        ):
            return Speaker(None, text, (start, end))  # an anonymous source names nobody
        if covering is not None:
            return Speaker(covering.entity, text, (start, end))
        if words and words[0] in determiners("definite"):
            return Speaker(self._role(text, words, start), text, (start, end))
        # "l'émissaire de l'ONU pour la Libye": a place inside a role noun is not who speaks.
        return Speaker(None, text, (start, end))

    def _with_apposition(self, start: int, end: int, text: str) -> tuple[int, int, str]:
        """Extend "a spokesman for the ministry" with a name in apposition: ", Wang Wenbin"."""
        following = self._inside(end, end + 3 + _CONTEXT_CHARS)
        if following and following[0].entity.type == "person":
            gap = self.text[end : following[0].start]
            after = self.text[following[0].end : following[0].end + 1]
            if gap.strip() == "," and after in (",", ".", ")", "") and not self.in_quote(end):
                end = following[0].end
                return start, end, self.text[start:end]
        return start, end, text

    def _role(self, text: str, words: list[str], start: int) -> EntityRef | None:
        """A role noun ("the Chinese president") → the person it designates in this article."""
        refs = [m.entity for m in self.mentions]
        for _s, _e, country, role in find_roles(text, self.language):
            found = resolve_role(country, role, mentioned=refs, published=self.published)
            if found is not None:
                return found
        # "le président", "the prime minister": the one person named who held that office then.
        bare = bare_roles(self.language).get(" ".join(words[1:]))
        if bare is not None:
            found = resolve_bare_role(bare, mentioned=refs, published=self.published)
            if found is not None:
                return found
        roles = [w for w in words if w in _roles()]
        nationals = [w for w in words if w in demonyms()]
        if not roles and words[-1] not in nationals:  # "the Russian said", not "the Russian daily"
            return None
        best: tuple[tuple[bool, bool], EntityRef] | None = None
        for mention in self._earlier_people(start):
            role_fits, national_fits = self._context_fit(mention, roles, nationals)
            if (nationals and not national_fits) or (not nationals and not role_fits):
                continue  # "the Chinese president" is never a man introduced as Russian
            if best is None or (role_fits, national_fits) > best[0]:
                best = ((role_fits, national_fits), mention.entity)
        return best[1] if best is not None else None

    def _context_fit(
        self, mention: Mention, roles: list[str], nationals: list[str]
    ) -> tuple[bool, bool]:
        """How well the title before a person's name (or the apposition after) fits the role."""
        role_fits = national_fits = False
        text = self.text
        table = demonyms()
        for other in self.mentions:
            if other.entity.key != mention.entity.key:
                continue
            before = text[max(0, other.start - _TITLE_CHARS) : other.start]
            # "Both the Cardinal and Archbishop Dr Williams": a title before "and" is another's.
            before = re.split(r"[.;:\n()]|\band\b|\bet\b", before)[-1]
            after = text[other.end : other.end + _CONTEXT_CHARS]
            after = after.split(",")[1] if after.startswith(",") else ""
            own = text[other.start : other.end]  # "Cardinal Cormac Murphy-O'Connor"
            words = set(_WORD.findall((before + " " + own + " " + after).lower()))
            countries = {table[w] for w in words if w in table}
            role_fits = role_fits or any(r in words for r in roles)
            national_fits = national_fits or any(table[n] in countries for n in nationals)
        return role_fits, national_fits
