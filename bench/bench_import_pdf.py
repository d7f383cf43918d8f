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
The import is run twice in each round: as it runs (a long document's pages read by
two processes, reviewer/ingest/pdf_pages.py) and with every page read in this
process alone; the phases are those of the first.  Every phase is printed in seconds
and as a multiple of bare; the import's ratio to bare is the issue's measure (goal
≤ 1.2x), also taken round by round (each import against the bare run beside it).
CPU time is printed beside wall time: on a shared machine it moves less.  The
import's CPU time includes the helper process's (reaped, so counted in
RUSAGE_CHILDREN): two processes lower the wall time and raise the CPU time.

Usage: python bench/bench_import_pdf.py [--rounds 5] [--parallel-from N] [FILE.pdf ...]
"""

from __future__ import annotations

import argparse
import functools
import os
import resource
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
import reviewer.ingest.pdf_pages as pages_mod  # noqa: E402
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
    "helper's pages",
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
    CLOCK.wrap(pages_mod, "read_page", "lines")
    # the pages the helper process sent, taken and unpacked here (its own time is not
    # this process's: printed apart)
    CLOCK.wrap(pages_mod._Helper, "collect", "helper's pages")
    CLOCK.wrap(pages_mod._Helper, "start", "helper's pages")
    CLOCK.wrap(pages_mod._Helper, "stop", "helper's pages")
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


def children_cpu() -> float:
    ru = resource.getrusage(resource.RUSAGE_CHILDREN)
    return ru.ru_utime + ru.ru_stime


def full_import(path: Path, tmp: Path, i: int, alone: bool = False):
    """(wall, cpu with the helper's), phases, result, the helper's cpu."""
    ws = Workspace.open(tmp / f"bench-{path.stem[:20]}-{i}-{int(alone)}.sqlite", author="bench")
    ws.background_indexing = True  # as the window: the import returns once stored
    CLOCK.reset()
    kept = pages_mod.PARALLEL_FROM
    if alone:
        pages_mod.PARALLEL_FROM = sys.maxsize
    try:
        w, c, h = time.perf_counter(), time.process_time(), children_cpu()
        result = ws.import_file(path)
        wall = time.perf_counter() - w
        pages_mod.wait_reaped()  # (the helper's cpu is counted once it is reaped)
        helper = children_cpu() - h
        cpu = time.process_time() - c + helper
    finally:
        pages_mod.PARALLEL_FROM = kept
    phases = {k: (CLOCK.wall[k], CLOCK.cpu[k]) for k in PHASES}
    phases["helper process (its cpu)"] = (0.0, helper)
    # this process's own: the wall time the import would take with a core free for
    # the helper (on a busy machine the two share one)
    phases["import in this process"] = (0.0, cpu - helper)
    w, c = time.perf_counter(), time.process_time()
    index = getattr(ws, "index_pending", None)  # (none before indexing was deferred)
    if index is not None:
        index()
    phases["indexing (background)"] = (time.perf_counter() - w, time.process_time() - c)
    ws.close()
    return (wall, cpu), phases, result


def ratios(label: str, num: list[tuple[float, float]], den: list[tuple[float, float]]) -> None:
    med = statistics.median
    for k, what in ((0, "wall"), (1, "cpu")):
        r = sorted(n[k] / d[k] for n, d in zip(num, den, strict=True))
        print(
            f"  {label} {what} ratio by round: median {med(r):.2f}, "
            f"range {r[0]:.2f}-{r[-1]:.2f} (goal <= 1.2)"
        )


def bench_file(path: Path, rounds: int, tmp: Path) -> None:
    bares: list[tuple[float, float]] = []
    fulls: list[tuple[float, float]] = []
    alones: list[tuple[float, float]] = []
    split: dict[str, list[tuple[float, float]]] = defaultdict(list)
    bare(path)  # warm caches for both sides
    result = None
    for i in range(rounds):
        bares.append(bare(path))
        total, phases, result = full_import(path, tmp, i)
        fulls.append(total)
        for k, v in phases.items():
            split[k].append(v)
        alones.append(full_import(path, tmp, i, alone=True)[0])
    with pymupdf.open(path) as doc:
        pages = doc.page_count
    med = statistics.median
    bw, bc = med(b[0] for b in bares), med(b[1] for b in bares)
    print(f"\n{path.name} ({pages} pages; two processes from {pages_mod.PARALLEL_FROM})")
    assert result is not None
    print(
        f"  imported {result.paragraphs} paragraphs, {result.footnotes} footnotes, "
        f"{result.links} links; rounds {rounds}, medians; load average "
        + " ".join(f"{x:.2f}" for x in os.getloadavg())
    )
    print(f"  {'':28}{'wall s':>8}{'x bare':>8}{'cpu s':>8}{'x bare':>8}")
    print(f"  {'bare get_text(dict)':28}{bw:8.3f}{1:8.2f}{bc:8.3f}{1:8.2f}")
    for k, vals in split.items():
        w, c = med(v[0] for v in vals), med(v[1] for v in vals)
        print(f"  {'  ' + k:28}{w:8.3f}{w / bw:8.2f}{c:8.3f}{c / bc:8.2f}")
    for label, runs in (("import, pages read alone", alones), ("import (to usable)", fulls)):
        w, c = med(f[0] for f in runs), med(f[1] for f in runs)
        print(f"  {label:28}{w:8.3f}{w / bw:8.2f}{c:8.3f}{c / bc:8.2f}")
    # the import's cpu in this process against bare's: what its wall time would be, as
    # a multiple of bare, with a core free for the helper (on a busy machine it is not)
    here = sorted(v[1] / b[1] for v, b in zip(split["import in this process"], bares, strict=True))
    print(
        f"  this process's cpu ratio by round: median {med(here):.2f}, "
        f"range {here[0]:.2f}-{here[-1]:.2f} (the wall ratio with a core free for the helper)"
    )
    # each round's import against the bare run just before it (they alternate, so a
    # busy spell on the shared machine weighs on both): less noisy than the medians
    ratios("import (to usable)", fulls, bares)
    ratios("read alone", alones, bares)


def break_even(path: Path, rounds: int) -> None:
    """Reading the first N pages of ``path`` (pdf_pages.read_pages) alone and with the
    helper process, for a few N: where two processes start to pay.  "here" is this
    process's CPU time (what the wall time would be with a core free for the helper),
    "all" adds the helper's."""
    src = pymupdf.open(path)
    print(
        f"\nreading the first N pages of {path.name}, alone and with the helper (ms, "
        f"median of {rounds * 3}); load average " + " ".join(f"{x:.2f}" for x in os.getloadavg())
    )
    print(
        f"  {'N':>4}{'alone wall':>12}{'cpu':>7}{'two wall':>10}{'here':>7}{'all':>7}"
        f"{'wall x':>8}{'here x':>8}"
    )
    for n in (2, 4, 6, 8, 12, 16, 24, 32, 64):
        if n > src.page_count:
            break
        part = pymupdf.open()
        part.insert_pdf(src, from_page=0, to_page=n - 1)
        doc = pymupdf.open(stream=part.tobytes(), filetype="pdf")
        runs: dict[int, list[tuple[float, float, float]]] = {sys.maxsize: [], 1: []}
        for _ in range(rounds * 3):
            for least, out in runs.items():
                w, c, h = time.perf_counter(), time.process_time(), children_cpu()
                pages_mod.read_pages(doc, path.name, least)
                wall, here = time.perf_counter() - w, time.process_time() - c
                pages_mod.wait_reaped()
                out.append((wall, here, here + children_cpu() - h))
        med = statistics.median
        aw, ac, _ = (med(r[k] for r in runs[sys.maxsize]) * 1000 for k in (0, 1, 2))
        tw, th, tc = (med(r[k] for r in runs[1]) * 1000 for k in (0, 1, 2))
        print(
            f"  {n:>4}{aw:>12.1f}{ac:>7.1f}{tw:>10.1f}{th:>7.1f}{tc:>7.1f}"
            f"{tw / aw:>8.2f}{th / ac:>8.2f}"
        )


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="*", type=Path, default=DEFAULT)
    ap.add_argument("--rounds", type=int, default=5)
    ap.add_argument(
        "--parallel-from",
        type=int,
        default=None,
        help="the page count from which two processes read (default: the reader's own)",
    )
    ap.add_argument(
        "--break-even",
        action="store_true",
        help="also time reading the first N pages alone and with the helper process",
    )
    args = ap.parse_args()
    if args.parallel_from is not None:
        pages_mod.PARALLEL_FROM = args.parallel_from
    instrument()
    with tempfile.TemporaryDirectory() as tmp:
        for path in args.files:
            bench_file(path, args.rounds, Path(tmp))
    if args.break_even:
        break_even(args.files[0], args.rounds)


if __name__ == "__main__":
    main()
