"""Text → the recommendations it cites.

Three shapes of citation, tried in this order so each character belongs to one:

- full: a report symbol then numbers ("A/HRC/40/6, paras. 28.45–28.49");
- cued: a cue word then numbers ("Suggestions 28.109 and 28.111",
  "recommendations 30–31, 54–56"); only a cue makes an integer a citation;
- bare: a decimal that looks like a recommendation number and like nothing else
  ("the Working Group 28.294").  Callers treat bare numbers as hints only.

In each of the UN's six languages ("recommandations 28.270, 28.271 et 28.274",
"párrs. 28.45 a 28.49", "（A/HRC/40/6，第28.294段）", "التوصية 28.294", "п. 28.294"): the
words are in ``forms``; full-width and Arabic-Indic digits are read through ``fold``.
"""

from __future__ import annotations

import operator
import re
from dataclasses import dataclass

from reviewer.citations.filters import BARE_MIN_PREFIX, bare_context_ok, cue_is_foreign
from reviewer.citations.fold import fold
from reviewer.citations.forms import (
    AR_CUE_START,
    AR_SUBNUMBER,
    AR_WINDOW,
    CUE_TAIL,
    CUE_WORDS,
    ZH_CLOSER,
    ZH_DECIMAL_CUES,
    ZH_ORDINAL_CUE,
)
from reviewer.citations.numbers import Item, read_list, skip_markers
from reviewer.citations.symbols import find_symbols
from reviewer.vocabulary import CitationKind


@dataclass(frozen=True)
class CitationRef:
    symbol: str | None  # normalised report symbol, None when the text names none
    number: str  # "28.294", or "30" for a short reference
    start: int  # span of the number (of symbol + number for a full citation)
    end: int
    kind: CitationKind  # FULL, CUED or BARE
    short: bool  # no paragraph prefix: "30" from "recommendations 30–31"


@dataclass(slots=True)
class Group:
    """Numbers governed together by one symbol, one cue, or nothing."""

    kind: CitationKind
    symbol: str | None
    head: int  # where the citation begins: the symbol, the cue word or the first number
    items: list[Item]

    @property
    def end(self) -> int:
        return self.items[-1].end

    def refs(self) -> list[CitationRef]:
        out = []
        for item in self.items:
            start = self.head if self.kind is CitationKind.FULL else item.start
            for number in item.numbers:
                out.append(
                    CitationRef(self.symbol, number, start, item.end, self.kind, "." not in number)
                )
        return out


# Each alternative starts with a literal so the regex engine can skip ahead on a
# character set (three times faster than one pattern led by a lookbehind).  The words
# of each UN language are in ``forms``.
_CUE_WORDS = CUE_WORDS
_CUE_TAIL = CUE_TAIL
_CUE = re.compile(rf"(?P<cue>{_CUE_WORDS}){_CUE_TAIL}")
# A decimal not glued to a letter, sign or longer number: "RMB1.2", "D_1.1", "$1.95".
_BARE = re.compile(r"\d(?<![\w.,/\\$€£¥₹+\-−–—#§@%&]\d)\d{0,2}\.[1-9]")
_DIGIT = re.compile(r"\d")
# What may stand between a symbol and its numbers: "A/HRC/40/6, para. 28.294",
# "A/HRC/40/6 (28.294)", "(A/HRC/40/6), 28.294", "A/HRC/40/6/Add.1 - Para. 2".
_FULL_TAIL = re.compile(
    rf"\)?[ \t]*(?:[,:;]|\s?[-–—]|\()?\s*(?:(?P<cue>{_CUE_WORDS}){_CUE_TAIL})?(?=\d)"
)


def _full_groups(text: str, symbols: list[tuple[str, int, int]]) -> list[Group]:
    groups = []
    for symbol, start, end in symbols:
        tail = _FULL_TAIL.match(text, end)
        if tail is None:
            continue
        cue = tail.group("cue")
        if cue and cue.startswith(AR_CUE_START):
            items = read_list(_arabic_subnumbers(text, tail.end()), tail.end())
        else:
            items = read_list(text, tail.end(), None if cue else True)
        if items:
            groups.append(Group(CitationKind.FULL, symbol, start, items))
    return groups


def _bare_group(text: str, pos: int) -> tuple[Group | None, int]:
    """The cue-less decimal group at ``pos`` if it passes, and where scanning resumes."""
    items = read_list(text, pos, True, same_prefix=False)
    if items is None:
        return None, pos + 1
    resume = items[-1].end
    numbers = [n for item in items for n in item.numbers]
    prefix = numbers[0].partition(".")[0]
    if (
        int(prefix) < BARE_MIN_PREFIX
        or not all(item.clean for item in items)
        or any(n.partition(".")[0] != prefix for n in numbers)
        or not bare_context_ok(text, pos, skip_markers(text, resume))
    ):
        return None, resume
    return Group(CitationKind.BARE, None, pos, items), resume


_start = operator.methodcaller("start")


def _after_letter(text: str, pos: int) -> bool:
    """A cue glued to a word before it ("comparas 12", "сп. 5").  Chinese has no spaces
    and Arabic glues one-letter prefixes ("والتوصيات"): a letter there is fine."""
    if pos == 0:
        return False
    ch = text[pos - 1]
    return ch.isalpha() and not ("\u0600" <= ch <= "\u06ff" or ch >= "\u2e80")


def _arabic_subnumbers(text: str, pos: int) -> str:
    """``text`` with "28-294" after ``pos`` read as 28.294, the Arabic documents' way of
    writing it (``forms.AR_SUBNUMBER``); one character for one, so offsets hold."""
    window = text[pos : pos + AR_WINDOW]
    if "-" not in window:
        return text
    window = AR_SUBNUMBER.sub(r"\1.\2", window)
    return text[:pos] + window + text[pos + AR_WINDOW :]


def _cued_items(text: str, cue: str, pos: int) -> list[Item] | None:
    """The list a cue governs; Chinese and Arabic cues have their own ways (``forms``)."""
    if cue.startswith(AR_CUE_START):
        return read_list(_arabic_subnumbers(text, pos), pos)
    if cue in ZH_DECIMAL_CUES:
        return read_list(text, pos, True)
    items = read_list(text, pos)
    if cue == ZH_ORDINAL_CUE and items is not None:
        if not ZH_CLOSER.match(text, skip_markers(text, items[-1].end)):
            return None
    return items


def scan(text: str) -> list[Group]:
    """Every citation group in ``text``, in text order.

    Full-width and Arabic digits and punctuation are read as ASCII (``fold``); the
    offsets are those of ``text`` as given.
    """
    if _DIGIT.search(text) is None:
        return []
    text = fold(text)
    symbols = find_symbols(text)
    groups = _full_groups(text, symbols) if symbols else []
    taken = [(g.head, g.end) for g in groups]
    symbol_spans = [(s, e) for _, s, e in symbols]
    cues = list(_CUE.finditer(text))
    bares = list(_BARE.finditer(text))
    candidates = sorted(cues + bares, key=_start) if cues and bares else cues or bares
    pos = 0
    for m in candidates:
        start = m.start()
        if start < pos:
            continue
        inside = next((e for s, e in taken if s <= start < e), None)
        if inside is not None:
            pos = inside
            continue
        cue = m.group("cue") if m.re is _CUE else None
        if cue is None:
            group, pos = _bare_group(text, start)
            if group is not None:
                groups.append(group)
            continue
        if _after_letter(text, start):
            continue
        items = _cued_items(text, cue, m.end())
        if items is None:
            continue
        pos = items[-1].end
        if not cue_is_foreign(text, start, cue, pos, symbol_spans):
            groups.append(Group(CitationKind.CUED, None, start, items))
    groups.sort(key=lambda g: g.head)
    return groups


def find_citations(text: str) -> list[CitationRef]:
    """Every recommendation reference in ``text``, in text order, ranges expanded."""
    return [ref for group in scan(text) for ref in group.refs()]
