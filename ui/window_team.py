"""The window on a team workspace: File › Connect to team workspace…, the title and
the recent list naming a database ("upr on db.example.org"), what the login's role
allows, and the paragraph's history (View › Paragraph history, Ctrl+H).

A team workspace's PostgreSQL role says what its login may do.  A reader sees "Read
only (your role: reader)" in the status bar and every action that would change the
workspace is off, its tip saying why; a reviewer reviews but leaves documents
(import, remove, rename, their details and review) to the editors.  An action the
window forgot to turn off is refused by ``Session.push`` with the same sentence.

A part of ``MainWindow`` (a mixin), as ``VersionsMixin`` is.
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TR_NOOP
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMenu

from reviewer.workspace import EDITOR, READER, REVIEWER
from ui import locations
from ui.dialogs.connect import ConnectDialog
from ui.i18n import tr
from ui.locations import Location
from ui.session import READ_ONLY, refusal

if TYPE_CHECKING:
    from ui.main_window import MainWindow

    _Base = MainWindow
else:
    _Base = object

# the actions that change the workspace, by the role they need
REVIEW_ACTIONS = (
    "link", "confirm_link", "reject_link", "unlink", "reviewed", "note", "note_passage",
    "delete_note", "new_tag", "manage_tags", "suggest_document", "suggest_predecessors",
    *(f"tag_{n}" for n in range(1, 10)),
)  # fmt: skip
EDIT_ACTIONS = (
    "import_files", "import_version", "watch_file", "rename_document", "document_details",
    "remove_document", "document_review", "propose_reading",
)  # fmt: skip
SERVER_BACKUPS = QT_TR_NOOP(
    "A team workspace is backed up on its server by its administrator (pg_dump); the "
    "command line's `copy --to FILE.sqlite` takes a copy to a file"
)


class TeamMixin(_Base):
    def _init_team(self) -> None:
        """After the actions, the documents' and the drafts' (it turns theirs off)."""
        a = self.actions_
        connect = a.add("connect_team", tr("Connect to &team workspace…"), self.connect_team,
                        "Ctrl+Shift+O", "open", tr("Open a PostgreSQL database the team shares: "
                        "server, database, user (the password is never stored)"))  # fmt: skip
        holders = self.recent_menu.menuAction().associatedObjects()
        menu = next(
            (m for m in holders if isinstance(m, QMenu) and m is not self.recent_menu), None
        )
        if menu is not None:  # File: after Open recent
            entries = menu.actions()
            at = entries.index(self.recent_menu.menuAction()) + 1
            menu.insertAction(entries[at] if at < len(entries) else None, connect)
            menu.setToolTipsVisible(True)  # a disabled action's tip says why
        history = a.add("paragraph_history", tr("Paragraph histor&y"), self.show_history, "Ctrl+H",
                        None, tr("Who did what to the selected paragraph, and when"))  # fmt: skip
        self.view_menu.insertAction(a.all["focus_documents"], history)
        self.inspector.tabs.setTabToolTip(
            self.inspector.HISTORY, tr("Who did what to the paragraph, and when (Ctrl+H)")
        )
        self.connect_dialog: ConnectDialog | None = None
        self.role_label = QLabel(self)
        self.role_label.setObjectName("roleLabel")
        self.statusBar().addPermanentWidget(self.role_label)
        self._held: dict[QAction, str] = {}
        self._show_role()

    # -- where the workspace is --------------------------------------------------------
    @property
    def location(self) -> Location:
        """The workspace's file, or its URL without a password (a key for settings)."""
        return locations.of(self.ws)

    def workspace_name(self) -> str:
        """The name to show: "review.upr.sqlite", or "upr on db.example.org"."""
        return locations.place_name(self.location)

    def _update_title(self) -> None:
        review = self.review_label(self.current_review)
        where = self.workspace_name()
        self.setWindowTitle(f"{where} — {review} — UPR Reviewer" if review else
                            f"{where} — UPR Reviewer")  # fmt: skip

    # -- what the role allows ------------------------------------------------------------
    def _show_role(self) -> None:
        ws = self.ws
        if ws.role == READER:
            self.role_label.setText(tr(READ_ONLY) + "  ")
            self.role_label.setToolTip(refusal(ws, REVIEWER) or "")
        elif ws.server:
            self.role_label.setText(tr("Team workspace (your role: {role})  ").format(role=ws.role))
            self.role_label.setToolTip(locations.shown(self.location))
        self.role_label.setVisible(ws.server)
        for names, role in ((REVIEW_ACTIONS, REVIEWER), (EDIT_ACTIONS, EDITOR)):
            why = refusal(ws, role)
            for name in names:
                act = self.actions_.all.get(name)
                if why and act is not None:
                    self._hold(act, why)
        backups = self.actions_.all.get("restore_backup")
        if ws.server and backups is not None:
            self._hold(backups, tr(SERVER_BACKUPS))
        self.tags_menu.setToolTipsVisible(True)

    def _hold(self, act: QAction, why: str) -> None:
        """Off for good, saying why: whatever turns it on again (a document selected)
        is undone at once."""
        self._held[act] = why
        act.changed.connect(lambda act=act: self._keep_held(act))
        self._keep_held(act)

    def _keep_held(self, act: QAction) -> None:
        why = self._held.get(act)
        if why is None:
            return
        if act.isEnabled():
            act.setEnabled(False)
        if act.toolTip() != why:
            act.setToolTip(why)
            act.setStatusTip(why)

    def may(self, role: str) -> bool:
        """Whether the login may do what needs ``role``; if not, the status bar says so."""
        why = refusal(self.ws, role)
        if why:
            self.message(why)
        return why is None

    # -- connecting ------------------------------------------------------------------------
    def connect_team(self, url: str | None = None) -> ConnectDialog:
        """File › Connect to team workspace… (a recent team workspace: its URL filled in,
        connecting at once)."""
        self.inspector.notes.flush()
        dialog = ConnectDialog(self.ws.author, self, url)
        dialog.connected.connect(self.switch_to)
        self.connect_dialog = dialog
        dialog.open()
        if url:
            dialog.start()
        return dialog

    def open_workspace(self, path: Location) -> None:
        """A file (File › Open, Open recent), or a team workspace's URL (connected to
        off the GUI thread, asking for a password if the server wants one)."""
        if self.opener is None or locations.key(path) == locations.key(self.location):
            return
        if locations.is_url(path):
            self.connect_team(str(path))
        else:
            self.switch_to(Path(path))

    def switch_to(self, target) -> None:
        """Open a workspace (a ``Workspace`` already open, a file, a URL) in the window's
        place; this window closes once the new one is up."""
        if self.opener is None:
            self.message(tr("This window cannot open another workspace"))
            if not isinstance(target, str | Path):
                target.close()
            return
        if self.opener(target) is not None:
            self.close()

    def show_history(self) -> None:
        self.docks[2].show()
        self.inspector.show_history_tab()
