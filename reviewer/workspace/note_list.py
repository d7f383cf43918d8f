"""Every note at once, with where it is: for the window's Notes pane and scripts.

One query joins notes to their paragraphs, documents and reviews, so listing
thousands of notes costs one read, not one per note.  Only the documents' latest
versions count (the notes of an earlier version followed its paragraphs into the
next, like every other piece of work on them).
"""

from __future__ import annotations

from sqlalchemy import select

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
            select(Note, Paragraph, Document.title, Review.code)
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
            rows = [_row(n, p, title, code) for n, p, title, code in s.execute(q).all()]
        return rows


def _escape(word: str) -> str:
    return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _row(n: Note, p: Paragraph, title: str, code: str | None) -> NoteListRow:
    quote = None
    if n.span_start is not None and n.span_end is not None and n.span_end > n.span_start:
        quote = p.text[n.span_start : n.span_end]
    return NoteListRow(
        id=n.id,
        uid=n.uid,
        paragraph_id=n.paragraph_id,
        body=n.body,
        author=n.author,
        created_at=n.created_at,
        updated_at=n.updated_at,
        span_start=n.span_start,
        span_end=n.span_end,
        document_id=p.document_id,
        document_title=title,
        label=p.label,
        page_start=p.page_start,
        page_end=p.page_end,
        quote=quote,
        review=code,
    )
