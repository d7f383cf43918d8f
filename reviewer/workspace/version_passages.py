"""Carrying tags on passages to a new version's paragraphs (part of
``version_store.carry``; see there).

A passage follows its paragraph as a note's span does: its words are found again in
the paragraph continuing it (``anchor_span``: as they were, else with any spacing
between them; of a split paragraph, in the part holding them).  An unchanged or
moved paragraph keeps the offsets as they were.  When the words are gone (edited
away), the tag stays on the whole paragraph continuing it, its passage forgotten;
the paragraph is then "changed since reviewed", as every paragraph whose text
changed after work on it is, so a person looks at it again.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import delete, select, update
from sqlalchemy.orm import Session

from reviewer.storage.models import ParagraphTag, PassageTag
from reviewer.versions import anchor_span
from reviewer.workspace.registry_store import insert_if_absent
from reviewer.workspace.version_links import Tally, chunks


def carry_passages(
    s: Session,
    old_ids: list[int],
    follow: dict[int, list[int]],
    old_text: dict[int, str],
    new_text: dict[int, str],
    worked: set[int],
    followed: Tally,
    gone: Tally,
) -> None:
    rows: list[Any] = []
    for chunk in chunks(old_ids):
        rows += s.execute(
            select(
                PassageTag.id,
                PassageTag.paragraph_id,
                PassageTag.tag_id,
                PassageTag.start,
                PassageTag.end,
                PassageTag.uid,
                PassageTag.created_by,
                PassageTag.created_at,
            )
            .where(PassageTag.paragraph_id.in_(chunk))
            .order_by(PassageTag.id)
        ).all()
    moves: list[dict[str, Any]] = []
    dropped: list[int] = []  # a passage now a whole-paragraph tag, or twice on one span
    spans: set[tuple[int, int, int, int]] = set()
    for pid_, pid, tag_id, start, end, uid, by, at in rows:
        targets = follow.get(pid)
        if not targets:
            gone.add("tags", pid)
            continue
        worked.add(pid)
        to, span = targets[0], None
        for cand in targets:
            if new_text[cand] == old_text[pid]:
                span = (start, end)
            else:
                span = anchor_span(old_text[pid], start, end, new_text[cand])
            if span is not None:
                to = cand
                break
        followed.add("tags", to)
        if span is None:  # its words are gone: the tag stays on the whole paragraph
            dropped.append(pid_)
            insert_if_absent(
                s,
                ParagraphTag,
                ("paragraph_id", "tag_id"),
                paragraph_id=to,
                tag_id=tag_id,
                uid=uid,
                created_by=by,
                created_at=at,
            )
            continue
        key = (to, tag_id, span[0], span[1])
        if key in spans:  # merged paragraphs tagging the same words
            dropped.append(pid_)
            continue
        spans.add(key)
        moves.append(dict(id=pid_, paragraph_id=to, start=span[0], end=span[1]))
    for chunk in chunks(dropped):
        s.execute(delete(PassageTag).where(PassageTag.id.in_(chunk)))
    if moves:  # onto the new version's paragraphs, which hold no passage yet
        s.execute(update(PassageTag), moves)
