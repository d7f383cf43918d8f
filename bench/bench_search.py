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
  forms   bare FTS5 with the expression ours runs: a bare word ORed with its other
          forms (``fts.expanded_query``: ``("rights" OR "right")``), to tell the
          cost of finding more from the cost of the search around it.
Medians and 95th percentiles per query and over all queries, and the ratios; then
ours in one review's documents (the window's default scope) against the same bare.

Search in every language (``--languages N``, 0 to skip): a second workspace
(bench/search_corpus.py: a quarter of its paragraphs in each of English, French,
Spanish and Chinese, from tests/fixtures/languages), French, Spanish and Chinese
queries, ours (limit 200) against bare FTS5 as typed (which for Chinese finds only
whole runs of characters: a floor, not the same hits).  Indexing (``--indexing N``,
0 to skip): N paragraphs of each corpus imported, then indexed by the steps
(``index_pending``), against bare FTS5 taking the same texts in the same batches.

Usage: python bench/bench_search.py [--paragraphs 100000] [--rounds 15] [--no-before]
       [--languages 100000] [--indexing 20000] [--no-english] [--cache DIR] [--clock wall|cpu]  (cpu: the calling thread's CPU time, where SQLite works;
       steadier than wall-clock time on a machine shared with other work)
"""

from __future__ import annotations

import argparse
import sqlite3
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

import search_corpus  # noqa: E402
from search_corpus import (  # noqa: E402
    REVIEWS,
    language_sentences,
    languages_workspace_path,
    workspace_path,
)
from sqlalchemy import text  # noqa: E402

from reviewer.storage.fts import build_match, expanded_query  # noqa: E402
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
LANGUAGE_QUERIES = [
    "droits",
    "femmes",
    "recommandations",
    "éducation enfants",
    '"changements climatiques"',
    "derechos",
    "mujer",
    "niños migrantes",
    "recomendación",
    "人权",
    "妇女",
    "教育",
    "普遍定期审议",
    "儿童 发展",
    "气候变化 OR 南南合作",
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


def bare(ws: Workspace, query: str, limit: int, match: str | None = None) -> float:
    with ws.read() as s:
        t = CLOCK()
        s.execute(text(BARE), {"m": match or build_match(query), "limit": limit}).all()
        return CLOCK() - t


def expanded(ws: Workspace, queries: list[str]) -> dict[str, str]:
    """Each query's expression with its words' other forms (what ours runs)."""
    with ws.read() as s:
        return {q: expanded_query(s.connection(), q).match for q in queries}


def run(ws: Workspace, limit: int, rounds: int, before: bool, review: str | None = None):
    ours: dict[str, list[float]] = {q: [] for q in QUERIES}
    base: dict[str, list[float]] = {q: [] for q in QUERIES}
    old: dict[str, list[float]] = {q: [] for q in QUERIES}
    forms: dict[str, list[float]] = {q: [] for q in QUERIES}
    matches = expanded(ws, QUERIES)
    for r in range(rounds + 1):  # the first round warms the cache, untimed
        for q in QUERIES:
            a = timed(lambda: ws.search(q, limit=limit, review=review))  # noqa: B023
            b = bare(ws, q, limit)
            c = timed(lambda: reference(ws, q, limit, None, review)) if before else 0.0  # noqa: B023
            f = bare(ws, q, limit, matches[q])
            if r:
                ours[q].append(a)
                base[q].append(b)
                old[q].append(c)
                forms[q].append(f)
    return ours, base, old, forms


def report(
    title: str, hits: dict[str, int], total: int, ours, base, old, forms, before: bool
) -> None:
    print(f"\n{title}")
    head = f"{'query':22} {'hits':>6} {'rate':>6} | {'ours p50':>8} {'p95':>8} | "
    head += f"{'bare p50':>8} {'p95':>8} | {'ratio95':>7} | {'forms p95':>9} {'ratio':>6}"
    print(head + (f" | {'before p50':>10} {'p95':>8}" if before else ""))
    for q in QUERIES:
        line = f"{q:22} {hits[q]:6} {hits[q] / total:6.2%} | {ms(statistics.median(ours[q]))} "
        line += f"{ms(pct(ours[q], 0.95))} | {ms(statistics.median(base[q]))} "
        line += f"{ms(pct(base[q], 0.95))} | {pct(ours[q], 0.95) / pct(base[q], 0.95):7.2f}"
        line += f" | {ms(pct(forms[q], 0.95)):>9} {pct(ours[q], 0.95) / pct(forms[q], 0.95):6.2f}"
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
    all_forms = [v for q in QUERIES for v in forms[q]]
    summary += f"; bare with the forms: p95 {pct(all_forms, 0.95) * 1000:.1f} ms, ours "
    summary += f"{pct(all_ours, 0.95) / pct(all_forms, 0.95):.2f}x that"
    print(summary)


def languages(paragraphs: int, rounds: int) -> None:
    """French, Spanish and Chinese queries over a corpus in four languages."""
    path = languages_workspace_path(paragraphs)
    with Workspace.open(path, author="bench") as ws:
        with ws.read() as s:
            total = s.execute(text("SELECT count(*) FROM paragraph")).scalar_one()
        hits = {q: len(ws.search(q, limit=-1)) for q in LANGUAGE_QUERIES}
        ours: dict[str, list[float]] = {q: [] for q in LANGUAGE_QUERIES}
        base: dict[str, list[float]] = {q: [] for q in LANGUAGE_QUERIES}
        for r in range(rounds + 1):
            for q in LANGUAGE_QUERIES:
                a = timed(lambda: ws.search(q, limit=200))  # noqa: B023
                b = bare(ws, q, 200)
                if r:
                    ours[q].append(a)
                    base[q].append(b)
    print(f"\n{path}: {total} paragraphs (en, fr, es, zh); limit 200, all reviews")
    print(f"{'query':26} {'hits':>6} {'rate':>6} | {'ours p50':>8} {'p95':>8} | {'bare p50':>8} {'p95':>8}")  # fmt: skip
    for q in LANGUAGE_QUERIES:
        print(
            f"{q:26} {hits[q]:6} {hits[q] / total:6.2%} | {ms(statistics.median(ours[q]))} "
            f"{ms(pct(ours[q], 0.95))} | {ms(statistics.median(base[q]))} {ms(pct(base[q], 0.95))}"
        )
    all_ours = [v for q in LANGUAGE_QUERIES for v in ours[q]]
    print(
        f"languages overall: ours p50 {statistics.median(all_ours) * 1000:.1f} ms, "
        f"p95 {pct(all_ours, 0.95) * 1000:.1f} ms"
    )


def indexing(paragraphs: int) -> None:
    """The index steps' time (CPU and wall) for ``paragraphs`` paragraphs of English
    and of the four languages, against bare FTS5 taking the same texts."""
    import random
    import tempfile

    from reviewer.ingest.model import ParsedDocument, ParsedParagraph

    pools = language_sentences()
    rng = random.Random(21)
    corpora = {
        "English": [
            " ".join(rng.choices(pools["en"], k=rng.randint(1, 4))) for _ in range(paragraphs)
        ],
        "en/fr/es/zh": [
            ("" if (lang := ("en", "fr", "es", "zh")[i % 4]) == "zh" else " ").join(
                rng.choices(pools[lang], k=rng.randint(1, 4))
            )
            for i in range(paragraphs)
        ],
    }
    print(f"\nindexing {paragraphs} paragraphs (400 a step), CPU and wall seconds:")
    for name, texts in corpora.items():
        with tempfile.TemporaryDirectory() as tmp:
            with Workspace.open(Path(tmp) / "w.sqlite", author="bench") as ws:
                ws.background_indexing = True
                for d in range(0, len(texts), 200):
                    ws.import_parsed(
                        ParsedDocument(
                            title=f"d{d}",
                            format="txt",
                            file_name=f"d{d}.txt",
                            sha256=f"{name}{d}".encode().hex().ljust(64, "0")[:64],
                            paragraphs=tuple(
                                ParsedParagraph(seq=i, label=str(i), kind="body", text=t)
                                for i, t in enumerate(texts[d : d + 200])
                            ),
                        )
                    )
                c0, w0 = time.thread_time(), time.perf_counter()
                ws.index_pending()
                ours = (time.thread_time() - c0, time.perf_counter() - w0)
            con = sqlite3.connect(Path(tmp) / "bare.sqlite")
            con.execute("PRAGMA journal_mode = wal")
            con.execute(
                "CREATE VIRTUAL TABLE f USING fts5(text, tokenize='unicode61 remove_diacritics 2')"
            )
            c0, w0 = time.thread_time(), time.perf_counter()
            for i in range(0, len(texts), 400):
                with con:
                    con.executemany(
                        "INSERT INTO f(rowid, text) VALUES (?, ?)",
                        [(i + k + 1, t) for k, t in enumerate(texts[i : i + 400])],
                    )
            base = (time.thread_time() - c0, time.perf_counter() - w0)
            con.close()
        print(
            f"  {name:12} ours CPU {ours[0]:6.2f} wall {ours[1]:6.2f} | bare CPU {base[0]:6.2f} "
            f"wall {base[1]:6.2f} | ratio CPU {ours[0] / base[0]:.2f}x wall {ours[1] / base[1]:.2f}x"
        )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--paragraphs", type=int, default=100_000)
    ap.add_argument("--rounds", type=int, default=15)
    ap.add_argument("--limits", type=int, nargs="+", default=[200, 50])
    ap.add_argument("--no-before", action="store_true", help="skip the query before issue 19")
    ap.add_argument("--languages", type=int, default=100_000, help="0: no language corpus")
    ap.add_argument("--indexing", type=int, default=20_000, help="0: no indexing figures")
    ap.add_argument("--no-english", action="store_true", help="the languages and indexing only")
    ap.add_argument(
        "--cache",
        type=Path,
        help="where the corpus workspaces are kept (default /tmp/bench-search/): one per "
        "checkout compared, as opening a workspace brings it to that checkout's schema",
    )
    ap.add_argument(
        "--clock",
        choices=["wall", "cpu"],
        default="wall",
        help="cpu: the thread's CPU time (SQLite runs in it), steadier on a shared machine",
    )
    args = ap.parse_args()
    if args.cache is not None:
        search_corpus.CACHE = args.cache
    global CLOCK
    CLOCK = time.thread_time if args.clock == "cpu" else time.perf_counter
    if not args.no_english:
        english(args)
    if args.languages:
        languages(args.languages, max(3, args.rounds // 2))
    if args.indexing:
        indexing(args.indexing)


def english(args: argparse.Namespace) -> None:
    path = workspace_path(args.paragraphs)
    before = not args.no_before
    with Workspace.open(path, author="bench") as ws:
        with ws.read() as s:
            total = s.execute(text("SELECT count(*) FROM paragraph")).scalar_one()
            hits = {
                q: s.execute(
                    text("SELECT count(*) FROM paragraph_fts WHERE paragraph_fts MATCH :m"),
                    {"m": expanded_query(s.connection(), q).match},
                ).scalar_one()
                for q in QUERIES
            }
        print(f"{path}: {total} paragraphs; {args.rounds} rounds, {args.clock} time in ms")
        for limit in args.limits:
            result = run(ws, limit, args.rounds, before)
            report(f"limit {limit}, all reviews (latest versions)", hits, total, *result, before)
        ours, base, _, _ = run(ws, 200, max(3, args.rounds // 3), False, review=REVIEWS[0])
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
