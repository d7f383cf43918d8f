"""The window's housekeeping of documents: remove one (after a confirmation saying
what goes with it; Ctrl+Z brings it back), rename it (F2) and edit its details; what
an import says of files already there, and the question about files repeating a
document's text in another format (Skip, or Import anyway).

In File (Rename document…, Edit document details…, Remove document…) and in the
documents pane's right-click menu; Delete in the documents pane removes.  A part of
``MainWindow`` (a mixin), as ``VersionsMixin`` is.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import QMenu, QMessageBox

from reviewer.workspace import (
    EDITOR,
    Changes,
    DocumentRow,
    ImportFailure,
    ImportResult,
    ReviewerError,
)
from ui.background import Latest
from ui.dialogs.document_details import DocumentDetailsDialog, confirm_removal, same_text_box
from ui.document_commands import EditDocumentCommand, RemoveDocumentCommand
from ui.i18n import tr
from ui.render import short

if TYPE_CHECKING:
    from ui.main_window import MainWindow

    _Base = MainWindow
else:
    _Base = object


def _as(r: ImportResult) -> str:
    """'“UPR Report …” (document 3)', or 'version 1 of “…” (document 3)'."""
    number, title = r.version_of or r.document_id, short(r.title, 50)
    if r.version_of not in (None, r.document_id):
        said = tr("version {version} of “{title}” (document {number})")
        return said.format(version=r.version, title=title, number=number)
    return tr("“{title}” (document {number})").format(title=title, number=number)


def import_summary(done: list[ImportResult], failed: list[ImportFailure]) -> str:
    """The status line after an import: what was imported, the files already there
    (the document each is), those held for repeating a document's text."""
    new = [r for r in done if not r.duplicate and not r.skipped]
    there = [r for r in done if r.duplicate]
    held = [r for r in done if r.skipped and r.same_text is not None]
    if len(there) == 1 and not (new or held or failed):
        return tr("{file} is already in the workspace as {document}").format(
            file=Path(there[0].file).name, document=_as(there[0])
        )
    n = len(new)
    parts = [
        tr("Imported %n file(s)", "", n)
        + (tr(", {n} failed").format(n=len(failed)) if failed else "")
    ]
    if there:
        parts.append(
            tr("already in the workspace: ")
            + ", ".join(
                tr("{file} as {document}").format(file=Path(r.file).name, document=_as(r))
                for r in there
            )
        )
    for r in held:
        s = r.same_text
        assert s is not None
        parts.append(
            tr("{file} repeats “{title}” (document {number})").format(
                file=Path(r.file).name, title=short(s.title, 50), number=s.document_id
            )
        )
    return "; ".join(parts)


class DocumentsMixin(_Base):
    def _init_documents(self) -> None:
        """After the drafts' (their entries come first in the pane's menu)."""
        a = self.actions_
        a.add("rename_document", tr("Ren&ame document…"), lambda: self.rename_document(), "F2",
              None, tr("A new title for the selected document"))  # fmt: skip
        a.add("document_details", tr("Edit document detai&ls…"), lambda: self.edit_document_details(),
              (), None, tr("The selected document's title, organisation and kind"))  # fmt: skip
        remove = a.add("remove_document", tr("Remove &document…"), lambda: self.remove_document(),
                       QKeySequence.StandardKey.Delete, "delete", tr("Remove the selected document "
                       "with its paragraphs and review work (Ctrl+Z brings it back)"))  # fmt: skip
        # Delete removes only where the documents are: elsewhere it is a key like any other
        remove.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.removeAction(remove)
        self.documents.view.addAction(remove)
        # F2 renames where the documents are; in the reading pane it selects text
        a.rename_document.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.removeAction(a.rename_document)
        self.documents.view.addAction(a.rename_document)
        self._file_menu_entries([a.rename_document, a.document_details, remove])
        drafts = self.documents.extra_menu

        def menu(m: QMenu, doc: DocumentRow) -> None:
            if drafts is not None:
                drafts(m, doc)
            self._documents_menu(m, doc)

        self.documents.extra_menu = menu
        self.importer.finished.connect(self._ask_same_text)
        self.document_rows_loader = Latest(self)  # reviewed shares after a change
        self._documents_pending: set[int] = set()  # documents not updated yet
        self._paragraphs_pending: set[int] = set()  # paragraphs whose document to update
        self.details_dialog: DocumentDetailsDialog | None = None
        self.same_text_question: QMessageBox | None = None
        self.removal_refused_box: QMessageBox | None = None

    def _update_document_rows(self, changes: Changes) -> None:
        """Reviewed shares of the documents whose paragraphs changed, in place: their
        rows read off the GUI thread (``document_rows_loader``); each request reads
        every document not updated yet, so the answer that wins covers the others."""
        if changes.all_paragraphs and self.documents.current_id() is not None:
            self._documents_pending.add(self.documents.current_id())
        model = self.reading.model
        for pid in changes.paragraphs:
            row = model.paragraph(model.row_of(pid, load=False))  # shown: no read
            if row is not None:
                self._documents_pending.add(row.document_id)
            else:
                self._paragraphs_pending.add(pid)
        docs, paragraphs, ws = (
            frozenset(self._documents_pending),
            frozenset(self._paragraphs_pending),
            self.ws,
        )

        def read() -> list[DocumentRow]:
            more = {p.document_id for p in map(ws.paragraph, paragraphs) if p is not None}
            return [d for d in map(ws.get_document, sorted(docs | more)) if d is not None]

        def put(rows: list[DocumentRow]) -> None:
            self._documents_pending -= docs
            self._paragraphs_pending -= paragraphs
            for doc in rows:
                self.documents.model.update_row(doc)
                self.reading.update_document(doc)

        self.document_rows_loader.run(read, put, self.message)

    def _file_menu_entries(self, acts: list[QAction]) -> None:
        """In File, after the entries about a document's file (watching it)."""
        file_menu = getattr(self, "file_menu", None)
        if file_menu is None:
            return
        entries = file_menu.actions()
        watch = self.actions_.all.get("watch_file")
        at = entries.index(watch) + 1 if watch in entries else len(entries)
        before = entries[at] if at < len(entries) else None
        file_menu.insertSeparator(before) if before is not None else file_menu.addSeparator()
        for act in acts:
            file_menu.insertAction(before, act) if before is not None else file_menu.addAction(act)

    def _documents_menu(self, menu: QMenu, doc: DocumentRow) -> None:
        """The documents pane's right-click menu: rename, edit, remove."""
        menu.addSeparator()
        for name, text, slot, tip in (
            ("renameDocument", tr("&Rename…") + "\tF2", self.rename_document, tr("A new title")),
            ("editDocument", tr("Edit &details…"), self.edit_document_details,
             tr("Its title, organisation and kind")),
            ("removeDocument", tr("R&emove…") + "\tDel", self.remove_document,
             tr("Remove it with its paragraphs and review work (Ctrl+Z brings it back)")),
        ):  # fmt: skip
            act = menu.addAction(text)
            act.setObjectName(name)
            act.setToolTip(tip)
            act.triggered.connect(lambda _=False, f=slot: f(doc.id))

    def _document_or_say(self, document_id: int | None) -> DocumentRow | None:
        doc = self.ws.get_document(document_id) if document_id else self.documents.current()
        if doc is None:
            self.message(tr("Select a document first"))
        return doc

    # -- removing -------------------------------------------------------------------------
    def remove_document(self, document_id: int | None = None) -> bool:
        """Remove a document after the confirmation; Ctrl+Z brings it back."""
        if not self.may(EDITOR):
            return False
        doc = self._document_or_say(document_id)
        if doc is None:
            return False
        self.inspector.notes.flush()
        try:
            summary = self.ws.removal_summary(doc.id)
        except ReviewerError as exc:
            self.message(str(exc))
            return False
        if not confirm_removal(self, summary):
            return False
        self.suggester.queue = [job for job in self.suggester.queue if job[0] != doc.id]
        watched = self.watcher.path(doc.id)
        if watched is not None:
            self.watcher.unwatch(doc.id, quiet=True)
        cmd = RemoveDocumentCommand(
            self.session,
            doc.id,
            short(summary.title, 40),
            self._removal_refused,
            lambda doc_id: self._document_back(doc_id, watched),
        )
        if not self.session.push(cmd):
            return False
        copy = cmd.removed.backup if cmd.removed else None
        self.message(
            tr("Removed “{title}”; Edit › Undo brings it back").format(
                title=short(summary.title, 50)
            )
            + (" " + tr("(backup copy: {file})").format(file=copy.name) if copy else "")
        )
        return True

    def _document_back(self, document_id: int, watched: Path | None) -> None:
        """Undone: the document shown again, its file watched again if it was."""
        if self.documents.select(document_id):
            self.documents.view.setFocus()
        if watched is not None:
            self.set_watching(document_id, True, watched)
        doc = self.ws.get_document(document_id)
        if doc is not None:
            self.message(tr("“{title}” is back").format(title=short(doc.title, 50)))

    def _removal_refused(self, message: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Warning, tr("The document was not brought back"), message,
                          QMessageBox.StandardButton.Ok, self)  # fmt: skip
        box.setObjectName("removalRefusedBox")
        self.removal_refused_box = box
        box.open()  # never exec(): this runs inside the undo stack's undo

    # -- details --------------------------------------------------------------------------
    def rename_document(self, document_id: int | None = None) -> bool:
        """F2: a new title for the document."""
        return self._open_details(document_id, rename=True)

    def edit_document_details(self, document_id: int | None = None) -> bool:
        return self._open_details(document_id, rename=False)

    def _open_details(self, document_id: int | None, rename: bool) -> bool:
        if not self.may(EDITOR):
            return False
        doc = self._document_or_say(document_id)
        if doc is None:
            return False
        try:
            details = self.ws.document_details(doc.id)
        except ReviewerError as exc:
            self.message(str(exc))
            return False
        dialog = DocumentDetailsDialog(details, bool(doc.recommendations), rename, self)
        self.details_dialog = dialog
        dialog.accepted.connect(lambda: self._details_chosen(dialog))
        dialog.finished.connect(dialog.deleteLater)
        dialog.open()
        return True

    def _details_chosen(self, dialog: DocumentDetailsDialog) -> None:
        if self.details_dialog is dialog:
            self.details_dialog = None
        if dialog.changed():
            self.session.push(EditDocumentCommand(self.session, dialog.details, dialog.values()))

    # -- files repeating a document's text ---------------------------------------------------
    def _ask_same_text(self, done: list[ImportResult], _failed: list) -> None:
        """After a batch: Skip the files repeating a document's text, or import them."""
        held = [r for r in done if r.skipped and r.held is not None and r.same_text is not None]
        if not held:
            return
        box = same_text_box(self, held)
        self.same_text_question = box
        box.buttonClicked.connect(lambda button: self._same_text_answered(held, button))
        box.open()

    def _same_text_answered(self, held: list[ImportResult], button) -> None:
        self.same_text_question = None
        names = ", ".join(Path(r.file).name for r in held)
        if button.objectName() != "importAnyway":
            self.message(
                tr("Skipped {names}: already in the workspace in another format").format(
                    names=names
                )
            )
        elif not self.importer.import_held(held):
            self.message(
                tr("An import is running: {names} not imported; import it again after").format(
                    names=names
                )
            )

    # -- files dropped on the window: the same import as the menu's -----------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        files = [p for p in paths if p.is_file()]
        if files:
            event.acceptProposedAction()
            QTimer.singleShot(0, lambda: self.import_files(files))
