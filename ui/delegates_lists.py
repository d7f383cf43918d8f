"""Delegates of the plain lists: a document's reviewed share as a bar (the documents
pane) and the link completer's suggestions (number, position, States, the words
typed).  The paragraph-sized rich-text rows are ``ui.delegates``'.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QSize, Qt
from PySide6.QtGui import (
    QFont,
    QFontMetrics,
    QPainter,
    QPalette,
)
from PySide6.QtWidgets import QAbstractItemView, QStyle, QStyledItemDelegate, QStyleOptionViewItem

# the theme's colours, kept up to date in place (ui.theme)
from ui.delegates import MUTED, PROGRESS, PROGRESS_BACK, REVIEWED
from ui.models import PROGRESS_ROLE, ROW_ROLE


class ProgressDelegate(QStyledItemDelegate):
    """Review progress: ``reviewed/total`` over a slim bar (green when complete)."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        done, total = index.data(PROGRESS_ROLE) or (0, 0)
        self.initStyleOption(option, index)
        text = option.text
        option.text = ""
        style = option.widget.style() if option.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, option, painter, option.widget)
        painter.save()
        r = option.rect.adjusted(8, 0, -8, 0)
        selected = option.state & QStyle.StateFlag.State_Selected
        painter.setPen(option.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text))  # fmt: skip
        text_rect = r.adjusted(0, 2, 0, -9)
        painter.drawText(
            text_rect, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, text
        )
        if total:
            bar = r.adjusted(0, r.height() - 8, 0, -4)
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(PROGRESS_BACK)
            painter.drawRoundedRect(bar, 2, 2)
            if done:
                done_rect = bar.adjusted(0, 0, -int(bar.width() * (1 - done / total)), 0)
                painter.setBrush(REVIEWED if done == total else PROGRESS)
                painter.drawRoundedRect(done_rect, 2, 2)
        painter.restore()


SNIPPET_ROLE = Qt.ItemDataRole.UserRole + 21  # the text from a little before the first word typed


class CompletionDelegate(QStyledItemDelegate):
    """A registry row in a completer popup on one line: the number (bold), the report
    symbol, the text (elided) and the recommending States at the right, so rows of
    different reports with the same number are told apart."""

    GAP = 10

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        return QSize(480, option.fontMetrics.height() + 10)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        view = self.parent()
        if isinstance(view, QAbstractItemView) and view.currentIndex() == index:
            opt.state |= QStyle.StateFlag.State_Selected  # the popup's current row
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        if row is None:
            return
        painter.save()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        text_colour = opt.palette.color(
            QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        muted = text_colour if selected else MUTED
        r = opt.rect.adjusted(8, 0, -8, 0)
        centre = Qt.AlignmentFlag.AlignVCenter
        bold = QFont(opt.font)
        bold.setBold(True)
        small = QFont(opt.font)
        small.setPointSizeF(max(6.0, opt.font.pointSizeF() * 0.9))
        fb, fs, fm = QFontMetrics(bold), QFontMetrics(small), QFontMetrics(opt.font)
        x = r.x()
        number_w = max(fb.horizontalAdvance("000.000"), fb.horizontalAdvance(row.number))
        painter.setFont(bold)
        painter.setPen(text_colour)
        painter.drawText(x, r.y(), number_w, r.height(), centre, row.number)
        x += number_w + self.GAP
        symbol_w = max(fs.horizontalAdvance("A/HRC/00/00"), 0)
        painter.setFont(small)
        painter.setPen(muted)
        symbol = fs.elidedText(row.symbol, Qt.TextElideMode.ElideMiddle, symbol_w)
        painter.drawText(x, r.y(), symbol_w, r.height(), centre, symbol)
        x += symbol_w + self.GAP
        room = max(0, r.right() - x)
        most = room * 35 // 100
        states = ", ".join(row.states)
        for limit in range(len(row.states) - 1, 0, -1):  # "India, Nepal +3", "India +4"
            if fs.horizontalAdvance(states) <= most:
                break
            shown = ", ".join(row.states[:limit])
            states = f"{shown} +{len(row.states) - limit}"
        states_w = min(fs.horizontalAdvance(states) + 2, most) if states else 0
        if states_w:
            states = fs.elidedText(states, Qt.TextElideMode.ElideRight, states_w)
            painter.drawText(r.right() - states_w, r.y(), states_w, r.height(),
                             centre | Qt.AlignmentFlag.AlignRight, states)  # fmt: skip
        text_w = max(0, room - states_w - (self.GAP if states_w else 0))
        painter.setFont(opt.font)
        painter.setPen(text_colour)
        text = index.data(SNIPPET_ROLE) or " ".join((row.text or "").split())
        text = fm.elidedText(text, Qt.TextElideMode.ElideRight, text_w)
        painter.drawText(x, r.y(), text_w, r.height(), centre, text)
        painter.restore()
