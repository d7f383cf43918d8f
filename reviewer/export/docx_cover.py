"""The brief's first page: title, what was chosen, the documents in it, the contents."""

from __future__ import annotations

from typing import TYPE_CHECKING

from docx.shared import Pt

from reviewer.export import docx_columns as columns
from reviewer.export.coverage import coverage_summary
from reviewer.export.docx_cells import GREY_HEX, _cell_text, _widths
from reviewer.export.docx_fields import clean
from reviewer.export.docx_style import GREY
from reviewer.export.docx_tables import Span
from reviewer.vocabulary import DocumentKind

if TYPE_CHECKING:
    from docx.text.paragraph import Paragraph

    from reviewer.export.docx_writer import BriefWriter

COVER_COLUMNS = (3.6, 13.0)
DOCUMENT_COLUMNS = (("col.document", 10.2), ("col.organisation", 4.6), ("col.paragraphs", 1.8))
KIND_WORDS: dict[str, str] = {k: f"kind.{k}" for k in DocumentKind}  # their words' keys
COUNTED = ("paragraphs", "recommendations", "tags", "notes")


def cover_rows(w: BriefWriter) -> list[tuple[str, str]]:
    """(key, value) lines of the cover: when, who, what was chosen, how much."""
    b, words = w.brief, w.w
    rows = [(words("brief.key.date"), words.date(b.created))]
    if b.reviewer:
        rows.append((words("brief.key.reviewer"), b.reviewer))
    rows.extend(b.options.describe())
    if b.coverage is not None:
        rows.append((words("brief.key.coverage"), coverage_summary(b.coverage, words)))
    c = b.counts()
    counts = words("list.sep").join(words(f"count.{k}", n=c[k]) for k in COUNTED)
    rows.append((words("brief.key.in_brief"), counts))
    return rows


def write_cover(w: BriefWriter) -> Paragraph:
    """The first page; returns the paragraph the table of contents follows."""
    b = w.brief
    w._para(b.title, "Title")
    w._para(w.w(f"brief.subtitle.{b.options.group_by}"), "Brief Subtitle")
    rows = cover_rows(w)
    table = w.doc.add_table(rows=len(rows), cols=2)
    for row, (key, value) in zip(table.rows, rows, strict=True):
        k, v = row.cells
        _cell_text(k, key, bold=True, colour=GREY)
        _cell_text(v, value)
    minimum = [
        columns.minimum_cm((k, columns.TABLE_TEXT_PT, True) for k, _ in rows),
        columns.minimum_cm((v, columns.TABLE_TEXT_PT, False) for _, v in rows),
    ]
    _widths(table, columns.fit(COVER_COLUMNS, minimum, w.width_cm))
    _documents(w)
    heading = w._para(w.w("brief.contents"), "TOC Heading")
    heading.paragraph_format.space_before = Pt(24)
    return heading


def _documents(w: BriefWriter) -> None:
    """Each document the brief quotes, with its organisation (or what kind of UN
    document it is) and how many of its paragraphs the brief shows."""
    b = w.brief
    if not b.documents:
        return
    label = w._para(w.w("brief.documents", n=len(b.documents)), "Brief Label")
    label.paragraph_format.space_before = Pt(14)
    rows = []
    for d in b.documents:
        name = [Span(clean(d.title))]
        if d.symbol:
            name.append(Span(clean(f"\n{d.symbol}"), size_pt=8, colour=GREY_HEX))
        if d.organisation:
            org = [Span(clean(d.organisation))]
        else:
            kind = w.w(KIND_WORDS[d.kind]) if d.kind in KIND_WORDS else d.kind
            org = [Span(clean(kind), colour=GREY_HEX)]
        rows.append([name, org, [Span(str(b.paragraphs_in(d.id)))]])
    w._table(w._columns(DOCUMENT_COLUMNS), rows, centre={2})
