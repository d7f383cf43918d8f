"""The selected paragraph: its linked recommendations, the recommendations suggested
for it, its tags and its notes; in a second tab, the coverage of its document (what
it cites, what it was expected to).

Y and X act on one list at a time, the one whose row is highlighted: the suggestions
when a paragraph with open suggestions is selected, else the links; clicking,
focusing or moving in a list makes it the one.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from reviewer.workspace import (
    REVIEWER,
    BadInput,
    DocumentRow,
    LinkStatus,
    ParagraphRow,
    PredecessorRow,
)
from ui.background import Latest
from ui.completer import QUERY_HELP, Registry, make_completer, update_completer
from ui.delegates import HtmlDelegate
from ui.i18n import tr
from ui.models.coverage import CoverageCache
from ui.models.lists import LinksModel
from ui.panels.change_bar import ChangeBar
from ui.panels.document_coverage import DocumentCoverageView
from ui.panels.history import HistorySection
from ui.panels.inspector_links import LINKS, SUGGESTED, LinkListsMixin
from ui.panels.notes import NotesEditor
from ui.panels.paragraph_title import ParagraphTitle
from ui.panels.passages import PassagesBox
from ui.panels.suggested import SuggestedBox
from ui.panels.tag_bar import TagBar
from ui.panels.vertical_scroll import VerticalScroll
from ui.resources import icon
from ui.session import Session
from ui.undo import (
    ChangedMarkCommand,
    LinkCommand,
    ReviewedCommand,
    TagCommand,
)


def section(title: str, parent: QWidget) -> QLabel:
    label = QLabel(title, parent)
    label.setObjectName("sectionTitle")
    return label


class InspectorPanel(LinkListsMixin, QWidget):
    status = Signal(str)

    PARAGRAPH, COVERAGE, HISTORY = range(3)  # the tabs

    def __init__(
        self,
        session: Session,
        registry: Registry,
        parent=None,
        coverage_cache: CoverageCache | None = None,
    ):
        super().__init__(parent)
        self.session = session
        self.registry = registry
        self.paragraph: ParagraphRow | None = None
        self.document: DocumentRow | None = None
        self.setObjectName("inspector")
        # an earlier version's paragraph: shown, not changed (the window says so)
        self.earlier_version = False
        # (DiffParagraph | None, version | None) of a paragraph id; the window sets it
        self.change_for: Callable[[int], tuple] | None = None
        self.change_bar = ChangeBar(self)
        self.change_bar.mark_reviewed.connect(lambda: self.toggle_reviewed(True))
        self.change_bar.clear_mark.connect(self._clear_mark)

        self.title = ParagraphTitle(self)
        self.reviewed = QCheckBox(tr("Reviewed"), self)
        self.reviewed.setToolTip(tr("Mark this paragraph reviewed (Space or Ctrl+R)"))
        self.reviewed.clicked.connect(self._reviewed_clicked)

        links_box = QWidget(self)
        self.links_model = LinksModel(self)
        self.links = QListView(links_box)
        self.links.setObjectName("linksList")
        self.links.setModel(self.links_model)
        self.links.setItemDelegate(HtmlDelegate(self.links))
        self.links.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.links.selectionModel().currentChanged.connect(lambda *_: self._moved_in(LINKS))
        self.links.pressed.connect(lambda _index: self._activate(LINKS))
        self.links.installEventFilter(self)
        self.link_field = QLineEdit(links_box)
        self.link_field.setObjectName("linkField")
        self.link_field.setPlaceholderText(tr("Link: type 28.294 or words of a recommendation"))
        self.link_field.setClearButtonEnabled(True)
        self.completer = make_completer(registry, self.link_field)
        self.completer.popup().setMinimumWidth(560)
        self.link_field.setCompleter(self.completer)
        self.link_field.setToolTip(
            tr(
                "Link the paragraph to a recommendation: pick one from the list (click, or Down"
                " then Enter) or type its number and press Enter."
            )
            + "\n"
            + tr(QUERY_HELP)
        )
        self.link_field.returnPressed.connect(self.link_typed)
        self.completer.activated[str].connect(self.link_picked)
        self.link_button = QPushButton(icon("link"), tr("Link"), links_box)
        self.link_button.clicked.connect(self.link_typed)
        self.confirm_button = QPushButton(icon("confirm"), tr("Confirm"), links_box)
        self.confirm_button.setToolTip(tr("Confirm the selected link (Y; click the link first)"))
        self.confirm_button.clicked.connect(self.confirm)
        self.reject_button = QPushButton(icon("reject"), tr("Reject"), links_box)
        self.reject_button.setToolTip(tr("Reject the selected link (X; click the link first)"))
        self.reject_button.clicked.connect(self.reject)
        self.unlink_button = QPushButton(icon("unlink"), tr("Unlink"), links_box)
        self.unlink_button.setToolTip(tr("Remove the selected link (Shift+Delete)"))
        self.unlink_button.clicked.connect(self.unlink)
        entry = QHBoxLayout()
        entry.addWidget(self.link_field, 1)
        entry.addWidget(self.link_button)
        actions = QHBoxLayout()
        for b in (self.confirm_button, self.reject_button, self.unlink_button):
            actions.addWidget(b)
        actions.addStretch(1)
        lv = QVBoxLayout(links_box)
        lv.setContentsMargins(0, 0, 0, 0)
        lv.setSpacing(6)
        lv.addWidget(section(tr("Recommendations"), links_box))
        lv.addWidget(self.links, 1)
        lv.addLayout(actions)
        # the selected recommendation's likely predecessors in the State's earlier cycles
        self.earlier = QLabel(links_box)
        self.earlier.setObjectName("earlierCycles")
        self.earlier.setWordWrap(True)
        self.earlier.setTextFormat(Qt.TextFormat.RichText)
        self.earlier.linkActivated.connect(self._earlier_clicked)
        self.earlier.setVisible(False)
        self._earlier_rows: dict[int, PredecessorRow] = {}
        self._earlier_for: int | None = None  # the recommendation whose lines are shown
        self.earlier_loader = Latest(self)  # its predecessors, read off the GUI thread
        lv.addWidget(self.earlier)
        lv.addLayout(entry)

        self.suggested = SuggestedBox(self)
        self.suggested.decided.connect(self._decide)
        self.suggested.activated.connect(lambda: self._activate(SUGGESTED))
        self.suggested.view.selectionModel().currentChanged.connect(
            lambda *_: self._moved_in(SUGGESTED)
        )
        self.suggested.view.installEventFilter(self)
        self._active = LINKS
        self._showing = False  # the lists' current rows are being set, not chosen
        self._picked_links = False  # for this paragraph, the person chose the links list

        tags_box = QWidget(self)
        self.tag_bar = TagBar(tags_box)
        self.tag_bar.toggled.connect(self.toggle_tag)
        tv = QVBoxLayout(tags_box)
        tv.setContentsMargins(0, 8, 0, 0)
        tv.setSpacing(6)
        tv.addWidget(section(tr("Tags"), tags_box))
        tv.addWidget(self.tag_bar)

        notes_box = QWidget(self)
        self.notes = NotesEditor(session, notes_box)
        self.notes.saved.connect(self.status)
        nv = QVBoxLayout(notes_box)
        nv.setContentsMargins(0, 8, 0, 0)
        nv.setSpacing(6)
        nv.addWidget(section(tr("Notes"), notes_box))
        nv.addWidget(self.notes, 1)

        self.passages = PassagesBox(session, self)  # words of it with a tag or a note
        self.passages.status.connect(self.status)
        self.history = HistorySection(session, self)  # who did what to it, and when

        split = QSplitter(Qt.Orientation.Vertical, self)
        split.setChildrenCollapsible(False)
        for n, (box, stretch) in enumerate(
            ((links_box, 2), (self.suggested, 3), (tags_box, 0), (self.passages, 1), (notes_box, 1))
        ):
            split.addWidget(box)
            split.setStretchFactor(n, stretch)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.reviewed, 0, Qt.AlignmentFlag.AlignTop)
        page = QWidget(self)
        pv = QVBoxLayout(page)
        pv.setContentsMargins(12, 10, 12, 10)
        pv.setSpacing(8)
        pv.addLayout(head)
        pv.addWidget(self.change_bar)
        pv.addWidget(split, 1)

        # the second tab: the coverage of the paragraph's document
        self.coverage = DocumentCoverageView(session, coverage_cache, self)
        self.coverage.status.connect(self.status)
        cov_page = QWidget(self)
        cv = QVBoxLayout(cov_page)
        cv.setContentsMargins(12, 4, 12, 10)
        cv.addWidget(self.coverage)
        self.tabs = QTabWidget(self)
        self.tabs.setObjectName("inspectorTabs")
        self.tabs.setDocumentMode(True)
        self.tabs.setStyleSheet(  # three tabs in the pane's default width
            "QTabWidget#inspectorTabs::pane { background: transparent; }"
            "QTabWidget#inspectorTabs QTabBar::tab { padding-left: 11px; padding-right: 11px; }"
        )
        # a short screen (or a font with tall lines) scrolls the page rather than
        # making the window taller than the screen: the sections cannot collapse
        scroll = VerticalScroll(self)
        scroll.setWidget(page)
        self.tabs.addTab(scroll, tr("Paragraph"))
        self.tabs.addTab(cov_page, tr("Document coverage"))
        tip = tr("What the paragraph's document cites, and what it was expected to")
        self.tabs.setTabToolTip(self.COVERAGE, tip)
        self.tabs.addTab(self.history, tr("History"))  # who did what to it, and when (Ctrl+H)
        self.tabs.currentChanged.connect(lambda i: self.history.set_active(i == self.HISTORY))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.tabs)
        self.show_paragraph(None)

    @property
    def read_only(self) -> bool:
        """Shown, not changed: an earlier version's paragraph, or a reader's workspace."""
        return self.earlier_version or not self.session.ws.can(REVIEWER)

    @read_only.setter
    def read_only(self, earlier: bool) -> None:  # the version shown is an earlier one
        self.earlier_version = earlier

    def wait(self, timeout_ms: int = 10_000) -> bool:
        """Until what is read off the GUI thread for the paragraph shown is there (tests)."""
        return self.earlier_loader.wait(timeout_ms)

    def stop(self) -> None:
        """The window closes: no more reads; those under way waited for."""
        self.earlier_loader.stop()

    def show_paragraph_tab(self) -> None:
        """The paragraph's tab in front (before focusing its link field, tags, notes)."""
        self.tabs.setCurrentIndex(self.PARAGRAPH)

    def show_coverage_tab(self) -> None:
        self.tabs.setCurrentIndex(self.COVERAGE)

    def show_history_tab(self) -> None:
        self.tabs.setCurrentIndex(self.HISTORY)
        self.history.focus()

    # -- showing -----------------------------------------------------------------------
    def set_tags(self, tags) -> None:
        self.tag_bar.set_tags(tags)
        self._sync_tags()

    def refresh_registry(self) -> None:
        update_completer(self.completer, self.registry)

    def show_paragraph(self, row: ParagraphRow | None, document: DocumentRow | None = None) -> None:
        new = row is None or self.paragraph is None or row.id != self.paragraph.id
        self.paragraph = row
        if document is not None or row is None:
            self.document = document
            if document is not None:
                self.coverage.set_document(document)
        enabled = row is not None and not self.read_only
        self.title.show_for(row, self.document)
        self.reviewed.setEnabled(enabled)
        self.reviewed.setChecked(bool(row and row.reviewed))
        self._show_links(row, new)
        self.link_field.setEnabled(enabled)
        self.link_button.setEnabled(enabled)
        self._sync_tags()
        self.notes.set_notes(row.id if row else None, list(row.notes) if row else [])
        self.passages.read_only = self.read_only
        self.passages.set_paragraph(row)
        if self.read_only:
            for w in (self.notes.editor, self.notes.new_button, self.notes.delete_button):
                w.setEnabled(False)
        self.history.show_for(row.id if row else None)
        change, version = self.change_for(row.id) if row and self.change_for else (None, None)
        self.change_bar.show_for(row, change, version, not self.read_only)

    def _sync_tags(self) -> None:
        row = self.paragraph
        names = {t.name for t in row.tags} if row else set()
        self.tag_bar.set_active(names, row is not None and not self.read_only)

    def _update_buttons(self) -> None:
        """The buttons of the active list act on its current row; the earlier cycles are
        the current link's, whichever list is active."""
        shown = self.links_model.item(self.links.currentIndex().row()) or self.links_model.item(0)
        link = shown if self._active == LINKS else None
        self.suggested.set_enabled(self._active == SUGGESTED)
        for b in (self.confirm_button, self.reject_button, self.unlink_button):
            b.setEnabled(link is not None and not self.read_only)
        if link is not None and not self.read_only:
            self.confirm_button.setEnabled(link.status != LinkStatus.CONFIRMED)
            self.reject_button.setEnabled(link.status != LinkStatus.REJECTED)
        self._show_earlier(shown if self.paragraph is not None else None)

    def link_typed(self) -> None:
        if self.paragraph is None:
            return
        text = self.link_field.text()
        if not text.strip():
            self.link_field.setFocus()
            return
        default = self.document.report_symbol if self.document else None
        try:
            symbol, number = self.registry.resolve(text, default)
        except BadInput as exc:
            self.status.emit(str(exc))
            return
        self._link(symbol, number)

    def link_picked(self, picked: str) -> None:
        """A row chosen in the completer's popup. Enter on it links through the field's
        returnPressed, which follows at once; a click has no Enter: link it once the
        field shows the pick (unless that Enter did already)."""
        QTimer.singleShot(0, lambda: self._link_if_shown(picked))

    def _link_if_shown(self, picked: str) -> None:
        if self.link_field.text() == picked and picked in self.registry.by_entry:
            self.link_typed()

    def _link(self, symbol: str, number: str) -> None:
        if self.paragraph is None:
            return
        if self.session.push(LinkCommand(self.session, self.paragraph.id, symbol, number)):
            # the field is ready for the next one: empty, its popup closed
            self.link_field.clear()
            self.completer.popup().hide()
            self.completer.results.set_query("")
            self.status.emit(tr("Linked to {number}").format(number=number))

    def toggle_tag(self, name: str, on: bool | None = None) -> None:
        if self.paragraph is None:
            self._sync_tags()
            return
        has = any(t.name == name for t in self.paragraph.tags)
        on = (not has) if on is None else on
        if on != has:
            self.session.push(TagCommand(self.session, self.paragraph.id, name, on))
        else:
            self._sync_tags()

    def toggle_reviewed(self, reviewed: bool | None = None) -> None:
        """Space: reviewed or not; a paragraph changed since reviewed is marked reviewed
        (which clears its mark)."""
        p = self.paragraph
        if p is not None:
            changed = p.changed_since_review
            on = (changed or not p.reviewed) if reviewed is None else reviewed
            self.session.push(ReviewedCommand(self.session, p.id, on, changed))

    def _clear_mark(self) -> None:
        if self.paragraph is not None and self.paragraph.changed_since_review:
            self.session.push(ChangedMarkCommand(self.session, self.paragraph.id, False))

    def _reviewed_clicked(self, checked: bool) -> None:
        if self.paragraph is not None and checked != self.paragraph.reviewed:
            p = self.paragraph
            self.session.push(ReviewedCommand(self.session, p.id, checked, p.changed_since_review))
