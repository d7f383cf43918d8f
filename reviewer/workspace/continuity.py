"""Continuity across cycles in the workspace: each recommendation's likely predecessors
in the same State's two earlier reviews, suggested by ``reviewer.reviews.continuity``
and confirmed or rejected by a person.

Suggestions are made again whenever a registry import brings a report of a State
with another cycle in the workspace (``suggest_after_import``, inside the import's
transaction) or on demand (``Workspace.suggest_predecessors``).  Making them again
replaces only what is still a suggestion: a row a person confirmed or rejected is
never touched, whatever the matching now finds.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import delete, select
from sqlalchemy.orm import Session, aliased

from reviewer.citations.countries import display_name, state_name
from reviewer.errors import BadInput, NotFound
from reviewer.reviews.continuity import Item, match
from reviewer.storage.models import (
    Document,
    Predecessor,
    Recommendation,
    Review,
    ReviewReport,
    new_uid,
    utcnow,
)
from reviewer.vocabulary import POSITION_LABELS, LinkStatus, Position, ReportRole
from reviewer.workspace.core import Store
from reviewer.workspace.reviews import review_id_of

EARLIER_CYCLES = 2  # cycle N looks for predecessors in N−1 and N−2

_STATUS_ORDER: dict[str, int] = {"confirmed": 0, "suggested": 1, "rejected": 2}


@dataclass(frozen=True)
class PredecessorRow:
    """A recommendation of an earlier cycle that ``recommendation_id`` likely repeats."""

    id: int  # the predecessor row's id: what ``set_predecessor_status`` takes
    recommendation_id: int
    predecessor_id: int  # the earlier recommendation's id
    symbol: str
    number: str
    text: str | None
    states: tuple[str, ...]
    position: str
    cycle: int | None  # the earlier recommendation's cycle
    review: str | None  # and its review, "SVN-1"
    score: float | None
    reason: str | None
    status: str  # suggested, confirmed, rejected
    uid: str = ""
    created_by: str | None = None
    decided_by: str | None = None
    decided_at: datetime | None = None


def _reviews_of(s: Session, state: str) -> dict[int, list[int]]:
    """cycle → the recommendation ids of ``state``'s review in that cycle."""
    rows = s.execute(
        select(Review.cycle, Recommendation.id)
        .join(ReviewReport, ReviewReport.review_id == Review.id)
        .join(Recommendation, Recommendation.symbol == ReviewReport.symbol)
        .where(Review.state == state, ReviewReport.role == ReportRole.WG_REPORT)
    ).all()
    out: dict[int, list[int]] = {}
    for cycle, rec_id in rows:
        out.setdefault(cycle, []).append(rec_id)
    return out


def _items(s: Session, ids: list[int]) -> list[Item]:
    recs = s.scalars(
        select(Recommendation).where(Recommendation.id.in_(ids)).order_by(Recommendation.id)
    )
    return [Item(r.id, r.text, tuple(r.states or ())) for r in recs if r.text]


def suggest_for_review(s: Session, state: str, cycle: int, author: str | None) -> int:
    """Suggest predecessors for the recommendations of ``state``'s review in ``cycle``
    among its two earlier reviews'; returns how many suggestions stand after it.

    Each earlier review is matched on its own (the words weighed over the two
    reports), so that cycle N−1's repeats leave room for cycle N−2's."""
    by_cycle = _reviews_of(s, state)
    later = by_cycle.get(cycle, [])
    earlier = [i for c in range(cycle - EARLIER_CYCLES, cycle) for i in by_cycle.get(c, [])]
    if not later:
        return 0
    existing = (
        {
            (p.recommendation_id, p.predecessor_id): p
            for p in s.scalars(
                select(Predecessor).where(
                    Predecessor.recommendation_id.in_(later),
                    Predecessor.predecessor_id.in_(earlier),
                )
            )
        }
        if earlier
        else {}
    )
    ignore = [n for n in (state_name(state), display_name(state)) if n]
    items = _items(s, later)
    found = [
        m
        for c in range(cycle - EARLIER_CYCLES, cycle)
        if by_cycle.get(c)
        for m in match(items, _items(s, by_cycle[c]), ignore=ignore)
    ]
    now = utcnow()
    kept: set[tuple[int, int]] = set()
    for m in found:
        key = (m.key, m.predecessor)
        kept.add(key)
        row = existing.get(key)
        if row is None:
            s.add(
                Predecessor(
                    uid=new_uid(),
                    recommendation_id=m.key,
                    predecessor_id=m.predecessor,
                    score=m.score,
                    reason=m.reason,
                    status=LinkStatus.SUGGESTED,
                    created_by=author,
                    created_at=now,
                )
            )
        elif row.status == LinkStatus.SUGGESTED and (row.score, row.reason) != (m.score, m.reason):
            row.score, row.reason = m.score, m.reason
    stale = [
        p.id for key, p in existing.items() if key not in kept and p.status == LinkStatus.SUGGESTED
    ]
    if stale:
        s.execute(delete(Predecessor).where(Predecessor.id.in_(stale)))
    s.flush()
    return len(kept)


def suggest_for_state(
    s: Session, state: str, author: str | None, cycles: Iterable[int] | None = None
) -> int:
    """Suggest predecessors for every review of ``state`` that has an earlier one (or
    for those of ``cycles``); returns how many suggestions stand in them."""
    known = sorted(_reviews_of(s, state))
    wanted = set(known[1:]) if cycles is None else set(cycles) & set(known[1:])
    return sum(suggest_for_review(s, state, c, author) for c in sorted(wanted))


def suggest_after_import(s: Session, document_id: int, author: str | None) -> int:
    """The registry import's hook: once its document is in its review (cycle N), the
    suggestions of the State's reviews N, N+1 and N+2, whose texts or earlier texts it
    may have brought (nothing while the State has one cycle only)."""
    row = s.execute(
        select(Review.state, Review.cycle)
        .join(Document, Document.review_id == Review.id)
        .where(Document.id == document_id)
    ).first()
    if row is None:
        return 0
    state, cycle = row
    return suggest_for_state(s, state, author, range(cycle, cycle + EARLIER_CYCLES + 1))


class Continuity:
    """Predecessors across cycles: reading them, deciding on them, suggesting them."""

    def __init__(self, store: Store):
        self.store = store

    def predecessors(self, recommendation_id: int) -> list[PredecessorRow]:
        """The recommendation's likely predecessors in earlier cycles: confirmed, then
        suggested, then rejected; best score first within each."""
        return self.predecessors_of([recommendation_id]).get(recommendation_id, [])

    def predecessors_of(self, recommendation_ids: list[int]) -> dict[int, list[PredecessorRow]]:
        """``predecessors`` of many recommendations, in a query per 500 (a brief by
        recommendation asks for every one it shows); those with none are left out."""
        earlier = aliased(Recommendation)
        owners = (
            select(ReviewReport.symbol, Review.code, Review.cycle)
            .join(Review, Review.id == ReviewReport.review_id)
            .where(ReviewReport.role == ReportRole.WG_REPORT)
            .subquery()
        )
        out: dict[int, list[PredecessorRow]] = {}
        ids = list(dict.fromkeys(recommendation_ids))
        with self.store.read() as s:
            for i in range(0, len(ids), 500):
                rows = s.execute(
                    select(Predecessor, earlier, owners.c.code, owners.c.cycle)
                    .join(earlier, earlier.id == Predecessor.predecessor_id)
                    .outerjoin(owners, owners.c.symbol == earlier.symbol)
                    .where(Predecessor.recommendation_id.in_(ids[i : i + 500]))
                ).all()
                for p, rec, code, cycle in rows:
                    out.setdefault(p.recommendation_id, []).append(
                        PredecessorRow(
                            id=p.id,
                            recommendation_id=p.recommendation_id,
                            predecessor_id=rec.id,
                            symbol=rec.symbol,
                            number=rec.number,
                            text=rec.text,
                            states=tuple(rec.states or ()),
                            position=rec.position,
                            cycle=cycle if cycle is not None else rec.cycle,
                            review=code,
                            score=p.score,
                            reason=p.reason,
                            status=p.status,
                            uid=p.uid,
                            created_by=p.created_by,
                            decided_by=p.decided_by,
                            decided_at=p.decided_at,
                        )
                    )
        for rows_of in out.values():
            rows_of.sort(
                key=lambda r: (_STATUS_ORDER.get(r.status, 3), -(r.score or 0), r.predecessor_id)
            )
        return out

    def set_predecessor_status(self, predecessor_row_id: int, status: str) -> str:
        """Confirm or reject a predecessor (or make it a suggestion again, as an undo
        does); returns the previous status.  The decision is signed with the author."""
        if status not in set(LinkStatus):
            raise BadInput(f"status must be one of {', '.join(LinkStatus)}")
        with self.store.write() as s:
            row = s.get(Predecessor, predecessor_row_id)
            if row is None:
                raise NotFound(f"no predecessor with id {predecessor_row_id}")
            before = row.status
            row.status = status
            if status == LinkStatus.SUGGESTED:
                row.decided_by = row.decided_at = None
            else:
                row.decided_by, row.decided_at = self.store.author, utcnow()
            return before

    def suggest_predecessors(self, review: str) -> int:
        """Suggest predecessors for the recommendations of ``review`` ("SVN-2") in the
        State's two earlier reviews; returns how many suggestions stand.  What a person
        decided stays as it is."""
        with self.store.write() as s:
            r = s.get(Review, review_id_of(s, review))
            assert r is not None
            return suggest_for_review(s, r.state, r.cycle, self.store.author)


def predecessor_line(p: PredecessorRow) -> str:
    """'also recommended in cycle 1 by Egypt: 111.10 — supported' (for the brief, the
    inspector); a suggestion not yet confirmed says so."""
    where = f"in cycle {p.cycle}" if p.cycle else f"in {p.symbol}"
    by = f" by {', '.join(p.states)}" if p.states else ""
    position = (
        POSITION_LABELS.get(Position(p.position), p.position)
        if p.position in set(Position)
        else p.position
    )
    line = f"also recommended {where}{by}: {p.number} — {position.lower()}"
    if p.status == LinkStatus.SUGGESTED:
        line += " (suggested)"
    return line


__all__ = [
    "Continuity",
    "PredecessorRow",
    "predecessor_line",
    "suggest_after_import",
    "suggest_for_review",
    "suggest_for_state",
]
