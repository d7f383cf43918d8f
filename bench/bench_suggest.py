"""Suggestions: held-out quality against plain BM25, the gain from relevance feedback,
and the time for a 300-paragraph document over a 346-recommendation registry.

(a) CANGO with its citations hidden: recall@5 and MRR of its 11 links over
    A/HRC/40/6's 346 recommendations.
(b) Slovenia's 2nd-cycle national report: each section (its paragraphs together, the
    heading's own citation left out) against the A/HRC/14/15 items its heading cites:
    recall@10 and MRR; and each paragraph alone against the same items (harder: a
    paragraph speaks to one or two of its section's items).
(c) Relevance feedback: a reviewer confirms every fifth gold link (and rejects the
    other suggestions shown for those paragraphs); recall on the held-out four fifths,
    before and after, on the same pairs.
Then what each step of the ranking adds, from plain BM25 (words as they are) on.

Usage: python bench/bench_suggest.py
"""

from __future__ import annotations

import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from suggest_sets import CHN_LIST, Case, build_all  # noqa: E402

from reviewer.suggest.rank import DEFAULT, Example, Ranker, Settings  # noqa: E402
from reviewer.workspace import Workspace  # noqa: E402

OPEN = dict(min_matched=0, min_share=0.0)  # rank everything: recall is about the order
PLAIN = Settings(
    plain=True,
    damp_boilerplate=False,
    feedback=False,
    query_saturation=False,
    coverage=0.0,
    passages=0.0,
    expansion=0.0,
    context_weight=0.0,
    **OPEN,
)
OURS = replace(DEFAULT, **OPEN)
STEPS = (
    ("plain BM25 (words as they are)", PLAIN),
    ("+ stemming, stop words, States cut", replace(PLAIN, plain=False)),
    ("+ query words saturate", replace(PLAIN, plain=False, query_saturation=True)),
    (
        "+ the document's boilerplate damped",
        replace(OURS, context_weight=0.0, coverage=0.0, passages=0.0, expansion=0.0),
    ),
    ("+ heading and neighbours (0.3)", replace(OURS, coverage=0.0, passages=0.0, expansion=0.0)),
    ("+ share of the recommendation matched", replace(OURS, passages=0.0, expansion=0.0)),
    ("+ best two-sentence window (0.3)", replace(OURS, expansion=0.0)),
    ("+ pseudo-relevance feedback (0.4) = ours", OURS),
    (
        "  (ours with themes and persons at 0.3)",
        replace(OURS, theme_weight=0.3, persons_weight=0.3),
    ),
)


def evaluate(case: Case, s: Settings, k: int, examples=(), skip=frozenset()):
    """(recall@k, MRR, pairs) over the gold pairs not in ``skip``."""
    hits = Ranker(case.targets, examples, s).rank_all(case.queries, top=len(case.targets))
    found, rr = 0, []
    for qi, (ranked, gold) in enumerate(zip(hits, case.gold, strict=True)):
        keys = [h.key for h in ranked]
        for g in gold:
            if (qi, g) in skip:
                continue
            found += g in keys[:k]
            rr.append(1 / (keys.index(g) + 1) if g in keys else 0.0)
    return found / max(len(rr), 1), sum(rr) / max(len(rr), 1), len(rr)


def with_feedback(case: Case, s: Settings, k: int):
    """(before, after, confirmed): every fifth gold pair confirmed, the other
    suggestions shown for those paragraphs rejected; scored on the rest."""
    pairs = [(qi, g) for qi, gold in enumerate(case.gold) for g in sorted(gold)]
    chosen = set(pairs[::5])
    shown = Ranker(case.targets, (), s).rank_all(case.queries, top=k)
    examples = [Example(case.queries[qi].text, g, True) for qi, g in sorted(chosen)]
    for qi in sorted({qi for qi, _ in chosen}):
        examples += [
            Example(case.queries[qi].text, h.key, False)
            for h in shown[qi]
            if h.key not in case.gold[qi]
        ]
    return evaluate(case, s, k, (), chosen), evaluate(case, s, k, examples, chosen), len(chosen)


def timing(work: Path) -> None:
    """ws.suggest on a 300-paragraph CHN-4 submission over A/HRC/40/6 (346), against
    plain BM25 ranking the same paragraphs in the same run."""
    src = [
        p.text
        for p in Workspace.open(work / "cango.sqlite").document(2).paragraphs
        if p.kind == "body"
    ] + [q.text for q in _svn_paragraphs(work)]
    lines = ["Submission on China for the fourth cycle of the Universal Periodic Review", ""]
    lines += [f"{i}. {src[(i - 1) % len(src)]}" for i in range(1, 301)]
    path = work / "china-300.txt"
    path.write_text("\n\n".join(lines), encoding="utf-8")
    with Workspace.open(work / "timing.sqlite") as ws:
        ws.import_file(CHN_LIST)
        doc = ws.import_file(path).document_id
        ws.set_document_review(doc, "CHN-4")
        paras = ws.document(doc).paragraphs
        runs = []
        for _ in range(3):
            t = time.perf_counter()
            found = ws.suggest(doc)
            runs.append(time.perf_counter() - t)
        targets = build_targets(ws)
        from reviewer.suggest.rank import Query

        queries = [Query(p.text) for p in paras]
        t = time.perf_counter()
        Ranker(targets, (), PLAIN).rank_all(queries, top=5)
        plain = time.perf_counter() - t
    n = sum(len(ps.suggestions) for ps in found)
    print(f"\n300-paragraph submission × {len(targets)} recommendations ({len(paras)} paragraphs):")
    print(
        f"  ws.suggest (rank + store {n} suggestions): best {min(runs):.2f} s, "
        f"worst {max(runs):.2f} s (target < 1 s)"
    )
    print(f"  plain BM25, ranking only: {plain:.2f} s; ratio {min(runs) / plain:.1f}×")


def build_targets(ws: Workspace):
    from reviewer.suggest.rank import Target

    return [Target(r.id, r.text or "") for r in ws.recommendations(symbol="A/HRC/40/6")]


def _svn_paragraphs(work: Path):
    with Workspace.open(work / "svn.sqlite") as ws:
        doc = next(d for d in ws.documents() if d.kind == "national_report")
        return [p for p in ws.document(doc.id).paragraphs if p.kind == "body"]


def main() -> None:
    t0 = time.perf_counter()
    work = Path(tempfile.mkdtemp(prefix="suggest-bench-"))
    cango, svn, svn_paras = build_all(work)
    print(
        f"sets built in {time.perf_counter() - t0:.1f} s: {len(cango.queries)} CANGO paragraphs "
        f"({sum(map(len, cango.gold))} gold links), {len(svn.queries)} Slovenian sections "
        f"({sum(map(len, svn.gold))} gold pairs), {len(svn_paras.queries)} paragraphs"
    )
    print(f"\n{'':42} (a) r@5  MRR | (b) r@10  MRR | (b, ¶) r@10")
    for name, s in STEPS:
        a = evaluate(cango, s, 5)
        b = evaluate(svn, s, 10)
        p = evaluate(svn_paras, s, 10)
        print(f"{name:42}  {a[0]:.2f}  {a[1]:.2f} |   {b[0]:.2f}  {b[1]:.2f} |  {p[0]:.2f}")
    print("targets: (a) recall@5 ≥ 0.70, (b) recall@10 ≥ 0.60")
    print("\n(c) relevance feedback, every fifth gold link confirmed, the rest held out:")
    for case, k in ((cango, 5), (svn, 10), (svn_paras, 10)):
        for name, s in (("plain BM25", PLAIN), ("ours", OURS)):
            before, after, n = with_feedback(case, replace(s, feedback=True), k)
            print(
                f"  {case.name[:34]:34} {name:10} r@{k} {before[0]:.2f} → {after[0]:.2f}  "
                f"MRR {before[1]:.2f} → {after[1]:.2f}  ({n} confirmed, {after[2]} held out)"
            )
    timing(work)


if __name__ == "__main__":
    main()
