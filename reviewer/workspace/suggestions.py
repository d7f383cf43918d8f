"""Suggestions: for each paragraph of a submission or national report, the
recommendations of its review's registry it likely speaks to without citing them.

They are stored as links with status "suggested" and origin "suggestion", with the
ranking's score and the words that matched (``link.detail``), and count nowhere until
a reviewer accepts one (→ confirmed, origin kept) or rejects it.  A rejected pair is
a link row too, so it is never suggested again for that paragraph; a cited or
confirmed one is not suggested either.  Every decision in the workspace (confirmed
links of any origin, rejected ones) feeds the ranking of later suggestions
(``reviewer.suggest.rank``: relevance feedback).

Suggesting again replaces a paragraph's open suggestions with the new ranking and
leaves every decided link alone.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from reviewer.errors import BadInput, NotFound
from reviewer.storage.models import (
    Document,
    Link,
    Paragraph,
    Recommendation,
    new_uid,
    utcnow,
)
from reviewer.suggest.rank import Example, Query, Ranker, Target
from reviewer.vocabulary import LinkOrigin, LinkStatus, ParagraphKind
from reviewer.workspace.core import Store
from reviewer.workspace.note_edits import record_link
from reviewer.workspace.paragraph_read import link_row
from reviewer.workspace.registry_store import dialect_insert, insert_if_absent
from reviewer.workspace.rows import LinkRow, matched_words
from reviewer.workspace.suggest_scope import SuggestScope, suggest_scope

_QUERY_KINDS = (ParagraphKind.BODY, ParagraphKind.LIST_ITEM)

Progress = Callable[[int, int], None]  # (paragraphs done, of)


@dataclass(frozen=True)
class Suggestion:
    recommendation_id: int
    symbol: str
    number: str
    score: float
    matched: tuple[str, ...]
    text: str | None = None


@dataclass(frozen=True)
class ParagraphSuggestions:
    paragraph_id: int
    label: str | None
    suggestions: tuple[Suggestion, ...]


@dataclass(frozen=True)
class Decision:
    """What ``decide`` changed, to undo it: the link and its status before (None: the
    link did not exist and was made)."""

    link: LinkRow
    before: str | None


class Suggestions:
    def __init__(self, store: Store):
        self.store = store

    def scope(self, document_id: int) -> SuggestScope:
        with self.store.read() as s:
            return suggest_scope(s, _document(s, document_id))

    def suggest(
        self, document_id: int, top: int = 5, progress: Progress | None = None
    ) -> list[ParagraphSuggestions]:
        """Rank, store and return suggestions for every paragraph of the document
        (``top`` at most each; a paragraph with nothing close enough gets none)."""
        if not 1 <= top <= 50:
            raise BadInput("--top must be between 1 and 50")
        with self.store.read() as s:
            doc = _document(s, document_id)
            scope = suggest_scope(s, doc)
            if scope.reason:
                raise BadInput(scope.reason)
            recs = list(
                s.scalars(
                    select(Recommendation)
                    .where(Recommendation.symbol.in_(scope.symbols))
                    .order_by(Recommendation.symbol, Recommendation.sort_key)
                )
            )
            paras = list(
                s.scalars(
                    select(Paragraph)
                    .where(Paragraph.document_id == document_id)
                    .order_by(Paragraph.seq)
                )
            )
            taken = _linked(s, [p.id for p in paras])
            examples = _examples(s, [r.id for r in recs])
        targets = [
            Target(
                r.id,
                r.text or "",
                tuple(t[1] if isinstance(t, list | tuple) else str(t) for t in r.themes or ()),
                tuple(r.affected_persons or ()),
            )
            for r in recs
            if r.text
        ]
        ranker = Ranker(targets, examples)
        asked = [i for i, p in enumerate(paras) if p.kind in _QUERY_KINDS]
        queries = [
            Query(paras[i].text, _context(paras, i), frozenset(taken.get(paras[i].id, ())))
            for i in asked
        ]
        ranked = ranker.rank_all(queries, top, progress)
        by_id = {r.id: r for r in recs}
        out = []
        for i, hits in zip(asked, ranked, strict=True):
            p = paras[i]
            out.append(
                ParagraphSuggestions(
                    p.id,
                    p.label,
                    tuple(
                        Suggestion(
                            h.key,
                            by_id[h.key].symbol,
                            by_id[h.key].number,
                            h.score,
                            h.matched,
                            by_id[h.key].text,
                        )
                        for h in hits
                    ),
                )
            )
        self._store(document_id, out)
        return out

    def _store(self, document_id: int, found: list[ParagraphSuggestions]) -> None:
        """Replace the document's open suggestions with ``found``; decided links stay."""
        with self.store.write() as s:
            if s.get(Document, document_id) is None:  # removed while they were ranked
                raise NotFound(f"document {document_id} was removed while suggesting for it")
            open_ = {
                (lk.paragraph_id, lk.recommendation_id): lk
                for lk in s.scalars(
                    select(Link)
                    .join(Paragraph, Paragraph.id == Link.paragraph_id)
                    .where(
                        Paragraph.document_id == document_id,
                        Link.status == LinkStatus.SUGGESTED,
                        Link.origin == LinkOrigin.SUGGESTION,
                    )
                )
            }
            wanted = {
                (ps.paragraph_id, sg.recommendation_id): sg for ps in found for sg in ps.suggestions
            }
            gone = [lk.id for key, lk in open_.items() if key not in wanted]
            if gone:
                s.execute(delete(Link).where(Link.id.in_(gone)))
            new = []
            now = utcnow()
            for (pid, rid), sg in wanted.items():
                detail = ", ".join(sg.matched)
                old = open_.get((pid, rid))
                if old is None:
                    new.append(
                        dict(
                            uid=new_uid(),
                            paragraph_id=pid,
                            recommendation_id=rid,
                            origin=LinkOrigin.SUGGESTION,
                            status=LinkStatus.SUGGESTED,
                            score=sg.score,
                            detail=detail,
                            created_by=self.store.author,
                            created_at=now,
                            updated_at=now,
                        )
                    )
                elif (old.score, old.detail) != (sg.score, detail):
                    old.score, old.detail, old.updated_at = sg.score, detail, now
            if new:
                # one statement for them all; a pair another writer linked meanwhile
                # keeps that writer's link
                s.execute(dialect_insert(s, Link).on_conflict_do_nothing(), new)

    def suggested(self, document_id: int) -> list[ParagraphSuggestions]:
        """The document's open suggestions as stored, best first per paragraph."""
        with self.store.read() as s:
            rows = s.execute(
                select(Link, Recommendation, Paragraph.label, Paragraph.seq)
                .join(Paragraph, Paragraph.id == Link.paragraph_id)
                .join(Recommendation, Recommendation.id == Link.recommendation_id)
                .where(
                    Paragraph.document_id == document_id,
                    Link.status == LinkStatus.SUGGESTED,
                )
            ).all()
        by_para: dict[int, tuple[int, str | None, list[Suggestion]]] = {}
        for lk, rec, label, seq in rows:
            entry = by_para.setdefault(lk.paragraph_id, (seq, label, []))
            matched = matched_words(lk.detail)
            entry[2].append(
                Suggestion(rec.id, rec.symbol, rec.number, lk.score or 0.0, matched, rec.text)
            )
        return [
            ParagraphSuggestions(pid, label, tuple(sorted(sg, key=lambda x: -x.score)))
            for pid, (_seq, label, sg) in sorted(by_para.items(), key=lambda kv: kv[1][0])
        ]

    def decide(self, paragraph_id: int, symbol: str, number: str, accept: bool) -> Decision:
        """Accept (→ confirmed) or reject the link of a paragraph to a recommendation;
        with no link yet, make one (by hand, or a rejection that keeps it from ever
        being suggested).  Returns what it was, for ``undo_decision``."""
        status = LinkStatus.CONFIRMED if accept else LinkStatus.REJECTED
        with self.store.write() as s:
            if s.get(Paragraph, paragraph_id) is None:
                raise NotFound(f"no paragraph with id {paragraph_id}")
            rec = s.scalar(
                select(Recommendation).where(
                    Recommendation.symbol == symbol.strip(), Recommendation.number == number.strip()
                )
            )
            if rec is None:
                raise NotFound(f"no recommendation {symbol} {number} in the registry")
            link = s.scalar(
                select(Link).where(
                    Link.paragraph_id == paragraph_id, Link.recommendation_id == rec.id
                )
            )
            before = None
            if link is None:
                insert_if_absent(
                    s,
                    Link,
                    ("paragraph_id", "recommendation_id"),
                    paragraph_id=paragraph_id,
                    recommendation_id=rec.id,
                    origin=LinkOrigin.MANUAL,
                    status=status,
                    created_by=self.store.author,
                )
                link = s.scalar(
                    select(Link).where(
                        Link.paragraph_id == paragraph_id, Link.recommendation_id == rec.id
                    )
                )
                assert link is not None
            else:
                before = link.status
                if link.status != status:
                    link.status, link.updated_at = status, utcnow()
            if before != status:
                what = "accepted" if accept else "rejected"
                record_link(
                    s, self.store.author, "link decided", link, status=what, at=link.updated_at
                )
            return Decision(link_row(link, rec), before)

    def undo_decision(self, decision: Decision) -> None:
        with self.store.write() as s:
            link = s.get(Link, decision.link.id)
            if link is None:
                return
            if decision.before is None:
                s.delete(link)
            else:
                link.status, link.updated_at = decision.before, utcnow()


def _document(s: Session, document_id: int) -> Document:
    doc = s.get(Document, document_id)
    if doc is None:
        raise NotFound(f"no document with id {document_id}")
    return doc


def _linked(s: Session, paragraph_ids: list[int]) -> dict[int, set[int]]:
    """Each paragraph's linked recommendations, whatever the status: never suggested."""
    out: dict[int, set[int]] = {}
    if not paragraph_ids:
        return out
    for pid, rid, status, origin in s.execute(
        select(Link.paragraph_id, Link.recommendation_id, Link.status, Link.origin).where(
            Link.paragraph_id.in_(paragraph_ids)
        )
    ):
        if status == LinkStatus.SUGGESTED and origin == LinkOrigin.SUGGESTION:
            continue  # an open suggestion is ranked again
        out.setdefault(pid, set()).add(rid)
    return out


def _examples(s: Session, rec_ids: list[int]) -> list[Example]:
    """Every decision on these recommendations anywhere in the workspace: confirmed
    links (cited or accepted) and rejected ones, with their paragraph's text."""
    if not rec_ids:
        return []
    rows = s.execute(
        select(Paragraph.text, Link.recommendation_id, Link.status)
        .join(Paragraph, Paragraph.id == Link.paragraph_id)
        .join(Document, Document.id == Paragraph.document_id)
        .where(
            Link.recommendation_id.in_(rec_ids),
            Link.status.in_((LinkStatus.CONFIRMED, LinkStatus.REJECTED)),
            Document.version_of_id.is_(None),  # an earlier version's would count twice
        )
        .order_by(Link.id)
    ).all()
    return [Example(text, rid, status == LinkStatus.CONFIRMED) for text, rid, status in rows]


def _context(paras: list[Paragraph], i: int) -> str:
    """The paragraph's setting: the heading above it and its two neighbours."""
    heading = next(
        (paras[j].text for j in range(i - 1, -1, -1) if paras[j].kind == ParagraphKind.HEADING),
        "",
    )
    around = [paras[j].text for j in (i - 1, i + 1) if 0 <= j < len(paras)]
    return " ".join([heading, *around])
