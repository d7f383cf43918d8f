"""File → Export Word brief…: the options of ``export brief``, a file chooser, progress.

It opens on a brief for a meeting: the window's current review, by recommendation,
the paragraphs someone linked, tagged or noted; the person can widen any of it.  As
the choices change it shows how many pages they make (``brief_estimate``), and
past ``LONG_BRIEF`` pages it asks before writing, saying how to narrow the brief.
The export runs through ``ui.tasks.Task`` in a worker on the window's
``Workspace``, so the window stays responsive on a large brief.  Once written, the
dialog offers to open the brief or show it in its folder; a failure is one message
box naming the file, and the dialog stays open to fix it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TR_NOOP, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QProgressBar,
    QVBoxLayout,
    QWidget,
)

from reviewer.export import BriefOptions, ExportCancelled, export_brief
from reviewer.workspace import Workspace
from ui.dialogs.brief_estimate import LONG_BRIEF, Estimator, describe, narrowing
from ui.dialogs.brief_form import BriefForm, suggested_path
from ui.i18n import tr
from ui.tasks import Task

CANCELLED = QT_TR_NOOP("Cancelled; nothing was written.")


def brief_job(ws: Workspace, target: Path, options: BriefOptions):
    """The function the worker runs; ``report`` returns False once cancelled, and
    then the job returns None (a cancel is the person's choice, not an error).

    It uses the window's own ``Workspace``: a second one on the same file in this
    process would be a second owner of SQLite's locks (see ``reviewer.storage.db``).
    """

    def run(report):
        try:
            summary = export_brief(
                ws, target, options, progress=lambda d, t: report(d, t, tr("Laying out the brief"))
            )
        except ExportCancelled:
            return None
        return summary.as_dict()

    return run


class ExportBriefDialog(BriefForm, QDialog):
    """Emits ``exported(path, summary)`` once the brief is written, then offers to open
    it; Close then ends the dialog as accepted."""

    exported = Signal(str, dict)

    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None = None,
        review: str | None = None,
        reviewer: str | None = None,
    ):
        super().__init__(parent)
        self.ws = workspace
        self._documents: list = []  # the documents with paragraphs, for the chooser
        self.task: Task | None = None
        self.summary: dict | None = None
        self.written: Path | None = None  # the brief written last, for Open / Show
        self.last_error: str | None = None
        self._chosen: Path | None = None  # picked in the file dialog, which asked already
        self._export_waiting = False  # Export pressed before the estimate was in
        self.estimator = Estimator(workspace, self)
        self.estimator.ready.connect(self._estimated)
        self.estimator.failed.connect(self._estimate_failed)
        self.setWindowTitle(tr("Export Word brief"))
        self._build()
        self.reviewer.setText(reviewer or "")
        self._fill_from_workspace(review)
        self.path.setText(str(suggested_path()))
        self._update_buttons()
        self._watch_choices()
        self._choices_changed()

    # -- layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        form = self._build_form()
        self.estimate = QLabel("")
        self.estimate.setObjectName("briefEstimate")
        self.estimate.setWordWrap(True)
        self.estimate.setTextFormat(Qt.TextFormat.PlainText)
        self.estimate.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        # two lines kept: a wrapped estimate must not be cut off in a dialog already shown
        self.estimate.setMinimumHeight(2 * self.estimate.fontMetrics().lineSpacing() + 2)
        form.addRow(tr("Length:"), self.estimate)
        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(
            tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.open_button = self.buttons.addButton(
            tr("&Open"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.open_button.setToolTip(tr("Open the brief in the program the system uses for .docx"))
        self.folder_button = self.buttons.addButton(
            tr("Show in &folder"), QDialogButtonBox.ButtonRole.ActionRole
        )
        for button in (self.open_button, self.folder_button):
            button.setVisible(False)
        self.open_button.clicked.connect(self.open_brief)
        self.folder_button.clicked.connect(self.show_in_folder)
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(600)

    # -- the estimate ---------------------------------------------------------------------------
    def _watch_choices(self) -> None:
        for combo in (self.review, self.group_by, self.only, self.document, self.position):
            combo.currentIndexChanged.connect(self._choices_changed)
        self.paper.currentIndexChanged.connect(self._choices_changed)
        self.language.currentIndexChanged.connect(self._choices_changed)
        self.symbol.currentTextChanged.connect(self._choices_changed)
        for edit in (self.theme, self.title, self.reviewer):
            edit.textChanged.connect(self._choices_changed)
        for box in (self.comments, self.suggestions):
            box.toggled.connect(self._choices_changed)

    def _choices_changed(self, *_args) -> None:
        options = self.options()
        if self.estimator.current() is None or self.estimator.options != options:
            self.estimate.setText(tr("Estimating the length…"))
        self.estimator.request(options)

    def _estimated(self, options: BriefOptions, estimate) -> None:
        text = describe(estimate)
        if estimate.pages > LONG_BRIEF:
            text += " — " + tr("more than {pages} pages: narrow it before a meeting?").format(
                pages=LONG_BRIEF
            )
        self.estimate.setText(text)
        if self._export_waiting and options == self.options():
            self._export_waiting = False
            self._write_if_confirmed(estimate.pages)

    def _estimate_failed(self, error: str) -> None:
        self.estimate.setText(tr("Could not estimate the length: {error}").format(error=error))
        if self._export_waiting:
            self._export_waiting = False
            self._write(self.target())  # the export will say what is wrong, if anything

    def _update_buttons(self) -> None:
        busy = self.task is not None and self.task.running
        self.export_button.setEnabled(not busy and bool(self.path.text().strip()))

    # -- running ------------------------------------------------------------------------------
    def accept(self) -> None:
        """Export: first the estimate (asking past ``LONG_BRIEF`` pages), then the brief."""
        if (self.task is not None and self.task.running) or self._export_waiting:
            return
        target = self.target()
        if target is None:
            self.show_error(tr("Choose where to save the brief."))
            return
        if target.is_file() and target != self._chosen and not self._confirm_replace(target):
            return
        self._chosen = target  # asked once; a long-brief question must not ask again
        estimate = self.estimator.current() if self.estimator.options == self.options() else None
        if estimate is not None:
            self._write_if_confirmed(estimate.pages)
            return
        self._export_waiting = True
        self.status.setText(tr("Estimating the length before writing…"))
        self.estimator.request(self.options(), now=True)

    def _write_if_confirmed(self, pages: int) -> None:
        if pages > LONG_BRIEF and not self.confirm_long(pages):
            self.status.setText(tr("Not written: narrow the choices, or Export again to write it."))
            return
        self._write(self.target())

    def _write(self, target: Path | None) -> None:
        if target is None:
            return
        self.last_error = None
        self.status.setText(tr("Writing {name}…").format(name=target.name))
        self.progress.setRange(0, 0)
        self.progress.setVisible(True)
        self._set_inputs_enabled(False)
        task = Task(brief_job(self.ws, target, self.options()), self)
        task.progress.connect(self._progress)
        task.succeeded.connect(self._succeeded)
        task.failed.connect(self._failed)
        self.task = task
        task.start()
        self._update_buttons()

    def reject(self) -> None:
        if self.task is not None and self.task.running:
            self.task.cancel()  # the worker stops at the next paragraph; nothing is written
            self.status.setText(tr("Cancelling…"))
            return
        if self._export_waiting:  # waiting for the estimate: stop waiting, stay open
            self._export_waiting = False
            self.status.setText(tr(CANCELLED))
            return
        self.estimator.stop()
        if self.written is not None:  # Close after writing: the export was done
            super().accept()
            return
        super().reject()

    def _progress(self, done: int, total: int, _text: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _succeeded(self, summary: dict | None) -> None:
        self._finish()
        if summary is None:  # cancelled before anything was written
            self.status.setText(tr(CANCELLED))
            return
        self.summary = summary
        self.written = Path(summary["file"])
        parts = [
            tr("%n paragraph(s)", "", summary["paragraphs"]),
            tr("%n recommendation(s)", "", summary["recommendations"]),
            tr("about %n page(s)", "", summary["pages"]),
        ]
        message = tr("Wrote {file}: {what}").format(file=self.written.name, what=", ".join(parts))
        self.status.setText(tr("{message}.").format(message=message))
        parent = self.parent()
        if parent is not None and hasattr(parent, "message"):
            parent.message(message)
        for button in (self.open_button, self.folder_button):
            button.setVisible(True)
        self.open_button.setDefault(True)
        self.open_button.setFocus()
        self.cancel_button.setText(tr("Close"))
        self.setResult(QDialog.DialogCode.Accepted)
        self.exported.emit(summary["file"], summary)

    # -- after writing --------------------------------------------------------------------------
    def open_brief(self) -> None:
        """Open the brief in the system's program for Word files."""
        if self.written is not None:
            self._open_url(QUrl.fromLocalFile(str(self.written)))

    def show_in_folder(self) -> None:
        """Open the folder that holds the brief."""
        if self.written is not None:
            self._open_url(QUrl.fromLocalFile(str(self.written.parent)))

    def _open_url(self, url: QUrl) -> None:
        if not QDesktopServices.openUrl(url):
            self.show_error(tr("The system could not open {file}.").format(file=url.toLocalFile()))

    def _failed(self, error: str) -> None:
        self._finish()
        if self.task is not None and self.task.cancelled:
            self.status.setText(tr(CANCELLED))
            return
        self.status.setText("")
        self.show_error(error)

    def _finish(self) -> None:
        self.progress.setVisible(False)
        self._set_inputs_enabled(True)
        self._update_buttons()

    def _set_inputs_enabled(self, enabled: bool) -> None:
        for w in (
            self.review,
            self.group_by,
            self.only,
            self.document,
            self.symbol,
            self.theme,
            self.position,
            self.comments,
            self.suggestions,
            self.title,
            self.reviewer,
            self.paper,
            self.language,
            self.path,
        ):
            w.setEnabled(enabled)

    # -- messages (tests replace these) ------------------------------------------------------
    def show_error(self, message: str) -> None:
        self.last_error = message
        QMessageBox.critical(self, tr("The brief was not written"), message)

    def confirm_long(self, pages: int) -> bool:
        """A brief past ``LONG_BRIEF`` pages: write it anyway, or go back and narrow it."""
        ways = narrowing(self.options())
        how = (
            tr("To narrow it: {ways}.").format(ways="; ".join(ways))
            if ways
            else tr("To narrow it, choose fewer documents or recommendations.")
        )
        box = QMessageBox(
            QMessageBox.Icon.Warning,
            tr("A long brief"),
            tr("This brief will run to about %n page(s).", "", pages),
            QMessageBox.StandardButton.NoButton,
            self,
        )
        box.setObjectName("longBrief")
        box.setInformativeText(how)
        write = box.addButton(tr("Write %n page(s)", "", pages), QMessageBox.ButtonRole.AcceptRole)
        back = box.addButton(tr("Go back and narrow it"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(back)
        box.setEscapeButton(back)
        self.long_warning = box
        box.exec()
        self.long_warning = None
        return box.clickedButton() is write

    def _confirm_replace(self, target: Path) -> bool:
        answer = QMessageBox.question(
            self,
            tr("Replace the brief?"),
            tr("{name} already exists in {parent}. Replace it?").format(
                name=target.name, parent=target.parent
            ),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes


__all__ = ["ExportBriefDialog", "brief_job"]
