"""The review window on a big workspace: time to a usable window, and GUI-thread stalls.

Builds a workspace of 300 documents / 60,000 paragraphs (the first document has
2,000 paragraphs) with the work a review leaves: China's thematic list in the
registry, a quarter of the paragraphs citing one of its recommendations (links),
tags on a fifth of the first document's paragraphs and notes on a twentieth (and a
tag and a note in every third other document); then the window started as a person
starts it, ``python -m ui --workspace W`` (``ui.app.main``: the frame painted first,
the core imported and W opened off the GUI thread), watched by ``bench/start_probe.py``:

* start → usable: from process start (the parent's clock before spawning, so the
  interpreter and Qt start-up count) until the documents pane has painted its
  documents, the reading pane the first document's paragraphs, and a real click on
  another document has been answered; the median of ``--rounds`` starts, wall and CPU;
* stalls (one more start, continuing once usable): a 5 ms QTimer heartbeat records
  the gaps between its ticks while the reading pane scrolls through the whole
  2,000-paragraph document (fetching rows lazily) and then 50 paragraphs are selected
  one after another.

Baselines in the same run: the bare API calls a naive window would make,
``Workspace.documents()`` and ``document(id)`` (every paragraph of the 2,000 at once);
and the bare Qt floor: a fresh process showing an empty QMainWindow (1280×800) to its
first paint, on the same clock (the median of five), with the ratio.
Usage: python bench/bench_ui_open.py [--documents 300 --paragraphs 60000] [--keep DIR]
                                     [--rounds 5]
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

import start_probe  # noqa: E402  (bench/, on the path above)

BIG = 2000
REGISTRY = ROOT / "resources" / "sample" / "China-UPR3-thematic-list-A_HRC_40_6.docx"
TAGS = ("Key point", "Follow up", "Quote in brief", "Disputed")


def build(path: Path, documents: int, paragraphs: int) -> float:
    from corpus import paragraph_text

    from reviewer.ingest.model import ParsedDocument, ParsedParagraph
    from reviewer.workspace import Workspace

    rng = random.Random(7)
    per_doc = (paragraphs - BIG) // max(documents - 1, 1)
    t0 = time.perf_counter()
    with Workspace.open(path, "bench") as ws:
        ws.import_file(REGISTRY)  # A/HRC/40/6: 346 recommendations, 28.1 to 28.346
        for d in range(documents):
            n = BIG if d == 0 else per_doc
            paras = []
            for i in range(n):
                text = paragraph_text(rng, rng.randint(40, 140))
                if rng.random() < 0.25:  # a citation the import links
                    text = text[:-1] + f" (A/HRC/40/6, 28.{rng.randint(1, 346)})."
                paras.append(ParsedParagraph(seq=i, label=str(i + 1), kind="body", text=text))
            done = ws.import_parsed(
                ParsedDocument(
                    title=f"Generated submission {d + 1} to the Universal Periodic Review",
                    organisation=f"Organisation {d + 1}",
                    format="txt",
                    file_name=f"g{d}.txt",
                    sha256=hashlib.sha256(f"g{d}".encode()).hexdigest(),
                    paragraphs=tuple(paras),
                )
            )
            ids = ws.paragraph_ids(done.document_id)
            for i, pid in enumerate(ids if d == 0 else ids[:2] if d % 3 == 0 else ()):
                if i % 5 == 0:
                    ws.add_tag(pid, TAGS[i % len(TAGS)])
                if i % 20 == 1:
                    ws.add_note(pid, f"Bench note {i}: raise this with the delegation.")
    return time.perf_counter() - t0


def counts(path: Path) -> dict:
    from sqlalchemy import text

    from reviewer.workspace import Workspace

    with Workspace.open(path, "bench") as ws, ws.read() as s:
        tables = ("document", "paragraph", "recommendation", "link", "paragraph_tag", "note")
        return {t: s.execute(text(f"SELECT count(*) FROM {t}")).scalar() for t in tables}


def interact(window) -> None:
    """Run by ``start_probe`` on the GUI thread once the real start's window is usable:
    stalls while the reading pane scrolls through the 2,000-paragraph document and 50
    paragraphs are selected; prints ``RESULT {json}`` and ends the process."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ui.startup import settle_garbage_collector

    app = QApplication.instance()
    settle_garbage_collector()  # (done at the first paint already: a no-op then)
    big = max(window.ws.documents(), key=lambda d: d.paragraphs)
    window.documents.select(big.id)
    while window.reading.busy:
        app.processEvents()
    out: dict = {"first_document_paragraphs": window.reading.model.total()}
    gaps: list[float] = []
    last = [time.perf_counter()]
    phase_gaps: dict[str, list[float]] = {"scroll": [], "select": [], "done": []}
    state = {"phase": "scroll", "selected": 0, "steps": 0}

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
    print("RESULT " + json.dumps(out), flush=True)
    os._exit(0)


def baseline(workspace: Path) -> dict:
    from reviewer.workspace import Workspace

    t0 = time.perf_counter()
    with Workspace.open(workspace, "bench") as ws:
        t1 = time.perf_counter()
        docs = ws.documents()
        t2 = time.perf_counter()
        big = max(docs, key=lambda d: d.paragraphs)  # the 2,000 (the registry's list has none)
        detail = ws.document(big.id)
        t3 = time.perf_counter()
        ids = ws.paragraph_ids(big.id)
        first = ws.paragraphs(ids[:100])
        t4 = time.perf_counter()
    assert len(detail.paragraphs) == BIG and len(first) == 100
    return {"open": t1 - t0, "documents": t2 - t1, "document": t3 - t2, "lazy_first": t4 - t3}


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--documents", type=int, default=300)
    ap.add_argument("--paragraphs", type=int, default=60_000)
    ap.add_argument("--keep", type=Path, help="build (or reuse) the workspace in this folder")
    ap.add_argument("--rounds", type=int, default=5, help="real starts to usable")
    args = ap.parse_args()

    folder = args.keep or Path(tempfile.mkdtemp())
    folder.mkdir(parents=True, exist_ok=True)
    ws = folder / f"bench-ui-{args.documents}-{args.paragraphs}-annotated.sqlite"
    built = None
    if not ws.exists():
        built = build(ws, args.documents, args.paragraphs)
    made = counts(ws)
    base = baseline(ws)
    env = start_probe.environment(folder / "pycache")
    subprocess.run([sys.executable, "-c", "import ui.app, ui.main_window"], cwd=ROOT, env=env,
                   check=True, timeout=300)  # fmt: skip
    data = Path(tempfile.mkdtemp())  # the window's settings: never the user's
    floor = start_probe.bare(env)
    start_probe.start(ws, data, env)  # warm-up: the OS's file cache, the settings made
    starts = [start_probe.start(ws, data, env) for _ in range(args.rounds)]
    run = start_probe.start(ws, data, env, then="bench_ui_open:interact")
    r = run["result"]
    gaps = r["gaps_ms"]
    ms = lambda s: s * 1000  # noqa: E731
    pct = lambda q: gaps[min(len(gaps) - 1, int(q * (len(gaps) - 1)))]  # noqa: E731
    usable = [x["usable"][0] for x in starts]
    painted = [x["painted"][0] for x in starts]
    cpu = [x["usable"][1] for x in starts]
    print(f"workspace          {made['document']} documents, {made['paragraph']} paragraphs, "
          f"{made['recommendation']} recommendations, {made['link']} links, "
          f"{made['paragraph_tag']} tags on paragraphs, {made['note']} notes"
          + (f"; built in {built:.1f} s" if built is not None else ""))  # fmt: skip
    print(f"start → usable     {start_probe.summary(usable)} from process start, median "
          f"(range) of {args.rounds} starts as a person starts it (python -m ui --workspace W) "
          f"to the documents and the first document's paragraphs painted and a click on "
          f"another document answered; CPU {start_probe.summary(cpu)}; load "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")  # fmt: skip
    print(f"bare Qt floor      {ms(floor['wall']):.0f} ms from process start to an empty "
          f"QMainWindow's first paint (median of 5, CPU {ms(floor['cpu']):.0f} ms); our first "
          f"paint {start_probe.summary(painted)} = "
          f"{statistics.median(painted) / floor['wall']:.1f}x (goal <= 3x), usable "
          f"{statistics.median(usable) / floor['wall']:.1f}x the floor")  # fmt: skip
    print(f"stalls             heartbeat 5 ms over {r['interaction_s']:.1f} s: "
          f"max gap {gaps[-1]:.0f} ms, p99 {pct(0.99):.0f} ms, median {statistics.median(gaps):.1f} ms, "
          f"{sum(g > 50 for g in gaps)} gaps > 50 ms, {sum(g > 100 for g in gaps)} > 100 ms "
          f"({r['scroll_steps']} page scrolls to row {r['loaded_rows']} of "
          f"{r['first_document_paragraphs']}: max {r['max_scroll_ms']:.0f} ms; "
          f"then 50 selections: max {r['max_select_ms']:.0f} ms)")  # fmt: skip
    print(f"baseline           Workspace.open {ms(base['open']):.0f} ms, documents() "
          f"{ms(base['documents']):.0f} ms, document(id) of {BIG} ¶ {ms(base['document']):.0f} ms; "
          f"lazy paragraph_ids + first 100 rows {ms(base['lazy_first']):.0f} ms")  # fmt: skip


if __name__ == "__main__":
    main()
