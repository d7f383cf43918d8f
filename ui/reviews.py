"""The review switcher: which review the window works on ("China · 4th cycle · 2024"),
or all of them.

A combo box in the main toolbar; its list shows each review's label with its code
and counts at the right.  Choosing emits ``chosen(code | None)``; the window scopes
its panes (``MainWindow.set_review``) and remembers the choice per workspace.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP, QModelIndex, QSize, Qt, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
)

from reviewer.workspace import ReviewRow
from ui.i18n import tr
from ui.theme import qcolor

MUTED, INK = qcolor("muted"), qcolor("text_strong")  # the theme's, kept up to date

ALL_REVIEWS = QT_TR_NOOP("All reviews")
CODE_ROLE = Qt.ItemDataRole.UserRole
DETAIL_ROLE = Qt.ItemDataRole.UserRole + 1  # "CHN-4 · 2 documents"


# the cycle's ordinal as English writes it ("1st", "2nd", "3rd", "4th"), each translated
CYCLE_ORDINALS = {
    "st": QT_TR_NOOP("{n}st cycle"),
    "nd": QT_TR_NOOP("{n}nd cycle"),
    "rd": QT_TR_NOOP("{n}rd cycle"),
    "th": QT_TR_NOOP("{n}th cycle"),
}


def review_label(r: ReviewRow) -> str:
    """'China · 4th cycle · 2024' in the window's language ('China · 4e cycle · 2024';
    the State's name is the UN's, as the registry holds it)."""
    suffix = {1: "st", 2: "nd", 3: "rd"}.get(r.cycle if r.cycle < 20 else 0, "th")
    parts = [r.display_name, tr(CYCLE_ORDINALS[suffix]).format(n=r.cycle)]
    if r.year:
        parts.append(str(r.year))
    return " · ".join(parts)


def review_tip(r: ReviewRow) -> str:
    parts = [
        tr("{review}: {state}, cycle {cycle}").format(
            review=r.review, state=r.state_name, cycle=r.cycle
        )
    ]
    if r.session:
        parts[0] += tr(", Working Group session {n}").format(n=r.session)
    if r.year:
        parts[0] += f" ({r.year})"
    if r.dated_by:
        parts.append(tr("Dated by {what}").format(what=r.dated_by))
    counts = tr("%n document(s)", "", r.documents)
    if r.recommendations:
        counts += tr(", %n recommendation(s) made", "", r.recommendations)
    if r.links:
        counts += tr(", %n link(s)", "", r.links)
    parts.append(counts)
    if r.reports:
        parts.append(tr("Working Group report: {symbols}").format(symbols=", ".join(r.reports)))
    if r.uncertain:
        parts.append(tr("%n document(s) placed by a guess", "", r.uncertain))
    return "\n".join(parts)


def review_detail(r: ReviewRow) -> str:
    text = f"{r.review} · " + tr("%n doc(s)", "", r.documents)
    if r.uncertain:
        text += f" · {r.uncertain}?"
    return text


class SwitcherDelegate(QStyledItemDelegate):
    """A review in the switcher's list: its label, and at the right its code and counts."""

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        base = super().sizeHint(option, index)
        detail = index.data(DETAIL_ROLE) or ""
        extra = option.fontMetrics.horizontalAdvance(detail) + 28 if detail else 0
        return QSize(base.width() + extra, max(base.height(), option.fontMetrics.height() + 10))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        detail = index.data(DETAIL_ROLE) or ""
        text = opt.text
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        painter.save()
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        r = opt.rect.adjusted(8, 0, -8, 0)
        fm = opt.fontMetrics
        detail_w = fm.horizontalAdvance(detail) if detail else 0
        painter.setPen(MUTED if not selected else opt.palette.highlightedText().color())
        if detail:
            painter.drawText(r, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, detail)
        painter.setPen(opt.palette.highlightedText().color() if selected else INK)
        room = r.width() - (detail_w + 16 if detail else 0)
        painter.drawText(r.x(), r.y(), room, r.height(), Qt.AlignmentFlag.AlignVCenter,
                         fm.elidedText(text, Qt.TextElideMode.ElideRight, room))  # fmt: skip
        painter.restore()


class ReviewSwitcher(QComboBox):
    """ "All reviews" first, then each review of the workspace by its label."""

    chosen = Signal(object)  # the review code, or None for all reviews

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("reviewSwitcher")
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.setMinimumContentsLength(18)
        self.setItemDelegate(SwitcherDelegate(self))
        self.setToolTip(tr("The review you work on (Ctrl+Shift+R)"))
        self.setAccessibleName(tr("Review"))
        self._codes: list[str | None] = [None]
        self.addItem(tr(ALL_REVIEWS), None)
        self.setItemData(0, tr("every review's documents"), DETAIL_ROLE)
        self.currentIndexChanged.connect(self._changed)

    def set_reviews(self, reviews: list[ReviewRow], current: str | None) -> None:
        """Fill the list (no signal); ``current`` selected, or "All reviews"."""
        self.blockSignals(True)
        self.clear()
        self.addItem(tr(ALL_REVIEWS), None)
        total = sum(r.documents for r in reviews)
        detail = tr("%n review(s)", "", len(reviews)) + " · " + tr("%n doc(s)", "", total)
        self.setItemData(0, detail, DETAIL_ROLE)
        self.setItemData(0, tr("Every document, grouped by review"), Qt.ItemDataRole.ToolTipRole)
        for r in reviews:
            self.addItem(review_label(r), r.review)
            i = self.count() - 1
            self.setItemData(i, review_detail(r), DETAIL_ROLE)
            self.setItemData(i, review_tip(r), Qt.ItemDataRole.ToolTipRole)
        self._codes = [None, *(r.review for r in reviews)]
        self._fit_list()
        self.setCurrentIndex(max(self.findData(current), 0) if current else 0)
        self._update_tip()
        self.blockSignals(False)

    def _fit_list(self) -> None:
        """The open list as wide as its widest row (label and counts), not the box."""
        fm = self.fontMetrics()
        widest = max(
            (
                fm.horizontalAdvance(self.itemText(i))
                + fm.horizontalAdvance(self.itemData(i, DETAIL_ROLE) or "")
                for i in range(self.count())
            ),
            default=0,
        )
        self.view().setMinimumWidth(widest + 60)

    def set_current(self, code: str | None) -> None:
        self.blockSignals(True)
        self.setCurrentIndex(max(self.findData(code), 0) if code else 0)
        self._update_tip()
        self.blockSignals(False)

    def current(self) -> str | None:
        return self.currentData()

    def codes(self) -> list[str | None]:
        return list(self._codes)

    def open_list(self) -> None:
        """Ctrl+Shift+R: focus the switcher and open its list."""
        self.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.showPopup()

    def _changed(self, _index: int) -> None:
        self._update_tip()
        self.chosen.emit(self.currentData())

    def _update_tip(self) -> None:
        tip = self.itemData(self.currentIndex(), Qt.ItemDataRole.ToolTipRole) or ""
        another = tr("Choose another: Ctrl+Shift+R")
        self.setToolTip(f"{tip}\n{another}".strip())
