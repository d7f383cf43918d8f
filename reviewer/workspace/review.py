"""The reviewer's own work: links, tags, notes, reviewed marks, report naming.

Every method is one transaction and returns plain values, and each has an inverse
(remove ↔ add, restore a deleted note) so the window can undo and redo it.

Another process may make the same change at the same moment (the command line in a
script, a second window on the same file).  Rows that must exist once (a tag, a
paragraph's tag, a link) are therefore made with ``insert_if_absent`` (``INSERT … ON
CONFLICT DO NOTHING``) and read back, never by "look, then insert": the second
writer is told "already there", never an IntegrityError.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any, cast

from sqlalchemy import CursorResult, delete, func, select
from sqlalchemy.orm import Session

from reviewer.citations import normalise_symbol
from reviewer.errors import BadInput, NotFound
from reviewer.storage.models import (
    Document,
    Link,
    Note,
    Paragraph,
    ParagraphTag,
    Recommendation,
    Tag,
    utcnow,
)
from reviewer.storage.roles import EDITOR
from reviewer.vocabulary import LinkOrigin, LinkStatus
from reviewer.workspace.core import Store
from reviewer.workspace.history import record
from reviewer.workspace.note_edits import record_link, save_note_edit
from reviewer.workspace.paragraph_read import link_row, note_row
from reviewer.workspace.registry_store import get_or_create, insert_if_absent
from reviewer.workspace.rows import LinkRow, NoteRow, TagRow
from reviewer.workspace.short_refs import resolve_short, unresolve_short
from reviewer.workspace.spans import check_span
from reviewer.workspace.tag_order import clean_name as _clean_name
from reviewer.workspace.tag_order import free_key, tag_rows

TAG_COLOURS = (
    "#d1495b",
    "#edae49",
    "#00798c",
    "#30638e",
    "#6a4c93",
    "#3c9d5d",
    "#c05299",
    "#8c6d46",
    "#4f5d75",
)


class Review:
    """The reviewer's work on paragraphs: tags, notes, reviewed marks, links, reports."""

    def __init__(self, store: Store):
        self.store = store

    # -- tags --------------------------------------------------------------------------
    def tags(self, counts: bool = True) -> list[TagRow]:
        """Every tag in order (groups followed by their tags), with its key and how
        many paragraphs of the documents' latest versions carry it (0 without
        ``counts``: the window's first view, counted after its first paint)."""
        with self.store.read() as s:
            return tag_rows(s, counts)

    def create_tag(self, name: str, colour: str | None = None) -> TagRow:
        """The tag named ``name``, made now if new (the colour only applies then)."""
        name = _clean_name(name)
        with self.store.write() as s:
            tag = self._tag(s, name, colour)
            return TagRow(tag.id, tag.name, tag.colour)

    def _tag(self, s: Session, name: str, colour: str | None = None) -> Tag:
        tag = s.scalar(select(Tag).where(Tag.name == name))
        if tag is None:
            n = s.scalar(select(func.count(Tag.id))) or 0
            insert_if_absent(
                s,
                Tag,
                ("name",),
                name=name,
                colour=colour or TAG_COLOURS[n % len(TAG_COLOURS)],
                shortcut=free_key(s),
                created_by=self.store.author,
            )
            tag = s.scalar(select(Tag).where(Tag.name == name))
        assert tag is not None  # made now, or by the writer that won
        return tag

    def add_tag(self, paragraph_id: int, name: str) -> bool:
        """Tag a paragraph (creating the tag); False when it already had it."""
        name = _clean_name(name)
        with self.store.write() as s:
            _paragraph_or_fail(s, paragraph_id)
            tag = self._tag(s, name)
            made = insert_if_absent(
                s,
                ParagraphTag,
                ("paragraph_id", "tag_id"),
                paragraph_id=paragraph_id,
                tag_id=tag.id,
                created_by=self.store.author,
            )
            if made:
                record(s, self.store.author, "tag added", paragraph_id, uid=tag.uid, tag=name)
            return made

    def remove_tag(self, paragraph_id: int, name: str) -> bool:
        """Untag a paragraph; False when it did not have the tag (or another writer
        removed it first)."""
        name = _clean_name(name)
        with self.store.write() as s:
            _paragraph_or_fail(s, paragraph_id)
            tag_id = s.scalar(select(Tag.id).where(Tag.name == name))
            if tag_id is None:
                raise NotFound(f"no tag named {name!r}")
            gone = s.execute(
                delete(ParagraphTag).where(
                    ParagraphTag.paragraph_id == paragraph_id, ParagraphTag.tag_id == tag_id
                ),
                execution_options={"preserve_rowcount": True},
            )
            done = cast("CursorResult[Any]", gone).rowcount == 1
            if done:
                record(s, self.store.author, "tag removed", paragraph_id, tag=name)
            return done

    # -- notes -------------------------------------------------------------------------
    def notes(self, paragraph_id: int | None = None) -> list[NoteRow]:
        with self.store.read() as s:
            q = select(Note, Paragraph.text).join(Paragraph, Paragraph.id == Note.paragraph_id)
            q = q.order_by(Note.created_at, Note.id)
            if paragraph_id is not None:
                q = q.where(Note.paragraph_id == paragraph_id)
            return [note_row(n, text) for n, text in s.execute(q).all()]

    def add_note(
        self,
        paragraph_id: int,
        body: str,
        span: tuple[int, int] | None = None,
        uid: str | None = None,
        created_at: datetime | None = None,
        start: int | None = None,
        end: int | None = None,
    ) -> NoteRow:
        """Add a note: on the whole paragraph, or on characters ``start`` to ``end`` of
        its text (a passage note; ``span`` is the same pair).  ``uid``/``created_at``
        let undo restore a deleted note as it was."""
        if not body.strip():
            raise BadInput("a note needs some text")
        if start is not None or end is not None:
            span = (start, end)  # type: ignore[assignment]  # check_span says what is wrong
        with self.store.write() as s:
            p = _paragraph_or_fail(s, paragraph_id)
            if span is not None:
                span = check_span(p.text, span[0], span[1], p.id)
            note = Note(
                paragraph_id=paragraph_id,
                body=body,
                author=self.store.author,
                span_start=span[0] if span else None,
                span_end=span[1] if span else None,
            )
            if uid:
                note.uid = uid
            if created_at:
                note.created_at = created_at
            s.add(note)
            s.flush()
            record(s, self.store.author, "note added", paragraph_id, uid=note.uid, text=body)
            return note_row(note, p.text)

    def update_note(self, note_id: int, body: str, base_revision: int | None = None) -> NoteRow:
        """Save a note's new text.  ``base_revision``: the revision the person edited;
        if a colleague saved the note since, their text stays and this one is kept
        beside it as a note of its own (the row's ``kept_beside`` names theirs)."""
        with self.store.write() as s:
            note = s.get(Note, note_id)
            if note is None:
                raise NotFound(f"no note with id {note_id}")
            return save_note_edit(s, note, body, base_revision, self.store.author)

    def delete_note(self, note_id: int) -> NoteRow:
        with self.store.write() as s:
            note = s.get(Note, note_id)
            if note is None:
                raise NotFound(f"no note with id {note_id}")
            row = note_row(note)
            s.delete(note)
            record(
                s, self.store.author, "note deleted", row.paragraph_id, uid=row.uid, text=row.body
            )
            return row

    # -- reviewed ------------------------------------------------------------------------
    def set_reviewed(self, paragraph_id: int, reviewed: bool = True) -> bool:
        """Returns the previous state, for undo.  Marking a paragraph reviewed clears its
        "changed since reviewed" mark (``set_changed_since_review`` restores it)."""
        with self.store.write() as s:
            p = _paragraph_or_fail(s, paragraph_id)
            before = p.reviewed_at is not None
            p.reviewed_at = utcnow() if reviewed else None
            p.reviewed_by = self.store.author if reviewed else None
            if reviewed and p.changed_since_review:
                p.changed_since_review = False
            if before != reviewed:
                record(s, self.store.author, "reviewed" if reviewed else "unreviewed", p.id)
            return before

    # -- links ---------------------------------------------------------------------------
    def link(
        self,
        paragraph_id: int,
        symbol: str,
        number: str,
        origin: str = LinkOrigin.MANUAL,
        status: str = LinkStatus.CONFIRMED,
    ) -> LinkRow:
        """Link a paragraph to a recommendation, entering it in the registry if new."""
        return self.link_and_previous(paragraph_id, symbol, number, origin, status)[0]

    def link_and_previous(
        self,
        paragraph_id: int,
        symbol: str,
        number: str,
        origin: str = LinkOrigin.MANUAL,
        status: str = LinkStatus.CONFIRMED,
    ) -> tuple[LinkRow, str | None]:
        """``link``, and the status the link had before (None: it is new), for undo:
        found by the write itself, so nothing is read before it."""
        symbol = normalise_symbol(symbol)
        number = _typed_number(number)
        if not re.fullmatch(r"\d{1,3}\.\d{1,4}", number):
            raise BadInput(f"{number!r} is not a recommendation number like 28.294")
        with self.store.write() as s:
            _paragraph_or_fail(s, paragraph_id)
            rec = get_or_create(s, symbol, number)
            made = insert_if_absent(
                s,
                Link,
                ("paragraph_id", "recommendation_id"),
                paragraph_id=paragraph_id,
                recommendation_id=rec.id,
                origin=origin,
                status=status,
                created_by=self.store.author,
            )
            link = s.scalar(
                select(Link).where(
                    Link.paragraph_id == paragraph_id, Link.recommendation_id == rec.id
                )
            )
            assert link is not None  # made now, or by the writer that won
            previous = None if made else link.status
            decided = not made and link.status != status
            if decided:
                link.status = status
                link.updated_at = utcnow()
            if made or decided:  # at the link's own time: a merge pairs the two
                record(
                    s, self.store.author, "linked" if made else "link decided", paragraph_id,
                    uid=link.uid, at=link.updated_at, recommendation=f"{symbol}, {number}",
                    status=status,
                )  # fmt: skip
            return link_row(link, rec), previous

    def link_id(self, paragraph_id: int, symbol: str, number: str) -> int | None:
        """The id of the paragraph's link to recommendation ``symbol``, ``number`` (None:
        not linked): one indexed read, not the paragraph with all its links (undo's)."""
        with self.store.read() as s:
            return s.scalar(
                select(Link.id)
                .join(Recommendation, Recommendation.id == Link.recommendation_id)
                .where(
                    Link.paragraph_id == paragraph_id,
                    Recommendation.symbol == normalise_symbol(symbol),
                    Recommendation.number == _typed_number(number),
                )
            )

    def set_link_status(self, link_id: int, status: str) -> str:
        """Confirm, reject or re-suggest a link; returns the previous status."""
        if status not in set(LinkStatus):
            raise BadInput(f"status must be one of {', '.join(LinkStatus)}")
        with self.store.write() as s:
            link = s.get(Link, link_id)
            if link is None:
                raise NotFound(f"no link with id {link_id}")
            before = link.status
            link.status = status
            link.updated_at = utcnow()
            if before != status:
                record_link(
                    s, self.store.author, "link decided", link, status=status, before=before,
                    at=link.updated_at,
                )  # fmt: skip
            return before

    def unlink(self, link_id: int) -> None:
        with self.store.write() as s:
            link = s.get(Link, link_id)
            if link is None:
                raise NotFound(f"no link with id {link_id}")
            record_link(s, self.store.author, "unlinked", link)
            s.delete(link)

    # -- short references ------------------------------------------------------------------
    def set_document_report(self, document_id: int, symbol: str | None) -> int:
        """Name the report a document's short numbers refer to; returns links made."""
        self.store.require(EDITOR, "name the report a document refers to")
        with self.store.write() as s:
            doc = s.get(Document, document_id)
            if doc is None:
                raise NotFound(f"no document with id {document_id}")
            doc.report_symbol = normalise_symbol(symbol) if symbol else None
        return self.resolve_short_references(document_id)

    def resolve_short_references(self, document_id: int | None = None) -> int:
        """Resolve "recommendations 30–31" against the report each document's short
        numbers are read against (``reviews.effective_report``): the one it names, or
        the previous review's Working Group report.

        Only where the registry holds that report's recommendations and their numbering
        reads directly, or through the reading a person accepted for the document
        (``reviewer.reviews.shortnum``; those links are "inferred", the order in their
        ``detail``), never guessed.
        """
        self.store.require(EDITOR, "read documents' short numbers again")
        with self.store.write() as s:
            return resolve_short(s, self.store.author, document_id)

    def unresolve_short_references(self, document_id: int) -> int:
        """Undo what resolving a document's short numbers did, before they are read
        again another way: the citations lose their recommendation, and the links
        they alone made go, unless a person has touched them (rejected, or made by
        hand).  Returns the links removed."""
        self.store.require(EDITOR, "read documents' short numbers again")
        with self.store.write() as s:
            return unresolve_short(s, document_id)


def _typed_number(number: str) -> str:
    """A recommendation's number as a person types it ("28.294." , " 28.294"): "28.294"."""
    return number.strip().rstrip(".")


def _paragraph_or_fail(s: Session, paragraph_id: int) -> Paragraph:
    p = s.get(Paragraph, paragraph_id)
    if p is None:
        raise NotFound(f"no paragraph with id {paragraph_id}")
    return p
