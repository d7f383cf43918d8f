"""The documents table: title, organisation, kind, paragraphs, review progress."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt

from reviewer.workspace import DocumentRow
from ui.models import ID_ROLE, PROGRESS_ROLE, ROW_ROLE
from ui.models.base import RowTableModel
from ui.render import KIND_LABELS

Index = QModelIndex | QPersistentModelIndex


class DocumentsModel(RowTableModel):
    TITLE, ORGANISATION, KIND, PARAGRAPHS, PROGRESS = range(5)
    HEADERS = ("Title", "Organisation", "Kind", "¶", "Reviewed")
    TOOLTIPS = {3: "Paragraphs", 4: "Paragraphs marked reviewed"}

    def update_row(self, row: DocumentRow) -> None:
        """Replace one document's row in place (after a review mark) without a reset."""
        for i, old in enumerate(self._rows):
            if old.id == row.id:
                self._rows[i] = row
                self.dataChanged.emit(self.index(i, 0), self.index(i, self.columnCount() - 1))
                return

    def document(self, row: int) -> DocumentRow | None:
        return self.item(row)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        row, col = self._rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.TITLE:
                return row.title
            if col == self.ORGANISATION:
                return row.organisation or ""
            if col == self.KIND:
                return KIND_LABELS.get(row.kind, row.kind)
            if col == self.PARAGRAPHS:
                return row.paragraphs if row.paragraphs or not row.recommendations else "—"
            if col == self.PROGRESS:
                if row.paragraphs:
                    return f"{row.reviewed}/{row.paragraphs}"
                # a thematic list or report: what it brought to the registry
                return f"{row.recommendations} rec." if row.recommendations else "—"
        elif role == Qt.ItemDataRole.ToolTipRole:
            tip = f"{row.title}\n{row.file}"
            if row.symbol:
                tip += f"\n{row.symbol}"
            if row.recommendations:
                tip += f"\n{row.recommendations} recommendations in the registry"
            return tip
        elif role == Qt.ItemDataRole.TextAlignmentRole and col in (self.PARAGRAPHS, self.PROGRESS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        elif role == PROGRESS_ROLE:
            return (row.reviewed, row.paragraphs)
        elif role == ROW_ROLE:
            return row
        elif role == ID_ROLE:
            return row.id
        return None
