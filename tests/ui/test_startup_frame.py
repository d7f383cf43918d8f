"""The start-up frame answers while the workspace opens: the core and the window's
modules are imported, and the workspace file opened, off the GUI thread (ui/app.py,
``Loading``); the frame is resized, repainted and closed meanwhile, and closing it
ends the program without a window.

``upr-reviewer --workspace W`` runs as a person starts it (``ui.app.main``, a fresh
process, offscreen).  The core's import is held until the frame has been resized,
repainted and closed: a start-up that loads on the GUI thread never gets there (the
frame cannot answer while it loads) and the test fails at the hold's end.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from reviewer.workspace import Workspace
from tests.conftest import FIXTURES

ROOT = Path(__file__).resolve().parents[2]

HELD = """
import json, sys, threading
import ui.app as app_module

events = []
answered = threading.Event()
load_core = app_module.preload_core
install = app_module.install_excepthook

def install_then_watch(*args):
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    class Watch(QObject):
        frame_paints = 0
        def eventFilter(self, obj, event):
            kind = type(obj).__name__
            if event.type() == QEvent.Type.Paint and kind == "Frame":
                self.frame_paints += 1
                if self.frame_paints == 1:
                    events.append("frame painted")
                    QTimer.singleShot(0, lambda: resize(obj))
            elif event.type() == QEvent.Type.Paint and kind == "MainWindow":
                events.append("window painted")
            return False

    def resize(frame):  # the person drags the frame's corner while it opens
        frame.resize(900, 600)
        QTimer.singleShot(200, lambda: close(frame))

    def close(frame):  # ... then closes it
        events.append(["repainted", watch.frame_paints > 1, frame.width(), frame.height()])
        frame.close()
        events.append("closed")
        answered.set()

    global watch
    watch = Watch()
    QApplication.instance().installEventFilter(watch)
    install(*args)

def held_core():
    answered.wait(20)  # the load goes on once the person's input was answered
    events.append("core loading" if answered.is_set() else "held in vain")
    load_core()
    from reviewer.workspace import Workspace
    close = Workspace.close
    def close_noted(self, *args, **kwargs):
        events.append("workspace closed")
        return close(self, *args, **kwargs)
    Workspace.close = close_noted

app_module.install_excepthook = install_then_watch
app_module.preload_core = held_core
code = app_module.main(sys.argv[1:])
print("RESULT " + json.dumps({"code": code, "events": events}), flush=True)
"""


def test_the_frame_answers_and_closes_while_the_workspace_opens(tmp_path):
    ws = tmp_path / "cango.sqlite"
    with Workspace.open(ws, "setup") as w:
        w.import_file(FIXTURES / "cango" / "cango-upr4-submission.docx")
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    proc = subprocess.run(
        [sys.executable, "-c", HELD, "--workspace", str(ws), "--data-dir",
         str(tmp_path / "data"), "--author", "test"],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=180,
    )  # fmt: skip
    line = next((x for x in proc.stdout.splitlines() if x.startswith("RESULT ")), None)
    assert line is not None, proc.stderr[-3000:]
    seen = json.loads(line[len("RESULT ") :])
    assert "Traceback" not in proc.stderr, proc.stderr[-3000:]
    # resized and repainted, then closed, while the core was still to load; the
    # workspace opened meanwhile was closed again, and no window came up
    assert seen["events"] == ["frame painted", ["repainted", True, 900, 600], "closed",
                              "core loading", "workspace closed"]  # fmt: skip
    assert seen["code"] == 0
    with Workspace.open(ws, "after") as again:  # not left locked or half-open
        assert len(again.documents()) == 1
