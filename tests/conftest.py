"""Test set-up shared by every suite.

Qt runs offscreen and nothing may touch the real user directories, so both are
forced here before any test module imports Qt or platformdirs paths.
"""

import os
import sqlite3
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FIXTURES = Path(__file__).parent / "fixtures"

# Property tests (hypothesis): 1,000 examples each by default, 10,000 with --slow.
# The core-only CI environment has no hypothesis; its property tests skip themselves.
try:
    from hypothesis import HealthCheck, settings
except ImportError:  # pragma: no cover - the core-only environment
    settings = None
else:
    # No example database: CI starts clean anyway, and the tree stays clean.
    _relaxed = dict(deadline=None, database=None, suppress_health_check=[HealthCheck.too_slow])
    settings.register_profile("ci", max_examples=1000, **_relaxed)
    settings.register_profile("slow", max_examples=10000, **_relaxed)
    settings.load_profile("ci")


def pytest_addoption(parser):
    parser.addoption(
        "--slow",
        action="store_true",
        default=False,
        help="run the property tests with 10,000 examples each (hypothesis profile 'slow')",
    )


def pytest_configure(config):
    if settings is not None and config.getoption("--slow"):
        settings.load_profile("slow")


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory, monkeypatch):
    home = tmp_path_factory.mktemp("home")
    for var in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(var, str(home / var.lower()))
    monkeypatch.delenv("UPR_REVIEWER_WORKSPACE", raising=False)
    yield


def integrity(path) -> str:
    """SQLite's own verdict on a file ("ok"), read with a plain connection."""
    con = sqlite3.connect(path)
    try:
        return con.execute("PRAGMA integrity_check").fetchone()[0]
    finally:
        con.close()


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES


# ---------------------------------------------------------------- PostgreSQL (team)


@pytest.fixture(scope="session")
def pg_cluster():
    """A PostgreSQL cluster of this test process's own (see tests/pg_cluster.py)."""
    from tests.pg_cluster import missing_reason, start_cluster

    reason = missing_reason()
    if reason:
        if os.environ.get("CI"):
            pytest.fail(f"CI needs the PostgreSQL tests to run: {reason}")
        pytest.skip(reason)
    cluster = start_cluster()
    yield cluster
    cluster.stop()


@pytest.fixture
def pg_url(pg_cluster):
    """The URL of a new, empty database on the test cluster, dropped afterwards."""
    name = pg_cluster.new_database()
    yield pg_cluster.url(name)
    pg_cluster.drop_database(name)


@pytest.fixture(scope="session")
def pg_template(pg_cluster):
    """A database holding the program's schema and no rows, copied for each workspace
    test (CREATE DATABASE … TEMPLATE: the migrations run once per test process)."""
    from reviewer.workspace import Workspace

    name = pg_cluster.new_database()
    Workspace.open(pg_cluster.url(name), author="template").close()
    return name


@pytest.fixture
def pg_workspace_url(pg_cluster, pg_template):
    """The URL of a new team workspace at the program's schema, with no rows."""
    name = pg_cluster.new_database(template=pg_template)
    yield pg_cluster.url(name)
    pg_cluster.drop_database(name)


@pytest.fixture(params=["sqlite", "postgresql"])
def location(request, tmp_path):
    """Where a test's workspace lives: a new SQLite file, then a new PostgreSQL database
    (the workspace, command line and review tests run against both engines)."""
    if request.param == "sqlite":
        return tmp_path / "w.sqlite"
    return request.getfixturevalue("pg_workspace_url")
