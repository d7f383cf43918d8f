"""Importing files: one transaction per file, duplicates recognised by sha256."""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import replace
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from reviewer.citations.countries import iso3
from reviewer.errors import BadInput, NotFound
from reviewer.ingest import EncodingUncertain, IngestError, ParsedDocument, parse_bytes, read_file
from reviewer.ingest.pdf_gc import paused_gc
from reviewer.linking import plan_links
from reviewer.recommendations import RegistryImport
from reviewer.reviews.book import ReviewBook
from reviewer.storage.db import WorkspaceError
from reviewer.storage.models import Document
from reviewer.storage.roles import EDITOR
from reviewer.vocabulary import (
    CitationKind,
    ReviewStatus,
)
from reviewer.workspace.core import Store
from reviewer.workspace.history import record
from reviewer.workspace.paragraph_rows import store_content
from reviewer.workspace.registry_import import (
    UN_REPORT_KINDS,
    duplicate_of,
    own_paragraphs,
    store_registry,
)
from reviewer.workspace.review import Review
from reviewer.workspace.reviews import report_numbering
from reviewer.workspace.rows import ImportFailure, ImportResult
from reviewer.workspace.same_text import (
    SAME_TEXT_IMPORT,
    SAME_TEXT_SKIP,
    find_same_text,
    skipped,
)
from reviewer.workspace.sources import record_source
from reviewer.workspace.version_store import carry, supersede
from reviewer.workspace.version_target import find_target

Progress = Callable[[int, int, str], bool | None]  # (done, total, file) → False to cancel

log = logging.getLogger("reviewer.import")


class Importer:
    """Files into the workspace: documents with their links, or registry entries.

    Short numbers an import makes resolvable are resolved at once, through ``review``.
    """

    def __init__(self, store: Store, review: Review):
        self.store = store
        self.review = review

    def import_files(
        self,
        paths: Iterable[str | Path],
        progress: Progress | None = None,
        encoding: str | None = None,
        as_version_of: int | None = None,
        new_document: bool = False,
        if_same_text: str = SAME_TEXT_IMPORT,
    ) -> tuple[list[ImportResult], list[ImportFailure]]:
        """Import each file in its own transaction; a failure does not stop the others.

        ``encoding`` names the text encoding of every file (no guessing).  A text
        whose encoding is unclear fails with the plausible encodings in
        ``ImportFailure.encodings``, to import again with one of them.

        A file that is a new version of a document already there (the same file name,
        or the same title with most of its text in common) becomes that document's
        next version, its reviewers' work following its paragraphs
        (``ImportResult.version``, ``.versioning``).  ``as_version_of`` names the
        document to make it a version of; ``new_document`` makes a new document
        whatever it resembles.

        A file holding the text of a document already there in another format (or a
        copy under another file name) is never its new version: it is imported as a
        document of its own, or skipped with ``if_same_text="skip"``; either way
        ``ImportResult.same_text`` names that document.
        """
        paths = [Path(p) for p in paths]
        done: list[ImportResult] = []
        failed: list[ImportFailure] = []
        for i, path in enumerate(paths):
            if progress is not None and progress(i, len(paths), str(path)) is False:
                break
            try:
                done.append(
                    self.import_file(
                        path,
                        encoding=encoding,
                        as_version_of=as_version_of,
                        new_document=new_document,
                        if_same_text=if_same_text,
                    )
                )
            except EncodingUncertain as exc:
                failed.append(ImportFailure(str(path), exc.reason, tuple(exc.candidates)))
            except (IngestError, WorkspaceError, NotFound, BadInput) as exc:
                failed.append(ImportFailure(str(path), _reason(exc)))
        if progress is not None:
            progress(len(done) + len(failed), len(paths), "")
        return done, failed

    def import_file(
        self,
        path: str | Path,
        encoding: str | None = None,
        as_version_of: int | None = None,
        new_document: bool = False,
        if_same_text: str = SAME_TEXT_IMPORT,
    ) -> ImportResult:
        self.store.require(EDITOR, "import documents")  # before reading the file
        path = Path(path)
        data = read_file(path)
        result = self.import_bytes(
            data,
            path.name,
            display_name=str(path),
            encoding=encoding,
            as_version_of=as_version_of,
            new_document=new_document,
            if_same_text=if_same_text,
            source_path=str(path.resolve()),
        )
        # where it came from (stored with a new document already), missing boxes
        record_source(self.store, result, path, data)
        return result

    def import_bytes(
        self,
        data: bytes,
        file_name: str,
        display_name: str | None = None,
        encoding: str | None = None,
        as_version_of: int | None = None,
        new_document: bool = False,
        if_same_text: str = SAME_TEXT_IMPORT,
        *,
        source_path: str | None = None,
    ) -> ImportResult:
        """``source_path``: where the file was read, stored with the document it makes
        (``record_source`` then has nothing left to write)."""
        self.store.require(EDITOR, "import documents")
        display = display_name or file_name
        sha = hashlib.sha256(data).hexdigest()
        existing = self._find_by_sha(sha)
        if existing is not None:
            return replace(existing, file=display)
        from reviewer.recommendations.detect import detect_registry_kind, parse_registry

        try:
            kind = detect_registry_kind(data, file_name, encoding)
            if kind is not None and as_version_of is not None:
                raise IngestError(display, _NOT_VERSIONED.format(kind.replace("_", " ")))
            if kind is not None:
                registry = parse_registry(
                    data,
                    file_name,
                    kind,
                    encoding=encoding,
                    report_for=self._report_for,
                    paragraph_for=self._paragraph_for,
                )
                own = own_paragraphs(data, file_name, kind)
                return self._store_registry(registry, file_name, display, sha, data, own)
            parsed = parse_bytes(data, file_name, encoding=encoding)
            if parsed.kind in UN_REPORT_KINDS and _REPORT_SYMBOL.fullmatch(parsed.symbol or ""):
                # the title page was not enough to tell, the text is: a report of the
                # Working Group, or its responses, is read for its recommendations or
                # refused with the reason; never stored as an ordinary document
                if as_version_of is not None:
                    raise IngestError(display, _NOT_VERSIONED.format(parsed.kind.replace("_", " ")))
                registry = parse_registry(
                    data, file_name, parsed.kind, paragraph_for=self._paragraph_for
                )
                return self._store_registry(registry, file_name, display, sha, data, parsed)
        except IngestError:
            raise
        except (MemoryError, RecursionError) as exc:
            raise IngestError(
                display,
                "the file is too complex to import (it nests or holds more than the program "
                "can read); save a simpler copy (for example as PDF or plain text) and import that",
            ) from exc
        except Exception as exc:  # a parser bug: this file fails, the batch goes on
            # the person reads a sentence; the exception's class and text (a library's
            # "code=7: …") go to the log with the traceback
            log.exception("program error while reading %s", display)
            raise IngestError(
                display,
                "the program failed to read this file (a program error, not a fault of "
                "yours); the details were logged: please report it with the file",
            ) from exc
        args = (parsed, display, as_version_of, new_document, if_same_text)
        if parsed.format != "pdf":
            return self.import_parsed(*args, source_path=source_path)
        # the collector held off while a PDF's rows are planned and stored too, as while
        # it was read (pdf_gc): its citations, links and rows make no cycles worth a
        # walk over the heap the reading left (a Word or text file is never held off)
        with paused_gc():
            return self.import_parsed(*args, source_path=source_path)

    def _report_for(self, state: str, cycle: int) -> str | None:
        """The WG report of ``state``'s review in ``cycle``, if the workspace knows it
        (a table naming the State under review instead of the symbol)."""
        code = iso3(state)
        if code is None:
            return None
        with self.store.read() as s:
            return ReviewBook(s).wg_report(code, cycle)

    def _paragraph_for(self, symbol: str) -> int | None:
        """The paragraph a report's recommendations stand under, when the registry holds
        them under one (111 for A/HRC/14/15): responses counting items 1, 2, 3 … mean it."""
        with self.store.read() as s:
            majors = report_numbering(s, symbol).majors
        return int(majors[0]) if len(majors) == 1 else None

    def _find_by_sha(self, sha: str) -> ImportResult | None:
        with self.store.read() as s:
            return _duplicate_of(s, sha)

    def import_parsed(
        self,
        parsed: ParsedDocument,
        display: str | None = None,
        as_version_of: int | None = None,
        new_document: bool = False,
        if_same_text: str = SAME_TEXT_IMPORT,
        *,
        source_path: str | None = None,
    ) -> ImportResult:
        """Store a parsed document: a new document, or the next version of the one it
        continues (``import_files``); a file repeating a document's text is imported as
        a document of its own or skipped (``if_same_text``).  ``source_path``: where
        the file was read, recorded on the document stored."""
        if new_document and as_version_of is not None:
            raise BadInput("a new document, or a new version of another: not both")
        if if_same_text not in (SAME_TEXT_IMPORT, SAME_TEXT_SKIP):
            raise BadInput(f"if_same_text: {SAME_TEXT_IMPORT!r} or {SAME_TEXT_SKIP!r}")
        self.store.require(EDITOR, "import documents")
        plan = plan_links(parsed)
        versioning = None
        with self.store.write() as s:
            # another process may have imported the same file since this one looked
            # (the writers take turns, so this look is the last word): "already there"
            dup = _duplicate_of(s, parsed.sha256)
            if dup is not None:
                return replace(dup, file=display or dup.file)
            same = find_same_text(s, parsed) if as_version_of is None else None
            if same is not None and if_same_text == SAME_TEXT_SKIP:
                return skipped(parsed, display, same)
            alone = new_document or same is not None  # never a version of the same text
            target = None if alone else find_target(s, parsed, as_version_of)
            if target is None:
                doc = Document(
                    title=parsed.title,
                    organisation=parsed.organisation,
                    kind=parsed.kind,
                    format=parsed.format,
                    file_name=parsed.file_name,
                    sha256=parsed.sha256,
                    pages=parsed.pages,
                    symbol=parsed.symbol,
                    report_symbol=plan.named_report,
                    imported_by=self.store.author,
                    source_path=source_path,
                )
                s.add(doc)
                s.flush()
                earlier = None
            else:
                doc = target.doc
                earlier = supersede(s, target, parsed, plan.named_report, self.store.author)
                if source_path is not None:  # (after supersede: the earlier keeps its own)
                    doc.source_path = source_path
            para_ids = store_content(s, doc.id, parsed, plan, self.store.author)
            if target is not None and earlier is not None:
                texts = [p.text for p in parsed.paragraphs]
                versioning = carry(s, target, para_ids, texts, doc.version, earlier)
            doc_id, version = doc.id, doc.version
            s.flush()
            record(
                s, self.store.author, "document imported", document_id=doc_id, uid=doc.uid,
                title=parsed.title, file=parsed.file_name, version=version,
            )  # fmt: skip
            book = ReviewBook(s)
            if doc.review_status != ReviewStatus.MANUAL:  # a person's placement stands
                cited = (c.symbol for c in plan.citations if c.symbol)
                book.attach(doc_id, book.detect_parsed(parsed, cited))
            book.estimate_sessions()
        resolved = 0
        if any(c.kind == CitationKind.SHORT for c in plan.citations):
            resolved = self.review.resolve_short_references(doc_id)
        return ImportResult(
            file=display or parsed.file_name,
            document_id=doc_id,
            title=parsed.title,
            kind=parsed.kind,
            paragraphs=len(parsed.paragraphs),
            footnotes=len(parsed.footnotes),
            links=len(plan.links) + resolved,
            duplicate=False,
            version=version,
            version_of=doc_id if versioning is not None else None,
            versioning=versioning,
            same_text=same,
        )

    def _store_registry(
        self,
        registry: RegistryImport,
        file_name: str,
        display: str,
        sha: str,
        data: bytes,
        own: ParsedDocument | None = None,
    ) -> ImportResult:
        self.store.require(EDITOR, "import registry documents")
        result = store_registry(self.store, registry, file_name, display, sha, own)
        self.review.resolve_short_references()  # what it brings may resolve them
        return result


_NOT_VERSIONED = "this is a {}: files that bring recommendations to the registry have no versions"
# ... and that carry a report's own symbol on their masthead (an NGO's comments on a
# report, titled like one, carry none).
_REPORT_SYMBOL = re.compile(r"A/HRC/\d+/\d+(?:/Add\.\d+)?")


def _duplicate_of(s: Session, sha: str) -> ImportResult | None:
    """``duplicate_of``, after a look at the one column that tells: nearly every import
    is of a new file, and loading whole documents costs more than the look."""
    if s.scalar(select(Document.id).where(Document.sha256 == sha).limit(1)) is None:
        return None
    return duplicate_of(s, sha)


def _reason(exc: Exception) -> str:
    if isinstance(exc, IngestError):
        return exc.reason
    return str(exc)
