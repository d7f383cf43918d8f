"""Clicking and typing through a real MainWindow on the CANGO submission."""

from __future__ import annotations

from PySide6.QtCore import QMimeData, QPoint, Qt, QUrl
from PySide6.QtGui import QDropEvent

from reviewer.workspace import Workspace
from tests.ui.conftest import CANGO_MD, import_and_wait, select_label


def _db(path):
    """A second connection, as another process would see the file."""
    return Workspace.open(path, "checker")


def test_import_cango_and_see_28_294_in_the_inspector(qtbot, make_window, workspace_path):
    w = make_window()
    done, failed = import_and_wait(qtbot, w, [CANGO_MD])
    assert failed == [] and done[0].paragraphs == 16
    assert w.documents.model.rowCount() == 1
    assert w.documents.current().title.startswith("UPR Report Presented by China Association")
    assert w.reading.model.total() == 16
    select_label(w, "2")
    assert w.inspector.paragraph.label == "2"
    links = w.inspector.links_model.rows()
    assert [(lk.symbol, lk.number) for lk in links] == [("A/HRC/40/6", "28.294")]
    html = w.inspector.links_model.html(links[0])
    assert "28.294" in html and "Continue taking measures for improving" in html
    assert "¶ 2" in w.inspector.title.text()


def test_tag_and_note_then_undo_and_redo_both(qtbot, make_window, workspace_path):
    w = make_window()
    import_and_wait(qtbot, w, [CANGO_MD])
    pid = select_label(w, "2").id
    # a tag, typed into the tag bar
    qtbot.keyClicks(w.inspector.tag_bar.new_tag, "women")
    qtbot.keyClick(w.inspector.tag_bar.new_tag, Qt.Key.Key_Return)
    assert [t.name for t in w.ws.paragraph(pid).tags] == ["women"]
    assert w.inspector.tag_bar.buttons["women"].isChecked()
    # a note, typed and saved by the debounce
    w.inspector.notes.new_note()
    qtbot.keyClicks(w.inspector.notes.editor, "Check the 2022 law text")
    qtbot.waitUntil(lambda: len(_db(workspace_path).notes(pid)) == 1, timeout=5000)
    note = _db(workspace_path).notes(pid)[0]
    assert note.body == "Check the 2022 law text" and note.author == "Ana Tester"
    assert note.created_at is not None
    # undo both, newest first, then redo both
    w.reading.view.setFocus()
    qtbot.keyClick(w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert _db(workspace_path).notes(pid) == []
    assert w.inspector.notes.model.rowCount() == 0
    w.actions_.undo.trigger()
    assert _db(workspace_path).paragraph(pid).tags == ()
    assert not w.inspector.tag_bar.buttons["women"].isChecked()
    qtbot.keyClick(
        w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert [t.name for t in _db(workspace_path).paragraph(pid).tags] == ["women"]
    w.actions_.redo.trigger()
    restored = _db(workspace_path).notes(pid)
    assert [(n.body, n.uid) for n in restored] == [(note.body, note.uid)]
    assert w.inspector.notes.model.rowCount() == 1


def test_note_edits_merge_into_one_undo_step(qtbot, make_window, workspace_path):
    w = make_window()
    import_and_wait(qtbot, w, [CANGO_MD])
    pid = select_label(w, "3").id
    w.inspector.notes.new_note()
    qtbot.keyClicks(w.inspector.notes.editor, "First")
    qtbot.waitUntil(lambda: len(w.ws.notes(pid)) == 1, timeout=5000)
    qtbot.keyClicks(w.inspector.notes.editor, " and more")
    qtbot.waitUntil(lambda: w.ws.notes(pid)[0].body == "First and more", timeout=5000)
    assert w.session.undo_stack.count() == 1
    w.actions_.undo.trigger()
    assert w.ws.notes(pid) == []
    w.actions_.redo.trigger()
    assert w.ws.notes(pid)[0].body == "First and more"
    # deleting is undoable too, and the note comes back with its uid
    uid = w.ws.notes(pid)[0].uid
    w.inspector.notes.list.setCurrentIndex(w.inspector.notes.model.index(0))
    w.inspector.notes.delete_current()
    assert w.ws.notes(pid) == []
    w.actions_.undo.trigger()
    assert [n.uid for n in w.ws.notes(pid)] == [uid]


def test_search_south_south_lands_on_paragraph_6(qtbot, make_window):
    w = make_window()
    import_and_wait(qtbot, w, [CANGO_MD])
    select_label(w, "1")
    qtbot.keyClick(w, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert w.search.field.hasFocus()
    qtbot.keyClicks(w.search.field, "South-South")
    qtbot.waitUntil(lambda: w.search.model.rowCount() > 0, timeout=3000)
    hit = w.search.model.item(0)
    assert hit.label == "6"
    assert "background-color" in w.search.model.html(hit) and "South-South" in w.search.model.html(
        hit
    )
    qtbot.keyClick(w.search.field, Qt.Key.Key_Return)
    assert w.reading.current_paragraph().label == "6"
    assert w.inspector.paragraph.label == "6"
    assert w.documents.current_id() == hit.document_id


def test_search_result_double_click_jumps(qtbot, make_window):
    w = make_window()
    import_and_wait(qtbot, w, [CANGO_MD])
    w.search.field.setText("carbon neutrality")
    w.search.run()
    assert w.search.wait()
    assert w.search.model.rowCount() >= 1
    view = w.search.results
    rect = view.visualRect(w.search.model.index(0))
    # Qt 6's QTest sends the double-click alone; a real one starts with a press
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    qtbot.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert "carbon neutrality" in w.reading.current_paragraph().text


def test_filter_reading_pane_by_tag_and_other_filters(qtbot, make_window):
    w = make_window()
    import_and_wait(qtbot, w, [CANGO_MD])
    two = select_label(w, "2")
    w.inspector.toggle_tag("women")
    six = select_label(w, "6")
    w.inspector.toggle_tag("women")
    bar = w.reading.filter_bar
    bar.tag.setCurrentIndex(bar.tag.findData("women"))
    w.reading.wait()  # what filters choose is read off the GUI thread
    assert w.reading.model.ids() == [two.id, six.id]
    assert "match the filters" in w.reading.header.text()
    bar.reset()
    w.reading.wait()
    assert w.reading.model.total() == 16
    bar.unreviewed.setChecked(True)
    w.reading.wait()
    assert w.reading.model.total() == 16
    bar.reset()
    bar.rec.setText("28.294")
    qtbot.keyClick(bar.rec, Qt.Key.Key_Return)
    w.reading.wait()
    assert w.reading.model.ids() == [two.id]
    bar.reset()
    select_label(w, "6")
    w.inspector.notes.new_note()
    qtbot.keyClicks(w.inspector.notes.editor, "note on six")
    w.inspector.notes.flush()
    bar.has_note.setChecked(True)
    w.reading.wait()
    assert w.reading.model.ids() == [six.id]


def test_keyboard_navigation_and_reviewed(qtbot, make_window):
    w = make_window()
    import_and_wait(qtbot, w, [CANGO_MD])
    view = w.reading.view
    select_label(w, "1")
    view.setFocus()
    qtbot.keyClick(view, Qt.Key.Key_J)
    assert w.reading.current_paragraph().label == "2"
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert w.reading.current_paragraph().label == "3"
    qtbot.keyClick(view, Qt.Key.Key_K)
    qtbot.keyClick(view, Qt.Key.Key_Up)
    assert w.reading.current_paragraph().label == "1"
    pid = w.reading.current_id()
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert w.ws.paragraph(pid).reviewed
    assert w.document_rows_loader.wait(5000)  # its document's row read off the GUI thread
    assert w.documents.current().reviewed == 1
    assert w.inspector.reviewed.isChecked()
    qtbot.keyClick(view, Qt.Key.Key_R, Qt.KeyboardModifier.ControlModifier)
    assert not w.ws.paragraph(pid).reviewed
    qtbot.keyClick(view, Qt.Key.Key_Space)
    # N goes to the next unreviewed paragraph, skipping reviewed ones
    select_label(w, "2")
    qtbot.keyClick(view, Qt.Key.Key_Space)
    select_label(w, "1")
    qtbot.keyClick(view, Qt.Key.Key_N)
    assert w.reading.current_paragraph().label == "3"
    w.actions_.undo.trigger()
    assert not w.ws.paragraph(select_label(w, "2").id).reviewed


def test_tag_shortcuts_one_to_nine_toggle_the_nth_tag(qtbot, make_window):
    w = make_window()
    import_and_wait(qtbot, w, [CANGO_MD])
    for name in ("women", "climate", "education"):
        w.ws.create_tag(name)
    w.reload_tags()
    pid = select_label(w, "4").id
    w.reading.view.setFocus()
    qtbot.keyClick(w.reading.view, Qt.Key.Key_2)
    assert [t.name for t in w.ws.paragraph(pid).tags] == ["climate"]
    qtbot.keyClick(w.reading.view, Qt.Key.Key_3)
    assert {t.name for t in w.ws.paragraph(pid).tags} == {"climate", "education"}
    qtbot.keyClick(w.reading.view, Qt.Key.Key_2)
    assert [t.name for t in w.ws.paragraph(pid).tags] == ["education"]
    qtbot.keyClick(w.reading.view, Qt.Key.Key_9)  # no ninth tag: nothing happens
    assert [t.name for t in w.ws.paragraph(pid).tags] == ["education"]
    assert w.actions_.tag_2.text().endswith("climate")
    # digits typed in a text field stay text
    w.inspector.link_field.setFocus()
    qtbot.keyClicks(w.inspector.link_field, "1")
    assert w.inspector.link_field.text() == "1"
    assert [t.name for t in w.ws.paragraph(pid).tags] == ["education"]


def test_link_by_typing_then_reject_confirm_unlink_with_undo(qtbot, make_window):
    w = make_window()
    import_and_wait(qtbot, w, [CANGO_MD])
    pid = select_label(w, "2").id
    qtbot.keyClick(w, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert w.inspector.link_field.hasFocus()
    qtbot.keyClicks(w.inspector.link_field, "28.45")
    qtbot.keyClick(w.inspector.link_field, Qt.Key.Key_Return)
    links = {lk.number: lk for lk in w.ws.paragraph(pid).links}
    assert links["28.45"].origin == "manual" and links["28.45"].status == "confirmed"
    numbers = [lk.number for lk in w.inspector.links_model.rows()]
    assert numbers == ["28.45", "28.294"]  # in registry order
    w.inspector.links.setCurrentIndex(w.inspector.links_model.index(0))
    assert w.inspector.current_link().number == "28.45"
    w.inspector.reject()
    assert {lk.number: lk.status for lk in w.ws.paragraph(pid).links}["28.45"] == "rejected"
    w.actions_.undo.trigger()
    assert {lk.number: lk.status for lk in w.ws.paragraph(pid).links}["28.45"] == "confirmed"
    w.actions_.undo.trigger()
    assert [lk.number for lk in w.ws.paragraph(pid).links] == ["28.294"]
    w.actions_.redo.trigger()
    w.actions_.redo.trigger()
    assert {lk.number: lk.status for lk in w.ws.paragraph(pid).links}["28.45"] == "rejected"
    # unlink the footnote link, and undo brings it back with its origin
    w.inspector.links.setCurrentIndex(w.inspector.links_model.index(1))
    assert w.inspector.current_link().number == "28.294"
    w.inspector.unlink()
    assert [lk.number for lk in w.ws.paragraph(pid).links] == ["28.45"]
    w.actions_.undo.trigger()
    back = {lk.number: lk for lk in w.ws.paragraph(pid).links}["28.294"]
    assert (back.origin, back.status) == ("footnote", "confirmed")
    # a word search through the registry completer
    assert any("28.294" in e for e in w.registry.entries)
    w.inspector.link_field.setText("nonsense")
    w.inspector.link_typed()
    assert "no recommendation number" in w.statusBar().currentMessage()


def test_drop_files_imports_them(qtbot, make_window, tmp_path):
    w = make_window()
    other = tmp_path / "js-slovenia.txt"
    other.write_text("Joint submission on Slovenia\n\n1. Roma settlements lack water.\n", "utf-8")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(CANGO_MD)), QUrl.fromLocalFile(str(other))])
    event = QDropEvent(QPoint(300, 300), Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)  # fmt: skip
    w.dropEvent(event)
    assert event.isAccepted()
    qtbot.waitUntil(lambda: w.importer.last is not None and not w.importer.busy, timeout=60_000)
    assert w.documents.model.rowCount() == 2


def test_a_failed_file_is_reported_and_the_others_go_on(qtbot, make_window, tmp_path):
    w = make_window()
    bad = tmp_path / "broken.pdf"
    bad.write_bytes(b"%PDF-1.4 this is not really a pdf")
    done, failed = import_and_wait(qtbot, w, [bad, CANGO_MD])
    assert [f.file for f in failed] == [str(bad)] and len(done) == 1
    box = w.importer.report_box
    assert box is not None and box.isVisible()
    assert "broken.pdf" in box.text() and "1 file imported" in box.text()
    box.close()
    assert w.documents.model.rowCount() == 1


def test_recommendations_view_lists_citing_paragraphs_and_jumps(qtbot, make_window):
    w = make_window()
    import_and_wait(qtbot, w, [CANGO_MD])
    qtbot.keyClick(w, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    panel = w.recommendations
    assert w.tabs.currentWidget() is panel
    assert panel.loader.wait()  # the registry is read off the GUI thread
    assert panel.model.rowCount() == 11
    rec = w.ws.recommendation("A/HRC/40/6", "28.294").recommendation
    assert panel.select(rec.id)
    assert panel.citing_model.rowCount() == 1
    assert "Cited by 1 paragraph" in panel.citing_title.text()
    assert "Continue taking measures" in panel.detail.text()
    panel.cited.setCurrentIndex(panel.cited.findData(False))
    assert panel.loader.wait()
    assert panel.model.rowCount() == 0
    panel.cited.setCurrentIndex(0)
    panel.text.setText("South-South")
    panel.reload()
    numbers = [panel.model.recommendation(r).number for r in range(panel.model.rowCount())]
    assert numbers == ["28.47", "28.49"]
    panel.select(panel.model.recommendation(1).id)
    panel.citing.setCurrentIndex(panel.citing_model.index(0))
    qtbot.keyClick(panel.citing, Qt.Key.Key_Return)
    assert w.tabs.currentWidget() is w.reading
    assert w.reading.current_paragraph().label == "6"


def test_export_brief_action_exists_and_opens_the_dialog(qtbot, make_window):
    w = make_window()
    act = w.actions_.export_brief
    assert act.shortcut().toString() == "Ctrl+E"
    assert "Export Word brief" in act.text()
    mod = __import__("pytest").importorskip("ui.dialogs.export_brief")
    act.trigger()
    assert isinstance(w.export_dialog, mod.ExportBriefDialog)
    w.export_dialog.close()


def test_every_menu_action_has_a_mnemonic_and_most_a_shortcut(qtbot, make_window):
    w = make_window()
    for menu in w.menuBar().findChildren(type(w.recent_menu)):
        for act in menu.actions():
            if act.isSeparator() or not act.text() or act.menu():
                continue
            if act.objectName().startswith("action_"):
                assert "&" in act.text(), act.text()
    keys = {a.shortcut().toString() for a in w.actions_.all.values()}
    assert {"Ctrl+I", "Ctrl+E", "Ctrl+F", "Ctrl+Z", "Ctrl+Shift+Z", "J", "K", "N", "Space"} <= keys
