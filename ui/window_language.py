"""View › Language: the window in English, French, Spanish or Chinese.

The choice is remembered in the settings ("System language" follows the system's
first UI language the program speaks, ``ui.i18n``).  Every string of the window is
looked up when the window is built, so a new choice builds the window again in its
place, on the same workspace (the same connection for a team workspace: no password
asked again), showing the same review, tab, document and paragraph; only the undo
history starts afresh, and the status bar says so.

A part of ``MainWindow`` (a mixin using its menus, settings and opener), as
``PolishMixin`` is.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QActionGroup
from PySide6.QtWidgets import QMenu

from ui import i18n
from ui.i18n import tr

if TYPE_CHECKING:
    from ui.main_window import MainWindow

    _Base = MainWindow
else:
    _Base = object


class LanguageMixin(_Base):
    def _init_language_menu(self) -> None:
        menu = QMenu(tr("Lan&guage"), self)
        menu.setObjectName("languageMenu")
        group = QActionGroup(self)
        group.setExclusive(True)
        choices = [(i18n.SYSTEM, tr("&System language"))] + [
            (code, name) for code, name in i18n.LANGUAGES
        ]
        for code, text in choices:
            act = self.actions_.add(f"language_{code}", text, lambda c=code: self.set_language(c))
            act.setCheckable(True)
            act.setChecked(code == self.settings.language)
            group.addAction(act)
            menu.addAction(act)
        self.language_menu = menu
        self.view_menu.addMenu(menu)

    def set_language(self, choice: str) -> None:
        """Speak ``choice`` ("system" or a code of ``ui.i18n.CODES``) from now on: the
        window is built again in its place when the language changes."""
        self.settings.language = choice
        code = i18n.resolve(choice)
        if code == i18n.current():
            return
        if not i18n.install(code):
            i18n.install(i18n.current())
            self.message(tr("The window's translations could not be loaded; it stays as it is"))
            return
        self.rebuild_in_language()

    def rebuild_in_language(self) -> MainWindow | None:
        """This window's workspace in a new window, built in the language installed now,
        where this one was (review, tab, document, paragraph); this one closes."""
        if self.opener is None:  # a window that cannot open another: from the next start
            self.message(tr("The window speaks the chosen language from the next start"))
            return None
        self.inspector.notes.flush()
        self.settings.save_window_state(self.saveGeometry(), self.saveState())
        review, tab = self.current_review, self.tabs.currentIndex()
        doc = self.documents.current_id()
        paragraph = self.reading.current_id()
        self.session.keep_workspace = True  # closing this window leaves it open
        window = self.opener(self.ws)
        if window is None:
            self.session.keep_workspace = False
            return None
        self.close()
        if review is not None:
            window.set_review(review)
        if doc is not None:
            window.select_document(doc)
            if paragraph is not None:
                window.open_paragraph(doc, paragraph)
        window.show_tab(tab)
        window.message(tr("The window now speaks {language}; the undo history starts afresh")
                       .format(language=dict(i18n.LANGUAGES)[i18n.current()]))  # fmt: skip
        return window
