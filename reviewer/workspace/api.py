"""``Workspace``: one open workspace file, as the window, the command line and scripts
see it.

It is made of services that share one ``Store`` (the file's engine, sessions,
author and backups), each given the store and, explicitly, the services it calls:

- ``queries``  documents and paragraphs with everything hanging off them; search
- ``filters``  the reading pane's filters and look-ups by id
- ``registry`` the recommendation registry
- ``review``   tags, notes, reviewed marks, links, the report short numbers refer to
- ``tags_``    the tags themselves: rename, recolour, merge, delete, order, keys, groups
- ``note_list`` every note with its document and paragraph, for the Notes pane
- ``passages_`` tags on passages of a paragraph (a passage note is a note with a span)
- ``cycles``   reviews (one State in one cycle, "CHN-4"): listing, placing documents
- ``importer`` files in (it asks ``review`` to resolve the short numbers it brings)
- ``continuity`` each recommendation's likely predecessors in the State's earlier cycles
- ``suggestions`` the recommendations an uncited paragraph likely speaks to
- ``versions_`` a document's versions, the difference between two (a new version is
  an import: ``importer``)
- ``checks``   a draft checked against the rules and the registry; dismissed findings
- ``admin``    documents removed (and brought back), renamed, their details edited
- ``sources``  the files documents were imported from: still there, still the same?
- ``history_`` who did what to which paragraph, and when
- ``indexing`` the search index brought up to date after the rows are written: in
  the background by the window (``background_indexing``), else before a search and
  at the end of an import

The methods below are the public API, each handing over to its service; they are
spelled out so that a type checker (and a reader) sees every signature here.
"""

from __future__ import annotations

import threading
from pathlib import Path
from typing import TYPE_CHECKING, Self

from sqlalchemy import Engine

from reviewer.workspace.core import Store
from reviewer.workspace.delegate import Later, service, settled, then_settled, via

if TYPE_CHECKING:
    from reviewer.workspace.checks import Checks
    from reviewer.workspace.continuity import Continuity
    from reviewer.workspace.coverage import CoverageQueries
    from reviewer.workspace.documents_admin import DocumentAdmin
    from reviewer.workspace.filters import ParagraphFilters
    from reviewer.workspace.history import HistoryLog
    from reviewer.workspace.importing import Importer
    from reviewer.workspace.indexing import IndexBacklog, Indexing
    from reviewer.workspace.note_list import NoteList
    from reviewer.workspace.numbering import NumberingService
    from reviewer.workspace.passages import Passages
    from reviewer.workspace.queries import Queries
    from reviewer.workspace.registry_queries import Registry
    from reviewer.workspace.review import Review
    from reviewer.workspace.reviews import Reviews
    from reviewer.workspace.rows import DocumentReview
    from reviewer.workspace.sources import Sources
    from reviewer.workspace.suggestions import Suggestions
    from reviewer.workspace.tags import Tags
    from reviewer.workspace.versions import Versions
else:  # each service's module imported when the service is first used
    Checks = Later("reviewer.workspace.checks", "Checks")
    Continuity = Later("reviewer.workspace.continuity", "Continuity")
    CoverageQueries = Later("reviewer.workspace.coverage", "CoverageQueries")
    DocumentAdmin = Later("reviewer.workspace.documents_admin", "DocumentAdmin")
    ParagraphFilters = Later("reviewer.workspace.filters", "ParagraphFilters")
    HistoryLog = Later("reviewer.workspace.history", "HistoryLog")
    Importer = Later("reviewer.workspace.importing", "Importer")
    Indexing = Later("reviewer.workspace.indexing", "Indexing")
    NoteList = Later("reviewer.workspace.note_list", "NoteList")
    NumberingService = Later("reviewer.workspace.numbering", "NumberingService")
    Passages = Later("reviewer.workspace.passages", "Passages")
    Queries = Later("reviewer.workspace.queries", "Queries")
    Registry = Later("reviewer.workspace.registry_queries", "Registry")
    Review = Later("reviewer.workspace.review", "Review")
    Reviews = Later("reviewer.workspace.reviews", "Reviews")
    Sources = Later("reviewer.workspace.sources", "Sources")
    Suggestions = Later("reviewer.workspace.suggestions", "Suggestions")
    Tags = Later("reviewer.workspace.tags", "Tags")
    Versions = Later("reviewer.workspace.versions", "Versions")


def load_services() -> None:
    """Import every service's module now, not at its first use: the window's start does
    it off its GUI thread, so its first clicks import nothing."""
    Later.import_all()


class Workspace:
    """A workspace file opened for use.  ``Workspace.open(path)``; close when done."""

    def __init__(self, path: str | Path, author: str | None = None, password: str | None = None):
        self._making = threading.RLock()  # the services below: each made once, on first use
        self.store = Store(path, author, password)

    queries = service(lambda ws: Queries(ws.store))
    filters = service(lambda ws: ParagraphFilters(ws.store))
    registry = service(lambda ws: Registry(ws.store))
    review = service(lambda ws: Review(ws.store))
    tags_ = service(lambda ws: Tags(ws.store))
    note_list = service(lambda ws: NoteList(ws.store))
    passages_ = service(lambda ws: Passages(ws.store, ws.review))
    cycles = service(lambda ws: Reviews(ws.store))
    numbering_ = service(lambda ws: NumberingService(ws.store, ws.review, ws.cycles))
    coverage_ = service(lambda ws: CoverageQueries(ws.store, ws.queries, ws.registry))
    importer = service(lambda ws: Importer(ws.store, ws.review))
    continuity = service(lambda ws: Continuity(ws.store))
    suggestions = service(lambda ws: Suggestions(ws.store))
    versions_ = service(lambda ws: Versions(ws.store))
    checks = service(lambda ws: Checks(ws.store))
    admin = service(lambda ws: DocumentAdmin(ws.store))
    sources = service(lambda ws: Sources(ws.store))
    history_ = service(lambda ws: HistoryLog(ws.store))
    indexing = service(lambda ws: Indexing(ws.store))

    @classmethod
    def open(cls, path: str | Path, author: str | None = None, password: str | None = None) -> Self:
        """A workspace file, or a team workspace's ``postgresql://`` URL (``password``:
        given to the connection alone, when libpq's own sources do not hold it)."""
        return cls(path, author, password)

    # -- the file ----------------------------------------------------------------------
    @property
    def path(self) -> Path:
        return self.store.path

    @property
    def location(self) -> str:
        """What to show for the workspace: the file's path, or the URL sans password."""
        return self.store.location

    @property
    def server(self) -> bool:
        """A team workspace on a PostgreSQL server (not a file)."""
        return self.store.server

    @property
    def role(self) -> str:
        """What this login may do: "reader", "reviewer" or "editor" (a file: editor)."""
        return self.store.role

    def can(self, role: str) -> bool:
        return self.store.can(role)

    def require(self, role: str, doing: str) -> None:
        """ReadOnly, with the sentence a person reads, unless this login may ``doing``."""
        self.store.require(role, doing)

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

    read = via("store", Store.read)
    write = via("store", Store.write)
    take_changes = via("store", Store.take_changes)
    external_change = via("store", Store.external_change)
    external_changes = via("store", Store.external_changes)
    backup = via("store", Store.backup)
    backups = via("store", Store.backups)
    last_backup_time = via("store", Store.last_backup_time)
    restore = via("store", Store.restore)

    # -- importing ---------------------------------------------------------------------
    history = via("history_", HistoryLog.history)
    import_files = then_settled(via("importer", Importer.import_files))
    import_file = then_settled(via("importer", Importer.import_file))
    import_bytes = then_settled(via("importer", Importer.import_bytes))
    import_parsed = then_settled(via("importer", Importer.import_parsed))

    # -- the search index --------------------------------------------------------------
    @property
    def background_indexing(self) -> bool:
        """The window's: it runs ``index_steps`` off its GUI thread itself, so imports
        return as soon as the rows are stored and searches do not wait."""
        return self.indexing.background

    @background_indexing.setter
    def background_indexing(self, on: bool) -> None:
        self.indexing.background = on

    index_pending = via("indexing", Indexing.index_pending)
    index_steps = via("indexing", Indexing.steps)
    index_owed = via("indexing", Indexing.owed)

    def index_backlog(self) -> IndexBacklog:
        """What the search index has still to take in (documents being indexed)."""
        return self.indexing.backlog()

    # -- the original files ------------------------------------------------------------
    source_file = via("sources", Sources.source_file)
    locate_source = via("sources", Sources.locate_source)

    # -- documents and paragraphs ------------------------------------------------------
    documents = via("queries", Queries.documents)
    get_document = via("queries", Queries.get_document)
    document = via("queries", Queries.document)
    paragraph = via("queries", Queries.paragraph)
    paragraph_ids = via("queries", Queries.paragraph_ids)
    paragraphs = via("queries", Queries.paragraphs)
    search = settled(via("queries", Queries.search))
    search_languages = via("queries", Queries.search_languages)
    paragraph_ids_filtered = via("filters", ParagraphFilters.paragraph_ids_filtered)
    footnote_markers = via("filters", ParagraphFilters.footnote_markers)

    # -- versions ----------------------------------------------------------------------
    versions = via("versions_", Versions.versions)
    diff = via("versions_", Versions.diff)
    work_on_gone_paragraphs = via("versions_", Versions.work_on_gone_paragraphs)
    set_changed_since_review = via("versions_", Versions.set_changed_since_review)

    # -- the registry ------------------------------------------------------------------
    recommendations = via("registry", Registry.recommendations)
    recommendation = via("registry", Registry.recommendation)
    recommendation_by_id = via("registry", Registry.recommendation_by_id)

    # -- tags --------------------------------------------------------------------------
    tags = via("review", Review.tags)
    create_tag = via("review", Review.create_tag)
    add_tag = via("review", Review.add_tag)
    remove_tag = via("review", Review.remove_tag)
    get_tag = via("tags_", Tags.get_tag)
    tag_by_uid = via("tags_", Tags.tag_by_uid)
    rename_tag = via("tags_", Tags.rename_tag)
    recolour_tag = via("tags_", Tags.recolour_tag)
    merge_tags = via("tags_", Tags.merge_tags)
    unmerge_tags = via("tags_", Tags.unmerge_tags)
    delete_tag = via("tags_", Tags.delete_tag)
    restore_tag = via("tags_", Tags.restore_tag)
    tag_layout = via("tags_", Tags.tag_layout)
    restore_tag_layout = via("tags_", Tags.restore_tag_layout)
    reorder_tags = via("tags_", Tags.reorder_tags)
    move_tag = via("tags_", Tags.move_tag)
    set_tag_group = via("tags_", Tags.set_tag_group)
    set_tag_key = via("tags_", Tags.set_tag_key)
    # -- passages (a tag on part of a paragraph) ----------------------------------------
    passages = via("passages_", Passages.passages)
    add_passage_tag = via("passages_", Passages.add_passage_tag)
    remove_passage_tag = via("passages_", Passages.remove_passage_tag)

    # -- notes -------------------------------------------------------------------------
    notes = via("review", Review.notes)
    all_notes = via("note_list", NoteList.all_notes)
    note_by_uid = via("filters", ParagraphFilters.note_by_uid)
    add_note = via("review", Review.add_note)
    update_note = via("review", Review.update_note)
    delete_note = via("review", Review.delete_note)

    # -- reviewed marks, links, reports ------------------------------------------------
    set_reviewed = via("review", Review.set_reviewed)
    link = via("review", Review.link)
    link_and_previous = via("review", Review.link_and_previous)
    link_id = via("review", Review.link_id)
    set_link_status = via("review", Review.set_link_status)

    def unlink(self, link_id: int) -> None:
        self.review.unlink(link_id)

    set_document_report = via("review", Review.set_document_report)
    resolve_short_references = via("review", Review.resolve_short_references)

    # -- coverage --------------------------------------------------------------------------
    coverage = via("coverage_", CoverageQueries.coverage)
    coverage_links = via("coverage_", CoverageQueries.coverage_links)

    # -- suggestions ------------------------------------------------------------------------
    suggest = via("suggestions", Suggestions.suggest)
    suggested = via("suggestions", Suggestions.suggested)
    suggestion_scope = via("suggestions", Suggestions.scope)
    decide_link = via("suggestions", Suggestions.decide)
    undo_decision = via("suggestions", Suggestions.undo_decision)

    # -- the draft check --------------------------------------------------------------------
    check_document = via("checks", Checks.check_document)
    check_file = via("checks", Checks.check_file)
    check_bytes = via("checks", Checks.check_bytes)
    dismiss_finding = via("checks", Checks.dismiss_finding)
    restore_finding = via("checks", Checks.restore_finding)
    dismissed_findings = via("checks", Checks.dismissed_findings)

    # -- continuity across cycles ---------------------------------------------------------
    predecessors = via("continuity", Continuity.predecessors)
    predecessors_of = via("continuity", Continuity.predecessors_of)
    set_predecessor_status = via("continuity", Continuity.set_predecessor_status)
    suggest_predecessors = via("continuity", Continuity.suggest_predecessors)

    # -- reviews -------------------------------------------------------------------------
    reviews = via("cycles", Reviews.reviews)
    get_review = via("cycles", Reviews.get_review)
    document_review = via("cycles", Reviews.document_review)
    short_numbers = via("cycles", Reviews.short_numbers)

    def set_document_review(self, document_id: int, code: str | None) -> DocumentReview:
        """Place a document in review ``code`` by hand ("CHN-4"; None: in none); its short
        numbers are read again.  Returns where it was, for ``restore_document_review``."""
        before = self.cycles.set_document_review(document_id, code)
        self.review.unresolve_short_references(document_id)
        self.review.resolve_short_references(document_id)
        return before

    def restore_document_review(self, previous: DocumentReview) -> None:
        self.cycles.restore_document_review(previous)
        self.review.unresolve_short_references(previous.document_id)
        self.review.resolve_short_references(previous.document_id)

    def set_short_reading(self, document_id: int, reading: str | None) -> str | None:
        """Choose how a document's short numbers read against a report numbering them
        under several paragraphs ("121", "122", or "running"); returns the previous
        choice.  The numbers are read again at once."""
        before = self.cycles.set_short_reading(document_id, reading)
        self.review.unresolve_short_references(document_id)
        self.review.resolve_short_references(document_id)
        return before

    # -- numbering inference -------------------------------------------------------------
    numbering = via("numbering_", NumberingService.numbering)
    accept_numbering = via("numbering_", NumberingService.accept_numbering)

    # -- documents: removed, brought back, renamed ------------------------------------------
    removal_summary = via("admin", DocumentAdmin.removal_summary)
    remove_document = via("admin", DocumentAdmin.remove)
    restore_document = via("admin", DocumentAdmin.restore)
    document_details = via("admin", DocumentAdmin.details)
    edit_document = via("admin", DocumentAdmin.edit)

    def delete_document(self, document_id: int) -> Path | None:
        """Remove a document with its paragraphs and review work, after a backup copy
        (``remove_document``, which also keeps what is needed to bring it back).

        Returns the copy (None if the document was not there to remove).
        """
        if self.get_document(document_id) is None:
            return None
        return self.remove_document(document_id).backup
