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

from PySide6.QtCore import QSize, Qt, Signal
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
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from reviewer.workspace import (
    Coverage,
    ReviewerError,
)
from ui import theme
from ui.charts import HeatMap, StateBars
from ui.i18n import tr
from ui.models.coverage import (
    CoverageCache,
    CoverageModel,
)
from ui.panels.coverage_cells import (  # noqa: F401 (re-exported: imported from here)
    CURRENT,
    GROUP_LINE,
    INK,
    MUTED,
    NOBODY,
    STRIP_STYLE,
    SUGGESTED_BG,
    SUGGESTED_INK,
    TABLE_STYLE,
    CoverageDelegate,
    CoverageTable,
    M,
    ShareBar,
    _position_name,
    cell_colour,
    paragraph_menu,
)
from ui.panels.coverage_filters import CoverageFilters
from ui.panels.flow_layout import FlowLayout
from ui.session import Session


class CoveragePanel(CoverageFilters, QWidget):
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
        theme.style(
            choose,
            "QWidget#coverageChoose { background: ${base}; } QLabel#emptyHint { padding: 12px; }",
        )
        self.choose_text = QLabel(
            tr(
                "Coverage is that of one review: which of the recommendations it responds to"
                " its documents address.\nChoose a review to see it."
            ),
            choose,
        )
        self.choose_text.setObjectName("emptyHint")
        self.choose_text.setWordWrap(True)
        self.choose_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.choose_button = QPushButton(tr("Choose a review…"), choose)
        self.choose_button.setToolTip(tr("The review you work on (Ctrl+Shift+R)"))
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
        theme.style(strip, STRIP_STYLE)
        self.share = ShareBar(strip)
        self.headline = QLabel(strip)
        self.headline.setObjectName("coverageHeadline")
        self.summary = QLabel(strip)
        self.summary.setObjectName("coverageSummary")
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.export_button = QPushButton(tr("Export…"), strip)
        self.export_button.setToolTip(tr("Export the coverage as a workbook (XLSX) or CSV"))
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
        self.text.setPlaceholderText(tr("Words or a number (28.294)…"))
        self.text.setClearButtonEnabled(True)
        self.text.setFixedWidth(220)
        self.theme = QComboBox(bar)
        self.theme.setToolTip(tr("Theme (a recommendation with several counts under each)"))
        self.theme.setMaximumWidth(280)
        self.state = QComboBox(bar)
        self.state.setToolTip(tr("Recommending State"))
        self.state.setMaximumWidth(220)
        self.position = QComboBox(bar)
        self.position.setToolTip(tr("The State's position on the recommendation"))
        self.nobody = QCheckBox(tr("Nobody addressed"), bar)
        self.nobody.setToolTip(
            tr("Only the recommendations no document addresses (a confirmed link)")
        )
        self.clear_button = QPushButton(tr("Clear"), bar)
        self.clear_button.setToolTip(tr("Show every recommendation"))
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
        theme.style(self.table, TABLE_STYLE)
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
        self.legend = QLabel(self)
        theme.text(
            self.legend,
            tr(
                "Cell: paragraphs citing the recommendation — <b>2</b> confirmed,"
                " <span style='color:${cell_suggested_text}'>1?</span> suggested; a stronger blue:"
                " more paragraphs. Click a cell (or Enter) to read them."
            ),
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
        self.heat_map.saved.connect(lambda p: self.status.emit(tr("Saved {path}").format(path=p)))
        self.state_bars = StateBars(self)
        self.state_bars.clicked.connect(self._state_clicked)
        self.state_bars.saved.connect(lambda p: self.status.emit(tr("Saved {path}").format(path=p)))
        self.all_states = QCheckBox(tr("All States"), self)
        self.all_states.setToolTip(tr("Every recommending State, not only the 25 with the most"))
        self.all_states.toggled.connect(lambda on: self.state_bars.set_limit(None if on else 25))
        self.state_order = QComboBox(self)
        self.state_order.setToolTip(tr("The States' order"))
        for text, key in ((tr("Most recommendations first"), "total"),
                          (tr("Most addressed first"), "addressed"), (tr("By name"), "name")):  # fmt: skip
            self.state_order.addItem(text, key)
        self.state_order.currentIndexChanged.connect(lambda _: self._update_charts())
        self.addressed_themes = QCheckBox(tr("Only themes with an addressed recommendation"), self)
        self.addressed_themes.setToolTip(
            tr("Leave out the themes nothing addresses (a shorter chart)")
        )
        self.addressed_themes.toggled.connect(lambda _: self._update_charts())
        self.views = QTabWidget(self)
        self.views.setObjectName("coverageViews")
        self.views.setDocumentMode(True)
        self.views.addTab(matrix, tr("&Matrix"))
        self.views.addTab(self._chart_page(self.heat_map, self.addressed_themes), tr("By &theme"))
        self.views.addTab(
            self._chart_page(self.state_bars, self.state_order, self.all_states), tr("By &State")
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
        save = QPushButton(tr("Save as PNG…"), page)
        save.setToolTip(tr("The chart as a picture at twice its size, for a slide"))
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
        theme.style(area, "QScrollArea { background: ${chart_back}; }")
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
                tr(
                    "The documents of {review} respond to no recommendations in this workspace"
                    " yet.\nImport the previous review's Working Group report or its thematic"
                    " list: its recommendations are the rows of the coverage."
                ).format(review=self.review_label)
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
        if n:
            headline = tr("{review} · coverage by its %n document(s)", "", n)
        else:
            headline = tr("{review} · no document with paragraphs yet: import its submissions")
        self.headline.setText(headline.format(review=self.review_label))
        self.summary.setText(cov.summary())

    def sizeHint(self) -> QSize:
        return QSize(900, 600)


__all__ = ["CoveragePanel", "paragraph_menu"]
