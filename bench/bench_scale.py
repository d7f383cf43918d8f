"""The review window at 75k, 300k and 1.2M paragraphs: open time, GUI-thread stalls, RSS.

Builds (once; ``--keep DIR`` reuses) workspaces of real-looking work: OHCHR's thematic
list of China's 3rd-cycle recommendations (346 rows), CANGO's submission, then
generated submissions of ~300 paragraphs whose words are drawn from the fixtures'
real prose (so a search hits as many paragraphs as in life), about one paragraph in
six citing ``A/HRC/40/6, 28.N`` (linked at import), the first one of 3,000
paragraphs; then tags, notes and reviewed marks through the workspace API.

Each size is measured in fresh offscreen processes started as a person starts the
program, ``python -m ui --workspace W`` (``ui.app.main``: the frame painted first, the
core imported and W opened off the GUI thread, the window built in the frame's
place), watched by ``bench/start_probe.py``:

* first paint: process start to the first paint of a main window (the frame);
* usable: process start until the documents pane has painted its documents, the
  reading pane the first document's paragraphs, and a real click on another
  document in the documents pane has been answered (it became the current one);
  wall and the process's CPU (every thread), ``--rounds`` starts (median, range);
* stalls (one more start, continuing once usable): a 5 ms QTimer heartbeat on the
  GUI thread records the gaps between its ticks while the person works: scrolling
  the 3,000-paragraph document page by page, selecting 30 paragraphs, filtering (a
  tag here, a tag in all documents, unreviewed, reset), linking 10 paragraphs to
  recommendations (each an undoable command, each push timed apart; the registry
  tab's first build after the fifth, a phase of its own), searching 6 queries
  typed into the search field, and End on the long document opened again (its
  last paragraph: the 2,988 rows before it read and added at once); the worst gap
  in each phase is the longest the window could not answer;
* RSS: the process's peak resident memory (``ru_maxrss``) at the end.

Each phase's worst gap is also given as the CPU the GUI thread itself used in it: on
a shared machine a gap counts time the process waited for a core too.

Baseline in the same run: a bare PySide6 window in fresh processes (start to first
paint, wall and CPU), started in each round beside the window's starts so each size
is compared with the floor of its own minutes (the load of a shared machine moves),
and the worst heartbeat gap over 3 s doing nothing (the timer's own floor on this
machine); every size is also printed against the smallest one built.  ``--compare
TREE`` starts the window from another checkout's code too (main's, say), alternating
with this one's, round by round.  Goals (issue 19): at 1.2M no stall over 50 ms, RSS under 600 MB, usable in
< 1.5 s; first paint at most 3× the bare window's.

Usage: python bench/bench_scale.py [--sizes 75000,300000,1200000] [--keep DIR]
                                   [--rounds 3] [--compare TREE] [--no-phases]
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
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
from scale_workspaces import build, settle_schema  # noqa: E402

QUERIES = ("education", "women rural", '"human rights"', "discrimin*", "torture OR detention",
           "belt road")  # fmt: skip
GOAL_STALL_MS, GOAL_RSS_MB, GOAL_OPEN_S = 50, 600, 1.5


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
        self.rss: dict[str, float] = {}  # the peak RSS (MB) when each phase began
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
        self.rss[phase] = _rss_mb()


def _settle(app, seconds: float) -> None:
    end = time.perf_counter() + seconds
    while time.perf_counter() < end:
        app.processEvents()
        time.sleep(0.0005)


def phases(window) -> None:
    """Run by ``start_probe`` on the GUI thread once the real start's window is usable:
    the person's work, phase by phase; prints ``RESULT {json}`` and ends the process."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication

    from ui.panels.filter_bar import Filters
    from ui.undo import LinkCommand

    app = QApplication.instance()
    session = window.session
    out: dict = {"rss_open_mb": _rss_mb()}
    ws = session.ws
    documents = ws.documents()  # (read before the heartbeat: 4,000 rows at 1.2M)
    big = next(d for d in documents if d.title.startswith("Generated submission 1 "))
    other = next(d for d in documents if d.id != big.id and d.paragraphs > 0)
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

    heart.enter("select document")  # the long document again: its first rows only
    for doc in (other, big):
        window.documents.select(doc.id)
        _settle(app, 0.8)
    heart.enter("end")
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_End)
    last = window.reading.model.ids()[-1]
    t0 = time.perf_counter()
    while window.reading.current_id() != last and time.perf_counter() - t0 < 30:
        _settle(app, 0.05)
    _settle(app, 0.5)
    out["end_rows"] = window.reading.model.rowCount()
    out["link_push_ms"] = pushes
    heart.enter("done")
    heart.timer.stop()
    out["worst_ms"] = heart.worst
    out["worst_cpu_ms"] = heart.worst_cpu
    out["rss_phases_mb"] = heart.rss
    out["beats"] = heart.beats
    out["rss_mb"] = _rss_mb()
    print("RESULT " + json.dumps(out), flush=True)
    os._exit(0)


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


PHASES = ("select document", "scroll", "select", "filter", "link", "registry", "search", "end")


def measure_opens(path: Path, trees: dict[str, dict], rounds: int, data: Path) -> dict:
    """``rounds`` real starts on ``path`` per tree after one unmeasured start each, and
    a bare window's, alternating round by round (the machine's load changes: each size
    has its own floor): {"bare": [(wall, cpu)…], tree: [start, …]}."""
    got: dict[str, list] = {"bare": [], **{name: [] for name in trees}}
    for name, env in trees.items():  # unmeasured: the OS's file cache, the settings and
        start_probe.start(path, data / name, env)  # the catalogue compiled in a new folder
    for _ in range(rounds):
        floor = start_probe.bare(trees["this"], rounds=1, warm=False)
        got["bare"].append((floor["wall"], floor["cpu"]))
        for name, env in trees.items():
            got[name].append(start_probe.start(path, data / name, env))
    return got


def print_opens(size: int, got: dict[str, list]) -> None:
    bare_wall = statistics.median(w for w, _ in got["bare"])
    bare_cpu = statistics.median(c for _, c in got["bare"])
    print(f"{size:>9,} ¶  bare   first paint {start_probe.summary([w for w, _ in got['bare']])}, "
          f"CPU {bare_cpu:.2f} s (the floor, in the same rounds); load "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")  # fmt: skip
    for name, runs in got.items():
        if name == "bare":
            continue
        usable = [r["usable"][0] for r in runs]
        painted = [r["painted"][0] for r in runs]
        cpu = [r["usable"][1] for r in runs]
        shown = [r["shown"][0] for r in runs]
        u = statistics.median(usable)
        print(f"{'':>12}{name:<6} usable {start_probe.summary(usable)}, {u / bare_wall:.1f}× "
              f"bare (goal < {GOAL_OPEN_S} s); CPU to usable {start_probe.summary(cpu)}, "
              f"{statistics.median(cpu) / bare_cpu:.1f}× bare's; panes painted "
              f"{start_probe.summary(shown)}; first paint {start_probe.summary(painted)}, "
              f"{statistics.median(painted) / bare_wall:.1f}× bare (goal ≤ 3×); GUI's longest "
              f"wait after first paint {statistics.median(r['gap_ms'] for r in runs):.0f} ms")  # fmt: skip


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--sizes", default="75000,300000,1200000")
    ap.add_argument("--keep", type=Path, help="build (or reuse) the workspaces in this folder")
    ap.add_argument("--rounds", type=int, default=3, help="real starts per size (and tree)")
    ap.add_argument("--compare", type=Path, help="another checkout: its window started too")
    ap.add_argument("--no-phases", action="store_true", help="open times only")
    ap.add_argument("--bare", action="store_true", help=argparse.SUPPRESS)
    ap.add_argument("--started", type=float, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.bare:
        return bare_child(args.started)

    folder = args.keep or Path(tempfile.mkdtemp())
    folder.mkdir(parents=True, exist_ok=True)
    data = Path(tempfile.mkdtemp())  # the window's settings: never the user's
    trees = {"this": start_probe.environment(folder / "pycache-this")}
    if args.compare:
        trees[args.compare.name] = start_probe.environment(
            folder / "pycache-compare", args.compare.resolve()
        )
    for env in trees.values():  # bytecode written once, outside the measure
        subprocess.run([sys.executable, "-c", "import ui.app, ui.main_window"], env=env,
                       cwd=ROOT, check=True, timeout=300)  # fmt: skip
    floor = start_probe.bare(trees["this"])
    idle = run_child("--bare")
    print(f"baseline   bare PySide6 window: first paint {start_probe.summary(floor['walls'])} "
          f"after process start (CPU {floor['cpu']:.2f} s); worst heartbeat gap idle "
          f"{idle['worst_ms']['idle']:.1f} ms; RSS {idle['rss_mb']:.0f} MB; load "
          f"{os.getloadavg()[0]:.1f} on {os.cpu_count()} cores")  # fmt: skip
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
        print_opens(size, measure_opens(path, trees, args.rounds, data))
        if args.no_phases:
            continue
        run = start_probe.start(path, data / "this", trees["this"], then="bench_scale:phases")
        r = {**run["result"], "open_s": run["usable"][0]}
        first = first or {**r, "size": size}
        worst = r["worst_ms"]
        stall = max(worst.get(p, 0.0) for p in PHASES)
        phases_ = ", ".join(f"{p} {worst.get(p, 0):.0f}" for p in PHASES)
        print(f"{'':>12}stalls (one more start, usable in {r['open_s']:.2f} s): worst "
              f"{stall:.0f} ms ({stall / GOAL_STALL_MS:.1f}× the {GOAL_STALL_MS} ms goal; bare "
              f"idle floor {idle['worst_ms']['idle']:.0f} ms) [{phases_}]; RSS peak "
              f"{r['rss_mb']:.0f} MB (goal < {GOAL_RSS_MB}; {r['rss_mb'] / idle['rss_mb']:.1f}× "
              f"bare)")  # fmt: skip
        cpu = r["worst_cpu_ms"]
        print(f"{'':>12}GUI thread's own CPU in its worst gap per phase (ms): "
              + ", ".join(f"{p} {cpu.get(p, 0):.0f}" for p in PHASES)
              + f"; bare idle {idle['worst_cpu_ms']['idle']:.1f}; rows read after End "
              f"{r.get('end_rows', '—')}")  # fmt: skip
        if "rss_phases_mb" in r:
            print(f"{'':>12}peak RSS when each phase began (MB): open {r['rss_open_mb']:.0f}, "
                  + ", ".join(f"{p} {mb:.0f}" for p, mb in r["rss_phases_mb"].items()))  # fmt: skip
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
