"""The Coverage tab: which of the recommendations a review responds to its documents
address.

A strip on top says it in five seconds (``Coverage.summary()``); under it the matrix
(recommendations grouped by theme × the review's documents, each cell the paragraphs
citing the recommendation: confirmed, suggested "?", colour by how many), a heat map
by theme and bars by recommending State.  The filters (theme, State, position,
"nobody addressed", words) narrow all three.  A click (or Enter) on a cell opens its
paragraph, or offers the list when there are several.

Re-read lazily: ``mark_stale`` (the window's ``apply`` on links, registry, documents
or reviews) re-reads at once only when the tab shows, else when next shown.
"""

from __future__ import annotations

from dataclasses import replace
from html import escape

from PySide6.QtCore import QModelIndex, QRect, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QFontMetrics, QKeyEvent, QPainter, QPalette
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from reviewer.workspace import (
    POSITION_LABELS,
    Coverage,
    CoverageCell,
    LinkStatus,
    Position,
    ReviewerError,
)
from ui.charts import DARK, LIGHT, BarRow, HeatMap, HeatRow, StateBars, blend
from ui.models.coverage import (
    CELL_ROLE,
    GROUP_ROLE,
    GROUP_START_ROLE,
    TOTAL_ROLE,
    CoverageCache,
    CoverageFilter,
    CoverageModel,
    document_label,
    flattened,
    heat_rows,
    theme_names,
    theme_order,
)
from ui.panels.flow_layout import FlowLayout
from ui.render import position_label
from ui.session import Session

M = CoverageModel
INK = QColor("#1f2d3a")
MUTED = QColor("#66707a")
NOBODY = QColor("#b0605c")
SUGGESTED_BG = QColor("#fbe7c0")
SUGGESTED_INK = QColor("#9a6400")
GROUP_LINE = QColor("#b9c4cf")
CURRENT = QColor("#f0a500")

STRIP_STYLE = """
QFrame#coverageStrip { background: #ffffff; border-bottom: 1px solid #dde2e7; }
QLabel#coverageSummary { font-size: 12pt; color: #1f2d3a; }
QLabel#coverageHeadline { font-weight: 600; color: #1f3b57; }
"""
TABLE_STYLE = "QTableView#coverageMatrix { gridline-color: #edf0f3; }"


def cell_colour(cell: CoverageCell, most: int) -> QColor | None:
    """Confirmed: light to dark blue by how many paragraphs; suggested only: amber."""
    if cell.confirmed:
        t = (cell.paragraphs / max(most, 1)) ** 0.5
        return blend(LIGHT, DARK, 0.15 + 0.85 * t if most > 1 else 0.55)
    if cell.suggested:
        return SUGGESTED_BG
    return None


class CoverageDelegate(QStyledItemDelegate):
    """The matrix's cells: a document's cell as a coloured count, the total as
    "2 documents" or "nobody", the theme on the first row of its group, and a line
    above each group."""

    def __init__(self, view: QTableView):
        super().__init__(view)
        self.view = view
        self._wrapped: dict[tuple, list[str]] = {}  # (theme, width, font) → its lines

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        model = index.model()
        col = index.column()
        if isinstance(model, CoverageModel) and model.document_at(col) is not None:
            self._paint_cell(painter, option, index, model)
        elif col == M.TOTAL:
            self._paint_total(painter, option, index)
        elif col == M.THEME:
            self._paint_theme(painter, option, index)
        else:
            super().paint(painter, option, index)
        if index.row() and index.data(GROUP_START_ROLE):
            painter.save()
            painter.setPen(GROUP_LINE)
            painter.drawLine(option.rect.topLeft(), option.rect.topRight())
            painter.restore()

    def _background(self, painter: QPainter, option: QStyleOptionViewItem) -> bool:
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if selected:
            painter.fillRect(option.rect, option.palette.color(QPalette.ColorRole.Highlight))
        return selected

    def _paint_cell(self, painter, option, index, model: CoverageModel) -> None:
        cell: CoverageCell = index.data(CELL_ROLE) or CoverageCell()
        painter.save()
        r = option.rect.adjusted(2, 2, -2, -2)
        colour = cell_colour(cell, model.max_paragraphs)
        current = self.view.currentIndex() == index and self.view.hasFocus()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        if colour is not None:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawRoundedRect(r, 3, 3)
            font = QFont(option.font)
            if cell.confirmed:
                font.setBold(True)
                painter.setPen(QColor("white") if colour.lightness() < 150 else INK)
            else:
                painter.setPen(SUGGESTED_INK)
            painter.setFont(font)
            painter.drawText(r, Qt.AlignmentFlag.AlignCenter, index.data() or "")
        else:
            if selected:
                painter.fillRect(r, QColor("#e3eef9"))
            painter.setPen(QColor("#c3cad1"))
            painter.drawText(r, Qt.AlignmentFlag.AlignCenter, "·")
        if selected or current:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            pen = painter.pen()
            pen.setColor(
                CURRENT if colour is not None and colour.lightness() < 150 else QColor("#1f5f8b")
            )
            pen.setWidth(2)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(r.adjusted(0, 0, -1, -1), 3, 3)
        painter.restore()

    def _paint_total(self, painter, option, index) -> None:
        docs, _confirmed, suggested = index.data(TOTAL_ROLE) or (0, 0, 0)
        painter.save()
        selected = self._background(painter, option)
        r = option.rect.adjusted(6, 0, -6, 0)
        font = QFont(option.font)
        main = f"{docs} document{'s' if docs != 1 else ''}" if docs else "nobody"
        font.setBold(bool(docs))
        painter.setFont(font)
        painter.setPen(
            option.palette.color(QPalette.ColorRole.HighlightedText)
            if selected
            else (INK if docs else NOBODY)
        )
        fm = painter.fontMetrics()
        painter.drawText(r, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, main)
        if suggested:
            x = r.x() + fm.horizontalAdvance(main) + 4
            font.setBold(False)
            painter.setFont(font)
            painter.setPen(SUGGESTED_INK)
            painter.drawText(QRect(x, r.y(), r.right() - x, r.height()),
                             Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, f"· {suggested}?")  # fmt: skip
        painter.restore()

    def _paint_theme(self, painter, option, index) -> None:
        """Grouped by theme: the theme's name written down its group's rows, a line
        per row (the last one elided); else the theme on each row."""
        painter.save()
        selected = self._background(painter, option)
        model = index.model()
        grouped = isinstance(model, CoverageModel) and model.sort_column()[0] == M.THEME
        place, size = index.data(GROUP_ROLE) or (0, 1)
        font = QFont(option.font)
        font.setBold(grouped)
        painter.setFont(font)
        painter.setPen(
            option.palette.color(QPalette.ColorRole.HighlightedText) if selected
            else QColor("#1f3b57") if grouped else INK
        )  # fmt: skip
        r = option.rect.adjusted(6, 0, -4, 0)
        fm = painter.fontMetrics()
        text = index.data() or ""
        if grouped:
            lines = self._lines(text, r.width(), font)
            if place >= len(lines):
                painter.restore()
                return
            text = lines[place]
            if place == size - 1 and len(lines) > size:  # the group's last row: the rest
                text = " ".join(lines[place:])
        text = fm.elidedText(text, Qt.TextElideMode.ElideRight, r.width())
        painter.drawText(r, Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter, text)
        painter.restore()

    def _lines(self, text: str, width: int, font: QFont) -> list[str]:
        key = (text, width, font.key())
        lines = self._wrapped.get(key)
        if lines is None:
            fm = QFontMetrics(font)
            lines, line = [], ""
            for word in text.split():
                trial = f"{line} {word}" if line else word
                if line and fm.horizontalAdvance(trial) > width:
                    lines.append(line)
                    line = word
                else:
                    line = trial
            if line:
                lines.append(line)
            if len(self._wrapped) > 2000:
                self._wrapped.clear()
            self._wrapped[key] = lines
        return lines


class CoverageTable(QTableView):
    """The matrix: Enter (or Return) on a cell opens its paragraphs, as a click does."""

    cell_opened = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.cell_opened.emit(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)


class ShareBar(QWidget):
    """The share addressed, as a ring with its percentage: the strip's first glance."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.addressed, self.total = 0, 0
        self.setFixedSize(54, 54)

    def set_values(self, addressed: int, total: int) -> None:
        self.addressed, self.total = addressed, total
        self.setToolTip(f"{addressed} of {total} recommendations addressed")
        self.update()

    def paintEvent(self, _event) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        r = self.rect().adjusted(5, 5, -5, -5)
        pen = p.pen()
        pen.setWidth(7)
        pen.setCapStyle(Qt.PenCapStyle.FlatCap)
        pen.setColor(QColor("#e3e7eb"))
        p.setPen(pen)
        p.drawEllipse(r)
        share = self.addressed / self.total if self.total else 0
        if share:
            pen.setColor(QColor("#1f5f8b"))
            p.setPen(pen)
            p.drawArc(r, 90 * 16, -max(1, round(360 * 16 * share)))
        f = QFont(self.font())
        f.setPixelSize(12)
        f.setBold(True)
        p.setFont(f)
        p.setPen(INK)
        p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, f"{round(100 * share)}%")
        p.end()


class CoveragePanel(QWidget):
    open_paragraph = Signal(int, int)  # document id, paragraph id
    choose_review_wanted = Signal()
    export_wanted = Signal()
    status = Signal(str)

    MATRIX, THEMES, STATES = range(3)  # the views' tabs
    CHOOSE, EMPTY, CONTENT = range(3)  # the stack's pages

    def __init__(self, session: Session, cache: CoverageCache | None = None, parent=None):
        super().__init__(parent)
        # its filter rows and chart options may be squeezed: the window must fit a
        # 900-pixel screen as the other tabs let it (they hold no wider minimum)
        self.setMinimumWidth(320)
        self.setObjectName("coveragePanel")
        self.session = session
        self.cache = cache or CoverageCache(session.ws)
        self.review: str | None = None
        self.review_label: str | None = None
        self.coverage: Coverage | None = None
        self.stale = True
        self.pick_menu: QMenu | None = None  # the paragraphs of a cell, when several
        self._sized_for: tuple | None = None  # the columns _size_columns last sized

        # -- the page asking for a review, and the one saying there is nothing ----------
        choose = QWidget(self)
        choose.setObjectName("coverageChoose")
        choose.setAttribute(Qt.WidgetAttribute.WA_StyledBackground)
        choose.setStyleSheet(
            "QWidget#coverageChoose { background: #ffffff; } QLabel#emptyHint { padding: 12px; }"
        )
        self.choose_text = QLabel(
            "Coverage is that of one review: which of the recommendations it responds to"
            " its documents address.\nChoose a review to see it.",
            choose,
        )
        self.choose_text.setObjectName("emptyHint")
        self.choose_text.setWordWrap(True)
        self.choose_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.choose_button = QPushButton("Choose a review…", choose)
        self.choose_button.setToolTip("Ctrl+Shift+R")
        self.choose_button.clicked.connect(self.choose_review_wanted)
        cv = QVBoxLayout(choose)
        cv.addStretch(1)
        cv.addWidget(self.choose_text)
        cv.addWidget(self.choose_button, 0, Qt.AlignmentFlag.AlignHCenter)
        cv.addStretch(2)
        self.empty_text = QLabel("", self)
        self.empty_text.setObjectName("emptyHint")
        self.empty_text.setWordWrap(True)
        self.empty_text.setAlignment(Qt.AlignmentFlag.AlignCenter)

        # -- the strip ------------------------------------------------------------------
        strip = QFrame(self)
        strip.setObjectName("coverageStrip")
        strip.setStyleSheet(STRIP_STYLE)
        self.share = ShareBar(strip)
        self.headline = QLabel(strip)
        self.headline.setObjectName("coverageHeadline")
        self.summary = QLabel(strip)
        self.summary.setObjectName("coverageSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_button = QPushButton("Export…", strip)
        self.export_button.setToolTip("Export the coverage as a workbook (XLSX) or CSV")
        self.export_button.clicked.connect(self.export_wanted)
        texts = QVBoxLayout()
        texts.setSpacing(2)
        texts.addWidget(self.headline)
        texts.addWidget(self.summary)
        sl = QHBoxLayout(strip)
        sl.setContentsMargins(12, 8, 12, 8)
        sl.setSpacing(12)
        sl.addWidget(self.share)
        sl.addLayout(texts, 1)
        sl.addWidget(self.export_button, 0, Qt.AlignmentFlag.AlignTop)

        # -- the filters ----------------------------------------------------------------
        bar = QWidget(self)
        bar.setObjectName("filterBar")
        self.text = QLineEdit(bar)
        self.text.setPlaceholderText("Words or a number (28.294)…")
        self.text.setClearButtonEnabled(True)
        self.text.setFixedWidth(220)
        self.theme = QComboBox(bar)
        self.theme.setToolTip("Theme (a recommendation with several counts under each)")
        self.theme.setMaximumWidth(280)
        self.state = QComboBox(bar)
        self.state.setToolTip("Recommending State")
        self.state.setMaximumWidth(220)
        self.position = QComboBox(bar)
        self.position.setToolTip("The State's position on the recommendation")
        self.nobody = QCheckBox("Nobody addressed", bar)
        self.nobody.setToolTip("Only the recommendations no document addresses (a confirmed link)")
        self.clear_button = QPushButton("Clear", bar)
        self.clear_button.setToolTip("Show every recommendation")
        self.clear_button.clicked.connect(self.clear_filters)
        self.count = QLabel(bar)
        self.count.setObjectName("hint")
        flow = FlowLayout(bar, spacing=6)
        bar.setContentsMargins(10, 6, 10, 6)
        for w in (self.text, self.theme, self.state, self.position, self.nobody,
                  self.clear_button, self.count):  # fmt: skip
            flow.addWidget(w)
        for combo in (self.theme, self.state, self.position):
            combo.currentIndexChanged.connect(lambda _: self._filter_changed())
        self.nobody.toggled.connect(lambda _: self._filter_changed())
        self.text.textChanged.connect(lambda _: self._filter_changed())

        # -- the matrix -----------------------------------------------------------------
        self.model = CoverageModel(self)
        self.table = CoverageTable(self)
        self.table.setObjectName("coverageMatrix")
        self.table.setStyleSheet(TABLE_STYLE)
        self.table.setModel(self.model)
        self.table.setItemDelegate(CoverageDelegate(self.table))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(M.THEME, Qt.SortOrder.AscendingOrder)
        self.table.setWordWrap(False)
        self.table.setMouseTracking(True)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.table.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        h = self.table.horizontalHeader()
        h.setHighlightSections(False)
        h.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        h.setMinimumSectionSize(40)
        h.setStretchLastSection(True)
        self.table.clicked.connect(self.open_cell)
        self.table.cell_opened.connect(self.open_cell)
        self.table.selectionModel().currentChanged.connect(self._current_changed)
        self.model.modelReset.connect(self._size_columns)
        self.detail = QLabel(self)
        self.detail.setObjectName("recommendationDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setMaximumHeight(90)
        self.detail.setMinimumHeight(48)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.legend = QLabel(
            "Cell: paragraphs citing the recommendation — <b>2</b> confirmed,"
            " <span style='color:#9a6400'>1?</span> suggested; darker: more paragraphs."
            " Click a cell (or Enter) to read them.",
            self,
        )
        self.legend.setObjectName("hint")
        self.legend.setWordWrap(True)  # never the reason the window cannot be narrower
        matrix = QWidget(self)
        mv = QVBoxLayout(matrix)
        mv.setContentsMargins(0, 0, 0, 0)
        mv.setSpacing(4)
        mv.addWidget(self.table, 1)
        mv.addWidget(self.legend)
        mv.addWidget(self.detail)

        # -- the charts -----------------------------------------------------------------
        self.heat_map = HeatMap(self)
        self.heat_map.clicked.connect(self._theme_clicked)
        self.heat_map.saved.connect(lambda p: self.status.emit(f"Saved {p}"))
        self.state_bars = StateBars(self)
        self.state_bars.clicked.connect(self._state_clicked)
        self.state_bars.saved.connect(lambda p: self.status.emit(f"Saved {p}"))
        self.all_states = QCheckBox("All States", self)
        self.all_states.setToolTip("Every recommending State, not only the 25 with the most")
        self.all_states.toggled.connect(lambda on: self.state_bars.set_limit(None if on else 25))
        self.state_order = QComboBox(self)
        self.state_order.setToolTip("The States' order")
        for text, key in (("Most recommendations first", "total"),
                          ("Most addressed first", "addressed"), ("By name", "name")):  # fmt: skip
            self.state_order.addItem(text, key)
        self.state_order.currentIndexChanged.connect(lambda _: self._update_charts())
        self.addressed_themes = QCheckBox("Only themes with an addressed recommendation", self)
        self.addressed_themes.setToolTip("Leave out the themes nothing addresses (a shorter chart)")
        self.addressed_themes.toggled.connect(lambda _: self._update_charts())
        self.views = QTabWidget(self)
        self.views.setObjectName("coverageViews")
        self.views.setDocumentMode(True)
        self.views.addTab(matrix, "&Matrix")
        self.views.addTab(self._chart_page(self.heat_map, self.addressed_themes), "By &theme")
        self.views.addTab(
            self._chart_page(self.state_bars, self.state_order, self.all_states), "By &State"
        )

        content = QWidget(self)
        v = QVBoxLayout(content)
        v.setContentsMargins(0, 0, 0, 0)
        v.setSpacing(0)
        v.addWidget(strip)
        v.addWidget(bar)
        inner = QWidget(content)
        iv = QVBoxLayout(inner)
        iv.setContentsMargins(8, 4, 8, 8)
        iv.addWidget(self.views)
        v.addWidget(inner, 1)
        self.stack = QStackedWidget(self)
        self.stack.addWidget(choose)
        self.stack.addWidget(self.empty_text)
        self.stack.addWidget(content)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self._fill_choices(None)
        self.stack.setCurrentIndex(self.CHOOSE)

    def _chart_page(self, chart, *extra: QWidget) -> QWidget:
        page = QWidget(self)
        save = QPushButton("Save as PNG…", page)
        save.setToolTip("The chart as a picture at twice its size, for a slide")
        save.clicked.connect(chart.choose_png)
        chart.save_button = save
        top = QHBoxLayout()
        top.setContentsMargins(4, 4, 4, 0)
        for w in extra:
            top.addWidget(w)
        top.addStretch(1)
        top.addWidget(save)
        area = QScrollArea(page)
        area.setFrameShape(QFrame.Shape.NoFrame)
        area.setWidget(chart)
        area.setWidgetResizable(True)
        area.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        area.setStyleSheet("QScrollArea { background: #ffffff; }")
        chart.scroll_area = area
        v = QVBoxLayout(page)
        v.setContentsMargins(0, 0, 0, 0)
        v.addLayout(top)
        v.addWidget(area, 1)
        return page

    # -- the review ------------------------------------------------------------------------
    def set_review(self, code: str | None, label: str | None = None) -> None:
        """Show review ``code``'s coverage ("CHN-4"); None: ask to choose one."""
        self.review_label = label or code
        if code != self.review:
            self.review = code
            self.mark_stale()

    def mark_stale(self) -> None:
        """Links, the registry or the documents changed: re-read when shown."""
        self.stale = True
        if self.isVisible():
            self.reload()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.stale:
            self.reload()

    def reload(self) -> None:
        self.stale = False
        if self.review is None:
            self.coverage = None
            self.model.set_coverage(None)
            self.stack.setCurrentIndex(self.CHOOSE)
            return
        try:
            cov = self.cache.get(self.review)
        except ReviewerError as exc:
            self._show_empty(str(exc))
            return
        self.coverage = cov
        if not cov.recommendations:
            self._show_empty(
                f"The documents of {self.review_label} respond to no recommendations in"
                " this workspace yet.\nImport the previous review's Working Group report or"
                " its thematic list: its recommendations are the rows of the coverage."
            )
            return
        rec_id, doc_id = self._current_keys()
        self._fill_choices(cov)
        self.model.set_coverage(cov, self.filter())
        self.stack.setCurrentIndex(self.CONTENT)
        self._show_summary(cov)
        self._filtered()
        self._restore_current(rec_id, doc_id)

    def _show_empty(self, text: str) -> None:
        self.coverage = None
        self.model.set_coverage(None)
        self.empty_text.setText(text)
        self.stack.setCurrentIndex(self.EMPTY)

    def _show_summary(self, cov: Coverage) -> None:
        addressed = len(cov.addressed)
        self.share.set_values(addressed, len(cov.recommendations))
        n = len(cov.documents)
        docs = f"{n} document{'s' if n != 1 else ''}" if n else "no document with paragraphs yet"
        self.headline.setText(f"{self.review_label} · coverage by its {docs}" if n else
                              f"{self.review_label} · {docs}: import its submissions")  # fmt: skip
        self.summary.setText(cov.summary())

    # -- filters ---------------------------------------------------------------------------
    def _fill_choices(self, cov: Coverage | None) -> None:
        flat = flattened(cov) if cov else None
        themes = sorted(flat.by_theme(), key=lambda t: theme_order(t.key)) if flat else []
        states = flat.by_state() if flat else []
        positions = flat.by_position() if flat else []
        names = theme_names(cov) if cov else {}
        for combo, first, items in (
            (self.theme, "Any theme",
             [(f"{names.get(t.key, t.name)} ({t.recommendations})", t.key) for t in themes]),
            (self.state, "Any State", [(f"{t.name} ({t.recommendations})", t.key) for t in states]),
            (self.position, "Any position",
             [(f"{_position_name(t.key)} ({t.recommendations})", t.key) for t in positions]),
        ):  # fmt: skip
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(first, None)
            for text, data in items:
                combo.addItem(text, data)
                combo.setItemData(combo.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
            combo.setCurrentIndex(max(combo.findData(current), 0) if current else 0)
            combo.blockSignals(False)
        nobody = len(flat.nobody) if flat else 0
        self.nobody.setText(f"Nobody addressed ({nobody})" if cov else "Nobody addressed")

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
            f"{n} recommendations · {addressed} addressed" if n == total
            else f"Showing {n} of {total} · {addressed} addressed"
        )  # fmt: skip
        self.clear_button.setEnabled(bool(self.filter()))
        self._update_charts()

    def _update_charts(self) -> None:
        cov = self.model.shown()
        if cov is None:
            return
        addressed = self.model.addressed_ids()
        label = self.review_label or ""
        narrowed = " (filtered)" if self.filter() else ""
        docs = cov.documents
        rows = [
            HeatRow(t.key, self.model.names.get(t.key, t.name), t.recommendations, t.addressed,
                    tuple(counts))
            for t, counts in heat_rows(cov, addressed)
            if t.addressed or not self.addressed_themes.isChecked()
        ]  # fmt: skip
        self.heat_map.set_data(
            f"{label}: recommendations addressed, by theme{narrowed}",
            f"{len(cov.recommendations)} recommendations × {len(docs)} documents;"
            " a recommendation with several themes counts under each",
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
            f"{label}: recommendations by recommending State{narrowed}",
            f"{len(cov.recommendations)} recommendations; addressed: a document has a"
            " confirmed link to it",
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
            self.detail.setText(
                "<span style='color:#66707a'>Select a row to read the recommendation</span>"
            )
            return
        who = [
            f"{escape(document_label(d))} ({cov.cell(r.id, d.id).paragraphs} ¶)"
            for d in cov.documents
            if cov.cell(r.id, d.id).confirmed
        ]
        addressed = (
            "Addressed by " + ", ".join(who)
            if who
            else "<span style='color:#a23b3b'>Addressed by nobody</span>"
        )
        states = ", ".join(r.states) or "no State named"
        themes = "; ".join(f"{c} {n}".strip() for c, n in r.themes) or "no theme"
        self.detail.setText(
            f"<b>{escape(r.number)}</b> <span style='color:#66707a'>{escape(r.symbol)} ·"
            f" {escape(position_label(r.position))} · {escape(states)}</span>"
            f" — {escape(' '.join((r.text or '').split()))}<br>"
            f"<span style='color:#66707a'>{escape(themes)}</span> · {addressed}"
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
            self.status.emit(f"{document_label(doc)} does not cite {r.number}")
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

    def sizeHint(self) -> QSize:
        return QSize(900, 600)


def _position_name(key: str) -> str:
    try:
        return POSITION_LABELS[Position(key)]
    except ValueError:
        return key


def paragraph_menu(parent: QWidget, ws, document_id: int, rec, ids: list[int], open_fn) -> QMenu:
    """The paragraphs of a document citing recommendation ``rec``, to pick one:
    "¶ 12  Text of the paragraph…  (suggested)"; ``open_fn(document_id, paragraph_id)``."""
    menu = QMenu(parent)
    menu.setObjectName("coverageParagraphs")
    head = menu.addAction(f"{len(ids)} paragraphs cite {rec.number}")
    head.setEnabled(False)
    menu.addSeparator()
    for pid in ids:
        p = ws.paragraph(pid)
        if p is None:
            continue
        where = f"¶ {p.label}" if p.label else f"Paragraph {p.seq + 1}"
        text = " ".join(p.text.split())
        text = text if len(text) <= 70 else text[:68].rstrip() + "…"
        status = next((lk.status for lk in p.links if lk.recommendation_id == rec.id), None)
        mark = "  (suggested)" if status == LinkStatus.SUGGESTED else ""
        act = menu.addAction(f"{where}  {text}{mark}")
        act.setData(pid)
        act.setToolTip(" ".join(p.text.split()))
        act.triggered.connect(lambda _=False, pid=pid: open_fn(document_id, pid))
    return menu


__all__ = ["CoveragePanel", "paragraph_menu"]
