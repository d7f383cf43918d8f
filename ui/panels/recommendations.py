"""The recommendation registry: filter by State, position, theme, cited; see who cites one."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QSortFilterProxyModel, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reviewer.workspace import POSITION_LABELS, Position, number_key
from ui.delegates import HtmlDelegate
from ui.models.recommendations import CitingModel, RecommendationsModel
from ui.panels.flow_layout import FlowLayout
from ui.render import MUTED, POSITION_COLOURS, position_label
from ui.session import Session


class _SortProxy(QSortFilterProxyModel):
    """Numbers sort as 28.9 < 28.10, counts as numbers, the rest as text."""

    def lessThan(self, left, right) -> bool:
        col = left.column()
        src = self.sourceModel()
        a, b = src.recommendation(left.row()), src.recommendation(right.row())
        if col == RecommendationsModel.NUMBER:
            return (a.symbol, number_key(a.number)) < (b.symbol, number_key(b.number))
        if col == RecommendationsModel.PARAGRAPHS:
            return a.paragraph_count < b.paragraph_count
        return super().lessThan(left, right)


class RecommendationsPanel(QWidget):
    open_paragraph = Signal(int, int)  # document id, paragraph id

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self.stale = True
        self.state = QComboBox(self)
        self.state.setToolTip("Recommending State")
        self.position = QComboBox(self)
        self.position.addItem("Any position", None)
        for p in Position:
            self.position.addItem(POSITION_LABELS[p], p.value)
        self.theme = QComboBox(self)
        self.theme.setToolTip("Theme (thematic list code)")
        self.theme.setMaximumWidth(260)
        self.cited = QComboBox(self)
        self.cited.addItem("Cited or not", None)
        self.cited.addItem("Cited", True)
        self.cited.addItem("Not cited", False)
        self.text = QLineEdit(self)
        self.text.setPlaceholderText("Words in the recommendation…")
        self.text.setClearButtonEnabled(True)
        self.count = QLabel(self)
        self.count.setObjectName("hint")
        self._fill_choices([])
        self.model = RecommendationsModel(self)
        self.proxy = _SortProxy(self)
        self.proxy.setSourceModel(self.model)
        self.table = QTableView(self)
        self.table.setObjectName("recommendationsView")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(RecommendationsModel.NUMBER, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        h = self.table.horizontalHeader()
        h.setHighlightSections(False)
        h.setSectionResizeMode(RecommendationsModel.TEXT, QHeaderView.ResizeMode.Stretch)
        for col, width in ((0, 60), (2, 120), (3, 80), (4, 110), (5, 36), (6, 96)):
            h.resizeSection(col, width)
        # themes and report symbol: in tooltips and below; columns on request (header menu)
        h.setSectionHidden(RecommendationsModel.THEMES, True)
        h.setSectionHidden(RecommendationsModel.SYMBOL, True)
        h.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        h.customContextMenuRequested.connect(self._header_menu)
        self.table.selectionModel().currentRowChanged.connect(self._selected)
        self.detail = QLabel(self)
        self.detail.setObjectName("recommendationDetail")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.citing_title = QLabel("Select a recommendation to see the paragraphs citing it", self)
        self.citing_title.setObjectName("sectionTitle")
        self.citing_title.setWordWrap(True)
        self.citing_model = CitingModel(self)
        self.citing = QListView(self)
        self.citing.setObjectName("citingList")
        self.citing.setModel(self.citing_model)
        self.citing.setItemDelegate(HtmlDelegate(self.citing))
        self.citing.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.citing.setResizeMode(QListView.ResizeMode.Adjust)
        self.citing.activated.connect(self._open)
        self.citing.doubleClicked.connect(self._open)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(250)
        self.timer.timeout.connect(self.reload)
        for combo in (self.state, self.position, self.theme, self.cited):
            combo.currentIndexChanged.connect(lambda _: self.reload())
        self.text.textChanged.connect(lambda _: self.timer.start())

        bar = QWidget(self)
        filters = FlowLayout(bar, spacing=6)  # wraps in a narrow window
        self.text.setFixedWidth(240)
        self.state.setMaximumWidth(200)
        for w in (self.text, self.state, self.position, self.theme, self.cited, self.count):
            filters.addWidget(w)
        bottom = QWidget(self)
        bv = QVBoxLayout(bottom)
        bv.setContentsMargins(0, 6, 0, 0)
        bv.addWidget(self.detail)
        bv.addWidget(self.citing_title)
        bv.addWidget(self.citing, 1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.setChildrenCollapsible(False)
        split.addWidget(self.table)
        split.addWidget(bottom)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(bar)
        layout.addWidget(split, 1)

    def _header_menu(self, pos) -> None:
        menu = QMenu(self)
        h = self.table.horizontalHeader()
        for col, name in enumerate(RecommendationsModel.HEADERS):
            if col in (RecommendationsModel.NUMBER, RecommendationsModel.TEXT):
                continue
            act = menu.addAction({"¶": "Paragraphs citing it"}.get(name, name))
            act.setCheckable(True)
            act.setChecked(not h.isSectionHidden(col))
            act.toggled.connect(lambda on, c=col: h.setSectionHidden(c, not on))
        menu.popup(h.mapToGlobal(pos))

    def _fill_choices(self, rows) -> None:
        states = sorted({s for r in rows for s in r.states})
        themes = sorted({t for r in rows for t in r.themes})
        for combo, first, items in (
            (self.state, "Any State", [(s, s) for s in states]),
            (self.theme, "Any theme", [(f"{c} {n}".strip(), c) for c, n in themes]),
        ):
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(first, None)
            for text, data in items:
                combo.addItem(text, data)
            combo.setCurrentIndex(max(combo.findData(current), 0) if current else 0)
            combo.blockSignals(False)

    def mark_stale(self) -> None:
        """Links or the registry changed; re-read when next shown (or now if visible)."""
        self.stale = True
        if self.isVisible():
            self.reload(refill=True)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.stale:
            self.reload(refill=True)

    def reload(self, refill: bool = False) -> None:
        self.timer.stop()
        ws = self.session.ws
        if refill:
            self._fill_choices(ws.recommendations())
        current = self.current_id()
        rows = ws.recommendations(
            state=self.state.currentData(),
            position=self.position.currentData(),
            theme=self.theme.currentData(),
            text_contains=self.text.text().strip() or None,
            cited=self.cited.currentData(),
        )
        self.stale = False
        self.model.set_rows(rows)
        self.count.setText(f"{len(rows)} recommendation{'s' if len(rows) != 1 else ''}")
        if current is not None:
            self.select(current)

    def current_id(self) -> int | None:
        idx = self.proxy.mapToSource(self.table.currentIndex())
        r = self.model.recommendation(idx.row())
        return r.id if r else None

    def select(self, rec_id: int) -> bool:
        row = self.model.row_of(rec_id)
        if row < 0:
            self.citing_model.set_rows([])
            return False
        idx = self.proxy.mapFromSource(self.model.index(row, 0))
        self.table.setCurrentIndex(idx)
        self.table.scrollTo(idx)
        return True

    def _selected(self, current, _previous) -> None:
        r = self.model.recommendation(self.proxy.mapToSource(current).row())
        if r is None:
            self.citing_model.set_rows([])
            self.citing_title.setText("Select a recommendation to see the paragraphs citing it")
            self.detail.setText("")
            return
        detail = self.session.ws.recommendation_by_id(r.id)
        paragraphs = detail.paragraphs if detail else ()
        self.citing_model.set_rows(paragraphs)
        n = len(paragraphs)
        self.citing_title.setText(
            f"Cited by {n} paragraph{'s' if n != 1 else ''}"
            + (" · double-click one to read it" if n else "")
        )
        themes = "; ".join(f"{c} {name}" for c, name in r.themes)
        self.detail.setText(
            f"<b>{escape(r.number)}</b> <span style='color:{MUTED}'>{escape(r.symbol)}</span> <span style='color:{POSITION_COLOURS.get(r.position, MUTED)}'>"
            f"{escape(position_label(r.position))}</span> · {escape(', '.join(r.states))}<br>{escape(r.text or '')}"
            + (f"<br><span style='color:{MUTED}'>{escape(themes)}</span>" if themes else "")
        )

    def _open(self, index) -> None:
        c = self.citing_model.citing(index.row())
        if c is not None:
            self.open_paragraph.emit(c.document_id, c.paragraph_id)
