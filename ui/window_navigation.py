"""The window's navigation and keyboard review actions: jumping to a paragraph,
switching tabs, focusing a pane or field, marking and tagging the current paragraph.

A part of ``MainWindow`` (a mixin using its panels and docks), kept apart so the
window's module stays readable, as ``ReviewsMixin`` is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from ui.i18n import tr

if TYPE_CHECKING:
    from ui.main_window import MainWindow

    _Base = MainWindow
else:
    _Base = object


class NavigationMixin(_Base):
    # -- navigation ------------------------------------------------------------------
    def select_document(self, document_id: int) -> bool:
        return self.documents.select(document_id)

    def open_paragraph(self, document_id: int, paragraph_id: int) -> bool:
        """Jump to a paragraph: its document selected, filters cleared if they hide it.

        A document of another review (a search over all reviews) switches to its review.
        """
        self.show_tab(0)
        if self.reading.filters().all_documents and self.reading.select_paragraph(paragraph_id):
            return True
        shown = self.reading.document
        if shown is not None and shown.version_of == document_id:  # an earlier version shown
            self.show_version(document_id)
        if not self.documents.select(document_id):
            doc = self.ws.get_document(document_id)
            if doc is None:
                return False
            self.set_review(doc.review)
            self.documents.select(document_id)
        if not self.reading.select_paragraph(paragraph_id):
            self.reading.filter_bar.reset()
            if not self.reading.select_paragraph(paragraph_id):
                return False
        self.reading.view.setFocus()
        return True

    def show_tab(self, i: int) -> None:
        self.tabs.setCurrentIndex(i)

    def focus_search(self) -> None:
        self.docks[1].show()
        self.docks[1].raise_()
        self.search.focus()

    def focus_documents(self) -> None:
        self.docks[0].show()
        self.documents.view.setFocus()

    def focus_filters(self) -> None:
        self.show_tab(0)
        self.reading.filter_bar.tag.setFocus()

    def focus_link(self) -> None:
        self.docks[2].show()
        self.inspector.show_paragraph_tab()
        self.inspector.link_field.setFocus()
        self.inspector.link_field.selectAll()

    def focus_new_tag(self) -> None:
        self.docks[2].show()
        self.inspector.show_paragraph_tab()
        self.inspector.tag_bar.new_tag.setFocus()

    def new_note(self) -> None:
        self.docks[2].show()
        self.inspector.show_paragraph_tab()
        self.inspector.notes.new_note()

    # -- review actions ------------------------------------------------------------------
    def toggle_reviewed(self) -> None:
        self.inspector.toggle_reviewed()

    def toggle_tag_number(self, n: int) -> None:
        tag = self.inspector.tag_bar.tag_at(n)
        if tag is None:
            self.message(tr("No tag {n} yet: press T to create one").format(n=n))
        else:
            self.inspector.toggle_tag(tag.name)
