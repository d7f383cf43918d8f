"""``backup create|list|restore``: the workspace's backup copies from the command line."""

from __future__ import annotations

from pathlib import Path


def add_backup_parser(subparsers) -> None:
    s = subparsers.add_parser(
        "backup",
        help="backup copies: create, list, restore",
        description="Backup copies live in a folder next to the workspace "
        "(W.sqlite.backups/). One is made before every upgrade and every restore, and "
        "daily while the window is open; the newest --keep copies are kept.",
    )
    bsub = s.add_subparsers(dest="action", metavar="ACTION", parser_class=type(s))
    bsub.required = True
    c = bsub.add_parser("create", help="copy the workspace now")
    c.add_argument("--reason", default="manual", help="a word for the file name (manual)")
    c.add_argument("--keep", type=int, help="keep only this many newest copies (default 10)")
    bsub.add_parser("list", help="the copies, newest first, with their counts")
    r = bsub.add_parser(
        "restore",
        help="make the workspace what a copy holds (the current state is backed up first)",
    )
    r.add_argument("copy", metavar="FILE|N", help="a copy's file, or its number in `backup list`")


def _counts(info) -> str:
    c = info.counts
    if info.error:
        return info.error
    return (
        f"{c.get('document', 0)} documents, {c.get('paragraph', 0)} paragraphs, "
        f"{c.get('link', 0)} links, {c.get('paragraph_tag', 0)} tagged, "
        f"{c.get('note', 0)} notes"
    )


def _choose(ws, spec: str) -> Path:
    from reviewer.workspace import BadInput

    if spec.isdigit() and not Path(spec).exists():
        infos = ws.backups()
        n = int(spec)
        if not 1 <= n <= len(infos):
            raise BadInput(f"there is no backup copy number {n} (`backup list` shows {len(infos)})")
        return infos[n - 1].file
    return Path(spec).expanduser()


def cmd_backup(ws, args, out) -> int:
    from reviewer.workspace import BadInput

    if args.action == "create":
        if args.keep is not None:
            if args.keep < 1:
                raise BadInput("--keep must be at least 1")
            ws.backup_keep = args.keep
        file = ws.backup(args.reason)
        info = next((i for i in ws.backups() if i.file == file), None)
        data = info.as_dict() if info else {"file": str(file)}
        out.emit(data, f"backup copy written: {file}")
        return 0
    if args.action == "list":
        infos = ws.backups()
        out.emit(
            [{"n": i, **info.as_dict()} for i, info in enumerate(infos, 1)],
            lambda: (
                "\n".join(
                    f"{i:>3}  {info.created:%Y-%m-%d %H:%M:%S}  {info.reason:<28} {_counts(info)}"
                    f"\n     {info.file}"
                    for i, info in enumerate(infos, 1)
                )
                or f"no backup copies yet (they go in {ws.path.name}.backups/)"
            ),
        )
        return 0
    file = _choose(ws, args.copy)
    before = ws.restore(file)
    out.emit(
        {"restored": str(file), "previous_state": str(before)},
        f"restored {file}\nthe state before the restore was saved as {before}",
    )
    return 0
