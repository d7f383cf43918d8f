"""Import throughput: 200 generated text submissions into a fresh workspace.

Baselines in the same run: reading and decoding the same files (what any tool must
do) and parsing them without storing, so the ratios show what parsing, and then
linking, storing and indexing, cost on top.
Usage: python bench/bench_import_text.py [--count 200]
"""

from __future__ import annotations

import argparse
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from corpus import submission_text  # noqa: E402

from reviewer.ingest import parse_bytes  # noqa: E402
from reviewer.workspace import Workspace  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--count", type=int, default=200)
    args = ap.parse_args()
    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        tmp = Path(tmp)
        files = []
        for i in range(args.count):
            f = tmp / f"submission-{i:03}.txt"
            f.write_text(submission_text(rng, i), encoding="utf-8")
            files.append(f)
        total_bytes = sum(f.stat().st_size for f in files)

        t0 = time.perf_counter()
        for f in files:
            f.read_bytes().decode("utf-8").split("\n\n")
        baseline = time.perf_counter() - t0

        t0 = time.perf_counter()
        for f in files:
            parse_bytes(f.read_bytes(), f.name)
        parse_only = time.perf_counter() - t0

        ws = Workspace.open(tmp / "bench.sqlite", author="bench")
        t0 = time.perf_counter()
        done, failed = ws.import_files(files)
        elapsed = time.perf_counter() - t0
        paragraphs = sum(r.paragraphs for r in done)
        links = sum(r.links for r in done)
        ws.close()
    assert not failed, failed
    print(
        f"files            {len(files)}  ({total_bytes / 1e6:.1f} MB, {paragraphs} paragraphs, {links} links)"
    )
    print(
        f"import           {elapsed:.2f} s  = {len(files) / elapsed:.1f} files/s, "
        f"{paragraphs / elapsed:.0f} paragraphs/s, {total_bytes / 1e6 / elapsed:.2f} MB/s"
    )
    print(f"baseline (read+decode+split) {baseline * 1000:.1f} ms")
    print(f"parse only (no link, store, index) {parse_only:.2f} s")
    print(f"ratio import/read+decode     {elapsed / baseline:.0f}x")
    print(f"ratio import/parse-only      {elapsed / parse_only:.1f}x")


if __name__ == "__main__":
    main()
