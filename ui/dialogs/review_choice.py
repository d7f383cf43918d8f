"""Which review is this document part of?  The reviews there are, none, or another one.

"Another review" is a State (those of the workspace's reviews, or an ISO code typed)
and a cycle; typing a whole code ("SVN-1") in the State box works too.  The dialog
only answers; the window moves the document through an undo command.
"""

from __future__ import annotations

import re
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from reviewer.workspace import DocumentRow
from ui import theme
from ui.core_facts import review_reason
from ui.i18n import tr
from ui.reviews import review_label

CODE = re.compile(r"^\s*([A-Za-z]{3})\s*(?:[-\s]\s*(\d{1,2}))?\s*$")
NONE, OTHER = "\x00none", "\x00other"


class ChooseReviewDialog(QDialog):
    def __init__(self, document: DocumentRow, reviews, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(tr("Review of the document"))
        self.document = document
        self.reviews = list(reviews)
        intro = QLabel(
            tr("Which review is <b>{title}</b> part of?").format(title=escape(document.title))
        )
        intro.setWordWrap(True)
        self.why = QLabel("")
        self.why.setObjectName("hint")
        self.why.setWordWrap(True)
        if document.review_reason:
            state = tr("a guess") if document.review_status == "uncertain" else tr("placed")
            self.why.setText(
                tr("Now {value} ({state}): {review_reason}").format(
                    value=document.review or tr("in none"),
                    state=state,
                    review_reason=review_reason(document.review_reason),
                )
            )
        self.why.setVisible(bool(document.review_reason))
        self.list = QListWidget()
        self.list.setObjectName("reviewChoices")
        self.list.setSpacing(2)
        theme.style(self.list, "QListWidget { border: 1px solid ${border}; border-radius: 4px; }")
        for r in self.reviews:
            item = QListWidgetItem(f"{review_label(r)}    {r.review}")
            item.setData(Qt.ItemDataRole.UserRole, r.review)
            item.setToolTip(tr("%n document(s)", "", r.documents))
            self.list.addItem(item)
        for text, data in ((tr("Not in a review"), NONE), (tr("Another review…"), OTHER)):
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, data)
            self.list.addItem(item)
        self.state = QComboBox()
        self.state.setEditable(True)
        self.state.lineEdit().setPlaceholderText(tr("State: ISO code (SVN) or a code (SVN-1)"))
        seen = set()
        for r in self.reviews:
            if r.state not in seen:
                seen.add(r.state)
                self.state.addItem(f"{r.display_name} ({r.state})", r.state)
        self.state.setCurrentIndex(-1)
        self.cycle = QSpinBox()
        self.cycle.setRange(1, 9)
        self.cycle.setPrefix(tr("cycle "))
        self.code_label = QLabel("")
        self.code_label.setObjectName("hint")
        other = QHBoxLayout()
        other_label = QLabel(tr("&Another:"))
        other_label.setBuddy(self.state)
        other.addWidget(other_label)
        other.addWidget(self.state, 1)
        other.addWidget(self.cycle)
        other.addWidget(self.code_label)
        self.other_box = QWidget()
        self.other_box.setLayout(other)
        other.setContentsMargins(0, 0, 0, 0)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.why)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.other_box)
        layout.addWidget(self.buttons)
        self.list.currentItemChanged.connect(lambda *_: self._update())
        self.list.itemDoubleClicked.connect(lambda _: self.accept())
        self.state.currentTextChanged.connect(lambda _: self._picked_other())
        self.cycle.valueChanged.connect(lambda _: self._picked_other())
        current = document.review
        row = next((i for i, r in enumerate(self.reviews) if r.review == current), None)
        self.list.setCurrentRow(row if row is not None else len(self.reviews))
        if document.review:
            m = CODE.match(document.review)
            if m and m.group(2):
                self.cycle.setValue(int(m.group(2)))
        self.resize(460, 340)
        self._update()

    def _picked_other(self) -> None:
        self.list.setCurrentRow(self.list.count() - 1)
        self._update()

    def _typed_code(self) -> str | None:
        data = self.state.currentData()
        text = self.state.currentText()
        if data and text == self.state.itemText(self.state.currentIndex()):
            return f"{data}-{self.cycle.value()}"
        m = CODE.match(text)
        if m is None:
            return None
        if m.group(2):
            return f"{m.group(1).upper()}-{int(m.group(2))}"
        return f"{m.group(1).upper()}-{self.cycle.value()}"

    def _update(self) -> None:
        item = self.list.currentItem()
        other = item is not None and item.data(Qt.ItemDataRole.UserRole) == OTHER
        code = self._typed_code() if other else None
        self.code_label.setText(f"→ {code}" if code else "")
        ok = item is not None and (not other or code is not None)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(ok)

    def code(self) -> str | None:
        """The review chosen ("CHN-4"), or None for "not in a review"."""
        item = self.list.currentItem()
        data = item.data(Qt.ItemDataRole.UserRole) if item else None
        if data == OTHER:
            return self._typed_code()
        if data == NONE:
            return None
        return data

    def choose_other(self, text: str, cycle: int | None = None) -> None:
        """Type another review (for tests and the keyboard): "SVN" and a cycle, or "SVN-1"."""
        self.state.setEditText(text)
        if cycle is not None:
            self.cycle.setValue(cycle)
        self._picked_other()
