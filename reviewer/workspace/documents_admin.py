"""Documents as a person tidies them: removed (and brought back), renamed, their
organisation and kind edited.

Removing a document takes away every row that belongs to it (``snapshot``): its
paragraphs and footnotes with their citations, links, tags, passage tags and notes,
its dismissed check findings, its earlier versions and theirs; what the registry
holds stays (its recommendations, their sources no longer naming it).  A review left
with no document and no report is forgotten with it, as a move does.  A backup copy
of the workspace is made first.  ``restore`` puts it all back as it was, same ids
and uids, or changes nothing and says what stands in the way (``Conflict``).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, replace
from pathlib import Path
from typing import Any

from sqlalchemy import delete, func, insert, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from reviewer.errors import BadInput, Conflict, NotFound
from reviewer.storage.models import (
    Document,
    Paragraph,
    RecommendationSource,
    ReviewReport,
)
from reviewer.storage.roles import EDITOR
from reviewer.vocabulary import DocumentKind, LinkOrigin, LinkStatus, SourceKind
from reviewer.workspace.core import Store
from reviewer.workspace.history import record
from reviewer.workspace.snapshot import (
    Problem,
    Snapshot,
    delete_rows,
    problems,
    put_back,
    table_named,
    take,
)
from reviewer.workspace.version_target import is_registry

# The kinds a person may give a document that brought no recommendations: those
# that do (a thematic list, a report, its responses) come from importing that file.
EDITABLE_KINDS = (
    DocumentKind.SUBMISSION,
    DocumentKind.NATIONAL_REPORT,
    DocumentKind.SUMMARY,
    DocumentKind.OTHER,
)

_NAMES = {  # a table's rows, as a sentence names them
    "document": "documents",
    "paragraph": "paragraphs",
    "footnote": "footnotes",
    "footnote_ref": "footnote references",
    "citation": "citations",
    "link": "links",
    "tag": "tags",
    "paragraph_tag": "tags on paragraphs",
    "passage_tag": "tags on passages",
    "note": "notes",
    "check_dismissal": "dismissed check findings",
    "recommendation": "recommendations",
    "recommendation_source": "recommendation sources",
    "review": "reviews",
}


@dataclass(frozen=True)
class RemovalSummary:
    """What goes with a document when it is removed."""

    document_id: int
    title: str
    file: str
    paragraphs: int  # with its earlier versions'
    footnotes: int
    tags: int  # on paragraphs and on passages
    notes: int
    links: int  # made, accepted or rejected by a person
    reviewed: int  # paragraphs marked reviewed
    versions: int  # earlier versions
    dismissed: int  # findings of the draft check dismissed
    registry: bool  # it brought recommendations to the registry
    recommendations: int  # those it brought: they stay in the registry

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True)
class RemovedDocument:
    """A removed document: what went (``summary``), the backup copy made before, and
    every row, for ``restore``."""

    summary: RemovalSummary
    backup: Path | None
    snapshot: Snapshot = field(repr=False)
    reviews: tuple[dict[str, Any], ...] = field(default=(), repr=False)  # forgotten with it


@dataclass(frozen=True)
class DocumentDetails:
    """What a person may edit of a document."""

    document_id: int
    title: str
    organisation: str | None
    kind: str
    # the details a person set by hand ("title", "organisation", "kind"): a new version
    # of the document keeps them instead of taking the new file's
    edited: tuple[str, ...] = ()


def _person_link(row: Mapping[str, Any]) -> bool:
    """A link a person made or decided: by hand, a suggestion accepted or rejected, a
    citation rejected."""
    if row["origin"] == LinkOrigin.MANUAL or row["status"] == LinkStatus.REJECTED:
        return True
    return row["origin"] == LinkOrigin.SUGGESTION and row["status"] != LinkStatus.SUGGESTED


def _live(s: Session, document_id: int) -> Document:
    doc = s.get(Document, document_id)
    if doc is None:
        raise NotFound(f"no document with id {document_id}")
    if doc.version_of_id is not None:
        raise BadInput(
            f"document {document_id} is version {doc.version} of document {doc.version_of_id}: "
            f"remove or edit document {doc.version_of_id}, which holds every version"
        )
    return doc


class DocumentAdmin:
    def __init__(self, store: Store):
        self.store = store

    # -- removing -----------------------------------------------------------------------
    def removal_summary(self, document_id: int) -> RemovalSummary:
        """What removing the document would take with it (NotFound; BadInput for an
        earlier version's row)."""
        with self.store.read() as s:
            doc = _live(s, document_id)
            return _summary(s, doc, take(s, "document", [doc.id]))

    def remove(self, document_id: int) -> RemovedDocument:
        """Remove a document with all that belongs to it, after a backup copy."""
        self.store.require(EDITOR, "remove documents")
        self.removal_summary(document_id)  # there, and a document of its own
        # a file is copied first; a team database is its administrator's to back up
        # (the removal's undo brings every row back either way)
        copy = (
            None
            if self.store.server
            else self.store.backup(f"before-removing-document-{document_id}")
        )
        with self.store.write() as s:
            doc = _live(s, document_id)
            snap = take(s, "document", [doc.id])
            summary = _summary(s, doc, snap)
            delete_rows(s, snap)
            s.expunge_all()
            record(
                s, self.store.author, "document removed", None, doc.id, uid=doc.uid,
                title=doc.title, file=doc.file_name,
            )  # fmt: skip
            reviews = _forget_reviews(s, {r["review_id"] for r in snap.of("document")})
        return RemovedDocument(summary, copy, snap, reviews)

    def restore(self, removed: RemovedDocument) -> int:
        """Put a removed document back as it was; returns its id.  Conflict (with
        nothing changed) when what was written since stands in the way."""
        self.store.require(EDITOR, "bring documents back")
        with self.store.write() as s:
            snap = _bring_back_reviews(s, removed)
            found = problems(s, snap)
            if found:
                raise Conflict(_explain(s, removed, found))
            try:
                put_back(s, snap)
            except IntegrityError as exc:
                raise Conflict(_explain(s, removed, [])) from exc
            title = removed.summary.title
            record(
                s,
                self.store.author,
                "document restored",
                None,
                removed.summary.document_id,
                title=title,
            )
        return removed.summary.document_id

    # -- details ------------------------------------------------------------------------
    def details(self, document_id: int) -> DocumentDetails:
        with self.store.read() as s:
            doc = _live(s, document_id)
            return _details(doc)

    def edit(
        self,
        document_id: int,
        title: str | None = None,
        organisation: str | None = None,
        kind: str | None = None,
        edited: tuple[str, ...] | None = None,
    ) -> DocumentDetails:
        """Rename a document, set its organisation ("" clears it) or its kind; None
        leaves a detail as it is.  A detail changed is marked as set by hand (a new
        version keeps it); ``edited`` sets those marks exactly instead (undo).  Returns
        the details before, for undo."""
        self.store.require(EDITOR, "edit documents")
        with self.store.write() as s:
            doc = _live(s, document_id)
            before = _details(doc)
            marks = set(before.edited)
            if title is not None:
                title = " ".join(title.split())
                if not title:
                    raise BadInput("a document needs a title")
                if title != doc.title:
                    doc.title = title
                    marks.add("title")
            if organisation is not None:
                organisation = " ".join(organisation.split()) or None
                if organisation != doc.organisation:
                    doc.organisation = organisation
                    marks.add("organisation")
            if kind is not None and kind != doc.kind:
                doc.kind = _kind(s, doc, kind)
                marks.add("kind")
            if edited is not None:
                marks = set(edited) & set(EDITED_DETAILS)
            doc.edited = ",".join(d for d in EDITED_DETAILS if d in marks) or None
            return before


EDITED_DETAILS = ("title", "organisation", "kind")


def edited_details(doc: Document) -> tuple[str, ...]:
    """The details of ``doc`` a person set by hand."""
    return tuple(d for d in (doc.edited or "").split(",") if d in EDITED_DETAILS)


def _details(doc: Document) -> DocumentDetails:
    return DocumentDetails(doc.id, doc.title, doc.organisation, doc.kind, edited_details(doc))


def _kind(s: Session, doc: Document, kind: str) -> str:
    if kind not in set(DocumentKind):
        raise BadInput(f"{kind!r} is not a kind of document ({', '.join(EDITABLE_KINDS)})")
    if is_registry(s, doc):
        raise BadInput(
            f"document {doc.id} brought recommendations to the registry: it stays a "
            f"{doc.kind.replace('_', ' ')}"
        )
    if kind not in EDITABLE_KINDS:
        raise BadInput(
            f"a {kind.replace('_', ' ')} is what importing that file makes; a document "
            f"may be made a {', '.join(k.replace('_', ' ') for k in EDITABLE_KINDS)}"
        )
    return kind


def _summary(s: Session, doc: Document, snap: Snapshot) -> RemovalSummary:
    ids = [r["id"] for r in snap.of("document")]
    recs = s.scalar(
        select(func.count(func.distinct(RecommendationSource.recommendation_id))).where(
            RecommendationSource.document_id.in_(ids),
            RecommendationSource.source_kind != SourceKind.FOOTNOTE,
        )
    )
    return RemovalSummary(
        document_id=doc.id,
        title=doc.title,
        file=doc.file_name,
        paragraphs=snap.count("paragraph"),
        footnotes=snap.count("footnote"),
        tags=snap.count("paragraph_tag") + snap.count("passage_tag"),
        notes=snap.count("note"),
        links=sum(1 for r in snap.of("link") if _person_link(r)),
        reviewed=sum(1 for r in snap.of("paragraph") if r["reviewed_at"] is not None),
        versions=len(ids) - 1,
        dismissed=snap.count("check_dismissal"),
        registry=is_registry(s, doc),
        recommendations=recs or 0,
    )


def _forget_reviews(s: Session, review_ids: set[Any]) -> tuple[dict[str, Any], ...]:
    """The reviews among ``review_ids`` left with no document and no report: their
    rows (to bring back), removed."""
    review_ids -= {None}
    if not review_ids:
        return ()
    used = select(Document.review_id).where(Document.review_id.is_not(None))
    reported = select(ReviewReport.review_id)
    table = table_named("review")
    gone = [
        dict(r)
        for r in s.execute(
            select(table).where(
                table.c.id.in_(review_ids), table.c.id.not_in(used), table.c.id.not_in(reported)
            )
        ).mappings()
    ]
    if gone:
        s.execute(delete(table).where(table.c.id.in_([r["id"] for r in gone])))
    return tuple(gone)


def _bring_back_reviews(s: Session, removed: RemovedDocument) -> Snapshot:
    """The reviews forgotten at removal, again: the one of the same name if there is
    one now (its documents' rows then point to it), else the row as it was."""
    table = table_named("review")
    remap: dict[int, int] = {}
    for r in removed.reviews:
        now = s.scalar(select(table.c.id).where(table.c.code == r["code"]))
        if now is not None:
            remap[r["id"]] = now
        elif s.scalar(select(table.c.id).where(table.c.id == r["id"])) is None:
            s.execute(insert(table), [r])
        else:
            s.execute(insert(table).values({k: v for k, v in r.items() if k != "id"}))
            made = s.scalar(select(table.c.id).where(table.c.code == r["code"]))
            assert made is not None  # just inserted
            remap[r["id"]] = made
    snap = removed.snapshot
    if not remap:
        return snap
    docs = tuple(
        {**d, "review_id": remap.get(d["review_id"], d["review_id"])} for d in snap.of("document")
    )
    return replace(snap, rows={**snap.rows, "document": docs})


def _explain(s: Session, removed: RemovedDocument, found: list[Problem]) -> str:
    """Why the document cannot come back, for a person."""
    reasons: list[str] = []
    places: dict[int, str] = {}  # documents written since that took its place
    tables: list[str] = []  # other rows whose ids are taken
    for p in found:
        if p.kind == "taken" and p.table == "document" and p.columns == ("sha256",):
            other = s.execute(
                select(Document.id, Document.title, Document.version_of_id).where(
                    Document.sha256 == p.values[0][0]
                )
            ).first()
            if other is not None:
                live = other.version_of_id or other.id
                reasons.append(f"its file was imported again, as document {live} (“{other.title}”)")
        elif p.kind == "taken" and p.table in ("document", "paragraph"):
            col = Document.id if p.table == "document" else Paragraph.id
            q = select(Document.id, Document.title, Document.version_of_id)
            if p.table == "paragraph":
                q = q.join(Paragraph, Paragraph.document_id == Document.id)
            for other in s.execute(q.where(col.in_([v[-1] for v in p.values[:50]]))).all():
                places.setdefault(other.version_of_id or other.id, other.title)
        elif p.kind == "taken":
            tables.append(_name(p.table))
        elif p.kind == "missing":
            reasons.append(f"{len(p.values)} {_name(p.refers_to or '')} it refers to are gone")
        else:
            reasons.append(f"{_name(p.table)} that named it now name another document")
    for doc_id, title in sorted(places.items()):
        reasons.append(f"document {doc_id} (“{title}”), written since, took its place")
    if tables and not places:
        reasons.append(f"rows written since took the ids of its {_joined(sorted(set(tables)))}")
    if not reasons:
        reasons.append("what was written since it was removed stands in the way")
    title = removed.summary.title
    where = (
        f"; the copy made before it was removed is {removed.backup.name} (File › Restore from "
        "backup…)"
        if removed.backup is not None
        else ""
    )
    return f"“{title}” cannot be brought back: {'; '.join(dict.fromkeys(reasons))}. Nothing was changed{where}"


def _joined(names: list[str]) -> str:
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


def _name(table: str) -> str:
    return _NAMES.get(table, f"rows of {table}")
