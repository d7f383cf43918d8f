"""Thin bars above the paragraphs about the selected document's review:

* its review is a guess: which one and why, with Confirm and "Other review…";
* its short numbers ("recommendation 15") do not all resolve: why (the previous
  review's report is missing, or the report numbers them under several
  paragraphs), with a choice of reading when there is one.

They only show and ask; the window acts through undo commands.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from reviewer.workspace import DocumentRow, ShortNumbers
from ui import theme
from ui.core_facts import review_reason, said
from ui.i18n import tr

AUTO = "\x00auto"

BAR_STYLE = """
QWidget#{name} {{
    background: {back};
    border-bottom: 1px solid {line};
}}
QWidget#{name} QLabel {{ color: {ink}; background: transparent; }}
QWidget#{name} QPushButton {{ padding: 2px 10px; }}
"""


def _bar(
    name: str, colours: tuple[str, str, str], parent: QWidget
) -> tuple[QWidget, QLabel, QHBoxLayout]:
    back, line, ink = colours
    bar = QWidget(parent)
    bar.setObjectName(name)
    bar.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
    theme.style(bar, BAR_STYLE.format(name=name, back=back, line=line, ink=ink))
    text = QLabel(bar)
    text.setWordWrap(True)
    text.setTextFormat(Qt.TextFormat.RichText)
    text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
    row = QHBoxLayout(bar)
    row.setContentsMargins(14, 5, 10, 5)
    row.setSpacing(8)
    row.addWidget(text, 1)
    bar.hide()
    return bar, text, row


class ReviewNotices(QWidget):
    confirm_review = Signal(int, str)  # document id, its review code
    other_review = Signal(int)  # document id
    reading_chosen = Signal(int, object)  # document id, reading (None: the automatic one)
    propose_reading = Signal(int)  # document id: the orders its numbers may follow

    def __init__(self, parent=None):
        super().__init__(parent)
        self.document: DocumentRow | None = None
        self.short: ShortNumbers | None = None
        self.review_bar, self.review_text, row = _bar(
            "reviewNotice", ("${notice_back}", "${notice_line}", "${notice_text}"), self
        )
        self.confirm = QPushButton(tr("&Confirm"), self.review_bar)
        self.confirm.setObjectName("confirmReviewButton")
        self.confirm.setToolTip(tr("This document is part of this review"))
        self.confirm.clicked.connect(self._confirm)
        self.other = QPushButton(tr("Other review…"), self.review_bar)
        self.other.clicked.connect(
            lambda: self.document and self.other_review.emit(self.document.id)
        )
        row.addWidget(self.confirm, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.other, 0, Qt.AlignmentFlag.AlignVCenter)
        self.short_bar, self.short_text, row = _bar(
            "shortNumbersNotice", ("${info_back}", "${info_line}", "${info_text}"), self
        )
        self.reading = QComboBox(self.short_bar)
        self.reading.setObjectName("shortReading")
        self.reading.setToolTip(tr("How this document's short numbers read against the report"))
        self.reading.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        self.reading_label = QLabel(tr("Read as:"), self.short_bar)
        self.reading_label.setBuddy(self.reading)
        self.reading.activated.connect(self._reading)
        row.addWidget(self.reading_label, 0, Qt.AlignmentFlag.AlignVCenter)
        row.addWidget(self.reading, 0, Qt.AlignmentFlag.AlignVCenter)
        self.propose = QPushButton(tr("&Propose a reading…"), self.short_bar)
        self.propose.setObjectName("proposeReadingButton")
        self.propose.setToolTip(
            tr(
                "Try every order the numbers may follow against what the sections citing "
                "them are about, and choose one with its evidence"
            )
        )
        self.propose.clicked.connect(
            lambda: self.document and self.propose_reading.emit(self.document.id)
        )
        row.addWidget(self.propose, 0, Qt.AlignmentFlag.AlignVCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.review_bar)
        layout.addWidget(self.short_bar)
        self.hide()

    def show_for(
        self,
        document: DocumentRow | None,
        short: ShortNumbers | None,
        review_label: str | None = None,
    ) -> None:
        self.document, self.short = document, short
        uncertain = bool(document and document.review and document.review_status == "uncertain")
        if uncertain:
            where = escape(review_label or document.review)
            reason = escape(review_reason(document.review_reason))
            placed = tr("Placed in {review} ({code}) by a guess").format(
                review=f"<b>{where}</b>", code=escape(document.review)
            )
            self.review_text.setText(
                f"<b>?</b>&nbsp; {placed}" + (f" — {reason}" if reason else "")
            )
        self.review_bar.setVisible(uncertain)
        has_short = bool(short and short.reason)
        if has_short:
            short_numbers = tr("Short numbers")
            unresolved = tr("({n} of {count} unresolved)").format(
                n=short.unresolved, count=short.count
            )
            self.short_text.setText(
                f"<b>{escape(short_numbers)}</b> {escape(unresolved)}: "
                + escape(said(short.reason))
            )
            self._fill_readings(short)
        self.short_bar.setVisible(has_short)
        self.setVisible(uncertain or has_short)

    def _fill_readings(self, short: ShortNumbers) -> None:
        self.reading.blockSignals(True)
        self.reading.clear()
        if short.readings:
            self.reading.addItem(tr("Choose…") if short.chosen is None else tr("Automatic"), AUTO)
            for reading, label in short.readings:
                self.reading.addItem(said(label), reading)
            i = self.reading.findData(short.chosen) if short.chosen else 0
            self.reading.setCurrentIndex(max(i, 0))
        self.reading.blockSignals(False)
        self.reading.setVisible(bool(short.readings))
        self.reading_label.setVisible(bool(short.readings))
        self.propose.setVisible(bool(short.readings))

    def _confirm(self) -> None:
        if self.document is not None and self.document.review:
            self.confirm_review.emit(self.document.id, self.document.review)

    def _reading(self, index: int) -> None:
        if self.document is None or self.short is None:
            return
        data = self.reading.itemData(index)
        reading = None if data == AUTO else data
        if reading != self.short.chosen:
            self.reading_chosen.emit(self.document.id, reading)
