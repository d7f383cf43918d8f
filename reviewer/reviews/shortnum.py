"""How a document's short numbers ("recommendation 15") read against a report.

A report numbers its recommendations in one of three ways: ``P.k`` under one
paragraph (115.1–115.163), ``P.k`` under several (121.1–121.58 supported at once,
122.1–122.157 to be examined), or, in the first cycle, "1." to "97." on their own.
Under one paragraph, or with plain numbers, "recommendation 15" reads directly.

Under several it has many possible readings, and a State may number them in an
order of its own (Slovenia's 4th-cycle national report numbers A/HRC/43/15's 215
recommendations in an order that is neither the printed one nor the thematic
list's).  A reading is a code of at most 16 characters (``document.short_reading``):

- ``121``: under one paragraph, "15" meaning 121.15;
- ``running``: the printed order across the paragraphs (121's, then 122's);
- ``running-rev``: the paragraphs in reverse (122's, then 121's);
- ``thematic``, ``responses``, ``states``: the order of the thematic list's rows,
  of the State's responses, or by first recommending State then printed order (as
  UPR Info's database lists them), when the registry holds that order;
- any of these with an offset, ``running+2`` or ``122-1``: number n means the item
  at position n + offset of that order.

Under several paragraphs no reading is ever taken by itself, even one that alone
gives every number a recommendation (the running order often does, and is wrong):
the numbers wait until a person accepts a reading for the document (``numbering``
proposes one from the subjects of the sections citing them: ``reviews.inference``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cached_property

from reviewer.vocabulary import RUNNING_ORDER, number_key
from reviewer.words.facts import fact, templates

RUNNING_REVERSED = "running-rev"
THEMATIC_ORDER = "thematic"
RESPONSES_ORDER = "responses"
STATES_ORDER = "states"
EXTERNAL_ORDERS = (THEMATIC_ORDER, RESPONSES_ORDER, STATES_ORDER)

_CODE_RE = re.compile(r"(?P<base>[a-z0-9]+(?:-rev)?)(?P<offset>[+-]\d{1,3})?")
_LABELS = {
    THEMATIC_ORDER: "Thematic list order",
    RESPONSES_ORDER: "Order of the State's responses",
    STATES_ORDER: "By recommending State (as UPR Info lists them)",
}
# how a reading and a wait are said, in English; the window says them in its language
# (``reviewer.words.facts``)
FACTS = templates(
    {f"reading.{base}": label for base, label in _LABELS.items()}
    | {
        "reading.under": "Under {paragraph}",
        "reading.under_span": "Under {paragraph} ({first}–{last})",
        "reading.across": "Running order across {paragraphs}",
        "reading.printed": "Printed order",
        "reading.reversed_two": "Running order, {paragraph} first",
        "reading.reversed": "Running order from {paragraphs}",
        "reading.span": "{label} (1–{count})",
        "reading.shifted": "{label}, shifted by {offset}",
        "short.not_in_registry": "{report} is not in the registry yet; import its Working "
        "Group report or thematic list and these numbers resolve",
        "short.wait": "{report} numbers its recommendations under {paragraphs}; which does "
        "recommendation {example} mean? The numbers wait for a reading: `numbering` "
        "proposes one from the subjects of the sections citing them, or choose one",
        "short.two": "{first} and {second}",
    }
)


@dataclass(frozen=True)
class Numbering:
    symbol: str
    majors: tuple[str, ...]  # the paragraphs numbering them; () for plain numbers
    numbers: frozenset[str]
    ordered: tuple[str, ...]  # every number in printed order (the running order)
    # orders the registry knows besides the printed one: (code, numbers in that order)
    extra: tuple[tuple[str, tuple[str, ...]], ...] = ()

    @property
    def readings(self) -> tuple[str, ...]:
        """The readings a person chooses from when the report numbers its
        recommendations under several paragraphs (offsets aside); () otherwise."""
        if len(self.majors) < 2:
            return ()
        return (*self.majors, RUNNING_ORDER, RUNNING_REVERSED, *(c for c, _ in self.extra))

    @property
    def orders(self) -> tuple[str, ...]:
        """Every base order a short number may be read through (``inference`` tries
        each with offsets): the readings, or the printed order and the registry's."""
        if len(self.majors) >= 2:
            return self.readings
        return (RUNNING_ORDER, *(c for c, _ in self.extra)) if self.numbers else ()

    def sequence(self, base: str) -> tuple[str, ...]:
        """The numbers in the order ``base`` names (positions 1, 2, …)."""
        return self._sequences.get(base, ())

    @cached_property
    def _sequences(self) -> dict[str, tuple[str, ...]]:
        under = {m: tuple(x for x in self.ordered if _major(x) == m) for m in self.majors}
        return {
            **under,
            RUNNING_ORDER: self.ordered,
            RUNNING_REVERSED: tuple(x for m in reversed(self.majors) for x in under[m]),
            **dict(self.extra),
        }


def _major(number: str) -> str:
    return number.split(".", 1)[0]


def numbering(
    symbol: str,
    numbers: Iterable[str],
    orders: Iterable[tuple[str, Iterable[str]]] = (),
) -> Numbering:
    """The numbering of report ``symbol``, with the other orders the registry knows
    (thematic list rows, responses, recommending States): an order covering less
    than half the numbers, or the same as one already there, is left out."""
    ordered = tuple(sorted(set(numbers), key=number_key))
    majors = sorted({_major(n) for n in ordered if "." in n}, key=int)
    n = Numbering(symbol, tuple(majors), frozenset(ordered), ordered)
    seen = {n.sequence(b) for b in (*majors, RUNNING_ORDER, RUNNING_REVERSED)}
    extra = []
    for code, seq in orders:
        mine = tuple(dict.fromkeys(x for x in seq if x in n.numbers))
        if code in EXTERNAL_ORDERS and mine not in seen and 2 * len(mine) >= len(ordered):
            extra.append((code, mine))
            seen.add(mine)
    return Numbering(symbol, n.majors, n.numbers, ordered, tuple(extra))


def parse_reading(reading: str) -> tuple[str, int] | None:
    """'running+2' → ('running', 2); '122-1' → ('122', -1); None when no code."""
    m = _CODE_RE.fullmatch(reading or "")
    if m is None:
        return None
    return m.group("base"), int(m.group("offset") or 0)


def reading_code(base: str, offset: int = 0) -> str:
    return f"{base}{offset:+d}" if offset else base


def is_reading(n: Numbering, reading: str) -> bool:
    """Whether ``reading`` is a code this report's numbers can be read through."""
    parsed = parse_reading(reading)
    if parsed is None or len(reading) > 16:
        return False
    base, _ = parsed
    return base in n.orders or (len(n.majors) == 1 and base == n.majors[0])


def read(n: Numbering, short: str, reading: str | None = None) -> str | None:
    """The full number ``short`` means under ``reading`` (None: read directly, when
    the numbering allows it), if that recommendation exists."""
    short = short.strip().lstrip("0") or "0"
    if reading is None:
        if not n.majors:
            return short if short in n.numbers else None
        if len(n.majors) > 1:
            return None
        reading = n.majors[0]
    parsed = parse_reading(reading)
    if parsed is None:
        return None
    base, offset = parsed
    if base in n.majors and not offset:
        full = f"{base}.{short}"
        return full if full in n.numbers else None
    if not short.isdigit():
        return None
    i = int(short) + offset
    if base in n.majors:
        full = f"{base}.{i}"
        return full if full in n.numbers else None
    seq = n.sequence(base)
    return seq[i - 1] if 1 <= i <= len(seq) else None


@dataclass(frozen=True)
class Choice:
    reading: str | None  # the reading to use (None: read directly)
    certain: bool  # False: the numbers wait for a person to choose a reading
    reason: str | None = None  # why the numbers stay unresolved, for the user
    chosen: bool = False  # read through a reading a person accepted for the document


def choose(n: Numbering, shorts: Iterable[str], chosen: str | None = None) -> Choice:
    """How to read a document's short numbers against ``n``: the reading a person
    chose, or directly with plain or one-paragraph numbering; else they wait."""
    if not n.numbers:
        return Choice(None, False, fact("short.not_in_registry", report=n.symbol))
    if chosen is not None and is_reading(n, chosen):
        return Choice(chosen, True, chosen=True)
    if len(n.majors) < 2:
        return Choice(n.majors[0] if n.majors else None, True)
    wanted = sorted(set(shorts), key=lambda s: int(s) if s.isdigit() else 0)
    if len(n.majors) == 2:
        under: str = fact("short.two", first=n.majors[0], second=n.majors[1])
    else:
        under = ", ".join(n.majors)
    example = wanted[0] if wanted else "15"
    said = fact("short.wait", report=n.symbol, paragraphs=under, example=example)
    return Choice(None, False, said)


def reading_label(n: Numbering, reading: str) -> str:
    """'Under 121 (121.1–121.58)', 'Running order across 121, 122 (1–215)',
    'Running order, 122 first (1–215)', 'Thematic list order (1–215), shifted by +2'."""
    parsed = parse_reading(reading)
    if parsed is None:
        return reading
    base, offset = parsed
    seq = n.sequence(base)
    label: str
    if base in n.majors:
        if seq:
            label = fact("reading.under_span", paragraph=base, first=seq[0], last=seq[-1])
        else:
            label = fact("reading.under", paragraph=base)
        seq = ()  # its span said
    elif base == RUNNING_ORDER and len(n.majors) >= 2:
        label = fact("reading.across", paragraphs=", ".join(n.majors))
    elif base == RUNNING_ORDER:
        label = fact("reading.printed")
    elif base == RUNNING_REVERSED and len(n.majors) == 2:
        label = fact("reading.reversed_two", paragraph=n.majors[-1])
    elif base == RUNNING_REVERSED:
        label = fact("reading.reversed", paragraphs=", ".join(reversed(n.majors)))
    else:
        label = fact(f"reading.{base}") if base in _LABELS else base
    if seq:
        label = fact("reading.span", label=label, count=len(seq))
    return fact("reading.shifted", label=label, offset=f"{offset:+d}") if offset else label
