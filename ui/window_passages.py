"""The window's passages: words selected in the current paragraph, tagged or noted.

The reading pane opens the current paragraph's text for selecting
(``ui.passage_view``): a mouse drag, or F2 ("Select text in paragraph") then
Shift+arrows.  With words selected, the keys 1–9 tag just those words (the same keys
tag the whole paragraph when nothing is selected; pressed again on the same words,
they untag them), and Shift+N ("Note on selection") opens a note on them in the
inspector.  The pane's context menu offers both.  Every change is an undo command.

A part of ``MainWindow`` (a mixin using its panels and actions), kept apart so the
window's module stays readable, as ``NavigationMixin`` is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TR_NOOP, Qt
from PySide6.QtWidgets import QInputDialog, QMenu

from ui.i18n import tr
from ui.render import short
from ui.resources import icon
from ui.undo_passages import PassageTagCommand

if TYPE_CHECKING:
    from ui.main_window import MainWindow

    _Base = MainWindow
else:
    _Base = object

NOTHING_SELECTED = QT_TR_NOOP(
    "Select words in the paragraph first: drag over them, or press F2 then Shift+arrows"
)


class PassagesMixin(_Base):
    def _init_passages(self) -> None:
        self.reading.passage_menu = self._passage_menu
        self.inspector.passages.show_span.connect(self.show_passage)
        # F2 selects text where the paragraphs are (in the documents pane it renames)
        select = self.actions_.all["select_text"]
        select.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        self.removeAction(select)
        self.reading.addAction(select)

    # -- actions -------------------------------------------------------------------------
    def toggle_tag_number(self, n: int) -> None:
        """1–9: the n-th tag on the words selected in the paragraph, if any; else on
        the whole paragraph."""
        if self.reading.selected_passage() is None:
            super().toggle_tag_number(n)
            return
        tag = self.inspector.tag_bar.tag_at(n)
        if tag is None:
            self.message(tr("No tag {n} yet: press T to create one").format(n=n))
            return
        self.tag_passage(tag.name)

    def tag_passage(self, name: str) -> bool:
        """Put the tag ``name`` on the selected words, or take it off if they have it."""
        selected = self.reading.selected_passage()
        if selected is None:
            self.message(tr(NOTHING_SELECTED))
            return False
        row, start, end = selected
        words = row.text[start:end]
        has = any(p.tag == name and (p.start, p.end) == (start, end) for p in row.passages)
        cmd = PassageTagCommand(self.session, row.id, name, start, end, not has, words)
        if not self.session.push(cmd):
            return False
        self.reading.clear_passage()  # the words now show the tag's colour
        said = (
            tr("Untagged “{words}” from “{name}” (Ctrl+Z undoes)")
            if has
            else tr("Tagged “{words}” as “{name}” (Ctrl+Z undoes)")
        )
        self.message(said.format(words=short(words, 50), name=name))
        return True

    def tag_passage_new(self) -> None:
        """The context menu's "New tag…": a tag typed now, on the selected words."""
        if self.reading.selected_passage() is None:
            self.message(tr(NOTHING_SELECTED))
            return
        name, ok = QInputDialog.getText(self, tr("Tag the selected words"), tr("New tag:"))
        if ok and name.strip():
            self.tag_passage(name)

    def note_passage(self) -> None:
        """Shift+N: a note on the selected words, written in the inspector."""
        selected = self.reading.selected_passage()
        if selected is None:
            self.message(tr(NOTHING_SELECTED))
            return
        row, start, end = selected
        self.docks[2].show()
        self.inspector.show_paragraph_tab()
        self.inspector.notes.new_passage_note(start, end, row.text[start:end])

    def select_text(self) -> None:
        """F2: the keys go into the current paragraph's text (Shift+arrows select)."""
        self.show_tab(0)
        if self.reading.focus_text():
            self.message(
                tr("Shift+arrows select words; then 1–9 tag them, Shift+N notes them; Esc leaves")
            )
        else:
            self.message(tr("Select a paragraph first"))

    def show_passage(self, start: int, end: int) -> None:
        """A passage picked in the inspector: its words selected in the reading pane."""
        self.show_tab(0)
        self.reading.select_passage(start, end)

    def _passage_menu(self, menu: QMenu) -> None:
        selected = self.reading.selected_passage() is not None
        tags = menu.addMenu(icon("tag"), tr("&Tag selection"))
        for n in range(1, 10):
            act = self.actions_.all[f"tag_{n}"]
            if act.isEnabled():
                tags.addAction(act)
        tags.addSeparator()
        tags.addAction(tr("&New tag…"), self.tag_passage_new)
        tags.setEnabled(selected)
        menu.addAction(self.actions_.all["note_passage"])
