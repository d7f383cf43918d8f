"""Storing a parsed document's paragraphs and footnotes in one executemany each."""

from __future__ import annotations

from typing import Any, cast

from sqlalchemy import Table, func, insert, select
from sqlalchemy.orm import Session

from reviewer.ingest import ParsedDocument
from reviewer.storage.models import Document, Footnote, Paragraph


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
    first insert on, so no other writer can take the ids in between.
    """
    if not rows:
        return []
    start = (s.scalar(select(func.max(model.id))) or 0) + 1
    ids = list(range(start, start + len(rows)))
    for row_id, row in zip(ids, rows, strict=True):
        row["id"] = row_id
    s.execute(insert(cast(Table, model.__table__)), rows)
    return ids
