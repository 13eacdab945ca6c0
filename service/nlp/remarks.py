"""When a remark was made: the date the text gives its speech cue, and the remark as an event.

"Yuri Ushakov said on Friday", "a annoncé vendredi le Kremlin": a time expression that
modifies the cue verb dates the remark, which otherwise takes the article's publication date.
A remark dated that way, by a speaker the catalogue knows, is also a `statement_publication`
event (what GDELT codes as a public statement), so it can be found among the events.
"""

from __future__ import annotations

from collections.abc import Sequence

import msgspec
from spacy.tokens import Doc, Span, Token

from service.nlp.event_merge import event_title
from service.nlp.types import EventMention, Statement, TimeExpression

# How far from the quotation its cue may stand (characters), and how many arcs a date may
# stand below the cue verb ("said [on] Friday": two).
_CUE_REACH = 300
_ARCS = 3


def _cue_words(cue: str) -> set[str]:
    # "a déclaré" -> déclaré, "told AFP" -> told, AFP: the words that can be the cue token.
    return {w.lower() for w in cue.replace("’", "'").split() if len(w) >= 3}


def _cue_token(doc: Doc, statement: Statement) -> Token | None:
    if not statement.cue:
        return None
    words = _cue_words(statement.cue)
    window = doc.char_span(
        max(0, statement.start - _CUE_REACH),
        min(len(doc.text), statement.end + _CUE_REACH),
        alignment_mode="contract",
    )
    if window is None:
        return None
    found = [
        t
        for t in window
        if t.lower_ in words
        and t.pos_ in ("VERB", "AUX", "NOUN")
        and not statement.start <= t.idx < statement.end
    ]
    # The nearest cue word outside the quotation is the one that introduces it.
    return min(
        found,
        key=lambda t: min(abs(t.idx - statement.start), abs(t.idx - statement.end)),
        default=None,
    )


def _modifies(span: Span, cue: Token) -> bool:
    token = span.root
    for _ in range(_ARCS):
        if token.head.i == token.i:
            return False
        token = token.head
        if token.i == cue.i:
            return True
    return False


def _remark_time(
    doc: Doc, statement: Statement, times: Sequence[TimeExpression]
) -> tuple[TimeExpression, Token] | None:
    cue = _cue_token(doc, statement)
    if cue is None:
        return None
    sent = cue.sent
    for time in times:
        if time.precision != "day" or not (sent.start_char <= time.start < sent.end_char):
            continue
        if statement.kind == "direct" and statement.start <= time.start < statement.end:
            continue  # a date inside the quoted words is what the remark is about
        span = doc.char_span(time.start, time.end, alignment_mode="expand")
        if span is not None and len(span) and _modifies(span, cue):
            return time, cue
    return None


def date_remarks(
    doc: Doc, statements: Sequence[Statement], times: Sequence[TimeExpression]
) -> tuple[list[Statement], list[EventMention]]:
    """Statements dated by their cue's time expression, and the events those remarks are."""
    dated: list[Statement] = []
    events: list[EventMention] = []
    for statement in statements:
        found = _remark_time(doc, statement, times)
        if found is None:
            dated.append(statement)
            continue
        time, cue = found
        dated.append(msgspec.structs.replace(statement, date=time.date_start))
        if statement.speaker is None:
            continue
        sent = cue.sent
        events.append(
            EventMention(
                type="statement_publication",
                title=event_title("statement_publication", [statement.speaker], None),
                date_start=time.date_start,
                date_end=time.date_end,
                precision=time.precision,
                participants=(statement.speaker,),
                location=None,
                evidence_start=sent.start_char,
                evidence_end=sent.end_char,
                trigger=cue.text,
            )
        )
    return dated, events
