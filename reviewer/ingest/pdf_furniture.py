"""Page furniture: running headers and footers, page numbers, UN mastheads.

A line is furniture when it sits in the top or bottom band of its page and the same
text (digits masked, so "Page 3" matches "Page 4") recurs there on other pages, or
when it is one of the things UN documents print on pages and never in the text:
page numbers, the job number "GE.14-23930 (E)", the barcode, "Please recycle".
The UN masthead of page 1 (symbol, "General Assembly", "Distr.: General", date,
"Original: English") is set aside the same way, after the symbol is read from it.
"""

from __future__ import annotations

import math
import re
from collections import defaultdict

from reviewer.ingest.pdf_lines import Line, PageText
from reviewer.ingest.pdf_text import strip_markers

_DIGITS_RE = re.compile(r"\d+")
_WS_RE = re.compile(r"\s+")
_PAGE_NO_RE = re.compile(
    r"(?:page\s*)?[-\u2013]?\s*(?:\d{1,4}|[ivxlc]{1,6})\s*[-\u2013]?(?:\s*(?:of|/)\s*\d{1,4})?",
    re.IGNORECASE,
)
_ALWAYS_RE = re.compile(
    r"GE\.\d{2}-\d{3,6}.*|\*\d{5,}\*|please\s+recycle.*|\d{2}-\d{5}\s*\(E\).*",
    re.IGNORECASE,
)
_ALWAYS_FIRST = frozenset("Gg*Pp0123456789")
SYMBOL_RE = re.compile(r"[A-Z]{1,8}(?:/[A-Za-z0-9.\-()]+){2,}")
_SYMBOL_AT_END_RE = re.compile(r"(?:^|\s)(" + SYMBOL_RE.pattern + r")$")
_MASTHEAD_END_RE = re.compile(r"Original\s*:\s*\w+.*", re.IGNORECASE)
_ORG_RE = re.compile(
    r"\b(?:Association|Foundation|Society|Institute|Centre|Center|Network|Coalition|"
    r"Alliance|Federation|League|Trust|Watch|Organi[sz]ation|Council|Committee|Forum|"
    r"Union|Federation|Fund|Initiative|Movement|Action|Women|Rights)\b"
)
_NOT_ORG_RE = re.compile(
    r"consultative status|page|\d|submi(?:ssion|tted)|report|review|\bUPR\b|cycle|session",
    re.IGNORECASE,
)

_BAND = 0.13  # share of the page height counted as header / footer band
_PER_EDGE = 4  # lines looked at from each edge of a page


def _key(text: str) -> str:
    text = strip_markers(text)
    return _WS_RE.sub(" ", _DIGITS_RE.sub("#", text.lower())).strip()


def _edges(page: PageText) -> list[Line]:
    """The lines nearest the top and the bottom edge, by position on the page.

    Not by reading order: on a page read column by column a running header over the
    right-hand column ("A/HRC/28/2" on an odd page) comes after the whole left column.
    """
    top = page.height * _BAND
    bottom = page.height * (1 - _BAND)
    lines = page.lines
    head = [ln for ln in lines if ln.y1 <= top + 2]
    if len(head) > _PER_EDGE:
        head = sorted(head, key=lambda ln: ln.y0)[:_PER_EDGE]
    tail = [ln for ln in lines if ln.y0 >= bottom - 2]
    if len(tail) > _PER_EDGE:
        tail = sorted(tail, key=lambda ln: -ln.y1)[:_PER_EDGE]
    # the bottom band may also hold the last body lines
    head_ids = {id(ln) for ln in head}
    return head + [ln for ln in tail if id(ln) not in head_ids]


def find_symbol(pages: list[PageText]) -> str | None:
    """The UN symbol printed at the top of page 1 (or heading later pages)."""
    for page in pages[:3]:
        top = page.height * 0.2
        for ln in page.lines:
            if ln.y0 > top:
                continue  # not break: a page read by columns is not in top-down order
            m = _SYMBOL_AT_END_RE.search(strip_markers(ln.text).strip())
            if m and any(c.isdigit() for c in m.group(1)):
                return m.group(1)
    return None


def mark_masthead(page: PageText) -> bool:
    """Set aside the UN masthead of a first page: everything down to "Original: …"."""
    limit = page.height * 0.3
    end = None
    for ln in page.lines:
        if ln.y0 > limit:
            continue
        if _MASTHEAD_END_RE.fullmatch(strip_markers(ln.text).strip()):
            end = ln.base
    if end is None:
        return False
    for ln in page.lines:
        if ln.base <= end + 2:
            ln.role = "masthead"
    return True


def mark_furniture(pages: list[PageText], symbol: str | None) -> list[str]:
    """Mark running headers/footers; return the repeated lines, most frequent first."""
    seen: dict[str, set[int]] = defaultdict(set)
    texts: dict[str, str] = {}
    edges = {}
    keys: dict[int, str] = {}  # id(line) -> _key(line.text), made once
    by_text: dict[str, str] = {}  # the same header on page after page: its key once
    for page in pages:
        edge = _edges(page)
        edges[page.number] = edge
        for ln in edge:
            k = by_text.get(ln.text)
            if k is None:
                k = by_text[ln.text] = _key(ln.text)
            keys[id(ln)] = k
            if ln.lead is not None:
                continue  # a footnote, even if every page repeats it
            if k:
                seen[k].add(page.number)
                if k not in texts:  # (setdefault would clean the text every time)
                    texts[k] = _WS_RE.sub(" ", strip_markers(ln.text)).strip()
    n = len(pages)
    need = max(2, math.ceil(n * 0.3)) if n > 1 else 10**9
    repeated = {k for k, p in seen.items() if len(p) >= need}
    sym = symbol.replace(" ", "") if symbol else None
    for page in pages:
        for ln in edges[page.number]:
            if ln.role:
                continue
            plain = strip_markers(ln.text).strip()
            if (
                keys[id(ln)] in repeated
                or _PAGE_NO_RE.fullmatch(plain)
                or _ALWAYS_RE.fullmatch(plain)
                or (sym and plain.replace(" ", "") == sym)
            ):
                ln.role = "furniture"
        for ln in page.lines:  # job numbers and barcodes wherever they stand
            head = ln.text[:1]
            if head.isspace():
                head = ln.text.lstrip()[:1]
            if head in _ALWAYS_FIRST and not ln.role:
                if _ALWAYS_RE.fullmatch(strip_markers(ln.text).strip()):
                    ln.role = "furniture"
    order = sorted(repeated, key=lambda k: -len(seen[k]))
    return [texts[k] for k in order]


def find_organisation(repeated: list[str]) -> str | None:
    """An organisation named in the running header or footer (NGO submissions)."""
    for text in repeated:
        if len(text) > 120 or _NOT_ORG_RE.search(text):
            continue
        if _ORG_RE.search(text) and text[:1].isupper():
            return text.strip(" ,;:-\u2013")
    return None
