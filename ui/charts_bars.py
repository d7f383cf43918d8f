"""Bars by recommending State."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, QRectF, QSize, Qt
from PySide6.QtGui import (
    QFontMetrics,
    QPainter,
)

from ui.charts import (
    BAR,
    BAR_DONE,
    GRID,
    INK,
    MUTED,
    Chart,
)
from ui.i18n import tr

# -- bars by recommending State ---------------------------------------------------------------


@dataclass(frozen=True)
class BarRow:
    key: str
    label: str
    total: int
    addressed: int


class StateBars(Chart):
    """One bar per recommending State: its recommendations (light), how many of them
    are addressed (dark), most recommendations first; the first ``limit`` States."""

    ROW_H, BAR_W = 20, 340
    LABEL_MAX = 230

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("stateBars")
        self.rows: list[BarRow] = []
        self.limit: int | None = 25
        self.empty_text = tr("No recommendations to show")
        self._label_w = 120
        self._top = 0
        self.relayout()

    def suggested_name(self) -> str:
        return tr("coverage by State") + ".png"

    def set_data(self, title: str, subtitle: str, rows: list[BarRow]) -> None:
        self.title, self.subtitle = title, subtitle
        self.rows = list(rows)
        self.relayout()

    def set_limit(self, limit: int | None) -> None:
        self.limit = limit
        self.relayout()

    def shown(self) -> list[BarRow]:
        return self.rows if self.limit is None else self.rows[: self.limit]

    def hidden_count(self) -> int:
        return len(self.rows) - len(self.shown())

    def layout_chart(self) -> QSize:
        fm = QFontMetrics(self.font_px(12))
        rows = self.shown()
        self._label_w = min(
            self.LABEL_MAX, max((fm.horizontalAdvance(r.label) for r in rows), default=80) + 14
        )
        self._top = self.MARGIN + 54 + 24  # titles, then the legend
        height = (
            self._top + max(len(rows), 1) * self.ROW_H + 18 + (24 if self.hidden_count() else 0)
        )
        width = 2 * self.MARGIN + self._label_w + self.BAR_W + 130
        return QSize(max(width, self.titles_width(), 420), height + self.MARGIN + 6)

    def paint_chart(self, p: QPainter) -> None:
        size = self.natural_size()
        self.paint_titles(p, size.width())
        m = self.MARGIN
        x0 = m + self._label_w
        # legend
        ly = self._top - 22
        p.setFont(self.font_px(11))
        for i, (colour, text) in enumerate(
            ((BAR, tr("recommendations")), (BAR_DONE, tr("addressed")))
        ):
            lx = x0 + i * 150
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(colour)
            p.drawRoundedRect(QRectF(lx, ly + 3, 12, 10), 2, 2)
            p.setPen(MUTED)
            p.drawText(QRect(lx + 18, ly, 130, 16), Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)  # fmt: skip
        rows = self.shown()
        if not rows:
            p.setPen(MUTED)
            p.setFont(self.font_px(12))
            p.drawText(QRect(m, self._top, size.width() - 2 * m, self.ROW_H),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, self.empty_text)  # fmt: skip
            return
        most = max(r.total for r in rows) or 1
        fm12 = QFontMetrics(self.font_px(12))
        # light grid lines at round counts
        step = _nice_step(most)
        p.setFont(self.font_px(10))
        bottom = self._top + len(rows) * self.ROW_H
        for v in range(0, most + 1, step):
            gx = x0 + round(self.BAR_W * v / most)
            p.setPen(GRID)
            p.drawLine(gx, self._top - 2, gx, bottom)
            p.setPen(MUTED)
            p.drawText(QRect(gx - 20, bottom + 2, 40, 14), Qt.AlignmentFlag.AlignCenter, str(v))
        for ri, r in enumerate(rows):
            y = self._top + ri * self.ROW_H
            p.setFont(self.font_px(12))
            p.setPen(INK)
            label = fm12.elidedText(r.label, Qt.TextElideMode.ElideRight, self._label_w - 10)
            p.drawText(QRect(m, y, self._label_w - 10, self.ROW_H),
                       Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, label)  # fmt: skip
            w = max(2, round(self.BAR_W * r.total / most))
            bar = QRectF(x0, y + 3, w, self.ROW_H - 6)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(BAR)
            p.drawRoundedRect(bar, 2, 2)
            if r.addressed:
                done = QRectF(
                    x0, y + 3, max(2, round(self.BAR_W * r.addressed / most)), self.ROW_H - 6
                )
                p.setBrush(BAR_DONE)
                p.drawRoundedRect(done, 2, 2)
            p.setFont(self.font_px(11))
            p.setPen(MUTED)
            text = f"{r.total}" + (
                " · " + tr("{n} addressed").format(n=r.addressed) if r.addressed else ""
            )
            p.drawText(QRect(x0 + w + 6, y, 130, self.ROW_H),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)  # fmt: skip
        if self.hidden_count():
            n = self.hidden_count()
            p.setFont(self.font_px(11))
            p.setPen(MUTED)
            p.drawText(QRect(x0, bottom + 22, self.BAR_W + 120, 18), Qt.AlignmentFlag.AlignLeft,
                       tr("and %n more State(s)", "", n))  # fmt: skip

    def hit(self, pos):
        rows = self.shown()
        ri = (pos.y() - self._top) // self.ROW_H if pos.y() >= self._top else -1
        if not 0 <= ri < len(rows) or pos.x() < self.MARGIN:
            return None, None
        r = rows[ri]
        share = f" ({round(100 * r.addressed / r.total)}%)" if r.total else ""
        return r.key, (
            tr("{state}: %n recommendation(s), {addressed} addressed", "", r.total).format(
                state=r.label, addressed=r.addressed
            )
            + share
            + "\n"
            + tr("Click to filter the matrix")
        )


def _nice_step(most: int) -> int:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500):
        if most / step <= 8:
            return step
    return max(1, most // 8)
