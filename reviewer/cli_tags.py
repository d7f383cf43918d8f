"""``tag rename|merge|delete|colour|key|group``: tag housekeeping from the command line,
next to ``tag add|remove|list`` (``reviewer.cli_commands``).

JSON keys are a public interface: add, never rename.
"""

from __future__ import annotations

import argparse

HOUSEKEEPING = ("rename", "merge", "delete", "colour", "key", "group")


def add_tag_actions(tsub) -> None:
    """The housekeeping actions of ``tag`` (``tsub``: its sub-parsers)."""
    t = tsub.add_parser("rename", help="give a tag a new name (every paragraph follows)")
    t.add_argument("old", metavar="OLD")
    t.add_argument("new", metavar="NEW")
    t = tsub.add_parser(
        "merge",
        help="move SOURCE's paragraphs and passages to TARGET (once each) and delete SOURCE",
    )
    t.add_argument("source", metavar="SOURCE")
    t.add_argument("target", metavar="TARGET")
    t = tsub.add_parser("delete", help="delete a tag from every paragraph and passage")
    t.add_argument("name", metavar="NAME")
    t = tsub.add_parser("colour", help="set a tag's colour (#rrggbb)")
    t.add_argument("name", metavar="NAME")
    t.add_argument("colour", metavar="COLOUR")
    t = tsub.add_parser(
        "key", help="the key 1-9 that toggles a tag in the window ('-': none); a taken key moves"
    )
    t.add_argument("name", metavar="NAME")
    t.add_argument("key", metavar="KEY", type=_key)
    t = tsub.add_parser(
        "group", help="put a tag in a group (another tag) or, with '-', in none; one level deep"
    )
    t.add_argument("name", metavar="NAME")
    t.add_argument("group", metavar="GROUP")


def tag_json(t) -> dict:
    return {
        "id": t.id,
        "name": t.name,
        "colour": t.colour,
        "paragraphs": t.paragraphs,
        "passages": t.passages,
        "key": t.shortcut,
        "position": t.position,
        "group": t.parent,
        "members": t.members,
    }


def cmd_tag_housekeeping(ws, args, out) -> int:
    action = args.action
    if action == "rename":
        old = ws.rename_tag(args.old, args.new)
        row = ws.get_tag(args.new)
        data = {"action": action, "previous": old, "tag": tag_json(row)}
        out.emit(data, f"renamed {old!r} to {row.name!r} ({row.paragraphs} ¶)")
    elif action == "merge":
        m = ws.merge_tags(args.source, args.target)
        row = ws.get_tag(args.target)
        data = {
            "action": action,
            "source": m.source.name,
            "target": m.target,
            "paragraphs_moved": m.paragraphs_moved,
            "paragraphs_already_tagged": m.paragraphs_already,
            "passages_moved": m.passages_moved,
            "passages_already_tagged": m.passages_already,
            "tags_moved": len(m.moved_members),
            "tag": tag_json(row),
        }
        out.emit(
            data,
            f"merged {m.source.name!r} into {m.target!r}: {m.paragraphs_moved} paragraphs "
            f"moved, {m.paragraphs_already} already had it; {row.paragraphs} ¶ now",
        )
    elif action == "delete":
        gone = ws.delete_tag(args.name)
        data = {
            "action": action,
            "tag": gone.name,
            "paragraphs": gone.paragraphs,
            "passages": gone.passages,
            "members": len(gone.members),
        }
        out.emit(
            data,
            f"deleted {gone.name!r} from {gone.paragraphs} paragraphs and {gone.passages} passages",
        )
    elif action == "colour":
        old = ws.recolour_tag(args.name, args.colour)
        row = ws.get_tag(args.name)
        out.emit(
            {"action": action, "previous": old, "tag": tag_json(row)},
            f"{row.name!r} is now {row.colour}",
        )
    elif action == "key":
        ws.set_tag_key(args.name, args.key)
        rows = ws.tags()
        row = next(t for t in rows if t.name == ws.get_tag(args.name).name)
        keys = {str(t.shortcut): t.name for t in rows if t.shortcut}
        out.emit(
            {"action": action, "tag": tag_json(row), "keys": keys},
            f"{row.name!r}: key {row.shortcut or 'none'}",
        )
    else:
        group = None if args.group == "-" else args.group
        ws.set_tag_group(args.name, group)
        row = ws.get_tag(args.name)
        out.emit(
            {"action": action, "tag": tag_json(row)},
            f"{row.name!r} is in {row.parent!r}" if row.parent else f"{row.name!r} is in no group",
        )
    return 0


def _key(text: str) -> int | None:
    if text == "-":
        return None
    if text not in {str(k) for k in range(1, 10)}:
        raise argparse.ArgumentTypeError(f"a tag's key is 1 to 9, or '-' for none, not {text!r}")
    return int(text)
