"""The search runs off the GUI thread and shows the last query's answer only.

``ui.background.Latest`` on its own (answers, a stale answer dropped, errors, stop),
then the real window: two queries typed one after the other, the first one's read
held back on an Event until the second's answer is shown, so the first answer
arrives last, deterministically; every read happens in a worker thread.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QStyleOptionViewItem

from reviewer.workspace import WorkspaceLocked
from tests.ui.conftest import CANGO_MD, import_and_wait
from tests.ui.test_reading_background import observe_layout
from ui import crash
from ui.background import Latest, Slices
from ui.delegates import html_height
from ui.panels.search import HELP, LIMIT, SEARCHING


def _gate():
    """A read that waits for ``release`` (its start is told by ``started``)."""
    started, release, finished = threading.Event(), threading.Event(), threading.Event()

    def slow():
        started.set()
        release.wait(10)
        finished.set()
        return "first"

    return slow, started, release, finished


def test_only_the_latest_request_is_answered(qtbot):
    runner = Latest()
    got: list = []
    slow, started, release, finished = _gate()
    runner.run(slow, got.append)
    qtbot.waitUntil(started.is_set, timeout=5000)
    assert runner.busy
    runner.run(lambda: "second", got.append)
    qtbot.waitUntil(lambda: got == ["second"], timeout=5000)
    assert not runner.busy
    release.set()
    qtbot.waitUntil(lambda: runner.dropped == 1, timeout=5000)  # the first arrived: dropped
    assert got == ["second"] and finished.is_set()


def test_a_request_superseded_before_it_started_is_not_run(qtbot):
    runner = Latest(threads=1)
    ran: list[str] = []
    slow, started, release, _finished = _gate()
    runner.run(slow, lambda _: None)
    qtbot.waitUntil(started.is_set, timeout=5000)
    runner.run(lambda: ran.append("middle"), lambda _: None)  # queued behind the first
    got: list = []
    runner.run(lambda: ran.append("last") or "last", got.append)
    release.set()
    assert runner.wait(5000)
    assert got == ["last"] and ran == ["last"]


def test_errors_reach_the_latest_caller_and_a_bug_the_crash_route(qtbot):
    runner = Latest()
    said: list[str] = []

    def locked():
        raise WorkspaceLocked("the workspace is locked by another program")

    runner.run(locked, lambda _: None, failed=said.append)
    assert runner.wait(5000)
    assert said == ["the workspace is locked by another program"]
    assert not crash.open_dialogs()

    def bug():
        raise ZeroDivisionError("a bug")

    runner.run(bug, lambda _: None, failed=said.append)
    assert runner.wait(5000)
    assert "ZeroDivisionError" in said[-1]
    qtbot.waitUntil(lambda: bool(crash.open_dialogs()), timeout=5000)


def test_after_stop_nothing_runs_or_arrives(qtbot):
    runner = Latest()
    got: list = []
    slow, started, release, finished = _gate()
    runner.run(slow, got.append)
    qtbot.waitUntil(started.is_set, timeout=5000)
    release.set()
    runner.stop()  # waits for the read under way
    assert finished.is_set()
    assert runner.run(lambda: "more", got.append) == 0
    qtbot.waitUntil(lambda: runner.dropped == 1, timeout=5000)
    assert got == [] and not runner.busy


# -- the window ------------------------------------------------------------------------------
def _hits(w, query: str) -> list[int]:
    return [h.paragraph_id for h in w.ws.search(query, limit=LIMIT, review=w.search.review)]


def test_typing_on_shows_the_last_querys_answer_never_an_older_one(qtbot, make_window):
    w = make_window()
    import_and_wait(qtbot, w, [CANGO_MD])
    panel = w.search
    gui = threading.current_thread()
    threads: list[threading.Thread] = []
    started, release = threading.Event(), threading.Event()
    read = panel.read

    def observed(query, document_id, review):
        threads.append(threading.current_thread())
        if query == "women":  # the first query's read is held back
            started.set()
            release.wait(10)
        return read(query, document_id, review)

    panel.read = observed
    women, education = _hits(w, "women"), _hits(w, "education")
    assert women and education and women != education
    qtbot.keyClicks(panel.field, "women")
    panel.run()  # as the typing pause would
    qtbot.waitUntil(started.is_set, timeout=5000)
    qtbot.waitUntil(lambda: panel.info.text() == SEARCHING, timeout=5000)
    assert panel.busy
    panel.field.clear()
    qtbot.keyClicks(panel.field, "education")
    panel.run()
    qtbot.waitUntil(lambda: not panel.busy, timeout=5000)
    assert [h.paragraph_id for h in panel.model.rows()] == education
    shown = panel.info.text()
    assert "paragraph" in shown and "best first" in shown
    release.set()  # the first answer arrives now, after the second's
    qtbot.waitUntil(lambda: panel.loader.dropped == 1, timeout=5000)
    assert [h.paragraph_id for h in panel.model.rows()] == education
    assert panel.info.text() == shown
    assert len(threads) == 2 and gui not in threads  # never on the GUI thread


def test_enter_opens_the_best_hit_once_the_answer_is_there(qtbot, make_window):
    w = make_window()
    import_and_wait(qtbot, w, [CANGO_MD])
    w.focus_search()
    qtbot.keyClicks(w.search.field, "South-South")
    qtbot.keyClick(w.search.field, Qt.Key.Key_Return)  # before the typing pause is over
    qtbot.waitUntil(lambda: w.reading.current_paragraph() is not None, timeout=5000)
    qtbot.waitUntil(lambda: w.reading.current_paragraph().label == "6", timeout=5000)
    assert w.search.model.item(0).label == "6"


def test_a_query_with_nothing_to_search_for_is_said_and_clearing_brings_the_help(
    qtbot, make_window
):
    w = make_window()
    import_and_wait(qtbot, w, [CANGO_MD])
    w.search.field.setText("women")
    w.search.run()
    assert w.search.wait() and w.search.model.rowCount()
    w.search.field.setText('"" *')
    w.search.run()
    assert w.search.wait()
    assert w.search.model.rowCount() == 0
    assert "nothing to search for" in w.search.info.text()
    w.search.field.setText("women")
    w.search.run()
    w.search.field.clear()  # cleared before the answer: the answer is not shown
    w.search.run()
    assert not w.search.busy and w.search.info.text() == HELP
    w.search.loader.wait(1000)
    qtbot.waitUntil(lambda: w.search.loader.dropped >= 1, timeout=5000)
    assert w.search.model.rowCount() == 0 and w.search.info.text() == HELP


def test_hits_are_laid_out_on_the_gui_thread_at_the_heights_the_list_shows(
    qtbot, make_window, monkeypatch
):
    w = make_window()
    import_and_wait(qtbot, w, [CANGO_MD])
    panel = w.search
    panel.show()
    laid_out = observe_layout(monkeypatch)
    panel.field.setText("women")
    panel.run()
    assert panel.wait() and panel.model.rowCount() > 1
    assert laid_out and set(laid_out) == {threading.current_thread()}
    option = QStyleOptionViewItem()
    option.font = panel.results.font()
    width = panel.delegate.text_width()
    for row in range(panel.model.rowCount()):
        html = panel.model.html(panel.model.item(row))
        kept = panel.delegate._heights.get((html, width, option.font.key()))
        assert kept is not None and kept == html_height(html, option.font, width)
        size = panel.delegate.sizeHint(option, panel.model.index(row))
        assert size.height() == kept + 2 * panel.delegate.PAD_Y + 1


def test_a_first_answer_that_fills_the_list_keeps_the_heights_it_was_measured_at(
    qtbot, make_window, tmp_path, monkeypatch
):
    """Enough hits to need the list's scroll bar, in a list empty until then: they are
    measured at the width they are shown at, so none is laid out again when shown.  The
    scroll bar used to appear with them, narrowing the text: every hit was laid out a
    second time on the GUI thread (60-90 ms at once, bench_scale's first query)."""
    from tests.ui.test_reading_background import _long_document_window

    w = _long_document_window(qtbot, make_window, tmp_path)
    assert w.reading.model.wait()  # the reading pane's rows: laid out before, not counted
    panel = w.search
    panel.show()
    qtbot.waitUntil(lambda: panel.results.viewport().width() > 100, timeout=5000)
    assert panel.model.rowCount() == 0
    width = panel.delegate.text_width()
    delegate, laid_out = panel.delegate, []
    document = delegate._document

    def observed(html, font, width):  # the hits' rich text laid out (not found kept)
        if (html, width, font.key()) not in delegate._docs:
            laid_out.append(width)
        return document(html, font, width)

    monkeypatch.setattr(delegate, "_document", observed)
    panel.field.setText("schools")
    panel.run()
    assert panel.wait() and panel.model.rowCount() == LIMIT
    qtbot.wait(50)  # shown and painted
    assert panel.results.verticalScrollBar().maximum() > 0  # the list scrolls
    assert panel.delegate.text_width() == width
    assert len(laid_out) == LIMIT and set(laid_out) == {width}  # each hit once, measured


def test_slices_do_gui_thread_work_a_few_items_a_turn_and_a_new_run_replaces_the_old(qtbot):
    slices = Slices(budget_ms=0)  # one item a turn
    done: list[str] = []
    seen: list[int] = []

    def take(item: int) -> None:
        seen.append(item)
        if item == 1:  # a newer answer came while the first was being worked through
            slices.run([10, 11], seen.append, lambda: done.append("second"))

    slices.run(list(range(5)), take, lambda: done.append("first"))
    assert slices.busy and seen == []  # nothing before the event loop turns
    assert slices.wait(5000)
    assert done == ["second"] and seen == [0, 1, 10, 11]
    slices.run([1, 2, 3], seen.append, lambda: done.append("third"))
    slices.finish()
    assert done == ["second", "third"] and not slices.busy
