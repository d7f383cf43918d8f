"""One version: pyproject's, which the program, the CLI and the installers report."""

import tomllib
from pathlib import Path

from reviewer import __version__
from reviewer.cli import main


def test_version_matches_pyproject(capsys):
    pyproject = tomllib.loads((Path(__file__).resolve().parents[2] / "pyproject.toml").read_text())
    assert __version__ == pyproject["project"]["version"]
    try:
        main(["--version"])
    except SystemExit as exit_:
        assert exit_.code == 0
    assert capsys.readouterr().out.strip() == f"upr-reviewer-cli {__version__}"
