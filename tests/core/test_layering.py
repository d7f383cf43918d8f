"""The core never imports Qt or the UI: checked statically and by importing it all
in a Python where PySide6 and ui cannot be imported."""

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
FORBIDDEN = ("PySide6", "shiboken6", "ui")


def test_no_module_of_reviewer_names_qt_or_ui():
    offenders = []
    for path in (ROOT / "reviewer").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        for node in ast.walk(tree):
            names = []
            if isinstance(node, ast.Import):
                names = [a.name for a in node.names]
            elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                names = [node.module]
            for name in names:
                if name.split(".")[0] in FORBIDDEN:
                    offenders.append(f"{path.relative_to(ROOT)}: {name}")
    assert offenders == []


BLOCKER = r"""
import importlib, importlib.abc, pkgutil, sys
class Block(importlib.abc.MetaPathFinder):
    def find_spec(self, name, path=None, target=None):
        if name.split(".")[0] in ("PySide6", "shiboken6", "ui"):
            raise ImportError(f"blocked: {name}")
        return None
sys.meta_path.insert(0, Block())
import reviewer
for mod in pkgutil.walk_packages(reviewer.__path__, "reviewer."):
    if ".migrations" in mod.name or mod.name == "reviewer.__main__":
        continue
    importlib.import_module(mod.name)
bad = [m for m in sys.modules if m.split(".")[0] in ("PySide6", "shiboken6", "ui")]
assert not bad, bad
print("ok")
"""


def test_every_core_module_imports_without_qt():
    result = subprocess.run(
        [sys.executable, "-c", BLOCKER], cwd=ROOT, capture_output=True, text=True, timeout=120
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "ok"


# The import-linter contracts (pyproject.toml, run by `lint-imports` in .ci/run) list
# what ui/ and the command line may not import.  A new module of the core must land
# on those lists, or the contracts would silently let the window reach it.
API = {"workspace", "export", "paths"}  # the doors: reviewer.workspace, .export, .paths


def _contract(contract_id: str) -> dict:
    import tomllib

    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    contracts = config["tool"]["importlinter"]["contracts"]
    return next(c for c in contracts if c["id"] == contract_id)


def _core_children() -> set[str]:
    core = ROOT / "reviewer"
    modules = {p.stem for p in core.glob("*.py") if p.stem != "__init__"}
    packages = {d.name for d in core.iterdir() if (d / "__init__.py").is_file()}
    return modules | packages


def _everything_but_the_api(children: set[str]) -> set[str]:
    return {f"reviewer.{c}" for c in children - API} | {
        f"reviewer.{c}.*" for c in API if (ROOT / "reviewer" / c / "__init__.py").is_file()
    }


def test_the_window_may_reach_only_the_workspace_export_and_paths():
    contract = _contract("ui-through-the-api")
    assert contract["source_modules"] == ["ui"]
    assert contract["allow_indirect_imports"] is True
    assert set(contract["forbidden_modules"]) == _everything_but_the_api(_core_children())


def test_every_cli_module_may_reach_only_the_workspace_export_and_paths():
    contract = _contract("cli-through-the-api")
    children = _core_children()
    cli = {c for c in children if c == "cli" or c.startswith("cli_")}
    assert set(contract["source_modules"]) == {f"reviewer.{c}" for c in cli}
    assert contract["allow_indirect_imports"] is True
    expected = _everything_but_the_api(children - cli - {"__main__"})
    assert set(contract["forbidden_modules"]) == expected
