"""Whether the counts the database keeps (``reviewer.storage.counts``) agree with the
rows: everything counted again, each difference named."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import text
from sqlalchemy.engine import Connection
from sqlalchemy.orm import Session

from reviewer.storage.counts import RECOUNT_DOCUMENTS_V1, RECOUNT_RECOMMENDATIONS_V1


@dataclass(frozen=True)
class Drift:
    """A kept count that differs from the rows: which table and row, which column, the
    value kept (None: no count row) and the value the rows give (None: no such row)."""

    table: str
    id: int
    column: str
    kept: int | None
    counted: int | None

    def as_dict(self) -> dict[str, Any]:
        return {
            "table": self.table,
            "id": self.id,
            "column": self.column,
            "kept": self.kept,
            "counted": self.counted,
        }


def drift(conn: Connection | Session) -> list[Drift]:
    """Every kept count that differs from counting the rows again (empty: all agree)."""
    out: list[Drift] = []
    for table, recount, columns in (
        ("document_count", RECOUNT_DOCUMENTS_V1, ("paragraphs", "reviewed", "links")),
        ("recommendation_count", RECOUNT_RECOMMENDATIONS_V1, ("paragraphs",)),
    ):
        key = "document_id" if table == "document_count" else "recommendation_id"
        counted = {r[0]: tuple(r[1:]) for r in conn.execute(text(recount))}
        kept = {
            r[0]: tuple(r[1:])
            for r in conn.execute(text(f"SELECT {key}, {', '.join(columns)} FROM {table}"))
        }
        for row_id in sorted(counted.keys() | kept.keys()):
            have, want = kept.get(row_id), counted.get(row_id)
            for i, column in enumerate(columns):
                a = None if have is None else have[i]
                b = None if want is None else want[i]
                if a != b:
                    out.append(Drift(table, row_id, column, a, b))
    return out
