"""The heat map: themes × documents, each cell a share."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QT_TR_NOOP, QPointF, QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QFontMetrics,
    QLinearGradient,
    QPainter,
)

from ui.charts import (
    EMPTY,
    INK,
    MUTED,
    Chart,
    share_colour,
)
from ui.i18n import tr
from ui.theme import ink_on, qcolor

DOT = qcolor("matrix_dot")

# -- the heat map -----------------------------------------------------------------------------


@dataclass(frozen=True)
class HeatRow:
    key: str  # the theme's key ("A12")
    label: str  # "A12 Acceptance of international norms"
    total: int  # its recommendations
    addressed: int  # by any document
    per_column: tuple[int, ...]  # addressed by each document


class HeatMap(Chart):
    """Themes (rows) × documents (columns), each cell the share of the theme's
    recommendations the document addresses; a last column for all documents."""

    CELL_W, CELL_H, GAP = 58, 22, 2
    LABEL_MAX = 420
    HEAD_MAX = 230
    LEGEND_TEXT = QT_TR_NOOP("each cell: recommendations addressed / the theme's recommendations")

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("themeHeatMap")
        self.columns: list[str] = []
        self.column_tips: list[str] = []
        self.rows: list[HeatRow] = []
        self.empty_text = tr("No recommendations to show")
        self._label_w = 200
        self._head_h = 60
        self._grid_top = 0
        self.relayout()

    def suggested_name(self) -> str:
        return tr("coverage by theme") + ".png"

    def set_data(
        self, title: str, subtitle: str, columns: list[str], rows: list[HeatRow], tips=None
    ) -> None:
        self.title, self.subtitle = title, subtitle
        self.columns = list(columns)
        self.column_tips = list(tips or columns)
        self.rows = list(rows)
        self.relayout()

    def _all_labels(self) -> list[str]:
        return [*self.columns, tr("All documents")]

    def _row_text(self, r: HeatRow) -> str:
        return f"{r.label} ({r.total})"

    def layout_chart(self) -> QSize:
        fm = QFontMetrics(self.font_px(12))
        fh = QFontMetrics(self.font_px(11, True))
        self._label_w = min(
            self.LABEL_MAX,
            max((fm.horizontalAdvance(self._row_text(r)) for r in self.rows), default=80) + 14,
        )
        self._head_h = min(
            self.HEAD_MAX, max(fh.horizontalAdvance(c) for c in self._all_labels()) + 12
        )
        n = len(self.columns) + 1
        grid_w = n * (self.CELL_W + self.GAP) + 10  # the "All" column stands apart
        legend_w = 2 * self.MARGIN + self._label_w + fm.horizontalAdvance(tr(self.LEGEND_TEXT)) + 8
        width = max(self.titles_width(), 2 * self.MARGIN + self._label_w + grid_w, legend_w, 420)
        rows_h = max(len(self.rows), 1) * (self.CELL_H + self.GAP)
        self._grid_top = self.MARGIN + 54 + self._head_h
        height = self._grid_top + rows_h + 16 + 46 + self.MARGIN
        return QSize(width, height)

    def _column_x(self, i: int) -> int:
        x = self.MARGIN + self._label_w + i * (self.CELL_W + self.GAP)
        return x + (10 if i == len(self.columns) else 0)

    def paint_chart(self, p: QPainter) -> None:
        size = self.natural_size()
        self.paint_titles(p, size.width())
        m = self.MARGIN
        # column heads, written upwards
        p.setFont(self.font_px(11, True))
        fh = p.fontMetrics()
        for i, label in enumerate(self._all_labels()):
            x = self._column_x(i)
            text = fh.elidedText(label, Qt.TextElideMode.ElideRight, self._head_h - 8)
            p.save()
            p.translate(x + self.CELL_W / 2 + fh.ascent() / 2 - 1, self._grid_top - 6)
            p.rotate(-90)
            p.setPen(INK if i < len(self.columns) else MUTED)
            p.drawText(QPointF(0, 0), text)
            p.restore()
        if not self.rows:
            p.setPen(MUTED)
            p.setFont(self.font_px(12))
            p.drawText(QRect(m, self._grid_top, size.width() - 2 * m, 22),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.empty_text)  # fmt: skip
        fm12 = QFontMetrics(self.font_px(12))
        cell_font = self.font_px(11)
        for ri, r in enumerate(self.rows):
            y = self._grid_top + ri * (self.CELL_H + self.GAP)
            p.setFont(self.font_px(12))
            p.setPen(INK)
            label = fm12.elidedText(
                self._row_text(r), Qt.TextElideMode.ElideMiddle, self._label_w - 10
            )
            p.drawText(QRect(m, y, self._label_w - 10, self.CELL_H),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)  # fmt: skip
            p.setFont(cell_font)
            for i, n in enumerate((*r.per_column, r.addressed)):
                share = n / r.total if r.total else 0.0
                rect = QRect(self._column_x(i), y, self.CELL_W, self.CELL_H)
                colour = share_colour(share)
                p.setPen(Qt.PenStyle.NoPen)
                p.setBrush(colour)
                p.drawRoundedRect(QRectF(rect), 3, 3)
                if n:
                    p.setPen(ink_on(colour))
                    p.drawText(rect, Qt.AlignmentFlag.AlignCenter, f"{n}/{r.total}")
                else:
                    p.setPen(DOT)
                    p.drawText(rect, Qt.AlignmentFlag.AlignCenter, "·")
        self._paint_legend(
            p, self._grid_top + max(len(self.rows), 1) * (self.CELL_H + self.GAP) + 16
        )

    def _paint_legend(self, p: QPainter, y: int) -> None:
        """none ▭  ▭▭▭▭ 1% … 100%   each cell: …"""
        x = self.MARGIN + self._label_w
        w = 150
        p.setFont(self.font_px(11))
        fm = p.fontMetrics()
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(EMPTY)
        p.drawRoundedRect(QRectF(x, y, 22, 12), 2, 2)
        p.setPen(MUTED)
        p.drawText(QRect(x, y + 13, 40, 16), Qt.AlignmentFlag.AlignLeft, tr("none"))
        gx = x + 44
        grad = QLinearGradient(gx, 0, gx + w, 0)
        for t in (0.0, 0.25, 0.5, 0.75, 1.0):
            grad.setColorAt(t, share_colour(max(t, 0.01)))
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(grad)
        p.drawRoundedRect(QRectF(gx, y, w, 12), 2, 2)
        p.setPen(MUTED)
        p.drawText(QRect(gx, y + 13, 60, 16), Qt.AlignmentFlag.AlignLeft, "1%")
        p.drawText(QRect(gx + w - 60, y + 13, 60, 16), Qt.AlignmentFlag.AlignRight, "100%")
        legend = tr(self.LEGEND_TEXT)
        p.drawText(QRect(x, y + 30, fm.horizontalAdvance(legend) + 4, 16),
                   Qt.AlignmentFlag.AlignLeft, legend)  # fmt: skip

    def hit(self, pos):
        if pos.y() < self._grid_top:
            return None, None
        ri = (pos.y() - self._grid_top) // (self.CELL_H + self.GAP)
        if not 0 <= ri < len(self.rows):
            return None, None
        r = self.rows[ri]
        values = (*r.per_column, r.addressed)
        for i, n in enumerate(values):
            x = self._column_x(i)
            if x <= pos.x() < x + self.CELL_W:
                who = self.column_tips[i] if i < len(self.columns) else tr("All documents")
                share = f" ({round(100 * n / r.total)}%)" if r.total else ""
                said = tr("{who}: {n} of {total} addressed").format(who=who, n=n, total=r.total)
                return r.key, f"{r.label}\n{said}{share}"
        if self.MARGIN <= pos.x() < self.MARGIN + self._label_w:
            return (
                r.key,
                tr("{theme}: {n} of {total} addressed").format(
                    theme=r.label, n=r.addressed, total=r.total
                )
                + "\n"
                + tr("Click to filter the matrix"),
            )
        return None, None
