"""Which document an imported file is a new version of.

A person may say (``as_version_of``); otherwise a live document (not an earlier
version, not a registry file) is the one when it has the same file name, or the same
title, and enough of its text continues in the new file (``reviewer.versions.match``):
at least ``SAME_TITLE_SHARE`` of it for the same title, ``SAME_FILE_SHARE`` for the
same file name under another title (a file name alone may be a generic
"submission.docx" of another organisation).  Of several, the same file name and then
the larger share win.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.orm import Session

from reviewer.errors import BadInput, NotFound
from reviewer.ingest import ParsedDocument
from reviewer.storage.models import Document, Paragraph, RecommendationSource
from reviewer.versions import Matching, Para, match_paragraphs
from reviewer.vocabulary import DocumentKind, SourceKind

SAME_TITLE_SHARE = 0.5
SAME_FILE_SHARE = 0.2

_REGISTRY_KINDS = (DocumentKind.THEMATIC_LIST, DocumentKind.WG_REPORT, DocumentKind.RESPONSES)


@dataclass
class Target:
    """The live document a file becomes the next version of, and how they match."""

    doc: Document
    old: list[Para]  # its paragraphs now, in order
    reviewed: dict[int, tuple[datetime | None, str | None, bool]]  # at, by, changed mark
    matching: Matching


def is_registry(s: Session, doc: Document) -> bool:
    """A thematic list, WG report, responses or table: these have no versions."""
    if doc.kind in _REGISTRY_KINDS:
        return True
    return (
        s.scalar(
            select(RecommendationSource.id)
            .where(
                RecommendationSource.document_id == doc.id,
                RecommendationSource.source_kind != SourceKind.FOOTNOTE,
            )
            .limit(1)
        )
        is not None
    )


def find_target(s: Session, parsed: ParsedDocument, as_version_of: int | None) -> Target | None:
    """The document ``parsed`` is a new version of: ``as_version_of`` (a person's choice;
    an earlier version's id stands for its document), else a live document of the same
    file name or the same title with enough of its text continuing (None: a new one)."""
    new = [Para(j, p.label, p.kind, p.text) for j, p in enumerate(parsed.paragraphs)]
    if as_version_of is not None:
        doc = s.get(Document, as_version_of)
        if doc is None:
            raise NotFound(f"no document with id {as_version_of}")
        if doc.version_of_id is not None:
            doc = s.get(Document, doc.version_of_id)
            assert doc is not None  # the foreign key holds it
        if is_registry(s, doc):
            raise BadInput(
                f"document {doc.id} is a {doc.kind.replace('_', ' ')}: documents that "
                "bring recommendations to the registry have no versions"
            )
        return _target(s, doc, new)
    if not new:
        return None
    title, file = _norm(parsed.title), parsed.file_name.casefold()
    best: tuple[tuple[bool, float], Target] | None = None
    # names only (an import runs this against every live document), whole rows for the
    # few that share the file name or the title
    names = s.execute(
        select(Document.id, Document.file_name, Document.title)
        .where(Document.version_of_id.is_(None))
        .order_by(Document.id)
    ).all()
    for doc_id, doc_file, doc_title in names:
        same_file = doc_file.casefold() == file
        same_title = bool(title) and _norm(doc_title) == title
        if not (same_file or same_title):
            continue
        doc = s.get(Document, doc_id)
        if doc is None or is_registry(s, doc):
            continue
        target = _target(s, doc, new)
        share = target.matching.kept_share
        if not target.old:
            continue
        if (same_title and share >= SAME_TITLE_SHARE) or (
            same_file and (same_title or share >= SAME_FILE_SHARE)
        ):
            rank = (same_file, share)
            if best is None or rank > best[0]:
                best = (rank, target)
    return best[1] if best else None


def _norm(title: str | None) -> str:
    return " ".join((title or "").split()).casefold()


def _target(s: Session, doc: Document, new: list[Para]) -> Target:
    rows = s.execute(
        select(
            Paragraph.id,
            Paragraph.label,
            Paragraph.kind,
            Paragraph.text,
            Paragraph.reviewed_at,
            Paragraph.reviewed_by,
            Paragraph.changed_since_review,
        )
        .where(Paragraph.document_id == doc.id)
        .order_by(Paragraph.seq)
    ).all()
    old = [Para(r.id, r.label, r.kind, r.text) for r in rows]
    reviewed = {r.id: (r.reviewed_at, r.reviewed_by, bool(r.changed_since_review)) for r in rows}
    return Target(doc, old, reviewed, match_paragraphs(old, new))
