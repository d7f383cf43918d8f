"""The files documents were imported from: where they are, whether they are still the
same file, and what importing one again fills in.

``document.source_path`` is recorded at each import from a path.  The file found
there is trusted only while its SHA-256 is the document's: a file moved, deleted or
saved over is reported as such, and a person may point at it again (``locate``),
which is accepted only for the very file that was imported.

Importing a file that is already in the workspace (the same SHA-256) updates its
``source_path`` and fills the page boxes its paragraphs lack (documents imported
before boxes were kept); a paragraph takes boxes only from the paragraph read at
the same position with the same text.
"""

from __future__ import annotations

import hashlib
import logging
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from reviewer.errors import BadInput, NotFound
from reviewer.ingest import IngestError, ParsedDocument, parse_bytes
from reviewer.storage.models import Document, Paragraph
from reviewer.workspace.core import Store
from reviewer.workspace.rows import ImportResult

log = logging.getLogger("reviewer.import")

FOUND = "found"  # the file at source_path is the document's
MISSING = "missing"  # nothing (readable) at source_path
DIFFERENT = "different"  # a file is there, but not the one imported (SHA-256 differs)
UNRECORDED = "unrecorded"  # imported before paths were kept, or from bytes


@dataclass(frozen=True)
class SourceFile:
    """Where a document's original file is, and whether it can be shown."""

    document_id: int
    path: str | None  # the recorded source_path
    status: str  # FOUND, MISSING, DIFFERENT, UNRECORDED
    format: str  # "pdf", "docx", "txt", "md"
    file_name: str  # the name it was imported under
    sha256: str

    @property
    def found(self) -> bool:
        return self.status == FOUND


def file_sha256(path: str | Path) -> str | None:
    """The SHA-256 of a file's content; None when it cannot be read."""
    h = hashlib.sha256()
    try:
        with open(path, "rb") as f:
            for chunk in iter(lambda: f.read(1 << 20), b""):
                h.update(chunk)
    except OSError:
        return None
    return h.hexdigest()


def _status(path: str | None, sha: str) -> str:
    if not path:
        return UNRECORDED
    actual = file_sha256(path) if Path(path).is_file() else None
    if actual is None:
        return MISSING
    return FOUND if actual == sha else DIFFERENT


class Sources:
    """``Workspace.source_file`` and ``Workspace.locate_source``."""

    def __init__(self, store: Store):
        self.store = store

    def source_file(self, document_id: int) -> SourceFile:
        """The document's original file and whether it is still there, unchanged."""
        with self.store.read() as s:
            doc = s.get(Document, document_id)
            if doc is None:
                raise NotFound(f"no document with id {document_id}")
            path, sha, fmt, name = doc.source_path, doc.sha256, doc.format, doc.file_name
        return SourceFile(document_id, path, _status(path, sha), fmt, name, sha)

    def locate_source(self, document_id: int, path: str | Path) -> SourceFile:
        """Record ``path`` as where the document's file is, if it is that file (its
        SHA-256 is the document's); BadInput with the reason otherwise."""
        path = Path(path).resolve()
        actual = file_sha256(path) if path.is_file() else None
        with self.store.write() as s:
            doc = s.get(Document, document_id)
            if doc is None:
                raise NotFound(f"no document with id {document_id}")
            if actual is None:
                raise BadInput(f"{path}: the file cannot be read")
            if actual != doc.sha256:
                raise BadInput(
                    f"{path.name} is not the file “{doc.file_name}” was imported from: its "
                    "content differs (another version, or another file); choose the file "
                    "that was imported"
                )
            if doc.source_path != str(path):
                doc.source_path = str(path)
            fmt, name, sha = doc.format, doc.file_name, doc.sha256
        return SourceFile(document_id, str(path), FOUND, fmt, name, sha)


def record_source(store: Store, result: ImportResult, path: Path, data: bytes) -> None:
    """After importing ``path``: note it as the document's ``source_path``; for a file
    that was already there, fill the page boxes its paragraphs lack."""
    where = str(Path(path).resolve())
    with store.read() as s:
        doc = s.get(Document, result.document_id)
        if doc is None or doc.sha256 != hashlib.sha256(data).hexdigest():
            return  # not this file's document (nothing to record)
        moved = doc.source_path != where
        lacking = bool(
            result.duplicate
            and doc.format == "pdf"
            and s.scalar(
                select(Paragraph.id)
                .where(Paragraph.document_id == doc.id, Paragraph.boxes.is_(None))
                .limit(1)
            )
        )
    parsed = _parse(data, path.name) if lacking else None  # outside the write lock
    if not moved and parsed is None:
        return
    with store.write() as s:
        doc = s.get(Document, result.document_id)
        if doc is None:
            return
        if moved:
            doc.source_path = where
        if parsed is not None:
            backfill_boxes(s, doc.id, parsed)


def _parse(data: bytes, file_name: str) -> ParsedDocument | None:
    try:
        return parse_bytes(data, file_name)
    except IngestError as exc:  # imported once, unreadable now: a newer parser's refusal
        log.info("%s: page boxes not filled: %s", file_name, exc.reason)
        return None


def backfill_boxes(s: Session, document_id: int, parsed: ParsedDocument) -> int:
    """Give the document's paragraphs without boxes those of the paragraph ``parsed``
    reads at the same position with the same text; how many were filled."""
    read = {i: p for i, p in enumerate(parsed.paragraphs) if p.boxes}
    rows = s.execute(
        select(Paragraph.id, Paragraph.seq, Paragraph.text).where(
            Paragraph.document_id == document_id, Paragraph.boxes.is_(None)
        )
    ).all()
    values = [
        {"id": pid, "boxes": [list(b) for b in read[seq].boxes]}
        for pid, seq, text in rows
        if seq in read and read[seq].text == text
    ]
    if values:  # an UPDATE by primary key: the paragraphs touched are known
        s.execute(update(Paragraph), values)
    return len(values)
