"""Importing a file as a new version of a document, inside the import's transaction.

A document's id stays the id of its latest version.  ``supersede`` moves the
document's current paragraphs (with their footnotes, citations and the facts its
footnotes brought to the registry) to a new row that is the earlier version
(``version_of_id`` = the document), and gives the document the new file's details;
the importer then stores the new paragraphs under the document's id, and ``carry``
moves a person's work from each old paragraph to the paragraphs continuing it
(``reviewer.versions.match``):

- tags (on paragraphs and on passages), notes, reviewed marks, and links a person
  made or decided (a manual link, a suggestion confirmed or rejected, a cited link
  rejected).  Links the new text cites are made again by the import itself; a
  person's decision on the same pair wins over them.  Open suggestions follow an
  unchanged or moved paragraph only (the text they were ranked for).
- a split paragraph's work goes to every part, except a note: it goes to the part
  holding the noted words, or to the first part (its span then dropped);
- a merged paragraph gets the union (a tag once; of two links to one recommendation,
  the one decided last);
- a note's span is found again in the new text when its words are still there, else
  dropped (the note stays on the whole paragraph); a tagged passage likewise, else
  its tag stays on the whole paragraph (``version_passages``);
- a paragraph whose text changed (edited, split, merged) and that carried work is
  marked ``changed_since_review``; an unchanged or moved one keeps its mark;
- work on removed paragraphs stays on them, in the earlier version: never deleted.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, insert, select, tuple_, update
from sqlalchemy.orm import Session

from reviewer.ingest import ParsedDocument
from reviewer.storage.models import (
    Document,
    Footnote,
    Note,
    Paragraph,
    ParagraphTag,
    RecommendationSource,
    new_uid,
    utcnow,
)
from reviewer.versions import anchor_span
from reviewer.vocabulary import DocumentKind, ParagraphChange
from reviewer.workspace.version_links import Tally, carry_links, chunks
from reviewer.workspace.version_passages import carry_passages
from reviewer.workspace.version_rows import ChangeCounts, VersionImport
from reviewer.workspace.version_target import Target

_TEXT_CHANGES = (ParagraphChange.EDITED, ParagraphChange.SPLIT, ParagraphChange.MERGED)
# the document's details an earlier version keeps as they were
_KEPT = (
    "title organisation kind format file_name sha256 pages symbol report_symbol imported_at "
    "imported_by review_id review_status review_reason short_reading version source_path "
    "edited"
).split()


def supersede(
    s: Session, target: Target, parsed: ParsedDocument, named_report: str | None, author: str
) -> int:
    """Make the document's current content an earlier version; the document takes the new
    file's details and the next version number.  Returns the earlier version's row id."""
    d = target.doc
    kept: dict[str, Any] = {name: getattr(d, name) for name in _KEPT}
    now = utcnow()
    d.sha256 = parsed.sha256  # first: the earlier version's row takes the old one
    by_hand = set((d.edited or "").split(","))  # what a person set stays theirs
    if "title" not in by_hand:
        d.title = parsed.title
    if "organisation" not in by_hand:
        d.organisation = parsed.organisation or d.organisation
    if parsed.kind != DocumentKind.OTHER and "kind" not in by_hand:
        d.kind = parsed.kind  # "other": the text alone could not tell
    d.format = parsed.format
    d.file_name = parsed.file_name
    d.pages = parsed.pages
    d.symbol = parsed.symbol or d.symbol
    d.report_symbol = named_report or d.report_symbol
    d.imported_at = now
    d.imported_by = author
    d.version = (d.version or 1) + 1
    s.flush()
    earlier = Document(**kept, version_of_id=d.id, superseded_at=now)
    s.add(earlier)
    s.flush()
    for model in (Paragraph, Footnote, RecommendationSource):
        s.execute(
            update(model)
            .where(model.document_id == d.id)
            .values(document_id=earlier.id)
            .execution_options(synchronize_session=False)
        )
    return earlier.id


def carry(
    s: Session, target: Target, new_ids: list[int], texts: list[str], version: int, earlier_id: int
) -> VersionImport:
    """Move a person's work onto the new version's paragraphs (``new_ids``, in order, with
    their ``texts``) and record what each continues (see the module's docstring)."""
    old, matching = target.old, target.matching
    text_of = {p.id: p.text for p in old}
    change_of = {new_ids[c.index]: c.change for c in matching.continuations}
    follow: dict[int, list[int]] = {
        old[i].id: [new_ids[j] for j in js] for i, js in matching.followers().items()
    }
    new_text = dict(zip(new_ids, texts, strict=True))
    followed, gone = Tally(), Tally()
    worked: set[int] = set()  # old paragraphs with a person's work that followed
    old_ids = [p.id for p in old]

    # tags: the union on each follower
    tag_rows: list[Any] = []
    for chunk in chunks(old_ids):
        tag_rows += s.execute(
            select(
                ParagraphTag.paragraph_id,
                ParagraphTag.tag_id,
                ParagraphTag.uid,
                ParagraphTag.created_by,
                ParagraphTag.created_at,
            ).where(ParagraphTag.paragraph_id.in_(chunk))
        ).all()
    moved_tags, new_tags, have = [], [], set()
    for pid, tag_id, uid, by, at in tag_rows:
        if pid not in follow:
            gone.add("tags", pid)
            continue
        worked.add(pid)
        followed.add("tags", follow[pid][0])
        moved_tags.append((pid, tag_id))
        for nid in follow[pid]:
            if (nid, tag_id) not in have:
                have.add((nid, tag_id))
                new_tags.append(
                    dict(paragraph_id=nid, tag_id=tag_id, uid=uid, created_by=by, created_at=at)
                )
    _dedupe_uids(new_tags)
    for chunk in chunks(list(range(len(moved_tags)))):
        pairs = [moved_tags[k] for k in chunk]
        s.execute(
            delete(ParagraphTag).where(
                tuple_(ParagraphTag.paragraph_id, ParagraphTag.tag_id).in_(pairs)
            )
        )
    if new_tags:
        s.execute(insert(ParagraphTag), new_tags)

    carry_passages(s, old_ids, follow, text_of, new_text, worked, followed, gone)

    # notes: to the part holding the noted words, else the first follower
    note_updates = []
    for chunk in chunks(old_ids):
        for nid_, pid, start, end, updated in s.execute(
            select(Note.id, Note.paragraph_id, Note.span_start, Note.span_end, Note.updated_at)
            .where(Note.paragraph_id.in_(chunk))
            .order_by(Note.id)
        ):
            if pid not in follow:
                gone.add("notes", pid)
                continue
            worked.add(pid)
            to, span = follow[pid][0], None
            if start is not None and end is not None:
                for cand in follow[pid]:
                    span = anchor_span(text_of[pid], start, end, new_text[cand])
                    if span is not None:
                        to = cand
                        break
            followed.add("notes", to)
            note_updates.append(
                dict(
                    id=nid_,
                    paragraph_id=to,
                    span_start=span[0] if span else None,
                    span_end=span[1] if span else None,
                    updated_at=updated,
                )
            )
    if note_updates:
        s.execute(update(Note), note_updates)

    carry_links(s, old_ids, follow, change_of, new_ids, worked, followed, gone)

    # reviewed marks and what each new paragraph continues
    rows: dict[int, dict[str, Any]] = {
        nid: dict(
            id=nid,
            previous_id=None,
            change=change_of[nid],
            reviewed_at=None,
            reviewed_by=None,
            changed_since_review=False,
        )
        for nid in new_ids
    }
    cleared: list[dict[str, Any]] = []
    for c in matching.continuations:
        row = rows[new_ids[c.index]]
        sources = [old[i].id for i in c.previous]
        row["previous_id"] = sources[0] if sources else None
        for pid in sources:
            at, by, marked = target.reviewed[pid]
            if at is not None:
                worked.add(pid)
                if row["reviewed_at"] is None or at > row["reviewed_at"]:
                    row["reviewed_at"], row["reviewed_by"] = at, by
            row["changed_since_review"] = row["changed_since_review"] or marked
        if c.change in _TEXT_CHANGES and any(pid in worked for pid in sources):
            row["changed_since_review"] = True
    for pid, (at, _, _) in target.reviewed.items():
        if at is None:
            continue
        if pid in follow:
            followed.add("reviewed", follow[pid][0])
            cleared.append(dict(id=pid, reviewed_at=None, reviewed_by=None))
        else:
            gone.add("reviewed", pid)
    if rows:
        s.execute(update(Paragraph), list(rows.values()))
    if cleared:
        s.execute(update(Paragraph), cleared)
    return VersionImport(
        document_id=target.doc.id,
        version=version,
        previous_document_id=earlier_id,
        changes=ChangeCounts.of(matching.counts()),
        followed=followed.counts(),
        gone=gone.counts(),
        changed_since_review=sum(1 for r in rows.values() if r["changed_since_review"]),
    )


def _dedupe_uids(rows: list[dict]) -> None:
    """A tag copied to several parts of a split paragraph: one row keeps its uid."""
    seen: set[str] = set()
    for row in rows:
        if row["uid"] in seen:
            row["uid"] = new_uid()
        seen.add(row["uid"])
