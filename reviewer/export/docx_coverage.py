"""The brief's coverage section: who addressed which recommendation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from reviewer.export import docx_columns as columns
from reviewer.export.brief_names import document_name
from reviewer.export.coverage import coverage_summary
from reviewer.export.docx_cells import GREY_HEX, TABLE_TEXT_STYLE_ID
from reviewer.export.docx_columns import column_minimums
from reviewer.export.docx_fields import add_text, clean
from reviewer.export.docx_style import RECOMMENDATION_TABLE_STYLE
from reviewer.export.docx_tables import Span, table_xml

if TYPE_CHECKING:
    from reviewer.export.docx_writer import BriefWriter

MARK_CONFIRMED, MARK_SUGGESTED = "●", "○"
COVERAGE_NAMED_COLUMNS = 5  # more documents than this are numbered, with a key
COVERAGE_NUMBERED_COLUMNS = 16  # documents per coverage table when numbered
COVERAGE_FIRST_COLUMN_CM = 4.6
MARK_COLUMN_CM = 3.2  # the widest a document's column of marks is drawn


def coverage_section(w: BriefWriter) -> None:
    """Who addressed what: the review's summary line, then a mark per document for
    each recommendation some document links to (● confirmed, ○ suggested)."""
    cov = w.brief.coverage
    assert cov is not None
    words = w.w
    w._heading(words("cov.heading", review=cov.review), 1, new_page=True)
    p = w._para("", "Brief Meta")
    add_text(p, coverage_summary(cov, words)).bold = True
    cited = [
        r
        for r in cov.recommendations
        if any(cov.cell(r.id, d.id).paragraphs for d in cov.documents)
    ]
    docs = [d for d in cov.documents if any(cov.cell(r.id, d.id).paragraphs for r in cited)]
    silent = [d for d in cov.documents if d not in docs]
    if not cited:
        none = "cov.none.filtered" if w.brief.options.filtered else "cov.none"
        w._para(words(none, review=cov.review), "Brief Hint")
    else:
        # documents named over their columns while few, and while every word of their
        # names fits a column; else numbered, with a key
        numbered = len(docs) > COVERAGE_NAMED_COLUMNS or not _names_fit(w, docs)
        legend = w._para("", "Brief Hint")
        add_text(
            legend,
            words(
                "cov.legend",
                confirmed=MARK_CONFIRMED,
                suggested=MARK_SUGGESTED,
                cited=len(cited),
                total=len(cov.recommendations),
            ),
        )
        if numbered:  # the key, as one flowing paragraph
            names = w._para("", "Brief Meta")
            for i, d in enumerate(docs, start=1):
                add_text(names, f"{'   ' if i > 1 else ''}{i}\u00a0").bold = True  # together
                add_text(names, clean(document_name(d)).replace(" ", "\u00a0", 1))
        per_table = COVERAGE_NUMBERED_COLUMNS if numbered else COVERAGE_NAMED_COLUMNS
        for start in range(0, len(docs), per_table):
            chunk = docs[start : start + per_table]
            w._coverage_table(cov, cited, chunk, start + 1 if numbered else None)
    if silent:
        p = w._para("", "Brief Hint")
        add_text(p, words("label", label=words("cov.silent"))).bold = True
        add_text(p, clean("; ".join(document_name(d) for d in silent)))


def _names_fit(w: BriefWriter, docs) -> bool:
    width = (w.width_cm - COVERAGE_FIRST_COLUMN_CM) / max(len(docs), 1)
    return all(
        columns.minimum_cm([(clean(document_name(d)), columns.TABLE_TEXT_PT, True)]) <= width
        for d in docs
    )


def coverage_table(w: BriefWriter, cov, recs, docs, first_number: int | None) -> None:
    first = COVERAGE_FIRST_COLUMN_CM
    width = min(MARK_COLUMN_CM, (w.width_cm - first) / len(docs))
    first_header = w.w("col.recommendation")
    if first_number is None:
        header = [first_header] + [document_name(d) for d in docs]
    else:
        header = [first_header] + [str(first_number + i) for i in range(len(docs))]
    rows = []
    for r in recs:
        states = "; ".join(r.states[:3]) + (f" +{len(r.states) - 3}" if len(r.states) > 3 else "")
        head = [Span(clean(r.number), bold=True)]
        if states:
            head.append(Span(clean(f"  {states}"), size_pt=8, colour=GREY_HEX))
        marks = []
        for d in docs:
            c = cov.cell(r.id, d.id)
            mark = MARK_CONFIRMED if c.confirmed else MARK_SUGGESTED if c.suggested else ""
            marks.append([Span(mark)])
        rows.append([head, *marks])
    header = [clean(h) for h in header]
    preferred = [first] + [width] * len(docs)
    total = sum(preferred)  # a few documents: narrower than the page, as wide as it needs
    minimum = column_minimums(header, rows)
    widths = columns.fit(preferred, minimum, max(total, min(sum(minimum), w.width_cm)))
    xml = table_xml(
        header,
        rows,
        widths,
        w._style_id(RECOMMENDATION_TABLE_STYLE),
        TABLE_TEXT_STYLE_ID,
        centre=set(range(1, len(docs) + 1)),
    )
    w._emit(xml)
    w._spacer()
