"""Search across the workspace: ranked paragraphs with the matched words highlighted.

The scope: the review the window works on (the default), all reviews, or the
document selected.  The search runs off the GUI thread (``ui.background.Latest``):
typing on never waits for it, and only the last query's answer is shown.  Its hits
are laid out on the GUI thread in slices of a few milliseconds before they are shown
(``ui.background.Slices``; never in the worker, see ``ui.delegates``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TR_NOOP, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QVBoxLayout,
    QWidget,
)

from reviewer.workspace import SearchHit
from ui.background import Latest, Slices
from ui.delegates import HtmlDelegate
from ui.i18n import tr
from ui.models.lists import SearchModel
from ui.resources import icon
from ui.session import Session

if TYPE_CHECKING:
    from reviewer.workspace import SearchHits

LIMIT = 200
THIS_REVIEW, ALL_REVIEWS, THIS_DOCUMENT = range(3)
HELP = QT_TR_NOOP(
    'Words are ANDed; "quotes" keep a phrase, educat* matches a prefix, '
    "OR gives alternatives. Enter opens the best hit."
)
SEARCHING = QT_TR_NOOP("Searching…")
SEARCHING_AFTER_MS = 120  # a quicker answer replaces the last one without a flicker


class SearchPanel(QWidget):
    open_paragraph = Signal(int, int)  # document id, paragraph id

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self.document_id: int | None = None
        self.review: str | None = None  # the window's review; None: all of them
        self.field = QLineEdit(self)
        self.field.setObjectName("searchField")
        self.field.setPlaceholderText(tr("Search paragraphs (Ctrl+F)"))
        self.field.setClearButtonEnabled(True)
        self.field.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.field.installEventFilter(self)
        self.scope = QComboBox(self)
        self.scope.setObjectName("searchScope")
        self.scope.addItems([tr("This review"), tr("All reviews"), tr("This document")])
        self.scope.setToolTip(tr("Where to search"))
        self.model = SearchModel(self)
        self.results = QListView(self)
        self.results.setObjectName("searchResults")
        self.results.setModel(self.model)
        self.delegate = HtmlDelegate(self.results)
        self.results.setItemDelegate(self.delegate)
        self.results.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.results.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.results.setResizeMode(QListView.ResizeMode.Adjust)
        self.results.activated.connect(self._activate)
        self.results.doubleClicked.connect(self._activate)  # jumping twice is harmless
        self.info = QLabel(self)
        self.info.setObjectName("hint")
        self.info.setWordWrap(True)
        self.info.setText(tr(HELP))
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(300)
        self.timer.timeout.connect(self.run)
        self.field.textChanged.connect(lambda _: self.timer.start())
        self.field.returnPressed.connect(self.jump)
        self.scope.currentIndexChanged.connect(lambda _: self.run())
        self._last: tuple | None = None
        self._open_when_answered = False  # Enter pressed while the answer was awaited
        self.loader = Latest(self)
        self.slices = Slices(self)  # the answer's hits measured before they are shown
        self.languages: tuple[str, ...] = ()  # the workspace's, as the last answer said
        self._searching = QTimer(self)
        self._searching.setSingleShot(True)
        self._searching.setInterval(SEARCHING_AFTER_MS)
        self._searching.timeout.connect(lambda: self.info.setText(tr(SEARCHING)))
        self.loader.busy_changed.connect(self._busy)
        top = QHBoxLayout()
        top.setSpacing(6)
        top.addWidget(self.field, 1)
        top.addWidget(self.scope)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 4)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.info)

    def focus(self) -> None:
        self.field.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.field.selectAll()

    def run(self) -> None:
        """Search for what the field says, in the scope chosen (unless that is what the
        last search was): the answer arrives later (``busy`` until then)."""
        self.timer.stop()
        query = self.field.text().strip()
        scope = self.scope.currentIndex()
        doc = self.document_id if scope == THIS_DOCUMENT else None
        review = self.review if scope == THIS_REVIEW else None
        key = (query, doc, review)
        if key == self._last:
            return
        self._last = key
        self.slices.cancel()  # an older answer being measured is no longer wanted
        if not query:
            self.loader.cancel()
            self._open_when_answered = False
            self.model.set_rows([])
            self.info.setText(tr(HELP))
            return
        self._open_when_answered = False  # Enter was for an earlier query
        read = self.read

        def search() -> SearchHits:
            return read(query, doc, review)

        self.loader.run(search, self._answered, failed=self._failed)

    def read(self, query: str, document_id: int | None, review: str | None) -> SearchHits:
        """The search itself: runs in a worker thread (the workspace's reads are safe
        there), never in the GUI thread; the workspace's languages come with the hits
        (``SearchHits.languages``), read in the same transaction."""
        return self.session.ws.search(query, limit=LIMIT, document_id=document_id, review=review)

    @property
    def busy(self) -> bool:
        """A search's answer is awaited (or being measured to be shown)."""
        return self.loader.busy or self.slices.busy

    def wait(self, timeout_ms: int = 10_000) -> bool:
        """Until the awaited answer is shown (tests; False on timeout)."""
        return self.loader.wait(timeout_ms) and self.slices.wait(timeout_ms)

    def stop(self) -> None:
        """The window closes: no more searches, the one under way waited for."""
        self.timer.stop()
        self.slices.cancel()
        self.loader.stop()

    def _busy(self, busy: bool) -> None:
        if busy:
            self._searching.start()
        else:
            self._searching.stop()

    def _answered(self, hits: SearchHits) -> None:
        # laid out a few at a time first: the list sizing 200 hits then lays out none
        self.languages = hits.languages
        html = self.model.html
        self.slices.run([html(h) for h in hits], self.delegate.measure, lambda: self._show(hits))

    def _show(self, hits: list[SearchHit]) -> None:
        self.model.set_rows(hits)
        n = len(hits)
        if n == LIMIT:  # the first LIMIT of more
            said = tr("{n}+ paragraphs, best first").format(n=n)
        else:
            said = tr("%n paragraph(s), best first", "", n) if n else tr("No match")
        self.info.setText(said)
        if hits:
            self.results.setCurrentIndex(self.model.index(0))
        if self._open_when_answered:
            self._open_when_answered = False
            self._open_current()

    def _failed(self, message: str) -> None:
        """A query with nothing to search for, a document gone: said in the hint line."""
        self.slices.cancel()
        self._open_when_answered = False
        self.model.set_rows([])
        self.info.setText(message)

    def set_document(self, document_id: int | None) -> None:
        self.document_id = document_id
        if self.scope.currentIndex() == THIS_DOCUMENT:
            self.run()

    def set_review(self, code: str | None, label: str | None = None) -> None:
        """The window's review changed: "This review" searches it (all when None)."""
        self.review = code
        self.scope.setItemData(
            THIS_REVIEW,
            tr("Only {review}").format(review=label or code)
            if code
            else tr("No review chosen: every review"),
            Qt.ItemDataRole.ToolTipRole,
        )
        if self.scope.currentIndex() == THIS_REVIEW:
            self.run()

    def invalidate(self) -> None:
        """The workspace changed (an import): run the same query again when shown."""
        self._last = None
        if self.field.text().strip():
            self.run()

    def jump(self) -> None:
        """Enter in the field: search now if needed, then open the selected hit (once
        the answer is there)."""
        self.run()
        if self.busy:
            self._open_when_answered = True
            return
        self._open_current()

    def _open_current(self) -> None:
        idx = self.results.currentIndex()
        if not idx.isValid() and self.model.rowCount():
            idx = self.model.index(0)
        if idx.isValid():
            self._activate(idx)

    def _activate(self, index) -> None:
        hit: SearchHit | None = self.model.item(index.row())
        if hit is not None:
            self.open_paragraph.emit(hit.document_id, hit.paragraph_id)

    def eventFilter(self, obj: QObject, event: QEvent) -> bool:
        """Up/Down in the field move through the results, as in a browser's find bar."""
        if obj is self.field and event.type() == QEvent.Type.KeyPress:
            key = event.key()
            if key in (Qt.Key.Key_Down, Qt.Key.Key_Up) and self.model.rowCount():
                row = self.results.currentIndex().row()
                row += 1 if key == Qt.Key.Key_Down else -1
                row = max(0, min(self.model.rowCount() - 1, row))
                self.results.setCurrentIndex(self.model.index(row))
                return True
        return super().eventFilter(obj, event)
