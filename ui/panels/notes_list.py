"""View › Notes: every note of the window's review (or of all reviews) in one table,
filtered by author, document and words; a click or Enter opens the paragraph.

The notes come from one query (``Workspace.all_notes``), re-read when the window
applies a change to notes, documents or reviews (at once when the pane shows,
else when it is next shown); filtering and sorting work on the rows in memory
(one Python sort, no proxy model), so thousands of notes stay quick.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TR_NOOP, QRectF, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics, QPainter, QPalette, QTextOption
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from reviewer.workspace import NoteListRow
from ui.i18n import tr
from ui.models import ROW_ROLE
from ui.models.base import Index, RowTableModel
from ui.render import local_time, right_to_left, short
from ui.resources import icon
from ui.session import Session


def _label_key(label: str | None) -> tuple:
    parts = (label or "").replace(".", " ").split()
    return tuple((0, int(p), "") if p.isdigit() else (1, 0, p) for p in parts)


def note_text(r: NoteListRow) -> str:
    """The note on one line, after the passage it is on (quoted) if any."""
    body = " ".join(r.body.split())
    if r.quote:
        return f"“{short(' '.join(r.quote.split()), 60)}” — {body}"
    return body


def place(r: NoteListRow) -> str:
    """ "¶ 12, p. 3" (or "¶ –" for a paragraph without a label)."""
    where = f"¶ {r.label}" if r.label else "¶ –"
    return f"{where}, {r.pages}" if r.pages else where


class NotesTableModel(RowTableModel):
    HEADERS = (
        QT_TR_NOOP("Note"), QT_TR_NOOP("Paragraph"), QT_TR_NOOP("Document"),
        QT_TR_NOOP("Author"), QT_TR_NOOP("Date"),
    )  # fmt: skip
    NOTE, PARAGRAPH, DOCUMENT, AUTHOR, DATE = range(5)
    TOOLTIPS = {
        0: QT_TR_NOOP("A note on a passage quotes it first"),
        1: QT_TR_NOOP("The paragraph's label and pages"),
    }

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        r: NoteListRow | None = self.row_at(index)
        if r is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                short(note_text(r), 200),
                place(r),
                r.document_title,
                r.author or "",
                local_time(r.created_at)[:10],  # the day; the time is in the tip
            )[col]
        if role == Qt.ItemDataRole.ToolTipRole:
            quote = (
                tr("On the passage: “{quote}”").format(quote=r.quote) + "\n\n" if r.quote else ""
            )
            edited = (
                " " + tr("(edited {when})").format(when=local_time(r.updated_at))
                if r.updated_at != r.created_at
                else ""
            )
            who = r.author or tr("unknown")
            return (
                f"{quote}{r.body}\n\n{who}, {local_time(r.created_at)}{edited}"
                f"\n{r.document_title}, {place(r)}\n" + tr("Click or Enter opens the paragraph")
            )
        if role == ROW_ROLE:
            return r
        return None

    def set_rows(self, rows) -> None:
        super().set_rows(sorted(rows, key=self._key, reverse=self._descending))

    def sort(self, column: int, order=Qt.SortOrder.AscendingOrder) -> None:
        """Sorted in Python, by one key per row (thousands of rows: no comparisons
        through Qt)."""
        self._column, self._descending = column, order == Qt.SortOrder.DescendingOrder
        self.layoutAboutToBeChanged.emit()
        self._rows.sort(key=self._key, reverse=self._descending)
        self.layoutChanged.emit()

    _column, _descending = 4, True  # newest first

    def _key(self, r: NoteListRow):
        return (
            (r.body.lower(), r.id),
            (r.document_id, _label_key(r.label), r.paragraph_id, r.id),
            (r.document_title.lower(), r.document_id, r.id),
            ((r.author or "").lower(), r.id),
            (r.created_at, r.id),
        )[self._column]


class _TwoLines(QStyledItemDelegate):
    """Every row two lines high: a note shows its first two lines (the second elided),
    the other columns one.  Rows stay uniform, so thousands lay out without measuring
    each."""

    def sizeHint(self, option: QStyleOptionViewItem, index) -> QSize:
        size = super().sizeHint(option, index)
        return QSize(size.width(), 2 * option.fontMetrics.lineSpacing() + 8)

    def initStyleOption(self, option: QStyleOptionViewItem, index) -> None:
        super().initStyleOption(option, index)
        option.displayAlignment = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
        option.features &= ~QStyleOptionViewItem.ViewItemFeature.WrapText
        if right_to_left(option.text):  # an Arabic note or title: from the right edge
            option.direction = Qt.LayoutDirection.RightToLeft

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index) -> None:
        if index.column() != NotesTableModel.NOTE:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        text, opt.text = opt.text, ""
        style = opt.widget.style() if opt.widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        rect = opt.rect.adjusted(4, 2, -4, -2)
        fm = opt.fontMetrics
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        painter.save()
        painter.setPen(opt.palette.color(role))
        if opt.direction == Qt.LayoutDirection.RightToLeft:
            # each line laid out right to left (bidi: "A/HRC/40/6" and "28.294" as
            # written), from the right edge
            flow = QTextOption(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignAbsolute)
            flow.setTextDirection(Qt.LayoutDirection.RightToLeft)
            flow.setWrapMode(QTextOption.WrapMode.NoWrap)
            for i, line in enumerate(two_lines(text, fm, rect.width())):
                box = QRectF(rect.x(), rect.y() + i * fm.lineSpacing(), rect.width(), fm.height())
                painter.drawText(box, line, flow)
        else:
            for i, line in enumerate(two_lines(text, fm, rect.width())):
                painter.drawText(rect.x(), rect.y() + fm.ascent() + i * fm.lineSpacing(), line)
        painter.restore()


def two_lines(text: str, fm: QFontMetrics, width: int) -> list[str]:
    """``text`` broken at words into a first line that fits ``width`` and a second
    one elided."""
    words = text.split()
    first = ""
    while words and fm.horizontalAdvance(f"{first} {words[0]}".strip()) <= width:
        first = f"{first} {words.pop(0)}".strip()
    if not first and words:  # one word longer than the column
        return [fm.elidedText(" ".join(words), Qt.TextElideMode.ElideRight, width)]
    rest = " ".join(words)
    return [first, fm.elidedText(rest, Qt.TextElideMode.ElideRight, width)] if rest else [first]


class NotesPane(QWidget):
    open_paragraph = Signal(int, int)  # document id, paragraph id

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.setObjectName("notesPane")
        self.session = session
        self.review: str | None = None  # the window's review; None: every review
        self.rows: list[NoteListRow] = []
        self.stale = True
        self.words = QLineEdit(self)
        self.words.setObjectName("notesWords")
        self.words.setPlaceholderText(tr("Filter notes by words…"))
        self.words.setClearButtonEnabled(True)
        self.words.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.author = QComboBox(self)
        self.author.setToolTip(tr("Only this reviewer's notes"))
        self.author.setMinimumContentsLength(10)
        self.author.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.document = QComboBox(self)
        self.document.setToolTip(tr("Only the notes on this document"))
        self.document.setMinimumContentsLength(14)
        self.document.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.all_reviews = QCheckBox(tr("All reviews"), self)
        self.all_reviews.setToolTip(tr("The notes of every review, not only the window's"))
        self.info = QLabel(self)
        self.info.setObjectName("hint")
        self.model = NotesTableModel(self)
        self.view = QTreeView(self)
        self.view.setObjectName("notesView")
        self.view.setModel(self.model)
        self.view.setRootIsDecorated(False)
        self.view.setUniformRowHeights(True)
        self.view.setItemDelegate(_TwoLines(self.view))
        self.view.setAlternatingRowColors(True)
        self.view.setSortingEnabled(True)
        self.view.sortByColumn(NotesTableModel.DATE, Qt.SortOrder.DescendingOrder)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(NotesTableModel.NOTE, QHeaderView.ResizeMode.Stretch)
        self._fit_columns()
        self.view.clicked.connect(self._open)
        self.view.activated.connect(self._open)
        self.timer = QTimer(self)  # several changes in a row: one re-read
        self.timer.setSingleShot(True)
        self.timer.setInterval(120)
        self.timer.timeout.connect(self.reload)
        self.words.textChanged.connect(lambda _: self.refilter())
        self.author.currentIndexChanged.connect(lambda _: self.refilter())
        self.document.currentIndexChanged.connect(lambda _: self.refilter())
        self.all_reviews.toggled.connect(lambda _: self.reload())
        self.words.returnPressed.connect(self._open_first)

        top = QHBoxLayout()
        top.setSpacing(6)
        top.addWidget(self.words, 3)
        top.addWidget(self.author, 1)
        top.addWidget(self.document, 2)
        top.addWidget(self.all_reviews)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 4)
        layout.setSpacing(6)
        layout.addLayout(top)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.info)
        self.set_review(None)

    # -- what it lists ---------------------------------------------------------------------
    COLUMNS = ((1, 84), (2, 124), (3, 90), (4, 80))  # paragraph, document, author, date

    def _fit_columns(self) -> None:
        """The other columns at their widths while the note keeps half the pane; in a
        narrower pane they give up room in proportion (the note stretches)."""
        header = self.view.header()
        wanted = sum(w for _, w in self.COLUMNS)
        room = max(0, self.view.viewport().width()) // 2
        scale = min(1.0, room / wanted) if room else 1.0
        for col, width in self.COLUMNS:
            header.resizeSection(col, max(48, int(width * scale)))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_columns()

    def set_review(self, code: str | None) -> None:
        self.review = code
        self.all_reviews.setVisible(code is not None)
        self.mark_stale()

    def mark_stale(self) -> None:
        """Notes, documents or reviews changed: re-read now if shown, else when shown."""
        self.stale = True
        if self.isVisible():
            self.timer.start()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self.stale:
            self.reload()

    def reload(self) -> None:
        self.timer.stop()
        review = None if self.all_reviews.isChecked() else self.review
        self.rows = self.session.ws.all_notes(review=review)
        self.stale = False
        self._fill(self.author, tr("Any author"), sorted({r.author or "" for r in self.rows}))
        docs = {r.document_id: r.document_title for r in self.rows}
        self._fill(
            self.document,
            tr("Any document"),
            sorted(docs.items(), key=lambda kv: kv[1].lower()),
        )
        self.refilter()

    @staticmethod
    def _fill(combo: QComboBox, anything: str, values) -> None:
        """Refill a filter's choices, keeping the one chosen while it is still there."""
        current = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(anything, None)
        for v in values:
            value, text = v if isinstance(v, tuple) else (v, v or tr("(no name)"))
            combo.addItem(short(text, 48), value)
            combo.setItemData(combo.count() - 1, text, Qt.ItemDataRole.ToolTipRole)
        combo.setCurrentIndex(max(combo.findData(current), 0) if current is not None else 0)
        combo.blockSignals(False)

    def refilter(self) -> None:
        words = self.words.text().lower().split()
        author = self.author.currentData()
        document = self.document.currentData()
        shown = [
            r
            for r in self.rows
            if (author is None or (r.author or "") == author)
            and (document is None or r.document_id == document)
            and all(w in _haystack(r) for w in words)
        ]
        current = self.current()
        self.model.set_rows(shown)
        n, total = len(shown), len(self.rows)
        where = (
            tr("all reviews")
            if self.review is None or self.all_reviews.isChecked()
            else self.review
        )
        if not total:
            self.info.setText(
                tr("No notes in {where} yet: Ctrl+Shift+N writes one on a paragraph").format(
                    where=where
                )
            )
        elif n == total:
            self.info.setText(tr("%n note(s) in {where}", "", total).format(where=where))
        else:
            self.info.setText(
                tr("{n} of %n note(s) in {where}", "", total).format(n=n, where=where)
            )
        if current is not None:
            self.select(current.id)

    # -- choosing ----------------------------------------------------------------------------
    def current(self) -> NoteListRow | None:
        return self.model.data(self.view.currentIndex(), ROW_ROLE)

    def select(self, note_id: int) -> bool:
        row = self.model.row_of(note_id)
        if row < 0:
            return False
        self.view.setCurrentIndex(self.model.index(row, 0))
        return True

    def focus(self) -> None:
        self.words.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.words.selectAll()

    def _open(self, index) -> None:
        r = self.model.data(index, ROW_ROLE)
        if r is not None:
            self.open_paragraph.emit(r.document_id, r.paragraph_id)

    def _open_first(self) -> None:
        index = self.view.currentIndex()
        if not index.isValid() and self.model.rowCount():
            index = self.model.index(0, 0)
            self.view.setCurrentIndex(index)
        if index.isValid():
            self._open(index)


def _haystack(r: NoteListRow) -> str:
    return " ".join((r.body, r.quote or "", r.document_title, r.author or "")).lower()
