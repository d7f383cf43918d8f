"""Reads off the GUI thread where only the latest request's answer counts.

``Latest`` runs a read function (a search, a reload of counts or of the registry)
in a worker thread and hands its answer to a callback on the GUI thread, unless a
newer request was made meanwhile: then the older answer is dropped, whenever it
arrives, so a pane never shows an older answer over a newer one.  A request
superseded before a worker took it up is not run at all.

    self.loader = Latest(self)                      # one per thing shown
    self.loader.run(
        lambda: ws.recommendations(review=code),    # runs in a worker thread
        self.show_rows,                             # GUI thread, latest answer only
        failed=self.say,                            # GUI thread: the error's sentence
    )
    self.loader.busy_changed.connect(...)           # True while an answer is awaited

The read function must be safe in another thread: a ``Workspace``'s reads are (each
read is its own transaction on a connection of the engine's pool, for one thread at
a time: SQLite's file pool with ``check_same_thread`` off, in WAL mode so reads run
beside the window's writes; PostgreSQL's pool likewise), so a read may use the
window's ``session.ws``.  It must return plain rows, never ORM objects, and touch
no widget.  Errors: the program's own (``ReviewerError``: a bad query, a document
removed meanwhile) go to ``failed`` as their sentence; anything else is a bug: it
takes the crash route (``ui.crash``: logged, the dialog), as in ``ui.tasks``, and
``failed`` gets the crash's one line.

``stop()`` before the workspace closes: nothing more is started or delivered, and
the reads under way are waited for.  Requests run on the runner's own threads (two
at most), never queued behind an import or a check in the global pool.

``Slices`` is the other half: work that must be done on the GUI thread (laying out
rich text with ``QTextDocument``, which is never built in a worker: it connects
signals under a lock of Qt's that the GUI thread may hold while it waits for the
interpreter's lock, a deadlock) cut into slices of a few milliseconds, one per turn
of the event loop, so painting and input come between them.
"""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QEventLoop,
    QObject,
    QRunnable,
    QThreadPool,
    QTimer,
    Signal,
)

from ui.crash import USER_ERRORS, report_crash

OK, USER_ERROR, BUG, SKIPPED = range(4)
THREADS = 2
SLICE_MS = 6  # the GUI thread's work per turn of the event loop (``Slices``)


class _Relay(QObject):
    """Carries a worker's outcome to the GUI thread (queued: it lives there).  It has
    no parent and the worker holds it, so it outlives a runner deleted meanwhile."""

    done = Signal(int, int, object)  # request number, outcome kind, value


class Latest(QObject):
    """Runs reads off the GUI thread; delivers only the latest request's answer."""

    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None, threads: int = THREADS):
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(threads)
        self._relay = _Relay()
        self._relay.done.connect(self._arrived)
        self._latest = 0  # the number of the request whose answer is awaited (0: none)
        self._issued = 0
        self._callbacks: tuple[Callable[[Any], None], Callable[[str], None] | None] | None = None
        self._stopped = False
        self._was_busy = False
        self.delivered = 0  # answers (or errors) handed to a callback
        self.dropped = 0  # answers that came after a newer request (or were not run)

    @property
    def busy(self) -> bool:
        """An answer is awaited."""
        return self._latest != 0

    def run(
        self,
        read: Callable[[], Any],
        done: Callable[[Any], None],
        failed: Callable[[str], None] | None = None,
    ) -> int:
        """Run ``read()`` in a worker; ``done(answer)`` on the GUI thread if no newer
        request came meanwhile (``failed(sentence)`` for the program's own errors).
        Returns the request's number.  After ``stop()`` nothing runs (0)."""
        if self._stopped:
            return 0
        self._issued += 1
        number = self._latest = self._issued
        self._callbacks = (done, failed)
        self._pool.start(_Read(self, number, read))
        self._set_busy(True)
        return number

    def cancel(self) -> None:
        """Forget the awaited answer: whatever arrives now is dropped."""
        self._latest = 0
        self._callbacks = None
        self._set_busy(False)

    def stop(self, wait_ms: int = 30_000) -> None:
        """No more reads or answers; wait for the reads under way (the workspace may
        close after this returns)."""
        self._stopped = True
        self.cancel()
        self._pool.clear()  # those not yet started never start
        self._pool.waitForDone(wait_ms)

    def wait(self, timeout_ms: int = 10_000) -> bool:
        """Process events until the awaited answer was delivered (or none is awaited);
        False on timeout.  For tests and for code that truly must have the answer."""
        end = time.monotonic() + timeout_ms / 1000
        while self.busy and time.monotonic() < end:
            self._pool.waitForDone(5)
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        return not self.busy

    # -- the worker's side -------------------------------------------------------------------
    def _still_wanted(self, number: int) -> bool:
        return number == self._latest and not self._stopped

    # -- the GUI thread's side ---------------------------------------------------------------
    def _set_busy(self, busy: bool) -> None:
        if busy != self._was_busy:
            self._was_busy = busy
            self.busy_changed.emit(busy)

    def _arrived(self, number: int, kind: int, value: Any) -> None:
        if kind == BUG and not self._stopped:
            # a bug is a bug, even in an answer no longer wanted: logged, the dialog
            value = report_crash(value)
        if number != self._latest or self._callbacks is None or self._stopped:
            self.dropped += 1  # an older request's answer (or one skipped)
            return
        done, failed = self._callbacks
        self._latest = 0
        self._callbacks = None
        self._set_busy(False)
        if kind == OK:
            self.delivered += 1
            done(value)
        elif kind in (USER_ERROR, BUG):  # the sentence; a bug's says where its details are
            self.delivered += 1
            if failed is not None:
                failed(value)


class _Read(QRunnable):
    def __init__(self, runner: Latest, number: int, read: Callable[[], Any]):
        super().__init__()
        self.setAutoDelete(True)
        self.relay = runner._relay
        self.wanted = runner._still_wanted
        self.number = number
        self.read = read

    def run(self) -> None:
        if not self.wanted(self.number):
            kind, value = SKIPPED, None
        else:
            try:
                kind, value = OK, self.read()
            except USER_ERRORS as exc:
                kind, value = USER_ERROR, str(exc)
            except Exception:
                kind, value = BUG, sys.exc_info()
        try:
            self.relay.done.emit(self.number, kind, value)
        except RuntimeError:  # the relay is gone: the window closed meanwhile
            pass


class Slices(QObject):
    """Work on the GUI thread in slices: ``fn(item)`` for each item, as many as fit in
    ``budget_ms`` per turn of the event loop (at least one), then ``then()``.

        self.slices = Slices(self)
        self.slices.run(htmls, delegate.measure, lambda: self.add(rows))

    A new ``run`` replaces the work under way (its ``then`` is never called), as does
    ``cancel``; ``finish`` does what is left at once."""

    def __init__(self, parent: QObject | None = None, budget_ms: float = SLICE_MS):
        super().__init__(parent)
        self.budget = budget_ms / 1000
        self._timer = QTimer(self)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._step)
        self._items: list[Any] = []
        self._fn: Callable[[Any], None] | None = None
        self._then: Callable[[], None] | None = None

    @property
    def busy(self) -> bool:
        return self._then is not None

    def run(self, items: list[Any], fn: Callable[[Any], None], then: Callable[[], None]) -> None:
        self._items = list(reversed(items))
        self._fn, self._then = fn, then
        self._timer.start()

    def cancel(self) -> None:
        self._timer.stop()
        self._items, self._fn, self._then = [], None, None

    def finish(self) -> None:
        while self.busy:
            self._step(budget=float("inf"))

    def wait(self, timeout_ms: int = 10_000) -> bool:
        """Process events until the work is done (tests); False on timeout."""
        end = time.monotonic() + timeout_ms / 1000
        while self.busy and time.monotonic() < end:
            QCoreApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 20)
        return not self.busy

    def _step(self, budget: float | None = None) -> None:
        fn, then = self._fn, self._then
        if then is None or fn is None:
            self._timer.stop()
            return
        end = time.perf_counter() + (self.budget if budget is None else budget)
        items = self._items
        while items:
            fn(items.pop())
            if time.perf_counter() >= end or self._then is not then:
                break
        if self._then is not then:  # replaced (or cancelled) by what ``fn`` did
            return
        if not items:
            self.cancel()
            then()
