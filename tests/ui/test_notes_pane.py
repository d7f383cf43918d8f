"""View › Notes (F8) on a real window: every note of the review, filtered by words,
author and document; a click or Enter opens the paragraph; it follows new notes."""

from PySide6.QtCore import Qt

from tests.conftest import FIXTURES
from tests.ui.conftest import CANGO_MD, import_and_wait, select_label

CANGO_PDF = FIXTURES / "cango" / "cango-upr4-submission.pdf"


def _texts(pane) -> list[str]:
    m = pane.model
    return [m.index(r, 0).data() for r in range(m.rowCount())]


def test_notes_pane_filters_and_opens_the_paragraph(qtbot, make_window):
    w = make_window()
    import_and_wait(qtbot, w, [CANGO_PDF])
    w.set_review("CHN-4")
    six = select_label(w, "6")
    w.ws.add_note(six.id, "Ask about the carbon figures")
    words = "Chinese government"
    start = six.text.index(words)
    w.ws.add_note(six.id, "Which year is meant?", span=(start, start + len(words)))
    w.ws.author = "Ben Other"
    two = select_label(w, "2")
    w.ws.add_note(two.id, "Poverty figures for 2023 missing")
    w.apply(w.ws.take_changes())
    select_label(w, "1")

    assert not w.notes_dock.isVisible()
    qtbot.keyClick(w.reading.view, Qt.Key.Key_F8)
    pane = w.notes_pane
    assert w.notes_dock.isVisible() and pane.words.hasFocus()
    assert pane.model.rowCount() == 3
    assert _texts(pane)[0] == "Poverty figures for 2023 missing"  # newest first
    assert "3 notes in CHN-4" in pane.info.text()
    row = next(r for r in range(3) if "year" in _texts(pane)[r])
    assert _texts(pane)[row] == f"“{words}” — Which year is meant?"  # the passage quoted
    assert pane.model.index(row, 1).data() == f"¶ 6, {six.pages}"
    assert pane.model.index(row, 2).data() == w.documents.current().title

    qtbot.keyClicks(pane.words, "figures")
    assert sorted(_texts(pane)) == [
        "Ask about the carbon figures",
        "Poverty figures for 2023 missing",
    ]
    pane.author.setCurrentIndex(pane.author.findData("Ben Other"))
    assert _texts(pane) == ["Poverty figures for 2023 missing"]
    assert "1 of 3 notes" in pane.info.text()
    qtbot.keyClick(pane.words, Qt.Key.Key_Return)  # Enter opens the (first) one
    assert w.reading.current_id() == two.id
    assert w.inspector.paragraph.id == two.id

    pane.words.clear()
    pane.author.setCurrentIndex(0)
    row = next(r for r in range(3) if _texts(pane)[r].startswith("Ask"))
    rect = pane.view.visualRect(pane.model.index(row, 0))
    qtbot.mouseClick(pane.view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert w.reading.current_id() == six.id


def test_notes_pane_follows_notes_written_and_deleted(qtbot, make_window):
    w = make_window()
    import_and_wait(qtbot, w, [CANGO_MD])
    w.show_notes()
    pane = w.notes_pane
    assert pane.model.rowCount() == 0 and "No notes" in pane.info.text()
    select_label(w, "3")
    w.inspector.notes.new_note()
    qtbot.keyClicks(w.inspector.notes.editor, "written in the inspector")
    w.inspector.notes.flush()
    qtbot.waitUntil(lambda: _texts(pane) == ["written in the inspector"])
    assert pane.model.index(0, 3).data() == "Ana Tester"
    # undo takes it away again, and the list follows
    w.actions_.all["undo"].trigger()
    qtbot.waitUntil(lambda: pane.model.rowCount() == 0)
    # documents: a note's document filter lists only documents with notes
    w.ws.add_note(select_label(w, "2").id, "second")
    w.apply(w.ws.take_changes())
    qtbot.waitUntil(lambda: pane.model.rowCount() == 1)
    assert [pane.document.itemText(i) for i in range(pane.document.count())][0] == "Any document"
    assert pane.document.count() == 2
    # hidden, it waits; shown again, it is current
    w.notes_dock.hide()
    w.ws.add_note(select_label(w, "4").id, "third")
    w.apply(w.ws.take_changes())
    assert pane.stale
    w.show_notes()
    assert pane.model.rowCount() == 2


def test_notes_pane_scope_follows_the_review(qtbot, make_window):
    w = make_window()
    import_and_wait(qtbot, w, [CANGO_MD])
    # the same text kept as a second document of the review
    w.ws.import_file(CANGO_MD.with_suffix(".txt"), new_document=True)
    w.apply(w.ws.take_changes())
    w.set_review("CHN-4")
    w.ws.add_note(select_label(w, "2").id, "in the review")
    w.apply(w.ws.take_changes())
    w.show_notes()
    pane = w.notes_pane
    assert pane.review == "CHN-4"
    assert pane.all_reviews.isVisible() and pane.model.rowCount() == 1
    doc = w.documents.current()
    w.ws.set_document_review(doc.id, "CHN-3")  # its document moved to another review
    w.apply(w.ws.take_changes())
    assert w.current_review == "CHN-4"
    qtbot.waitUntil(lambda: pane.model.rowCount() == 0)
    assert "No notes in CHN-4" in pane.info.text()
    pane.all_reviews.setChecked(True)
    assert pane.model.rowCount() == 1 and "all reviews" in pane.info.text()
    pane.all_reviews.setChecked(False)
    w.set_review("CHN-3")
    assert pane.review == "CHN-3"
    qtbot.waitUntil(lambda: pane.model.rowCount() == 1)
    w.set_review(None)
    assert pane.review is None and not pane.all_reviews.isVisible()
