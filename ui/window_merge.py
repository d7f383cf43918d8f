"""The window's File › Merge workspace… and File › Copy workspace to….

A merge runs in the background (the window's own ``Workspace``, as an import does)
under a progress dialog that can cancel it: the merge is one transaction, so a
cancel leaves the workspace as it was.  Then the window re-reads everything
(``apply(Changes.everything())``) and shows the report.  A copy runs the same way
and says how many rows went where.

A part of ``MainWindow`` (a mixin using its workspace, status bar and ``apply``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TR_NOOP, QLocale, Qt, QThreadPool, QTimer
from PySide6.QtWidgets import QDialog, QMessageBox, QProgressDialog

from reviewer.workspace import Changes, MergeReport, copy_workspace, merge_workspace
from ui.dialogs.merge_report import MergeReportDialog, copy_place, merge_place, merge_summary
from ui.i18n import tr
from ui.tasks import Task

# the steps of a merge as its progress names them (reviewer.workspace.merge.STEPS)
STEP_NAMES = {
    "reviews": QT_TR_NOOP("reviews"),
    "documents": QT_TR_NOOP("documents"),
    "the registry": QT_TR_NOOP("the registry"),
    "paragraphs": QT_TR_NOOP("paragraphs"),
    "dismissed findings": QT_TR_NOOP("dismissed findings"),
    "tags": QT_TR_NOOP("tags"),
    "tagged paragraphs": QT_TR_NOOP("tagged paragraphs"),
    "tagged passages": QT_TR_NOOP("tagged passages"),
    "the history": QT_TR_NOOP("the history"),
    "notes": QT_TR_NOOP("notes"),
    "links": QT_TR_NOOP("links"),
    "reviewed marks": QT_TR_NOOP("reviewed marks"),
}
# a copy's progress names its tables (reviewer.workspace.transfer): said as the steps
COPY_TABLES = {
    "review": QT_TR_NOOP("reviews"),
    "review_report": QT_TR_NOOP("reviews"),
    "document": QT_TR_NOOP("documents"),
    "recommendation": QT_TR_NOOP("the registry"),
    "recommendation_source": QT_TR_NOOP("the registry"),
    "recommendation_text": QT_TR_NOOP("the registry"),
    "predecessor": QT_TR_NOOP("earlier cycles' recommendations"),
    "paragraph": QT_TR_NOOP("paragraphs"),
    "footnote": QT_TR_NOOP("footnotes"),
    "footnote_ref": QT_TR_NOOP("footnotes"),
    "citation": QT_TR_NOOP("citations"),
    "check_dismissal": QT_TR_NOOP("dismissed findings"),
    "tag": QT_TR_NOOP("tags"),
    "paragraph_tag": QT_TR_NOOP("tagged paragraphs"),
    "passage_tag": QT_TR_NOOP("tagged passages"),
    "history": QT_TR_NOOP("the history"),
    "note": QT_TR_NOOP("notes"),
    "link": QT_TR_NOOP("links"),
}


def step_name(what: str) -> str:
    """A merge's step or a copy's table as the window says it ("tagged paragraphs",
    "étiquettes"); a table this list lacks by its name, readable."""
    name = STEP_NAMES.get(what) or COPY_TABLES.get(what)
    return tr(name) if name else what.replace("_", " ")


if TYPE_CHECKING:
    from ui.main_window import MainWindow

    _Base = MainWindow
else:
    _Base = object


class TransferMixin(_Base):
    def _init_transfer(self) -> None:
        self.transfer_task: Task | None = None
        self.transfer_progress: QProgressDialog | None = None
        self.merge_report_dialog: MergeReportDialog | None = None
        self.transfer_error: QMessageBox | None = None
        self.last_merge: MergeReport | None = None
        self._transfer_stepping = False  # the progress dialog's setValue is running

    def stop_transfer(self) -> None:
        """The window closes: a merge or copy under way is cancelled (it rolls back)
        and waited for, before the workspace closes under it."""
        if self.transferring and self.transfer_task is not None:
            self.transfer_task.cancel()
            QThreadPool.globalInstance().waitForDone(120_000)

    @property
    def transferring(self) -> bool:
        return self.transfer_task is not None and self.transfer_task.running

    # -- merge -------------------------------------------------------------------------
    def merge_workspace_dialog(self) -> None:
        """File › Merge workspace…: ask where the other copy is, then merge it."""
        dlg = merge_place(self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.start_merge(dlg.location(), dlg.given_password())

    def start_merge(self, location: str, password: str | None = None) -> bool:
        """Merge the copy at ``location`` in the background; the report follows."""
        if self.transferring or self.importer.busy:
            self.message(tr("Wait for the import or merge under way to finish"))
            return False
        self.inspector.notes.flush()  # a note being typed lands before the merge
        ws = self.ws
        return self._run(
            tr("Merging…"),
            lambda report: merge_workspace(ws, location, password, progress=report),
            self._merged,
            tr("Merge workspace"),
        )

    def _merged(self, report: MergeReport) -> None:
        self.last_merge = report
        self.ws.take_changes()
        self.apply(Changes.everything())
        self.message(
            tr("Merged {source}: {value}").format(source=report.source, value=merge_summary(report))
        )
        dlg = MergeReportDialog(report, self)
        dlg.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dlg.finished.connect(lambda _code: setattr(self, "merge_report_dialog", None))
        self.merge_report_dialog = dlg
        dlg.open()

    # -- copy --------------------------------------------------------------------------
    def copy_workspace_dialog(self) -> None:
        """File › Copy workspace to…: a new file, or an empty team database."""
        dlg = copy_place(self)
        if dlg.exec() == QDialog.DialogCode.Accepted:
            self.start_copy(dlg.location(), dlg.given_password())

    def start_copy(self, location: str, password: str | None = None) -> bool:
        if self.transferring:
            self.message(tr("Wait for the merge or copy under way to finish"))
            return False
        self.inspector.notes.flush()
        ws = self.ws

        def run(report):
            return copy_workspace(ws, location, password, progress=report)

        return self._run(tr("Copying…"), run, self._copied, tr("Copy workspace"))

    def _copied(self, report: Any) -> None:
        self.message(
            tr("Copied {total} rows to {target}").format(
                total=QLocale().toString(report.total), target=report.target
            )
        )
        box = QMessageBox(
            QMessageBox.Icon.Information,
            tr("Copy workspace"),
            tr(
                "Copied {total} rows to {target}.\n\nWork on the copy can be merged back "
                "with File › Merge workspace…."
            ).format(total=QLocale().toString(report.total), target=report.target),
            parent=self,
        )
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    # -- the background task -------------------------------------------------------------
    def _run(self, text: str, job, done, title: str) -> bool:
        dlg = QProgressDialog(text, tr("Cancel"), 0, 0, self)
        dlg.setWindowTitle(title)
        dlg.setWindowModality(Qt.WindowModality.WindowModal)
        dlg.setMinimumDuration(300)
        dlg.setAutoClose(False)
        dlg.setAutoReset(False)
        task = Task(job, self)
        dlg.canceled.connect(task.cancel)
        task.progress.connect(lambda d, t, what: self._step(task, d, t, what))
        task.succeeded.connect(lambda result: self._ended(task, done, result))
        task.failed.connect(lambda error: self._ended(task, None, error, title))
        self.transfer_task, self.transfer_progress = task, dlg
        task.start()
        return True

    def _step(self, task: Task, done: int, total: int, what: str) -> None:
        dlg = self.transfer_progress
        if task is not self.transfer_task or dlg is None or not task.running:
            return
        if what and what != "done":
            dlg.setLabelText(
                tr("{value}: {value2}…").format(
                    value=dlg.windowTitle(),
                    value2=step_name(what),
                )
            )
        dlg.setMaximum(max(total, 1))
        self._transfer_stepping = True  # a modal dialog's setValue runs the event loop
        try:
            dlg.setValue(min(done, max(total, 1)))
        finally:
            self._transfer_stepping = False

    def _ended(self, task: Task, done, value, title: str = "") -> None:
        if task is not self.transfer_task:
            return
        if self._transfer_stepping:  # inside the dialog's setValue: after it returns
            QTimer.singleShot(0, lambda: self._ended(task, done, value, title))
            return
        if self.transfer_progress is not None:
            self.transfer_progress.close()
            self.transfer_progress.deleteLater()
            self.transfer_progress = None
        if done is not None:
            done(value)
            return
        if task.crashed:  # the crash dialog said it
            return
        self.message(value)
        box = QMessageBox(QMessageBox.Icon.Warning, title, value, parent=self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.transfer_error = box
        box.open()
