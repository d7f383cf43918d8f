"""A document's versions: listing them, the difference between two, and the
"changed since reviewed" mark.

Importing a new version is the importer's (``version_target``, ``version_store``).
What each paragraph continues is stored with it (``paragraph.previous_id``,
``.change``); the difference between two versions reads it, and matches the two
versions' paragraphs again (``reviewer.versions.match``, deterministic and cheap) for
what one column cannot hold: the other sources of a merged paragraph, and any two
versions that are not consecutive.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from reviewer.errors import BadInput, NotFound
from reviewer.storage.models import Document, Link, Note, Paragraph, ParagraphTag, PassageTag
from reviewer.versions import Para, match_paragraphs, trim_ends, word_diff
from reviewer.vocabulary import LinkOrigin, LinkStatus, ParagraphChange
from reviewer.workspace.core import Store
from reviewer.workspace.version_links import chunks
from reviewer.workspace.version_rows import (
    ChangeCounts,
    DiffParagraph,
    RemovedParagraph,
    VersionDiff,
    VersionRow,
    WorkCounts,
)

# a link a person made or decided (``version_links.person_made``, as SQL)
_BY_PERSON = or_(
    Link.origin == LinkOrigin.MANUAL,
    and_(Link.origin == LinkOrigin.SUGGESTION, Link.status != LinkStatus.SUGGESTED),
    and_(
        Link.origin.not_in((LinkOrigin.MANUAL, LinkOrigin.SUGGESTION)),
        Link.status != LinkStatus.CONFIRMED,
    ),
)


@dataclass(frozen=True)
class _Compared:
    old: list[Any]  # paragraph rows of the earlier version
    new: list[Any]  # of the later one
    sources: list[tuple[int, ...]]  # per new paragraph: the old ids it continues
    changes: list[str]  # per new paragraph
    removed: list[Any]  # old rows nothing continues


class Versions:
    def __init__(self, store: Store):
        self.store = store

    def versions(self, document_id: int) -> list[VersionRow]:
        """Every version of a document (any version's id will do), the first first: its
        file, when imported, its paragraphs, how it changed from the one before, and
        the work left on its paragraphs that are gone from the next one."""
        with self.store.read() as s:
            family = _family(s, document_id)
            counts = dict(
                s.execute(
                    select(Paragraph.document_id, func.count())
                    .where(Paragraph.document_id.in_([d.id for d in family]))
                    .group_by(Paragraph.document_id)
                ).all()
            )
            out = []
            for k, d in enumerate(family):
                latest = k == len(family) - 1
                changes = None
                if k:
                    changes = _counts(_compare(s, family[k - 1], d))
                gone = WorkCounts() if latest else _work_total(s, d.id)
                out.append(
                    VersionRow(
                        version=d.version,
                        document_id=d.id,
                        live_id=family[-1].id,
                        latest=latest,
                        title=d.title,
                        file=d.file_name,
                        format=d.format,
                        pages=d.pages,
                        imported_at=d.imported_at,
                        imported_by=d.imported_by,
                        superseded_at=d.superseded_at,
                        paragraphs=counts.get(d.id, 0),
                        changes=changes,
                        gone=gone,
                    )
                )
            return out

    def work_on_gone_paragraphs(self, document_id: int) -> WorkCounts:
        """A person's work left on the document's earlier versions, on paragraphs that
        are gone ("3 notes on paragraphs that are gone"); kept, never deleted."""
        with self.store.read() as s:
            family = _family(s, document_id)
            totals = [_work_total(s, d.id) for d in family[:-1]]
        return WorkCounts(
            sum(w.notes for w in totals),
            sum(w.tags for w in totals),
            sum(w.links for w in totals),
            sum(w.reviewed for w in totals),
            tuple(sorted(p for w in totals for p in w.paragraph_ids)),
        )

    def diff(
        self, document_id: int, from_version: int | None = None, to_version: int | None = None
    ) -> VersionDiff:
        """What changed from version ``from_version`` (default: the one before
        ``to_version``) to ``to_version`` (default: the latest): each paragraph of the
        later version with its change, the paragraphs it continues and, when its text
        changed, the word-level difference; and the earlier version's paragraphs that
        are gone, with the work kept on them."""
        with self.store.read() as s:
            family = _family(s, document_id)
            by_number = {d.version: d for d in family}
            to = family[-1].version if to_version is None else to_version
            if len(family) == 1:
                raise BadInput(f"document {family[-1].id} has only one version")
            frm = to - 1 if from_version is None else from_version
            if from_version is None and to == family[0].version:
                raise BadInput(f"version {to} is the first: there is nothing before it")
            for n in (frm, to):
                if n not in by_number:
                    raise NotFound(f"document {family[-1].id} has no version {n}")
            if frm >= to:
                raise BadInput("the version to compare from must be earlier than the other")
            a, b = by_number[frm], by_number[to]
            c = _compare(s, a, b)
            old_by_id = {p.id: p for p in c.old}
            paragraphs = []
            for p, sources, change in zip(c.new, c.sources, c.changes, strict=True):
                before = [old_by_id[i] for i in sources if i in old_by_id]
                previous_text = " ".join(q.text for q in before)
                words: list[tuple[str, str]] = []
                if change in (ParagraphChange.EDITED, ParagraphChange.MERGED):
                    words = word_diff(previous_text, p.text)
                elif change == ParagraphChange.SPLIT:
                    words = trim_ends(word_diff(previous_text, p.text))
                paragraphs.append(
                    DiffParagraph(
                        paragraph_id=p.id,
                        seq=p.seq,
                        label=p.label,
                        kind=p.kind,
                        change=change,
                        text=p.text,
                        previous_ids=tuple(q.id for q in before),
                        previous_labels=tuple(q.label for q in before),
                        previous_text=previous_text,
                        words=tuple(words),
                        changed_since_review=bool(p.changed_since_review),
                    )
                )
            work = _work(s, [p.id for p in c.removed])
            removed = tuple(
                RemovedParagraph(p.id, p.seq, p.label, p.text, work.get(p.id, WorkCounts()))
                for p in c.removed
            )
            return VersionDiff(
                document_id=family[-1].id,
                from_version=frm,
                to_version=to,
                from_document_id=a.id,
                to_document_id=b.id,
                changes=_counts(c),
                paragraphs=tuple(paragraphs),
                removed=removed,
            )

    def set_changed_since_review(self, paragraph_id: int, changed: bool) -> bool:
        """Set or clear a paragraph's "changed since reviewed" mark; returns what it was
        (for undo: marking reviewed clears it)."""
        with self.store.write() as s:
            p = s.get(Paragraph, paragraph_id)
            if p is None:
                raise NotFound(f"no paragraph with id {paragraph_id}")
            before = bool(p.changed_since_review)
            if before != changed:
                p.changed_since_review = changed
            return before


def _family(s: Session, document_id: int) -> list[Document]:
    """Every version of the document ``document_id`` belongs to, the first first."""
    doc = s.get(Document, document_id)
    if doc is None:
        raise NotFound(f"no document with id {document_id}")
    live = doc.version_of_id or doc.id
    return list(
        s.scalars(
            select(Document)
            .where(or_(Document.id == live, Document.version_of_id == live))
            .order_by(Document.version, Document.id)
        )
    )


def _rows(s: Session, doc_id: int) -> list[Any]:
    return list(
        s.execute(
            select(
                Paragraph.id,
                Paragraph.seq,
                Paragraph.label,
                Paragraph.kind,
                Paragraph.text,
                Paragraph.change,
                Paragraph.previous_id,
                Paragraph.changed_since_review,
            )
            .where(Paragraph.document_id == doc_id)
            .order_by(Paragraph.seq)
        )
    )


def _counts(c: _Compared) -> ChangeCounts:
    tally = {str(k): 0 for k in ParagraphChange}
    for change in c.changes:
        tally[change] += 1
    tally[ParagraphChange.REMOVED] = len(c.removed)
    return ChangeCounts.of(tally)


def _compare(s: Session, a: Document, b: Document) -> _Compared:
    old, new = _rows(s, a.id), _rows(s, b.id)
    seq_of = {p.id: p.seq for p in old}
    consecutive = b.version == a.version + 1
    recorded = consecutive and all(p.change is not None for p in new)
    if recorded and not any(p.change == ParagraphChange.MERGED for p in new):
        # the import recorded each paragraph's change and the one it continues: read,
        # not matched again (a merge records one of its sources: matched for the rest)
        sources: list[tuple[int, ...]] = [
            (p.previous_id,) if p.previous_id in seq_of else () for p in new
        ]
        changes: list[str] = [p.change for p in new]
        continued = {i for prev in sources for i in prev}
        return _Compared(old, new, sources, changes, [p for p in old if p.id not in continued])
    matching = match_paragraphs(
        [Para(p.id, p.label, p.kind, p.text) for p in old],
        [Para(p.id, p.label, p.kind, p.text) for p in new],
    )
    sources, changes = [], []
    for p, found in zip(new, matching.continuations, strict=True):
        change, prev = found.change, tuple(found.previous_ids)
        if consecutive and p.change is not None:  # what the import recorded stands
            change = p.change
            prev = (p.previous_id,) if p.previous_id in seq_of else ()
            if change == ParagraphChange.MERGED:
                extra = tuple(i for i in found.previous_ids if i not in prev)
                prev = tuple(sorted(prev + extra, key=lambda i: seq_of[i]))
        sources.append(prev)
        changes.append(change)
    continued = {i for prev in sources for i in prev}
    return _Compared(old, new, sources, changes, [p for p in old if p.id not in continued])


def _work(s: Session, paragraph_ids: list[int]) -> dict[int, WorkCounts]:
    """A person's work on each of these paragraphs (those with none left out)."""
    n: dict[int, list[int]] = {}

    def add(pid: int, k: int, count: int = 1) -> None:
        n.setdefault(pid, [0, 0, 0, 0])[k] += count

    for chunk in chunks(paragraph_ids):
        for pid, count in s.execute(
            select(Note.paragraph_id, func.count())
            .where(Note.paragraph_id.in_(chunk))
            .group_by(Note.paragraph_id)
        ):
            add(pid, 0, count)
        for model in (ParagraphTag, PassageTag):
            for pid, count in s.execute(
                select(model.paragraph_id, func.count())
                .where(model.paragraph_id.in_(chunk))
                .group_by(model.paragraph_id)
            ):
                add(pid, 1, count)
        for pid, count in s.execute(
            select(Link.paragraph_id, func.count())
            .where(Link.paragraph_id.in_(chunk), _BY_PERSON)
            .group_by(Link.paragraph_id)
        ):
            add(pid, 2, count)
        for (pid,) in s.execute(
            select(Paragraph.id).where(Paragraph.id.in_(chunk), Paragraph.reviewed_at.is_not(None))
        ):
            add(pid, 3)
    return {pid: WorkCounts(c[0], c[1], c[2], c[3], (pid,)) for pid, c in n.items()}


def _work_total(s: Session, doc_id: int) -> WorkCounts:
    ids = list(s.scalars(select(Paragraph.id).where(Paragraph.document_id == doc_id)))
    per = _work(s, ids)
    return WorkCounts(
        sum(w.notes for w in per.values()),
        sum(w.tags for w in per.values()),
        sum(w.links for w in per.values()),
        sum(w.reviewed for w in per.values()),
        tuple(sorted(per)),
    )
