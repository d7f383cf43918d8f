"""PDF → ParsedDocument: NGO submissions printed from Word, and UN documents.

One ``get_text("dict")`` pass per page (pdf_lines); then, on those lines only:
running headers and footers and the UN masthead set aside (pdf_furniture),
footnotes and endnotes taken out of the flow and tied to their markers
(pdf_footnotes), paragraphs rebuilt across lines, pages and columns
(pdf_paragraphs), a contents page folded into one block (pdf_contents), and the
title, UN symbol and kind of document read from the title block.
"""

from __future__ import annotations

import hashlib
import re
from pathlib import PurePath

import pymupdf

from reviewer.ingest.model import Box, IngestError, MarkerRef, ParsedDocument, ParsedParagraph
from reviewer.ingest.pdf_bidi import unmirror
from reviewer.ingest.pdf_contents import fold_contents
from reviewer.ingest.pdf_footnotes import split_notes, tie_plain_markers
from reviewer.ingest.pdf_furniture import (
    find_organisation,
    find_symbol,
    mark_furniture,
    mark_masthead,
)
from reviewer.ingest.pdf_gc import paused_gc
from reviewer.ingest.pdf_lines import PageText
from reviewer.ingest.pdf_metrics import body_metrics
from reviewer.ingest.pdf_pages import PDF_ERRORS, read_pages
from reviewer.ingest.pdf_paragraphs import Para, build_paragraphs, paragraph_kind
from reviewer.ingest.pdf_text import Vocabulary, finish, join_lines
from reviewer.vocabulary import DocumentKind, ParagraphKind

__all__ = ["parse_pdf"]

_OCR_ADVICE = (
    "run OCR on the file first (for example with OCRmyPDF: `ocrmypdf in.pdf out.pdf`) "
    "and import the result"
)
_KIND_PHRASES = (
    (DocumentKind.RESPONSES, re.compile(r"views on conclusions and/or recommendations", re.I)),
    (DocumentKind.NATIONAL_REPORT, re.compile(r"national report submitted in accordance", re.I)),
    (DocumentKind.SUMMARY, re.compile(r"summary (?:of stakeholders|prepared by the office)", re.I)),
    (
        DocumentKind.WG_REPORT,
        re.compile(r"report of the working group on the universal periodic", re.I),
    ),
)
_JUNK_TITLE_RE = re.compile(r"untitled|microsoft word|^\s*$|\.docx?$|\.pdf$", re.I)


def _damaged(file_name: str) -> IngestError:
    return IngestError(
        file_name,
        "this PDF is damaged and cannot be read; open it in a PDF reader to check it, "
        "or get a fresh copy",
    )


def _open(data: bytes, file_name: str) -> pymupdf.Document:
    if b"%PDF" not in data[:1024]:
        raise IngestError(file_name, "this is not a PDF file (it has no PDF header)")
    try:
        pymupdf.TOOLS.mupdf_display_errors(False)  # errors reach the user as one line of ours
        doc = pymupdf.open(stream=data, filetype="pdf")
    except PDF_ERRORS:
        raise _damaged(file_name) from None
    try:
        locked = doc.needs_pass
        truncated = doc.is_repaired and b"%%EOF" not in data[-2048:]
        empty = not locked and doc.page_count == 0
    except PDF_ERRORS:
        doc.close()
        raise _damaged(file_name) from None
    if locked:
        doc.close()
        raise IngestError(
            file_name,
            "this PDF is protected by a password; open it with the password in a PDF "
            "reader, save or print an unprotected copy, and import that",
        )
    if empty or truncated:
        doc.close()
        raise IngestError(
            file_name,
            "this PDF is incomplete or damaged (the end of the file is missing, as after "
            "an interrupted download or copy); download or copy it again",
        )
    return doc


def _page_list(numbers: list[int]) -> str:
    if len(numbers) > 8:
        return ", ".join(map(str, numbers[:8])) + f" and {len(numbers) - 8} more"
    return ", ".join(map(str, numbers))


def _choose_titles(paras: list[Para], kinds: list[ParagraphKind], body: float) -> list[int]:
    """Indexes of the title paragraphs: the largest headings on page 1, or the first
    bold one when the title is set in body size (Word submissions)."""
    cands = [
        i
        for i, p in enumerate(paras)
        if p.first.page == 1 and kinds[i] == ParagraphKind.HEADING and p.label is None
    ]
    if not cands:
        return []
    top = max(paras[i].size for i in cands)
    if top < body * 1.12:
        return [cands[0]] if paras[cands[0]].bold else []
    titles: list[int] = []
    for i in cands:
        if paras[i].size >= top - 0.6:
            if titles and i != titles[-1] + 1:
                break
            titles.append(i)
        elif titles:
            break
    return titles


def _doc_kind(un: bool, texts: list[str]) -> DocumentKind:
    head = " ".join(texts)
    for kind, rx in _KIND_PHRASES:
        if rx.search(head):
            return kind
    return DocumentKind.OTHER if un else DocumentKind.SUBMISSION


def _extract(
    data: bytes, file_name: str, parallel_from: int | None, helper_first: bool = False
) -> tuple[list[PageText], int, str, list[str]]:
    """Pages of text (one get_text pass each), page count, metadata title, warnings."""
    doc = _open(data, file_name)
    try:
        page_count = doc.page_count
        try:
            meta_title = (doc.metadata or {}).get("title") or ""
        except PDF_ERRORS:
            meta_title = ""
        pages, blank = read_pages(doc, file_name, parallel_from, helper_first=helper_first)
    finally:
        doc.close()
    if len(blank) == page_count:
        raise IngestError(
            file_name,
            "this PDF has no text layer (it is a scan or contains only pictures); " + _OCR_ADVICE,
        )
    warnings: list[str] = []
    if len(blank) == 1:
        warnings.append(
            f"page {blank[0]} has no text (scanned or blank), so its content is missing; "
            f"if it is a scan, {_OCR_ADVICE}"
        )
    elif blank:
        warnings.append(
            f"pages {_page_list(blank)} have no text (scanned or blank), so their content "
            f"is missing; if they are scans, {_OCR_ADVICE}"
        )
    sideways = [p.number for p in pages if p.sideways]
    if sideways:
        warnings.append(
            f"text on page(s) {_page_list(sideways)} is printed sideways; it was kept "
            "line by line and its paragraphs may be split"
        )
    return pages, page_count, meta_title, warnings


def _document_title(titles: list[str], meta_title: str, texts: list[str], file_name: str) -> str:
    if titles:
        if len(titles) > 1:  # "Report of the Working Group …" + "Slovenia"
            sep = ": " if len(titles[1]) <= 60 else " "
            return titles[0] + sep + titles[1]
        return titles[0]
    if not _JUNK_TITLE_RE.search(meta_title):
        return meta_title.strip()
    if texts:
        return texts[0][:120]
    return PurePath(file_name).stem


def page_boxes(para: Para) -> tuple[Box, ...]:
    """One box per page the paragraph's lines stand on: their union there, rounded to
    0.1 pt, in page order."""
    rows = para.rows
    if len(rows) == 1:  # a heading, a short item: its one line's box
        r = rows[0]
        x0, x1 = unmirror(r.x0, r.x1, r.mirror) if r.mirror else (r.x0, r.x1)
        return ((r.page, round(x0, 1), round(r.y0, 1), round(x1, 1), round(r.y1, 1)),)
    first = rows[0]
    if rows[-1].page == first.page:  # (rows go in page order) most paragraphs: one box
        x0, y0, x1, y1 = first.x0, first.y0, first.x1, first.y1
        for r in rows:
            if r.x0 < x0:
                x0 = r.x0
            if r.y0 < y0:
                y0 = r.y0
            if r.x1 > x1:
                x1 = r.x1
            if r.y1 > y1:
                y1 = r.y1
        if first.mirror:  # (one mirror for the page's lines)
            x0, x1 = unmirror(x0, x1, first.mirror)
        return ((first.page, round(x0, 1), round(y0, 1), round(x1, 1), round(y1, 1)),)
    boxes: dict[int, list[float]] = {}
    for r in rows:
        x0, x1 = unmirror(r.x0, r.x1, r.mirror) if r.mirror else (r.x0, r.x1)
        box = boxes.get(r.page)
        if box is None:
            boxes[r.page] = [x0, r.y0, x1, r.y1]
            continue
        # (comparisons, as min and max make them, without the calls)
        if x0 < box[0]:
            box[0] = x0
        if r.y0 < box[1]:
            box[1] = r.y0
        if x1 > box[2]:
            box[2] = x1
        if r.y1 > box[3]:
            box[3] = r.y1
    return tuple(
        (page, round(x0, 1), round(y0, 1), round(x1, 1), round(y1, 1))
        for page, (x0, y0, x1, y1) in sorted(boxes.items())
    )


def parse_pdf(
    data: bytes,
    file_name: str,
    *,
    parallel_from: int | None = None,
    helper_first: bool = False,
) -> ParsedDocument:
    """Parse a PDF; raise IngestError with advice for scans, passwords, damaged files.

    ``parallel_from``, ``helper_first``: as pdf_pages.read_pages takes them (a second
    process reading pages too; the result is the same either way)."""
    with paused_gc():
        return _parse(data, file_name, parallel_from, helper_first)


def _parse(
    data: bytes, file_name: str, parallel_from: int | None, helper_first: bool
) -> ParsedDocument:
    sha = hashlib.sha256(data).hexdigest()
    pages, page_count, meta_title, warnings = _extract(data, file_name, parallel_from, helper_first)

    symbol = find_symbol(pages)
    un = symbol is not None
    if un:
        mark_masthead(pages[0])
    repeated = mark_furniture(pages, symbol)
    organisation = None if un else find_organisation(repeated)
    body, leading, face = body_metrics(pages)
    vocab = Vocabulary([ln.text for p in pages for ln in p.lines if ln.role != "furniture"])
    footnotes, note_warnings = split_notes(pages, body, vocab)
    warnings.extend(note_warnings)

    kept: list[Para] = []
    texts: list[str] = []
    refs_list: list[tuple[MarkerRef, ...]] = []
    kinds: list[ParagraphKind] = []
    for para in build_paragraphs(pages, body, leading):
        parts = [para.lead_text] + [r.text for r in para.rows[1:]]
        text, refs = finish(join_lines(parts, vocab))
        if text:
            kept.append(para)
            texts.append(text)
            refs_list.append(refs)
            kinds.append(paragraph_kind(para, body, text, face))
    if footnotes:
        tie_plain_markers(texts, refs_list, footnotes)

    titles = _choose_titles(kept, kinds, body)
    for i in titles:
        kinds[i] = ParagraphKind.TITLE
    if un and titles:
        for i in range(titles[0]):  # "Human Rights Council / Twentieth session / dates"
            if kinds[i] == ParagraphKind.BODY and kept[i].first.page == 1:
                kinds[i] = ParagraphKind.HEADING
    title = _document_title([texts[i] for i in titles], meta_title, texts, file_name)
    head_texts = [
        t
        for t, k, p in zip(texts, kinds, kept, strict=True)
        if k != ParagraphKind.BODY and p.first.page == 1
    ]
    kind = _doc_kind(un, head_texts)
    fold_contents(kept, texts, refs_list, kinds)

    note_markers = {f.marker for f in footnotes}
    missing = sorted(
        {r.marker for refs in refs_list for r in refs if r.marker not in note_markers},
        key=lambda m: (len(m), m),
    )
    if missing and footnotes:
        warnings.append(f"footnote markers without a footnote: {', '.join(missing[:20])}")

    paragraphs = tuple(
        ParsedParagraph(
            seq=i,
            label=para.label,
            kind=k,
            text=text,
            page_start=para.first.page,
            page_end=para.last.page,
            markers=refs,
            boxes=page_boxes(para),
        )
        for i, (para, k, text, refs) in enumerate(
            zip(kept, kinds, texts, refs_list, strict=True), start=1
        )
    )
    return ParsedDocument(
        title=title,
        format="pdf",
        file_name=file_name,
        sha256=sha,
        paragraphs=paragraphs,
        footnotes=tuple(footnotes),
        organisation=organisation,
        kind=kind,
        pages=page_count,
        symbol=symbol,
        warnings=tuple(warnings),
    )
