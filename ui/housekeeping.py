"""What the window does on its own while it is open: notice other programs' writes,
and keep a daily backup copy.

Other processes (the command line, a second window on another machine's share) may
write the same workspace.  The workspace's writer connection sees their commits in
``PRAGMA data_version`` (its own never move it); a team workspace hears of a
colleague's from the server (LISTEN/NOTIFY).  Either is polled here every second;
the window then re-reads what it shows.  A daily copy is made in the background when the
newest one is a day old.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, QTimer, Signal

from reviewer.workspace import Workspace, WorkspaceError
from ui.tasks import Task

POLL_MS = 1000
DAILY = timedelta(days=1)
DAILY_CHECK_MS = 10 * 60 * 1000


class ExternalChanges(QObject):
    """Emits ``changed`` within a second of another process committing to the file."""

    changed = Signal()

    def __init__(self, ws: Workspace, parent: QObject | None = None, interval: int = POLL_MS):
        super().__init__(parent)
        self.ws = ws
        self.timer = QTimer(self)
        self.timer.setInterval(interval)
        self.timer.timeout.connect(self.poll)
        self.timer.start()

    def poll(self) -> bool:
        try:
            changed = self.ws.external_change()
        except WorkspaceError:  # locked or damaged: the next user action says so
            return False
        if changed:
            self.changed.emit()
        return bool(changed)

    def stop(self) -> None:
        self.timer.stop()


class DailyBackup(QObject):
    """Makes a copy in the background when the newest copy is older than a day.  The
    check too runs off the GUI thread (it lists the backup folder: 0.7 s once at 1.2M
    paragraphs on a loaded machine), in the task that then makes the copy."""

    made = Signal(str)
    failed = Signal(str)

    def __init__(
        self,
        ws: Workspace,
        parent: QObject | None = None,
        now: Callable[[], datetime] = datetime.now,
        interval: int = DAILY_CHECK_MS,
    ):
        super().__init__(parent)
        self.ws = ws
        self.now = now
        self.task: Task | None = None
        self.timer = QTimer(self)
        self.timer.setInterval(interval)
        self.timer.timeout.connect(self.check)
        self.timer.start()
        QTimer.singleShot(5000, self.check)  # not during start-up

    def due(self) -> bool:
        """Whether a copy is due: reads the newest copy's name (listing the backup
        folder) and whether there are documents; ``check`` calls it in a worker.  A team
        workspace is never due: its server is backed up by its administrator."""
        if self.ws.server:
            return False
        last = self.ws.last_backup_time()
        if last is None:
            return bool(self.ws.documents())  # nothing to keep in an empty workspace
        return self.now() - last >= DAILY

    def check(self) -> bool:
        """Look (off the GUI thread) whether a copy is due, and make it if so; ``made``
        says when one was made.  False: a check or copy is under way, or a team
        workspace (nothing to look at)."""
        if (self.task is not None and self.task.running) or self.ws.server:
            return False
        due, ws = self.due, self.ws
        self.task = Task(lambda report: str(ws.backup("daily")) if due() else None, self)
        self.task.succeeded.connect(self._done)
        self.task.failed.connect(self.failed.emit)
        self.task.start()
        return True

    def _done(self, made: str | None) -> None:
        if made is not None:
            self.made.emit(made)

    def stop(self) -> None:
        self.timer.stop()
