"""Removing a document (the confirmation, then Ctrl+Z), renaming it with F2, editing its
details, and what an import says of files already there, on a real MainWindow."""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from tests.conftest import FIXTURES
from tests.dump import dump
from tests.ui.conftest import CANGO_MD, CHINA_LIST, import_and_wait, select_label, wait_indexed

CANGO_TITLE = (
    "UPR Report Presented by China Association for NGO Cooperation to the "
    "United Nations High Commissioner for Human Rights"
)
CANGO_DOCX = FIXTURES / "cango" / "cango-upr4-submission.docx"
CANGO_PDF = FIXTURES / "cango" / "cango-upr4-submission.pdf"


@pytest.fixture
def answer(monkeypatch):
    """QMessageBox.exec answered with the button named ``answer.button`` (the box's text
    kept in ``answer.asked``), through the window's own dialog code."""

    class Answer:
        button = "remove"
        asked: list[str] = []

    def exec_(box: QMessageBox) -> int:
        Answer.asked.append(box.text())
        chosen = next(
            (b for b in box.buttons() if b.objectName() == Answer.button),
            box.button(QMessageBox.StandardButton.Cancel),
        )
        chosen.click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_)
    return Answer


def settled(qtbot, w) -> None:
    """Suggestions made after an import are written in the background: let them land."""
    s = w.suggester
    qtbot.waitUntil(lambda: s.current is None and not s.queue and not s.busy, timeout=60_000)


def cango_with_work(qtbot, w):
    import_and_wait(qtbot, w, [CANGO_MD, CHINA_LIST])
    settled(qtbot, w)
    doc = next(d for d in w.ws.documents() if d.title == CANGO_TITLE)
    w.documents.select(doc.id)
    row = select_label(w, "3")
    w.ws.add_tag(row.id, "climate")
    w.ws.add_note(row.id, "Ask about 28.47")
    w.ws.set_reviewed(row.id)
    w.apply(w.ws.take_changes())
    return doc


def test_remove_asks_what_goes_with_it_and_ctrl_z_brings_it_all_back(qtbot, make_window, answer):
    w = make_window()
    doc = cango_with_work(qtbot, w)
    before = dump(w.ws)
    hits = len(w.ws.search("South-South"))
    w.documents.view.setFocus()
    qtbot.keyClick(w.documents.view, Qt.Key.Key_Delete)
    [text] = answer.asked
    assert CANGO_TITLE[:60] in text
    for said in ("16 paragraphs", "11 footnotes", "1 tag", "1 note", "1 reviewed mark"):
        assert said in text, said
    assert "Undo" in text
    assert doc.id not in w.documents.document_ids()
    assert w.ws.get_document(doc.id) is None and w.ws.search("South-South") == []
    assert w.reading.document is None or w.reading.document.id != doc.id
    assert "Removed" in w.statusBar().currentMessage()
    assert list(w.ws.path.parent.glob("*.backups/*before-removing-document*"))

    w.activateWindow()
    qtbot.waitUntil(w.isActiveWindow, timeout=5000)
    qtbot.keyClick(w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert dump(w.ws) == before
    wait_indexed(qtbot, w)  # its paragraphs back in the search index, in the background
    assert len(w.ws.search("South-South")) == hits
    assert doc.id in w.documents.document_ids()
    assert w.documents.current_id() == doc.id
    assert w.reading.document is not None and w.reading.document.id == doc.id
    assert "is back" in w.statusBar().currentMessage()
    w.session.undo_stack.redo()  # removed again (another backup copy), and back again
    assert w.ws.get_document(doc.id) is None and doc.id not in w.documents.document_ids()
    w.session.undo_stack.undo()
    assert dump(w.ws) == before


def test_cancel_removes_nothing_and_delete_elsewhere_is_no_removal(qtbot, make_window, answer):
    w = make_window()
    doc = cango_with_work(qtbot, w)
    before = dump(w.ws)
    answer.button = "nothing: cancel"
    assert not w.remove_document(doc.id)
    assert len(answer.asked) == 1 and dump(w.ws) == before
    w.reading.view.setFocus()
    qtbot.keyClick(w.reading.view, Qt.Key.Key_Delete)
    assert len(answer.asked) == 1  # Delete in the reading pane asks nothing
    assert dump(w.ws) == before


def test_the_documents_menu_offers_rename_edit_and_remove(qtbot, make_window, answer):
    w = make_window()
    doc = cango_with_work(qtbot, w)
    menu = w.documents.document_menu(w.documents.current())
    names = [a.objectName() for a in menu.actions()]
    assert {"renameDocument", "editDocument", "removeDocument"} <= set(names)
    assert names.index("documentCheck") < names.index("renameDocument")  # after the others
    remove = next(a for a in menu.actions() if a.objectName() == "removeDocument")
    assert remove.text().endswith("\tDel")
    remove.trigger()
    assert w.ws.get_document(doc.id) is None
    file_menu = next(a.menu() for a in w.menuBar().actions() if a.text() == "&File")
    assert w.actions_.remove_document in file_menu.actions()
    assert w.actions_.rename_document.shortcut().toString() == "F2"


def test_undo_refused_when_a_document_took_its_place(qtbot, make_window, answer):
    w = make_window()
    import_and_wait(qtbot, w, [CHINA_LIST, CANGO_MD])
    doc = next(d for d in w.ws.documents() if d.title == CANGO_TITLE)
    assert w.remove_document(doc.id)
    import_and_wait(qtbot, w, [FIXTURES / "un" / "Slovenia-UPR2-thematic-list-A_HRC_28_15.docx"])
    settled(qtbot, w)
    before = dump(w.ws)
    w.session.undo_stack.undo()
    box = w.removal_refused_box
    assert box is not None and box.isVisible()
    assert "cannot be brought back" in box.text() and "took its place" in box.text()
    qtbot.waitUntil(lambda: w.session.undo_stack.canUndo())
    assert w.session.undo_stack.undoText().startswith("Remove")  # still done, undo again later
    assert dump(w.ws) == before
    box.close()


def test_f2_renames_and_undo_puts_the_title_back(qtbot, make_window):
    w = make_window()
    doc = cango_with_work(qtbot, w)
    qtbot.keyClick(w, Qt.Key.Key_F2)
    dialog = w.details_dialog
    assert dialog is not None and dialog.isVisible()
    assert dialog.title.text() == CANGO_TITLE and not dialog.kind.isVisible()
    dialog.title.setText("CANGO submission, 2023")
    dialog.buttons.accepted.emit()
    assert w.ws.get_document(doc.id).title == "CANGO submission, 2023"
    assert w.documents.titles()[doc.id] == "CANGO submission, 2023"
    assert "CANGO submission, 2023" in w.reading.header.text()
    qtbot.keyClick(w, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert w.documents.titles()[doc.id] == CANGO_TITLE
    assert CANGO_TITLE in w.reading.header.text()


def test_edit_details_sets_organisation_and_kind(qtbot, make_window):
    w = make_window()
    doc = cango_with_work(qtbot, w)
    assert w.edit_document_details(doc.id)
    dialog = w.details_dialog
    dialog.organisation.setText("CANGO")
    dialog.kind.setCurrentIndex(dialog.kind.findData("other"))
    dialog.buttons.accepted.emit()
    row = w.ws.get_document(doc.id)
    assert (row.organisation, row.kind) == ("CANGO", "other")
    assert "CANGO" in w.reading.header.text()
    w.session.undo_stack.undo()
    row = w.ws.get_document(doc.id)
    assert row.kind == "submission" and row.organisation != "CANGO"
    listed = next(d for d in w.ws.documents() if d.kind == "thematic_list")
    w.edit_document_details(listed.id)
    assert not w.details_dialog.kind.isEnabled()  # it brought recommendations
    w.details_dialog.reject()


def test_reimporting_says_which_document_the_file_is(qtbot, make_window, tmp_path):
    w = make_window()
    import_and_wait(qtbot, w, [CANGO_MD])
    copy = tmp_path / "cango.md"
    shutil.copy(CANGO_MD, copy)
    import_and_wait(qtbot, w, [copy])
    doc_id = w.documents.document_ids()[0]
    assert w.statusBar().currentMessage() == (
        f"cango.md is already in the workspace as “{CANGO_TITLE[:49]}…” (document {doc_id})"
    )


def test_the_same_text_in_another_format_asks_skip_or_import(qtbot, make_window):
    w = make_window()
    import_and_wait(qtbot, w, [CANGO_MD])
    [doc_id] = w.documents.document_ids()
    import_and_wait(qtbot, w, [CANGO_DOCX])
    box = w.same_text_question
    assert box is not None and box.isVisible()
    assert CANGO_DOCX.name in box.text() and f"document {doc_id}" in box.text()
    assert "repeats" in w.statusBar().currentMessage()
    next(b for b in box.buttons() if b.objectName() == "skip").click()
    assert w.documents.document_ids() == [doc_id] and len(w.ws.versions(doc_id)) == 1
    assert "Skipped" in w.statusBar().currentMessage()

    import_and_wait(qtbot, w, [CANGO_PDF])
    box = w.same_text_question
    next(b for b in box.buttons() if b.objectName() == "importAnyway").click()
    qtbot.waitUntil(lambda: not w.importer.busy and len(w.documents.document_ids()) == 2)
    assert len(w.ws.versions(doc_id)) == 1  # a document of its own, not a version
    assert "Imported 1 file" in w.statusBar().currentMessage()
