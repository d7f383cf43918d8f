"""Ranking recommendations for a paragraph: BM25 over their texts, themes and affected
persons, with what reviewers accepted and rejected fed back in.

Pure and deterministic: the same recommendations, examples and paragraphs give the
same ranking on every machine (ties go to the earlier recommendation).

- **BM25** (Robertson and Zaragoza's Okapi weighting) over a recommendation's subject
  (its text without the recommending States), its themes and its affected persons,
  each field with its own weight (BM25F's idea: a theme word counts less than a
  word of the text).
- **The paragraph's setting**: the words of its section heading and of its
  neighbours count a little (``context_weight``): submissions keep a subject over
  several paragraphs, and "2. We appreciate the continuous efforts …" says less
  than the heading above it.
- **The document's own boilerplate**: a word in most of a document's paragraphs
  ("Chinese government", "we appreciate") tells its paragraphs apart from nothing,
  so its weight falls with its share of the document's paragraphs.
- **Relevance feedback** (Rocchio's, for BM25): a paragraph a reviewer linked to a
  recommendation lends that recommendation its words (a field of its own), and the
  words that made accepted suggestions rise, those of rejected ones fall, for every
  later ranking.
"""

from __future__ import annotations

import math
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass

from reviewer.suggest.terms import plain_terms, subject, surface, terms

_SENTENCE = re.compile(r"(?<=[.;!?])\s+(?=[A-Z“\"(])")


@dataclass(frozen=True)
class Target:
    """One recommendation to rank: its id and what it says."""

    key: int
    text: str
    themes: tuple[str, ...] = ()
    persons: tuple[str, ...] = ()


@dataclass(frozen=True)
class Example:
    """A reviewer's decision: the paragraph's text linked to (or rejected for) ``key``."""

    text: str
    key: int
    accepted: bool


@dataclass(frozen=True)
class Query:
    """A paragraph to find recommendations for, with its setting."""

    text: str
    context: str = ""  # its section heading and neighbours
    exclude: frozenset[int] = frozenset()  # keys never to suggest (rejected, already linked)


@dataclass(frozen=True)
class Hit:
    key: int
    score: float
    matched: tuple[str, ...]  # the paragraph's words that matched, strongest first


@dataclass(frozen=True)
class Settings:
    k1: float = 1.2
    b: float = 0.75
    theme_weight: float = 0.0  # tried 0.1–0.4: no gain on the bench, see bench_suggest
    persons_weight: float = 0.0
    context_weight: float = 0.3
    damp_boilerplate: bool = True
    feedback: bool = True
    feedback_weight: float = 0.5  # a linked paragraph's words, against the text's 1
    term_learning: float = 0.4  # how far one decision moves a word's weight
    min_matched: int = 2  # fewer matching words: no suggestion
    min_share: float = 0.5  # of the paragraph's best score
    query_saturation: bool = True  # a word said 5 times weighs 1 + ln 5, not 5
    plain: bool = False  # the baseline: words as they are, no stemming, States kept
    coverage: float = 0.5  # exponent of the share of a recommendation's weight matched
    passages: float = 0.3  # weight of the best sentence window against the whole
    expansion: float = 0.4  # pseudo-relevance feedback: weight of the top few's words
    expansion_depth: int = 3


DEFAULT = Settings()


class Ranker:
    """Recommendations indexed once; ``rank`` for each paragraph of a document."""

    def __init__(
        self,
        targets: Sequence[Target],
        examples: Iterable[Example] = (),
        settings: Settings = DEFAULT,
    ):
        self.settings = s = settings
        self.analyse = plain_terms if s.plain else terms
        self.keys = [t.key for t in targets]
        examples = list(examples) if s.feedback else []
        lent: dict[int, Counter[str]] = defaultdict(Counter)
        for ex in examples:
            if ex.accepted:
                lent[ex.key].update(self.analyse(ex.text))
        docs: list[dict[str, float]] = []
        for t in targets:
            tf: dict[str, float] = defaultdict(float)
            for x in self.analyse(t.text if s.plain else subject(t.text)):
                tf[x] += 1.0
            if not s.plain:
                for x in self.analyse(" ".join(t.themes)):
                    tf[x] += s.theme_weight
                for x in self.analyse(" ".join(t.persons)):
                    tf[x] += s.persons_weight
            borrowed = lent.get(t.key)
            if borrowed:
                total = sum(borrowed.values())
                for x, c in borrowed.items():
                    tf[x] += s.feedback_weight * c * 10.0 / max(total, 10)
            docs.append(dict(tf))
        n = len(docs)
        lengths = [sum(d.values()) for d in docs]
        avg = (sum(lengths) / n) if n else 1.0
        df: Counter[str] = Counter()
        for d in docs:
            df.update(d.keys())
        self.idf = {x: math.log(1 + (n - c + 0.5) / (c + 0.5)) for x, c in df.items()}
        self._postings: dict[str, list[tuple[int, float]]] = defaultdict(list)
        self._part: list[dict[str, float]] = []
        for i, d in enumerate(docs):
            norm = s.k1 * (1 - s.b + s.b * lengths[i] / avg) if avg else s.k1
            part = {x: tf_ * (s.k1 + 1) / (tf_ + norm) for x, tf_ in d.items()}
            self._part.append(part)
            for x, v in part.items():
                self._postings[x].append((i, v))
        self._tf = docs
        self._mass = [sum(self.idf[x] for x in d) or 1.0 for d in docs]
        index = {k: i for i, k in enumerate(self.keys)}
        self.term_weight = self._learned_weights(examples, docs, index)

    def rank_all(
        self,
        queries: Sequence[Query],
        top: int = 5,
        progress: Callable[[int, int], None] | None = None,
    ) -> list[list[Hit]]:
        """The best ``top`` recommendations for each query, the queries being the
        paragraphs of one document (their shared words are damped).  ``progress``
        hears (done, of) about twenty times."""
        damp = self._boilerplate(queries) if self.settings.damp_boilerplate else {}
        out = []
        step = max(1, len(queries) // 20)
        for i, q in enumerate(queries, 1):
            out.append(self.rank(q, top, damp))
            if progress is not None and (i % step == 0 or i == len(queries)):
                progress(i, len(queries))
        return out

    def rank(self, q: Query, top: int = 5, damp: dict[str, float] | None = None) -> list[Hit]:
        s = self.settings
        counts = Counter(self.analyse(q.text))
        weights: dict[str, float] = defaultdict(float)
        for x, c in counts.items():
            weights[x] += 1.0 + math.log(c) if s.query_saturation else float(c)
        if q.context and s.context_weight and not s.plain:
            for x in set(self.analyse(q.context)):
                weights[x] += s.context_weight
        damp = damp or {}
        scores, mass = self._score(weights, damp)
        if s.expansion and scores and not s.plain:
            first = sorted(scores, key=lambda i: (-scores[i], i))[: s.expansion_depth]
            extra: Counter[str] = Counter()
            for i in first:
                extra.update(x for x in self._tf[i] if x not in weights)
            added = {x: s.expansion * c / len(first) for x, c in extra.items()}
            weights.update(added)
            self._score(added, damp, scores, mass)  # the words added, on top
        if s.coverage:
            for i in scores:
                scores[i] *= (mass[i] / self._mass[i]) ** s.coverage
        if s.passages and not s.plain:
            best_part = self._passage_scores(q.text, damp)
            for i in scores:
                scores[i] = (1 - s.passages) * scores[i] + s.passages * best_part.get(i, 0.0)
        ranked = sorted(
            (i for i in scores if self.keys[i] not in q.exclude),
            key=lambda i: (-scores[i], i),
        )
        if not ranked:
            return []
        best = scores[ranked[0]]
        shown = surface(q.text)
        for x, w in surface(q.context).items():
            shown.setdefault(x, w)
        hits = []
        for i in ranked[:top]:
            if scores[i] < s.min_share * best:
                break
            tf = self._tf[i]
            mine = [x for x in weights if x in tf and x in shown]
            if len(mine) < s.min_matched:
                continue
            mine.sort(key=lambda x: (-weights[x] * self.idf[x] * self._part[i][x], x))
            words = tuple(shown[x] for x in mine[:6])
            hits.append(Hit(self.keys[i], round(scores[i], 3), words))
        return hits

    def _score(
        self,
        weights: dict[str, float],
        damp: dict[str, float],
        scores: dict[int, float] | None = None,
        mass: dict[int, float] | None = None,
    ) -> tuple[dict[int, float], dict[int, float]]:
        """Each recommendation's BM25 score, and the idf mass of its words matched
        (added to ``scores`` and ``mass`` when given)."""
        scores = defaultdict(float) if scores is None else scores
        mass = defaultdict(float) if mass is None else mass
        learned = self.term_weight
        for x, qw in weights.items():
            posting = self._postings.get(x)
            if not posting:
                continue
            idf = self.idf[x]
            w = qw * idf * damp.get(x, 1.0) * learned.get(x, 1.0)
            for i, part in posting:
                scores[i] += w * part
                mass[i] += idf
        return scores, mass

    def _passage_scores(self, text: str, damp: dict[str, float]) -> dict[int, float]:
        """Each recommendation's best score over windows of two sentences."""
        sentences = [x for x in _SENTENCE.split(text) if x.strip()]
        if len(sentences) < 3:
            return {}
        best: dict[int, float] = defaultdict(float)
        for j in range(len(sentences) - 1):
            window = set(self.analyse(sentences[j] + " " + sentences[j + 1]))
            got: dict[int, float] = defaultdict(float)
            for x in window:
                posting = self._postings.get(x)
                if not posting:
                    continue
                w = self.idf[x] * damp.get(x, 1.0) * self.term_weight.get(x, 1.0)
                for i, part in posting:
                    got[i] += w * part
            for i, v in got.items():
                if v > best[i]:
                    best[i] = v
        return best

    def _boilerplate(self, queries: Sequence[Query]) -> dict[str, float]:
        """A term's weight factor from the share of the document's paragraphs it is
        in: 1 for a word of a quarter of them or fewer, falling to 0.2 for all."""
        n = len(queries)
        if n < 4:
            return {}
        df: Counter[str] = Counter()
        for q in queries:
            df.update(set(self.analyse(q.text)))
        return {x: max(0.2, 1.0 - (c / n)) for x, c in df.items() if c / n > 0.25}

    def _learned_weights(
        self, examples: Sequence[Example], docs: list[dict[str, float]], index: dict[int, int]
    ) -> dict[str, float]:
        """Each word's weight after the reviewers' decisions: up for the words an
        accepted link's paragraph shares with its recommendation, down for the words
        a rejected suggestion matched on."""
        rate = self.settings.term_learning
        if not examples or not rate:
            return {}
        votes: Counter[str] = Counter()
        for ex in examples:
            i = index.get(ex.key)
            if i is None:
                continue
            shared = set(self.analyse(ex.text)) & docs[i].keys()
            for x in shared:
                votes[x] += 1 if ex.accepted else -1
        return {
            x: min(3.0, max(0.3, math.exp(2 * rate * v / (1 + abs(v))))) for x, v in votes.items()
        }
