"""What every step of a merge shares: this workspace's write session, the other
copy's read snapshot, the maps from the other copy's ids to this one's, the report,
and what this workspace's history says was removed here.

Ids differ between two copies once either has added rows, so every row brought in
gets an id of this workspace and every reference is translated through the maps
(``docs``, ``paragraphs``, ``recs``, ``tags`` …).  Uids are kept where free here (a
row that is the same row in both copies keeps one uid), else a new one is given.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Connection, Table, bindparam, func, insert, select, update
from sqlalchemy.orm import Session

from reviewer.storage.models import Base, Document, History, Paragraph, new_uid
from reviewer.words.facts import fact
from reviewer.workspace.history import clip
from reviewer.workspace.merge_report import MergeConflict, MergeReport, Skipped, counted

CHUNK = 500  # rows per INSERT, ids per IN (...)
# A row untouched since it was made has updated_at within this of created_at (the
# two defaults are read one after the other); a history entry is the record of a
# change when it is this near to the row's updated_at (written in one transaction).
SAME_MOMENT = timedelta(seconds=2)
# a history entry of a link decision carries the link's own updated_at (review.py)
SAME_ENTRY = timedelta(milliseconds=1)

T = Base.metadata.tables
# tables whose ids the importer chooses (the largest + 1), never their sequence's
OWN_IDS = ("paragraph", "footnote")


def chunks(items: Sequence[Any], n: int = CHUNK) -> Iterator[Sequence[Any]]:
    for i in range(0, len(items), n):
        yield items[i : i + n]


class Removals:
    """What this workspace's history says was taken away, and when, keyed by what it
    was taken from: a note's uid, (paragraph, tag), (paragraph, recommendation) …

    Read before the merge writes anything.  Something the other copy still has is
    not brought back when it was removed here after the other copy last changed it.
    """

    PRESENT = {
        "note added": "note", "note edited": "note", "note kept beside": "note",
        "tag added": "tag", "passage tagged": "passage", "linked": "link",
        "link decided": "link", "reviewed": "reviewed", "document imported": "document",
    }  # fmt: skip
    REMOVED = {
        "note deleted": "note", "tag removed": "tag", "passage untagged": "passage",
        "unlinked": "link", "unreviewed": "reviewed", "document removed": "document",
    }  # fmt: skip

    def __init__(self, s: Session):
        self.latest: dict[tuple, tuple[bool, datetime, str | None]] = {}
        actions = [*self.PRESENT, *self.REMOVED]
        q = (
            select(History.at, History.author, History.action, History.paragraph_id,
                   History.uid, History.detail)
            .where(History.action.in_(actions))
            .order_by(History.at, History.id)
        )  # fmt: skip
        for at, author, action, pid, uid, detail in s.execute(q):
            kind = self.PRESENT.get(action) or self.REMOVED[action]
            key = self.key(kind, pid, uid, detail or {})
            if key is not None:
                self.latest[key] = (action in self.REMOVED, at, author)

    @staticmethod
    def key(kind: str, pid: int | None, uid: str | None, d: dict[str, Any]) -> tuple | None:
        if kind in ("note", "document"):
            return (kind, uid) if uid else None
        if kind == "tag":
            return (kind, pid, d.get("tag"))
        if kind == "passage":
            return (kind, pid, d.get("tag"), d.get("start"), d.get("end"))
        if kind == "link":
            return (kind, pid, d.get("recommendation"))
        return (kind, pid)

    def removed(self, key: tuple, since: datetime | None) -> str | None:
        """ "removed here on … by …" when the latest entry for ``key`` removed it, after
        ``since`` (when the other copy last changed it); else None."""
        entry = self.latest.get(key)
        if entry is None or not entry[0] or (since is not None and entry[1] <= since):
            return None
        return fact("merge.removed", when=local(entry[1]), who=someone(entry[2]))


class Merge:
    """One merge under way: ``s`` writes this workspace, ``o`` reads the other copy."""

    def __init__(
        self,
        s: Session,
        o: Connection,
        report: MergeReport,
        author: str,
        may_edit: Callable[[str], None] | None = None,
    ):
        self.s, self.o = s, o
        self.report = report
        self.author = author
        # ReadOnly unless this login may add what it names (documents, the registry)
        self.may_edit = may_edit or (lambda _what: None)
        self.docs: dict[int, int] = {}  # the other copy's document id -> this one's
        self.new_docs: set[int] = set()  # the other copy's documents added (its ids)
        self.paragraphs: dict[int, int] = {}
        self.recs: dict[int, int] = {}
        self.rec_names: dict[int, str] = {}  # the other copy's: "A/HRC/40/6, 28.2"
        self.tags: dict[int, int] = {}
        self.tag_names: dict[int, str] = {}  # the other copy's
        self.footnotes: dict[int, int] = {}
        self.reviews: dict[int, int] = {}
        self.removals = Removals(s)
        # this workspace's history before the merge added to it: entries up to this id
        self.history_floor = s.scalar(select(History.id).order_by(History.id.desc())) or 0
        self.unmapped: dict[str, int] = {}  # work on paragraphs this workspace lacks

    # -- the report ---------------------------------------------------------------------
    def added(self, kind: str, n: int = 1) -> None:
        self.report.added[kind] += n

    def updated(self, kind: str, n: int = 1) -> None:
        self.report.updated[kind] += n

    def conflict(self, kind: str, what: str, kept: str, other: str) -> None:
        self.report.conflicts.append(MergeConflict(kind, what, kept, other))

    def skip(self, kind: str, what: str, why: str) -> None:
        self.report.skipped.append(Skipped(kind, what, why))

    def lacking(self, kind: str) -> None:
        self.unmapped[kind] = self.unmapped.get(kind, 0) + 1

    def editing(self, n: int, kind: str) -> None:
        """About to add ``n`` rows an editor adds (documents, the registry)."""
        if n:
            self.may_edit(f"add the other copy's {counted(n, kind)} (nothing was merged)")

    # -- reading and writing --------------------------------------------------------------
    def other(self, table: str, *where: Any, columns: Sequence[str] = ()) -> list[dict]:
        """The other copy's rows of ``table`` (dicts), in id order."""
        t = T[table]
        cols = [t.c[c] for c in columns] if columns else [t]
        q = select(*cols).where(*where).order_by(*t.primary_key.columns)
        return [dict(r._mapping) for r in self.o.execute(q)]

    def other_in(self, table: str, column: str, ids: Iterable[int]) -> list[dict]:
        """The other copy's rows of ``table`` whose ``column`` is one of ``ids``."""
        ids = sorted(ids)
        rows: list[dict] = []
        for part in chunks(ids):
            rows += self.other(table, T[table].c[column].in_(part))
        return rows

    def insert(self, table: str, rows: list[dict]) -> list[int]:
        """Insert ``rows`` under new ids of this workspace; the ids, in order.

        A document's paragraphs and footnotes get the ids after the largest, as the
        importer gives them (the write transaction holds the workspace's write lock:
        no other writer takes them in between); other rows, their table's own."""
        if not rows:
            return []
        t = T[table]
        if table in OWN_IDS:
            start = (self.s.scalar(select(func.max(t.c.id))) or 0) + 1
            ids = list(range(start, start + len(rows)))
            self.insert_plain(table, [r | {"id": i} for r, i in zip(rows, ids, strict=True)])
            return ids
        out: list[int] = []
        for part in chunks(rows):
            stmt = insert(t).returning(t.c.id, sort_by_parameter_order=True)
            out += [r[0] for r in self.s.execute(stmt, list(part))]
        return out

    def insert_plain(self, table: str, rows: list[dict]) -> None:
        for part in chunks(rows):
            self.s.execute(insert(T[table]), list(part))

    def set_column(self, table: str, column: str, values: dict[int, Any]) -> None:
        """``column`` of the rows with these ids (id -> value)."""
        if not values:
            return
        t = T[table]
        stmt = update(t).where(t.c.id == bindparam("row_id")).values({column: bindparam("v")})
        self.s.execute(stmt, [{"row_id": k, "v": v} for k, v in values.items()])

    def uids(self, table: str) -> set[str]:
        return set(self.s.scalars(select(T[table].c.uid)))

    @staticmethod
    def own_uid(row: dict, taken: set[str]) -> None:
        """Keep the row's uid unless this workspace has it on another row."""
        if row["uid"] in taken:
            row["uid"] = new_uid()
        taken.add(row["uid"])

    def where(self, paragraph_id: int | None) -> str:
        """A paragraph of this workspace as a person finds it: “Title”, paragraph 12."""
        if paragraph_id is None:
            return fact("merge.where.workspace")
        row = self.s.execute(
            select(Document.title, Paragraph.label, Paragraph.seq)
            .join(Document, Document.id == Paragraph.document_id)
            .where(Paragraph.id == paragraph_id)
        ).first()
        if row is None:
            return fact("merge.where.id", id=paragraph_id)
        title, label, seq = row
        if label:
            return fact("merge.where", title=clip(title, 50), label=label)
        return fact("merge.where.unlabelled", title=clip(title, 50), number=seq + 1)


def local(at: datetime) -> str:
    """A stored time (UTC without a zone) on the reader's clock."""
    return at.replace(tzinfo=UTC).astimezone().strftime("%Y-%m-%d %H:%M")


def someone(who: str | None) -> str:
    return who or fact("merge.someone")


def stamp(at: datetime | None, who: str | None) -> str:
    when = local(at) if at else fact("merge.unknown_time")
    return fact("merge.stamp", who=someone(who), when=when)


def untouched(row: dict | Any) -> bool:
    """A row never changed since it was made (its updated_at is its created_at)."""
    get = row.get if isinstance(row, dict) else lambda k: getattr(row, k)
    made, changed = get("created_at"), get("updated_at")
    return made is None or changed is None or changed - made < SAME_MOMENT


def without(row: dict, *names: str) -> dict:
    return {k: v for k, v in row.items() if k not in names}


def table(name: str) -> Table:
    return T[name]
