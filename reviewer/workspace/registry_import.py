"""A file that brings recommendations to the registry, stored: its registry entries,
its own text where it is a UN report, its review."""

from __future__ import annotations

import logging
from dataclasses import replace
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from reviewer.ingest import IngestError, ParsedDocument, parse_bytes
from reviewer.recommendations import RegistryImport
from reviewer.reviews.book import ReviewBook
from reviewer.reviews.detect import Evidence, detect
from reviewer.storage.models import Document
from reviewer.vocabulary import DocumentKind, RegistryKind, SourceKind
from reviewer.workspace.continuity import suggest_after_import
from reviewer.workspace.core import Store
from reviewer.workspace.paragraph_rows import store_paragraphs
from reviewer.workspace.queries import document_counts
from reviewer.workspace.registry_store import Facts, load_existing, load_texts, upsert
from reviewer.workspace.rows import ImportResult

log = logging.getLogger("reviewer.import")

# Documents of the UN that are read for the registry when their text says what they are.
UN_REPORT_KINDS = (DocumentKind.WG_REPORT, DocumentKind.RESPONSES)


def store_registry(
    store: Store,
    registry: RegistryImport,
    file_name: str,
    display: str,
    sha: str,
    own: ParsedDocument | None = None,
) -> ImportResult:
    """The registry entries a document brings, in one transaction; with ``own``, its
    own paragraphs too (a report's interactive dialogue, the responses' comments), to
    read and search.  The document's review is told from it, those unsure of theirs
    told again, and the recommendations' likely predecessors suggested."""
    kind = RegistryKind(registry.kind)
    with store.write() as s:
        dup = duplicate_of(s, sha)  # imported by another process since the first look
        if dup is not None:
            return replace(dup, file=display)
        doc = Document(
            title=registry.title,
            organisation="OHCHR" if kind is RegistryKind.THEMATIC_LIST else None,
            kind=kind.document_kind,
            format=Path(file_name).suffix.lstrip(".").lower() or "bin",
            file_name=file_name,
            sha256=sha,
            symbol=registry.document_symbol,
            report_symbol=registry.symbol,
            imported_by=store.author,
            pages=own.pages if own is not None else None,
        )
        s.add(doc)
        s.flush()
        if own is not None:
            store_paragraphs(s, doc.id, own)
        existing = load_existing(s, [(r.symbol, r.number) for r in registry.records])
        texts = load_texts(s, existing.values())
        disagreements: list[str] = []
        for r in registry.records:
            upsert(
                s,
                Facts(
                    r.symbol,
                    r.number,
                    text=r.text,
                    states=tuple(r.states),
                    position=r.position,
                    position_source=r.position_source,
                    themes=tuple(r.themes),
                    affected_persons=tuple(r.affected_persons),
                    comment=r.comment,
                    state_under_review=r.state_under_review,
                    cycle=r.cycle,
                    language=registry.language,
                ),
                SourceKind(kind),
                doc.id,
                existing,
                texts,
                disagreements,
            )
        for line in disagreements:
            log.warning("%s: %s", display, line)
        doc_id = doc.id
        s.flush()
        book = ReviewBook(s)
        evidence = Evidence(
            kind=doc.kind,
            title=registry.title,
            symbol=registry.document_symbol,
            report=registry.symbol,
            state=registry.state_under_review,
            cycle=next((r.cycle for r in registry.records if r.cycle), None),
            registry=True,
            session=registry.session,
        )
        book.attach(doc_id, detect(evidence, book.owner, book.latest_cycle))
        book.redetect()  # documents unsure of their review may be sure now
        book.estimate_sessions()
        suggest_after_import(s, doc_id, store.author)  # predecessors across cycles
    return ImportResult(
        file=display,
        document_id=doc_id,
        title=registry.title,
        kind=doc.kind,
        paragraphs=len(own.paragraphs) if own is not None else 0,
        footnotes=len(own.footnotes) if own is not None else 0,
        links=0,
        duplicate=False,
        recommendations=len(registry.records),
        language=registry.language,
        disagreements=tuple(disagreements),
    )


def own_paragraphs(data: bytes, file_name: str, kind: str) -> ParsedDocument | None:
    """A WG report's or responses' own text as paragraphs, beside its registry entries.

    Thematic lists and tables are only their rows.  A text that cannot be read as
    paragraphs costs the reader nothing but the reading: the registry import stands.
    """
    if kind not in UN_REPORT_KINDS:
        return None
    try:
        return parse_bytes(data, file_name)
    except IngestError as exc:
        log.info("%s: registry entries kept, its text not: %s", file_name, exc.reason)
        return None


def duplicate_of(s: Session, sha: str) -> ImportResult | None:
    """What an import of a file already in the workspace (by its SHA-256) reports."""
    doc = s.scalar(select(Document).where(Document.sha256 == sha))
    if doc is None:
        return None
    counts = document_counts(s, doc.id)
    several = doc.version_of_id is not None or doc.version > 1
    return ImportResult(
        file=doc.file_name,
        document_id=doc.id,
        title=doc.title,
        kind=doc.kind,
        duplicate=True,
        version=doc.version,
        version_of=(doc.version_of_id or doc.id) if several else None,
        paragraphs=counts["paragraphs"],
        footnotes=counts["footnotes"],
        links=counts["links"],
        recommendations=counts["recommendations"],
    )
