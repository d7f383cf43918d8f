"""How a brief names things: paragraphs, their pages, documents, runs of numbers."""

from __future__ import annotations

import re

from reviewer.vocabulary import ParagraphKind
from reviewer.workspace import DocumentRow, ParagraphRow


def paragraph_heading(p: ParagraphRow) -> str:
    """How a paragraph is named in headings: its label, else its kind and first words."""
    if p.label:
        return f"Paragraph {p.label}"
    if p.kind == ParagraphKind.TITLE:
        return "Title"
    start = _first_words(p)
    if p.kind == ParagraphKind.HEADING:
        return f"Heading: {start}"
    return f"Unnumbered paragraph: “{start}”"


def quoted_heading(p: ParagraphRow) -> str:
    """A paragraph's heading with the pages it is on in its document: "Paragraph 6, p. 3"."""
    return f"{paragraph_heading(p)}, {p.pages}" if p.pages else paragraph_heading(p)


def paragraph_reference(p: ParagraphRow) -> str:
    """How a reference back names a paragraph: "¶ 6", "the heading “Introduction”"."""
    if p.label:
        return f"¶ {p.label}"
    if p.kind == ParagraphKind.TITLE:
        return "the title"
    start = _first_words(p)
    if p.kind == ParagraphKind.HEADING:
        return f"the heading “{start}”"
    return f"the unnumbered paragraph “{start}”"


def _first_words(p: ParagraphRow, n: int = 5) -> str:
    words = p.text.split()
    return " ".join(words[:n]) + ("…" if len(words) > n else "")


def document_name(d: DocumentRow) -> str:
    """A short name for a document: its organisation when known, else its UN symbol,
    else its title."""
    return d.organisation or d.symbol or d.title


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
    "paragraph_heading",
    "paragraph_reference",
    "quoted_heading",
]
