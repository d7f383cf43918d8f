"""The documents table: title, organisation, kind, paragraphs, review progress.

``DocumentsModel`` holds the rows in the order chosen (``sort``) and says how each
reads; ``ui.models.document_tree`` arranges them for the documents pane (flat, or
under one node per review).
"""

from __future__ import annotations

import re
import unicodedata
from datetime import datetime
from functools import lru_cache

from PySide6.QtCore import QT_TR_NOOP, QModelIndex, QPersistentModelIndex, Qt

from reviewer.workspace import DocumentRow
from ui.core_facts import review_reason
from ui.i18n import tr
from ui.models import ID_ROLE, PROGRESS_ROLE, ROW_ROLE
from ui.models.base import RowTableModel
from ui.render import kind_label

Index = QModelIndex | QPersistentModelIndex

SUBTITLE_ROLE = Qt.ItemDataRole.UserRole + 30  # the title cell's second line
UNCERTAIN_ROLE = Qt.ItemDataRole.UserRole + 31  # why the review is a guess, else None

UNCERTAIN = "uncertain"


_NOT_WORDS = re.compile(r"[^\w]+")


@lru_cache(maxsize=1 << 16)
def title_key(title: str) -> str:
    """Titles that read alike: case, accents, punctuation and spacing ignored (kept per
    title: the documents pane keys every title at each reload, 4,000 at 1.2M paragraphs)."""
    text = title.casefold()
    if not text.isascii():  # (ASCII has no accents to take off)
        text = unicodedata.normalize("NFKD", text)
        text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(_NOT_WORDS.sub(" ", text).split())


def imported_text(when: datetime | None) -> str:
    return when.strftime("%d %b %Y") if when else ""


class DocumentsModel(RowTableModel):
    TITLE, ORGANISATION, KIND, PARAGRAPHS, PROGRESS = range(5)
    IMPORTED = 5  # a column of the tree only; the flat table sorts by it too
    HEADERS = (
        QT_TR_NOOP("Title"), QT_TR_NOOP("Organisation"), QT_TR_NOOP("Kind"), "¶",
        QT_TR_NOOP("Reviewed"),
    )  # fmt: skip
    TOOLTIPS = {3: QT_TR_NOOP("Paragraphs"), 4: QT_TR_NOOP("Paragraphs marked reviewed")}

    def __init__(self, parent=None):
        super().__init__(parent)
        self._shared: set[str] = set()  # title keys that more than one row has
        self._sort: tuple[int, Qt.SortOrder] | None = None

    # -- rows ----------------------------------------------------------------------------
    def set_rows(self, rows) -> None:
        rows = list(rows)
        if self._sort is not None:
            column, order = self._sort
            rows.sort(key=sort_key(column), reverse=order == Qt.SortOrder.DescendingOrder)
        seen: dict[str, int] = {}
        for r in rows:
            k = title_key(r.title)
            seen[k] = seen.get(k, 0) + 1
        self._shared = {k for k, n in seen.items() if n > 1}
        super().set_rows(rows)

    def update_row(self, row: DocumentRow) -> None:
        """Replace one document's row in place (after a review mark) without a reset."""
        for i, old in enumerate(self._rows):
            if old.id == row.id:
                self._rows[i] = row
                self.dataChanged.emit(self.index(i, 0), self.index(i, self.columnCount() - 1))
                return

    def document(self, row: int) -> DocumentRow | None:
        return self.item(row)

    # -- order -----------------------------------------------------------------------------
    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order the rows by a column (or ``IMPORTED``); kept for later ``set_rows``."""
        self._sort = (column, order)
        self.layoutAboutToBeChanged.emit()
        old = {r.id: i for i, r in enumerate(self._rows)}
        self._rows.sort(key=sort_key(column), reverse=order == Qt.SortOrder.DescendingOrder)
        moved = {old[r.id]: i for i, r in enumerate(self._rows)}
        persistent = self.persistentIndexList()
        self.changePersistentIndexList(
            persistent, [self.index(moved.get(p.row(), -1), p.column()) for p in persistent]
        )
        self.layoutChanged.emit()

    def sort_order(self) -> tuple[int, Qt.SortOrder] | None:
        return self._sort

    # -- how a row reads ---------------------------------------------------------------
    def subtitle(self, row: DocumentRow) -> str:
        """The title's second line: the organisation, or the file and its format when
        another document has the same title (a .docx and a .pdf of one submission)."""
        fmt = (row.format or "").upper()
        version = f"v{row.version}" if row.version > 1 else None
        if title_key(row.title) in self._shared:
            return " · ".join(x for x in (version, row.file, fmt) if x)
        pages = f"{row.pages} p." if row.pages else None
        return " · ".join(x for x in (version, row.organisation or row.file, pages) if x)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self.row_data(self._rows[index.row()], index.column(), role)

    def row_data(self, row: DocumentRow, col: int, role: int):
        if role == Qt.ItemDataRole.DisplayRole:
            if col == self.TITLE:
                return row.title
            if col == self.ORGANISATION:
                return row.organisation or ""
            if col == self.KIND:
                return kind_label(row.kind)
            if col == self.PARAGRAPHS:
                return row.paragraphs if row.paragraphs or not row.recommendations else "—"
            if col == self.PROGRESS:
                if row.paragraphs:
                    return f"{row.reviewed}/{row.paragraphs}"
                # a thematic list or report: what it brought to the registry
                return tr("%n rec.", "", row.recommendations) if row.recommendations else "—"
            if col == self.IMPORTED:
                return imported_text(row.imported_at)
        elif role == Qt.ItemDataRole.ToolTipRole:
            tip = f"{row.title}\n{row.file}"
            if row.version > 1:
                tip += "\n" + tr("Version {number} (earlier ones: right-click › Versions…)").format(
                    number=row.version
                )
            if row.symbol:
                tip += f"\n{row.symbol}"
            if row.recommendations:
                tip += "\n" + tr("%n recommendation(s) in the registry", "", row.recommendations)
            if row.review:
                tip += "\n" + tr("Review: {review}").format(review=row.review)
                if row.review_status == UNCERTAIN:
                    tip += " " + tr("(a guess: confirm it from the right-click menu)")
                if row.review_reason:
                    tip += f"\n{review_reason(row.review_reason)}"
            return tip
        elif role == Qt.ItemDataRole.TextAlignmentRole and col in (self.PARAGRAPHS, self.PROGRESS):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        elif role == PROGRESS_ROLE:
            return (row.reviewed, row.paragraphs)
        elif role == ROW_ROLE:
            return row
        elif role == ID_ROLE:
            return row.id
        elif role == SUBTITLE_ROLE:
            return self.subtitle(row)
        elif role == UNCERTAIN_ROLE:
            if row.review_status == UNCERTAIN:
                return review_reason(row.review_reason) or tr("{review} is a guess").format(
                    review=row.review
                )
            return None
        return None


def sort_key(column: int):
    """The key a column sorts by; ties fall back to the title, then the import order."""
    M = DocumentsModel

    def title(r: DocumentRow):
        return title_key(r.title)

    if column == M.ORGANISATION:
        return lambda r: (title_key(r.organisation or "\uffff"), title(r), r.id)
    if column == M.KIND:
        return lambda r: (kind_label(r.kind), title(r), r.id)
    if column == M.PARAGRAPHS:
        return lambda r: (r.paragraphs, r.recommendations, title(r), r.id)
    if column == M.PROGRESS:
        # the share reviewed; documents without paragraphs (registry sources) below 0 %
        return lambda r: (r.reviewed / r.paragraphs if r.paragraphs else -1.0, r.paragraphs, r.id)
    if column == M.IMPORTED:
        return lambda r: (r.imported_at or datetime.min, r.id)
    return lambda r: (title(r), r.id)
