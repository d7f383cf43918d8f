"""The inspector reads a link's earlier-cycle predecessors off the GUI thread: the
lines shown are the selected paragraph's link's, whatever order the answers come in.

Each read is observed by wrapping the window's workspace method (the real one runs
on the real workspace); a read can be held back on an Event so that the order in
which answers arrive is the test's, not the machine's.
"""

from __future__ import annotations

import threading

from reviewer.workspace import Workspace
from tests.conftest import FIXTURES

SVN1 = FIXTURES / "un" / "Slovenia-UPR1-A_HRC_14_15-wg-report.pdf"
SVN2 = FIXTURES / "un" / "Slovenia-UPR2-A_HRC_28_15-working-group-report.pdf"


def _two_linked(workspace_path):
    """SVN's two cycles; paragraph 5 of the 2nd report linked to 115.41 (Norway's
    111.9 and 111.8 before it), paragraph 6 to 115.30 (Morocco's 111.75 …)."""
    with Workspace.open(workspace_path, author="Setup") as ws:
        assert not ws.import_files([SVN1, SVN2])[1]
        doc = next(d for d in ws.documents() if d.report_symbol == "A/HRC/28/15")
        paragraphs = ws.document(doc.id).paragraphs
        first, second = paragraphs[5].id, paragraphs[6].id
        for pid in (first, second):
            for link in ws.paragraph(pid).links:  # only the link the test makes
                ws.unlink(link.id)
        ws.link(first, "A/HRC/28/15", "115.41")
        ws.link(second, "A/HRC/28/15", "115.30")
    return doc.id, first, second


def _observe(ws, hold=None):
    """Wrap ``ws.predecessors``: the threads it ran in; ``hold(rid)`` may block it."""
    real = ws.predecessors
    threads: list[threading.Thread] = []

    def observed(rid):
        threads.append(threading.current_thread())
        if hold is not None:
            hold(rid)
        return real(rid)

    ws.predecessors = observed
    return threads


def test_the_predecessors_of_the_selected_link_are_read_off_the_gui_thread(
    qtbot, make_window, workspace_path
):
    doc, first, second = _two_linked(workspace_path)
    w = make_window()
    threads = _observe(w.ws)
    assert w.open_paragraph(doc, first)
    qtbot.waitUntil(lambda: "by Norway: 111.9" in w.inspector.earlier.text())
    assert w.inspector.earlier.isVisibleTo(w)
    assert threads and threading.current_thread() not in threads
    w.reading.select_paragraph(second)
    assert w.inspector.current_link().number == "115.30"
    qtbot.waitUntil(lambda: "by Morocco: 111.75" in w.inspector.earlier.text())
    assert "Norway" not in w.inspector.earlier.text()
    # the rows a click decides on are the ones shown
    assert {p.number for p in w.inspector._earlier_rows.values()} >= {"111.75", "111.91"}


def test_an_older_selections_answer_never_replaces_the_newer_ones(
    qtbot, make_window, workspace_path
):
    doc, first, second = _two_linked(workspace_path)
    w = make_window()
    w.open_paragraph(doc, second)  # start elsewhere: the first paragraph's read is new
    assert w.inspector.wait(5000)
    norway = w.ws.recommendation("A/HRC/28/15", "115.41").recommendation.id
    started, release = threading.Event(), threading.Event()

    def hold(rid):
        if rid == norway:  # the first selection's read is held back
            started.set()
            release.wait(10)

    threads = _observe(w.ws, hold)
    w.reading.select_paragraph(first)
    qtbot.waitUntil(started.is_set, timeout=5000)
    # meanwhile the other recommendation's lines are not shown under this link
    assert not w.inspector.earlier.isVisibleTo(w)
    w.reading.select_paragraph(second)
    assert w.inspector.wait(5000)
    assert "by Morocco: 111.75" in w.inspector.earlier.text()
    release.set()  # the first selection's answer comes now, after the second's: dropped
    qtbot.waitUntil(lambda: w.inspector.earlier_loader.dropped >= 1, timeout=5000)
    assert "by Morocco: 111.75" in w.inspector.earlier.text()
    assert "Norway" not in w.inspector.earlier.text()
    assert w.inspector.current_link().number == "115.30"
    assert threading.current_thread() not in threads


def test_a_paragraph_without_links_shows_no_earlier_cycles(qtbot, make_window, workspace_path):
    doc, first, _second = _two_linked(workspace_path)
    w = make_window()
    assert w.open_paragraph(doc, first)
    qtbot.waitUntil(lambda: w.inspector.earlier.isVisibleTo(w))
    bare = next(
        p.id
        for p in w.ws.document(doc).paragraphs
        if not w.ws.paragraph(p.id).links and p.id != first
    )
    w.reading.select_paragraph(bare)
    assert not w.inspector.earlier.isVisibleTo(w)  # at once: nothing to read
    assert not w.inspector.earlier_loader.busy
