"""The order of tags, their keys 1-9 and their rows, as every reader of tags sees them.

The order is ``tag.position`` (tags without one after, oldest first, so a workspace
nobody has ordered lists its tags as it always did).  Groups are one level deep: a
tag may sit in a group (``tag.parent_id``), a group is a tag with tags in it.  Tags
are listed in "tree order": each top-level tag followed by its members.

Keys: a tag's key 1-9 is ``tag.shortcut``.  While no tag has one chosen (every
``shortcut`` NULL), the first nine tags in tree order get 1-9, as before keys could be
chosen.  A tag that gave its key up keeps ``shortcut`` 0, "no key, by choice", so
taking every key away never brings the automatic ones back (``Tags.set_tag_key``).
A tag made later takes the lowest free key, as the tenth tag once found none.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy import func, select, union
from sqlalchemy.orm import Session

from reviewer.errors import BadInput
from reviewer.storage.models import Document, Paragraph, ParagraphTag, PassageTag, Tag
from reviewer.workspace.rows import TagRow

KEYS = range(1, 10)


def clean_name(name: str) -> str:
    name = " ".join(name.split())
    if not name:
        raise BadInput("a tag needs a name")
    return name


def tree_order(tags: Sequence[Tag]) -> list[Tag]:
    """Top-level tags by position (then age), each followed by its members."""

    def key(t: Tag) -> tuple[bool, int, int]:
        return (t.position is None, t.position or 0, t.id)

    ids = {t.id for t in tags}
    members: dict[int, list[Tag]] = {}
    top: list[Tag] = []
    for t in sorted(tags, key=key):
        if t.parent_id is not None and t.parent_id in ids:
            members.setdefault(t.parent_id, []).append(t)
        else:
            top.append(t)
    out: list[Tag] = []
    for t in top:
        out.append(t)
        out.extend(members.pop(t.id, ()))
    for rest in members.values():  # deeper than one level (never made here): last
        out.extend(rest)
    return out


def effective_keys(ordered: Sequence[Tag]) -> dict[int, int]:
    """{tag id: key}: the keys tags have, or, while none was chosen, 1-9 by place."""
    own = [t for t in ordered if t.shortcut in KEYS]
    if all(t.shortcut is None for t in ordered):
        return {t.id: i + 1 for i, t in enumerate(ordered[:9])}
    out: dict[int, int] = {}
    for t in own:  # two writers racing could give one key twice: the first keeps it
        if t.shortcut not in out.values():
            out[t.id] = t.shortcut  # type: ignore[assignment]
    return out


def free_key(s: Session) -> int | None:
    """The key a new tag takes: None while keys are automatic (it gets one by its
    place) or when all nine are taken; else the lowest free one."""
    chosen = set(s.scalars(select(Tag.shortcut).where(Tag.shortcut.is_not(None))))
    if not chosen:
        return None
    return next((k for k in KEYS if k not in chosen), None)


def tag_rows(s: Session, counts: bool = True) -> list[TagRow]:
    """Every tag in tree order, with its key, group, members and how many paragraphs
    (and passages) of the documents' latest versions carry it (0 without ``counts``:
    the counts read every tagged paragraph, a window's start waits for none of them)."""
    if not counts:
        return _rows(s, {}, {})
    live = select(Document.id).where(Document.version_of_id.is_(None))

    def count_of(model: type[PassageTag]) -> dict[int, int]:
        q = (
            select(model.tag_id, func.count())
            .join(Paragraph, Paragraph.id == model.paragraph_id)
            .where(Paragraph.document_id.in_(live))
            .group_by(model.tag_id)
        )
        return {tag_id: n for tag_id, n in s.execute(q).all()}

    # paragraphs carrying it on the whole or on a passage, each once; and its passages
    either = union(
        select(ParagraphTag.tag_id, ParagraphTag.paragraph_id),
        select(PassageTag.tag_id, PassageTag.paragraph_id),
    ).subquery()
    tagged = (
        select(either.c.tag_id, func.count())
        .join(Paragraph, Paragraph.id == either.c.paragraph_id)
        .where(Paragraph.document_id.in_(live))
        .group_by(either.c.tag_id)
    )
    paragraphs = {tag_id: n for tag_id, n in s.execute(tagged).all()}
    return _rows(s, paragraphs, count_of(PassageTag))


def _rows(s: Session, paragraphs: dict[int, int], passages: dict[int, int]) -> list[TagRow]:
    ordered = tree_order(s.scalars(select(Tag)).all())
    keys = effective_keys(ordered)
    names = {t.id: t.name for t in ordered}
    members: dict[int, int] = {}
    for t in ordered:
        if t.parent_id is not None:
            members[t.parent_id] = members.get(t.parent_id, 0) + 1
    return [
        TagRow(
            t.id,
            t.name,
            t.colour,
            paragraphs.get(t.id, 0),
            position=t.position,
            shortcut=keys.get(t.id),
            parent_id=t.parent_id,
            parent=names.get(t.parent_id) if t.parent_id is not None else None,
            members=members.get(t.id, 0),
            passages=passages.get(t.id, 0),
            uid=t.uid,
        )
        for t in ordered
    ]
