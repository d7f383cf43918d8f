"""A tag's rows taken down before it is deleted or merged, and put back exactly by
undo: the tag (same uid, and id when free), its group's tags, and every paragraph
and passage tag with its own uid, author and time.
"""

from __future__ import annotations

from sqlalchemy import insert, select, update
from sqlalchemy.orm import Session

from reviewer.errors import BadInput
from reviewer.storage.models import Paragraph, ParagraphTag, PassageTag, Tag
from reviewer.workspace.housekeeping_rows import (
    ParagraphTagRecord,
    PassageTagRecord,
    TagDeletion,
)
from reviewer.workspace.tag_order import KEYS


def snapshot(s: Session, tag: Tag) -> TagDeletion:
    parent = s.get(Tag, tag.parent_id) if tag.parent_id is not None else None
    members = s.scalars(select(Tag.uid).where(Tag.parent_id == tag.id).order_by(Tag.id))
    pts = s.scalars(
        select(ParagraphTag)
        .where(ParagraphTag.tag_id == tag.id)
        .order_by(ParagraphTag.paragraph_id)
    )
    sps = s.scalars(select(PassageTag).where(PassageTag.tag_id == tag.id).order_by(PassageTag.id))
    return TagDeletion(
        id=tag.id,
        uid=tag.uid,
        name=tag.name,
        colour=tag.colour,
        parent_uid=parent.uid if parent else None,
        position=tag.position,
        shortcut=tag.shortcut,
        created_by=tag.created_by,
        created_at=tag.created_at,
        members=tuple(members),
        paragraph_tags=tuple(
            ParagraphTagRecord(p.paragraph_id, p.uid, p.created_by, p.created_at) for p in pts
        ),
        passage_tags=tuple(
            PassageTagRecord(
                p.id, p.uid, p.paragraph_id, p.start, p.end, p.created_by, p.created_at
            )
            for p in sps
        ),
    )


def restore(s: Session, gone: TagDeletion) -> None:
    if s.scalar(select(Tag.id).where(Tag.uid == gone.uid)) is not None:
        raise BadInput(f"the tag {gone.name!r} is already there")
    if s.scalar(select(Tag.id).where(Tag.name == gone.name)) is not None:
        raise BadInput(
            f"a tag named {gone.name!r} was made since; rename or delete it, then try again"
        )
    parent = s.scalar(select(Tag).where(Tag.uid == gone.parent_uid)) if gone.parent_uid else None
    if parent is not None and parent.parent_id is not None:
        parent = None  # its group went into a group meanwhile: top-level, not two deep
    if gone.shortcut in KEYS:
        s.execute(update(Tag).where(Tag.shortcut == gone.shortcut).values(shortcut=0))
    tag = Tag(
        uid=gone.uid,
        name=gone.name,
        colour=gone.colour,
        parent_id=parent.id if parent else None,
        position=gone.position,
        shortcut=gone.shortcut,
        created_by=gone.created_by,
        created_at=gone.created_at,
    )
    if s.get(Tag, gone.id) is None:
        tag.id = gone.id
    s.add(tag)
    s.flush()
    if gone.members:
        s.execute(
            update(Tag)
            .where(Tag.uid.in_(gone.members), Tag.id != tag.id)
            .values(parent_id=tag.id)
            .execution_options(synchronize_session=False)
        )
        if parent is not None:  # a group in a group: its tags take its place instead
            tag.parent_id = None
    there = _existing_paragraphs(s, {r.paragraph_id for r in gone.paragraph_tags})
    rows = [
        dict(
            paragraph_id=r.paragraph_id,
            tag_id=tag.id,
            uid=r.uid,
            created_by=r.created_by,
            created_at=r.created_at,
        )
        for r in gone.paragraph_tags
        if r.paragraph_id in there
    ]
    if rows:
        s.execute(insert(ParagraphTag), rows)
    there = _existing_paragraphs(s, {r.paragraph_id for r in gone.passage_tags})
    spans = [
        dict(
            uid=r.uid,
            paragraph_id=r.paragraph_id,
            tag_id=tag.id,
            start=r.start,
            end=r.end,
            created_by=r.created_by,
            created_at=r.created_at,
        )
        for r in gone.passage_tags
        if r.paragraph_id in there
    ]
    if spans:
        s.execute(insert(PassageTag), spans)


def _existing_paragraphs(s: Session, ids: set[int]) -> set[int]:
    out: set[int] = set()
    chunk = sorted(ids)
    for i in range(0, len(chunk), 500):
        out.update(s.scalars(select(Paragraph.id).where(Paragraph.id.in_(chunk[i : i + 500]))))
    return out
