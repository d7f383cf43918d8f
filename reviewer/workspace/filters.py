"""Queries the review window needs beyond the basic API: paragraph filters and look-ups.

Kept Qt-free like the rest of the core so the filters can be tested (and scripted)
without a window.  Every method is one short read and returns ids or plain rows.
"""

from __future__ import annotations

from sqlalchemy import exists, select, union

from reviewer.storage.models import (
    Document,
    Footnote,
    FootnoteRef,
    Link,
    Note,
    Paragraph,
    ParagraphTag,
    PassageTag,
    Tag,
)
from reviewer.vocabulary import ACTIVE_STATUSES
from reviewer.workspace.core import Store
from reviewer.workspace.paragraph_read import note_row
from reviewer.workspace.rows import NoteRow


class ParagraphFilters:
    """The reading pane's filters and look-ups by id."""

    def __init__(self, store: Store):
        self.store = store

    def paragraph_ids_filtered(
        self,
        document_id: int | None = None,
        tag: str | int | None = None,
        recommendation_id: int | None = None,
        has_note: bool | None = None,
        unreviewed: bool | None = None,
        document_ids: list[int] | None = None,
    ) -> list[int]:
        """Paragraph ids matching every given filter, in reading order.

        ``tag`` is a tag name or id; ``recommendation_id`` keeps paragraphs with a
        confirmed or suggested (not rejected) link to it; ``has_note`` and
        ``unreviewed`` filter both ways (False keeps those without).  None means
        "don't filter on this"; with no filter at all every paragraph is returned.
        ``document_ids`` keeps the paragraphs of those documents (a review's).  Without
        either, the paragraphs of the documents' latest versions (an earlier version's
        row id names it).
        """
        q = select(Paragraph.id).order_by(Paragraph.document_id, Paragraph.seq)
        if document_id is not None:
            q = q.where(Paragraph.document_id == document_id)
        if document_ids is not None:
            q = q.where(Paragraph.document_id.in_(list(document_ids)))
        if document_id is None and document_ids is None:
            live = select(Document.id).where(Document.version_of_id.is_(None))
            q = q.where(Paragraph.document_id.in_(live))
        if tag is not None:  # on the whole paragraph or on a passage of it
            tagged = []
            for model in (ParagraphTag, PassageTag):
                one = select(model.paragraph_id).join(Tag, Tag.id == model.tag_id)
                if isinstance(tag, int):
                    one = one.where(Tag.id == tag)
                else:
                    one = one.where(Tag.name == " ".join(tag.split()))
                tagged.append(one)
            q = q.where(Paragraph.id.in_(union(*tagged)))
        if recommendation_id is not None:
            q = q.where(
                Paragraph.id.in_(
                    select(Link.paragraph_id).where(
                        Link.recommendation_id == recommendation_id,
                        Link.status.in_(ACTIVE_STATUSES),
                    )
                )
            )
        if has_note is not None:
            noted = exists().where(Note.paragraph_id == Paragraph.id)
            q = q.where(noted if has_note else ~noted)
        if unreviewed is not None:
            col = Paragraph.reviewed_at
            q = q.where(col.is_(None) if unreviewed else col.is_not(None))
        with self.store.read() as s:
            return list(s.scalars(q))

    def footnote_markers(self, paragraph_ids: list[int]) -> dict[int, list[tuple[int, str, int]]]:
        """Where each footnote marker stood in a paragraph: ``{pid: [(offset, marker, fid)]}``.

        Parsers remove markers from the text; the reading pane puts them back as
        superscripts at these code-point offsets.
        """
        out: dict[int, list[tuple[int, str, int]]] = {}
        with self.store.read() as s:
            for i in range(0, len(paragraph_ids), 500):
                chunk = paragraph_ids[i : i + 500]
                rows = s.execute(
                    select(
                        FootnoteRef.paragraph_id, FootnoteRef.offset, Footnote.marker, Footnote.id
                    )
                    .join(Footnote, Footnote.id == FootnoteRef.footnote_id)
                    .where(FootnoteRef.paragraph_id.in_(chunk))
                    .order_by(FootnoteRef.paragraph_id, FootnoteRef.offset, FootnoteRef.id)
                )
                for pid, offset, marker, fid in rows:
                    out.setdefault(pid, []).append((offset, marker, fid))
        return out

    def note_by_uid(self, uid: str) -> NoteRow | None:
        """A note by its uid, which (unlike its id) survives an undo that re-creates it."""
        with self.store.read() as s:
            note = s.scalar(select(Note).where(Note.uid == uid))
            return None if note is None else note_row(note)
