"""Search latency over 100,000 paragraphs: median and p95 of ranked FTS5 queries.

Two corpora in the same run: words drawn with the frequencies of the real fixture
documents ("realistic"), and a 60-word vocabulary where every query term hits most
paragraphs (the worst case for ranking). Baseline: the same MATCH without ranking or
snippets (the bare index lookup), so the ratio shows what ranking and highlighting add.
Usage: python bench/bench_search.py [--paragraphs 100000]
"""

from __future__ import annotations

import argparse
import hashlib
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import paragraph_text, realistic_paragraph_text  # noqa: E402
from sqlalchemy import text  # noqa: E402

from reviewer.ingest.model import ParsedDocument, ParsedParagraph  # noqa: E402
from reviewer.storage.fts import build_match  # noqa: E402
from reviewer.workspace import Workspace  # noqa: E402

QUERIES = [
    "women",
    "climate cooperation",
    "south-south",
    "educat*",
    '"rural migrant"',
    "disabilities pension",
    "ill-treatment",
    "water OR housing",
    "belt road initiative",
    "gender equality law",
]


def percentile(values, q):
    values = sorted(values)
    return values[min(len(values) - 1, int(round(q * (len(values) - 1))))]


def measure(name: str, make_text, paragraphs: int, rounds: int, tmp: Path) -> None:
    rng = random.Random(11)
    per_doc = 200
    ws = Workspace.open(tmp / f"{name}.sqlite", author="bench")
    t0 = time.perf_counter()
    for d in range(paragraphs // per_doc):
        paras = tuple(
            ParsedParagraph(
                seq=i, label=str(i + 1), kind="body", text=make_text(rng, rng.randint(40, 120))
            )
            for i in range(per_doc)
        )
        ws.import_parsed(
            ParsedDocument(
                title=f"Generated {d}",
                format="txt",
                file_name=f"g{d}.txt",
                sha256=hashlib.sha256(f"{name}{d}".encode()).hexdigest(),
                paragraphs=paras,
            )
        )
    build = time.perf_counter() - t0
    ranked, bare, hits = [], [], []
    for _ in range(rounds):
        for q in QUERIES:
            t = time.perf_counter()
            ws.search(q, limit=50)
            ranked.append(time.perf_counter() - t)
            match = build_match(q)
            with ws.read() as s:
                t = time.perf_counter()
                s.execute(
                    text("SELECT rowid FROM paragraph_fts WHERE paragraph_fts MATCH :m LIMIT 50"),
                    {"m": match},
                ).all()
                bare.append(time.perf_counter() - t)
                if len(hits) < len(QUERIES):
                    hits.append(
                        s.execute(
                            text("SELECT count(*) FROM paragraph_fts WHERE paragraph_fts MATCH :m"),
                            {"m": match},
                        ).scalar()
                    )
    ws.close()
    ms = lambda v: v * 1000  # noqa: E731
    share = statistics.median(hits) / paragraphs
    print(
        f"[{name}] {paragraphs} paragraphs built in {build:.1f} s; a query term hits a median "
        f"{share:.1%} of paragraphs (max {max(hits) / paragraphs:.0%})"
    )
    print(
        f"  ranked search  median {ms(statistics.median(ranked)):.1f} ms, p95 {ms(percentile(ranked, 0.95)):.1f} ms "
        f"({len(ranked)} queries, limit 50, bm25 + snippet)"
    )
    print(
        f"  bare MATCH     median {ms(statistics.median(bare)):.2f} ms, p95 {ms(percentile(bare, 0.95)):.2f} ms"
    )
    print(
        f"  ratio ranked/bare (median) {statistics.median(ranked) / statistics.median(bare):.1f}x"
    )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--paragraphs", type=int, default=100_000)
    ap.add_argument("--rounds", type=int, default=20)
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        measure("realistic", realistic_paragraph_text, args.paragraphs, args.rounds, Path(tmp))
        measure("small-vocabulary", paragraph_text, args.paragraphs, args.rounds, Path(tmp))


if __name__ == "__main__":
    main()
