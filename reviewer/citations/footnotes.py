"""Footnotes that quote a recommendation: "A/HRC/40/6, 28.294: Continue … (India)."

A footnote can quote one recommendation with its text and States, cite several
without text ("See A/HRC/40/6, paras. 28.45–28.49."), quote several in a row, or
cite no recommendation at all ("JS1, para. 4" in an OHCHR summary).  Only decimal
numbers come out: a registry entry needs the full "28.294".
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reviewer.citations.fold import fold
from reviewer.citations.forms import LEAD_IN_WORDS
from reviewer.citations.numbers import skip_markers
from reviewer.citations.parser import Group, scan
from reviewer.citations.states import canonical_state, split_trailing_states
from reviewer.vocabulary import CitationKind


@dataclass(frozen=True)
class FootnoteCitation:
    symbol: str | None
    number: str
    text: str | None  # the recommendation as the footnote quotes it, States removed
    states: tuple[str, ...]  # recommending States, canonical UN names


# "28.294: text", "28.294 – text"; a text without either must end in "(State)".
# Chinese closes a "第28.294段" before its colon: "第28.294段：继续……（印度）".
_INTRO = re.compile(r"\)?[段项項号號]?\s*(?::|[-–—](?=\s))\s*")
_SOFT_INTRO = re.compile(r"\)?\s+(?=[\"“‘«A-ZÀ-ÖØ-ÞА-ЯЁ])")
_SPACES = re.compile(r"\s+")
# Words that lead into the next citation: "… (India). See also A/HRC/25/5, 186.12."
_LEAD_IN = re.compile(rf"(?:\b(?:{LEAD_IN_WORDS})[\s:,]*)+\Z", re.IGNORECASE)
_QUOTES = {"“": "”", '"': '"', "‘": "’", "«": "»", "„": "“", "「": "」", "『": "』"}
_STOPS = (".", "。")


def _clean(region: str) -> tuple[str | None, tuple[str, ...]]:
    region = _LEAD_IN.sub("", _SPACES.sub(" ", region).strip())
    body, states = split_trailing_states(region.strip())
    body = body.rstrip(" ;,")
    if not states and body.endswith(_STOPS) and not body.endswith(".."):
        body = body[:-1].rstrip()
    if len(body) > 1 and _QUOTES.get(body[0]) == body[-1]:
        body = body[1:-1].strip()
    canonical = tuple(canonical_state(s) or s for s in states)
    return (body or None), canonical


def _intro(text: str, group: Group) -> tuple[int, bool] | None:
    """Where a quoted text starts after ``group``, and whether a colon or dash announced it."""
    pos = skip_markers(text, group.end)
    m = _INTRO.match(text, pos)
    if m is not None:
        return m.end(), True
    m = _SOFT_INTRO.match(text, pos)
    return (m.end(), False) if m is not None else None


def parse_citation_footnote(text: str) -> list[FootnoteCitation]:
    """The recommendations a footnote cites, with text and States where it quotes one."""
    groups = scan(text)
    if not groups:
        return []
    folded = fold(text)  # "28.294：继续…", "٢٨٫٢٩٤:": the same offsets as ``text``
    intros = [_intro(folded, g) for g in groups]
    heads = [
        g.kind is CitationKind.FULL or (i is not None and i[1])
        for g, i in zip(groups, intros, strict=True)
    ]
    out: dict[tuple[str | None, str], FootnoteCitation] = {}
    quoted_until = 0
    last_full: Group | None = None
    for index, group in enumerate(groups):
        if group.head < quoted_until and not heads[index]:
            continue  # a number inside a quoted recommendation text
        # Short numbers ("Rec. 18", "JS1, para. 4") name no recommendation on their
        # own: find_citations reports them for resolving against a known report.
        numbers = [n for item in group.items for n in item.numbers if "." in n]
        if not numbers:
            continue
        body: str | None = None
        states: tuple[str, ...] = ()
        intro = intros[index]
        if intro is not None and len(numbers) == 1:
            stop = next(
                (g.head for g, h in zip(groups[index + 1 :], heads[index + 1 :], strict=True) if h),
                len(text),
            )
            candidate, found = _clean(text[intro[0] : stop])
            if intro[1] or found:
                body, states = candidate, found
                quoted_until = stop
        if group.kind is CitationKind.FULL:
            last_full = group
        for number in numbers:
            symbol = group.symbol
            if symbol is None and last_full is not None and "." in number:
                prefix = last_full.items[0].numbers[0].partition(".")[0]
                if number.partition(".")[0] == prefix:
                    symbol = last_full.symbol
            key = (symbol, number)
            old = out.get(key)
            if old is None or (old.text is None and body is not None):
                out[key] = FootnoteCitation(symbol, number, body, states)
    return list(out.values())
