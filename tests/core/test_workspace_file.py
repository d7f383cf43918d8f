"""The workspace file itself: one owner per process, foreign and half-made files,
damage, and writers in other processes that must never lose what was committed."""

import sqlite3
import subprocess
import sys

import pytest

from reviewer.storage import owners
from reviewer.storage.db import WorkspaceError, head_revision
from reviewer.storage.fts import FTS_V1_CREATE
from reviewer.workspace import Workspace
from tests.conftest import FIXTURES, integrity

CANGO_MD = FIXTURES / "cango" / "cango-upr4-submission.md"


def cli(workspace, *args) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "reviewer", "--workspace", str(workspace), *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_one_engine_per_file_per_process(tmp_path):
    path = tmp_path / "w.sqlite"
    first = Workspace.open(path, author="a")
    second = Workspace.open(tmp_path / "." / "w.sqlite", author="b")
    assert second.engine is first.engine
    second.close()
    second.close()  # closing twice is harmless and does not release the first's share
    assert owners.is_open(path)
    assert first.create_tag("still open").name == "still open"
    first.close()
    assert not owners.is_open(path)


def test_reopening_in_process_keeps_sqlite_locks_for_other_processes(tmp_path):
    """The window used to open and close a second Workspace (import, Export dialog).

    That closed a descriptor of the file outside SQLite, which drops the process's
    POSIX locks; a CLI call then checkpointed and deleted the WAL under the window:
    9 of 10 CLI notes lost.  Now every write of both sides is there.
    """
    path = tmp_path / "w.sqlite"
    window = Workspace.open(path, author="window")
    window.import_files([CANGO_MD])
    para = window.document(1).paragraphs[1].id
    mine = []
    for i in range(5):
        Workspace.open(path, author="dialog").close()  # what Export used to do
        done = cli(path, "note", "add", "--paragraph", str(para), f"cli note {i}")
        assert done.returncode == 0, done.stderr
        mine.append(window.add_note(para, f"window note {i}").body)
        window.add_tag(para, f"tag {i}")
    window.close()
    with Workspace.open(path) as ws:
        bodies = {n.body for n in ws.notes(para)}
        assert bodies == {f"cli note {i}" for i in range(5)} | set(mine)
        assert {t.name for t in ws.tags()} == {f"tag {i}" for i in range(5)}
    assert integrity(path) == "ok"


def _foreign(path):
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE contacts (name TEXT, email TEXT)")
    con.execute("INSERT INTO contacts VALUES ('Ana', 'ana@example.org')")
    con.commit()
    con.close()


def test_another_programs_sqlite_file_is_refused_untouched(tmp_path):
    path = tmp_path / "addresses.sqlite"
    _foreign(path)
    before = path.read_bytes()
    with pytest.raises(WorkspaceError, match="belongs to another program.*untouched"):
        Workspace.open(path)
    assert path.read_bytes() == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["addresses.sqlite"]
    code = cli(path, "documents", "--json")
    assert code.returncode == 1 and "another program" in code.stderr
    assert len(code.stderr.strip().splitlines()) == 1
    assert path.read_bytes() == before


def _half_created(path, rows: bool):
    """What a kill during creation left with the old, non-transactional DDL."""
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE alembic_version (version_num VARCHAR(32) NOT NULL PRIMARY KEY)")
    con.execute(
        "CREATE TABLE document (id INTEGER NOT NULL PRIMARY KEY, uid VARCHAR(32), "
        "title TEXT, kind VARCHAR(32))"
    )
    con.execute("CREATE TABLE paragraph (id INTEGER NOT NULL PRIMARY KEY, text TEXT)")
    for stmt in FTS_V1_CREATE:
        con.execute(stmt)
    if rows:
        con.execute("INSERT INTO document (uid, title, kind) VALUES ('x', 'kept', 'other')")
    con.commit()
    con.close()


def test_a_half_created_file_is_rebuilt_with_a_notice(tmp_path):
    path = tmp_path / "w.sqlite"
    _half_created(path, rows=False)
    with pytest.raises(sqlite3.OperationalError, match="already exists"):
        con = sqlite3.connect(path)
        con.execute("CREATE TABLE document (id INTEGER)")  # what used to fail forever
    con.close()
    with Workspace.open(path) as ws:
        assert "half-created" in ws.notice and "created again" in ws.notice
        assert ws.import_files([CANGO_MD])[0][0].paragraphs == 16
    assert integrity(path) == "ok"
    with Workspace.open(path) as ws:
        assert ws.notice is None and len(ws.documents()) == 1


def test_a_half_created_file_holding_rows_is_left_alone(tmp_path):
    path = tmp_path / "w.sqlite"
    _half_created(path, rows=True)
    before = path.read_bytes()
    with pytest.raises(WorkspaceError, match="interrupted.*1 rows.*untouched"):
        Workspace.open(path)
    assert path.read_bytes() == before


@pytest.mark.parametrize("stop_after", [1, 2, 5, 9, 14])
def test_files_half_created_by_the_old_version_are_rebuilt(tmp_path, stop_after):
    """The old engine: pysqlite's legacy mode, no BEGIN before DDL, killed midway."""
    from alembic import command
    from sqlalchemy import create_engine, event

    from reviewer.storage.db import alembic_config

    path = tmp_path / "w.sqlite"
    engine = create_engine(f"sqlite:///{path}")
    created = []

    def stop(conn, cursor, statement, *args):
        if statement.lstrip().upper().startswith("CREATE"):
            created.append(statement)
            if len(created) > stop_after:
                raise KeyboardInterrupt  # the kill

    event.listen(engine, "before_cursor_execute", stop)
    cfg = alembic_config()
    with pytest.raises(KeyboardInterrupt), engine.connect() as conn:
        cfg.attributes["connection"] = conn
        command.upgrade(cfg, "head")
    engine.dispose()
    con = sqlite3.connect(path)
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert con.execute("SELECT count(*) FROM alembic_version").fetchone()[0] == 0
    con.close()
    assert "alembic_version" in tables and "note" not in tables  # half there, for good
    with Workspace.open(path) as ws:
        assert "created again" in ws.notice
        assert ws.import_files([CANGO_MD])[0][0].links == 11
    assert integrity(path) == "ok"


def test_creation_is_one_transaction(tmp_path):
    """Every table, index, trigger and the version row appear together."""
    path = tmp_path / "w.sqlite"
    statements = []
    import reviewer.storage.db as db

    engine = db.make_engine(path)

    def log(conn, cursor, statement, *args):
        statements.append(statement.split()[0].upper())

    from sqlalchemy import event

    event.listen(engine, "before_cursor_execute", log)
    db.migrate(engine, path, db.alembic_config(), None)
    engine.dispose()
    work = [s for s in statements if s not in ("PRAGMA",)]
    assert work[0] == "BEGIN" and work[-1] != "BEGIN"
    assert work.count("BEGIN") == 1 and "COMMIT" not in work  # SQLAlchemy commits via the DBAPI
    con = sqlite3.connect(path)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head_revision()
    con.close()


def test_a_damaged_workspace_says_restore_a_backup_and_names_it(tmp_path):
    path = tmp_path / "w.sqlite"
    with Workspace.open(path) as ws:
        ws.import_files([CANGO_MD])
        copy = ws.backup("before-damage")
    data = bytearray(path.read_bytes())
    page = 4096
    for offset in range(2 * page, len(data) - page, page):  # wreck every page past the second
        data[offset + 10 : offset + 400] = b"\xa5" * 390
    path.write_bytes(bytes(data))
    with pytest.raises(WorkspaceError) as err:
        with Workspace.open(path) as ws:
            ws.documents()
            ws.search("South-South")
    message = str(err.value)
    assert "damaged" in message and "restore a backup copy" in message
    assert str(copy) in message
    assert "Traceback" not in message and "sqlalche.me" not in message
    done = cli(path, "search", "South-South")
    assert done.returncode == 1
    assert "restore a backup copy" in done.stderr and len(done.stderr.strip().splitlines()) == 1


def test_a_file_that_is_not_sqlite_is_refused_in_one_line(tmp_path):
    path = tmp_path / "w.sqlite"
    path.write_bytes(b"PK\x03\x04 this is a zip, not a workspace" * 100)
    before = path.read_bytes()
    done = cli(path, "documents")
    assert done.returncode == 1 and "not a UPR Reviewer workspace" in done.stderr
    assert len(done.stderr.strip().splitlines()) == 1 and path.read_bytes() == before
