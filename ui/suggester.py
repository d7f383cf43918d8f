"""Suggesting in the background: one document at a time, queued, with its progress in
the status bar (the window stays usable meanwhile).

The worker calls ``ws.suggest`` on the window's own ``Workspace`` (as the importer
does: its engine hands each thread a connection and serialises writes) and hands
back plain ``ParagraphSuggestions`` rows; ``done`` or ``failed`` arrive in the GUI
thread, where the window re-reads what the write changed.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QMainWindow, QProgressBar, QWidget

from reviewer.workspace import Workspace
from ui.i18n import tr
from ui.tasks import Task

TOP = 5  # suggestions per paragraph at most


def suggest_job(ws: Workspace, document_id: int) -> Callable:
    def run(report):
        return ws.suggest(document_id, top=TOP, progress=lambda d, t: report(d, t, ""))

    return run


class Suggester(QObject):
    """Runs ``ws.suggest`` for queued documents; ``asked`` tells an on-demand run (its
    failure is worth a message box) from one after an import (a status message)."""

    done = Signal(int, object, bool)  # document id, list[ParagraphSuggestions], asked
    failed = Signal(int, str, bool)  # document id, the reason, asked

    def __init__(self, window: QMainWindow, workspace: Workspace):
        super().__init__(window)
        self.ws = workspace
        self.task: Task | None = None
        self.current: tuple[int, str, bool] | None = None  # (id, title, asked)
        self.queue: list[tuple[int, str, bool]] = []
        self.stopped = False  # the window is closing: nothing more is reported
        self.progress = QWidget(window)
        self.progress.setObjectName("suggestProgress")
        self.label = QLabel(self.progress)
        self.label.setObjectName("hint")
        self.bar = QProgressBar(self.progress)
        self.bar.setMaximumWidth(140)
        self.bar.setMaximumHeight(14)
        self.bar.setTextVisible(False)
        row = QHBoxLayout(self.progress)
        row.setContentsMargins(0, 0, 8, 0)
        row.addWidget(self.label)
        row.addWidget(self.bar)
        window.statusBar().insertPermanentWidget(0, self.progress)
        self.progress.hide()
        self.told = QTimer(self)  # a result told in the label stays this long
        self.told.setSingleShot(True)
        self.told.setInterval(10_000)
        self.told.timeout.connect(lambda: self.progress.setVisible(self.busy))

    @property
    def busy(self) -> bool:
        return self.task is not None and self.task.running

    def pending(self, document_id: int) -> bool:
        """Running or queued for this document."""
        jobs = [*self.queue, self.current] if self.current else self.queue
        return any(job[0] == document_id for job in jobs)

    def start(self, document_id: int, title: str, asked: bool = False) -> bool:
        """Suggest for a document after those queued; False if it already is."""
        if self.stopped or self.pending(document_id):
            return False
        self.queue.append((document_id, title, asked))
        if not self.busy:
            self._next()
        return True

    def _next(self) -> None:
        self.current = None
        if not self.queue:
            self.progress.hide()
            return
        self.current = document_id, title, _asked = self.queue.pop(0)
        short = title if len(title) <= 40 else title[:38].rstrip() + "…"
        more = tr(" (+%n more)", "", len(self.queue)) if self.queue else ""
        self.label.setText(tr("Suggesting for “{short}”{more}…").format(short=short, more=more))
        self.bar.setRange(0, 0)  # busy until the first report
        self.bar.show()
        self.told.stop()
        self.progress.show()
        task = Task(suggest_job(self.ws, document_id), self)
        task.progress.connect(self._progress)
        task.succeeded.connect(self._succeeded)
        task.failed.connect(self._failed)
        self.task = task
        task.start()

    def tell(self, text: str) -> None:
        """A background run's result, beside the status bar's messages rather than over
        them (the person may be reading one about what they just did)."""
        if self.busy:
            return  # the next run's progress is shown; the result is in the pane
        self.label.setText(text)
        self.bar.hide()
        self.progress.show()
        self.told.start()

    def _progress(self, done: int, total: int, _text: str) -> None:
        self.bar.setRange(0, max(total, 1))
        self.bar.setValue(done)

    def _succeeded(self, result) -> None:
        document_id, _title, asked = self.current or (0, "", False)
        self._next()
        if self.stopped:
            return
        self.done.emit(document_id, result, asked)

    def _failed(self, error: str) -> None:
        document_id, _title, asked = self.current or (0, "", False)
        crashed = self.task is not None and self.task.crashed
        self._next()
        if not crashed and not self.stopped:  # a crash was shown through the crash dialog already
            self.failed.emit(document_id, error, asked)

    def stop(self) -> None:
        """Before the workspace closes: nothing more starts, the running one ends."""
        self.stopped = True
        self.queue.clear()
        if self.busy:
            QThreadPool.globalInstance().waitForDone(30_000)
