"""The Coverage panel's filters, charts and current cell, as a mixin of ``CoveragePanel``."""

from __future__ import annotations

from dataclasses import replace
from html import escape

from PySide6.QtCore import QT_TR_NOOP, QModelIndex

from reviewer.workspace import (
    Coverage,
    CoverageCell,
)
from ui.charts import BarRow, HeatRow
from ui.i18n import tr
from ui.models.coverage import (
    CELL_ROLE,
    CoverageFilter,
    document_label,
    flattened,
    heat_rows,
    theme_names,
    theme_order,
)
from ui.panels.choices import refill
from ui.panels.coverage_cells import (
    M,
    _position_name,
    paragraph_menu,
)
from ui.render import MUTED, position_label
from ui.theme import colour

NOBODY = colour("nobody")
SELECT_ROW = QT_TR_NOOP("Select a row to read the recommendation")
NOBODY_ADDRESSED = QT_TR_NOOP("Addressed by nobody")


class CoverageFilters:
    """The filters, the charts they narrow and the matrix's current cell."""

    # -- filters ---------------------------------------------------------------------------
    def _fill_choices(self, cov: Coverage | None) -> None:
        flat = flattened(cov) if cov else None
        themes = sorted(flat.by_theme(), key=lambda t: theme_order(t.key)) if flat else []
        states = flat.by_state() if flat else []
        positions = flat.by_position() if flat else []
        names = theme_names(cov) if cov else {}
        for combo, first, items in (
            (self.theme, tr("Any theme"),
             [(f"{names.get(t.key, t.name)} ({t.recommendations})", t.key) for t in themes]),
            (self.state, tr("Any State"), [(f"{t.name} ({t.recommendations})", t.key) for t in states]),
            (self.position, tr("Any position"),
             [(f"{_position_name(t.key)} ({t.recommendations})", t.key) for t in positions]),
        ):  # fmt: skip
            refill(combo, first, items, tips=True)
        nobody = len(flat.nobody) if flat else 0
        self.nobody.setText(
            tr("Nobody addressed ({n})").format(n=nobody) if cov else tr("Nobody addressed")
        )

    def filter(self) -> CoverageFilter:
        return CoverageFilter(
            theme=self.theme.currentData(),
            state=self.state.currentData(),
            position=self.position.currentData(),
            nobody=self.nobody.isChecked(),
            text=self.text.text(),
        )

    def set_filter(self, flt: CoverageFilter) -> None:
        """Choose the filters (tests, a chart's click); unknown values choose "any"."""
        for w in (self.theme, self.state, self.position, self.nobody, self.text):
            w.blockSignals(True)
        for combo, value in ((self.theme, flt.theme), (self.state, flt.state),
                             (self.position, flt.position)):  # fmt: skip
            combo.setCurrentIndex(max(combo.findData(value), 0) if value is not None else 0)
        self.nobody.setChecked(flt.nobody)
        self.text.setText(flt.text)
        for w in (self.theme, self.state, self.position, self.nobody, self.text):
            w.blockSignals(False)
        self._filter_changed()

    def clear_filters(self) -> None:
        self.set_filter(CoverageFilter())

    def _filter_changed(self) -> None:
        if self.coverage is None:
            return
        rec_id, doc_id = self._current_keys()
        self.model.set_filter(self.filter())
        self._filtered()
        self._restore_current(rec_id, doc_id)

    def _filtered(self) -> None:
        """The count, the header totals and the charts for the rows the filters leave."""
        total = len(self.coverage.recommendations) if self.coverage else 0
        n = self.model.rowCount()
        addressed = self.model.addressed_count()
        self.count.setText(
            tr("%n recommendation(s) · {addressed} addressed", "", n).format(addressed=addressed)
            if n == total
            else tr("Showing {n} of {total} · {addressed} addressed").format(
                n=n, total=total, addressed=addressed)
        )  # fmt: skip
        self.clear_button.setEnabled(bool(self.filter()))
        self._update_charts()

    def _update_charts(self) -> None:
        cov = self.model.shown()
        if cov is None:
            return
        addressed = self.model.addressed_ids()
        label = self.review_label or ""
        narrowed = tr(" (filtered)") if self.filter() else ""
        docs = cov.documents
        rows = [
            HeatRow(t.key, self.model.names.get(t.key, t.name), t.recommendations, t.addressed,
                    tuple(counts))
            for t, counts in heat_rows(cov, addressed)
            if t.addressed or not self.addressed_themes.isChecked()
        ]  # fmt: skip
        self.heat_map.set_data(
            tr("{review}: recommendations addressed, by theme").format(review=label) + narrowed,
            tr(
                "{recommendations} recommendations × {documents} documents; a recommendation"
                " with several themes counts under each"
            ).format(recommendations=len(cov.recommendations), documents=len(docs)),
            [document_label(d) for d in docs],
            rows,
            [f"{d.title}" for d in docs],
        )
        states = flattened(cov, addressed).by_state()  # most recommendations first
        order = self.state_order.currentData()
        if order == "addressed":
            states.sort(key=lambda t: (-t.addressed, -t.recommendations, t.name))
        elif order == "name":
            states.sort(key=lambda t: t.name.casefold())
        self.state_bars.set_data(
            tr("{review}: recommendations by recommending State").format(review=label) + narrowed,
            tr(
                "{recommendations} recommendations; addressed: a document has a confirmed link"
                " to it"
            ).format(recommendations=len(cov.recommendations)),
            [BarRow(t.key, t.name, t.recommendations, t.addressed) for t in states],
        )

    def _theme_clicked(self, key: str) -> None:
        self.set_filter(replace(self.filter(), theme=key))
        self.views.setCurrentIndex(self.MATRIX)

    def _state_clicked(self, key: str) -> None:
        self.set_filter(replace(self.filter(), state=key))
        self.views.setCurrentIndex(self.MATRIX)

    # -- the matrix ------------------------------------------------------------------------
    def _size_columns(self) -> None:
        """Widths for a new set of columns (a review, its documents); widths set by
        hand stay while only the rows change (a filter)."""
        h = self.table.horizontalHeader()
        m = self.model
        h.setSortIndicator(*m.sort_column())
        key = (self.review, tuple(d.id for d in m.documents()))
        if key == self._sized_for or not m.rowCount():
            return
        self._sized_for = key
        fm = self.table.fontMetrics()
        numbers = max((fm.horizontalAdvance(r.number) for r in m.rows()), default=40)
        number_w = max(numbers, fm.horizontalAdvance("No.")) + 26
        for col, width in ((M.THEME, 180), (M.NUMBER, number_w), (M.TEXT, 260), (M.TOTAL, 124)):
            h.resizeSection(col, width)
        for col in range(m.FIRST_DOC, m.position_column):
            h.resizeSection(col, 112)
        h.resizeSection(m.position_column, 84)

    def _current_keys(self) -> tuple[int | None, int | None]:
        idx = self.table.currentIndex()
        r = self.model.recommendation(idx.row()) if idx.isValid() else None
        d = self.model.document_at(idx.column()) if idx.isValid() else None
        return (r.id if r else None), (d.id if d else None)

    def _restore_current(self, rec_id: int | None, doc_id: int | None) -> None:
        row = self.model.row_of(rec_id) if rec_id is not None else -1
        if row < 0:
            self._current_changed(QModelIndex(), QModelIndex())
            self.table.scrollToTop()
            return
        col = self.model.column_of(doc_id) if doc_id is not None else -1
        idx = self.model.index(row, col if col >= 0 else M.NUMBER)
        self.table.setCurrentIndex(idx)
        self.reveal(idx)

    def select(self, number: str, document_id: int | None = None) -> QModelIndex:
        """Make recommendation ``number``'s cell of a document current (tests, links)."""
        row = self.model.row_of(number=number)
        if row < 0:
            return QModelIndex()
        col = self.model.column_of(document_id) if document_id is not None else M.NUMBER
        idx = self.model.index(row, col if col >= 0 else M.NUMBER)
        self.table.setCurrentIndex(idx)
        self.reveal(idx)
        return idx

    def reveal(self, idx: QModelIndex) -> None:
        """The cell in view: its column as needed, its row in the middle."""
        t = self.table
        t.scrollTo(idx)
        bar = t.verticalScrollBar()
        y = t.rowViewportPosition(idx.row())
        bar.setValue(bar.value() + y - (t.viewport().height() - t.rowHeight(idx.row())) // 2)

    def _current_changed(self, current: QModelIndex, _previous) -> None:
        r = self.model.recommendation(current.row()) if current.isValid() else None
        cov = self.coverage
        if r is None or cov is None:
            self.detail.setText(f"<span style='color:{MUTED}'>{escape(tr(SELECT_ROW))}</span>")
            return
        who = [
            f"{escape(document_label(d))} ({cov.cell(r.id, d.id).paragraphs} ¶)"
            for d in cov.documents
            if cov.cell(r.id, d.id).confirmed
        ]
        addressed = (
            escape(tr("Addressed by {documents}")).format(documents=", ".join(who))
            if who
            else f"<span style='color:{NOBODY}'>{escape(tr(NOBODY_ADDRESSED))}</span>"
        )
        states = ", ".join(r.states) or tr("no State named")
        themes = "; ".join(f"{c} {n}".strip() for c, n in r.themes) or tr("no theme")
        self.detail.setText(
            f"<b>{escape(r.number)}</b> <span style='color:{MUTED}'>{escape(r.symbol)} ·"
            f" {escape(position_label(r.position))} · {escape(states)}</span>"
            f" — {escape(' '.join((r.text or '').split()))}<br>"
            f"<span style='color:{MUTED}'>{escape(themes)}</span> · {addressed}"
        )

    def open_cell(self, index: QModelIndex) -> list[int]:
        """A document's cell: open its one paragraph, or offer the list of them.
        Returns the paragraphs found (none for another column or an empty cell)."""
        if not index.isValid():
            return []
        doc = self.model.document_at(index.column())
        r = self.model.recommendation(index.row())
        if doc is None or r is None:
            return []
        cell = index.data(CELL_ROLE) or CoverageCell()
        if not cell.paragraphs:
            self.status.emit(
                tr("{document} does not cite {number}").format(
                    document=document_label(doc), number=r.number
                )
            )
            return []
        ids = self.session.ws.paragraph_ids_filtered(document_id=doc.id, recommendation_id=r.id)
        if len(ids) == 1:
            self.open_paragraph.emit(doc.id, ids[0])
        elif ids:
            rect = self.table.visualRect(index)
            at = self.table.viewport().mapToGlobal(rect.bottomLeft())
            if self.pick_menu is not None:
                self.pick_menu.deleteLater()
            self.pick_menu = paragraph_menu(
                self, self.session.ws, doc.id, r, ids, self.open_paragraph.emit
            )
            self.pick_menu.popup(at)
        return ids
