"""The recommendation registry: filter by words, number, report, State, position, theme,
cited; see who cites one, and what each source says when they disagree."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFrame,
    QHeaderView,
    QLabel,
    QLineEdit,
    QListView,
    QScrollArea,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reviewer.workspace import Position, RecommendationRow
from ui.background import Latest
from ui.completer import QUERY_HELP, Matcher, parse_query
from ui.delegates import HtmlDelegate
from ui.i18n import tr
from ui.models.recommendations import CitingModel, RecommendationsModel
from ui.panels.flow_layout import FlowLayout
from ui.panels.recommendations_columns import SHOWN_ORDER, RegistryColumns
from ui.render import position_label
from ui.render_recommendations import recommendation_html
from ui.session import Session

M = RecommendationsModel


class RecommendationsPanel(RegistryColumns, QWidget):
    open_paragraph = Signal(int, int)  # document id, paragraph id

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self.stale = True
        self.review: str | None = None  # the review shown (set_review); None: all
        self._all: list[RecommendationRow] | None = None  # the whole registry, last read
        self._bases: dict[tuple, Matcher] = {}  # State/position/theme/cited → their rows
        self._titles: dict[int, str] = {}  # document id → title, for the sources
        self._last_text: str | None = None
        self._shown = False
        self._fitted: dict[int, int] = {}  # the widths fit_columns last gave
        # the registry's reads run off the GUI thread; only the latest answer is shown
        self.loader = Latest(self)
        self._refill_due = False  # a whole read asked for and not answered yet
        self._marks = 0  # changes told (mark_stale): a read begun before one is stale
        # each widget made under the parent it stays under: a widget moved to another
        # parent is polished again against the style sheet (its children with it)
        bar = QWidget(self)
        split = QSplitter(Qt.Orientation.Vertical, self)
        citing_box = QWidget(split)
        self.state = QComboBox(bar)
        self.state.setToolTip(tr("Recommending State"))
        self.position = QComboBox(bar)
        self.position.addItem(tr("Any position"), None)
        for p in Position:
            self.position.addItem(position_label(p), p.value)
        self.theme = QComboBox(bar)
        self.theme.setToolTip(tr("Theme (thematic list code)"))
        self.theme.setMaximumWidth(260)
        self.cited = QComboBox(bar)
        self.cited.addItem(tr("Cited or not"), None)
        self.cited.addItem(tr("Cited"), True)
        self.cited.addItem(tr("Not cited"), False)
        self.text = QLineEdit(bar)
        self.text.setObjectName("registryFilter")
        self.text.setPlaceholderText(tr("Words, a number (28.294) or a report (A/HRC/40/6)…"))
        self.text.setToolTip(tr(QUERY_HELP) + tr(". Down arrow or Enter: into the list."))
        self.text.setClearButtonEnabled(True)
        self.count = QLabel(bar)
        self.count.setObjectName("hint")
        self._fill_choices([])
        self.model = RecommendationsModel(self)
        self.table = QTableView(split)
        self.table.setObjectName("recommendationsView")
        self.table.setModel(self.model)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(M.NUMBER, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(26)
        h = self.table.horizontalHeader()
        h.setHighlightSections(False)
        h.setSectionResizeMode(M.TEXT, QHeaderView.ResizeMode.Stretch)
        for shown, col in enumerate(SHOWN_ORDER):
            h.moveSection(h.visualIndex(col), shown)
        for col, width in ((M.STATES, 120), (M.PARAGRAPHS, 36), (M.THEMES, 96)):
            h.resizeSection(col, width)
        # themes: in tooltips and below; a column on request (header menu)
        h.setSectionHidden(M.THEMES, True)
        h.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        h.customContextMenuRequested.connect(self._header_menu)
        self.table.selectionModel().currentRowChanged.connect(self._selected)
        self.table.activated.connect(self._show_citing)
        self.detail_area = QScrollArea(split)
        self.detail = QLabel(self.detail_area)
        self.detail.setObjectName("recommendationDetail")
        self.detail.setWordWrap(True)
        self.detail.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail_area.setFrameShape(QFrame.Shape.NoFrame)
        self.detail_area.setWidgetResizable(True)
        self.detail_area.setWidget(self.detail)
        self.citing_title = QLabel(
            tr("Select a recommendation to see the paragraphs citing it"), citing_box
        )
        self.citing_title.setObjectName("sectionTitle")
        self.citing_title.setWordWrap(True)
        self.citing_model = CitingModel(self)
        self.citing = QListView(citing_box)
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
        self.text.installEventFilter(self)
        self.table.installEventFilter(self)

        filters = FlowLayout(bar, spacing=6)  # wraps in a narrow window
        self.text.setFixedWidth(300)
        self.state.setMaximumWidth(200)
        for w in (self.text, self.state, self.position, self.theme, self.cited, self.count):
            filters.addWidget(w)
        bv = QVBoxLayout(citing_box)
        bv.setContentsMargins(0, 2, 0, 0)
        bv.addWidget(self.citing_title)
        bv.addWidget(self.citing, 1)
        split.setChildrenCollapsible(False)
        split.addWidget(self.table)
        split.addWidget(self.detail_area)
        split.addWidget(citing_box)
        split.setStretchFactor(0, 5)
        split.setStretchFactor(1, 2)
        split.setStretchFactor(2, 2)
        self.split = split
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(bar)
        layout.addWidget(split, 1)

    # -- loading -------------------------------------------------------------------------
    def set_review(self, code: str | None) -> None:
        """Show the recommendations of review ``code`` and those its documents respond
        to (the previous cycle's); None: the whole registry."""
        if code == self.review:
            return
        self.review = code
        self.mark_stale()

    def _scope(self) -> dict:
        return {"review": self.review, "responds_to": self.review} if self.review else {}

    def registry_empty(self) -> bool:
        """Read, and nothing in the registry (the review's, when one is chosen)."""
        return self._all is not None and not self._all

    def mark_stale(self) -> None:
        """Links or the registry changed; re-read when next shown (or now if visible)."""
        self.stale = True
        self._marks += 1
        if self.isVisible():
            self.reload(refill=True)

    def prepare(self) -> None:
        """Read the registry now, though not shown (built ahead of its first show)."""
        if self.stale and not self.loader.busy:
            self.reload(refill=True)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._shown:
            self._shown = True
            total = max(sum(self.split.sizes()), 300)
            self.split.setSizes([total * 44 // 100, total * 34 // 100, total * 22 // 100])
        if self.stale:
            self.reload(refill=True)

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange) and getattr(
            self, "_all", None
        ):
            self.fit_columns()

    def update_rows(self, rows: list[RecommendationRow]) -> None:
        """Rows whose links changed, read again by id: put in place, the model not reset
        (selection and scroll stay); a registry not read yet, or stale, waits."""
        by_id = {r.id: r for r in rows}
        if self._all is None or self.stale or not by_id:
            return
        if self.loader.busy:  # a read under way may have begun before this change
            return self.reload(refill=True)
        self._all = [by_id.get(r.id, r) for r in self._all]
        # "cited" choices may take or leave them (read again when chosen); a link
        # changes no text the others filter on
        self._bases = {k: b for k, b in self._bases.items() if k[3] is None}
        for base in self._bases.values():
            base.rows[:] = [by_id.get(r.id, r) for r in base.rows]
        if self.cited.currentData() is not None:
            return self.reload()  # which rows are listed may change
        self.model.update_rows(by_id)
        if self.current_id() in by_id:
            self._selected(self.table.currentIndex(), None)  # its citing paragraphs

    def _key(self) -> tuple:
        return (
            self.state.currentData(),
            self.position.currentData(),
            self.theme.currentData(),
            self.cited.currentData(),
        )

    def _base(self) -> Matcher | None:
        """The rows the State, position, theme and cited choices leave, read once per
        choice (and per registry change); typing filters them without the workspace.
        None: not read yet (``reload`` reads it)."""
        key = self._key()
        if key not in self._bases and all(v is None for v in key) and self._all is not None:
            self._bases[key] = Matcher(self._all)
        return self._bases.get(key)

    def reload(self, refill: bool = False) -> None:
        """Show the registry as the choices and the words filter it.  What must be read
        from the workspace (the whole registry on ``refill``, a choice's rows) is read
        off the GUI thread; the answer to the latest request is shown, older ones
        dropped."""
        self.timer.stop()
        ws, scope = self.session.ws, self._scope()
        if refill or self._all is None or self._refill_due:
            self._refill_due = True  # a newer request must not drop it
            if self._all is None:
                self.count.setText(tr("Reading the registry…"))
            marks = self._marks
            self.loader.run(
                lambda: ws.recommendations(**scope),
                lambda rows: self._refilled(rows, marks),
                failed=self.count.setText,
            )
            return
        if self._base() is None:
            key = self._key()
            state, position, theme, cited = key
            self.loader.run(
                lambda: ws.recommendations(
                    state=state, position=position, theme=theme, cited=cited, **scope
                ),
                lambda rows: self._based(key, rows),
                failed=self.count.setText,
            )
            return
        self._show()

    def _refilled(self, rows: list[RecommendationRow], marks: int | None = None) -> None:
        self._refill_due = False
        self._all = rows
        self._bases.clear()
        self._titles.clear()
        self._fill_choices(rows)
        if self._base() is None:
            return self.reload()  # a choice of State, theme…: its rows next
        self._show(fit=True)
        if marks is not None and marks != self._marks:  # changed while it was read (an
            self.mark_stale()  # import while hidden, prepared ahead): read again (if shown)

    def _based(self, key: tuple, rows: list[RecommendationRow]) -> None:
        self._bases[key] = Matcher(rows)
        self.reload()  # the choices may have moved on meanwhile: read theirs

    def _show(self, fit: bool = False) -> None:
        base = self._base()
        assert base is not None and self._all is not None
        typed = self.text.text()
        query = parse_query(typed)
        current = self.current_id()
        rows = base.filter(query)
        self.stale = False
        self.model.set_rows(rows)
        if fit or not self._fitted:
            self.fit_columns()
        total = len(self._all)
        n = len(rows)
        self.count.setText(
            tr("{n} of %n recommendation(s)", "", total).format(n=n)
            if n != total
            else tr("%n recommendation(s)", "", n)
        )
        target = None
        if typed != self._last_text and query.exact_numbers:
            exact = set(query.exact_numbers)  # a number typed: jump to it
            target = next((r.id for r in self.model.rows() if r.number in exact), None)
        self._last_text = typed
        if not self.select(target if target is not None else current):
            self._selected(QModelIndex(), None)

    # -- selection and keys ----------------------------------------------------------------
    def current_id(self) -> int | None:
        r = self.model.recommendation(self.table.currentIndex().row())
        return r.id if r else None

    def select(self, rec_id: int | None) -> bool:
        row = self.model.row_of(rec_id) if rec_id is not None else -1
        if row < 0:
            self.citing_model.set_rows([])
            return False
        idx = self.model.index(row, M.NUMBER)
        self.table.setCurrentIndex(idx)
        self.table.scrollTo(idx)
        return True

    def focus_table(self) -> None:
        """Into the list from the filter box: the selected row, else the first."""
        if self.timer.isActive():
            self.reload()
        if self.model.rowCount() and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.model.index(0, M.NUMBER))
        self.table.setFocus(Qt.FocusReason.OtherFocusReason)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if obj is self.text and key in (
                Qt.Key.Key_Down, Qt.Key.Key_PageDown, Qt.Key.Key_Return, Qt.Key.Key_Enter,
            ):  # fmt: skip
                self.focus_table()
                return True
            if obj is self.table and key == Qt.Key.Key_Up and self.table.currentIndex().row() <= 0:
                self.text.setFocus(Qt.FocusReason.OtherFocusReason)
                return True
        return super().eventFilter(obj, event)

    def _show_citing(self, _index=None) -> None:
        """Enter (or a double click) on a row: to its citing paragraphs, if any."""
        if self.citing_model.rowCount():
            self.citing.setCurrentIndex(self.citing_model.index(0))
            self.citing.setFocus(Qt.FocusReason.OtherFocusReason)

    def _title(self, document_id: int | None) -> str | None:
        if document_id is None:
            return None
        if document_id not in self._titles:
            doc = self.session.ws.get_document(document_id)
            self._titles[document_id] = (
                doc.title if doc else tr("document {id}").format(id=document_id)
            )
        return self._titles[document_id]

    def _selected(self, current, _previous) -> None:
        r = self.model.recommendation(current.row()) if current.isValid() else None
        if r is None:
            self.citing_model.set_rows([])
            self.citing_title.setText(tr("Select a recommendation to see the paragraphs citing it"))
            self.detail.setText("")
            return
        detail = self.session.ws.recommendation_by_id(r.id)
        # suggestions count nowhere until accepted: only their number is told
        paragraphs = list(detail.citing) if detail else []
        proposed = detail.suggested if detail else 0
        sources = detail.sources if detail else ()
        self.citing_model.set_rows(paragraphs)
        n = len(paragraphs)
        self.citing_title.setText(
            tr("Cited by %n paragraph(s)", "", n)
            + (tr(" · double-click one to read it") if n else "")
            + (tr(" · suggested for %n more", "", proposed) if proposed else "")
        )
        titles = {s["document_id"]: self._title(s["document_id"]) for s in sources}
        shown = detail.recommendation if detail else r
        self.detail.setText(recommendation_html(shown, sources, titles))

    def _open(self, index) -> None:
        c = self.citing_model.citing(index.row())
        if c is not None:
            self.open_paragraph.emit(c.document_id, c.paragraph_id)
