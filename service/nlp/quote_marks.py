"""Quotation marks: the quoted passages of a text, whatever the marks and however unbalanced."""

from __future__ import annotations

import dataclasses
import re

# Each opening mark and the closing marks that end it. Badly formatted copy mixes families
# (“ … »), so every double closer ends every double opener.
_DOUBLE_OPEN = "“«„‹"
_DOUBLE_CLOSE = "”»›"
_SINGLE_OPEN = "‘"
_SINGLE_CLOSE = "’"
_STRAIGHT = "\"'"
_OPEN_CONTEXT = " \t\n([{—–-/:;>"
_WORD = re.compile(r"\w")
_SENTENCE_THEN_SPACE = re.compile(r"\w[.!?][ \t]+\Z")  # "approaches. " right before a mark


@dataclasses.dataclass(frozen=True)
class Quotation:
    """A quoted passage: the words between the marks, and whether the marks were balanced."""

    start: int
    end: int
    balanced: bool = True
    continues: bool = False  # the quote goes on in the next paragraph (press convention)
    continued: bool = False  # this piece re-opens a quote of the previous paragraph


@dataclasses.dataclass
class _Open:
    mark: str
    at: int
    continued: bool = False
    inner_end: int | None = None  # where a straight quote nested in this one closed last


def _family(mark: str) -> str:
    if mark in _DOUBLE_OPEN or mark in _DOUBLE_CLOSE or mark == '"':
        return "double"
    return "single"


def _is_word(char: str) -> bool:
    return bool(_WORD.match(char))


def _next_paragraph_opener(text: str, newline: int) -> int | None:
    """Offset of an opening mark that starts the next paragraph, if one does."""
    index = newline
    while index < len(text) and text[index] in " \t\r\n":
        index += 1
    if index < len(text) and text[index] in _DOUBLE_OPEN + _SINGLE_OPEN + '"':
        return index
    return None


class _Scanner:
    """One pass over the text with a stack of open marks; only outermost quotes are kept."""

    def __init__(self, text: str) -> None:
        self.text = text
        self.stack: list[_Open] = []
        self.found: list[Quotation] = []
        self.last_close = 0
        self.skip: set[int] = set()

    def emit(self, opened: _Open, end: int, *, balanced: bool, continues: bool = False) -> None:
        if self.stack:  # nested quotes stay inside the text of the outer one
            return
        start = opened.at + 1
        while start < end and self.text[start].isspace():
            start += 1
        stop = end
        while stop > start and self.text[stop - 1].isspace():
            stop -= 1
        if stop > start:
            self.found.append(Quotation(start, stop, balanced, continues, opened.continued))

    def close(self, family: str, at: int) -> bool:
        for depth in range(len(self.stack) - 1, -1, -1):
            if _family(self.stack[depth].mark) == family:
                opened = self.stack[depth]
                del self.stack[depth:]
                if depth and opened.mark == '"':
                    self.stack[depth - 1].inner_end = at
                self.emit(opened, at, balanced=True)
                self.last_close = at + 1
                return True
        return False

    def stray_close(self, at: int) -> None:
        """A closing mark with no opener: the quote ran from the last boundary (lost opener)."""
        line_start = self.text.rfind("\n", 0, at) + 1
        start = max(line_start, self.last_close)
        self.stack.clear()
        # "« First paragraph…\n\nSecond paragraph », he said": a quote left open at the end of
        # the paragraph before goes on in this one, with no mark to reopen it.
        previous = self.found[-1] if self.found else None
        goes_on = (
            start == line_start
            and previous is not None
            and not previous.balanced
            and not self.text[previous.end : line_start].strip()
        )
        if goes_on and previous is not None:
            self.found[-1] = dataclasses.replace(previous, continues=True)
        self.emit(_Open("", start - 1, continued=goes_on), at, balanced=False)
        self.last_close = at + 1

    def paragraph_end(self, at: int) -> None:
        if not self.stack:
            return
        outer = self.stack[0]
        inner = outer.inner_end
        if outer.mark == '"' and inner is not None and self.text[inner + 1 : inner + 2] in ".!?":
            # '"C'est un divorce par "consentement mutuel". L'ancienne ministre a annoncé…': a
            # straight mark that closes a nested quote and the sentence closes the outer one too
            # when the paragraph runs on without another mark (one mark written for two).
            self.stack.clear()
            self.emit(outer, inner, balanced=False)
            self.last_close = inner + 1
            return
        reopen = _next_paragraph_opener(self.text, at)
        if reopen is not None and _family(self.text[reopen]) == _family(outer.mark):
            self.stack.clear()
            self.emit(outer, at, balanced=True, continues=True)
            self.stack.append(_Open(self.text[reopen], reopen, continued=True))
            self.skip.add(reopen)
            return
        # Unbalanced: close at the end of the paragraph so the rest of the article is unharmed.
        self.stack.clear()
        self.emit(outer, at, balanced=False)
        self.last_close = at

    def run(self) -> list[Quotation]:
        text = self.text
        for index, char in enumerate(text):
            if index in self.skip:
                continue
            before = text[index - 1] if index else "\n"
            after = text[index + 1] if index + 1 < len(text) else "\n"
            if char == "\n":
                self.paragraph_end(index)
            elif char in _DOUBLE_OPEN:
                self.stack.append(_Open(char, index))
            elif char in _DOUBLE_CLOSE:
                # French "… »" has a space before the mark: a stray "»" still closes a quote.
                if not self.close("double", index) and (not before.isspace() or char == "»"):
                    self.stray_close(index)
            elif char == _SINGLE_OPEN and not after.isspace():
                self.stack.append(_Open(char, index))
            elif char in _SINGLE_CLOSE + "'":
                self._single(char, index, before, after)
            elif char == '"':
                self._straight(index, before, after)
        if self.stack:
            self.paragraph_end(len(text))
        return self.found

    def _single(self, char: str, index: int, before: str, after: str) -> None:
        if _is_word(before) and _is_word(after):
            return  # an apostrophe inside a word: l’invasion, That's
        open_single = any(_family(o.mark) == "single" for o in self.stack)
        if open_single and not before.isspace() and not _is_word(after):
            self.close("single", index)
        elif char == "'" and (before in _OPEN_CONTEXT or before.isspace()) and _is_word(after):
            self.stack.append(_Open(char, index))

    def _straight(self, index: int, before: str, after: str) -> None:
        open_straight = any(o.mark == '"' for o in self.stack)
        can_open = (
            before in _OPEN_CONTEXT
            or before.isspace()  # also a no-break space
            or (before in "'’" and not open_straight)  # French elision: qualifié d'"énorme…"
            or before in _DOUBLE_OPEN + _SINGLE_OPEN
            or (before in ".!?" and after.isupper())  # "l'OTAN."C'est…": a missing space
        )
        can_close = not before.isspace()
        open_double = any(_family(o.mark) == "double" for o in self.stack)
        if self._restarts(index, after):
            # 'Jan Berry said: "It is a service. "These plans…," she warned': a straight mark
            # that starts a sentence inside a straight quote opens the next quotation; the
            # writer forgot to close the first one at the end of its sentence.
            opened = self.stack.pop()
            self.emit(opened, index - 1, balanced=False)
            self.last_close = index
            self.stack.append(_Open('"', index))
        elif open_straight and can_close:
            self.close("double", index)
        elif can_open and not after.isspace():
            self.stack.append(_Open('"', index))
        elif open_straight or (open_double and can_close):
            # "« le rectorat est intervenu", détaille la mairie": copy that mixes marks closes
            # a "«" with a straight mark.
            self.close("double", index)
        elif can_close and not _is_word(after) and self._left_open(index):
            # "…attendues", prévient l'institut: the quote opened a paragraph before and went
            # on with no mark to reopen it; this is its end.
            self.stray_close(index)

    def _restarts(self, index: int, after: str) -> bool:
        """Whether a straight mark after a sentence's end, inside the one open straight quote,
        opens a new quotation rather than a nested one."""
        if len(self.stack) != 1 or self.stack[0].mark != '"' or not after.isupper():
            return False
        return bool(_SENTENCE_THEN_SPACE.search(self.text, self.stack[0].at, index))

    def _left_open(self, index: int) -> bool:
        """Whether the paragraph before the one of an offset ended inside an unclosed quote and
        nothing has been quoted since."""
        line_start = self.text.rfind("\n", 0, index) + 1
        previous = self.found[-1] if self.found else None
        return (
            previous is not None
            and not previous.balanced
            and self.last_close < line_start
            and not self.text[previous.end : line_start].strip()
        )


def find_quotations(text: str) -> list[Quotation]:
    """Outermost quoted passages of a text, in order, recovering from unbalanced marks."""
    return _Scanner(text).run()
