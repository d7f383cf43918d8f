"""Undo commands for tag housekeeping (Review › Manage tags…): rename, recolour,
merge, delete, and the order, keys and groups of tags.

Tags are found again by uid, never by id: a deleted tag put back by undo keeps its
uid, not always its id.  A command over several tags (merge or delete a selection)
is one step: if one of them fails, the others are undone before the error is shown.
"""

from __future__ import annotations

from collections.abc import Callable

from reviewer.workspace import Changes, NotFound, TagDeletion, TagLayout, TagMerge
from ui.i18n import tr
from ui.session import Command, Session


class _TagsCommand(Command):
    """A change to tags rather than to one paragraph."""

    # every paragraph shows its tags' names and colours: re-read them all
    paragraphs_show_it = True

    def __init__(self, session: Session, text: str):
        super().__init__(session, 0, text)
        self.paragraph_id = None

    def notify(self) -> None:
        own = Changes(tags=True, all_paragraphs=self.paragraphs_show_it)
        self.session.applied.emit(self.ws.take_changes() | own)

    def _id(self, uid: str) -> int:
        tag = self.ws.tag_by_uid(uid)
        if tag is None:
            raise NotFound(tr("the tag is gone"))
        return tag.id


class RenameTagCommand(_TagsCommand):
    def __init__(self, session: Session, uid: str, old: str, new: str):
        super().__init__(session, tr("Rename tag “{old}” to “{new}”").format(old=old, new=new))
        self.uid, self.old, self.new = uid, old, new

    def do(self) -> None:
        self.old = self.ws.rename_tag(self._id(self.uid), self.new)

    def undo_(self) -> None:
        self.ws.rename_tag(self._id(self.uid), self.old)


class RecolourTagCommand(_TagsCommand):
    def __init__(self, session: Session, uid: str, name: str, colour: str):
        super().__init__(session, tr("Colour of tag “{name}”").format(name=name))
        self.uid, self.colour = uid, colour
        self.old: str | None = None

    def do(self) -> None:
        self.old = self.ws.recolour_tag(self._id(self.uid), self.colour)

    def undo_(self) -> None:
        self.ws.recolour_tag(self._id(self.uid), self.old)


class MergeTagsCommand(_TagsCommand):
    """Merge one or more tags into a target: their paragraphs and passages carry the
    target (once each) and they are deleted; undo puts each back as it was."""

    def __init__(self, session: Session, sources: list[tuple[str, str]], target: tuple[str, str]):
        names = ", ".join(f"“{name}”" for _, name in sources)
        super().__init__(
            session, tr("Merge {tags} into “{target}”").format(tags=names, target=target[1])
        )
        self.sources = [uid for uid, _ in sources]
        self.target = target[0]
        self.merges: list[TagMerge] = []

    def do(self) -> None:
        self.merges = []
        try:
            for uid in self.sources:
                self.merges.append(self.ws.merge_tags(self._id(uid), self._id(self.target)))
        except Exception:
            self.undo_()
            raise

    def undo_(self) -> None:
        for merge in reversed(self.merges):
            self.ws.unmerge_tags(merge)
        self.merges = []


class DeleteTagsCommand(_TagsCommand):
    """Delete tags from every paragraph and passage; undo restores every row."""

    def __init__(self, session: Session, tags: list[tuple[str, str]]):
        text = (
            tr("Delete tag “{name}”").format(name=tags[0][1])
            if len(tags) == 1
            else tr("Delete %n tag(s)", "", len(tags))
        )
        super().__init__(session, text)
        self.uids = [uid for uid, _ in tags]
        self.gone: list[TagDeletion] = []

    def do(self) -> None:
        self.gone = []
        try:
            for uid in self.uids:
                self.gone.append(self.ws.delete_tag(self._id(uid)))
        except Exception:
            self.undo_()
            raise

    def undo_(self) -> None:
        for gone in reversed(self.gone):
            self.ws.restore_tag(gone)
        self.gone = []


class TagLayoutCommand(_TagsCommand):
    """A change to where tags are listed, their groups or their keys: ``change`` does
    it (and returns the layout before, as every such workspace method does); undo puts
    every tag back where it was."""

    paragraphs_show_it = False  # paragraphs show tags by name: nothing to re-read there

    def __init__(
        self,
        session: Session,
        text: str,
        change: Callable[[], object],
        made: str | None = None,
    ):
        super().__init__(session, text)
        self.change = change
        self.made = made  # a tag (a new group) ``change`` makes: undo deletes it again
        self.before: TagLayout | None = None

    def do(self) -> None:
        before = self.ws.tag_layout()
        try:
            self.change()
        except Exception:
            self.before = before  # a change of several steps: none of them stays
            self.undo_()
            raise
        self.before = before

    def undo_(self) -> None:
        if self.before is not None:
            self.ws.restore_tag_layout(self.before)
        made = self.ws.get_tag(self.made) if self.made else None
        if made is not None and not (made.paragraphs or made.passages or made.members):
            self.ws.delete_tag(made.id)
