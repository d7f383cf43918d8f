"""Choosing files: new/open workspace, recent workspaces, files to import, reviewer name."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TR_NOOP, QStandardPaths
from PySide6.QtWidgets import QFileDialog, QInputDialog, QLineEdit, QMenu, QMessageBox

from reviewer.workspace import default_author
from ui import locations
from ui.i18n import tr
from ui.importer import IMPORTABLE

WORKSPACES = QT_TR_NOOP("UPR Reviewer workspaces (*.sqlite *.upr.sqlite *.db);;All files (*)")


def _start_dir(w) -> str:
    """The open file's folder; on a team workspace, the last file's (else home)."""
    if not w.ws.server:
        return str(w.ws.path.parent)
    files = [p for p in w.settings.recent() if not locations.is_url(p)]
    return str(files[0].parent) if files and files[0].parent.is_dir() else str(Path.home())


def import_folder(settings) -> str:
    """Where the import dialog opens: the folder files were last imported from, else
    the person's documents folder (else their home folder)."""
    last = settings.import_folder
    if last is not None and last.is_dir():
        return str(last)
    docs = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return docs if docs and Path(docs).is_dir() else str(Path.home())


def remember_import_folder(settings, files) -> None:
    if files:
        settings.import_folder = Path(files[0]).parent


def choose_import(w) -> None:
    files, _ = QFileDialog.getOpenFileNames(
        w, tr("Import files"), import_folder(w.settings), tr(IMPORTABLE)
    )
    if files:
        remember_import_folder(w.settings, files)
        w.import_files([Path(f) for f in files])


def choose_workspace(w) -> None:
    path, _ = QFileDialog.getOpenFileName(w, tr("Open workspace"), _start_dir(w), tr(WORKSPACES))
    if path:
        w.open_workspace(Path(path))


def new_workspace(w) -> None:
    path, _ = QFileDialog.getSaveFileName(
        w, tr("New workspace"), str(Path(_start_dir(w)) / "workspace.upr.sqlite"), tr(WORKSPACES)
    )
    if not path:
        return
    path = Path(path)
    if path.exists():
        QMessageBox.warning(
            w,
            tr("New workspace"),
            tr("{name} already exists; use File → Open to open it.").format(name=path.name),
        )
        return
    w.open_workspace(path)


def fill_recent_menu(w, menu: QMenu) -> None:
    """Files by their name, team workspaces as "upr on db.example.org"."""
    menu.clear()
    menu.setToolTipsVisible(True)
    here = locations.key(w.location)
    recent = [p for p in w.settings.recent() if locations.key(p) != here]
    for i, path in enumerate(recent):
        name = locations.place_name(path)
        act = menu.addAction(f"&{i + 1}  {name}" if i < 9 else name)
        act.setToolTip(locations.shown(path))
        act.setStatusTip(locations.shown(path))
        act.triggered.connect(lambda _=False, p=path: _open_recent(w, p))
    if not recent:
        menu.addAction(tr("No other workspace yet")).setEnabled(False)
    else:
        menu.addSeparator()
        menu.addAction(tr("&Clear the list"), w.settings.clear_recent)


def _open_recent(w, path: Path | str) -> None:
    if not locations.is_url(path) and not Path(path).exists():
        QMessageBox.warning(
            w,
            tr("Open recent"),
            tr("{path} is no longer there (moved or deleted); it is removed from the list.").format(
                path=path
            ),
        )
        w.settings.remove_recent(path)
        return
    w.open_workspace(path)


def ask_author(parent, current: str | None = None) -> str | None:
    """The reviewer's name, recorded on every link, tag and note they make."""
    name, ok = QInputDialog.getText(
        parent,
        tr("Reviewer name"),
        tr("Your name, recorded on the links, tags and notes you make:"),
        QLineEdit.EchoMode.Normal,
        current or default_author(),
    )
    name = " ".join(name.split())
    return name if ok and name else None


def change_author(w) -> None:
    name = ask_author(w, w.ws.author)
    if name:
        w.settings.author = name
        w.ws.author = name
        w.message(tr("New links, tags and notes are recorded as {name}").format(name=name))


def export_brief(w) -> None:
    """Opens the Word brief dialog, imported only now (it pulls in python-docx)."""
    try:
        from ui.dialogs.export_brief import ExportBriefDialog
    except ImportError as exc:
        QMessageBox.warning(
            w,
            tr("Export Word brief"),
            tr("The Word export is not available: {exc}").format(exc=exc),
        )
        return
    w.inspector.notes.flush()
    # the brief names the reviewer the window works as (Edit › Reviewer name…)
    dialog = ExportBriefDialog(
        w.ws, w, review=getattr(w, "current_review", None), reviewer=brief_reviewer(w)
    )
    w.export_dialog = dialog
    dialog.open()


def restore_backup(w) -> None:
    """File › Restore from backup…; after a restore the window re-reads everything.
    A team workspace has none here (the action is off, its tip saying why)."""
    from ui.dialogs.backups import RestoreDialog
    from ui.window_team import SERVER_BACKUPS

    if w.ws.server:
        w.message(tr(SERVER_BACKUPS))
        return

    w.inspector.notes.flush()
    dialog = RestoreDialog(w.ws, w.settings.backup_keep, w)
    w.restore_dialog = dialog

    def restored(copy: str, before: str) -> None:
        w.session.undo_stack.clear()  # the ids it holds belong to the state just replaced
        w.reload_all()
        w.message(
            tr("Restored {name}; the state before is kept as {name2}").format(
                name=Path(copy).name, name2=Path(before).name
            )
        )

    dialog.restored.connect(restored)
    dialog.finished.connect(lambda _: setattr(w.settings, "backup_keep", dialog.keep.value()))
    dialog.open()


def brief_reviewer(w) -> str | None:
    """The name a brief gives as its reviewer: the one the person gave (the name bar,
    Edit › Reviewer name…, --author, $UPR_REVIEWER_NAME / $UPR_REVIEWER_AUTHOR),
    never the login name work is recorded as until they give theirs."""
    import os

    return w.settings.author or os.environ.get("UPR_REVIEWER_NAME") or reviewer_named(w)


def reviewer_named(w) -> str | None:
    """The reviewer's name if the person gave one (settings, --author,
    $UPR_REVIEWER_AUTHOR); None while work is recorded under the login name."""
    import getpass

    if w.settings.author:
        return w.settings.author
    try:
        login = getpass.getuser()
    except Exception:  # no login name on some systems
        login = None
    return w.ws.author if w.ws.author != login else None
