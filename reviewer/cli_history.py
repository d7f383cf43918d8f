"""``history``: who did what, and when; ``note edit``: a note's new text, never over a
colleague's.

    history --paragraph 12 --json     the paragraph's review actions, newest first
    history --document 3 --author Ana the document's, by one reviewer
    note edit 7 "new text" --revision 2

JSON of ``history``: a list of ``{"id", "at", "author", "action", "paragraph_id",
"document_id", "uid", "detail", "text"}`` (``text``: the action as a sentence).
``note edit`` with ``--revision`` (the revision the text was edited from, as ``note
list`` gives it): when a colleague saved the note since, their text stays and this
one is saved beside it as a new note; JSON ``kept_beside`` names theirs.
"""

from __future__ import annotations


def add_history_parser(sub) -> None:
    s = sub.add_parser("history", help="who did what, and when: a paragraph's review actions")
    s.add_argument("--paragraph", type=int, help="one paragraph's history")
    s.add_argument("--document", type=int, help="a document's and its paragraphs' history")
    s.add_argument("--author", help="one reviewer's actions only")
    s.add_argument("--limit", type=int, default=500, help="at most this many entries (500)")


def add_note_edit_parser(nsub) -> None:
    t = nsub.add_parser("edit", help="a note's new text (kept beside a colleague's newer save)")
    t.add_argument("note", type=int, metavar="NOTE_ID")
    t.add_argument("text")
    t.add_argument(
        "--revision",
        type=int,
        help="the note's revision the text was edited from ('note list' gives it); if a "
        "colleague saved it since, both texts are kept",
    )


def history_json(h) -> dict:
    return {
        "id": h.id,
        "at": h.at.isoformat(timespec="seconds"),
        "author": h.author,
        "action": h.action,
        "paragraph_id": h.paragraph_id,
        "document_id": h.document_id,
        "uid": h.uid,
        "detail": h.detail,
        "text": h.text,
    }


def cmd_history(ws, args, out) -> int:
    rows = ws.history(
        paragraph_id=args.paragraph, document_id=args.document, author=args.author, limit=args.limit
    )
    out.emit(
        [history_json(h) for h in rows],
        lambda: (
            "\n".join(
                f"{h.at:%Y-%m-%d %H:%M}  {h.author or '?'}  "
                + (f"¶{h.paragraph_id} " if h.paragraph_id else "")
                + h.text
                for h in rows
            )
            or "no history"
        ),
    )
    return 0


def cmd_note_edit(ws, args, out, note_json) -> int:
    n = ws.update_note(args.note, args.text, base_revision=args.revision)
    data = {**note_json(n), "kept_beside": n.kept_beside}
    if n.kept_beside is not None:
        human = (
            f"note {args.note} was saved by a colleague since revision {args.revision}; "
            f"their text stays, yours is note {n.id} beside it"
        )
    else:
        human = f"note {n.id} saved (revision {n.revision})"
    out.emit(data, human)
    return 0
