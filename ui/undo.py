"""Undo commands for every review action: link, link status, unlink, tags, reviewed (notes:
``ui.undo_notes``); and for a document, its review and the reading of its short numbers.

Ids that an undo can change (a deleted-then-restored note or link gets a new id) are
never kept: notes are found again by uid, links by (paragraph, recommendation).
"""

from __future__ import annotations

from reviewer.workspace import (
    EDITOR,
    Changes,
    Dismissal,
    DocumentReview,
    LinkOrigin,
    LinkRow,
    LinkStatus,
    NotFound,
    PredecessorRow,
)
from ui.i18n import tr
from ui.session import Command, Session
from ui.undo_notes import AddNoteCommand as AddNoteCommand  # where they were
from ui.undo_notes import DeleteNoteCommand as DeleteNoteCommand
from ui.undo_notes import EditNoteCommand as EditNoteCommand


def _link_id(ws, paragraph_id: int, symbol: str, number: str) -> int | None:
    return ws.link_id(paragraph_id, symbol, number)  # one read (the paragraph's: 6-9 ms)


class LinkCommand(Command):
    """Link a paragraph to a recommendation (confirmed, by hand); undo removes the link,
    or gives back the status it had (the write says which: nothing is read first)."""

    def __init__(self, session: Session, paragraph_id: int, symbol: str, number: str):
        super().__init__(session, paragraph_id, tr("Link to {number}").format(number=number))
        self.symbol, self.number = symbol, number
        self.previous: str | None = None  # status before, if a link already existed
        self.first = True

    def do(self) -> None:
        row, previous = self.ws.link_and_previous(
            self.paragraph_id, self.symbol, self.number, LinkOrigin.MANUAL, LinkStatus.CONFIRMED
        )
        if self.first:
            self.previous, self.first = previous, False
        self.symbol, self.number = row.symbol, row.number  # normalised by the workspace

    def undo_(self) -> None:
        link_id = _link_id(self.ws, self.paragraph_id, self.symbol, self.number)
        if link_id is None:
            return
        if self.previous is None:
            self.ws.unlink(link_id)
        else:
            self.ws.set_link_status(link_id, self.previous)


class LinkStatusCommand(Command):
    def __init__(self, session: Session, link: LinkRow, status: str):
        verb: dict[str, str] = {
            LinkStatus.CONFIRMED: tr("Confirm {number}"),
            LinkStatus.REJECTED: tr("Reject {number}"),
            LinkStatus.SUGGESTED: tr("Re-suggest {number}"),
        }
        text = verb.get(status, f"{status} {{number}}").format(number=link.number)
        super().__init__(session, link.paragraph_id, text)
        self.symbol, self.number, self.status = link.symbol, link.number, status
        self.previous = link.status

    def _set(self, status: str) -> None:
        link_id = _link_id(self.ws, self.paragraph_id, self.symbol, self.number)
        if link_id is None:
            raise NotFound(tr("the link to {number} is gone").format(number=self.number))
        self.ws.set_link_status(link_id, status)

    def do(self) -> None:
        self._set(self.status)

    def undo_(self) -> None:
        self._set(self.previous)


class SuggestionCommand(LinkStatusCommand):
    """Accept a suggestion (→ confirmed, its origin kept) or reject it (never suggested
    again for the paragraph); undo makes it an open suggestion again."""

    def __init__(self, session: Session, link: LinkRow, status: str):
        super().__init__(session, link, status)
        said = (
            tr("Accept suggestion {number}")
            if status == LinkStatus.CONFIRMED
            else tr("Reject suggestion {number}")
        )
        self.setText(said.format(number=link.number))


class UnlinkCommand(Command):
    def __init__(self, session: Session, link: LinkRow):
        super().__init__(
            session, link.paragraph_id, tr("Unlink {number}").format(number=link.number)
        )
        self.link = link

    def do(self) -> None:
        link_id = _link_id(self.ws, self.paragraph_id, self.link.symbol, self.link.number)
        if link_id is not None:
            self.ws.unlink(link_id)

    def undo_(self) -> None:
        lk = self.link
        self.ws.link(self.paragraph_id, lk.symbol, lk.number, lk.origin, lk.status)


class TagCommand(Command):
    def __init__(self, session: Session, paragraph_id: int, name: str, add: bool):
        text = tr("Tag “{name}”") if add else tr("Untag “{name}”")
        super().__init__(session, paragraph_id, text.format(name=name))
        self.name, self.add = name, add
        self.changed = True

    def do(self) -> None:
        if self.add:
            self.changed = self.ws.add_tag(self.paragraph_id, self.name)
        else:
            self.changed = self.ws.remove_tag(self.paragraph_id, self.name)

    def undo_(self) -> None:
        if not self.changed:
            return
        if self.add:
            self.ws.remove_tag(self.paragraph_id, self.name)
        else:
            self.ws.add_tag(self.paragraph_id, self.name)


class ReviewedCommand(Command):
    """Mark a paragraph reviewed or not.  Marking it reviewed clears its "changed since
    reviewed" mark (a new version changed its text after work on it); undo puts the
    mark back with the reviewed state it had (``changed``: it had the mark)."""

    def __init__(self, session: Session, paragraph_id: int, reviewed: bool, changed: bool = False):
        if changed:
            text = (
                tr("Mark reviewed (changed paragraph)")
                if reviewed
                else tr("Mark unreviewed (changed paragraph)")
            )
        else:
            text = tr("Mark reviewed") if reviewed else tr("Mark unreviewed")
        super().__init__(session, paragraph_id, text)
        self.reviewed = reviewed
        self.previous = reviewed
        self.changed = changed

    def do(self) -> None:
        self.previous = self.ws.set_reviewed(self.paragraph_id, self.reviewed)

    def undo_(self) -> None:
        self.ws.set_reviewed(self.paragraph_id, self.previous)
        if self.changed:
            self.ws.set_changed_since_review(self.paragraph_id, True)


class ChangedMarkCommand(Command):
    """Set or clear a paragraph's "changed since reviewed" mark by itself."""

    def __init__(self, session: Session, paragraph_id: int, changed: bool):
        text = (
            tr("Mark changed since reviewed") if changed else tr("Clear “changed since reviewed”")
        )
        super().__init__(session, paragraph_id, text)
        self.changed = changed
        self.previous = changed

    def do(self) -> None:
        self.previous = self.ws.set_changed_since_review(self.paragraph_id, self.changed)

    def undo_(self) -> None:
        self.ws.set_changed_since_review(self.paragraph_id, self.previous)


class _DocumentCommand(Command):
    """A change to a document rather than to one paragraph (the editors' role)."""

    role = EDITOR

    def __init__(self, session: Session, document_id: int, text: str):
        super().__init__(session, 0, text)
        self.paragraph_id = None
        self.document_id = document_id

    def notify(self) -> None:
        own = Changes(documents=True, reviews=True)
        self.session.applied.emit(self.ws.take_changes() | own)


class DocumentReviewCommand(_DocumentCommand):
    """Place a document in a review (or confirm the guessed one); undo puts it back
    where it was, with the same status and reason."""

    def __init__(self, session: Session, document_id: int, code: str | None, text: str):
        super().__init__(session, document_id, text)
        self.code = code
        self.previous: DocumentReview | None = None

    def do(self) -> None:
        before = self.ws.set_document_review(self.document_id, self.code)
        if self.previous is None:
            self.previous = before

    def undo_(self) -> None:
        if self.previous is not None:
            self.ws.restore_document_review(self.previous)


class ShortReadingCommand(_DocumentCommand):
    """Choose how a document's short numbers read ("122", "running"; None: automatic)."""

    def __init__(self, session: Session, document_id: int, reading: str | None, text: str):
        super().__init__(session, document_id, text)
        self.reading = reading
        self.previous: str | None = None
        self.first = True

    def do(self) -> None:
        before = self.ws.set_short_reading(self.document_id, self.reading)
        if self.first:
            self.previous, self.first = before, False

    def undo_(self) -> None:
        self.ws.set_short_reading(self.document_id, self.previous)


class PredecessorStatusCommand(Command):
    """Confirm or reject a recommendation's likely predecessor in an earlier cycle; undo
    gives it back its status before (a suggestion again, or the other decision).

    The row is found again by (recommendation, predecessor), not by its id."""

    def __init__(self, session: Session, paragraph_id: int, row: PredecessorRow, status: str):
        verb = {
            LinkStatus.CONFIRMED: tr("Confirm {number} as earlier recommendation"),
            LinkStatus.REJECTED: tr("Reject {number} as earlier recommendation"),
        }
        text = verb.get(status, tr("Re-suggest {number} as earlier recommendation"))
        text = text.format(number=row.number)
        super().__init__(session, paragraph_id, text)
        self.recommendation_id, self.predecessor_id = row.recommendation_id, row.predecessor_id
        self.number, self.status, self.previous = row.number, status, row.status

    def _set(self, status: str) -> None:
        row = next(
            (
                p
                for p in self.ws.predecessors(self.recommendation_id)
                if p.predecessor_id == self.predecessor_id
            ),
            None,
        )
        if row is None:
            raise NotFound(
                tr("{number} is no longer suggested as an earlier recommendation").format(
                    number=self.number
                )
            )
        self.ws.set_predecessor_status(row.id, status)

    def do(self) -> None:
        self._set(self.status)

    def undo_(self) -> None:
        self._set(self.previous)


class _FindingCommand(Command):
    """A finding of the draft check dismissed or restored, kept per document by its key."""

    def __init__(self, session: Session, document_id: int, key: str, text: str):
        super().__init__(session, 0, text)
        self.paragraph_id = None
        self.document_id, self.key = document_id, key
        self.before: Dismissal | None = None  # the dismissal there was, with its note

    def notify(self) -> None:
        self.session.applied.emit(self.ws.take_changes() | Changes(checks=True))

    def _dismissed(self) -> Dismissal | None:
        return next(
            (d for d in self.ws.dismissed_findings(self.document_id) if d.key == self.key), None
        )

    def _put_back(self) -> None:
        if self.before is None:
            self.ws.restore_finding(self.document_id, self.key)
        else:
            self.ws.dismiss_finding(self.document_id, self.key, self.before.note)


class DismissFindingCommand(_FindingCommand):
    def __init__(self, session: Session, document_id: int, key: str, note: str | None = None):
        super().__init__(session, document_id, key, tr("Dismiss finding"))
        self.note = note
        self.first = True

    def do(self) -> None:
        if self.first:
            self.before, self.first = self._dismissed(), False
        self.ws.dismiss_finding(self.document_id, self.key, self.note)

    def undo_(self) -> None:
        self._put_back()


class RestoreFindingCommand(_FindingCommand):
    def __init__(self, session: Session, document_id: int, key: str):
        super().__init__(session, document_id, key, tr("Restore finding"))

    def do(self) -> None:
        gone = self.ws.restore_finding(self.document_id, self.key)
        if gone is not None:
            self.before = gone

    def undo_(self) -> None:
        if self.before is not None:
            self.ws.dismiss_finding(self.document_id, self.key, self.before.note)
