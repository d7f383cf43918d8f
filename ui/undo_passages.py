"""Undo commands for passages: a tag put on (or taken off) some words of a paragraph.

A passage is found again by its span (paragraph, tag, start, end), never by its id;
taken off and put back, it comes back as it was: its uid, time and author kept.  A
passage note is a note with a span (``AddNoteCommand(span=...)``, ``DeleteNoteCommand``).
"""

from __future__ import annotations

from reviewer.workspace import PassageRow
from ui.i18n import tr
from ui.render import short
from ui.session import Command, Session


class PassageTagCommand(Command):
    def __init__(
        self,
        session: Session,
        paragraph_id: int,
        name: str,
        start: int,
        end: int,
        add: bool,
        quote: str = "",
    ):
        words = f"“{short(' '.join(quote.split()), 30)}”" if quote else f"{start}–{end}"
        text = (tr("Tag {words} as “{name}”") if add else tr("Untag “{name}” from {words}")).format(
            words=words, name=name
        )
        super().__init__(session, paragraph_id, text)
        self.name, self.start, self.end, self.add = name, start, end, add
        self.row: PassageRow | None = None  # the passage as it was: uid, time, author
        self.changed = True
        self.first = True

    def _put(self) -> None:
        r = self.row
        if r is None:
            row, made = self.ws.add_passage_tag(self.paragraph_id, self.name, self.start, self.end)
            self.row = row
        else:
            row, made = self.ws.add_passage_tag(
                self.paragraph_id, r.tag, r.start, r.end, r.uid, r.created_at, r.author
            )
        if self.first:
            self.changed = made
        self.name = row.tag  # as the workspace spells it

    def _take(self) -> None:
        gone = self.ws.remove_passage_tag(self.paragraph_id, self.name, self.start, self.end)
        if gone is not None:
            self.row = gone
        if self.first:
            self.changed = gone is not None

    def do(self) -> None:
        if self.add:
            self._put()
        else:
            self._take()
        self.first = False

    def undo_(self) -> None:
        if not self.changed:
            return
        if self.add:
            self._take()
        else:
            self._put()
