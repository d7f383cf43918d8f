"""Documents tidied from the command line: ``document remove ID``, ``document rename
ID TITLE``, ``document edit ID [--title] [--organisation] [--kind]``; and what
``import`` says of a file already there (the same file, or the same text in another
format).  ``document ID`` reads a document as before: the action word is moved into
a command of its own before parsing (``reviewer.cli``).

JSON keys are a public interface: added to, never renamed.

- ``document remove``: ``{"document_id", "title", "file", "paragraphs", "footnotes",
  "tags", "notes", "links" (made or decided by a person), "reviewed", "versions"
  (earlier versions), "dismissed", "registry", "recommendations" (those it brought:
  they stay in the registry), "backup" (the copy made before)}``
- ``document rename`` / ``edit``: ``{"document_id", "title", "organisation", "kind",
  "before": {"title", "organisation", "kind"}}``
- ``import`` adds to each file's entry: ``"already_imported_as"`` (``{"id", "title",
  "version"}`` when the very file is there, else null), ``"same_text_as"`` (``{"id",
  "title", "file", "format", "share"}``: the document whose text the file repeats in
  another format or file, else null) and ``"skipped"``.
"""

from __future__ import annotations

import sys
from typing import TYPE_CHECKING

from reviewer.cli_choices import EDITABLE_KINDS
from reviewer.cli_output import PROG

if TYPE_CHECKING:
    from reviewer.workspace import ImportResult

ACTIONS = ("remove", "rename", "edit")


def add_document_parsers(sub) -> None:
    s = sub.add_parser("document-remove", prog=f"{PROG} document remove")
    s.add_argument("id", type=int)
    s = sub.add_parser("document-rename", prog=f"{PROG} document rename")
    s.add_argument("id", type=int)
    s.add_argument("title")
    _detail_options(s, title=False)
    s = sub.add_parser("document-edit", prog=f"{PROG} document edit")
    s.add_argument("id", type=int)
    _detail_options(s, title=True)


def _detail_options(s, title: bool) -> None:
    if title:
        s.add_argument("--title", help="the document's new title")
    s.add_argument("--organisation", help="who wrote it ('' or '-' to clear)")
    s.add_argument("--kind", choices=list(EDITABLE_KINDS))


DOCUMENT_USAGE = (
    f"{PROG} document ID [--version V]\n"
    f"       {PROG} document remove ID\n"
    f"       {PROG} document rename ID TITLE [--organisation ORG] [--kind KIND]\n"
    f"       {PROG} document edit ID [--title TITLE] [--organisation ORG] [--kind KIND]"
)
DOCUMENT_HELP = (
    "one document with its paragraphs, links and footnotes; 'remove ID' removes it with "
    "everything that belongs to it (a backup copy is made first; what goes with it is "
    "printed), 'rename ID TITLE' renames it, 'edit ID' sets its title, organisation or kind"
)


def action_first(argv: list[str], globals_with_values: tuple[str, ...]) -> list[str]:
    """``document remove 3`` → ``document-remove 3`` (``document 3`` stays as it is)."""
    i = 0
    while i < len(argv) and argv[i].startswith("-"):
        i += 1 if "=" in argv[i] or argv[i] not in globals_with_values else 2
    if i + 1 < len(argv) and argv[i] == "document" and argv[i + 1] in ACTIONS:
        return argv[:i] + [f"document-{argv[i + 1]}"] + argv[i + 2 :]
    return argv


def cmd_document_remove(ws, args, out) -> int:
    removed = ws.remove_document(args.id)
    s = removed.summary
    data = s.as_dict() | {"backup": str(removed.backup) if removed.backup else None}

    def human() -> str:
        lines = [f"removed document {s.document_id} “{s.title}” ({s.file}); with it:"]
        lines += [f"  {line}" for line in went(s)] or ["  no review work"]
        if s.registry:
            lines.append(f"  its {s.recommendations} recommendations stay in the registry")
        if removed.backup:
            lines.append(f"backup copy made before: {removed.backup}")
        return "\n".join(lines)

    out.emit(data, human)
    return 0


def went(s) -> list[str]:
    """What went with a document, one phrase per kind of row there was."""

    def n(count: int, one: str, many: str | None = None) -> str | None:
        if not count:
            return None
        return f"{count} {one if count == 1 else (many or one + 's')}"

    parts = [
        n(s.paragraphs, "paragraph"),
        n(s.footnotes, "footnote"),
        n(s.versions, "earlier version"),
        n(s.tags, "tag"),
        n(s.notes, "note"),
        n(s.links, "link made or decided by a reviewer", "links made or decided by a reviewer"),
        n(s.reviewed, "reviewed mark"),
        n(s.dismissed, "dismissed check finding"),
    ]
    return [p for p in parts if p]


def cmd_document_edit(ws, args, out) -> int:
    title = getattr(args, "title", None)
    org = args.organisation
    if org is not None and org.strip() == "-":
        org = ""
    if title is None and org is None and args.kind is None:
        out.error("document edit: give --title, --organisation or --kind (see --help)")
        return 2
    before = ws.edit_document(args.id, title=title, organisation=org, kind=args.kind)
    now = ws.document_details(args.id)
    data = {
        "document_id": now.document_id,
        "title": now.title,
        "organisation": now.organisation,
        "kind": now.kind,
        "before": {"title": before.title, "organisation": before.organisation, "kind": before.kind},
    }
    out.emit(
        data,
        f"document {now.document_id}: “{now.title}”"
        + (f", {now.organisation}" if now.organisation else "")
        + f" ({now.kind})",
    )
    return 0


def import_keys(r: ImportResult) -> dict:
    """The keys ``import`` adds for a file already there, or repeating a document."""
    same = r.same_text
    return {
        "already_imported_as": (
            {"id": r.version_of or r.document_id, "title": r.title, "version": r.version}
            if r.duplicate
            else None
        ),
        "same_text_as": (
            {
                "id": same.document_id,
                "title": same.title,
                "file": same.file,
                "format": same.format,
                "share": same.share,
            }
            if same is not None
            else None
        ),
        "skipped": r.skipped,
    }


def import_line(r: ImportResult) -> str | None:
    """The human line of a file already there or skipped (None: an ordinary import)."""
    if r.duplicate:
        version = f"version {r.version} of " if r.version_of is not None else ""
        live = r.version_of or r.document_id
        return f"{r.file} is already in the workspace as {version}“{r.title}” (document {live})"
    if r.skipped and r.same_text is not None:
        return f"skipped {r.file}: {_same(r)}"
    return None


def _same(r: ImportResult) -> str:
    same = r.same_text
    assert same is not None
    return (
        f"the same text as document {same.document_id} “{same.title}” ({same.file})"
        if same.file
        else f"the same text as document {same.document_id} “{same.title}”"
    )


def warn_same_text(done: list[ImportResult]) -> None:
    """A warning on stderr for each file repeating a document's text."""
    for r in done:
        if r.same_text is None:
            continue
        what = (
            "skipped"
            if r.skipped
            else f"imported as document {r.document_id} of its own (--skip-same-text skips it)"
        )
        print(f"{PROG}: warning: {r.file} has {_same(r)}: {what}", file=sys.stderr)
