"""The inspector's passages: the words of the paragraph that carry a tag or a note,
each with its quote, to show in the reading pane (Enter, double-click) or remove
(Delete, undoable).  Shown only for a paragraph that has some."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from reviewer.workspace import NoteRow, ParagraphRow, PassageRow
from ui.delegates import HtmlDelegate
from ui.i18n import tr
from ui.models.base import RowListModel
from ui.render import MUTED, short, tag_chip
from ui.resources import icon
from ui.session import Session
from ui.undo import DeleteNoteCommand
from ui.undo_passages import PassageTagCommand

Passage = PassageRow | NoteRow
ROOM = 150  # pixels the list is given when it appears: about three passages


def span_of(p: Passage) -> tuple[int, int]:
    if isinstance(p, PassageRow):
        return p.start, p.end
    return p.span_start or 0, p.span_end or 0


def quote_of(p: Passage) -> str:
    return p.text if isinstance(p, PassageRow) else (p.quote or "")


def passage_html(p: Passage) -> str:
    """“the words” and the tag (a chip) or the note (✎ its text), with who and when."""
    quote = escape(short(" ".join(quote_of(p).split()), 140))
    if isinstance(p, PassageRow):
        what = tag_chip(p.tag, p.colour)
        who = p.author
    else:
        what = f'<span style="color:{MUTED}">✎</span> ' + escape(
            short(" ".join(p.body.split()), 120)
        )
        who = p.author
    by = f' <span style="color:{MUTED}; font-size:small">· {escape(who)}</span>' if who else ""
    return f"<i>“{quote}”</i><br>{what}{by}"


class PassagesModel(RowListModel):
    def text(self, r: Passage) -> str:
        what = (
            tr("tag {name}").format(name=r.tag)
            if isinstance(r, PassageRow)
            else tr("note: {text}").format(text=r.body)
        )
        return f"“{quote_of(r)}” — {what}"

    def html(self, r: Passage) -> str:
        return passage_html(r)


class PassagesBox(QWidget):
    """A paragraph's passages, in text order."""

    show_span = Signal(int, int)  # select these characters in the reading pane
    status = Signal(str)

    def __init__(self, session: Session, parent=None):
        super().__init__(parent)
        self.session = session
        self.paragraph: ParagraphRow | None = None
        self.read_only = False
        self.title = QLabel(tr("Passages"), self)
        self.title.setObjectName("sectionTitle")
        self.model = PassagesModel(self)
        self.list = QListView(self)
        self.list.setObjectName("passagesList")
        self.list.setModel(self.model)
        self.list.setItemDelegate(HtmlDelegate(self.list))
        self.list.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.list.setToolTip(
            tr(
                "Words of the paragraph with a tag or a note: Enter shows them in the "
                "reading pane, Delete removes the tag or the note (Ctrl+Z brings it back)"
            )
        )
        self.list.activated.connect(self._show)
        self.list.doubleClicked.connect(self._show)
        self.list.installEventFilter(self)
        self.list.setMinimumHeight(52)
        self.remove_button = QPushButton(icon("delete"), tr("Remove"), self)
        self.remove_button.setToolTip(tr("Remove the selected passage's tag or note (Delete)"))
        self.remove_button.clicked.connect(self.remove_current)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.remove_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.setSpacing(4)
        layout.addLayout(head)
        layout.addWidget(self.list, 1)
        self.set_paragraph(None)

    def set_paragraph(self, row: ParagraphRow | None) -> None:
        keep = self.current()
        self.paragraph = row
        items: list[Passage] = list(row.passages) if row else []
        items += [n for n in (row.notes if row else ()) if n.span_start is not None]
        items.sort(key=lambda p: (*span_of(p), isinstance(p, NoteRow)))
        self.model.set_rows(items)
        n = len(items)
        self.title.setText(tr("Passages ({n})").format(n=n))
        appears = bool(items) and self.isHidden()
        self.setVisible(bool(items))  # shown only when there are some: room for the rest
        if appears:
            QTimer.singleShot(0, self._make_room)
        if keep is not None:
            for i, p in enumerate(items):
                if type(p) is type(keep) and p.uid == keep.uid:
                    self.list.setCurrentIndex(self.model.index(i))
        self.remove_button.setEnabled(bool(items) and not self.read_only)

    def _make_room(self) -> None:
        """Appearing in the inspector's splitter: room for about three passages, taken
        from the tallest other pane."""
        split = self.parentWidget()
        if not isinstance(split, QSplitter) or not self.isVisible():
            return
        sizes, i = split.sizes(), split.indexOf(self)
        others = [k for k in range(len(sizes)) if k != i and sizes[k] > 0]
        if i < 0 or sizes[i] >= ROOM or not others:
            return
        j = max(others, key=lambda k: sizes[k])
        spare = sizes[j] - split.widget(j).minimumSizeHint().height()
        take = max(0, min(ROOM - sizes[i], spare))
        sizes[i], sizes[j] = sizes[i] + take, sizes[j] - take
        split.setSizes(sizes)

    def current(self) -> Passage | None:
        return self.model.item(self.list.currentIndex().row())

    def _show(self, index) -> None:
        p = self.model.item(index.row())
        if p is not None:
            self.show_span.emit(*span_of(p))

    def remove_current(self) -> None:
        p = self.current() or self.model.item(0)
        if p is None or self.paragraph is None or self.read_only:
            return
        if isinstance(p, PassageRow):
            cmd = PassageTagCommand(
                self.session, p.paragraph_id, p.tag, p.start, p.end, False, p.text
            )
            done = self.session.push(cmd)
            what = tr("Tag “{name}” removed from “{words}”").format(
                name=p.tag, words=short(p.text, 40)
            )
        else:
            done = self.session.push(DeleteNoteCommand(self.session, p))
            what = tr("Note on “{words}” deleted").format(words=short(p.quote or "", 40))
        if done:
            self.status.emit(what + " " + tr("(Ctrl+Z brings it back)"))

    def eventFilter(self, obj, event) -> bool:
        if (
            obj is self.list
            and event.type() == QEvent.Type.KeyPress
            and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace)
        ):
            self.remove_current()
            return True
        return super().eventFilter(obj, event)
