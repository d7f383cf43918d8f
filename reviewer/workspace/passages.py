"""Tags on passages of a paragraph: characters ``start`` to ``end`` of its text.

Offsets count Python code points (``text[start:end]`` is the passage), as notes'
spans and citations' do.  A passage is at least one character that is not a space,
inside the paragraph's text; a tag is on a passage once (``uq_passage_tag_span``), so
adding it again is "already there", never an error.  A note on a passage is a note
with a span (``Review.add_note(..., start=, end=)``).

Each method is one transaction with an inverse for undo: removing hands back the
row, and adding again with its ``uid``/``created_at``/``author`` restores it as it was.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from reviewer.errors import NotFound
from reviewer.storage.models import PassageTag, Tag
from reviewer.workspace.core import Store
from reviewer.workspace.history import record
from reviewer.workspace.registry_store import insert_if_absent
from reviewer.workspace.review import Review
from reviewer.workspace.review import _clean_name as clean_tag_name
from reviewer.workspace.review import _paragraph_or_fail as paragraph_or_fail
from reviewer.workspace.rows import PassageRow
from reviewer.workspace.spans import check_span, passage_row


class Passages:
    """Tags on passages of paragraphs."""

    def __init__(self, store: Store, review: Review):
        self.store = store
        self.review = review  # makes a tag named for the first time

    def passages(self, paragraph_id: int) -> list[PassageRow]:
        """A paragraph's tagged passages, in text order."""
        with self.store.read() as s:
            p = paragraph_or_fail(s, paragraph_id)
            return [passage_row(pt, tag, p.text) for pt, tag in _rows(s, paragraph_id)]

    def add_passage_tag(
        self,
        paragraph_id: int,
        name: str,
        start: int,
        end: int,
        uid: str | None = None,
        created_at: datetime | None = None,
        author: str | None = None,
    ) -> tuple[PassageRow, bool]:
        """Tag characters ``start`` to ``end`` of a paragraph (creating the tag); the
        passage's row, and False when it already had that tag.  ``uid``, ``created_at``
        and ``author`` let undo restore a removed passage as it was."""
        name = clean_tag_name(name)
        with self.store.write() as s:
            p = paragraph_or_fail(s, paragraph_id)
            start, end = check_span(p.text, start, end, p.id)
            tag = self.review._tag(s, name)
            values = dict(
                paragraph_id=paragraph_id,
                tag_id=tag.id,
                start=start,
                end=end,
                created_by=author or self.store.author,
            )
            if uid:
                values["uid"] = uid
            if created_at:
                values["created_at"] = created_at
            made = insert_if_absent(
                s, PassageTag, ("paragraph_id", "tag_id", "start", "end"), **values
            )
            row = _find(s, paragraph_id, tag.id, start, end)
            assert row is not None  # made now, or by the writer that won
            if made:
                record(
                    s, self.store.author, "passage tagged", paragraph_id, uid=row.uid,
                    tag=name, quote=p.text[start:end], start=start, end=end,
                )  # fmt: skip
            return passage_row(row, tag, p.text), made

    def remove_passage_tag(
        self, paragraph_id: int, name: str, start: int, end: int
    ) -> PassageRow | None:
        """Untag a passage; its row as it was (for undo), or None when it did not have
        the tag (or another writer removed it first)."""
        name = clean_tag_name(name)
        with self.store.write() as s:
            p = paragraph_or_fail(s, paragraph_id)
            tag = s.scalar(select(Tag).where(Tag.name == name))
            if tag is None:
                raise NotFound(f"no tag named {name!r}")
            row = _find(s, paragraph_id, tag.id, start, end)
            if row is None:
                return None
            gone = passage_row(row, tag, p.text)
            s.delete(row)
            record(
                s, self.store.author, "passage untagged", paragraph_id, uid=gone.uid,
                tag=name, quote=gone.text, start=start, end=end,
            )  # fmt: skip
            return gone


def _rows(s: Session, paragraph_id: int) -> list[tuple[PassageTag, Tag]]:
    return [
        (pt, tag)
        for pt, tag in s.execute(
            select(PassageTag, Tag)
            .join(Tag, Tag.id == PassageTag.tag_id)
            .where(PassageTag.paragraph_id == paragraph_id)
            .order_by(PassageTag.start, PassageTag.end, Tag.name)
        ).all()
    ]


def _find(s: Session, paragraph_id: int, tag_id: int, start: int, end: int) -> PassageTag | None:
    return s.scalar(
        select(PassageTag).where(
            PassageTag.paragraph_id == paragraph_id,
            PassageTag.tag_id == tag_id,
            PassageTag.start == start,
            PassageTag.end == end,
        )
    )
