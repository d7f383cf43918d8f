"""The draft check as a workspace service: a stored document or a file (parsed, never
stored) checked against the rules (``reviewer.check``) with the workspace's registry
and reviews as facts, and the findings a person dismissed, kept per document by the
finding's stable key (the ``check_dismissal`` table).
"""

from __future__ import annotations

import hashlib
from dataclasses import replace
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from reviewer.check import (
    CheckReport,
    CheckSettings,
    Dismissal,
    Draft,
    Facts,
    Finding,
)
from reviewer.errors import BadInput, NotFound
from reviewer.ingest import parse_bytes, read_file, sniff_format
from reviewer.linking import plan_links
from reviewer.storage.models import CheckDismissal, Document, utcnow
from reviewer.vocabulary import ReviewStatus
from reviewer.words import say
from reviewer.workspace.check_facts import (
    detect_review,
    gather_facts,
    parsed_draft,
    stored_draft,
    stored_review,
    stored_suggestions,
)
from reviewer.workspace.core import Store

MAX_KEY = 200  # check_dismissal.key


class Checks:
    """Checking drafts; dismissing and restoring findings."""

    def __init__(self, store: Store):
        self.store = store

    # -- checking ------------------------------------------------------------------------
    def check_document(
        self, document_id: int, settings: CheckSettings | None = None
    ) -> CheckReport:
        """Check a stored document; the findings dismissed for it are set apart."""
        settings = settings or CheckSettings()
        with self.store.read() as s:
            doc = _document(s, document_id)
            draft = stored_draft(s, doc)
            code = stored_review(s, doc)
            ids = {p.id: p.index for p in draft.paragraphs if p.id is not None}
            spoken, rejected = stored_suggestions(s, ids)
            facts = gather_facts(
                s, code, (c.symbol for c in draft.citations if c.symbol), (), spoken, rejected
            )
            dismissed = _dismissals(s, document_id)
            uncertain = doc.review_status == ReviewStatus.UNCERTAIN
        notes = _notes(draft, facts, settings)
        if uncertain and code:
            notes.insert(0, say("check.note.guess", review=code))
        notes.append(say("check.note.pages"))
        return _report(document_id, draft, facts, settings, dismissed, notes)

    def check_file(
        self,
        path: str | Path,
        settings: CheckSettings | None = None,
        encoding: str | None = None,
    ) -> CheckReport:
        """Check a file without storing it; its review is told as an import would."""
        path = Path(path)
        return self.check_bytes(read_file(path), path.name, settings, encoding, str(path))

    def check_bytes(
        self,
        data: bytes,
        file_name: str,
        settings: CheckSettings | None = None,
        encoding: str | None = None,
        display: str | None = None,
    ) -> CheckReport:
        """``check_file`` of a file's bytes (the window's dropped files)."""
        settings = settings or CheckSettings()
        parsed = parse_bytes(data, file_name, encoding=encoding)
        plan = plan_links(parsed)
        from reviewer.check.pages import pages_numbered  # lazy: see reviewer.check

        numbered = pages_numbered(data, file_name, sniff_format(data, file_name))
        draft = parsed_draft(parsed, plan, display or file_name, numbered)
        sha = hashlib.sha256(data).hexdigest()
        with self.store.read() as s:
            found = detect_review(s, parsed, plan)
            facts = gather_facts(
                s,
                found.code,
                (c.symbol for c in draft.citations if c.symbol),
                found.previous_reports,
            )
            stored = s.scalar(select(Document.id).where(Document.sha256 == sha))
        notes = _notes(draft, facts, settings)
        if found.code and not found.certain:
            notes.insert(0, say("check.note.file_guess", review=found.code, reason=found.reason))
        if stored is not None:
            notes.insert(0, say("check.note.stored", id=str(stored)))
        else:
            notes.insert(0, say("check.note.not_stored"))
        return _report(None, draft, facts, settings, (), notes)

    # -- dismissing ----------------------------------------------------------------------
    def dismiss_finding(self, document_id: int, key: str, note: str | None = None) -> Dismissal:
        """Dismiss the finding ``key`` for a document (again: its note is replaced)."""
        key = _key(key)
        note = (note or "").strip() or None
        with self.store.write() as s:
            _document(s, document_id)
            row = _dismissal(s, document_id, key)
            if row is None:
                row = CheckDismissal(
                    document_id=document_id,
                    key=key,
                    note=note,
                    created_by=self.store.author,
                    created_at=utcnow(),
                )
                s.add(row)
            else:
                row.note, row.created_by, row.created_at = note, self.store.author, utcnow()
            s.flush()
            return Dismissal(row.key, row.note, row.created_by, row.created_at)

    def restore_finding(self, document_id: int, key: str) -> Dismissal | None:
        """Undo a dismissal; returns it (None: the finding was not dismissed)."""
        key = _key(key)
        with self.store.write() as s:
            _document(s, document_id)
            row = _dismissal(s, document_id, key)
            if row is None:
                return None
            gone = Dismissal(row.key, row.note, row.created_by, row.created_at)
            s.execute(delete(CheckDismissal).where(CheckDismissal.id == row.id))
            return gone

    def dismissed_findings(self, document_id: int) -> list[Dismissal]:
        """The keys dismissed for a document, oldest first (findings gone from the
        draft included: they come back dismissed if the draft brings them back)."""
        with self.store.read() as s:
            _document(s, document_id)
            return list(_dismissals(s, document_id).values())


def _document(s: Session, document_id: int) -> Document:
    doc = s.get(Document, document_id)
    if doc is None:
        raise NotFound(f"no document with id {document_id}")
    return doc


def _key(key: str) -> str:
    key = (key or "").strip()
    if not key:
        raise BadInput("give the key of a finding (as the check lists it)")
    if len(key) > MAX_KEY:
        raise BadInput(f"a finding's key has at most {MAX_KEY} characters")
    return key


def _dismissals(s: Session, document_id: int) -> dict[str, Dismissal]:
    rows = s.scalars(
        select(CheckDismissal)
        .where(CheckDismissal.document_id == document_id)
        .order_by(CheckDismissal.created_at, CheckDismissal.id)
    )
    return {r.key: Dismissal(r.key, r.note, r.created_by, r.created_at) for r in rows}


def _notes(draft: Draft, facts: Facts, settings: CheckSettings) -> list[str]:
    """What the check could not do, and why."""
    notes: list[str] = []
    if facts.review is None:
        notes.append(say("check.note.no_review"))
    elif facts.previous and not facts.previous_reports:
        notes.append(say("check.note.no_report", previous=facts.previous))
    if facts.previous and facts.previous_year is None:
        notes.append(say("check.note.no_year", previous=facts.previous))
    cited = sorted({c.symbol for c in draft.citations if c.symbol and "." in c.number})
    missing = [s for s in cited if s not in facts.registry and "/WG." not in s]
    if missing:
        notes.append(say("check.note.not_in_registry", symbols=", ".join(missing)))
    if settings.skip:
        notes.append(say("check.note.skipped", rules=", ".join(sorted(settings.skip))))
    return notes


def _report(
    document_id: int | None,
    draft: Draft,
    facts: Facts,
    settings: CheckSettings,
    dismissed: dict[str, Dismissal] | tuple[()],
    notes: list[str],
) -> CheckReport:
    from reviewer.check.form_rules import words
    from reviewer.check.rules import run_checks  # lazy: see reviewer.check

    findings = run_checks(draft, facts, settings)
    marks = dict(dismissed)
    left: list[Finding] = []
    set_apart: list[Finding] = []
    for f in findings:
        d = marks.get(f.key)
        if d is None:
            left.append(f)
        else:
            set_apart.append(replace(f, note=d.note, dismissed_by=d.by, dismissed_at=d.at))
    return CheckReport(
        document_id=document_id,
        file=draft.file,
        title=draft.title,
        format=draft.format,
        review=facts.review,
        words=words(draft, settings),
        word_limit=settings.limit,
        findings=tuple(left),
        dismissed=tuple(set_apart),
        notes=tuple(notes),
        paragraphs=draft.paragraphs,
        settings=settings,
    )


def _dismissal(s: Session, document_id: int, key: str) -> CheckDismissal | None:
    return s.scalar(
        select(CheckDismissal).where(
            CheckDismissal.document_id == document_id, CheckDismissal.key == key
        )
    )
