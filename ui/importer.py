"""Importing files in the background: progress dialog, cancel, a report of failures.

The worker uses the window's own ``Workspace`` (its engine hands each thread its own
connection; writes are serialised by the workspace's lock) and returns plain
``ImportResult``/``ImportFailure`` rows.  It never opens a second ``Workspace`` on the
file: see ``reviewer.storage.db`` on why one process has one owner per file.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from reviewer.workspace import Workspace
from reviewer.workspace.rows import ImportFailure, ImportResult
from ui.tasks import Task

IMPORTABLE = "Documents (*.pdf *.docx *.txt *.md *.csv *.xlsx);;All files (*)"


def import_job(ws: Workspace, paths: list[Path]):
    """The function the worker runs: ``report`` returns False once cancelled."""

    def run(report):
        return ws.import_files(paths, progress=lambda d, t, f: report(d, t, f))

    return run


class Importer(QObject):
    """Runs one import at a time for a window; ``finished`` carries (done, failed)."""

    finished = Signal(list, list)

    def __init__(self, parent: QWidget, workspace: Workspace):
        super().__init__(parent)
        self.window = parent
        self.ws = workspace
        self.task: Task | None = None
        self.dialog: QProgressDialog | None = None
        self.report_box: QMessageBox | None = None
        self.last: tuple[list[ImportResult], list[ImportFailure]] | None = None

    @property
    def busy(self) -> bool:
        return self.task is not None and self.task.running

    def start(self, paths: list[Path]) -> bool:
        paths = [Path(p) for p in paths]
        if not paths or self.busy:
            return False
        self.dialog = dlg = QProgressDialog(
            f"Importing {len(paths)} file{'s' if len(paths) > 1 else ''}…",
            "Cancel",
            0,
            len(paths),
            self.window,
        )
        dlg.setWindowTitle("Import")
        dlg.setWindowModality(Qt.WindowModality.WindowModal)
        dlg.setMinimumDuration(400)
        dlg.setAutoClose(False)
        dlg.setAutoReset(False)
        dlg.setValue(0)
        task = Task(import_job(self.ws, paths), self)
        dlg.canceled.connect(task.cancel)
        task.progress.connect(self._progress)
        task.succeeded.connect(self._done)
        task.failed.connect(self._crashed)
        self.task = task
        task.start()
        return True

    def _progress(self, done: int, total: int, file: str) -> None:
        if self.dialog is not None:
            self.dialog.setMaximum(max(total, 1))
            self.dialog.setValue(done)
            if file:
                self.dialog.setLabelText(f"Importing {Path(file).name} ({done + 1} of {total})…")

    def _close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None

    def _done(self, result) -> None:
        self._close_dialog()
        done, failed = result
        self.last = (done, failed)
        if failed:
            self._report(done, failed)
        self.finished.emit(done, failed)

    def _crashed(self, error: str) -> None:
        self._close_dialog()
        self.last = ([], [])
        box = QMessageBox(QMessageBox.Icon.Critical, "Import failed", error, parent=self.window)
        self.report_box = box
        box.open()
        self.finished.emit([], [])

    def _report(self, done: list[ImportResult], failed: list[ImportFailure]) -> None:
        """A failed file is listed with its reason; the others were imported all the same."""
        n = len(failed)
        rows = "".join(
            f"<li><b>{escape(Path(f.file).name)}</b>: {escape(f.error)}</li>" for f in failed
        )
        ok = f"{len(done)} file{'s' if len(done) != 1 else ''} imported. " if done else ""
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle("Some files were not imported")
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(
            f"{ok}{n} file{'s' if n > 1 else ''} could not be imported:<ul>{rows}</ul>"
            "Fix or convert the file and import it again."
        )
        box.setDetailedText("\n".join(f"{f.file}: {f.error}" for f in failed))
        self.report_box = box
        box.open()
