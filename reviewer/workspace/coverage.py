"""Coverage: which of the recommendations a review responds to its documents address.

For review CHN-4: the columns are CHN-4's own documents with paragraphs (the
submissions, national report, summaries; not the UN's lists), the rows the
recommendations those documents respond to (CHN-3's).  A cell counts a document's
paragraphs linked to a recommendation, confirmed and suggested apart; rejected links
count for nothing.  A recommendation is *addressed* when some document has a
confirmed link to it.  One SQL statement reads every cell.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cached_property

from sqlalchemy import func, select

from reviewer.citations.states import canonical_state
from reviewer.errors import BadInput
from reviewer.storage.models import Link, Paragraph
from reviewer.vocabulary import LinkStatus, Position, number_key
from reviewer.workspace.core import Store
from reviewer.workspace.queries import Queries
from reviewer.workspace.registry_queries import Registry
from reviewer.workspace.rows import DocumentRow, RecommendationRow

# The UN's own lists bring recommendations; they are no column of the matrix (a
# table has no paragraphs, so it is none either).
_LIST_KINDS = {"thematic_list", "wg_report", "responses"}


@dataclass(frozen=True)
class CoverageCell:
    confirmed: int = 0  # paragraphs with a confirmed link
    suggested: int = 0  # paragraphs with a suggested (not yet confirmed) link

    @property
    def paragraphs(self) -> int:
        return self.confirmed + self.suggested


@dataclass(frozen=True)
class Tally:
    """Recommendations of one theme, State or position, and how many are addressed."""

    key: str
    name: str
    recommendations: int
    addressed: int


@dataclass(frozen=True)
class Coverage:
    review: str | None
    recommendations: tuple[RecommendationRow, ...]  # rows, by number
    documents: tuple[DocumentRow, ...]  # columns
    cells: dict[tuple[int, int], CoverageCell] = field(default_factory=dict)

    def cell(self, recommendation_id: int, document_id: int) -> CoverageCell:
        return self.cells.get((recommendation_id, document_id), _EMPTY)

    def addressed_by(self, recommendation_id: int) -> list[int]:
        """Documents with a confirmed link to the recommendation."""
        return [d.id for d in self.documents if self.cell(recommendation_id, d.id).confirmed]

    @cached_property
    def _addressed_ids(self) -> frozenset[int]:
        """Recommendations with a confirmed link, found once from the cells."""
        return frozenset(rec for (rec, _doc), c in self.cells.items() if c.confirmed)

    def is_addressed(self, recommendation_id: int) -> bool:
        return recommendation_id in self._addressed_ids

    @property
    def addressed(self) -> list[RecommendationRow]:
        return [r for r in self.recommendations if self.is_addressed(r.id)]

    @property
    def nobody(self) -> list[RecommendationRow]:
        """Recommendations no document addresses (a suggestion does not count)."""
        return [r for r in self.recommendations if not self.is_addressed(r.id)]

    def cited_by(self, document_id: int, status: str = LinkStatus.CONFIRMED) -> list[str]:
        want = "confirmed" if status == LinkStatus.CONFIRMED else "suggested"
        return [
            r.number for r in self.recommendations if getattr(self.cell(r.id, document_id), want)
        ]

    def expected_for(self, document_id: int) -> list[RecommendationRow]:
        """What a document was expected to address and did not: the recommendations on
        the themes it writes about (the themes of those it cites) that it does not cite."""
        cited = [r for r in self.recommendations if self.cell(r.id, document_id).paragraphs]
        themes = {code or name for r in cited for code, name in r.themes}
        ids = {r.id for r in cited}
        return [
            r
            for r in self.recommendations
            if r.id not in ids and any((code or name) in themes for code, name in r.themes)
        ]

    def addressing_documents(self) -> list[DocumentRow]:
        return [d for d in self.documents if self.cited_by(d.id)]

    def by_position(self) -> list[Tally]:
        out = []
        for p in (Position.SUPPORTED, Position.NOTED, Position.PARTIALLY, Position.PENDING):
            rows = [r for r in self.recommendations if r.position == p]
            if rows:
                out.append(_tally(str(p), str(p), rows, self))
        return out

    def by_theme(self) -> list[Tally]:
        groups: dict[str, list[RecommendationRow]] = {}
        names: dict[str, str] = {}
        for r in self.recommendations:
            for code, name in r.themes or (("", "No theme"),):
                key = code or name
                groups.setdefault(key, []).append(r)
                names.setdefault(key, name or code)
        return [_tally(k, names[k], rows, self) for k, rows in sorted(groups.items())]

    def by_state(self) -> list[Tally]:
        groups: dict[str, list[RecommendationRow]] = {}
        for r in self.recommendations:
            for state in r.states or ("No State named",):
                key = canonical_state(state) or state
                groups.setdefault(key, []).append(r)
        tallies = [_tally(k, k, rows, self) for k, rows in groups.items()]
        return sorted(tallies, key=lambda t: (-t.recommendations, t.key))

    def summary(self) -> str:
        """'346 recommendations · 17 addressed by 3 documents · 329 by nobody · …'."""
        total, addressed = len(self.recommendations), len(self.addressed)
        docs = len(self.addressing_documents())
        parts = [
            f"{total} recommendation{'s' if total != 1 else ''}",
            f"{addressed} addressed by {docs} document{'s' if docs != 1 else ''}",
            f"{total - addressed} by nobody",
        ]
        parts += [
            f"{t.name} {t.recommendations} ({t.addressed} addressed)" for t in self.by_position()
        ]
        return " · ".join(parts)


_EMPTY = CoverageCell()


def _tally(key: str, name: str, rows: list[RecommendationRow], cov: Coverage) -> Tally:
    return Tally(key, name, len(rows), sum(1 for r in rows if cov.is_addressed(r.id)))


class CoverageQueries:
    def __init__(self, store: Store, queries: Queries, registry: Registry):
        self.store = store
        self.queries = queries
        self.registry = registry

    def coverage(
        self, review: str | None = None, document_ids: Iterable[int] | None = None
    ) -> Coverage:
        """Coverage of review ``review`` ("CHN-4"): its documents against the
        recommendations they respond to; ``document_ids`` narrows the columns.
        Without a review, the chosen documents against every recommendation."""
        if review is None and document_ids is None:
            raise BadInput("coverage needs a review (e.g. CHN-4) or documents")
        docs = self.queries.documents(review=review)
        docs = [d for d in docs if d.paragraphs and d.kind not in _LIST_KINDS]
        if document_ids is not None:
            wanted = set(document_ids)
            docs = [d for d in (docs if review else self.queries.documents()) if d.id in wanted]
        recs = (
            self.registry.recommendations(responds_to=review)
            if review
            else self.registry.recommendations()
        )
        recs.sort(key=lambda r: (r.symbol, number_key(r.number)))
        rec_ids = {r.id for r in recs}
        doc_ids = [d.id for d in docs]
        cells: dict[tuple[int, int], CoverageCell] = {}
        if doc_ids and rec_ids:
            q = (
                select(
                    Link.recommendation_id,
                    Paragraph.document_id,
                    Link.status,
                    func.count(func.distinct(Paragraph.id)),
                )
                .join(Paragraph, Paragraph.id == Link.paragraph_id)
                .where(
                    Paragraph.document_id.in_(doc_ids),
                    Link.status.in_((LinkStatus.CONFIRMED, LinkStatus.SUGGESTED)),
                )
                .group_by(Link.recommendation_id, Paragraph.document_id, Link.status)
            )
            with self.store.read() as s:
                for rec_id, doc_id, status, n in s.execute(q):
                    if rec_id not in rec_ids:
                        continue
                    old = cells.get((rec_id, doc_id), _EMPTY)
                    if status == LinkStatus.CONFIRMED:
                        cells[(rec_id, doc_id)] = CoverageCell(n, old.suggested)
                    else:
                        cells[(rec_id, doc_id)] = CoverageCell(old.confirmed, n)
        return Coverage(review, tuple(recs), tuple(docs), cells)

    def coverage_links(self, coverage: Coverage) -> list[CoverageLink]:
        """The paragraphs behind ``coverage``'s cells: each active link with the
        paragraph's label, pages and text, its origin, status and author."""
        return coverage_links(self.store, coverage)


@dataclass(frozen=True)
class CoverageLink:
    """One paragraph's active link behind a coverage cell, for the long table."""

    recommendation_id: int
    document_id: int
    paragraph_id: int
    seq: int
    label: str | None
    page_start: int | None
    page_end: int | None
    text: str
    origin: str
    status: str
    author: str | None  # who made the link (created_by)


def coverage_links(store: Store, coverage: Coverage) -> list[CoverageLink]:
    """The confirmed and suggested links behind ``coverage``'s cells, one statement:
    by document (the columns' order), then paragraph, then recommendation number."""
    doc_ids = [d.id for d in coverage.documents]
    rec_order = {r.id: i for i, r in enumerate(coverage.recommendations)}
    if not doc_ids or not rec_order:
        return []
    q = (
        select(
            Link.recommendation_id,
            Paragraph.document_id,
            Paragraph.id,
            Paragraph.seq,
            Paragraph.label,
            Paragraph.page_start,
            Paragraph.page_end,
            Paragraph.text,
            Link.origin,
            Link.status,
            Link.created_by,
        )
        .join(Paragraph, Paragraph.id == Link.paragraph_id)
        .where(
            Paragraph.document_id.in_(doc_ids),
            Link.status.in_((LinkStatus.CONFIRMED, LinkStatus.SUGGESTED)),
        )
    )
    with store.read() as s:
        rows = [CoverageLink(*row) for row in s.execute(q) if row[0] in rec_order]
    doc_order = {d: i for i, d in enumerate(doc_ids)}
    rows.sort(key=lambda c: (doc_order[c.document_id], c.seq, rec_order[c.recommendation_id]))
    return rows
