"""What a pane says when it has nothing to show, and the first start's name bar.

``EmptyState`` lies over a view's viewport (the view itself is not touched, so its
header and drop target stay): a sentence and a button that does what the sentence
suggests.  ``NameBar`` asks the reviewer's name inside the window on the first start
(no dialog over an empty screen).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.i18n import tr


class EmptyState(QWidget):
    """A hint over an empty view: ``text`` and a button (``action_text`` → ``action``)."""

    def __init__(
        self,
        view: QAbstractScrollArea,
        text: str,
        action_text: str | None = None,
        action: Callable[[], object] | None = None,
    ):
        super().__init__(view.viewport())
        self.setObjectName("emptyState")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.view = view
        self.label = QLabel(text, self)
        self.label.setObjectName("emptyStateText")
        self.label.setWordWrap(True)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.button: QPushButton | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 24, 24, 24)
        layout.setSpacing(12)
        layout.addStretch(1)
        layout.addWidget(self.label)
        if action_text and action is not None:
            self.button = QPushButton(action_text, self)
            self.button.setObjectName("emptyStateButton")
            self.button.clicked.connect(lambda: action())
            layout.addWidget(self.button, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)
        view.viewport().installEventFilter(self)
        self._fit()
        self.hide()

    def set_text(self, text: str) -> None:
        self.label.setText(text)

    def set_shown(self, shown: bool) -> None:
        self._fit()
        self.setVisible(shown)
        if shown:
            self.raise_()

    def _fit(self) -> None:
        self.setGeometry(self.view.viewport().rect())

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._fit()
        return False


class NameBar(QWidget):
    """The first start: "Welcome — your name, recorded on what you make: [ … ] Save"."""

    chosen = Signal(str)  # the name, its spaces tidied
    later = Signal()

    def __init__(self, suggestion: str, parent=None):
        super().__init__(parent)
        self.setObjectName("nameBar")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.text = QLabel(
            tr(
                "<b>Welcome to UPR Reviewer.</b> Your name is recorded on the links, tags and "
                "notes you make:"
            ),
            self,
        )
        self.field = QLineEdit(suggestion, self)
        self.field.setObjectName("reviewerNameField")
        self.field.setPlaceholderText(tr("Your name"))
        self.field.setMinimumWidth(200)
        self.field.selectAll()
        self.text.setBuddy(self.field)
        self.save = QPushButton(tr("&Save name"), self)
        self.save.setObjectName("saveReviewerName")
        self.save.setDefault(True)
        self.not_now = QPushButton(tr("Not now"), self)
        self.not_now.setToolTip(
            tr(
                "Record your work as “{suggestion}” for now; the name can be changed any time "
                "(Edit › Reviewer name…)"
            ).format(suggestion=suggestion)
        )
        self.field.returnPressed.connect(self._save)
        self.save.clicked.connect(self._save)
        self.not_now.clicked.connect(self.later)
        self.field.textChanged.connect(lambda t: self.save.setEnabled(bool(t.split())))
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 12, 6)
        row.setSpacing(8)
        row.addWidget(self.text, 1)
        row.addWidget(self.field)
        row.addWidget(self.save)
        row.addWidget(self.not_now)

    def _save(self) -> None:
        name = " ".join(self.field.text().split())
        if name:
            self.chosen.emit(name)
