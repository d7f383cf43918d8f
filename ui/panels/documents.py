"""The documents in the workspace, with each one's review progress."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reviewer.workspace import DocumentRow
from ui.delegates import ProgressDelegate, TitleDelegate
from ui.models.documents import DocumentsModel


class DocumentsPanel(QWidget):
    document_selected = Signal(object)  # DocumentRow | None

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = DocumentsModel(self)
        self.view = QTableView(self)
        self.view.setObjectName("documentsView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setShowGrid(False)
        self.view.setWordWrap(False)
        self.view.verticalHeader().hide()
        self.view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() * 2 + 14)
        self.view.setItemDelegateForColumn(DocumentsModel.TITLE, TitleDelegate(self.view))
        self.view.setItemDelegateForColumn(DocumentsModel.PROGRESS, ProgressDelegate(self.view))
        h = self.view.horizontalHeader()
        h.setHighlightSections(False)
        h.setSectionResizeMode(DocumentsModel.TITLE, QHeaderView.ResizeMode.Stretch)
        h.setSectionResizeMode(DocumentsModel.ORGANISATION, QHeaderView.ResizeMode.Interactive)
        h.resizeSection(DocumentsModel.ORGANISATION, 120)
        h.resizeSection(DocumentsModel.KIND, 86)
        h.resizeSection(DocumentsModel.PARAGRAPHS, 34)
        h.resizeSection(DocumentsModel.PROGRESS, 74)
        # the organisation is under each title; its own column can be shown from the header
        h.setSectionHidden(DocumentsModel.ORGANISATION, True)
        h.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        h.customContextMenuRequested.connect(self._header_menu)
        h.setMinimumSectionSize(36)
        self.view.selectionModel().currentRowChanged.connect(
            lambda cur, _: self.document_selected.emit(self.model.document(cur.row()))
        )
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    def _header_menu(self, pos) -> None:
        """Right-click on the header: choose the columns shown."""
        menu = QMenu(self)
        h = self.view.horizontalHeader()
        for col, name in enumerate(DocumentsModel.HEADERS):
            if col == DocumentsModel.TITLE:
                continue
            act = menu.addAction(name)
            act.setCheckable(True)
            act.setChecked(not h.isSectionHidden(col))
            act.toggled.connect(lambda on, c=col: h.setSectionHidden(c, not on))
        menu.popup(h.mapToGlobal(pos))

    def set_documents(self, rows: list[DocumentRow], keep: int | None = None) -> None:
        keep = keep if keep is not None else self.current_id()
        sm = self.view.selectionModel()
        sm.blockSignals(True)
        self.model.set_rows(rows)
        sm.blockSignals(False)
        row = self.model.row_of(keep) if keep is not None else -1
        if row < 0 and rows:
            row = next((i for i, r in enumerate(rows) if r.paragraphs), 0)
        if row >= 0:
            self.select(rows[row].id, force=True)
        else:
            self.document_selected.emit(None)

    def current_id(self) -> int | None:
        d = self.model.document(self.view.currentIndex().row())
        return d.id if d else None

    def current(self) -> DocumentRow | None:
        return self.model.document(self.view.currentIndex().row())

    def select(self, document_id: int, force: bool = False) -> bool:
        row = self.model.row_of(document_id)
        if row < 0:
            return False
        if row == self.view.currentIndex().row() and not force:
            return True
        idx = self.model.index(row, 0)
        sm = self.view.selectionModel()
        if row == self.view.currentIndex().row():
            self.document_selected.emit(self.model.document(row))
        sm.setCurrentIndex(
            idx,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.view.scrollTo(idx)
        return True

    def titles(self) -> dict[int, str]:
        return {r.id: r.title for r in self.model.rows()}
