"""Records of tag housekeeping (what a delete, a merge or a rearrangement undoes to)
and the rows of the list of every note.

Rows a person made are kept with their uid, author and time, so an undo puts them
back as they were, not as new rows signed by whoever undid.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from reviewer.workspace.rows import page_label


@dataclass(frozen=True)
class ParagraphTagRecord:
    """A tag on a whole paragraph (a ``paragraph_tag`` row)."""

    paragraph_id: int
    uid: str
    created_by: str | None
    created_at: datetime


@dataclass(frozen=True)
class PassageTagRecord:
    """A tag on characters ``start`` to ``end`` of a paragraph (a ``passage_tag`` row)."""

    id: int
    uid: str
    paragraph_id: int
    start: int
    end: int
    created_by: str | None
    created_at: datetime


@dataclass(frozen=True)
class TagDeletion:
    """A deleted tag with everything needed to put it back exactly
    (``Workspace.restore_tag``): its row, the tags that were in it (a group's) and
    every paragraph and passage that carried it."""

    id: int
    uid: str
    name: str
    colour: str | None
    parent_uid: str | None
    position: int | None
    shortcut: int | None
    created_by: str | None
    created_at: datetime
    members: tuple[str, ...]  # uids of the tags in it
    paragraph_tags: tuple[ParagraphTagRecord, ...]
    passage_tags: tuple[PassageTagRecord, ...]

    @property
    def paragraphs(self) -> int:
        return len(self.paragraph_tags)

    @property
    def passages(self) -> int:
        return len(self.passage_tags)


@dataclass(frozen=True)
class TagMerge:
    """What merging ``source`` into a target did (``Workspace.unmerge_tags`` undoes
    it): the source as it was, and which of its rows now carry the target (their
    uids kept; the rest were already on the target and went with the source)."""

    source: TagDeletion
    target_uid: str
    target: str  # its name
    moved_paragraph_uids: tuple[str, ...]
    moved_passage_uids: tuple[str, ...]
    moved_members: tuple[str, ...]  # uids of the source's tags now in the target

    @property
    def paragraphs_moved(self) -> int:
        return len(self.moved_paragraph_uids)

    @property
    def paragraphs_already(self) -> int:
        """Paragraphs that had both tags: now once, with the target."""
        return self.source.paragraphs - self.paragraphs_moved

    @property
    def passages_moved(self) -> int:
        return len(self.moved_passage_uids)

    @property
    def passages_already(self) -> int:
        return self.source.passages - self.passages_moved


@dataclass(frozen=True)
class TagPlace:
    """Where one tag is listed: its position and its group (by uid)."""

    uid: str
    position: int | None
    parent_uid: str | None
    shortcut: int | None


# every tag's place and key, before a reorder, a (un)grouping or a key given: what
# ``Workspace.restore_tag_layout`` puts back
TagLayout = tuple[TagPlace, ...]


@dataclass(frozen=True)
class NoteListRow:
    """A note with where it is: its document, the paragraph's label and pages, and
    the words a note on a passage is about."""

    id: int
    uid: str
    paragraph_id: int
    body: str
    author: str | None
    created_at: datetime
    updated_at: datetime
    span_start: int | None
    span_end: int | None
    document_id: int
    document_title: str
    label: str | None
    page_start: int | None
    page_end: int | None
    quote: str | None = None  # the passage's text, for a note on one
    review: str | None = None  # the document's review, "CHN-4"

    @property
    def pages(self) -> str:
        """ "p. 12", "pp. 12–13" or ""."""
        return page_label(self.page_start, self.page_end)
