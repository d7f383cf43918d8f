"""What a write changed, so the window refreshes exactly what shows it.

As Anki's ``OpChanges``: every committed write transaction of a store adds to a
``Changes`` value (which kinds of rows, and which paragraphs where known), read by
the store's events rather than promised by each method, so no write can forget to
say what it did.  The window takes the accumulated value after each action
(``Workspace.take_changes()``) and refreshes from it; a change made by another
process, or a restore, is ``Changes.everything()``.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field, fields
from typing import Any

from sqlalchemy import event, inspect
from sqlalchemy.orm import ORMExecuteState, Session, sessionmaker

# Which flag a table's rows belong to.
_TABLE_FLAGS = {
    "document": ("documents",),
    "paragraph": ("reviewed",),  # text is fixed once imported; reviewed marks change
    "footnote": ("documents",),
    "footnote_ref": ("documents",),
    "citation": ("links",),
    "link": ("links",),
    "recommendation": ("registry",),
    "recommendation_source": ("registry",),
    "tag": ("tags",),
    "paragraph_tag": ("tags",),
    "passage_tag": ("tags",),
    "note": ("notes",),
    "review": ("reviews",),
    "review_report": ("reviews", "registry"),
    "predecessor": ("registry",),  # a recommendation's predecessors and their decisions
    "check_dismissal": ("checks",),  # findings of the draft check a person dismissed
}
_PER_PARAGRAPH = {
    "paragraph",
    "paragraph_tag",
    "passage_tag",
    "note",
    "link",
    "citation",
    "footnote_ref",
}
_MAX_IDS = 10_000  # past this many paragraphs, "all of them" is the useful answer


@dataclass(frozen=True)
class Changes:
    documents: bool = False  # documents added, removed, renamed, or their counts
    reviewed: bool = False  # reviewed marks
    links: bool = False
    tags: bool = False  # tags or which paragraphs carry them
    notes: bool = False
    registry: bool = False  # recommendations and their sources
    reviews: bool = False  # reviews, their reports, which review a document is in
    checks: bool = False  # the draft check's dismissed findings
    paragraphs: frozenset[int] = field(default_factory=frozenset)  # touched, where known
    all_paragraphs: bool = False  # touched paragraphs not known one by one
    # recommendations whose links were made, decided or removed (their rows' counts
    # changed), where known; ``all_recommendations`` when links changed in ways not
    # known one by one (a DELETE … WHERE, another process's write)
    recommendations: frozenset[int] = field(default_factory=frozenset)
    all_recommendations: bool = False

    @classmethod
    def everything(cls) -> Changes:
        return cls(
            True, True, True, True, True, True, True, checks=True, all_paragraphs=True,
            all_recommendations=True,
        )  # fmt: skip

    @classmethod
    def of_tables(cls, tables: Iterable[str]) -> Changes:
        """What writes to ``tables`` may have changed (another process's, whose rows
        are not known one by one)."""
        flags: dict[str, Any] = {f: True for t in tables for f in _TABLE_FLAGS.get(t, ())}
        return cls(**flags, all_paragraphs=bool(flags), all_recommendations="links" in flags)

    def __or__(self, other: Changes) -> Changes:
        flags = {
            f.name: getattr(self, f.name) or getattr(other, f.name)
            for f in fields(self)
            if f.name not in ("paragraphs", "recommendations")
        }
        return Changes(
            **flags,
            paragraphs=self.paragraphs | other.paragraphs,
            recommendations=self.recommendations | other.recommendations,
        )

    def __bool__(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))

    def touches(self, paragraph_id: int | None) -> bool:
        return paragraph_id is not None and (self.all_paragraphs or paragraph_id in self.paragraphs)

    @property
    def registry_rows_only(self) -> bool:
        """Only links changed, on recommendations known one by one: the registry's rows
        of ``recommendations`` are read again, not the whole registry."""
        return (
            self.links
            and bool(self.recommendations)
            and not (self.registry or self.reviews or self.documents or self.all_recommendations)
        )

    def as_dict(self) -> dict[str, Any]:
        out: dict[str, Any] = {f.name: getattr(self, f.name) for f in fields(self)}
        out["paragraphs"] = sorted(self.paragraphs)
        out["recommendations"] = sorted(self.recommendations)
        return out


class _Draft:
    """Changes seen inside one transaction, before it commits."""

    def __init__(self) -> None:
        self.flags: set[str] = set()
        self.ids: set[int] = set()
        self.all_ids = False
        self.recs: set[int] = set()
        self.all_recs = False

    def table(self, name: str) -> None:
        self.flags.update(_TABLE_FLAGS.get(name, ()))

    def paragraph(self, pid: Any) -> None:
        if isinstance(pid, int):
            if len(self.ids) < _MAX_IDS:
                self.ids.add(pid)
            else:
                self.all_ids = True

    def recommendation(self, rid: Any) -> None:
        if isinstance(rid, int):
            if len(self.recs) < _MAX_IDS:
                self.recs.add(rid)
            else:
                self.all_recs = True

    def freeze(self) -> Changes:
        return Changes(
            **{f: True for f in self.flags},
            paragraphs=frozenset(self.ids),
            all_paragraphs=self.all_ids,
            recommendations=frozenset(self.recs),
            all_recommendations=self.all_recs,
        )


def _draft(session: Session) -> _Draft:
    draft = session.info.get("changes")
    if draft is None:
        draft = session.info["changes"] = _Draft()
    return draft


def _paragraph_of(obj: object) -> Any:
    if getattr(obj, "__tablename__", None) == "paragraph":
        return getattr(obj, "id", None)
    return getattr(obj, "paragraph_id", None)


def _before_flush(session: Session, _context: object, _instances: object) -> None:
    draft = _draft(session)
    for obj in (*session.new, *session.dirty, *session.deleted):
        name = getattr(obj, "__tablename__", None)
        if name:
            draft.table(name)
            draft.paragraph(_paragraph_of(obj))
            if name == "link":
                draft.recommendation(getattr(obj, "recommendation_id", None))
                # a link moved to another recommendation: the one it left as well
                history = inspect(obj).attrs.recommendation_id.history
                for rid in history.deleted or ():
                    draft.recommendation(rid)


def _rows(params: object) -> Iterable[dict]:
    if isinstance(params, dict):
        return (params,)
    if isinstance(params, list | tuple):
        return (p for p in params if isinstance(p, dict))
    return ()


def _on_execute(state: ORMExecuteState) -> None:
    if not (state.is_insert or state.is_update or state.is_delete):
        return
    table = getattr(state.statement, "table", None)
    name = getattr(table, "name", None)
    if name is None:
        return
    draft = _draft(state.session)
    draft.table(name)
    key = "id" if name == "paragraph" else "paragraph_id"
    ids = [row[key] for row in _rows(state.parameters) if key in row]
    values = getattr(state.statement, "_values", None) or {}  # insert(...).values(...)
    ids += [getattr(v, "value", None) for k, v in values.items() if getattr(k, "key", k) == key]
    for pid in ids:
        draft.paragraph(pid)
    if not any(isinstance(pid, int) for pid in ids) and name in _PER_PARAGRAPH:
        draft.all_ids = True  # e.g. a DELETE … WHERE: which paragraphs is not known here
    if name == "link":
        recs = [row.get("recommendation_id") for row in _rows(state.parameters)]
        recs += [
            getattr(v, "value", None)
            for k, v in values.items()
            if getattr(k, "key", k) == "recommendation_id"
        ]
        if state.is_insert and recs and all(isinstance(r, int) for r in recs):
            for rid in recs:
                draft.recommendation(rid)
        else:  # an UPDATE or DELETE by statement: which links, and so which
            draft.all_recs = True  # recommendations, is not known here


def note_write(session: Session, table: str, paragraph_ids: Iterable[int] = ()) -> None:
    """Note a write made below the ORM (a driver-level executemany) as its events would."""
    draft = _draft(session)
    draft.table(table)
    for pid in paragraph_ids:
        draft.paragraph(pid)


def record_changes(sessions: sessionmaker) -> None:
    """Have every session ``sessions`` makes note what it writes (in ``info``)."""
    event.listen(sessions, "before_flush", _before_flush)
    event.listen(sessions, "do_orm_execute", _on_execute)


def drafted(session: Session) -> Changes:
    draft = session.info.pop("changes", None)
    return draft.freeze() if draft is not None else Changes()
