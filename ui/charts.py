"""Charts drawn with Qt's own painting: a heat map (theme × document, the share of a
theme's recommendations each document addresses) and bars by recommending State
(recommendations, and how many of them are addressed).

Each chart lays itself out at its natural size from its data and paints with fonts
sized in pixels, so the widget on screen and the PNG for a slide (``image(2.0)``: a
QImage at twice the size, same layout) look the same.  Right-click: "Save as PNG…".
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TR_NOOP, QRect, QSize, QStandardPaths, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFont,
    QFontMetrics,
    QGuiApplication,
    QImage,
    QMouseEvent,
    QPainter,
    QPaintEvent,
)
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox, QToolTip, QWidget

from ui.i18n import tr
from ui.theme import qcolor

# the theme's colours, kept up to date in place (ui.theme); in the dark theme the
# heat runs from a dark blue (few) to a light one (many)
BACK = qcolor("chart_back")
INK = qcolor("chart_ink")
MUTED = qcolor("muted")
GRID = qcolor("grid")
EMPTY = qcolor("empty")
LIGHT = qcolor("heat_low")
DARK = qcolor("heat_high")
BAR = qcolor("bar")
BAR_DONE = qcolor("bar_done")
PNG_FILES = QT_TR_NOOP("PNG images (*.png)")


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
        self.empty_text = tr("Nothing to show")
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
        p.fillRect(self.rect(), BACK)
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
        img.fill(BACK)
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
            self, tr("Save the chart as PNG"), str(folder / self.suggested_name()), tr(PNG_FILES)
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
            QMessageBox.warning(
                self, tr("Save as PNG"), tr("Could not write {path}").format(path=path)
            )
        return str(path) if ok else None

    def copy_image(self) -> None:
        QGuiApplication.clipboard().setImage(self.image(2.0))

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.addAction(tr("&Save as PNG…"), self.choose_png)
        menu.addAction(tr("&Copy image"), self.copy_image)
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


# The charts, in modules of their own (imported last: they build on the above).

from ui.charts_bars import BarRow, StateBars, _nice_step  # noqa: E402, F401
from ui.charts_heat import HeatMap, HeatRow  # noqa: E402, F401
