"""A link made in the window: the status it had before is what the write found (so
undo gives it back), the reading pane repaints the one row whose size is unchanged
rather than laying out every row again, and a link made just before the window
closes is in the file."""

from __future__ import annotations

from reviewer.workspace import LinkOrigin, LinkStatus, Workspace
from tests.ui.conftest import CANGO_MD, import_and_wait, select_label, settled
from ui.undo import LinkCommand


def _status(ws, pid: int, number: str) -> str | None:
    return next((lk.status for lk in ws.paragraph(pid).links if lk.number == number), None)


def test_linking_a_suggestion_confirms_it_and_undo_makes_it_a_suggestion_again(qtbot, make_window):
    w = make_window()
    import_and_wait(qtbot, w, [CANGO_MD])
    pid = select_label(w, "3").id
    w.ws.link(pid, "A/HRC/40/6", "28.12", LinkOrigin.SUGGESTION, LinkStatus.SUGGESTED)
    w.apply(w.ws.take_changes())
    assert w.session.push(LinkCommand(w.session, pid, "a/hrc/40/6", "28.12."))
    assert _status(w.ws, pid, "28.12") == LinkStatus.CONFIRMED
    w.actions_.undo.trigger()
    assert _status(w.ws, pid, "28.12") == LinkStatus.SUGGESTED
    w.actions_.redo.trigger()
    assert _status(w.ws, pid, "28.12") == LinkStatus.CONFIRMED
    w.actions_.undo.trigger()
    w.actions_.undo.trigger()  # the suggestion was made outside the stack: it stays
    assert _status(w.ws, pid, "28.12") == LinkStatus.SUGGESTED


def test_a_link_repaints_its_row_and_the_inspector_shows_it_at_once(qtbot, make_window):
    w = make_window()
    import_and_wait(qtbot, w, [CANGO_MD])
    model = w.reading.model
    model.ensure_loaded(model.total() - 1)
    settled(w)
    row = select_label(w, "5")
    qtbot.wait(50)  # painted: every row has its size
    pos = model.row_of(row.id)
    changed: list[int] = []
    repainted: list[int] = []
    model.dataChanged.connect(lambda top, _bottom: changed.append(top.row()))
    model.repaint.connect(lambda index: repainted.append(index.row()))
    w.inspector.link_field.setText("28.7")
    w.inspector.link_typed()
    # the row's size is as before (the link shows in its gutter): painted, not laid out
    assert repainted == [pos] and changed == []
    assert "28.7" in [lk.number for lk in model.paragraph(pos).links]
    assert "28.7" in [lk.number for lk in w.inspector.links_model.rows()]
    w.actions_.undo.trigger()
    assert "28.7" not in [lk.number for lk in model.paragraph(pos).links]
    assert "28.7" not in [lk.number for lk in w.inspector.links_model.rows()]


def test_a_link_made_just_before_the_window_closes_is_stored(qtbot, make_window, workspace_path):
    w = make_window()
    import_and_wait(qtbot, w, [CANGO_MD])
    pid = select_label(w, "4").id
    w.inspector.link_field.setText("28.9")
    w.inspector.link_typed()
    w.close()  # at once
    with Workspace.open(workspace_path, "Someone Else") as ws:
        assert _status(ws, pid, "28.9") == LinkStatus.CONFIRMED
