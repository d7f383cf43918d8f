"""Backup copies a user can see and restore.

Copies are made with SQLite's online backup API from the workspace's own engine (so
no second owner of the file's locks, and a consistent snapshot even in WAL mode),
written under a temporary name and renamed, into a folder next to the workspace:
``W.sqlite`` → ``W.sqlite.backups/W-20261201-091500-daily.sqlite``.  The newest
``keep`` copies are kept.  Restoring first backs up the current state, so a restore
can itself be undone.
"""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sqlalchemy import Engine

from reviewer.storage.db import WorkspaceError, sqlite_connection

DEFAULT_KEEP = 10
_STAMP = "%Y%m%d-%H%M%S"
_NAME = re.compile(
    r"^(?P<stem>.+)-(?P<stamp>\d{8}-\d{6})(?:\.(?P<n>\d+))?-(?P<reason>[\w.-]+)\.sqlite$"
)
COUNTED = ("document", "paragraph", "link", "tag", "paragraph_tag", "note")


class BackupError(WorkspaceError):
    """A backup that cannot be made, read or restored; the message is for the user."""


@dataclass(frozen=True)
class BackupInfo:
    file: Path
    created: datetime
    reason: str
    size: int
    counts: dict[str, int]  # rows per table in COUNTED; empty if the copy is unreadable
    revision: str | None
    error: str | None = None

    def as_dict(self) -> dict:
        return {
            "file": str(self.file),
            "created": self.created.isoformat(timespec="seconds"),
            "reason": self.reason,
            "size": self.size,
            "revision": self.revision,
            **{f"{t}s" if t != "paragraph_tag" else "tagged": n for t, n in self.counts.items()},
            **({"error": self.error} if self.error else {}),
        }


def backup_dir(path: Path) -> Path:
    return path.with_name(path.name + ".backups")


def _slug(reason: str) -> str:
    return re.sub(r"[^\w.-]+", "-", reason).strip("-") or "manual"


def make_backup(engine: Engine, path: Path, reason: str, keep: int | None = DEFAULT_KEEP) -> Path:
    """Copy the workspace now; returns the copy's path.  Raises BackupError."""
    folder = backup_dir(path)
    try:
        folder.mkdir(exist_ok=True)
    except OSError as exc:
        raise BackupError(f"{folder}: cannot create the backup folder ({exc.strerror})") from exc
    stamp = datetime.now().strftime(_STAMP)
    target = folder / f"{path.stem}-{stamp}-{_slug(reason)}.sqlite"
    n = 1
    while target.exists():
        n += 1
        target = folder / f"{path.stem}-{stamp}.{n}-{_slug(reason)}.sqlite"
    tmp = target.with_name("." + target.name + ".partial")
    raw = engine.raw_connection()
    try:
        dst = sqlite3.connect(tmp)
        try:
            sqlite_connection(raw).backup(dst)
            dst.execute("PRAGMA journal_mode = DELETE")  # a self-contained single file
        finally:
            dst.close()
        os.replace(tmp, target)
    except (sqlite3.Error, OSError) as exc:
        with contextlib.suppress(OSError):
            tmp.unlink()
        raise BackupError(f"{target}: the backup copy could not be written ({exc})") from exc
    finally:
        raw.close()
    if keep is not None:
        rotate(path, keep)
    return target


def _parse_name(file: Path) -> tuple[datetime, str] | None:
    m = _NAME.match(file.name)
    if m is None:
        return None
    try:
        return datetime.strptime(m["stamp"], _STAMP), m["reason"]
    except ValueError:
        return None


def backup_files(path: Path) -> list[Path]:
    """This workspace's backup copies, newest first."""
    folder = backup_dir(path)
    try:
        named = [
            (parsed, f) for f in folder.iterdir() if f.is_file() and (parsed := _parse_name(f))
        ]
    except OSError:
        return []
    named.sort(key=lambda pf: (pf[0][0], pf[1].stat().st_mtime), reverse=True)
    return [f for _, f in named]


def latest_backup(path: Path) -> Path | None:
    files = backup_files(path)
    return files[0] if files else None


def last_backup_time(path: Path) -> datetime | None:
    """When the newest copy was made, from its name alone (nothing is opened)."""
    newest = latest_backup(path)
    parsed = _parse_name(newest) if newest is not None else None
    return parsed[0] if parsed else None


def rotate(path: Path, keep: int) -> list[Path]:
    """Delete all but the newest ``keep`` copies; returns what was deleted."""
    gone = []
    for f in backup_files(path)[max(keep, 1) :]:
        with contextlib.suppress(OSError):
            f.unlink()
            gone.append(f)
    return gone


def _read_only(file: Path) -> sqlite3.Connection:
    # immutable: nobody writes a backup, so no locks and no -wal/-shm files next to it
    return sqlite3.connect(f"{file.resolve().as_uri()}?mode=ro&immutable=1", uri=True)


def describe(file: Path) -> BackupInfo:
    parsed = _parse_name(file)
    created, reason = parsed if parsed else (datetime.fromtimestamp(file.stat().st_mtime), "")
    counts: dict[str, int] = {}
    revision = error = None
    try:
        con = _read_only(file)
        try:
            revision = con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
            for table in COUNTED:
                counts[table] = con.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
        finally:
            con.close()
    except (sqlite3.Error, TypeError) as exc:
        error = f"this copy cannot be read ({exc})"
    return BackupInfo(file, created, reason, file.stat().st_size, counts, revision, error)


def list_backups(path: Path) -> list[BackupInfo]:
    return [describe(f) for f in backup_files(path)]


def check_restorable(file: Path, known_revision) -> BackupInfo:
    """The copy's description, or BackupError if it cannot become the workspace."""
    if not file.is_file():
        raise BackupError(f"{file}: no such backup copy")
    info = describe(file)
    if info.error:
        raise BackupError(f"{file}: {info.error}")
    try:
        con = _read_only(file)
        try:
            ok = con.execute("PRAGMA quick_check").fetchone()[0]
        finally:
            con.close()
    except sqlite3.Error as exc:
        raise BackupError(f"{file}: this copy is damaged ({exc})") from exc
    if ok != "ok":
        raise BackupError(f"{file}: this copy is damaged ({ok})")
    if not known_revision(info.revision):
        raise BackupError(
            f"{file}: this copy was made by a newer version of UPR Reviewer "
            f"(schema {info.revision}); update the program to restore it"
        )
    return info


def copy_into(engine: Engine, file: Path) -> None:
    """Overwrite the live workspace with ``file`` through SQLite (other readers see it)."""
    raw = engine.raw_connection()
    try:
        src = _read_only(file)
        try:
            src.backup(sqlite_connection(raw))
        finally:
            src.close()
    except sqlite3.Error as exc:
        raise BackupError(f"{file}: the copy could not be restored ({exc})") from exc
    finally:
        raw.close()
