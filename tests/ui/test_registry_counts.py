"""A link made, decided or removed updates the registry view's row of its
recommendation in place: its "¶" count changes, the model is not reset, the
selection stays (the rows are read again by id, not the whole registry)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import delete

from reviewer.storage.models import Link
from tests.conftest import FIXTURES
from tests.ui.conftest import import_and_wait, select_label
from ui.models.recommendations import RecommendationsModel as M

FILES = [
    FIXTURES / "un" / "China-UPR3-thematic-list-A_HRC_40_6.docx",
    FIXTURES / "cango" / "cango-upr4-submission.md",
]


@pytest.fixture
def window(qtbot, make_window):
    w = make_window()
    done, failed = import_and_wait(qtbot, w, FILES)
    assert failed == [] and len(done) == 2
    s = w.suggester  # its suggestions for the submission stored, and shown
    qtbot.waitUntil(lambda: s.current is None and not s.queue and not s.busy, timeout=60_000)
    w.apply(w.ws.take_changes())
    w.tabs.setCurrentWidget(w.recommendations)
    qtbot.waitUntil(lambda: w.recommendations.model.rowCount() == 346, timeout=30_000)
    return w


class Spy:
    """What the registry model told its views."""

    def __init__(self, model):
        self.resets = 0
        self.rows: list[int] = []
        model.modelReset.connect(self._reset)
        model.dataChanged.connect(lambda top, bottom, _roles=(): self._changed(top, bottom))

    def _reset(self) -> None:
        self.resets += 1

    def _changed(self, top, bottom) -> None:
        self.rows += range(top.row(), bottom.row() + 1)


def shown_count(panel, rec_id: int) -> str:
    m = panel.model
    return str(m.index(m.row_of(rec_id), M.PARAGRAPHS).data())


def test_a_link_action_in_the_inspector_updates_the_row_in_place(qtbot, window):
    w, panel = window, window.recommendations
    rec = w.ws.recommendation("A/HRC/40/6", "28.2").recommendation
    assert rec.paragraph_count == 0 and shown_count(panel, rec.id) == ""
    assert panel.select(rec.id)
    spy = Spy(panel.model)
    reads = []
    real = w.ws.recommendations
    w.ws.recommendations = lambda **kw: reads.append(kw) or real(**kw)  # noqa: B023
    # link by hand in the inspector, the registry tab hidden
    w.show_tab(0)
    select_label(w, "1")
    w.inspector.show_paragraph_tab()
    qtbot.keyClicks(w.inspector.link_field, "28.2")
    qtbot.keyClick(w.inspector.link_field, Qt.Key.Key_Return)
    assert "28.2" in [lk.number for lk in w.inspector.paragraph.links]
    qtbot.waitUntil(lambda: shown_count(panel, rec.id) == "1")
    assert reads == [{"ids": frozenset({rec.id})}]  # its row alone, read by id
    # rejected (X), confirmed (Y), undone, unlinked: each time the row alone
    links, view = w.inspector.links_model, w.inspector.links
    row = next(i for i in range(links.rowCount()) if links.item(i).number == "28.2")
    view.scrollTo(links.index(row))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton,
                     pos=view.visualRect(links.index(row)).center())  # fmt: skip
    assert w.inspector.current_link().number == "28.2"
    w.actions_.reject_link.trigger()
    qtbot.waitUntil(lambda: shown_count(panel, rec.id) == "")
    w.actions_.confirm_link.trigger()
    qtbot.waitUntil(lambda: shown_count(panel, rec.id) == "1")
    w.actions_.undo.trigger()
    qtbot.waitUntil(lambda: shown_count(panel, rec.id) == "")
    w.actions_.undo.trigger()  # the rejection undone: confirmed again
    qtbot.waitUntil(lambda: shown_count(panel, rec.id) == "1")
    assert w.inspector.current_link().number == "28.2"
    w.actions_.unlink.trigger()
    qtbot.waitUntil(lambda: shown_count(panel, rec.id) == "")
    assert spy.resets == 0 and set(spy.rows) == {panel.model.row_of(rec.id)}
    assert all(kw == {"ids": frozenset({rec.id})} for kw in reads) and len(reads) == 6
    # shown again: the same model, the row still selected, nothing read whole
    w.tabs.setCurrentWidget(panel)
    assert spy.resets == 0 and panel.current_id() == rec.id
    # the registry read for each review holds the new rows too
    assert {r.id: r.paragraph_count for r in w._registry_rows()}[rec.id] == 0


def test_with_the_registry_shown_sorted_by_count_the_selection_stays(qtbot, window):
    w, panel = window, window.recommendations
    panel.table.sortByColumn(M.PARAGRAPHS, Qt.SortOrder.DescendingOrder)
    rec = w.ws.recommendation("A/HRC/40/6", "28.7").recommendation
    assert panel.select(rec.id) and panel.model.row_of(rec.id) > 20
    spy = Spy(panel.model)
    layouts = []
    panel.model.layoutChanged.connect(lambda *_: layouts.append(1))
    cango = next(d for d in w.ws.documents() if d.kind == "submission")
    detail = w.ws.document(cango.id)
    for p in detail.paragraphs[:3]:
        w.ws.link(p.id, "A/HRC/40/6", "28.7")
    w.apply(w.ws.take_changes())
    assert w.registry_rows_loader.wait(5000)  # its row read again off the GUI thread
    assert spy.resets == 0 and layouts  # moved up by its new count, not reset
    assert panel.current_id() == rec.id
    assert panel.model.row_of(rec.id) == 0 and shown_count(panel, rec.id) == "3"
    assert panel.citing_title.text().startswith("Cited by 3 paragraphs")
    # a write whose recommendations are not known one by one reads the whole registry
    with w.ws.write() as s:
        s.execute(delete(Link).where(Link.status == "confirmed"))
    w.apply(w.ws.take_changes())
    assert panel.loader.wait()  # read whole off the GUI thread
    assert spy.resets == 1 and shown_count(panel, rec.id) == ""
