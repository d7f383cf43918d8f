"""Short numbers › Propose a reading…: the window shows the orders a national
report's numbers may follow with their evidence, the proposed one selected; accepting
links through an undo command (origin "inferred"), Ctrl+Z takes the links back."""

from PySide6.QtCore import Qt

from tests.core.test_numbering import _meant, _national_report, _table
from tests.ui.conftest import import_and_wait, settled


def _inferred(w, doc_id) -> set[str]:
    return {
        lk.number
        for p in w.ws.document(doc_id).paragraphs
        for lk in p.links
        if lk.origin == "inferred" and lk.status == "confirmed"
    }


def test_proposing_accepting_and_undoing_a_reading(qtbot, make_window, tmp_path):
    w = make_window()
    report = _national_report(tmp_path, "running-rev")
    import_and_wait(qtbot, w, [_table(tmp_path), report])
    doc = next(d for d in w.ws.documents() if d.file == report.name)
    w.select_document(doc.id)
    settled(w)
    notices = w.notices
    assert notices.short_bar.isVisible() and notices.propose.isVisible()
    assert _inferred(w, doc.id) == set()  # nothing linked until a person accepts
    qtbot.mouseClick(notices.propose, Qt.MouseButton.LeftButton)
    dialog = w.numbering_dialog
    qtbot.waitUntil(dialog.isVisible, timeout=5000)
    best = dialog.current()
    assert best is not None and best.reading == "running-rev" and best.landed == best.total
    assert "proposed" in dialog.table.item(0, 0).text()
    assert "International obligations" in dialog.evidence.toPlainText()
    dialog.accept_button.click()
    wanted = set().union(*_meant("running-rev").values())
    qtbot.waitUntil(lambda: _inferred(w, doc.id) == wanted, timeout=5000)
    w.session.undo_stack.undo()
    assert _inferred(w, doc.id) == set()
    w.session.undo_stack.redo()
    assert _inferred(w, doc.id) == wanted


def test_a_document_whose_numbers_read_directly_is_told_so(qtbot, make_window, tmp_path):
    w = make_window()
    w.propose_short_reading(None)  # nothing selected: a message, no dialog
    assert getattr(w, "numbering_dialog", None) is None
