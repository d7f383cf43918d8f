"""Whether a draft's pages are numbered, read from the file itself (the parsed text
leaves headers, footers and page numbers out)."""

from __future__ import annotations

import re

from reviewer.ingest import IngestError
from reviewer.ingest.docx_package import open_package

_PAGE_FIELD = re.compile(rb"<w:instrText[^>]*>\s*PAGE\b|w:instr=\"\s*PAGE\b")
_MARGIN_PART = re.compile(r"word/(?:header|footer)\d*\.xml")
_PAGE_NUMBER = re.compile(
    r"(?:page\s*)?[-\u2013]?\s*\d{1,4}\s*[-\u2013]?(?:\s*(?:of|/)\s*\d{1,4})?", re.IGNORECASE
)
_BAND = 0.12  # the top and bottom share of a page where page numbers stand


def pages_numbered(data: bytes, file_name: str, fmt: str) -> bool | None:
    """True or False for a Word or PDF file; None when it cannot be told."""
    try:
        if fmt == "docx":
            return _docx(data, file_name)
        if fmt == "pdf":
            return _pdf(data)
    except (IngestError, ValueError, RuntimeError):
        return None
    return None


def _docx(data: bytes, file_name: str) -> bool:
    """A PAGE field in a header or footer (Insert › Page Number)."""
    pkg = open_package(data, file_name)
    for name in pkg.zip.names:
        if _MARGIN_PART.fullmatch(name):
            blob = pkg.read(name) or b""
            if _PAGE_FIELD.search(blob):
                return True
    return False


def _pdf(data: bytes) -> bool | None:
    """Most pages carry a lone number (or "Page n") near their top or bottom edge."""
    import pymupdf

    with pymupdf.open(stream=data, filetype="pdf") as doc:
        if doc.page_count < 2:
            return None
        numbered = 0
        for page in doc:
            height = page.rect.height
            for block in page.get_text("blocks"):
                x0, y0, x1, y1, text = block[:5]
                near_edge = y1 < height * _BAND or y0 > height * (1 - _BAND)
                if near_edge and _PAGE_NUMBER.fullmatch(str(text).strip()):
                    numbered += 1
                    break
        return numbered >= max(1, (doc.page_count * 2) // 3)
