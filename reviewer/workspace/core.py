"""Opening a workspace and running units of work on it."""

from __future__ import annotations

import getpass
import os
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, sessionmaker

from reviewer.storage.db import WorkspaceError, explain, open_database

AUTHOR_ENV = "UPR_REVIEWER_AUTHOR"


def default_author() -> str:
    name = os.environ.get(AUTHOR_ENV)
    if name:
        return name
    try:
        return getpass.getuser()
    except Exception:  # no login name on some systems; any label will do
        return "reviewer"


class WorkspaceBase:
    """Holds the engine; every public method runs in its own short transaction.

    Writes are serialised by a lock so a background import and a click in the
    window never interleave inside SQLite.
    """

    def __init__(self, path: str | Path, author: str | None = None):
        self.path = Path(path)
        self.author = author or default_author()
        self.engine, self.backup_path = open_database(self.path)
        self._sessions = sessionmaker(self.engine, expire_on_commit=False)
        self._write_lock = threading.RLock()

    @classmethod
    def open(cls, path: str | Path, author: str | None = None):
        return cls(path, author)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self):
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def read(self) -> Iterator[Session]:
        with self._sessions() as session:
            try:
                yield session
            except OperationalError as exc:
                raise WorkspaceError(explain(self.path, exc)) from exc

    @contextmanager
    def write(self) -> Iterator[Session]:
        """One transaction: everything inside lands, or nothing does."""
        with self._write_lock, self._sessions() as session:
            try:
                with session.begin():
                    yield session
            except OperationalError as exc:
                raise WorkspaceError(explain(self.path, exc)) from exc
