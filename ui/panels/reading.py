"""The reading pane: a document's paragraphs (or a filtered set), read and reviewed here.

The current paragraph's text can be selected (``ui.passage_view``): the pane keeps a
read-only editor open over it, so that words of it can be tagged or noted."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import (
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QListView,
    QMenu,
    QVBoxLayout,
    QWidget,
)

from reviewer.workspace import DocumentRow, ParagraphRow
from ui.background import Latest
from ui.completer import Registry
from ui.i18n import tr
from ui.models.paragraphs import Batch, ParagraphsModel
from ui.panels.filter_bar import FilterBar, Filters
from ui.panels.reading_passages import PassageSelection
from ui.passage_view import PassageDelegate, PassageEditor
from ui.render import MUTED, right_to_left
from ui.session import Session


class ReadingPanel(PassageSelection, QWidget):
    current_changed = Signal(object)  # ParagraphRow | None
    status = Signal(str)
    # the document about to be shown (an earlier version's row too), before its
    # paragraphs are read: what depends on it is set first
    document_shown = Signal(object)  # DocumentRow | None

    def __init__(self, session: Session, registry: Registry, parent=None):
        super().__init__(parent)
        self.session = session
        self.document: DocumentRow | None = None
        self.titles: dict[int, str] = {}
        # "All documents" covers these (the window's review), or every document if None
        self.scope_ids: list[int] | None = None
        self.scope_label: str | None = None
        self.filter_bar = FilterBar(registry, self)
        self.filter_bar.changed.connect(self.reload)
        self.loader = Latest(self)  # what the filters choose, read off the GUI thread
        self._ids_of: int | None = None  # the document whose ids are shown (read)
        self.filter_bar.problem.connect(self.status)
        self.header = QLabel(self)
        self.header.setObjectName("readingHeader")
        self.header.setWordWrap(True)
        # batches read off the GUI thread as the view scrolls, their heights measured there
        self.model = ParagraphsModel(session.ws, self, background=True)
        self.view = QListView(self)
        self.view.setObjectName("readingView")
        self.view.setModel(self.model)
        self.delegate = PassageDelegate(self.view)
        self.delegate.read_from(self.model)
        self.model.measure = self.delegate.measure
        self.model.keeps_size = self.delegate.keeps_size
        self.delegate.editor_made = self._editor_made
        self.view.setItemDelegate(self.delegate)
        # the current paragraph's selectable text (ui.passage_view); the window adds its
        # passage actions to the editor's context menu through ``passage_menu``
        self._editing = QPersistentModelIndex()
        self._dragging: PassageEditor | None = None
        self.passage_menu: Callable[[QMenu], None] | None = None
        self.model.dataChanged.connect(self._data_changed)
        self.model.repaint.connect(self._repaint_row)
        self.view.viewport().installEventFilter(self)
        self.view.installEventFilter(self)  # End: the document's last paragraph
        self.view.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.view.verticalScrollBar().setSingleStep(24)
        self.view.setResizeMode(QListView.ResizeMode.Adjust)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setUniformItemSizes(False)
        self.view.setWordWrap(True)
        self.view.setSpacing(0)
        self.view.selectionModel().currentChanged.connect(self._current)
        self.empty = QLabel(self)
        self.empty.setObjectName("emptyHint")
        self.empty.setWordWrap(True)
        self.empty.hide()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.filter_bar)
        layout.addWidget(self.header)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.empty, 1)

    # -- what is shown -----------------------------------------------------------------
    def show_document(self, document: DocumentRow | None, titles: dict[int, str]) -> None:
        same = None not in (document, self.document) and document.id == self.document.id
        self.document = document
        if same:  # its title or details changed: said at once, the rows follow
            self._update_header()
        self.titles = titles
        self.filter_bar.default_symbol = document.report_symbol if document else None
        self.document_shown.emit(document)
        self.reload()

    def filters(self) -> Filters:
        return self.filter_bar.filters()

    def set_scope(self, document_ids: list[int] | None, label: str | None = None) -> None:
        """The documents "All documents" covers: a review's (None: every document)."""
        self.scope_ids = sorted(document_ids) if document_ids is not None else None
        self.scope_label = label
        self.filter_bar.set_scope_label(label)
        if self.filters().all_documents:
            self.reload()

    def _all_documents_ids(self, f: Filters) -> list[int]:
        """Paragraph ids over every document, or over the review's, in reading order."""
        return self._filtered_ids(f, None, self.scope_ids)()

    def _filtered_ids(
        self, f: Filters, document_id: int | None, scope: list[int] | None
    ) -> Callable[[], list[int]]:
        """The read of the ids ``f`` shows (one document's, or over ``scope``; None:
        every document): safe in a worker, the arguments taken now."""
        ws = self.session.ws
        kw = dict(
            tag=f.tag,
            recommendation_id=f.recommendation_id,
            has_note=f.has_note,
            unreviewed=f.unreviewed,
        )
        if f.all_documents:
            return lambda: ws.paragraph_ids_filtered(document_id=None, document_ids=scope, **kw)
        return lambda: ws.paragraph_ids_filtered(document_id=document_id, **kw)

    def reload(self, keep: int | None = None) -> None:
        """Re-query the ids for the document and filters; keep a paragraph selected if given.

        Another document's ids, or what filters choose, and the first rows are read off
        the GUI thread (``self.loader``): the pane shows them when they arrive, what it
        showed stays until then, and an older request's answer is dropped (``wait``
        for tests and for what needs them).  The document shown, unfiltered, is read
        again at once (after a change, or its filters cleared)."""
        f = self.filters()
        keep = keep if keep is not None else self.current_id()
        doc_id = None if f.all_documents else (self.document.id if self.document else None)
        titles = self.titles if f.all_documents else None
        if doc_id is None and not f.all_documents:
            self.loader.cancel()  # an answer still awaited is no longer wanted
            self._show_ids([], titles, keep)
            return
        if not f.active and doc_id == self._ids_of and not self.loader.busy:
            # the document shown, read again after a change (or its filters cleared):
            # at once, one indexed read, so what acts on its rows next finds them
            self._ids_of = doc_id
            self._show_ids(self.session.ws.paragraph_ids(doc_id), titles, keep)
            return
        if f.active:
            read_ids = self._filtered_ids(f, doc_id, self.scope_ids)
        else:
            ws, of = self.session.ws, doc_id
            read_ids = lambda: ws.paragraph_ids(of)  # noqa: E731
        # (the first rows' heights measured here when the view sizes them: a screenful
        # costs a few ms; never in the worker, see ui.delegates)
        read_rows = self.model.batch_reader(titles)
        first, most = self.model.FIRST, self.model.BATCH

        def read() -> tuple[list[int], Batch]:  # the ids, and the first rows (to the kept one)
            ids = read_ids()
            pos = ids.index(keep) if keep in ids else -1
            return ids, read_rows(ids[: pos + 1 if first <= pos < most else first])

        def show(answer: tuple[list[int], Batch]) -> None:
            self._ids_of = doc_id
            self._show_ids(answer[0], titles, keep, answer[1])

        if self.model.total() == 0:  # until the answer: a blank page, not "nothing here"
            self.empty.hide()
            self.view.show()
        self.loader.run(read, show, self.status.emit)

    def _show_ids(
        self,
        ids: list[int],
        titles: dict[int, str] | None,
        keep: int | None,
        first: Batch | None = None,
    ) -> None:
        self.model.set_ids(ids, titles, first)
        self._update_header()
        row = self.model.row_of(keep, load=False) if keep else -1
        if row < 0 and keep and keep in ids:  # further down: read as ``select_row`` reads
            row = ids.index(keep)
        self.select_row(row if row >= 0 else 0)
        if self.model.rowCount() == 0:
            self.current_changed.emit(None)

    @property
    def busy(self) -> bool:
        """A filter's paragraphs (or a batch of rows) are being read."""
        return self.loader.busy or self.model.fetching

    def wait(self, timeout_ms: int = 10_000) -> bool:
        """Until what the filters chose is shown (tests, and a jump that needs it)."""
        return self.loader.wait(timeout_ms)

    def stop(self) -> None:
        """The window closes: no more reads; those under way waited for."""
        self.loader.stop()
        if self.model.loader is not None:
            self.model.loader.stop()
        if self.model.slices is not None:
            self.model.slices.cancel()

    def _update_header(self) -> None:
        f, d = self.filters(), self.document
        total = self.model.total()
        if f.all_documents:
            title = (
                escape(tr("All documents of {review}").format(review=self.scope_label))
                if self.scope_label
                else escape(tr("All documents"))
            )
        elif d is not None:
            org = (
                f" <span style='color:{MUTED}'>· {escape(d.organisation)}</span>"
                if d.organisation
                else ""
            )
            title = f"<b>{escape(d.title)}</b>{org}"
        else:
            title = ""
        if f.active:
            count = tr("%n paragraph(s) match the filters", "", total)
        else:
            count = tr("%n paragraph(s)", "", total)
            if d is not None:
                count += tr(" · {n} reviewed").format(n=d.reviewed)
        if d is not None and not f.all_documents and (d.version > 1 or d.version_of):
            count += tr(" · version {n}").format(n=d.version)
            count += tr(" (read-only)") if d.version_of else ""
        count = f"<span style='color:{MUTED}'>{escape(count)}</span>"
        if d is not None and not f.all_documents and right_to_left(d.title):
            # an Arabic title reads right to left, the count under it left to right
            self.header.setText(f'<div dir="rtl">{title}</div><div dir="ltr">{count}</div>')
        else:
            self.header.setText(f"{title}<br>{count}" if title else "")
        self.header.setVisible(bool(title))
        empty = total == 0
        self.view.setVisible(not empty)
        self.empty.setVisible(empty)
        if empty:
            if d is not None and d.paragraphs == 0 and not f.active:
                self.empty.setText(
                    tr(
                        "This document has no paragraphs to read: it fed the recommendation "
                        "registry (see View → Recommendations)."
                    )
                )
            elif f.active:
                self.empty.setText(
                    tr(
                        "No paragraph matches these filters — <a href='clear'>Clear filters</a>"
                        " (Ctrl+Shift+X)"
                    )
                )
            else:
                self.empty.setText(
                    tr("Import a submission (File → Import, Ctrl+I) or drop files here.")
                )

    def update_document(self, document: DocumentRow) -> None:
        if self.document and document.id == self.document.id:
            self.document = document
            self._update_header()

    # -- selection ---------------------------------------------------------------------
    def current_id(self) -> int | None:
        row = self.current_paragraph()
        return row.id if row else None

    def current_paragraph(self) -> ParagraphRow | None:
        return self.model.paragraph(self.view.currentIndex().row())

    def select_row(self, row: int, at_top: bool = False) -> bool:
        """Select the row (True: it is, or will be once read), in view (``at_top``: at
        the top of it).  Far below the rows read so far (more than a batch to read: End,
        a search hit, a versions pane's jump, a kept paragraph far on), the rows up to it
        are read and laid out off the GUI thread and it is selected then; the GUI thread
        read them at once (a jump to ¶ 2,900 of bench_scale's long document: 0.8 s)."""
        if not 0 <= row < self.model.total():
            return False
        if row - self.model.rowCount() > self.model.BATCH:
            self.model.load_later(row, lambda: self.select_row(row, at_top))
            return True
        self.model.ensure_loaded(row)
        idx = self.model.index(row, 0)
        self.view.selectionModel().setCurrentIndex(
            idx, QItemSelectionModel.SelectionFlag.ClearAndSelect
        )
        hint = QAbstractItemView.ScrollHint
        self.view.scrollTo(idx, hint.PositionAtTop if at_top else hint.EnsureVisible)
        return True

    def select_paragraph(self, paragraph_id: int) -> bool:
        """Select the paragraph, at the top of the view (False: not among those shown);
        far on, once its rows are read (``select_row``)."""
        if self.loader.busy:  # a filter's paragraphs on their way: that is what to search
            self.loader.wait()
        row = self.model.row_of(paragraph_id, load=False)
        if row < 0:
            ids = self.model.ids()
            if paragraph_id not in ids:
                return False
            row = ids.index(paragraph_id)
        return self.select_row(row, at_top=True)

    def select_last(self) -> bool:
        """End (and Ctrl+End) in the list: the last paragraph, not the last row read."""
        return self.select_row(self.model.total() - 1)

    def move(self, delta: int) -> None:
        row = self.view.currentIndex().row()
        self.select_row(max(0, min(self.model.total() - 1, row + delta)))

    def next_unreviewed(self) -> bool:
        ids = self.model.ids()
        if not ids:
            return False
        f = self.filters()
        if f.all_documents:
            todo = set(self._all_documents_ids(Filters(all_documents=True, unreviewed=True)))
        else:
            doc_id = self.document.id if self.document else None
            todo = set(self.session.ws.paragraph_ids_filtered(document_id=doc_id, unreviewed=True))
        start = self.view.currentIndex().row()
        order = list(range(start + 1, len(ids))) + list(range(0, max(start, 0) + 1))
        for row in order:
            if ids[row] in todo and row != start:
                return self.select_row(row)
        self.status.emit(tr("Every paragraph here is reviewed"))
        return False

    def refresh_paragraph(self, paragraph_id: int) -> ParagraphRow | None:
        return self.model.refresh(paragraph_id)

    def _current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._open_editor(current)
        self.current_changed.emit(self.model.paragraph(current.row()))
