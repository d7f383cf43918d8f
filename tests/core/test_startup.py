"""Start-up: what each way of starting imports, and the constants that let it import less.

``python -m reviewer --help`` and bad usage never import the workspace; opening a
workspace already at the program's schema never imports Alembic; nothing of the
PDF, Word or Excel libraries comes with the workspace.  Each is asked of a fresh
interpreter (``-X importtime`` names every module it imports, or ``sys.modules``
after the fact), so what an earlier test imported cannot hide anything.
"""

from __future__ import annotations

import json
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from reviewer.storage import db
from tests.conftest import FIXTURES

ROOT = Path(__file__).resolve().parents[2]

# Never imported by the parser: the workspace and all it brings
HEAVY_FOR_THE_PARSER = (
    "reviewer.workspace",
    "reviewer.storage",
    "reviewer.export",
    "sqlalchemy",
    "sqlalchemy.orm",
    "alembic",
    "pymupdf",
    "fitz",
    "docx",
    "openpyxl",
)
# Never imported by opening a workspace and reading it: each waits for its first use
HEAVY_FOR_THE_WORKSPACE = ("alembic", "pymupdf", "fitz", "docx", "openpyxl", "reviewer.export")


def _imported(
    *args: str, ok: tuple[int, ...] = (0,)
) -> tuple[set[str], subprocess.CompletedProcess]:
    """The modules ``python -X importtime ARGS`` imports (and the finished process)."""
    proc = subprocess.run(
        [sys.executable, "-X", "importtime", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode in ok, proc.stderr[-2000:]
    names = set(re.findall(r"^import time:\s+\d+ \|\s+\d+ \|\s*(\S+)$", proc.stderr, re.M))
    assert "reviewer" in names or "reviewer.cli" in names  # the listing was read
    return names, proc


def _heavy(names: set[str], heavy: tuple[str, ...]) -> list[str]:
    return sorted(n for n in names if any(n == h or n.startswith(h + ".") for h in heavy))


# ------------------------------------------------------------------------ the parser


@pytest.mark.parametrize(
    "argv",
    [
        ["--help"],
        ["export", "brief", "--help"],
        ["team", "grant", "--help"],
        ["--version"],
    ],
    ids=["help", "export-brief-help", "team-grant-help", "version"],
)
def test_help_imports_nothing_of_the_workspace(argv):
    names, proc = _imported("-m", "reviewer", *argv)
    assert _heavy(names, HEAVY_FOR_THE_PARSER) == []
    assert "reviewer.cli" in names
    assert proc.stdout.strip()  # the help (or the version) was printed


@pytest.mark.parametrize(
    "argv",
    [
        ["frobnicate"],
        ["documents", "--bogus"],
        ["export", "brief"],  # --out missing
        ["recommendations", "--position", "maybe"],
        ["check", "draft.docx", "--skip", "nonsense"],
        ["team", "grant", "ana", "owner"],
    ],
    ids=[
        "unknown-command",
        "unknown-option",
        "missing-option",
        "bad-position",
        "bad-rule",
        "bad-role",
    ],
)
def test_bad_usage_is_answered_without_the_workspace(argv, tmp_path):
    names, proc = _imported("-m", "reviewer", "-w", str(tmp_path / "w.sqlite"), *argv, ok=(2,))
    assert _heavy(names, HEAVY_FOR_THE_PARSER) == []
    assert "(see --help)" in proc.stderr
    assert not (tmp_path / "w.sqlite").exists()  # nothing was opened, nothing made


def test_the_parsers_choices_are_the_cores():
    """reviewer/cli_choices.py writes out what the parser offers; the core decides."""
    from reviewer import cli_choices as c
    from reviewer.export import COVERAGE_FORMATS, GROUPINGS, ONLY, PAPERS, POSITIONS
    from reviewer.workspace import (
        EDITABLE_KINDS,
        GUIDELINES,
        INDIVIDUAL_WORD_LIMIT,
        JOINT_WORD_LIMIT,
        TEAM_ROLES,
        Position,
        Rule,
    )

    assert c.POSITIONS == tuple(str(p) for p in Position) == tuple(POSITIONS)
    assert c.EDITABLE_KINDS == tuple(str(k) for k in EDITABLE_KINDS)
    assert c.TEAM_ROLES == tuple(TEAM_ROLES)
    assert c.GROUPINGS == tuple(GROUPINGS)
    assert c.ONLY == tuple(ONLY)
    assert c.PAPERS == tuple(PAPERS)
    assert c.COVERAGE_FORMATS == tuple(COVERAGE_FORMATS)
    from reviewer.export import LANGUAGES

    assert c.LANGUAGE_NAMES == LANGUAGES
    assert c.GUIDELINES == GUIDELINES
    assert (c.INDIVIDUAL_WORD_LIMIT, c.JOINT_WORD_LIMIT) == (
        INDIVIDUAL_WORD_LIMIT,
        JOINT_WORD_LIMIT,
    )
    assert c.CHECK_RULES == tuple(r.value for r in Rule)


def test_the_help_lists_every_command_and_choice(capsys):
    """The parser built from the written-out choices says what it always said."""
    from reviewer.cli import build_parser

    text = build_parser().format_help()
    for command in ("import", "documents", "export", "coverage", "check", "team", "merge"):
        assert command in text
    with pytest.raises(SystemExit):
        build_parser().parse_args(["recommendations", "--help"])
    assert "{supported,noted,partially,pending,unknown}" in capsys.readouterr().out


# ------------------------------------------------------------------ the schema's head


def test_head_revision_is_the_head_of_the_migrations():
    """A new migration fails here until ``reviewer.storage.db.HEAD_REVISION`` names it:
    a file at the old head would otherwise open without being upgraded."""
    scripts = sorted((ROOT / "reviewer/storage/migrations/versions").glob("[0-9]*.py"))
    assert db.alembic_head() == db.HEAD_REVISION, (
        f"the migrations' head is {db.alembic_head()}: set HEAD_REVISION in "
        f"reviewer/storage/db.py to it (newest script: {scripts[-1].name})"
    )
    assert db.head_revision() == db.HEAD_REVISION
    assert db.known_revision(db.HEAD_REVISION)
    assert not db.known_revision("9999") and not db.known_revision(None)


# ------------------------------------------------------------- opening a workspace

OPEN_AND_READ = """
import json, sys
from reviewer.workspace import Workspace
with Workspace.open(sys.argv[1], author="startup") as ws:
    docs = [d.title for d in ws.documents()]
    hits = len(ws.search("women")) if docs else 0
    backup = str(ws.backup_path) if ws.backup_path else None
print(json.dumps({"modules": sorted(sys.modules), "documents": docs, "hits": hits,
                  "backup": backup}))
"""


def _open_in_a_fresh_process(location) -> dict:
    proc = subprocess.run(
        [sys.executable, "-c", OPEN_AND_READ, str(location)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    return json.loads(proc.stdout.strip().splitlines()[-1])


def test_a_current_workspace_opens_without_alembic(location, fixtures):
    from reviewer.workspace import Workspace

    with Workspace.open(location, author="setup") as ws:  # made (and migrated) here
        ws.import_file(fixtures / "cango" / "cango-upr4-submission.pdf")
    got = _open_in_a_fresh_process(location)
    assert _heavy(set(got["modules"]), HEAVY_FOR_THE_WORKSPACE) == []
    assert got["documents"] and got["hits"] > 0  # opened, read and searched
    assert got["backup"] is None


def test_an_old_workspace_still_asks_alembic_and_is_upgraded(tmp_path):
    path = tmp_path / "old.sqlite"
    shutil.copy(FIXTURES / "workspaces" / "upr-reviewer-0.1.0-schema-0005.sqlite", path)
    got = _open_in_a_fresh_process(path)
    assert "alembic" in got["modules"]
    assert got["backup"] and Path(got["backup"]).exists()  # the copy made before upgrading
    import sqlite3

    con = sqlite3.connect(path)
    try:
        assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == (
            db.HEAD_REVISION
        )
    finally:
        con.close()
    assert "alembic" not in _open_in_a_fresh_process(path)["modules"]  # current now


def test_a_workspace_too_new_is_refused_by_alembic(tmp_path):
    from reviewer.workspace import SchemaTooNew, Workspace

    path = tmp_path / "new.sqlite"
    Workspace.open(path, author="setup").close()
    import sqlite3

    con = sqlite3.connect(path)
    con.execute("UPDATE alembic_version SET version_num = '9999'")
    con.commit()
    con.close()
    with pytest.raises(SchemaTooNew, match="newer version"):
        Workspace.open(path, author="today")


def test_the_command_line_leaves_the_collector_as_it_found_it(tmp_path, capsys):
    """``main`` holds the garbage collector off while it imports; in a script that
    calls it (or a test), the collector is as it was afterwards."""
    import gc

    from reviewer.cli import main

    ws = tmp_path / "w.sqlite"
    assert gc.isenabled()
    assert main(["-w", str(ws), "documents", "--json"]) == 0
    assert gc.isenabled()
    assert main(["frobnicate"]) == 2 and gc.isenabled()
    gc.disable()
    try:
        assert main(["-w", str(ws), "documents", "--json"]) == 0
        assert not gc.isenabled()
    finally:
        gc.enable()
    capsys.readouterr()
