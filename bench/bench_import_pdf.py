"""Full import of the 181-page UN PDF against PyMuPDF's bare text extraction.

Both in the same run, alternating, median of N rounds: the ratio is what the
issue asks for (target ≤ 2×, on the way to 1.2×).  The import is the real one:
parse, link, store in a fresh workspace, index for search.
Usage: python bench/bench_import_pdf.py [--rounds 5] [FILE.pdf]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pymupdf  # noqa: E402

from reviewer.workspace import Workspace  # noqa: E402

DEFAULT = Path(__file__).resolve().parent / "data" / "A_HRC_28_2-council-session-report-181p.pdf"


def bare(path: Path) -> float:
    t = time.perf_counter()
    with pymupdf.open(path) as doc:
        for page in doc:
            page.get_text("dict")
    return time.perf_counter() - t


def full_import(path: Path, tmp: Path, i: int):
    ws = Workspace.open(tmp / f"bench-{i}.sqlite", author="bench")
    t = time.perf_counter()
    result = ws.import_file(path)
    elapsed = time.perf_counter() - t
    ws.close()
    return elapsed, result


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("file", nargs="?", type=Path, default=DEFAULT)
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    bares, fulls = [], []
    with tempfile.TemporaryDirectory() as tmp:
        bare(args.file)  # warm caches for both sides
        for i in range(args.rounds):
            bares.append(bare(args.file))
            elapsed, result = full_import(args.file, Path(tmp), i)
            fulls.append(elapsed)
    with pymupdf.open(args.file) as doc:
        pages = doc.page_count
    b, f = statistics.median(bares), statistics.median(fulls)
    print(f"file             {args.file.name} ({pages} pages)")
    print(
        f"imported         {result.paragraphs} paragraphs, {result.footnotes} footnotes, {result.links} links"
    )
    print(f"bare get_text    median {b * 1000:.0f} ms  ({pages / b:.0f} pages/s)")
    print(f"full import      median {f * 1000:.0f} ms  ({pages / f:.0f} pages/s)")
    print(f"ratio            {f / b:.2f}x  (rounds {args.rounds})")


if __name__ == "__main__":
    main()
