"""File › Restore from backup…, Back up now, the daily copy, and other programs' writes."""

from __future__ import annotations

import subprocess
import sys
import threading
from datetime import datetime, timedelta

from PySide6.QtWidgets import QDialog

from tests.ui.conftest import CANGO_MD, import_and_wait, select_label
from ui.dialogs.backups import RestoreDialog
from ui.housekeeping import DailyBackup


def test_back_up_then_restore_from_the_file_menu(qtbot, make_window, workspace_path, settings):
    w = make_window()
    import_and_wait(qtbot, w, [CANGO_MD])
    pid = select_label(w, "2").id
    w.ws.add_tag(pid, "keep me")
    settings.backup_keep = 3
    w.actions_.restore_backup.trigger()
    dlg = w.restore_dialog
    assert isinstance(dlg, RestoreDialog) and dlg.isVisible()
    assert dlg.table.rowCount() == 0 and "No copies yet" in dlg.where.text()
    assert dlg.keep.value() == 3 and not dlg.restore_button.isEnabled()
    made = dlg.backup_now()
    assert made.exists() and dlg.table.rowCount() == 1
    assert [dlg.table.item(0, c).text() for c in range(2, 7)] == ["1", "16", "11", "1", "0"]
    assert dlg.table.item(0, 1).text() == "made by hand"
    dlg.reject()
    # a mistake after the copy: a note, and the tag removed
    w.ws.add_note(pid, "written after the copy")
    w.ws.remove_tag(pid, "keep me")
    w.reload_all()
    w.actions_.restore_backup.trigger()
    dlg = w.restore_dialog
    dlg.table.selectRow(0)
    assert dlg.restore_selected(confirm=False)
    assert dlg.result() == QDialog.DialogCode.Accepted
    assert w.ws.notes(pid) == []
    assert [t.name for t in w.ws.paragraph(pid).tags] == ["keep me"]
    assert w.inspector.tag_bar.buttons["keep me"].isChecked()  # the panes re-read
    assert w.session.undo_stack.count() == 0
    assert "Restored" in w.statusBar().currentMessage()
    reasons = [b.reason for b in w.ws.backups()]
    assert reasons == ["before-restore", "manual"]
    assert w.ws.backups()[0].counts["note"] == 1  # the restore can itself be undone
    for _ in range(4):
        w.ws.backup_keep = settings.backup_keep
        w.ws.backup("manual")
    assert len(w.ws.backups()) == 3  # the setting is the number kept


def test_the_daily_copy_is_made_when_the_newest_is_a_day_old(qtbot, make_window):
    w = make_window()
    import_and_wait(qtbot, w, [CANGO_MD])
    w.daily_backup.stop()
    clock = {"now": datetime.now()}
    daily = DailyBackup(w.ws, w, now=lambda: clock["now"], interval=3_600_000)
    assert daily.due()
    looked_in: list[threading.Thread] = []  # the backup folder, listed by the check
    listed = w.ws.last_backup_time
    w.ws.last_backup_time = lambda: looked_in.append(threading.current_thread()) or listed()
    with qtbot.waitSignal(daily.made, timeout=10_000) as made:
        assert daily.check()
    assert looked_in and threading.current_thread() not in looked_in
    assert made.args[0].endswith("-daily.sqlite")
    qtbot.waitUntil(lambda: not daily.task.running, timeout=5000)
    assert not daily.due()
    made_now: list[str] = []
    daily.made.connect(made_now.append)
    assert daily.check()  # a check off the GUI thread, which finds nothing due
    qtbot.waitUntil(lambda: not daily.task.running, timeout=5000)
    assert daily.task.result is None and made_now == []
    assert len([b for b in w.ws.backups() if b.reason == "daily"]) == 1
    clock["now"] += timedelta(hours=25)
    assert daily.due()


def test_an_empty_workspace_needs_no_daily_copy(qtbot, make_window):
    w = make_window()
    assert not w.daily_backup.due()


def test_documents_another_program_imports_appear_within_two_seconds(
    qtbot, make_window, workspace_path
):
    w = make_window()
    assert w.documents.model.rowCount() == 0
    done = subprocess.run(
        [sys.executable, "-m", "reviewer", "--workspace", str(workspace_path), "import",
         str(CANGO_MD)],
        capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    qtbot.waitUntil(lambda: w.documents.model.rowCount() == 1, timeout=2000)
    assert w.reading.wait(5000)  # its paragraphs read off the GUI thread
    assert w.reading.model.total() == 16
    assert "another program" in w.statusBar().currentMessage()


def test_the_daily_copy_is_said_only_over_an_empty_status_bar(qtbot, make_window):
    """A copy made in the background never hides what the person's action said."""
    w = make_window()
    w.message("Imported cango.md")
    w.daily_backup.made.emit("/somewhere/review.upr-20261202-daily.sqlite")
    assert w.statusBar().currentMessage() == "Imported cango.md"
    w.statusBar().clearMessage()
    w.daily_backup.made.emit("/somewhere/review.upr-20261202-daily.sqlite")
    assert w.statusBar().currentMessage() == "Daily backup: review.upr-20261202-daily.sqlite"
