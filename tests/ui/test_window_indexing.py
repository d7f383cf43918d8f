"""The window indexes for search in the background: a document is there at once, the
status bar says "Indexing…" and the search pane that its paragraphs are not found
yet; then the search finds them."""

from __future__ import annotations

from reviewer.workspace import Workspace
from tests.conftest import FIXTURES
from tests.ui.conftest import import_and_wait

NATIONAL = FIXTURES / "un" / "Slovenia-UPR2-A_HRC_WG.6_20_SVN_1-national-report.pdf"
SUMMARY = FIXTURES / "un" / "Slovenia-UPR2-A_HRC_WG.6_20_SVN_3-stakeholder-summary.pdf"


def search(qtbot, w, query: str) -> int:
    w.search.field.setText(query)
    w.search.run()
    assert w.search.wait()  # the search runs off the GUI thread
    return w.search.model.rowCount()


def test_an_import_is_listed_at_once_and_found_once_indexed(qtbot, make_window):
    w = make_window()
    seen = []
    w.indexer.started.connect(
        lambda backlog: seen.append(
            (w.indexing_label.isVisible(), w.indexing_label.text(), backlog.documents)
        )
    )
    done, failed = import_and_wait(qtbot, w, [NATIONAL])
    assert not failed and done[0].paragraphs == 146
    assert w.documents.model.rowCount() == 1  # listed without waiting for the index
    qtbot.waitUntil(lambda: bool(seen), timeout=10_000)
    assert seen[0] == (True, "Indexing 1 document for search…", 1)
    qtbot.waitUntil(lambda: not w.indexer.busy and not w.indexing_label.isVisible(), timeout=30_000)
    assert not w.ws.index_owed()
    assert search(qtbot, w, "Slovenia") > 0


def test_a_backlog_left_by_a_crash_is_indexed_when_the_window_opens(
    qtbot, make_window, workspace_path, tmp_path
):
    with Workspace.open(workspace_path, author="ana") as ws:
        ws.background_indexing = True  # what a window killed before indexing leaves
        ws.import_file(SUMMARY)
    holder = Workspace.open(workspace_path, author="ana")  # the file's one write lock
    lock = holder.store._write_lock
    lock.acquire()  # the indexer waits at its first step until the test lets go
    try:
        w = make_window(workspace_path)
        qtbot.waitUntil(w.indexing_label.isVisible, timeout=10_000)
        assert w.indexing_label.text() == "Indexing 1 document for search…"
        assert w.documents.model.rowCount() == 1
        assert search(qtbot, w, "Slovenia") == 0
        assert w.index_note.isVisible()
        assert "the paragraphs of 1 document yet" in w.index_note.text()
        w.grab().save(str(tmp_path / "indexing.png"))
    finally:
        lock.release()
    qtbot.waitUntil(lambda: not w.indexing_label.isVisible(), timeout=30_000)
    assert not w.index_note.isVisible()
    qtbot.waitUntil(lambda: w.search.model.rowCount() > 0, timeout=5_000)  # run again
    holder.close()
