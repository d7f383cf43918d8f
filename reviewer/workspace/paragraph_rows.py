"""Storing a parsed document: its paragraphs and footnotes in one executemany each,
then its footnote markers, citations, the recommendations they name and its links."""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from reviewer.ingest import ParsedDocument
from reviewer.linking import LinkPlan
from reviewer.storage.fts_index import removed_paragraph_ids_below
from reviewer.storage.models import (
    Citation,
    Document,
    Footnote,
    FootnoteRef,
    Link,
    Paragraph,
    Recommendation,
    new_uid,
    utcnow,
)
from reviewer.vocabulary import LinkStatus, SourceKind
from reviewer.workspace.registry_store import Facts, load_existing, upsert


def store_paragraphs(
    s: Session, document_id: int, parsed: ParsedDocument
) -> tuple[list[int], list[int]]:
    """Insert a document's paragraphs and footnotes; their ids, in order."""
    para_ids = _insert_with_ids(
        s,
        Paragraph,
        [
            dict(
                document_id=document_id,
                seq=i,
                label=p.label,
                kind=p.kind,
                text=p.text,
                page_start=p.page_start,
                page_end=p.page_end,
                boxes=[list(b) for b in p.boxes] or None,
            )
            for i, p in enumerate(parsed.paragraphs)
        ],
    )
    fn_ids = _insert_with_ids(
        s,
        Footnote,
        [
            dict(document_id=document_id, seq=i, marker=f.marker, text=f.text, page=f.page)
            for i, f in enumerate(parsed.footnotes)
        ],
    )
    return para_ids, fn_ids


def _insert_with_ids(
    s: Session, model: type[Document | Paragraph | Footnote], rows: list[dict[str, Any]]
) -> list[int]:
    """Insert rows with ids we choose (one plain executemany; no RETURNING round trips).

    Runs inside the write transaction, which holds SQLite's write lock from its
    first insert on, so no other writer can take the ids in between.  A paragraph
    never takes the id of one removed whose entry the search index still holds
    (``fts_index``): until the index catches up, a search could find it by the
    removed paragraph's words.
    """
    if not rows:
        return []
    start = (s.scalar(select(func.max(model.id))) or 0) + 1
    if model is Paragraph:
        start = max(start, removed_paragraph_ids_below(s.connection()))
    ids = list(range(start, start + len(rows)))
    for row_id, row in zip(ids, rows, strict=True):
        row["id"] = row_id
    s.execute(insert(cast(Table, model.__table__)), rows)
    return ids


def store_content(
    s: Session, doc_id: int, parsed: ParsedDocument, plan: LinkPlan, author: str
) -> list[int]:
    """A parsed document's paragraphs, footnotes, citations and cited links under
    ``doc_id``; the paragraphs' ids, in order."""
    para_ids, fn_ids = store_paragraphs(s, doc_id, parsed)
    if plan.marker_footnotes:
        s.execute(
            insert(FootnoteRef),
            [
                dict(paragraph_id=para_ids[p], footnote_id=fn_ids[f], offset=off)
                for p, f, off in plan.marker_footnotes
            ],
        )
    recs = _ensure_recommendations(s, plan, doc_id)
    if plan.citations:
        s.execute(
            insert(Citation),
            [
                dict(
                    paragraph_id=para_ids[c.paragraph_index],
                    footnote_id=fn_ids[c.footnote_index] if c.footnote_index is not None else None,
                    start=c.start,
                    end=c.end,
                    symbol=c.symbol,
                    number=c.number,
                    kind=c.kind,
                    origin=c.origin,
                    recommendation_id=recs[(c.symbol, c.number)].id if c.symbol else None,
                )
                for c in plan.citations
            ],
        )
    now = utcnow()
    if plan.links:
        s.execute(
            insert(Link),
            [
                dict(
                    uid=new_uid(),
                    paragraph_id=para_ids[p],
                    recommendation_id=recs[(sym, num)].id,
                    origin=origin,
                    status=LinkStatus.CONFIRMED,
                    created_by=author,
                    created_at=now,
                    updated_at=now,
                )
                for p, sym, num, origin in plan.links
            ],
        )
    return para_ids


def _ensure_recommendations(
    s: Session, plan: LinkPlan, document_id: int
) -> dict[tuple[str, str], Recommendation]:
    keys = {(sym, num) for _, sym, num, _ in plan.links}
    keys |= {(c.symbol, c.number) for c in plan.citations if c.symbol is not None}
    existing = load_existing(s, keys)
    for hint in plan.hints:
        upsert(
            s,
            Facts(hint.symbol, hint.number, text=hint.text, states=hint.states),
            SourceKind.FOOTNOTE,
            document_id,
            existing,
        )
    for key in sorted(keys):
        if key not in existing:
            upsert(s, Facts(*key), SourceKind.FOOTNOTE, document_id, existing)
    s.flush()
    return existing
