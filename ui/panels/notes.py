"""A paragraph's notes: a list, and an editor that saves as you type (500 ms debounce).

The first save of a new note adds it; later saves edit it and merge into the same
undo step, so Ctrl+Z takes back one whole note, not one keystroke.  A note on a
passage (words selected in the reading pane) shows the words it is on above the
editor; they are not copied into the note's text (the note keeps their span).
"""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP, QTimer, Signal
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from reviewer.workspace import NoteRow
from ui.delegates import HtmlDelegate
from ui.i18n import tr
from ui.models.lists import NotesModel
from ui.render import short
from ui.resources import icon
from ui.session import Session
from ui.undo_notes import AddNoteCommand, DeleteNoteCommand, EditNoteCommand

DEBOUNCE_MS = 500
PLACEHOLDER = QT_TR_NOOP("Write a note… (saved as you type)")


class NotesEditor(QWidget):
    saved = Signal(str)  # a status line: "Note saved"

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self.paragraph_id: int | None = None
        self.uid: str | None = None  # the note being edited; None: a new one
        self.revision: int | None = None  # its revision the editor's text started from
        self.conflict_dialog = None  # what a save beside a colleague's showed
        self.span: tuple[int, int] | None = None  # a new note's passage, if on one
        self.model = NotesModel(self)
        self.list = QListView(self)
        self.list.setObjectName("notesList")
        self.list.setModel(self.model)
        self.list.setItemDelegate(HtmlDelegate(self.list))
        self.list.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.list.setMinimumHeight(96)
        self.list.selectionModel().currentChanged.connect(self._pick)
        self.quote = QLabel(self)  # the words a passage note is on
        self.quote.setObjectName("noteQuote")
        self.quote.setWordWrap(True)
        self.quote.hide()
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("noteEditor")
        self.editor.setPlaceholderText(tr(PLACEHOLDER))
        self.editor.setTabChangesFocus(True)
        self.editor.setFixedHeight(84)
        self.editor.textChanged.connect(self._typed)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.save)
        self.state = QLabel("", self)
        self.state.setObjectName("hint")
        # what it says ("Saved as …", a long name) never widens the inspector: the dock
        # stays where it is as the state changes (a longer text is cut at the edge)
        self.state.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.new_button = QPushButton(icon("note"), tr("&New note"), self)
        self.new_button.clicked.connect(self.new_note)
        self.delete_button = QPushButton(icon("delete"), tr("Delete"), self)
        self.delete_button.setToolTip(tr("Delete the selected note (undo brings it back)"))
        self.delete_button.clicked.connect(self.delete_current)
        buttons = QHBoxLayout()
        buttons.addWidget(self.state, 1)
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.delete_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.quote)
        layout.addWidget(self.editor)
        layout.addLayout(buttons)
        self.set_notes(None, [])

    # -- showing ---------------------------------------------------------------------
    def set_notes(self, paragraph_id: int | None, notes: list[NoteRow]) -> None:
        """Show a paragraph's notes; keeps the editor if it is the same paragraph."""
        if paragraph_id != self.paragraph_id:
            self.flush()
            self.paragraph_id = paragraph_id
            self._load_editor(None, "")
        self.model.set_rows(notes)
        current = next((n for n in notes if n.uid == self.uid), None)
        if self.uid is not None and current is None:  # undone or deleted
            self._load_editor(None, "")
        elif current is not None and not self.timer.isActive():
            # not typing: the editor shows what is saved (a colleague's save included)
            if current.body != self.editor.toPlainText():
                self._load_editor(current.uid, current.body, current.quote)
            self.revision = current.revision
            self._select(current.uid)
        enabled = paragraph_id is not None
        self.editor.setEnabled(enabled)
        self.new_button.setEnabled(enabled)
        self.delete_button.setEnabled(enabled and self.uid is not None)
        self.list.setVisible(bool(notes))

    def _load_editor(self, uid: str | None, body: str, quote: str | None = None) -> None:
        self.uid = uid
        note = next((n for n in self.model.rows() if n.uid == uid), None) if uid else None
        self.revision = note.revision if note is not None else None
        self.span = None
        self._show_quote(quote)
        self.editor.blockSignals(True)
        self.editor.setPlainText(body)
        self.editor.blockSignals(False)
        self.delete_button.setEnabled(uid is not None)

    def _select(self, uid: str) -> None:
        for row, n in enumerate(self.model.rows()):
            if n.uid == uid:
                self.list.selectionModel().blockSignals(True)
                self.list.setCurrentIndex(self.model.index(row))
                self.list.selectionModel().blockSignals(False)

    def _pick(self, current, _previous) -> None:
        note = self.model.item(current.row())
        if note is not None and note.uid != self.uid:
            self.flush()
            self._load_editor(note.uid, note.body, note.quote)
            self.state.setText(
                tr("Editing the note by {value}").format(value=note.author or tr("someone"))
            )

    # -- editing ---------------------------------------------------------------------
    def new_note(self) -> None:
        self.flush()
        self.list.clearSelection()
        self._load_editor(None, "")
        self.state.setText("")
        self.editor.setFocus()

    def new_passage_note(self, start: int, end: int, quote: str) -> None:
        """A new note on characters ``start`` to ``end`` of the paragraph's text (the
        words ``quote``): the editor ready for it, the words shown above it."""
        self.new_note()
        self.span = (start, end)
        self._show_quote(quote)
        self.state.setText(tr("A note on the words"))

    def _show_quote(self, quote: str | None) -> None:
        if quote:
            words = " ".join(quote.split())
            words = words if len(words) <= 160 else words[:159] + "…"
            self.quote.setText(tr("On “{words}”").format(words=words))
            self.quote.setToolTip(quote)
        self.quote.setVisible(bool(quote))
        self.editor.setPlaceholderText(
            tr("Your note on “{words}”… (saved as you type)").format(
                words=short(" ".join(quote.split()), 40)
            )
            if quote
            else tr(PLACEHOLDER)
        )

    def _typed(self) -> None:
        if self.paragraph_id is not None:
            self.state.setText(tr("Editing…"))
            self.timer.start()

    def flush(self) -> None:
        """Save now whatever is waiting for the debounce (moving away, closing)."""
        if self.timer.isActive():
            self.timer.stop()
            self.save()

    def save(self) -> None:
        body = self.editor.toPlainText()
        pid = self.paragraph_id
        if pid is None or not body.strip():
            self.state.setText("")
            return
        if self.uid is None:
            cmd = AddNoteCommand(self.session, pid, body, self.span)
            if self.session.push(cmd):
                self.uid, self.revision = cmd.uid, cmd.revision
                self._select(cmd.uid)
                self.delete_button.setEnabled(True)
        else:
            note = self.session.ws.note_by_uid(self.uid)
            if note is None:
                self.uid = None
                return self.save()
            if note.body != body:
                cmd = EditNoteCommand(self.session, note, body, base_revision=self.revision)
                if not self.session.push(cmd):
                    return
                self.revision = cmd.revision
                if cmd.beside is not None:  # a colleague saved it meanwhile: both kept
                    return self._kept_beside(cmd)
        self.state.setText(tr("Saved as {author}").format(author=self.session.author))
        self.saved.emit(tr("Note saved"))

    def _kept_beside(self, cmd: EditNoteCommand) -> None:
        """The person's text went into a note of its own: the editor goes on with it,
        and a dialog shows both texts."""
        from ui.dialogs.note_conflict import NoteConflictDialog

        assert cmd.beside is not None
        self._load_editor(cmd.beside.uid, cmd.new, cmd.beside.quote)
        self.revision = cmd.revision
        self._select(cmd.beside.uid)
        self.editor.moveCursor(QTextCursor.MoveOperation.End)

        dialog = NoteConflictDialog(self.session.ws, cmd.theirs, cmd.new, self.window())
        self.conflict_dialog = dialog
        dialog.open()
        self.state.setText(tr("Saved beside {who}'s text").format(who=dialog.who))
        self.saved.emit(dialog.summary)

    def delete_current(self) -> None:
        self.timer.stop()
        if self.uid is None:
            return
        note = self.session.ws.note_by_uid(self.uid)
        self._load_editor(None, "")
        if note is not None:
            self.session.push(DeleteNoteCommand(self.session, note))
        self.state.setText(tr("Note deleted (Ctrl+Z brings it back)"))
