"""A merge's work steps: tags, tagged paragraphs and passages, the history, notes,
links and reviewed marks.

- tags by name; a new one keeps its uid and colour, its place in the list and its
  key 1-9 only where free here;
- tagged paragraphs and passages by (paragraph, tag[, span]);
- the other copy's history entries whose (at, author, action, uid) are not here;
- notes by uid: a note both copies changed keeps the later text, and the other text
  is kept as a note of its own beside it (a conflict: never lose a text);
- links by (paragraph, recommendation): both decided differently, the later
  decision wins and the earlier stays in the history;
- reviewed marks: set when the other copy has one and this one has none.

Anything the other copy has and this workspace's history says was removed here
after the other copy last changed it stays removed (``Removals``).
"""

from __future__ import annotations

import hashlib
from datetime import datetime

from sqlalchemy import select

from reviewer.storage.models import History, Link, Note, Paragraph, ParagraphTag, PassageTag, Tag
from reviewer.words.facts import fact
from reviewer.workspace.history import clip, record
from reviewer.workspace.merge_context import (
    SAME_ENTRY,
    Merge,
    stamp,
    untouched,
    without,
)
from reviewer.workspace.merge_report import status_word


def merge_tags(m: Merge) -> None:
    here = {t.name: t for t in m.s.scalars(select(Tag))}
    positions = {t.position for t in here.values() if t.position is not None}
    keys = {t.shortcut for t in here.values() if t.shortcut is not None}
    taken = {t.uid for t in here.values()}
    new = []
    for r in m.other("tag"):
        m.tag_names[r["id"]] = r["name"]
        if r["name"] in here:
            m.tags[r["id"]] = here[r["name"]].id
        else:
            new.append(r)
    rows = []
    for r in new:
        row = without(r, "id") | {"parent_id": None}
        m.own_uid(row, taken)
        if row["position"] in positions:
            row["position"] = max(positions, default=0) + 1
        if row["position"] is not None:
            positions.add(row["position"])
        if row["shortcut"] in keys:
            row["shortcut"] = None
        if row["shortcut"] is not None:
            keys.add(row["shortcut"])
        rows.append(row)
    for r, new_id in zip(new, m.insert("tag", rows), strict=True):
        m.tags[r["id"]] = new_id
    groups = {m.tags[r["id"]]: m.tags[r["parent_id"]] for r in new if r["parent_id"] is not None}
    m.set_column("tag", "parent_id", groups)
    m.added("tags", len(new))


def merge_paragraph_tags(m: Merge) -> None:
    here = set(map(tuple, m.s.execute(select(ParagraphTag.paragraph_id, ParagraphTag.tag_id))))
    taken = m.uids("paragraph_tag")
    rows = []
    for r in m.other("paragraph_tag"):
        pid, tag = m.paragraphs.get(r["paragraph_id"]), m.tags[r["tag_id"]]
        if pid is None:
            m.lacking("paragraph_tags")
            continue
        if (pid, tag) in here:
            continue
        name = m.tag_names[r["tag_id"]]
        why = m.removals.removed(("tag", pid, name), r["created_at"])
        if why:
            m.skip("paragraph_tags", fact("merge.tag_on", tag=name, where=m.where(pid)), why)
            continue
        row = r | {"paragraph_id": pid, "tag_id": tag}
        m.own_uid(row, taken)
        here.add((pid, tag))
        rows.append(row)
    m.insert_plain("paragraph_tag", rows)
    m.added("paragraph_tags", len(rows))


def merge_passage_tags(m: Merge) -> None:
    pt = PassageTag
    here = set(map(tuple, m.s.execute(select(pt.paragraph_id, pt.tag_id, pt.start, pt.end))))
    taken = m.uids("passage_tag")
    rows = []
    for r in m.other("passage_tag"):
        pid, tag = m.paragraphs.get(r["paragraph_id"]), m.tags[r["tag_id"]]
        if pid is None:
            m.lacking("passage_tags")
            continue
        key = (pid, tag, r["start"], r["end"])
        if key in here:
            continue
        name = m.tag_names[r["tag_id"]]
        why = m.removals.removed(("passage", pid, name, r["start"], r["end"]), r["created_at"])
        if why:
            m.skip("passage_tags", fact("merge.tag_on_passage", tag=name, where=m.where(pid)), why)
            continue
        row = without(r, "id") | {"paragraph_id": pid, "tag_id": tag}
        m.own_uid(row, taken)
        here.add(key)
        rows.append(row)
    m.insert_plain("passage_tag", rows)
    m.added("passage_tags", len(rows))


def merge_history(m: Merge) -> None:
    here = set(
        map(tuple, m.s.execute(select(History.at, History.author, History.action, History.uid)))
    )
    rows = []
    for r in sorted(m.other("history"), key=lambda r: (r["at"], r["id"])):
        if (r["at"], r["author"], r["action"], r["uid"]) in here:
            continue
        pid, doc = r["paragraph_id"], r["document_id"]
        if pid is not None and pid not in m.paragraphs:
            m.lacking("history")  # work on a paragraph this workspace does not have
            continue
        rows.append(
            without(r, "id")
            | {
                "paragraph_id": m.paragraphs[pid] if pid is not None else None,
                "document_id": m.docs.get(doc) if doc is not None else None,
            }
        )
    m.insert_plain("history", rows)
    m.added("history", len(rows))


# ------------------------------------------------------------------------------ notes


def beside_uid(uid: str, body: str) -> str:
    """The uid of the note keeping ``body`` beside note ``uid``: the same at every merge,
    so merging the same copy again finds it there."""
    return hashlib.sha256(f"{uid}\n{body}".encode()).hexdigest()[:32]


def _note_log(m: Merge, uid: str, before_merge: bool) -> list[tuple[dict, str | None]]:
    """(detail, author) of the entries writing note ``uid``, in this workspace's
    history (before the merge) or in the other copy's."""
    h = History.__table__.c
    q = (
        select(h.detail, h.author)
        .where(h.uid == uid, h.action.in_(("note added", "note edited")))
        .order_by(h.at, h.id)
    )
    if before_merge:
        return [(d or {}, a) for d, a in m.s.execute(q.where(h.id <= m.history_floor))]
    return [(d or {}, a) for d, a in m.o.execute(q)]


def _texts(m: Merge, uid: str, before_merge: bool) -> set[str]:
    """The texts note ``uid`` had, by one side's history."""
    return {
        d[k]
        for d, _ in _note_log(m, uid, before_merge)
        for k in ("text", "before")
        if isinstance(d.get(k), str)
    }


def _writer(m: Merge, uid: str, body: str, before_merge: bool, author: str | None) -> str | None:
    """Who wrote ``body`` into note ``uid`` (its last editor), else its author."""
    found = [a for d, a in _note_log(m, uid, before_merge) if d.get("text") == body]
    return found[-1] if found else author


def merge_notes(m: Merge) -> None:
    here = {n.uid: n for n in m.s.scalars(select(Note))}
    rows = []
    for r in m.other("note"):
        pid = m.paragraphs.get(r["paragraph_id"])
        if pid is None:
            m.lacking("notes")
            continue
        mine = here.get(r["uid"])
        if mine is None:
            why = m.removals.removed(("note", r["uid"]), r["updated_at"])
            if why:
                said = fact("merge.note_text_on", text=clip(r["body"]), where=m.where(pid))
                m.skip("notes", said, why)
            else:
                rows.append(without(r, "id") | {"paragraph_id": pid})
            continue
        if mine.body == r["body"] or r["body"] in _texts(m, mine.uid, before_merge=True):
            continue  # the same, or this workspace's note moved on from the other's text
        if mine.body in _texts(m, mine.uid, before_merge=False):  # the other moved on
            _take_text(mine, r)
            m.updated("notes")
            continue
        _both_changed(m, mine, r, here)
    m.insert_plain("note", rows)
    m.added("notes", len(rows))


def _take_text(mine: Note, r: dict) -> None:
    mine.body, mine.updated_at = r["body"], r["updated_at"]
    mine.revision = max(mine.revision or 1, r["revision"] or 1) + 1


def _both_changed(m: Merge, mine: Note, r: dict, here: dict[str, Note]) -> None:
    """Both copies edited the note: the later text stays on it, the other beside it."""
    theirs_later = r["updated_at"] > mine.updated_at
    loser_body = mine.body if theirs_later else r["body"]
    loser_by = _writer(
        m, mine.uid, loser_body, theirs_later, mine.author if theirs_later else r["author"]
    )
    loser_at = mine.updated_at if theirs_later else r["updated_at"]
    uid = beside_uid(mine.uid, loser_body)
    if uid in here:
        return  # kept beside by an earlier merge of the same texts
    if theirs_later:
        _take_text(mine, r)
        m.updated("notes")
    beside = Note(
        uid=uid, paragraph_id=mine.paragraph_id, span_start=mine.span_start,
        span_end=mine.span_end, author=loser_by, body=loser_body, created_at=loser_at,
        updated_at=loser_at,
    )  # fmt: skip
    m.s.add(beside)
    here[uid] = beside
    winner_by = _writer(m, mine.uid, mine.body, not theirs_later, mine.author)
    record(
        m.s, loser_by, "note kept beside", mine.paragraph_id, uid=uid, at=loser_at,
        text=loser_body, theirs=mine.body, theirs_uid=mine.uid, theirs_by=winner_by,
    )  # fmt: skip
    m.conflict(
        "notes",
        fact("merge.note_on", where=m.where(mine.paragraph_id)),
        fact("merge.note_kept", text=clip(mine.body), stamp=stamp(mine.updated_at, winner_by)),
        fact("merge.note_other", text=clip(loser_body), stamp=stamp(loser_at, loser_by)),
    )


# ------------------------------------------------------------------------------ links


def merge_links(m: Merge) -> None:
    here = {(k.paragraph_id, k.recommendation_id): k for k in m.s.scalars(select(Link))}
    taken = {k.uid for k in here.values()}
    rows = []
    for r in m.other("link"):
        pid, rec = m.paragraphs.get(r["paragraph_id"]), m.recs[r["recommendation_id"]]
        if pid is None:
            m.lacking("links")
            continue
        name = m.rec_names[r["recommendation_id"]]
        mine = here.get((pid, rec))
        if mine is None:
            why = m.removals.removed(("link", pid, name), r["updated_at"])
            if why:
                m.skip("links", fact("merge.link", where=m.where(pid), recommendation=name), why)
                continue
            row = without(r, "id") | {"paragraph_id": pid, "recommendation_id": rec}
            m.own_uid(row, taken)
            rows.append(row)
        elif mine.status != r["status"]:
            _decided_both(m, mine, r, name)
    m.insert_plain("link", rows)
    m.added("links", len(rows))


Log = list[tuple[datetime, str | None, str | None]]  # (at, status, author) of decisions


def _log(m: Merge, uids: set[str], in_other: bool, floor: bool = True) -> Log:
    """The decisions on a link in a history: the other copy's, or this workspace's
    (before the merge added to it, unless ``floor`` is False)."""
    h = History.__table__.c
    q = select(h.at, h.detail, h.author).where(
        h.uid.in_(uids), h.action.in_(("linked", "link decided"))
    )
    if not in_other and floor:
        q = q.where(h.id <= m.history_floor)
    rows = m.o.execute(q) if in_other else m.s.execute(q)
    return [(at, (d or {}).get("status"), who) for at, d, who in rows]


def _entry(log: Log, status: str, at: datetime) -> tuple | None:
    """The entry recording the decision ``status`` made at ``at`` (same transaction)."""
    return next((e for e in log if e[1] == status and abs(e[0] - at) < SAME_ENTRY), None)


def _decided_both(m: Merge, mine: Link, r: dict, name: str) -> None:
    """The two copies hold different decisions on one link: the later wins, the
    earlier is kept in the history.  A conflict when the earlier was a decision (its
    side's history records it; with no history, the link changed since it was made)
    and the later was made without knowing it (its side's history lacks it)."""
    uids = {mine.uid, r["uid"]}
    here, there = _log(m, uids, in_other=False), _log(m, uids, in_other=True)
    theirs_later = r["updated_at"] > mine.updated_at
    if theirs_later:
        status, at, who, log, seen_by = mine.status, mine.updated_at, mine.created_by, here, there
        row_untouched = untouched(mine)
        before = mine.status
        mine.status, mine.updated_at = r["status"], r["updated_at"]
        m.updated("links")
        if _entry(_log(m, uids, False, floor=False), r["status"], r["updated_at"]) is None:
            record(
                m.s, r["created_by"], "link decided", mine.paragraph_id, uid=mine.uid,
                at=r["updated_at"], recommendation=name, status=r["status"], before=before,
            )  # fmt: skip
    else:
        status, at, who, log, seen_by = r["status"], r["updated_at"], r["created_by"], there, here
        row_untouched = untouched(r)
    own = _entry(log, status, at)
    decided = own is not None or (not log and not row_untouched)
    if not decided or _entry(seen_by, status, at) is not None:
        return
    who = own[2] if own is not None else who
    if _entry(_log(m, uids, False, floor=False), status, at) is None:
        record(
            m.s, who, "link decided", mine.paragraph_id, uid=mine.uid, at=at,
            recommendation=name, status=status,
        )  # fmt: skip
    m.conflict(
        "links",
        fact("merge.link", where=m.where(mine.paragraph_id), recommendation=name),
        fact(
            "merge.link_kept", status=status_word(mine.status), stamp=stamp(mine.updated_at, None)
        ),
        fact("merge.link_other", status=status_word(status), stamp=stamp(at, who)),
    )


# ------------------------------------------------------------------------------ reviewed


def merge_reviewed(m: Merge) -> None:
    mine = set(m.s.scalars(select(Paragraph.id).where(Paragraph.reviewed_at.is_not(None))))
    marks = m.other(
        "paragraph",
        Paragraph.__table__.c.reviewed_at.is_not(None),
        columns=("id", "reviewed_at", "reviewed_by"),
    )
    for r in marks:
        pid = m.paragraphs.get(r["id"])
        if pid is None:
            m.lacking("reviewed")
            continue
        if pid in mine:
            continue
        why = m.removals.removed(("reviewed", pid), r["reviewed_at"])
        if why:
            m.skip("reviewed", fact("merge.reviewed_mark", where=m.where(pid)), why)
            continue
        p = m.s.get(Paragraph, pid)
        assert p is not None
        p.reviewed_at, p.reviewed_by = r["reviewed_at"], r["reviewed_by"]
        m.added("reviewed")
    m.s.flush()
