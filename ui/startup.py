"""What start-up does around the window: the core imported without PySide6's import
hook and off the GUI thread (``Loading``), the garbage collector settled after the
first paint, work kept for after it."""

from __future__ import annotations

import gc


def preload_core() -> None:
    """Import the workspace (SQLAlchemy and the core, a few hundred modules) and
    configure its ORM mappers (50 ms, else the window's first query does it).

    Once PySide6 is imported, its import hook (``builtins.__import__`` replaced by
    ``__feature_import__``, for ``from __feature__ import snake_case``) reads the
    source of every module imported after it to see whether it mentions PySide6: a
    fifth of the core's import (bench/bench_startup.py).  The core never uses Qt: it
    is imported through the original import PySide6 keeps (``__orig_import__``), or
    before Qt when there is no frame to paint first (``--screenshot``).

    ``__orig_import__`` is PySide6's own name, not a documented API: PySide6 (6.12)
    offers no switch for the hook, and a module imported before Qt escapes it only by
    delaying the frame.  Without the name (another PySide6), the import is the same,
    only slower.
    """
    _plain(_load_services)  # the façade imports on first use: here, every service's module
    from sqlalchemy.orm import configure_mappers

    configure_mappers()  # with the import (off the GUI thread), not at the first query


def preload_window() -> None:
    """Import the window's modules (``ui.main_window`` and what it needs), as
    ``preload_core`` imports the core: none of them uses ``__feature__``.  Only
    classes are defined; no widget is made, so it may run off the GUI thread."""
    _plain_import("ui.main_window", "ui.session")


def _load_services() -> None:
    import reviewer.workspace

    reviewer.workspace.load_services()


def _plain_import(*names: str) -> None:
    import importlib

    for name in names:
        _plain(importlib.import_module, name)


def _plain(call, *args) -> None:
    """``call(*args)`` with PySide6's import hook set aside (see ``preload_core``)."""
    import builtins

    hooked = builtins.__import__
    plain = getattr(builtins, "__orig_import__", None)
    if plain is not None:
        builtins.__import__ = plain
    try:
        call(*args)
    finally:
        builtins.__import__ = hooked


def settle_garbage_collector() -> None:
    """Move what start-up made (Qt, SQLAlchemy, the window: some 120,000 objects) out
    of the collector's sight and turn it back on: a full collection otherwise scans
    them all and stalled the GUI thread for 70–100 ms at random moments
    (bench/bench_review_switch.py).

    Frozen without a collection first: one over them all took 85–115 ms right after
    the window's first paint, before its first click was answered, to find some 600
    objects of start-up garbage (reference cycles of the imports; measured at 75k and
    1.2M paragraphs), which stay frozen with the rest."""
    gc.freeze()
    gc.enable()


def after_first_paint(window, then, at_the_latest_ms: int | None = 3000) -> None:
    """Call ``then`` once, when ``window`` has painted (what can wait, waits for the
    picture), or after ``at_the_latest_ms`` if it never paints (started minimised;
    None: only once it paints)."""
    from PySide6.QtCore import QEvent, QObject, QTimer

    class FirstPaint(QObject):
        done = False

        def eventFilter(self, obj, event) -> bool:
            if event.type() == QEvent.Type.Paint:
                window.removeEventFilter(self)
                QTimer.singleShot(0, self, self.once)
            return False

        def once(self) -> None:
            if not self.done:
                self.done = True
                then()

    watcher = FirstPaint(window)
    window.installEventFilter(watcher)
    if at_the_latest_ms is not None:
        QTimer.singleShot(at_the_latest_ms, watcher, watcher.once)  # none once it is gone


class Loading:
    """The start-up's slow part off the GUI thread, once the frame has painted: the
    core and the window's modules imported (no widget made), then a workspace FILE
    opened (a team workspace may ask for a password: opened on the GUI thread).

    After ``join``: ``workspace`` (open, or None), ``failure`` (why opening failed:
    its message is given by the window's launcher), ``error`` (an import failed),
    ``first_reads``: the reviews and documents the window's first view shows, read
    here with the opening (the GUI thread builds the window without reading them)."""

    def __init__(self, location, author: str | None, load_modules):
        import threading

        self.location, self.author, self.load_modules = location, author, load_modules
        self.workspace = self.failure = self.error = None
        self.first_reads: dict = {}
        self._thread = threading.Thread(target=self._run, name="start-up", daemon=True)

    def start(self) -> None:
        self._thread.start()

    def is_alive(self) -> bool:
        return self._thread.is_alive()

    def join(self) -> None:
        self._thread.join()

    @property
    def ident(self):
        return self._thread.ident

    def _run(self) -> None:
        try:
            self.load_modules()
        except BaseException as exc:  # handed to the GUI thread: a message, a log
            self.error = exc
            return
        from ui import locations

        if locations.is_url(self.location):
            return
        from reviewer.workspace import Workspace, default_author

        try:
            self.workspace = ws = Workspace.open(self.location, self.author or default_author())
        except BaseException as exc:
            self.failure = exc
            return
        try:
            self.first_reads = {"reviews": ws.reviews(), "documents": ws.documents()}
        except Exception:  # noqa: BLE001 (the window reads them itself, and says what is wrong)
            self.first_reads = {}
