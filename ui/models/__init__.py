"""Qt item models over the workspace's plain rows; tested without widgets."""

from PySide6.QtCore import QModelIndex, Qt

ROW_ROLE = Qt.ItemDataRole.UserRole + 1  # the frozen row behind an index
ID_ROLE = Qt.ItemDataRole.UserRole + 2  # its database id
HTML_ROLE = Qt.ItemDataRole.UserRole + 3  # rich text for an HTML delegate
PROGRESS_ROLE = Qt.ItemDataRole.UserRole + 4  # (done, total)

NO_PARENT = QModelIndex()  # the invalid parent of top-level rows, as a default argument
