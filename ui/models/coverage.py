"""Coverage of a review as Qt sees it: the recommendations × documents matrix model,
its filters, and a cache of ``ws.coverage(...)`` shared by the Coverage tab and the
inspector's "Document coverage" (one read per change, not one per pane).

Tested without widgets: the model sorts and filters its own rows (346 × 60 cells
need no proxy model), and the facts a filter looks at (themes, canonical States)
are made once per coverage read.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from reviewer.workspace import (
    Coverage,
    CoverageCell,
    DocumentRow,
    RecommendationRow,
    Tally,
    number_key,
)
from ui.models import ID_ROLE, NO_PARENT, ROW_ROLE
from ui.render import position_label

Index = QModelIndex | QPersistentModelIndex

CELL_ROLE = Qt.ItemDataRole.UserRole + 30  # CoverageCell of a document column
GROUP_START_ROLE = Qt.ItemDataRole.UserRole + 31  # the first row of a theme's group
GROUP_ROLE = Qt.ItemDataRole.UserRole + 34  # (the row's place in its theme's group, its size)
TOTAL_ROLE = Qt.ItemDataRole.UserRole + 32  # (documents addressing, confirmed ¶, suggested ¶)
DOCUMENT_ROLE = Qt.ItemDataRole.UserRole + 33  # the DocumentRow of a document column

NO_THEME = "No theme"
POSITION_ORDER = {"supported": 0, "partially": 1, "noted": 2, "pending": 3}


class CoverageCache:
    """``ws.coverage(review)`` read once until a change makes it stale (``clear``)."""

    def __init__(self, ws):
        self.ws = ws
        self._cache: dict[tuple, Coverage] = {}
        self.reads = 0  # how many times the workspace was asked (tests, benches)

    def get(self, review: str | None, document_ids: Iterable[int] | None = None) -> Coverage:
        ids = tuple(sorted(document_ids)) if document_ids is not None else None
        key = (review, ids)
        cov = self._cache.get(key)
        if cov is None:
            self.reads += 1
            cov = self.ws.coverage(review=review, document_ids=ids)
            self._cache[key] = cov
        return cov

    def clear(self) -> None:
        self._cache.clear()


# -- what a filter looks at --------------------------------------------------------------


@dataclass(frozen=True)
class Facts:
    """A recommendation's facets, made once per coverage read."""

    themes: tuple[str, ...]  # theme keys (code, or name without one); ("No theme",)
    states: tuple[str, ...]  # canonical recommending States (as Coverage.by_state)
    documents: int  # documents with a confirmed link
    confirmed: int  # paragraphs, all documents
    suggested: int
    words: str  # number, text, States: lower case, for the search box


@dataclass(frozen=True)
class CoverageFilter:
    theme: str | None = None  # a theme key ("A12")
    state: str | None = None  # a canonical State name
    position: str | None = None  # "supported", "noted", …
    nobody: bool = False  # only the recommendations no document addresses
    text: str = ""  # words or a number, all of which must appear

    def __bool__(self) -> bool:
        return bool(self.theme or self.state or self.position or self.nobody or self.text.strip())


def facts_of(cov: Coverage) -> dict[int, Facts]:
    """Each recommendation's facts; themes and States keyed as ``by_theme``/``by_state``
    key them (the States asked of a one-row Coverage: the core's canonical names)."""
    out = {}
    for r in cov.recommendations:
        one = Coverage(cov.review, (r,), (), {})
        cells = [cov.cell(r.id, d.id) for d in cov.documents]
        out[r.id] = Facts(
            themes=tuple(dict.fromkeys(code or name for code, name in r.themes)) or (NO_THEME,),
            states=tuple(t.key for t in one.by_state()),
            documents=sum(1 for c in cells if c.confirmed),
            confirmed=sum(c.confirmed for c in cells),
            suggested=sum(c.suggested for c in cells),
            words=" ".join([r.number, r.text or "", *r.states]).lower(),
        )
    return out


def theme_order(key: str) -> tuple:
    """Themes in the thematic list's order: A3 before A12, S before S01, none last."""
    m = re.match(r"([A-Za-z]*)(\d*)(.*)", key)
    letters, digits, rest = m.groups() if m else ("", "", key)
    return (key == NO_THEME, letters, int(digits) if digits else -1, rest)


def theme_names(cov: Coverage) -> dict[str, str]:
    """Theme key → "A12 Acceptance of international norms"."""
    names = {}
    for r in cov.recommendations:
        for code, name in r.themes:
            names.setdefault(code or name, f"{code} {name}".strip() if code else name)
    return names


def matches(r: RecommendationRow, f: Facts, flt: CoverageFilter) -> bool:
    if flt.theme is not None and flt.theme not in f.themes:
        return False
    if flt.state is not None and flt.state not in f.states:
        return False
    if flt.position is not None and r.position != flt.position:
        return False
    if flt.nobody and f.documents:
        return False
    words = flt.text.lower().split()
    return all(w in f.words for w in words)


def subset(cov: Coverage, rows: Iterable[RecommendationRow]) -> Coverage:
    """The same documents and cells over fewer recommendations (what a filter leaves):
    its tallies by theme and State are those of the rows shown."""
    return Coverage(cov.review, tuple(rows), cov.documents, cov.cells)


def flattened(cov: Coverage, addressed: set[int] | None = None) -> Coverage:
    """The same recommendations against one column, "some document" (a confirmed
    cell where any document addresses the recommendation): its tallies by theme,
    State and position are ``cov``'s, read with one cell per recommendation instead of
    one per document (60 documents: 60 times fewer).  ``addressed``: the ids of the
    recommendations addressed, where known already."""
    if not cov.documents:
        return cov
    any_doc = replace(cov.documents[0], id=0)
    if addressed is None:
        addressed = {r.id for r in cov.recommendations if _addressed(cov, r.id)}
    cells = {(r.id, 0): CoverageCell(confirmed=1) for r in cov.recommendations if r.id in addressed}
    return Coverage(cov.review, cov.recommendations, (any_doc,), cells)


def _addressed(cov: Coverage, rec_id: int) -> bool:
    return any(cov.cell(rec_id, d.id).confirmed for d in cov.documents)


def document_label(d: DocumentRow) -> str:
    """A column's name: the organisation where known, else the title."""
    return (d.organisation or d.title or f"Document {d.id}").strip()


def heat_rows(cov: Coverage, addressed: set[int] | None = None) -> list[tuple[Tally, list[int]]]:
    """Per theme (``by_theme``), how many of its recommendations each document addresses
    (read from the cells there are, not from every recommendation × document)."""
    themes = {
        r.id: {code or name for code, name in r.themes} or {NO_THEME} for r in cov.recommendations
    }
    column = {d.id: i for i, d in enumerate(cov.documents)}
    counts: dict[str, list[int]] = {}
    for (rec_id, doc_id), cell in cov.cells.items():
        if cell.confirmed and rec_id in themes and doc_id in column:
            for key in themes[rec_id]:
                counts.setdefault(key, [0] * len(column))[column[doc_id]] += 1
    tallies = sorted(flattened(cov, addressed).by_theme(), key=lambda t: theme_order(t.key))
    return [(t, counts.get(t.key, [0] * len(column))) for t in tallies]


# -- the matrix ------------------------------------------------------------------------------


class CoverageModel(QAbstractTableModel):
    """Recommendations (rows, by theme then number) × the review's documents (columns).

    Columns: theme, number, text, "addressed by" (the row's total), one per document,
    then position and recommending States.  The model sorts and filters its rows
    itself; header texts of the document columns carry their totals over the rows shown.
    """

    THEME, NUMBER, TEXT, TOTAL = range(4)
    FIRST_DOC = 4
    FIXED = ("Theme", "No.", "Recommendation", "Addressed by")
    TAIL = ("Position", "Recommending States")

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
                return f"{name}\n{recs} rec{'s' if recs != 1 else ''} · {confirmed + suggested} ¶"
            if section < self.FIRST_DOC:
                if section == self.TOTAL:
                    return f"{self.FIXED[section]}\n{self.addressed_count()} of {len(self._rows)}"
                return self.FIXED[section]
            return self.TAIL[section - self.position_column]
        if role == Qt.ItemDataRole.ToolTipRole:
            if doc is not None:
                recs, confirmed, suggested = self.column_totals(section) or (0, 0, 0)
                who = f"{doc.title}" + (f"\n{doc.organisation}" if doc.organisation else "")
                return (
                    f"{who}\nAddresses {recs} of the {len(self._rows)} recommendations shown:"
                    f" {confirmed} confirmed paragraph{'s' if confirmed != 1 else ''},"
                    f" {suggested} suggested"
                )
            if section == self.TOTAL:
                return "How many documents address each recommendation (a confirmed link)"
            if section == self.THEME:
                return "Grouped by the first theme of each recommendation (the filter's theme when one is chosen)"
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


def cell_text(cell: CoverageCell) -> str:
    """ "2" confirmed paragraphs, "1?" suggested ones, "2 · 1?" both; "" none."""
    parts = []
    if cell.confirmed:
        parts.append(str(cell.confirmed))
    if cell.suggested:
        parts.append(f"{cell.suggested}?")
    return " · ".join(parts)


def cell_tip(r: RecommendationRow, d: DocumentRow, cell: CoverageCell) -> str:
    who = document_label(d)
    if not cell.paragraphs:
        return f"{who} does not cite {r.number}"
    n = cell.paragraphs
    parts = []
    if cell.confirmed:
        parts.append(f"{cell.confirmed} confirmed")
    if cell.suggested:
        parts.append(f"{cell.suggested} suggested")
    return (
        f"{who} cites {r.number} in {n} paragraph{'s' if n != 1 else ''}"
        f" ({', '.join(parts)})\nClick (or Enter) to read {'it' if n == 1 else 'them'}"
    )


def total_text(f: Facts) -> str:
    if f.documents:
        text = f"{f.documents} document{'s' if f.documents != 1 else ''}"
    else:
        text = "nobody"
    if f.suggested:
        text += f" · {f.suggested}?"
    return text
