"""How a brief names things, in its language (``reviewer.words``): paragraphs, their
pages, documents, positions, earlier cycles' recommendations, runs of numbers."""

from __future__ import annotations

import re
from dataclasses import replace

from reviewer.vocabulary import LinkStatus, ParagraphKind, Position
from reviewer.words import Words
from reviewer.workspace import DocumentRow, ParagraphRow, PredecessorRow, RecommendationRow


def paragraph_heading(p: ParagraphRow, w: Words | None = None) -> str:
    """How a paragraph is named in headings: its label, else its kind and first words."""
    w = w or Words()
    if p.label:
        return w("para.heading", label=p.label)
    if p.kind == ParagraphKind.TITLE:
        return w("para.title")
    start = _first_words(p)
    if p.kind == ParagraphKind.HEADING:
        return w("para.heading_kind", start=start)
    return w("para.unnumbered", start=start)


def quoted_heading(p: ParagraphRow, w: Words | None = None) -> str:
    """A paragraph's heading with the pages it is on in its document: "Paragraph 6, p. 3"."""
    w = w or Words()
    pages = w.pages(p.page_start, p.page_end)
    heading = paragraph_heading(p, w)
    return w("para.with_pages", heading=heading, pages=pages) if pages else heading


def paragraph_reference(p: ParagraphRow, w: Words | None = None) -> str:
    """How a reference back names a paragraph: "¶ 6", "the heading “Introduction”"."""
    w = w or Words()
    if p.label:
        return w("para.ref", label=p.label)
    if p.kind == ParagraphKind.TITLE:
        return w("para.ref_title")
    start = _first_words(p)
    if p.kind == ParagraphKind.HEADING:
        return w("para.ref_heading", start=start)
    return w("para.ref_unnumbered", start=start)


def _first_words(p: ParagraphRow, n: int = 5) -> str:
    words = p.text.split()
    return " ".join(words[:n]) + ("…" if len(words) > n else "")


def document_name(d: DocumentRow) -> str:
    """A short name for a document: its organisation when known, else its UN symbol,
    else its title."""
    return d.organisation or d.symbol or d.title


def in_language(r: RecommendationRow, lang: str) -> RecommendationRow:
    """The recommendation with its text in ``lang`` where the registry has it (a UN
    document of that language gave it), else as it was first given."""
    text = r.texts.get(lang)
    return replace(r, text=text) if text and text != r.text else r


def predecessor_line(p: PredecessorRow, w: Words) -> str:
    """ "Also recommended in cycle 1 by Egypt: 111.10 — supported" in the brief's
    language; a suggestion not yet confirmed says so."""
    where = w("pred.cycle", cycle=str(p.cycle)) if p.cycle else w("pred.symbol", symbol=p.symbol)
    by = w("pred.by", states=w("list.sep").join(p.states)) if p.states else ""
    position = position_word(p.position, w).lower()
    line = w("pred.line", where=where, by=by, number=p.number, position=position)
    return line + (w("pred.suggested") if p.status == LinkStatus.SUGGESTED else "")


def position_word(value: str, w: Words | None = None) -> str:
    """'partially' → 'Partially supported' (in the language); a value outside the
    vocabulary as stored."""
    if value in set(Position):
        return (w or Words())(f"position.{value}")
    return value


def compress_numbers(numbers: list[str] | tuple[str, ...]) -> str:
    """'28.1, 28.2, 28.3, 28.7' → '28.1–28.3, 28.7' (numbers already sorted)."""
    out: list[str] = []
    run: list[str] = []

    def flush():
        if len(run) > 2:
            out.append(f"{run[0]}–{run[-1]}")
        else:
            out.extend(run)
        run.clear()

    prev = None
    for n in numbers:
        m = re.fullmatch(r"(\d+)\.(\d+)", n)
        key = (int(m.group(1)), int(m.group(2))) if m else None
        if run and not (key and prev and key[0] == prev[0] and key[1] == prev[1] + 1):
            flush()
        run.append(n)
        prev = key
    flush()
    return ", ".join(out)


__all__ = [
    "compress_numbers",
    "document_name",
    "in_language",
    "paragraph_heading",
    "paragraph_reference",
    "position_word",
    "predecessor_line",
    "quoted_heading",
]
