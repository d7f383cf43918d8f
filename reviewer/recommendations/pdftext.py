"""Lines of a UN PDF without its page furniture.

UN documents repeat the symbol at the top of each page, the page number and a
"GE.14-23930" job number at the bottom, and set footnotes in a smaller size; a
recommendation that runs over a page break must read as if none were there.  We
read PyMuPDF's ``dict`` output directly (independent of ``reviewer.ingest``) and
keep footnote lines apart, since the responses name their report paragraph there.
"""

from __future__ import annotations

import re
import struct
import zlib
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass

import pymupdf

from reviewer.ingest.model import IngestError

# Footnote and page-note marks: "*", "†", "‡", the asterisk-like "∗" (U+2217), "⁎" (U+204E),
# "⁑", "＊", "✱", "٭" and superscript digits.  A heading may end in them ("… recommendations∗∗").
FOOTNOTE_MARKS = (
    "*\u2020\u2021\u2217\u204e\u2051\uff0a\u2731\u066d"
    "\u00b9\u00b2\u00b3\u2070\u2074\u2075\u2076\u2077\u2078\u2079"
)
_MARKER = re.compile(rf"^[\d{re.escape(FOOTNOTE_MARKS)}]+$")
# "page 3" under the running symbol in documents of 2008–2009; only in the margin bands
_PAGE_LABEL = re.compile(r"^page\s+\d{1,4}$", re.I)
_FURNITURE = (
    re.compile(r"^\d{1,4}$"),  # page number
    _PAGE_LABEL,
    re.compile(r"^GE\.\d{2}-\d+"),  # job number
    re.compile(r"^\*\d{6,}\*$"),  # bar code in text form
    re.compile(r"^A/HRC/\S+$"),  # running symbol
    re.compile(r"^A/HRC/\S+\s+page\s+\d{1,4}$", re.I),  # "A/HRC/8/25 page 3" (2008–2009)
    re.compile(r"^[\ue000-\uf8ff\s]+$"),  # bar-code font (private use area)
)


@dataclass(frozen=True)
class Line:
    page: int
    x: float
    y: float
    size: float
    bold: bool
    text: str
    edge: bool = False  # in the top or bottom margin band, where running heads live


# MuPDF's own errors (pymupdf.mupdf.FzErrorBase) are not RuntimeErrors; struct.error,
# EOFError and the like come from PyMuPDF's Python layer on a damaged file.
PDF_ERRORS: tuple[type[BaseException], ...] = (
    RuntimeError,  # pymupdf.FileDataError among them
    ValueError,
    IndexError,
    KeyError,
    EOFError,
    struct.error,
    zlib.error,
    OSError,
) + tuple(e for e in (getattr(getattr(pymupdf, "mupdf", None), "FzErrorBase", None),) if e)
_UNREADABLE = (
    "the PDF cannot be opened: it is damaged or is not a PDF (perhaps a download or copy "
    "that did not finish); get a fresh copy, or open it in a PDF reader and save it again"
)
_INCOMPLETE = (
    "the PDF is incomplete (its end is missing, as after an interrupted download or copy), "
    "so recommendations could be missing; download or copy it again"
)
_DAMAGED_PAGES = (
    "the PDF is damaged and some of its pages cannot be read; get a fresh copy, or open it "
    "in a PDF reader and save or print it again as PDF"
)


def open_pdf(data: bytes, file_name: str) -> pymupdf.Document:
    """The open document, or a written ``IngestError`` for a damaged, locked or empty one."""
    try:
        pymupdf.TOOLS.mupdf_display_errors(False)  # errors reach the user as one line of ours
        doc = pymupdf.open(stream=data, filetype="pdf")
    except PDF_ERRORS as exc:
        raise IngestError(file_name, _UNREADABLE) from exc
    try:
        locked = doc.needs_pass
        # MuPDF rebuilds a cut-off file from what is left: pages, and recommendations, lost
        truncated = doc.is_repaired and b"%%EOF" not in data[-2048:]
        pages = 0 if locked else doc.page_count
    except PDF_ERRORS as exc:
        doc.close()
        raise IngestError(file_name, _UNREADABLE) from exc
    reason = None
    if locked:
        reason = (
            "the PDF is protected by a password; open it with the password in a PDF reader, "
            "save or print an unprotected copy, and import that"
        )
    elif truncated:
        reason = _INCOMPLETE
    elif pages == 0:
        reason = "the PDF has no pages; get a fresh copy of the file"
    if reason is not None:
        doc.close()
        raise IngestError(file_name, reason)
    return doc


@contextmanager
def pdf_damage(file_name: str) -> Iterator[None]:
    """Reading the pages of an open PDF: what a damaged page raises becomes one message."""
    try:
        yield
    except PDF_ERRORS as exc:
        raise IngestError(file_name, _DAMAGED_PAGES) from exc


def page_lines(page: pymupdf.Page, page_no: int) -> list[Line]:
    """Visual lines of one page, top to bottom; spans on one baseline are merged.

    Word often emits "115.1" and its text as two lines at the same height, and
    footnote markers as tiny raised spans; markers are dropped from body lines.
    """
    raw: list[tuple[float, float, float, float, list[dict]]] = []
    for block in page.get_text("dict", sort=True)["blocks"]:
        for line in block.get("lines", ()):
            spans = [s for s in line["spans"] if s["text"]]
            if not spans:
                continue
            x0, y0, _, y1 = line["bbox"]
            raw.append((y0, y1, x0, max(s["size"] for s in spans), spans))
    raw.sort(key=lambda r: (round(r[1]), r[2]))
    merged: list[list] = []
    for y0, y1, x0, size, spans in raw:
        last = merged[-1] if merged else None
        if last and abs(last[1] - y1) < 3 and min(last[1], y1) - max(last[0], y0) > 0:
            last[4].extend(spans)
            last[3] = max(last[3], size)
            last[2] = min(last[2], x0)
        else:
            merged.append([y0, y1, x0, size, list(spans)])
    height = page.rect.height or 842.0
    out: list[Line] = []
    for y0, y1, x0, size, spans in merged:
        spans.sort(key=lambda s: s["bbox"][0])
        big = max(s["size"] for s in spans)
        kept = [
            s for s in spans if not (s["size"] < 0.8 * big and _MARKER.match(s["text"].strip()))
        ]
        text = re.sub(r"\s+", " ", "".join(s["text"] for s in kept)).strip()
        if not text:
            continue
        body = [s for s in kept if s["text"].strip()] or kept
        size = max(s["size"] for s in body)
        bold = all(s["flags"] & 16 or "Bold" in s["font"] for s in body)
        edge = y1 < 0.12 * height or y0 > 0.85 * height
        out.append(Line(page_no, x0, y0, size, bold, text, edge))
    return out


def body_size(lines: list[Line]) -> float:
    """The size most characters are set in: the running text."""
    counts: Counter[float] = Counter()
    for line in lines:
        counts[round(line.size, 1)] += len(line.text)
    return counts.most_common(1)[0][0] if counts else 10.0


def is_furniture(line: Line) -> bool:
    """Running heads and feet; a bare number or "page n" only counts in the margin bands."""
    if not line.edge and (line.text.isdigit() or _PAGE_LABEL.match(line.text)):
        return False
    return any(p.match(line.text) for p in _FURNITURE)


def document_lines(doc: pymupdf.Document, first: int = 0) -> tuple[list[Line], list[Line]]:
    """(body lines, footnote lines) of pages ``first``… with furniture removed."""
    lines = [ln for i in range(first, doc.page_count) for ln in page_lines(doc[i], i)]
    size = body_size(lines)
    body: list[Line] = []
    notes: list[Line] = []
    for line in lines:
        if is_furniture(line):
            continue
        (notes if line.size < size - 0.6 else body).append(line)
    return body, notes


def join_lines(parts: list[str]) -> str:
    """Join wrapped lines; a line ending in a hyphen or dash ("14–") joins without a space.

    Only the end of what is joined so far is looked at: linear in the text's length
    (a search anchored at its end rescanned the whole text at every line).
    """
    out: list[str] = []
    for part in parts:
        part = part.strip()
        if not part:
            continue
        if out:
            tail = out[-1][-2:]
            glued = len(tail) == 2 and _WORD_CHAR.match(tail[0]) and tail[1] in _JOINING_DASHES
            if not glued:
                out.append(" ")
        out.append(part)
    return "".join(out)


_WORD_CHAR = re.compile(r"\w")
_JOINING_DASHES = "-\u2010\u2011\u2013"


def first_page_text(doc: pymupdf.Document, pages: int = 1) -> str:
    return "\n".join(doc[i].get_text("text") for i in range(min(pages, doc.page_count)))
