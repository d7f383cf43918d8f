"""Documents pane › "Coverage of this document…": what a submission cites, and what
it was expected to address (a window of its own, beside the review window)."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout

from reviewer.workspace import DocumentRow
from ui.i18n import tr
from ui.models.coverage import CoverageCache
from ui.panels.document_coverage import DocumentCoverageView
from ui.session import Session


class DocumentCoverageDialog(QDialog):
    def __init__(self, session: Session, cache: CoverageCache, doc: DocumentRow, parent=None):
        super().__init__(parent)
        self.setObjectName("documentCoverageDialog")
        self.setWindowTitle(tr("Coverage — {value}").format(value=doc.title[:60]))
        self.view = DocumentCoverageView(session, cache, self)
        self.view.set_document(doc)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 12)
        layout.addWidget(self.view, 1)
        layout.addWidget(buttons)
        self.resize(640, 620)

    def set_document(self, doc: DocumentRow) -> None:
        self.setWindowTitle(tr("Coverage — {value}").format(value=doc.title[:60]))
        self.view.set_document(doc)
