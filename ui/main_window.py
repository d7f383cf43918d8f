"""The review window: documents and search on the left, reading in the middle, the
inspector on the right; the recommendations registry in a second tab, the review's
coverage (recommendations × its documents, charts) in a third.

The window works on one review ("CHN-4", chosen in the toolbar's switcher and
remembered per workspace) or on all of them: the documents pane, search, the
reading pane's "All documents" and the link completer's registry follow it.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import Qt, QThreadPool, QTimer, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QWidget

from reviewer import __version__
from reviewer.workspace import EDITOR, Changes
from ui.actions import build as build_actions
from ui.completer import Registry
from ui.dialogs import help as help_dialogs
from ui.dialogs import workspace as dialogs
from ui.housekeeping import DailyBackup, ExternalChanges
from ui.i18n import tr
from ui.importer import Importer
from ui.models.coverage import CoverageCache
from ui.panels.documents import DocumentsPanel
from ui.panels.inspector import InspectorPanel
from ui.panels.reading import ReadingPanel
from ui.panels.review_notices import ReviewNotices
from ui.panels.search import SearchPanel
from ui.resources import icon
from ui.reviews import ReviewSwitcher
from ui.session import Session
from ui.settings import Settings
from ui.window_documents import DocumentsMixin, import_summary
from ui.window_drafts import DraftsMixin
from ui.window_indexing import IndexingMixin
from ui.window_merge import TransferMixin
from ui.window_navigation import NavigationMixin
from ui.window_page import PageViewMixin
from ui.window_passages import PassagesMixin
from ui.window_polish import PolishMixin
from ui.window_reviews import ReviewsMixin
from ui.window_suggestions import SuggestionsMixin
from ui.window_tabs import TabsMixin
from ui.window_tags import TagsMixin
from ui.window_team import TeamMixin


class MainWindow(
    ReviewsMixin,
    SuggestionsMixin,
    DraftsMixin,
    DocumentsMixin,
    TagsMixin,
    PassagesMixin,
    PageViewMixin,
    NavigationMixin,
    PolishMixin,
    TransferMixin,
    TeamMixin,
    IndexingMixin,
    TabsMixin,
    QMainWindow,
):
    review_changed = Signal(object)  # the review code chosen, or None for all reviews

    def __init__(
        self,
        session: Session,
        settings: Settings,
        opener: Callable[[object], object] | None = None,
        parent: QWidget | None = None,
        first_reads: dict | None = None,  # at start-up: see ui.app.Loading
    ):
        super().__init__(parent)
        self.session = session
        self.settings = settings
        self.opener = opener
        ws = session.ws
        self.setWindowIcon(icon("app"))
        self.setAcceptDrops(True)
        self._init_reviews(first_reads)
        self.registry = Registry(loader=self._registry_rows)  # read when first used

        self.documents = DocumentsPanel(self)
        self.reading = ReadingPanel(session, self.registry, self)
        self.notices = ReviewNotices(self.reading)
        # under the document's title, above its paragraphs
        self.reading.layout().insertWidget(2, self.notices)
        self.coverage_cache = CoverageCache(ws)  # one read per change, for both coverage views
        self.inspector = InspectorPanel(session, self.registry, self, self.coverage_cache)
        self.search = SearchPanel(session, self)
        self._init_tabs()  # Recommendations and Coverage: built when first shown
        self.docks = [
            self._dock(
                "documents", tr("Documents"), self.documents, Qt.DockWidgetArea.LeftDockWidgetArea
            ),
            self._dock("search", tr("Search"), self.search, Qt.DockWidgetArea.LeftDockWidgetArea),
            self._dock(
                "inspector", tr("Paragraph"), self.inspector, Qt.DockWidgetArea.RightDockWidgetArea
            ),
        ]
        self.setCorner(Qt.Corner.BottomLeftCorner, Qt.DockWidgetArea.LeftDockWidgetArea)
        self.setCorner(Qt.Corner.BottomRightCorner, Qt.DockWidgetArea.RightDockWidgetArea)
        self.importer = Importer(self, ws)
        self.importer.finished.connect(self._imported)
        self._init_tags()  # the Notes pane, before View › Notes
        self.actions_ = build_actions(self)
        self._init_suggestions()
        self._init_passages()  # words of a paragraph selected, tagged, noted
        self._init_drafts()  # versions, watched files, the draft check
        self._init_documents()  # remove, rename, edit details; files already there
        self._init_page_view()  # View › Page view: the PDF page beside the reading pane
        self._init_transfer()  # File › Merge workspace…, Copy workspace to…
        self.review_switcher = ReviewSwitcher(self)
        self._add_switcher()
        self.author_label = QLabel(self)
        self.author_label.setObjectName("hint")
        self.statusBar().addPermanentWidget(self.author_label)
        self._show_author()
        self._init_team()  # File › Connect to team workspace…, the login's role, history

        self.documents.document_selected.connect(self._document_selected)
        self.documents.review_chosen.connect(self.move_document)
        self.documents.other_review_wanted.connect(self.choose_document_review)
        self.documents.sort_changed.connect(self.settings.set_documents_sort)
        self.notices.confirm_review.connect(self.move_document)
        self.notices.other_review.connect(self.choose_document_review)
        self.notices.reading_chosen.connect(self.choose_short_reading)
        self.notices.propose_reading.connect(self.propose_short_reading)
        self.reading.filter_bar.changed.connect(self._update_notices)
        self.review_switcher.chosen.connect(self.set_review)
        self.reading.current_changed.connect(self._paragraph_selected)
        self.reading.status.connect(self.message)
        self.inspector.status.connect(self.message)
        self.search.open_paragraph.connect(self.open_paragraph)
        self.inspector.coverage.open_paragraph.connect(self.open_paragraph)
        self.documents.coverage_wanted.connect(self.show_document_coverage)
        self.review_changed.connect(self._tell_coverage_review)
        session.applied.connect(self.apply)
        session.error.connect(self.message)
        session.undo_stack.indexChanged.connect(lambda _: self._update_title())

        self.reload_tags(counts=False)  # counted after the first paint
        sort = settings.documents_sort()
        if sort is not None:
            self.documents.sort_by(*sort)
        self._show_reviews()
        self._scope_panes()
        self._scope_registry()
        self._update_title()
        self._init_polish()  # theme menu, empty panes, search marks, steady layout
        self._restore_layout()

        ws.backup_keep = settings.backup_keep
        self.external = ExternalChanges(ws, self)
        self.external.changed.connect(self._external_change)
        self.daily_backup = DailyBackup(ws, self)  # a file's (a server keeps its own)
        self.daily_backup.made.connect(self._daily_backup_made)
        self.daily_backup.failed.connect(self.message)
        self._init_indexing()  # search indexing in the background: "Indexing…"
        if ws.notice:
            QTimer.singleShot(0, lambda: self.message(ws.notice))

    def _dock(self, name: str, title: str, widget: QWidget, area) -> QDockWidget:
        dock = QDockWidget(title, self)
        dock.setObjectName(f"dock_{name}")
        dock.setWidget(widget)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        self.addDockWidget(area, dock)
        return dock

    # -- state -----------------------------------------------------------------------
    @property
    def ws(self):
        return self.session.ws

    def message(self, text: str) -> None:
        self.statusBar().showMessage(text, 6000)

    def _daily_backup_made(self, file: str) -> None:
        """Said only over an empty status bar: never over what the person's action said."""
        if not self.statusBar().currentMessage():
            self.message(tr("Daily backup: {name}").format(name=Path(file).name))

    def _show_author(self) -> None:
        named = dialogs.reviewer_named(self)
        who = named or tr("not named yet (work recorded as {author})").format(author=self.ws.author)
        self.author_label.setText(tr("Reviewer: {who}").format(who=who) + "  ")

    def _document_selected(self, doc) -> None:
        self.inspector.notes.flush()
        self.inspector.coverage.set_document(doc)
        self.reading.show_document(doc, self.documents.titles())
        self.search.set_document(doc.id if doc else None)
        self._update_notices()

    def _paragraph_selected(self, row) -> None:
        self.inspector.notes.flush()
        doc = None
        if row is not None:
            doc = self.documents.model.document(self.documents.model.row_of(row.document_id))
        self.inspector.show_paragraph(row, doc)

    def apply(self, changes: Changes, keep_document: int | None = None) -> None:
        """Re-read what ``changes`` says changed: the one refresh path of the window.

        Undo commands, imports, a restore and other programs' writes all end here.
        """
        if not changes:
            return
        current = self.reading.current_id()
        self._reread_reviews(changes)
        if changes.registry_rows_only:
            self._update_registry_rows(changes.recommendations)
        elif changes.registry or changes.links or changes.reviews:
            self.registry.set_rows(self._registry_rows())
            self.inspector.refresh_registry()
            self.reading.filter_bar.refresh_registry()
            self._mark_tabs_stale(recommendations=True, coverage=False)
        if changes.registry or changes.links or changes.reviews or changes.documents:
            self.coverage_cache.clear()
            self._mark_tabs_stale(recommendations=False, coverage=True)
            self.inspector.coverage.mark_stale()
            dialog = getattr(self, "document_coverage_dialog", None)
            if dialog is not None:
                dialog.view.mark_stale()
        self._apply_tags_and_notes(changes)
        if changes.documents or changes.reviews:
            keep = self.documents.current_id() or keep_document
            self._scope_panes(keep)
            self.search.invalidate()
        elif changes.reviewed:
            self._update_document_rows(changes)
        if changes.documents or changes.reviews or changes.registry or changes.links:
            self._update_notices()
        if changes.all_paragraphs:
            self.reading.reload(current)
        else:
            for pid in changes.paragraphs:
                self.reading.refresh_paragraph(pid)
        current = self.reading.current_id()
        if changes.touches(current) or changes.all_paragraphs:
            # (rows being read again off the GUI thread: the paragraph as it is now)
            shown = None if self.reading.busy else self.reading.current_paragraph()
            row = shown or (self.ws.paragraph(current) if current is not None else None)
            if row is not None:
                self.inspector.show_paragraph(row)

    def reload_all(self) -> None:
        """Re-read everything shown (after a restore, or another program's writes)."""
        self.inspector.notes.flush()
        self.ws.take_changes()  # everything is re-read anyway
        self.apply(Changes.everything())

    def _external_change(self) -> None:
        # a team workspace says what its colleagues changed; a file, only that it moved
        self.apply(self.ws.take_changes() | self.ws.external_changes())
        who = tr("a colleague") if self.ws.server else tr("another program")
        self.message(tr("Updated with changes saved by {who}").format(who=who))

    # -- files -----------------------------------------------------------------------
    def import_files(self, paths: list[Path | str]) -> bool:
        """The one import path: the menu, a drop and the first-start sample all call this."""
        paths = [Path(p) for p in paths]
        if not self.may(EDITOR):
            return False
        if self.importer.busy:
            self.message(tr("An import is running; try again when it has finished"))
            return False
        return self.importer.start(paths)

    def _imported(self, done: list, failed: list) -> None:
        first = next((r.document_id for r in done if r.paragraphs), None)
        changes = self.ws.take_changes()
        self._follow_import([r.document_id for r in done])
        self.apply(changes, keep_document=first or (done[0].document_id if done else None))
        self.message(import_summary(done, failed))

    def choose_import(self) -> None:
        dialogs.choose_import(self)

    def choose_workspace(self) -> None:
        dialogs.choose_workspace(self)

    def new_workspace(self) -> None:
        dialogs.new_workspace(self)

    def fill_recent_menu(self) -> None:
        dialogs.fill_recent_menu(self, self.recent_menu)

    def export_brief(self) -> None:
        dialogs.export_brief(self)  # the dialog starts on self.current_review

    def export_coverage(self) -> None:
        """File › Export coverage…: the current review's, as XLSX or CSV."""
        from ui.dialogs.export_coverage import export_coverage

        export_coverage(self)

    def show_coverage(self) -> None:
        self.show_tab(2)

    def show_document_coverage(self, document_id: int | None = None) -> None:
        """Documents pane › Coverage of this document…: what it cites, what it was
        expected to address (a window of its own)."""
        from ui.dialogs.document_coverage import DocumentCoverageDialog

        doc = self.ws.get_document(document_id) if document_id else self.documents.current()
        if doc is None:
            self.message(tr("Select a document first"))
            return
        dialog = getattr(self, "document_coverage_dialog", None)
        if dialog is None:
            dialog = DocumentCoverageDialog(self.session, self.coverage_cache, doc, self)
            dialog.view.open_paragraph.connect(self.open_paragraph)
            dialog.view.status.connect(self.message)
            self.document_coverage_dialog = dialog
        else:
            dialog.set_document(doc)
        dialog.show()
        dialog.raise_()

    def restore_backup(self) -> None:
        dialogs.restore_backup(self)

    def change_author(self) -> None:
        dialogs.change_author(self)
        self._show_author()

    def show_shortcuts(self) -> None:
        help_dialogs.show_shortcuts(self)

    def about(self) -> None:
        help_dialogs.about(self, __version__)

    # -- layout and closing ------------------------------------------------------------------
    def _restore_layout(self) -> None:
        geometry, state = self.settings.window_state()
        if geometry is not None:
            self.restoreGeometry(geometry)
        else:
            self.resize(1280, 800)
        if state is None or not self.restoreState(state):
            self.fit_docks()

    def fit_docks(self, width: int | None = None, height: int | None = None) -> None:
        """The default layout: side panes about a third and a quarter of the width."""
        width, height = width or self.width(), height or self.height()
        left, right = int(width * 0.28), int(width * 0.26)
        self.resizeDocks([self.docks[0], self.docks[2]], [left, right], Qt.Orientation.Horizontal)
        self.resizeDocks(
            self.docks[:2], [int(height * 0.62), int(height * 0.38)], Qt.Orientation.Vertical
        )

    def closeEvent(self, event: QCloseEvent) -> None:
        self.external.stop()
        self.daily_backup.stop()
        self.inspector.notes.flush()
        if self.importer.busy:
            self.importer.task.cancel()
            QThreadPool.globalInstance().waitForDone(30_000)
        self.suggester.stop()
        self.suggest_loader.stop()
        self._stop_reviews()
        self.document_rows_loader.stop()
        for stop in (self.search.stop, self.reading.stop, self.inspector.stop, self._stop_tabs,
                     self.stop_indexing):  # fmt: skip
            stop()  # reads and indexing under way end before the workspace closes
        self.stop_drafts()
        self.stop_transfer()
        self.settings.save_window_state(self.saveGeometry(), self.saveState())
        self.session.close()
        super().closeEvent(event)
