"""Which order a document's short numbers follow, told from what its sections say.

A State's national report may number the previous cycle's recommendations in an order
of its own: "Rights of the child (recommendations 1, 5, 7–9)" means the 1st, 5th, 7th
… recommendation of *some* order of the report's items, and only the sections'
subjects tell which.  Every plausible order is tried (``Numbering.orders``: each
paragraph, the running order, the running order with the paragraphs reversed, the
thematic list's, the responses', by recommending State; each shifted by −3 … +3),
and an order is good when the numbers of a section land on recommendations about
that section's subject.

A number *lands* when the recommendation it means under an order is among the
recommendations that rank highest for its section's text (``reviewer.suggest.rank``:
BM25 over the recommendations' texts, themes and affected persons, words shared by
most sections damped).  "Highest" is the first K of the ranking, K = max(10, 2 × the
numbers the section cites), but never more than a third of the report's items (or
the section's own count, if larger): a section citing 10 numbers has 20 places for
them, so the right order lands most of them while a wrong one lands about K/N by
chance.  Ties in the count of landed numbers go to the order whose numbers rank
higher (the sum of 1 / (1 + place)), then to the smaller shift.

Pure: no database.  The best order is proposed only when at least half its numbers
(and at least ``MIN_LANDED``) land and it lands more than any other order; otherwise
none is, and the reason says why.  Nothing is linked here: a person accepts.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

from reviewer.reviews.shortnum import (
    RUNNING_ORDER,
    Numbering,
    parse_reading,
    read,
    reading_code,
    reading_label,
)
from reviewer.suggest.rank import Hit, Query, Ranker, Settings, Target
from reviewer.words.facts import fact, templates

OFFSETS = (0, 1, -1, 2, -2, 3, -3)  # shifts tried, the smaller first among equals
MIN_LANDED = 3  # fewer landed numbers tell no order apart from chance
MIN_SHARE = 0.5
_RANKING = Settings(min_matched=1, min_share=0.0, feedback=False)
# what a proposal rests on, in English; the window says it in its language
# (``reviewer.words.facts``)
FACTS = templates(
    {
        "numbering.section": "under '{section}' {landed} of {total} numbers land on {about} "
        "with this order",
        "numbering.about": "recommendations about {subject}",
        "numbering.its_subject": "its subject",
        "numbering.subject_two": "{first} and {second}",
        "numbering.section_printed": "{line}, {printed} of {total} with the printed order",
        "numbering.section_missing": "{line}; {missing} name no recommendation in this order",
        "numbering.nothing": "No short numbers to read, or no recommendations to read them",
        "numbering.no_order": "No order gives these numbers any recommendation",
        "numbering.best": "{label}: {landed} of {total} numbers land on recommendations "
        "about the subjects of the sections citing them",
        "numbering.best_printed": "{said} (the printed order: {printed})",
        "numbering.best_next": "{said}; the next best, {label}: {landed}",
        "numbering.no_fit": "No order fits. The best, {said}; choose a reading by hand, or "
        "leave the numbers unlinked",
        "numbering.tie": "No order fits better than the others: {best} and {next} both land "
        "{landed} of {total} numbers on their sections' subjects; choose one",
    }
)


@dataclass(frozen=True)
class Item:
    """One recommendation of the report."""

    number: str
    text: str
    themes: tuple[str, ...] = ()
    persons: tuple[str, ...] = ()


@dataclass(frozen=True)
class Group:
    """A section citing short numbers: a heading with the paragraphs under it, or one
    paragraph citing them inline."""

    label: str  # how a person recognises it: the heading's words, "¶ 12"
    text: str
    numbers: tuple[str, ...]  # the short numbers it cites


@dataclass(frozen=True)
class GroupScore:
    label: str
    landed: int
    total: int
    missing: int  # numbers that name no recommendation under this order
    subject: str | None  # the words the landed recommendations matched most
    printed: int | None  # landed with the printed order (None: this is it)

    def line(self) -> str:
        words = self.subject.split(" and ") if self.subject else []
        subject = (
            fact("numbering.subject_two", first=words[0], second=words[1])
            if len(words) == 2
            else self.subject
        )
        about = (
            fact("numbering.about", subject=subject) if subject else fact("numbering.its_subject")
        )
        text = fact(
            "numbering.section",
            section=self.label,
            landed=self.landed,
            total=self.total,
            about=about,
        )
        if self.printed is not None:
            text = fact(
                "numbering.section_printed", line=text, printed=self.printed, total=self.total
            )
        if self.missing:
            text = fact("numbering.section_missing", line=text, missing=self.missing)
        return text


@dataclass(frozen=True)
class Candidate:
    code: str  # a reading (``shortnum``): "running-rev", "thematic+2"
    label: str
    landed: int
    total: int
    quality: float  # the sum of 1 / (1 + place) over its numbers: ties go higher
    groups: tuple[GroupScore, ...]

    @property
    def share(self) -> float:
        return self.landed / self.total if self.total else 0.0

    @property
    def evidence(self) -> tuple[str, ...]:
        return tuple(g.line() for g in self.groups)


@dataclass(frozen=True)
class Inference:
    candidates: tuple[Candidate, ...]  # best first
    proposed: int | None  # index into candidates, when one clearly fits
    reason: str


def infer(n: Numbering, groups: Sequence[Group], items: Sequence[Item]) -> Inference:
    """Score every order of ``n`` (× ``OFFSETS``) on the citing ``groups`` against the
    report's ``items``; propose the best only when it clearly fits."""
    groups = [Group(g.label, g.text, tuple(dict.fromkeys(g.numbers))) for g in groups if g.numbers]
    if not groups or not items or not n.orders:
        return Inference((), None, fact("numbering.nothing"))
    places = _places(groups, items)
    limits = [_limit(len(g.numbers), len(items)) for g in groups]
    printed = _mapping(n, groups, RUNNING_ORDER)
    printed_landed = [
        sum(1 for num in m if num in places[i] and places[i][num][0] < limits[i])
        for i, m in enumerate(printed)
    ]
    seen: set[tuple[tuple[str | None, ...], ...]] = set()
    scored: list[tuple[tuple[float, ...], Candidate]] = []
    # the printed order first: an order giving the same recommendations is the same
    for b, base in enumerate(sorted(n.orders, key=lambda x: x != RUNNING_ORDER)):
        for offset in OFFSETS:
            code = reading_code(base, offset)
            mapping = _mapping(n, groups, code)
            key = tuple(mapping)
            if key in seen or all(x is None for m in mapping for x in m):
                continue
            seen.add(key)
            cand = _score(n, code, groups, mapping, places, limits, printed_landed)
            scored.append(((-cand.landed, -round(cand.quality, 6), abs(offset), b), cand))
    scored.sort(key=lambda x: x[0])
    candidates = tuple(c for _, c in scored)
    return _propose(candidates)


def _places(groups: Sequence[Group], items: Sequence[Item]) -> list[dict[str, tuple[int, Hit]]]:
    """For each group: number → (place in its ranking, the hit)."""
    ranker = Ranker(
        [Target(i, it.text, it.themes, it.persons) for i, it in enumerate(items)],
        settings=_RANKING,
    )
    queries = [Query(g.text, context=g.label) for g in groups]
    out = []
    for hits in ranker.rank_all(queries, top=len(items)):
        out.append({items[h.key].number: (place, h) for place, h in enumerate(hits)})
    return out


def _limit(k: int, n_items: int) -> int:
    return min(max(10, 2 * k), max(k, n_items // 3))


def _mapping(n: Numbering, groups: Sequence[Group], code: str) -> list[tuple[str | None, ...]]:
    return [tuple(read(n, s, code) for s in g.numbers) for g in groups]


def _score(
    n: Numbering,
    code: str,
    groups: Sequence[Group],
    mapping: list[tuple[str | None, ...]],
    places: list[dict[str, tuple[int, Hit]]],
    limits: list[int],
    printed_landed: list[int],
) -> Candidate:
    base, offset = parse_reading(code) or (code, 0)
    is_printed = base == RUNNING_ORDER and offset == 0
    landed_all = total_all = 0
    quality = 0.0
    scores = []
    for i, g in enumerate(groups):
        landed = missing = 0
        words: Counter[str] = Counter()
        for num in mapping[i]:
            if num is None:
                missing += 1
                continue
            found = places[i].get(num)
            if found is None:
                continue
            place, hit = found
            quality += 1.0 / (1 + place)
            if place < limits[i]:
                landed += 1
                words.update(hit.matched[:2])
        subject = " and ".join(w for w, _ in words.most_common(2)) or None
        scores.append(
            GroupScore(
                g.label,
                landed,
                len(g.numbers),
                missing,
                subject,
                None if is_printed else printed_landed[i],
            )
        )
        landed_all += landed
        total_all += len(g.numbers)
    return Candidate(code, reading_label(n, code), landed_all, total_all, quality, tuple(scores))


def _propose(candidates: tuple[Candidate, ...]) -> Inference:
    if not candidates:
        return Inference((), None, fact("numbering.no_order"))
    best = candidates[0]
    nxt = candidates[1] if len(candidates) > 1 else None
    printed = next((c for c in candidates if c.code == RUNNING_ORDER), None)
    said = fact("numbering.best", label=best.label, landed=best.landed, total=best.total)
    if best.landed < MIN_LANDED or best.share < MIN_SHARE:
        return Inference(candidates, None, fact("numbering.no_fit", said=said))
    if nxt is not None and nxt.landed >= best.landed:
        tie = fact(
            "numbering.tie", best=best.label, next=nxt.label, landed=best.landed, total=best.total
        )
        return Inference(candidates, None, tie)
    if printed is not None and printed is not best:
        said = fact("numbering.best_printed", said=said, printed=printed.landed)
    if nxt is not None:
        said = fact("numbering.best_next", said=said, label=nxt.label, landed=nxt.landed)
    return Inference(candidates, 0, said)
