"""Which encoding is this text in? Asked when the importer cannot tell for sure.

Several legacy encodings can read the same bytes as plausible text (a short GB18030
file reads as Big5 too).  The importer never guesses then: this dialog lists the
plausible encodings with the text as each reads it, and the person who knows the
language picks the one that reads right.  Arrow keys choose, Enter imports,
Escape leaves the file unimported.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from reviewer.workspace import encoding_label
from ui.i18n import tr


class EncodingDialog(QDialog):
    """One file's candidate encodings; :meth:`encoding` is the one chosen."""

    def __init__(self, parent: QWidget | None, file: str, candidates: Sequence[tuple[str, str]]):
        super().__init__(parent)
        self.file = file
        self.setWindowTitle(tr("Choose the text encoding"))
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.resize(560, 420)

        intro = QLabel(
            tr(
                "The encoding of <b>{name}</b> could not be recognised with certainty. Choose the "
                "one in which the text reads correctly:"
            ).format(name=escape(Path(file).name)),
            self,
        )
        intro.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setAccessibleName(tr("Encodings"))
        for name, preview in candidates:
            item = QListWidgetItem(encoding_label(name), self.list)
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setData(Qt.ItemDataRole.UserRole + 1, preview)
        self.preview = QPlainTextEdit(self)
        self.preview.setReadOnly(True)
        self.preview.setAccessibleName(tr("The text read in this encoding"))
        self.preview.setFocusPolicy(Qt.FocusPolicy.ClickFocus)  # Tab stays list ↔ buttons
        label = QLabel(tr("&The text read in this encoding:"), self)
        label.setBuddy(self.preview)

        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setText(tr("&Import"))
        ok.setDefault(True)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.list.currentItemChanged.connect(self._show)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())

        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.list, 1)
        layout.addWidget(label)
        layout.addWidget(self.preview, 2)
        layout.addWidget(self.buttons)
        if self.list.count():
            self.list.setCurrentRow(0)
        self.list.setFocus()
        ok.setEnabled(self.list.count() > 0)

    def encoding(self) -> str | None:
        item = self.list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _show(self, item: QListWidgetItem | None, _previous=None) -> None:
        self.preview.setPlainText(item.data(Qt.ItemDataRole.UserRole + 1) if item else "")
