"""The window's watched drafts: File › Watch this file (and the documents pane's
menu) imports a document's file again, as its next version, whenever the drafter
saves it; the window updates in place, keeping the paragraph read.

The window remembers, per workspace, the file each document was imported from and
the hash of what was imported (``Settings.document_file``); for a document imported
elsewhere, it asks where the file is.  Watches stop when the window closes.

A part of ``MainWindow`` (a mixin using its panels, settings and status bar), kept
apart so the window's module stays readable, as ``ReviewsMixin`` is.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TR_NOOP, QThreadPool
from PySide6.QtWidgets import QFileDialog, QLabel

from reviewer.workspace import EDITOR, DocumentRow, ImportResult, digest
from ui.dialogs.version_of import versionable
from ui.i18n import tr
from ui.render import short
from ui.watcher import DraftWatcher, result_line

if TYPE_CHECKING:
    from ui.main_window import MainWindow

    _Base = MainWindow
else:
    _Base = object

WATCH_TIP = QT_TR_NOOP(
    "Import the document's file again, as its next version, each time it is saved "
    "(in Word or LibreOffice); the window follows"
)


class WatchingMixin(_Base):
    def _init_watching(self) -> None:
        self.watcher = DraftWatcher(self.ws, self, busy=lambda: self.importer.busy)
        self.watcher.imported.connect(self._watched_imported)
        self.watcher.changed.connect(self._watches_changed)
        self.importer.arrived.connect(self._remember_files)
        self.watch_label = QLabel(self)
        self.watch_label.setObjectName("hint")
        self.watch_label.hide()
        self.statusBar().addPermanentWidget(self.watch_label)
        self.documents.document_selected.connect(lambda _doc: self.update_watch_action())
        self.version_bar.stop_watching.connect(lambda d: self.set_watching(d, False))
        self.update_watch_action()

    # -- the files documents came from -------------------------------------------------------
    def document_file(self, document_id: int) -> tuple[Path, str | None] | None:
        return self.settings.document_file(self.location, document_id)

    def _remember_files(self, done: list[ImportResult], _failed: list) -> None:
        for r in done:
            path = Path(r.file)
            earlier = r.version_of is not None and r.version_of != r.document_id
            if not earlier and path.is_file():
                self.settings.set_document_file(self.location, r.document_id, path, digest(path))

    def watch_reason(self, doc: DocumentRow | None) -> str | None:
        """Why a document's file cannot be watched (None: it can)."""
        if doc is None:
            return tr("select a document first")
        if doc.version_of is not None:
            return tr("an earlier version: watch the document's latest version")
        if not versionable(doc):
            return tr("it brought recommendations to the registry: such files have no versions")
        return None

    # -- watching ------------------------------------------------------------------------------
    def toggle_watch(self, document_id: int | None = None) -> bool:
        """File › Watch this file: on, or off when it is watched."""
        doc = self.ws.get_document(document_id) if document_id else self.documents.current()
        if doc is None:
            self.message(tr("Select a document first"))
            self.update_watch_action()
            return False
        return self.set_watching(doc.id, self.watcher.path(doc.id) is None)

    def set_watching(self, document_id: int, on: bool, path: Path | str | None = None) -> bool:
        if on and not self.may(EDITOR):  # each save would import a new version
            return False
        doc = self.ws.get_document(document_id)
        done = False
        if not on:
            if self.watcher.path(document_id) is not None:
                self.watcher.unwatch(document_id)
                self.message(
                    tr("Stopped watching “{title}”").format(title=short(doc.title, 50))
                    if doc
                    else tr("Stopped watching the file")
                )
            done = True
        elif (reason := self.watch_reason(doc)) is not None:
            self.message(tr("Cannot watch this document's file: {reason}").format(reason=reason))
        elif doc is not None:
            known = self.document_file(doc.id)
            sha = None
            if path is None and known is not None and known[0].is_file():
                path, sha = known
            if path is None:
                path = self._ask_file(doc, known[0] if known else None)
            if path is not None:
                path = Path(path)
                if known is not None and path.resolve() == known[0].resolve():
                    sha = known[1]
                self.settings.set_document_file(self.location, doc.id, path, sha)
                self.watcher.watch(doc.id, path, sha)
                self.message(
                    tr(
                        "Watching {name}: each save is imported as the next version of “{title}”"
                    ).format(name=path.name, title=short(doc.title, 40))
                )
                done = True
        self.update_watch_action()
        return done

    def _ask_file(self, doc: DocumentRow, was: Path | None) -> Path | None:
        start = str(was.parent if was is not None else Path.home())
        name, _ = QFileDialog.getOpenFileName(
            self,
            tr("Where is {file}? (the file to watch)").format(file=doc.file),
            start,
            tr("{file};;All files (*)").format(file=doc.file),
        )
        return Path(name) if name else None

    def stop_watching(self) -> None:
        """Every watch stops (the window closes); an import on its way finishes first."""
        running = self.watcher.task is not None
        self.watcher.stop()
        if running:
            QThreadPool.globalInstance().waitForDone(30_000)

    def update_watch_action(self) -> None:
        act = self.actions_.all.get("watch_file")
        if act is None:
            return
        doc = self.documents.current()
        reason = self.watch_reason(doc)
        act.setEnabled(reason is None)
        act.setChecked(doc is not None and self.watcher.path(doc.id) is not None)
        tip = (
            tr(WATCH_TIP)
            if reason is None
            else tr("Not for this document: {reason}").format(reason=reason)
        )
        act.setToolTip(tip)
        act.setStatusTip(tip)

    def _watches_changed(self) -> None:
        n = len(self.watcher.watches)
        self.watch_label.setText(tr("◉ Watching %n file(s)", "", n) + "  ")
        self.watch_label.setToolTip("\n".join(str(w.path) for w in self.watcher.watches.values()))
        self.watch_label.setVisible(n > 0)
        self.update_watch_action()
        self._show_version_bar()

    def _watched_imported(self, document_id: int, result, error: str) -> None:
        """A watched file saved and imported: the window updates in place."""
        path = self.watcher.path(document_id)
        name = path.name if path is not None else tr("the draft")
        if result is None:
            self.message(
                tr("Draft saved ({name}) but not imported: {error}").format(name=name, error=error)
            )
            if self.ws.get_document(document_id) is None:  # removed meanwhile
                self.watcher.unwatch(document_id)
            return
        keep = (self.documents.current_id(), self.reading.current_id(),
                self.reading.view.verticalScrollBar().value())  # fmt: skip
        changes = self.ws.take_changes()
        if changes:
            self.apply(changes, keep_document=keep[0] or result.document_id)
        if result.versioning is not None:
            self._follow_version(result, keep)
            self._suggest_imported([result], [])
        w = self.watcher.watches.get(document_id)
        if w is not None:
            self.settings.set_document_file(self.location, document_id, w.path, w.watch.known)
        self.message(
            tr("Draft saved ({name}): {result}").format(name=name, result=result_line(result))
        )
