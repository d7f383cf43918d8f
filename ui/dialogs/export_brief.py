"""File → Export Word brief…: the options of ``export brief``, a file chooser, progress.

The export runs through ``ui.tasks.Task`` in a worker that opens its own
``Workspace`` on the same file, so the window stays responsive on a large brief.
A failure is one message box naming the file; the dialog stays open to fix it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QStandardPaths, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reviewer.export import DEFAULT_TITLE, BriefOptions, ExportCancelled, export_brief
from reviewer.workspace import POSITION_LABELS, Position, Workspace
from ui.crash import USER_ERRORS, report_crash
from ui.tasks import Task

WORD_FILES = "Word documents (*.docx)"
CANCELLED = "Cancelled; nothing was written."
GROUPINGS = (
    ("document", "By document (paragraphs with their recommendations, tags, notes)"),
    ("recommendation", "By recommendation (what the submissions say about each)"),
    ("tag", "By tag (paragraphs under each tag)"),
)
ONLY = (
    (None, "All paragraphs"),
    ("linked", "Only paragraphs linked to a recommendation"),
    ("tagged", "Only tagged paragraphs"),
    ("noted", "Only paragraphs with notes"),
)
POSITIONS = ((None, "Any position"), *((p.value, POSITION_LABELS[p]) for p in Position))


def brief_job(ws: Workspace, target: Path, options: BriefOptions):
    """The function the worker runs; ``report`` returns False once cancelled, and
    then the job returns None (a cancel is the person's choice, not an error).

    It uses the window's own ``Workspace``: a second one on the same file in this
    process would be a second owner of SQLite's locks (see ``reviewer.storage.db``).
    """

    def run(report):
        try:
            summary = export_brief(
                ws, target, options, progress=lambda d, t: report(d, t, "Laying out the brief")
            )
        except ExportCancelled:
            return None
        return summary.as_dict()

    return run


class ExportBriefDialog(QDialog):
    """Emits ``exported(path, summary)`` once the brief is written, then closes."""

    exported = Signal(str, dict)

    def __init__(
        self, workspace: Workspace, parent: QWidget | None = None, review: str | None = None
    ):
        super().__init__(parent)
        self.ws = workspace
        self._documents: list = []  # the documents with paragraphs, for the chooser
        self.task: Task | None = None
        self.summary: dict | None = None
        self.last_error: str | None = None
        self._chosen: Path | None = None  # picked in the file dialog, which asked already
        self.setWindowTitle("Export Word brief")
        self._build()
        self._fill_from_workspace(review)
        self.path.setText(str(suggested_path()))
        self._update_buttons()

    # -- layout ---------------------------------------------------------------------------
    def _build(self) -> None:
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.review = QComboBox()
        self.review.setObjectName("briefReview")
        self.review.addItem("All reviews", None)
        self.review.setToolTip(
            "A review: its documents, and the recommendations made in it or that its "
            "documents respond to (the previous review's)"
        )
        form.addRow("Re&view:", self.review)
        self.group_by = _combo(GROUPINGS)
        form.addRow("&Arrange:", self.group_by)
        self.only = _combo(ONLY)
        form.addRow("&Paragraphs:", self.only)
        self.document = QComboBox()
        self.document.addItem("All documents", None)
        form.addRow("&Document:", self.document)
        self.symbol = QComboBox()
        self.symbol.setEditable(True)
        self.symbol.addItem("")
        self.symbol.lineEdit().setPlaceholderText("any report, or e.g. A/HRC/40/6")
        form.addRow("&Report:", self.symbol)
        self.theme = QLineEdit()
        self.theme.setPlaceholderText("any theme, or a code (A12) or words of its name")
        form.addRow("T&heme:", self.theme)
        self.position = _combo(POSITIONS)
        form.addRow("P&osition:", self.position)
        self.comments = QCheckBox("Notes as Word comments (otherwise as text under each paragraph)")
        form.addRow("", self.comments)
        self.suggestions = QCheckBox("Links accepted from the suggestions (marked as such)")
        self.suggestions.setObjectName("briefAcceptedSuggestions")
        self.suggestions.setChecked(True)
        form.addRow("", self.suggestions)
        self.title = QLineEdit()
        self.title.setPlaceholderText(DEFAULT_TITLE)
        form.addRow("&Title:", self.title)
        self.path = QLineEdit()
        self.path.setPlaceholderText("where to save the .docx")
        self.path.textEdited.connect(self._path_edited)
        self.path.textChanged.connect(self._update_buttons)
        browse = QPushButton("&Browse…")
        browse.clicked.connect(self.choose_file)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        label = QLabel("&Save as:")
        label.setBuddy(self.path)
        form.addRow(label, row)

        self.progress = QProgressBar()
        self.progress.setVisible(False)
        self.status = QLabel("")
        self.status.setWordWrap(True)
        self.buttons = QDialogButtonBox()
        self.export_button = self.buttons.addButton(
            "&Export", QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.cancel_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(600)

    def _fill_from_workspace(self, review: str | None = None) -> None:
        """Reviews, documents and report symbols for the choosers; a quick read on open."""
        try:
            reviews = self.ws.reviews()
            self._documents = [d for d in self.ws.documents() if d.paragraphs]
            symbols = sorted({r.symbol for r in self.ws.recommendations(cited=True)})
        except USER_ERRORS as exc:  # a locked workspace: the export will say it again
            self.status.setText(f"Could not read the workspace: {exc}")
            return
        except Exception:  # a bug: the crash route, and the dialog stays usable
            report_crash(parent=self)
            return
        for r in reviews:
            self.review.addItem(f"{r.label}  ({r.review})", r.review)
        self.review.setCurrentIndex(max(self.review.findData(review), 0) if review else 0)
        self.review.currentIndexChanged.connect(lambda _: self._fill_documents())
        self._fill_documents()
        for s in symbols:
            self.symbol.addItem(s)

    def _fill_documents(self) -> None:
        """The document chooser: the chosen review's documents (all for all reviews)."""
        code = self.review.currentData()
        keep = self.document.currentData()
        self.document.blockSignals(True)
        self.document.clear()
        self.document.addItem("All documents" if code is None else "All its documents", None)
        for d in self._documents:
            if code is not None and d.review != code:
                continue
            label = d.title if len(d.title) <= 80 else d.title[:79] + "…"
            self.document.addItem(label, d.id)
            self.document.setItemData(
                self.document.count() - 1, d.title, Qt.ItemDataRole.ToolTipRole
            )
        self.document.setCurrentIndex(max(self.document.findData(keep), 0) if keep else 0)
        self.document.blockSignals(False)

    # -- choices ----------------------------------------------------------------------------
    def options(self) -> BriefOptions:
        return BriefOptions(
            group_by=self.group_by.currentData(),
            only=self.only.currentData(),
            comments=self.comments.isChecked(),
            accepted_suggestions=self.suggestions.isChecked(),
            document_id=self.document.currentData(),
            symbol=self.symbol.currentText().strip() or None,
            theme=self.theme.text().strip() or None,
            position=self.position.currentData(),
            title=self.title.text().strip() or None,
            review=self.review.currentData(),
        )

    def target(self) -> Path | None:
        text = self.path.text().strip()
        if not text:
            return None
        path = Path(text).expanduser()
        if path.suffix.lower() != ".docx" and not path.is_dir():
            path = path.with_name(path.name + ".docx")
        return path

    def choose_file(self) -> None:
        start = self.path.text().strip() or str(suggested_path())
        name, _ = QFileDialog.getSaveFileName(self, "Save the Word brief as", start, WORD_FILES)
        if name:
            self._chosen = Path(name)
            self.path.setText(name)

    def _path_edited(self, _text: str) -> None:
        self._chosen = None

    def _update_buttons(self) -> None:
        busy = self.task is not None and self.task.running
        self.export_button.setEnabled(not busy and bool(self.path.text().strip()))

    # -- running ------------------------------------------------------------------------------
    def accept(self) -> None:
        """Start the export; the dialog closes when the brief is written."""
        if self.task is not None and self.task.running:
            return
        target = self.target()
        if target is None:
            self.show_error("Choose where to save the brief.")
            return
        if target.is_file() and target != self._chosen and not self._confirm_replace(target):
            return
        self.last_error = None
        self.status.setText(f"Writing {target.name}…")
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
            self.status.setText("Cancelling…")
            return
        super().reject()

    def _progress(self, done: int, total: int, _text: str) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _succeeded(self, summary: dict | None) -> None:
        self._finish()
        if summary is None:  # cancelled before anything was written
            self.status.setText(CANCELLED)
            return
        self.summary = summary
        parts = [
            f"{summary['paragraphs']} paragraphs",
            f"{summary['recommendations']} recommendations",
        ]
        message = f"Wrote {Path(summary['file']).name}: {', '.join(parts)}"
        parent = self.parent()
        if parent is not None and hasattr(parent, "message"):
            parent.message(message)
        self.exported.emit(summary["file"], summary)
        super().accept()

    def _failed(self, error: str) -> None:
        self._finish()
        if self.task is not None and self.task.cancelled:
            self.status.setText(CANCELLED)
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
            self.path,
        ):
            w.setEnabled(enabled)

    # -- messages (tests replace these) ------------------------------------------------------
    def show_error(self, message: str) -> None:
        self.last_error = message
        QMessageBox.critical(self, "The brief was not written", message)

    def _confirm_replace(self, target: Path) -> bool:
        answer = QMessageBox.question(
            self,
            "Replace the brief?",
            f"{target.name} already exists in {target.parent}. Replace it?",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        return answer == QMessageBox.StandardButton.Yes


def suggested_path(name: str = "UPR brief") -> Path:
    """A new file in the user's Documents folder (not next to the workspace, which may
    live in the hidden application data folder)."""
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(docs) if docs and Path(docs).is_dir() else Path.home()
    path = folder / f"{name}.docx"
    n = 2
    while path.exists():
        path = folder / f"{name} ({n}).docx"
        n += 1
    return path


def _combo(items) -> QComboBox:
    box = QComboBox()
    for data, label in items:
        box.addItem(label, data)
    return box


__all__ = ["ExportBriefDialog", "brief_job"]
