"""One owner per workspace (file or team database) per process.

A second engine (or a plain ``open()``) on a file this process already has open is a
second owner of SQLite's POSIX locks, and closing it drops the locks of the first
(see ``reviewer.storage.db``).  Every ``Workspace`` on the same file in one process
therefore shares one ``Owner``: the readers' engine, the one writer connection, the
lock that serialises writes, and a count of users; the last user disposes of it.

A team workspace (``postgresql://…``) has an owner too: its engine's pool serves
readers and writers (each write transaction takes the server's advisory write lock,
``reviewer.storage.server``), and a listening connection tells of colleagues' work.
"""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from reviewer.storage import server as team
from reviewer.storage.db import make_writer, open_engine, sqlite_connection
from reviewer.storage.roles import EDITOR, role_of

if TYPE_CHECKING:
    from alembic.config import Config  # tests' own migration scripts; Alembic only if asked

_lock = threading.Lock()


@dataclass
class Owner:
    path: Path
    engine: Engine  # readers: a pool, one connection per thread at a time
    writer: Engine  # every write of this process, one connection (see make_writer)
    write_lock: threading.RLock = field(default_factory=threading.RLock)
    users: int = 1
    backup: Path | None = None  # made before an upgrade by the first open
    notice: str | None = None  # what the first open did that the user should know
    role: str = EDITOR  # what this login may do: reader, reviewer, editor (roles)
    listener: team.Listener | None = None  # a team workspace's change notifications
    _seen_version: int | None = None

    @property
    def server(self) -> bool:
        return self.engine.dialect.name == "postgresql"

    def external_change(self) -> bool | None:
        """Whether another process committed since the last call; None if busy writing."""
        if self.listener is not None:
            return self.listener.poll()
        if self.server:
            return False
        if not self.write_lock.acquire(blocking=False):
            return None
        try:
            raw = self.writer.raw_connection()
            try:
                version = sqlite_connection(raw).execute("PRAGMA data_version").fetchone()[0]
            finally:
                raw.close()
        finally:
            self.write_lock.release()
        changed = self._seen_version is not None and version != self._seen_version
        self._seen_version = version
        return changed

    def dispose(self) -> None:
        if self.listener is not None:
            self.listener.close()
        self.writer.dispose()
        self.engine.dispose()


_owners: dict[str, Owner] = {}


def file_key(path: str | os.PathLike) -> str:
    if team.is_server_url(path):
        return team.redact(str(path))
    return os.path.normcase(os.path.realpath(path))


def acquire(path: Path | str, cfg: Config | None = None, password: str | None = None) -> Owner:
    """The workspace's owner, opening (creating, upgrading) it for the first user only.

    ``backup`` and ``notice`` are set on the owner only for that first user.
    """
    key = file_key(path)
    with _lock:
        owner = _owners.get(key)
        if owner is not None:
            owner.users += 1
            return owner
        if team.is_server_url(path):
            owner = _open_server(str(path), cfg, password)
            _owners[key] = owner
            return owner
        opened = open_engine(Path(path), cfg)
        owner = Owner(Path(path), opened.engine, make_writer(Path(path)))
        owner.backup, owner.notice = opened.backup, opened.notice
        owner.external_change()  # the baseline
        _owners[key] = owner
        return owner


def _open_server(url: str, cfg: Config | None, password: str | None) -> Owner:
    engine = team.open_server(url, cfg, password)
    try:
        role = role_of(engine)
        listener = team.Listener(url, password)
    except Exception:
        engine.dispose()
        raise
    return Owner(
        Path(team.redact(url)), engine, team.writer_of(engine), role=role, listener=listener
    )


def release(path: str | os.PathLike) -> None:
    key = file_key(path)
    with _lock:
        owner = _owners.get(key)
        if owner is None:
            return
        owner.users -= 1
        if owner.users <= 0:
            del _owners[key]
            owner.dispose()


def is_open(path: str | os.PathLike) -> bool:
    with _lock:
        return file_key(path) in _owners
