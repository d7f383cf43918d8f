"""Switching review in the window: GUI-thread stalls on a workspace of 300 documents
in 20 reviews.

Builds a workspace of generated submissions (``import_parsed``, distinct bytes each,
some with the same title as another, as a .docx and a .pdf of one submission are),
plus China's and Slovenia's real thematic lists (509 recommendations), and places
the submissions in 20 reviews (10 States × cycles 3 and 4) with
``set_document_review``.  Then, in this process, opens the real ``MainWindow``
offscreen and measures on the GUI thread, each action followed by the repaint it
causes:

* opening the review switcher's list (``showPopup``), 20 times;
* switching review through the switcher, 20 times (each review once);
* switching to "All reviews" (every document, grouped under its review);
* switching through the 20 reviews again (the rows read are kept until a change).

Baseline in the same run: re-filling the documents pane with the rows it already
shows (``DocumentsPanel.set_documents``) and repainting.
Usage: python bench/bench_review_switch.py [--documents 300 --reviews 20] [--keep DIR]
No assertion on time; the target is a worst stall under 150 ms.
"""

from __future__ import annotations

import argparse
import gc
import hashlib
import os
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

STATES = ("CHN", "SVN", "FRA", "DEU", "BRA", "IND", "KEN", "MEX", "NOR", "ZAF")
LISTS = (
    ROOT / "tests" / "fixtures" / "un" / "China-UPR3-thematic-list-A_HRC_40_6.docx",
    ROOT / "tests" / "fixtures" / "un" / "Slovenia-UPR2-thematic-list-A_HRC_28_15.docx",
)


def review_codes(n: int) -> list[str]:
    return [f"{STATES[i % len(STATES)]}-{3 + i // len(STATES)}" for i in range(n)]


def build(path: Path, documents: int, reviews: int) -> float:
    from corpus import paragraph_text

    from reviewer.ingest.model import ParsedDocument, ParsedParagraph
    from reviewer.workspace import Workspace

    rng = random.Random(11)
    codes = review_codes(reviews)
    t0 = time.perf_counter()
    with Workspace.open(path, "bench") as ws:
        ws.import_files(list(LISTS))
        for d in range(documents):
            paras = []
            for i in range(rng.randint(20, 60)):
                text = paragraph_text(rng, rng.randint(40, 120))
                paras.append(ParsedParagraph(seq=i, label=str(i + 1), kind="body", text=text))
            twin = d % 7 == 1  # the same title as the document before: a look-alike
            n = d - 1 if twin else d
            fmt = "pdf" if twin else "txt"
            result = ws.import_parsed(
                ParsedDocument(
                    title=f"Joint submission {n + 1} to the Universal Periodic Review",
                    organisation=f"Coalition {n % 40 + 1}",
                    format=fmt,
                    file_name=f"js{d + 1}.{fmt}",
                    sha256=hashlib.sha256(f"review-switch-{d}".encode()).hexdigest(),
                    paragraphs=tuple(paras),
                )
            )
            ws.set_document_review(result.document_id, codes[d % len(codes)])
    return time.perf_counter() - t0


class GcPauses:
    """Python's full (generation 2) collections, timed: with the ~130,000 objects the
    imports leave (SQLAlchemy, PyMuPDF, Qt), each one stops the GUI thread for
    50–100 ms, whatever it was doing."""

    def __init__(self) -> None:
        self.pauses: list[float] = []
        self._start = 0.0
        gc.callbacks.append(self._callback)

    def _callback(self, phase: str, info: dict) -> None:
        if phase == "start":
            self._start = time.perf_counter()
        elif info.get("generation") == 2:
            self.pauses.append((time.perf_counter() - self._start) * 1000)


def measure(workspace: Path, freeze: bool = False) -> dict:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEventLoop, QSettings
    from PySide6.QtWidgets import QApplication

    from reviewer.workspace import Workspace
    from ui.app import settle_garbage_collector
    from ui.main_window import MainWindow
    from ui.resources import stylesheet
    from ui.session import Session
    from ui.settings import Settings

    app = QApplication.instance() or QApplication([])
    app.setStyle("Fusion")
    app.setStyleSheet(stylesheet())
    settings = Settings(
        QSettings(str(Path(tempfile.mkdtemp()) / "s.ini"), QSettings.Format.IniFormat)
    )
    window = MainWindow(Session(Workspace.open(workspace, "bench")), settings)
    window.resize(1280, 800)
    window.show()
    for _ in range(20):
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
    if freeze:  # what the program does once its window is up (ui.app)
        settle_garbage_collector()
    collections = GcPauses()

    def settle() -> None:
        app.processEvents()
        app.processEvents()

    def timed(action) -> float:
        before = len(collections.pauses)
        t0 = time.perf_counter()
        action()
        settle()  # the repaint the action caused, on the GUI thread too
        ms = (time.perf_counter() - t0) * 1000
        out["in_gc"].append(sum(collections.pauses[before:]))
        return ms

    sw = window.review_switcher
    codes = [c for c in sw.codes() if c]
    out: dict = {"reviews": len(codes), "documents": len(window.ws.documents()), "in_gc": []}

    popup = []
    for _ in range(20):
        popup.append(timed(sw.showPopup))
        assert sw.view().isVisible()
        sw.hidePopup()
        settle()
    switch = []
    for code in codes[:20]:
        i = sw.findData(code)
        switch.append(timed(lambda i=i: sw.setCurrentIndex(i)))
        assert window.current_review == code
    out["shown_last"] = window.documents.model.rowCount()
    out["all_reviews"] = timed(lambda: sw.setCurrentIndex(0))  # every row read already
    out["grouped"] = len(window.documents.tree.groups)
    again = []  # the same reviews once more: what was read is kept until a change
    for code in codes[:20]:
        i = sw.findData(code)
        again.append(timed(lambda i=i: sw.setCurrentIndex(i)))
    baseline = []
    rows = window.documents.model.rows()
    for _ in range(20):
        baseline.append(timed(lambda: window.documents.set_documents(rows)))
    out["popup"], out["switch"], out["again"], out["baseline"] = popup, switch, again, baseline
    out["gc"] = collections.pauses
    window.close()
    return out


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--documents", type=int, default=300)
    ap.add_argument("--reviews", type=int, default=20)
    ap.add_argument("--keep", type=Path, help="build (or reuse) the workspace in this folder")
    ap.add_argument("--no-freeze", dest="freeze", action="store_false",
                    help="leave out what the program does once its window is up: "
                         "gc.freeze(), so no full collection rescans what start-up made")  # fmt: skip
    args = ap.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp())
    folder.mkdir(parents=True, exist_ok=True)
    ws = folder / f"bench-reviews-{args.documents}-{args.reviews}.sqlite"
    if not ws.exists():
        built = build(ws, args.documents, args.reviews)
        print(f"workspace     {args.documents} documents in {args.reviews} reviews, "
              f"built in {built:.1f} s")  # fmt: skip
    r = measure(ws, args.freeze)
    base = statistics.mean(r["baseline"])

    def line(name: str, values: list[float]) -> str:
        mean = statistics.mean(values)
        return (f"{name:<13} mean {mean:6.1f} ms, worst {max(values):6.1f} ms "
                f"(×{mean / base:.1f} the baseline's mean) over {len(values)}")  # fmt: skip

    print(f"window        {r['documents']} documents, {r['reviews']} reviews in the switcher")
    print(line("open list", r["popup"]))
    print(line("switch", r["switch"]) + f"; the last review shows {r['shown_last']} documents")
    print(f"all reviews   {r['all_reviews']:.1f} ms ({r['grouped']} review nodes)")
    print(line("switch again", r["again"]))
    print(line("baseline", r["baseline"]).split(" (")[0] + " (set_documents with the same rows)")
    worst = max(max(r["popup"]), max(r["switch"]), max(r["again"]), r["all_reviews"])
    print(f"worst stall   {worst:.1f} ms (target: under 150 ms)")
    gcs = r["gc"]
    if gcs:
        print(f"of which      Python's full garbage collections: {len(gcs)} during the "
              f"{len(r['in_gc'])} actions, {max(gcs):.0f} ms the longest; worst stall "
              f"without them {max(t - g for t, g in zip(r['popup'] + r['switch'] + [r['all_reviews']] + r['again'], r['in_gc'], strict=False)):.1f} ms"
              f"{'' if args.freeze else ' (without the freeze the program does)'}")  # fmt: skip
    else:
        print("of which      no full garbage collection ran")


if __name__ == "__main__":
    main()
