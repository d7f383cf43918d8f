"""A paragraph's row with everything that hangs off it (links, footnotes, tags,
passages, notes, citations), read for many paragraphs in a few queries; and the rows
of a note and of a link, which other services make too."""

from __future__ import annotations

from dataclasses import dataclass, field

from sqlalchemy import select
from sqlalchemy.orm import Session

from reviewer.storage.models import (
    Citation,
    Footnote,
    FootnoteRef,
    Link,
    Note,
    Paragraph,
    ParagraphTag,
    PassageTag,
    Recommendation,
    Tag,
)
from reviewer.workspace.rows import (
    Box,
    CitationRow,
    FootnoteRow,
    LinkRow,
    NoteRow,
    ParagraphRow,
    PassageRow,
    TagRow,
)
from reviewer.workspace.spans import passage_row


def note_row(n: Note, text: str | None = None) -> NoteRow:
    """A note's row; with its paragraph's ``text``, a passage note's quoted words."""
    spanned = n.span_start is not None and n.span_end is not None
    return NoteRow(
        id=n.id,
        uid=n.uid,
        paragraph_id=n.paragraph_id,
        body=n.body,
        author=n.author,
        created_at=n.created_at,
        updated_at=n.updated_at,
        span_start=n.span_start,
        span_end=n.span_end,
        quote=text[n.span_start : n.span_end] if spanned and text is not None else None,
        revision=n.revision or 1,
    )


def link_row(link: Link, rec: Recommendation) -> LinkRow:
    return LinkRow(
        link.id,
        link.paragraph_id,
        rec.id,
        rec.symbol,
        rec.number,
        link.origin,
        link.status,
        rec.text,
        tuple(rec.states or ()),
        rec.position,
        link.score,
        link.detail,
    )


@dataclass
class Extras:
    """What hangs off each paragraph, by paragraph id."""

    links: dict[int, list[LinkRow]] = field(default_factory=dict)
    footnotes: dict[int, list[FootnoteRow]] = field(default_factory=dict)
    tags: dict[int, list[TagRow]] = field(default_factory=dict)
    notes: dict[int, list[NoteRow]] = field(default_factory=dict)
    citations: dict[int, list[CitationRow]] = field(default_factory=dict)
    passages: dict[int, list[PassageRow]] = field(default_factory=dict)


def paragraph_row(p: Paragraph, extras: Extras) -> ParagraphRow:
    return ParagraphRow(
        id=p.id,
        document_id=p.document_id,
        seq=p.seq,
        label=p.label,
        kind=p.kind,
        text=p.text,
        page_start=p.page_start,
        page_end=p.page_end,
        reviewed=p.reviewed_at is not None,
        links=tuple(extras.links.get(p.id, ())),
        footnotes=tuple(extras.footnotes.get(p.id, ())),
        tags=tuple(extras.tags.get(p.id, ())),
        notes=tuple(extras.notes.get(p.id, ())),
        citations=tuple(extras.citations.get(p.id, ())),
        passages=tuple(extras.passages.get(p.id, ())),
        change=p.change,
        previous_id=p.previous_id,
        changed_since_review=bool(p.changed_since_review),
        boxes=boxes_of(p.boxes),
    )


def boxes_of(value: object) -> tuple[Box, ...]:
    """``paragraph.boxes`` as stored (JSON) to tuples; anything malformed is left out."""
    if not isinstance(value, list):
        return ()
    out: list[Box] = []
    for b in value:
        try:
            page, x0, y0, x1, y1 = b
            out.append((int(page), float(x0), float(y0), float(x1), float(y1)))
        except (TypeError, ValueError):
            continue
    return tuple(out)


def paragraph_extras(s: Session, ids: list[int]) -> Extras:
    """Everything that hangs off these paragraphs, in a few queries per 500 of them.

    Columns are read, not ORM objects (a 10,000-paragraph brief spent most of its
    reading building and discarding objects), and a recommendation's row once per
    chunk however many links cite it; the rows are the same.
    """
    out = Extras()
    for i in range(0, len(ids), 500):
        chunk = ids[i : i + 500]
        links = s.execute(
            select(
                Link.id,
                Link.paragraph_id,
                Link.recommendation_id,
                Link.origin,
                Link.status,
                Link.score,
                Link.detail,
            )
            .join(Recommendation, Recommendation.id == Link.recommendation_id)
            .where(Link.paragraph_id.in_(chunk))
            .order_by(Recommendation.symbol, Recommendation.sort_key)
        ).all()
        if links:
            recs = {
                r.id: r
                for r in s.execute(
                    select(
                        Recommendation.id,
                        Recommendation.symbol,
                        Recommendation.number,
                        Recommendation.text,
                        Recommendation.states,
                        Recommendation.position,
                    ).where(Recommendation.id.in_({lk.recommendation_id for lk in links}))
                )
            }
            for lk in links:
                out.links.setdefault(lk.paragraph_id, []).append(
                    link_row(lk, recs[lk.recommendation_id])  # type: ignore[arg-type]
                )
        for pid, fid, marker, text, page in s.execute(
            select(
                FootnoteRef.paragraph_id, Footnote.id, Footnote.marker, Footnote.text, Footnote.page
            )
            .join(Footnote, Footnote.id == FootnoteRef.footnote_id)
            .where(FootnoteRef.paragraph_id.in_(chunk))
            .order_by(FootnoteRef.offset)
        ):
            out.footnotes.setdefault(pid, []).append(FootnoteRow(fid, marker, text, page))
        for pid, tid, name, colour in s.execute(
            select(ParagraphTag.paragraph_id, Tag.id, Tag.name, Tag.colour)
            .join(Tag, Tag.id == ParagraphTag.tag_id)
            .where(ParagraphTag.paragraph_id.in_(chunk))
            .order_by(Tag.name)
        ):
            out.tags.setdefault(pid, []).append(TagRow(tid, name, colour))
        for passage, tag, words in s.execute(
            select(PassageTag, Tag, Paragraph.text)
            .join(Tag, Tag.id == PassageTag.tag_id)
            .join(Paragraph, Paragraph.id == PassageTag.paragraph_id)
            .where(PassageTag.paragraph_id.in_(chunk))
            .order_by(PassageTag.start, PassageTag.end, Tag.name)
        ):
            out.passages.setdefault(passage.paragraph_id, []).append(
                passage_row(passage, tag, words)
            )
        for n in s.execute(
            select(
                Note.id,
                Note.uid,
                Note.paragraph_id,
                Note.body,
                Note.author,
                Note.created_at,
                Note.updated_at,
                Note.span_start,
                Note.span_end,
                Note.revision,
                Paragraph.text,
            )
            .join(Paragraph, Paragraph.id == Note.paragraph_id)
            .where(Note.paragraph_id.in_(chunk))
            .order_by(Note.created_at, Note.id)
        ):
            out.notes.setdefault(n.paragraph_id, []).append(note_row(n, n.text))  # type: ignore[arg-type]
        for c in s.execute(
            select(
                Citation.paragraph_id,
                Citation.footnote_id,
                Citation.start,
                Citation.end,
                Citation.symbol,
                Citation.number,
                Citation.kind,
                Citation.origin,
                Citation.recommendation_id,
            )
            .where(Citation.paragraph_id.in_(chunk))
            .order_by(Citation.id)
        ):
            out.citations.setdefault(c.paragraph_id, []).append(
                CitationRow(
                    c.paragraph_id,
                    c.footnote_id,
                    c.start,
                    c.end,
                    c.symbol,
                    c.number,
                    c.kind,
                    c.origin,
                    c.recommendation_id is not None,
                )
            )
    return out
