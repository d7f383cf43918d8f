"""PDF import against PyMuPDF's bare text extraction, phase by phase.

For each file, alternating in the same run, ``--rounds`` times (median):
- bare: ``get_text("dict")`` of every page with PyMuPDF's default flags, the issue's
  baseline (the reader's own call, its flags, is timed as the ``extraction`` phase);
- the real import (``Workspace.import_file`` into a fresh workspace file, indexing in
  the background as the window does), its time split into phases by timing the
  functions that do each part: extraction (PyMuPDF: opening the file and its pages,
  the reader's get_text), lines (the rest of reading a page), furniture and footnotes,
  paragraphs (the rest of the PDF reader), other reading (telling the file's kind),
  links, storing rows, storing checks (the rest of storing: same text, review, history),
  commit, other (reading the file, recording its source), and the search indexing that
  follows in the background (``Workspace.index_pending``: not part of the import's time).
Every phase is printed in seconds and as a multiple of bare; the import's ratio to
bare is the issue's measure (goal ≤ 1.2x), also taken round by round (each import
against the bare run beside it).  CPU time is printed beside wall time: on a shared
machine it moves less.

Usage: python bench/bench_import_pdf.py [--rounds 5] [FILE.pdf ...]
"""

from __future__ import annotations

import argparse
import functools
import statistics
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pymupdf  # noqa: E402
from sqlalchemy.engine.default import DefaultDialect  # noqa: E402

import reviewer.ingest.pdf as pdf_mod  # noqa: E402
from reviewer.workspace import Workspace  # noqa: E402
from reviewer.workspace import importing as importing_mod  # noqa: E402

DEFAULT = [
    ROOT / "bench" / "data" / "A_HRC_28_2-council-session-report-181p.pdf",
    ROOT / "tests" / "fixtures" / "un" / "Slovenia-UPR2-A_HRC_WG.6_20_SVN_1-national-report.pdf",
    ROOT
    / "tests"
    / "fixtures"
    / "un"
    / "Slovenia-UPR2-A_HRC_WG.6_20_SVN_3-stakeholder-summary.pdf",
]
PHASES = (
    "extraction",
    "lines",
    "furniture+notes",
    "paragraphs",
    "other reading",
    "links",
    "storing rows",
    "storing checks",
    "commit",
    "other",
)


class Clock:
    """Exclusive time per phase: a timed call's own time, less the timed calls inside."""

    def __init__(self) -> None:
        self.wall: dict[str, float] = defaultdict(float)
        self.cpu: dict[str, float] = defaultdict(float)
        self._stack: list[list[float]] = []  # [child wall, child cpu] per open call

    def reset(self) -> None:
        self.wall.clear()
        self.cpu.clear()

    def wrap(self, owner: object, name: str, phase: str) -> None:
        fn = getattr(owner, name)
        clock = self

        @functools.wraps(fn)
        def timed(*args, **kwargs):
            w0, c0 = time.perf_counter(), time.process_time()
            clock._stack.append([0.0, 0.0])
            try:
                return fn(*args, **kwargs)
            finally:
                child_w, child_c = clock._stack.pop()
                w, c = time.perf_counter() - w0, time.process_time() - c0
                clock.wall[phase] += w - child_w
                clock.cpu[phase] += c - child_c
                if clock._stack:
                    clock._stack[-1][0] += w
                    clock._stack[-1][1] += c

        setattr(owner, name, timed)


CLOCK = Clock()


def instrument() -> None:
    """Time the reader's and the store's parts (this process only)."""
    import reviewer.ingest.pdf_lines as lines_mod

    CLOCK.wrap(importing_mod.Importer, "import_file", "other")
    CLOCK.wrap(importing_mod.Importer, "import_bytes", "other reading")
    # parse_bytes imports parse_pdf from its module at each call: the patched one
    CLOCK.wrap(pdf_mod, "parse_pdf", "paragraphs")
    CLOCK.wrap(pdf_mod, "read_page", "lines")
    CLOCK.wrap(lines_mod.pymupdf.Page, "get_text", "extraction")
    CLOCK.wrap(lines_mod.pymupdf.Page, "get_textpage", "extraction")
    # opening the file and its pages: PyMuPDF's, which bare does too
    CLOCK.wrap(lines_mod.pymupdf.Document, "load_page", "extraction")
    CLOCK.wrap(pdf_mod, "_open", "extraction")
    for name in ("find_symbol", "mark_masthead", "mark_furniture", "split_notes"):
        CLOCK.wrap(pdf_mod, name, "furniture+notes")
    CLOCK.wrap(pdf_mod, "tie_plain_markers", "furniture+notes")
    CLOCK.wrap(importing_mod.Importer, "import_parsed", "storing checks")
    CLOCK.wrap(importing_mod, "store_content", "storing rows")
    CLOCK.wrap(importing_mod, "plan_links", "links")
    CLOCK.wrap(DefaultDialect, "do_commit", "commit")


def bare(path: Path) -> tuple[float, float]:
    w, c = time.perf_counter(), time.process_time()
    with pymupdf.open(path) as doc:
        for page in doc:
            page.get_text("dict")
    return time.perf_counter() - w, time.process_time() - c


def full_import(path: Path, tmp: Path, i: int):
    ws = Workspace.open(tmp / f"bench-{path.stem[:20]}-{i}.sqlite", author="bench")
    ws.background_indexing = True  # as the window: the import returns once stored
    CLOCK.reset()
    w, c = time.perf_counter(), time.process_time()
    result = ws.import_file(path)
    wall, cpu = time.perf_counter() - w, time.process_time() - c
    phases = {k: (CLOCK.wall[k], CLOCK.cpu[k]) for k in PHASES}
    w, c = time.perf_counter(), time.process_time()
    index = getattr(ws, "index_pending", None)  # (none before indexing was deferred)
    if index is not None:
        index()
    phases["indexing (background)"] = (time.perf_counter() - w, time.process_time() - c)
    ws.close()
    return (wall, cpu), phases, result


def bench_file(path: Path, rounds: int, tmp: Path) -> None:
    bares: list[tuple[float, float]] = []
    fulls: list[tuple[float, float]] = []
    split: dict[str, list[tuple[float, float]]] = defaultdict(list)
    bare(path)  # warm caches for both sides
    result = None
    for i in range(rounds):
        bares.append(bare(path))
        total, phases, result = full_import(path, tmp, i)
        fulls.append(total)
        for k, v in phases.items():
            split[k].append(v)
    with pymupdf.open(path) as doc:
        pages = doc.page_count
    med = statistics.median
    bw, bc = med(b[0] for b in bares), med(b[1] for b in bares)
    fw, fc = med(f[0] for f in fulls), med(f[1] for f in fulls)
    print(f"\n{path.name} ({pages} pages)")
    assert result is not None
    print(
        f"  imported {result.paragraphs} paragraphs, {result.footnotes} footnotes, "
        f"{result.links} links; rounds {rounds}, medians"
    )
    print(f"  {'':24}{'wall s':>8}{'x bare':>8}{'cpu s':>8}{'x bare':>8}")
    print(f"  {'bare get_text(dict)':24}{bw:8.3f}{1:8.2f}{bc:8.3f}{1:8.2f}")
    for k, vals in split.items():
        w, c = med(v[0] for v in vals), med(v[1] for v in vals)
        print(f"  {'  ' + k:24}{w:8.3f}{w / bw:8.2f}{c:8.3f}{c / bc:8.2f}")
    print(f"  {'import (to usable)':24}{fw:8.3f}{fw / bw:8.2f}{fc:8.3f}{fc / bc:8.2f}")
    # each round's import against the bare run just before it (the two alternate, so
    # a busy spell on the shared machine weighs on both): less noisy than the medians
    paired = sorted(f[1] / b[1] for f, b in zip(fulls, bares, strict=True))
    print(
        f"  cpu ratio by round: median {med(paired):.2f}, "
        f"range {paired[0]:.2f}-{paired[-1]:.2f} (goal <= 1.2)"
    )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="*", type=Path, default=DEFAULT)
    ap.add_argument("--rounds", type=int, default=5)
    args = ap.parse_args()
    instrument()
    with tempfile.TemporaryDirectory() as tmp:
        for path in args.files:
            bench_file(path, args.rounds, Path(tmp))


if __name__ == "__main__":
    main()
