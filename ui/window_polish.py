"""The window's finish: View › Theme, the first start's name bar, what empty panes
say, the search's words marked in the paragraph a hit opened, and a layout that
stays put (the toolbar as labels change, the inspector as a note appears).

A part of ``MainWindow`` (a mixin using its panels), as ``ReviewsMixin`` is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TR_NOOP, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QComboBox, QLabel, QMenu, QToolBar

from reviewer.workspace import Changes
from ui import theme
from ui.i18n import tr
from ui.panels.empty_state import EmptyState, NameBar
from ui.window_language import LanguageMixin

if TYPE_CHECKING:
    from ui.main_window import MainWindow

    _Base = MainWindow
else:
    _Base = object

THEMES = (
    (theme.SYSTEM, QT_TR_NOOP("&System"), QT_TR_NOOP("Follow the desktop's light or dark scheme")),
    (theme.LIGHT, QT_TR_NOOP("&Light"), QT_TR_NOOP("Dark text on light panes")),
    (theme.DARK, QT_TR_NOOP("&Dark"), QT_TR_NOOP("Light text on dark panes")),
)
NO_DOCUMENTS = QT_TR_NOOP(
    "<b>No documents yet</b><br>Import submissions and UN documents (PDF, Word, text),"
    " or drop their files here."
)
NO_REVIEW_DOCUMENTS = QT_TR_NOOP(
    "<b>No documents in this review yet</b><br>Import its documents, or drop their files"
    " here; “All reviews” in the toolbar shows every document."
)
EMPTY_REGISTRY = QT_TR_NOOP(
    "<b>No recommendations yet</b><br>The registry fills from the UN documents that list"
    " them: the Working Group's report on a review (A/HRC/…, PDF or Word), its addendum"
    " with the State's responses, OHCHR's thematic list of recommendations, or a UPR Info"
    " database export (XLSX or CSV).  Import them, or drop their files here; submissions"
    " citing them then link to them."
)
NO_NOTES = QT_TR_NOOP("No notes on this paragraph")
EMPTY_REVIEW_REGISTRY = QT_TR_NOOP(
    "<b>No recommendations for this review yet</b><br>Import the Working Group's report on"
    " it (A/HRC/…), its addendum with the State's responses or OHCHR's thematic list."
)


class PolishMixin(LanguageMixin):
    def _init_polish(self) -> None:
        self._init_theme_menu()
        self._init_language_menu()
        self._init_empty_states()
        self._init_search_marks()
        self._steady_layout()

    # -- the theme ---------------------------------------------------------------------------
    def _init_theme_menu(self) -> None:
        menu = QMenu(tr("&Theme"), self)
        menu.setObjectName("themeMenu")
        group = QActionGroup(self)
        group.setExclusive(True)
        for mode, text, tip in THEMES:
            act = self.actions_.add(f"theme_{mode}", tr(text), lambda m=mode: self.set_theme(m),
                                    (), None, tr(tip))  # fmt: skip
            act.setCheckable(True)
            group.addAction(act)
            menu.addAction(act)
        self.theme_menu = menu
        self.view_menu.addSeparator()
        self.view_menu.addMenu(menu)
        self._check_theme()
        theme.changed().connect(self._theme_changed)

    def set_theme(self, mode: str) -> None:
        """View › Theme: "system", "light" or "dark", remembered for the next start."""
        self.settings.theme = mode
        theme.apply(mode)

    def _check_theme(self) -> None:
        self.actions_.all[f"theme_{theme.mode()}"].setChecked(True)

    def _theme_changed(self, _name: str) -> None:
        """Everything shown is read again: rows keep their HTML, and it holds colours."""
        self._check_theme()
        if not self.isVisible():  # closed (its workspace with it), not yet collected
            return
        self.inspector.notes.flush()
        self.apply(Changes.everything())
        self._update_empty_states()

    # -- the first start: the reviewer's name, asked inside the window -----------------------
    def ask_reviewer_name(self) -> None:
        """A bar at the top of the window: the name goes to the settings and the
        workspace, as Edit › Reviewer name… does; "Not now" keeps the login name for
        this run, and the bar comes back on the next start."""
        if getattr(self, "name_bar", None) is not None:
            return
        bar = NameBar(self.ws.author, self)
        holder = QToolBar(tr("Reviewer name"), self)
        holder.setObjectName("toolbar_reviewer_name")
        holder.setMovable(False)
        holder.setFloatable(False)
        holder.toggleViewAction().setVisible(False)
        holder.addWidget(bar)
        self.addToolBarBreak(Qt.ToolBarArea.TopToolBarArea)
        self.addToolBar(Qt.ToolBarArea.TopToolBarArea, holder)
        holder.show()
        self.name_bar, self._name_holder = bar, holder
        bar.chosen.connect(self._name_chosen)
        bar.later.connect(self._close_name_bar)
        bar.field.setFocus(Qt.FocusReason.OtherFocusReason)

    def _name_chosen(self, name: str) -> None:
        self.settings.author = name
        self.ws.author = name
        self._show_author()
        self.message(tr("Links, tags and notes are recorded as {name}").format(name=name))
        self._close_name_bar()

    def _close_name_bar(self) -> None:
        holder = getattr(self, "_name_holder", None)
        if holder is not None:
            self.removeToolBar(holder)
            holder.deleteLater()
        self.name_bar = self._name_holder = None

    # -- empty panes -------------------------------------------------------------------------
    def _init_empty_states(self) -> None:
        self.documents_empty = EmptyState(
            self.documents.view, tr(NO_DOCUMENTS), tr("&Import files…"), self.choose_import
        )
        self.registry_empty: EmptyState | None = None  # with the Recommendations tab
        self._watch_rows(self.documents.model)
        empty = self.reading.empty
        empty.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        empty.linkActivated.connect(lambda _link: self.reading.filter_bar.reset())
        self._update_empty_states()

    def _init_registry_empty(self, panel) -> None:
        """The Recommendations tab's empty state, when the tab is built (ui.window_tabs)."""
        self.registry_empty = EmptyState(
            panel.table, tr(EMPTY_REGISTRY), tr("Import files…"), self.choose_import
        )
        self._watch_rows(panel.model)
        self._update_empty_states()

    def _watch_rows(self, model) -> None:
        model.modelReset.connect(self._update_empty_states)
        model.rowsInserted.connect(self._update_empty_states)
        model.rowsRemoved.connect(self._update_empty_states)

    def _update_empty_states(self, *_args) -> None:
        scoped = getattr(self, "current_review", None) is not None
        self.documents_empty.set_text(tr(NO_REVIEW_DOCUMENTS) if scoped else tr(NO_DOCUMENTS))
        self.documents_empty.set_shown(self.documents.model.rowCount() == 0)
        registry = self.built_tab("recommendations")
        if registry is not None and self.registry_empty is not None:
            self.registry_empty.set_text(
                tr(EMPTY_REVIEW_REGISTRY) if scoped else tr(EMPTY_REGISTRY)
            )
            self.registry_empty.set_shown(registry.registry_empty())

    # -- the search's words in the paragraph a hit opened --------------------------------------
    def _init_search_marks(self) -> None:
        # after the window's own open_paragraph (connected first): the paragraph is shown
        self.search.open_paragraph.connect(self._mark_search)
        self.search.field.textChanged.connect(lambda _text: self.reading.model.set_marks(None))
        self.reading.current_changed.connect(self._unmark_elsewhere)

    def _mark_search(self, _document_id: int, paragraph_id: int) -> None:
        if self.reading.current_id() == paragraph_id:
            query = self.search.field.text().strip()
            self.reading.model.set_marks(paragraph_id, query, self.search.languages)

    def _unmark_elsewhere(self, row) -> None:
        marks = self.reading.model.marks
        if marks is not None and (row is None or row.id != marks[0]):
            self.reading.model.set_marks(None)

    # -- a layout that stays put ------------------------------------------------------------
    def _steady_layout(self) -> None:
        """The review switcher as wide whatever it shows (the toolbar's buttons stay);
        the inspector's title as tall for every paragraph, its notes list shown with
        or without notes (its sections stay from one paragraph to the next)."""
        switcher: QComboBox = self.review_switcher
        switcher.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        switcher.setMinimumContentsLength(20)
        # the notes list keeps its room while a paragraph has no notes (saying so): the
        # first note (or the next paragraph's) resizes nothing; a little less room for
        # the list, the editor and the links list keeps the window's least height
        ins = self.inspector
        ins.notes.list.setMinimumHeight(56)
        ins.notes.editor.setFixedHeight(72)
        ins.links.setMinimumHeight(40)
        self.notes_empty = NotesHint(ins.notes)
        title = self.inspector.title  # "¶ 2 · page 1" over the document's title
        title.ensurePolished()
        shown = title.text()
        title.setText(tr("<b>¶ 2</b><br><span style='font-size:small'>Title</span>"))
        title.setFixedHeight(title.sizeHint().height())
        title.setText(shown)
        title.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)


class NotesHint(QLabel):
    """ "No notes on this paragraph", where the notes list stands while it is hidden
    (its layout keeps the list's room: nothing moves when the first note comes)."""

    def __init__(self, notes):
        super().__init__(tr(NO_NOTES), notes)
        self.setObjectName("notesHint")
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.notes = notes
        policy = notes.list.sizePolicy()
        policy.setRetainSizeWhenHidden(True)
        notes.list.setSizePolicy(policy)
        notes.installEventFilter(self)
        notes.list.installEventFilter(self)
        self._sync()

    def _sync(self) -> None:
        self.setGeometry(self.notes.list.geometry())
        self.setVisible(self.notes.list.isHidden())

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide,
                            QEvent.Type.Move, QEvent.Type.LayoutRequest):  # fmt: skip
            QTimer.singleShot(0, self, self._sync)
        return False
