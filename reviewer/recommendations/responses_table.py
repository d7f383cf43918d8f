"""Responses laid out as a table: recommendation | position | comment.

A table counts when one of its first three rows is a header naming a position
column ("Position", "Response", "Status", "Decision", "Position of the State …"; the
French and Spanish editions' "Position", "Réponse", "Posición", "Respuesta")
and either a number column ("No.", "Number", "Recommendation No.", "Para.") or a
recommendation column whose cells open with the number ("140.1 Consider ratifying
…", "1. Ratify …").  A comment column ("Comments", "Explanation", "Remarks",
"Justification", "Observations", "Additional information", "Implementation") is
kept as each recommendation's comment.  A table without a header on a following
page, with as many columns, goes on with the last header (Word repeats no header
unless told to).  A row whose cells all say the same thing ("Accepted
recommendations" across the table) is a group heading: its position serves rows
whose position cell is empty.  A row without a number continues the row above
(a row cut by a page break).  Numbers are expanded as in lists ("1–5", "140.82-85,
87"); short ones are placed in a paragraph by :mod:`.responses`.

The position cell is read by its first words ("Supported. Already implemented"),
and ``position_source`` keeps it: ``A/HRC/…/Add.1, table: "Supported"``.

Tables come from python-docx for a DOCX and from PyMuPDF's ``find_tables`` for a
PDF; the latter is slow (a tenth of a second a page), so it only runs on pages from
the first one showing a header-like line.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

import pymupdf

from reviewer.ingest.safezip import damaged_reason, open_word_document, written_damage
from reviewer.vocabulary import Position

from .normalise import parse_position
from .pdftext import open_pdf, pdf_damage
from .responses_common import (
    FULL,
    LIST,
    PENDING_WORDS,
    ResponseFacts,
    expand,
    heading_position,
    join_wrapped,
    trim,
    with_prefix,
)
from .responses_words import (
    CELL_PREFIX,
    COMMENT_HEAD,
    HEADER_HINT,
    NUMBER_HEAD,
    NUMBER_SIGN,
    POSITION_HEAD,
    REC_HEAD,
    STATES_HEAD,
)

Table = list[list[str]]  # rows of cell texts

_POSITION_HEAD = POSITION_HEAD
_COMMENT_HEAD = COMMENT_HEAD
_NUMBER_HEAD = NUMBER_HEAD
_STATES_HEAD = STATES_HEAD
_CELL_NUMBERS = re.compile(
    rf"^\s*{CELL_PREFIX}(?:{NUMBER_SIGN}\.?\s*)?(?P<list>{LIST})"
    r"(?P<after>[.):\u2013\u2014-]|\s|$)",
    re.I,
)
# a header-like line on a PDF page: short, naming recommendations and a position column
# (a PDF line of a header row may run its cells together: "RecommendationPositionComments")
_HEADER_HINT = HEADER_HINT


def header_hint(text: str) -> bool:
    return len(text) <= 100 and len(text.split()) <= 12 and bool(_HEADER_HINT.match(text))


def response_columns(row: list[str]) -> dict[str, int] | None:
    """Which column holds what, when ``row`` is a responses table's header.

    A column named both ways ("Response and comments") is the comment column, and
    the position column too when no other one is.
    """
    found: dict[str, int] = {}
    both: int | None = None
    for i, cell in enumerate(row):
        name = " ".join(cell.split()).casefold().strip(" :*")
        if not name or len(name) > 80 or "source" in name:
            continue  # "Source of position" names a document, not a position
        if _NUMBER_HEAD.match(name):
            found.setdefault("number", i)
            continue
        says_position = bool(_POSITION_HEAD.search(name)) and "implementation" not in name
        says_comment = bool(_COMMENT_HEAD.search(name))
        if says_position and not says_comment:
            found.setdefault("position", i)
        elif says_comment:
            found.setdefault("comment", i)
            if says_position and both is None:
                both = i
        elif REC_HEAD.search(name) and not _STATES_HEAD.search(name):
            found.setdefault("recommendation", i)
    if "position" not in found and both is not None:
        found["position"] = both
    if "position" in found and ("number" in found or "recommendation" in found):
        return found
    return None


def cell_position(text: str) -> Position | None:
    """ "Supported", "Noted", "Partially supported", "Accepted – already implemented" …"""
    if not text:
        return None
    first = re.split(r"[.;:(\n\u2013\u2014]| - ", text, maxsplit=1)[0]
    for part in (first, text if len(text) <= 40 else ""):
        if not part:
            continue
        if PENDING_WORDS.search(part) or re.search(r"\bpending\b", part, re.I):
            return Position.PENDING
        position = parse_position(part)
        if position:
            return position
    return None


def row_numbers(cells: list[str], columns: dict[str, int]) -> list[str]:
    for key in ("number", "recommendation"):
        if key not in columns or columns[key] >= len(cells):
            continue
        m = _CELL_NUMBERS.match(cells[columns[key]])
        if not m:
            continue
        listing = m.group("list")
        if key == "recommendation" and not re.match(FULL, listing):
            if not m.group("after").strip() or len(listing) > 3:
                continue  # "2030 Agenda …" opens a text, not a number
        return with_prefix(expand(listing))
    return []


def read_tables(tables: Iterable[Table], document_symbol: str) -> ResponseFacts:
    facts = ResponseFacts()
    columns: dict[str, int] | None = None
    width = 0
    for rows in tables:
        rows = [[join_wrapped((c or "").split("\n")) for c in row] for row in rows]
        if not rows:
            continue
        start = 0
        for i, row in enumerate(rows[:3]):
            found = response_columns(row)
            if found:
                columns, width, start = found, len(row), i + 1
                break
        else:
            if columns is None or len(rows[0]) != width:
                continue  # no responses table, nor one going on from the page before
        assert columns is not None
        heading: tuple[Position, str] | None = None
        last: list[str] = []
        for cells in rows[start:]:
            filled = {c for c in cells if c}
            if not filled:
                continue
            numbers = row_numbers(cells, columns)
            if len(filled) == 1 and not numbers and len(cells) > 1:
                text = filled.pop()
                position = heading_position(text)
                heading = (position, text) if position else heading
                if not position and last and "comment" in columns:
                    for n in last:  # the comment of a row cut by a page break
                        facts.add_comment(n, text)
                continue
            col = columns["position"]
            said = cells[col] if col < len(cells) else ""
            position = cell_position(said)
            source = f'{document_symbol}, table: "{trim(said, 60)}"'
            if position is None and heading is not None:
                position, source = heading[0], f'{document_symbol}, table, under "{heading[1]}"'
            comment = ""
            if "comment" in columns and columns["comment"] < len(cells):
                comment = cells[columns["comment"]]
            if not numbers:
                for n in last:
                    facts.add_comment(n, comment)
                continue
            last = numbers
            for n in numbers:
                if position is not None:
                    facts.add_position(n, position, source)
                facts.add_comment(n, comment)
    return facts


def docx_tables(data: bytes, file_name: str) -> list[Table]:
    """Every table of a DOCX as rows of cell texts (a merged cell repeats, as in Word's grid)."""
    document = open_word_document(data, file_name)
    out: list[Table] = []
    with written_damage(file_name, damaged_reason("Word")):
        for table in document.tables:
            out.append(
                [["\n".join(p.text for p in c.paragraphs) for c in r.cells] for r in table.rows]
            )
    return out


def _page_tables(page: pymupdf.Page) -> list[Table]:
    """One page's tables; none when PyMuPDF's table finder fails on it.

    The finder is a heuristic over drawings and words: what it raises on an odd page
    says nothing of the document, whose lists or prose are then read instead.
    """
    out: list[Table] = []
    try:
        for table in page.find_tables().tables:
            rows = [[c or "" for c in row] for row in table.extract()]
            header = table.header
            if header is not None and header.external:
                rows.insert(0, [n or "" for n in header.names])
            out.append(rows)
    except (MemoryError, RecursionError):
        raise
    except Exception:  # the finder's own bugs, whatever their class
        return []
    return out


def pdf_tables(data: bytes, file_name: str, hint_pages: set[int]) -> list[Table]:
    """The tables PyMuPDF finds on pages showing a header-like line and the pages after
    them, as long as each of those has a table."""
    if not hint_pages:
        return []
    quiet = getattr(pymupdf, "no_recommend_layout", None)
    if callable(quiet):
        quiet()  # PyMuPDF would print a tip about its layout package on stdout
    doc = open_pdf(data, file_name)
    out: list[Table] = []
    try:
        with pdf_damage(file_name):
            going_on = False
            for page_no in range(min(hint_pages), doc.page_count):
                if not (going_on or page_no in hint_pages):
                    continue
                page = doc[page_no]  # kept alive: a table's header reads its page
                found = _page_tables(page)
                going_on = bool(found)
                out += found
    finally:
        doc.close()
    return out
