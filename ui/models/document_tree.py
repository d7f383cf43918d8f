"""The documents pane's tree: the documents model's rows, flat or under review nodes.

It only arranges: ``DocumentsModel`` holds the rows and their order and says how
each reads.  "All reviews" groups them under one node per review (in the reviews'
order, the documents in no review last); one review shows them flat.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from reviewer.workspace import DocumentRow
from ui.i18n import tr
from ui.models import NO_PARENT
from ui.models.documents import UNCERTAIN, DocumentsModel
from ui.reviews import review_label

Index = QModelIndex | QPersistentModelIndex

GROUP_ROLE = Qt.ItemDataRole.UserRole + 32  # a review node: its Group
NO_REVIEW = "—"  # the group key of documents in no review
NO_FLAGS = Qt.ItemFlag.NoItemFlags
DOCUMENT_FLAGS = (
    Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
)


@dataclass
class Group:
    """A review node: its documents (rows of the flat model) and how it reads."""

    key: str  # the review code, or NO_REVIEW
    label: str  # "China · 4th cycle · 2024"
    tip: str = ""
    rows: list[int] = field(default_factory=list)
    uncertain: int = 0

    @property
    def counts(self) -> str:
        """Short, for the node: "3 docs · 1 ?" (the "?": placed by a guess)."""
        n = len(self.rows)
        text = tr("%n doc(s)", "", n)
        if self.uncertain:
            text += f" · {self.uncertain} ?"
        return text

    @property
    def counts_long(self) -> str:
        n = len(self.rows)
        text = tr("%n document(s)", "", n)
        if self.uncertain:
            text += tr(" · {n} to confirm").format(n=self.uncertain)
        return text


class DocumentTreeModel(QAbstractItemModel):
    """The documents pane's model: the flat model's rows, flat or under review nodes.

    Top-level items carry internal id 0 (documents when flat, review nodes when
    grouped); a document under review node ``g`` carries ``g + 1``.
    """

    COLUMNS = 6

    def __init__(self, source: DocumentsModel, parent=None):
        super().__init__(parent)
        self.source = source
        self.grouped = False
        self._labels: dict[str, tuple[str, str]] = {}  # code → (label, tip), in review order
        self.groups: list[Group] = []
        self._where: dict[int, tuple[int, int]] = {}  # source row → (group, position)
        self._saved: list[tuple[QPersistentModelIndex, object, int]] = []
        source.modelAboutToBeReset.connect(self.beginResetModel)
        source.modelReset.connect(self._reset_done)
        source.layoutAboutToBeChanged.connect(self._layout_before)
        source.layoutChanged.connect(self._layout_after)
        source.dataChanged.connect(self._source_data_changed)

    # -- arrangement -----------------------------------------------------------------------
    def set_grouping(self, reviews) -> None:
        """``reviews``: the ReviewRows to group under (in their order), or None: flat."""
        self.beginResetModel()
        self.grouped = reviews is not None
        self._labels = {}
        for r in reviews or ():
            tip = tr("{review}: {state}, cycle {cycle}").format(
                review=r.review, state=r.state_name, cycle=r.cycle
            )
            if r.session:
                tip += tr(", session {n}").format(n=r.session)
            if r.year:
                tip += f" ({r.year})"
            if r.dated_by:
                tip += "\n" + tr("Dated by {what}").format(what=r.dated_by)
            self._labels[r.review] = (review_label(r), tip)
        self._rebuild()
        self.endResetModel()

    def _rebuild(self) -> None:
        self.groups, self._where = [], {}
        if not self.grouped:
            return
        by_key: dict[str, Group] = {}
        for code, (label, tip) in self._labels.items():
            by_key[code] = Group(code, label, tip)
        rows = self.source.rows()
        for i, r in enumerate(rows):
            key = r.review or NO_REVIEW
            g = by_key.get(key)
            if g is None:
                label = tr("Not in a review") if key == NO_REVIEW else key
                g = by_key[key] = Group(key, label, tr("Documents not placed in any review"))
            g.rows.append(i)
            if r.review_status == UNCERTAIN:
                g.uncertain += 1
        # reviews in their order (State, cycle), the documents in no review last
        order = [*self._labels, *(k for k in by_key if k not in self._labels and k != NO_REVIEW)]
        if NO_REVIEW in by_key:
            order.append(NO_REVIEW)
        self.groups = [by_key[k] for k in order if by_key[k].rows]
        for gi, g in enumerate(self.groups):
            for pos, src in enumerate(g.rows):
                self._where[src] = (gi, pos)

    def _reset_done(self) -> None:
        self._rebuild()
        self.endResetModel()

    def _key_of(self, index: Index):
        """What an index shows, to find it again after a re-sort: ("g", key) or ("d", id)."""
        g = self.group(index)
        if g is not None:
            return ("g", g.key)
        doc = self.document(index)
        return ("d", doc.id) if doc is not None else None

    def _layout_before(self) -> None:
        self.layoutAboutToBeChanged.emit()
        self._saved = [
            (QPersistentModelIndex(p), self._key_of(p), p.column())
            for p in self.persistentIndexList()
        ]

    def _layout_after(self) -> None:
        self._rebuild()
        old, new = [], []
        for p, key, column in self._saved:
            old.append(QModelIndex(p))
            new.append(self._find(key, column))
        self._saved = []
        self.changePersistentIndexList(old, new)
        self.layoutChanged.emit()

    def _find(self, key, column: int = 0) -> QModelIndex:
        if key is None:
            return QModelIndex()
        kind, value = key
        if kind == "g":
            gi = next((i for i, g in enumerate(self.groups) if g.key == value), -1)
            return self.index(gi, column) if gi >= 0 else QModelIndex()
        return self.document_index(value, column)

    def _source_data_changed(self, top: QModelIndex, bottom: QModelIndex, roles=()) -> None:
        for row in range(top.row(), bottom.row() + 1):
            left = self._from_source(row, 0)
            if left.isValid():
                self.dataChanged.emit(left, self._from_source(row, self.COLUMNS - 1))

    # -- mapping ---------------------------------------------------------------------------
    def _from_source(self, row: int, column: int = 0) -> QModelIndex:
        if not self.grouped:
            return self.index(row, column) if 0 <= row < self.source.rowCount() else QModelIndex()
        where = self._where.get(row)
        if where is None:
            return QModelIndex()
        gi, pos = where
        return self.createIndex(pos, column, gi + 1)

    def source_row(self, index: Index) -> int:
        """The flat model's row behind a document index; -1 for a review node."""
        if not index.isValid() or index.model() is not self:
            return -1
        parent_id = index.internalId()
        if not self.grouped:
            return index.row()
        if parent_id == 0:
            return -1
        g = self.groups[parent_id - 1]
        return g.rows[index.row()] if 0 <= index.row() < len(g.rows) else -1

    def document(self, index: Index) -> DocumentRow | None:
        return self.source.document(self.source_row(index))

    def group(self, index: Index) -> Group | None:
        if not self.grouped or not index.isValid() or index.internalId() != 0:
            return None
        return self.groups[index.row()] if 0 <= index.row() < len(self.groups) else None

    def document_index(self, document_id: int, column: int = 0) -> QModelIndex:
        return self._from_source(self.source.row_of(document_id), column)

    def documents_in_order(self) -> list[DocumentRow]:
        """The documents as the pane shows them, top to bottom."""
        rows = self.source.rows()
        if not self.grouped:
            return rows
        return [rows[i] for g in self.groups for i in g.rows]

    # -- QAbstractItemModel ----------------------------------------------------------------
    # The view calls index(), flags() and hasChildren() for every row it lays out (4,000
    # documents at 1.2M paragraphs, at each refresh): each says what it can from the
    # index's internal id first, without building a Group or a document.
    def index(self, row: int, column: int = 0, parent: Index = NO_PARENT) -> QModelIndex:
        if not 0 <= column < self.COLUMNS or row < 0:
            return QModelIndex()
        if not parent.isValid():
            top = len(self.groups) if self.grouped else self.source.rowCount()
            return self.createIndex(row, column, 0) if row < top else QModelIndex()
        gi = parent.row()
        if (
            not self.grouped
            or parent.internalId() != 0
            or parent.column() != 0
            or not 0 <= gi < len(self.groups)
            or row >= len(self.groups[gi].rows)
        ):
            return QModelIndex()
        return self.createIndex(row, column, gi + 1)

    def parent(self, index: Index | None = None):  # also QObject.parent() without one
        if index is None:
            return QObject.parent(self)
        if not index.isValid() or index.internalId() == 0:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, 0)

    def rowCount(self, parent: Index = NO_PARENT) -> int:
        if not parent.isValid():
            return len(self.groups) if self.grouped else self.source.rowCount()
        g = self.group(parent)
        return len(g.rows) if g is not None and parent.column() == 0 else 0

    def hasChildren(self, parent: Index = NO_PARENT) -> bool:
        if parent.isValid() and parent.internalId() != 0:
            return False  # a document
        return self.rowCount(parent) > 0

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return self.COLUMNS

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return NO_FLAGS
        if index.internalId() != 0 or not self.grouped:
            return DOCUMENT_FLAGS  # (never a parent: the view asks no more of its children)
        # a review node: not selectable nor enabled: the current item is always a
        # document, and the keyboard steps over review nodes; a click on one folds it
        # (DocumentsView)
        return NO_FLAGS

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        g = self.group(index)
        if g is not None:
            if role == GROUP_ROLE:
                return g
            if role == Qt.ItemDataRole.DisplayRole and index.column() == 0:
                return g.label
            if role == Qt.ItemDataRole.ToolTipRole:
                return f"{g.tip}\n{g.counts_long}" if g.tip else g.counts_long
            return None
        doc = self.document(index)
        if doc is None:
            return None
        return self.source.row_data(doc, index.column(), role)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        if section == DocumentsModel.IMPORTED:
            if role == Qt.ItemDataRole.DisplayRole:
                return tr("Imported")
            if role == Qt.ItemDataRole.ToolTipRole:
                return tr("The day the document was imported")
            return None
        return self.source.headerData(section, orientation, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.source.sort(column, order)
