"""What every command-line module shares: the program's name, the output and the
workspace it opens.

Kept apart so ``cli`` (the parser and ``main``) and ``cli_commands`` (the
commands) both import it and neither imports the other's module at its top.
"""

from __future__ import annotations

import json
import sys

PROG = "upr-reviewer-cli"


class Output:
    """stdout for results (JSON only with ``--json``), stderr for one-line errors."""

    def __init__(self, as_json: bool):
        self.as_json = as_json

    def emit(self, data, human) -> None:
        if self.as_json:
            json.dump(data, sys.stdout, ensure_ascii=False, indent=2, default=str)
            sys.stdout.write("\n")
        else:
            text = human() if callable(human) else human
            if text:
                print(text)

    def error(self, message: str) -> None:
        print(f"{PROG}: error: {message}", file=sys.stderr)
        if self.as_json:
            json.dump({"error": message}, sys.stdout, ensure_ascii=False)
            sys.stdout.write("\n")

    def note(self, message: str) -> None:
        print(f"{PROG}: note: {message}", file=sys.stderr)


CLI_LOCK_WAIT_S = 60


def open_workspace(args):
    """The workspace of ``--workspace``, else ``$UPR_REVIEWER_WORKSPACE``, else the default."""
    from reviewer.paths import AppPaths, resolve_workspace_path
    from reviewer.workspace import Workspace, waiting_for_locks

    path = resolve_workspace_path(args.workspace, AppPaths.default(args.data_dir))
    # a script's calls (often several at once, or beside the open window) wait their
    # turn for the write lock rather than fail after the window's 5 seconds
    with waiting_for_locks(CLI_LOCK_WAIT_S):
        return Workspace.open(path, author=args.author)
