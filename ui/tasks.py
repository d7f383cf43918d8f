"""The one helper that runs long work off the GUI thread, with progress and cancel.

A task is a plain function ``fn(report) -> result`` where ``report(done, total,
text)`` returns False once the user has cancelled.  The function runs in
``QThreadPool``; it must open its own ``Workspace`` (SQLite in WAL mode lets it write
while the window reads) and hand back plain rows, never ORM objects.
"""

from __future__ import annotations

import threading
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

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
        except Exception as exc:  # shown to the user as one message, logged in full
            traceback.print_exc()
            self.failed.emit(f"{type(exc).__name__}: {exc}" if not str(exc) else str(exc))
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
