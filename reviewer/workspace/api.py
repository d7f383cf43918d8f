"""``Workspace``: one open workspace file, as the window, the command line and scripts
see it.

It is made of services that share one ``Store`` (the file's engine, sessions,
author and backups), each given the store and, explicitly, the services it calls:

- ``queries``  documents and paragraphs with everything hanging off them; search
- ``filters``  the reading pane's filters and look-ups by id
- ``registry`` the recommendation registry
- ``review``   tags, notes, reviewed marks, links, the report short numbers refer to
- ``importer`` files in (it asks ``review`` to resolve the short numbers it brings)

The methods below are the public API, each handing over to its service; they are
spelled out so that a type checker (and a reader) sees every signature here.
"""

from __future__ import annotations

from collections.abc import Iterable
from contextlib import AbstractContextManager
from datetime import datetime
from pathlib import Path
from typing import Self

from sqlalchemy import Engine
from sqlalchemy.orm import Session

from reviewer.ingest import ParsedDocument
from reviewer.storage.backup import BackupInfo
from reviewer.vocabulary import LinkOrigin, LinkStatus
from reviewer.workspace.changes import Changes
from reviewer.workspace.core import Store
from reviewer.workspace.filters import ParagraphFilters
from reviewer.workspace.importing import Importer, Progress
from reviewer.workspace.queries import Queries
from reviewer.workspace.registry_queries import Registry
from reviewer.workspace.review import Review
from reviewer.workspace.rows import (
    DocumentDetail,
    DocumentRow,
    ImportFailure,
    ImportResult,
    LinkRow,
    NoteRow,
    ParagraphRow,
    RecommendationDetail,
    RecommendationRow,
    SearchHit,
    TagRow,
)


class Workspace:
    """A workspace file opened for use.  ``Workspace.open(path)``; close when done."""

    def __init__(self, path: str | Path, author: str | None = None):
        self.store = Store(path, author)
        self.queries = Queries(self.store)
        self.filters = ParagraphFilters(self.store)
        self.registry = Registry(self.store)
        self.review = Review(self.store)
        self.importer = Importer(self.store, self.review)

    @classmethod
    def open(cls, path: str | Path, author: str | None = None) -> Self:
        return cls(path, author)

    # -- the file ----------------------------------------------------------------------
    @property
    def path(self) -> Path:
        return self.store.path

    @property
    def author(self) -> str:
        """Who signs what this workspace writes; may change while it is open."""
        return self.store.author

    @author.setter
    def author(self, name: str) -> None:
        self.store.author = name

    @property
    def engine(self) -> Engine:
        return self.store.engine

    @property
    def backup_path(self) -> Path | None:
        """The copy made before an upgrade, when this open made one."""
        return self.store.backup_path

    @property
    def notice(self) -> str | None:
        """What opening did that the user should know, if anything."""
        return self.store.notice

    @property
    def backup_keep(self) -> int:
        """How many backup copies ``backup()`` keeps."""
        return self.store.backup_keep

    @backup_keep.setter
    def backup_keep(self, n: int) -> None:
        self.store.backup_keep = n

    def close(self) -> None:
        self.store.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def read(self) -> AbstractContextManager[Session]:
        """One read transaction: a consistent snapshot for everything inside."""
        return self.store.read()

    def write(self) -> AbstractContextManager[Session]:
        """One transaction: everything inside lands, or nothing does."""
        return self.store.write()

    def take_changes(self) -> Changes:
        """What this workspace's writes changed since the last call (see ``changes.py``)."""
        return self.store.take_changes()

    def external_change(self) -> bool | None:
        """Whether another process wrote to the file since the last call (None: busy)."""
        return self.store.external_change()

    def backup(self, reason: str = "manual") -> Path:
        """A copy of the workspace now, in the backup folder next to it (BackupError)."""
        return self.store.backup(reason)

    def backups(self) -> list[BackupInfo]:
        """The backup copies of this workspace, newest first, with their row counts."""
        return self.store.backups()

    def restore(self, file: str | Path) -> Path:
        """Make the workspace what ``file`` holds; returns the copy of what it was."""
        return self.store.restore(file)

    # -- importing ---------------------------------------------------------------------
    def import_files(
        self,
        paths: Iterable[str | Path],
        progress: Progress | None = None,
        encoding: str | None = None,
    ) -> tuple[list[ImportResult], list[ImportFailure]]:
        """Import each file in its own transaction; a failure does not stop the others."""
        return self.importer.import_files(paths, progress, encoding)

    def import_file(self, path: str | Path, encoding: str | None = None) -> ImportResult:
        return self.importer.import_file(path, encoding)

    def import_bytes(
        self,
        data: bytes,
        file_name: str,
        display_name: str | None = None,
        encoding: str | None = None,
    ) -> ImportResult:
        return self.importer.import_bytes(data, file_name, display_name, encoding)

    def import_parsed(self, parsed: ParsedDocument, display: str | None = None) -> ImportResult:
        return self.importer.import_parsed(parsed, display)

    # -- documents and paragraphs ------------------------------------------------------
    def documents(self) -> list[DocumentRow]:
        return self.queries.documents()

    def get_document(self, doc_id: int) -> DocumentRow | None:
        return self.queries.get_document(doc_id)

    def document(self, doc_id: int) -> DocumentDetail | None:
        """A document with every paragraph, its links, footnotes, tags, notes and citations."""
        return self.queries.document(doc_id)

    def paragraph(self, paragraph_id: int) -> ParagraphRow | None:
        return self.queries.paragraph(paragraph_id)

    def paragraph_ids(self, doc_id: int) -> list[int]:
        return self.queries.paragraph_ids(doc_id)

    def paragraphs(self, ids: list[int]) -> list[ParagraphRow]:
        """Rows for these ids, in the order given (for models that fetch lazily)."""
        return self.queries.paragraphs(ids)

    def search(
        self, query: str, limit: int = 50, document_id: int | None = None
    ) -> list[SearchHit]:
        """Ranked full-text search; snippets mark hits with fts.HIT_START/HIT_END."""
        return self.queries.search(query, limit, document_id)

    def paragraph_ids_filtered(
        self,
        document_id: int | None = None,
        tag: str | int | None = None,
        recommendation_id: int | None = None,
        has_note: bool | None = None,
        unreviewed: bool | None = None,
    ) -> list[int]:
        """Paragraph ids matching every given filter, in reading order (None: any)."""
        return self.filters.paragraph_ids_filtered(
            document_id, tag, recommendation_id, has_note, unreviewed
        )

    def footnote_markers(self, paragraph_ids: list[int]) -> dict[int, list[tuple[int, str, int]]]:
        """Where each footnote marker stood in a paragraph: ``{pid: [(offset, marker, fid)]}``."""
        return self.filters.footnote_markers(paragraph_ids)

    # -- the registry ------------------------------------------------------------------
    def recommendations(
        self,
        symbol: str | None = None,
        state: str | None = None,
        position: str | None = None,
        theme: str | None = None,
        text_contains: str | None = None,
        cited: bool | None = None,
    ) -> list[RecommendationRow]:
        return self.registry.recommendations(symbol, state, position, theme, text_contains, cited)

    def recommendation(self, symbol: str, number: str) -> RecommendationDetail | None:
        return self.registry.recommendation(symbol, number)

    def recommendation_by_id(self, rec_id: int) -> RecommendationDetail | None:
        return self.registry.recommendation_by_id(rec_id)

    # -- tags --------------------------------------------------------------------------
    def tags(self) -> list[TagRow]:
        return self.review.tags()

    def create_tag(self, name: str, colour: str | None = None) -> TagRow:
        """The tag named ``name``, made now if new (the colour only applies then)."""
        return self.review.create_tag(name, colour)

    def add_tag(self, paragraph_id: int, name: str) -> bool:
        """Tag a paragraph (creating the tag); False when it already had it."""
        return self.review.add_tag(paragraph_id, name)

    def remove_tag(self, paragraph_id: int, name: str) -> bool:
        """Untag a paragraph; False when it did not have the tag."""
        return self.review.remove_tag(paragraph_id, name)

    # -- notes -------------------------------------------------------------------------
    def notes(self, paragraph_id: int | None = None) -> list[NoteRow]:
        return self.review.notes(paragraph_id)

    def note_by_uid(self, uid: str) -> NoteRow | None:
        """A note by its uid, which (unlike its id) survives an undo that re-creates it."""
        return self.filters.note_by_uid(uid)

    def add_note(
        self,
        paragraph_id: int,
        body: str,
        span: tuple[int, int] | None = None,
        uid: str | None = None,
        created_at: datetime | None = None,
    ) -> NoteRow:
        """Add a note; ``uid``/``created_at`` let undo restore a deleted note as it was."""
        return self.review.add_note(paragraph_id, body, span, uid, created_at)

    def update_note(self, note_id: int, body: str) -> NoteRow:
        return self.review.update_note(note_id, body)

    def delete_note(self, note_id: int) -> NoteRow:
        return self.review.delete_note(note_id)

    # -- reviewed marks, links, reports ------------------------------------------------
    def set_reviewed(self, paragraph_id: int, reviewed: bool = True) -> bool:
        """Returns the previous state, for undo."""
        return self.review.set_reviewed(paragraph_id, reviewed)

    def link(
        self,
        paragraph_id: int,
        symbol: str,
        number: str,
        origin: str = LinkOrigin.MANUAL,
        status: str = LinkStatus.CONFIRMED,
    ) -> LinkRow:
        """Link a paragraph to a recommendation, entering it in the registry if new."""
        return self.review.link(paragraph_id, symbol, number, origin, status)

    def set_link_status(self, link_id: int, status: str) -> str:
        """Confirm, reject or re-suggest a link; returns the previous status."""
        return self.review.set_link_status(link_id, status)

    def unlink(self, link_id: int) -> None:
        self.review.unlink(link_id)

    def set_document_report(self, document_id: int, symbol: str | None) -> int:
        """Name the report a document's short numbers refer to; returns links made."""
        return self.review.set_document_report(document_id, symbol)

    def resolve_short_references(self, document_id: int | None = None) -> int:
        """Resolve "recommendations 30–31" against the document's named report."""
        return self.review.resolve_short_references(document_id)

    def delete_document(self, document_id: int) -> Path | None:
        """Remove a document with its paragraphs and review work, after a backup copy.

        Returns the copy (None if the document was not there to remove).
        """
        if self.get_document(document_id) is None:
            return None
        copy = self.store.backup(f"before-removing-document-{document_id}")
        self.review.delete_document(document_id)
        return copy
