"""The window's tags and notes at large: the keys 1–9 and the tag chips and filter that
follow every tag change, Review › Tags › Manage tags…, and View › Notes (every note of
the review in a dock).

A part of ``MainWindow`` (a mixin using its panels, session and docks), kept apart so
the window's module stays readable, as ``ReviewsMixin`` is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt

from reviewer.workspace import REVIEWER, Changes
from ui.i18n import tr
from ui.panels.notes_list import NotesPane

if TYPE_CHECKING:
    from ui.dialogs.tags import TagManager
    from ui.main_window import MainWindow

    _Base = MainWindow
else:
    _Base = object


class TagsMixin(_Base):
    def _init_tags(self) -> None:
        """After the panels and docks, before the actions (View › Notes shows the dock
        made here)."""
        self.tag_manager: TagManager | None = None
        self.notes_pane = NotesPane(self.session, self)
        self.notes_pane.open_paragraph.connect(self.open_paragraph)
        self.notes_dock = self._dock(
            "notes", tr("Notes"), self.notes_pane, Qt.DockWidgetArea.BottomDockWidgetArea
        )
        self.notes_dock.hide()  # until asked for (a saved layout may show it)
        self.notes_pane.set_review(self.current_review)
        self.review_changed.connect(self.notes_pane.set_review)

    def reload_tags(self, counts: bool = True) -> None:
        """Tags changed: the inspector's chips, the filter bar, keys 1–9 (each the key
        of its tag: ``TagRow.shortcut``) and the tag manager, from one read.  Without
        ``counts`` (the window's first view) the chips' paragraph counts are 0 until
        the read after the first paint (``ui.window_tabs``)."""
        self.show_tags(self.ws.tags(counts=counts))

    def show_tags(self, tags) -> None:
        """``reload_tags``' showing, of tags read already (off the GUI thread too)."""
        self.inspector.set_tags(tags)
        self.reading.filter_bar.set_tags(tags)
        keyed = {t.shortcut: t for t in tags if t.shortcut}
        for n in range(1, 10):
            act = self.actions_.all[f"tag_{n}"]
            tag = keyed.get(n)
            act.setText(f"&{n}  {tag.name}" if tag else tr("Toggle tag &{n}").format(n=n))
            act.setEnabled(tag is not None)
        if self.tag_manager is not None:
            self.tag_manager.reload(tags)

    def _apply_tags_and_notes(self, changes: Changes) -> None:
        """``apply``'s part for tags (their counts follow documents too) and notes."""
        if changes.tags or changes.documents:
            self.reload_tags()
        if changes.notes or changes.documents or changes.reviews:
            self.notes_pane.mark_stale()

    def manage_tags(self) -> TagManager | None:
        """Review › Tags › Manage tags…: one window of its own, kept while open."""
        from ui.dialogs.tags import TagManager

        if not self.may(REVIEWER):
            return None
        self.inspector.notes.flush()
        if self.tag_manager is None:
            self.tag_manager = TagManager(self)
        self.tag_manager.reload()
        self.tag_manager.show()
        self.tag_manager.raise_()
        self.tag_manager.activateWindow()
        self.tag_manager.tree.setFocus()
        return self.tag_manager

    def show_notes(self) -> None:
        """View › Notes: show the notes and put the cursor in their filter; again (from
        the pane) hides them."""
        dock = self.notes_dock
        if dock.isVisible() and dock.isAncestorOf(self.focusWidget()):
            dock.hide()
            self.reading.view.setFocus()
            return
        self.inspector.notes.flush()  # a note being typed is listed too
        dock.show()
        dock.raise_()
        self.notes_pane.focus()
