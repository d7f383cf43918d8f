"""A real review window in its own process, for the test that kills it.

    python -m tests.ui.window_child WORKSPACE LOG

It opens the workspace in a MainWindow (offscreen), imports CANGO through the
window's importer, opens and cancels File › Export Word brief, then adds notes and
tags through the window's undo commands for as long as it lives.  After each write
has returned (committed), a line goes to LOG and is fsynced, so the parent knows
exactly which writes the window had made when it was killed.
"""

from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def main(workspace: str, log_path: str) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from reviewer.workspace import Workspace
    from tests.conftest import FIXTURES
    from ui.main_window import MainWindow
    from ui.session import Session
    from ui.settings import Settings
    from ui.undo import AddNoteCommand, TagCommand

    app = QApplication.instance() or QApplication([])
    settings = Settings(QSettings(log_path + ".ini", QSettings.Format.IniFormat))
    w = MainWindow(Session(Workspace.open(workspace, "window")), settings)
    w.show()
    log = open(log_path, "a", encoding="utf-8")  # noqa: SIM115 - lives as long as we do

    def record(line: str) -> None:
        log.write(line + "\n")
        log.flush()
        os.fsync(log.fileno())

    def wait(cond, seconds=60.0) -> None:
        deadline = time.monotonic() + seconds
        while not cond() and time.monotonic() < deadline:
            app.processEvents()
            time.sleep(0.005)

    w.import_files([FIXTURES / "cango" / "cango-upr4-submission.md"])
    wait(lambda: w.importer.last is not None)
    record("imported")
    w.actions_.export_brief.trigger()
    wait(lambda: getattr(w, "export_dialog", None) is not None)
    w.export_dialog.reject()
    app.processEvents()
    record("export dialog closed")
    doc = next(d for d in w.ws.documents() if d.paragraphs)
    paras = w.ws.paragraph_ids(doc.id)
    i = 0
    while True:
        pid = paras[i % len(paras)]
        if w.session.push(AddNoteCommand(w.session, pid, f"window note {i}")):
            record(f"note {pid} window note {i}")
        if w.session.push(TagCommand(w.session, pid, f"window tag {i}", True)):
            record(f"tag {pid} window tag {i}")
        app.processEvents()
        i += 1
        time.sleep(0.01)


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    main(sys.argv[1], sys.argv[2])
