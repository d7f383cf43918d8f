"""Storing a parsed document: its paragraphs and footnotes in one executemany each,
then its footnote markers, citations, the recommendations they name and its links."""

from __future__ import annotations

import json

from sqlalchemy import func, insert, select
from sqlalchemy.orm import Session

from reviewer.ingest import ParsedDocument
from reviewer.linking import LinkPlan
from reviewer.storage.fts_index import removed_paragraph_ids_below
from reviewer.storage.models import (
    Citation,
    Footnote,
    FootnoteRef,
    Link,
    Paragraph,
    Recommendation,
    new_uid,
    utcnow,
)
from reviewer.vocabulary import LinkStatus, SourceKind
from reviewer.workspace.changes import note_write
from reviewer.workspace.registry_store import Facts, load_existing, upsert


def store_paragraphs(
    s: Session, document_id: int, parsed: ParsedDocument
) -> tuple[list[int], list[int]]:
    """Insert a document's paragraphs and footnotes; their ids, in order."""
    paragraphs = parsed.paragraphs
    para_ids = _new_ids(s, Paragraph, len(paragraphs))
    if paragraphs and s.get_bind().dialect.name == "sqlite":
        # the driver's own executemany: SQLAlchemy's per-row parameter handling (and
        # JSON encoding) cost more than the insert itself for a long document
        boxes_json = _boxes_json
        s.connection().exec_driver_sql(
            _SQLITE_PARAGRAPHS,
            [
                (pid, document_id, i, p.label, p.kind, p.text, p.page_start, p.page_end,
                 boxes_json(p.boxes) if p.boxes else None)
                for i, (pid, p) in enumerate(zip(para_ids, paragraphs, strict=True))
            ],
        )  # fmt: skip
        note_write(s, "paragraph", para_ids)
    elif paragraphs:
        s.execute(
            insert(Paragraph),
            [
                dict(
                    id=pid,
                    document_id=document_id,
                    seq=i,
                    label=p.label,
                    kind=p.kind,
                    text=p.text,
                    page_start=p.page_start,
                    page_end=p.page_end,
                    boxes=[list(b) for b in p.boxes] or None,
                )
                for i, (pid, p) in enumerate(zip(para_ids, paragraphs, strict=True))
            ],
        )
    footnotes = parsed.footnotes
    fn_ids = _new_ids(s, Footnote, len(footnotes))
    if footnotes:
        s.execute(
            insert(Footnote),
            [
                dict(
                    id=fid,
                    document_id=document_id,
                    seq=i,
                    marker=f.marker,
                    text=f.text,
                    page=f.page,
                )
                for i, (fid, f) in enumerate(zip(fn_ids, footnotes, strict=True))
            ],
        )
    return para_ids, fn_ids


def _boxes_json(boxes: tuple[tuple[int, float, float, float, float], ...]) -> str:
    """``json.dumps`` of the boxes as lists, written directly: a number's repr is its
    JSON (json.dumps writes floats by repr too) except NaN and infinities, which the
    "n" of "nan" and "inf" sends to json.dumps."""
    text = (
        "["
        + ", ".join([f"[{p!r}, {x0!r}, {y0!r}, {x1!r}, {y1!r}]" for p, x0, y0, x1, y1 in boxes])
        + "]"
    )
    if "n" in text:
        return json.dumps([list(b) for b in boxes])
    return text


_SQLITE_PARAGRAPHS = (
    "INSERT INTO paragraph (id, document_id, seq, label, kind, text, page_start, page_end, "
    "boxes, changed_since_review) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0)"
)


def _new_ids(s: Session, model: type[Paragraph | Footnote], n: int) -> list[int]:
    """Ids for ``n`` new rows, chosen here (one plain executemany inserts them; no
    RETURNING round trips).

    Runs inside the write transaction, which holds SQLite's write lock from its
    first insert on, so no other writer can take the ids in between.  A paragraph
    never takes the id of one removed whose entry the search index still holds
    (``fts_index``): until the index catches up, a search could find it by the
    removed paragraph's words.
    """
    if not n:
        return []
    start = (s.scalar(select(func.max(model.id))) or 0) + 1
    if model is Paragraph:
        start = max(start, removed_paragraph_ids_below(s.connection()))
    return list(range(start, start + n))


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
