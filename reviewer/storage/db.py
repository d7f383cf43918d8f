"""Opening a workspace file: engine, pragmas, creation, migrations, refusals.

A workspace is one SQLite file the user owns.  Three rules keep it whole:

- **SQLite alone touches the file.**  On POSIX, closing *any* descriptor of a file
  drops every fcntl lock the process holds on it, SQLite's included; another process
  could then checkpoint and delete the ``-wal`` under us.  So nothing here opens the
  workspace with ``open()``: the header and tables are read through SQLite, and one
  process keeps one engine per file (``reviewer.storage.owners``).
- **Every transaction is ours.**  pysqlite's legacy mode sends no BEGIN before DDL, so
  each CREATE TABLE used to commit alone and a kill during creation left a half-made
  file.  The driver's own transaction handling is switched off and SQLAlchemy's
  ``begin`` emits BEGIN (or BEGIN IMMEDIATE for writes): creation and every migration
  land whole or not at all.
- **Another program's file is left alone.**  An SQLite file with tables of its own and
  no ``alembic_version`` is refused before anything (even the WAL pragma) writes to it.

A file already at ``HEAD_REVISION`` opens without Alembic (a third of a second to
import, and its scripts read): Alembic is consulted only when the stored revision
differs, to upgrade the file or to say it is too new.
"""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from importlib import resources
from pathlib import Path
from typing import TYPE_CHECKING, Any, cast

from sqlalchemy import Engine, create_engine, event
from sqlalchemy.exc import DatabaseError, IntegrityError, ProgrammingError
from sqlalchemy.pool import PoolProxiedConnection, StaticPool

from reviewer.errors import SchemaTooNew, WorkspaceDamaged, WorkspaceError, WorkspaceLocked
from reviewer.storage import locks

if TYPE_CHECKING:
    from alembic.config import Config
    from alembic.script import ScriptDirectory

# The newest migration's revision (migrations/versions/).  A file or database already
# there opens without importing Alembic; tests/core/test_startup.py checks that this
# is Alembic's head, so a new migration fails that test until it is named here.
HEAD_REVISION = "0013"

BUSY_TIMEOUT_MS = locks.BUSY_TIMEOUT_MS
# Execution option naming how a transaction begins: writes take the write lock at
# BEGIN, so a transaction that reads first never fails to upgrade its lock (SQLite
# answers that with an immediate SQLITE_BUSY, which no busy timeout waits out).
BEGIN_OPTION = "upr_begin"


def alembic_config(*extra_version_locations: str | Path) -> Config:
    from alembic.config import Config

    cfg = Config()
    location = resources.files("reviewer.storage").joinpath("migrations")
    cfg.set_main_option("script_location", str(location))
    if extra_version_locations:
        locations = [str(Path(str(location)) / "versions"), *map(str, extra_version_locations)]
        cfg.set_main_option("path_separator", "os")
        cfg.set_main_option("version_locations", os.pathsep.join(locations))
    return cfg


def sqlite_connection(raw: PoolProxiedConnection) -> sqlite3.Connection:
    """The sqlite3 connection under SQLAlchemy's (there while ``raw`` is checked out)."""
    return cast(sqlite3.Connection, raw.driver_connection)


def head_revision(cfg: Config | None = None) -> str:
    """The revision a workspace is brought to: ``HEAD_REVISION`` for the program's own
    migrations (no Alembic), else the head of ``cfg``'s scripts."""
    return HEAD_REVISION if cfg is None else alembic_head(cfg)


def alembic_head(cfg: Config | None = None) -> str:
    """The head of the migration scripts, as Alembic reads them."""
    head = _scripts(cfg).get_current_head()
    assert head is not None  # the program's own migrations have one head
    return head


def _scripts(cfg: Config | None) -> ScriptDirectory:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(cfg or alembic_config())


def _on_connect(wait_ms: int) -> Callable[[Any, Any], None]:
    def on_connect(dbapi_conn, _record) -> None:
        dbapi_conn.isolation_level = None  # no implicit BEGIN/COMMIT from the driver
        cur = dbapi_conn.cursor()
        cur.execute(f"PRAGMA busy_timeout = {wait_ms}")
        cur.execute("PRAGMA foreign_keys = ON")
        cur.execute("PRAGMA journal_mode = WAL")
        cur.execute("PRAGMA synchronous = NORMAL")
        cur.close()

    return on_connect


def _on_begin(conn) -> None:
    mode = conn.get_execution_options().get(BEGIN_OPTION, "")
    conn.exec_driver_sql(f"BEGIN {mode}".strip())


def make_engine(path: Path, single: bool = False) -> Engine:
    """The engine for ``path``; ``single``: one connection shared (under a lock) by all."""
    wait_ms = locks.wait_ms()
    args = {"timeout": wait_ms / 1000, "check_same_thread": False}
    extra = {"poolclass": StaticPool} if single else {}
    engine = create_engine(f"sqlite:///{path}", connect_args=args, **extra)
    event.listen(engine, "connect", _on_connect(wait_ms))
    event.listen(engine, "begin", _on_begin)
    return engine


def make_writer(path: Path) -> Engine:
    """One connection for all of this process's writes to ``path``.

    Its transactions take the write lock at BEGIN, and because this process writes
    through nothing else, its ``PRAGMA data_version`` moves only when another
    process (or another program) has committed: that is how the window notices.
    """
    return make_engine(path, single=True).execution_options(**{BEGIN_OPTION: "IMMEDIATE"})


def current_revision(engine: Engine) -> str | None:
    from alembic.runtime.migration import MigrationContext

    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


# ---------------------------------------------------------------------- what is there


@dataclass(frozen=True)
class FileState:
    """What a file holds, read through SQLite before any engine exists."""

    kind: str  # "new", "workspace", "half-created", "foreign"
    revision: str | None = None
    tables: frozenset[str] = frozenset()
    rows: int = 0  # rows in a half-created file's tables


def _our_tables() -> frozenset[str]:
    from reviewer.storage.counts import COUNTS
    from reviewer.storage.models import Base

    return frozenset(Base.metadata.tables) | frozenset(COUNTS.tables) | {"alembic_version"}


def _is_ours(name: str) -> bool:
    return name in _our_tables() or name.startswith("paragraph_fts")


def inspect_file(path: Path) -> FileState:
    """Classify ``path`` without writing to it; WorkspaceError if it is no SQLite file."""
    if path.is_dir():
        raise WorkspaceError(f"{path}: this is a folder, not a workspace file")
    if not path.exists():
        parent = path.parent
        if not parent.exists():
            try:
                parent.mkdir(parents=True, exist_ok=True)
            except OSError as exc:
                raise WorkspaceError(f"{path}: cannot create the folder ({exc.strerror})") from exc
        return FileState("new")
    try:
        # Read-write but no pragma: only reads happen, and (unlike mode=ro on a WAL file)
        # no -wal/-shm files are left behind next to somebody else's database.
        con = sqlite3.connect(path, timeout=locks.wait_ms() / 1000)
    except sqlite3.Error as exc:
        raise WorkspaceError(f"{path}: cannot open the workspace file ({exc})") from exc
    try:
        tables = frozenset(
            r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
        )
        if not tables:
            return FileState("new")
        if "alembic_version" in tables:
            row = con.execute("SELECT version_num FROM alembic_version LIMIT 1").fetchone()
            if row is not None:
                return FileState("workspace", revision=row[0], tables=tables)
        if not all(_is_ours(t) or t.startswith("sqlite_") for t in tables):
            return FileState("foreign", tables=tables)
        rows = sum(
            con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0]
            for t in tables
            if t in _our_tables() and t != "alembic_version"
        )
        return FileState("half-created", tables=tables, rows=rows)
    except sqlite3.DatabaseError as exc:
        raise failure(path, str(exc)) from exc
    finally:
        con.close()


# ------------------------------------------------------------------------- opening


@dataclass(frozen=True)
class Opened:
    engine: Engine
    backup: Path | None  # copy made before an upgrade
    notice: str | None  # something the user should read, e.g. a rebuilt half-made file


def open_database(path: Path) -> tuple[Engine, Path | None]:
    """Open (creating or upgrading) the workspace at ``path``: (engine, backup or None).

    Prefer ``reviewer.storage.owners.acquire``: one engine per file per process.
    """
    opened = open_engine(Path(path))
    return opened.engine, opened.backup


def open_engine(path: Path, cfg: Config | None = None) -> Opened:
    """``cfg``: other migration scripts than the program's (tests); Alembic is asked
    only when the file's revision is not the head (``HEAD_REVISION``)."""
    state = inspect_file(path)
    if state.kind == "foreign":
        raise WorkspaceError(
            f"{path}: this SQLite file belongs to another program (it has tables of its own: "
            f"{', '.join(sorted(state.tables)[:5])}); it was left untouched. "
            "Choose a UPR Reviewer workspace or a new file name"
        )
    if state.kind == "half-created" and state.rows:
        raise WorkspaceError(
            f"{path}: this workspace's creation was interrupted, yet its tables hold "
            f"{state.rows} rows; it was left untouched. Restore a backup copy or choose "
            "a new file name"
        )
    engine = make_engine(path)
    if cfg is None and state.kind == "workspace" and state.revision == HEAD_REVISION:
        return Opened(engine, None, None)  # current: nothing to migrate
    backup = notice = None
    try:
        if state.kind == "half-created":
            _drop_everything(engine)
            notice = (
                f"{path.name} had been left half-created by an interrupted start of an "
                "older version; it held no data and was created again"
            )
        backup = migrate(engine, path, cfg, state.revision)
    except WorkspaceError:
        engine.dispose()
        raise
    except DatabaseError as exc:
        engine.dispose()
        raise failure(path, exc) from exc
    except sqlite3.DatabaseError as exc:
        engine.dispose()
        raise failure(path, str(exc)) from exc
    return Opened(engine, backup, notice)


def migrate(engine: Engine, path: Path, cfg: Config | None, current: str | None) -> Path | None:
    """Bring the file to head in one transaction; back it up first if it held data."""
    from alembic import command

    cfg = cfg or alembic_config()
    script = _scripts(cfg)
    head = script.get_current_head()
    if current == head:
        return None
    if current is not None and not _known_revision(script, current):
        raise SchemaTooNew(
            f"{path}: this workspace was written by a newer version of UPR Reviewer "
            f"(schema {current}); update the program to open it"
        )
    backup = None
    if current is not None:
        from reviewer.storage.backup import make_backup

        backup = make_backup(engine, path, f"before-upgrade-{current}")
    with engine.connect() as conn:
        # A batch migration recreates tables; with foreign keys on, dropping the old
        # table would cascade into links and notes.  The pragma only takes effect
        # outside a transaction, so it is set before BEGIN and checked before COMMIT.
        raw = sqlite_connection(conn.connection)
        raw.execute("PRAGMA foreign_keys = OFF")
        cfg.attributes["connection"] = conn
        try:
            with conn.begin():
                command.upgrade(cfg, "head")
                broken = conn.exec_driver_sql("PRAGMA foreign_key_check").all()
                if broken:
                    raise WorkspaceError(
                        f"{path}: the upgrade would leave {len(broken)} broken references "
                        f"(first in table {broken[0][0]}); nothing was changed"
                    )
        finally:
            cfg.attributes.pop("connection", None)
            raw.execute("PRAGMA foreign_keys = ON")
    return backup


def _drop_everything(engine: Engine) -> None:
    """Empty a half-created file (it holds no rows) in one transaction."""
    with engine.connect() as conn:
        raw = sqlite_connection(conn.connection)
        raw.execute("PRAGMA foreign_keys = OFF")  # tables may reference missing ones
        try:
            with conn.begin():
                rows = conn.exec_driver_sql(
                    "SELECT type, name FROM sqlite_master WHERE type IN ('trigger', 'view', "
                    "'table') AND name NOT LIKE 'sqlite_%' ORDER BY type = 'table', "
                    "sql NOT LIKE 'CREATE VIRTUAL TABLE%'"
                ).all()
                # triggers, views, the FTS tables (and their shadows), the rest
                for kind, name in rows:
                    conn.exec_driver_sql(f'DROP {kind.upper()} IF EXISTS "{name}"')
        finally:
            raw.execute("PRAGMA foreign_keys = ON")


def _known_revision(script: ScriptDirectory, revision: str) -> bool:
    try:
        return script.get_revision(revision) is not None
    except Exception:  # alembic raises for a revision its scripts do not hold
        return False


def known_revision(revision: str | None, cfg: Config | None = None) -> bool:
    """Whether this program can open (perhaps upgrade) a file at ``revision``."""
    if revision is None:
        return False
    if cfg is None and revision == HEAD_REVISION:
        return True
    return _known_revision(_scripts(cfg), revision)


# ------------------------------------------------------------------------ messages


def failure(path: Path, what: str | Exception) -> WorkspaceError:
    """The typed error, with its sentence, for a database failure on ``path``."""
    if isinstance(what, DatabaseError):
        text = str(what.orig) if what.orig is not None else str(what)
    else:
        text = str(what)
    if "locked" in text or "busy" in text:
        return WorkspaceLocked(
            f"{path}: the workspace is locked by another program; close it there and retry"
        )
    if "readonly" in text or "read-only" in text:
        return WorkspaceError(
            f"{path}: the workspace is read-only; copy it somewhere writable or fix its permissions"
        )
    if "unable to open" in text:
        return WorkspaceError(
            f"{path}: cannot open the workspace file (check the folder exists and is writable)"
        )
    if "disk is full" in text:
        return WorkspaceError(
            f"{path}: the disk is full; free some space and try again (nothing was changed)"
        )
    if "not a database" in text or "malformed" in text or "disk I/O" in text:
        from reviewer.storage.backup import latest_backup

        backup = latest_backup(path)
        if backup is None and "file is not a database" in text:
            return WorkspaceDamaged(
                f"{path}: this is not a UPR Reviewer workspace (not an SQLite file); "
                "choose a .sqlite workspace or a new file name"
            )
        where = f" (the newest is {backup})" if backup else ""
        return WorkspaceDamaged(
            f"{path}: the workspace file is damaged ({text}); restore a backup copy{where} "
            "with File › Restore from backup… or `backup restore`"
        )
    return WorkspaceError(f"{path}: database error: {text}")


def is_user_facing(exc: BaseException) -> bool:
    """A database error a person can cause or mend (lock, damage, disk), not a bug."""
    if isinstance(exc, ProgrammingError) and getattr(exc.orig, "sqlstate", None) == "42501":
        return True  # a team workspace's role lacks the privilege: the person can ask
    return isinstance(exc, DatabaseError) and not isinstance(exc, IntegrityError | ProgrammingError)


def explain(path: Path, exc: Exception) -> str:
    return str(failure(path, exc))
