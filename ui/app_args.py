"""The window's command line: ``upr-reviewer [--workspace W] [--sample] …``.

Kept apart from ``ui.app`` (which starts the program) so the options are read
without importing anything but argparse.
"""

from __future__ import annotations

import argparse

from reviewer import __version__

PROG = "upr-reviewer"


def build_parser() -> argparse.ArgumentParser:
    p = argparse.ArgumentParser(prog=PROG, description="Review UPR submissions.")
    p.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    p.add_argument(
        "--workspace",
        "-w",
        help="workspace file to open (created if new), or a team workspace: "
        "postgresql://user@host:5432/dbname",
    )
    p.add_argument(
        "--sample",
        action="store_true",
        help="open the built-in sample workspace (CANGO and China's thematic list)",
    )
    p.add_argument("--data-dir", help="folder for settings, the sample and the default workspace")
    p.add_argument("--author", help="reviewer name recorded on links, tags and notes")
    p.add_argument("--screenshot", metavar="OUT.png", help="write a PNG of the window and exit")
    p.add_argument("--size", metavar="WxH", help="window size for --screenshot (1280x800)")
    p.add_argument(
        "--theme",
        choices=("system", "light", "dark"),
        help="colours for this run (View › Theme remembers a choice): follow the system, "
        "light or dark",
    )
    p.add_argument(
        "--language",
        choices=("system", "en", "fr", "es", "zh"),  # ui.i18n.CODES, without importing Qt
        help="the window's language for this run (View › Language remembers a choice): "
        "the system's, English, French, Spanish or Chinese",
    )
    return p
