"""The command line's modules: no import cycle, and its choices are the vocabulary's."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from reviewer.cli import main
from reviewer.vocabulary import Position
from tests.core.cli_helpers import CANGO_LINKS, cli

ROOT = Path(__file__).resolve().parents[2]
CANGO_MD = ROOT / "tests" / "fixtures" / "cango" / "cango-upr4-submission.md"


def test_the_commands_import_without_the_parser_module():
    """cli.py ↔ cli_commands.py was a cycle; what both need lives in cli_output."""
    probe = (
        "import sys, reviewer.cli_commands, reviewer.cli_export, reviewer.cli_backup\n"
        "print('reviewer.cli' in sys.modules)"
    )
    result = subprocess.run(
        [sys.executable, "-c", probe], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "False"


def test_position_choices_are_the_vocabulary(tmp_path, capsys):
    ws = tmp_path / "w.sqlite"
    assert main(["--workspace", str(ws), "recommendations", "--position", "accepted"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert f"(choose from {', '.join(repr(p.value) for p in Position)})" in err

    assert cli(capsys, ws, "import", str(CANGO_MD))[0] == 0
    # the footnotes' recommendations are in the registry with an unknown position
    code, rows, _ = cli(capsys, ws, "recommendations", "--position", Position.UNKNOWN.value)
    assert code == 0
    assert {r["number"] for r in rows} == {n for v in CANGO_LINKS.values() for _, n in v}
    assert {r["position"] for r in rows} == {Position.UNKNOWN}
    assert cli(capsys, ws, "recommendations", "--position", "supported")[1] == []
