"""Backup copies: made, listed, rotated and restored, from the API and the CLI."""

import sqlite3
from pathlib import Path

import pytest

from reviewer.storage import owners
from reviewer.storage.backup import BackupError
from reviewer.storage.db import alembic_config, head_revision
from reviewer.workspace import Workspace
from tests.conftest import FIXTURES
from tests.core.cli_helpers import cli

CANGO_MD = FIXTURES / "cango" / "cango-upr4-submission.md"
PROBE = Path(__file__).parent / "migration_probe"


@pytest.fixture
def workspace(tmp_path):
    path = tmp_path / "w.sqlite"
    with Workspace.open(path, author="Ana") as ws:
        ws.import_files([CANGO_MD])
        pid = ws.document(1).paragraphs[1].id
        ws.add_tag(pid, "women")
        ws.add_note(pid, "first note")
    return path


def test_cli_create_list_restore(capsys, workspace):
    code, made, _ = cli(capsys, workspace, "backup", "create")
    assert code == 0 and made["reason"] == "manual"
    assert Path(made["file"]).parent.name == "w.sqlite.backups"
    assert (made["documents"], made["paragraphs"], made["links"], made["notes"]) == (1, 16, 11, 1)
    code, _, _ = cli(capsys, workspace, "note", "add", "--paragraph", "2", "second note")
    assert code == 0
    code, listed, _ = cli(capsys, workspace, "backup", "list")
    assert code == 0 and [b["n"] for b in listed] == [1]
    assert set(listed[0]) >= {"file", "created", "reason", "documents", "paragraphs", "notes"}
    code, restored, _ = cli(capsys, workspace, "backup", "restore", "1")
    assert code == 0 and restored["restored"] == made["file"]
    code, notes, _ = cli(capsys, workspace, "note", "list")
    assert [n["text"] for n in notes] == ["first note"]
    code, listed, _ = cli(capsys, workspace, "backup", "list")
    assert [b["reason"] for b in listed] == ["before-restore", "manual"]
    assert listed[0]["notes"] == 2  # what was there before the restore is kept


def test_cli_errors_are_one_line_and_change_nothing(capsys, workspace, tmp_path):
    code, _, err = cli(capsys, workspace, "backup", "restore", "3")
    assert code == 1 and "no backup copy number 3" in err
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"SQLite format 3\x00" + b"\x00" * 5000)
    code, _, err = cli(capsys, workspace, "backup", "restore", str(junk))
    assert code == 1 and len(err.strip().splitlines()) == 1 and "cannot be read" in err
    with Workspace.open(workspace) as ws:
        assert [n.body for n in ws.notes()] == ["first note"] and ws.backups() == []


def test_rotation_keeps_the_newest(workspace):
    with Workspace.open(workspace) as ws:
        ws.backup_keep = 3
        made = [ws.backup(f"r{i}") for i in range(5)]
        assert [b.file for b in ws.backups()] == made[:1:-1]


def test_a_damaged_copy_is_refused_and_the_workspace_stays(workspace):
    with Workspace.open(workspace) as ws:
        copy = ws.backup()
        data = bytearray(copy.read_bytes())
        data[4096 * 3 : 4096 * 3 + 2000] = b"\xff" * 2000
        copy.write_bytes(bytes(data))
        with pytest.raises(BackupError, match="damaged|cannot be read"):
            ws.restore(copy)
        assert [n.body for n in ws.notes()] == ["first note"]


def test_a_copy_from_a_newer_program_is_refused(workspace):
    with Workspace.open(workspace) as ws:
        copy = ws.backup()
        con = sqlite3.connect(copy)
        con.execute("UPDATE alembic_version SET version_num = '9999_future'")
        con.commit()
        con.close()
        with pytest.raises(BackupError, match="newer version"):
            ws.restore(copy)


def test_an_upgrade_is_preceded_by_a_copy(workspace):
    owner = owners.acquire(workspace, alembic_config(PROBE))
    try:
        assert owner.backup is not None and owner.backup.exists()
        head = head_revision()
        assert owner.backup.name.endswith(f"-before-upgrade-{head}.sqlite")
        con = sqlite3.connect(owner.backup)
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == head
        assert con.execute("SELECT count(*) FROM note").fetchone()[0] == 1
        con.close()
    finally:
        owners.release(workspace)


def test_the_newest_copy_time_comes_from_its_name(workspace):
    with Workspace.open(workspace) as ws:
        assert ws.last_backup_time() is None
        made = ws.backup("daily")
        assert ws.last_backup_time() == ws.backups()[0].created
        assert made.name.startswith(f"w-{ws.last_backup_time():%Y%m%d-%H%M%S}")


def test_a_copy_is_made_beside_a_write_under_way_and_holds_what_was_committed(workspace):
    """The copy reads one snapshot: a write of this process under way neither waits
    for it nor is waited for (a daily copy of a large workspace used to hold the
    window's next write until it was done), and it is not in the copy."""
    import threading

    from reviewer.storage.models import Note

    with Workspace.open(workspace, author="Ana") as ws:
        inside, release, copied = threading.Event(), threading.Event(), []
        pid = ws.document(1).paragraphs[2].id

        def write():
            with ws.store.write() as s:
                s.add(Note(paragraph_id=pid, body="written during the copy", author="Ana"))
                s.flush()
                inside.set()
                release.wait(30)

        writer = threading.Thread(target=write)
        writer.start()
        assert inside.wait(30)
        try:
            copied.append(ws.backup("manual"))  # the write transaction is still open
        finally:
            release.set()
            writer.join(30)
        assert len(ws.notes(pid)) == 1  # the write landed after the copy
        with sqlite3.connect(copied[0]) as con:
            bodies = [b for (b,) in con.execute("SELECT body FROM note")]
        assert bodies == ["first note"]
