"""The documents in the workspace, with each one's review progress.

Shows the chosen review's documents, or, for "All reviews", every document under
a node per review.  A header click sorts (title, kind, paragraphs, reviewed share;
"Imported" from the header's menu) and keeps the selection.  The right-click menu
places a document in a review: the reviews there are, "Other…", and for a document
placed by a guess, a one-click confirm.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TR_NOOP, QItemSelectionModel, QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QContextMenuEvent, QMouseEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMenu,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from reviewer.workspace import DocumentRow
from ui import theme
from ui.core_facts import review_reason
from ui.delegates_lists import ProgressDelegate
from ui.i18n import tr
from ui.models.document_tree import DocumentTreeModel
from ui.models.documents import UNCERTAIN, DocumentsModel
from ui.panels.documents_delegate import DocumentTitleDelegate
from ui.reviews import review_label

SORTS = (
    (DocumentsModel.TITLE, QT_TR_NOOP("&Title")),
    (DocumentsModel.KIND, QT_TR_NOOP("&Kind")),
    (DocumentsModel.IMPORTED, QT_TR_NOOP("Date &imported")),
    (DocumentsModel.PARAGRAPHS, QT_TR_NOOP("&Paragraphs")),
    (DocumentsModel.PROGRESS, QT_TR_NOOP("&Reviewed share")),
)

VIEW_STYLE = """
QTreeView {
    background: ${base};
    border: none;
    selection-background-color: ${selection};
    selection-color: ${selection_text};
    alternate-background-color: ${alt_base};
    outline: 0;
}
"""


class DocumentsView(QTreeView):
    """A click on a review node folds or unfolds it (the nodes take no selection); a
    context menu asked from the keyboard (Menu key, Shift+F10) is the current row's."""

    menu_requested = Signal(QModelIndex, QPoint)  # the row, where to show (viewport)

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:
        if event.reason() == QContextMenuEvent.Reason.Keyboard:
            index = self.currentIndex()
            rect = self.visualRect(index)
            pos = rect.center() if index.isValid() else QPoint(10, 10)
        else:
            pos = event.pos()
            index = self.indexAt(pos)
        self.menu_requested.emit(index, pos)
        event.accept()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self.indexAt(event.position().toPoint())
        model = self.model()
        if (
            index.isValid()
            and isinstance(model, DocumentTreeModel)
            and model.group(index) is not None
            and event.button() == Qt.MouseButton.LeftButton
        ):
            first = index.siblingAtColumn(0)
            self.setExpanded(first, not self.isExpanded(first))
            event.accept()
            return
        super().mousePressEvent(event)


class DocumentsPanel(QWidget):
    document_selected = Signal(object)  # DocumentRow | None
    review_chosen = Signal(int, object)  # document id, review code (None: in no review)
    other_review_wanted = Signal(int)  # document id: ask which review (the dialog)
    sort_changed = Signal(int, bool)  # column, descending
    coverage_wanted = Signal(int)  # document id: what it cites, what it was expected to
    suggest_wanted = Signal(int)  # document id: suggest recommendations for its paragraphs

    def __init__(self, parent=None):
        super().__init__(parent)
        self.model = DocumentsModel(self)
        self.tree = DocumentTreeModel(self.model, self)
        self.reviews: list = []  # ReviewRows, for the review menu
        # why a document cannot have suggestions (None: it can); the window sets it
        self.suggest_reason: Callable[[int], str | None] | None = None
        # adds the window's entries for a document's versions, watching and check
        self.extra_menu: Callable[[QMenu, DocumentRow], None] | None = None
        self._collapsed: set[str] = set()  # review nodes folded by the person
        self._shown: int | None = None  # the document last announced
        self.view = DocumentsView(self)
        self.view.setObjectName("documentsView")
        theme.style(self.view, VIEW_STYLE)
        self.view.setModel(self.tree)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setAlternatingRowColors(True)
        self.view.setRootIsDecorated(False)
        self.view.setIndentation(0)
        self.view.setItemsExpandable(True)
        self.view.setExpandsOnDoubleClick(False)
        self.view.setUniformRowHeights(True)  # review nodes as tall as documents: fast layout
        self.view.setWordWrap(False)
        self.view.setAllColumnsShowFocus(True)
        self.view.setItemDelegateForColumn(DocumentsModel.TITLE, DocumentTitleDelegate(self.view))
        self.view.setItemDelegateForColumn(DocumentsModel.PROGRESS, ProgressDelegate(self.view))
        h = self.view.header()
        h.setHighlightSections(False)
        h.setStretchLastSection(False)
        h.setSectionsMovable(False)
        h.setSectionResizeMode(DocumentsModel.TITLE, QHeaderView.ResizeMode.Stretch)
        h.setSectionResizeMode(DocumentsModel.ORGANISATION, QHeaderView.ResizeMode.Interactive)
        h.resizeSection(DocumentsModel.ORGANISATION, 120)
        h.resizeSection(DocumentsModel.KIND, 86)
        h.resizeSection(DocumentsModel.PARAGRAPHS, 40)
        h.resizeSection(DocumentsModel.PROGRESS, 82)
        h.resizeSection(DocumentsModel.IMPORTED, 86)
        # the organisation is under each title; its own column can be shown from the header
        h.setSectionHidden(DocumentsModel.ORGANISATION, True)
        h.setSectionHidden(DocumentsModel.IMPORTED, True)
        h.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        h.customContextMenuRequested.connect(self._header_menu)
        h.setMinimumSectionSize(36)
        h.setSortIndicator(DocumentsModel.IMPORTED, Qt.SortOrder.AscendingOrder)
        h.setSortIndicatorShown(True)
        self.view.setSortingEnabled(True)
        h.sortIndicatorChanged.connect(self._sorted)
        self.view.selectionModel().currentChanged.connect(self._current_changed)
        self.view.collapsed.connect(lambda i: self._fold(i, True))
        self.view.expanded.connect(lambda i: self._fold(i, False))
        self.view.menu_requested.connect(self._context_menu)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

    # -- order -----------------------------------------------------------------------------
    def sort_by(self, column: int, descending: bool = False) -> None:
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        self.view.sortByColumn(column, order)

    def _sorted(self, column: int, order: Qt.SortOrder) -> None:
        self.view.scrollTo(self.view.currentIndex())
        self.sort_changed.emit(column, order == Qt.SortOrder.DescendingOrder)

    def _header_menu(self, pos) -> None:
        """Right-click on the header: choose the columns shown, and the order."""
        menu = QMenu(self)
        h = self.view.header()
        for col in range(self.tree.columnCount()):
            if col == DocumentsModel.TITLE:
                continue
            act = menu.addAction(self.tree.headerData(col, Qt.Orientation.Horizontal))
            act.setCheckable(True)
            act.setChecked(not h.isSectionHidden(col))
            act.toggled.connect(lambda on, c=col: h.setSectionHidden(c, not on))
        menu.addSeparator()
        self.fill_sort_menu(menu.addMenu(tr("&Sort by")))
        menu.popup(h.mapToGlobal(pos))

    def fill_sort_menu(self, menu: QMenu) -> None:
        h = self.view.header()
        for col, name in SORTS:
            act = menu.addAction(tr(name))
            act.setCheckable(True)
            act.setChecked(h.sortIndicatorSection() == col)
            act.triggered.connect(lambda _=False, c=col: self.sort_by(c))
        menu.addSeparator()
        act = menu.addAction(tr("&Descending"))
        act.setCheckable(True)
        act.setChecked(h.sortIndicatorOrder() == Qt.SortOrder.DescendingOrder)
        act.toggled.connect(lambda on: self.sort_by(h.sortIndicatorSection(), on))

    # -- rows ------------------------------------------------------------------------------
    def set_documents(
        self, rows: list[DocumentRow], keep: int | None = None, groups: list | None = None
    ) -> None:
        """Show ``rows``; ``groups``: the reviews to group them under (None: flat)."""
        keep = keep if keep is not None else self.current_id()
        sm = self.view.selectionModel()
        sm.blockSignals(True)
        grouped = groups is not None
        if grouped != self.tree.grouped or groups:
            self.tree.set_grouping(groups)
        self.model.set_rows(rows)
        self._unfold()
        sm.blockSignals(False)
        target = keep if keep is not None and self.model.row_of(keep) >= 0 else None
        if target is None:
            shown = self.tree.documents_in_order()
            first = next((r for r in shown if r.paragraphs), shown[0] if shown else None)
            target = first.id if first else None
        if target is not None:
            self.select(target, force=True)
            QTimer.singleShot(0, self._reveal_current)  # once the rows are laid out
        else:
            self._shown = None
            self.document_selected.emit(None)

    def _reveal_current(self) -> None:
        """The current document in view: from the top of the list if it shows there,
        else with its review's node above it where there is room."""
        idx = self.view.currentIndex()
        if idx.isValid():
            self.view.scrollToTop()
            if self.view.visualRect(idx).bottom() < self.view.viewport().height():
                return
            if idx.parent().isValid():
                self.view.scrollTo(idx.parent())
            self.view.scrollTo(idx)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, self._reveal_current)

    def _unfold(self) -> None:
        """Review nodes open, but those the person folded; each spans its row.

        Node by node, never ``expandAll``: that marks every one of the thousands of
        documents expanded too (a persistent index and an ``expanded`` signal each:
        90 ms at 4,000 documents, and each re-sort carried them: 0.8 s).  Right after a
        reset the view only notes each node (its layout is pending), and lays out once
        when the spans are set (``setFirstColumnSpanned`` runs the pending layout).
        """
        if not self.tree.grouped:
            return
        folded = set(self._collapsed)
        for gi, g in enumerate(self.tree.groups):
            if g.key not in folded:
                self.view.expand(self.tree.index(gi, 0))
        for gi in range(len(self.tree.groups)):  # (this lays out what is pending: last)
            self.view.setFirstColumnSpanned(gi, QModelIndex(), True)

    def _fold(self, index: QModelIndex, folded: bool) -> None:
        g = self.tree.group(index)
        if g is not None:
            (self._collapsed.add if folded else self._collapsed.discard)(g.key)

    def set_reviews(self, reviews: list) -> None:
        """The reviews the right-click menu offers (ReviewRows)."""
        self.reviews = list(reviews)

    # -- the current document ----------------------------------------------------------------
    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        doc = self.tree.document(current)
        if doc is None:
            return  # a review node (cannot be current by the mouse or keyboard anyway)
        self._shown = doc.id
        self.document_selected.emit(doc)

    def current_id(self) -> int | None:
        d = self.current()
        return d.id if d else None

    def current(self) -> DocumentRow | None:
        doc = self.tree.document(self.view.currentIndex())
        if doc is None and self._shown is not None:
            row = self.model.row_of(self._shown)
            doc = self.model.document(row) if row >= 0 else None
        return doc

    def select(self, document_id: int, force: bool = False) -> bool:
        idx = self.tree.document_index(document_id)
        if not idx.isValid():
            return False
        current = self.view.currentIndex()
        same = current.isValid() and self.tree.document(current) is not None
        same = same and self.tree.document(current).id == document_id
        if same and not force:
            return True
        parent = idx.parent()
        if parent.isValid():  # (the current document's node is always open)
            if not self.view.isExpanded(parent):
                self.view.expand(parent)
            self.view.scrollTo(parent)  # its review's node in view too, where there is room
        sm = self.view.selectionModel()
        if same:
            self._shown = document_id
            self.document_selected.emit(self.tree.document(idx))
        sm.setCurrentIndex(
            idx,
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )
        self.view.scrollTo(idx)
        return True

    def titles(self) -> dict[int, str]:
        return {r.id: r.title for r in self.model.rows()}

    def document_ids(self) -> list[int]:
        return [r.id for r in self.model.rows()]

    # -- placing a document in a review ------------------------------------------------------
    def _context_menu(self, index: QModelIndex, pos: QPoint) -> None:
        if self.tree.group(index) is not None:
            return  # a review node: nothing to place
        doc = self.tree.document(index) or self.current()
        if doc is None:
            return
        menu = self.document_menu(doc)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.view.viewport().mapToGlobal(pos))

    def document_menu(self, doc: DocumentRow) -> QMenu:
        """The right-click menu of a document: confirm its review, or move it."""
        menu = QMenu(self)
        menu.setObjectName("documentMenu")
        labels = {r.review: review_label(r) for r in self.reviews}
        if doc.review_status == UNCERTAIN and doc.review:
            act = menu.addAction(
                tr("&Confirm review: {review}").format(review=labels.get(doc.review, doc.review))
            )
            act.setObjectName("confirmReview")
            act.setToolTip(review_reason(doc.review_reason))
            act.triggered.connect(lambda _=False: self.review_chosen.emit(doc.id, doc.review))
        move = menu.addMenu(tr("&Move to review"))
        move.setObjectName("moveToReview")
        fill_review_menu(
            move,
            self.reviews,
            doc.review,
            lambda code: self.review_chosen.emit(doc.id, code),
            lambda: self.other_review_wanted.emit(doc.id),
        )
        menu.addSeparator()
        act = menu.addAction(tr("Co&verage of this document…"))
        act.setObjectName("documentCoverage")
        act.setToolTip(tr("The recommendations it cites, and those it was expected to address"))
        act.setEnabled(doc.paragraphs > 0)
        act.triggered.connect(lambda _=False: self.coverage_wanted.emit(doc.id))
        act = menu.addAction(tr("&Suggest for this document"))
        act.setObjectName("suggestDocument")
        reason = self.suggest_reason(doc.id) if self.suggest_reason else None
        act.setEnabled(reason is None)
        act.setToolTip(
            tr("Not for this document: {reason}").format(reason=reason)
            if reason
            else tr("Recommendations its paragraphs likely speak to without citing them")
        )
        act.triggered.connect(lambda _=False: self.suggest_wanted.emit(doc.id))
        menu.setToolTipsVisible(True)
        if self.extra_menu is not None:
            self.extra_menu(menu, doc)
        menu.addSeparator()
        self.fill_sort_menu(menu.addMenu(tr("&Sort by")))
        return menu


def fill_review_menu(menu: QMenu, reviews, current: str | None, choose, other) -> None:
    """The reviews (the current one checked), "Not in a review" and "Other…"."""
    for r in reviews:
        act = menu.addAction(f"{review_label(r)}  ({r.review})")
        act.setData(r.review)
        act.setCheckable(True)
        act.setChecked(r.review == current)
        act.triggered.connect(lambda _=False, code=r.review: choose(code))
    if reviews:
        menu.addSeparator()
    act = menu.addAction(tr("Not in a review"))
    act.setData(None)
    act.setCheckable(True)
    act.setChecked(current is None)
    act.triggered.connect(lambda _=False: choose(None))
    act = menu.addAction(tr("&Other…"))
    act.setObjectName("otherReview")
    act.triggered.connect(lambda _=False: other())
