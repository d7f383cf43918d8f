"""Which paragraph of a document's new version continues which of the previous one.

Labels (the paragraph numbers) never identify a paragraph: renumbering "1, 2, 3" as
"2, 3, 4" changes nothing here.  The method, in passes, each on what the previous
ones left over:

1. **Same text.**  Paragraphs whose texts are equal once whitespace is collapsed and
   a leading typed number ("12.", "(b)") is set aside are paired (in reading order
   when a text occurs several times).
2. **Similar text, one to one.**  A remaining new paragraph's candidates are the old
   ones sharing the most of its word pairs (an inverted index of word bigrams; pairs
   found in very many paragraphs are left out of it as uninformative), the best
   ``CANDIDATES`` are scored with difflib's ratio on their word sequences, and pairs
   scoring at least ``EDITED`` are taken greedily, best first, the nearer position
   breaking ties.  Short paragraphs (fewer than ``SHORT`` words: headings) are
   compared by their characters.
3. **Splits.**  A remaining new paragraph whose word pairs lie mostly (at least
   ``CONTAINED`` of them) in one old paragraph not matched by the same text is a part
   of it; an old paragraph with two or more parts (its similar partner counted) was
   split.  One part alone is an edit that cut much of the text.
4. **Merges**, the mirror image: a remaining old paragraph lying mostly in one new
   paragraph was merged into it, with that paragraph's other sources; alone, it is an
   edit that added much text.
5. What is left is **added** (new) or **removed** (old).

Pairs of the same text are then told unchanged or moved: the longest run of matched
paragraphs keeping their relative order (a longest non-decreasing subsequence of the
old positions, in new order) stayed in place; a same-text paragraph outside it moved.
A similar pair is "edited" wherever it stands.

Cost: linear for the same-text pass; then about the shared word pairs plus
``CANDIDATES`` difflib ratios per remaining paragraph, so 300 × 300 paragraphs all
edited take a fraction of a second.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter, defaultdict, deque
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher
from typing import Any, NamedTuple

from reviewer.vocabulary import ParagraphChange

EDITED = 0.5  # difflib ratio from which two paragraphs are one, edited
CONTAINED = 0.6  # share of a paragraph's word pairs found in another: a part of it
CANDIDATES = 3  # old paragraphs scored per new one (by shared word pairs)
SHORT = 4  # fewer words: compared by characters, never a split part or merge source

_WORD = re.compile(r"\w+")
_SPACE = re.compile(r"\s+")
_TYPED_NUMBER = re.compile(r"^[(\[]?(?:\d{1,3}(?:\.\d{1,3})*|[A-Za-z]|[ivxlcIVXLC]{1,6})[.)\]]\s+")


class Para(NamedTuple):
    """A paragraph as matching sees it (a plain ``(id, label, kind, text)`` tuple will do)."""

    id: Any
    label: str | None
    kind: str
    text: str


@dataclass(frozen=True)
class Continuation:
    """What one paragraph of the new version continues."""

    index: int  # its position in the new version
    id: Any
    change: str  # a ParagraphChange, never REMOVED
    previous: tuple[int, ...]  # positions in the old version (several: merged); () added
    previous_ids: tuple[Any, ...]
    score: float  # 1.0 for the same text; the similarity or containment otherwise


@dataclass(frozen=True)
class Matching:
    continuations: tuple[Continuation, ...]  # one per new paragraph, in order
    removed: tuple[int, ...]  # positions of the old paragraphs nothing continues
    removed_ids: tuple[Any, ...]
    kept_share: float  # share of the old text (by characters) that continues

    def counts(self) -> dict[str, int]:
        """How many new paragraphs of each change, and how many old ones were removed."""
        out = {str(c): 0 for c in ParagraphChange}
        for c in self.continuations:
            out[c.change] += 1
        out[ParagraphChange.REMOVED] = len(self.removed)
        return out

    def followers(self) -> dict[int, tuple[int, ...]]:
        """Old position → the new positions continuing it (several: split), in order."""
        out: dict[int, list[int]] = defaultdict(list)
        for c in self.continuations:
            for i in c.previous:
                out[i].append(c.index)
        return {i: tuple(js) for i, js in out.items()}


@dataclass(frozen=True)
class _Text:
    key: str  # for the same-text pass
    folded: str  # for comparing short texts by characters
    words: tuple[str, ...]
    grams: frozenset[tuple[str, ...]]
    short: bool
    size: int

    @classmethod
    def of(cls, text: str) -> _Text:
        key = _TYPED_NUMBER.sub("", _SPACE.sub(" ", text).strip())
        words = tuple(w.casefold() for w in _WORD.findall(key))
        pairs: set[tuple[str, ...]] = set(zip(words, words[1:], strict=False))
        if len(words) < SHORT:
            pairs |= {(w,) for w in words}
        grams = frozenset(pairs)
        return cls(key, key.casefold(), words, grams, len(words) < SHORT, len(text))


class _Index:
    """Word pairs → the paragraphs holding them, for finding candidates fast."""

    def __init__(self, texts: Sequence[_Text], members: Iterable[int]):
        members = list(members)
        postings: dict[tuple[str, ...], list[int]] = defaultdict(list)
        for i in members:
            for g in texts[i].grams:
                postings[g].append(i)
        common = max(6, len(members) // 20)  # in more paragraphs: says nothing
        self.postings = {g: ids for g, ids in postings.items() if len(ids) <= common}

    def shared(self, t: _Text) -> Counter[int]:
        found: Counter[int] = Counter()
        for g in t.grams:
            for i in self.postings.get(g, ()):
                found[i] += 1
        return found


def _similarity(x: _Text, y: _Text) -> float:
    if x.short or y.short:
        return SequenceMatcher(None, x.folded, y.folded, autojunk=False).ratio()
    return SequenceMatcher(None, x.words, y.words, autojunk=False).ratio()


def _contained(part: _Text, whole: _Text) -> float:
    """Share of ``part``'s word pairs that ``whole`` holds."""
    if not part.grams:
        return 0.0
    return len(part.grams & whole.grams) / len(part.grams)


def match_paragraphs(
    old: Sequence[Para | tuple[Any, str | None, str, str]],
    new: Sequence[Para | tuple[Any, str | None, str, str]],
) -> Matching:
    """Match the paragraphs of ``new`` (the new version) to those of ``old``."""
    olds = [Para(*p) for p in old]
    news = [Para(*p) for p in new]
    a = [_Text.of(p.text) for p in olds]
    b = [_Text.of(p.text) for p in news]
    m = _Matcher(a, b)
    m.same_text()
    m.similar_text()
    m.splits()
    m.merges()
    return m.result(olds, news)


class _Matcher:
    def __init__(self, a: list[_Text], b: list[_Text]):
        self.a, self.b = a, b
        self.sources: list[list[int]] = [[] for _ in b]  # new → old positions
        self.how: list[str | None] = [None] * len(b)  # same, similar, split, merged
        self.score: list[float] = [0.0] * len(b)
        self.partner: list[int | None] = [None] * len(a)  # old → its 1:1 new partner
        self.same_old = [False] * len(a)
        self.taken_old = [False] * len(a)  # continued by something

    def _pair(self, i: int, j: int, how: str, score: float) -> None:
        self.sources[j], self.how[j], self.score[j] = [i], how, score
        self.partner[i] = j
        self.taken_old[i] = True
        self.same_old[i] = how == "same"

    def _position_gap(self, i: int, j: int) -> float:
        return abs(i / max(len(self.a), 1) - j / max(len(self.b), 1))

    def same_text(self) -> None:
        queue: dict[str, deque[int]] = defaultdict(deque)
        for i, t in enumerate(self.a):
            if t.key:
                queue[t.key].append(i)
        for j, t in enumerate(self.b):
            q = queue.get(t.key) if t.key else None
            if q:
                self._pair(q.popleft(), j, "same", 1.0)

    def similar_text(self) -> None:
        free_old = [i for i in range(len(self.a)) if not self.taken_old[i]]
        if not free_old:
            return
        index = _Index(self.a, free_old)
        proposals = []
        for j, t in enumerate(self.b):
            if self.how[j] is not None or not t.grams:
                continue
            shared = index.shared(t)
            ranked = sorted(
                shared,
                key=lambda i: (-2 * shared[i] / (len(t.grams) + len(self.a[i].grams)), i),
            )
            for i in ranked[:CANDIDATES]:
                score = _similarity(self.a[i], t)
                if score >= EDITED:
                    proposals.append((-score, self._position_gap(i, j), i, j, score))
        proposals.sort()
        for _, _, i, j, score in proposals:
            if not self.taken_old[i] and self.how[j] is None:
                self._pair(i, j, "similar", score)

    def splits(self) -> None:
        eligible = [i for i in range(len(self.a)) if not self.same_old[i] and not self.a[i].short]
        if not eligible:
            return
        index = _Index(self.a, eligible)
        parts: dict[int, list[tuple[int, float]]] = defaultdict(list)
        for j, t in enumerate(self.b):
            if self.how[j] is not None or t.short:
                continue
            best = self._most_contained(t, index.shared(t), self.a)
            if best is not None:
                parts[best[0]].append((j, best[1]))
        for i, found in parts.items():
            partner = self.partner[i]
            group = sorted([j for j, _ in found] + ([partner] if partner is not None else []))
            if len(group) == 1:
                self._pair(i, group[0], "similar", found[0][1])
                continue
            scores = dict(found)
            for j in group:
                self.sources[j], self.how[j] = [i], "split"
                self.score[j] = scores.get(j, self.score[j])
            self.taken_old[i] = True

    def merges(self) -> None:
        eligible = [
            j
            for j in range(len(self.b))
            if self.how[j] in (None, "similar") and not self.b[j].short
        ]
        if not eligible:
            return
        index = _Index(self.b, eligible)
        into: dict[int, list[tuple[int, float]]] = defaultdict(list)
        for i, t in enumerate(self.a):
            if self.taken_old[i] or t.short:
                continue
            best = self._most_contained(t, index.shared(t), self.b)
            if best is not None:
                into[best[0]].append((i, best[1]))
        for j, found in into.items():
            group = sorted([i for i, _ in found] + (self.sources[j] if self.how[j] else []))
            if len(group) == 1:
                self._pair(group[0], j, "similar", found[0][1])
                continue
            self.sources[j], self.how[j] = group, "merged"
            self.score[j] = min(s for _, s in found)
            for i in group:
                self.taken_old[i] = True

    @staticmethod
    def _most_contained(
        t: _Text, shared: Counter[int], others: list[_Text]
    ) -> tuple[int, float] | None:
        best: tuple[int, float] | None = None
        for k, _ in shared.most_common(CANDIDATES):
            c = _contained(t, others[k])
            if c >= CONTAINED and (best is None or c > best[1]):
                best = (k, c)
        return best

    def result(self, olds: list[Para], news: list[Para]) -> Matching:
        in_place = _in_order([(j, min(self.sources[j])) for j in range(len(news)) if self.how[j]])
        out = []
        for j, p in enumerate(news):
            how = self.how[j]
            if how is None:
                change = ParagraphChange.ADDED
            elif how == "same":
                change = ParagraphChange.UNCHANGED if j in in_place else ParagraphChange.MOVED
            elif how == "similar":
                change = ParagraphChange.EDITED
            else:
                change = ParagraphChange(how)
            prev = tuple(self.sources[j])
            out.append(
                Continuation(
                    j, p.id, str(change), prev, tuple(olds[i].id for i in prev), self.score[j]
                )
            )
        removed = tuple(i for i in range(len(olds)) if not self.taken_old[i])
        total = sum(t.size for t in self.a)
        kept = sum(t.size for i, t in enumerate(self.a) if self.taken_old[i])
        return Matching(
            tuple(out),
            removed,
            tuple(olds[i].id for i in removed),
            kept / total if total else float(not olds),
        )


def _in_order(pairs: list[tuple[int, int]]) -> set[int]:
    """The new positions of the longest run of pairs whose old positions do not go back
    (patience sorting, O(n log n))."""
    tails: list[int] = []  # smallest old position ending a run of each length
    tail_at: list[int] = []  # index in ``pairs`` of that run's last pair
    back: list[int] = [-1] * len(pairs)
    for k, (_, old) in enumerate(pairs):
        n = bisect_right(tails, old)
        if n == len(tails):
            tails.append(old)
            tail_at.append(k)
        else:
            tails[n] = old
            tail_at[n] = k
        back[k] = tail_at[n - 1] if n else -1
    keep: set[int] = set()
    k = tail_at[-1] if tail_at else -1
    while k >= 0:
        keep.add(pairs[k][0])
        k = back[k]
    return keep
