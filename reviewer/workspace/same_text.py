"""An imported file holding the text of a document already there, in another format
or under another file name: "cango.pdf" when "cango.docx" is in the workspace.

Such a file is not a new version of the document (a new version is the same file
saved again, or a file a person names: ``version_target``), and as a document of its
own it would double every search hit; the import says so, and may skip it.

The texts are compared paragraph by paragraph once normalised (words only, case
folded): the share of the new file's word pairs (within its paragraphs) that the
document holds too.  From another format, ``SAME_TEXT_SHARE`` of it is enough (a PDF
reads a little differently from the Word file it was made from); in the same format
under another file name, it must be the same text, paragraph for paragraph (a copy
saved under a new name; anything changed makes it a new version, as before).  The
same file name in the same format is left to version detection.

Documents compared: the live documents (not earlier versions, not registry files)
of the same title or the same file name but for the extension, and those holding the
new file's longest paragraphs word for word.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from pathlib import Path

from sqlalchemy import Select, func, select
from sqlalchemy.orm import Session

from reviewer.ingest import ParsedDocument
from reviewer.storage.models import Document, Paragraph
from reviewer.workspace.rows import ImportResult, SameText
from reviewer.workspace.version_target import is_registry

# What an import does with a file holding the text of a document already there in
# another format or file (``same_text``): import it as a document of its own (never
# as a new version of that one), or skip it (its parsed text held in the result).
SAME_TEXT_IMPORT = "import"
SAME_TEXT_SKIP = "skip"

SAME_TEXT_SHARE = 0.9
_PROBES = 3  # the new file's longest paragraphs looked up word for word

_WORD = re.compile(r"\w+")


def normalised(text: str) -> str:
    return " ".join(w.casefold() for w in _WORD.findall(text))


def _pairs(texts: list[str]) -> list[tuple[str, ...]]:
    out: list[tuple[str, ...]] = []
    for t in texts:
        words = t.split()
        out += list(zip(words, words[1:], strict=False)) if len(words) > 1 else [tuple(words)]
    return [p for p in out if p]


def shared_share(new: list[str], old: list[str]) -> float:
    """The share of ``new``'s word pairs (texts normalised) found in ``old``."""
    pairs = _pairs(new)
    if not pairs:
        return 0.0
    have = set(_pairs(old))
    return sum(1 for p in pairs if p in have) / len(pairs)


def _same_texts(old_texts: Sequence[str], new: list[str]) -> bool:
    """Do ``old_texts``, normalised (the empty ones left out), make ``new``?  Read
    only as far as the first difference."""
    i = 0
    for text in old_texts:
        n = normalised(text)
        if not n:
            continue
        if i == len(new) or n != new[i]:
            return False
        i += 1
    return i == len(new)


def holding_texts(texts: Sequence[str]) -> Select[int]:
    """The ids of documents holding one of ``texts`` as a paragraph, word for word: by
    length first (an index, migration 0010), so a few rows are compared, not every text."""
    return select(Paragraph.document_id).where(
        func.length(Paragraph.text).in_(sorted({len(t) for t in texts})),
        Paragraph.text.in_(texts),
    )


def find_same_text(s: Session, parsed: ParsedDocument) -> SameText | None:
    """The live document whose text ``parsed`` repeats in another format or file (the
    largest share first), or None."""
    new: list[str] | None = None  # the file's texts normalised, once a document may hold them
    title = " ".join(parsed.title.split()).casefold()
    stem = Path(parsed.file_name).stem.casefold()
    probes = sorted((p.text for p in parsed.paragraphs), key=len, reverse=True)[:_PROBES]
    holding = holding_texts(probes)
    # names only (an import runs this against every live document); texts for the few
    # that share the title, the file name or a paragraph
    rows = s.execute(
        select(Document.id, Document.title, Document.file_name, Document.format, Document.sha256)
        .where(Document.version_of_id.is_(None))
        .order_by(Document.id)
    ).all()
    held = set(s.scalars(holding).all())
    best: SameText | None = None
    for doc_id, doc_title, doc_file, doc_format, sha in rows:
        same_title = bool(title) and " ".join((doc_title or "").split()).casefold() == title
        same_stem = Path(doc_file).stem.casefold() == stem
        if not (same_title or same_stem or doc_id in held) or sha == parsed.sha256:
            continue
        same_format = doc_format == parsed.format
        if same_format and doc_file.casefold() == parsed.file_name.casefold():
            continue  # the same file saved again: a new version, if anything
        doc = s.get(Document, doc_id)
        if doc is None or is_registry(s, doc):
            continue
        if new is None:
            new = [n for n in (normalised(p.text) for p in parsed.paragraphs) if n]
        if not new:
            return None
        old_texts = s.scalars(
            select(Paragraph.text).where(Paragraph.document_id == doc_id).order_by(Paragraph.seq)
        ).all()
        if same_format:
            share = 1.0 if _same_texts(old_texts, new) else 0.0
        else:
            share = shared_share(new, [n for n in map(normalised, old_texts) if n])
        if share >= SAME_TEXT_SHARE and (best is None or share > best.share):
            best = SameText(doc_id, doc_title, doc_file, doc_format, round(share, 4))
    return best


def skipped(parsed: ParsedDocument, display: str | None, same: SameText) -> ImportResult:
    """A file not imported for repeating ``same``'s text: nothing stored, its text held."""
    return ImportResult(
        file=display or parsed.file_name,
        document_id=same.document_id,
        title=parsed.title,
        kind=parsed.kind,
        paragraphs=0,
        footnotes=0,
        links=0,
        duplicate=False,
        same_text=same,
        skipped=True,
        held=parsed,
    )
