"""A command-line call waits its turn for another program's write lock.

The window gives up after 5 seconds (a click must not hang); a script's call, often
one of several at once on a busy machine, waits up to a minute instead of failing
with "locked by another program".
"""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

from reviewer.workspace import Workspace
from tests.conftest import FIXTURES

REPO = Path(__file__).resolve().parents[2]
HELD_S = 12  # well past the window's 5-second wait, however slowly the call starts


def test_a_cli_call_outwaits_a_lock_held_longer_than_the_windows_wait(tmp_path):
    path = tmp_path / "w.sqlite"
    with Workspace.open(path, "setup") as ws:
        [done], _ = ws.import_files([FIXTURES / "cango" / "cango-upr4-submission.md"])
        first = ws.document(done.document_id).paragraphs[0].id
    holder = sqlite3.connect(path, timeout=1, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # another program writing, for a while
    argv = [sys.executable, "-m", "reviewer", "--workspace", str(path), "tag", "add"]
    argv += ["--paragraph", str(first), "urgent", "--json"]
    env = dict(os.environ, PYTHONPATH=str(REPO))
    proc = subprocess.Popen(
        argv, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=env, text=True
    )
    try:
        time.sleep(HELD_S)
        assert proc.poll() is None, proc.communicate()  # still waiting, not failed
    finally:
        holder.rollback()
        holder.close()
    out, err = proc.communicate(timeout=120)
    assert proc.returncode == 0, err
    assert err == ""
    assert json.loads(out)
    with Workspace.open(path) as ws:
        assert [t.name for t in ws.tags()] == ["urgent"]


def test_the_longer_wait_stays_with_the_command_lines_workspace(tmp_path, capsys):
    """A script calling the CLI in its own process keeps the window's 5 s for the
    workspaces it opens itself afterwards."""
    from tests.core.cli_helpers import cli

    path = tmp_path / "w.sqlite"
    code, _, err = cli(capsys, path, "tag", "list")
    assert code == 0, err
    with Workspace.open(path) as ws, ws.read() as s:
        assert s.connection().exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
