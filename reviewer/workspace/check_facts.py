"""What the draft check reads from the workspace: a stored document as a ``Draft``, a
parsed file as one, and the ``Facts`` of a review (its previous review's reports and
year, the registry's recommendations of the reports a draft cites)."""

from __future__ import annotations

from collections.abc import Iterable

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from reviewer.check import Draft, DraftCitation, DraftParagraph, Entry, Facts
from reviewer.citations.countries import display_name
from reviewer.ingest import ParsedDocument
from reviewer.linking import LinkPlan
from reviewer.reviews.book import ReviewBook
from reviewer.reviews.detect import Detection
from reviewer.storage.models import (
    Citation,
    Document,
    Footnote,
    FootnoteRef,
    Link,
    Paragraph,
    Recommendation,
    RecommendationSource,
    Review,
    ReviewReport,
)
from reviewer.vocabulary import (
    LinkOrigin,
    LinkStatus,
    ReportRole,
    SourceKind,
    parent_symbol,
    parse_review_code,
    review_code,
)

# --- drafts ------------------------------------------------------------------------


def parsed_draft(
    parsed: ParsedDocument, plan: LinkPlan, file: str, pages_numbered: bool | None
) -> Draft:
    """A parsed file as the rules read it (nothing stored)."""
    notes: dict[int, list[tuple[int, str]]] = {}
    marker_at: dict[tuple[int, int], int] = {}
    for p, f, offset in plan.marker_footnotes:
        notes.setdefault(p, []).append((offset, parsed.footnotes[f].text))
        marker_at[(p, f)] = offset
    paragraphs = tuple(
        DraftParagraph(i, p.label, str(p.kind), p.text, None, tuple(sorted(notes.get(i, ()))))
        for i, p in enumerate(parsed.paragraphs)
    )
    citations = tuple(
        DraftCitation(
            c.paragraph_index,
            parent_symbol(c.symbol) if c.symbol else None,
            c.number,
            str(c.kind),
            c.start
            if c.footnote_index is None
            else marker_at.get((c.paragraph_index, c.footnote_index)),
            None if c.footnote_index is None else parsed.footnotes[c.footnote_index].text,
            c.start,
            c.end,
        )
        for c in plan.citations
    )
    return Draft(
        parsed.title,
        file,
        parsed.format,
        paragraphs,
        tuple(f.text for f in parsed.footnotes),
        citations,
        parsed.pages,
        pages_numbered,
    )


def stored_draft(s: Session, doc: Document) -> Draft:
    """A stored document as the rules read it."""
    paras = list(
        s.scalars(select(Paragraph).where(Paragraph.document_id == doc.id).order_by(Paragraph.seq))
    )
    index = {p.id: i for i, p in enumerate(paras)}
    footnotes = {
        f.id: f
        for f in s.scalars(
            select(Footnote).where(Footnote.document_id == doc.id).order_by(Footnote.seq)
        )
    }
    refs: dict[int, list[tuple[int, str]]] = {}
    marker_at: dict[tuple[int, int], int] = {}
    ids = list(index)
    for pid, fid, offset in s.execute(
        select(FootnoteRef.paragraph_id, FootnoteRef.footnote_id, FootnoteRef.offset).where(
            FootnoteRef.paragraph_id.in_(ids)
        )
    ):
        if fid in footnotes:
            refs.setdefault(pid, []).append((offset, footnotes[fid].text))
            marker_at[(pid, fid)] = offset
    paragraphs = tuple(
        DraftParagraph(i, p.label, p.kind, p.text, p.id, tuple(sorted(refs.get(p.id, ()))))
        for i, p in enumerate(paras)
    )
    rows = s.scalars(
        select(Citation).where(Citation.paragraph_id.in_(ids)).order_by(Citation.id)
    ).all()
    citations = tuple(
        DraftCitation(
            index[c.paragraph_id],
            parent_symbol(c.symbol) if c.symbol else None,
            c.number,
            c.kind,
            c.start if c.footnote_id is None else marker_at.get((c.paragraph_id, c.footnote_id)),
            None if c.footnote_id is None else footnotes[c.footnote_id].text,
            c.start,
            c.end,
        )
        for c in rows
        if c.footnote_id is None or c.footnote_id in footnotes
    )
    return Draft(
        doc.title,
        doc.file_name,
        doc.format,
        paragraphs,
        tuple(f.text for f in footnotes.values()),
        citations,
        doc.pages,
        None,
    )


# --- the review ----------------------------------------------------------------------


def detect_review(s: Session, parsed: ParsedDocument, plan: LinkPlan) -> Detection:
    """The review a file not stored belongs to, told as an import would tell it."""
    return ReviewBook(s).detect_parsed(parsed, (c.symbol for c in plan.citations if c.symbol))


def stored_review(s: Session, doc: Document) -> str | None:
    if doc.review_id is None:
        return None
    return s.scalar(select(Review.code).where(Review.id == doc.review_id))


def gather_facts(
    s: Session,
    code: str | None,
    cited: Iterable[str],
    guessed_reports: Iterable[str] = (),
    suggested: tuple[tuple[int, str, str], ...] | None = None,
    excluded: frozenset[tuple[int, str, str]] = frozenset(),
) -> Facts:
    """The facts of review ``code`` ("CHN-4") for a draft citing ``cited`` reports.

    ``guessed_reports``: reports the draft cites that its detection took for the
    previous review's, used when the workspace does not know that review's reports.
    """
    parsed = parse_review_code(code) if code else None
    previous = state_name = None
    reports: tuple[str, ...] = ()
    responses: tuple[str, ...] = ()
    year: int | None = None
    if parsed is not None:
        state, cycle = parsed
        state_name = display_name(state) or state
        if cycle > 1:
            previous = review_code(state, cycle - 1)
            row = s.scalar(select(Review).where(Review.code == previous))
            if row is not None:
                year = row.year
                roles = s.execute(
                    select(ReviewReport.symbol, ReviewReport.role)
                    .where(ReviewReport.review_id == row.id)
                    .order_by(ReviewReport.id)
                ).all()
                reports = tuple(sym for sym, role in roles if role == ReportRole.WG_REPORT)
                responses = tuple(sym for sym, role in roles if role == ReportRole.RESPONSES)
            if not reports:
                reports = tuple(sorted(set(guessed_reports)))
    cited = {parent_symbol(x) for x in cited if x}
    symbols = cited | set(reports)
    return Facts(
        review=code,
        state_name=state_name,
        previous=previous,
        previous_reports=reports,
        previous_responses=responses,
        previous_year=year,
        registry=registry_entries(s, symbols),
        owners=report_owners(s, cited),
        suggested=suggested,
        excluded=excluded,
    )


def registry_entries(s: Session, symbols: set[str]) -> dict[str, tuple[Entry, ...]]:
    """The recommendations a UN list brought (thematic list, report, responses, table)
    for each of ``symbols``; those only a footnote entered are not the registry."""
    if not symbols:
        return {}
    from_a_list = exists().where(
        RecommendationSource.recommendation_id == Recommendation.id,
        RecommendationSource.source_kind != SourceKind.FOOTNOTE,
    )
    out: dict[str, list[Entry]] = {}
    for r in s.scalars(
        select(Recommendation)
        .where(Recommendation.symbol.in_(sorted(symbols)), from_a_list)
        .order_by(Recommendation.symbol, Recommendation.sort_key, Recommendation.number)
    ):
        themes = tuple(
            (str(t[0]), str(t[1]))
            if isinstance(t, list | tuple) and len(t) >= 2
            else (str(t), str(t))
            for t in r.themes or ()
        )
        out.setdefault(r.symbol, []).append(
            Entry(r.symbol, r.number, r.text, tuple(r.states or ()), r.position, themes)
        )
    return {k: tuple(v) for k, v in out.items()}


def report_owners(s: Session, symbols: Iterable[str]) -> dict[str, str]:
    book = ReviewBook(s)
    out: dict[str, str] = {}
    for symbol in symbols:
        owner = book.owner(symbol)
        if owner is not None:
            out[symbol] = review_code(*owner)
    return out


def stored_suggestions(
    s: Session, paragraph_ids: dict[int, int]
) -> tuple[tuple[tuple[int, str, str], ...] | None, frozenset[tuple[int, str, str]]]:
    """A stored document's suggestions ((paragraph index, symbol, number); None when it
    has none, for the check to rank its own) and the pairs a person rejected."""
    rows = s.execute(
        select(
            Link.paragraph_id,
            Link.status,
            Link.origin,
            Recommendation.symbol,
            Recommendation.number,
        )
        .join(Recommendation, Recommendation.id == Link.recommendation_id)
        .where(Link.paragraph_id.in_(list(paragraph_ids)))
    ).all()
    spoken: list[tuple[int, str, str]] = []
    rejected: set[tuple[int, str, str]] = set()
    for pid, status, origin, symbol, number in rows:
        item = (paragraph_ids[pid], symbol, number)
        if status == LinkStatus.REJECTED:
            rejected.add(item)
        elif origin in (LinkOrigin.SUGGESTION, LinkOrigin.MANUAL, LinkOrigin.INFERRED):
            spoken.append(item)
    return (tuple(spoken) if spoken else None), frozenset(rejected)
