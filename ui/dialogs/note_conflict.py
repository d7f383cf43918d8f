"""A note saved by a colleague while the person was editing it: both texts, side by side.

Nothing is overwritten: the colleague's text stays in the note, the person's went into
a new note beside it on the same paragraph (``EditNoteCommand``).  This says so, names
who saved (the history's last edit of the note) and shows the two texts to compare.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from reviewer.workspace import NoteRow, ReviewerError
from ui.i18n import tr
from ui.panels.history import when


def last_editor(ws, note: NoteRow | None) -> tuple[str, str | None]:
    """(who last saved the note, when), from the history; "A colleague" if unknown."""
    if note is None:
        return tr("A colleague"), None
    try:
        rows = ws.history(paragraph_id=note.paragraph_id, limit=100)
    except ReviewerError:
        rows = []
    edit = next((h for h in rows if h.uid == note.uid and h.action == "note edited"), None)
    if edit is None or not edit.author:
        return tr("A colleague"), None
    return edit.author, when(edit.at)


class NoteConflictDialog(QDialog):
    def __init__(self, ws, theirs: NoteRow | None, mine: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("noteConflict")
        self.setWindowTitle(tr("Both texts of the note are kept"))
        self.who, at = last_editor(ws, theirs)
        self.summary = tr(
            "{who} saved this note while you were editing it: both texts are kept"
        ).format(who=self.who)
        head = QLabel(
            (
                tr(
                    "<b>{who} saved this note while you were editing it.</b> Both texts are "
                    "kept: theirs in the note, yours in a new note beside it on the same "
                    "paragraph. Compare them and keep what you agree on; Ctrl+Z takes yours back."
                )
                if self.who != tr("A colleague")
                else tr(
                    "<b>{who} saved this note while you were editing it.</b> Both texts are "
                    "kept: the saved one in the note, yours in a new note beside it on the same "
                    "paragraph. Compare them and keep what you agree on; Ctrl+Z takes yours back."
                )
            ).format(who=escape(self.who)),
            self,
        )
        head.setWordWrap(True)
        self.theirs = self._text(theirs.body if theirs is not None else tr("(deleted since)"))
        self.mine = self._text(mine)
        grid = QGridLayout()
        caption = QLabel(
            (tr("{who}'s text (saved {when})") if at else tr("{who}'s text")).format(
                who=self.who, when=at
            ),
            self,
        )
        caption.setTextFormat(Qt.TextFormat.PlainText)
        grid.addWidget(caption, 0, 0)
        grid.addWidget(QLabel(tr("Your text (a new note)"), self), 0, 1)
        grid.addWidget(self.theirs, 1, 0)
        grid.addWidget(self.mine, 1, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(head)
        layout.addLayout(grid, 1)
        layout.addWidget(buttons)
        self.resize(640, 320)

    def _text(self, body: str) -> QPlainTextEdit:
        view = QPlainTextEdit(body, self)
        view.setReadOnly(True)
        view.setTabChangesFocus(True)
        return view
