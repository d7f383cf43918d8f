"""What the page view shows instead of a page: why there is none (a Word or text
file, a file moved or saved over, nothing selected) and what to do about it."""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP, Qt
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from ui import theme
from ui.i18n import tr
from ui.resources import icon

UNRECORDED = QT_TR_NOOP(
    "Where this document's file is was not recorded: it was imported before the page "
    "view existed, or from another program.  Locate the file (or import it again) to "
    "see its pages here."
)
MISSING = QT_TR_NOOP(
    "The original file is not at {path} any more: it was moved, renamed or deleted.  "
    "Locate it to see its pages here."
)
DIFFERENT = QT_TR_NOOP(
    "The file at {path} is not the one that was imported: its content has changed since "
    "(another version saved over it?).  Locate the file that was imported to see its "
    "pages here."
)
WORD = QT_TR_NOOP(
    "A Word document has no fixed pages to show here: where its pages break depends on "
    "the program that lays it out.  Open it in Word or LibreOffice to see it as printed."
)
TEXT = QT_TR_NOOP("A text file has no pages to show.")
NO_BOXES = QT_TR_NOOP(
    "Where this paragraph stands on the page is not known (it was imported before the "
    "page view): import the file again to highlight it."
)

NOTHING = QT_TR_NOOP("Select a paragraph to see the page it stands on.")


class PageNote(QWidget):
    """A message, a problem with what the person did, and the buttons that help:
    "Locate the file…", "Open in Word/LibreOffice", "Open the file"."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.message = QLabel(self)
        self.message.setObjectName("pageMessage")
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.locate_button = QPushButton(tr("&Locate the file…"), self)
        self.locate_button.setObjectName("pageLocate")
        self.word_button = QPushButton(icon("document"), tr("Open in &Word/LibreOffice"), self)
        self.word_button.setObjectName("pageOpenWord")
        self.file_button = QPushButton(icon("open"), tr("Open the file"), self)
        self.file_button.setObjectName("pageOpenFile")
        self.problem = QLabel(self)
        self.problem.setObjectName("pageProblem")
        self.problem.setWordWrap(True)
        theme.style(self.problem, "color: ${rejected}")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(18, 24, 18, 18)
        layout.addWidget(self.message)
        layout.addWidget(self.problem)
        for b in (self.locate_button, self.word_button, self.file_button):
            layout.addWidget(b, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(1)

    def say(self, text: str | None, locate=False, word=False, file=False) -> None:
        self.message.setText(text or tr(NOTHING))
        self.problem.hide()
        self.locate_button.setVisible(locate)
        self.word_button.setVisible(word)
        self.file_button.setVisible(file)

    def show_problem(self, text: str) -> None:
        self.problem.setText(text)
        self.problem.setVisible(bool(text))
