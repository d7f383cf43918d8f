"""The window's page view: View › Page view (Ctrl+Shift+P) opens a pane beside the
reading pane showing the PDF page of the selected paragraph (``ui.panels.page``);
whether it is open is remembered across restarts.  Here too: opening the original
in the system's viewer, and "Locate the file…" for a file that moved.

A part of ``MainWindow`` (a mixin using its panels, session and status bar), kept
apart so the window's module stays readable, as ``VersionsMixin`` is.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TR_NOOP, QProcess, Qt, QTimer, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import QDockWidget, QFileDialog

from reviewer.workspace import ReviewerError
from ui.i18n import tr
from ui.panels.page import WORD_FORMATS, PagePanel
from ui.pdf_viewers import command_at_page
from ui.resources import icon

if TYPE_CHECKING:
    from ui.main_window import MainWindow

    _Base = MainWindow
else:
    _Base = object

PAGE_VIEW_KEY = "Ctrl+Shift+P"
_FILTERS = {
    "pdf": QT_TR_NOOP("PDF files (*.pdf)"),
    "docx": QT_TR_NOOP("Word documents (*.docx)"),
    "txt": QT_TR_NOOP("Text files (*.txt)"),
    "md": QT_TR_NOOP("Markdown files (*.md)"),
}


class PageViewMixin(_Base):
    def _init_page_view(self) -> None:
        """After the actions exist, before the layout is restored."""
        self.page_view = PagePanel(self.session, self)
        dock = QDockWidget(tr("Page"), self)
        dock.setObjectName("dock_page")
        dock.setWidget(self.page_view)
        dock.setFeatures(
            QDockWidget.DockWidgetFeature.DockWidgetMovable
            | QDockWidget.DockWidgetFeature.DockWidgetClosable
            | QDockWidget.DockWidgetFeature.DockWidgetFloatable
        )
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, dock)
        inspector = self.docks[2]
        self.splitDockWidget(dock, inspector, Qt.Orientation.Horizontal)  # beside the reading
        self.page_dock = dock
        self.locate_dialog: QFileDialog | None = None

        act = dock.toggleViewAction()
        act.setText(tr("&Page view"))
        act.setObjectName("action_page_view")
        act.setIcon(icon("page"))
        act.setShortcut(QKeySequence(PAGE_VIEW_KEY))
        act.setStatusTip(tr("The PDF page of the selected paragraph, the paragraph highlighted"))
        self.addAction(act)  # the shortcut works with the menu closed
        self.actions_.all["page_view"] = act
        self.actions_.page_view = act
        view = getattr(self, "view_menu", None)
        if view is not None:  # after the panes' own toggles
            acts = view.actions()
            last = self.docks[-1].toggleViewAction()
            at = acts.index(last) + 1 if last in acts else len(acts)
            view.insertAction(acts[at] if at < len(acts) else None, act)

        dock.setVisible(self.settings.page_view())
        act.toggled.connect(self._page_view_toggled)
        self.reading.current_changed.connect(self.page_view.show_paragraph)
        self.importer.finished.connect(lambda _d, _f: self._page_source_changed())
        self.page_view.status.connect(self.message)
        self.page_view.open_wanted.connect(self.open_original)
        self.page_view.locate_wanted.connect(lambda doc_id: self.locate_original(doc_id))

    def _page_view_toggled(self, on: bool) -> None:
        self.settings.set_page_view(on)
        if on and self.page_dock.width() < 300 and not self.page_dock.isFloating():
            QTimer.singleShot(0, self.fit_page_dock)  # once the dock has its place

    def fit_page_dock(self) -> None:
        """Room for the page: a third of the width, the side panes narrower."""
        width = self.width()
        docks = [self.docks[0], self.page_dock, self.docks[2]]
        sizes = [int(width * 0.2), int(width * 0.33), int(width * 0.22)]
        self.resizeDocks(docks, sizes, Qt.Orientation.Horizontal)
        QTimer.singleShot(0, self._keep_reading_in_view)

    def _keep_reading_in_view(self) -> None:
        """The reading pane narrowed and its rows grew taller: the paragraph read stays
        in view."""
        view = self.reading.view
        current = view.currentIndex()
        if current.isValid():
            view.doItemsLayout()
            view.scrollTo(current)

    def _page_source_changed(self) -> None:
        """An import may have moved a file or filled boxes: look again."""
        self.page_view.paragraph = self.reading.current_paragraph()
        self.page_view.refresh_source()

    # -- the original file -------------------------------------------------------------------
    def open_original(self, path: str, page: int | None = None) -> bool:
        """Open the file in the system's viewer, at ``page`` where that viewer can be
        told one (``ui.pdf_viewers``); else say which page to go to (the fragment
        ``#page=N`` is not understood by the systems' file openers, and some refuse a
        file named with it)."""
        doc = self.page_view.source
        if doc is not None:
            fresh = self.ws.source_file(doc.document_id)  # still there, still the same?
            if not fresh.found:
                self.page_view.refresh_source()
                self.message(tr("The file is not where it was: locate it first"))
                return False
        command = command_at_page(path, page) if page else None
        if command is not None and QProcess.startDetached(command[0], command[1:])[0]:
            self.message(tr("Opened {name} at page {page}").format(name=Path(path).name, page=page))
            return True
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(path)):
            self.message(
                tr("No program to open {name} was found on this computer").format(
                    name=Path(path).name
                )
            )
            return False
        name = Path(path).name
        if page:
            self.message(
                tr("Opened {name} in the system's viewer: go to page {page}").format(
                    name=name, page=page
                )
            )
        elif doc is not None and doc.format in WORD_FORMATS:
            self.message(tr("Opened {name} in the program for Word documents").format(name=name))
        else:
            self.message(tr("Opened {name}").format(name=name))
        return True

    def locate_original(self, document_id: int, path: str | Path | None = None) -> bool:
        """ "Locate the file…": a file dialog (or ``path``); the file is accepted only if
        it is the one imported (its SHA-256), then remembered as the document's."""
        if path is None:
            src = self.ws.source_file(document_id)
            start = Path(src.path).parent if src.path else Path.home()
            if not start.is_dir():
                start = Path.home()
            suffix = Path(src.file_name).suffix.lower().lstrip(".")
            own = tr(_FILTERS[suffix]) if suffix in _FILTERS else None
            filters = ";;".join(f for f in (own, tr("All files (*)")) if f)
            title = tr("Locate “{file}”").format(file=src.file_name)
            dialog = QFileDialog(self, title, str(start), filters)
            dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
            dialog.setOption(QFileDialog.Option.DontUseNativeDialog, True)  # the same on every OS
            dialog.fileSelected.connect(lambda name: self.locate_original(document_id, name))
            self.locate_dialog = dialog
            dialog.open()
            return False
        try:
            found = self.ws.locate_source(document_id, path)
        except ReviewerError as exc:
            self.message(str(exc))
            self.page_view.show_problem(str(exc))
            return False
        self.apply(self.ws.take_changes())  # the document's file: the one refresh path
        self.page_view.refresh_source()
        self.message(tr("Found: {path}").format(path=found.path))
        return True
