"""The registry table's columns (the header's menu of columns, widths fitted to the
registry's widest entries) and its State and theme choices (a mixin of
``RecommendationsPanel``)."""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP
from PySide6.QtWidgets import QMenu, QStyle

from ui.i18n import tr
from ui.models.recommendations import RecommendationsModel
from ui.panels.choices import refill
from ui.render import position_label

M = RecommendationsModel
# left to right as shown; the model's column numbers stay as they were
SHOWN_ORDER = (M.UNDER_REVIEW, M.SYMBOL, M.NUMBER, M.CONFLICT, M.TEXT, M.STATES, M.POSITION,
               M.THEMES, M.PARAGRAPHS)  # fmt: skip
MENU_NAMES = {"¶": QT_TR_NOOP("Paragraphs citing it"), "≠": QT_TR_NOOP("Sources disagree (≠)")}


class RegistryColumns:
    """Needs ``table``, ``model``, ``_all``, ``_fitted``, ``state`` and ``theme`` on the
    panel."""

    def _fill_choices(self, rows) -> None:
        states = sorted({s for r in rows for s in r.states})
        themes = sorted({t for r in rows for t in r.themes})
        for combo, first, items in (
            (self.state, tr("Any State"), [(s, s) for s in states]),
            (self.theme, tr("Any theme"), [(f"{c} {n}".strip(), c) for c, n in themes]),
        ):
            refill(combo, first, items)

    def _header_menu(self, pos) -> None:
        menu = QMenu(self)
        h = self.table.horizontalHeader()
        for col in SHOWN_ORDER:
            if col in (M.NUMBER, M.TEXT):
                continue
            name = M.HEADERS[col]
            act = menu.addAction(tr(MENU_NAMES.get(name, name)))
            act.setCheckable(True)
            act.setChecked(not h.isSectionHidden(col))
            act.toggled.connect(lambda on, c=col: h.setSectionHidden(c, not on))
        menu.popup(h.mapToGlobal(pos))

    # -- column widths -------------------------------------------------------------------
    def _cell_overhead(self) -> int:
        """What a cell adds to its text's width (style margins, style-sheet padding)."""
        fm = self.table.fontMetrics()
        if self.model.rowCount():
            idx = self.model.index(0, M.NUMBER)
            hint = self.table.sizeHintForIndex(idx).width()
            return max(0, hint - fm.horizontalAdvance(str(idx.data()))) + 4
        margin = self.table.style().pixelMetric(
            QStyle.PixelMetric.PM_FocusFrameHMargin, None, self.table
        )
        return 2 * (margin + 1) + 16

    def fit_columns(self) -> None:
        """Size the number column to the widest number of the registry (never "115.…"),
        and the report and State-under-review columns to theirs (up to a limit).

        Widths a person set by hand stay until the registry's widest entries (or the
        font or style) change."""
        rows = self._all if self._all is not None else self.model.rows()
        fm = self.table.fontMetrics()
        h = self.table.horizontalHeader()
        extra = self._cell_overhead()
        widths = {}
        for col, texts, limit in (
            (M.NUMBER, {r.number for r in rows}, None),
            (M.SYMBOL, {r.symbol for r in rows}, 150),
            (M.UNDER_REVIEW, {r.state_under_review or "" for r in rows}, 170),
            (M.POSITION, {position_label(r.position) for r in rows}, 150),
        ):
            widest = max((fm.horizontalAdvance(t) for t in texts), default=0)
            width = max(widest + extra, h.sectionSizeHint(col))
            widths[col] = width if limit is None else min(width, limit)
        widths[M.CONFLICT] = 26
        if widths != self._fitted:
            self._fitted = widths
            for col, width in widths.items():
                h.resizeSection(col, width)
