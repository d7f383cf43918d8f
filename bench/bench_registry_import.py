"""Every UN registry document of the fixtures (WG reports of each cycle, responses,
thematic lists): recommendations found, positions, and import time per page against
PyMuPDF's bare text extraction of the same file, in the same run.

The import is the real one (registry rows, the document's own paragraphs, its
review), the files in turn into one workspace per round (reports before their
responses); median of N rounds.  Positions are those of the file's review so far.
Usage: python bench/bench_registry_import.py [--rounds 3] [FILE …]
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

import pymupdf  # noqa: E402

from reviewer.workspace import Workspace  # noqa: E402

FIXTURES = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "un"


def registry_files() -> list[Path]:
    names = ("wg-report", "working-group-report", "responses", "thematic-list")
    return sorted(p for p in FIXTURES.iterdir() if any(n in p.name for n in names))


def bare(path: Path) -> float:
    if path.suffix != ".pdf":
        return 0.0
    t = time.perf_counter()
    with pymupdf.open(path) as doc:
        for page in doc:
            page.get_text("dict")
    return time.perf_counter() - t


def pages(path: Path) -> int:
    if path.suffix != ".pdf":
        return 0
    with pymupdf.open(path) as doc:
        return doc.page_count


def one(ws: Workspace, path: Path):
    """Import one file; (seconds, result, error, positions of its review's rows, review)."""
    t = time.perf_counter()
    done, failed = ws.import_files([path])
    elapsed = time.perf_counter() - t
    if failed:
        return elapsed, None, failed[0].error, None, None
    doc = ws.get_document(done[0].document_id)
    rows = ws.recommendations(review=doc.review) if doc.review else []
    positions = Counter(r.position for r in rows)
    return elapsed, done[0], None, positions, doc.review


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="*", type=Path)
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    # reports before their responses (first-cycle responses count the report's items)
    files = sorted(args.files or registry_files(), key=lambda p: ("responses" in p.name, p.name))
    print(f"{'file':<58} {'review':<7} {'recs':>5} {'¶':>4}  positions")
    ratios = []
    with tempfile.TemporaryDirectory() as tmp:
        # one workspace per round, the files imported into it in turn
        spaces = [Workspace.open(Path(tmp) / f"w{r}.sqlite", "bench") for r in range(args.rounds)]
        for path in files:
            fulls, bares = [], []
            result = None
            for ws in spaces:
                bares.append(bare(path))
                elapsed, result, error, positions, review = one(ws, path)
                fulls.append(elapsed)
            if result is None:
                print(f"{path.name:<58} FAILED: {error}")
                continue
            pos = ", ".join(f"{k} {v}" for k, v in sorted(positions.items()))
            print(
                f"{path.name:<58} {review or '-':<7} {result.recommendations:>5} "
                f"{result.paragraphs:>4}  {pos}"
            )
            p = pages(path)
            full, base = statistics.median(fulls), statistics.median(bares)
            if p:
                ratios.append(full / base)
                print(
                    f"{'':<58} {p} pages: import {full * 1000 / p:.1f} ms/page, bare "
                    f"PyMuPDF {base * 1000 / p:.1f} ms/page, ratio {full / base:.2f}x"
                )
            else:
                print(f"{'':<58} import {full * 1000:.0f} ms (Word file; no PDF baseline)")
        for ws in spaces:
            ws.close()
    if ratios:
        print(f"median ratio over the PDFs: {statistics.median(ratios):.2f}x bare PyMuPDF")


if __name__ == "__main__":
    main()
