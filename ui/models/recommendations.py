"""The recommendation registry as a table, and the paragraphs citing one of them."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import (
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from reviewer.workspace import CitingParagraph, RecommendationRow
from ui.models import ID_ROLE, ROW_ROLE
from ui.models.base import RowListModel, RowTableModel
from ui.render import (
    MUTED,
    POSITION_COLOURS,
    STATUS_COLOURS,
    position_label,
    short,
    states_text,
)

Index = QModelIndex | QPersistentModelIndex


class RecommendationsModel(RowTableModel):
    NUMBER, TEXT, STATES, POSITION, THEMES, PARAGRAPHS, SYMBOL = range(7)
    HEADERS = ("No.", "Recommendation", "States", "Position", "Themes", "¶", "Report")
    TOOLTIPS = {PARAGRAPHS: "Paragraphs citing it"}

    def recommendation(self, row: int) -> RecommendationRow | None:
        return self.item(row)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        r, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                r.number,
                r.text or "—",
                states_text(r.states, 3),
                position_label(r.position),
                " ".join(code for code, _ in r.themes),
                r.paragraph_count or "",
                r.symbol,
            )[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.THEMES:
                return "\n".join(f"{c} {n}" for c, n in r.themes) or None
            if col == self.STATES:
                return ", ".join(r.states) or None
            if col == self.TEXT:
                return r.text
            return None
        if role == Qt.ItemDataRole.ForegroundRole and col == self.POSITION:
            return QColor(POSITION_COLOURS.get(r.position, MUTED))
        if role == Qt.ItemDataRole.TextAlignmentRole and col == self.PARAGRAPHS:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == ROW_ROLE:
            return r
        if role == ID_ROLE:
            return r.id
        return None


class CitingModel(RowListModel):
    """Paragraphs citing the selected recommendation, as rich text."""

    def citing(self, row: int) -> CitingParagraph | None:
        return self.item(row)

    def text(self, c: CitingParagraph) -> str:
        return f"{c.document_title} ¶{c.label or ''}: {c.text}"

    def html(self, c: CitingParagraph) -> str:
        text = c.text if len(c.text) < 320 else c.text[:320] + "…"
        colour = STATUS_COLOURS.get(c.status, MUTED)
        return (
            f'<b>¶ {escape(c.label or "–")}</b> <span style="color:{MUTED}">'
            f"{escape(short(c.document_title, 70))}</span> · "
            f'<span style="color:{colour}">{escape(c.status)}</span>'
            f' <span style="color:{MUTED}">({escape(c.origin)})</span><br>{escape(text)}'
        )

    def row_id(self, c: CitingParagraph) -> int:
        return c.paragraph_id
