"""Undo commands for notes: add, edit, delete; an edit never overwrites a colleague's.

Each edit passes the note's revision the person started from (``base_revision``).
When a colleague saved the note in between (another window, another office), the
workspace keeps their text and saves this one beside it as a note of its own
(``NoteRow.kept_beside``); the command then stands for that new note: undo deletes
it, redo brings it back.  An undo that would take back a text a colleague has
changed since (putting the old text back, deleting a note they edited) is refused:
their text stays, and the person is told why.

Notes are found again by uid (an undo that re-creates a note gives it a new id).
"""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QT_TR_NOOP

from reviewer.workspace import Conflict, NoteRow, NotFound
from ui.i18n import tr
from ui.session import Command, Session

NOTE_MERGE_ID = 1001
EDITED_SINCE = QT_TR_NOOP("someone has edited the note since; their text is left as it is")


class _NoteCommand(Command):
    def _note(self, uid: str | None) -> NoteRow:
        note = self.ws.note_by_uid(uid) if uid else None
        if note is None:
            raise NotFound(tr("the note is gone"))
        return note

    def _note_id(self, uid: str | None) -> int:
        return self._note(uid).id

    def id(self) -> int:
        return NOTE_MERGE_ID


class AddNoteCommand(_NoteCommand):
    """Adding a note; typing that goes on in it merges into this one undo step."""

    def __init__(
        self,
        session: Session,
        paragraph_id: int,
        body: str,
        span: tuple[int, int] | None = None,  # a passage note: characters start–end
    ):
        super().__init__(session, paragraph_id, tr("Add passage note") if span else tr("Add note"))
        self.body, self.span = body, span
        self.uid: str | None = None
        self.created_at: datetime | None = None
        self.revision = 1  # the note's revision after this command's last save

    def do(self) -> None:
        row = self.ws.add_note(
            self.paragraph_id, self.body, self.span, uid=self.uid, created_at=self.created_at
        )
        self.uid, self.created_at, self.revision = row.uid, row.created_at, row.revision

    def undo_(self) -> None:
        note = self._note(self.uid)
        if note.revision != self.revision:
            raise Conflict(tr(EDITED_SINCE))
        self.ws.delete_note(note.id)

    def mergeWith(self, other) -> bool:
        if isinstance(other, EditNoteCommand) and other.uid == self.uid and other.beside is None:
            self.body, self.revision = other.new, other.revision
            return True
        return False


class EditNoteCommand(_NoteCommand):
    """A note's new text, saved from ``base_revision`` (the one the person edited)."""

    def __init__(self, session: Session, note: NoteRow, new: str, base_revision: int | None = None):
        super().__init__(session, note.paragraph_id, tr("Edit note"))
        self.uid, self.old, self.new = note.uid, note.body, new
        self.revision = note.revision if base_revision is None else base_revision
        self.beside: NoteRow | None = None  # the note of its own this text went into
        self.theirs: NoteRow | None = None  # the colleague's, as it was then

    @property
    def current_uid(self) -> str | None:
        """The note this command's text is in: the one edited, or the one beside it."""
        return self.beside.uid if self.beside is not None else self.uid

    def do(self) -> None:
        if self.beside is not None:  # redo: the note of its own again
            b = self.beside
            span = (b.span_start, b.span_end) if b.span_start is not None else None
            row = self.ws.add_note(
                self.paragraph_id, self.new, span, uid=b.uid, created_at=b.created_at
            )
            self.revision = row.revision
            return
        row = self.ws.update_note(self._note_id(self.uid), self.new, base_revision=self.revision)
        if row.kept_beside is not None:
            self.beside = row
            self.theirs = self.ws.note_by_uid(self.uid)
            self.setText(tr("Save note beside a colleague's"))
        self.revision = row.revision

    def undo_(self) -> None:
        if self.beside is not None:
            note = self._note(self.beside.uid)
            if note.revision != self.revision:
                raise Conflict(tr(EDITED_SINCE))
            self.ws.delete_note(note.id)
            return
        note = self._note(self.uid)
        if note.revision != self.revision:
            raise Conflict(tr(EDITED_SINCE))
        row = self.ws.update_note(note.id, self.old, base_revision=self.revision)
        if row.kept_beside is not None:  # a colleague saved it just now: theirs stays alone
            self.ws.delete_note(row.id)
            raise Conflict(tr(EDITED_SINCE))
        self.revision = row.revision

    def mergeWith(self, other) -> bool:
        if (
            isinstance(other, EditNoteCommand)
            and other.uid == self.current_uid
            and other.beside is None
        ):
            self.new, self.revision = other.new, other.revision
            return True
        return False


class DeleteNoteCommand(_NoteCommand):
    def __init__(self, session: Session, note: NoteRow):
        super().__init__(session, note.paragraph_id, tr("Delete note"))
        self.note = note

    def id(self) -> int:
        return -1  # never merged

    def do(self) -> None:
        self.note = self.ws.delete_note(self._note_id(self.note.uid))

    def undo_(self) -> None:
        n = self.note
        span = (n.span_start, n.span_end) if n.span_start is not None else None
        self.ws.add_note(self.paragraph_id, n.body, span, uid=n.uid, created_at=n.created_at)
