"""Painting rich-text rows: paragraphs in the reading pane, links, notes, search hits.

Each row's HTML is laid out once per width in a ``QTextDocument`` kept in a small
cache, so scrolling a long document repaints without re-laying out text.  Rows that
arrive from a read off the GUI thread are measured (``HtmlDelegate.measure``) on the
GUI thread in slices of a few milliseconds (``ui.background.Slices``) before they are
shown, so a view sizing many new rows at once finds their heights known.

Never in a worker: a ``QTextDocument`` connects signals under a lock of Qt's that
the GUI thread may hold while it waits for the interpreter's lock (a deadlock seen
with a window being deleted); ``layout`` refuses any other thread.
"""

from __future__ import annotations

from collections import OrderedDict

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPointF,
    QRectF,
    QSize,
    Qt,
    QThread,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
    QPen,
    QTextDocument,
)
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from reviewer.workspace import ACTIVE_STATUSES
from ui.models import HTML_ROLE, ROW_ROLE
from ui.resources import icon
from ui.theme import qcolor

# the theme's colours, kept up to date in place (ui.theme)
SELECTED_BG = qcolor("row_selected")
SELECTED_BAR = qcolor("accent")
SEPARATOR = qcolor("separator")
REVIEWED = qcolor("reviewed")
SUGGESTED_BAR = qcolor("suggested")
CHANGED_BAR = qcolor("changed_bar")  # a paragraph changed since reviewed (render_changes)
LABEL = qcolor("heading")
GUTTER_TEXT = qcolor("gutter_text")
PROGRESS_BACK = qcolor("progress_back")
PROGRESS = qcolor("progress")
MUTED = qcolor("muted")


class OffGuiThread(RuntimeError):
    """Rich text laid out in a worker thread (a bug: it may deadlock)."""


def layout(html: str, font: QFont, width: int) -> QTextDocument:
    """``html`` laid out ``width`` wide in ``font``: on the GUI thread only."""
    app = QCoreApplication.instance()
    if app is not None and QThread.currentThread() != app.thread():
        raise OffGuiThread("a QTextDocument may be built on the GUI thread only")
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    doc.setDefaultFont(font)
    doc.setHtml(html)
    doc.setTextWidth(width)
    return doc


def html_height(html: str, font: QFont, width: int) -> int:
    """The height of ``html`` laid out ``width`` wide in ``font`` (GUI thread only)."""
    return int(layout(html, font, width).size().height())


class HtmlDelegate(QStyledItemDelegate):
    """Shows ``HTML_ROLE`` as wrapped rich text sized to the view's width."""

    PAD_X, PAD_Y = 10, 7
    CACHE = 600

    HEIGHTS = 20_000

    def __init__(self, view: QAbstractItemView, parent=None):
        super().__init__(parent or view)
        self.view = view
        # rows wrap to the view's width: never a horizontal scroll bar, relayout on resize
        view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        if hasattr(view, "setResizeMode"):
            view.setResizeMode(view.ResizeMode.Adjust)
        self._docs: OrderedDict[tuple, QTextDocument] = OrderedDict()
        # heights outlive the laid-out documents: a relayout of 2,000 rows asks for
        # every row's size, and must not lay out 2,000 documents again
        self._heights: dict[tuple, int] = {}

    def clear_cache(self) -> None:
        self._docs.clear()
        self._heights.clear()

    def text_left(self) -> int:
        return self.PAD_X

    def text_width(self) -> int:
        return max(80, self.view.viewport().width() - self.text_left() - self.PAD_X)

    def document(self, index: QModelIndex, font, width: int) -> QTextDocument:
        return self._document(index.data(HTML_ROLE) or "", font, width)

    def _document(self, html: str, font: QFont, width: int) -> QTextDocument:
        key = (html, width, font.key())
        doc = self._docs.get(key)
        if doc is not None:
            self._docs.move_to_end(key)
            return doc
        doc = layout(html, font, width)
        self._docs[key] = doc
        if len(self._docs) > self.CACHE:
            self._docs.popitem(last=False)
        return doc

    def measure(self, html: str) -> None:
        """Lay out a row's HTML as this view shows it now (its width and font) and keep
        its height (and the laid-out text, for painting): sizing that row later lays
        out nothing.  GUI thread only; a few hundred microseconds a paragraph, so many
        rows are measured in slices (``ui.background.Slices``)."""
        font, width = self.view.font(), self.text_width()
        key = (html, width, font.key())
        if key in self._heights:
            return
        if len(self._heights) > self.HEIGHTS:
            self._heights.clear()
        self._heights[key] = int(self._document(html, font, width).size().height())

    def height_of(self, html: str, width: int, option: QStyleOptionViewItem, index) -> int:
        key = (html, width, option.font.key())
        height = self._heights.get(key)
        if height is None:
            # (through ``document``: a subclass's own, e.g. with passages highlighted, is
            # laid out and kept for painting)
            height = int(self.document(index, option.font, width).size().height())
            if len(self._heights) > self.HEIGHTS:
                self._heights.clear()
            self._heights[key] = height
        return height

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        width = self.text_width()
        height = self.height_of(index.data(HTML_ROLE) or "", width, option, index)
        return QSize(self.view.viewport().width(), height + 2 * self.PAD_Y + 1)

    def paint_background(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        rect = option.rect
        if option.state & QStyle.StateFlag.State_Selected:
            painter.fillRect(rect, SELECTED_BG)
            painter.fillRect(rect.x(), rect.y(), 3, rect.height(), SELECTED_BAR)
        painter.setPen(SEPARATOR)
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        painter.save()
        self.paint_background(painter, option, index)
        self.paint_gutter(painter, option, index)
        doc = self.document(index, option.font, self.text_width())
        painter.translate(option.rect.x() + self.text_left(), option.rect.y() + self.PAD_Y)
        ctx = QAbstractTextDocumentLayout.PaintContext()
        ctx.palette.setColor(QPalette.ColorRole.Text, option.palette.color(QPalette.ColorRole.Text))
        clip = QRectF(0, 0, self.text_width(), option.rect.height())
        painter.setClipRect(clip)
        ctx.clip = clip
        doc.documentLayout().draw(painter, ctx)
        painter.restore()

    def paint_gutter(self, painter, option, index) -> None:
        pass


class SuggestionDelegate(HtmlDelegate):
    """A suggestion: its rich text after a dashed amber bar (a proposal, not a link)."""

    def text_left(self) -> int:
        return 18

    def paint_gutter(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        r = option.rect
        painter.setPen(QPen(SUGGESTED_BAR, 2, Qt.PenStyle.DashLine))
        painter.drawLine(r.x() + 9, r.y() + self.PAD_Y, r.x() + 9, r.bottom() - self.PAD_Y)


class ParagraphDelegate(HtmlDelegate):
    """A paragraph with its label, its pages ("p. 12", muted, under the label; PDF
    only) and its reviewed mark in a left gutter."""

    GUTTER = 58
    PAD_Y = 9
    PAGES = qcolor("muted")

    # the reading pane's model (``ParagraphsModel``, set by ``read_from``): rows and HTML
    # are read from it directly, and each row's size is kept until its HTML, the width
    # or the font changes: a relayout sizes every row loaded, one Python call each,
    # so each call must do as little as it can (no ``index.data``, no font key)
    rows = None

    def read_from(self, model) -> None:
        self.rows = model
        self._sizes: dict[int, tuple[str, QSize]] = {}
        self._geometry: tuple[int, str] = (-1, "")
        self._viewport = self.view.viewport()
        self.view.installEventFilter(self)
        self._viewport.installEventFilter(self)
        self._measure_view()

    def _measure_view(self) -> None:
        geometry = (self.view.viewport().width(), self.view.font().key())
        if geometry != self._geometry:
            self._geometry, self._sizes = geometry, {}
            fm = QFontMetrics(self.view.font())
            self._paged = 2 * self.PAD_Y + fm.height() + _small_height(fm)

    def eventFilter(self, obj, event) -> bool:
        if self.rows is not None and (obj is self.view or obj is self._viewport):
            if event.type() in _GEOMETRY_EVENTS:
                try:
                    self._measure_view()
                except RuntimeError:  # the view is being deleted
                    pass
            return False  # the view's own events: never taken for an editor's
        return super().eventFilter(obj, event)

    def text_left(self) -> int:
        return self.GUTTER

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        rows = self.rows
        if rows is None:
            return self._size(option, index, index.data(HTML_ROLE) or "", index.data(ROW_ROLE))
        pos = index.row()
        html, row = rows.html_at(pos), rows.paragraph(pos)
        if row is None:
            return self._size(option, index, html, row)
        kept = self._sizes.get(row.id)
        if kept is not None and kept[0] is html:  # the very string sized before
            return kept[1]
        size = self._measured(html, row) or self._size(option, index, html, row)
        if len(self._sizes) > self.HEIGHTS:
            self._sizes = {}
        self._sizes[row.id] = (html, size)
        return size

    def _measured(self, html: str, row) -> QSize | None:
        """A row first sized whose HTML was measured (``measure``, before its batch was
        added): its size from the height kept, without the option's font key (3,000
        rows added at once: 25 ms of ``QFont.key`` alone); None: not measured."""
        vw, font_key = self._geometry
        if vw != self._viewport.width():
            return None
        height = self._heights.get((html, max(80, vw - self.GUTTER - self.PAD_X), font_key))
        if height is None:
            return None
        height += 2 * self.PAD_Y + 1
        return QSize(vw, max(height, self._paged) if getattr(row, "pages", "") else height)

    def keeps_size(self, pos: int) -> bool:
        """Whether the row at ``pos``, changed (a link, a tag), still takes the size it
        was given: then the view need only repaint it (a change the view hears of
        lays out every loaded row again: 30 ms at 3,000).  Lays out the one row."""
        rows = self.rows
        row = rows.paragraph(pos) if rows is not None else None
        kept = self._sizes.get(row.id) if row is not None else None
        if kept is None:
            return False
        option = QStyleOptionViewItem()
        option.font = self.view.font()
        html = rows.html_at(pos)
        size = self._size(option, rows.index(pos, 0), html, row)
        if size != kept[1]:
            return False
        self._sizes[row.id] = (html, size)
        return True

    def _size(self, option: QStyleOptionViewItem, index, html: str, row) -> QSize:
        vw = self.view.viewport().width()
        height = self.height_of(html, max(80, vw - self.GUTTER - self.PAD_X), option, index)
        height += 2 * self.PAD_Y + 1
        if row is not None and getattr(row, "pages", ""):  # room for the label and pages
            fm = QFontMetrics(option.font)
            height = max(height, 2 * self.PAD_Y + fm.height() + _small_height(fm))
        return QSize(vw, height)

    def _pages(self, painter: QPainter, r, row, top: int) -> int:
        """Paint the paragraph's pages under its label; the height they took."""
        pages = getattr(row, "pages", "")
        if not pages:
            return 0
        painter.save()
        small = painter.font()
        small.setBold(False)
        small.setPointSizeF(max(6.0, small.pointSizeF() * 0.8))
        painter.setFont(small)
        painter.setPen(self.PAGES)
        fm = painter.fontMetrics()
        text = fm.elidedText(pages, Qt.TextElideMode.ElideRight, self.GUTTER - 12)
        painter.drawText(r.x() + 10, top, self.GUTTER - 12, fm.height(),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, text)  # fmt: skip
        painter.restore()
        return fm.height()

    def paint_gutter(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        row = index.data(ROW_ROLE)
        if row is None:
            return
        r = option.rect
        if getattr(row, "changed_since_review", False):
            painter.fillRect(r.x() + 3, r.y() + 4, 3, r.height() - 8, CHANGED_BAR)
        font = painter.font()
        font.setBold(True)
        painter.setFont(font)
        painter.setPen(LABEL)
        label = row.label or ""
        fm = painter.fontMetrics()
        label = fm.elidedText(label, Qt.TextElideMode.ElideRight, self.GUTTER - 16)
        painter.drawText(
            r.x() + 10, r.y() + self.PAD_Y, self.GUTTER - 16, fm.height(),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop, label,
        )  # fmt: skip
        below = self._pages(painter, r, row, r.y() + self.PAD_Y + fm.height())  # "p. 12"
        if row.reviewed:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            y = r.y() + self.PAD_Y + fm.height() + below + 6
            painter.setBrush(REVIEWED)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.drawEllipse(r.x() + 11, y, 16, 16)
            pen = painter.pen()
            pen.setStyle(Qt.PenStyle.SolidLine)
            pen.setColor(QColor("white"))
            pen.setWidthF(2.0)
            painter.setPen(pen)
            painter.drawPolyline([_pt(r.x() + 15, y + 8.5), _pt(r.x() + 18, y + 11.5),
                                  _pt(r.x() + 23.5, y + 5.5)])  # fmt: skip
        n = sum(1 for lk in row.links if lk.status in ACTIVE_STATUSES)
        if n:
            y = r.y() + self.PAD_Y + fm.height() + below + (28 if row.reviewed else 6)
            icon("link").paint(painter, r.x() + 10, y, 14, 14)
            small = painter.font()
            small.setBold(False)
            small.setPointSizeF(max(6.0, small.pointSizeF() * 0.85))
            painter.setFont(small)
            painter.setPen(GUTTER_TEXT)
            painter.drawText(r.x() + 27, y - 1, self.GUTTER - 28, 16,
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, str(n))  # fmt: skip


_GEOMETRY_EVENTS = (QEvent.Type.Resize, QEvent.Type.FontChange, QEvent.Type.StyleChange,
                    QEvent.Type.Polish)  # fmt: skip


def _small_height(fm: QFontMetrics) -> int:
    """The height of the gutter's small type (the pages) under type of ``fm``."""
    return int(fm.height() * 0.8) + 1


def _pt(x: float, y: float) -> QPointF:
    return QPointF(x, y)
