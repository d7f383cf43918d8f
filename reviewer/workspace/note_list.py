"""Every note at once, with where it is: for the window's Notes pane and scripts.

One query joins notes to their paragraphs, documents and reviews, so listing
thousands of notes costs one read, not one per note.  Only the documents' latest
versions count (the notes of an earlier version followed its paragraphs into the
next, like every other piece of work on them).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import func, select

from reviewer.storage.models import Document, Note, Paragraph, Review
from reviewer.workspace.core import Store
from reviewer.workspace.housekeeping_rows import NoteListRow
from reviewer.workspace.reviews import review_id_of


class NoteList:
    def __init__(self, store: Store):
        self.store = store

    def all_notes(
        self,
        review: str | None = None,
        author: str | None = None,
        document_id: int | None = None,
        words: str | None = None,
    ) -> list[NoteListRow]:
        """Notes oldest first, of one review's documents ("CHN-4") or all, by one
        author, on one document, or whose text holds every one of ``words`` (in any
        case)."""
        q = (
            select(
                Note.id,
                Note.uid,
                Note.paragraph_id,
                Note.body,
                Note.author,
                Note.created_at,
                Note.updated_at,
                Note.span_start,
                Note.span_end,
                Paragraph.document_id,
                Document.title.label("document_title"),
                Paragraph.label,
                Paragraph.page_start,
                Paragraph.page_end,
                # the passage a note is on (characters, as Python counts them)
                func.substr(
                    Paragraph.text, Note.span_start + 1, Note.span_end - Note.span_start
                ).label("quote"),
                Review.code.label("review"),
            )
            .join(Paragraph, Paragraph.id == Note.paragraph_id)
            .join(Document, Document.id == Paragraph.document_id)
            .outerjoin(Review, Review.id == Document.review_id)
            .where(Document.version_of_id.is_(None))
            .order_by(Note.created_at, Note.id)
        )
        if author is not None:
            q = q.where(Note.author == author)
        if document_id is not None:
            q = q.where(Document.id == document_id)
        with self.store.read() as s:
            if review is not None:
                q = q.where(Document.review_id == review_id_of(s, review))
            for word in (words or "").split():
                like = f"%{_escape(word)}%"
                q = q.where(Note.body.ilike(like, escape="\\"))
            return [_row(dict(row._mapping)) for row in s.execute(q).all()]


def _escape(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _row(values: dict[str, Any]) -> NoteListRow:
    return NoteListRow(**{**values, "quote": values["quote"] or None})
