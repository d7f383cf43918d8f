"""Answers in prose, item by item (the 1st cycle's layout of the responses).

Each answer opens with the numbers of the items it answers — "2.", "5., 6., 7., 8.,
9.", a label list cut by a line break ("40., 41., 42.," then "43., 44."), or a full
number ("111.3", "Recommendation 111.3:") — and runs, with its further paragraphs,
to the next such opening.  An opening counts only with numbers not seen before and
not far beyond the highest seen, so a number starting a line inside an answer
("2015.", a sub-list "1. … 2. …") does not cut it.

The position of an answer comes from its sentences that speak of the recommendation
("the/this/these recommendation(s)", "the recommendation on …" — not "142
recommendations" nor "the following recommendations", which belong to lists):

* "accepts", "supports", "agrees with/to" → supported;
* the same denied ("cannot accept", "does not accept", "is not in a position to
  support"), "takes note of the recommendation", "rejects" → noted;
* "cannot … make a definitive statement" (also without the word recommendation),
  "under consideration", "reserves its position" → **pending**: the State says it
  has not decided yet, which is the 1st-cycle report's own "will be examined"
  (``Position.PENDING``, "To be examined"); UNKNOWN would say that no source speaks,
  while this one does, and keeps its sentence for the reviewer to read;
* "partially", "in part", "except", "with the exception of", "but not", "but only",
  "with reservations" beside an acceptance → partially;
* an answer that both accepts and refuses or defers ("accepts … No. 174 …; cannot
  make a definitive statement regarding … No. 118"; "accepts … regarding free legal
  aid … cannot accept the recommendation on specialised family courts") → partially.
  A refusal beside a deferral, with nothing accepted, stays noted.

"accepts the recommendation and notes that it has already acted accordingly" is an
acceptance ("notes that" is no noting).  Each position is stored with the sentences
it came from: ``A/HRC/14/15/Add.1, item 3: "The Slovenian Government accepts the
recommendations … (No. 174). … it cannot make a definitive statement … (No. 118)."``
An answer with no such sentence keeps no position (its text is still its comment)
and is named in a warning.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reviewer.vocabulary import Position

from .responses_common import (
    PENDING_WORDS,
    ResponseFacts,
    compact,
    expand,
    join_wrapped,
    quote,
    sentences,
    support_or_refusal,
)

_PREFIX = re.compile(r"^(?:Recommendations?|Recs?\.?)\s+", re.I)
_TOKEN = re.compile(
    r"(?P<a>\d{1,4}(?:\.\d{1,4})?)(?P<adot>\.)?"
    r"(?:\s*[-\u2010-\u2015\u2212]\s*(?P<b>\d{1,4}(?:\.\d{1,4})?)(?P<bdot>\.)?)?"
)
_LABEL_SEP = re.compile(r"\s*(?:,|&|\band\b)\s*")
_GAP = 15  # an opening may skip this many numbers beyond the highest seen
_HEADING = re.compile(r"^(?:[IVX]+\.)\s+\S|^(?:Notes|Annex\b.*)$")

_MENTION = re.compile(r"\brecommendations?\b|\brecommended\b", re.I)
_NOT_AN_ANSWER = re.compile(
    r"\d\s+(?:of\s+the\s+\d+\s+)?recommendations\b"  # "accepts 142 recommendations"
    r"|\brecommendations?\s*(?:Nos?\.?\s*)?\d"  # a list: "recommendations 1–5"
    r"|\bfollowing\s+recommendations?\b"
    r"|\brecommendations?\s+(?:made|received)\s+(?:during|at)\b",  # the introduction
    re.I,
)
_BARE = re.compile(
    r"^(?:(?P<not>not\s+)?(?P<part>partially\s+|partly\s+|fully\s+)?"
    r"(?P<word>supported|accepted|noted|rejected))\b",
    re.I,
)
_NOTE = re.compile(
    r"\b(?:take[sn]?|took|taking)\s+note\s+of\b|\bnot(?:es|ed)\s+(?:the|this|these|those|both|"
    r"all)\s+(?:\w+\s+)?recommendations?\b|\breject(?:s|ed)?\b",
    re.I,
)
_PARTIAL = re.compile(
    r"\bpartial(?:ly)?\b|\bpartly\b|\bin\s+part\b|\bexcept\b|\bwith\s+the\s+exception\s+of\b"
    r"|\bbut\s+(?:not|only)\b|\bwith\s+(?:some\s+|a\s+)?reservations?\b",
    re.I,
)


@dataclass
class _Item:
    numbers: list[str]
    open_list: bool  # the labels ended in "," and may go on at the next line
    lines: list[str] = field(default_factory=list)


def opening(line: str) -> tuple[list[str], bool, str] | None:
    """(numbers, labels end in ",", the rest of the line) when ``line`` opens an answer."""
    prefixed = _PREFIX.match(line)
    pos = prefixed.end() if prefixed else 0
    numbers: list[str] = []
    trailing_comma = False
    while True:
        m = _TOKEN.match(line, pos)
        if not m:
            break
        a, b = m.group("a"), m.group("b")
        dotted = bool(m.group("bdot") if b else m.group("adot"))
        full = "." in a
        short_ok = dotted and len(a) <= 3 and (b is None or "." not in b)
        if not (prefixed or full or short_ok):
            break
        end = m.end()
        if not (end == len(line) or line[end] in " ,:;&\u2013\u2014-"):
            break  # "9.4/100,000", "2010–2015"
        numbers += expand(a if b is None else f"{a}-{b}")
        pos = end
        sep = _LABEL_SEP.match(line, pos)
        trailing_comma = bool(sep and "," in sep.group(0))
        if not sep or not _TOKEN.match(line, sep.end()):
            if sep and trailing_comma:
                pos = sep.end()
            break
        pos = sep.end()
    if not numbers:
        return None
    rest = line[pos:]
    state = re.match(r"\s*\([A-Z][^()]{1,80}\)", rest)  # "Recommendation 3 (Brazil): …"
    rest = rest[state.end() :] if state else rest
    colon = re.match(r"\s*[:\u2013\u2014-]\s*", rest)
    rest = rest[colon.end() :] if colon else rest
    if rest and not rest[0].isspace() and pos and line[pos - 1] not in " ,:":
        if not colon:
            return None  # "12th", "3rd"
    return numbers, trailing_comma, rest.strip()


def _items(lines: list[str]) -> list[_Item]:
    items: list[_Item] = []
    seen: set[str] = set()
    highest = 0
    for line in lines:
        found = opening(line)
        if found:
            numbers, open_list, rest = found
            fresh = all(n not in seen for n in numbers)
            shorts = [int(n) for n in numbers if n.isdigit()]
            near = all(n <= highest + _GAP for n in shorts)
            if fresh and near:
                seen.update(numbers)
                highest = max([highest, *shorts])
                if items and items[-1].open_list and not items[-1].lines[1:]:
                    items[-1].numbers += numbers  # "40., 41., 42.," … "43., 44."
                    items[-1].open_list = open_list
                    items[-1].lines.append(rest)
                else:
                    items.append(_Item(numbers, open_list, [rest]))
                continue
        if _HEADING.match(line):
            if items:
                items[-1].open_list = False
            continue
        if items:
            item = items[-1]
            if item.open_list and item.lines == [""]:
                item.lines = [line]
            else:
                item.lines.append(line)
            item.open_list = item.open_list and not item.lines[1:]
    return items


def _statements(sentence: str, first: bool) -> set[Position]:
    """The positions one sentence of an answer states."""
    found: set[Position] = set()
    if first:
        bare = _BARE.match(sentence)
        if bare:
            word = bare.group("word").lower()
            if bare.group("not") or word in ("noted", "rejected"):
                return {Position.NOTED}
            part = (bare.group("part") or "").strip().lower()
            return {Position.PARTIALLY if part in ("partially", "partly") else Position.SUPPORTED}
    if PENDING_WORDS.search(sentence) and re.search(r"\bdefinit|\bfinal|\bfirm", sentence, re.I):
        found.add(Position.PENDING)  # "cannot … make a definitive statement (regarding …)"
    if not _MENTION.search(sentence) or _NOT_AN_ANSWER.search(sentence):
        return found
    if PENDING_WORDS.search(sentence):
        found.add(Position.PENDING)
    verbs = support_or_refusal(sentence)
    found.update(p for _, p in verbs)
    if _NOTE.search(sentence):
        found.add(Position.NOTED)
    if Position.SUPPORTED in found and _PARTIAL.search(sentence):
        found.add(Position.PARTIALLY)
    return found


def answer_position(text: str) -> tuple[Position | None, list[str]]:
    """(position, the sentences that state it) of one answer's text."""
    said: set[Position] = set()
    quoted: list[str] = []
    for i, sentence in enumerate(sentences(text)):
        found = _statements(sentence, i == 0)
        if found:
            said |= found
            quoted.append(sentence)
    if not said:
        return None, []
    if Position.PARTIALLY in said:
        position = Position.PARTIALLY
    elif Position.SUPPORTED in said:
        refused = said & {Position.NOTED, Position.PENDING}
        position = Position.PARTIALLY if refused else Position.SUPPORTED
    elif Position.NOTED in said:
        position = Position.NOTED
    else:
        position = Position.PENDING
    return position, quoted


def read_prose(lines: list[str], document_symbol: str) -> ResponseFacts:
    """Positions of answers given item by item; empty unless the layout is clearly that.

    At least two answers, and a third of all openings, must state a position: a
    document whose own paragraphs are numbered "1.", "2." … is not read as answers.
    """
    facts = ResponseFacts()
    items = _items(lines)
    answered = []
    for item in items:
        text = join_wrapped(item.lines)
        position, quoted = answer_position(text)
        answered.append((item, text, position, quoted))
    stated = sum(1 for *_, position, _ in answered if position)
    if stated < 2 or 3 * stated < len(items):
        return facts
    for item, text, position, quoted in answered:
        label = ("items " if len(item.numbers) > 1 else "item ") + compact(item.numbers)
        for n in item.numbers:
            facts.add_comment(n, text)
        if position is None:
            facts.warnings.append(
                f"{label}: no sentence says whether the State accepts it; position left unknown"
            )
            continue
        source = f'{document_symbol}, {label}: "{quote(quoted)}"'
        for n in item.numbers:
            facts.add_position(n, position, source)
    return facts
