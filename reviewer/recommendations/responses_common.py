"""What the readers of a State's responses share: number lists, position words, quotes.

The responses (a report's Add.1) come in three layouts, each read by its own
module: lists of numbers after a verb (:mod:`.responses`), answers in prose item
by item (:mod:`.responses_prose`) and tables (:mod:`.responses_table`).  They all
fill a :class:`ResponseFacts`.

Numbers are kept as written: "14" (a serial number counting the sub-paragraphs
of one paragraph of the report) or "115.14"; :mod:`.responses` turns the short
ones into full numbers once it knows the paragraph.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reviewer.vocabulary import Position

from .normalise import parse_position
from .responses_words import (
    AND_WORDS,
    NEGATION,
    NOTE_WORDS,
    PARTIAL_WORDS,
    PENDING_WORDS,
    RANGE_WORDS,
    REC_WORD,
    SPANISH_NO,
    SUPPORT_VERB,
)

NUM = r"\d{1,4}(?:\.\d{1,4})?"
FULL = r"\d{1,4}\.\d{1,4}"
DASH = rf"(?:\s*[-\u2010-\u2015\u2212]\s*|\s+(?:{RANGE_WORDS})\s+)"  # "1–5", "1 à 5"
ITEM = rf"{NUM}(?:{DASH}{NUM})?(?:\s*\([^()\d]{{1,60}}\))?"  # "110.2 (Chile)"
_BULLET = "\u2022\u25aa\u25cf\u00b7"
SEP = rf"\s*(?:,|;|&|\b(?:{AND_WORDS})\b|[{_BULLET}])\s*"
# "140.34, 140.35. 140.36" or "122.1 122.2" (Word's bullets lost): a full stop or a space
# may part two full numbers, never short ones ("… 14, 16. 3. The Government" ends a list)
LIST = rf"(?:[{_BULLET}]\s*)?{ITEM}(?:{SEP}{ITEM}|(?:\.\s*|\s+){FULL}(?:{DASH}{NUM})?)*"


def expand(listing: str) -> list[str]:
    """'1–5, 14– 16, 150 – 152, 115.3' → ['1', …, '5', '14', '15', '16', …, '115.3']."""
    out: list[str] = []
    for item in re.finditer(rf"({NUM})(?:{DASH}({NUM}))?", listing):
        a, b = item.group(1), item.group(2)
        if b is None:
            out.append(a)
            continue
        pa, pb = a.rpartition("."), b.rpartition(".")
        prefix = pa[0] + "." if pa[1] else ""
        lo, hi = int(pa[2]), int(pb[2])
        if pb[1] and pb[0] + "." != prefix:
            out += [a, b]  # "115.3–116.2": not a plain range, keep the ends
        elif lo <= hi and hi - lo <= 500:
            out += [f"{prefix}{n}" for n in range(lo, hi + 1)]
        else:
            out += [a, b]
    return out


_STEP = re.compile(rf"(?P<sep>{SEP}|\.\s*|\s+)?(?P<item>{ITEM})")


def same_paragraph(listing: str) -> str:
    """The list cut where a full stop or a bare space leads to another paragraph's number.

    "140.34, 140.35. 140.36" is one list; "115.1, 115.2. 2.1 Background" is a list and
    a section number.  Items come back parted by commas.
    """
    items: list[str] = []
    prefix: str | None = None
    pos = 0
    while pos < len(listing):
        m = _STEP.match(listing, pos)
        if not m:
            break
        sep, item = m.group("sep") or "", m.group("item")
        full = re.match(FULL, item)
        here = full.group(0).split(".")[0] if full else None
        if items and not re.fullmatch(SEP, sep) and (here is None or here != prefix):
            break
        items.append(item)
        prefix = here if here is not None else prefix
        pos = m.end()
    return ", ".join(items)


def with_prefix(numbers: list[str]) -> list[str]:
    """'140.82-85, 87' → a bare number after a full one shares its paragraph: 140.87."""
    out: list[str] = []
    prefix = ""
    for n in numbers:
        if "." in n:
            prefix = n.rpartition(".")[0] + "."
            out.append(n)
        else:
            out.append(prefix + n)
    return out


def compact(numbers: list[str]) -> str:
    """['5', '6', '7', '9'] → '5–7, 9' (runs of serial numbers as written)."""
    parts: list[str] = []
    run: list[int] = []

    def flush() -> None:
        if run:
            parts.append(str(run[0]) if len(run) == 1 else f"{run[0]}\u2013{run[-1]}")
            run.clear()

    for n in numbers:
        if n.isdigit() and run and int(n) == run[-1] + 1:
            run.append(int(n))
            continue
        flush()
        if n.isdigit():
            run.append(int(n))
        else:
            parts.append(n)
    flush()
    return ", ".join(parts)


@dataclass
class ResponseFacts:
    """What one reading of the responses found, numbers as written ("14" or "115.14")."""

    # number → (position, position_source)
    positions: dict[str, tuple[Position, str]] = field(default_factory=dict)
    comments: dict[str, list[str]] = field(default_factory=dict)
    counts: dict[str, int] = field(default_factory=dict)  # position (or the words) → how many
    warnings: list[str] = field(default_factory=list)

    def add_position(self, number: str, position: Position, source: str) -> None:
        previous = self.positions.get(number)
        if previous and previous[0] != position:
            self.warnings.append(f"recommendation {number} is both {previous[0]} and {position}")
            return
        self.positions.setdefault(number, (position, source))

    def add_comment(self, number: str, text: str) -> None:
        if text and text not in self.comments.get(number, []):
            self.comments.setdefault(number, []).append(text)


# --- position words ------------------------------------------------------------

# (each language's words are in ``responses_words``)
_CLAUSE = re.compile(
    r"[.;:!?]|\b(?:but|however|mais|toutefois|cependant|pero|sin\s+embargo)\b", re.I
)


def negated(before: str) -> bool:
    """True when the words just before a verb deny it ("cannot, at this point, accept")."""
    clause = " ".join(_CLAUSE.split(before)[-1].split()[-7:])
    return bool(NEGATION.search(clause) or SPANISH_NO.search(clause))


def support_or_refusal(text: str) -> list[tuple[int, Position]]:
    """(offset, SUPPORTED or NOTED) for each accept/support verb; a denied one is NOTED."""
    out = []
    for m in SUPPORT_VERB.finditer(text):
        out.append(
            (m.start(), Position.NOTED if negated(text[: m.start()]) else Position.SUPPORTED)
        )
    return out


_REC_WORD = re.compile(REC_WORD, re.I)
_PARTIAL = re.compile(PARTIAL_WORDS, re.I)
_NOTED_HEADING = re.compile(rf"\bnot(?:ed|es)?\b|\breject|{NOTE_WORDS}", re.I)


def heading_position(text: str) -> Position | None:
    """A heading's position: "III. Noted recommendations", "Recommendations under
    consideration", "Recommendations that did not enjoy the support of …",
    "Recommandations acceptées", "Recomendaciones de las que se ha tomado nota"."""
    if not _REC_WORD.search(text):
        return None
    if PENDING_WORDS.search(text):
        return Position.PENDING
    if _PARTIAL.search(text):
        return Position.PARTIALLY
    said = {p for _, p in support_or_refusal(text)}
    if Position.NOTED in said or _NOTED_HEADING.search(text):
        return Position.NOTED
    return Position.SUPPORTED if said else parse_position(text)


# "accepts 142 recommendations"; "217 recommendations are supported"; "of which 217 are
# supported and 37 noted" (a bare number only counts after "of which": "1, 2 and 5 are
# accepted" is a list)
_COUNT_BEFORE = re.compile(
    r"\b(accepts?|accepted|supports?|supported|notes?|noted)\s+(\d{1,4})\s+recommendations\b", re.I
)
_PAIR = (
    r"(?<![.\d])(\d{1,4})\s+%s(?:are\s+|were\s+|(?:have|has)\s+been\s+)?"
    r"(partially\s+supported|partially\s+accepted|supported|accepted|noted)\b"
)
_COUNT_AFTER = re.compile(_PAIR % r"recommendations\s+", re.I)
_OF_WHICH = re.compile(r"\b(?:of\s+which|of\s+these|of\s+them|whereof)\b([^.;]*)", re.I)
_BARE_PAIR = re.compile(_PAIR % "", re.I)


def stated_counts(text: str) -> dict[str, int]:
    """How many recommendations the text says the State supported, noted …"""
    counts: dict[str, int] = {}

    def add(words: str, number: str) -> None:
        key = parse_position(words) or words
        counts[key] = counts.get(key, 0) + int(number)

    for m in _COUNT_BEFORE.finditer(text):
        add(m.group(1), m.group(2))
    for m in _COUNT_AFTER.finditer(text):
        add(m.group(2), m.group(1))
    for clause in _OF_WHICH.finditer(text):
        for m in _BARE_PAIR.finditer(clause.group(1)):
            add(m.group(2), m.group(1))
    return counts


_WRAP_DASH = re.compile(r"\w[-\u2010\u2011\u2013]$")


def join_wrapped(parts: list[str]) -> str:
    """``pdftext.join_lines`` in linear time: a line ending in "14–" joins the next one
    without a space; every other line break becomes a space."""
    out: list[str] = []
    last = ""
    for part in parts:
        part = part.strip()
        if not part:
            continue
        if out and not _WRAP_DASH.search(last[-2:]):
            out.append(" ")
        out.append(part)
        last = part
    return "".join(out)


# --- sentences and quotes ----------------------------------------------------------

_SENTENCE_END = re.compile(
    r"(?<=[.!?])[\"'\u201d\u2019]?\s+(?=[\"'\u201c\u2018(]?[A-Z\u2022])|\s+(?=\u2022)"
)


def sentences(text: str) -> list[str]:
    """Sentences of a paragraph; "No. 174" or "9.4" do not end one, a bullet starts one."""
    return [s.strip() for s in _SENTENCE_END.split(text) if s.strip()]


def trim(sentence: str, limit: int = 160) -> str:
    """A readable quote: a long sentence keeps its start and its end ("… (No. 174).")."""
    sentence = re.sub(r"\s+", " ", sentence).strip()
    if len(sentence) <= limit:
        return sentence
    head = sentence[: limit - 50].rsplit(" ", 1)[0]
    tail = sentence[-45:].split(" ", 1)[-1]
    return f"{head} \u2026 {tail}"


def quote(parts: list[str], limit: int = 320) -> str:
    out = " \u2026 ".join(trim(p) for p in parts)
    if len(out) > limit:
        out = out[: limit - 1].rsplit(" ", 1)[0] + " \u2026"
    return out
