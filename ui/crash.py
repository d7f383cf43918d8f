"""Where an error inside the running window goes: a message, or the crash route.

Two kinds, never mixed up:

- the program's own errors (``reviewer.errors.ReviewerError``: ``NotFound``,
  ``WorkspaceError``, ``IngestError``, a search's ``QueryError``, ``BadInput``) carry
  a sentence for the person at the keyboard: they are shown as they are;
- anything else is a bug: ``report_crash`` logs the full traceback to ``crash.log``
  in the log folder, prints one line on stderr ("unexpected error … (details in
  PATH)") and shows a non-modal dialog that says so in a sentence (a program error,
  not the person's; where the details are), the technical line under "Show
  Details…"; the window stays up.

``ui.app.install_excepthook`` sends exceptions escaping a slot here, and undo
commands (whose ``redo``/``undo`` Qt calls from C++, where an exception must not
escape) call ``report_crash`` themselves.
"""

from __future__ import annotations

import logging
import sys
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QT_TR_NOOP

from reviewer.paths import AppPaths
from reviewer.workspace import ReviewerError
from ui.i18n import tr

PROG = "upr-reviewer"
TITLE = "UPR Reviewer"
DIALOG_NAME = "crash_dialog"
CRASH_TEXT = QT_TR_NOOP(
    "Something went wrong inside UPR Reviewer: a program error, not something you did. "
    "Your work saved so far is safe, and the window stays open."
)
USER_ERRORS: tuple[type[BaseException], ...] = (ReviewerError,)

ExcInfo = tuple[type[BaseException], BaseException, TracebackType | None]


class _Config:
    data_dir: str | None = None  # --data-dir of this run; None: the platform's folders
    interactive = True  # False for --screenshot: stderr only, no dialog


_config = _Config()
_dialogs: list = []  # open dialogs, kept alive until closed


def configure(data_dir: str | None = None, interactive: bool = True) -> None:
    _config.data_dir = data_dir
    _config.interactive = interactive
    _log_core_errors()


class _CrashLogHandler(logging.Handler):
    """The core's logged program errors (a parser bug on one file) go to crash.log."""

    def emit(self, record: logging.LogRecord) -> None:
        try:
            log = log_path()
            log.parent.mkdir(parents=True, exist_ok=True)
            with log.open("a", encoding="utf-8") as f:
                f.write(f"--- {datetime.now().isoformat(timespec='seconds')}\n")
                f.write(self.format(record) + "\n")
        except OSError:
            pass


def _log_core_errors() -> None:
    core = logging.getLogger("reviewer")
    if not any(isinstance(h, _CrashLogHandler) for h in core.handlers):
        handler = _CrashLogHandler(logging.ERROR)
        handler.setFormatter(logging.Formatter("%(name)s: %(message)s"))
        core.addHandler(handler)


def is_user_error(exc: BaseException) -> bool:
    return isinstance(exc, USER_ERRORS)


def log_path() -> Path:
    return AppPaths.default(_config.data_dir).log_dir / "crash.log"


def log_exception(exc_info: ExcInfo) -> Path | None:
    """Append the traceback to crash.log; None if even that cannot be written."""
    try:
        log = log_path()
        log.parent.mkdir(parents=True, exist_ok=True)
        with log.open("a", encoding="utf-8") as f:
            f.write(f"--- {datetime.now().isoformat(timespec='seconds')}\n")
            traceback.print_exception(*exc_info, file=f)
        return log
    except OSError:
        return None


def crash_message(exc_info: ExcInfo, log: Path | None) -> str:
    kind, value, _ = exc_info
    said = tr("unexpected error: {kind}: {error}").format(kind=kind.__name__, error=value)
    return said + (" " + tr("(details in {file})").format(file=log) if log else "")


def report_crash(exc_info: ExcInfo | None = None, parent=None) -> str:
    """A bug: logged in full, one line on stderr, the crash dialog; returns its text."""
    exc_info = exc_info or sys.exc_info()
    log = log_exception(exc_info)
    message = crash_message(exc_info, log)
    _stderr(message)
    _show(message, parent, "warning", log)
    return message


def crash_advice(log: Path | None) -> str:
    """Under the crash dialog's sentence: where the details are, what to do with them."""
    if log is None:
        return tr("The details could not be written down; please report what you were doing.")
    return tr(
        "The details are in {file}: please send that file with a note of what you were doing."
    ).format(file=log)


def report(exc: BaseException, parent=None) -> str:
    """Any exception that reached the top of a slot: a message if ours, else a crash."""
    if is_user_error(exc):
        message = str(exc)
        _stderr(message)
        _show(message, parent, "information")
        return message
    return report_crash((type(exc), exc, exc.__traceback__), parent)


def open_dialogs() -> list:
    """The crash and error dialogs now showing (for tests, and to avoid piling up)."""
    return [d for d in _dialogs if _alive(d)]


def _stderr(message: str) -> None:
    try:
        print(f"{PROG}: {message}", file=sys.stderr)
    except (OSError, ValueError):  # no stderr (pythonw on Windows) or it is closed
        pass


def _show(message: str, parent, icon: str, log: Path | None = None) -> None:
    if not _config.interactive:
        return
    try:
        from PySide6.QtCore import Qt, QThread, QTimer
        from PySide6.QtWidgets import QApplication, QMessageBox
    except ImportError:
        return
    app = QApplication.instance()
    if app is None:
        return
    if QThread.currentThread() != app.thread():  # widgets live in the GUI thread only
        QTimer.singleShot(0, app, lambda: _show(message, None, icon, log))
        return
    crashed = icon == "warning"
    _dialogs[:] = showing = open_dialogs()
    if showing:  # a bug in a timer or a repaint would otherwise open one box per call
        box = showing[-1]
        if box.detailedText():  # a crash's box: what followed goes under its details
            if message not in box.detailedText():
                box.setDetailedText(
                    tr("{value}\nAlso: {message}").format(value=box.detailedText(), message=message)
                )
        elif message not in box.text():
            box.setInformativeText(tr("Also: {message}").format(message=message))
        return
    kind = QMessageBox.Icon.Warning if crashed else QMessageBox.Icon.Information
    text = tr(CRASH_TEXT) if crashed else message
    box = QMessageBox(kind, TITLE, text, QMessageBox.StandardButton.Ok, parent)
    if crashed:  # the sentence, where the details are; the technical line under Details
        box.setInformativeText(crash_advice(log))
        box.setDetailedText(message)
    box.setObjectName(DIALOG_NAME)
    box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)  # copy the path
    box.finished.connect(lambda _result, box=box: _closed(box))
    _dialogs.append(box)
    box.open()  # returns at once: the window (and a test) goes on running


def _closed(box) -> None:
    if box in _dialogs:
        _dialogs.remove(box)
    box.deleteLater()


def _alive(box) -> bool:
    try:
        return box.isVisible()
    except RuntimeError:  # the C++ dialog is gone (its parent window was closed)
        return False
