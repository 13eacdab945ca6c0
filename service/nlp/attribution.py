"""Who said it: speech cues and the speaker each cue introduces, from the dependency parse."""

from __future__ import annotations

import dataclasses
import datetime as dt
import functools
import re
from collections.abc import Sequence

from spacy.tokens import Doc, Span, Token

from service.nlp.given_names import given_name_genders as given_names
from service.nlp.normalise import read_lines, read_table
from service.nlp.quote_marks import Quotation
from service.nlp.speakers import (
    Speaker,
    SpeakerFinder,
    is_person_noun,
    is_personal_pronoun,
    is_pronoun_phrase,
    is_role_phrase,
    may_speak,
)
from service.nlp.types import EntityRef, Mention

_SUBJECT = frozenset({"nsubj", "nsubjpass", "nsubj:pass", "csubj"})
_INVERTED = frozenset({"nsubj", "dobj", "obj", "appos", "nsubj:pass", "obl:agent", "npadvmod"})
_INHERITS = frozenset({"advcl", "xcomp", "conj", "acl", "dep"})
_SHARING_CONJUNCTIONS = frozenset({"et", "puis", "mais", "and", "but", "then"})
# "Et le ministre d'ajouter", "Avant d'ajouter : « … »": a sentence that opens with these and
# an infinitive goes on with whoever spoke before.
_NARRATIVE_OPENERS = frozenset({"et", "avant"})
_INHERIT_LEVELS = 4  # verbs up a chain of conjuncts looked at for a subject
_ASKED = frozenset({"ask", "tell", "question"})  # English verbs whose passive subject listens
_OBJECTS = frozenset({"dobj", "obj", "obl:arg", "iobj", "dative"})
_CLITIC = re.compile(r"^-(?:t-)?(?:il|elle|ils|elles|on)$")
_ASIDE = re.compile(r"\s*,\s*(?:à|au|aux|auprès d[eu']|to)\s[^,;:.«»\"“”]{1,40},")
_BREAKS = re.compile(r"[,;:()\"«»“”\n]")
_AUXILIARY_FORMS = frozenset({"a", "ont", "avait", "avaient", "aura", "has", "had"})
_NOMINAL = frozenset({"dobj", "obj", "pobj", "iobj", "compound", "nsubj", "nsubjpass", "nmod"})
_NOUN_MODIFIERS = frozenset({"det", "amod", "compound", "poss", "nmod:poss"})
_MAX_GAP_TOKENS = 12
_INVERSION_TOKENS = 8  # "a déclaré lors d'une conférence de presse Mme Vassal"
_MAX_GAP_CHARS = 90
_CLOSING_MARKS = '”»"’'
# Object and reflexive pronouns between a quotation and the verb of its incise.
_INCISE_PRONOUNS = frozenset({"se", "s'", "s’", "lui", "leur", "me", "m'", "m’", "nous", "vous"})
# The end of an incise's words: punctuation, but not the full stop of "M.", "Mr.", "Dr.".
_SEGMENT_END = re.compile(r"[,;:!?()\n]|(?<!\bM)(?<!\bMM)(?<!\bMr)(?<!\bDr)(?<!\bMs)\.")
# Endings of French verb forms and of their infinitive, for forms the lemmatizer leaves alone.
_FRENCH_ENDINGS = (
    ("ée", "er"),
    ("ées", "er"),
    ("és", "er"),
    ("é", "er"),
    ("e", "er"),
    ("ent", "er"),
    ("ait", "er"),
    ("aient", "er"),
    ("it", "ire"),
    ("ît", "ître"),
)
_LEAD_IN_TAIL_WORDS = 3  # "Le député X, sur Twitter :": words between the name and the colon
_NARRATIVE_TOKENS = 8  # "Et le ministre de l'Intérieur d'ajouter"
_WHERE = frozenset({"à", "au", "aux", "chez"})  # "explique-t-on à Matignon"
_COMME_CHARS = 20  # "ainsi que l'" before a cue
OPENS_QUOTATION = re.compile(r"\s*:\s*[“«„‹‘\"']")  # "déclarant : « …", "insisting: “…"
_INCISE_TOKENS = 10  # words from an incise verb to the name that closes it
# "je me présente : X", "my name is X": words right before which a speaker gives their name.
INTRODUCTIONS = r"je me présente|je m['’]appelle|mon nom est|my name is"
_INTRODUCES_ONESELF = re.compile(rf"\b(?:{INTRODUCTIONS})\s*[:,]?\s*$", re.IGNORECASE)
ONESELF_CHARS = 30  # how far before a name the words that introduce it may start


def _described(speaker_text: str | None) -> bool:
    """Whether speaker words only describe or stand for someone ("il", "celui", "l'homme")."""
    return (
        not speaker_text or speaker_text[:1].islower() or is_pronoun_phrase(speaker_text, kind=None)
    )


@dataclasses.dataclass(frozen=True)
class Attribution:
    """The cue and the speaker a statement is attributed to."""

    cue: str | None
    speaker: EntityRef | None
    speaker_text: str | None
    speaker_span: tuple[int, int] | None
    object_spans: tuple[tuple[int, int], ...] = ()


# ", analyste du site X, " between a name and its verb: one apposition, nothing quoted.
# Between a name and its past participle: the auxiliary, an aside, an adverb ("avait, lui,").
_AUXILIARY_GAP = re.compile(
    r"\s+(?:a|avait|aura|aurait|est|était|sera|serait|ont|avaient|sont|étaient)"
    r"(?:\s*,\s*\w+\s*,)?(?:\s+\w+ment)?\s+"
)
_ONE_APPOSITION = re.compile(r"\s*,[^,;:«»\"“”()\n]{1,120},\s*")
# The most words a cue has after its verb ("mettre en garde").
_FOLLOWING_WORDS = 2


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
    kinds: dict[str, set[str]] = {
        "verb": set(),
        "clause": set(),
        "phrase": set(),
        "medium": set(),
        "opener": set(),
    }
    for kind, word in rows:
        kinds.setdefault(kind, set()).add(word)
    return {kind: frozenset(words) for kind, words in kinds.items()}


@functools.cache
def _time_words() -> frozenset[str]:
    return frozenset(read_lines("quotes_time_words.txt"))


@functools.cache
def _phrase_pattern(phrases: frozenset[str]) -> re.Pattern[str]:
    parts = sorted(
        (re.escape(p).replace("'", "['’]").replace(r"\ ", r"\s+") for p in phrases),
        key=len,
        reverse=True,
    )
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)", re.IGNORECASE)


def finite(verb: Token) -> bool:
    """Whether a verb is finite, itself or through its auxiliary ("a déclaré")."""
    if "Fin" in verb.morph.get("VerbForm", []):
        return True
    return any(
        c.dep_.startswith("aux") and "Fin" in c.morph.get("VerbForm", []) for c in verb.children
    )


def _noun_tagged_verb(token: Token) -> bool:
    """A noun the tagger took for a verb: an argument with a determiner or a modifier before
    it ("criticised “extravagant” Tory promises")."""
    return (
        token.pos_ == "VERB"
        and token.dep_ in _NOMINAL
        and any(c.dep_ in _NOUN_MODIFIERS and c.i < token.i for c in token.children)
    )


def _form_lemmas(token: Token, language: str) -> tuple[str, ...]:
    """Infinitives a verb form may stand for when the lemmatizer leaves it as it is: "estime",
    "estiment", "estimait" → estimer, "écrit" → écrire, "reconnaît" → reconnaître, "says"."""
    form = token.lower_
    if language != "fr":
        return (form, form[:-1]) if form.endswith("s") else (form,)
    found = [form]
    for ending, infinitive in _FRENCH_ENDINGS:
        if form.endswith(ending) and len(form) > len(ending) + 2:
            found.append(form[: len(form) - len(ending)] + infinitive)
    return tuple(found)


def _lemmas(token: Token, language: str) -> tuple[str, ...]:
    """The lemma, and for French verb forms spaCy leaves as they are, their infinitive."""
    lemma = token.lemma_.lower()
    if language == "fr" and lemma == token.lower_:
        return _form_lemmas(token, language)
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
        self.language = language
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
        # "Quoted by agencies" names the channel: its words are never the cue, and the outlet
        # after them ("Contacté par France 3, le conseil …") is not who speaks.
        channels = list(_phrase_pattern(vocabulary["medium"]).finditer(self.text))
        channel = {
            token.i
            for match in channels
            for token in doc.char_span(match.start(), match.end(), alignment_mode="expand") or ()
        }
        self.speakers.channel_ends = [match.end() for match in channels]
        self.cues: dict[int, Cue] = {}
        for token in doc:
            if self.quoted[token.i] or token.i in channel:
                continue
            # "…», note la Commission", "…", remarque Cyril Viguier": the verb of an incise,
            # whatever the tagger made of it (a noun, even a pronoun).
            incise = (
                token.pos_ in ("NOUN", "PRON", "ADJ")
                and token.is_alpha
                and token.is_lower
                and self._after_closing_mark(token)
            ) or (token.is_alpha and self._before_clitic(token))
            inverted = language == "fr" and self._inverted_incise(token)
            if (
                token.pos_ not in ("VERB", "X")
                and not (token.pos_ == "NOUN" and token.dep_ == "ROOT")  # a verb mis-tagged
                and not incise
                and not inverted
            ) or _noun_tagged_verb(token):
                continue
            lemmas = _lemmas(token, language)
            # "…», note la Commission", "…», raconte-t-elle": the verb of an incise, tagged as a
            # noun or an adjective.
            if incise or inverted:
                lemmas += _form_lemmas(token, language)
            single = lemmas
            if token.i > 0:  # two-word cues: "a fait valoir"
                previous = self.doc[token.i - 1].lemma_.lower()
                lemmas += tuple(f"{previous} {lemma}" for lemma in single)
            # Cues whose words follow the verb: "a mis en garde".
            following = self.doc[token.i + 1 : token.i + 1 + _FOLLOWING_WORDS]
            lemmas += tuple(
                f"{lemma} {' '.join(t.lower_ for t in following[:count])}"
                for count in range(1, len(following) + 1)
                for lemma in single
            )
            for kind in ("verb", "clause"):
                matched = [lemma for lemma in lemmas if lemma in vocabulary[kind]]
                if matched:
                    start, end = self._verb_extent(token)
                    if all(" " in lemma for lemma in matched):
                        words = matched[0].count(" ")
                        if matched[0].split()[0] in single:  # "mis en garde": the words after
                            last = following[words - 1]
                            end = max(end, last.idx + len(last.text))
                        else:  # "fait savoir": both words
                            start = min(start, self.doc[token.i - 1].idx)
                    self.cues[token.i] = Cue(token, start, end, kind)
                    break
            else:
                if inverted:
                    # "« … », sourit-il": French inverts a subject after a quotation only for
                    # the verb that reports it, whatever the verb; the list cannot hold them all.
                    self.cues[token.i] = Cue(token, *self._verb_extent(token), "verb")
        for match in _phrase_pattern(vocabulary["phrase"]).finditer(self.text):
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if span is not None and not self.quoted[span[0].i]:
                self.cues[span[-1].i] = Cue(span[-1], match.start(), match.end(), "phrase")
        # "Pour M. Salamé, le système est « déréglé »": a preposition that opens the sentence
        # with a person's name and a comma gives that person's view.
        for match in _phrase_pattern(vocabulary["opener"]).finditer(self.text):
            span = doc.char_span(match.start(), match.end(), alignment_mode="expand")
            if span is not None and not self.quoted[span[0].i] and self._opens_view(span):
                self.cues[span[-1].i] = Cue(span[-1], match.start(), match.end(), "phrase")
        self.ordered = sorted(self.cues.values(), key=lambda cue: cue.start)
        # The cues asked for a speaker (with the quotation before them, if any), by offset.
        self.used: dict[int, tuple[Cue, int | None]] = {}
        self.speakers.cue_heads = {cue.token.i for cue in self.ordered if cue.kind != "phrase"}

    def _opens_view(self, span: Span) -> bool:
        """Whether a phrase opens its sentence and is followed by a person's name and a comma."""
        if not self.opens_sentence(span.start_char):
            return False
        comma = self.text.find(",", span.end_char, span.end_char + _MAX_GAP_CHARS)
        if comma < 0:
            return False
        if is_role_phrase(self.text[span.end_char : comma]):
            return True  # "Pour le Premier ministre, …"
        named = self.speakers.mentions_within(span.end_char, comma)
        if not named or named[-1].entity.type != "person" or named[-1].end != comma:
            return False
        # "Pour M. Salamé,": at most a title between the preposition and the name
        return len(self.text[span.end_char : named[-1].start].split()) <= 1

    def opens_sentence(self, offset: int) -> bool:
        """Whether only spaces or punctuation come before an offset in its sentence."""
        span = self.doc.char_span(offset, offset + 1, alignment_mode="expand")
        if span is None:
            return False
        # spaCy may run a sentence over a paragraph break: the break starts a sentence too.
        start = max(self.sent(span.start).start_char, self.text.rfind("\n", 0, offset) + 1)
        return not any(c.isalnum() for c in self.text[start:offset])

    def _after_closing_mark(self, token: Token) -> bool:
        """Whether a word comes right after a closing quotation mark and a comma ("», note")."""
        before = self.text[: token.idx].rstrip()
        return before.endswith(",") and before[:-1].rstrip()[-1:] in _CLOSING_MARKS

    def _before_clitic(self, token: Token) -> bool:
        """Whether an inversion clitic follows a word ("raconte-t-elle"): the word is a verb."""
        following = self.doc[token.i + 1 : token.i + 3]
        return any(_CLITIC.match(t.lower_) for t in following) and not token.whitespace_

    def _inverted_incise(self, token: Token) -> bool:
        """Whether a word is the verb of an incise right after a quotation, with an inverted
        clitic subject: "», sourit-il", "», se désole-t-elle", "», a-t-il tempêté"."""
        if not token.is_alpha or token.lemma_ in ("avoir", "être"):
            return False  # "», a-t-il tempêté": the participle is the verb
        first = token
        if not self._before_clitic(token):
            index = token.i - 1
            while index >= 0 and (
                _CLITIC.match(self.doc[index].lower_) or self.doc[index].lower_ == "-t"
            ):
                index -= 1
            if index == token.i - 1 or index < 0 or self.doc[index].pos_ != "AUX":
                return False
            first = self.doc[index]
        index = first.i - 1
        while index >= 0 and self.doc[index].lower_ in _INCISE_PRONOUNS:
            index -= 1  # "», se désole-t-elle", "», lui a-t-il lancé"
        before = self.text[: self.doc[index + 1].idx].rstrip()
        before = before.removesuffix(",").rstrip()
        return before[-1:] in _CLOSING_MARKS

    def _verb_extent(self, verb: Token) -> tuple[int, int]:
        """The cue as written: auxiliaries just before the verb and a particle just after."""
        start, end = verb.idx, verb.idx + len(verb.text)
        index = verb.i - 1
        while index >= 0 and index >= verb.i - 3:
            token = self.doc[index]
            if token.head.i == verb.i and (
                token.dep_.startswith("aux")
                # "», a tweeté X": the tagger may leave the auxiliary untagged.
                or (token.dep_ == "dep" and token.lower_ in _AUXILIARY_FORMS)
            ):
                start = token.idx
            elif not (token.text.startswith("-") or token.dep_ in ("expl:subj", "nsubj")):
                break
            index -= 1
        if verb.i + 1 < len(self.doc) and self.doc[verb.i + 1].dep_ in ("prt", "compound:prt"):
            particle = self.doc[verb.i + 1]
            end = particle.idx + len(particle.text)
        return start, end

    def replay_speakers(self) -> None:
        """Resolve again, in text order, the speakers of the cues that attributed a statement."""
        # So that "he" goes back to whoever spoke last, in a quotation or in reported speech,
        # whatever order the first pass met the cues in.
        used, self.used = self.used, {}
        self.speakers.spoken.clear()
        self.speakers.spoken_by_organisations.clear()
        self.speakers.spoken_unnamed.clear()
        # "…, when Gorbachev insisted on new terms": a cue that reports nothing names no speaker.
        self.speakers.cue_heads = {cue.token.i for cue, _ in used.values() if cue.kind != "phrase"}
        for start in sorted(used):
            self.attribution(*used[start])

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
        self.used.setdefault(cue.start, (cue, quote_start))
        head = self._speaker_head(cue, quote_start)
        objects = tuple(
            (child.left_edge.idx, child.right_edge.idx + len(child.right_edge.text))
            for child in cue.token.children
            if child.dep_ in _OBJECTS
            and (head is None or child.i != head.i)
            and not self.quoted[child.i]
        )
        cue_text = self.text[cue.start : cue.end]
        if head is None and self._narrative_infinitive(cue) is not None:
            # "Et d'ajouter : « … »": whoever the paragraph is about goes on speaking.
            entity = self.speakers.antecedent(cue.start)
            return Attribution(cue_text, entity, None, None, objects)
        if head is None and "Inf" in cue.token.morph.get("VerbForm", []):
            # "« … », a tweeté le président, avant d'ajouter : « … »": however the parse hangs
            # the infinitive, it has the subject of the cue before it in its sentence.
            earlier = self._earlier_cue(cue)
            if earlier is not None:
                said = self.attribution(*earlier)
                return Attribution(
                    cue_text, said.speaker, said.speaker_text, said.speaker_span, objects
                )
        if head is None:
            return Attribution(cue_text, None, None, None, objects)
        found = self.speakers.resolve(head, before=min(cue.start, head.idx))
        if found.entity is None and head.pos_ == "NOUN" and not may_speak(head):
            named = self._person_in_clause(cue)
            if named is not None:
                found = Speaker(named.entity, named.text, (named.start, named.end))
        if found.entity is None and head.lower_ in ("-on", "-t-on"):
            where = self._where_one_says(cue)
            if where is not None:
                found = Speaker(where.entity, where.text, (where.start, where.end))
        if quote_start is not None and (found.entity is None or _described(found.text)):
            introduced = self._introduced_in(quote_start)
            if introduced is not None:
                # "« Je me présente : Dettinger Christophe… », explique celui qui fut champion".
                found = Speaker(introduced.entity, found.text, found.span)
        if found.entity is not None and found.entity.type == "person":
            self.speakers.spoken.append((cue.start, found.entity))
        elif found.entity is not None and found.entity.type == "organization":
            self.speakers.spoken_by_organisations.append((cue.start, found.entity))
        elif found.entity is None and is_person_noun(head):
            # "…, a déclaré la magistrate. « … », a-t-elle ajouté": nobody named goes on.
            self.speakers.spoken_unnamed.append((cue.start, self.speakers.noun_gender(head)))
        return Attribution(cue_text, found.entity, found.text, found.span, objects)

    def _introduced_in(self, quote_start: int) -> Mention | None:
        """The person a quotation's speaker introduces by name in it ("je me présente : X")."""
        quote_end = self.speakers.quote_end(quote_start)
        if quote_end is None:
            return None
        for mention in self.speakers.mentions_within(quote_start, quote_end):
            before = self.text[max(quote_start, mention.start - ONESELF_CHARS) : mention.start]
            if mention.entity.type == "person" and _INTRODUCES_ONESELF.search(before):
                return mention
        return None

    def _people_between(self, start: int, end: int) -> list[Mention]:
        """Person mentions between two offsets, outside quotations, in text order."""
        return [
            m
            for m in self.speakers.mentions_within(start, end)
            if m.entity.type == "person" and not self.speakers.in_quote(m.start)
        ]

    def _person_in_clause(self, cue: Cue) -> Mention | None:
        """The person named nearest a cue in its sentence, outside quotations."""
        sent = self.sent(cue.token.i)
        people = self._people_between(sent.start_char, sent.end_char)
        if not people:
            return None
        return min(people, key=lambda m: abs(m.start - cue.start))

    def _where_one_says(self, cue: Cue) -> Mention | None:
        """ "« … », explique-t-on à Matignon", "indique-t-on chez Renault": the institution
        named after "à" or "chez" in the incise speaks."""
        found = _SEGMENT_END.search(self.text, cue.end)
        end = found.start() if found else len(self.text)
        for mention in self.speakers.mentions_within(cue.end, end):
            # "à Matignon", "à l'Élysée", "chez Renault"
            near = self.text[cue.end : mention.start].lower().split()[-2:]
            if mention.entity.type != "person" and any(w in _WHERE for w in near):
                return mention
        return None

    def _after_comme(self, cue: Cue) -> bool:
        """ "Comme l'a rappelé Emmanuel Macron, « … »": French inverts the subject after
        "comme" (and "ainsi que") and a clitic object."""
        words = self.text[max(0, cue.start - _COMME_CHARS) : cue.start].lower().split()
        if len(words) < 2 or words[-1] not in ("l'", "l’"):
            return False
        return words[-2] == "comme" or words[-3:-1] == ["ainsi", "que"]

    def _earlier_cue(self, cue: Cue) -> tuple[Cue, int | None] | None:
        """The last speech verb before a cue in its sentence, with the quotation it closes."""
        sentence = self.sentence_index[cue.token.i]
        earlier = [
            c
            for c in self.ordered
            if c.start < cue.start
            and c.kind == "verb"
            and self.sentence_index[c.token.i] == sentence
            and not self.quoted[c.token.i]
        ]
        if not earlier:
            return None
        verb = earlier[-1]
        # "« … », a tweeté X": the quotation the verb closes, for its inverted subject.
        closed = [
            q.start
            for q in self.quotations
            if q.end <= verb.start and not any(ch.isalnum() for ch in self.text[q.end : verb.start])
        ]
        return verb, closed[-1] if closed else None

    def subject_speaker(self, sent: Span) -> Attribution | None:
        """The person a sentence with no speech cue is about: its main clause's subject."""
        # "X a dû aborder la question, mais ce dernier s'est montré agacé :": of the main
        # clause and the clauses coordinated with it, the last one speaks.
        subjects = [
            token
            for token in sent
            if token.dep_ in _SUBJECT and self._main(token.head, sent) and not self.quoted[token.i]
        ]
        if not subjects:
            return None
        found = self.speakers.resolve(subjects[-1], before=subjects[-1].idx)
        if found.entity is None or found.entity.type != "person":
            return None
        return Attribution(None, found.entity, found.text, found.span)

    def _main(self, verb: Token, span: Span) -> bool:
        """Whether a verb is the main verb of a span or coordinated with it."""
        while verb.dep_ == "conj" and span.start <= verb.head.i < span.end:
            verb = verb.head
        return self._tops(verb, span)

    def _tops(self, verb: Token, span: Span) -> bool:
        """Whether a verb is the main verb of a span: the root, or, when the parse roots the
        sentence in the quotation that follows a lead-in, the highest verb outside it."""
        if verb.dep_ == "ROOT":
            return True
        above = verb.head
        return not self.quoted[verb.i] and (
            not span.start <= above.i < span.end or self.quoted[above.i]
        )

    def verbless_speaker(self, start: int, end: int) -> Attribution | None:
        """The person a verbless lead-in ends with: "Réaction du député X, sur Twitter :"."""
        span = self.doc.char_span(start, end, alignment_mode="contract")
        if span is None or any(t.pos_ in ("VERB", "AUX") for t in span):
            return None
        people = [m for m in self.speakers.mentions_within(start, end) if m.entity.type == "person"]
        if not people or len(self.text[people[-1].end : end].split()) > _LEAD_IN_TAIL_WORDS:
            return None
        last = people[-1]
        return Attribution(None, last.entity, last.text, (last.start, last.end))

    def inverted(self, cue: Cue) -> Token | None:
        """A subject after the verb: "…”, said Kirby", "« … », a déclaré le Kremlin"."""
        token = cue.token
        # "a fait savoir samedi la préfecture": the subject may hang on any verb of the cue.
        words = list(self.doc.char_span(cue.start, cue.end, alignment_mode="expand") or [token])
        # "», croit savoir la maire": the subject may hang on the infinitive the verb governs.
        words += [
            c
            for c in token.children
            if c.dep_ == "xcomp" and c.i == words[-1].i + 1 and "Inf" in c.morph.get("VerbForm", [])
        ]
        rights = sorted(
            (c for word in words for c in word.rights if c.i > words[-1].i),
            key=lambda c: c.i,
        )
        for child in rights:
            if child.i - token.i > _INVERSION_TOKENS or self.quoted[child.i]:
                break
            if child.lower_ in _time_words():
                # "», a déclaré ce lundi le ministre"; "a mis en garde dimanche 13 septembre la
                # ministre": the parse may hang the subject on the date.
                hidden = self._after_date(child)
                if hidden is not None:
                    return hidden
                continue
            if child.dep_ in _INVERTED and (
                child.pos_ in ("PROPN", "NOUN")
                # "…,” added the 30-year-old": an adjective with its determiner is a noun.
                or (child.pos_ == "ADJ" and any(c.dep_ == "det" for c in child.children))
            ):
                return child
        return None

    def _after_date(self, date: Token) -> Token | None:
        """The noun a determiner opens right after the words of a date, within the date's
        subtree: "dimanche 13 septembre la ministre"."""
        last = date.right_edge.i
        index = date.i + 1
        while index <= last and (
            self.doc[index].like_num or self.doc[index].lower_ in _time_words()
        ):
            index += 1
        if index > last or self.doc[index].pos_ != "DET":
            return None
        for token in self.doc[index + 1 : last + 1]:
            if self.quoted[token.i] or token.pos_ not in ("NOUN", "PROPN", "ADJ"):
                return None
            if token.pos_ != "ADJ":
                return token
        return None

    def _speaker_head(self, cue: Cue, quote_start: int | None) -> Token | None:
        token = cue.token
        if cue.kind == "phrase":
            return self.phrase_object(cue)
        if token.lemma_ in _ASKED and any(c.dep_ == "auxpass" for c in token.children):
            return None  # "Kevin Donnellon was asked: “…”": the subject is the one spoken to
        clitic = self._clitic(cue)
        if clitic is not None:
            return clitic
        narrative = self._narrative_infinitive(cue)
        if narrative is not None:  # "Et le ministre d'ajouter", or None: "Et d'ajouter"
            return next((t for t in reversed(narrative) if t.pos_ in ("NOUN", "PROPN")), None)
        shared = self._shared_auxiliary(token)
        if shared is not None:
            return shared
        inverted = self.inverted(cue)
        # "«…», a déclaré lors d'une conférence de presse Mme Vassal": whatever the parse, the
        # name that closes the incise is its subject.
        tail = self._incise_tail(cue, quote_start)
        if tail is not None and (
            inverted is None or not inverted.left_edge.i <= tail.i <= inverted.right_edge.i
        ):
            return tail
        # An incise (", a déclaré Poutine,") or a cue after the quotation may invert the subject.
        incise = inverted is not None and self._is_incise(cue, inverted)
        if quote_start is None and not incise and not self._after_comme(cue):
            inverted = None
        # "X was quoted as saying": the subject of the verb the preposition hangs on.
        above = (
            token.head.head if token.dep_ == "pcomp" and token.head.pos_ == "ADP" else token.head
        )
        # "he would not respond … and promised to hail …": verbs coordinated with the one
        # above share the subject of the first of them.
        chain = [token, above]
        # "… avant de plaider pour « … »": a clause with no finite verb of its own takes the
        # subject of the clause it hangs on, as coordinated verbs do.
        while len(chain) < _INHERIT_LEVELS and (
            chain[-1].dep_ == "conj"
            or (chain[-1].dep_ in ("xcomp", "advcl") and not finite(chain[-1]))
        ):
            if chain[-1].head.i == chain[-1].i:
                break
            chain.append(chain[-1].head)
        for current in chain:
            subjects = self._subjects(current)
            if subjects:
                subject = self._named_subject(subjects, token)
                # A subject before the quotation (or the incise) belongs to the quoted clause.
                before = quote_start if quote_start is not None else cue.start
                # "“…,” Smith, 45, told the BBC": a subject between the quotation and the cue
                # speaks, whatever comma comes before the verb.
                between = quote_start is not None and quote_start < subject.idx < cue.start
                if inverted is not None and (incise or subject.idx < before) and not between:
                    return inverted
                return self._name_before_verb(subject, cue) or subject
            if (current.dep_ not in _INHERITS and current.dep_ != "pcomp") or current.i == chain[
                -1
            ].i:
                break
        if inverted is None and quote_start is not None:
            inverted = next(
                (c for c in token.rights if c.dep_ in _INVERTED and c.pos_ == "PRON"), None
            )
        if inverted is None:
            inverted = self._participle_subject(token) or self._after_fronted_clause(token)
        if (
            inverted is None
            and token.dep_ == "acl"
            and finite(token)
            and token.head.i < token.i
            and token.head.pos_ in ("NOUN", "PROPN")
            and not self.quoted[token.head.i]
        ):
            # "L'association Greenpeace, qui milite …, dénonce « … »": a finite verb the parse
            # hung on the noun before it has that noun for its subject.
            return token.head
        return (
            inverted
            or self._across_conjunction(token)
            or self._just_before(cue)
            or self._apposed_name(cue)
            or self._name_before_auxiliary(cue)
            or self._after_fronted_participle(cue)
        )

    def _name_before_auxiliary(self, cue: Cue) -> Token | None:
        """When the parse gives no subject, the name before the auxiliary of a French past
        participle: "Edouard Philippe avait, lui, prévenu mercredi que …"."""
        if self.language != "fr" or "Part" not in cue.token.morph.get("VerbForm", []):
            return None
        sent = self.sent(cue.token.i)
        named = [
            m
            for m in self.speakers.mentions_within(sent.start_char, cue.start)
            if m.entity.type in ("person", "organization")
        ]
        if not named or not _AUXILIARY_GAP.fullmatch(self.text, named[-1].end, cue.start):
            return None
        name = self.doc.char_span(named[-1].start, named[-1].end, alignment_mode="expand")
        return name.root if name is not None else None

    def _after_fronted_participle(self, cue: Cue) -> Token | None:
        """A present participle that opens its sentence has the subject of the main clause
        after its comma: "Assurant que … « … », Olivier Véran a toutefois insisté"."""
        token = cue.token
        participle = "Part" in token.morph.get("VerbForm", []) and "Pres" in token.morph.get(
            "Tense", []
        )
        sent = self.sent(token.i)
        opening = token.i == sent.start or (
            token.i == sent.start + 1 and self.doc[sent.start].lower_ == "en"
        )
        if not (participle or token.tag_ == "VBG") or not opening:
            return None
        for mention in self.speakers.mentions_within(cue.end, sent.end_char):
            if mention.entity.type not in ("person", "organization") or self.speakers.in_quote(
                mention.start
            ):
                continue
            if not self.text[: mention.start].rstrip().endswith(","):
                continue
            name = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
            following = self.doc[name.end] if name is not None and name.end < sent.end else None
            if following is not None and following.pos_ in ("AUX", "VERB") and finite(following):
                return name.root if name is not None else None
        return None

    def _named_subject(self, subjects: list[Token], verb: Token) -> Token:
        """The subject nearest the verb, or the name before it when the parse split a name and
        its unclosed apposition into two subjects ("Rhodri Glyn Thomas, Plaid Cymru health
        spokesman said")."""
        nearest = min(subjects, key=lambda c: abs(c.i - verb.i))
        if nearest.pos_ != "NOUN":
            return nearest
        for other in subjects:
            if other.pos_ != "PROPN" or other.i >= nearest.i or other.right_edge.i >= nearest.i:
                continue
            between = self.doc[other.right_edge.i + 1 : nearest.left_edge.i]
            if [t.text for t in between] == [","]:
                return other
        return nearest

    def _shared_auxiliary(self, verb: Token) -> Token | None:
        """ "X avait démenti … et fustigé ceux qui « … »", "X a salué … Et promis : « … »": a
        French past participle with no auxiliary of its own after "et" shares the auxiliary,
        and so the subject, of the compound verb before it, however the parse hung it."""
        if (
            self.language != "fr"
            or "Part" not in verb.morph.get("VerbForm", [])
            or "Past" not in verb.morph.get("Tense", [])
            or any(c.dep_.startswith("aux") for c in verb.children)
        ):
            return None
        index = verb.i - 1
        while index >= 0 and self.doc[index].pos_ == "ADV":  # "et aussi promis"
            index -= 1
        if index < 1 or self.doc[index].lower_ not in _SHARING_CONJUNCTIONS:
            return None
        sentence = self.sentence_index[index]
        first = self.sentences[sentence].start
        if (
            index == first
            and sentence > 0
            and "\n" not in self.text[self.doc[index - 1].idx : self.doc[index].idx]
        ):
            first = self.sentences[sentence - 1].start  # "… . Et promis aux électeurs : « … »"
        for candidate in reversed(self.doc[first:index]):
            if self.quoted[candidate.i] or candidate.pos_ != "VERB":
                continue
            if any(c.dep_ == "aux:tense" for c in candidate.children):
                subjects = self._subjects(candidate)
                return min(subjects, key=lambda c: abs(c.i - candidate.i)) if subjects else None
        return None

    def _name_before_verb(self, subject: Token, cue: Cue) -> Token | None:
        """ "Morgan Grenfell and Co Ltd economist Stephen Bell said": when the parse ends the
        subject before the words that lead to the verb, a person named right before the verb,
        with nothing but words between, is who speaks."""
        start = subject.idx + len(subject.text)
        if start >= cue.start or _BREAKS.search(self.text, start, cue.start):
            return None
        people = [
            m for m in self.speakers.mentions_within(start, cue.start) if m.entity.type == "person"
        ]
        if not people or self.text[people[-1].end : cue.start].strip():
            return None
        span = self.doc.char_span(people[-1].start, people[-1].end, alignment_mode="expand")
        return span.root if span is not None else None

    def _subjects(self, verb: Token) -> list[Token]:
        """The subjects of a verb, with French "il"/"elle" that spaCy labels expletive, but
        not a fronted gerund the parse took for one ("Welcoming the ruling, X said")."""
        return [
            c
            for c in verb.children
            if (c.dep_ in _SUBJECT or (c.dep_ == "expl:subj" and is_personal_pronoun(c)))
            and not self.quoted[c.i]
            and not (c.is_punct or c.is_space)
            and not (c.dep_ == "csubj" and c.tag_ == "VBG")
            and not self._dative_clitic(c)
        ]

    def _dative_clitic(self, token: Token) -> bool:
        """French "lui"/"leur" right before a verb or its auxiliary ("», lui a répondu le chef
        du gouvernement") is the one spoken to, whatever the parse made of it."""
        following = self.doc[token.i + 1] if token.i + 1 < len(self.doc) else None
        return (
            self.language == "fr"
            and token.lower_ in ("lui", "leur")
            and following is not None
            and following.pos_ in ("AUX", "VERB")
        )

    def _participle_subject(self, token: Token) -> Token | None:
        """A detached participle (", évoquant …", "en évoquant", ", saying") has the subject of
        the clause it hangs on, however the parse attached it."""
        participle = (
            "Part" in token.morph.get("VerbForm", []) and "Pres" in token.morph.get("Tense", [])
        ) or token.tag_ == "VBG"
        if not participle:
            return None
        index = token.i - 1
        while index >= 0 and self.doc[index].pos_ in ("PRON", "DET"):  # "la qualifiant", "lui"
            index -= 1
        # "… avait commenté l'impopularité du président déclarant : « … »": a participle that
        # opens a quotation with a colon is detached, comma or not.
        opens = OPENS_QUOTATION.match(self.text, token.idx + len(token.text)) is not None
        if index < 0 or (self.doc[index].lower_ not in (",", "en") and not opens):
            return None
        node = token
        while node.head.i != node.i:
            node = node.head
            subjects = self._subjects(node) if node.pos_ in ("VERB", "AUX") else []
            if subjects:
                return min(subjects, key=lambda c: abs(c.i - token.i))
            # "…, a insisté François de Rugy, rappelant …": the name after the verb above.
            inverted = [
                c
                for c in node.rights
                if c.dep_ in _INVERTED and c.pos_ == "PROPN" and c.i < token.i
            ]
            first = min([node, *(c for c in node.children if c.dep_.startswith("aux"))])
            before = self.text[: first.idx].rstrip()
            if node.pos_ == "VERB" and inverted and before.endswith(tuple("," + _CLOSING_MARKS)):
                return inverted[0]
        return self._after_inverted_subject(token)

    def _after_inverted_subject(self, participle: Token) -> Token | None:
        """ "« … », avait prévenu Beata Szydlo, estimant que …": a participle right after the
        inverted subject of the cue before it shares that subject, however the parse hung it."""
        sentence = self.sentence_index[participle.i]
        for cue in reversed(self.ordered):
            if cue.token.i >= participle.i or self.sentence_index[cue.token.i] != sentence:
                continue
            subject = self.inverted(cue)
            if subject is not None and subject.i < participle.i <= subject.right_edge.i:
                # "…, a tweeté le maire de Londres Sadiq Khan, appelant à …": the parse hung
                # the participle on the subject itself.
                return subject if self.doc[participle.i - 1].text == "," else None
            if subject is not None:
                end = subject.right_edge
                between = self.text[end.idx + len(end.text) : participle.idx]
                # "…, a fustigé la candidate lors des élections municipales, décrivant": a
                # complement of the verb may come between, with no verb of its own.
                words = self.doc[end.i + 1 : participle.i]
                return (
                    subject
                    if between.strip().endswith(",")
                    and not any(t.pos_ in ("VERB", "AUX") or self.quoted[t.i] for t in words)
                    else None
                )
            # The parse may not take the name after the verb for its subject.
            named = [
                m
                for m in self.speakers.mentions_within(cue.end, participle.idx)
                if m.entity.type in ("person", "organization")
            ]
            if named and self.text[named[-1].end : participle.idx].strip() == ",":
                span = self.doc.char_span(named[-1].start, named[-1].end, alignment_mode="expand")
                return span.root if span is not None else None
            return None
        return None

    def _after_fronted_clause(self, verb: Token) -> Token | None:
        """ "Après avoir déclaré que …, Gérard Collomb, le ministre, a dû …": a clause without
        a finite verb that opens the sentence has the subject named after its comma, however
        the parse attached that name."""
        # A fronted "Noting that …," is sometimes parsed as the clausal subject of the quote.
        if finite(verb) or verb.dep_ not in ("advcl", "csubj") or verb.head.i < verb.i:
            return None
        main = verb.head
        if self._subjects(main):
            return None
        for token in self.doc[verb.i + 1 : main.i]:
            if self.quoted[token.i] or token.i == 0:
                continue
            if is_personal_pronoun(token) and self.doc[token.i - 1].text == ",":
                return token  # "Noting that there are « … » for Congress, he said, « … »"
            if token.pos_ != "PROPN":
                continue
            named = self.speakers.mentions_within(token.idx, token.idx + len(token.text) + 80)
            if (
                self.doc[token.i - 1].text == ","
                and named
                and named[0].start == token.idx
                and named[0].entity.type == "person"
            ):
                return token
        return None

    def _incise_tail(self, cue: Cue, quote_start: int | None) -> Token | None:
        """The first name in an incise right after a quotation, after no preposition: "»,
        a déclaré lors d'une conférence de presse Mme X,", "», s'insurge X sur Twitter"."""
        if quote_start is None:
            return None
        quote_end = self.speakers.quote_end(quote_start)
        if quote_end is None:
            return None
        between = self.doc.char_span(quote_end, cue.start, alignment_mode="expand")
        # Only marks and a clitic between: "», s'insurge", "», lui a lancé"; or the writer's
        # end of the quoted sentence, then the incise: "« … » que nos bulletins soient perdus,
        # affirme à l'AFP David Apatoff".
        if (
            between is not None
            and any(t.text[0].isalnum() and t.pos_ != "PRON" and t.i < cue.token.i for t in between)
            and not self._sentence_incise(cue, quote_start)
        ):
            return None
        if between is not None and any(
            t.head.i == cue.token.i and t.dep_ in _SUBJECT and not self._dative_clitic(t)
            for t in between
        ):
            return None  # '"…", he said the duty would be frozen': the cue has its subject
        # "», a assuré, à 20 Minutes, la mère de famille": the one spoken to, between commas.
        aside = _ASIDE.match(self.text, cue.end)
        after = aside.end() if aside else cue.end
        found = _SEGMENT_END.search(self.text, after)
        end = found.start() if found else len(self.text)
        span = self.doc.char_span(after, end, alignment_mode="contract")
        if span is None:
            return None
        if len(span) > _INCISE_TOKENS:
            # "», a répondu dans un tweet M. X à l'ancienne présidente Y": the name that closes
            # the incise's first words, whatever the sentence goes on to say.
            span = span[:_INCISE_TOKENS]
            end = span.end_char
        for mention in self.speakers.mentions_within(after, end):
            name = self.doc.char_span(mention.start, mention.end, alignment_mode="expand")
            if name is None:
                continue
            index = name.start - 1
            while index > span.start and self.doc[index].pos_ == "DET":
                index -= 1
            # "explique à l'AFP Jean Dupont", "said the statement quoted by IRNA": a name after
            # a preposition is not the subject.
            if self.doc[index].pos_ != "ADP":
                return name.root
        # No name: "», tranche le président de la région", "», note la Commission", and after
        # the one spoken to: "», a réagi auprès de l'AFP le maire de la commune".
        index = span.start
        while index < span.end and self.doc[index].lower_ in _time_words():
            index += 1  # "», déclarait mercredi dans une note de blog le patron de TikTok"
        index = self._past_complements(index, span.end)
        first = index
        while index < span.end and self.doc[index].pos_ == "DET":
            index += 1
        noun = self.doc[index] if index < span.end else None
        if (
            noun is not None
            and (index > first or (noun.pos_ == "PROPN" and noun.lower_ in given_names()))
            and noun.pos_ in ("NOUN", "PROPN")
            and noun.lower_ not in _time_words()
        ):
            return noun
        return None

    def _sentence_incise(self, cue: Cue, quote_start: int) -> bool:
        """Whether a cue with no subject of its own comes after a comma in a sentence that a
        quotation opens: an incise after the writer finished the quoted sentence."""
        if self._subjects(cue.token):
            return False
        if not finite(cue.token) and not any(
            c.dep_.startswith("aux") and finite(c) for c in cue.token.lefts
        ):
            return False
        return self.text[: cue.start].rstrip().endswith(",") and self.opens_sentence(
            quote_start - 1
        )

    def _past_complements(self, index: int, end: int) -> int:
        """The index after the prepositional phrases that open an incise ("auprès de l'AFP",
        "à franceinfo"): a preposition, a determiner, then the words of one name or noun."""

        def preposition(at: int) -> bool:
            return at < end and (self.doc[at].pos_ == "ADP" or self.doc[at].lower_ == "auprès")

        while preposition(index):
            while preposition(index):  # "auprès de"
                index += 1
            if index < end and self.doc[index].pos_ == "DET":
                index += 1
            first = index
            while index < end and self.doc[index].pos_ in ("NOUN", "PROPN", "ADJ"):
                if index > first and self.doc[index].lower_ in given_names():
                    return index  # "a déclaré à l'AFP Sébastien, un salarié": the speaker
                index += 1
        return index

    def _narrative_infinitive(self, cue: Cue) -> Span | None:
        """The words between "Et" (or "Avant") and "d'" before a French narrative infinitive ("Et
        le ministre d'ajouter : …", "Avant d'ajouter : …"), or None when the cue is no such
        infinitive."""
        token = cue.token
        if "Inf" not in token.morph.get("VerbForm", []) or token.i < 2:
            return None
        if self.doc[token.i - 1].lower_ not in ("d'", "d’", "de"):
            return None
        index = token.i - 2
        while (
            index > 0
            and token.i - index <= _NARRATIVE_TOKENS
            and self.doc[index].lower_ not in _NARRATIVE_OPENERS
        ):
            index -= 1
        opener = self.doc[index]
        if opener.lower_ not in _NARRATIVE_OPENERS or not self.opens_sentence(opener.idx):
            return None
        return self.doc[index + 1 : token.i - 1]

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

    def _across_conjunction(self, verb: Token) -> Token | None:
        """ "X a été touchée par le spectacle et a déclaré": when the parse cut the sentence
        before "et", the verb still shares the subject of the clause before the conjunction."""
        sent = self.sent(verb.i)
        first = sent[0]
        if first.pos_ != "CCONJ" or first.lower_ not in _SHARING_CONJUNCTIONS or sent.start == 0:
            return None
        # Only auxiliaries, adverbs and clitics between: "et a également déclaré", "and told".
        if any(t.pos_ not in ("AUX", "ADV", "PRON") for t in self.doc[first.i + 1 : verb.i]):
            return None
        previous = self.doc[sent.start - 1].sent
        if "\n" in self.text[previous.end_char - 1 : sent.start_char + 1]:
            return None
        subjects = self._subjects(previous.root)
        return subjects[0] if subjects else None

    def _apposed_name(self, cue: Cue) -> Token | None:
        """When the parse gives no subject, a person named at the head of the clause with one
        apposition before the verb: "…, Dave Wasserman, analyste du site X, a mis en garde"."""
        sent = self.sent(cue.token.i)
        named = self._people_between(sent.start_char, cue.start)
        if not named:
            return None
        last = named[-1]
        before = self.text[sent.start_char : last.start].rstrip()
        words = before.split()
        if words and words[-1].lower() in _SHARING_CONJUNCTIONS:
            before = ""  # "…n'a pas été convié, mais X, délégué du RN, a indiqué": a new clause
        if before and not before.endswith(","):
            return None  # "Face aux photos de X, …": a name after a preposition does not speak
        if not _ONE_APPOSITION.fullmatch(self.text[last.end : cue.start]):
            return None
        name = self.doc.char_span(last.start, last.end, alignment_mode="expand")
        return name.root if name is not None else None

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
