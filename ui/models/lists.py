"""Small list models for the inspector and the search pane: links, notes, hits."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from reviewer.workspace import HIT_END, HIT_START, LinkRow, NoteRow, SearchHit
from ui.i18n import tr
from ui.models.base import RowListModel
from ui.render import (
    MUTED,
    SUGGESTED_TEXT,
    link_html,
    note_html,
    position_label,
    short,
    snippet_block,
    states_text,
)
from ui.theme import colour

QUOTE = colour("quote")
Index = QModelIndex | QPersistentModelIndex


class LinksModel(RowListModel):
    """A paragraph's linked recommendations: number, text, States, position, origin, status."""

    def text(self, r: LinkRow) -> str:
        return f"{r.number} {r.status} {r.origin} {r.position}: {r.text or ''}"

    def html(self, r: LinkRow) -> str:
        return link_html(r)


class SuggestionsModel(RowListModel):
    """A paragraph's open suggestions, best first: number, score, text, matched words."""

    def text(self, r: LinkRow) -> str:
        return tr("{number} suggested, score {score}: {text}").format(
            number=r.number, score=f"{r.score or 0:.1f}", text=r.text or ""
        )

    def html(self, r: LinkRow) -> str:
        return suggestion_html(r)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        r = self.row_at(index)
        if r is not None and role == Qt.ItemDataRole.ToolTipRole:
            by = f" ({states_text(r.states)})" if r.states else ""
            matched = tr("Matched words: {words}").format(words=", ".join(r.matched) or tr("none"))
            keys = tr(
                "Y accepts it (a confirmed link), X rejects it (never suggested again "
                "for this paragraph); Ctrl+Z undoes."
            )
            head = f"{r.symbol} {r.number}{by} · {position_label(r.position)}"
            return f"{head}\n{r.text or ''}\n\n{matched}\n{keys}"
        if r is not None and role == Qt.ItemDataRole.AccessibleTextRole:
            return self.text(r)
        return super().data(index, role)


def suggestion_html(link: LinkRow) -> str:
    """A suggestion in the inspector: number, score, a short text and the words the
    paragraph shares with it, quieter than a link (italic, amber)."""
    score = (
        tr("score {score}").format(score=f"{link.score:.1f}")
        if link.score is not None
        else tr("suggested")
    )
    text = escape(short(" ".join((link.text or "").split()), 150)) or escape(
        tr("text not in the registry")
    )
    matched = ", ".join(link.matched)
    said = tr("matched: {words}").format(words=matched)
    words = (
        f'<br><span style="color:{MUTED}; font-size:small">{escape(said)}</span>' if matched else ""
    )
    return (
        f'<b style="color:{SUGGESTED_TEXT}">{escape(link.number)}</b>'
        f' <span style="color:{MUTED}">{escape(link.symbol)}</span>'
        f' &nbsp;<span style="color:{SUGGESTED_TEXT}; font-style:italic">{score}</span>'
        f'<br><span style="color:{QUOTE}; font-style:italic">{text}</span>{words}'
    )


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
        where = " · ".join(x for x in (r.pages, short(r.document_title, 48)) if x)  # "p. 12 · …"
        return (  # the snippet under it (an Arabic one a block of its own, right to left)
            f'<b>{label}</b> <span style="color:{MUTED}">{escape(where)}</span>'
            f"{snippet_block(r.snippet)}"
        )

    def row_id(self, r: SearchHit) -> int:
        return r.paragraph_id
