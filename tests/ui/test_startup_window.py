"""The window's start-up: its frame painted before the workspace is opened, nothing
heavy before the window's first paint, the collector after it.

``upr-reviewer --workspace W`` runs as a person starts it (``ui.app.main``, in a fresh
process, offscreen); the only addition is a watcher, installed when the QApplication
exists, that notes what happens in which order (paints, ``Workspace.open``), what is
imported when the main window first paints, then what the garbage collector does once
the window is up, and quits.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from reviewer.workspace import Workspace
from tests.conftest import FIXTURES

ROOT = Path(__file__).resolve().parents[2]

WATCHED = """
import gc, json, sys
import ui.app as app_module

seen = {}
install = app_module.install_excepthook

def install_then_watch(*args):
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow

    class Watch(QObject):
        def eventFilter(self, obj, event):
            if event.type() == QEvent.Type.Paint and type(obj).__name__ == "MainWindow" and not seen:
                seen["modules"] = sorted(sys.modules)
                seen["collector_on_at_paint"] = gc.isenabled()
                seen["documents"] = obj.documents.model.rowCount()
                QTimer.singleShot(0, self.later)
            return False

        def later(self):
            if not gc.isenabled():  # not settled yet: look again
                QTimer.singleShot(20, self.later)
                return
            seen["collector_on_after"] = True
            seen["frozen"] = gc.get_freeze_count()
            print("RESULT " + json.dumps(seen), flush=True)
            QApplication.instance().quit()

    global watch
    watch = Watch()
    QApplication.instance().installEventFilter(watch)
    install(*args)

app_module.install_excepthook = install_then_watch
code = app_module.main(sys.argv[1:])
print("EXIT", code, gc.isenabled(), flush=True)
"""

HEAVY = ("alembic", "pymupdf", "fitz", "docx", "openpyxl", "reviewer.export",
         "reviewer.check.rules", "reviewer.check.pages", "ui.panels.recommendations")  # fmt: skip


def test_the_window_paints_before_anything_heavy_is_imported(tmp_path):
    ws = tmp_path / "w.sqlite"
    with Workspace.open(ws, "setup") as w:
        done = w.import_file(FIXTURES / "cango" / "cango-upr4-submission.pdf")
        first = w.paragraph_ids(done.document_id)[0]
        w.add_tag(first, "Key point")
        w.add_note(first, "Ask for the figures.")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [sys.executable, "-c", WATCHED, "--workspace", str(ws), "--data-dir",
         str(tmp_path / "data"), "--author", "test"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=180,
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr[-3000:]
    line = next(x for x in proc.stdout.splitlines() if x.startswith("RESULT "))
    seen = json.loads(line[len("RESULT ") :])
    modules = set(seen["modules"])
    assert "ui.main_window" in modules and "reviewer.workspace" in modules
    heavy = sorted(m for m in modules if any(m == h or m.startswith(h + ".") for h in HEAVY))
    assert heavy == []
    assert seen["documents"] == 1  # the workspace is open and shown
    # the collector waits for the picture, then comes back with start-up frozen away
    assert seen["collector_on_at_paint"] is False
    assert seen["collector_on_after"] and seen["frozen"] > 10_000
    assert "EXIT 0 True" in proc.stdout


def test_the_page_view_still_tells_an_unreadable_pdf():
    """PyMuPDF loads with the first page opened; its errors are still told apart."""
    from ui.page_render import PdfPages, pdf_errors

    pages = PdfPages()
    for data in (b"not a PDF at all", b"%PDF-1.7\n1 0 obj << /Type /Catalog"):
        with pytest.raises(pdf_errors()):
            pages.open(1, data)
        assert not pages.has(1)
    pages.open(2, (FIXTURES / "cango" / "cango-upr4-submission.pdf").read_bytes())
    assert pages.page_count(2) == 6


@pytest.mark.parametrize("argv", [["--help"], ["--version"], ["--theme", "purple"]])
def test_the_windows_help_and_bad_usage_need_neither_qt_nor_the_workspace(argv):
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", "-m", "ui", *argv],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert proc.returncode == (2 if "purple" in argv else 0), proc.stderr[-2000:]
    names = set(re.findall(r"^import time:\s+\d+ \|\s+\d+ \|\s*(\S+)$", proc.stderr, re.M))
    assert "ui.app" in names
    assert sorted(n for n in names if n.split(".")[0] in ("PySide6", "shiboken6", "sqlalchemy")
                  or n.startswith("reviewer.workspace")) == []  # fmt: skip


# The order of what happens: the first paint of each main window (the frame, the
# window), the core's import and Workspace.open, noted as they happen (no clock).
ORDER = """
import json, sys
import ui.app as app_module

events = []
install = app_module.install_excepthook
load_core = app_module.preload_core

def install_then_watch(*args):
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QMainWindow, QMessageBox

    def critical(parent, title, text, *rest):
        events.append(["message", title, text])
    QMessageBox.critical = critical  # the failure's dialog, noted instead of waiting

    class Watch(QObject):
        painted = set()
        def eventFilter(self, obj, event):
            kind = type(obj).__name__
            if event.type() == QEvent.Type.Paint and isinstance(obj, QMainWindow) \\
                    and kind not in self.painted:
                self.painted.add(kind)
                events.append(["paint", kind, obj.windowTitle(), obj.statusBar().currentMessage(),
                               "reviewer.workspace" in sys.modules, "sqlalchemy" in sys.modules])
                if kind == "MainWindow":  # quit once the collector is back (a full one ran)
                    QTimer.singleShot(3500, later)
            return False

    def note_visible(when):
        import gc
        gc.collect()  # a window only its start-up held would go now
        visible = [type(w).__name__ for w in QApplication.topLevelWidgets() if w.isVisible()]
        events.append([when, *visible])

    def at_quit():  # quit() closes the windows first; exit(code) leaves them as they are
        note_visible("visible at quit")

    def later():
        note_visible("visible later")
        QApplication.instance().quit()

    global watch
    watch = Watch()
    QApplication.instance().installEventFilter(watch)
    QApplication.instance().aboutToQuit.connect(at_quit)
    install(*args)

def load_core_then_watch():
    load_core()
    from reviewer.workspace import Workspace
    events.append(["core imported"])
    opener = Workspace.open.__func__
    def open_noted(cls, location, *args, **kwargs):
        events.append(["Workspace.open"])
        return opener(cls, location, *args, **kwargs)
    Workspace.open = classmethod(open_noted)

app_module.install_excepthook = install_then_watch
app_module.preload_core = load_core_then_watch
code = app_module.main(sys.argv[1:])
print("RESULT " + json.dumps({"code": code, "events": events}), flush=True)
"""


def _start(tmp_path, workspace: Path) -> dict:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [sys.executable, "-c", ORDER, "--workspace", str(workspace), "--data-dir",
         str(tmp_path / "data"), "--author", "test"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=180,
    )  # fmt: skip
    line = next((x for x in proc.stdout.splitlines() if x.startswith("RESULT ")), None)
    assert line is not None, proc.stderr[-3000:]
    return json.loads(line[len("RESULT ") :]) | {"stderr": proc.stderr}


def test_the_frame_paints_before_the_workspace_is_opened_then_the_window_takes_its_place(
    tmp_path,
):
    ws = tmp_path / "cango.sqlite"
    with Workspace.open(ws, "setup") as w:
        w.import_file(FIXTURES / "cango" / "cango-upr4-submission.pdf")
    seen = _start(tmp_path, ws)
    assert seen["code"] == 0, seen["stderr"][-3000:]
    kinds = [e[0] if e[0] != "paint" else e[1] for e in seen["events"]]
    assert kinds == ["Frame", "core imported", "Workspace.open", "MainWindow", "visible later",
                     "visible at quit"]  # fmt: skip
    frame, window = (e for e in seen["events"] if e[0] == "paint")
    # the frame: the workspace's name, what is under way, and nothing of the core yet
    assert frame[2] == "cango.sqlite — UPR Reviewer"
    assert frame[3] == "Opening cango.sqlite…"
    assert frame[4:] == [False, False]
    assert window[2].startswith("cango.sqlite — ") and window[4:] == [True, True]
    # the frame gave the window its place; the window outlived the start-up's functions
    # and a full collection (the collector is back after the first paint)
    assert seen["events"][-2] == ["visible later", "MainWindow"]


def test_a_workspace_that_cannot_open_is_its_message_and_leaves_no_window(tmp_path):
    bad = tmp_path / "notes.sqlite"
    bad.write_text("these are not the droids", encoding="utf-8")
    seen = _start(tmp_path, bad)
    assert seen["code"] == 1
    assert "Traceback" not in seen["stderr"]
    kinds = [e[0] if e[0] != "paint" else e[1] for e in seen["events"]]
    assert kinds == ["Frame", "core imported", "Workspace.open", "message", "visible at quit"]
    title, text = seen["events"][-2][1:]
    assert title == "UPR Reviewer cannot start"
    assert "notes.sqlite" in text and "not a UPR Reviewer workspace" in text
    assert "not a UPR Reviewer workspace" in seen["stderr"]
    assert seen["events"][-1] == ["visible at quit"]  # the frame did not linger
