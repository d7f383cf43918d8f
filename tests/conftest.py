"""Test set-up shared by every suite.

Qt runs offscreen and nothing may touch the real user directories, so both are
forced here before any test module imports Qt or platformdirs paths.
"""

import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory, monkeypatch):
    home = tmp_path_factory.mktemp("home")
    for var in ("HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        monkeypatch.setenv(var, str(home / var.lower()))
    monkeypatch.delenv("UPR_REVIEWER_WORKSPACE", raising=False)
    yield


@pytest.fixture
def fixtures() -> Path:
    return FIXTURES
