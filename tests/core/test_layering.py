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
