"""The background task helper: progress, cancel, failure; and scope over all documents."""

from __future__ import annotations

import time

from tests.ui.conftest import CANGO_MD, import_and_wait, select_label, settled
from ui.models import HTML_ROLE
from ui.tasks import Task


def test_task_reports_progress_and_stops_when_cancelled(qtbot):
    seen = []

    def slow(report):
        for i in range(2000):
            if not report(i, 2000, f"step {i}"):
                return i
            time.sleep(0.002)
        return 2000

    task = Task(slow)
    task.progress.connect(lambda d, t, s: seen.append(d))
    task.start()
    qtbot.waitUntil(lambda: len(seen) > 3, timeout=5000)
    task.cancel()
    qtbot.waitUntil(lambda: not task.running, timeout=5000)
    assert task.cancelled and task.result < 2000 and task.error is None


def test_task_failure_becomes_a_message(qtbot):
    from reviewer.workspace import WorkspaceLocked
    from ui import crash

    def broken(report):
        raise WorkspaceLocked("the file is locked")

    task = Task(broken)
    with qtbot.waitSignal(task.failed, timeout=5000) as blocker:
        task.start()
    assert blocker.args == ["the file is locked"]
    assert crash.open_dialogs() == []


def test_a_bug_in_a_task_reaches_the_crash_dialog(qtbot):
    from ui import crash

    def buggy(report):
        raise RuntimeError("index out of step")

    task = Task(buggy)
    with qtbot.waitSignal(task.failed, timeout=5000) as blocker:
        task.start()
    assert blocker.args[0].startswith("unexpected error: RuntimeError: index out of step")
    assert "crash.log" in blocker.args[0]
    qtbot.waitUntil(lambda: len(crash.open_dialogs()) == 1, timeout=5000)
    for box in crash.open_dialogs():
        box.close()


def test_filters_over_all_documents(qtbot, make_window):
    w = make_window()
    import_and_wait(qtbot, w, [CANGO_MD])
    # the same text kept as a second document (an import alone makes it a version)
    w.ws.import_file(CANGO_MD.with_suffix(".txt"), new_document=True)
    w.apply(w.ws.take_changes())
    first = select_label(w, "6").id
    w.inspector.toggle_tag("climate")
    w.select_document(w.documents.model.document(1).id)
    settled(w)
    second = select_label(w, "6").id
    w.inspector.toggle_tag("climate")
    bar = w.reading.filter_bar
    bar.tag.setCurrentIndex(bar.tag.findData("climate"))
    w.reading.wait()  # what filters choose is read off the GUI thread
    assert w.reading.model.ids() == [second]
    bar.scope.setCurrentIndex(1)
    w.reading.wait()
    assert w.reading.model.ids() == [first, second]
    html = w.reading.model.data(w.reading.model.index(0, 0), HTML_ROLE)
    assert "UPR Report Presented by China Association" in html  # each row names its document
    assert "All documents" in w.reading.header.text()
