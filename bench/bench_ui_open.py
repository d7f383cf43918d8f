"""The review window on a big workspace: time to a usable window, and GUI-thread stalls.

Builds a workspace of 300 documents / 60,000 paragraphs (the first document has
2,000 paragraphs, some with citations), then, in a fresh offscreen process:

* start → usable: from process start (the parent's clock before spawning, so the
  interpreter and Qt start-up count) to the first paint of the reading pane with
  the first document selected and its first paragraphs shown;
* stalls: a 5 ms QTimer heartbeat records the gaps between its ticks while the
  reading pane scrolls through the whole 2,000-paragraph document (fetching rows
  lazily) and then 50 paragraphs are selected one after another.

Baseline in the same run: the bare API calls a naive window would make,
``Workspace.documents()`` and ``document(id)`` (every paragraph of the 2,000 at once).
Usage: python bench/bench_ui_open.py [--documents 300 --paragraphs 60000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

BIG = 2000


def build(path: Path, documents: int, paragraphs: int) -> float:
    from corpus import paragraph_text

    from reviewer.ingest.model import ParsedDocument, ParsedParagraph
    from reviewer.workspace import Workspace

    rng = random.Random(7)
    per_doc = (paragraphs - BIG) // max(documents - 1, 1)
    t0 = time.perf_counter()
    with Workspace.open(path, "bench") as ws:
        for d in range(documents):
            n = BIG if d == 0 else per_doc
            paras = []
            for i in range(n):
                text = paragraph_text(rng, rng.randint(40, 140))
                if rng.random() < 0.25:
                    text = text[:-1] + f" in line with Suggestion 28.{rng.randint(1, 346)}."
                paras.append(ParsedParagraph(seq=i, label=str(i + 1), kind="body", text=text))
            ws.import_parsed(
                ParsedDocument(
                    title=f"Generated submission {d + 1} to the Universal Periodic Review",
                    organisation=f"Organisation {d + 1}",
                    format="txt",
                    file_name=f"g{d}.txt",
                    sha256=hashlib.sha256(f"g{d}".encode()).hexdigest(),
                    paragraphs=tuple(paras),
                )
            )
    return time.perf_counter() - t0


def child(workspace: Path, started: float) -> None:
    """Runs in a fresh process: everything measured from the parent's spawn time."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QObject, QSettings, QTimer
    from PySide6.QtWidgets import QApplication

    from reviewer.workspace import Workspace
    from ui.main_window import MainWindow
    from ui.resources import stylesheet
    from ui.session import Session
    from ui.settings import Settings

    out: dict = {"imports": time.time() - started}
    app = QApplication([])
    app.setStyle("Fusion")
    app.setStyleSheet(stylesheet())
    tmp = Path(tempfile.mkdtemp())
    settings = Settings(QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat))
    t_window = time.time()
    window = MainWindow(Session(Workspace.open(workspace, "bench")), settings)
    window.resize(1280, 800)
    out["construct"] = time.time() - t_window

    class FirstPaint(QObject):
        at: float | None = None

        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and self.at is None:
                if window.reading.model.rowCount() and window.documents.current_id():
                    self.at = time.time()
            return False

    fp = FirstPaint()
    window.reading.view.viewport().installEventFilter(fp)
    window.show()
    deadline = time.time() + 60
    while fp.at is None and time.time() < deadline:
        app.processEvents()
    out["usable"] = (fp.at or time.time()) - started
    out["window_to_usable"] = (fp.at or time.time()) - t_window
    out["first_document_paragraphs"] = window.reading.model.total()

    # -- stalls while scrolling the 2,000-paragraph document and selecting paragraphs
    gaps: list[float] = []
    last = [time.perf_counter()]

    phase_gaps: dict[str, list[float]] = {"scroll": [], "select": [], "done": []}

    def beat():
        now = time.perf_counter()
        gaps.append(now - last[0])
        phase_gaps[state["phase"]].append(now - last[0])
        last[0] = now

    heart = QTimer()
    heart.setInterval(5)
    heart.timeout.connect(beat)
    view = window.reading.view
    bar = view.verticalScrollBar()
    rng = random.Random(3)
    state = {"phase": "scroll", "selected": 0, "steps": 0}

    def step():
        if state["phase"] == "scroll":
            state["steps"] += 1
            bar.setValue(bar.value() + view.viewport().height())
            if bar.value() >= bar.maximum() and not window.reading.model.canFetchMore():
                state["phase"] = "select"
        elif state["selected"] < 50:
            window.reading.select_row(rng.randrange(window.reading.model.total()))
            state["selected"] += 1
        else:
            state["phase"] = "done"

    driver = QTimer()
    driver.setInterval(15)
    driver.timeout.connect(step)
    heart.start()
    driver.start()
    t0 = time.perf_counter()
    last[0] = t0
    while state["phase"] != "done" and time.perf_counter() - t0 < 300:
        app.processEvents()
        time.sleep(0.0005)
    heart.stop()
    driver.stop()
    out["interaction_s"] = time.perf_counter() - t0
    out["scroll_steps"] = state["steps"]
    out["loaded_rows"] = window.reading.model.rowCount()
    out["gaps_ms"] = sorted(g * 1000 for g in gaps)
    out["max_scroll_ms"] = max(phase_gaps["scroll"], default=0) * 1000
    out["max_select_ms"] = max(phase_gaps["select"], default=0) * 1000
    window.close()
    print("RESULT " + json.dumps(out))


def baseline(workspace: Path) -> dict:
    from reviewer.workspace import Workspace

    t0 = time.perf_counter()
    with Workspace.open(workspace, "bench") as ws:
        t1 = time.perf_counter()
        docs = ws.documents()
        t2 = time.perf_counter()
        detail = ws.document(docs[0].id)
        t3 = time.perf_counter()
        ids = ws.paragraph_ids(docs[0].id)
        first = ws.paragraphs(ids[:100])
        t4 = time.perf_counter()
    assert len(detail.paragraphs) == BIG and len(first) == 100
    return {"open": t1 - t0, "documents": t2 - t1, "document": t3 - t2, "lazy_first": t4 - t3}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--documents", type=int, default=300)
    ap.add_argument("--paragraphs", type=int, default=60_000)
    ap.add_argument("--keep", type=Path, help="build (or reuse) the workspace in this folder")
    ap.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--started", type=float, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        return child(args.child, args.started)

    folder = args.keep or Path(tempfile.mkdtemp())
    folder.mkdir(parents=True, exist_ok=True)
    ws = folder / f"bench-ui-{args.documents}-{args.paragraphs}.sqlite"
    built = None
    if not ws.exists():
        built = build(ws, args.documents, args.paragraphs)
    base = baseline(ws)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    started = time.time()
    proc = subprocess.run(
        [sys.executable, __file__, "--child", str(ws), "--started", str(started)],
        capture_output=True, text=True, env=env, timeout=900,
    )  # fmt: skip
    line = next((x for x in proc.stdout.splitlines() if x.startswith("RESULT ")), None)
    if line is None:
        sys.exit(f"child failed:\n{proc.stderr}")
    r = json.loads(line[7:])
    gaps = r["gaps_ms"]
    ms = lambda s: s * 1000  # noqa: E731
    pct = lambda q: gaps[min(len(gaps) - 1, int(q * (len(gaps) - 1)))]  # noqa: E731
    if built is not None:
        print(f"workspace          {args.documents} documents, {args.paragraphs} paragraphs "
              f"built in {built:.1f} s")  # fmt: skip
    print(f"start → usable     {ms(r['usable']):.0f} ms from process start "
          f"(Python+Qt imports {ms(r['imports']):.0f} ms, window built in "
          f"{ms(r['construct']):.0f} ms, shown and painted {ms(r['window_to_usable']):.0f} ms "
          f"after construction began); first document: {r['first_document_paragraphs']} ¶")  # fmt: skip
    print(f"stalls             heartbeat 5 ms over {r['interaction_s']:.1f} s: "
          f"max gap {gaps[-1]:.0f} ms, p99 {pct(0.99):.0f} ms, median {statistics.median(gaps):.1f} ms, "
          f"{sum(g > 50 for g in gaps)} gaps > 50 ms, {sum(g > 100 for g in gaps)} > 100 ms "
          f"({r['scroll_steps']} page scrolls to row {r['loaded_rows']}: max {r['max_scroll_ms']:.0f} ms; "
          f"then 50 selections: max {r['max_select_ms']:.0f} ms)")  # fmt: skip
    print(f"baseline           Workspace.open {ms(base['open']):.0f} ms, documents() "
          f"{ms(base['documents']):.0f} ms, document(id) of {BIG} ¶ {ms(base['document']):.0f} ms; "
          f"lazy paragraph_ids + first 100 rows {ms(base['lazy_first']):.0f} ms")  # fmt: skip


if __name__ == "__main__":
    main()
