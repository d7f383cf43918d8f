"""Search over 100,000 paragraphs: PostgreSQL's tsvector (a team workspace) beside
SQLite's FTS5 (a workspace file), the same paragraphs, the same queries.

The paragraphs are made from the real fixture documents' sentences (the CANGO
submission, UN reports with their accented names and symbols, the context texts,
the French, Spanish and Chinese submissions of tests/fixtures/languages):
each joins 2–5 sentences drawn at random, a tenth of their words swapped for words
drawn with the documents' own frequencies, so phrases, names and symbols occur as in
life and no two paragraphs are alike.  The same paragraphs go into both engines.

For each of ~20 queries in the window's language (words, "phrases", prefix*, OR,
accents, hyphens, symbols): the ranked search the window runs (limit 50, snippets),
median and p95 over the rounds, and the complete hit set of each engine (every
paragraph the search finds, a bare word's other forms and CJK words inside runs
included, by document and position), compared: the count of queries
whose hit sets are identical is printed.  The baseline is FTS5 in the same run.
Usage: python bench/bench_team_search.py [--paragraphs 100000] [--rounds 10]
"""

from __future__ import annotations

import argparse
import hashlib
import random
import re
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from corpus import real_unigrams  # noqa: E402
from search_corpus import language_sentences  # noqa: E402
from sqlalchemy import bindparam, text  # noqa: E402

from reviewer.ingest import parse_bytes  # noqa: E402
from reviewer.ingest.model import ParsedDocument, ParsedParagraph  # noqa: E402
from reviewer.workspace import Workspace  # noqa: E402

FIXTURES = ROOT / "tests" / "fixtures"
QUERIES = [
    "women",
    "children education",
    "climate change",
    '"human rights"',
    '"South-South cooperation"',
    '"domestic violence"',
    "educat*",
    "disab* children",
    "discriminat* Roma",
    "water OR housing",
    '"death penalty" OR torture',
    "Roma OR migrants",
    "ill-treatment",
    "non-governmental",
    "follow-up",
    "Kočevje",
    "cote",
    "A/HRC/WG.6/20/SVN/1",
    "2030 agenda",
    "national preventive mechanism",
    "rights",
    "recommendations",
    "droits",
    "derechos",
    "人权",
    "妇女 OR 教育",
]
PER_DOC = 200


def sentences() -> list[str]:
    """Every sentence of the fixture documents' paragraphs (as the program reads them)."""
    files = sorted((FIXTURES / "un").glob("*.pdf")) + [
        FIXTURES / "cango" / "cango-upr4-submission.md"
    ]
    out: list[str] = []
    for path in files:
        doc = parse_bytes(path.read_bytes(), path.name)
        for p in doc.paragraphs:
            out += [s for s in re.split(r"(?<=[.;])\s+", p.text) if len(s.split()) >= 4]
    for path in sorted((FIXTURES / "context").glob("*.txt")):
        body = path.read_text(encoding="utf-8")
        out += [s for s in re.split(r"(?<=[.;])\s+", body) if len(s.split()) >= 4]
    # and the French, Spanish and Chinese submissions' sentences (tests/fixtures/languages)
    for lang, found in language_sentences().items():
        if lang != "en":
            out += found
    return out


def paragraph(rng: random.Random, pool: list[str], words: list[str]) -> str:
    picked = " ".join(rng.choice(pool) for _ in range(rng.randint(2, 5))).split()
    for i in range(len(picked)):
        if rng.random() < 0.1:
            picked[i] = rng.choice(words)
    return " ".join(picked)


def build(ws: Workspace, count: int) -> float:
    rng = random.Random(7)
    pool, words = sentences(), real_unigrams()
    t0 = time.perf_counter()
    for d in range(count // PER_DOC):
        paras = tuple(
            ParsedParagraph(seq=i, label=str(i + 1), kind="body", text=paragraph(rng, pool, words))
            for i in range(PER_DOC)
        )
        ws.import_parsed(
            ParsedDocument(
                title=f"Generated {d}",
                format="txt",
                file_name=f"g{d}.txt",
                sha256=hashlib.sha256(f"bench-team-search {d}".encode()).hexdigest(),
                paragraphs=paras,
            )
        )
    return time.perf_counter() - t0


def hit_set(ws: Workspace, query: str) -> set[tuple[str, int]]:
    """Every paragraph the search finds (no limit: a bare word's other forms, CJK
    words inside runs and all): (document's file name, paragraph's seq)."""
    ids = [h.paragraph_id for h in ws.search(query, limit=-1)]
    with ws.read() as s:
        rows = s.execute(
            text(
                "SELECT d.file_name, p.seq FROM paragraph p JOIN document d "
                "ON d.id = p.document_id WHERE p.id IN :ids"
            ).bindparams(bindparam("ids", expanding=True)),
            {"ids": ids},
        )
        return {(f, seq) for f, seq in rows}


def percentile(values, q):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def measure(ws: Workspace, rounds: int) -> dict[str, list[float]]:
    times: dict[str, list[float]] = {q: [] for q in QUERIES}
    for q in QUERIES:  # warm: the first query reads the index from disk
        ws.search(q, limit=50)
    for _ in range(rounds):
        for q in QUERIES:
            t = time.perf_counter()
            ws.search(q, limit=50)
            times[q].append(time.perf_counter() - t)
    return times


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--paragraphs", type=int, default=100_000)
    ap.add_argument("--rounds", type=int, default=10)
    args = ap.parse_args()
    from tests.pg_cluster import start_cluster

    cluster = start_cluster()
    try:
        with tempfile.TemporaryDirectory() as tmp:
            lite = Workspace.open(Path(tmp) / "w.sqlite", author="bench")
            pg = Workspace.open(cluster.url(cluster.new_database()), author="bench")
            built = {
                name: build(ws, args.paragraphs) for name, ws in (("sqlite", lite), ("pg", pg))
            }
            with pg.engine.connect() as conn:
                conn.exec_driver_sql("ANALYZE paragraph")
                conn.commit()
            print(f"{args.paragraphs} paragraphs built: SQLite {built['sqlite']:.0f} s, "
                  f"PostgreSQL {built['pg']:.0f} s (import_parsed, {PER_DOC} per document)")  # fmt: skip
            t_lite, t_pg = measure(lite, args.rounds), measure(pg, args.rounds)
            ms = lambda v: v * 1000  # noqa: E731
            same = 0
            print(f"\n{'query':<30} {'hits':>7} {'FTS5 p50':>9} {'p95':>7}  {'PG p50':>8} {'p95':>7}  same hits")  # fmt: skip
            for q in QUERIES:
                a, b = hit_set(lite, q), hit_set(pg, q)
                same += a == b
                print(
                    f"{q[:30]:<30} {len(a):>7} {ms(statistics.median(t_lite[q])):>8.1f}  "
                    f"{ms(percentile(t_lite[q], 0.95)):>6.1f}  {ms(statistics.median(t_pg[q])):>7.1f}  "
                    f"{ms(percentile(t_pg[q], 0.95)):>6.1f}  {'yes' if a == b else f'NO ({len(b)})'}"
                )
            all_lite = [v for vs in t_lite.values() for v in vs]
            all_pg = [v for vs in t_pg.values() for v in vs]
            print(f"\nranked search, limit 50, {len(all_lite)} queries each:")
            print(f"  SQLite FTS5        median {ms(statistics.median(all_lite)):.1f} ms, p95 {ms(percentile(all_lite, 0.95)):.1f} ms")  # fmt: skip
            print(f"  PostgreSQL GIN     median {ms(statistics.median(all_pg)):.1f} ms, p95 {ms(percentile(all_pg, 0.95)):.1f} ms")  # fmt: skip
            print(f"  ratio PG/FTS5      median {statistics.median(all_pg) / statistics.median(all_lite):.1f}x, "
                  f"p95 {percentile(all_pg, 0.95) / percentile(all_lite, 0.95):.1f}x")  # fmt: skip
            print(f"queries with identical hit sets: {same} of {len(QUERIES)}")
            lite.close()
            pg.close()
    finally:
        cluster.stop()


if __name__ == "__main__":
    main()
