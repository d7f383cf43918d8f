"""The window's real start, watched: ``python bench/start_probe.py -- --workspace W …``.

Runs ``ui.app.main`` with the given arguments exactly as ``python -m ui`` does (the
frame painted first, the core imported and the workspace opened off the GUI thread,
the window built in the frame's place); the probe only watches, and prints one line
per moment, each the wall seconds since ``BENCH_STARTED`` (the parent's clock before
it spawned this process, so the interpreter's and Qt's start count) and this
process's CPU seconds so far (user + system, every thread):

* ``PAINTED wall cpu``  a main window's first paint (the frame, or the window);
* ``SHOWN wall cpu``    the documents pane painted with its documents listed and the
  reading pane with the first document's paragraphs;
* ``USABLE wall cpu gap``  a real click (mouse press and release posted to the
  documents pane's viewport, on another document's row) answered: that document
  became the pane's current one.  ``gap``: the GUI thread's longest wait between two
  ticks of a 5 ms heartbeat from the first paint to here, in ms.

Then, with ``BENCH_THEN=module:function``, that function is called on the GUI thread
as ``function(window)`` (bench_scale's phases); else the process ends.  The
probe adds an application event filter until the first paint and two viewport
filters on the window: a few microseconds per event.

The parent's side (``start``, ``bare``, ``environment``) is shared by bench_startup,
bench_ui_open and bench_scale: the same start, the same floor (``BARE``: QApplication
and an empty 1280×800 QMainWindow to its first paint) on the same clock.
"""

from __future__ import annotations

import importlib
import json
import os
import resource
import statistics
import subprocess
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

STARTED = float(os.environ.get("BENCH_STARTED") or time.time())
ROOT = Path(__file__).resolve().parent.parent


def cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_SELF)
    return r.ru_utime + r.ru_stime


def say(word: str, *extra: float) -> None:
    rest = " ".join(f"{x:.4f}" for x in extra)
    print(f"{word} {time.time() - STARTED:.4f} {cpu():.4f} {rest}".rstrip(), flush=True)


class Probe:
    def __init__(self) -> None:
        self.painted = self.shown = self.clicked = False
        self.window = None
        self.target: int | None = None
        self.last = self.worst = 0.0

    # -- the frame's (or the window's) first paint ----------------------------------------
    def install(self) -> None:
        from PySide6.QtCore import QEvent, QObject
        from PySide6.QtWidgets import QApplication, QMainWindow

        probe = self

        class FirstPaint(QObject):
            def eventFilter(self, obj, event) -> bool:
                if event.type() == QEvent.Type.Paint and isinstance(obj, QMainWindow):
                    QApplication.instance().removeEventFilter(self)
                    probe.first_paint()
                return False

        self.first_filter = FirstPaint()
        QApplication.instance().installEventFilter(self.first_filter)

    def first_paint(self) -> None:
        from PySide6.QtCore import QTimer

        if self.painted:
            return
        self.painted = True
        say("PAINTED")
        self.last = time.perf_counter()
        self.heart = QTimer()
        self.heart.timeout.connect(self.tick)
        self.heart.start(5)

    def tick(self) -> None:
        now = time.perf_counter()
        self.worst, self.last = max(self.worst, now - self.last), now

    # -- the window: its panes painted, then a click ---------------------------------------
    def watch(self, window) -> None:
        from PySide6.QtCore import QEvent, QObject

        self.window = window
        probe = self
        docs, reading = window.documents.view, window.reading.view

        class Panes(QObject):
            seen: set = set()

            def eventFilter(self, obj, event) -> bool:
                if event.type() == QEvent.Type.Paint and not probe.shown:
                    if obj is docs.viewport() and docs.model().rowCount() > 0:
                        self.seen.add("documents")
                    if obj is reading.viewport() and reading.model().rowCount() > 0:
                        self.seen.add("reading")
                    if self.seen == {"documents", "reading"}:
                        probe.panes_shown()
                return False

        self.panes = Panes()
        docs.viewport().installEventFilter(self.panes)
        reading.viewport().installEventFilter(self.panes)

    def panes_shown(self) -> None:
        """Both panes painted: click the document below the current one."""
        from PySide6.QtCore import QEvent, QPointF, Qt
        from PySide6.QtGui import QMouseEvent
        from PySide6.QtWidgets import QApplication

        self.shown = True
        say("SHOWN")
        view = self.window.documents.view
        tree = view.model()
        index = view.indexBelow(view.currentIndex())
        while index.isValid() and tree.document(index) is None:  # a review's node
            index = view.indexBelow(index)
        if not index.isValid():  # the current one is the last: the one above it
            index = view.indexAbove(view.currentIndex())
            while index.isValid() and tree.document(index) is None:
                index = view.indexAbove(index)
        doc = tree.document(index)
        if doc is None:
            sys.exit("start_probe: no other document to click in the documents pane")
        self.target = doc.id
        self.window.documents.document_selected.connect(self.selected)
        at = QPointF(view.visualRect(index).center())
        glob = QPointF(view.viewport().mapToGlobal(at.toPoint()))
        left, none = Qt.MouseButton.LeftButton, Qt.MouseButton.NoButton
        mods = Qt.KeyboardModifier.NoModifier
        for kind, buttons in ((QEvent.Type.MouseButtonPress, left),
                              (QEvent.Type.MouseButtonRelease, none)):  # fmt: skip
            event = QMouseEvent(kind, at, glob, left, buttons, mods)
            QApplication.postEvent(view.viewport(), event)

    def selected(self, doc) -> None:
        if self.clicked or doc is None or doc.id != self.target:
            return
        self.clicked = True
        self.tick()
        self.heart.stop()
        say("USABLE", self.worst * 1000)
        then = os.environ.get("BENCH_THEN")
        if not then:
            os._exit(0)
        from PySide6.QtCore import QTimer

        module, function = then.split(":")
        go = getattr(importlib.import_module(module), function)
        QTimer.singleShot(0, lambda: go(self.window))


def main() -> None:
    import ui.app as app_module

    probe = Probe()
    install, open_ = app_module.install_excepthook, app_module.Launcher.open

    def install_then_watch(*args):
        probe.install()
        install(*args)

    def open_and_watch(self, *args, **kwargs):
        window = open_(self, *args, **kwargs)
        if window is not None and probe.window is None:
            probe.watch(window)
        return window

    app_module.install_excepthook = install_then_watch
    app_module.Launcher.open = open_and_watch
    argv = sys.argv[1:]
    if argv[:1] == ["--"]:
        argv = argv[1:]
    sys.exit(app_module.main(argv))


# ----------------------------------------------------------------- the parent's side

BARE = """
import os, resource, sys, time
from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QApplication, QMainWindow
started = float(os.environ.get("BENCH_STARTED") or time.time())
app = QApplication([sys.argv[0]])
class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and isinstance(obj, QMainWindow):
            r = resource.getrusage(resource.RUSAGE_SELF)
            print(f"PAINTED {time.time() - started:.4f} {r.ru_utime + r.ru_stime:.4f}", flush=True)
            os._exit(0)
        return False
f = FirstPaint()
app.installEventFilter(f)
w = QMainWindow()
w.resize(1280, 800)
w.show()
app.exec()
"""


def environment(cache: Path, tree: Path = ROOT) -> dict:
    """A child's environment: offscreen, ``tree``'s code first, bytecode cached in
    ``cache`` as an installed program has it (PYTHONDONTWRITEBYTECODE would make the
    window compile its few hundred modules at each start)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPYCACHEPREFIX=str(cache))
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPATH"] = os.pathsep.join([str(tree), *filter(None, [env.get("PYTHONPATH")])])
    return env


def _spawn(argv: list[str], env: dict, timeout: float) -> tuple[dict, list[str]]:
    """{word: [wall, cpu, …]} of a child's lines, and its other lines."""
    env = dict(env, BENCH_STARTED=repr(time.time()))
    proc = subprocess.run(argv, env=env, cwd=ROOT, capture_output=True, text=True,
                          timeout=timeout)  # fmt: skip
    words, other = {}, []
    for line in proc.stdout.splitlines():
        word, _, rest = line.partition(" ")
        if word in ("PAINTED", "SHOWN", "USABLE"):
            words[word] = [float(x) for x in rest.split()]
        else:
            other.append(line)
    if proc.returncode != 0 or not words:
        sys.exit(f"{' '.join(argv[:4])}… failed ({proc.returncode}):\n{proc.stderr[-4000:]}")
    return words, other


def start(workspace: Path, data_dir: Path, env: dict, then: str | None = None,
          timeout: float = 1800) -> dict:  # fmt: skip
    """One real start of the window on ``workspace`` (``python -m ui --workspace W``,
    watched): {"painted"|"shown"|"usable": (wall s, cpu s), "gap_ms": …, "result": the
    ``then`` function's ``RESULT {json}`` line, or None}."""
    if then:
        env = dict(env, BENCH_THEN=then)
    argv = [sys.executable, str(Path(__file__).resolve()), "--", "--workspace", str(workspace),
            "--data-dir", str(data_dir), "--author", "bench"]  # fmt: skip
    words, other = _spawn(argv, env, timeout)
    if "USABLE" not in words:
        sys.exit(f"the window on {workspace} never became usable: {words}")
    result = next((json.loads(x[7:]) for x in other if x.startswith("RESULT ")), None)
    return {"painted": tuple(words["PAINTED"][:2]), "shown": tuple(words["SHOWN"][:2]),
            "usable": tuple(words["USABLE"][:2]), "gap_ms": words["USABLE"][2],
            "result": result}  # fmt: skip


def bare(env: dict, rounds: int = 5, warm: bool = True) -> dict:
    """The floor: a bare PySide6 window's first paint, ``rounds`` fresh processes (after
    one warm-up); {"wall": median s, "cpu": median s, "walls": [...], "cpus": [...]}."""
    walls, cpus = [], []
    for i in range(rounds + warm):
        words, _ = _spawn([sys.executable, "-c", BARE], env, 120)
        if i or not warm:
            walls.append(words["PAINTED"][0])
            cpus.append(words["PAINTED"][1])
    return {"wall": statistics.median(walls), "cpu": statistics.median(cpus), "walls": walls,
            "cpus": cpus}  # fmt: skip


def summary(values: list[float]) -> str:
    """ "1.23 s (1.10–1.40)": the median and the range."""
    return f"{statistics.median(values):.2f} s ({min(values):.2f}–{max(values):.2f})"


if __name__ == "__main__":
    main()
