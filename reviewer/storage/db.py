"""Opening a workspace file: engine, pragmas, migrations, backups.

A workspace is one SQLite file the user owns.  It is opened with WAL, foreign keys
and a busy timeout; brought up to the current schema by Alembic (after a backup
copy when an older schema is upgraded); and refused when a newer program wrote it.
"""

from __future__ import annotations

import sqlite3
from datetime import datetime
from importlib import resources
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import OperationalError

BUSY_TIMEOUT_MS = 5000


class WorkspaceError(Exception):
    """A workspace that cannot be opened or written; the message is for the user."""


def _alembic_config() -> Config:
    cfg = Config()
    location = resources.files("reviewer.storage").joinpath("migrations")
    cfg.set_main_option("script_location", str(location))
    return cfg


def head_revision() -> str:
    return ScriptDirectory.from_config(_alembic_config()).get_current_head()


def _on_connect(dbapi_conn, _record) -> None:
    cur = dbapi_conn.cursor()
    cur.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    cur.execute("PRAGMA foreign_keys = ON")
    cur.execute("PRAGMA journal_mode = WAL")
    cur.execute("PRAGMA synchronous = NORMAL")
    cur.close()


def make_engine(path: Path) -> Engine:
    engine = create_engine(f"sqlite:///{path}", connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
    event.listen(engine, "connect", _on_connect)
    return engine


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def backup_file(path: Path, reason: str) -> Path:
    """Copy a workspace with SQLite's online backup (consistent even in WAL mode)."""
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.backup-{reason}-{stamp}{path.suffix}")
    src = sqlite3.connect(path)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
    return target


def _check_file(path: Path) -> None:
    if path.exists():
        if path.is_dir():
            raise WorkspaceError(f"{path}: this is a folder, not a workspace file")
        with open(path, "rb") as fh:
            head = fh.read(16)
        if head and head != b"SQLite format 3\x00":
            raise WorkspaceError(
                f"{path}: this is not a UPR Reviewer workspace (not an SQLite file); "
                "choose a .sqlite workspace or a new file name"
            )
    else:
        parent = path.parent
        if not parent.exists():
            try:
                parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise WorkspaceError(f"{path}: cannot create the folder ({exc.strerror})") from exc


def open_database(path: Path) -> tuple[Engine, Path | None]:
    """Open (creating or upgrading) the workspace at ``path``.

    Returns the engine and the path of a backup made before an upgrade, if any.
    """
    path = Path(path)
    _check_file(path)
    engine = make_engine(path)
    backup = None
    try:
        current = current_revision(engine)
        head = head_revision()
        if current != head:
            script = ScriptDirectory.from_config(_alembic_config())
            if current is not None and not _known_revision(script, current):
                raise WorkspaceError(
                    f"{path}: this workspace was written by a newer version of UPR Reviewer "
                    f"(schema {current}); update the program to open it"
                )
            if current is not None:
                backup = backup_file(path, f"schema-{current}")
            cfg = _alembic_config()
            with engine.begin() as conn:
                cfg.attributes["connection"] = conn
                command.upgrade(cfg, "head")
    except WorkspaceError:
        engine.dispose()
        raise
    except OperationalError as exc:
        engine.dispose()
        raise WorkspaceError(_explain_operational(path, exc)) from exc
    except sqlite3.DatabaseError as exc:
        engine.dispose()
        raise WorkspaceError(f"{path}: the workspace file is damaged ({exc})") from exc
    return engine, backup


def _known_revision(script: ScriptDirectory, revision: str) -> bool:
    try:
        return script.get_revision(revision) is not None
    except Exception:  # alembic raises for a revision its scripts do not hold
        return False


def _explain_operational(path: Path, exc: OperationalError) -> str:
    text = str(exc.orig) if exc.orig is not None else str(exc)
    if "locked" in text or "busy" in text:
        return f"{path}: the workspace is locked by another program; close it there and retry"
    if "readonly" in text or "read-only" in text:
        return (
            f"{path}: the workspace is read-only; copy it somewhere writable or fix its permissions"
        )
    if "unable to open" in text:
        return f"{path}: cannot open the workspace file (check the folder exists and is writable)"
    if "not a database" in text or "malformed" in text:
        return f"{path}: the workspace file is damaged ({text}); restore a backup copy"
    return f"{path}: database error: {text}"


def explain(path: Path, exc: Exception) -> str:
    if isinstance(exc, OperationalError):
        return _explain_operational(path, exc)
    return f"{path}: {exc}"
