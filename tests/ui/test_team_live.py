"""Working beside colleagues: the History tab, a colleague's work shown live (another
process writes; the window shows it within 2 s), the undo stack holding only the
person's own actions, and a note two people edit at once keeping both texts.  On a
file and on a PostgreSQL database (``location``)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor

from reviewer.workspace import Workspace
from tests.ui.conftest import CANGO_MD, import_and_wait, select_label
from tests.ui.team_helpers import colleague
from ui.panels.history import entry_line

LIVE_MS = 2000  # the promise: a colleague's change within 2 seconds
FIXTURES_UN = CANGO_MD.parents[1] / "un"


def _tags(w) -> set[str]:
    p = w.inspector.paragraph
    return {t.name for t in p.tags} if p is not None else set()


def test_the_history_tab_lists_who_did_what_newest_first(qtbot, make_window, location):
    w = make_window(location)
    import_and_wait(qtbot, w, [CANGO_MD])
    w.ws.create_tag("Torture")
    w.reload_tags()
    pid = select_label(w, "6").id
    w.reading.view.setFocus()
    qtbot.keyClick(w.reading.view, Qt.Key.Key_1)
    qtbot.keyClick(w.reading.view, Qt.Key.Key_Space)
    # Ctrl+H: the History tab in front, the keys in its list
    qtbot.keyClick(w, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    hist = w.inspector.history
    assert w.inspector.tabs.currentIndex() == w.inspector.HISTORY
    assert hist.list.hasFocus() and hist.list.currentRow() == 0
    texts = [hist.list.item(i).text() for i in range(hist.list.count())]
    assert [t.split(" — ", 1)[1] for t in texts] == ["marked it reviewed", "tagged “Torture”"]
    assert all(t.startswith("Ana Tester · ") for t in texts)
    assert hist.heading.text() == "History: 2 actions, newest first"
    # the person's next action lands at the top as it is made
    w.inspector.notes.new_note()
    qtbot.keyClicks(w.inspector.notes.editor, "see the 2022 report")
    w.inspector.notes.flush()
    assert hist.list.item(0).text().endswith("noted “see the 2022 report”")
    # another paragraph: its own history
    select_label(w, "7")
    assert hist.list.count() == 1 and not hist.rows
    assert hist.list.item(0).text() == "Nothing done to this paragraph yet"
    assert w.ws.history(paragraph_id=pid)[0].action == "note added"


def test_a_colleagues_tag_note_and_import_show_within_two_seconds(qtbot, make_window, location):
    w = make_window(location)
    import_and_wait(qtbot, w, [CANGO_MD])
    pid = select_label(w, "6").id
    w.inspector.show_history_tab()
    colleague(w.ws.location, "tag", pid, "Torture")
    qtbot.waitUntil(lambda: "Torture" in _tags(w), timeout=LIVE_MS)
    assert "Torture" in w.inspector.tag_bar.buttons  # a tag new to the window, too
    assert w.inspector.history.list.item(0).text().startswith("Mei Lin · ")
    colleague(w.ws.location, "note", pid, "Mei's note on the figures")
    qtbot.waitUntil(
        lambda: [n.body for n in w.inspector.notes.model.rows()] == ["Mei's note on the figures"],
        timeout=LIVE_MS,
    )
    w.set_review(None)  # every review's documents (the list is of China's third)
    colleague(w.ws.location, "import", FIXTURES_UN / "China-UPR3-thematic-list-A_HRC_40_6.docx")
    qtbot.waitUntil(lambda: w.documents.model.rowCount() == 2, timeout=LIVE_MS)
    assert w.inspector.paragraph.id == pid  # the person's place is kept
    # none of it is the person's to undo
    assert w.session.undo_stack.count() == 0 and not w.actions_.undo.isEnabled()


def test_undo_takes_back_only_the_persons_own_action(qtbot, make_window, location):
    w = make_window(location)
    import_and_wait(qtbot, w, [CANGO_MD])
    for name in ("Women", "Torture"):
        w.ws.create_tag(name)
    w.reload_tags()
    pid = select_label(w, "6").id
    w.reading.view.setFocus()
    qtbot.keyClick(w.reading.view, Qt.Key.Key_1)  # the person: "Women"
    colleague(w.ws.location, "tag", pid, "Torture")  # then Mei Lin: "Torture"
    qtbot.waitUntil(lambda: _tags(w) == {"Women", "Torture"}, timeout=LIVE_MS)
    assert w.session.undo_stack.count() == 1
    w.reading.view.setFocus()
    qtbot.keyClick(w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert {t.name for t in w.ws.paragraph(pid).tags} == {"Torture"}
    assert _tags(w) == {"Torture"}
    assert not w.session.undo_stack.canUndo()
    qtbot.keyClick(w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)  # nothing left
    assert {t.name for t in w.ws.paragraph(pid).tags} == {"Torture"}


def test_a_note_saved_by_a_colleague_meanwhile_keeps_both_texts(qtbot, make_window, location):
    w = make_window(location)
    import_and_wait(qtbot, w, [CANGO_MD])
    pid = select_label(w, "6").id
    notes = w.inspector.notes
    notes.new_note()
    qtbot.keyClicks(notes.editor, "first text")
    notes.flush()
    note = w.ws.notes(pid)[0]
    assert note.revision == 1 and notes.revision == 1
    # the person edits on; before the save Mei Lin saves her text from revision 1
    qtbot.keyClicks(notes.editor, ", and mine")
    colleague(w.ws.location, "edit", note.id, "Mei's text", 1)
    notes.flush()
    dialog = notes.conflict_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.who == "Mei Lin"
    assert dialog.theirs.toPlainText() == "Mei's text"
    assert dialog.mine.toPlainText() == "first text, and mine"
    assert w.statusBar().currentMessage() == (
        "Mei Lin saved this note while you were editing it: both texts are kept"
    )
    kept = {n.body: n for n in w.ws.notes(pid)}
    assert set(kept) == {"Mei's text", "first text, and mine"}
    assert kept["Mei's text"].uid == note.uid
    # the editor goes on with the person's own note; both are listed
    assert notes.uid == kept["first text, and mine"].uid
    assert {n.body for n in notes.model.rows()} == set(kept)
    dialog.close()
    # typing on edits the person's note, one undo step with the save beside
    qtbot.keyClicks(notes.editor, "!")
    notes.flush()
    assert {n.body for n in w.ws.notes(pid)} == {"Mei's text", "first text, and mine!"}
    assert w.session.undo_stack.count() == 2  # the new note; the save beside Mei's
    w.actions_.undo.trigger()
    assert [n.body for n in w.ws.notes(pid)] == ["Mei's text"]  # hers stays
    w.actions_.redo.trigger()
    assert {n.body for n in w.ws.notes(pid)} == {"Mei's text", "first text, and mine!"}
    # undoing the first note would delete what Mei Lin edited: refused, her text stays
    w.actions_.undo.trigger()
    w.actions_.undo.trigger()
    assert [n.body for n in w.ws.notes(pid)] == ["Mei's text"]
    assert "someone has edited the note since" in w.statusBar().currentMessage()


def test_own_saves_in_a_row_are_never_taken_for_a_colleagues(qtbot, make_window, location):
    w = make_window(location)
    import_and_wait(qtbot, w, [CANGO_MD])
    pid = select_label(w, "6").id
    notes = w.inspector.notes
    notes.new_note()
    for part in ("one", " two", " three"):
        qtbot.keyClicks(notes.editor, part)
        notes.flush()
    select_label(w, "7")
    select_label(w, "6")
    notes.list.setCurrentIndex(notes.model.index(0))
    notes.editor.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(notes.editor, " four")
    notes.flush()
    assert [(n.body, n.revision) for n in w.ws.notes(pid)] == [("one two three four", 4)]
    assert notes.conflict_dialog is None
    with Workspace.open(w.ws.location, "checker") as other:
        actions = [h.action for h in other.history(paragraph_id=pid)]
    assert actions == ["note edited"] * 3 + ["note added"]
    assert entry_line(w.ws.history(paragraph_id=pid)[0]).startswith("Ana Tester · ")
