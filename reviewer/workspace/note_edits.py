"""Saving a note's edit without losing a colleague's, and naming links in the history.

A note carries a ``revision`` (1 when written, one more at each save).  The window
and the command line pass the revision the person started editing from; when the
note has moved on since (a colleague saved it in between, from another window or
another office), the colleague's text stays as it is and this edit is saved beside
it as a note of its own, on the same paragraph and passage.  Nothing is silently
overwritten; both texts are there for the two people to reconcile, and the returned
row says so (``kept_beside``: the colleague's note).
"""

from __future__ import annotations

import dataclasses
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from reviewer.storage.models import Link, Note, Paragraph, Recommendation, utcnow
from reviewer.workspace.history import record
from reviewer.workspace.paragraph_read import note_row
from reviewer.workspace.rows import NoteRow


def save_note_edit(
    s: Session, note: Note, body: str, base_revision: int | None, author: str
) -> NoteRow:
    text = s.scalar(select(Paragraph.text).where(Paragraph.id == note.paragraph_id))
    if base_revision is not None and note.revision != base_revision:
        beside = Note(
            paragraph_id=note.paragraph_id,
            body=body,
            author=author,
            span_start=note.span_start,
            span_end=note.span_end,
        )
        s.add(beside)
        s.flush()
        record(
            s, author, "note kept beside", note.paragraph_id, uid=beside.uid, text=body,
            theirs=note.body, theirs_uid=note.uid, theirs_by=note.author,
        )  # fmt: skip
        return dataclasses.replace(note_row(beside, text), kept_beside=note.id)
    before = note.body
    note.body = body
    note.updated_at = utcnow()
    note.revision = (note.revision or 1) + 1
    s.flush()
    if before != body:
        record(s, author, "note edited", note.paragraph_id, uid=note.uid, text=body, before=before)
    return note_row(note, text)


def record_link(s: Session, author: str, action: str, link: Link, **detail: Any) -> None:
    rec = s.get(Recommendation, link.recommendation_id)
    name = f"{rec.symbol}, {rec.number}" if rec is not None else str(link.recommendation_id)
    record(s, author, action, link.paragraph_id, uid=link.uid, recommendation=name, **detail)
