"""Drafts that change, in the window: a document's versions (``VersionsMixin``), its
file watched for saves (``WatchingMixin``) and the draft check (``ChecksMixin``),
brought together for ``MainWindow``: one call sets them up, one stops them, and
the documents pane's menu gets their entries.
"""

from __future__ import annotations

from PySide6.QtCore import QThreadPool
from PySide6.QtWidgets import QMenu

from reviewer.workspace import DocumentRow
from ui.i18n import tr
from ui.window_checks import ChecksMixin
from ui.window_versions import VersionsMixin
from ui.window_watching import WatchingMixin


class DraftsMixin(VersionsMixin, WatchingMixin, ChecksMixin):
    def _init_drafts(self) -> None:
        """After the importer and the actions exist, before the layout is restored."""
        self._init_versions()
        self._init_watching()
        self._init_checks()
        self.documents.extra_menu = self._drafts_menu
        view = getattr(self, "view_menu", None)
        if view is not None:  # after the other panes' toggles
            toggle = self.check_dock.toggleViewAction()
            toggle.setText(tr("C&heck pane"))
            acts = view.actions()
            last = self.docks[-1].toggleViewAction()
            at = acts.index(last) + 1 if last in acts else len(acts)
            view.insertAction(acts[at] if at < len(acts) else None, toggle)

    def stop_drafts(self) -> None:
        """The window closes: watches stop, a check on its way is let finish."""
        self.stop_watching()
        self.check_timer.stop()
        if self.check_task is not None:
            QThreadPool.globalInstance().waitForDone(30_000)

    def _drafts_menu(self, menu: QMenu, doc: DocumentRow) -> None:
        """The documents pane's right-click menu: versions, watching, the check."""
        menu.addSeparator()
        live = doc.version_of or doc.id
        act = menu.addAction(tr("&Versions…"))
        act.setObjectName("documentVersions")
        act.setToolTip(
            tr("Every version of the document, what changed, the work on gone paragraphs")
        )
        act.setEnabled(doc.version > 1)
        act.triggered.connect(lambda _=False: self.show_versions(live))
        act = menu.addAction(tr("Import a &new version of this…"))
        act.setObjectName("documentNewVersion")
        reason = self.watch_reason(doc)
        act.setEnabled(reason is None)
        act.setToolTip(reason or tr("Choose the file holding the document's next version"))
        act.triggered.connect(lambda _=False: self.import_as_version(None, live))
        act = menu.addAction(tr("&Watch this file"))
        act.setObjectName("documentWatch")
        act.setCheckable(True)
        act.setChecked(self.watcher.path(live) is not None)
        act.setEnabled(reason is None)
        act.setToolTip(
            reason or tr("Import the file again as the next version each time it is saved")
        )
        act.triggered.connect(lambda on: self.set_watching(live, on))
        act = menu.addAction(tr("Chec&k this draft"))
        act.setObjectName("documentCheck")
        act.setEnabled(reason is None)
        act.triggered.connect(lambda _=False: self._check_document(live))

    def _check_document(self, document_id: int) -> None:
        if self.documents.current_id() != document_id:
            self.documents.select(document_id)
        self.check_draft()
