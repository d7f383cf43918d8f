"""The window on a team workspace (PostgreSQL): opening it by URL, File › Connect to
team workspace… (libpq's own passwords, the password asked for and never kept), and
what a reader's and a reviewer's role leave on."""

from __future__ import annotations

import os
import subprocess
import sys

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage

from reviewer.workspace import Workspace
from tests.ui.conftest import CANGO_MD, import_and_wait, select_label
from tests.ui.team_helpers import ROOT, database_of, live_windows, login_with
from ui.session import READ_ONLY
from ui.undo import TagCommand
from ui.window_team import EDIT_ACTIONS, REVIEW_ACTIONS, SERVER_BACKUPS


def _team_workspace(url: str, tags=("Torture", "Women")) -> int:
    """CANGO imported, a few tags; the id of its paragraph 6."""
    with Workspace.open(url, "Admin") as ws:
        ws.import_file(CANGO_MD)
        for name in tags:
            ws.create_tag(name)
        doc = ws.documents()[0]
        return next(p.id for p in ws.document(doc.id).paragraphs if p.label == "6")


def test_the_window_opens_a_team_workspace_by_url_and_names_its_database(
    qtbot, launcher, settings, pg_url
):
    w = launcher.open(pg_url)
    assert w is not None and w.ws.server
    db = database_of(pg_url)
    assert w.windowTitle().startswith(f"{db} on 127.0.0.1 — ")
    assert settings.recent() == [pg_url]  # the URL, as given (it has no password)
    assert w.role_label.text().strip() == "Team workspace (your role: editor)"
    # backups are the server's: the action is off and says why; no daily copy is due
    act = w.actions_.restore_backup
    assert not act.isEnabled() and act.toolTip() == SERVER_BACKUPS
    assert not w.daily_backup.due()
    import_and_wait(qtbot, w, [CANGO_MD])
    assert w.daily_backup.due() is False
    pid = select_label(w, "6").id
    w.ws.create_tag("Torture")
    w.reload_tags()
    w.reading.view.setFocus()
    qtbot.keyClick(w.reading.view, Qt.Key.Key_1)
    assert [t.name for t in w.ws.paragraph(pid).tags] == ["Torture"]
    # settings kept per workspace are keyed by the URL, the same from any folder
    w.set_review(None)
    assert settings.review_for(pg_url) is None
    assert settings._workspace_key(pg_url) == settings._workspace_key(w.location)


def test_recent_team_workspaces_are_named_and_reopened_through_connect(
    qtbot, launcher, settings, pg_url, tmp_path
):
    settings.add_recent(pg_url)
    w = launcher.open(tmp_path / "mine.sqlite")
    w.fill_recent_menu()
    recent = [a for a in w.recent_menu.actions() if a.text().startswith("&1")]
    db = database_of(pg_url)
    assert recent[0].text() == f"&1  {db} on 127.0.0.1" and recent[0].toolTip() == pg_url
    recent[0].trigger()  # connects off the GUI thread, then the window switches
    qtbot.waitUntil(lambda: any(x.ws.server for x in live_windows(launcher)), timeout=30_000)
    assert not w.isVisible()
    assert [str(p) for p in settings.recent()][:2] == [pg_url, str(tmp_path / "mine.sqlite")]


def test_command_line_and_environment_open_the_window_on_a_url(tmp_path, pg_url):
    _team_workspace(pg_url)
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    for args, extra in (
        (["--workspace", pg_url], {}),
        ([], {"UPR_REVIEWER_WORKSPACE": pg_url}),
    ):
        out = tmp_path / f"shot{len(args)}.png"
        result = subprocess.run(
            [sys.executable, "-m", "ui", *args, "--data-dir", str(tmp_path / "data"),
             "--screenshot", str(out)],
            cwd=ROOT, env={**env, **extra}, capture_output=True, text=True, timeout=180,
        )  # fmt: skip
        assert result.returncode == 0, result.stderr
        assert QImage(str(out)).width() == 1280
    # a database that is not there: one sentence, no traceback
    bad = pg_url.rsplit("/", 1)[0] + "/no_such_db"
    result = subprocess.run(
        [sys.executable, "-m", "ui", "--workspace", bad, "--data-dir", str(tmp_path / "data"),
         "--screenshot", str(tmp_path / "x.png")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=180,
    )  # fmt: skip
    assert result.returncode == 1
    assert "no such database" in result.stderr and "Traceback" not in result.stderr


# -- File › Connect to team workspace… ---------------------------------------------------


def _fill(qtbot, dialog, pg_cluster, database: str, user: str) -> None:
    for field, text in (
        (dialog.host, "127.0.0.1"),
        (dialog.database, database),
        (dialog.user, user),
    ):
        field.clear()
        qtbot.keyClicks(field, text)
    dialog.port.setValue(pg_cluster.port)


def test_connect_dialog_builds_the_url_and_switches_the_window(
    qtbot, launcher, settings, pg_cluster, pg_url, tmp_path
):
    w = launcher.open(tmp_path / "mine.sqlite")
    dialog = w.connect_team()
    db = database_of(pg_url)
    _fill(qtbot, dialog, pg_cluster, "no_such_database", "upr_test")
    dialog.sslmode.setCurrentIndex(dialog.sslmode.findData("disable"))
    assert dialog.url.text() == (
        f"postgresql://upr_test@127.0.0.1:{pg_cluster.port}/no_such_database?sslmode=disable"
    )
    # a database that is not there: busy meanwhile, then the sentence, the window as it was
    dialog.database.setFocus()
    assert dialog.start()  # what Connect does; its result comes through the event loop
    assert dialog.busy.isVisible() and not dialog.connect_button.isEnabled()
    assert not dialog.database.isEnabled()
    qtbot.waitUntil(lambda: not dialog.busy.isVisible(), timeout=30_000)
    assert "there is no such database on the server" in dialog.message.text()
    assert dialog.isVisible() and w.isVisible() and not w.ws.server
    assert not dialog.password.isVisible()  # the server did not ask for one
    dialog.database.clear()
    qtbot.keyClicks(dialog.database, db)
    assert dialog.target() == pg_cluster.url(db) + "?sslmode=disable"
    qtbot.keyClick(dialog.database, Qt.Key.Key_Return)  # Enter connects
    qtbot.waitUntil(lambda: any(x.ws.server for x in live_windows(launcher)), timeout=30_000)
    team = live_windows(launcher)[-1]
    assert team.ws.location == pg_cluster.url(db) + "?sslmode=disable"
    assert not w.isVisible()
    assert settings.recent()[0] == pg_cluster.url(db) + "?sslmode=disable"


def test_a_pasted_url_fills_the_fields_and_its_password_leaves_the_url(qtbot, launcher, tmp_path):
    w = launcher.open(tmp_path / "mine.sqlite")
    dialog = w.connect_team()
    qtbot.keyClicks(dialog.url, "postgresql://mei:pa%3Ass@db.example.org:6543/upr?sslmode=require")
    assert dialog.host.text() == "db.example.org" and dialog.port.value() == 6543
    assert (dialog.database.text(), dialog.user.text()) == ("upr", "mei")
    assert dialog.sslmode.currentData() == "require"
    assert dialog.url.text() == "postgresql://mei@db.example.org:6543/upr?sslmode=require"
    assert dialog.password.isVisible() and dialog.password.text() == "pa:ss"
    assert dialog.password.echoMode() == dialog.password.EchoMode.Password
    dialog.reject()
    assert dialog.password.text() == ""


def test_the_password_is_asked_for_when_the_server_wants_one_and_never_kept(
    qtbot, launcher, settings, pg_cluster, pg_url, password_login, tmp_path
):
    name, password = password_login
    w = launcher.open(tmp_path / "mine.sqlite")
    dialog = w.connect_team()
    _fill(qtbot, dialog, pg_cluster, database_of(pg_url), name)
    assert not dialog.password.isVisible()
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(dialog.password.isVisible, timeout=30_000)
    assert "asks for a password" in dialog.message.text()
    qtbot.keyClicks(dialog.password, "wrong")
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: "not accepted" in dialog.message.text(), timeout=30_000)
    assert dialog.password.text() == ""
    qtbot.keyClicks(dialog.password, password)
    qtbot.mouseClick(dialog.connect_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: any(x.ws.server for x in live_windows(launcher)), timeout=30_000)
    team = live_windows(launcher)[-1]
    assert team.ws.location == pg_cluster.url(database_of(pg_url), user=name)
    # neither the settings nor the recent list hold it
    settings.q.sync()
    assert password not in open(settings.q.fileName(), encoding="utf-8").read()
    assert all(password not in str(p) for p in settings.recent())
    assert password not in team.windowTitle()


def test_libpq_finds_the_password_itself_in_pgpassword_and_pgpass(
    qtbot, launcher, pg_cluster, pg_url, password_login, tmp_path, monkeypatch
):
    name, password = password_login
    url = pg_cluster.url(database_of(pg_url), user=name)
    monkeypatch.setenv("PGPASSWORD", password)
    w = launcher.open(url)  # at start: no question asked
    assert w is not None and w.ws.server
    w.close()
    monkeypatch.delenv("PGPASSWORD")
    pgpass = tmp_path / "pgpass"
    pgpass.write_text(f"127.0.0.1:{pg_cluster.port}:*:{name}:{password}\n")
    pgpass.chmod(0o600)
    monkeypatch.setenv("PGPASSFILE", str(pgpass))
    other = launcher.open(tmp_path / "mine.sqlite")
    dialog = other.connect_team(url)  # a recent team workspace: connects at once
    qtbot.waitUntil(lambda: any(x.ws.server for x in live_windows(launcher)), timeout=30_000)
    assert not dialog.password.isVisible()


# -- roles ------------------------------------------------------------------------------------


def test_a_reader_sees_read_only_and_every_change_is_off_or_refused(
    qtbot, make_window, pg_cluster, pg_url
):
    pid = _team_workspace(pg_url)
    w = make_window(login_with(pg_cluster, pg_url, "upr_readers"))
    assert w.ws.role == "reader"
    assert w.role_label.text().strip() == READ_ONLY == "Read only (your role: reader)"
    assert w.role_label.isVisible()
    select_label(w, "6")
    for name in REVIEW_ACTIONS + EDIT_ACTIONS:
        act = w.actions_.all.get(name)
        if act is not None:
            assert not act.isEnabled(), name
            assert act.toolTip().startswith(READ_ONLY), name
    # nothing in the inspector takes a change
    ins = w.inspector
    assert not ins.link_field.isEnabled() and not ins.reviewed.isEnabled()
    assert not ins.notes.editor.isEnabled()
    ins.links.setCurrentIndex(ins.links_model.index(0))  # a link selected: still no decision
    assert ins.links_model.rowCount() and not ins.reject_button.isEnabled()
    assert not ins.confirm_button.isEnabled() and not ins.unlink_button.isEnabled()
    assert not any(b.isEnabled() for b in ins.tag_bar.buttons.values())
    # keys do nothing; a command that gets through is refused with the sentence
    w.reading.view.setFocus()
    qtbot.keyClick(w.reading.view, Qt.Key.Key_1)
    qtbot.keyClick(w.reading.view, Qt.Key.Key_Space)
    assert not w.session.push(TagCommand(w.session, pid, "Torture", True))
    assert w.statusBar().currentMessage().startswith(f"{READ_ONLY}: you may read")
    assert not w.import_files([CANGO_MD])
    assert w.statusBar().currentMessage().startswith(READ_ONLY)
    # what the documents pane's menu and the notices reach, too: no dialog opens
    assert not w.rename_document() and not w.remove_document() and w.manage_tags() is None
    assert w.details_dialog is None and w.tag_manager is None
    with Workspace.open(pg_url, "Admin") as admin:
        assert admin.paragraph(pid).tags == () and not admin.paragraph(pid).reviewed
        assert admin.history(paragraph_id=pid) == []


def test_a_reviewer_reviews_but_leaves_documents_to_the_editors(
    qtbot, make_window, pg_cluster, pg_url
):
    pid = _team_workspace(pg_url)
    w = make_window(login_with(pg_cluster, pg_url, "upr_reviewers"))
    assert w.ws.role == "reviewer"
    assert w.role_label.text().strip() == "Team workspace (your role: reviewer)"
    select_label(w, "6")
    for name in EDIT_ACTIONS:
        act = w.actions_.all.get(name)
        if act is not None:
            assert not act.isEnabled(), name
            assert "not import, remove or edit documents" in act.toolTip(), name
    assert w.actions_.tag_1.isEnabled() and w.actions_.note.isEnabled()
    assert not w.remove_document()
    assert w.statusBar().currentMessage().startswith("Your role is reviewer: you may tag")
    w.reading.view.setFocus()
    qtbot.keyClick(w.reading.view, Qt.Key.Key_1)
    with Workspace.open(pg_url, "Admin") as admin:
        assert [t.name for t in admin.paragraph(pid).tags] == ["Torture"]
        assert admin.history(paragraph_id=pid)[0].author == "Ana Tester"


def test_at_start_a_team_workspace_that_wants_a_password_asks_for_it(
    qtbot, settings, pg_cluster, pg_url, password_login
):
    """The last workspace was a team one: the program starts on it, the connect dialog
    asking for the password (its fields filled), and opens it once given."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication

    from ui.app import Launcher
    from ui.dialogs.connect import ConnectDialog

    name, password = password_login
    url = pg_cluster.url(database_of(pg_url), user=name)
    seen = {}

    def answer() -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, ConnectDialog):
            QTimer.singleShot(50, answer)
            return
        seen.update(message=dialog.message.text(), user=dialog.user.text())
        qtbot.keyClicks(dialog.password, password)
        dialog.start()

    start = Launcher(settings, "Ana Tester", interactive=True)
    QTimer.singleShot(50, answer)
    w = start.open(url)
    try:
        assert w is not None and w.ws.server and w.ws.location == url
        assert "asks for a password" in seen["message"] and seen["user"] == name
    finally:
        if w is not None:
            w.close()
