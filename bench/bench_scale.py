"""The review window at 75k, 300k and 1.2M paragraphs: open time, GUI-thread stalls, RSS.

Builds (once; ``--keep DIR`` reuses) workspaces of real-looking work: OHCHR's thematic
list of China's 3rd-cycle recommendations (346 rows), CANGO's submission, then
generated submissions of ~300 paragraphs whose words are drawn from the fixtures'
real prose (so a search hits as many paragraphs as in life), about one paragraph in
six citing ``A/HRC/40/6, 28.N`` (linked at import), the first one of 3,000
paragraphs; then tags, notes and reviewed marks through the workspace API.

Each size is measured in a fresh offscreen process:

* open: process start to the first paint of the reading pane with the first
  document's paragraphs (the interpreter, Qt and our imports included);
* stalls: a 5 ms QTimer heartbeat on the GUI thread records the gaps between its
  ticks while the person works: scrolling the 3,000-paragraph document page by page,
  selecting 30 paragraphs, filtering (a tag here, a tag in all documents, unreviewed,
  reset), linking 10 paragraphs to recommendations (each an undoable command; the
  registry tab's first build after the fifth, a phase of its own) and searching 6
  queries typed into the search field; the worst gap in each phase is
  the longest the window could not answer;
* RSS: the process's peak resident memory (``ru_maxrss``) at the end.

Each phase's worst gap is also given as the CPU the GUI thread itself used in it: on
a shared machine a gap counts time the process waited for a core too.

Baseline in the same run: a bare PySide6 window in a fresh process (start to first
paint, and the worst heartbeat gap over 3 s doing nothing: the timer's own floor on
this machine); every size is also printed against the smallest one built.
Goals (issue 19): at 1.2M no stall over 50 ms, RSS under 600 MB, usable in < 1.5 s.

Usage: python bench/bench_scale.py [--sizes 75000,300000,1200000] [--keep DIR]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))

FIXTURES = ROOT / "tests" / "fixtures"
REGISTRY = FIXTURES / "un" / "China-UPR3-thematic-list-A_HRC_40_6.docx"
CANGO = FIXTURES / "cango" / "cango-upr4-submission.docx"
BIG = 3000  # paragraphs of the first generated document (the one scrolled)
PER_DOC = 300
QUERIES = ("education", "women rural", '"human rights"', "discrimin*", "torture OR detention",
           "belt road")  # fmt: skip
GOAL_STALL_MS, GOAL_RSS_MB, GOAL_OPEN_S = 50, 600, 1.5


# ------------------------------------------------------------------------- building


def build(path: Path, paragraphs: int) -> float:
    import hashlib

    from corpus import real_unigrams

    from reviewer.ingest.model import ParsedDocument, ParsedParagraph
    from reviewer.workspace import Workspace

    words = real_unigrams()
    rng = random.Random(11)
    t0 = time.perf_counter()
    with Workspace.open(path, "bench") as ws:
        ws.import_file(REGISTRY)
        ws.import_file(CANGO)
        made, d = 0, 0
        while made < paragraphs:
            n = BIG if d == 0 else min(PER_DOC, paragraphs - made)
            paras = []
            for i in range(n):
                text = " ".join(rng.choice(words) for _ in range(rng.randint(30, 110)))
                text = text[:1].upper() + text[1:] + "."
                if rng.random() < 0.16:
                    text = text[:-1] + f" (A/HRC/40/6, 28.{rng.randint(1, 346)})."
                paras.append(ParsedParagraph(seq=i, label=str(i + 1), kind="body", text=text))
            ws.import_parsed(
                ParsedDocument(
                    title=f"Generated submission {d + 1} to the Universal Periodic Review",
                    organisation=f"Organisation {d % 97 + 1}",
                    format="txt",
                    file_name=f"g{d}.txt",
                    sha256=hashlib.sha256(f"scale-{d}".encode()).hexdigest(),
                    paragraphs=tuple(paras),
                )
            )
            made += n
            d += 1
        first = next(x for x in ws.documents() if x.title.startswith("Generated submission 1 "))
        ids = ws.paragraph_ids(first.id)
        for name in ("follow up", "key point", "disputed"):
            ws.create_tag(name)
        for i, pid in enumerate(rng.sample(ids, 600)):
            ws.add_tag(pid, ("follow up", "key point", "disputed")[i % 3])
        for pid in rng.sample(ids, 150):
            ws.add_note(pid, "Check this against the State's mid-term report.")
        for pid in rng.sample(ids, 400):
            ws.set_reviewed(pid, True)
    return time.perf_counter() - t0


# ------------------------------------------------------------------- the measured child


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


class Heart:
    """A 5 ms heartbeat on the GUI thread; each phase keeps its worst gap, and the most
    CPU the GUI thread itself used in one gap (``time.thread_time``): on a shared,
    overloaded machine a gap also counts the time the process was not given a core
    (or another thread held the GIL), the CPU figure only the window's own work."""

    def __init__(self) -> None:
        from PySide6.QtCore import QTimer

        self.phase = "idle"
        self.worst: dict[str, float] = {}
        self.worst_cpu: dict[str, float] = {}
        self.beats: dict[str, int] = {}
        self.last = time.perf_counter()
        self.last_cpu = time.thread_time()
        self.timer = QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self.beat)
        self.timer.start()

    def beat(self) -> None:
        now = time.perf_counter()
        cpu = time.thread_time()
        gap, used = (now - self.last) * 1000, (cpu - self.last_cpu) * 1000
        self.last, self.last_cpu = now, cpu
        self.worst[self.phase] = max(self.worst.get(self.phase, 0.0), gap)
        self.worst_cpu[self.phase] = max(self.worst_cpu.get(self.phase, 0.0), used)
        self.beats[self.phase] = self.beats.get(self.phase, 0) + 1

    def enter(self, phase: str) -> None:
        self.beat()  # closes the previous phase's gap where it belongs
        self.phase = phase


def _settle(app, seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.0005)


def child(workspace: Path, started: float) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QObject, QSettings
    from PySide6.QtWidgets import QApplication

    from reviewer.workspace import Workspace
    from ui.main_window import MainWindow
    from ui.panels.filter_bar import Filters
    from ui.resources import stylesheet
    from ui.session import Session
    from ui.settings import Settings
    from ui.undo import LinkCommand

    out: dict = {}
    app = QApplication([])
    app.setStyle("Fusion")
    app.setStyleSheet(stylesheet())
    tmp = Path(tempfile.mkdtemp())
    settings = Settings(QSettings(str(tmp / "s.ini"), QSettings.Format.IniFormat))
    session = Session(Workspace.open(workspace, "bench"))
    window = MainWindow(session, settings)
    window.resize(1280, 800)

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
    deadline = time.time() + 120
    while fp.at is None and time.time() < deadline:
        app.processEvents()
    out["open_s"] = (fp.at or time.time()) - started
    out["rss_open_mb"] = _rss_mb()

    ws = session.ws
    big = next(d for d in ws.documents() if d.title.startswith("Generated submission 1 "))
    heart = Heart()
    heart.enter("select document")
    window.documents.select(big.id)
    _settle(app, 1.0)

    heart.enter("scroll")
    view = window.reading.view
    bar = view.verticalScrollBar()
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < 120:
        bar.setValue(bar.value() + view.viewport().height())
        _settle(app, 0.015)
        if bar.value() >= bar.maximum() and not window.reading.model.canFetchMore():
            break
    out["scrolled_rows"] = window.reading.model.rowCount()

    heart.enter("select")
    rng = random.Random(3)
    for _ in range(30):
        window.reading.select_row(rng.randrange(window.reading.model.total()))
        _settle(app, 0.03)

    heart.enter("filter")
    bar_f = window.reading.filter_bar
    for f in (Filters(tag="follow up"), Filters(tag="key point", all_documents=True),
              Filters(unreviewed=True), Filters()):  # fmt: skip
        bar_f.set_filters(f)
        _settle(app, 0.6)

    heart.enter("link")
    ids = ws.paragraph_ids(big.id)
    pushes: list[tuple[float, float]] = []  # each link's own push: wall, GUI CPU (ms)
    for i in range(10):
        pid = ids[rng.randrange(len(ids))]
        t0, c0 = time.perf_counter(), time.thread_time()
        session.push(LinkCommand(session, pid, "A/HRC/40/6", f"28.{rng.randint(1, 346)}"))
        pushes.append(((time.perf_counter() - t0) * 1000, (time.thread_time() - c0) * 1000))
        _settle(app, 0.4)
        if i == 4:  # the registry view open for the rest (its first build a phase apart)
            heart.enter("registry")
            window.recommendations.show()
            _settle(app, 1.0)
            heart.enter("link")

    heart.enter("search")
    panel = window.search
    panel.show()
    for q in QUERIES:
        panel.field.setText(q)
        _settle(app, 1.2)
    out["search_info"] = panel.info.text()
    out["link_push_ms"] = pushes
    heart.enter("done")
    heart.timer.stop()
    out["worst_ms"] = heart.worst
    out["worst_cpu_ms"] = heart.worst_cpu
    out["beats"] = heart.beats
    out["rss_mb"] = _rss_mb()
    window.close()
    print("RESULT " + json.dumps(out))


def bare_child(started: float) -> None:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QObject
    from PySide6.QtWidgets import QApplication, QLabel, QMainWindow

    app = QApplication([])
    window = QMainWindow()
    window.setCentralWidget(QLabel("bare"))
    window.resize(1280, 800)

    class FirstPaint(QObject):
        at: float | None = None

        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and self.at is None:
                self.at = time.time()
            return False

    fp = FirstPaint()
    window.installEventFilter(fp)
    window.show()
    while fp.at is None:
        app.processEvents()
    out = {"open_s": fp.at - started}
    heart = Heart()
    heart.enter("idle")
    _settle(app, 3.0)
    heart.enter("done")
    out["worst_ms"] = heart.worst
    out["worst_cpu_ms"] = heart.worst_cpu
    out["rss_mb"] = _rss_mb()
    print("RESULT " + json.dumps(out))


# --------------------------------------------------------------------------- running


def run_child(*args: str) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    started = time.time()
    proc = subprocess.run(
        [sys.executable, __file__, *args, "--started", str(started)],
        capture_output=True, text=True, env=env, timeout=1800,
    )  # fmt: skip
    line = next((x for x in proc.stdout.splitlines() if x.startswith("RESULT ")), None)
    if line is None:
        sys.exit(f"child {args} failed:\n{proc.stderr[-4000:]}")
    return json.loads(line[7:])


def settle_schema(path: Path) -> float | None:
    """Open once outside the measure, so an upgrade of a kept workspace is not timed."""
    import sqlite3

    from reviewer.storage.db import head_revision
    from reviewer.workspace import Workspace

    con = sqlite3.connect(path)
    revision = con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
    con.close()
    if revision == head_revision():
        return None
    t0 = time.perf_counter()
    with Workspace.open(path, "bench") as ws:
        backup = ws.backup_path
    if backup is not None:
        backup.unlink()  # a copy of a generated workspace: only disk space
    return time.perf_counter() - t0


PHASES = ("select document", "scroll", "select", "filter", "link", "registry", "search")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="75000,300000,1200000")
    ap.add_argument("--keep", type=Path, help="build (or reuse) the workspaces in this folder")
    ap.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--bare", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--started", type=float, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.bare:
        return bare_child(args.started)
    if args.child:
        return child(args.child, args.started)

    folder = args.keep or Path(tempfile.mkdtemp())
    folder.mkdir(parents=True, exist_ok=True)
    bare = run_child("--bare")
    print(f"baseline   bare PySide6 window: first paint {bare['open_s'] * 1000:.0f} ms after "
          f"process start; worst heartbeat gap idle {bare['worst_ms']['idle']:.1f} ms; "
          f"RSS {bare['rss_mb']:.0f} MB")  # fmt: skip
    first: dict | None = None
    for size in (int(s) for s in args.sizes.split(",")):
        path = folder / f"bench-scale-{size}.sqlite"
        if not path.exists():
            built = build(path, size)
            print(f"{size:>9,} ¶  built in {built:.0f} s ({path.stat().st_size / 2**20:.0f} MB)")
        upgraded = settle_schema(path)
        if upgraded is not None:
            print(f"{size:>9,} ¶  kept from an earlier build; upgraded to this schema in "
                  f"{upgraded:.1f} s (not counted below)")  # fmt: skip
        r = run_child("--child", str(path))
        first = first or {**r, "size": size}
        worst = r["worst_ms"]
        stall = max(worst.get(p, 0.0) for p in PHASES)
        phases = ", ".join(f"{p} {worst.get(p, 0):.0f}" for p in PHASES)
        print(f"{size:>9,} ¶  open {r['open_s']:.2f} s ({r['open_s'] / bare['open_s']:.1f}× bare, "
              f"goal < {GOAL_OPEN_S} s); worst stall {stall:.0f} ms ({stall / GOAL_STALL_MS:.1f}× "
              f"the {GOAL_STALL_MS} ms goal; bare idle floor {bare['worst_ms']['idle']:.0f} ms) "
              f"[{phases}]; RSS peak {r['rss_mb']:.0f} MB (goal < {GOAL_RSS_MB}; "
              f"{r['rss_mb'] / bare['rss_mb']:.1f}× bare)")  # fmt: skip
        cpu = r["worst_cpu_ms"]
        print(f"{'':>12}GUI thread's own CPU in its worst gap per phase (ms): "
              + ", ".join(f"{p} {cpu.get(p, 0):.0f}" for p in PHASES)
              + f"; bare idle {bare['worst_cpu_ms']['idle']:.1f}")  # fmt: skip
        pushes = sorted(r["link_push_ms"], key=lambda p: p[1])
        print(f"{'':>12}a link's push (the write and the window's refresh), "
              f"median / worst of {len(pushes)}: GUI CPU {pushes[len(pushes) // 2][1]:.1f} / "
              f"{pushes[-1][1]:.1f} ms, wall {sorted(p[0] for p in pushes)[len(pushes) // 2]:.1f}"
              f" / {max(p[0] for p in pushes):.1f} ms")  # fmt: skip
        if first["size"] != size:
            print(f"{'':>12}vs {first['size']:,} ¶: open {r['open_s'] / first['open_s']:.2f}×, "
                  f"RSS {r['rss_mb'] / first['rss_mb']:.2f}×, scrolled rows "
                  f"{r['scrolled_rows']}")  # fmt: skip


if __name__ == "__main__":
    main()
