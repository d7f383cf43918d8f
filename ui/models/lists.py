"""Small list models for the inspector and the search pane: links, notes, hits."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, Qt

from reviewer.storage.fts import HIT_END, HIT_START
from reviewer.workspace.rows import LinkRow, NoteRow, SearchHit
from ui.models import HTML_ROLE, ID_ROLE, NO_PARENT, ROW_ROLE
from ui.render import MUTED, link_html, note_html, short, snippet_html

Index = QModelIndex | QPersistentModelIndex


class RowListModel(QAbstractListModel):
    """A list of frozen rows; subclasses say how one row reads as text and HTML."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list = []

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list:
        return list(self._rows)

    def item(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r = self._rows[index.row()]
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(r)
        if role == HTML_ROLE:
            return self.html(r)
        if role == ROW_ROLE:
            return r
        if role == ID_ROLE:
            return self.row_id(r)
        return None

    def text(self, r) -> str:
        raise NotImplementedError

    def html(self, r) -> str:
        raise NotImplementedError

    def row_id(self, r) -> int:
        return r.id


class LinksModel(RowListModel):
    """A paragraph's linked recommendations: number, text, States, position, origin, status."""

    def text(self, r: LinkRow) -> str:
        return f"{r.number} {r.status} {r.origin} {r.position}: {r.text or ''}"

    def html(self, r: LinkRow) -> str:
        return link_html(r)


class NotesModel(RowListModel):
    def text(self, r: NoteRow) -> str:
        return r.body

    def html(self, r: NoteRow) -> str:
        return note_html(r)


class SearchModel(RowListModel):
    """Ranked hits; the snippet's matched words are highlighted."""

    def text(self, r: SearchHit) -> str:
        return r.snippet.replace(HIT_START, "").replace(HIT_END, "")

    def html(self, r: SearchHit) -> str:
        label = f"¶ {escape(r.label)}" if r.label else "¶"
        return (
            f'<b>{label}</b> <span style="color:{MUTED}">{escape(short(r.document_title, 48))}</span>'
            f"<br>{snippet_html(r.snippet)}"
        )

    def row_id(self, r: SearchHit) -> int:
        return r.paragraph_id
