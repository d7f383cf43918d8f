"""The UPR calendar: Working Group sessions, Human Rights Council sessions, cycles, years.

Two session numbers reach us.  The Working Group's own documents carry its session
(A/HRC/WG.6/<session>/SVN/1, "held its thirty-fourth session"); the Working Group's
report and the State's responses carry the Council session that adopts the outcome
(A/HRC/<session>/<n>).  Each maps to a cycle and a year here.

This module sits in the bottom layer: it imports nothing of the program.
"""

from __future__ import annotations

import re
from typing import NamedTuple


class WgSession(NamedTuple):
    number: int
    cycle: int
    year: int


def _wg_sessions() -> dict[int, WgSession]:
    years = {
        2008: (1, 3),
        2009: (4, 6),
        2010: (7, 9),
        2011: (10, 12),
        2012: (13, 14),
        2013: (15, 17),
        2014: (18, 20),
        2015: (21, 23),
        2016: (24, 26),
        2017: (27, 28),
        2018: (29, 31),
        2019: (32, 34),
        2020: (35, 36),
        2021: (37, 39),
        2022: (40, 41),
        2023: (42, 44),
        2024: (45, 47),
        2025: (48, 50),
        2026: (51, 53),
        2027: (54, 54),
    }
    cycles = ((1, 12, 1), (13, 26, 2), (27, 40, 3), (41, 54, 4))
    table: dict[int, WgSession] = {}
    for year, (first, last) in years.items():
        for number in range(first, last + 1):
            cycle = next(c for lo, hi, c in cycles if lo <= number <= hi)
            table[number] = WgSession(number, cycle, year)
    return table


# Sessions of the UPR Working Group (A/HRC/WG.6/<session>/…), 1–54: cycle 1 is
# sessions 1–12 (2008–2011), cycle 2 13–26 (2012–2016), cycle 3 27–40 (2017–2022),
# cycle 4 41–54 (2022–2027).
WG_SESSIONS: dict[int, WgSession] = _wg_sessions()

# First and last Human Rights Council sessions that adopted each cycle's outcomes
# (cycle 1: HRC 8, June 2008 … cycle 4: from HRC 52, March 2023).
HRC_CYCLES = ((8, 19, 1), (20, 35, 2), (36, 50, 3), (51, 66, 4))


def cycle_of_wg_session(n: int) -> int | None:
    """UPR cycle of Working Group session ``n`` (1–54), else None."""
    session = WG_SESSIONS.get(n)
    return session.cycle if session else None


def year_of_wg_session(n: int) -> int | None:
    """Year Working Group session ``n`` (1–54) met, else None."""
    session = WG_SESSIONS.get(n)
    return session.year if session else None


def cycle_of_hrc_session(h: int) -> int | None:
    """UPR cycle whose outcomes Human Rights Council session ``h`` adopted, else None."""
    for first, last, cycle in HRC_CYCLES:
        if first <= h <= last:
            return cycle
    return None


def year_of_hrc_session(h: int) -> int | None:
    """Year Human Rights Council session ``h`` met: three a year since 2007 (1–3 in 2006)."""
    if h < 1:
        return None
    if h < 4:
        return 2006
    return 2007 + (h - 4) // 3


# --- symbols -------------------------------------------------------------------

_WG_SYMBOL = re.compile(r"A/HRC/WG\.6/(\d+)/")
_HRC_SYMBOL = re.compile(r"A/HRC/(\d+)/")


def wg_session_from_symbol(symbol: str | None) -> int | None:
    """'A/HRC/WG.6/48/SVN/1' → 48; None for any other symbol."""
    m = _WG_SYMBOL.match(symbol.strip()) if symbol else None
    return int(m.group(1)) if m else None


def hrc_session_from_symbol(symbol: str | None) -> int | None:
    """'A/HRC/59/15' → 59; None for any other symbol (a Working Group one included)."""
    m = _HRC_SYMBOL.match(symbol.strip()) if symbol else None
    return int(m.group(1)) if m else None


def cycle_from_symbol(symbol: str | None) -> int | None:
    """UPR cycle derived from the session in a symbol; None when it cannot be told.

    A/HRC/WG.6/<session>/… goes by the Working Group's sessions, A/HRC/<session>/…
    by the Council's.
    """
    wg = wg_session_from_symbol(symbol)
    if wg is not None:
        return cycle_of_wg_session(wg)
    hrc = hrc_session_from_symbol(symbol)
    return cycle_of_hrc_session(hrc) if hrc is not None else None


# --- ordinals in text ----------------------------------------------------------


def ordinal(n: int) -> str:
    """1 → '1st', 2 → '2nd', 11 → '11th', 21 → '21st'."""
    if 10 <= n % 100 <= 20:
        suffix = "th"
    else:
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


_UNITS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth")
_TEENS = (
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
)
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fourty": 40, "fifty": 50}
_TENTHS = {"twentieth": 20, "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60}


def _ordinal_words() -> dict[str, int]:
    words = {w: i for i, w in enumerate(_UNITS, 1)}
    words.update({w: i for i, w in enumerate(_TEENS, 10)})
    words.update(_TENTHS)
    return words


_ORDINAL_WORDS = _ordinal_words()
_ALL_HYPHENS = "-\u2010\u2011\u2012\u2013"
_JOIN = rf"(?:\s*[{_ALL_HYPHENS}]\s*|\s+)?"  # "thirty-fourth", "thirty fourth", "thirtyfourth"
_WORD_ORDINAL = (
    rf"(?:(?P<tens>{'|'.join(_TENS)}){_JOIN})?"
    rf"(?P<word>{'|'.join(sorted(_ORDINAL_WORDS, key=len, reverse=True))})"
)
_NUMBER_ORDINAL = r"(?P<number>\d{1,3}) ?(?:st|nd|rd|th)"


def _ordinal_value(m: re.Match[str]) -> int | None:
    if m.group("number"):
        return int(m.group("number"))
    value = _ORDINAL_WORDS[m.group("word").lower()]
    if m.group("tens"):
        if value > 9:  # "twenty-tenth", "thirty-twentieth": not numbers
            return None
        value += _TENS[m.group("tens").lower()]
    return value


_SESSION = re.compile(
    rf"\b(?:{_NUMBER_ORDINAL}|{_WORD_ORDINAL})\s+session\b",
    re.I,
)
# The body whose session it is: the nearest one named before the ordinal in the
# same sentence ("… Human Rights Council resolution 5/1, held its …" is still the
# Working Group's session).
_BODY = re.compile(
    r"Working\s+Group|Council(?!\s+(?:resolution|decision|res\.))",
    re.I,
)
_SENTENCE_END = re.compile(r"[.;:]\s+(?=[A-Z(])|\n\s*\n")


def _in_working_group_context(text: str, start: int) -> bool:
    window = text[max(0, start - 400) : start]
    ends = list(_SENTENCE_END.finditer(window))
    if ends:
        window = window[ends[-1].end() :]
    bodies = _BODY.findall(window)
    return bool(bodies) and bodies[-1].lower().startswith("working")


def session_from_text(text: str | None) -> int | None:
    """The session a text speaks of: 'held its thirty-fourth session' → 34.

    Ordinals in words up to sixty ("forty-eighth", "forty eighth") or in figures
    ("31st"), only when the word "session" follows.  The first that is a Working
    Group session (1–54) said of the Working Group wins; else the first found.
    """
    if not text:
        return None
    first: int | None = None
    for m in _SESSION.finditer(text):
        value = _ordinal_value(m)
        if value is None or value < 1:
            continue
        if first is None:
            first = value
        if value in WG_SESSIONS and _in_working_group_context(text, m.start()):
            return value
    return first


_CYCLE_NUMBER = re.compile(r"\b(\d)(?:st|nd|rd|th)\s+(?:UPR\s+)?cycle\b", re.I)
_CYCLE_WORDS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5}
_CYCLE_WORD = re.compile(r"\b(first|second|third|fourth|fifth)\s+(?:UPR\s+)?cycle\b", re.I)
# Further ways of saying it, tried after those two: "4th Universal Periodic Review",
# "fourth Universal Periodic Review cycle", "UPR4", "UPR 4", "UPR cycle 4".
_CYCLE_MORE = re.compile(
    r"\b(?:(?P<n>[1-5])(?:st|nd|rd|th)|(?P<w>first|second|third|fourth|fifth))"
    r"\s+Universal\s+Periodic\s+Review\b"
    r"|\b(?-i:UPR) ?(?P<u>[1-5])\b(?![.,/]\d)"
    r"|\bUPR\s+cycle\s+(?P<c>[1-5])\b(?![.,/]\d)",
    re.I,
)


def cycle_from_text(text: str | None) -> int | None:
    """'(3rd Cycle – 31st session)', 'second cycle', 'UPR4' → 3, 2, 4."""
    if not text:
        return None
    m = _CYCLE_NUMBER.search(text)
    if m:
        return int(m.group(1))
    m = _CYCLE_WORD.search(text)
    if m:
        return _CYCLE_WORDS[m.group(1).lower()]
    m = _CYCLE_MORE.search(text)
    if m:
        if m.group("w"):
            return _CYCLE_WORDS[m.group("w").lower()]
        return int(m.group("n") or m.group("u") or m.group("c"))
    return None
