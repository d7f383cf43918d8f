"""The inspector shows the selected recommendation's likely predecessors in earlier
cycles; confirming or rejecting one is a review action, undone with Ctrl+Z."""

from __future__ import annotations

from reviewer.workspace import Workspace
from tests.conftest import FIXTURES

SVN1 = FIXTURES / "un" / "Slovenia-UPR1-A_HRC_14_15-wg-report.pdf"
SVN2 = FIXTURES / "un" / "Slovenia-UPR2-A_HRC_28_15-working-group-report.pdf"


def test_confirm_and_reject_an_earlier_recommendation_with_undo(qtbot, make_window, workspace_path):
    with Workspace.open(workspace_path, author="Setup") as ws:
        assert not ws.import_files([SVN1, SVN2])[1]
        doc = next(d for d in ws.documents() if d.report_symbol == "A/HRC/28/15")
        pid = ws.document(doc.id).paragraphs[5].id
        ws.link(pid, "A/HRC/28/15", "115.41")
        rec = ws.recommendation("A/HRC/28/15", "115.41").recommendation.id
    w = make_window()
    inspector = w.inspector
    assert w.open_paragraph(doc.id, pid)
    assert inspector.current_link().number == "115.41"
    qtbot.waitUntil(lambda: inspector.earlier.isVisibleTo(w))  # read off the GUI thread
    text = inspector.earlier.text()
    assert "also recommended in cycle 1 by Norway: 111.9" in text and "confirm" in text

    def status(number: str) -> tuple[str, str | None]:
        p = next(p for p in w.ws.predecessors(rec) if p.number == number)
        return p.status, p.decided_by

    first = next(p for p in w.ws.predecessors(rec) if p.number == "111.9")
    inspector._earlier_clicked(f"confirmed:{first.id}")
    assert status("111.9") == ("confirmed", "Ana Tester")
    qtbot.waitUntil(lambda: "✓ confirmed" in inspector.earlier.text())  # read again
    second = next(p for p in w.ws.predecessors(rec) if p.number == "111.8")
    inspector._earlier_clicked(f"rejected:{second.id}")
    assert status("111.8") == ("rejected", "Ana Tester")
    assert w.session.undo_stack.undoText().startswith("Reject 111.8")
    w.actions_.undo.trigger()
    assert status("111.8") == ("suggested", None)
    w.actions_.undo.trigger()
    assert status("111.9") == ("suggested", None)
    w.actions_.redo.trigger()
    assert status("111.9") == ("confirmed", "Ana Tester")
    # a paragraph whose recommendations have no earlier cycle shows nothing
    inspector.show_paragraph(None)
    assert not inspector.earlier.isVisibleTo(w)


def test_the_review_menu_finds_predecessors_for_a_workspace_that_had_none(
    qtbot, make_window, workspace_path
):
    """A workspace whose two cycles came in before predecessors existed (an upgrade)."""
    import sqlite3

    with Workspace.open(workspace_path, author="Setup") as ws:
        assert not ws.import_files([SVN1, SVN2])[1]
    con = sqlite3.connect(workspace_path)
    with con:
        con.execute("DELETE FROM predecessor")
    con.close()
    w = make_window()
    rec = w.ws.recommendation("A/HRC/28/15", "115.41").recommendation.id
    assert w.ws.predecessors(rec) == []
    w.set_review(None)
    w.actions_.all["suggest_predecessors"].trigger()
    assert "Choose a review first" in w.statusBar().currentMessage()
    w.set_review("SVN-2")
    w.actions_.all["suggest_predecessors"].trigger()
    assert "111.9" in {p.number for p in w.ws.predecessors(rec)}
    assert "possible predecessors" in w.statusBar().currentMessage()
