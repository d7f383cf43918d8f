"""Settings › Reviewer name… changes who every later action is recorded as, background
imports included (they once kept their own copy of the name they started with)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog
from sqlalchemy import select

from reviewer.storage.models import Document, Link, ParagraphTag
from tests.ui.conftest import CANGO_MD, import_and_wait, select_label
from ui.undo import TagCommand

OLD, NEW = "Ana Tester", "Bea Reviewer"


def test_a_new_reviewer_name_is_recorded_by_imports_links_tags_and_notes(
    qtbot, make_window, settings, monkeypatch
):
    w = make_window(author=OLD)
    asked = []

    def answer(parent, title, label, echo, text):
        asked.append(text)
        return f"  {NEW.replace(' ', '   ')} ", True  # spaces are tidied

    monkeypatch.setattr(QInputDialog, "getText", answer)
    w.actions_.reviewer_name.trigger()  # the menu item, through the real dialog code
    assert asked == [OLD]  # the dialog offered the current name
    assert (w.ws.author, settings.author) == (NEW, NEW)
    assert w.author_label.text().strip() == f"Reviewer: {NEW}"

    # a background import started after the change: the worker runs the window's
    # Workspace, so the document and the links its footnotes make carry the new name
    done, failed = import_and_wait(qtbot, w, [CANGO_MD])
    assert failed == [] and len(done) == 1 and not done[0].duplicate
    doc_id = done[0].document_id
    with w.ws.read() as s:
        assert s.get(Document, doc_id).imported_by == NEW
        made_by = set(
            s.scalars(
                select(Link.created_by).where(Link.origin == "footnote", Link.status == "confirmed")
            )
        )
    assert made_by == {NEW}

    # review actions through the window: a typed link, a tag, a note
    pid = select_label(w, "2").id
    qtbot.keyClick(w, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(w.inspector.link_field, "28.45")
    qtbot.keyClick(w.inspector.link_field, Qt.Key.Key_Return)
    assert "28.45" in {lk.number for lk in w.ws.paragraph(pid).links}
    assert w.session.push(TagCommand(w.session, pid, "education", True))
    w.inspector.notes.editor.setPlainText("Compare with the national report.")
    w.inspector.notes.flush()  # what the typing debounce would do
    assert [(n.body, n.author) for n in w.ws.notes(pid)] == [
        ("Compare with the national report.", NEW)
    ]
    with w.ws.read() as s:
        manual = s.scalars(
            select(Link.created_by).where(Link.paragraph_id == pid, Link.origin == "manual")
        ).all()
        tagged = s.scalars(
            select(ParagraphTag.created_by).where(ParagraphTag.paragraph_id == pid)
        ).all()
    assert (manual, tagged) == ([NEW], [NEW])
