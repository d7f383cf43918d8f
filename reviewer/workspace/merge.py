"""Merging another copy of a workspace into this one: ``merge OTHER``.

Work done offline (a laptop's copy taken with ``copy --to``, or a colleague's own
file) comes into this workspace (a file, or the team's database): the documents it
lacks, then tags, notes, links and their decisions, reviewed marks and the history,
matched by what names them in both copies (a document's SHA-256, a tag's name, a
note's uid, a link's paragraph and recommendation).  Nothing is lost: when both
copies changed one note or decided one link differently, the later wins and the
earlier is kept (a note beside it; the history), and the report lists it as a
conflict.  Merging the same copy again changes nothing.

The other copy is only read, in one snapshot; it is never written (a file of an
older version of the program is upgraded in a temporary copy, not in place).  This
workspace is written in one transaction: an error leaves it as it was.  The steps
are in ``merge_rows`` (documents and what hangs on them) and ``merge_work`` (the
review work); ``MergeReport`` (``merge_report``) says what each did.
"""

from __future__ import annotations

import contextlib
import sqlite3
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path

from reviewer.errors import SchemaTooNew, WorkspaceError
from reviewer.storage import owners
from reviewer.storage import server as team
from reviewer.storage.db import head_revision, inspect_file, known_revision
from reviewer.storage.roles import EDITOR
from reviewer.words.facts import fact
from reviewer.workspace.api import Workspace
from reviewer.workspace.history import record
from reviewer.workspace.merge_context import Merge
from reviewer.workspace.merge_report import MergeReport, counted
from reviewer.workspace.merge_rows import (
    merge_dismissals,
    merge_documents,
    merge_paragraphs,
    merge_registry,
    merge_reviews,
)
from reviewer.workspace.merge_work import (
    merge_history,
    merge_links,
    merge_notes,
    merge_paragraph_tags,
    merge_passage_tags,
    merge_reviewed,
    merge_tags,
)
from reviewer.workspace.transfer import same_place, shown, snapshot, where_of

# step done, steps, what is being merged; False (from a window's cancel) stops it
Progress = Callable[[int, int, str], object]

STEPS: tuple[tuple[str, Callable[[Merge], None]], ...] = (
    ("reviews", merge_reviews),
    ("documents", merge_documents),
    ("the registry", merge_registry),
    ("paragraphs", merge_paragraphs),
    ("dismissed findings", merge_dismissals),
    ("tags", merge_tags),
    ("tagged paragraphs", merge_paragraph_tags),
    ("tagged passages", merge_passage_tags),
    ("the history", merge_history),
    ("notes", merge_notes),
    ("links", merge_links),
    ("reviewed marks", merge_reviewed),
)
LACKING = fact("merge.lacking")


def merge_workspace(
    ws: Workspace,
    other: str | Path,
    password: str | None = None,
    progress: Progress | None = None,
    backup: bool = True,
) -> MergeReport:
    """Bring the other copy's documents and work into ``ws``; what was done.

    ``other``: a workspace file or a ``postgresql://`` URL (``password`` for it, when
    libpq's own sources do not hold it).  A workspace file is backed up first
    (``backup``; File › Restore from backup… undoes the merge).  WorkspaceError, with
    ``ws`` unchanged, for a missing file, a file or database that is no workspace, or
    a cancel."""

    def may_edit(doing: str) -> None:
        ws.store.require(EDITOR, doing)

    with opened_other(ws, other, password) as (theirs, label):
        report = MergeReport(label, ws.location)
        if backup and not ws.server:  # a team database is its administrator's to back up
            report.backup = ws.backup("before-merge")
        with snapshot(theirs.engine) as o, ws.write() as s:
            m = Merge(s, o, report, ws.author, may_edit)
            for i, (what, step) in enumerate(STEPS):
                if progress is not None and progress(i, len(STEPS), what) is False:
                    raise WorkspaceError("the merge was cancelled; nothing was changed")
                step(m)
            for kind, n in m.unmapped.items():
                m.skip(kind, counted(n, kind), LACKING)
            if report.changed:
                record(s, ws.author, "merged", source=label, what=report.summary())
    if progress is not None:
        progress(len(STEPS), len(STEPS), "done")
    return report


# ------------------------------------------------------------------- the other copy


@contextlib.contextmanager
def opened_other(
    ws: Workspace, other: str | Path, password: str | None
) -> Iterator[tuple[Workspace, str]]:
    """The other copy opened for reading, and what to call it; never written."""
    where = where_of(other)
    label = shown(where)
    if same_place(where, ws.location if ws.server else ws.path):
        raise WorkspaceError(f"{label}: this is the workspace itself; choose another copy")
    if isinstance(where, Path):
        revision = _file_revision(where)
        if revision is not None and revision != head_revision():
            # an older program's file: upgraded in a temporary copy, never in place
            with tempfile.TemporaryDirectory(prefix="upr-merge-") as tmp:
                copy = Path(tmp) / where.name
                _sqlite_copy(where, copy)
                with Workspace.open(copy, ws.author) as theirs:
                    yield theirs, label
            return
    elif not owners.is_open(where):
        _check_server(where, password)
    with Workspace.open(where, ws.author, password) as theirs:
        yield theirs, label


def _not_a_workspace(where: str | Path, why: str) -> WorkspaceError:
    return WorkspaceError(
        f"{shown(where)}: {why}; choose a UPR Reviewer workspace (nothing was merged)"
    )


def _file_revision(path: Path) -> str | None:
    """The schema revision of the workspace file ``path`` (None: this process has it
    open, so it is at the program's head); WorkspaceError unless it is a workspace."""
    if not path.exists():
        raise WorkspaceError(f"{path}: there is no such file (nothing was merged)")
    if path.is_dir():
        raise _not_a_workspace(path, "this is a folder, not a workspace file")
    if owners.is_open(path):
        return None
    try:
        state = inspect_file(path)
    except WorkspaceError as exc:
        raise _not_a_workspace(path, "this is not a workspace file") from exc
    if state.kind != "workspace":
        why = "it is empty" if state.kind == "new" else "it is not a workspace"
        raise _not_a_workspace(path, f"this SQLite file belongs to no workspace ({why})")
    if not known_revision(state.revision):
        raise SchemaTooNew(
            f"{path}: this copy was written by a newer version of UPR Reviewer (schema "
            f"{state.revision}); update the program to merge it"
        )
    return state.revision


def _sqlite_copy(source: Path, target: Path) -> None:
    """A consistent copy of an SQLite file, through SQLite's backup API."""
    src = sqlite3.connect(source)  # read only: opening read-only would need its -shm
    dst = sqlite3.connect(target)
    try:
        src.backup(dst)
    except sqlite3.DatabaseError as exc:
        raise _not_a_workspace(source, f"it cannot be read ({exc})") from exc
    finally:
        dst.close()
        src.close()


def _check_server(url: str, password: str | None) -> None:
    """The other team database holds a workspace at this program's schema (reads only:
    opening one behind would upgrade it)."""
    engine = team.make_server_engine(url, password)
    try:
        state = team.inspect_server(engine, team.redact(url))
    except WorkspaceError:
        raise
    except Exception as exc:
        raise team.server_failure(team.redact(url), exc) from exc
    finally:
        engine.dispose()
    if state.revision is None:
        raise _not_a_workspace(url, "this database holds no workspace")
    if state.revision != head_revision():
        raise WorkspaceError(
            f"{team.redact(url)}: this team workspace's schema ({state.revision}) is not "
            "this program's; open it once with this version (its administrator runs "
            "`team init`) before merging it (nothing was merged)"
        )
