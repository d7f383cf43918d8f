"""The page view: the PDF page a paragraph was read from, the paragraph highlighted.

Reviewers check quotes, tables and footnotes against the original before citing
them.  The view shows the page of the selected paragraph (its boxes filled and
outlined), follows the selection, turns pages, zooms (Ctrl+= / Ctrl+- / Ctrl+0 while
it has focus) and opens the file in the system's viewer.  It shows the file only
while its SHA-256 is the document's: a file moved, deleted or saved over says so,
with "Locate the file…".  A Word document has no fixed pages: the view says so and
offers to open it in Word or LibreOffice.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from reviewer.workspace import NotFound, ParagraphRow, SourceFile
from ui.i18n import tr
from ui.page_render import MARGIN, MAX_ZOOM, MIN_ZOOM, PageCanvas, PdfPages, pdf_errors
from ui.panels.page_note import DIFFERENT, MISSING, NO_BOXES, TEXT, UNRECORDED, WORD, PageNote
from ui.resources import icon
from ui.session import Session

ZOOM_STEP = 1.25
WORD_FORMATS = ("docx", "doc", "odt", "rtf")


class PagePanel(QWidget):
    locate_wanted = Signal(int)  # the document whose file to locate
    open_wanted = Signal(str, object)  # the file, the page to go to (None: no pages)
    status = Signal(str)

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.setObjectName("pageView")
        self.session = session
        self.pages = PdfPages()
        self._known: dict[int, SourceFile] = {}  # documents' files checked, by document
        self.paragraph: ParagraphRow | None = None
        self.source: SourceFile | None = None
        self.page = 0  # shown, from 1; 0: none
        self.zoom: float | None = None  # None: fit the width
        self._shown_zoom = 1.0

        self.prev_button = self._tool(
            "previous", tr("Previous page (Ctrl+PgUp)"), self.previous_page
        )
        self.next_button = self._tool("next", tr("Next page (Ctrl+PgDown)"), self.next_page)
        self.page_label = QLabel(self)
        self.page_label.setObjectName("pageNumber")
        self.zoom_out_button = self._tool(None, tr("Zoom out (Ctrl+-)"), self.zoom_out, "−")
        self.zoom_label = QLabel(self)
        self.zoom_label.setObjectName("hint")
        self.zoom_in_button = self._tool(None, tr("Zoom in (Ctrl+=)"), self.zoom_in, "+")
        self.fit_button = self._tool(None, tr("Fit the page to the width (Ctrl+0)"),
                                     self.fit_width, tr("Fit width"))  # fmt: skip
        self.fit_button.setCheckable(True)
        self.fit_button.setChecked(True)
        self.open_button = QPushButton(icon("open"), tr("Open the file at this page"), self)
        self.open_button.setObjectName("pageOpen")
        self.open_button.setToolTip(tr("Open the original in the system's PDF viewer"))
        self.open_button.clicked.connect(self.open_file)
        self.hint = QLabel(self)
        self.hint.setObjectName("hint")
        self.hint.setWordWrap(True)
        self.hint.hide()

        self.canvas = PageCanvas()
        self.scroll = QScrollArea(self)
        self.scroll.setObjectName("pageScroll")
        self.scroll.setWidget(self.canvas)
        self.scroll.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.scroll.setStyleSheet("QScrollArea#pageScroll { background: #8a939c; }")
        self.scroll.setWidgetResizable(False)

        note = PageNote(self)  # instead of the page: why not, and what to do
        note.locate_button.clicked.connect(self._locate)
        note.word_button.clicked.connect(lambda: self.open_file())
        note.file_button.clicked.connect(lambda: self.open_file())
        self.message, self.problem = note.message, note.problem
        self.locate_button, self.word_button = note.locate_button, note.word_button
        self.file_button = note.file_button
        self.note = note
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.scroll)
        self.stack.addWidget(note)

        self.toolbar = QWidget(self)  # shown with a page only
        bar = QHBoxLayout(self.toolbar)
        bar.setContentsMargins(0, 0, 0, 0)
        bar.setSpacing(2)
        for w in (self.prev_button, self.page_label, self.next_button):
            bar.addWidget(w)
        bar.addSpacing(10)
        for w in (self.zoom_out_button, self.zoom_label, self.zoom_in_button, self.fit_button):
            bar.addWidget(w)
        bar.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 0)
        layout.setSpacing(4)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.open_button, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.hint)
        layout.addWidget(self.stack, 1)

        for keys, slot in (
            (("Ctrl+=", "Ctrl++", QKeySequence.StandardKey.ZoomIn), self.zoom_in),
            (("Ctrl+-", QKeySequence.StandardKey.ZoomOut), self.zoom_out),
            (("Ctrl+0",), self.fit_width),
            (("Ctrl+PgUp",), self.previous_page),
            (("Ctrl+PgDown",), self.next_page),
        ):
            seqs = {QKeySequence(k).toString(): QKeySequence(k) for k in keys}  # one each:
            for seq in seqs.values():  # two shortcuts on one key would both be ambiguous
                if not seq.isEmpty():
                    sc = QShortcut(seq, self, slot)
                    sc.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self._refit = QTimer(self)
        self._refit.setSingleShot(True)
        self._refit.setInterval(80)
        self._refit.timeout.connect(self._render)
        self._ahead = QTimer(self)  # the next page rendered while the person reads
        self._ahead.setSingleShot(True)
        self._ahead.setInterval(120)
        self._ahead.timeout.connect(self._prefetch)
        self._say(None)

    def _tool(self, icon_name, tip: str, slot, text: str = "") -> QToolButton:
        b = QToolButton(self)
        if icon_name:
            b.setIcon(icon(icon_name))
        if text:
            b.setText(text)
        b.setToolTip(tip)
        b.setAutoRaise(True)
        b.clicked.connect(lambda _=False: slot())
        return b

    # -- what is shown ---------------------------------------------------------------------
    def show_paragraph(self, row: ParagraphRow | None) -> None:
        """The selected paragraph: its page, its boxes highlighted (the page the person
        turned to stays while the same paragraph is shown again)."""
        same = row is not None and self.paragraph is not None and row.id == self.paragraph.id
        self.paragraph = row
        if not self.isVisible():
            return  # closed: nothing read nor rendered (``showEvent`` catches up)
        if row is None:
            self.source = None  # the next paragraph's file is looked at afresh
            self._say(tr("Select a paragraph to see the page it stands on."))
            return
        if self.source is None or self.source.document_id != row.document_id:
            self._check_source(row.document_id)
        if not (self.source and self.source.found and self.pages.has(row.document_id)):
            return
        if not same or not self.page:
            self.page = _first_page(row) or 1
        self._render()

    def refresh_source(self) -> None:
        """Check the files again (one was located, or imported again, or the view was
        closed a while) and show the paragraph."""
        self.pages.clear()
        self._known.clear()
        self.source = None
        row, self.paragraph = self.paragraph, None
        self.show_paragraph(row)

    def _check_source(self, document_id: int) -> None:
        try:  # checked once per document while the view is open (a hash of the file)
            known = self._known.get(document_id)
            self.source = known or self.session.ws.source_file(document_id)
            self._known[document_id] = self.source
        except NotFound:
            self.source = None
            self._say(tr("The document is not in the workspace any more."))
            return
        src = self.source
        word = src.format in WORD_FORMATS
        if not src.found:
            text = {
                "unrecorded": tr(UNRECORDED),
                "missing": tr(MISSING),
                "different": tr(DIFFERENT),
            }
            self._say(text.get(src.status, tr(MISSING)).format(path=src.path), locate=True)
            return
        if src.format != "pdf":
            self._say(tr(WORD) if word else tr(TEXT), word=word, file=not word)
            return
        if not self.pages.has(document_id):
            problem = self._open(src)
            if problem:
                self._known.pop(document_id, None)  # look again next time
                self._say(problem, locate=True)
                return
        self.page = 0
        self.stack.setCurrentIndex(0)
        self._set_controls(True)

    def _open(self, src: SourceFile) -> str | None:
        """Open the checked file from its bytes (what is shown is what was hashed);
        why not, if it cannot be."""
        try:
            data = Path(src.path or "").read_bytes()
        except OSError as exc:
            return tr("The file cannot be read: {error}").format(error=exc.strerror or exc)
        if hashlib.sha256(data).hexdigest() != src.sha256:  # changed a moment ago
            return tr(DIFFERENT).format(path=src.path)
        try:
            self.pages.open(src.document_id, data)
        except pdf_errors():  # (asked only when something was raised)
            return tr("The file cannot be opened as a PDF any more.")
        return None

    def _say(self, text: str | None, locate=False, word=False, file=False) -> None:
        """A message instead of the page (nothing to show, or why not)."""
        self.note.say(text, locate=locate, word=word, file=file)
        self.stack.setCurrentIndex(1)
        self.hint.hide()
        self.page_label.setText("")
        self.zoom_label.setText("")
        self._set_controls(False)

    def _set_controls(self, on: bool) -> None:
        self.toolbar.setVisible(on)
        self.open_button.setVisible(on)
        for w in (self.prev_button, self.next_button, self.zoom_in_button,
                  self.zoom_out_button, self.fit_button, self.open_button):  # fmt: skip
            w.setEnabled(on)

    def show_problem(self, text: str) -> None:
        """Why what the person did failed (a file that is not the one imported)."""
        self.note.show_problem(text)

    def showing_page(self) -> bool:
        return self.stack.currentIndex() == 0 and self.page > 0

    def message_text(self) -> str:
        return self.message.text() if self.stack.currentIndex() == 1 else ""

    # -- rendering -------------------------------------------------------------------------
    def _render(self) -> None:
        src, row = self.source, self.paragraph
        if src is None or row is None or not self.page or not self.pages.has(src.document_id):
            return
        key = src.document_id
        count = self.pages.page_count(key)
        self.page = max(1, min(self.page, count))
        zoom = self.zoom if self.zoom is not None else self._fit_zoom(key)
        self._shown_zoom = zoom
        ratio = self.devicePixelRatioF() or 1.0
        image = self.pages.render(key, self.page, zoom, ratio)
        rects = self.pages.box_rects(key, self.page, row.boxes, zoom)
        self.canvas.set_page(image, rects)
        self.page_label.setText(tr("Page {page} of {count}").format(page=self.page, count=count))
        self.prev_button.setEnabled(self.page > 1)
        self.next_button.setEnabled(self.page < count)
        self.zoom_label.setText(tr("{value}%").format(value=round(zoom * 100)))
        self.fit_button.setChecked(self.zoom is None)
        self.hint.setText(tr(NO_BOXES) if not row.boxes else "")
        self.hint.setVisible(not row.boxes)
        if rects:
            self._scroll_to(self.canvas.highlight_at(0))
        elif self.page != _first_page(row):
            self.scroll.verticalScrollBar().setValue(0)
        if self.page < count and not self.pages.cached(key, self.page + 1, zoom, ratio):
            self._ahead.start()  # reading on: the next page is ready

    def _prefetch(self) -> None:
        src = self.source
        if src is None or not self.page or not self.pages.has(src.document_id):
            return
        if self.page < self.pages.page_count(src.document_id):
            ratio = self.devicePixelRatioF() or 1.0
            self.pages.render(src.document_id, self.page + 1, self._shown_zoom, ratio)

    def _fit_zoom(self, key: int) -> float:
        room = self.scroll.viewport().width() - 2 * MARGIN - 2  # rounding: no side scrolling
        if self.scroll.verticalScrollBar().isHidden():
            room -= self.scroll.verticalScrollBar().sizeHint().width()  # it will show
        width = self.pages.page_width(key, self.page) or 1.0
        return max(MIN_ZOOM, min(MAX_ZOOM, room / width))

    def _scroll_to(self, box: QRectF | None) -> None:
        if box is None:
            return
        view_h = self.scroll.viewport().height()
        x = int(box.center().x())
        if box.height() + 60 <= view_h:
            self.scroll.ensureVisible(x, int(box.center().y()), 20, int(box.height() / 2) + 30)
        else:  # taller than the view: its top in view
            self.scroll.verticalScrollBar().setValue(max(0, int(box.top()) - 30))
            self.scroll.ensureVisible(x, int(box.top()), 20, 0)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not event.spontaneous():  # opened: the file may have moved while it was closed
            self.refresh_source()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        if self.zoom is None and self.showing_page():
            self._refit.start()  # fit the new width once the resizing settles

    # -- pages and zoom --------------------------------------------------------------------
    def go_to(self, page: int) -> None:
        if self.showing_page():
            self.page = page
            self._render()

    def next_page(self) -> None:
        self.go_to(self.page + 1)

    def previous_page(self) -> None:
        self.go_to(self.page - 1)

    def zoom_in(self) -> None:
        self._set_zoom(self._shown_zoom * ZOOM_STEP)

    def zoom_out(self) -> None:
        self._set_zoom(self._shown_zoom / ZOOM_STEP)

    def fit_width(self) -> None:
        self.zoom = None
        if self.showing_page():
            self._render()

    def _set_zoom(self, zoom: float) -> None:
        if not self.showing_page():
            return
        self.zoom = max(MIN_ZOOM, min(MAX_ZOOM, zoom))
        self._render()

    def shown_zoom(self) -> float:
        return self._shown_zoom

    # -- the file --------------------------------------------------------------------------
    def open_file(self) -> None:
        src = self.source
        if src is None or not src.found or not src.path:
            return
        self.open_wanted.emit(src.path, self.page if self.showing_page() else None)

    def _locate(self) -> None:
        if self.source is not None:
            self.locate_wanted.emit(self.source.document_id)

    def close_files(self) -> None:
        self.pages.clear()


def _first_page(row: ParagraphRow) -> int | None:
    return row.boxes[0][0] if row.boxes else row.page_start
