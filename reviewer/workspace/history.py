"""The history of review actions: who did what to which paragraph, and when.

Each review action writes one ``History`` row in its own transaction (``record``), so
the history holds exactly what landed, on a file as on a team database.  The
inspector's History list and ``history --paragraph ID`` read it back (``HistoryLog``),
newest first, each entry with a sentence a person reads ("tagged “Torture”").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from reviewer.storage.models import History
from reviewer.workspace.core import Store

# action -> how it reads, filled from ``detail``
ACTIONS = {
    "tag added": "tagged “{tag}”",
    "tag removed": "removed the tag “{tag}”",
    "passage tagged": "tagged the words “{quote}” as “{tag}”",
    "passage untagged": "took the tag “{tag}” off the words “{quote}”",
    "note added": "noted “{text}”",
    "note edited": "edited a note: “{text}” (was “{before}”)",
    "note kept beside": "saved a note beside a colleague's edit: “{text}”",
    "note deleted": "deleted the note “{text}”",
    "reviewed": "marked it reviewed",
    "unreviewed": "cleared its reviewed mark",
    "linked": "linked it to {recommendation}",
    "link decided": "{status} the link to {recommendation}",
    "unlinked": "removed the link to {recommendation}",
    "document imported": "imported “{title}”",
    "document removed": "removed “{title}”",
    "document restored": "brought back “{title}”",
    "merged": "merged from {source}: {what}",
}
QUOTE_CHARS = 60


@dataclass(frozen=True)
class HistoryRow:
    id: int
    at: datetime
    author: str | None
    action: str
    paragraph_id: int | None
    document_id: int | None
    uid: str | None
    detail: dict[str, Any]
    text: str  # the action as a person reads it, without who and when


def clip(text: str, n: int = QUOTE_CHARS) -> str:
    text = " ".join(text.split())
    return text if len(text) <= n else text[: n - 1].rstrip() + "…"


def describe(action: str, detail: dict[str, Any]) -> str:
    form = ACTIONS.get(action)
    if form is None:
        return action
    values = {k: clip(str(v)) if isinstance(v, str) else v for k, v in detail.items()}
    try:
        return form.format(**values)
    except (KeyError, IndexError):
        return action


def record(
    s: Session,
    author: str | None,
    action: str,
    paragraph_id: int | None = None,
    document_id: int | None = None,
    uid: str | None = None,
    at: datetime | None = None,
    **detail: Any,
) -> None:
    """One entry, in the caller's transaction (it lands with the action or not at all)."""
    entry = History(
        author=author,
        action=action,
        paragraph_id=paragraph_id,
        document_id=document_id,
        uid=uid,
        detail=detail or None,
    )
    if at is not None:
        entry.at = at
    s.add(entry)


def history_row(h: History) -> HistoryRow:
    detail = dict(h.detail or {})
    return HistoryRow(
        h.id, h.at, h.author, h.action, h.paragraph_id, h.document_id, h.uid, detail,
        describe(h.action, detail),
    )  # fmt: skip


class HistoryLog:
    """Reading the history: of a paragraph, a document, a reviewer, or everything."""

    def __init__(self, store: Store):
        self.store = store

    def history(
        self,
        paragraph_id: int | None = None,
        document_id: int | None = None,
        author: str | None = None,
        limit: int | None = 500,
    ) -> list[HistoryRow]:
        """Newest first.  A paragraph's history is its own; a document's, its
        paragraphs' and its own (import, removal)."""
        from reviewer.storage.models import Paragraph

        q = select(History).order_by(History.at.desc(), History.id.desc())
        if paragraph_id is not None:
            q = q.where(History.paragraph_id == paragraph_id)
        if document_id is not None:
            in_doc = select(Paragraph.id).where(Paragraph.document_id == document_id)
            q = q.where((History.document_id == document_id) | History.paragraph_id.in_(in_doc))
        if author is not None:
            q = q.where(History.author == author)
        if limit is not None:
            q = q.limit(limit)
        with self.store.read() as s:
            return [history_row(h) for h in s.scalars(q)]
