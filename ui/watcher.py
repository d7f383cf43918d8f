"""Watching drafts: a document's file imported again, as its next version, whenever
the drafter saves it in Word or LibreOffice.

Each watched file has a ``DraftWatch`` (``reviewer.watching``), which tells a real
save from the editor's comings and goings: Word writes a temporary file and renames
it over the document, and keeps a lock file ``~$name.docx`` beside it; LibreOffice
keeps ``.~lock.name.docx#``.  A ``QFileSystemWatcher`` on the file and its folder
(``watched_paths``: a file replaced by a rename drops out of the watcher, and is
added again) starts a short timer that polls the watches until the file has held
the same bytes for a moment; new bytes are imported in the background (the
window's own ``Workspace``, as ``ui.importer`` does), one file at a time.  A slow
timer polls too, for folders where the system tells nothing (network drives).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, QTimer, Signal

from reviewer.workspace import DraftWatch, ImportResult, Workspace, watched_paths
from ui.i18n import tr
from ui.render_changes import work_text
from ui.tasks import Task

POLL_MS = 200  # while a save settles
FALLBACK_MS = 5000  # always, while anything is watched
SETTLE = 1.0  # seconds a file must hold the same bytes before it is read
MARGIN = 1.0  # seconds of polling after the last sign of a save, beyond SETTLE


@dataclass
class Watched:
    document_id: int
    path: Path
    watch: DraftWatch
    pending: str | None = None  # a saved content's hash, to import
    until: float = 0.0  # poll fast until then


class DraftWatcher(QObject):
    """The watched drafts of a window.  ``imported`` carries (document id, the import's
    result, or None when it failed, and the error)."""

    imported = Signal(int, object, str)  # document id, ImportResult | None, error
    changed = Signal()  # a watch started or stopped

    def __init__(
        self,
        ws: Workspace,
        parent: QObject | None = None,
        busy: Callable[[], bool] | None = None,
        settle: float = SETTLE,
    ):
        super().__init__(parent)
        self.ws = ws
        self.busy = busy or (lambda: False)  # another import running: wait for it
        self.settle = settle
        self.margin = MARGIN
        self.watches: dict[int, Watched] = {}
        self.task: Task | None = None
        self.running: Watched | None = None
        self.events = 0  # file system notices seen (the tests wait on them)
        self.fs = QFileSystemWatcher(self)
        self.fs.fileChanged.connect(self._touched)
        self.fs.directoryChanged.connect(self._touched)
        self.timer = QTimer(self)
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self._tick)
        self.fallback = QTimer(self)
        self.fallback.setInterval(FALLBACK_MS)
        self.fallback.timeout.connect(self._tick)

    # -- what is watched ---------------------------------------------------------------
    def watch(self, document_id: int, path: Path, known: str | None = None) -> None:
        """Watch ``path`` for document ``document_id``; ``known`` is the hash of the
        content imported (None: what the file holds once settled is imported)."""
        self.unwatch(document_id, quiet=True)
        w = Watched(document_id, Path(path), DraftWatch(path, known, settle=self.settle))
        w.until = time.monotonic() + self.settle + self.margin
        self.watches[document_id] = w
        self._arm()
        self.timer.start()
        self.fallback.start()
        self.changed.emit()

    def unwatch(self, document_id: int, quiet: bool = False) -> None:
        w = self.watches.pop(document_id, None)
        if w is None:
            return
        self._arm()
        if not self.watches:
            self.timer.stop()
            self.fallback.stop()
        if not quiet:
            self.changed.emit()

    def path(self, document_id: int) -> Path | None:
        w = self.watches.get(document_id)
        return w.path if w else None

    def stop(self) -> None:
        """Stop every watch (the window closes); an import on its way is let finish."""
        self.watches.clear()
        self.timer.stop()
        self.fallback.stop()
        self._arm()
        if self.task is not None and self.task.running:
            self.task.cancel()

    @property
    def idle(self) -> bool:
        """Nothing settling, waiting or importing."""
        return (
            not self.timer.isActive()
            and self.task is None
            and not any(w.pending for w in self.watches.values())
        )

    def _arm(self) -> None:
        """The watcher on each watched file and its folder; a file renamed over, lost
        to the watcher, is added again once it is back."""
        want: set[str] = set()
        for w in self.watches.values():
            want.update(watched_paths(w.path))
        have = set(self.fs.files()) | set(self.fs.directories())
        if have - want:
            self.fs.removePaths(sorted(have - want))
        if want - have:
            self.fs.addPaths(sorted(want - have))

    # -- noticing a save ---------------------------------------------------------------
    def _touched(self, _path: str) -> None:
        self.events += 1
        until = time.monotonic() + self.settle + self.margin
        for w in self.watches.values():
            w.until = until
        self._arm()
        if self.watches and not self.timer.isActive():
            self.timer.start()

    def _tick(self) -> None:
        now = time.monotonic()
        for w in list(self.watches.values()):
            found = w.watch.poll()
            if found is not None:
                w.pending = found
        self._arm()
        self._start_next()
        settling = any(now < w.until or w.pending for w in self.watches.values())
        if not settling and self.task is None:
            self.timer.stop()

    # -- importing ---------------------------------------------------------------------
    def _start_next(self) -> None:
        if self.task is not None or self.busy():
            return
        w = next((w for w in self.watches.values() if w.pending), None)
        if w is None:
            return
        ws, path, doc_id = self.ws, w.path, w.document_id

        def run(_report):
            return ws.import_files([path], as_version_of=doc_id)

        self.running = w
        self.task = task = Task(run, self)
        task.succeeded.connect(lambda result, w=w, h=w.pending: self._done(w, h, result))
        task.failed.connect(lambda error, w=w, h=w.pending: self._failed(w, h, error))
        w.pending = None
        task.start()

    def _done(self, w: Watched, content: str, result) -> None:
        self.task = self.running = None
        w.watch.imported(content)
        done, failed = result
        if done:
            self.imported.emit(w.document_id, done[0], "")
        elif failed:
            self.imported.emit(w.document_id, None, failed[0].error)
        self._tick()

    def _failed(self, w: Watched, _content: str, error: str) -> None:
        self.task = self.running = None
        self.imported.emit(w.document_id, None, error)
        self._tick()


def result_line(result: ImportResult) -> str:
    """'version 4 imported, 2 paragraphs changed' for the status bar."""
    v = result.versioning
    if result.duplicate:
        return tr("unchanged (it holds version {version} already)").format(version=result.version)
    if v is None:
        return tr("imported as a document of its own")
    c = v.changes
    changed = c.edited + c.split + c.merged
    parts = [
        tr("version {version} imported").format(version=v.version),
        tr("%n paragraph(s) changed", "", changed),
    ]
    if c.added:
        parts.append(tr("%n added", "", c.added))
    if c.removed:
        parts.append(tr("%n removed", "", c.removed))
    if v.changed_since_review:
        parts.append(tr("%n changed since reviewed", "", v.changed_since_review))
    if v.gone:
        parts.append(work_text(v.gone))
    return ", ".join(parts)
