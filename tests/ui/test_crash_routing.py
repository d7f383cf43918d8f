"""Errors inside the running window: ours become messages, bugs take the crash route.

The crash route (``ui.crash.report_crash``) logs the traceback to crash.log, prints one
line on stderr and opens a non-modal dialog naming the log; the window stays up.  A
bug is made by replacing one Workspace method with one that raises; the database,
the window and the undo stack are real.
"""

from __future__ import annotations

import sys

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from reviewer.workspace import NotFound, Workspace
from tests.core.test_registry_damage import leaks
from tests.ui.conftest import CANGO_MD, select_label
from ui import crash
from ui.undo import LinkCommand, ReviewedCommand, TagCommand


@pytest.fixture
def crash_log(tmp_path):
    """crash.log of this test's data folder; dialogs closed and settings restored after."""
    saved = (crash._config.data_dir, crash._config.interactive)
    data = tmp_path / "data"
    crash.configure(str(data), interactive=True)
    yield data / "logs" / "crash.log"
    for box in crash.open_dialogs():
        box.done(0)
    crash.configure(*saved)


@pytest.fixture
def window(make_window, workspace_path):
    with Workspace.open(workspace_path, "setup") as ws:
        done, failed = ws.import_files([CANGO_MD])
        assert not failed and done[0].paragraphs == 16
    return make_window()


def shown() -> list[QMessageBox]:
    """The message boxes on screen that the crash route opened."""
    return [
        w
        for w in QApplication.topLevelWidgets()
        if isinstance(w, QMessageBox) and w.objectName() == crash.DIALOG_NAME and w.isVisible()
    ]


def test_a_bug_inside_undo_shows_the_crash_dialog_and_the_window_stays_up(
    qtbot, window, crash_log, monkeypatch, capsys
):
    w = window
    pid = select_label(w, "2").id
    assert w.session.push(TagCommand(w.session, pid, "women", True))
    capsys.readouterr()

    def bug(self, paragraph_id, name):
        raise RuntimeError("deliberate bug in remove_tag")

    monkeypatch.setattr(Workspace, "remove_tag", bug)
    w.actions_.undo.trigger()  # Qt calls Command.undo from C++
    boxes = shown()
    assert len(boxes) == 1
    message = boxes[0].detailedText()  # the technical line, under "Show Details…"
    assert message == (
        f"unexpected error: RuntimeError: deliberate bug in remove_tag (details in {crash_log})"
    )
    assert_said_for_a_person(boxes[0], crash_log)
    assert boxes[0].icon() == QMessageBox.Icon.Warning
    log = crash_log.read_text(encoding="utf-8")
    assert "Traceback (most recent call last)" in log and "in undo_" in log
    assert "RuntimeError: deliberate bug in remove_tag" in log
    assert capsys.readouterr().err == f"upr-reviewer: {message}\n"
    assert "could not" not in w.statusBar().currentMessage()
    # the window is still up and working: the next review action lands
    assert w.isVisible()
    boxes[0].done(0)
    qtbot.waitUntil(lambda: not shown())
    assert w.session.push(ReviewedCommand(w.session, pid, True))
    assert Workspace.open(w.ws.path, "checker").paragraph(pid).reviewed


def test_a_bug_in_a_review_action_is_a_crash_not_a_status_message(
    qtbot, window, crash_log, monkeypatch
):
    """A ValueError that nobody raised on purpose is a bug too."""
    w = window
    select_label(w, "3")

    def bug(self, paragraph_id, reviewed=True):
        return int("three")

    monkeypatch.setattr(Workspace, "set_reviewed", bug)
    before = w.session.undo_stack.count()
    w.inspector.toggle_reviewed()  # what the checkbox and Ctrl+R do
    boxes = shown()
    assert len(boxes) == 1 and boxes[0].detailedText().startswith(
        "unexpected error: ValueError: invalid literal for int() with base 10: 'three' "
        f"(details in {crash_log})"
    )
    assert w.session.undo_stack.count() == before  # nothing half-pushed
    assert "invalid literal" not in w.statusBar().currentMessage()


def test_a_paragraph_gone_meanwhile_is_a_plain_message(qtbot, window, crash_log):
    w = window
    pid = select_label(w, "2").id
    assert w.session.push(TagCommand(w.session, pid, "women", True))
    # another window (or the command line) deletes the document under us
    with Workspace.open(w.ws.path, "someone else") as other:
        other.delete_document(w.ws.paragraph(pid).document_id)
    w.actions_.undo.trigger()
    assert w.statusBar().currentMessage() == (
        f"could not undo tag “women”: no paragraph with id {pid}"
    )
    assert w.session.push(TagCommand(w.session, pid, "education", True)) is False
    assert w.statusBar().currentMessage() == f"no paragraph with id {pid}"
    assert shown() == [] and not crash_log.exists()


def test_a_mistyped_number_is_a_plain_message(qtbot, window, crash_log):
    w = window
    pid = select_label(w, "2").id
    assert not w.session.push(LinkCommand(w.session, pid, "A/HRC/40/6", "28.x"))
    assert w.statusBar().currentMessage() == ("'28.x' is not a recommendation number like 28.294")
    assert shown() == [] and not crash_log.exists()


def test_an_exception_escaping_a_slot_goes_through_the_excepthook(
    qtbot, window, crash_log, monkeypatch, capsys
):
    from ui.app import build_parser, install_excepthook

    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    args = build_parser().parse_args(["--data-dir", str(crash_log.parent.parent)])
    install_excepthook(args, interactive=True)

    def ours():
        raise NotFound("no document with id 42")

    QTimer.singleShot(0, ours)  # called from Qt's event loop, like any slot
    qtbot.waitUntil(lambda: len(shown()) == 1)
    box = shown()[0]
    assert box.text() == "no document with id 42" and not crash_log.exists()
    assert box.icon() == QMessageBox.Icon.Information
    box.done(0)
    qtbot.waitUntil(lambda: not shown())

    def bug():
        return {}["missing key"]

    QTimer.singleShot(0, bug)
    qtbot.waitUntil(lambda: len(shown()) == 1)
    assert (
        shown()[0].detailedText()
        == f"unexpected error: KeyError: 'missing key' (details in {crash_log})"
    )
    assert_said_for_a_person(shown()[0], crash_log)
    assert "KeyError: 'missing key'" in crash_log.read_text(encoding="utf-8")
    assert w_still_up(window)
    # a burst of the same bug (a timer, a repaint) does not pile up dialogs
    for _ in range(3):
        QTimer.singleShot(0, bug)
    qtbot.wait(50)
    assert len(shown()) == 1
    assert capsys.readouterr().err.count("unexpected error: KeyError") == 4


def assert_said_for_a_person(box: QMessageBox, log) -> None:
    """The crash dialog's words: a sentence, where the details are; no exception."""
    assert box.text() == crash.CRASH_TEXT
    assert str(log) in box.informativeText()
    for said in (box.text(), box.informativeText().replace(str(log), "LOG")):
        assert not leaks(said) and "Error" not in said, said


def w_still_up(w) -> bool:
    return w.isVisible() and w.documents.model.rowCount() == 1


def test_a_crash_reported_from_a_worker_thread_is_shown_by_the_gui_thread(qtbot, window, crash_log):
    import threading

    def worker():
        try:
            raise RuntimeError("bug in a background task")
        except RuntimeError:
            crash.report_crash()

    t = threading.Thread(target=worker)
    t.start()
    t.join()
    qtbot.waitUntil(lambda: len(shown()) == 1)
    assert shown()[0].detailedText() == (
        f"unexpected error: RuntimeError: bug in a background task (details in {crash_log})"
    )


def test_program_errors_the_core_logs_go_to_the_crash_log(tmp_path):
    import logging

    from ui import crash

    crash.configure(str(tmp_path), interactive=False)
    try:
        raise KeyError("inside a parser")
    except KeyError:
        logging.getLogger("reviewer.import").exception("program error while reading x.docx")
    text = (tmp_path / "logs" / "crash.log").read_text()
    assert "reviewer.import: program error while reading x.docx" in text
    assert "KeyError: 'inside a parser'" in text and "Traceback" in text
