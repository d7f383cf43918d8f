"""The reading pane's paragraphs: ids up front, rows fetched lazily in batches.

A 2,000-paragraph document costs one id query when it opens; rows (with links,
footnotes, tags, notes and citations) come ``BATCH`` at a time as the view scrolls
(``canFetchMore``/``fetchMore``), or up to a given row when something jumps there.
"""

from __future__ import annotations

from typing import Protocol

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from reviewer.workspace import ParagraphRow
from ui.models import HTML_ROLE, ID_ROLE, NO_PARENT, ROW_ROLE
from ui.render import paragraph_html
from ui.search_marks import mark_query

Index = QModelIndex | QPersistentModelIndex


class ParagraphSource(Protocol):
    def paragraphs(self, ids: list[int]) -> list[ParagraphRow]: ...
    def footnote_markers(self, ids: list[int]) -> dict[int, list[tuple[int, str, int]]]: ...


class ParagraphsModel(QAbstractListModel):
    BATCH = 60

    def __init__(self, source: ParagraphSource | None = None, parent=None):
        super().__init__(parent)
        self.source = source
        self._ids: list[int] = []
        self._rows: list[ParagraphRow] = []
        self._markers: dict[int, list] = {}
        self._html: dict[int, str] = {}
        self._titles: dict[int, str] | None = None
        # a version's paragraphs: what each continues of the version before (DiffParagraph)
        self._changes: dict[int, object] = {}
        self.version: int | None = None  # the version those are of
        # a search's words marked in the paragraph it opened: (paragraph id, query)
        self.marks: tuple[int, str] | None = None

    # -- contents ----------------------------------------------------------------
    def set_ids(self, ids: list[int], document_titles: dict[int, str] | None = None) -> None:
        """Show these paragraphs; ``document_titles`` adds a title line (multi-document)."""
        self.beginResetModel()
        self._ids = list(ids)
        self._rows = []
        self._markers = {}
        self._html = {}
        self._titles = document_titles
        self.endResetModel()
        if self._ids:
            self.fetchMore(QModelIndex())

    def set_changes(self, changes: dict[int, object], version: int | None = None) -> None:
        """What the shown version's paragraphs continue (paragraph id → DiffParagraph)."""
        self._changes, self.version = dict(changes), version
        self._html = {}
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, 0))

    def set_marks(self, paragraph_id: int | None, query: str = "") -> None:
        """Mark ``query``'s words in one paragraph (None: no marks)."""
        before = self.marks
        self.marks = (paragraph_id, query) if paragraph_id is not None and query else None
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
        while len(self._rows) <= row and self.canFetchMore(QModelIndex()):
            self._fetch(max(self.BATCH, row + 1 - len(self._rows)))

    def refresh(self, paragraph_id: int) -> ParagraphRow | None:
        """Re-read one paragraph after an edit; returns its new row if it is loaded."""
        pos = self.row_of(paragraph_id, load=False)
        if pos < 0 or self.source is None:
            return None
        fresh = self.source.paragraphs([paragraph_id])
        if not fresh:
            return None
        self._rows[pos] = fresh[0]
        self._html.pop(paragraph_id, None)
        idx = self.index(pos, 0)
        self.dataChanged.emit(idx, idx)
        return fresh[0]

    # -- lazy fetching ---------------------------------------------------------------
    def canFetchMore(self, parent: Index = NO_PARENT) -> bool:
        return not parent.isValid() and len(self._rows) < len(self._ids)

    def fetchMore(self, parent: Index = NO_PARENT) -> None:
        if not parent.isValid():
            self._fetch(self.BATCH)

    def _fetch(self, n: int) -> None:
        start = len(self._rows)
        ids = self._ids[start : start + n]
        if not ids or self.source is None:
            return
        rows = self.source.paragraphs(ids)
        by_id = {r.id: r for r in rows}
        rows = [by_id[i] for i in ids if i in by_id]
        if len(rows) < len(ids):  # deleted meanwhile: drop their ids so rows stay aligned
            gone = {i for i in ids if i not in by_id}
            self._ids = [i for i in self._ids if i not in gone]
        self._markers.update(self.source.footnote_markers([r.id for r in rows]))
        if not rows:
            return
        self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
        self._rows.extend(rows)
        self.endInsertRows()

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
            html = self._html.get(row.id)
            if html is None:
                title = self._titles.get(row.document_id) if self._titles else None
                change = self._changes.get(row.id)
                markers = self._markers.get(row.id, ())
                html = paragraph_html(row, markers, title, change, self.version)
                self._html[row.id] = html
            if self.marks is not None and self.marks[0] == row.id:
                return mark_query(html, self.marks[1])
            return html
        if role == ROW_ROLE:
            return row
        if role == ID_ROLE:
            return row.id
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"Paragraph {row.label or ''}: {row.text}"
        return None
