"""kill -9 at random points of workspace creation and of a migration: every file opens.

Each trial forks a child that creates (or upgrades) a workspace and kills it with
SIGKILL after a random delay drawn from the measured duration of the work, so the
kills land before, during and after the DDL.  Before transactions covered DDL, 20 of
30 killed creations left files that could never be opened again.
"""

import os
import random
import shutil
import signal
import sqlite3
import sys
import time
from pathlib import Path

import pytest

from reviewer.storage import owners
from reviewer.storage.db import alembic_config, head_revision
from reviewer.workspace import Workspace
from tests.conftest import FIXTURES, integrity

pytestmark = [
    pytest.mark.skipif(sys.platform == "win32", reason="needs fork and SIGKILL"),
    pytest.mark.slow,
]

TRIALS = 30
PROBE = Path(__file__).parent / "migration_probe"


def _run_killed(work, delay: float) -> int:
    """Fork; the child does ``work`` and exits 0; the parent kills it after ``delay``."""
    pid = os.fork()
    if pid == 0:  # the child: never return into pytest
        code = 1
        try:
            work()
            code = 0
        finally:
            os._exit(code)
    time.sleep(delay)
    try:
        os.kill(pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    _, status = os.waitpid(pid, 0)
    return status


def _timed(work) -> float:
    start = time.perf_counter()
    work()
    return time.perf_counter() - start


def _counts(path: Path) -> dict[str, int]:
    con = sqlite3.connect(path)
    try:
        return {
            t: con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
            for t in ("document", "paragraph", "link", "tag", "paragraph_tag", "note")
        }
    finally:
        con.close()


def test_kill_during_creation_never_leaves_an_unopenable_file(tmp_path):
    def create(path):
        return lambda: Workspace.open(path).close()

    _timed(create(tmp_path / "warm-up.sqlite"))  # modules loaded, as the forked children have
    took = _timed(create(tmp_path / "measure.sqlite"))
    rng = random.Random(20261201)
    killed_midway = 0
    for i in range(TRIALS):
        path = tmp_path / f"w{i}.sqlite"
        status = _run_killed(create(path), rng.uniform(0, took * 1.3))
        killed_midway += os.WIFSIGNALED(status)
        with Workspace.open(path) as ws:  # opens, whatever the kill left
            assert ws.documents() == []
            assert ws.create_tag("after the kill").name == "after the kill"
        assert integrity(path) == "ok"
    assert killed_midway >= TRIALS // 3  # most kills really interrupted the work


def test_kill_during_a_migration_keeps_the_workspace_whole(tmp_path):
    base = tmp_path / "base.sqlite"
    with Workspace.open(base, author="Ana") as ws:
        ws.import_files(
            [FIXTURES / "cango" / "cango-upr4-submission.md"]
            + sorted((FIXTURES / "context").glob("*.txt"))
        )
        paras = [p.id for d in ws.documents() for p in ws.document(d.id).paragraphs]
        for pid in paras[::3]:
            ws.add_tag(pid, "women")
            ws.add_note(pid, f"note on {pid}")
    before = _counts(base)
    assert before["note"] > 10 and before["link"] == 11
    probe = alembic_config(PROBE)
    probe_head = head_revision(probe)
    assert probe_head == "probe_9001"

    def upgrade(path):
        return lambda: owners.release(owners.acquire(path, probe).engine and path)

    measure = tmp_path / "measure.sqlite"
    shutil.copy(base, measure)
    took = _timed(upgrade(measure))
    assert _counts(measure) == before

    rng = random.Random(7)
    outcomes = {"old": 0, "new": 0}
    for i in range(TRIALS):
        path = tmp_path / f"m{i}.sqlite"
        shutil.copy(base, path)
        _run_killed(upgrade(path), rng.uniform(0, took * 1.3))
        assert integrity(path) == "ok"
        con = sqlite3.connect(path)
        revision = con.execute("SELECT version_num FROM alembic_version").fetchone()[0]
        con.close()
        outcomes["new" if revision == probe_head else "old"] += 1
        assert revision in (head_revision(), probe_head)  # never anything in between
        assert _counts(path) == before
        opened = owners.acquire(path, probe)  # finishes the upgrade if the kill stopped it
        owners.release(path)
        assert opened.engine is not None and _counts(path) == before
    assert outcomes["old"] >= 1  # some kills really landed before the commit
