"""Team workspaces in the window's tests: a colleague in another process, the roles,
a login that needs a password, windows opened the way the program opens them."""

from __future__ import annotations

import os
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

from reviewer.storage.roles import team_sql
from ui.app import Launcher

ROOT = Path(__file__).resolve().parents[2]

# what a colleague does, in a process of their own (the window hears of it as of any
# other program's write: LISTEN/NOTIFY on a server, PRAGMA data_version on a file)
COLLEAGUE = """
import sys
from reviewer.workspace import Workspace
where, author, action, *args = sys.argv[1:]
with Workspace.open(where, author) as ws:
    if action == "tag":
        ws.add_tag(int(args[0]), args[1])
    elif action == "note":
        ws.add_note(int(args[0]), args[1])
    elif action == "edit":
        row = ws.update_note(int(args[0]), args[1], base_revision=int(args[2]))
        assert row.kept_beside is None, row
    elif action == "import":
        ws.import_file(args[0])
    else:
        raise SystemExit(f"no such action: {action}")
"""


def colleague(where, action: str, *args, author: str = "Mei Lin") -> None:
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    subprocess.run(
        [sys.executable, "-c", COLLEAGUE, str(where), author, action, *map(str, args)],
        cwd=ROOT, env=env, check=True, capture_output=True, text=True, timeout=180,
    )  # fmt: skip


def database_of(url: str) -> str:
    return url.rsplit("/", 1)[1].split("?")[0]


def login_with(pg_cluster, url: str, group: str) -> str:
    """The URL of a new login in ``group`` (upr_readers, upr_reviewers, upr_editors) on
    the database of ``url``, whose schema exists: the roles made by ``team_sql``."""
    db = database_of(url)
    pg_cluster.sql(team_sql(), db)
    name = "u_" + uuid.uuid4().hex[:10]
    pg_cluster.sql(f"CREATE ROLE {name} LOGIN")
    pg_cluster.sql(f"GRANT {group} TO {name}")
    return pg_cluster.url(db, user=name)


@pytest.fixture
def password_login(pg_cluster):
    """(name, password) of a login the server asks a password of (scram-sha-256 from
    127.0.0.1, a line of pg_hba.conf for it alone), put back afterwards."""
    import psycopg

    name, password = "pw_" + uuid.uuid4().hex[:8], "s3cret-" + uuid.uuid4().hex[:6]
    pg_cluster.sql(f"CREATE ROLE {name} LOGIN SUPERUSER PASSWORD '{password}'")
    hba = pg_cluster.folder / "data" / "pg_hba.conf"
    before = hba.read_text()
    hba.write_text(f"host all {name} 127.0.0.1/32 scram-sha-256\n{before}")
    pg_cluster.sql("SELECT pg_reload_conf()")
    deadline = time.monotonic() + 10
    while time.monotonic() < deadline:  # the server reads the file again on its own time
        try:
            psycopg.connect(pg_cluster.url("postgres", user=name), connect_timeout=5).close()
        except psycopg.OperationalError:
            break
        time.sleep(0.05)
    else:
        raise AssertionError("the server did not start asking for the password")
    yield name, password
    hba.write_text(before)
    pg_cluster.sql("SELECT pg_reload_conf()")


@pytest.fixture
def launcher(qtbot, settings):
    """Opens windows as the program does (File › Open and Connect switch through it)."""
    opened = Launcher(settings, "Ana Tester", interactive=False)
    yield opened
    for w in opened.windows:
        if w.importer.busy:
            qtbot.waitUntil(lambda w=w: not w.importer.busy, timeout=60_000)
        if w.isVisible():
            w.close()
        w.deleteLater()


def live_windows(launcher) -> list:
    return [w for w in launcher.windows if w.isVisible()]
