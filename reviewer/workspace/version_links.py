"""Carrying a person's links and link decisions to a new version's paragraphs (part of
``version_store.carry``; see there)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from sqlalchemy import delete, insert, select, update
from sqlalchemy.orm import Session

from reviewer.storage.models import Link, new_uid
from reviewer.vocabulary import LinkOrigin, LinkStatus, ParagraphChange
from reviewer.workspace.version_rows import WorkCounts

_SAME_TEXT = (ParagraphChange.UNCHANGED, ParagraphChange.MOVED)


def person_made(origin: str, status: str) -> bool:
    """A link a person made or decided (never one a text's citation alone made)."""
    if origin == LinkOrigin.MANUAL:
        return True
    if origin == LinkOrigin.SUGGESTION:
        return status != LinkStatus.SUGGESTED
    return status != LinkStatus.CONFIRMED


def chunks(ids: list[int], size: int = 500) -> Iterator[list[int]]:
    for i in range(0, len(ids), size):
        yield ids[i : i + size]


class Tally:
    def __init__(self) -> None:
        self.n: dict[str, int] = defaultdict(int)
        self.pids: set[int] = set()

    def add(self, kind: str, pid: int) -> None:
        self.n[kind] += 1
        self.pids.add(pid)

    def counts(self) -> WorkCounts:
        n = self.n
        return WorkCounts(
            n["notes"], n["tags"], n["links"], n["reviewed"], tuple(sorted(self.pids))
        )


def carry_links(
    s: Session,
    old_ids: list[int],
    follow: dict[int, list[int]],
    change_of: dict[int, str],
    new_ids: list[int],
    worked: set[int],
    followed: Tally,
    gone: Tally,
) -> None:
    links: list[Link] = []
    for chunk in chunks(old_ids):
        links += s.scalars(select(Link).where(Link.paragraph_id.in_(chunk))).all()
    made_now: dict[tuple[int, int], int] = {}  # the import's own links on the new text
    for chunk in chunks(new_ids):
        for lid, pid, rid in s.execute(
            select(Link.id, Link.paragraph_id, Link.recommendation_id).where(
                Link.paragraph_id.in_(chunk)
            )
        ):
            made_now[(pid, rid)] = lid
    # every (follower, recommendation) a carried link claims, the last decided winning
    claims: dict[tuple[int, int], Link] = {}
    for link in links:
        person = person_made(link.origin, link.status)
        targets = follow.get(link.paragraph_id)
        if not targets:
            if person:
                gone.add("links", link.paragraph_id)
            continue
        if person:
            worked.add(link.paragraph_id)
            followed.add("links", targets[0])
        elif not (
            link.origin == LinkOrigin.SUGGESTION
            and all(change_of[n] in _SAME_TEXT for n in targets)
        ):
            continue  # a citation's link: the new text's own citations make theirs
        for nid in targets:
            key = (nid, link.recommendation_id)
            if not person and key in made_now:
                continue  # the new text cites it now: no longer a suggestion
            other = claims.get(key)
            if other is None or (link.updated_at or link.created_at) > (
                other.updated_at or other.created_at
            ):
                claims[key] = link
    stale = [made_now[key] for key in claims if key in made_now]
    for chunk in chunks(stale):
        s.execute(delete(Link).where(Link.id.in_(chunk)))
    moves, copies, placed = [], [], set()
    for (nid, rid), link in claims.items():
        if link.id not in placed:
            placed.add(link.id)
            moves.append(dict(id=link.id, paragraph_id=nid, updated_at=link.updated_at))
        else:
            copies.append(
                dict(
                    uid=new_uid(),
                    paragraph_id=nid,
                    recommendation_id=rid,
                    origin=link.origin,
                    status=link.status,
                    score=link.score,
                    detail=link.detail,
                    created_by=link.created_by,
                    created_at=link.created_at,
                    updated_at=link.updated_at,
                )
            )
    # a carried link that won nowhere (a merged paragraph's older decision on the same
    # recommendation) is represented by the one that won
    losers = [
        link.id
        for link in links
        if link.id not in placed
        and link.paragraph_id in follow
        and any((n, link.recommendation_id) in claims for n in follow[link.paragraph_id])
        and person_made(link.origin, link.status)
    ]
    for chunk in chunks(losers):
        s.execute(delete(Link).where(Link.id.in_(chunk)))
    if moves:
        s.execute(update(Link), moves)
    if copies:
        s.execute(insert(Link), copies)
