"""Copying a workspace to another engine: ``copy --to FILE_OR_URL``.

A laptop's workspace file to the team's PostgreSQL database, or a snapshot of the
team database to a file.  Every row of every table of the schema goes across as it
is: the same ids, uids, authors and timestamps, so work on the copy can later be
merged back (``reviewer.workspace.merge``) and names the same rows.

The target must be empty: a new file, an empty workspace, or a database with no
rows.  Anything else is refused with the reason before anything is written to it.
It is opened as any workspace is (``Workspace.open``: the schema made at the
program's head), then filled in one write transaction, the tables in the order of
their foreign keys, in chunks: either all of it lands or none of it does.  The
search index follows by itself (SQLite's FTS5 triggers, PostgreSQL's
``paragraph.search`` trigger); on PostgreSQL each table's id sequence is moved past
the copied ids afterwards.

The source is read in one snapshot (PostgreSQL: a REPEATABLE READ transaction), so a
colleague saving during the copy never leaves it half of two states.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, Table, bindparam, func, insert, select, text, update
from sqlalchemy.orm import Session

from reviewer.errors import WorkspaceError
from reviewer.storage import owners
from reviewer.storage import server as team
from reviewer.storage.db import BUSY_TIMEOUT_MS
from reviewer.storage.models import Base
from reviewer.workspace.api import Workspace

CHUNK = 2000  # rows per INSERT batch
# rows done, rows in all, the table being copied; False (a window's cancel) stops it
Progress = Callable[[int, int, str], object]


@dataclass(frozen=True)
class CopyReport:
    source: str  # where from (a path, or a URL without its password)
    target: str  # where to
    rows: dict[str, int] = field(default_factory=dict)  # rows copied, per table

    @property
    def total(self) -> int:
        return sum(self.rows.values())

    def as_dict(self) -> dict[str, Any]:
        return {"source": self.source, "target": self.target, "rows": dict(self.rows),
                "total": self.total}  # fmt: skip


def tables() -> list[Table]:
    """The schema's tables, each after those it refers to."""
    return list(Base.metadata.sorted_tables)


def where_of(location: str | Path) -> str | Path:
    """A URL (stripped) or a file's Path, as ``Workspace.open`` takes it."""
    if team.is_server_url(location):
        return str(location).strip()
    return Path(location).expanduser()


def shown(location: str | Path) -> str:
    return team.redact(str(location)) if team.is_server_url(location) else str(location)


def same_place(a: str | Path, b: str | Path) -> bool:
    return owners.file_key(a) == owners.file_key(b)


@contextlib.contextmanager
def snapshot(engine: Engine) -> Iterator[Connection]:
    """One read transaction over ``engine`` that sees one state of the database."""
    with engine.connect() as conn:
        if engine.dialect.name == "postgresql":
            conn.execution_options(isolation_level="REPEATABLE READ", postgresql_readonly=True)
        with conn.begin():
            yield conn


def row_counts(conn: Connection | Session) -> dict[str, int]:
    return {
        t.name: conn.execute(select(func.count()).select_from(t)).scalar_one() for t in tables()
    }


# ------------------------------------------------------------------- is the target empty


def _file_rows(path: Path) -> int:
    """Rows in the schema's tables of an SQLite file (0: none, or no such tables).

    Read through SQLite, without writing; only for a file this process has not open
    (a second owner of its locks would drop the first's: ``reviewer.storage.db``)."""
    names = set(Base.metadata.tables)
    try:
        con = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)
    except sqlite3.Error:
        return 0  # opening it says what is wrong
    try:
        present = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
        return sum(
            con.execute(f'SELECT count(*) FROM "{t}"').fetchone()[0] for t in names & present
        )
    except sqlite3.DatabaseError:
        return 0  # not a database: opening it says so
    finally:
        con.close()


def _server_rows(url: str, password: str | None) -> int:
    engine = team.make_server_engine(url, password)
    try:
        state = team.inspect_server(engine, team.redact(url))
        ours = set(Base.metadata.tables) & state.tables
        with engine.connect() as conn:
            return sum(conn.execute(text(f'SELECT count(*) FROM "{t}"')).scalar_one() for t in ours)
    except WorkspaceError:
        raise
    except Exception as exc:
        raise team.server_failure(team.redact(url), exc) from exc
    finally:
        engine.dispose()


def _refuse_nonempty(where: str | Path, rows: int) -> None:
    if rows:
        raise WorkspaceError(
            f"{shown(where)}: this workspace is not empty ({rows} rows); a copy goes only "
            "to a new file or an empty database, and nothing was changed. Choose a new "
            "file name, or an empty database"
        )


def check_target(where: str | Path, password: str | None = None) -> None:
    """WorkspaceError unless ``where`` may receive a copy; reads only."""
    if isinstance(where, Path):
        if where.is_dir():
            raise WorkspaceError(f"{where}: this is a folder; give the new file's name")
        if where.exists() and not owners.is_open(where):
            _refuse_nonempty(where, _file_rows(where))
    elif not owners.is_open(where):
        _refuse_nonempty(where, _server_rows(where, password))


# ----------------------------------------------------------------------------- copying


def copy_workspace(
    ws: Workspace,
    target: str | Path,
    password: str | None = None,
    progress: Progress | None = None,
) -> CopyReport:
    """Copy every row of ``ws`` to ``target`` (a new file, or an empty workspace file
    or database); the rows copied per table.  WorkspaceError, with the target left as
    it was, when it is not empty or cannot be written."""
    where = where_of(target)
    if same_place(where, ws.location if ws.server else ws.path):
        raise WorkspaceError(f"{shown(where)}: this is the workspace itself; choose another place")
    check_target(where, password)
    made = isinstance(where, Path) and not where.exists()
    try:
        dest = Workspace.open(where, ws.author, password)
    except BaseException:
        if made:
            _remove_file(Path(where))
        raise
    try:
        with dest.read() as s:
            _refuse_nonempty(where, sum(row_counts(s).values()))
        rows = _copy_rows(ws.engine, dest, progress)
        dest.index_pending()  # the copy searchable when it is opened, as the original
    except BaseException:
        dest.close()
        if made:
            _remove_file(Path(where))
        raise
    dest.close()
    return CopyReport(ws.location, dest.location, rows)


def _copy_rows(source: Engine, dest: Workspace, progress: Progress | None) -> dict[str, int]:
    done: dict[str, int] = {}
    with snapshot(source) as src, dest.write() as s:
        total = sum(row_counts(src).values())
        n = 0
        for table in tables():
            done[table.name] = 0
            # a reference to a row of the same table (a paragraph's previous version's,
            # a tag's group) is set once every row of it is there
            own = [c for c in table.c if any(fk.column.table is table for fk in c.foreign_keys)]
            later: dict[str, list[dict[str, Any]]] = {c.name: [] for c in own}
            order = list(table.primary_key.columns)
            result = src.execution_options(yield_per=CHUNK).execute(select(table).order_by(*order))
            for part in result.partitions():
                rows = [dict(r._mapping) for r in part]
                for row in rows:
                    for c in own:
                        if row[c.name] is not None:
                            later[c.name].append({"row_id": row["id"], "value": row[c.name]})
                            row[c.name] = None
                s.execute(insert(table), rows)
                done[table.name] += len(rows)
                n += len(rows)
                if progress is not None and progress(n, total, table.name) is False:
                    raise WorkspaceError("the copy was cancelled; nothing was copied")
            for name, values in later.items():
                if values:
                    s.execute(
                        update(table)
                        .where(table.c.id == bindparam("row_id"))
                        .values({name: bindparam("value")}),
                        values,
                    )
        if s.get_bind().dialect.name == "postgresql":
            _move_sequences(s)
    return done


def _move_sequences(s: Session) -> None:
    """Each table's id sequence past the ids copied in (PostgreSQL).

    ``setval`` needs the sequence's UPDATE privilege, which only the database's
    owner has (the team's roles may use sequences, not set them); another login
    draws the sequence on to the largest id, which USAGE allows."""
    for table in tables():
        if "id" not in table.c or not table.c.id.primary_key:
            continue
        name = table.name
        seq = s.execute(text(f"SELECT pg_get_serial_sequence('\"{name}\"', 'id')")).scalar()
        if seq is None:
            continue
        largest = s.execute(text(f'SELECT max(id) FROM "{name}"')).scalar()
        if largest is None:
            continue
        if s.execute(text("SELECT has_sequence_privilege(:q, 'UPDATE')"), {"q": seq}).scalar():
            s.execute(text("SELECT setval(CAST(:q AS regclass), :n)"), {"q": seq, "n": largest})
        else:
            s.execute(
                text("SELECT count(nextval(CAST(:q AS regclass))) FROM generate_series(1, :n)"),
                {"q": seq, "n": largest},
            )


def _remove_file(path: Path) -> None:
    """A workspace file this copy made, with its journal, when the copy failed."""
    if owners.is_open(path):
        return  # somebody in this process uses it now: not ours to remove
    for p in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        with contextlib.suppress(OSError):
            p.unlink()
