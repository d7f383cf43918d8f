"""Plain records about a document's versions: what an import carried over, each
version's summary, and the difference between two versions."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True)
class WorkCounts:
    """A person's work on some paragraphs: notes, tags, links (made or decided by a
    person) and reviewed marks, with the paragraphs holding it."""

    notes: int = 0
    tags: int = 0
    links: int = 0
    reviewed: int = 0
    paragraph_ids: tuple[int, ...] = ()

    @property
    def total(self) -> int:
        return self.notes + self.tags + self.links + self.reviewed

    def __bool__(self) -> bool:
        return self.total > 0

    def describe(self, where: str = "on paragraphs that are gone") -> str:
        """'3 notes, 1 tag on paragraphs that are gone' ('' when there is none)."""
        parts = [
            f"{n} {word}{'' if n == 1 else 's'}"
            for n, word in (
                (self.notes, "note"),
                (self.tags, "tag"),
                (self.links, "link"),
                (self.reviewed, "reviewed mark"),
            )
            if n
        ]
        return f"{', '.join(parts)} {where}" if parts else ""

    def as_dict(self) -> dict:
        return {
            "notes": self.notes,
            "tags": self.tags,
            "links": self.links,
            "reviewed": self.reviewed,
            "paragraph_ids": list(self.paragraph_ids),
        }


@dataclass(frozen=True)
class ChangeCounts:
    """How the paragraphs of a version continue the previous version's."""

    unchanged: int = 0
    moved: int = 0
    edited: int = 0
    split: int = 0
    merged: int = 0
    added: int = 0
    removed: int = 0  # paragraphs of the previous version nothing continues

    @classmethod
    def of(cls, counts: dict[str, int]) -> ChangeCounts:
        return cls(**{k: int(counts.get(k, 0)) for k in cls.__dataclass_fields__})

    def as_dict(self) -> dict[str, int]:
        return {k: getattr(self, k) for k in self.__dataclass_fields__}

    def describe(self) -> str:
        """'14 unchanged, 1 edited, 1 removed' (kinds with none left out)."""
        return ", ".join(f"{v} {k}" for k, v in self.as_dict().items() if v) or "no paragraphs"


@dataclass(frozen=True)
class VersionImport:
    """What importing a file as a new version of a document did."""

    document_id: int  # the document (its id is the latest version's)
    version: int  # the version the import made
    previous_document_id: int  # the row now holding the previous version
    changes: ChangeCounts
    followed: WorkCounts  # work that followed its paragraphs into the new version
    gone: WorkCounts  # work left on paragraphs that are gone (kept on the earlier version)
    changed_since_review: int  # paragraphs whose text changed after a person's work


@dataclass(frozen=True)
class VersionRow:
    """One version of a document."""

    version: int
    document_id: int  # the row holding it: the document's own id for the latest
    live_id: int  # the document's id (its latest version's)
    latest: bool
    title: str
    file: str
    format: str
    pages: int | None
    imported_at: datetime | None
    imported_by: str | None
    superseded_at: datetime | None  # when a newer version came (None: the latest)
    paragraphs: int
    changes: ChangeCounts | None  # against the previous version (None: the first)
    # a person's work still on this version's paragraphs (an earlier version's: on
    # paragraphs that are gone, its work having followed the others)
    gone: WorkCounts


@dataclass(frozen=True)
class DiffParagraph:
    """A paragraph of the later version and what it continues."""

    paragraph_id: int
    seq: int
    label: str | None
    kind: str
    change: str  # ParagraphChange (never "removed")
    text: str
    previous_ids: tuple[int, ...]  # the earlier version's paragraphs (several: merged)
    previous_labels: tuple[str | None, ...]
    previous_text: str  # their text (joined by a space when merged)
    # word-level difference from ``previous_text`` (edited, split, merged): runs of
    # ("equal" | "delete" | "insert", text); () when unchanged, moved or added
    words: tuple[tuple[str, str], ...]
    changed_since_review: bool


@dataclass(frozen=True)
class RemovedParagraph:
    """A paragraph of the earlier version that no paragraph of the later one continues."""

    paragraph_id: int
    seq: int
    label: str | None
    text: str
    work: WorkCounts  # a person's work kept on it


@dataclass(frozen=True)
class VersionDiff:
    document_id: int
    from_version: int
    to_version: int
    from_document_id: int  # the rows holding the two versions
    to_document_id: int
    changes: ChangeCounts
    paragraphs: tuple[DiffParagraph, ...]
    removed: tuple[RemovedParagraph, ...]
