"""Importing files in the background: progress dialog, cancel, a report of failures.

A text file whose encoding cannot be recognised with certainty is not a failure to
report but a question: :class:`~ui.dialogs.encoding.EncodingDialog` shows the text
read in each plausible encoding, and the one chosen imports the file again.

The worker uses the window's own ``Workspace`` (its engine hands each thread its own
connection; writes are serialised by the workspace's lock) and returns plain
``ImportResult``/``ImportFailure`` rows.  It never opens a second ``Workspace`` on the
file: see ``reviewer.storage.db`` on why one process has one owner per file.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QT_TR_NOOP, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QProgressDialog, QWidget

from reviewer.workspace import SAME_TEXT_SKIP, ImportFailure, ImportResult, ReviewerError, Workspace
from ui.dialogs.encoding import EncodingDialog
from ui.i18n import tr
from ui.tasks import Task

IMPORTABLE = QT_TR_NOOP("Documents (*.pdf *.docx *.txt *.md *.csv *.xlsx);;All files (*)")


def import_job(
    ws: Workspace, paths: list[Path], encoding: str | None = None, as_version_of: int | None = None
):
    """The function the worker runs: ``report`` returns False once cancelled.
    ``as_version_of``: the document the files are new versions of (None: told by the
    workspace, a file continuing a document's text becoming its next version).  A file
    repeating a document's text is held (``ImportResult.held``), for the window to ask."""

    def run(report):
        return ws.import_files(
            paths,
            progress=lambda d, t, f: report(d, t, f),
            encoding=encoding,
            as_version_of=as_version_of,
            if_same_text=SAME_TEXT_SKIP,
        )

    return run


class Importer(QObject):
    """Runs one import at a time for a window; ``finished`` carries (done, failed)."""

    finished = Signal(list, list)
    # (done, failed) just before ``finished``, while the window still shows what it
    # showed before the import (a new version's paragraphs replace the old ones)
    arrived = Signal(list, list)

    def __init__(self, parent: QWidget, workspace: Workspace):
        super().__init__(parent)
        self.window = parent
        self.ws = workspace
        self.task: Task | None = None
        self.dialog: QProgressDialog | None = None
        self.report_box: QMessageBox | None = None
        self.encoding_dialog: EncodingDialog | None = None
        self.last: tuple[list[ImportResult], list[ImportFailure]] | None = None
        self._unclear: list[ImportFailure] = []  # files whose encoding is still to ask
        self.as_version_of: int | None = None  # the running import's, for a retry
        self._stepping = False  # the progress dialog's setValue is running
        self._ended = True  # the current task's end was handled

    @property
    def busy(self) -> bool:
        """An import runs, or its end is still to be handled."""
        return self.task is not None and (self.task.running or not self._ended)

    def start(
        self, paths: list[Path], encoding: str | None = None, as_version_of: int | None = None
    ) -> bool:
        """Import ``paths`` in the background; ``encoding`` names their text encoding,
        ``as_version_of`` the document they are new versions of."""
        paths = [Path(p) for p in paths]
        if not paths or self.busy:
            return False
        self.as_version_of = as_version_of
        self.dialog = dlg = QProgressDialog(
            tr("Importing %n file(s)…", "", len(paths)),
            tr("Cancel"),
            0,
            len(paths),
            self.window,
        )
        dlg.setWindowTitle(tr("Import"))
        dlg.setWindowModality(Qt.WindowModality.WindowModal)
        dlg.setMinimumDuration(400)
        dlg.setAutoClose(False)
        dlg.setAutoReset(False)
        dlg.setValue(0)
        task = Task(import_job(self.ws, paths, encoding, as_version_of), self)
        dlg.canceled.connect(task.cancel)
        # each signal is this task's: one arriving after it finished (or from an
        # earlier task) is dropped, and the end waits for a progress step under way
        task.progress.connect(lambda d, t, f: self._progress(task, d, t, f))
        task.succeeded.connect(lambda result: self._end(task, self._done, result))
        task.failed.connect(lambda error: self._end(task, self._crashed, error))
        self.task = task
        self._ended = False
        task.start()
        return True

    def _progress(self, task: Task, done: int, total: int, file: str) -> None:
        """A step of the import in the progress dialog.

        ``QProgressDialog.setValue`` of a modal dialog runs the event loop, so the
        task's next signals, its end included, can be handled inside it: the label is
        set first, the value last, and nothing here touches the dialog after that;
        the end is held back until this returns (``_end``)."""
        dlg = self.dialog
        if task is not self.task or self._ended or dlg is None or self._stepping:
            return
        if file:
            dlg.setLabelText(
                tr("Importing {name} ({value} of {total})…").format(
                    name=Path(file).name, value=done + 1, total=total
                )
            )
        dlg.setMaximum(max(total, 1))
        self._stepping = True
        try:
            dlg.setValue(done)
        finally:
            self._stepping = False

    def _end(self, task: Task, handler, value) -> None:
        """The task's result (or error) once, when no progress step is under way."""
        if task is not self.task or self._ended:
            return
        if self._stepping:  # inside the dialog's setValue: after it returns
            QTimer.singleShot(0, lambda: self._end(task, handler, value))
            return
        self._ended = True
        handler(value)

    def _close_dialog(self) -> None:
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None

    def _done(self, result) -> None:
        self._close_dialog()
        done, failed = result
        self.last = (done, failed)
        others = [f for f in failed if not f.encodings]
        if others:
            self._report(done, others)
        self.arrived.emit(done, failed)
        self.finished.emit(done, failed)
        self._unclear.extend(f for f in failed if f.encodings)
        self._ask_encoding()

    def _ask_encoding(self) -> None:
        """Ask about the next file whose encoding was unclear, one dialog at a time."""
        if self.busy or self.encoding_dialog is not None or not self._unclear:
            return
        failure = self._unclear.pop(0)
        dlg = EncodingDialog(self.window, failure.file, failure.encodings)
        dlg.finished.connect(lambda code: self._encoding_chosen(dlg, failure, code))
        self.encoding_dialog = dlg
        dlg.open()

    def _encoding_chosen(self, dlg: EncodingDialog, failure: ImportFailure, code: int) -> None:
        """OK imports the file again in the chosen encoding; Cancel leaves it failed."""
        self.encoding_dialog = None
        dlg.deleteLater()
        encoding = dlg.encoding()
        if code == QDialog.DialogCode.Accepted and encoding:
            if self.start([Path(failure.file)], encoding, self.as_version_of):
                return  # its _done asks about the next one
        self._ask_encoding()

    def _crashed(self, error: str) -> None:
        self._close_dialog()
        self.last = ([], [])
        if self.task is not None and self.task.crashed:  # the crash dialog said it
            self.finished.emit([], [])
            return
        box = QMessageBox(QMessageBox.Icon.Critical, tr("Import failed"), error, parent=self.window)
        self.report_box = box
        box.open()
        self.finished.emit([], [])

    def _report(self, done: list[ImportResult], failed: list[ImportFailure]) -> None:
        """A failed file is listed with its reason; the others were imported all the same."""
        n = len(failed)
        rows = "".join(
            f"<li><b>{escape(Path(f.file).name)}</b>: {escape(f.error)}</li>" for f in failed
        )
        ok = tr("%n file(s) imported. ", "", len(done)) if done else ""
        box = QMessageBox(self.window)
        box.setIcon(QMessageBox.Icon.Warning)
        box.setWindowTitle(tr("Some files were not imported"))
        box.setTextFormat(Qt.TextFormat.RichText)
        box.setText(
            ok
            + tr(
                "%n file(s) could not be imported:<ul>{rows}</ul>Fix or convert the file and "
                "import it again.",
                "",
                n,
            ).format(rows=rows)
        )
        box.setDetailedText("\n".join(f"{f.file}: {f.error}" for f in failed))
        self.report_box = box
        box.open()

    def import_held(self, results: list[ImportResult]) -> bool:
        """Import after all the files an import held for repeating a document's text,
        each as a document of its own; ``finished`` follows as for any import."""
        held = [r for r in results if r.held is not None]
        if not held or self.busy:
            return False
        ws = self.ws

        def run(report):
            done, failed = [], []
            for i, r in enumerate(held):
                report(i, len(held), r.file)
                try:
                    done.append(ws.import_parsed(r.held, r.file, new_document=True))
                    try:  # where it came from, for the page view (if it is still there)
                        ws.locate_source(done[-1].document_id, r.file)
                    except ReviewerError:
                        pass
                except ReviewerError as exc:
                    failed.append(ImportFailure(r.file, str(exc)))
            return done, failed

        task = Task(run, self)
        task.succeeded.connect(self._done)
        task.failed.connect(self._crashed)
        self.task = task
        task.start()
        return True
