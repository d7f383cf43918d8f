"""File › Import as new version of…: which document the chosen file is the next
version of (the current one preselected).  Documents that bring recommendations to
the registry (thematic lists, reports, responses) have no versions and are not
offered.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from reviewer.workspace import DocumentRow
from ui.delegates import HtmlDelegate
from ui.i18n import tr
from ui.models import HTML_ROLE
from ui.render import MUTED, kind_label


def versionable(doc: DocumentRow) -> bool:
    """A document a file may be a new version of: one with paragraphs of its own that
    brought no recommendations to the registry."""
    return doc.paragraphs > 0 and not doc.recommendations and doc.version_of is None


class VersionOfDialog(QDialog):
    def __init__(
        self,
        path: Path,
        documents: list[DocumentRow],
        current: int | None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("versionOfDialog")
        self.setWindowTitle(tr("Import as new version of…"))
        self.resize(620, 420)
        text = QLabel(
            tr(
                "<b>{name}</b> becomes the next version of the document chosen here: its "
                "paragraphs are matched with the latest version's, and the notes, tags, links and "
                "reviewed marks follow them."
            ).format(name=escape(Path(path).name)),
            self,
        )
        text.setWordWrap(True)
        self.list = QListWidget(self)
        self.list.setObjectName("versionOfList")
        self.list.setItemDelegate(HtmlDelegate(self.list))
        for d in documents:
            if not versionable(d):
                continue
            item = QListWidgetItem(d.title)
            item.setData(Qt.ItemDataRole.UserRole, d.id)
            sub = " · ".join(
                x
                for x in (
                    f"v{d.version}",
                    kind_label(d.kind),
                    d.organisation,
                    d.file,
                )
                if x
            )
            item.setData(
                HTML_ROLE,
                f"<b>{escape(d.title)}</b><br><span style='color:{MUTED}'>{escape(sub)}</span>",
            )
            self.list.addItem(item)
            if d.id == current:
                self.list.setCurrentItem(item)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.list.itemDoubleClicked.connect(lambda _item: self.accept())
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(tr("&Import as new version"))
        buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(self.list.count() > 0)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)

    def document_id(self) -> int | None:
        item = self.list.currentItem()
        return int(item.data(Qt.ItemDataRole.UserRole)) if item is not None else None
