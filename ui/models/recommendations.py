"""The recommendation registry as a table, and the paragraphs citing one of them."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import (
    QT_TR_NOOP,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor, QFont

from reviewer.workspace import CitingParagraph, RecommendationRow, number_key
from ui.i18n import tr
from ui.models import ID_ROLE, ROW_ROLE
from ui.models.base import RowListModel, RowTableModel
from ui.render import MUTED, POSITION_COLOURS, STATUS_COLOURS, position_label, short, states_text
from ui.render_recommendations import CONFLICT_COLOUR, CONFLICT_TIP, other_editions

Index = QModelIndex | QPersistentModelIndex


class RecommendationsModel(RowTableModel):
    """The registry table. Sorting is the model's own (a Python sort of its rows, with
    keys made once), so re-sorting 2,000 rows takes milliseconds, not a comparison
    call into Python for each pair."""

    NUMBER, TEXT, STATES, POSITION, THEMES, PARAGRAPHS, SYMBOL, UNDER_REVIEW, CONFLICT = range(9)
    HEADERS = (
        QT_TR_NOOP("No."), QT_TR_NOOP("Recommendation"), QT_TR_NOOP("States"),
        QT_TR_NOOP("Position"), QT_TR_NOOP("Themes"), "¶", QT_TR_NOOP("Report"),
        QT_TR_NOOP("SuR"), "≠",
    )  # fmt: skip
    TOOLTIPS = {
        PARAGRAPHS: QT_TR_NOOP("Paragraphs citing it"),
        SYMBOL: QT_TR_NOOP("The Working Group report that made the recommendation"),
        UNDER_REVIEW: QT_TR_NOOP("State under review"),
        CONFLICT: CONFLICT_TIP,
    }

    def __init__(self, parent=None):
        super().__init__(parent)
        self._sort: tuple[int, Qt.SortOrder] | None = None
        self._keys: dict[int, tuple] = {}  # id → (symbol, number key), made once per row

    def recommendation(self, row: int) -> RecommendationRow | None:
        return self.item(row)

    def set_rows(self, rows) -> None:
        rows = list(rows)
        if self._sort is not None:
            self._sort_rows(rows, *self._sort)
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()

    def update_rows(self, by_id: dict[int, RecommendationRow]) -> list[int]:
        """Rows read again (a link changed their counts) put in their places: each
        changed row's ``dataChanged``, never a reset, so the view keeps its selection and
        scroll; sorted by "¶", the rows move (``layoutChanged``, as ``sort``).  Returns
        the row numbers changed."""
        changed = []
        for i, r in enumerate(self._rows):
            new = by_id.get(r.id)
            if new is not None and new != r:
                self._rows[i] = new
                changed.append(i)
        last = len(self.HEADERS) - 1
        for i in changed:
            self.dataChanged.emit(self.index(i, 0), self.index(i, last))
        if changed and self._sort is not None and self._sort[0] == self.PARAGRAPHS:
            self.sort(*self._sort)
        return changed

    def _order(self, r: RecommendationRow) -> tuple:
        key = self._keys.get(r.id)
        if key is None or key[0] != r.symbol:
            key = self._keys[r.id] = (r.symbol, number_key(r.number))
        return key

    def _sort_rows(self, rows: list, column: int, order: Qt.SortOrder) -> None:
        o = self._order
        key = {
            self.NUMBER: o,
            self.SYMBOL: o,
            self.PARAGRAPHS: lambda r: (r.paragraph_count, o(r)),
            self.CONFLICT: lambda r: (not r.conflict, o(r)),
            self.UNDER_REVIEW: lambda r: ((r.state_under_review or "").casefold(), o(r)),
            self.TEXT: lambda r: ((r.text or "").casefold(), o(r)),
            self.STATES: lambda r: (tuple(s.casefold() for s in r.states), o(r)),
            self.POSITION: lambda r: (position_label(r.position).casefold(), o(r)),
            self.THEMES: lambda r: (tuple(c for c, _ in r.themes), o(r)),
        }.get(column, o)
        rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.HEADERS):
            return
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        old = self.persistentIndexList()
        held = [(self._rows[i.row()].id, i.column()) for i in old]
        self._sort_rows(self._rows, column, order)
        at = {r.id: n for n, r in enumerate(self._rows)}
        self.changePersistentIndexList(old, [self.index(at[rid], col) for rid, col in held])
        self.layoutChanged.emit()

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
                r.state_under_review or "",
                "≠" if r.conflict else "",
            )[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == self.THEMES:
                return "\n".join(f"{c} {n}" for c, n in r.themes) or None
            if col == self.STATES:
                return ", ".join(r.states) or None
            if col == self.TEXT:  # with the other editions' texts (French, Spanish …)
                others = "".join(f"\n\n{name}: {body}" for name, body in other_editions(r))
                return (r.text or "") + others if r.text or others else None
            if col == self.CONFLICT:
                return tr(CONFLICT_TIP) if r.conflict else None
            if col == self.UNDER_REVIEW:
                return (
                    tr("State under review: {state}").format(state=r.state_under_review)
                    + (f" ({r.review})" if r.review else "")
                    if r.state_under_review
                    else None
                )
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if col == self.POSITION:
                return QColor(str(POSITION_COLOURS.get(r.position, MUTED)))
            if col == self.CONFLICT:
                return QColor(str(CONFLICT_COLOUR))
            if col == self.SYMBOL:
                return QColor(str(MUTED))
            return None
        if role == Qt.ItemDataRole.FontRole and col == self.CONFLICT and r.conflict:
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if col == self.PARAGRAPHS:
                return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if col == self.CONFLICT:
                return int(Qt.AlignmentFlag.AlignCenter)
            return None
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
