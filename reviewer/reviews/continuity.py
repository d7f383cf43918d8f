"""Continuity across cycles: which recommendations of a State's earlier review a
recommendation of a later one repeats ("ratify ICRMW" in cycle 2 after "consider the
ratification of the Convention on Migrant Workers" in cycle 1).

Pure: texts and States in, scored pairs with their reason out; no database.  The
score is the cosine of two IDF-weighted token sets, the IDF taken over the texts
being compared (the later report's and the earlier one's), so what every
recommendation of this State says ("human rights", "Slovenia") counts for little
and what few say ("erased", "ombudsman", "corporal") counts for much.  Before that,
texts are folded (case, accents), the recommending States' own groups
("… (Egypt)/ratify (Bosnia and Herzegovina) …") and stop words are dropped, a few
of the UPR's synonyms written one way ("homosexual", "same-sex"), words cut to a
light stem ("ratification", "ratifying" → "ratifi"), and treaty names made one token
each, written out or as acronyms ("Convention on Migrant Workers", "ICRMW" →
``ICRMW``; ILO conventions by number), which counts ``TREATY_WEIGHT`` times a word.
A text holding several States' texts, one a line, is also compared line by line
(the best counts).  A recommending State the two share adds ``STATE_BONUS`` (States
often recommend again what they recommended before) when the texts already have a
word in common.

Measured against 189 hand-checked pairs of Slovenia's first two cycles
(``bench/bench_continuity.py``): precision 0.70, recall 0.47 at ``THRESHOLD``; words
alone cannot see that "improve the situation of the Roma" and "guarantee the Roma's
right to housing, water and sanitation" ask much the same thing.

Deterministic: the same inputs give the same pairs, scores and reasons.
"""

from __future__ import annotations

import math
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from reviewer.citations.countries import display_name, iso3
from reviewer.reviews.continuity_text import (
    Tokens,
    is_treaty,
    stem,  # noqa: F401 (re-exported: the tests and bench use it from here)
    tokens,
)

# Tuned on Slovenia's first two cycles (tests/fixtures/continuity, bench/bench_continuity.py).
THRESHOLD = 0.25
STATE_BONUS = 0.10
TREATY_WEIGHT = 2.5
IDF_POWER = 1.0
LIMIT = 6  # predecessors kept per recommendation, best first


@dataclass(frozen=True)
class Item:
    """A recommendation as matching sees it: an id, its text, its recommending States."""

    key: int
    text: str
    states: tuple[str, ...] = ()


@dataclass(frozen=True)
class Match:
    """``key`` likely repeats ``predecessor``: how much (0–1) and why, in words."""

    key: int
    predecessor: int
    score: float
    reason: str


def _states(names: Iterable[str]) -> dict[str, str]:
    """ISO3 → a display name, for the States that can be told."""
    out: dict[str, str] = {}
    for name in names:
        code = iso3(name)
        if code is not None:
            out.setdefault(code, display_name(code) or name)
    return out


def _parts(text: str, ignore: tuple[str, ...]) -> list[Tokens]:
    """The text's tokens, then each line's when it holds several States' texts (one a
    line: "… (Azerbaijan)\n… (Italy)"), which are compared one by one too."""
    whole = tokens(text, ignore)
    lines = [line for line in text.splitlines() if line.strip()]
    if len(lines) < 2:
        return [whole]
    return [whole, *(t for t in (tokens(line, ignore) for line in lines) if t.words)]


def match(
    items: Sequence[Item],
    candidates: Sequence[Item],
    *,
    ignore: Iterable[str] = (),
    threshold: float = THRESHOLD,
    limit: int = LIMIT,
) -> list[Match]:
    """For each of ``items`` (a later review's recommendations), the ``candidates``
    (earlier reviews' recommendations of the same State) it likely repeats: score at
    least ``threshold``, at most ``limit`` each, best first; ordered by item."""
    ignore = tuple(ignore)
    later = {it.key: _parts(it.text, ignore) for it in items}
    earlier = {c.key: _parts(c.text, ignore) for c in candidates}
    df: dict[str, int] = defaultdict(int)
    for parts in (*later.values(), *earlier.values()):
        for word in set().union(*(t.words for t in parts)):
            df[word] += 1
    n = len(later) + len(earlier)
    square: dict[str, float] = {}  # a word's weight, squared: what it adds to a dot product
    for word, count in df.items():
        w = math.log(1 + n / count) ** IDF_POWER
        square[word] = (w * TREATY_WEIGHT if is_treaty(word) else w) ** 2

    def norm(t: Tokens) -> float:
        return math.sqrt(sum(square[w] for w in t.words)) or 1.0

    # every earlier text and each of its lines, by the words they hold
    c_parts: list[tuple[int, Tokens, float]] = []
    index: dict[str, list[int]] = defaultdict(list)
    for key, parts in earlier.items():
        for t in parts:
            for word in t.words:
                index[word].append(len(c_parts))
            c_parts.append((key, t, norm(t)))
    c_states = {c.key: _states(c.states) for c in candidates}
    out: list[Match] = []
    for it in items:
        mine = later[it.key]
        best: dict[int, tuple[float, Tokens, Tokens]] = {}  # key → (cosine, parts compared)
        for a in mine:
            dots: dict[int, float] = defaultdict(float)
            for word in a.words:
                for i in index.get(word, ()):
                    dots[i] += square[word]
            a_norm = norm(a)
            for i, dot in dots.items():
                key, b, b_norm = c_parts[i]
                cosine = dot / (a_norm * b_norm)
                if key not in best or cosine > best[key][0]:
                    best[key] = (cosine, a, b)
        my_states = _states(it.states)
        found: list[tuple[float, int, list[str]]] = []
        for key, (cosine, _, _) in best.items():
            common = [my_states[c] for c in sorted(set(my_states) & set(c_states[key]))]
            score = min(cosine + (STATE_BONUS if common else 0.0), 1.0)
            if score >= threshold:
                found.append((round(score, 4), key, common))
        found.sort(key=lambda f: (-f[0], f[1]))
        for score, key, common in found[:limit]:
            _, a, b = best[key]
            shared = [w for w in a.words if w in b.words]
            out.append(Match(it.key, key, score, _reason(shared, a, square, common)))
    return out


def _reason(words: list[str], mine: Tokens, weight: dict[str, float], states: list[str]) -> str:
    """'ICRMW; words: ratify, migrant, workers; also recommended by Egypt'."""
    ranked = sorted(words, key=lambda w: (-weight[w], w))
    treaties = [w for w in ranked if is_treaty(w)]
    plain = [mine.words[w] for w in ranked if not is_treaty(w)][:6]
    parts = []
    if treaties:
        parts.append("treaty: " + ", ".join(treaties))
    if plain:
        parts.append("words: " + ", ".join(plain))
    if states:
        parts.append("same State: " + ", ".join(states))
    return "; ".join(parts)
