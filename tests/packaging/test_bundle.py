"""The frozen program: built by packaging/build.py, started as a user would.

Builds dist/upr-reviewer with ``python packaging/build.py --no-installer`` unless a
bundle newer than every source file is already there (about a minute on a 2-core
machine).  Needs PyInstaller (``pip install -e '.[packaging]'``); skipped without it,
or with ``UPR_BUILD_BUNDLE=0``.  Linux and macOS only: the Windows program is a
window program that cannot print to a console.
"""

from __future__ import annotations

import os
import sqlite3
import subprocess
import sys
import time
import tomllib
from pathlib import Path

import pytest

from tests.packaging.helpers import PACKAGING, ROOT

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(sys.platform == "win32", reason="the Windows bundle is a windowed program"),
]

VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]["version"]
NAME = "upr-reviewer"
BUNDLE = ROOT / "dist" / NAME
SOURCES = [ROOT / "ui", ROOT / "reviewer", ROOT / "resources", PACKAGING, ROOT / "pyproject.toml"]


def newest_source() -> float:
    newest = 0.0
    for top in SOURCES:
        files = [top] if top.is_file() else top.rglob("*")
        for path in files:
            if path.is_file() and "__pycache__" not in path.parts and path.suffix != ".qm":
                newest = max(newest, path.stat().st_mtime)
    return newest


def is_fresh(bundle: Path) -> bool:
    exe = bundle / NAME
    return exe.exists() and exe.stat().st_mtime > newest_source()


@pytest.fixture(scope="module")
def bundle() -> Path:
    if os.environ.get("UPR_BUILD_BUNDLE") == "0":
        pytest.skip("UPR_BUILD_BUNDLE=0")
    if not is_fresh(BUNDLE):
        try:
            import PyInstaller  # noqa: F401
        except ImportError:
            pytest.skip("PyInstaller is not installed: pip install -e '.[packaging]'")
        started = time.monotonic()
        result = subprocess.run(
            [sys.executable, str(PACKAGING / "build.py"), "--no-installer"],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=1200,
        )
        assert result.returncode == 0, result.stdout[-4000:] + result.stderr[-4000:]
        print(f"bundle built in {time.monotonic() - started:.0f} s")
    return BUNDLE


def start(bundle: Path, *args: str, timeout: int = 180, **env: str) -> subprocess.CompletedProcess:
    full_env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", **env}
    full_env.pop("UPR_REVIEWER_DATA_DIR", None)
    return subprocess.run(
        [str(bundle / NAME), *args],
        capture_output=True,
        text=True,
        timeout=timeout,
        env=full_env,
        cwd=bundle.parent,
    )


def tree(folder: Path) -> set[str]:
    return {str(p.relative_to(folder)) for p in folder.rglob("*")}


def test_version_is_pyprojects(bundle):
    result = start(bundle, "--version")
    assert result.returncode == 0, result.stderr
    assert result.stdout.split() == [NAME, VERSION]


def test_first_start_builds_the_sample_workspace_and_a_screenshot(bundle, tmp_path):
    from PySide6.QtGui import QImage

    before = tree(bundle)
    data, out = tmp_path / "data", tmp_path / "shot.png"
    result = start(bundle, "--screenshot", str(out), "--data-dir", str(data))
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr

    image = QImage(str(out))
    assert (image.width(), image.height()) == (1280, 800)
    colours = {image.pixel(x, y) for x in range(0, 1280, 16) for y in range(0, 800, 16)}
    assert len(colours) > 20, "the screenshot is blank"

    # The frozen program found its migrations and sample files: a fresh workspace
    # at the current schema, holding the sample documents.
    workspace = data / "sample-workspace.upr.sqlite"
    with sqlite3.connect(workspace) as db:
        (revision,) = db.execute("select version_num from alembic_version").fetchone()
        documents = db.execute("select count(*) from document").fetchone()[0]
        paragraphs = db.execute("select count(*) from paragraph").fetchone()[0]
        reviews = [code for (code,) in db.execute("select code from review order by code")]
    from reviewer.storage.db import head_revision

    assert revision == head_revision()
    assert documents == 2 and paragraphs > 10
    assert reviews == ["CHN-3", "CHN-4"]  # the frozen program places documents in reviews
    # It wrote into the data folder only, never into its own.
    assert tree(bundle) == before


def test_the_frozen_program_opens_a_team_workspace(bundle, tmp_path, pg_url):
    """The installer carries the PostgreSQL driver: the frozen window opens a
    postgresql:// workspace, makes its schema there, and shows it."""
    import psycopg

    out = tmp_path / "team.png"
    result = start(
        bundle, "--screenshot", str(out), "--workspace", pg_url, "--data-dir", str(tmp_path)
    )
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr and out.is_file()
    from reviewer.storage.db import head_revision

    with psycopg.connect(pg_url) as conn:
        (revision,) = conn.execute("select version_num from alembic_version").fetchone()
    assert revision == head_revision()


def test_a_bad_workspace_is_a_message_not_a_traceback(bundle, tmp_path):
    bad = tmp_path / "notes.upr.sqlite"
    bad.write_text("not a database", encoding="utf-8")
    result = start(
        bundle,
        "--screenshot",
        str(tmp_path / "x.png"),
        "--workspace",
        str(bad),
        "--data-dir",
        str(tmp_path),
    )
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert str(bad) in result.stderr


def test_bundle_holds_what_the_program_needs_and_nothing_else(bundle):
    internal = bundle / "_internal"
    files = tree(internal)
    # Alembic reads migrations from disk: real .py files, plus what the core reads.
    assert "reviewer/storage/migrations/env.py" in files
    assert any(
        f.startswith("reviewer/storage/migrations/versions/0001") and f.endswith(".py")
        for f in files
    )
    assert "reviewer/citations/states.txt" in files
    assert "reviewer/citations/countries.txt" in files  # ISO codes: reviews need them
    assert "reviewer/ingest/compounds.txt" in files  # line-end hyphens in PDFs
    assert {"resources/style.qss", "resources/icons/app.svg"} <= files
    assert any(f.startswith("resources/sample/") for f in files)
    assert "licenses/THIRD-PARTY.txt" in files
    # a team workspace's driver (its Python in the archive), with the libpq it carries
    assert any(f.startswith("psycopg-") and f.endswith(".dist-info") for f in files)
    assert any(f.startswith("psycopg_binary/") and ".so" in f for f in files)
    # No tests, fixtures or caches.
    assert not [f for f in files if f.startswith(("tests", "bench")) or "fixtures" in f]
    assert not [f for f in files if "__pycache__" in f or f.endswith(".pyc")]
    # Only the Qt the window uses.
    pyside = {
        p.name.split(".")[0]
        for p in (internal / "PySide6").iterdir()
        if p.name.startswith("Qt") and p.is_file()
    }
    assert pyside == {"QtCore", "QtGui", "QtSvg", "QtWidgets"}  # QtSvg: icons in the theme colour
    qt_libs = (
        {p.name.split(".")[0] for p in (internal / "PySide6" / "Qt" / "lib").iterdir()}
        if sys.platform.startswith("linux")
        else set()
    )
    unwanted = {
        "libQt6Network",
        "libQt6Pdf",
        "libQt6Qml",
        "libQt6Quick",
        "libQt6WebEngineCore",
        "libQt6Multimedia",
        "libQt63DCore",
    }
    assert not qt_libs & unwanted
    # Qt's own catalogues of the window's languages only, and the program's catalogues
    qt_qm = {f.rsplit("/", 1)[-1] for f in files if "PySide6" in f and f.endswith(".qm")}
    assert qt_qm <= {"qtbase_fr.qm", "qtbase_es.qm", "qtbase_zh_CN.qm"}
    ours = {f.rsplit("/", 1)[-1] for f in files if f.startswith("resources/translations/")}
    assert {f"upr_reviewer_{c}.qm" for c in ("en", "fr", "es", "zh")} <= ours
    assert not [
        f for f in files if f.split("/")[0] in ("numpy", "PIL", "IPython", "pygments", "tkinter")
    ]


@pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="install.sh is the Linux installer"
)
def test_install_script_installs_and_removes_for_one_user(bundle, tmp_path):
    home = tmp_path / "home"
    env = {**os.environ, "HOME": str(home), "XDG_DATA_HOME": str(home / ".local/share")}
    result = subprocess.run(
        ["sh", str(bundle / "install.sh")], env=env, capture_output=True, text=True, timeout=300
    )
    assert result.returncode == 0, result.stderr
    program = home / ".local/opt" / NAME / NAME
    launcher = home / ".local/bin" / NAME
    desktop = home / ".local/share/applications/io.github.uprreviewer.UPRReviewer.desktop"
    assert launcher.resolve() == program.resolve()
    assert f"Exec={program}" in desktop.read_text(encoding="utf-8")
    assert (
        home / ".local/share/icons/hicolor/256x256/apps/io.github.uprreviewer.UPRReviewer.png"
    ).exists()
    version = subprocess.run(
        [str(launcher), "--version"], capture_output=True, text=True, timeout=120
    )
    assert version.stdout.split() == [NAME, VERSION]

    result = subprocess.run(
        ["sh", str(program.parent / "install.sh"), "--uninstall"],
        env=env,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert not program.exists() and not launcher.exists() and not desktop.exists()
