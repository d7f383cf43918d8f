"""``copy --to`` and ``merge``: a workspace to another engine, another copy merged in.

    copy --to postgresql://ana@db.example.org/upr     the laptop's file to the team
    copy --to snapshot.sqlite                         the team database to a file
    merge laptop.sqlite --json                        offline work back into this one
    merge postgresql://ana@db.example.org/upr         the team's work into a file

Passwords come from libpq's own sources ($PGPASSWORD, ~/.pgpass, a service file),
never from the command line.

JSON of ``copy``: ``{"source", "target", "rows": {TABLE: N}, "total"}`` (rows copied
per table of the schema).

JSON of ``merge``:

- ``source``, ``target``: the other copy and this workspace (URLs without password);
- ``changed``: whether the merge changed anything (false when merged before);
- ``added``, ``updated``, ``conflict_counts``: ``{KIND: N}`` for every kind: reviews,
  documents, paragraphs, recommendations, predecessors, dismissals, tags,
  paragraph_tags, passage_tags, notes, links, reviewed, history;
- ``conflicts``: ``[{"kind", "what", "kept", "other"}]``: both copies changed one note
  or decided one link; ``kept`` is what this workspace holds now, ``other`` the other
  text or decision and where it was kept (a note beside it, the history);
- ``skipped``: ``[{"kind", "what", "why"}]``: what the other copy has and was not
  brought in (removed here since; on a paragraph this workspace does not have);
- ``summary``: the report in one sentence;
- ``backup``: the copy of a workspace file made before the merge (null on a server).

Exit status 0 when the merge or the copy landed (conflicts included: nothing is lost),
1 when it was refused (nothing changed).
"""

from __future__ import annotations

import sys


def add_transfer_parsers(sub) -> None:
    s = sub.add_parser(
        "copy",
        help="copy the workspace, every row as it is, to a new file or an empty team "
        "database (postgresql://…)",
        description="Every document, tag, note, link and history entry goes across with "
        "its ids, uids, authors and times, so the copy can be merged back later. The "
        "target must be a new file, an empty workspace or an empty database.",
    )
    s.add_argument("--to", required=True, metavar="FILE_OR_URL", dest="target")
    s = sub.add_parser(
        "merge",
        help="bring another copy's documents and work (a workspace file or a "
        "postgresql:// URL) into this workspace",
        description="Documents by their file's SHA-256, tags by name, notes by uid, links "
        "by paragraph and recommendation. When both copies changed one note or decided "
        "one link, the later wins and the other is kept (a note beside it; the history). "
        "Merging the same copy again changes nothing. The other copy is only read.",
    )
    s.add_argument("other", metavar="OTHER", help="a workspace file or a postgresql:// URL")


def cmd_copy(ws, args, out) -> int:
    from reviewer.workspace import copy_workspace

    report = copy_workspace(ws, args.target)
    out.emit(
        report.as_dict(),
        lambda: (
            f"copied {report.total} rows to {report.target}: "
            + ", ".join(f"{n} {t}" for t, n in report.rows.items() if n)
        ),
    )
    return 0


def cmd_merge(ws, args, out) -> int:
    from reviewer.workspace import merge_workspace

    def progress(done: int, total: int, what: str) -> bool:
        if not out.as_json and sys.stderr.isatty() and done < total:
            print(f"merging {what}…", file=sys.stderr)
        return True

    report = merge_workspace(ws, args.other, progress=progress)
    out.emit(report.as_dict(), lambda: human(report))
    return 0


def human(report) -> str:
    lines = [f"merged {report.source} into {report.target}: {report.summary()}"]
    for c in report.conflicts:
        lines.append(f"conflict ({c.kind}) {c.what}:\n  kept:  {c.kept}\n  other: {c.other}")
    for s in report.skipped:
        lines.append(f"not brought in ({s.kind}) {s.what}: {s.why}")
    if report.backup:
        lines.append(f"the workspace as it was before: {report.backup}")
    return "\n".join(lines)
