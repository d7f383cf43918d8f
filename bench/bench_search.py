"""Search latency over 100,000 paragraphs of real sentences, against bare FTS5.

The workspace (bench/search_corpus.py, built once under /tmp/bench-search/): real
sentences of the fixture documents, 500 documents in five reviews, one in ten an
earlier version.  Twenty queries a reviewer types, from a place name in one
sentence to "the"; each one's hit count and rate is printed.

For each query and limit (200: what the window asks; 50: the command line's
default), interleaved round by round:
  ours    ``ws.search`` over all reviews (the latest versions: the window's "All
          reviews"), snippets and all, its read transaction included;
  bare    FTS5 alone with the same ranking and limit, in an open transaction:
          SELECT rowid, bm25(paragraph_fts) FROM paragraph_fts
          WHERE paragraph_fts MATCH ? ORDER BY bm25(paragraph_fts) LIMIT ?
  before  the single query the search was until issue 19 (every match joined and
          snippeted, then sorted: tests/core/test_search_ranking.py keeps it).
Medians and 95th percentiles per query and over all queries, and the ratios; then
ours in one review's documents (the window's default scope) against the same bare.

Usage: python bench/bench_search.py [--paragraphs 100000] [--rounds 15] [--no-before]
       [--clock wall|cpu]  (cpu: the calling thread's CPU time, where SQLite works;
       steadier than wall-clock time on a machine shared with other work)
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from search_corpus import REVIEWS, workspace_path  # noqa: E402
from sqlalchemy import text  # noqa: E402

from reviewer.storage.fts import build_match  # noqa: E402
from reviewer.workspace import Workspace  # noqa: E402
from tests.core.test_search_ranking import reference  # noqa: E402

QUERIES = [
    "Kočevje",
    "journalists",
    "belt road",
    "A/HRC",
    "torture",
    "ill-treatment",
    '"ethnic minorities"',
    "South-South",
    "CANGO",
    "poverty",
    '"hate speech"',
    "water OR housing",
    "discriminat* roma*",
    '"domestic violence"',
    "migrant*",
    "educat*",
    '"human rights"',
    "women",
    "rights",
    "the",
]
BARE = (
    "SELECT rowid, bm25(paragraph_fts) FROM paragraph_fts WHERE paragraph_fts MATCH :m "
    "ORDER BY bm25(paragraph_fts) LIMIT :limit"
)


def pct(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def ms(v: float) -> str:
    return f"{v * 1000:8.1f}"


CLOCK = time.perf_counter  # --clock cpu: time.thread_time


def timed(fn) -> float:
    t = CLOCK()
    fn()
    return CLOCK() - t


def bare(ws: Workspace, query: str, limit: int) -> float:
    with ws.read() as s:
        t = CLOCK()
        s.execute(text(BARE), {"m": build_match(query), "limit": limit}).all()
        return CLOCK() - t


def run(ws: Workspace, limit: int, rounds: int, before: bool, review: str | None = None):
    ours: dict[str, list[float]] = {q: [] for q in QUERIES}
    base: dict[str, list[float]] = {q: [] for q in QUERIES}
    old: dict[str, list[float]] = {q: [] for q in QUERIES}
    for r in range(rounds + 1):  # the first round warms the cache, untimed
        for q in QUERIES:
            a = timed(lambda: ws.search(q, limit=limit, review=review))  # noqa: B023
            b = bare(ws, q, limit)
            c = timed(lambda: reference(ws, q, limit, None, review)) if before else 0.0  # noqa: B023
            if r:
                ours[q].append(a)
                base[q].append(b)
                old[q].append(c)
    return ours, base, old


def report(title: str, hits: dict[str, int], total: int, ours, base, old, before: bool) -> None:
    print(f"\n{title}")
    head = f"{'query':22} {'hits':>6} {'rate':>6} | {'ours p50':>8} {'p95':>8} | "
    head += f"{'bare p50':>8} {'p95':>8} | {'ratio95':>7}"
    print(head + (f" | {'before p50':>10} {'p95':>8}" if before else ""))
    for q in QUERIES:
        line = f"{q:22} {hits[q]:6} {hits[q] / total:6.2%} | {ms(statistics.median(ours[q]))} "
        line += f"{ms(pct(ours[q], 0.95))} | {ms(statistics.median(base[q]))} "
        line += f"{ms(pct(base[q], 0.95))} | {pct(ours[q], 0.95) / pct(base[q], 0.95):7.2f}"
        if before:
            line += f" | {ms(statistics.median(old[q])):>10} {ms(pct(old[q], 0.95))}"
        print(line)
    all_ours = [v for q in QUERIES for v in ours[q]]
    all_base = [v for q in QUERIES for v in base[q]]
    ratios = [pct(ours[q], 0.95) / pct(base[q], 0.95) for q in QUERIES]
    print(
        f"{'ALL (ms)':36} | {ms(statistics.median(all_ours))} {ms(pct(all_ours, 0.95))} | "
        f"{ms(statistics.median(all_base))} {ms(pct(all_base, 0.95))} | "
        f"{pct(all_ours, 0.95) / pct(all_base, 0.95):7.2f}"
        + (
            f" | {ms(statistics.median([v for q in QUERIES for v in old[q]])):>10} "
            f"{ms(pct([v for q in QUERIES for v in old[q]], 0.95))}"
            if before
            else ""
        )
    )
    summary = (
        f"overall p95: ours {pct(all_ours, 0.95) * 1000:.1f} ms, bare "
        f"{pct(all_base, 0.95) * 1000:.1f} ms, ratio {pct(all_ours, 0.95) / pct(all_base, 0.95):.2f}x"
        f" (goal <= 1.5x); per query p95 ratio: median {statistics.median(ratios):.2f}x, "
        f"max {max(ratios):.2f}x"
    )
    if before:
        all_old = [v for q in QUERIES for v in old[q]]
        summary += f"; before: p95 {pct(all_old, 0.95) * 1000:.1f} ms, "
        summary += f"{pct(all_old, 0.95) / pct(all_base, 0.95):.2f}x bare"
    print(summary)


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--paragraphs", type=int, default=100_000)
    ap.add_argument("--rounds", type=int, default=15)
    ap.add_argument("--limits", type=int, nargs="+", default=[200, 50])
    ap.add_argument("--no-before", action="store_true", help="skip the query before issue 19")
    ap.add_argument(
        "--clock",
        choices=["wall", "cpu"],
        default="wall",
        help="cpu: the thread's CPU time (SQLite runs in it), steadier on a shared machine",
    )
    args = ap.parse_args()
    global CLOCK
    CLOCK = time.thread_time if args.clock == "cpu" else time.perf_counter
    path = workspace_path(args.paragraphs)
    before = not args.no_before
    with Workspace.open(path, author="bench") as ws:
        with ws.read() as s:
            total = s.execute(text("SELECT count(*) FROM paragraph")).scalar_one()
            hits = {
                q: s.execute(
                    text("SELECT count(*) FROM paragraph_fts WHERE paragraph_fts MATCH :m"),
                    {"m": build_match(q)},
                ).scalar_one()
                for q in QUERIES
            }
        print(f"{path}: {total} paragraphs; {args.rounds} rounds, {args.clock} time in ms")
        for limit in args.limits:
            result = run(ws, limit, args.rounds, before)
            report(f"limit {limit}, all reviews (latest versions)", hits, total, *result, before)
        ours, base, _ = run(ws, 200, max(3, args.rounds // 3), False, review=REVIEWS[0])
        all_ours = [v for q in QUERIES for v in ours[q]]
        all_base = [v for q in QUERIES for v in base[q]]
        print(
            f"\nlimit 200, one review ({REVIEWS[0]}: a fifth of the documents): ours p50 "
            f"{statistics.median(all_ours) * 1000:.1f} ms p95 {pct(all_ours, 0.95) * 1000:.1f} ms;"
            f" bare (no scope) p95 {pct(all_base, 0.95) * 1000:.1f} ms; ratio "
            f"{pct(all_ours, 0.95) / pct(all_base, 0.95):.2f}x"
        )


if __name__ == "__main__":
    main()
