"""The choices of the Word brief dialog: the form, its choosers, the options they make."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TR_NOOP, QLocale, QStandardPaths, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
)

from reviewer.export import LANGUAGES, BriefOptions, default_title
from reviewer.workspace import Position
from ui import i18n
from ui.crash import USER_ERRORS, report_crash
from ui.i18n import tr
from ui.render import POSITION_NAMES

WORD_FILES = QT_TR_NOOP("Word documents (*.docx)")
GROUPINGS = (
    ("recommendation", QT_TR_NOOP("By recommendation (what the submissions say about each)")),
    ("document", QT_TR_NOOP("By document (paragraphs with their recommendations, tags, notes)")),
    ("tag", QT_TR_NOOP("By tag (paragraphs under each tag)")),
)
ONLY = (
    ("annotated", QT_TR_NOOP("Paragraphs linked, tagged or noted")),
    ("linked", QT_TR_NOOP("Only paragraphs linked to a recommendation")),
    ("tagged", QT_TR_NOOP("Only tagged paragraphs")),
    ("noted", QT_TR_NOOP("Only paragraphs with notes")),
    (None, QT_TR_NOOP("All paragraphs")),
)
PAPERS = (("A4", QT_TR_NOOP("A4")), ("Letter", QT_TR_NOOP("US Letter")))
BRIEF_LANGUAGES = LANGUAGES  # (code, the language's own name): the six UN languages
POSITIONS = ((None, QT_TR_NOOP("Any position")), *((p.value, POSITION_NAMES[p]) for p in Position))


class BriefForm:
    """Mixin of ``ExportBriefDialog``: builds and reads the form."""

    def _build_form(self) -> QFormLayout:
        """The choices, the reviewer, the paper and where to save."""
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.review = QComboBox()
        self.review.setObjectName("briefReview")
        self.review.addItem(tr("All reviews"), None)
        self.review.setToolTip(
            tr(
                "A review: its documents, and the recommendations made in it or that its "
                "documents respond to (the previous review's)"
            )
        )
        form.addRow(tr("Re&view:"), self.review)
        self.group_by = _combo(GROUPINGS)
        form.addRow(tr("&Arrange:"), self.group_by)
        self.only = _combo(ONLY)
        form.addRow(tr("&Paragraphs:"), self.only)
        self.document = QComboBox()
        self.document.addItem(tr("All documents"), None)
        form.addRow(tr("&Document:"), self.document)
        self.symbol = QComboBox()
        self.symbol.setEditable(True)
        self.symbol.addItem("")
        self.symbol.lineEdit().setPlaceholderText(tr("any report, or e.g. A/HRC/40/6"))
        form.addRow(tr("&Report:"), self.symbol)
        self.theme = QLineEdit()
        self.theme.setPlaceholderText(tr("any theme, or a code (A12) or words of its name"))
        form.addRow(tr("T&heme:"), self.theme)
        self.position = _combo(POSITIONS)
        form.addRow(tr("Pos&ition:"), self.position)
        self.comments = QCheckBox(
            tr("Notes as Word comments (otherwise as text under each paragraph)")
        )
        form.addRow("", self.comments)
        self.suggestions = QCheckBox(tr("Links accepted from the suggestions (marked as such)"))
        self.suggestions.setObjectName("briefAcceptedSuggestions")
        self.suggestions.setChecked(True)
        form.addRow("", self.suggestions)
        self.title = QLineEdit()
        form.addRow(tr("&Title:"), self.title)
        self.reviewer = QLineEdit()
        self.reviewer.setObjectName("briefReviewer")
        self.reviewer.setPlaceholderText(tr("no reviewer named on the brief"))
        self.reviewer.setToolTip(tr("The reviewer named on the cover (Edit › Reviewer name…)"))
        form.addRow(tr("Revie&wer:"), self.reviewer)
        self.paper = _combo(PAPERS)
        self.paper.setObjectName("briefPaper")
        self.paper.setCurrentIndex(self.paper.findData(default_paper()))
        form.addRow(tr("Paper si&ze:"), self.paper)
        self.language = _combo(BRIEF_LANGUAGES)
        self.language.setObjectName("briefLanguage")
        self.language.setCurrentIndex(max(self.language.findData(i18n.current()), 0))
        self.language.setToolTip(tr("The language of the brief's headings, labels and dates"))
        self.language.currentIndexChanged.connect(self._language_changed)
        self._language_changed()
        form.addRow(tr("Lan&guage:"), self.language)
        self.path = QLineEdit()
        self.path.setPlaceholderText(tr("where to save the .docx"))
        self.path.textEdited.connect(self._path_edited)
        self.path.textChanged.connect(self._update_buttons)
        browse = QPushButton(tr("&Browse…"))
        browse.clicked.connect(self.choose_file)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        label = QLabel(tr("&Save as:"))
        label.setBuddy(self.path)
        form.addRow(label, row)
        return form

    def _fill_from_workspace(self, review: str | None = None) -> None:
        """Reviews, documents and report symbols for the choosers; a quick read on open."""
        try:
            reviews = self.ws.reviews()
            self._documents = [d for d in self.ws.documents() if d.paragraphs]
            symbols = sorted({r.symbol for r in self.ws.recommendations(cited=True)})
        except USER_ERRORS as exc:  # a locked workspace: the export will say it again
            self.status.setText(tr("Could not read the workspace: {exc}").format(exc=exc))
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
        self.document.addItem(
            tr("All documents") if code is None else tr("All its documents"), None
        )
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
            reviewer=" ".join(self.reviewer.text().split()) or None,
            paper=self.paper.currentData(),
            language=self.language.currentData(),
        )

    def _language_changed(self, *_args) -> None:
        """The title a brief without one gets, in the brief's language."""
        self.title.setPlaceholderText(default_title(self.language.currentData()))

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
        name, _ = QFileDialog.getSaveFileName(
            self, tr("Save the Word brief as"), start, tr(WORD_FILES)
        )
        if name:
            self._chosen = Path(name)
            self.path.setText(name)

    def _path_edited(self, _text: str) -> None:
        self._chosen = None


def suggested_path(name: str | None = None) -> Path:
    """A new file in the user's Documents folder (not next to the workspace, which may
    live in the hidden application data folder)."""
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    folder = Path(docs) if docs and Path(docs).is_dir() else Path.home()
    name = name or tr("UPR brief")
    path = folder / f"{name}.docx"
    n = 2
    while path.exists():
        path = folder / f"{name} ({n}).docx"
        n += 1
    return path


def default_paper() -> str:
    """US Letter where the locale measures in inches (the US, Canada's English), else A4."""
    imperial = QLocale.system().measurementSystem() == QLocale.MeasurementSystem.ImperialUSSystem
    return "Letter" if imperial else "A4"


def _combo(items) -> QComboBox:
    box = QComboBox()
    for data, label in items:
        box.addItem(tr(label), data)
    return box
