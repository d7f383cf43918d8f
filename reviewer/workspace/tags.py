"""Tag housekeeping: rename, recolour, merge, delete (and put back), order, keys, groups.

How tags are ordered and keyed is ``reviewer.workspace.tag_order``; what a delete
keeps for its undo, ``reviewer.workspace.tag_records``.  Choosing the first key
writes the automatic keys down (so no other tag's key changes), then moves the
chosen key to its tag: a key belongs to one tag at a time.  A group never sits in
another group.

Every method is one transaction and returns what its undo needs: a deleted tag's rows
with their uids, authors and times (``TagDeletion``), what a merge moved
(``TagMerge``), or every tag's place before (``TagLayout``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from sqlalchemy import delete, func, select, update
from sqlalchemy.orm import Session

from reviewer.errors import BadInput, NotFound
from reviewer.storage.models import ParagraphTag, PassageTag, Tag
from reviewer.workspace.core import Store
from reviewer.workspace.housekeeping_rows import TagDeletion, TagLayout, TagMerge, TagPlace
from reviewer.workspace.rows import TagRow
from reviewer.workspace.tag_order import KEYS, clean_name, tag_rows, tree_order
from reviewer.workspace.tag_records import restore, snapshot

_COLOUR = re.compile(r"#[0-9a-fA-F]{6}")

TagRef = int | str  # a tag's id, or its name


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
            gone = snapshot(s, tag)
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
            restore(s, gone)
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
            gone = snapshot(s, src)
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
            restore(s, merge.source)
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
