"""The shared part of the item models: a list of frozen rows (tables and lists)."""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from ui.i18n import tr
from ui.models import HTML_ROLE, ID_ROLE, NO_PARENT, ROW_ROLE

Index = QModelIndex | QPersistentModelIndex


class _Rows:
    """Rows held by a model: replace them all, read one, count them."""

    _rows: list

    def set_rows(self, rows) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def rows(self) -> list:
        return list(self._rows)

    def item(self, row: int):
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, row_id: int) -> int:
        return next((i for i, r in enumerate(self._rows) if r.id == row_id), -1)

    def row_at(self, index: Index):
        """The row behind a valid index of this model, else None."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._rows[index.row()]

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows)


class RowTableModel(_Rows, QAbstractTableModel):
    """Subclasses set HEADERS (and TOOLTIPS: column → text) and implement data()."""

    HEADERS: tuple[str, ...] = ()
    TOOLTIPS: dict[int, str] = {}

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows = []

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return tr(self.HEADERS[section])  # marked with QT_TR_NOOP where they are set
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = self.TOOLTIPS.get(section)
            return tr(tip) if tip else tip
        return None


class RowListModel(_Rows, QAbstractListModel):
    """A list of frozen rows; subclasses say how one row reads as text and HTML."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows = []

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        r = self.row_at(index)
        if r is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.text(r)
        if role == HTML_ROLE:
            return self.html(r)
        if role == ROW_ROLE:
            return r
        if role == ID_ROLE:
            return self.row_id(r)
        return None

    def text(self, r) -> str:
        raise NotImplementedError

    def html(self, r) -> str:
        raise NotImplementedError

    def row_id(self, r) -> int:
        return r.id
