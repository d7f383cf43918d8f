"""The window's search indexing, in the background.

An import (an undo bringing a document back, a merge, another program's writes)
stores its rows and is done: the document is listed, read and tagged at once.  Its
paragraphs enter the search index afterwards, a few hundred at a time, in a task off
the GUI thread (``Workspace.index_steps``; each step a short transaction, so the
window's own writes take turns with it).  Meanwhile the status bar says
"Indexing…" and the search pane that some documents are not searchable yet; when
it is done, the search shown is run again.  A workspace left with indexing owed (a
crash) is indexed when the window opens it.  Closing the window stops between two
steps: what is left stays owed, for the next open.

A part of ``MainWindow`` (a mixin using its status bar, search pane and importer),
kept apart so the window's module stays readable, as ``VersionsMixin`` is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QThreadPool, QTimer, Signal
from PySide6.QtWidgets import QLabel

from reviewer.workspace import EDITOR, IndexBacklog, Workspace, WorkspaceError
from ui.i18n import tr
from ui.tasks import Task

if TYPE_CHECKING:
    from ui.main_window import MainWindow

    _Base = MainWindow
else:
    _Base = object

POLL_MS = 3000  # a look for work owed by writes the window is not told of (a merge)


class Indexer(QObject):
    """Runs the index steps of one workspace in the background, one task at a time."""

    started = Signal(object)  # IndexBacklog: what this run has to do
    finished = Signal()  # nothing owed any more (or stopped)

    def __init__(self, ws: Workspace, parent: QObject | None = None):
        super().__init__(parent)
        self.ws = ws
        self.task: Task | None = None
        self._again = False  # work arrived while a run was under way
        self._stopped = False

    @property
    def busy(self) -> bool:
        return self.task is not None

    def kick(self) -> None:
        """Index what is owed, if anything (a cheap look on the GUI thread)."""
        if self._stopped or not self.ws.can(EDITOR):
            return  # a team workspace's reader or reviewer: an editor's window does it
        if self.task is not None:
            self._again = True
            return
        try:
            if not self.ws.index_owed():
                return
            backlog = self.ws.index_backlog()
        except WorkspaceError:  # locked or damaged: the next user action says so
            return
        ws = self.ws

        def run(report) -> int:
            total = 0
            for done in ws.index_steps():
                total += done
                if report(total, 0, "") is False:
                    break  # stopping between two steps: the rest stays owed
            return total

        task = Task(run, self)
        task.finished.connect(lambda: self._ended(task))
        self.task = task
        self._again = False
        self.started.emit(backlog)
        task.start()

    def _ended(self, task: Task) -> None:
        if task is not self.task:
            return
        self.task = None
        if self._stopped:
            return
        if self._again:
            self.kick()
            if self.task is not None:
                return
        self.finished.emit()

    def stop(self) -> None:
        """Stop between two steps and wait for the task (the window is closing)."""
        self._stopped = True
        if self.task is not None:
            self.task.cancel()
            QThreadPool.globalInstance().waitForDone(30_000)
            self.task = None


class IndexingMixin(_Base):
    def _init_indexing(self) -> None:
        self.ws.background_indexing = True  # imports return once stored; searches wait not
        self.indexer = Indexer(self.ws, self)
        self.indexing_label = QLabel(tr("Indexing…"), self)
        self.indexing_label.setObjectName("indexing")
        self.indexing_label.setToolTip(
            tr("New paragraphs are being added to the search index; everything else works")
        )
        self.indexing_label.hide()
        self.statusBar().addPermanentWidget(self.indexing_label)
        self.index_note = QLabel(self.search)  # under the results: why some are missing
        self.index_note.setObjectName("hint")
        self.index_note.setWordWrap(True)
        self.index_note.hide()
        self.search.layout().addWidget(self.index_note)
        self.indexer.started.connect(self._indexing_started)
        self.indexer.finished.connect(self._indexing_finished)
        self.importer.finished.connect(lambda *_: self.indexer.kick())
        self.session.applied.connect(lambda _changes: self.indexer.kick())
        self.external.changed.connect(self.indexer.kick)
        self.index_timer = QTimer(self)
        self.index_timer.setInterval(POLL_MS)
        self.index_timer.timeout.connect(self.indexer.kick)
        self.index_timer.start()
        QTimer.singleShot(0, self.indexer.kick)  # owed by a window that crashed

    def _indexing_started(self, backlog: IndexBacklog) -> None:
        n = backlog.documents
        self.indexing_label.setText(
            tr("Indexing %n document(s) for search…", "", n) if n else tr("Indexing…")
        )
        self.indexing_label.show()
        # the core's backlog.note(), in the window's language
        note = (
            tr("Search does not find the paragraphs of %n document(s) yet: they are being indexed",
               "", n)
            if backlog.paragraphs
            else ""
        )  # fmt: skip
        self.index_note.setText(note)
        self.index_note.setVisible(bool(note))

    def _indexing_finished(self) -> None:
        self.indexing_label.hide()
        self.index_note.hide()
        self.search.invalidate()  # the same query again: the new paragraphs now match

    def stop_indexing(self) -> None:
        self.index_timer.stop()
        self.indexer.stop()
