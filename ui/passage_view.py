"""Selecting words of the current paragraph in the reading pane, and passages shown there.

The pane paints paragraphs (``ParagraphDelegate``); text painted cannot be selected.
So over the current paragraph the pane opens a read-only ``PassageEditor`` (a
persistent item editor) laid out exactly as the painted text: the same HTML, font,
width and place.  A mouse drag, or F2 then Shift+arrows, selects words in it; the
window then tags or notes just that passage.  Esc clears the selection, then gives
the keys back to the paragraph list (arrows move between paragraphs again).

Every paragraph's passages are highlighted (``passage_map.highlight``), painted or
in the editor, with tooltips saying which tags and notes are on the words.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, QPointF, Qt, Signal
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QFrame, QMenu, QStyleOptionViewItem, QTextEdit, QToolTip

from reviewer.workspace import ParagraphRow
from ui.delegates import ParagraphDelegate
from ui.models import HTML_ROLE, ROW_ROLE
from ui.passage_map import TextMap, highlight, signature, tip_at


class PassageEditor(QTextEdit):
    """The current paragraph's text, selectable, never editable."""

    leave = Signal()  # Esc without a selection: back to the paragraph list

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setObjectName("passageEditor")
        self.setReadOnly(True)
        self.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse
            | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        self.setUndoRedoEnabled(False)
        # the row's own background (selected, dark or light) shows through
        self.setStyleSheet("QTextEdit#passageEditor { background: transparent; border: none; }")
        self.viewport().setAutoFillBackground(False)
        self.document().setDocumentMargin(0)
        self.row: ParagraphRow | None = None
        self.map: TextMap | None = None
        self._key: tuple = ()
        # adds the window's passage actions to the context menu (set by the pane)
        self.menu_hook: Callable[[QMenu], None] | None = None

    def show_row(self, row: ParagraphRow, html: str) -> None:
        """Show a paragraph as the pane paints it; kept as it is (and the selection
        with it) when nothing shown changed."""
        key = (row.id, html, signature(row), self.font().key())
        if key == self._key:
            self.row = row
            return
        self._key, self.row = key, row
        doc = self.document()
        doc.setDefaultFont(self.font())
        self.setHtml(html)
        doc.setDocumentMargin(0)
        self.map = TextMap.of(doc, row.text)
        if self.map is not None:
            highlight(doc, self.map, row)

    # -- the selection, as offsets of the paragraph's text -----------------------------
    def selected_span(self) -> tuple[int, int] | None:
        """The characters of the paragraph's text selected (spaces at the ends left
        out), or None."""
        cursor = self.textCursor()
        if self.map is None or not cursor.hasSelection():
            return None
        return self.map.offsets(cursor.selectionStart(), cursor.selectionEnd())

    def select_span(self, start: int, end: int) -> bool:
        """Select characters ``start`` to ``end`` of the paragraph's text."""
        where = self.map.span(start, end) if self.map is not None else None
        if where is None:
            return False
        cursor = self.textCursor()
        cursor.setPosition(where[0])
        cursor.setPosition(where[1], QTextCursor.MoveMode.KeepAnchor)
        self.setTextCursor(cursor)
        return True

    def clear_selection(self) -> None:
        cursor = self.textCursor()
        cursor.clearSelection()
        self.setTextCursor(cursor)

    # -- keys, tooltips, menu ----------------------------------------------------------
    def keyPressEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Escape and event.modifiers() == Qt.KeyboardModifier.NoModifier:
            if self.textCursor().hasSelection():
                self.clear_selection()
            else:
                self.leave.emit()
            event.accept()
            return
        super().keyPressEvent(event)

    def viewportEvent(self, event) -> bool:
        if event.type() == QEvent.Type.ToolTip:
            pos = (
                self.document()
                .documentLayout()
                .hitTest(QPointF(event.pos()), Qt.HitTestAccuracy.ExactHit)
            )
            tip = tip_at(self.document(), pos)
            if tip:
                QToolTip.showText(event.globalPos(), tip, self)
            else:
                QToolTip.hideText()
                event.ignore()
            return True
        return super().viewportEvent(event)

    def contextMenuEvent(self, event) -> None:
        menu = self.createStandardContextMenu(event.pos())
        if self.menu_hook is not None:
            menu.addSeparator()
            self.menu_hook(menu)
        menu.exec(event.globalPos())
        menu.deleteLater()


class PassageDelegate(ParagraphDelegate):
    """Paints paragraphs with their passages highlighted, and opens the selectable
    editor over the current one (its text then painted by the editor alone)."""

    def __init__(self, view, parent=None):
        super().__init__(view, parent)
        self.editing = QPersistentModelIndex()
        self.editor_made: Callable[[PassageEditor], None] | None = None

    # -- painting ----------------------------------------------------------------------
    def document(self, index: QModelIndex, font, width: int) -> QTextDocument:
        row = index.data(ROW_ROLE)
        sig = signature(row) if isinstance(row, ParagraphRow) else ()
        if not sig:
            return super().document(index, font, width)
        html = index.data(HTML_ROLE) or ""
        key = (html, width, font.key(), sig)
        doc = self._docs.get(key)
        if doc is not None:
            self._docs.move_to_end(key)
            return doc
        doc = QTextDocument()
        doc.setDocumentMargin(0)
        doc.setDefaultFont(font)
        doc.setHtml(html)
        doc.setTextWidth(width)
        tmap = TextMap.of(doc, row.text)
        if tmap is not None:
            highlight(doc, tmap, row)
        doc.size()  # laid out now: what asks for it reads its lines (a hit test, a tooltip)
        self._docs[key] = doc
        if len(self._docs) > self.CACHE:
            self._docs.popitem(last=False)
        return doc

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        if self.editing.isValid() and QModelIndex(self.editing) == index:
            painter.save()  # the editor over it shows the text
            self.paint_background(painter, option, index)
            self.paint_gutter(painter, option, index)
            painter.restore()
            return
        super().paint(painter, option, index)

    def helpEvent(self, event, view, option, index) -> bool:
        """A passage's tooltip over its words in a painted paragraph."""
        if event.type() == QEvent.Type.ToolTip and index.isValid():
            doc = self.document(index, option.font, self.text_width())
            local = QPointF(event.pos()) - QPointF(
                option.rect.x() + self.text_left(), option.rect.y() + self.PAD_Y
            )
            tip = tip_at(doc, doc.documentLayout().hitTest(local, Qt.HitTestAccuracy.ExactHit))
            if tip:
                QToolTip.showText(event.globalPos(), tip, view)
                return True
        return super().helpEvent(event, view, option, index)

    # -- the editor ----------------------------------------------------------------------
    def createEditor(self, parent, option: QStyleOptionViewItem, index: QModelIndex):
        editor = PassageEditor(parent)
        editor.setFont(option.font)
        self.editing = QPersistentModelIndex(index)
        if self.editor_made is not None:
            self.editor_made(editor)
        return editor

    def setEditorData(self, editor, index: QModelIndex) -> None:
        row = index.data(ROW_ROLE)
        if isinstance(editor, PassageEditor) and isinstance(row, ParagraphRow):
            editor.show_row(row, index.data(HTML_ROLE) or "")

    def setModelData(self, editor, model, index) -> None:
        pass  # read-only: nothing goes back to the model

    def updateEditorGeometry(self, editor, option: QStyleOptionViewItem, index) -> None:
        width = self.text_width()
        height = int(self.document(index, option.font, width).size().height()) + 1
        r = option.rect
        editor.setGeometry(r.x() + self.text_left(), r.y() + self.PAD_Y, width, height)

    def destroyEditor(self, editor, index) -> None:
        if QModelIndex(self.editing) == index:
            self.editing = QPersistentModelIndex()
        super().destroyEditor(editor, index)

    def eventFilter(self, obj, event) -> bool:
        """The editor handles its own keys and focus: Tab, Enter, Esc and leaving it
        neither "commit" nor close it (the default for item editors)."""
        if isinstance(obj, PassageEditor):
            return False
        return super().eventFilter(obj, event)
