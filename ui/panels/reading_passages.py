"""The reading pane's passages: the current paragraph's text kept open in a read-only
editor (``ui.passage_view``) so that words of it can be selected, by mouse (a drag
that starts on another paragraph selects at once) or by keys, then tagged or noted.

A part of ``ReadingPanel`` (a mixin using its view, model, delegate and
``select_row``), kept apart so the pane's module stays readable.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication

from reviewer.workspace import ParagraphRow
from ui.passage_view import PassageEditor

if TYPE_CHECKING:
    from ui.panels.reading import ReadingPanel

    _Base = ReadingPanel
else:
    _Base = object


class PassageSelection(_Base):
    # -- passages: the current paragraph's words, selected ------------------------------
    def editor(self) -> PassageEditor | None:
        """The current paragraph's selectable text, when open."""
        if not self._editing.isValid():
            return None
        widget = self.view.indexWidget(QModelIndex(self._editing))
        return widget if isinstance(widget, PassageEditor) else None

    def _open_editor(self, index: QModelIndex) -> None:
        old = self.editor()
        focused = old is not None and old.hasFocus()
        if self._editing.isValid():
            self.view.closePersistentEditor(QModelIndex(self._editing))
        self._editing = QPersistentModelIndex()
        if index.isValid() and self.model.paragraph(index.row()) is not None:
            self._editing = QPersistentModelIndex(index)
            self.view.openPersistentEditor(index)
            new = self.editor()
            if focused and new is not None:  # moving on while selecting: keep selecting
                new.setFocus()
            elif focused:
                self.view.setFocus()

    def _editor_made(self, editor: PassageEditor) -> None:
        editor.leave.connect(self.view.setFocus)
        editor.menu_hook = lambda menu: self.passage_menu(menu) if self.passage_menu else None

    def _data_changed(self, top: QModelIndex, bottom: QModelIndex) -> None:
        editor = self.editor()
        if editor is not None and top.row() <= self._editing.row() <= bottom.row():
            index = QModelIndex(self._editing)
            self.delegate.setEditorData(editor, index)
            self.view.update(index)

    def _repaint_row(self, index: QModelIndex) -> None:
        """A row changed but kept its size (``ParagraphsModel.repaint``): painted again,
        its editor given the new row, nothing else laid out."""
        self._data_changed(index, index)
        self.view.update(index)

    def selected_passage(self) -> tuple[ParagraphRow, int, int] | None:
        """The current paragraph and the characters of its text selected in the pane."""
        editor = self.editor()
        span = editor.selected_span() if editor is not None else None
        row = self.current_paragraph()
        if span is None or row is None or editor is None or editor.row is None:
            return None
        if editor.row.id != row.id:
            return None
        return (row, *span)

    def select_passage(self, start: int, end: int, focus: bool = True) -> bool:
        """Select characters ``start`` to ``end`` of the current paragraph's text."""
        editor = self.editor()
        if editor is None or not editor.select_span(start, end):
            return False
        if focus:
            editor.setFocus()
        return True

    def clear_passage(self) -> None:
        editor = self.editor()
        if editor is not None:
            editor.clear_selection()

    def focus_text(self) -> bool:
        """Keys into the current paragraph's text: Shift+arrows select, Esc leaves."""
        editor = self.editor()
        if editor is None:
            return False
        editor.setFocus()
        return True

    def eventFilter(self, obj, event) -> bool:
        """A drag that starts on another paragraph's words selects them at once: the
        press makes it current (its editor opens under the mouse) and the press, the
        moves and the release go on to that editor.  End (Ctrl+End) in the list goes to
        the last paragraph (Qt's went to the last row read so far)."""
        if obj is self.view and event.type() == QEvent.Type.KeyPress:
            if event.key() == Qt.Key.Key_End and event.modifiers() in (
                Qt.KeyboardModifier.NoModifier, Qt.KeyboardModifier.ControlModifier,
            ):  # fmt: skip
                self.select_last()
                return True
            return super().eventFilter(obj, event)
        if obj is not self.view.viewport() or not isinstance(event, QMouseEvent):
            return super().eventFilter(obj, event)
        kind = event.type()
        left = Qt.MouseButton.LeftButton
        if kind == QEvent.Type.MouseButtonPress and event.buttons() == left == event.button():
            index = self.view.indexAt(event.position().toPoint())
            if index.isValid() and index != self.view.currentIndex():
                self.select_row(index.row())
                editor = self.editor()
                if editor is not None and editor.geometry().contains(event.position().toPoint()):
                    self._dragging = editor
                    editor.setFocus()
                    self._forward(editor, event)
                    return True
        elif self._dragging is not None and kind in (
            QEvent.Type.MouseMove,
            QEvent.Type.MouseButtonRelease,
        ):
            editor = self._dragging
            if kind == QEvent.Type.MouseButtonRelease:
                self._dragging = None
            self._forward(editor, event)
            return True
        return super().eventFilter(obj, event)

    def _forward(self, editor: PassageEditor, event: QMouseEvent) -> None:
        target = editor.viewport()
        local = target.mapFrom(self.view.viewport(), event.position().toPoint())
        copy = QMouseEvent(
            event.type(),
            local.toPointF(),
            event.globalPosition(),
            event.button(),
            event.buttons(),
            event.modifiers(),
        )
        QApplication.sendEvent(target, copy)
