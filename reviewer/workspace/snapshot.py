"""Every row that belongs to some rows, taken away and put back as it was.

Written with SQLAlchemy Core over the schema's tables (``Base.metadata``), not any
one database's features, so it serves SQLite today and PostgreSQL later.  What
belongs to a row is found through the foreign keys: a row of any table whose key
refers to it with ``ON DELETE CASCADE`` goes with it (and, in turn, what belongs to
that row); a row whose key refers to it with ``ON DELETE SET NULL`` stays, its key
emptied (``Snapshot.nulled`` remembers the value).  A table added later is covered
as soon as its foreign keys say so.

``take`` reads (in the caller's transaction), ``delete`` removes what was read,
``problems`` says what would stop putting it back now, ``put_back`` inserts the very
rows again (same ids, same uids, the same values), the referring tables after the
ones they refer to.  The search index follows the paragraph rows by its triggers.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import (
    Column,
    ForeignKey,
    Table,
    UniqueConstraint,
    and_,
    delete,
    insert,
    select,
    tuple_,
    update,
)
from sqlalchemy.orm import Session

from reviewer.errors import ReviewerError
from reviewer.storage.models import Base

CHUNK = 500  # values per IN (...): well under any database's limit on parameters

Key = tuple[Any, ...]


@dataclass(frozen=True)
class Snapshot:
    """Rows by table name (each a dict of column name → value), and the references to
    them from rows that stay: (table, column, primary key, value)."""

    rows: Mapping[str, tuple[dict[str, Any], ...]]
    nulled: tuple[tuple[str, str, Key, Any], ...] = ()

    def count(self, table: str) -> int:
        return len(self.rows.get(table, ()))

    def of(self, table: str) -> tuple[dict[str, Any], ...]:
        return self.rows.get(table, ())


@dataclass(frozen=True)
class Problem:
    """Why the rows cannot go back now: ``kind`` "taken" (a row written since holds
    the key or a unique value), "missing" (a row they refer to is gone) or "changed"
    (a reference emptied at removal now holds another value)."""

    kind: str
    table: str
    columns: tuple[str, ...]
    values: tuple[Key, ...] = field(default=())
    refers_to: str | None = None  # "missing": the table of the rows that are gone


def tables() -> list[Table]:
    """The schema's tables, each after those it refers to."""
    return list(Base.metadata.sorted_tables)


def table_named(name: str) -> Table:
    return Base.metadata.tables[name]


def key_of(table: Table, row: Mapping[str, Any]) -> Key:
    return tuple(row[c.name] for c in table.primary_key.columns)


def _chunks(values: Sequence[Any]) -> Iterator[list[Any]]:
    values = list(values)
    for i in range(0, len(values), CHUNK):
        yield values[i : i + CHUNK]


def _where_key(table: Table, keys: Sequence[Key]):
    cols = list(table.primary_key.columns)
    if len(cols) == 1:
        return cols[0].in_([k[0] for k in keys])
    return tuple_(*cols).in_(keys)


def _action(fk: ForeignKey) -> str:
    return (fk.ondelete or "NO ACTION").upper()


def take(s: Session, table_name: str, ids: Iterable[Any]) -> Snapshot:
    """The rows of ``table_name`` with these primary keys and every row that belongs
    to them, transitively; refused (ReviewerError) when a row refers to them with a
    key that neither cascades nor empties (the database would refuse the removal)."""
    root = table_named(table_name)
    found: dict[str, dict[Key, dict[str, Any]]] = defaultdict(dict)
    nulled: dict[tuple[str, str, Key], Any] = {}
    fresh: list[dict[str, Any]] = []
    for chunk in _chunks([(i,) for i in ids]):
        fresh += [
            dict(r) for r in s.execute(select(root).where(_where_key(root, chunk))).mappings()
        ]
    for r in fresh:
        found[root.name][key_of(root, r)] = r
    todo: list[tuple[Table, list[dict[str, Any]]]] = [(root, fresh)] if fresh else []
    schema = tables()
    while todo:
        parent, rows = todo.pop()
        for child in schema:
            for fk in child.foreign_keys:
                if fk.column.table is not parent:
                    continue
                values = sorted({r[fk.column.name] for r in rows} - {None})
                if not values:
                    continue
                col, action = fk.parent, _action(fk)
                for chunk in _chunks(values):
                    hits = [
                        dict(r) for r in s.execute(select(child).where(col.in_(chunk))).mappings()
                    ]
                    if not hits:
                        continue
                    if action == "CASCADE":
                        new = []
                        for r in hits:
                            k = key_of(child, r)
                            if k not in found[child.name]:
                                found[child.name][k] = r
                                new.append(r)
                        if new:
                            todo.append((child, new))
                    elif action == "SET NULL":
                        for r in hits:
                            nulled[(child.name, col.name, key_of(child, r))] = r[col.name]
                    else:
                        raise ReviewerError(
                            f"rows of {child.name} refer to it and would not let it go"
                        )
    refs = tuple(
        (t, c, k, v) for (t, c, k), v in sorted(nulled.items(), key=repr) if k not in found[t]
    )
    return Snapshot({t: tuple(rows.values()) for t, rows in found.items() if rows}, refs)


def delete_rows(s: Session, snap: Snapshot) -> None:
    """Remove what ``take`` read: references from rows that stay emptied first, then
    the rows, those referring to others before the rows they refer to."""
    for t, c, k, _ in snap.nulled:
        table = table_named(t)
        s.execute(update(table).where(_where_key(table, [k])).values({c: None}))
    for table in reversed(tables()):
        rows = snap.of(table.name)
        for chunk in _chunks([key_of(table, r) for r in rows]):
            s.execute(delete(table).where(_where_key(table, chunk)))


def _unique_sets(table: Table) -> list[tuple[Column, ...]]:
    """The column sets a row must hold alone: its key, unique columns, constraints and
    unique indexes."""
    sets: list[tuple[Column, ...]] = [tuple(table.primary_key.columns)]
    sets += [(c,) for c in table.columns if c.unique]
    sets += [tuple(con.columns) for con in table.constraints if isinstance(con, UniqueConstraint)]
    sets += [tuple(ix.columns) for ix in table.indexes if ix.unique]
    out: list[tuple[Column, ...]] = []
    for cols in sets:
        if cols and cols not in out:
            out.append(cols)
    return out


def problems(s: Session, snap: Snapshot) -> list[Problem]:
    """What stops putting the rows back now (empty: nothing)."""
    out: list[Problem] = []
    held: dict[str, set[Key]] = {
        t: {key_of(table_named(t), r) for r in rows} for t, rows in snap.rows.items()
    }
    for table in tables():
        rows = snap.of(table.name)
        if not rows:
            continue
        for cols in _unique_sets(table):
            names = tuple(c.name for c in cols)
            values = sorted(
                {tuple(r[n] for n in names) for r in rows if None not in (r[n] for n in names)},
                key=repr,
            )
            taken: list[Key] = []
            for chunk in _chunks(values):
                cond = cols[0].in_([v[0] for v in chunk]) if len(cols) == 1 else None
                if cond is None:
                    cond = tuple_(*cols).in_(chunk)
                taken += [tuple(r) for r in s.execute(select(*cols).where(cond)).all()]
            if taken:
                out.append(Problem("taken", table.name, names, tuple(taken)))
        for fk in table.foreign_keys:
            target = fk.column.table
            name = fk.parent.name
            wanted = {r[name] for r in rows} - {None}
            if target.name in held and len(target.primary_key.columns) == 1:
                wanted -= {k[0] for k in held[target.name]}
            if not wanted:
                continue
            there: set[Any] = set()
            for chunk in _chunks(sorted(wanted, key=repr)):
                there |= set(s.scalars(select(fk.column).where(fk.column.in_(chunk))).all())
            missing = wanted - there
            if missing:
                out.append(
                    Problem(
                        "missing",
                        table.name,
                        (name,),
                        tuple((v,) for v in sorted(missing, key=repr)),
                        target.name,
                    )
                )
    for t, c, k, _ in snap.nulled:
        table = table_named(t)
        now = s.execute(select(table.c[c]).where(_where_key(table, [k]))).first()
        if now is not None and now[0] is not None:
            out.append(Problem("changed", t, (c,), (k,)))
    return out


def put_back(s: Session, snap: Snapshot) -> None:
    """Insert the rows again as they were, and fill the references emptied at removal
    (rows that are gone since are left gone).  Check ``problems`` first: a row that
    conflicts fails here with the database's error."""
    later: list[tuple[Table, str, Key, Any]] = []
    for table in tables():
        rows = snap.of(table.name)
        if not rows:
            continue
        own = [fk.parent.name for fk in table.foreign_keys if fk.column.table is table]
        batch = []
        for r in rows:
            r = dict(r)
            for name in own:  # a reference within the table: filled once all are in
                if r[name] is not None:
                    later.append((table, name, key_of(table, r), r[name]))
                    r[name] = None
            batch.append(r)
        for chunk in _chunks(batch):
            s.execute(insert(table), chunk)
    for table, name, k, value in later:
        s.execute(update(table).where(_where_key(table, [k])).values({name: value}))
    for t, c, k, value in snap.nulled:
        table = table_named(t)
        s.execute(
            update(table)
            .where(and_(_where_key(table, [k]), table.c[c].is_(None)))
            .values({c: value})
        )
