"""Opening a workspace file and running units of work on it."""

from __future__ import annotations

import getpass
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DatabaseError
from sqlalchemy.orm import Session, sessionmaker

from reviewer.errors import ReadOnly, WorkspaceError
from reviewer.storage import backup as backup_store
from reviewer.storage import owners
from reviewer.storage import server as team
from reviewer.storage.db import (
    alembic_config,
    failure,
    is_user_facing,
    known_revision,
    migrate,
)
from reviewer.storage.roles import EDITOR, RANK, READER, REVIEWER, WHAT
from reviewer.workspace.changes import Changes, drafted, record_changes

AUTHOR_ENV = "UPR_REVIEWER_AUTHOR"


def default_author() -> str:
    name = os.environ.get(AUTHOR_ENV)
    if name:
        return name
    try:
        return getpass.getuser()
    except Exception:  # no login name on some systems; any label will do
        return "reviewer"


class Store:
    """One open workspace file: the session holder every workspace service shares.

    Each public method of a service runs in its own short transaction from
    ``read()`` or ``write()``.  Writes are serialised by a lock so a background
    import and a click in the window never interleave inside SQLite.  Every store
    on one file in one process shares one engine (``reviewer.storage.owners``), so a
    script, a test or a background task may open the window's file again without
    harm.  ``author`` may change while the file is open (the window's "Reviewer
    name…"); services read it at each write, so background work signs with the new
    name too.
    """

    def __init__(self, path: str | Path, author: str | None = None, password: str | None = None):
        self.author = author or default_author()
        self.server = team.is_server_url(path)
        if not self.server and str(path).lower().startswith(("postgresql:/", "postgres:/")):
            # a URL that went through Path() (its "//" folded): never a file of that name
            raise WorkspaceError(
                f"{path}: a team workspace's address must be given as text "
                "(postgresql://user@host/database), not as a file path"
            )
        where: str | Path = str(path).strip() if self.server else Path(path)
        owner = owners.acquire(where, password=password)
        first = owner.users == 1
        self._owner = owner
        self._owner_key = owners.file_key(where)
        # a file's path; a team workspace's URL without its password (a key for
        # settings and the window's title: ``location`` is what to show)
        self.path = owner.path if self.server else Path(path)
        self.location = team.redact(str(where)) if self.server else str(self.path)
        self.role = owner.role
        self.engine: Engine = owner.engine
        self.backup_path = owner.backup if first else None  # made before an upgrade
        self.notice = owner.notice if first else None  # what opening did, for the user
        self.backup_keep = backup_store.DEFAULT_KEEP
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._writes = sessionmaker(owner.writer, expire_on_commit=False)
        record_changes(self._writes)
        self._changes = Changes()
        self._changes_lock = threading.Lock()
        self._write_lock = owner.write_lock  # one per file in this process
        self._closed = False

    def close(self) -> None:
        if not self._closed:
            self._closed = True
            owners.release(self._owner_key)

    # -- who may do what (a team workspace's PostgreSQL roles; a file: everything) -------
    def can(self, role: str) -> bool:
        return RANK[self.role] >= RANK[role]

    def require(self, role: str, doing: str) -> None:
        """ReadOnly, with the sentence, unless this login may do ``doing``."""
        if not self.can(role):
            raise ReadOnly(
                f"{self.location}: your role may {WHAT[self.role]}, not {doing}; ask the "
                "team workspace's administrator for "
                + ("the editors' role" if role == EDITOR else "the reviewers' role")
            )

    def _file_only(self, doing: str) -> None:
        if self.server:
            raise WorkspaceError(
                f"{self.location}: a team workspace is kept by its server, which cannot "
                f"{doing} here; its administrator backs it up (pg_dump), and "
                "`copy --to FILE.sqlite` takes a snapshot to a file"
            )

    def external_change(self) -> bool | None:
        """Whether another process wrote to the file since the last call (None: busy).

        Meant for one poller (the window's); each call moves the baseline.
        """
        return self._owner.external_change()

    def external_changes(self) -> Changes:
        """What the other processes' writes heard by ``external_change`` touched: on a
        team workspace the kinds of rows its colleagues wrote (from the change
        notifications), on a file everything (SQLite says only that the file moved)."""
        listener = self._owner.listener
        if listener is None:
            return Changes.everything()
        tables = listener.take_tables()
        return Changes.everything() if "*" in tables else Changes.of_tables(tables)

    # -- backups -------------------------------------------------------------------------
    def backup(self, reason: str = "manual") -> Path:
        """A copy of the workspace now, in the backup folder next to it (BackupError)."""
        self._file_only("make a backup copy")
        # Not under the write lock: the copy reads one snapshot (SQLite's backup in one
        # step, on a connection of its own, in WAL mode), so writes go on beside it; a
        # daily copy of a 1 GB workspace held the window's next link for 4.6 s
        return backup_store.make_backup(self.engine, self.path, reason, keep=self.backup_keep)

    def backups(self) -> list[backup_store.BackupInfo]:
        """The backup copies of this workspace, newest first, with their row counts."""
        if self.server:
            return []
        return backup_store.list_backups(self.path)

    def last_backup_time(self) -> datetime | None:
        """When the newest backup copy was made (cheap: read from its file name)."""
        if self.server:
            return None
        return backup_store.last_backup_time(self.path)

    def restore(self, file: str | Path) -> Path:
        """Make the workspace what ``file`` holds; returns the copy of what it was.

        The copy is checked first (readable, undamaged, a schema this program knows),
        the current state is backed up, and an older copy is upgraded after restoring.
        """
        self._file_only("restore a backup copy")
        file = Path(file)
        info = backup_store.check_restorable(file, known_revision)
        with self._write_lock:
            before = backup_store.make_backup(self.engine, self.path, "before-restore", keep=None)
            backup_store.copy_into(self._owner.writer, file)
            migrate(self.engine, self.path, alembic_config(), info.revision)
            backup_store.rotate(self.path, max(self.backup_keep, 1) + 1)  # keep ``before``
        self._note_changes(Changes.everything())
        return before

    # -- transactions --------------------------------------------------------------------
    @contextmanager
    def read(self) -> Iterator[Session]:
        """One read transaction: a consistent snapshot for everything inside."""
        with self._sessions() as session:
            try:
                yield session
            except DatabaseError as exc:
                if not is_user_facing(exc):
                    raise
                raise self._failure(exc) from exc

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: everything inside lands, or nothing does.

        It takes SQLite's write lock at BEGIN (waiting up to the busy timeout for
        another process's writer), so reading before writing inside it is safe.
        """
        if self.role == READER:
            self.require(REVIEWER, "change anything")
        with self._write_lock, self._writes() as session:
            try:
                with session.begin():
                    yield session
            except DatabaseError as exc:
                session.info.pop("changes", None)
                if not is_user_facing(exc):
                    raise
                raise self._failure(exc) from exc
            except BaseException:
                session.info.pop("changes", None)  # rolled back: nothing changed
                raise
            self._note_changes(drafted(session))

    def _failure(self, exc: DatabaseError) -> WorkspaceError:
        if self.server:
            return team.server_failure(self.location, exc)
        return failure(self.path, exc)

    def _note_changes(self, changes: Changes) -> None:
        if changes:
            with self._changes_lock:
                self._changes = self._changes | changes

    def take_changes(self) -> Changes:
        """What this process's writes changed since the last call (and resets it)."""
        with self._changes_lock:
            changes, self._changes = self._changes, Changes()
        return changes
