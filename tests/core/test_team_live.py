"""A team workspace hears of colleagues' changes (LISTEN/NOTIFY) and not of its own,
and keeps listening after its connection is lost."""

import subprocess
import sys
import time

from reviewer.workspace import Workspace
from tests.conftest import FIXTURES

CANGO = FIXTURES / "cango" / "cango-upr4-submission.md"


def _colleague(url: str, *args: str) -> None:
    """The command line in another process, as a colleague's program."""
    done = subprocess.run(
        [sys.executable, "-m", "reviewer", "--workspace", url, "--author", "Mei Lin", *args],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr


def _heard(ws, seconds: float = 5.0) -> bool:
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        if ws.external_change():
            return True
        time.sleep(0.05)
    return False


def test_a_colleagues_change_is_heard_and_ones_own_is_not(pg_url):
    with Workspace.open(pg_url, author="Ana") as ws:
        ws.import_file(CANGO)
        pid = ws.documents()[0].id
        para = ws.document(pid).paragraphs[3].id
        assert not ws.external_change()  # its own import
        ws.add_tag(para, "Torture")
        assert not ws.external_change()
        _colleague(pg_url, "tag", "add", "--paragraph", str(para), "Education")
        assert _heard(ws)
        assert "Education" in {t.name for t in ws.tags()}
        assert not ws.external_change()  # heard once
        # what it touched, so the window refreshes that: tags (and the history), no more
        heard = ws.external_changes()
        assert heard.tags and heard.touches(para)
        assert not (heard.documents or heard.links or heard.notes or heard.registry)
        assert not ws.external_changes()  # taken


def test_listening_goes_on_after_the_connection_is_lost(pg_url, pg_cluster):
    with Workspace.open(pg_url, author="Ana") as ws:
        ws.import_file(CANGO)
        para = ws.document(ws.documents()[0].id).paragraphs[2].id
        name = pg_url.rsplit("/", 1)[1]
        pg_cluster.sql(
            "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
            f"WHERE datname = '{name}' AND application_name = 'UPR Reviewer (live)'"
        )
        assert _heard(ws)  # back, and what it may have missed is "changed"
        assert not ws.external_change()
        _colleague(pg_url, "note", "add", "--paragraph", str(para), "seen in the field")
        assert _heard(ws)


def test_without_the_driver_a_postgresql_url_says_what_to_install(tmp_path):
    """The plain install has no psycopg: the command line names the extra to install."""
    code = (
        "import sys; sys.modules['psycopg'] = None\n"  # as if not installed
        "from reviewer.cli import main\n"
        "sys.exit(main(['--workspace', 'postgresql://ana@127.0.0.1:1/upr', 'documents']))\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, cwd=tmp_path
    )
    assert done.returncode == 1
    assert "pip install 'upr-reviewer[team]'" in done.stderr
    assert "Traceback" not in done.stderr and list(tmp_path.iterdir()) == []
