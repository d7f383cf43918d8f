"""How the documents pane paints a title cell and a review node.

A title cell: the title (bold) over a second line that tells look-alike documents
apart (``DocumentsModel.subtitle``), and a "?" badge when the document's review is
a guess (its tooltip says why).  A review node spans the row: a fold arrow, the
review's label over its code and counts.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QFont, QHelpEvent, QPainter, QPolygon
from PySide6.QtWidgets import (
    QAbstractItemView,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QToolTip,
)

from ui.i18n import tr
from ui.models import ROW_ROLE
from ui.models.document_tree import GROUP_ROLE, NO_REVIEW
from ui.models.documents import SUBTITLE_ROLE, UNCERTAIN_ROLE
from ui.theme import qcolor

# the theme's colours, kept up to date in place (ui.theme)
INK = qcolor("text_strong")
GREY = qcolor("muted")
BADGE = qcolor("badge")
BADGE_BACK = qcolor("badge_back")
GROUP_BACK = qcolor("group_back")
GROUP_LINE = qcolor("group_line")
GROUP_INK = qcolor("heading")


def badge_rect(rect: QRect, line_height: int) -> QRect:
    """Where the "?" badge of a title cell sits: the right end of its first line."""
    r = rect.adjusted(8, 5, -6, -5)
    size = max(line_height, 14)
    return QRect(r.right() - size + 1, r.y() + (r.height() // 2 - size) // 2, size, size)


class DocumentTitleDelegate(QStyledItemDelegate):
    """A document's title over its second line; a review node across the whole row."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        # one height for documents and review nodes: the view's rows are uniform
        return QSize(120, option.fontMetrics.height() * 2 + 14)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        group = index.data(GROUP_ROLE)
        if group is not None:
            self._paint_group(painter, option, index, group)
            return
        row = index.data(ROW_ROLE)
        self.initStyleOption(option, index)
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        if row is None:
            return
        painter.save()
        r = option.rect.adjusted(8, 5, -6, -5)
        selected = option.state & QStyle.StateFlag.State_Selected
        bold = painter.font()
        bold.setWeight(bold.Weight.DemiBold)
        painter.setFont(bold)
        fm = painter.fontMetrics()
        half = r.height() // 2
        title_width = r.width()
        reason = index.data(UNCERTAIN_ROLE)
        if reason:
            badge = badge_rect(option.rect, fm.height() - 2)
            title_width = max(0, badge.left() - r.x() - 4)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(BADGE)
            painter.setBrush(BADGE_BACK)
            painter.drawEllipse(badge.adjusted(0, 0, -1, -1))
            painter.drawText(badge, Qt.AlignmentFlag.AlignCenter, "?")
        painter.setPen(INK if not selected else option.palette.highlightedText().color())
        painter.drawText(r.x(), r.y(), title_width, half, Qt.AlignmentFlag.AlignVCenter,
                         fm.elidedText(row.title, Qt.TextElideMode.ElideRight, title_width))  # fmt: skip
        small = painter.font()
        small.setWeight(small.Weight.Normal)
        small.setPointSizeF(small.pointSizeF() * 0.88)
        painter.setFont(small)
        painter.setPen(GREY)
        sub = index.data(SUBTITLE_ROLE) or ""
        painter.drawText(r.x(), r.y() + half, r.width(), r.height() - half, Qt.AlignmentFlag.AlignVCenter,
                         painter.fontMetrics().elidedText(sub, Qt.TextElideMode.ElideMiddle, r.width()))  # fmt: skip
        painter.restore()

    def _paint_group(self, painter: QPainter, option: QStyleOptionViewItem, index, group) -> None:
        """Two lines, as tall as a document's row (the view's rows are uniform): the
        review's label, and under it its code and counts."""
        painter.save()
        rect = option.rect
        view = option.widget
        if isinstance(view, QAbstractItemView):  # the node spans the row: paint all of it
            rect = QRect(0, rect.y(), view.viewport().width(), rect.height())
        painter.fillRect(rect, GROUP_BACK)
        painter.setPen(GROUP_LINE)
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        open_ = bool(option.state & QStyle.StateFlag.State_Open)
        r = rect.adjusted(8, 5, -8, -5)
        half = r.height() // 2
        cx, cy = r.x() + 5, r.y() + half // 2 + 1
        arrow = (
            QPolygon([QPoint(cx - 4, cy - 2), QPoint(cx + 4, cy - 2), QPoint(cx, cy + 3)])
            if open_
            else QPolygon([QPoint(cx - 2, cy - 4), QPoint(cx + 3, cy), QPoint(cx - 2, cy + 4)])
        )
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(GREY)
        painter.drawPolygon(arrow)
        r = r.adjusted(16, 0, 0, 0)
        bold = QFont(option.font)
        bold.setWeight(QFont.Weight.DemiBold)
        painter.setFont(bold)
        painter.setPen(GROUP_INK)
        painter.drawText(r.x(), r.y(), r.width(), half, Qt.AlignmentFlag.AlignVCenter,
                         painter.fontMetrics().elidedText(group.label, Qt.TextElideMode.ElideRight,
                                                          r.width()))  # fmt: skip
        small = QFont(option.font)
        small.setPointSizeF(small.pointSizeF() * 0.88)
        painter.setFont(small)
        fm = painter.fontMetrics()
        code = "" if group.key == NO_REVIEW else group.key
        painter.setPen(GREY)
        painter.drawText(r.x(), r.y() + half, r.width(), r.height() - half,
                         Qt.AlignmentFlag.AlignVCenter, code)  # fmt: skip
        counts = group.counts_long
        room = r.width() - (fm.horizontalAdvance(code) + 12 if code else 0)
        if fm.horizontalAdvance(counts) > room:
            counts = group.counts
        painter.setPen(BADGE if group.uncertain else GREY)
        painter.drawText(r.x(), r.y() + half, r.width(), r.height() - half,
                         Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter,
                         fm.elidedText(counts, Qt.TextElideMode.ElideRight, room))  # fmt: skip
        painter.restore()

    def helpEvent(self, event: QHelpEvent, view, option, index: QModelIndex) -> bool:
        """Over the "?" badge: why the review is a guess (elsewhere: the row's tooltip)."""
        if event is not None and event.type() == QEvent.Type.ToolTip:
            reason = index.data(UNCERTAIN_ROLE)
            fm = option.fontMetrics
            if reason and badge_rect(option.rect, fm.height() - 2).adjusted(-3, -3, 3, 3).contains(
                event.pos()
            ):
                said = tr("Review not certain: {reason}").format(reason=reason)
                QToolTip.showText(event.globalPos(), said, view)
                return True
        return super().helpEvent(event, view, option, index)
