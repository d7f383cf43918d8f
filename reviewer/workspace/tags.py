"""Tag housekeeping: rename, recolour, merge, delete (and put back), order, keys, groups.

The order of tags is ``tag.position`` (tags without one after, oldest first, so a
workspace nobody has ordered lists its tags as it always did).  Groups are one level
deep: a tag may sit in a group (``tag.parent_id``), a group is a tag with tags in it,
and a group never sits in another group.  Tags are listed in "tree order": each
top-level tag followed by its members.

Keys: a tag's key 1-9 is ``tag.shortcut``.  While no tag has one chosen (every
``shortcut`` NULL), the first nine tags in tree order get 1-9, as before keys could be
chosen.  Choosing the first key writes those automatic keys down (so no other tag's
key changes), then moves the chosen key to its tag: a key belongs to one tag at a
time, and a tag that gave its key up keeps ``shortcut`` 0, "no key, by choice", so
taking every key away never brings the automatic ones back.  A tag made later takes
the lowest free key, as the tenth tag once found none.

Every method is one transaction and returns what its undo needs: a deleted tag's rows
with their uids, authors and times (``TagDeletion``), what a merge moved
(``TagMerge``), or every tag's place before (``TagLayout``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from sqlalchemy import delete, func, insert, select, update
from sqlalchemy.orm import Session

from reviewer.errors import BadInput, NotFound
from reviewer.storage.models import Document, Paragraph, ParagraphTag, PassageTag, Tag
from reviewer.workspace.core import Store
from reviewer.workspace.housekeeping_rows import (
    ParagraphTagRecord,
    PassageTagRecord,
    TagDeletion,
    TagLayout,
    TagMerge,
    TagPlace,
)
from reviewer.workspace.rows import TagRow

KEYS = range(1, 10)
_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")

TagRef = int | str  # a tag's id, or its name


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


def tag_rows(s: Session) -> list[TagRow]:
    """Every tag in tree order, with its key, group, members and how many paragraphs
    (and passages) of the documents' latest versions carry it."""
    live = select(Document.id).where(Document.version_of_id.is_(None))

    def counts(model: type[ParagraphTag] | type[PassageTag]) -> dict[int, int]:
        q = (
            select(model.tag_id, func.count())
            .join(Paragraph, Paragraph.id == model.paragraph_id)
            .where(Paragraph.document_id.in_(live))
            .group_by(model.tag_id)
        )
        return {tag_id: n for tag_id, n in s.execute(q).all()}

    paragraphs, passages = counts(ParagraphTag), counts(PassageTag)
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


class Tags:
    """The tags themselves, as opposed to tagging a paragraph (``Review``)."""

    def __init__(self, store: Store):
        self.store = store

    def get_tag(self, ref: TagRef) -> TagRow | None:
        """A tag by id or name (None if there is none)."""
        with self.store.read() as s:
            tag = _find(s, ref)
            if tag is None:
                return None
            return next(r for r in tag_rows(s) if r.id == tag.id)

    def tag_by_uid(self, uid: str) -> TagRow | None:
        """A tag by its uid, which (unlike its id) a delete and its undo keep."""
        with self.store.read() as s:
            return next((r for r in tag_rows(s) if r.uid == uid), None)

    # -- name and colour -------------------------------------------------------------------
    def rename_tag(self, ref: TagRef, name: str) -> str:
        """Give a tag a new name (unique: another tag's name is refused, with a
        pointer to merging).  Returns the old name."""
        name = clean_name(name)
        with self.store.write() as s:
            tag = _tag(s, ref)
            old = tag.name
            other = s.scalar(select(Tag).where(Tag.name == name, Tag.id != tag.id))
            if other is not None:
                raise BadInput(
                    f"there is already a tag named {name!r}; merge {old!r} into it instead"
                )
            tag.name = name
            return old

    def recolour_tag(self, ref: TagRef, colour: str | None) -> str | None:
        """Set a tag's colour ("#rrggbb"; None for the default).  Returns the old one."""
        if colour is not None and not _COLOUR.fullmatch(colour):
            raise BadInput(f"{colour!r} is not a colour like #30638e")
        with self.store.write() as s:
            tag = _tag(s, ref)
            old = tag.colour
            tag.colour = colour.lower() if colour else None
            return old

    # -- delete and put back -------------------------------------------------------------
    def delete_tag(self, ref: TagRef) -> TagDeletion:
        """Delete a tag from every paragraph and passage (a group's tags stay, out of
        any group).  Returns all that ``restore_tag`` needs to put it back."""
        with self.store.write() as s:
            tag = _tag(s, ref)
            gone = _snapshot(s, tag)
            s.execute(update(Tag).where(Tag.parent_id == tag.id).values(parent_id=None))
            s.execute(delete(ParagraphTag).where(ParagraphTag.tag_id == tag.id))
            s.execute(delete(PassageTag).where(PassageTag.tag_id == tag.id))
            s.delete(tag)
            return gone

    def restore_tag(self, gone: TagDeletion) -> TagRow:
        """Put a deleted tag back as it was: the same uid (and id when free), name,
        colour, group, place and key, its tags back in it, and every paragraph and
        passage tag with its own uid, author and time.  Rows of paragraphs since
        removed stay gone."""
        with self.store.write() as s:
            _restore(s, gone)
            return next(r for r in tag_rows(s) if r.uid == gone.uid)

    # -- merge ---------------------------------------------------------------------------
    def merge_tags(self, source: TagRef, target: TagRef) -> TagMerge:
        """Move every paragraph and passage tag of ``source`` to ``target`` (one that
        already has the target keeps it, once) and delete ``source``.  A group's tags
        move to the target when it can be a group (it is in none), else leave the
        group."""
        with self.store.write() as s:
            src, dst = _tag(s, source), _tag(s, target)
            if src.id == dst.id:
                raise BadInput(f"cannot merge {src.name!r} into itself")
            gone = _snapshot(s, src)
            if dst.parent_id == src.id:  # merging a group into one of its tags
                dst.parent_id = None
            have = set(
                s.scalars(select(ParagraphTag.paragraph_id).where(ParagraphTag.tag_id == dst.id))
            )
            moved = [r.uid for r in gone.paragraph_tags if r.paragraph_id not in have]
            s.execute(
                update(ParagraphTag)
                .where(ParagraphTag.uid.in_(moved))
                .values(tag_id=dst.id)
                .execution_options(synchronize_session=False)
            )
            spans = set(
                s.execute(
                    select(PassageTag.paragraph_id, PassageTag.start, PassageTag.end).where(
                        PassageTag.tag_id == dst.id
                    )
                ).all()
            )
            moved_spans = [
                r.uid for r in gone.passage_tags if (r.paragraph_id, r.start, r.end) not in spans
            ]
            s.execute(
                update(PassageTag)
                .where(PassageTag.uid.in_(moved_spans))
                .values(tag_id=dst.id)
                .execution_options(synchronize_session=False)
            )
            # the source's tags go into the target if it can be a group (it is in none)
            into = dst.id if dst.parent_id is None else None
            members = tuple(u for u in gone.members if u != dst.uid) if into else ()
            s.execute(
                update(Tag)
                .where(Tag.parent_id == src.id, Tag.id != dst.id)
                .values(parent_id=into)
                .execution_options(synchronize_session=False)
            )
            s.execute(delete(ParagraphTag).where(ParagraphTag.tag_id == src.id))
            s.execute(delete(PassageTag).where(PassageTag.tag_id == src.id))
            s.execute(delete(Tag).where(Tag.id == src.id))
            return TagMerge(gone, dst.uid, dst.name, tuple(moved), tuple(moved_spans), members)

    def unmerge_tags(self, merge: TagMerge) -> TagRow:
        """Undo ``merge_tags``: the moved rows leave the target, the source comes back
        with all its rows, and its tags go back into it."""
        with self.store.write() as s:
            s.execute(delete(ParagraphTag).where(ParagraphTag.uid.in_(merge.moved_paragraph_uids)))
            s.execute(delete(PassageTag).where(PassageTag.uid.in_(merge.moved_passage_uids)))
            _restore(s, merge.source)
            return next(r for r in tag_rows(s) if r.uid == merge.source.uid)

    # -- order, groups and keys ----------------------------------------------------------
    def tag_layout(self) -> TagLayout:
        """Every tag's place, group and own key, for ``restore_tag_layout``."""
        with self.store.read() as s:
            return _layout(s)

    def restore_tag_layout(self, layout: TagLayout) -> None:
        """Put tags back where ``layout`` says (tags since deleted are skipped; tags
        made since keep their place, and their key unless the layout's keys were the
        automatic ones)."""
        with self.store.write() as s:
            by_uid = {t.uid: t for t in s.scalars(select(Tag))}
            listed = {p.uid for p in layout}
            automatic = all(p.shortcut is None for p in layout)
            for t in by_uid.values():  # keys first: a key moves, never sits on two tags
                if t.uid in listed or automatic:  # automatic keys again: for every tag
                    t.shortcut = None
            s.flush()
            for p in layout:
                tag = by_uid.get(p.uid)
                if tag is None:
                    continue
                parent = by_uid.get(p.parent_uid) if p.parent_uid else None
                tag.position, tag.parent_id = p.position, parent.id if parent else None
                if p.shortcut in KEYS:
                    for other in by_uid.values():
                        if other.shortcut == p.shortcut:
                            other.shortcut = 0
                    tag.shortcut = p.shortcut

    def reorder_tags(self, ids: Iterable[int]) -> TagLayout:
        """List tags in the order of ``ids`` (tags not named follow, in their order).
        Within a group its tags keep this relative order.  Returns the layout before."""
        ids = list(ids)
        if len(set(ids)) != len(ids):
            raise BadInput("a tag is named twice in the new order")
        with self.store.write() as s:
            before = _layout(s)
            tags = {t.id: t for t in s.scalars(select(Tag))}
            unknown = [i for i in ids if i not in tags]
            if unknown:
                raise NotFound(f"no tag with id {unknown[0]}")
            _place(tags, ids)
            return before

    def move_tag(self, ref: TagRef, by: int) -> TagLayout:
        """Move a tag ``by`` places up (negative) or down among the tags beside it
        (top-level tags, or its group's).  Returns the layout before."""
        with self.store.write() as s:
            before = _layout(s)
            tag = _tag(s, ref)
            ordered = tree_order(s.scalars(select(Tag)).all())
            siblings = [t for t in ordered if t.parent_id == tag.parent_id]
            i = siblings.index(tag)
            siblings.insert(max(0, min(len(siblings) - 1, i + by)), siblings.pop(i))

            def beside(parent_id: int | None) -> list[Tag]:
                if parent_id == tag.parent_id:
                    return siblings
                return [t for t in ordered if t.parent_id == parent_id]

            sequence = [m.id for t in beside(None) for m in (t, *beside(t.id))]
            _place({t.id: t for t in ordered}, sequence)
            return before

    def set_tag_group(self, ref: TagRef, group: TagRef | None) -> TagLayout:
        """Put a tag in ``group`` (None: in none), after the group's tags.  Groups are
        one level deep: a group cannot go into a group, nor a tag into a tag that is
        itself in a group.  Returns the layout before."""
        with self.store.write() as s:
            before = _layout(s)
            tag = _tag(s, ref)
            if group is None:
                tag.parent_id = None
                return before
            parent = _tag(s, group)
            if parent.id == tag.id:
                raise BadInput(f"{tag.name!r} cannot be a group of its own")
            n = s.scalar(select(func.count()).where(Tag.parent_id == tag.id)) or 0
            if n:
                raise BadInput(
                    f"{tag.name!r} is a group ({n} tag{'s' if n != 1 else ''} in it); "
                    "a group cannot go into another group"
                )
            if parent.parent_id is not None:
                outer = s.get(Tag, parent.parent_id)
                raise BadInput(
                    f"{parent.name!r} is in the group {outer.name if outer else '?'!r}; "
                    "groups are one level deep"
                )
            tag.parent_id = parent.id
            others = [t for t in tree_order(s.scalars(select(Tag)).all()) if t is not tag]
            last = max(i for i, t in enumerate(others) if t is parent or t.parent_id == parent.id)
            sequence = [t.id for t in others]
            sequence.insert(last + 1, tag.id)  # the last of the group's tags
            _place({t.id: t for t in [*others, tag]}, sequence)
            return before

    def set_tag_key(self, ref: TagRef, key: int | None) -> TagLayout:
        """Give a tag key ``key`` (1-9), taking it from the tag that had it; None
        takes its key away.  Returns the layout before (keys included)."""
        if key is not None and key not in KEYS:
            raise BadInput(f"a tag's key is 1 to 9, not {key}")
        with self.store.write() as s:
            before = _layout(s)
            tag = _tag(s, ref)
            ordered = tree_order(s.scalars(select(Tag)).all())
            if all(t.shortcut is None for t in ordered):  # write the automatic keys down
                for t, k in zip(ordered[:9], KEYS, strict=False):
                    t.shortcut = k
            for t in ordered:
                if key is not None and t.shortcut == key:
                    t.shortcut = 0
            tag.shortcut = key or 0
            return before


def _find(s: Session, ref: TagRef) -> Tag | None:
    if isinstance(ref, int):
        return s.get(Tag, ref)
    return s.scalar(select(Tag).where(Tag.name == " ".join(ref.split())))


def _tag(s: Session, ref: TagRef) -> Tag:
    tag = _find(s, ref)
    if tag is None:
        raise NotFound(f"no tag with id {ref}" if isinstance(ref, int) else f"no tag named {ref!r}")
    return tag


def _place(tags: dict[int, Tag], sequence: list[int]) -> None:
    """Number tags 0, 1, … in ``sequence``, then the rest in their order."""
    named = set(sequence)
    rest = [t.id for t in tree_order(list(tags.values())) if t.id not in named]
    for i, tag_id in enumerate([*sequence, *rest]):
        tags[tag_id].position = i


def _layout(s: Session) -> TagLayout:
    tags = s.scalars(select(Tag)).all()
    uids = {t.id: t.uid for t in tags}
    return tuple(
        TagPlace(t.uid, t.position, uids.get(t.parent_id) if t.parent_id else None, t.shortcut)
        for t in tree_order(tags)
    )


def _snapshot(s: Session, tag: Tag) -> TagDeletion:
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


def _restore(s: Session, gone: TagDeletion) -> None:
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
