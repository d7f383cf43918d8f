"""Finding icons, the style sheet and sample files, from a checkout or a frozen bundle.

A source checkout keeps ``resources/`` beside ``ui/``; a PyInstaller bundle unpacks
data files under ``sys._MEIPASS`` (the spec adds ``resources`` there under the same
name).  ``UPR_REVIEWER_RESOURCES`` overrides both, for odd installs.
"""

from __future__ import annotations

import os
import sys
from functools import cache
from pathlib import Path

from PySide6.QtGui import QIcon

RESOURCES_ENV = "UPR_REVIEWER_RESOURCES"


@cache
def resources_dir() -> Path:
    candidates = []
    if os.environ.get(RESOURCES_ENV):
        candidates.append(Path(os.environ[RESOURCES_ENV]))
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.append(Path(bundle) / "resources")
    candidates.append(Path(__file__).resolve().parent.parent / "resources")
    candidates.append(Path(sys.prefix) / "share" / "upr-reviewer" / "resources")
    for c in candidates:
        if (c / "icons").is_dir():
            return c
    raise FileNotFoundError(
        "the program's resources folder is missing (looked in "
        + ", ".join(str(c) for c in candidates)
        + "); reinstall UPR Reviewer"
    )


def resource(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)


_icons: dict[str, QIcon] = {}


def icon(name: str) -> QIcon:
    """An SVG icon by name (``resources/icons/NAME.svg``); an empty icon if missing.
    Line icons are drawn in the theme's icon colour (``ui.theme.ThemedIconEngine``);
    the program's own icon keeps its colours."""
    if name not in _icons:
        path = resource("icons", f"{name}.svg")
        if not path.exists():
            _icons[name] = QIcon()
        elif name == "app":
            _icons[name] = QIcon(str(path))
        else:
            from ui.theme import ThemedIconEngine

            _icons[name] = QIcon(ThemedIconEngine(path.read_text(encoding="utf-8")))
    return _icons[name]


def stylesheet() -> str:
    path = resource("style.qss")
    return path.read_text(encoding="utf-8") if path.exists() else ""


def sample_files() -> list[Path]:
    """The files the first-start sample workspace is built from, in import order."""
    folder = resource("sample")
    order = ("cango-upr4-submission", "China-UPR3-thematic-list")
    files = sorted(p for p in folder.iterdir() if p.is_file() and not p.name.startswith("."))
    return sorted(
        files, key=lambda p: next((i for i, o in enumerate(order) if p.name.startswith(o)), 99)
    )
