"""Coverage of a review as Qt sees it: the recommendations × documents matrix model,
its filters, and a cache of ``ws.coverage(...)`` shared by the Coverage tab and the
inspector's "Document coverage" (one read per change, not one per pane).

Tested without widgets: the model sorts and filters its own rows (346 × 60 cells
need no proxy model), and the facts a filter looks at (themes, canonical States)
are made once per coverage read.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TR_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from reviewer.workspace import (
    Coverage,
    DocumentRow,
    RecommendationRow,
    number_key,
)
from ui.i18n import tr
from ui.models import ID_ROLE, NO_PARENT, ROW_ROLE
from ui.models.coverage_facts import (  # noqa: F401 (re-exported: imported from here)
    NO_THEME,
    POSITION_ORDER,
    CoverageCache,
    CoverageFilter,
    Facts,
    _addressed,
    cell_text,
    cell_tip,
    document_label,
    facts_of,
    flattened,
    heat_rows,
    matches,
    subset,
    theme_names,
    theme_order,
    total_text,
)
from ui.render import position_label

Index = QModelIndex | QPersistentModelIndex

CELL_ROLE = Qt.ItemDataRole.UserRole + 30  # CoverageCell of a document column
GROUP_START_ROLE = Qt.ItemDataRole.UserRole + 31  # the first row of a theme's group
GROUP_ROLE = Qt.ItemDataRole.UserRole + 34  # (the row's place in its theme's group, its size)
TOTAL_ROLE = Qt.ItemDataRole.UserRole + 32  # (documents addressing, confirmed ¶, suggested ¶)
DOCUMENT_ROLE = Qt.ItemDataRole.UserRole + 33  # the DocumentRow of a document column


# -- the matrix ------------------------------------------------------------------------------


class CoverageModel(QAbstractTableModel):
    """Recommendations (rows, by theme then number) × the review's documents (columns).

    Columns: theme, number, text, "addressed by" (the row's total), one per document,
    then position and recommending States.  The model sorts and filters its rows
    itself; header texts of the document columns carry their totals over the rows shown.
    """

    THEME, NUMBER, TEXT, TOTAL = range(4)
    FIRST_DOC = 4
    FIXED = (
        QT_TR_NOOP("Theme"), QT_TR_NOOP("No."), QT_TR_NOOP("Recommendation"),
        QT_TR_NOOP("Addressed by"),
    )  # fmt: skip
    TAIL = (QT_TR_NOOP("Position"), QT_TR_NOOP("Recommending States"))

    def __init__(self, parent=None):
        super().__init__(parent)
        self.coverage: Coverage | None = None
        self.filter = CoverageFilter()
        self.facts: dict[int, Facts] = {}
        self.names: dict[str, str] = {}
        self._rows: list[RecommendationRow] = []
        self._groups: list[tuple[int, int]] = []  # (place in its theme's group, its size)
        self._primary: dict[int, str] = {}  # recommendation id → the theme it is grouped under
        self._docs: tuple[DocumentRow, ...] = ()
        self._sort: tuple[int, Qt.SortOrder] = (self.THEME, Qt.SortOrder.AscendingOrder)
        self.max_paragraphs = 1  # the fullest cell, for the colour scale
        self._col_totals: list[
            tuple[int, int, int]
        ] = []  # per document: recs, confirmed, suggested

    # -- columns ---------------------------------------------------------------------------
    @property
    def position_column(self) -> int:
        return self.FIRST_DOC + len(self._docs)

    @property
    def states_column(self) -> int:
        return self.FIRST_DOC + len(self._docs) + 1

    def document_at(self, column: int) -> DocumentRow | None:
        i = column - self.FIRST_DOC
        return self._docs[i] if 0 <= i < len(self._docs) else None

    def column_of(self, document_id: int) -> int:
        return next(
            (self.FIRST_DOC + i for i, d in enumerate(self._docs) if d.id == document_id), -1
        )

    def documents(self) -> tuple[DocumentRow, ...]:
        return self._docs

    # -- rows ------------------------------------------------------------------------------
    def set_coverage(self, cov: Coverage | None, flt: CoverageFilter | None = None) -> None:
        self.coverage = cov
        if flt is not None:
            self.filter = flt
        self.facts = facts_of(cov) if cov is not None else {}
        self.names = theme_names(cov) if cov is not None else {}
        self._docs = cov.documents if cov is not None else ()
        cells = cov.cells.values() if cov is not None else ()
        self.max_paragraphs = max((c.paragraphs for c in cells), default=1) or 1
        self._refill()

    def set_filter(self, flt: CoverageFilter) -> None:
        if flt != self.filter:
            self.filter = flt
            self._refill()

    def _refill(self) -> None:
        self.beginResetModel()
        cov = self.coverage
        rows = [] if cov is None else [
            r for r in cov.recommendations if matches(r, self.facts[r.id], self.filter)
        ]  # fmt: skip
        theme = self.filter.theme
        self._primary = {
            r.id: theme if theme is not None else self.facts[r.id].themes[0] for r in rows
        }
        self._rows = self._sorted(rows)
        self._regroup()
        self._col_totals = self._column_totals()
        self.endResetModel()

    def _column_totals(self) -> list[tuple[int, int, int]]:
        """Per document, over the rows shown: recommendations addressed, confirmed and
        suggested paragraphs (from the cells there are: most are empty)."""
        if self.coverage is None:
            return []
        column = {d.id: i for i, d in enumerate(self._docs)}
        shown = {r.id for r in self._rows}
        totals = [[0, 0, 0] for _ in self._docs]
        for (rec_id, doc_id), cell in self.coverage.cells.items():
            if rec_id in shown and doc_id in column:
                t = totals[column[doc_id]]
                t[0] += 1 if cell.confirmed else 0
                t[1] += cell.confirmed
                t[2] += cell.suggested
        return [(a, b, c) for a, b, c in totals]

    def rows(self) -> list[RecommendationRow]:
        return list(self._rows)

    def recommendation(self, row: int) -> RecommendationRow | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def row_of(self, rec_id: int | None = None, number: str | None = None) -> int:
        return next(
            (i for i, r in enumerate(self._rows) if r.id == rec_id or r.number == number), -1
        )

    def shown(self) -> Coverage | None:
        """The coverage of the rows shown (for the charts and the totals)."""
        return subset(self.coverage, self._rows) if self.coverage is not None else None

    def column_totals(self, column: int) -> tuple[int, int, int] | None:
        """A document column's (recommendations addressed, confirmed ¶, suggested ¶)."""
        i = column - self.FIRST_DOC
        return self._col_totals[i] if 0 <= i < len(self._col_totals) else None

    def addressed_count(self) -> int:
        return sum(1 for r in self._rows if self.facts[r.id].documents)

    def addressed_ids(self) -> set[int]:
        """The recommendations some document addresses (all of them, not only those shown)."""
        return {rec_id for rec_id, f in self.facts.items() if f.documents}

    # -- sorting ---------------------------------------------------------------------------
    def _theme_key(self, r: RecommendationRow) -> tuple:
        return theme_order(self._primary.get(r.id, NO_THEME))

    def _key(self, column: int):
        cov = self.coverage
        facts = self.facts
        if column == self.THEME:
            return self._theme_key
        if column == self.NUMBER:
            return lambda r: (r.symbol, number_key(r.number))
        if column == self.TEXT:
            return lambda r: (r.text or "").lower()
        if column == self.TOTAL:
            return lambda r: (facts[r.id].documents, facts[r.id].confirmed, facts[r.id].suggested)
        if column == self.position_column:
            return lambda r: POSITION_ORDER.get(r.position, 9)
        if column == self.states_column:
            return lambda r: facts[r.id].states[:1]
        doc = self.document_at(column)
        if doc is not None and cov is not None:
            return lambda r: (cov.cell(r.id, doc.id).confirmed, cov.cell(r.id, doc.id).suggested)
        return None

    def _sorted(self, rows: list[RecommendationRow]) -> list[RecommendationRow]:
        column, order = self._sort
        # ties: by theme, then number (the matrix's own order), whichever way
        rows = sorted(rows, key=lambda r: (self._theme_key(r), r.symbol, number_key(r.number)))
        key = self._key(column)
        if key is not None and column != self.THEME:
            rows.sort(key=key, reverse=order == Qt.SortOrder.DescendingOrder)
        elif order == Qt.SortOrder.DescendingOrder:
            rows.sort(key=self._theme_key, reverse=True)
        return rows

    def _regroup(self) -> None:
        if self._sort[0] != self.THEME:
            self._groups = [(0, 1)] * len(self._rows)
            return
        places: list[int] = []
        sizes: list[int] = []
        prev, start = None, 0
        for i, r in enumerate(self._rows):
            key = self._primary.get(r.id)
            if key != prev:
                sizes += [i - start] * (i - start)
                start, prev = i, key
            places.append(i - start)
        n = len(self._rows)
        sizes += [n - start] * (n - start)
        self._groups = list(zip(places, sizes, strict=True))

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self.layoutAboutToBeChanged.emit()
        old = list(self._rows)
        persistent = self.persistentIndexList()
        self._sort = (column, order)
        self._rows = self._sorted(self._rows)
        self._regroup()
        where = {r.id: i for i, r in enumerate(self._rows)}
        for idx in persistent:
            r = old[idx.row()] if 0 <= idx.row() < len(old) else None
            if r is not None:
                self.changePersistentIndex(idx, self.index(where[r.id], idx.column()))
        self.layoutChanged.emit()

    def sort_column(self) -> tuple[int, Qt.SortOrder]:
        return self._sort

    # -- Qt ---------------------------------------------------------------------------------
    def rowCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = NO_PARENT) -> int:
        return 0 if parent.isValid() else self.FIRST_DOC + len(self._docs) + len(self.TAIL)

    def headerData(self, section, orientation, role=Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal:
            return None
        doc = self.document_at(section)
        if role == Qt.ItemDataRole.DisplayRole:
            if doc is not None:
                recs, confirmed, suggested = self.column_totals(section) or (0, 0, 0)
                name = document_label(doc)
                name = name if len(name) <= 16 else name[:15].rstrip() + "…"
                more = f" (+{suggested})" if suggested else ""  # paragraphs with suggestions
                recs_text = tr("%n rec(s)", "", recs)
                return f"{name}\n{recs_text} · {confirmed} ¶{more}"
            if section < self.FIRST_DOC:
                if section == self.TOTAL:
                    count = tr("{n} of {total}").format(
                        n=self.addressed_count(), total=len(self._rows)
                    )
                    return f"{tr(self.FIXED[section])}\n{count}"
                return tr(self.FIXED[section])
            return tr(self.TAIL[section - self.position_column])
        if role == Qt.ItemDataRole.ToolTipRole:
            if doc is not None:
                recs, confirmed, suggested = self.column_totals(section) or (0, 0, 0)
                who = f"{doc.title}" + (f"\n{doc.organisation}" if doc.organisation else "")
                said = tr(
                    "Addresses {n} of the {total} recommendations shown: %n confirmed"
                    " paragraph(s), {suggested} suggested", "", confirmed
                ).format(n=recs, total=len(self._rows), suggested=suggested)  # fmt: skip
                return f"{who}\n{said}"
            if section == self.TOTAL:
                return tr("How many documents address each recommendation (a confirmed link)")
            if section == self.THEME:
                return tr(
                    "Grouped by the first theme of each recommendation (the filter's theme when"
                    " one is chosen)"
                )
        if role == DOCUMENT_ROLE:
            return doc
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        r = self.recommendation(index.row()) if index.isValid() else None
        if r is None:
            return None
        col = index.column()
        f = self.facts[r.id]
        if role == GROUP_START_ROLE:
            return self._groups[index.row()][0] == 0 if self._sort[0] == self.THEME else False
        if role == GROUP_ROLE:
            return self._groups[index.row()]
        doc = self.document_at(col)
        if doc is not None:
            cell = self.coverage.cell(r.id, doc.id)
            if role == CELL_ROLE:
                return cell
            if role == Qt.ItemDataRole.DisplayRole:
                return cell_text(cell)
            if role == Qt.ItemDataRole.ToolTipRole:
                return cell_tip(r, doc, cell)
            if role == Qt.ItemDataRole.TextAlignmentRole:
                return Qt.AlignmentFlag.AlignCenter
        elif role == Qt.ItemDataRole.DisplayRole:
            if col == self.THEME:
                key = self._primary.get(r.id, NO_THEME)
                return self.names.get(key, key)
            if col == self.NUMBER:
                return r.number
            if col == self.TEXT:
                return " ".join((r.text or "").split())
            if col == self.TOTAL:
                return total_text(f)
            if col == self.position_column:
                return position_label(r.position)
            if col == self.states_column:
                return ", ".join(r.states)
        elif role == Qt.ItemDataRole.ToolTipRole:
            if col == self.THEME:
                return "\n".join(self.names.get(k, k) for k in f.themes)
            if col in (self.NUMBER, self.TEXT):
                return f"{r.symbol} {r.number}\n{r.text or ''}"
            if col == self.states_column:
                return ", ".join(r.states)
        elif role == TOTAL_ROLE and col == self.TOTAL:
            return (f.documents, f.confirmed, f.suggested)
        elif role == ROW_ROLE:
            return r
        elif role == ID_ROLE:
            return r.id
        elif role == Qt.ItemDataRole.TextAlignmentRole and col == self.NUMBER:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return None

    def flags(self, index: Index):
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
