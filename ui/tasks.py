"""The one helper that runs long work off the GUI thread, with progress and cancel.

A task is a plain function ``fn(report) -> result`` where ``report(done, total,
text)`` returns False once the user has cancelled.  The function runs in
``QThreadPool``; it must open its own ``Workspace`` (SQLite in WAL mode lets it write
while the window reads) and hand back plain rows, never ORM objects.
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from reviewer.workspace import ReviewerError
from ui.crash import report_crash

Report = Callable[[int, int, str], bool]


class Task(QObject):
    """Lives in the GUI thread; its signals arrive there (queued) from the worker."""

    progress = Signal(int, int, str)
    succeeded = Signal(object)
    failed = Signal(str)
    finished = Signal()

    def __init__(self, fn: Callable[[Report], Any], parent: QObject | None = None):
        super().__init__(parent)
        self._fn = fn
        self._cancel = threading.Event()
        self.running = False
        self.result: Any = None
        self.error: str | None = None
        self.crashed = False
        self.succeeded.connect(self._store_result)
        self.failed.connect(self._store_error)

    def cancel(self) -> None:
        self._cancel.set()

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def start(self, pool: QThreadPool | None = None) -> Task:
        self.running = True
        (pool or QThreadPool.globalInstance()).start(_Runner(self))
        return self

    # runs in the worker thread
    def _run(self) -> None:
        def report(done: int, total: int, text: str = "") -> bool:
            self.progress.emit(done, total, text)
            return not self._cancel.is_set()

        try:
            result = self._fn(report)
        except ReviewerError as exc:  # the program's own: a sentence for the user
            self.failed.emit(str(exc))
        except Exception:  # a bug: logged in full and shown through the crash dialog
            self.crashed = True  # already shown: listeners need not show it again
            self.failed.emit(report_crash(sys.exc_info()))
        else:
            self.succeeded.emit(result)
        self.finished.emit()

    def _store_result(self, result: Any) -> None:
        self.result = result
        self.running = False

    def _store_error(self, error: str) -> None:
        self.error = error
        self.running = False


class _Runner(QRunnable):
    def __init__(self, task: Task):
        super().__init__()
        self.task = task
        self.setAutoDelete(True)

    def run(self) -> None:
        self.task._run()
