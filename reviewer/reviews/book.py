"""Reviews in the workspace file: made, dated and given their documents and reports.

Written against the tables by name (SQLAlchemy Core), not the ORM models, so the
migration that introduced reviews can run it on a workspace of that schema
whatever later versions add.  ``db`` is an ORM ``Session`` (the workspace's
transactions, whose writes are recorded for the window) or a ``Connection`` (the
migration's); every statement runs inside the caller's transaction.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import UTC, datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.dialects import sqlite

from reviewer.calendar import cycle_from_symbol, cycle_of_wg_session, year_of_wg_session
from reviewer.citations.countries import iso3
from reviewer.ingest.model import ParsedDocument
from reviewer.reviews.detect import Detection, Evidence, detect, evidence_text
from reviewer.vocabulary import (
    REGISTRY_DOCUMENT_KINDS,
    ReportRole,
    ReportSource,
    ReviewStatus,
    review_code,
)

review_t = sa.table(
    "review",
    sa.column("id", sa.Integer),
    sa.column("code", sa.String),
    sa.column("state", sa.String),
    sa.column("cycle", sa.Integer),
    sa.column("session", sa.Integer),
    sa.column("year", sa.Integer),
    sa.column("dated_by", sa.Text),
    sa.column("created_at", sa.DateTime),
)
report_t = sa.table(
    "review_report",
    sa.column("id", sa.Integer),
    sa.column("symbol", sa.String),
    sa.column("review_id", sa.Integer),
    sa.column("role", sa.String),
    sa.column("source", sa.String),
)
document_t = sa.table(
    "document",
    sa.column("id", sa.Integer),
    sa.column("kind", sa.String),
    sa.column("title", sa.Text),
    sa.column("symbol", sa.String),
    sa.column("report_symbol", sa.String),
    sa.column("review_id", sa.Integer),
    sa.column("review_status", sa.String),
    sa.column("review_reason", sa.Text),
)
paragraph_t = sa.table(
    "paragraph",
    sa.column("id", sa.Integer),
    sa.column("document_id", sa.Integer),
    sa.column("seq", sa.Integer),
    sa.column("text", sa.Text),
)
citation_t = sa.table(
    "citation", sa.column("paragraph_id", sa.Integer), sa.column("symbol", sa.String)
)
recommendation_t = sa.table(
    "recommendation",
    sa.column("id", sa.Integer),
    sa.column("symbol", sa.String),
    sa.column("state_under_review", sa.Text),
    sa.column("cycle", sa.Integer),
)
source_t = sa.table(
    "recommendation_source",
    sa.column("recommendation_id", sa.Integer),
    sa.column("document_id", sa.Integer),
)

# Whose word about a report's review counts: a person's, then a UN list's, then a citation's.
_SOURCE_RANK = {ReportSource.CITED: 0, ReportSource.REGISTRY: 1, ReportSource.MANUAL: 2}
SESSIONS_PER_CYCLE = 14  # cycles 2–4: a State keeps its place, 14 sessions on


def _now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


class ReviewBook:
    def __init__(self, db: Any):
        self.db = db

    # -- reading -------------------------------------------------------------------------
    def owner(self, symbol: str) -> tuple[str, int] | None:
        """(ISO3, cycle) of the review a report symbol belongs to, if the workspace knows."""
        row = self.db.execute(
            sa.select(review_t.c.state, review_t.c.cycle)
            .join(report_t, report_t.c.review_id == review_t.c.id)
            .where(report_t.c.symbol == symbol)
        ).first()
        if row is not None:
            return row[0], row[1]
        row = self.db.execute(
            sa.select(recommendation_t.c.state_under_review, recommendation_t.c.cycle)
            .where(
                recommendation_t.c.symbol == symbol,
                recommendation_t.c.state_under_review.is_not(None),
            )
            .limit(1)
        ).first()
        if row is None:
            return None
        state = iso3(row[0])
        cycle = row[1] or cycle_from_symbol(symbol)
        return (state, cycle) if state and cycle else None

    def detect_parsed(self, parsed: ParsedDocument, cited: Iterable[str]) -> Detection:
        """The review a parsed document belongs to, from what it says and the symbols it
        cites (an import, and the draft check of a file not stored, both ask this)."""
        evidence = Evidence(
            kind=parsed.kind,
            title=parsed.title,
            symbol=parsed.symbol,
            text=evidence_text(p.text for p in parsed.paragraphs),
            cited=tuple(cited),
        )
        return detect(evidence, self.owner, self.latest_cycle)

    def latest_cycle(self, state: str) -> int | None:
        return self.db.execute(
            sa.select(sa.func.max(review_t.c.cycle)).where(review_t.c.state == state)
        ).scalar()

    def review_of(self, code: str) -> Any:
        return self.db.execute(sa.select(review_t).where(review_t.c.code == code)).first()

    def wg_report(self, state: str, cycle: int) -> str | None:
        """The WG report symbol of a State's review in a cycle, if the workspace knows it."""
        return self.db.execute(
            sa.select(report_t.c.symbol)
            .join(review_t, review_t.c.id == report_t.c.review_id)
            .where(
                review_t.c.state == state,
                review_t.c.cycle == cycle,
                report_t.c.role == ReportRole.WG_REPORT,
            )
            .order_by(report_t.c.id)
            .limit(1)
        ).scalar()

    def evidence(self, document_id: int) -> Evidence | None:
        doc = self.db.execute(sa.select(document_t).where(document_t.c.id == document_id)).first()
        if doc is None:
            return None
        texts = self.db.execute(
            sa.select(paragraph_t.c.text)
            .where(paragraph_t.c.document_id == document_id)
            .order_by(paragraph_t.c.seq)
        ).scalars()
        cited = self.db.execute(
            sa.select(citation_t.c.symbol)
            .join(paragraph_t, paragraph_t.c.id == citation_t.c.paragraph_id)
            .where(paragraph_t.c.document_id == document_id, citation_t.c.symbol.is_not(None))
        ).scalars()
        registry = doc.kind in REGISTRY_DOCUMENT_KINDS and doc.report_symbol is not None
        state, cycle = None, None
        if registry:
            row = self.db.execute(
                sa.select(recommendation_t.c.state_under_review, recommendation_t.c.cycle)
                .join(source_t, source_t.c.recommendation_id == recommendation_t.c.id)
                .where(
                    source_t.c.document_id == document_id,
                    recommendation_t.c.state_under_review.is_not(None),
                )
                .limit(1)
            ).first()
            if row is not None:
                state, cycle = row[0], row[1]
        return Evidence(
            kind=doc.kind,
            title=doc.title,
            symbol=doc.symbol,
            report=doc.report_symbol if registry else None,
            state=state,
            cycle=cycle,
            text=evidence_text(texts),
            cited=tuple(cited),
            registry=registry,
        )

    # -- writing -------------------------------------------------------------------------
    def review_id(self, state: str, cycle: int) -> int:
        """The review of ``state`` in ``cycle``, made now if new."""
        code = review_code(state, cycle)
        found = self.db.execute(sa.select(review_t.c.id).where(review_t.c.code == code)).scalar()
        if found is not None:
            return int(found)
        self.db.execute(
            _insert(self.db, review_t)
            .values(code=code, state=state.upper(), cycle=cycle, created_at=_now())
            .on_conflict_do_nothing(index_elements=["code"])
        )
        return int(
            self.db.execute(sa.select(review_t.c.id).where(review_t.c.code == code)).scalar_one()
        )

    def learn_report(
        self, symbol: str, review_id: int, role: ReportRole, source: ReportSource
    ) -> None:
        """Record that ``symbol`` is ``review_id``'s report, unless a surer source said
        otherwise."""
        row = self.db.execute(sa.select(report_t).where(report_t.c.symbol == symbol)).first()
        if row is None:
            self.db.execute(
                _insert(self.db, report_t)
                .values(symbol=symbol, review_id=review_id, role=role, source=source)
                .on_conflict_do_nothing(index_elements=["symbol"])
            )
            return
        if _SOURCE_RANK.get(ReportSource(row.source), 0) > _SOURCE_RANK[source]:
            return
        if (row.review_id, row.role, row.source) != (review_id, role, source):
            self.db.execute(
                sa.update(report_t)
                .where(report_t.c.id == row.id)
                .values(review_id=review_id, role=role, source=source)
            )

    def date(self, review_id: int, session: int | None, dated_by: str | None) -> None:
        """Give a review its Working Group session (and year) when a document says it."""
        if session is None:
            return
        row = self.db.execute(sa.select(review_t).where(review_t.c.id == review_id)).first()
        if row is None or cycle_of_wg_session(session) != row.cycle:
            return
        if row.session == session and not (row.dated_by or "").startswith("estimated"):
            return
        self.db.execute(
            sa.update(review_t)
            .where(review_t.c.id == review_id)
            .values(session=session, year=year_of_wg_session(session), dated_by=dated_by)
        )

    def estimate_sessions(self) -> None:
        """Date undated reviews from the same State's dated ones: from the 2nd cycle on a
        State is reviewed 14 sessions after its previous review."""
        rows = self.db.execute(sa.select(review_t)).all()
        dated = {
            (r.state, r.cycle): r
            for r in rows
            if r.session and not (r.dated_by or "").startswith("estimated")
        }
        for r in rows:
            if r.session and not (r.dated_by or "").startswith("estimated"):
                continue
            if r.cycle < 2:
                continue
            base = next(
                (
                    dated[(r.state, c)]
                    for c in sorted(range(2, 8), key=lambda c: abs(c - r.cycle))
                    if (r.state, c) in dated and c != r.cycle
                ),
                None,
            )
            if base is None:
                continue
            session = base.session + SESSIONS_PER_CYCLE * (r.cycle - base.cycle)
            if cycle_of_wg_session(session) != r.cycle:
                continue
            by = f"estimated from {base.code} (session {base.session})"
            if (r.session, r.dated_by) != (session, by):
                self.db.execute(
                    sa.update(review_t)
                    .where(review_t.c.id == r.id)
                    .values(session=session, year=year_of_wg_session(session), dated_by=by)
                )

    def attach(self, document_id: int, found: Detection) -> str | None:
        """Put a document in the review ``found`` names (marked uncertain when it is);
        learn the reports it shows.  Returns the review's code."""
        review_id = None
        if found.state and found.cycle and 1 <= found.cycle <= 9:
            review_id = self.review_id(found.state, found.cycle)
            for symbol, role in found.reports:
                self.learn_report(symbol, review_id, role, ReportSource.REGISTRY)
            self.date(review_id, found.session, found.dated_by)
            if found.previous_reports and found.cycle > 1:
                previous = self.review_id(found.state, found.cycle - 1)
                for symbol in found.previous_reports:
                    self.learn_report(symbol, previous, ReportRole.WG_REPORT, ReportSource.CITED)
        self.db.execute(
            sa.update(document_t)
            .where(document_t.c.id == document_id)
            .values(
                review_id=review_id,
                review_status=ReviewStatus.DETECTED if found.certain else ReviewStatus.UNCERTAIN,
                review_reason=found.reason,
            )
        )
        return found.code

    def detect_document(self, document_id: int) -> str | None:
        ev = self.evidence(document_id)
        if ev is None:
            return None
        return self.attach(document_id, detect(ev, self.owner, self.latest_cycle))

    def place(self, document_id: int, review_id: int | None, reason: str) -> None:
        """A person's choice: the document belongs to ``review_id`` (None: to none)."""
        self.db.execute(
            sa.update(document_t)
            .where(document_t.c.id == document_id)
            .values(review_id=review_id, review_status=ReviewStatus.MANUAL, review_reason=reason)
        )

    def redetect(self, document_ids: Iterable[int] | None = None) -> None:
        """Detect again the documents not settled yet (after new reports became known)."""
        q = sa.select(document_t.c.id).where(
            sa.or_(
                document_t.c.review_status.is_(None),
                document_t.c.review_status == ReviewStatus.UNCERTAIN,
            )
        )
        if document_ids is not None:
            q = q.where(document_t.c.id.in_(list(document_ids)))
        for doc_id in self.db.execute(q.order_by(document_t.c.id)).scalars().all():
            self.detect_document(doc_id)

    def prune(self) -> None:
        """Forget reviews that hold no document and no report (after a move or removal)."""
        used = sa.select(document_t.c.review_id).where(document_t.c.review_id.is_not(None))
        reported = sa.select(report_t.c.review_id)
        self.db.execute(
            sa.delete(review_t).where(review_t.c.id.not_in(used), review_t.c.id.not_in(reported))
        )


def _insert(db: Any, table: sa.TableClause) -> Any:
    bind = db.get_bind() if hasattr(db, "get_bind") else db
    if bind.dialect.name == "postgresql":
        from sqlalchemy.dialects import postgresql  # a team workspace's: loaded with it

        return postgresql.insert(table)
    return sqlite.insert(table)


def backfill(db: Any) -> None:
    """Reviews for everything a workspace already holds: registry documents first (they
    say whose reports are whose), then the others, then the sessions estimated."""
    book = ReviewBook(db)
    docs = db.execute(sa.select(document_t.c.id, document_t.c.kind).order_by(document_t.c.id)).all()
    registry = [d.id for d in docs if d.kind in REGISTRY_DOCUMENT_KINDS]
    others = [d.id for d in docs if d.kind not in REGISTRY_DOCUMENT_KINDS]
    for doc_id in registry + others:
        book.detect_document(doc_id)
    book.estimate_sessions()
