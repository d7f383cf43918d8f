"""The first-start sample: CANGO's UPR submission and China's 3rd-cycle thematic list.

The files ship in ``resources/sample``; they are copied into the user's data folder
(so the workspace can name them and the user can open them) and imported through the
window's ordinary background import.
"""

from __future__ import annotations

import shutil
from pathlib import Path

from reviewer.paths import AppPaths
from ui.resources import sample_files

SAMPLE_WORKSPACE = "sample-workspace.upr.sqlite"


def prepare_sample(paths: AppPaths) -> tuple[Path, list[Path]]:
    """(workspace path, copied files); copying again only what is missing."""
    folder = paths.data_dir / "sample"
    folder.mkdir(parents=True, exist_ok=True)
    copies = []
    for src in sample_files():
        dst = folder / src.name
        if not dst.exists() or dst.stat().st_size != src.stat().st_size:
            shutil.copy2(src, dst)
        copies.append(dst)
    return paths.data_dir / SAMPLE_WORKSPACE, copies


STARTER_TAGS = ("Key point", "Follow up", "Quote in brief", "Disputed")


def add_starter_tags(ws) -> None:
    """A few tags in the sample so the tag bar and keys 1–9 show what they do."""
    if not ws.tags():
        for name in STARTER_TAGS:
            ws.create_tag(name)
