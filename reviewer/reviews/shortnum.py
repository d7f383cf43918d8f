"""How a document's short numbers ("recommendation 15") read against a report.

A report numbers its recommendations in one of three ways: ``P.k`` under one
paragraph (115.1–115.163), ``P.k`` under several (121.1–121.58 supported at once,
122.1–122.157 to be examined), or, in the first cycle, "1." to "97." on their own.
Under one paragraph, or with plain numbers, "recommendation 15" has one reading.
Under several it has one per paragraph and a running order across them (as some
States number them); the document's numbers settle it only when exactly one
reading gives every one of them a recommendation; otherwise a person chooses.
Never guessed.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from reviewer.vocabulary import RUNNING_ORDER, number_key


@dataclass(frozen=True)
class Numbering:
    symbol: str
    majors: tuple[str, ...]  # the paragraphs numbering them; () for plain numbers
    numbers: frozenset[str]
    ordered: tuple[str, ...]  # every number in reading order (for the running order)

    @property
    def readings(self) -> tuple[str, ...]:
        """The ways a short number can be read: one per paragraph, and the running order."""
        if len(self.majors) < 2:
            return ()
        return (*self.majors, RUNNING_ORDER)


def numbering(symbol: str, numbers: Iterable[str]) -> Numbering:
    ordered = tuple(sorted(set(numbers), key=number_key))
    majors = sorted({n.split(".", 1)[0] for n in ordered if "." in n}, key=int)
    return Numbering(symbol, tuple(majors), frozenset(ordered), ordered)


def read(n: Numbering, short: str, reading: str | None = None) -> str | None:
    """The full number ``short`` means under ``reading`` (None: the only one), if it exists."""
    short = short.strip().lstrip("0") or "0"
    if not n.majors:
        return short if short in n.numbers else None
    if len(n.majors) == 1 and reading is None:
        reading = n.majors[0]
    if reading is None:
        return None
    if reading == RUNNING_ORDER:
        i = int(short)
        return n.ordered[i - 1] if 1 <= i <= len(n.ordered) else None
    full = f"{reading}.{short}"
    return full if full in n.numbers else None


@dataclass(frozen=True)
class Choice:
    reading: str | None  # the reading to use (None with plain or one-paragraph numbering)
    certain: bool  # False: several readings fit, a person must choose
    reason: str | None = None  # why the numbers stay unresolved, for the user


def choose(n: Numbering, shorts: Iterable[str], chosen: str | None = None) -> Choice:
    """How to read a document's short numbers against ``n``."""
    if not n.numbers:
        return Choice(
            None,
            False,
            f"{n.symbol} is not in the registry yet; import its Working Group report or "
            "thematic list and these numbers resolve",
        )
    if len(n.majors) < 2:
        return Choice(n.majors[0] if n.majors else None, True)
    if chosen in n.readings:
        return Choice(chosen, True)
    wanted = sorted(set(shorts), key=lambda s: int(s) if s.isdigit() else 0)
    fits = [r for r in n.readings if all(read(n, s, r) for s in wanted)]
    if len(fits) == 1:
        return Choice(fits[0], True)
    under = " and ".join(n.majors) if len(n.majors) == 2 else ", ".join(n.majors)
    example = wanted[0] if wanted else "15"
    return Choice(
        None,
        False,
        f"{n.symbol} numbers its recommendations under {under}; which does "
        f"recommendation {example} mean? Choose how this document's short numbers read",
    )


def reading_label(n: Numbering, reading: str) -> str:
    """'Under 121 (121.1–121.58)' or 'Running order across 121, 122 (1–215)'."""
    if reading == RUNNING_ORDER:
        return f"Running order across {', '.join(n.majors)} (1–{len(n.ordered)})"
    mine = [x for x in n.ordered if x.split(".", 1)[0] == reading]
    span = f" ({mine[0]}–{mine[-1]})" if mine else ""
    return f"Under {reading}{span}"
