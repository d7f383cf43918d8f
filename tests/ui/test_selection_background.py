"""Selecting a document and linking read the workspace off the GUI thread: the
document's paragraphs (with its first rows), the registry rows a link changed, the
reason the suggest action gives.  Whatever order the answers come in, the window
shows the latest selection's.

Each read is observed by wrapping the window's workspace method (the real one runs
on the real workspace); a read can be held back on an Event so that the order in
which answers arrive is the test's, not the machine's.
"""

from __future__ import annotations

import threading

from reviewer.workspace import Workspace
from tests.conftest import FIXTURES
from tests.ui.conftest import CANGO_MD, CHINA_LIST
from ui.models.recommendations import RecommendationsModel as M
from ui.undo import LinkCommand

CONTEXT = FIXTURES / "context" / "un-women-china-progress-2022.txt"


def _observe(ws, name: str, hold=None):
    """Wrap ``ws.<name>``: the threads it ran in; ``hold(args, kwargs)`` may block it."""
    real = getattr(ws, name)
    threads: list[threading.Thread] = []

    def observed(*args, **kwargs):
        threads.append(threading.current_thread())
        if hold is not None:
            hold(args, kwargs)
        return real(*args, **kwargs)

    setattr(ws, name, observed)
    return threads


def _documents(workspace_path, *files):
    with Workspace.open(workspace_path, author="Setup") as ws:
        _done, failed = ws.import_files(list(files))
        assert not failed
        return {d.title: d.id for d in ws.documents() if d.paragraphs}


def test_an_older_document_selections_paragraphs_never_replace_the_newer_ones(
    qtbot, make_window, workspace_path
):
    docs = _documents(workspace_path, CANGO_MD, CONTEXT)
    assert len(docs) == 2
    w = make_window()
    assert w.reading.wait(5000)
    first = w.documents.current_id()
    other = next(d for d in docs.values() if d != first)
    first_ids, other_ids = w.ws.paragraph_ids(first), w.ws.paragraph_ids(other)
    assert w.reading.model.ids() == first_ids
    started, release = threading.Event(), threading.Event()

    def hold(args, _kwargs):
        if args == (other,):  # the other document's read is held back
            started.set()
            release.wait(10)

    threads = _observe(w.ws, "paragraph_ids", hold)
    assert w.select_document(other)
    qtbot.waitUntil(started.is_set, timeout=5000)
    # meanwhile the pane shows what it showed, whole: the first document's rows
    assert w.reading.busy and w.reading.model.ids() == first_ids
    assert w.select_document(first)  # back before the other's answer came
    assert w.reading.wait(5000)
    release.set()  # the other document's answer comes now, after the newer one: dropped
    qtbot.waitUntil(lambda: w.reading.loader.dropped >= 1, timeout=5000)
    assert w.documents.current_id() == first and w.reading.document.id == first
    assert w.reading.model.ids() == first_ids
    assert w.inspector.paragraph is not None and w.inspector.paragraph.document_id == first
    assert threading.current_thread() not in threads
    # and the other document shown when chosen and read
    assert w.select_document(other)
    assert w.reading.wait(5000)
    assert w.reading.model.ids() == other_ids
    assert w.reading.model.rowCount() > 0 and w.reading.current_id() == other_ids[0]
    assert w.inspector.paragraph.document_id == other


def test_the_suggest_actions_reason_is_the_last_selected_documents(
    qtbot, make_window, workspace_path
):
    _documents(workspace_path, CHINA_LIST, CANGO_MD)
    w = make_window()
    cango = next(d.id for d in w.ws.documents() if d.kind == "submission")
    listing = next(d.id for d in w.ws.documents() if d.id != cango)  # no suggestions
    started, release = threading.Event(), threading.Event()

    def hold(args, _kwargs):
        if args == (listing,):  # the registry document's read is held back
            started.set()
            release.wait(10)

    threads = _observe(w.ws, "suggestion_scope", hold)
    act = w.actions_.suggest_document
    w.set_review(None)  # both documents in the pane
    assert w.select_document(listing)
    qtbot.waitUntil(started.is_set, timeout=5000)
    assert w.select_document(cango)
    assert w.suggest_loader.wait(5000)
    assert act.isEnabled() and "Not for" not in act.toolTip()
    release.set()  # the older document's reason comes now: dropped
    qtbot.waitUntil(lambda: w.suggest_loader.dropped >= 1, timeout=5000)
    assert act.isEnabled() and "Not for" not in act.toolTip()
    assert threading.current_thread() not in threads
    assert w.select_document(listing)  # and its own reason when it is the one
    assert w.suggest_loader.wait(5000)
    assert not act.isEnabled() and act.toolTip().startswith("Not for this document:")


def test_two_links_in_a_row_update_both_registry_rows(qtbot, make_window, workspace_path):
    _documents(workspace_path, CHINA_LIST, CANGO_MD)
    w = make_window()
    w.set_review(None)
    panel = w.recommendations  # the registry view shown: its rows are put in place
    w.tabs.setCurrentWidget(panel)
    qtbot.waitUntil(lambda: panel.model.rowCount() >= 346, timeout=30_000)
    w.show_tab(0)
    a = w.ws.recommendation("A/HRC/40/6", "28.2").recommendation.id
    b = w.ws.recommendation("A/HRC/40/6", "28.3").recommendation.id
    started, release = threading.Event(), threading.Event()

    def hold(_args, kwargs):
        if kwargs.get("ids") == frozenset({a}):  # the first link's read is held back
            started.set()
            release.wait(10)

    threads = _observe(w.ws, "recommendations", hold)
    pid = w.ws.paragraph_ids(next(d.id for d in w.ws.documents() if d.paragraphs))[0]

    def shown(rec: int) -> str:
        return str(panel.model.index(panel.model.row_of(rec), M.PARAGRAPHS).data())

    assert w.session.push(LinkCommand(w.session, pid, "A/HRC/40/6", "28.2"))
    qtbot.waitUntil(started.is_set, timeout=5000)
    assert w.session.push(LinkCommand(w.session, pid, "A/HRC/40/6", "28.3"))
    assert w.registry_rows_loader.wait(5000)  # the second read: both rows
    assert shown(a) == "1" and shown(b) == "1"
    release.set()
    qtbot.waitUntil(lambda: w.registry_rows_loader.dropped >= 1, timeout=5000)
    assert shown(a) == "1" and shown(b) == "1"
    assert threading.current_thread() not in threads
    assert {r.id: r.paragraph_count for r in w._registry_rows()}[b] == 1
