"""File › Copy workspace to… and File › Merge workspace… in the real window.

The window's workspace is copied to a laptop file from the File menu; work is done
on the laptop copy (a note, a tag, an edit of a note the window also edits); the
copy is merged back from the File menu: the report dialog lists what came and the
conflict, and the window's panes show the new tag and note at once.
"""

from __future__ import annotations

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from reviewer.workspace import Workspace
from tests.ui.conftest import CANGO_MD, import_and_wait, select_label
from ui.dialogs.merge_report import MergeReportDialog, PlaceDialog


def fill_place(qtbot, text: str) -> None:
    """Answer the next File › … dialog asking for a workspace: type ``text``, accept."""

    def answer():
        dlg = QApplication.activeModalWidget()
        if not isinstance(dlg, PlaceDialog):
            QTimer.singleShot(20, answer)
            return
        assert not dlg.ok.isEnabled()  # nothing typed yet
        qtbot.keyClicks(dlg.place, text)
        assert dlg.ok.isEnabled() and not dlg.password.isEnabled()  # a file: no password
        dlg.ok.click()

    QTimer.singleShot(0, answer)


def test_copy_to_a_laptop_then_merge_it_back(qtbot, make_window, tmp_path):
    w = make_window()
    import_and_wait(qtbot, w, [CANGO_MD])
    pid = select_label(w, "2").id
    note = w.ws.add_note(pid, "the office's first thought")
    laptop_file = tmp_path / "laptop.sqlite"

    fill_place(qtbot, str(laptop_file))
    w.actions_.copy_workspace.trigger()
    qtbot.waitUntil(
        lambda: w.transfer_task is not None and not w.transfer_task.running, timeout=30_000
    )
    qtbot.waitUntil(lambda: "Copied" in w.statusBar().currentMessage(), timeout=5000)
    assert laptop_file.is_file()

    with Workspace.open(laptop_file, "Ben") as laptop:
        laptop.add_tag(pid, "from the train")
        laptop.add_note(pid, "written offline")
        theirs = next(n for n in laptop.notes(pid) if n.uid == note.uid)
        laptop.update_note(theirs.id, "the laptop's first thought", base_revision=theirs.revision)
    w.ws.update_note(note.id, "the office's second thought", base_revision=note.revision)
    w.reload_all()
    assert "from the train" not in w.inspector.tag_bar.buttons

    fill_place(qtbot, str(laptop_file))
    w.actions_.merge_workspace.trigger()
    qtbot.waitUntil(lambda: w.merge_report_dialog is not None, timeout=30_000)
    dlg = w.merge_report_dialog
    assert isinstance(dlg, MergeReportDialog) and dlg.isVisible()
    rows = {
        dlg.counts.item(r, 0).text(): [dlg.counts.item(r, c).text() for c in (1, 2, 3)]
        for r in range(dlg.counts.rowCount())
    }
    assert rows["Notes"][0] == "1" and rows["Notes"][2] == "1"  # one added, one conflict
    assert rows["Tags"][0] == "1" and rows["Tagged paragraphs"][0] == "1"
    assert dlg.conflicts.isVisibleTo(dlg) and dlg.conflicts.rowCount() == 1
    kept, other = dlg.conflicts.item(0, 1).text(), dlg.conflicts.item(0, 2).text()
    assert "office's second thought" in kept or "laptop's first thought" in kept
    assert "beside" in other
    assert "Merged" in w.statusBar().currentMessage()
    dlg.grab().save(str(tmp_path / "merge-report.png"))

    # the window shows what came, without another read asked for
    assert "from the train" in w.inspector.tag_bar.buttons
    bodies = {n.body for n in w.ws.notes(pid)}
    assert {"written offline", "the office's second thought", "the laptop's first thought"} <= (
        bodies
    )
    dlg.close()

    # merging again: nothing new, said so
    fill_place(qtbot, str(laptop_file))
    w.actions_.merge_workspace.trigger()
    qtbot.waitUntil(lambda: w.merge_report_dialog is not None, timeout=30_000)
    again = w.merge_report_dialog
    assert again is not dlg and "nothing new" in again.head.text()
    assert not again.counts.isVisibleTo(again) and not again.conflicts.isVisibleTo(again)
    again.close()


def test_a_missing_copy_is_a_sentence_and_nothing_changes(qtbot, make_window, tmp_path):
    w = make_window()
    import_and_wait(qtbot, w, [CANGO_MD])
    before = len(w.ws.history(limit=None))
    assert w.start_merge(str(tmp_path / "nowhere.sqlite"))
    qtbot.waitUntil(lambda: w.transfer_error is not None, timeout=30_000)
    box = w.transfer_error
    assert isinstance(box, QMessageBox) and "no such file" in box.text()
    assert w.merge_report_dialog is None
    assert len(w.ws.history(limit=None)) == before
    box.close()


def test_the_report_names_every_kind_the_merge_counts():
    """A kind a merge counts (recommendations' texts in other languages, since 0011)
    has its line in the dialog's table."""
    from reviewer.workspace import MergeReport
    from ui.dialogs.merge_report import KIND_LABELS

    assert set(KIND_LABELS) == set(MergeReport("a", "b").added)
