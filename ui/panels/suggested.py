"""The inspector's "Suggested" group: recommendations the paragraph likely speaks to
without citing them, best first, each with its score and the words it shares with
the paragraph.  Y accepts the current one (a confirmed link, shown with the
paragraph's links as an "accepted suggestion"), X rejects it (never suggested again
for the paragraph); the next one becomes current, and Ctrl+Z undoes either.

The group shows nothing to decide for a paragraph without suggestions, and hides
itself when the paragraph never had any.  Which list Y and X act on (this one or the
paragraph's links) is the inspector's choice: the list last clicked, focused or moved
in, and this one when a paragraph with open suggestions is selected.
"""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QT_TR_NOOP, QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListView, QPushButton, QVBoxLayout, QWidget

from reviewer.workspace import LinkRow, LinkStatus
from ui.delegates import SuggestionDelegate
from ui.i18n import tr
from ui.models.lists import SuggestionsModel
from ui.render import MUTED
from ui.resources import icon

KEYS_HINT = QT_TR_NOOP("Y accept · X reject · ↑↓ choose · Ctrl+Z undo")
ABOUT = QT_TR_NOOP(
    "Recommendations of the review's previous cycle that this paragraph likely speaks "
    "to without citing them, ranked by the words they share.\n"
    "They count nowhere until accepted.  Y accepts the selected one (it becomes a "
    "confirmed link), X rejects it (it is never suggested again for this paragraph); "
    "Ctrl+Z undoes.  Review › Suggest for this document (Ctrl+Shift+S) ranks them again."
)
SELECT = QItemSelectionModel.SelectionFlag


class SuggestedBox(QWidget):
    decided = Signal(object, str)  # the suggestion (LinkRow), its new status
    activated = Signal()  # the list was clicked, focused or moved in

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("suggestedBox")
        self.title = QLabel(tr("Suggested"), self)
        self.title.setObjectName("sectionTitle")
        self.title.setToolTip(tr(ABOUT))
        self.model = SuggestionsModel(self)
        self.view = QListView(self)
        self.view.setObjectName("suggestedList")
        self.view.setAccessibleName(tr("Suggested recommendations"))
        self.view.setModel(self.model)
        self.view.setItemDelegate(SuggestionDelegate(self.view))
        self.view.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.view.setToolTip(tr(ABOUT))
        self.view.pressed.connect(lambda _index: self.activated.emit())
        self.empty = QLabel(tr("No open suggestions left for this paragraph."), self)
        self.empty.setObjectName("hint")
        self.empty.setWordWrap(True)
        self.accept_button = QPushButton(icon("confirm"), tr("Accept"), self)
        self.accept_button.setToolTip(
            tr("Accept the selected suggestion: it becomes a confirmed link (Y)")
        )
        self.accept_button.clicked.connect(lambda: self._decide(LinkStatus.CONFIRMED))
        self.reject_button = QPushButton(icon("reject"), tr("Reject"), self)
        self.reject_button.setToolTip(
            tr("Reject the selected suggestion: it is never suggested again for this paragraph (X)")
        )
        self.reject_button.clicked.connect(lambda: self._decide(LinkStatus.REJECTED))
        self.keys = QLabel(tr(KEYS_HINT), self)
        self.keys.setObjectName("hint")
        self.keys.setWordWrap(True)  # a longer language wraps it, never widens the pane
        self.keys.setToolTip(tr(ABOUT))
        self.rejected = QLabel(self)
        self.rejected.setObjectName("rejectedSuggestions")
        self.rejected.setWordWrap(True)
        self.rejected.setTextFormat(Qt.TextFormat.RichText)
        self.rejected.setToolTip(
            tr(
                "Rejected suggestions are never suggested again for this paragraph.  To link "
                "one after all, type its number in the Link field."
            )
        )
        buttons = QHBoxLayout()
        buttons.addWidget(self.accept_button)
        buttons.addWidget(self.reject_button)
        buttons.addWidget(self.keys, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.title)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        layout.addWidget(self.rejected)
        self.set_links([], [], visible=False)

    def set_links(
        self, proposed: list[LinkRow], rejected: list[LinkRow], visible: bool, row: int = 0
    ) -> None:
        """Show ``proposed`` (best first), ``row`` current (clamped), without selecting it."""
        self.model.set_rows(proposed)
        n = len(proposed)
        self.title.setText(tr("Suggested (%n)", "", n) if n else tr("Suggested"))
        self.view.setVisible(bool(n))
        self.empty.setVisible(not n)
        self.keys.setVisible(bool(n))
        if rejected:
            numbers = ", ".join(escape(lk.number) for lk in rejected)
            self.rejected.setText(
                tr("<span style='color:{MUTED}'>Rejected here: {numbers}</span>").format(
                    MUTED=MUTED, numbers=numbers
                )
            )
        self.rejected.setVisible(bool(rejected))
        self.setVisible(visible)
        if n:
            self.view.selectionModel().setCurrentIndex(
                self.model.index(min(max(row, 0), n - 1)), SELECT.NoUpdate
            )
        self.view.clearSelection()

    def current_row(self) -> int:
        return self.view.currentIndex().row()

    def current(self) -> LinkRow | None:
        return self.model.item(self.current_row()) if self.model.rowCount() else None

    def show_selected(self, on: bool) -> None:
        """Highlight the current suggestion (the one Y and X act on), or nothing."""
        index = self.view.currentIndex()
        if on and index.isValid():
            self.view.selectionModel().select(index, SELECT.ClearAndSelect)
            self.view.scrollTo(index)
        else:
            self.view.clearSelection()

    def set_enabled(self, on: bool) -> None:
        """The buttons act on the current suggestion while this list is the active one."""
        has = on and self.current() is not None
        self.accept_button.setEnabled(has)
        self.reject_button.setEnabled(has)

    def _decide(self, status: str) -> None:
        link = self.current()
        if link is not None:
            self.decided.emit(link, status)
