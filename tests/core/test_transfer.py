"""``copy --to``: a workspace to another engine, every row as it was.

A file with a person's work on real documents is copied to a PostgreSQL database
and back to a new file: every table reads the same in all three, search finds the
same paragraphs, and new rows on the copy get ids past the copied ones.  A target
holding rows is refused with nothing changed.
"""

from __future__ import annotations

import sqlite3

import pytest

from reviewer.workspace import Workspace, WorkspaceError, copy_workspace
from tests.core.transfer_helpers import CANGO_MD, dump, worked


def hits(ws: Workspace, words: str) -> list[int]:
    return sorted(h.paragraph_id for h in ws.search(words, limit=500))


def test_file_to_server_to_file_keeps_every_row(tmp_path, pg_url):
    source = Workspace.open(tmp_path / "laptop.sqlite", "Ana")
    ids = worked(source, tmp_path)
    before = dump(source)
    assert all(before[t] for t in ("history", "passage_tag", "note", "check_dismissal"))
    steps: list[tuple[int, int, str]] = []

    report = copy_workspace(source, pg_url, progress=lambda d, t, w: steps.append((d, t, w)))
    assert report.rows == {t: len(rows) for t, rows in before.items()}
    assert steps and steps[-1][0] == steps[-1][1] == report.total
    team = Workspace.open(pg_url, "Ben")
    assert team.server
    assert dump(team) == before
    for words in ("CANGO", "gender equality", '"climate change"', "educat*"):
        assert hits(team, words) == hits(source, words) != []

    back = copy_workspace(team, tmp_path / "snapshot.sqlite")
    assert back.rows == report.rows
    snapshot = Workspace.open(tmp_path / "snapshot.sqlite", "Cy")
    assert dump(snapshot) == before
    assert hits(snapshot, "CANGO") == hits(source, "CANGO")

    # new rows continue after the copied ids, on the server and in the file
    for ws in (team, snapshot):
        note = ws.add_note(ids["p"], "after the copy")
        assert note.id > max(r[0] for r in before["note"])
        done = ws.import_file(CANGO_MD)
        assert done.document_id > max(r[0] for r in before["document"])
    for ws in (source, team, snapshot):
        ws.close()


def test_server_to_file_then_back_to_an_empty_database(tmp_path, pg_cluster):
    first = pg_cluster.url(pg_cluster.new_database())
    team = Workspace.open(first, "Ana")
    worked(team, tmp_path)
    before = dump(team)
    copy_workspace(team, tmp_path / "laptop.sqlite")
    laptop = Workspace.open(tmp_path / "laptop.sqlite", "Ana")
    second = pg_cluster.url(pg_cluster.new_database())
    copy_workspace(laptop, second)
    again = Workspace.open(second, "Ana")
    assert dump(laptop) == before == dump(again)
    for ws in (team, laptop, again):
        ws.close()


def test_a_target_holding_rows_is_refused_and_left_alone(tmp_path, location):
    source = Workspace.open(tmp_path / "source.sqlite", "Ana")
    source.import_file(CANGO_MD)
    target = Workspace.open(location, "Ben")
    doc = target.document(target.import_file(CANGO_MD).document_id)
    assert doc is not None
    target.add_tag(doc.paragraphs[0].id, "mine")
    before = dump(target)
    target.close()  # refused whether or not it is open in this process
    with pytest.raises(WorkspaceError, match="not empty.*nothing was changed"):
        copy_workspace(source, location)
    again = Workspace.open(location, "Ben")
    with pytest.raises(WorkspaceError, match="not empty"):
        copy_workspace(source, location)  # and while it is open
    assert dump(again) == before
    again.close()
    source.close()


def test_an_empty_workspace_receives_a_copy(tmp_path, location):
    source = Workspace.open(tmp_path / "source.sqlite", "Ana")
    source.import_file(CANGO_MD)
    Workspace.open(location, "Ben").close()  # made, empty
    copy_workspace(source, location)
    with Workspace.open(location) as copy:
        assert dump(copy) == dump(source)
    source.close()


def test_a_cancelled_copy_leaves_no_file(tmp_path):
    source = Workspace.open(tmp_path / "source.sqlite", "Ana")
    source.import_file(CANGO_MD)
    target = tmp_path / "copy.sqlite"
    with pytest.raises(WorkspaceError, match="cancelled"):
        copy_workspace(source, target, progress=lambda done, total, table: table != "paragraph")
    assert not target.exists() and not (tmp_path / "copy.sqlite-wal").exists()
    source.close()


def test_bad_targets_say_why(tmp_path):
    source = Workspace.open(tmp_path / "source.sqlite", "Ana")
    source.import_file(CANGO_MD)
    with pytest.raises(WorkspaceError, match="the workspace itself"):
        copy_workspace(source, tmp_path / "source.sqlite")
    with pytest.raises(WorkspaceError, match="folder"):
        copy_workspace(source, tmp_path)
    foreign = tmp_path / "other.sqlite"
    con = sqlite3.connect(foreign)
    con.execute("CREATE TABLE mine (x)")
    con.execute("INSERT INTO mine VALUES (1)")
    con.commit()
    con.close()
    with pytest.raises(WorkspaceError, match="another program"):
        copy_workspace(source, foreign)
    assert foreign.exists()  # not ours to remove
    source.close()
