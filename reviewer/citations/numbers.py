"""Recommendation numbers, ranges and lists, read forward from a position.

A number is either decimal ("28.294", paragraph 28, sub-paragraph 294) or short
("30", relative to one report).  One cue word governs a whole list
("Suggestions 28.270, 28.271 and 28.274"), so lists are read here as a unit, and
every range is expanded to the numbers it stands for.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from reviewer.citations.forms import LIST_SEP, RANGE_SEP

MAX_EXPANSION = 400  # a longer "range" is a typo or not a range at all

_NUM = re.compile(r"(\d+)(?:\.(\d+))?")
# "28.45–28.49", "28.45 à 28.49", "28.45至28.49"; "28.270, 28.271 et 28.274",
# "28.270、28.271和28.274", "28.270 و28.271": each language's words are in ``forms``.
_RANGE_SEP = RANGE_SEP
_LIST_SEP = LIST_SEP
# Footnote markers left glued to a number by some extractions: 28.109[^2], 28.109<sup>2</sup>.
_MARKER = re.compile(r"(?:\[\^?\d{1,3}\]|<sup>\s*\d{1,3}\s*</sup>|[⁰¹²³⁴⁵⁶⁷⁸⁹]+)+")
_ORDINAL = re.compile(r"(?:st|nd|rd|th)\b")
_THOUSANDS = re.compile(r",\d{3}(?!\d)")


@dataclass(slots=True)
class Item:
    """One list entry: a number or a range, with the span it occupies."""

    numbers: list[str]
    start: int
    end: int
    clean: bool = True  # False for a range that could not be expanded (reversed, too long, …)


def _read_number(text: str, pos: int) -> tuple[str, str | None, int] | None:
    """(paragraph part, sub-number or None, end) of a well-formed number at ``pos``."""
    m = _NUM.match(text, pos)
    if m is None:
        return None
    head, tail = m.group(1), m.group(2)
    end = m.end()
    if len(head) > 3 or head[0] == "0":
        return None
    if tail is not None and (len(tail) > 3 or tail[0] == "0"):
        return None
    if text.startswith(".", end) and text[end + 1 : end + 2].isdigit():
        return None  # part of a longer dotted number: 1.4.3, 12.05.2021
    if tail is None and (_THOUSANDS.match(text, end) or _ORDINAL.match(text, end)):
        return None  # 1,000 or 5th
    return head, tail, end


def _span(prefix: str, low: int, high: int) -> tuple[list[str], bool]:
    fmt = (lambda n: f"{prefix}.{n}") if prefix else str
    if high == low:
        return [fmt(low)], True
    if high < low or high - low >= MAX_EXPANSION:
        return [fmt(low), fmt(high)], False
    return [fmt(n) for n in range(low, high + 1)], True


def _expand(
    a: tuple[str, str | None, int], b: tuple[str, str | None, int]
) -> tuple[list[str], bool] | None:
    """Numbers a range a–b stands for, or None when a–b is not a range of one kind."""
    a_head, a_tail, _ = a
    b_head, b_tail, _ = b
    if a_tail is None:
        if b_tail is not None:
            return None
        return _span("", int(a_head), int(b_head))
    if b_tail is None:  # 28.45–49: the end repeats only the sub-number
        low, high = int(a_tail), int(b_head)
        if high <= low:
            return [f"{a_head}.{a_tail}"], False
        return _span(a_head, low, high)
    if b_head != a_head:
        return [f"{a_head}.{a_tail}", f"{b_head}.{b_tail}"], False
    return _span(a_head, int(a_tail), int(b_tail))


def read_item(text: str, pos: int, decimal: bool | None = None) -> Item | None:
    """A number or range at ``pos``; ``decimal`` demands one kind of number."""
    a = _read_number(text, pos)
    if a is None or (decimal is not None and (a[1] is not None) != decimal):
        return None
    sep = _RANGE_SEP.match(text, a[2])
    if sep is not None:
        b = _read_number(text, sep.end())
        if b is not None:
            expanded = _expand(a, b)
            if expanded is not None:
                return Item(expanded[0], pos, b[2], expanded[1])
    number = a[0] if a[1] is None else f"{a[0]}.{a[1]}"
    return Item([number], pos, a[2])


def skip_markers(text: str, pos: int) -> int:
    m = _MARKER.match(text, pos)
    return m.end() if m else pos


def _prefix(item: Item) -> str:
    return item.numbers[0].partition(".")[0]


def read_list(
    text: str, pos: int, decimal: bool | None = None, same_prefix: bool = True
) -> list[Item] | None:
    """Items separated by ", ", " and ", "; " …, all of the first item's kind.

    With ``same_prefix`` a list of decimals stops at a number of another paragraph:
    in "Suggestions 28.45 and 28.47, 12.5 per cent of …" the cue stops at 28.47.
    """
    first = read_item(text, pos, decimal)
    if first is None:
        return None
    decimal = "." in first.numbers[0]
    prefix = _prefix(first) if decimal and same_prefix else None
    items = [first]
    while True:
        sep = _LIST_SEP.match(text, skip_markers(text, items[-1].end))
        if sep is None:
            break
        item = read_item(text, sep.end(), decimal)
        if item is None or (prefix is not None and _prefix(item) != prefix):
            break
        items.append(item)
    return items
