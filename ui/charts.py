"""Charts drawn with Qt's own painting: a heat map (theme × document, the share of a
theme's recommendations each document addresses) and bars by recommending State
(recommendations, and how many of them are addressed).

Each chart lays itself out at its natural size from its data and paints with fonts
sized in pixels, so the widget on screen and the PNG for a slide (``image(2.0)``: a
QImage at twice the size, same layout) look the same.  Right-click: "Save as PNG…".
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QPointF, QRect, QRectF, QSize, QStandardPaths, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QImage,
    QLinearGradient,
    QMouseEvent,
    QPainter,
    QPaintEvent,
)
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QToolTip, QWidget

INK = QColor("#1f2d3a")
MUTED = QColor("#66707a")
GRID = QColor("#e3e7eb")
EMPTY = QColor("#f1f3f5")
LIGHT = QColor("#d4e5f4")
DARK = QColor("#0d3c61")
BAR = QColor("#c9d6e3")
BAR_DONE = QColor("#1f5f8b")
PNG_FILES = "PNG images (*.png)"


def blend(a: QColor, b: QColor, t: float) -> QColor:
    t = min(max(t, 0.0), 1.0)
    return QColor(
        round(a.red() + (b.red() - a.red()) * t),
        round(a.green() + (b.green() - a.green()) * t),
        round(a.blue() + (b.blue() - a.blue()) * t),
    )


def share_colour(share: float) -> QColor:
    """0 → pale grey (nothing addressed), then light to dark blue as the share grows."""
    return EMPTY if share <= 0 else blend(LIGHT, DARK, share**0.75)


class Chart(QWidget):
    """A chart at its natural size; subclasses lay out (``layout_chart``) and paint."""

    clicked = Signal(str)  # the key of the row clicked (a theme, a State)
    saved = Signal(str)  # a PNG written (its path)
    MARGIN = 16

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setMouseTracking(True)
        self.title = ""
        self.subtitle = ""
        self.empty_text = "Nothing to show"
        self._size = QSize(400, 200)
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)

    # -- fonts and sizes ----------------------------------------------------------------
    def font_px(self, px: int, bold: bool = False) -> QFont:
        f = QFont(self.font())
        f.setPixelSize(px)
        f.setBold(bold)
        return f

    def natural_size(self) -> QSize:
        return QSize(self._size)

    def sizeHint(self) -> QSize:
        return self.natural_size()

    def minimumSizeHint(self) -> QSize:
        return self.natural_size()

    def relayout(self) -> None:
        self._size = self.layout_chart()
        self.setMinimumSize(self._size)
        self.updateGeometry()
        self.update()

    def layout_chart(self) -> QSize:
        raise NotImplementedError

    def paint_chart(self, p: QPainter) -> None:
        raise NotImplementedError

    def paint_titles(self, p: QPainter, width: int) -> int:
        """The title and subtitle; returns the y below them."""
        m = self.MARGIN
        p.setPen(INK)
        p.setFont(self.font_px(16, True))
        p.drawText(QRect(m, m, width - 2 * m, 22), Qt.AlignmentFlag.AlignLeft, self.title)
        p.setPen(MUTED)
        p.setFont(self.font_px(12))
        p.drawText(QRect(m, m + 24, width - 2 * m, 18), Qt.AlignmentFlag.AlignLeft, self.subtitle)
        return m + 24 + 18 + 12

    def titles_width(self) -> int:
        return 2 * self.MARGIN + max(
            QFontMetrics(self.font_px(16, True)).horizontalAdvance(self.title),
            QFontMetrics(self.font_px(12)).horizontalAdvance(self.subtitle),
        )

    # -- painting -----------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:
        p = QPainter(self)
        p.fillRect(self.rect(), QColor("white"))
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.paint_chart(p)
        p.end()

    def image(self, scale: float = 2.0) -> QImage:
        """The chart as an image at ``scale`` times its size (2.0: sharp on a slide)."""
        size = self.natural_size()
        img = QImage(
            max(1, round(size.width() * scale)),
            max(1, round(size.height() * scale)),
            QImage.Format.Format_ARGB32_Premultiplied,
        )
        img.setDevicePixelRatio(scale)
        img.fill(QColor("white"))
        p = QPainter(img)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.paint_chart(p)
        p.end()
        return img

    def save_png(self, path: str | Path, scale: float = 2.0) -> bool:
        img = self.image(scale)
        img.setDevicePixelRatio(1.0)  # a file of width×scale pixels, shown at that size
        ok = img.save(str(path), "PNG")
        if ok:
            self.saved.emit(str(path))
        return ok

    def suggested_name(self) -> str:
        return "chart.png"

    def choose_png(self) -> str | None:
        """Save as PNG…: ask where, write the image at twice its size."""
        docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.PicturesLocation)
        folder = Path(docs) if docs and Path(docs).is_dir() else Path.home()
        name, _ = QFileDialog.getSaveFileName(
            self, "Save the chart as PNG", str(folder / self.suggested_name()), PNG_FILES
        )
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() != ".png":
            path = path.with_name(path.name + ".png")
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)  # a big map: a second or two
        try:
            ok = self.save_png(path)
        finally:
            QGuiApplication.restoreOverrideCursor()
        if not ok:
            QMessageBox.warning(self, "Save as PNG", f"Could not write {path}")
        return str(path) if ok else None

    def copy_image(self) -> None:
        QGuiApplication.clipboard().setImage(self.image(2.0))

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addAction("&Save as PNG…", self.choose_png)
        menu.addAction("&Copy image", self.copy_image)
        menu.popup(event.globalPos())

    # -- mouse --------------------------------------------------------------------------
    def hit(self, pos) -> tuple[str | None, str | None]:
        """(the key of the row under ``pos``, a tooltip); (None, None) elsewhere."""
        return None, None

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        key, tip = self.hit(event.position().toPoint())
        self.setCursor(
            Qt.CursorShape.PointingHandCursor if key is not None else Qt.CursorShape.ArrowCursor
        )
        if tip:
            QToolTip.showText(event.globalPosition().toPoint(), tip, self)
        else:
            QToolTip.hideText()
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            key, _tip = self.hit(event.position().toPoint())
            if key is not None:
                self.clicked.emit(key)
        super().mouseReleaseEvent(event)


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
    LEGEND_TEXT = "each cell: recommendations addressed / the theme's recommendations"

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("themeHeatMap")
        self.columns: list[str] = []
        self.column_tips: list[str] = []
        self.rows: list[HeatRow] = []
        self.empty_text = "No recommendations to show"
        self._label_w = 200
        self._head_h = 60
        self._grid_top = 0
        self.relayout()

    def suggested_name(self) -> str:
        return "coverage by theme.png"

    def set_data(
        self, title: str, subtitle: str, columns: list[str], rows: list[HeatRow], tips=None
    ) -> None:
        self.title, self.subtitle = title, subtitle
        self.columns = list(columns)
        self.column_tips = list(tips or columns)
        self.rows = list(rows)
        self.relayout()

    def _all_labels(self) -> list[str]:
        return [*self.columns, "All documents"]

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
        legend_w = 2 * self.MARGIN + self._label_w + fm.horizontalAdvance(self.LEGEND_TEXT) + 8
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
                    p.setPen(QColor("white") if colour.lightness() < 140 else INK)
                    p.drawText(rect, Qt.AlignmentFlag.AlignCenter, f"{n}/{r.total}")
                else:
                    p.setPen(QColor("#b3bac1"))
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
        p.drawText(QRect(x, y + 13, 40, 16), Qt.AlignmentFlag.AlignLeft, "none")
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
        p.drawText(QRect(x, y + 30, fm.horizontalAdvance(self.LEGEND_TEXT) + 4, 16),
                   Qt.AlignmentFlag.AlignLeft, self.LEGEND_TEXT)  # fmt: skip

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
                who = self.column_tips[i] if i < len(self.columns) else "All documents"
                share = f" ({round(100 * n / r.total)}%)" if r.total else ""
                return r.key, f"{r.label}\n{who}: {n} of {r.total} addressed{share}"
        if self.MARGIN <= pos.x() < self.MARGIN + self._label_w:
            return (
                r.key,
                f"{r.label}: {r.addressed} of {r.total} addressed\nClick to filter the matrix",
            )
        return None, None


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
        self.empty_text = "No recommendations to show"
        self._label_w = 120
        self._top = 0
        self.relayout()

    def suggested_name(self) -> str:
        return "coverage by State.png"

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
        for i, (colour, text) in enumerate(((BAR, "recommendations"), (BAR_DONE, "addressed"))):
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
            text = f"{r.total}" + (f" · {r.addressed} addressed" if r.addressed else "")
            p.drawText(QRect(x0 + w + 6, y, 130, self.ROW_H),
                       Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)  # fmt: skip
        if self.hidden_count():
            n = self.hidden_count()
            p.setFont(self.font_px(11))
            p.setPen(MUTED)
            p.drawText(QRect(x0, bottom + 22, self.BAR_W + 120, 18), Qt.AlignmentFlag.AlignLeft,
                       f"and {n} more State{'s' if n != 1 else ''}")  # fmt: skip

    def hit(self, pos):
        rows = self.shown()
        ri = (pos.y() - self._top) // self.ROW_H if pos.y() >= self._top else -1
        if not 0 <= ri < len(rows) or pos.x() < self.MARGIN:
            return None, None
        r = rows[ri]
        share = f" ({round(100 * r.addressed / r.total)}%)" if r.total else ""
        return r.key, (
            f"{r.label}: {r.total} recommendation{'s' if r.total != 1 else ''},"
            f" {r.addressed} addressed{share}\nClick to filter the matrix"
        )


def _nice_step(most: int) -> int:
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500):
        if most / step <= 8:
            return step
    return max(1, most // 8)
