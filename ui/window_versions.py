"""The window's document versions: File › Import as new version of…, the version
bar above the paragraphs (the version shown, earlier ones read-only; paragraphs
changed since reviewed, with "next"; work on paragraphs that are gone), the
Versions dialog, and the selection kept across a new version (an import, or a
watched file saved again): the paragraph read continues as the new version's
paragraph that continues it (``previous_id``).

A part of ``MainWindow`` (a mixin using its panels, session and status bar), kept
apart so the window's module stays readable, as ``ReviewsMixin`` is.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TR_NOOP
from PySide6.QtWidgets import QAbstractItemView, QFileDialog

from reviewer.workspace import EDITOR, DocumentRow, ImportResult, ReviewerError, WorkCounts
from ui.dialogs.version_of import VersionOfDialog, versionable
from ui.dialogs.versions import VersionsDialog
from ui.dialogs.workspace import import_folder, remember_import_folder
from ui.i18n import tr
from ui.importer import IMPORTABLE
from ui.panels.version_bar import VersionBar
from ui.render import short
from ui.watcher import result_line

if TYPE_CHECKING:
    from ui.main_window import MainWindow

    _Base = MainWindow
else:
    _Base = object

READ_ONLY = QT_TR_NOOP(
    "Version {} is read-only: “Back to the latest” (above the paragraphs) to work on it"
)


class VersionsMixin(_Base):
    def _init_versions(self) -> None:
        self.version_bar = VersionBar(self.reading)
        self.reading.layout().insertWidget(2, self.version_bar)  # above the review notices
        self.versions_dialog: VersionsDialog | None = None
        self.version_of_dialog: VersionOfDialog | None = None
        self._marked: set[int] = set()  # the shown version's paragraphs changed since reviewed
        self._before_import: tuple[int | None, int | None, int] | None = None
        self._latest_paragraph: int | None = None  # read before an earlier version was
        self.reading.document_shown.connect(self._version_shown)
        self.reading.filter_bar.changed.connect(lambda: self._show_version_bar())
        self.version_bar.version_chosen.connect(self.show_version)
        self.version_bar.next_changed.connect(self.next_changed)
        self.version_bar.gone_wanted.connect(lambda d: self.show_versions(d, gone=True))
        self.version_bar.versions_wanted.connect(self.show_versions)
        self.importer.arrived.connect(lambda done, _f: self._remember_selection())
        self.importer.finished.connect(self._import_landed)
        self.inspector.change_for = self._change_for
        self.session.guard = self._read_only_guard
        self.session.applied.connect(self._marks_changed)

    # -- what the reading pane shows ----------------------------------------------------------
    def _version_shown(self, doc: DocumentRow | None) -> None:
        """A document (or an earlier version) about to be read: its paragraphs' changes
        from the version before, the inspector read-only for an earlier one, the bar."""
        model = self.reading.model
        changes: dict = {}
        if doc is not None and doc.version > 1:
            try:
                diff = self.ws.diff(doc.version_of or doc.id, doc.version - 1, doc.version)
                changes = {p.paragraph_id: p for p in diff.paragraphs}
            except ReviewerError:
                changes = {}
        model.set_changes(changes, doc.version if doc is not None else None)
        earlier = doc is not None and doc.version_of is not None
        self._marked = (
            set() if earlier else {k for k, p in changes.items() if p.changed_since_review}
        )
        self.inspector.read_only = earlier
        self._show_version_bar(doc)

    def _show_version_bar(self, doc: DocumentRow | None = None) -> None:
        doc = doc if doc is not None else self.reading.document
        if doc is None or self.reading.filters().all_documents:
            self.version_bar.show_for(None, [])
            return
        live = doc.version_of or doc.id
        watching = self.watcher.path(live)
        several = doc.version > 1 or doc.version_of is not None
        versions, gone = [], WorkCounts()  # one version: nothing to read
        try:
            latest = self.ws.get_document(live) if several else None
            top = latest.version if latest is not None else 0
            # one row per version (``ws.versions`` matches every pair: the dialog's)
            rows = (self.ws.get_document(live, k) for k in range(1, top + 1))
            versions = [d for d in rows if d is not None]
            gone = self.ws.work_on_gone_paragraphs(live) if several else WorkCounts()
        except ReviewerError:
            versions, gone = [], WorkCounts()
        self.version_bar.show_for(doc, versions, len(self._marked), gone, watching)

    def _change_for(self, paragraph_id: int) -> tuple:
        model = self.reading.model
        return model.change(paragraph_id), model.version

    def _read_only_guard(self, command) -> str | None:
        doc = self.reading.document
        pid = getattr(command, "paragraph_id", None)
        if doc is not None and doc.version_of is not None and pid in self.reading.model.ids():
            return tr(READ_ONLY).format(doc.version)
        return None

    def _marks_changed(self, changes) -> None:
        """Marks cleared or put back (marking reviewed, undo): the count and the bar."""
        doc = self.reading.document
        if doc is None or doc.version_of is not None or doc.version < 2:
            return
        shown = self.reading.model
        touched = [p for p in changes.paragraphs if shown.change(p) is not None]
        if not touched:
            return
        for row in self.ws.paragraphs(touched):
            (self._marked.add if row.changed_since_review else self._marked.discard)(row.id)
        self._show_version_bar(doc)

    # -- choosing a version -----------------------------------------------------------------
    def show_version(self, document_id: int, version: int | None = None) -> bool:
        """Read version ``version`` of a document in the reading pane (None: the latest);
        an earlier version is read-only."""
        doc = self.ws.get_document(document_id, version)
        if doc is None:
            self.message(tr("No version {version} of this document").format(version=version))
            return False
        live = doc.version_of or doc.id
        shown = self.reading.document
        if shown is not None and shown.id == live and doc.version_of is not None:
            self._latest_paragraph = self.reading.current_id()  # to come back to
        self.show_tab(0)
        if self.reading.filters().all_documents:
            self.reading.filter_bar.reset()
        if self.documents.current_id() != live:
            self.documents.select(live)
        if doc.version_of is None:
            if self.reading.document is None or self.reading.document.id != doc.id:
                self.reading.show_document(doc, self.documents.titles())
                if self._latest_paragraph is not None:
                    self.reading.select_paragraph(self._latest_paragraph)
        else:
            was = self.reading.current_id()
            self.reading.show_document(doc, self.documents.titles())
            same = self._earlier_paragraph(was, doc.id) if was is not None else None
            if same is not None:  # the paragraph read, as it was in that version
                self.reading.select_paragraph(same)
            self.message(
                tr("Reading version {version} of “{title}” (read-only)").format(
                    version=doc.version, title=short(doc.title, 50)
                )
            )
        self._update_notices()
        return True

    def _earlier_paragraph(self, paragraph_id: int, document_id: int) -> int | None:
        """The paragraph of an earlier version's row ``document_id`` that
        ``paragraph_id`` continues, following ``previous_id`` back version by version."""
        pid: int | None = paragraph_id
        for _ in range(100):
            row = self.ws.paragraph(pid) if pid is not None else None
            if row is None:
                return None
            if row.document_id == document_id:
                return row.id
            pid = row.previous_id
        return None

    def show_versions(self, document_id: int | None = None, gone: bool = False) -> None:
        """Document › Versions…: every version, what changed, the work on gone paragraphs."""
        doc = self.ws.get_document(document_id) if document_id else self.documents.current()
        if doc is None:
            self.message(tr("Select a document first"))
            return
        dialog = self.versions_dialog
        if dialog is None:
            dialog = VersionsDialog(self.ws, doc.version_of or doc.id, self)
            dialog.show_version.connect(self.show_version)
            dialog.show_paragraph.connect(self.show_version_paragraph)
            self.versions_dialog = dialog
        else:
            dialog.reload(doc.version_of or doc.id)
        if gone:
            dialog.show_gone()
        dialog.show()
        dialog.raise_()

    def show_version_paragraph(self, document_id: int, version: int, paragraph_id: int) -> bool:
        if not self.show_version(document_id, version):
            return False
        if not self.reading.select_paragraph(paragraph_id):
            return False
        self.reading.view.setFocus()
        return True

    def next_changed(self) -> bool:
        """Review › Next changed paragraph: the next one changed since reviewed."""
        ids = self.reading.model.ids()
        todo = [pid for pid in ids if pid in self._marked]
        if not todo:
            if self._marked and self.reading.filters().active:
                self.reading.filter_bar.reset()
                return self.next_changed()
            self.message(tr("No paragraph here has changed since it was reviewed"))
            return False
        current = self.reading.current_id()
        at = ids.index(current) if current in ids else -1
        after = [pid for pid in todo if ids.index(pid) > at]
        target = (after or todo)[0]
        self.reading.select_row(ids.index(target))  # far on: its rows read off the GUI thread
        return True

    # -- importing a new version ------------------------------------------------------------
    def import_as_version(self, path: Path | str | None = None, document_id: int | None = None):
        """File › Import as new version of…: a file, then the document it continues
        (the current one preselected); the import runs as any other."""
        if not self.may(EDITOR):
            return False
        if path is None:
            name, _ = QFileDialog.getOpenFileName(
                self, tr("Import as new version of…"), import_folder(self.settings), tr(IMPORTABLE)
            )
            if not name:
                return False
            remember_import_folder(self.settings, [name])
            path = name
        path = Path(path)
        if document_id is not None:
            return self._import_version(path, document_id)
        current = self.documents.current()
        dialog = VersionOfDialog(
            path, self._scoped_documents(), current.id if current else None, self
        )
        self.version_of_dialog = dialog

        def chosen() -> None:
            doc_id = dialog.document_id()
            if doc_id is not None:
                self._import_version(path, doc_id)

        dialog.accepted.connect(chosen)
        dialog.open()
        return True

    def _import_version(self, path: Path, document_id: int) -> bool:
        doc = self.ws.get_document(document_id)
        if doc is None or not versionable(doc):
            self.message(tr("Only a document with paragraphs of its own can have versions"))
            return False
        if self.importer.busy:
            self.message(tr("An import is running; try again when it has finished"))
            return False
        return self.importer.start([path], as_version_of=doc.version_of or doc.id)

    def _remember_selection(self) -> None:
        """Before an import's changes are shown: the paragraph read, to keep it."""
        bar = self.reading.view.verticalScrollBar().value()
        self._before_import = (self.documents.current_id(), self.reading.current_id(), bar)

    def _import_landed(self, done: list[ImportResult], _failed: list) -> None:
        keep, self._before_import = self._before_import, None
        for r in done:
            if r.versioning is not None:
                self._follow_version(r, keep)
        versions = [r for r in done if r.versioning is not None]
        if len(versions) == 1:
            r = versions[0]
            self.message(tr("“{title}”: {r}").format(title=short(r.title, 30), r=result_line(r)))

    def _follow_version(self, result: ImportResult, keep) -> None:
        """After a new version is shown: the paragraph read before, continued."""
        if self.versions_dialog is not None and self.versions_dialog.isVisible():
            if self.versions_dialog.live_id == result.document_id:
                self.versions_dialog.reload()
        if keep is None or keep[0] != result.document_id or keep[1] is None:
            return
        target = self._continued(result.document_id, keep[1])
        if target is None:
            return
        ids = self.reading.model.ids()
        if target not in ids:
            return
        row = ids.index(target)
        if row - self.reading.model.rowCount() > self.reading.model.BATCH:  # far down: its
            self.reading.select_row(row)  # rows read off the GUI thread, then it is selected
            return
        self.reading.select_row(row)
        view = self.reading.view
        view.verticalScrollBar().setValue(keep[2])  # where it was, as far as can be
        view.scrollTo(self.reading.model.index(row, 0), QAbstractItemView.ScrollHint.EnsureVisible)

    def _continued(self, document_id: int, paragraph_id: int) -> int | None:
        """The latest version's paragraph continuing ``paragraph_id`` of the version
        before; for one that is gone, the paragraph now at its place."""
        try:
            diff = self.ws.diff(document_id)
        except ReviewerError:
            return None
        for p in diff.paragraphs:
            if paragraph_id in p.previous_ids:
                return p.paragraph_id
        gone = next((r for r in diff.removed if r.paragraph_id == paragraph_id), None)
        if gone is None or not diff.paragraphs:
            return None
        return diff.paragraphs[min(gone.seq, len(diff.paragraphs) - 1)].paragraph_id
