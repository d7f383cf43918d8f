"""Small list models for the inspector and the search pane: links, notes, hits."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QModelIndex, QPersistentModelIndex

from reviewer.workspace import HIT_END, HIT_START, LinkRow, NoteRow, SearchHit
from ui.models.base import RowListModel
from ui.render import MUTED, link_html, note_html, short, snippet_html

Index = QModelIndex | QPersistentModelIndex


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
