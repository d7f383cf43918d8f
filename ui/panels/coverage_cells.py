"""The Coverage tab's matrix pieces: colours, the cell delegate, the table, the share
bar, and the menu of a cell's paragraphs."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QRect, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QMenu,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from reviewer.workspace import (
    CoverageCell,
    LinkStatus,
)
from ui.charts import DARK, LIGHT, blend
from ui.i18n import tr
from ui.models.coverage import (
    CELL_ROLE,
    GROUP_ROLE,
    GROUP_START_ROLE,
    TOTAL_ROLE,
    CoverageModel,
)
from ui.render import position_label
from ui.theme import ink_on, qcolor

M = CoverageModel
# the theme's colours, kept up to date in place (ui.theme)
INK = qcolor("chart_ink")
MUTED = qcolor("muted")
NOBODY = qcolor("nobody")
SUGGESTED_BG = qcolor("cell_suggested")
SUGGESTED_INK = qcolor("cell_suggested_text")
GROUP_LINE = qcolor("matrix_group")
CURRENT = qcolor("matrix_current")
ACCENT = qcolor("accent")
HEADING = qcolor("heading")
DOT = qcolor("matrix_dot")
SELECTED = qcolor("row_selected")
TRACK = qcolor("grid")

# style sheets with the theme's ${role} places (ui.theme.style)
STRIP_STYLE = """
QFrame#coverageStrip { background: ${base}; border-bottom: 1px solid ${border}; }
QLabel#coverageSummary { font-size: 12pt; color: ${chart_ink}; }
QLabel#coverageHeadline { font-weight: 600; color: ${heading}; }
"""
TABLE_STYLE = "QTableView#coverageMatrix { gridline-color: ${matrix_grid}; }"


def cell_colour(cell: CoverageCell, most: int) -> QColor | None:
    """Confirmed: light to dark blue by how many paragraphs; suggested only: amber."""
    if cell.confirmed:
        t = (cell.paragraphs / max(most, 1)) ** 0.5
        return blend(LIGHT, DARK, 0.15 + 0.85 * t if most > 1 else 0.55)
    if cell.suggested:
        return SUGGESTED_BG
    return None


class CoverageDelegate(QStyledItemDelegate):
    """The matrix's cells: a document's cell as a coloured count, the total as
    "2 documents" or "nobody", the theme on the first row of its group, and a line
    above each group."""

    def __init__(self, view: QTableView):
        super().__init__(view)
        self.view = view
        self._wrapped: dict[tuple, list[str]] = {}  # (theme, width, font) → its lines

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        model = index.model()
        col = index.column()
        if isinstance(model, CoverageModel) and model.document_at(col) is not None:
            self._paint_cell(painter, option, index, model)
        elif col == M.TOTAL:
            self._paint_total(painter, option, index)
        elif col == M.THEME:
            self._paint_theme(painter, option, index)
        else:
            super().paint(painter, option, index)
        if index.row() and index.data(GROUP_START_ROLE):
            painter.save()
            painter.setPen(GROUP_LINE)
            painter.drawLine(option.rect.topLeft(), option.rect.topRight())
            painter.restore()

    def _background(self, painter: QPainter, option: QStyleOptionViewItem) -> bool:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(option.rect, option.palette.color(QPalette.ColorRole.Highlight))
        return selected

    def _paint_cell(self, painter, option, index, model: CoverageModel) -> None:
        cell: CoverageCell = index.data(CELL_ROLE) or CoverageCell()
        painter.save()
        r = option.rect.adjusted(2, 2, -2, -2)
        colour = cell_colour(cell, model.max_paragraphs)
        current = self.view.currentIndex() == index and self.view.hasFocus()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if colour is not None:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(r, 3, 3)
            font = QFont(option.font)
            if cell.confirmed:
                font.setBold(True)
                painter.setPen(ink_on(colour))
            else:
                painter.setPen(SUGGESTED_INK)
            painter.setFont(font)
            painter.drawText(r, Qt.AlignmentFlag.AlignCenter, index.data() or "")
        else:
            if selected:
                painter.fillRect(r, SELECTED)
            painter.setPen(DOT)
            painter.drawText(r, Qt.AlignmentFlag.AlignCenter, "·")
        if selected or current:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            pen = painter.pen()
            pen.setColor(CURRENT if colour is not None and colour.lightness() < 150 else ACCENT)
            pen.setWidth(2)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(r.adjusted(0, 0, -1, -1), 3, 3)
        painter.restore()

    def _paint_total(self, painter, option, index) -> None:
        docs, _confirmed, suggested = index.data(TOTAL_ROLE) or (0, 0, 0)
        painter.save()
        selected = self._background(painter, option)
        r = option.rect.adjusted(6, 0, -6, 0)
        font = QFont(option.font)
        main = tr("%n document(s)", "", docs) if docs else tr("nobody")
        font.setBold(bool(docs))
        painter.setFont(font)
        painter.setPen(
            option.palette.color(QPalette.ColorRole.HighlightedText)
            if selected
            else (INK if docs else NOBODY)
        )
        fm = painter.fontMetrics()
        painter.drawText(r, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, main)
        if suggested:
            x = r.x() + fm.horizontalAdvance(main) + 4
            font.setBold(False)
            painter.setFont(font)
            painter.setPen(SUGGESTED_INK)
            painter.drawText(QRect(x, r.y(), r.right() - x, r.height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, f"· {suggested}?")  # fmt: skip
        painter.restore()

    def _paint_theme(self, painter, option, index) -> None:
        """Grouped by theme: the theme's name written down its group's rows, a line
        per row (the last one elided); else the theme on each row."""
        painter.save()
        selected = self._background(painter, option)
        model = index.model()
        grouped = isinstance(model, CoverageModel) and model.sort_column()[0] == M.THEME
        place, size = index.data(GROUP_ROLE) or (0, 1)
        font = QFont(option.font)
        font.setBold(grouped)
        painter.setFont(font)
        painter.setPen(
            option.palette.color(QPalette.ColorRole.HighlightedText) if selected
            else HEADING if grouped else INK
        )  # fmt: skip
        r = option.rect.adjusted(6, 0, -4, 0)
        fm = painter.fontMetrics()
        text = index.data() or ""
        if grouped:
            lines = self._lines(text, r.width(), font)
            if place >= len(lines):
                painter.restore()
                return
            text = lines[place]
            if place == size - 1 and len(lines) > size:  # the group's last row: the rest
                text = " ".join(lines[place:])
        text = fm.elidedText(text, Qt.TextElideMode.ElideRight, r.width())
        painter.drawText(r, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        painter.restore()

    def _lines(self, text: str, width: int, font: QFont) -> list[str]:
        key = (text, width, font.key())
        lines = self._wrapped.get(key)
        if lines is None:
            fm = QFontMetrics(font)
            lines, line = [], ""
            for word in text.split():
                trial = f"{line} {word}" if line else word
                if line and fm.horizontalAdvance(trial) > width:
                    lines.append(line)
                    line = word
                else:
                    line = trial
            if line:
                lines.append(line)
            if len(self._wrapped) > 2000:
                self._wrapped.clear()
            self._wrapped[key] = lines
        return lines


class CoverageTable(QTableView):
    """The matrix: Enter (or Return) on a cell opens its paragraphs, as a click does."""

    cell_opened = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.cell_opened.emit(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)


class ShareBar(QWidget):
    """The share addressed, as a ring with its percentage: the strip's first glance."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.addressed, self.total = 0, 0
        self.setFixedSize(54, 54)

    def set_values(self, addressed: int, total: int) -> None:
        self.addressed, self.total = addressed, total
        self.setToolTip(
            tr("{addressed} of {total} recommendations addressed").format(
                addressed=addressed, total=total
            )
        )
        self.update()

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = self.rect().adjusted(5, 5, -5, -5)
        pen = p.pen()
        pen.setWidth(7)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        pen.setColor(TRACK)
        p.setPen(pen)
        p.drawEllipse(r)
        share = self.addressed / self.total if self.total else 0
        if share:
            pen.setColor(ACCENT)
            p.setPen(pen)
            p.drawArc(r, 90 * 16, -max(1, round(360 * 16 * share)))
        f = QFont(self.font())
        f.setPixelSize(12)
        f.setBold(True)
        p.setFont(f)
        p.setPen(INK)
        p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, f"{round(100 * share)}%")
        p.end()


def _position_name(key: str) -> str:
    return position_label(key)


def paragraph_menu(parent: QWidget, ws, document_id: int, rec, ids: list[int], open_fn) -> QMenu:
    """The paragraphs of a document citing recommendation ``rec``, to pick one:
    "¶ 12  Text of the paragraph…  (suggested)"; ``open_fn(document_id, paragraph_id)``."""
    menu = QMenu(parent)
    menu.setObjectName("coverageParagraphs")
    head = menu.addAction(
        tr("%n paragraph(s) cite {number}", "", len(ids)).format(number=rec.number)
    )
    head.setEnabled(False)
    menu.addSeparator()
    for pid in ids:
        p = ws.paragraph(pid)
        if p is None:
            continue
        where = f"¶ {p.label}" if p.label else tr("Paragraph {n}").format(n=p.seq + 1)
        text = " ".join(p.text.split())
        text = text if len(text) <= 70 else text[:68].rstrip() + "…"
        status = next((lk.status for lk in p.links if lk.recommendation_id == rec.id), None)
        mark = "  " + tr("(suggested)") if status == LinkStatus.SUGGESTED else ""
        act = menu.addAction(f"{where}  {text}{mark}")
        act.setData(pid)
        act.setToolTip(" ".join(p.text.split()))
        act.triggered.connect(lambda _=False, pid=pid: open_fn(document_id, pid))
    return menu
