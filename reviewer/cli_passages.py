"""The command line's passages: ``tag add|remove --paragraph ID NAME --start S --end E``
tags (or untags) characters S to E of a paragraph's text, ``note add ... --start S
--end E`` notes them; ``document ID --json`` lists each paragraph's ``passages``.

Offsets count Unicode code points from 0 in the paragraph's ``text`` as ``document
ID --json`` gives it, so ``text[start:end]`` is the passage.  JSON keys here are a
public interface: add, never rename.
"""

from __future__ import annotations

from reviewer.cli_output import PROG

BAD_USAGE = (-1, -1)  # --start without --end, or the other way round


def passage_span(args, out) -> tuple[int, int] | None:
    """``--start S --end E`` as a pair; None without them; BAD_USAGE (said) with one."""
    start, end = getattr(args, "start", None), getattr(args, "end", None)
    if start is None and end is None:
        return None
    if start is None or end is None:
        out.error(f"{PROG} {args.command}: a passage needs both --start and --end")
        return BAD_USAGE
    return start, end


def passage_json(p) -> dict:
    """A tagged passage: the tag, characters start to end of the paragraph's text and
    those words (``text``), who tagged it and when."""
    return {
        "id": p.id,
        "uid": p.uid,
        "tag": p.tag,
        "colour": p.colour,
        "start": p.start,
        "end": p.end,
        "text": p.text,
        "author": p.author,
        "created": p.created_at.isoformat(timespec="seconds"),
    }


def passage_tag(ws, args, out, start: int, end: int) -> int:
    """``tag add|remove --paragraph ID NAME --start S --end E``."""
    if args.action == "add":
        row, changed = ws.add_passage_tag(args.paragraph, args.name, start, end)
    else:
        row = ws.remove_passage_tag(args.paragraph, args.name, start, end)
        changed = row is not None
    data = {
        "paragraph_id": args.paragraph,
        "tag": args.name,
        "action": args.action,
        "changed": changed,
        "start": start,
        "end": end,
    }
    quote = ""
    if row is not None:
        data |= {"text": row.text, "passage": passage_json(row)}
        quote = f" (“{row.text}”)"
    out.emit(
        data,
        f"{args.action} tag {args.name!r} on characters {start}–{end} of paragraph "
        f"{args.paragraph}{quote}" + ("" if changed else " (no change)"),
    )
    return 0


def note_json(n) -> dict:
    return {
        "id": n.id,
        "paragraph_id": n.paragraph_id,
        "text": n.body,
        "author": n.author,
        "created": n.created_at.isoformat(timespec="seconds"),
        "updated": n.updated_at.isoformat(timespec="seconds"),
        # a passage note: characters start to end of the paragraph's text, and those words
        "start": n.span_start,
        "end": n.span_end,
        "quote": n.quote,
        "revision": n.revision,
    }


def cmd_note_add_or_list(ws, args, out) -> int:
    """``note add`` (a passage with --start/--end) and ``note list``."""
    if args.action == "add":
        span = passage_span(args, out)
        if span == BAD_USAGE:
            return 2
        start, end = span or (None, None)
        n = ws.add_note(args.paragraph, args.text, start=start, end=end)
        on = f" on characters {start}–{end} (“{n.quote}”)" if span else ""
        out.emit(note_json(n), f"note {n.id} added to paragraph {n.paragraph_id}{on}")
        return 0
    rows = ws.notes(args.paragraph)
    out.emit(
        [note_json(n) for n in rows],
        lambda: (
            "\n".join(f"{n.id} ¶{n.paragraph_id} {n.author}: {n.body}" for n in rows) or "no notes"
        ),
    )
    return 0
