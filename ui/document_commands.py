"""Undo commands for a document as a whole: removing it (undo brings it back with
everything, same ids) and editing its title, organisation and kind.

A removal that cannot be undone because what was written since stands in the way
(``Conflict``: a document imported since took its place) is refused: nothing
changes, the person is told why and where the backup copy is, and the command stays
done on the stack (its next undo tries again), so no older command reaches paragraph
ids another document holds now.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer

from reviewer.workspace import Changes, Conflict, DocumentDetails, RemovedDocument
from ui.i18n import tr
from ui.session import Session
from ui.undo import _DocumentCommand


class RemoveDocumentCommand(_DocumentCommand):
    def __init__(
        self,
        session: Session,
        document_id: int,
        title: str,
        refused: Callable[[str], None],
        restored: Callable[[int], None],
    ):
        super().__init__(session, document_id, tr("Remove “{title}”").format(title=title))
        self.removed: RemovedDocument | None = None
        self.refused = refused  # shows why an undo could not bring it back
        self.restored = restored  # shows the document brought back
        self._skip_redo = False
        self._back = False

    def do(self) -> None:
        self.removed = self.ws.remove_document(self.document_id)

    def undo_(self) -> None:
        if self.removed is None:
            return
        self.ws.restore_document(self.removed)
        self._back = True

    def undo(self) -> None:
        self._guard(self._undo_or_refuse, "undo")

    def _undo_or_refuse(self) -> None:
        try:
            self.undo_()
        except Conflict as exc:
            self._refuse(str(exc))

    def _refuse(self, message: str) -> None:
        """Undo refused: the stack goes back above this command (done, as it is)."""
        self._skip_redo = True
        QTimer.singleShot(0, self.session.undo_stack.redo)
        self.refused(message)

    def redo(self) -> None:
        if self._skip_redo:
            self._skip_redo = False
            return
        super().redo()

    def notify(self) -> None:
        self.session.applied.emit(self.ws.take_changes() | Changes.everything())
        if self._back:
            self._back = False
            self.restored(self.document_id)


class EditDocumentCommand(_DocumentCommand):
    """Rename a document, or set its organisation and kind; undo puts back what it had."""

    def __init__(self, session: Session, details: DocumentDetails, new: DocumentDetails):
        renamed = (new.organisation, new.kind) == (details.organisation, details.kind)
        text = tr("Rename “{title}”") if renamed else tr("Edit details of “{title}”")
        super().__init__(session, details.document_id, text.format(title=details.title))
        self.before, self.new = details, new

    def _set(self, d: DocumentDetails, edited: tuple[str, ...] | None) -> None:
        self.ws.edit_document(
            self.document_id,
            title=d.title,
            organisation=d.organisation or "",
            kind=d.kind,
            edited=edited,
        )

    def do(self) -> None:
        self._set(self.new, None)  # what changes is marked as set by hand

    def undo_(self) -> None:
        self._set(self.before, self.before.edited)  # the marks as they were too
