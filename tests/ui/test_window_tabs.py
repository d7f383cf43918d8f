"""The window's first view only: the Recommendations and Coverage tabs are built when
first shown (ui/window_tabs.py) and the link completer's registry read when first
used; each works when it comes, with what happened before it was built.  The
Recommendations tab is also prepared unasked once the window is idle: shown then, it
has its rows without a read.

A real MainWindow on CHN-4: the CANGO submission and UN Women's progress report
against CHN-3's 346 recommendations (the thematic list A/HRC/40/6).
"""

from __future__ import annotations

import shutil

import pytest
from PySide6.QtCore import Qt

from reviewer.workspace import Workspace
from tests.conftest import FIXTURES
from tests.ui.conftest import select_label
from ui.completer import Registry
from ui.undo import LinkCommand

FILES = [
    FIXTURES / "cango" / "cango-upr4-submission.docx",
    FIXTURES / "un" / "China-UPR3-thematic-list-A_HRC_40_6.docx",
    FIXTURES / "context" / "un-women-china-progress-2022.txt",
]


@pytest.fixture(scope="module")
def chn4_file(tmp_path_factory):
    path = tmp_path_factory.mktemp("chn4-tabs") / "chn4.upr.sqlite"
    with Workspace.open(path, "Importer") as ws:
        for f in FILES:
            ws.import_file(f)
    return path


@pytest.fixture
def window(make_window, workspace_path, chn4_file):
    shutil.copy(chn4_file, workspace_path)
    return make_window()


def test_the_hidden_tabs_wait_to_be_shown_and_work_when_they_come(qtbot, window):
    w = window
    w.prepare_registry_after_ms = None  # not prepared unasked (as below)
    assert w.built_tab("recommendations") is None and w.built_tab("coverage") is None
    assert [w.tabs.tabText(i) for i in range(w.tabs.count())] == [
        "&Reading", "Re&commendations", "C&overage"]  # fmt: skip
    assert w.tabs.currentWidget() is w.reading

    qtbot.keyClick(w, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    panel = w.built_tab("recommendations")
    assert panel is not None and w.tabs.currentWidget() is panel
    assert w.tabs.indexOf(panel) == 1 and w.tabs.count() == 3
    assert w.built_tab("coverage") is None  # one tab shown, one built
    qtbot.waitUntil(lambda: panel.model.rowCount() == 346)
    assert panel.select(next(r.id for r in w.ws.recommendations() if r.number == "28.109"))
    qtbot.waitUntil(lambda: panel.citing_model.rowCount() == 1)
    assert not w.registry_empty.isVisible()

    qtbot.keyClick(w, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)
    coverage = w.built_tab("coverage")
    assert coverage is not None and w.tabs.currentWidget() is coverage
    assert w.tabs.tabText(2) == "C&overage"
    # no review chosen: the coverage asks for one, and takes the one chosen after
    assert coverage.stack.currentIndex() == coverage.CHOOSE
    w.set_review("CHN-4")
    qtbot.waitUntil(lambda: not coverage.stale)
    assert coverage.summary.text().startswith("346 recommendations · 11 addressed by 1 document")
    qtbot.keyClick(w, Qt.Key.Key_1, Qt.KeyboardModifier.ControlModifier)
    assert w.tabs.currentWidget() is w.reading
    assert w.built_tab("coverage") is coverage  # built once


def test_a_tab_built_late_shows_the_review_and_the_work_done_before(qtbot, window):
    w = window
    w.prepare_registry_after_ms = None
    w.set_review("CHN-4")
    cango = next(d for d in w.ws.documents() if d.title.startswith("UPR Report Presented"))
    w.documents.select(cango.id)
    paragraph = select_label(w, "3")
    # a link made with both tabs unbuilt (the undo command, as the inspector's Link)
    assert w.session.push(LinkCommand(w.session, paragraph.id, "A/HRC/40/6", "28.1"))
    assert w.built_tab("coverage") is None and w.built_tab("recommendations") is None

    w.show_tab(2)
    coverage = w.coverage
    assert w.tabs.currentWidget() is coverage
    qtbot.waitUntil(lambda: not coverage.stale)
    assert coverage.summary.text().startswith("346 recommendations · 12 addressed by 1 document")

    w.show_tab(1)
    panel = w.recommendations
    qtbot.waitUntil(lambda: panel.model.rowCount() > 0)
    assert panel.select(next(r.id for r in w.ws.recommendations() if r.number == "28.1"))
    qtbot.waitUntil(lambda: panel.citing_model.rowCount() == 1)
    # undone with both built: they follow the one refresh path
    w.session.undo_stack.undo()
    qtbot.waitUntil(lambda: panel.citing_model.rowCount() == 0)
    w.show_tab(2)
    qtbot.waitUntil(
        lambda: coverage.summary.text().startswith("346 recommendations · 11 addressed")
    )


def test_asking_for_a_tab_builds_it_where_it_belongs(window):
    w = window
    w.prepare_registry_after_ms = None
    panel = w.recommendations  # as a "show in registry" or a test asks for it
    assert w.built_tab("recommendations") is panel and w.tabs.widget(1) is panel
    assert w.tabs.currentWidget() is w.reading  # built, not shown
    assert w.recommendations is panel


def test_the_registry_tab_is_prepared_when_idle_and_shown_without_a_read(qtbot, window):
    w = window
    w.set_review("CHN-4")
    # after the first reads, unasked: built hidden, its rows read; the reading pane stays
    qtbot.waitUntil(lambda: w.built_tab("recommendations") is not None, timeout=15_000)
    panel = w.built_tab("recommendations")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 346 and not panel.loader.busy)
    assert w.tabs.currentWidget() is w.reading and not panel.isVisible()
    assert w.tabs.indexOf(panel) == 1 and w.tabs.tabText(1) == "Re&commendations"
    assert w.tabs.count() == 3 and w.built_tab("coverage") is None
    header = panel.table.horizontalHeader()
    shown = [panel.model.headerData(header.logicalIndex(i), Qt.Orientation.Horizontal)
             for i in range(header.count()) if not header.isSectionHidden(header.logicalIndex(i))]  # fmt: skip
    assert shown == ["SuR", "Report", "No.", "≠", "Recommendation", "States", "Position", "¶"]
    number = panel.model.index(0, panel.model.NUMBER)
    assert header.sectionSize(panel.model.NUMBER) >= panel.table.fontMetrics().horizontalAdvance(
        "28.346"
    )  # the widest number fits, fitted while hidden
    assert number.data() == "28.1" and panel.count.text() == "346 recommendations"

    # a link made while it waits: its row updated in place, no whole read
    cango = next(d for d in w.ws.documents() if d.title.startswith("UPR Report Presented"))
    w.documents.select(cango.id)
    paragraph = select_label(w, "3")
    assert w.session.push(LinkCommand(w.session, paragraph.id, "A/HRC/40/6", "28.1"))
    qtbot.waitUntil(lambda: panel.model.recommendation(0).paragraph_count == 1)
    assert not panel.stale

    qtbot.keyClick(w, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert w.tabs.currentWidget() is panel and panel.isVisible()
    assert not panel.loader.busy and panel.model.rowCount() == 346  # shown, nothing read
    # the keyboard as before: words typed filter, Down goes into the list, Enter to the
    # paragraphs citing it
    panel.text.setFocus()
    qtbot.keyClicks(panel.text, "28.1")
    qtbot.waitUntil(lambda: panel.current_id() is not None)
    assert panel.model.recommendation(panel.table.currentIndex().row()).number == "28.1"
    qtbot.keyClick(panel.text, Qt.Key.Key_Down)
    assert panel.table.hasFocus()
    qtbot.keyClick(panel.table, Qt.Key.Key_Return)
    assert panel.citing.hasFocus() and panel.citing_model.rowCount() == 1


def test_a_change_while_the_hidden_registry_is_read_is_read_again_when_shown(qtbot, window):
    """A change told while the prepared (hidden) registry's read is under way: that read's
    answer, begun before it, does not count as current; showing the tab reads again.
    (It did count: the tab showed a registry without the last import's sources.)"""
    import sys
    import threading

    w = window
    w.prepare_registry_after_ms = None
    panel = w.recommendations  # built, hidden
    assert not panel.isVisible() and panel.stale
    release, reads = threading.Event(), []
    real = w.ws.recommendations

    def held(**kw):
        if "RecommendationsPanel" in sys._getframe(1).f_code.co_qualname:  # not the warm-up's
            reads.append(kw)
            assert release.wait(10)
        return real(**kw)

    w.ws.recommendations = held
    panel.prepare()  # read ahead of its first show: held
    qtbot.waitUntil(lambda: len(reads) == 1)
    panel.mark_stale()  # an import finished meanwhile (hidden: nothing read now)
    release.set()
    qtbot.waitUntil(lambda: not panel.loader.busy and panel.model.rowCount() > 0)
    assert panel.stale and len(reads) == 1  # the older answer shown, known to be old
    w.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: len(reads) == 2 and not panel.loader.busy and not panel.stale)


def test_the_completer_registry_is_read_when_first_used(qtbot, window):
    w = window
    qtbot.waitUntil(lambda: w.registry.loaded)  # after the first paint
    assert len(w.registry.rows) == 346
    w.inspector.link_field.setFocus()
    qtbot.keyClicks(w.inspector.link_field, "28.10")
    assert w.inspector.completer.results.rowCount() > 0

    reads = []
    rows = w.ws.recommendations()

    def loader():
        reads.append(1)
        return rows

    registry = Registry(loader=loader)
    assert reads == [] and not registry.loaded
    assert registry.resolve("28.294") == ("A/HRC/40/6", "28.294")
    assert reads == [1] and registry.loaded
    assert [r.number for r in registry.matches("28.29")][:1] == ["28.29"]
    registry.set_rows(rows[:10])
    assert len(registry.rows) == 10 and reads == [1]
    never = Registry(loader=lambda: pytest.fail("set_rows came first"))
    never.set_rows([])
    assert never.entries == []
