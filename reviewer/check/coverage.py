"""The coverage rule: the previous review's recommendations on the themes the draft
writes about that it does not cite.

A theme is the draft's when the recommendations it cites carry it in the registry
``CheckSettings.coverage_min`` times, each recommendation it speaks to without citing
it (the suggestions, ``reviewer.suggest``; ranked here for a draft with none stored)
counting half: a ranking is a guess, a citation is the draft's word.  The
Sustainable Development Goal themes ("S", "S16" …) tag most recommendations beside
their human rights theme and tell nothing of a draft's subject: they are left out.
One finding per theme names a few uncited numbers, those the draft speaks to first.
"""

from __future__ import annotations

import re
from collections.abc import Iterator

from reviewer.check.model import CheckSettings, Draft, Entry, Facts, Finding, Rule, Severity
from reviewer.check.text import listing
from reviewer.suggest.rank import Query, Ranker, Target
from reviewer.vocabulary import ParagraphKind, number_key
from reviewer.words import say

_SDG = re.compile(r"S\d*")
_QUERY_KINDS = (ParagraphKind.BODY, ParagraphKind.LIST_ITEM)
SUGGESTIONS_PER_PARAGRAPH = 1  # ranked here: the best one of each paragraph
SUGGESTED_WEIGHT = 0.5  # a recommendation the draft speaks to, against a cited one's 1


def previous_entries(facts: Facts) -> list[Entry]:
    out: list[Entry] = []
    for symbol in facts.previous_reports:
        out.extend(facts.registry.get(symbol, ()))
    return out


def suggested(draft: Draft, facts: Facts, entries: list[Entry]) -> list[tuple[int, str, str]]:
    """(paragraph index, symbol, number) the draft speaks to: the workspace's
    suggestions, or a ranking made here for a draft the workspace does not hold."""
    if facts.suggested is not None:
        return list(facts.suggested)
    targets = [
        Target(i, e.text or "", tuple(n for _, n in e.themes)) for i, e in enumerate(entries)
    ]
    targets = [t for t in targets if t.text]
    if not targets:
        return []
    cited = {(c.symbol, c.number) for c in draft.citations}
    keys = {(e.symbol, e.number): i for i, e in enumerate(entries)}
    start = next((p.index for p in draft.paragraphs if p.label and p.kind in _QUERY_KINDS), 0)
    paras = [p for p in draft.paragraphs if p.kind in _QUERY_KINDS and p.index >= start]
    queries = []
    for p in paras:
        exclude = {keys[k] for k in cited if k in keys}
        exclude |= {keys[(s, n)] for (i, s, n) in facts.excluded if i == p.index and (s, n) in keys}
        queries.append(Query(p.text, exclude=frozenset(exclude)))
    ranked = Ranker(targets).rank_all(queries, SUGGESTIONS_PER_PARAGRAPH)
    return [
        (p.index, entries[h.key].symbol, entries[h.key].number)
        for p, hits in zip(paras, ranked, strict=True)
        for h in hits
    ]


def coverage_rule(draft: Draft, facts: Facts, settings: CheckSettings) -> Iterator[Finding]:
    entries = previous_entries(facts)
    if not entries:
        return
    by_key = {(e.symbol, e.number): e for e in entries}
    cited = {
        (c.symbol, c.number)
        for c in draft.citations
        if c.symbol is not None and (c.symbol, c.number) in by_key
    }
    spoken = suggested(draft, facts, entries)
    where: dict[tuple[str, str], int] = {}  # first paragraph citing (else speaking to) each
    for c in draft.citations:
        where.setdefault((c.symbol or "", c.number), c.paragraph)
    for index, symbol, number in spoken:
        where.setdefault((symbol, number), index)
    extra = {(s, n) for _, s, n in spoken if (s, n) in by_key} - cited
    counts: dict[tuple[str, str], float] = {}
    for key, weight in [(k, 1.0) for k in cited] + [(k, SUGGESTED_WEIGHT) for k in extra]:
        for theme in by_key[key].themes:
            if not _SDG.fullmatch(theme[0]):
                counts[theme] = counts.get(theme, 0.0) + weight
    themes = [t for t, n in counts.items() if n >= settings.coverage_min]
    themes.sort(key=lambda t: (-counts[t], t[0]))
    for code, name in themes:
        missing = [
            e for e in entries if (code, name) in e.themes and (e.symbol, e.number) not in cited
        ]
        if not missing:
            continue
        missing.sort(key=lambda e: ((e.symbol, e.number) not in where, number_key(e.number)))
        spoken_to = [e.number for e in missing if (e.symbol, e.number) in where]
        numbers = [e.number for e in missing]
        anchor = None  # the first paragraph citing it, else the first speaking to it
        for group in (cited, extra):
            places = [where[k] for k in group if (code, name) in by_key[k].themes and k in where]
            if places:
                anchor = min(places)
                break
        fix = say("check.coverage.fix")
        if spoken_to:
            fix = say("check.coverage.spoken", numbers=listing(spoken_to, 3), n=len(spoken_to))
        symbols = ", ".join(sorted({e.symbol for e in missing}))
        yield Finding(
            f"coverage:{code}",
            Rule.COVERAGE,
            Severity.INFO,
            say(
                "check.coverage",
                theme=f"{code} {name}",
                recs=say("count.recommendations", n=len(missing)),
                symbols=symbols,
                numbers=listing(numbers, settings.coverage_listed),
            ),
            fix,
            anchor,
        )
