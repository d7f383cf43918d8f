"""The reading pane's paragraphs: ids up front, rows fetched lazily in batches.

A 2,000-paragraph document costs one id query when it opens; rows (with links,
footnotes, tags, notes and citations) come ``BATCH`` at a time as the view scrolls
(``canFetchMore``/``fetchMore``), or up to a given row when something jumps there.

With ``background`` (the reading pane), the first ``FIRST`` rows are read at once (a
screenful) and the batches the view asks for while scrolling are read off the GUI
thread (``ui.background.Latest``): the rows and their HTML.  When a batch arrives,
given ``measure`` (the view's delegate's), its rows are laid out on the GUI thread
in slices of a few milliseconds (``ui.background.Slices``; never in the worker: see
``ui.delegates``), then added, so the view sizing them lays out nothing (an answer
for ids no longer shown is dropped).  A jump (``ensure_loaded``) still reads at once.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import (
    QAbstractListModel,
    QCoreApplication,
    QEventLoop,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from reviewer.workspace import ParagraphRow
from ui.background import Latest, Slices
from ui.i18n import tr
from ui.models import HTML_ROLE, ID_ROLE, NO_PARENT, ROW_ROLE
from ui.render import paragraph_html
from ui.search_marks import mark_query

Index = QModelIndex | QPersistentModelIndex
# a batch read in a worker: rows, footnote markers and HTML
Batch = tuple[list[ParagraphRow], dict[int, list], dict[int, str]]


class ParagraphSource(Protocol):
    def paragraphs(self, ids: list[int]) -> list[ParagraphRow]: ...
    def footnote_markers(self, ids: list[int]) -> dict[int, list[tuple[int, str, int]]]: ...


class ParagraphsModel(QAbstractListModel):
    # a row changed in a way that leaves its size as it was: the view repaints it
    # (``dataChanged`` makes a list view lay out every loaded row again)
    repaint = Signal(QModelIndex)
    BATCH = 60
    FIRST = 12  # with ``background``: read at once when the ids are set (a screenful)

    def __init__(
        self, source: ParagraphSource | None = None, parent=None, background: bool = False
    ):
        super().__init__(parent)
        self.source = source
        self.loader = Latest(self) if background else None
        self.slices = Slices(self) if background else None
        # the view's delegate's: lays out one row's HTML and keeps its height (GUI thread)
        self.measure: Callable[[str], None] | None = None
        # the view's delegate's: whether a refreshed row keeps the size it had (then
        # ``repaint`` is emitted rather than ``dataChanged``)
        self.keeps_size: Callable[[int], bool] | None = None
        self._generation = 0  # bumped when the ids change: older batches are dropped
        self._stale: set[int] = set()  # changed while a batch with them was being read
        self._ids: list[int] = []
        self._rows: list[ParagraphRow] = []
        self._markers: dict[int, list] = {}
        self._html: dict[int, str] = {}
        self._titles: dict[int, str] | None = None
        # a version's paragraphs: what each continues of the version before (DiffParagraph)
        self._changes: dict[int, object] = {}
        self.version: int | None = None  # the version those are of
        # a search's words marked in the paragraph it opened: (paragraph id, query)
        self.marks: tuple[int, str, tuple[str, ...]] | None = None

    # -- contents ----------------------------------------------------------------
    def set_ids(
        self,
        ids: list[int],
        document_titles: dict[int, str] | None = None,
        first: Batch | None = None,
    ) -> None:
        """Show these paragraphs; ``document_titles`` adds a title line (multi-document).
        ``first``: the first rows, read already (``batch_reader``, off the GUI thread)."""
        self.beginResetModel()
        self._ids = list(ids)
        self._rows = []
        self._markers = {}
        self._html = {}
        self._titles = document_titles
        self._generation += 1
        self._cancel_reads()
        self.endResetModel()
        if first is not None and first[0]:  # a screenful: sized as the view asks
            self._take(0, self._ids[: len(first[0])], first, self._shown(), sliced=False)
        elif self._ids:
            self._fetch(self.FIRST if self.loader is not None else self.BATCH)

    def set_changes(self, changes: dict[int, object], version: int | None = None) -> None:
        """What the shown version's paragraphs continue (paragraph id → DiffParagraph)."""
        if not changes and not self._changes and version == self.version:
            return  # (a document of one version after another: its rows stay as made)
        self._changes, self.version = dict(changes), version
        self._html = {}
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))

    def set_marks(
        self, paragraph_id: int | None, query: str = "", languages: tuple[str, ...] = ()
    ) -> None:
        """Mark ``query``'s words in one paragraph (None: no marks); a bare word's
        forms in the search's ``languages`` (``ui.search_marks``)."""
        before = self.marks
        marked = paragraph_id is not None and query
        self.marks = (paragraph_id, query, languages) if marked else None
        for pid in {m[0] for m in (before, self.marks) if m is not None}:
            pos = self.row_of(pid, load=False)
            if pos >= 0:
                self.dataChanged.emit(self.index(pos, 0), self.index(pos, 0))

    def change(self, paragraph_id: int):
        return self._changes.get(paragraph_id)

    def ids(self) -> list[int]:
        return list(self._ids)

    def total(self) -> int:
        return len(self._ids)

    def loaded(self) -> int:
        return len(self._rows)

    def paragraph(self, row: int) -> ParagraphRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, paragraph_id: int, load: bool = True) -> int:
        """The row of a paragraph (fetching up to it when ``load``), or -1."""
        try:
            pos = self._ids.index(paragraph_id)
        except ValueError:
            return -1
        if pos >= len(self._rows):
            if not load:
                return -1
            self.ensure_loaded(pos)
        return pos

    def ensure_loaded(self, row: int) -> None:
        if len(self._rows) <= row:
            self._cancel_reads()  # read here and now; the batch under way is dropped
        while len(self._rows) <= row and self.canFetchMore(QModelIndex()):
            self._fetch(max(self.BATCH, row + 1 - len(self._rows)))

    def refresh(self, paragraph_id: int) -> ParagraphRow | None:
        """Re-read one paragraph after an edit; returns its new row if it is loaded."""
        pos = self.row_of(paragraph_id, load=False)
        self._stale.add(paragraph_id)  # a batch being read may have read it before
        if pos < 0 or self.source is None:
            return None
        fresh = self.source.paragraphs([paragraph_id])
        if not fresh:
            return None
        self._rows[pos] = fresh[0]
        self._html.pop(paragraph_id, None)
        idx = self.index(pos, 0)
        if self.keeps_size is not None and self.keeps_size(pos):
            self.repaint.emit(idx)  # its size as before: no relayout of every row
        else:
            self.dataChanged.emit(idx, idx)
        return fresh[0]

    # -- lazy fetching ---------------------------------------------------------------
    def canFetchMore(self, parent: Index = NO_PARENT) -> bool:
        return not parent.isValid() and len(self._rows) < len(self._ids)

    def fetchMore(self, parent: Index = NO_PARENT) -> None:
        if parent.isValid():
            return
        if self.loader is None:
            self._fetch(self.BATCH)
        elif not self.fetching:
            self._fetch_later(self.BATCH)

    @property
    def fetching(self) -> bool:
        """A batch is being read off the GUI thread, or measured before it is added."""
        return self.loader is not None and (self.loader.busy or self._measuring)

    @property
    def _measuring(self) -> bool:
        return self.slices is not None and self.slices.busy

    def wait(self, timeout_ms: int = 10_000) -> bool:
        """Until the batch being read has been added (tests; False on timeout)."""
        if self.loader is None:
            return True
        end = time.monotonic() + timeout_ms / 1000
        while self.fetching and time.monotonic() < end:
            if self.loader.busy:
                self.loader.wait(max(1, int((end - time.monotonic()) * 1000)))
            else:
                QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        return not self.fetching

    def _cancel_reads(self) -> None:
        if self.loader is not None:
            self.loader.cancel()
        if self.slices is not None:
            self.slices.cancel()

    def _fetch(self, n: int) -> None:
        start = len(self._rows)
        ids = self._ids[start : start + n]
        if not ids or self.source is None:
            return
        rows = self.source.paragraphs(ids)
        markers = self.source.footnote_markers([r.id for r in rows])
        self._add(start, ids, rows, markers)

    def load_later(self, row: int, then: Callable[[], None]) -> None:
        """Rows up to ``row`` read in a worker, then ``then()`` (dropped, as the rows
        are, if other ids are shown meanwhile or a jump reads them first).  Without
        ``background``, or loaded already: at once.  Read later, ``then`` comes in a
        turn of the event loop after the one adding the rows (the view lays them out
        there: 24 ms of the GUI thread's CPU at 3,000 rows), not in the same one."""
        if row < len(self._rows) or self.loader is None:
            self.ensure_loaded(row)
            then()
            return
        generation = self._generation

        def after() -> None:
            QTimer.singleShot(0, self, lambda: generation == self._generation and then())

        self._fetch_later(row + 1 - len(self._rows) + self.BATCH, after)

    def _fetch_later(self, n: int, then: Callable[[], None] | None = None) -> None:
        """Read the next ``n`` rows in a worker; add them when they arrive."""
        assert self.loader is not None
        start = len(self._rows)
        ids = self._ids[start : start + n]
        source = self.source
        if not ids or source is None:
            return
        generation, shown = self._generation, self._shown()
        read = self.batch_reader(self._titles)

        def arrived(answer: Batch) -> None:
            if generation != self._generation:
                return  # other ids shown meanwhile
            self._take(start, ids, answer, shown, then=then)

        self.loader.run(lambda: read(ids), arrived)

    def batch_reader(self, titles: dict[int, str] | None) -> Callable[[list[int]], Batch]:
        """A function a worker may call with ids: their rows, footnote markers and
        HTML (with ``titles``, multi-document, and the version shown now); nothing of
        Qt's.  Paragraphs edited from now on while it reads are read again when the
        batch is taken."""
        source = self.source
        changes, version = self._changes, self.version
        self._stale = set()

        def html_of(row: ParagraphRow, markers) -> str:
            title = titles.get(row.document_id) if titles else None
            return paragraph_html(row, markers, title, changes.get(row.id), version)

        def read(ids: list[int]) -> Batch:  # a worker thread: plain rows and strings only
            if source is None or not ids:
                return [], {}, {}
            rows = source.paragraphs(ids)
            markers = source.footnote_markers([r.id for r in rows])
            return rows, markers, {r.id: html_of(r, markers.get(r.id, ())) for r in rows}

        return read

    def _shown(self) -> tuple:
        return (self._titles, self._changes, self.version)

    def _take(
        self,
        start: int,
        ids: list[int],
        batch: Batch,
        shown: tuple,
        sliced: bool = True,
        then: Callable[[], None] | None = None,
    ) -> None:
        """Add a batch read in a worker (GUI thread): its rows measured first, in
        slices (``sliced``), then added (unless other ids are shown by then)."""
        rows, markers, html = batch
        generation = self._generation

        def add() -> None:
            if generation != self._generation:
                return
            rest = self._unread(start, ids)
            if rest is None:  # not where the rows read so far end: dropped
                return
            if rest:
                self._add_read(len(self._rows), rest, rows, markers, html, shown)
            if then is not None:
                then()

        now = self._shown()
        if sliced and self.slices is not None and self.measure is not None and html:
            if shown[0] is now[0] and shown[1] is now[1] and shown[2] == now[2]:
                self.slices.run(list(html.values()), self.measure, add)
                return
        add()

    def _unread(self, start: int, ids: list[int]) -> list[int] | None:
        """Of a batch read from row ``start``, the ids still to add: all of them where
        the rows read so far end at ``start``; its tail when another batch (the view's
        next one, read while a jump's was) added its first rows meanwhile; none when
        they are all read.  None: the batch no longer continues the rows read."""
        have = len(self._rows)
        if have == start:
            return ids
        skip = have - start
        if skip < 0 or self._ids[start:have] != ids[:skip]:
            return None
        rest = ids[skip:]
        return rest if self._ids[have : have + len(rest)] == rest else None

    def _add_read(self, start, ids, rows, markers, html, shown: tuple) -> None:
        stale, self._stale = self._stale & set(ids), set()
        if stale and self.source is not None:  # edited meanwhile: those read again here
            fresh = {r.id: r for r in self.source.paragraphs(sorted(stale))}
            rows = [fresh.get(r.id, r) if r.id in stale else r for r in rows]
            html = {k: v for k, v in html.items() if k not in stale}
        now = self._shown()
        if shown[0] is now[0] and shown[1] is now[1] and shown[2] == now[2]:
            self._html.update(html)  # else made again when shown
        self._add(start, ids, rows, markers)

    def _add(self, start: int, ids: list[int], rows: list[ParagraphRow], markers: dict) -> None:
        by_id = {r.id: r for r in rows}
        rows = [by_id[i] for i in ids if i in by_id]
        if len(rows) < len(ids):  # deleted meanwhile: drop their ids so rows stay aligned
            gone = {i for i in ids if i not in by_id}
            self._ids = [i for i in self._ids if i not in gone]
        self._markers.update(markers)
        if not rows:
            return
        self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

    def html_at(self, pos: int) -> str:
        """The HTML shown for the row at ``pos`` (made once; marks added when asked)."""
        if not 0 <= pos < len(self._rows):
            return ""
        row = self._rows[pos]
        html = self._html.get(row.id)
        if html is None:
            title = self._titles.get(row.document_id) if self._titles else None
            change = self._changes.get(row.id)
            markers = self._markers.get(row.id, ())
            html = paragraph_html(row, markers, title, change, self.version)
            self._html[row.id] = html
        if self.marks is not None and self.marks[0] == row.id:
            return mark_query(html, self.marks[1], self.marks[2])
        return html

    # -- Qt model interface ----------------------------------------------------------
    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return row.text
        if role == HTML_ROLE:
            return self.html_at(index.row())
        if role == ROW_ROLE:
            return row
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return tr("Paragraph {label}: {text}").format(label=row.label or "", text=row.text)
        return None
