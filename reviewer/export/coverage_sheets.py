"""The coverage workbook's Summary, Matrix and Not addressed sheets."""

from __future__ import annotations

from typing import Any

from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from reviewer.export.coverage import (
    NO_THEME,
    NOBODY_COLUMNS,
    CoverageReport,
    by_theme_then_number,
    coverage_summary,
    document_labels,
    in_language,
    main_theme,
    nobody_table,
    one_line,
    position_word,
    states_text,
    theme_key,
    theme_label,
    themes_text,
)
from reviewer.export.coverage_xlsx_style import (
    BAND_FILL,
    BOLD,
    CENTRE,
    CONFIRMED_FILL,
    CONFIRMED_FONT,
    DOC_COLUMN_WIDTH,
    GREY_FONT,
    GROUP_BORDER,
    HEADER_ALIGN,
    HEADER_BORDER,
    HEADER_CHARS,
    HEADER_FILL,
    INDENT_TOP,
    PRINT_WIDTH_CHARS,
    ROTATED,
    SUBTITLE_FONT,
    SUGGESTED_FILL,
    SUGGESTED_FONT,
    TITLE_FONT,
    TOP,
    TOTAL_BORDER,
    WRAP_TOP,
    _Sheet,
    sheet_footer,
)
from reviewer.vocabulary import DocumentKind
from reviewer.words import Words


def summary_line(report: CoverageReport) -> str:
    """The coverage's summary line in the workbook's language (read once in English)."""
    if report.language == "en":
        return report.summary
    return coverage_summary(report.coverage, report.w)


def kind_word(kind: str, w: Words) -> str:
    """A document's kind in the language, in lower case as a cell of a list."""
    return w(f"kind.{kind}").lower() if kind in set(DocumentKind) else kind.replace("_", " ")


def theme_name(name: str, w: Words) -> str:
    """A theme's name as the registry gives it; "No theme" in the language."""
    return w("cov.no_theme") if name == NO_THEME[1] else name


# -- Summary ----------------------------------------------------------------------------
def _summary_sheet(wb: Workbook, report: CoverageReport) -> None:
    cov = report.coverage
    w = report.w
    sh = _Sheet(
        wb,
        w("xlsx.sheet.summary"),
        (60, 17, 17, 17, 14, 40),
        landscape=False,
        rtl=w.rtl,
        footer=sheet_footer(w),
    )
    title = w("xlsx.title", label=report.label, review=report.review)
    sh.append([sh.cell(title, font=TITLE_FONT)], 22)
    sh.append([sh.cell(summary_line(report), font=BOLD)])
    symbols = sorted({r.symbol for r in cov.recommendations})
    scope = w(
        "xlsx.scope",
        previous=report.responds_to or w("xlsx.the_previous_review"),
        symbols=w("brief.in_brackets", text=", ".join(symbols)) if symbols else "",
        review=report.review,
    )
    sh.append([sh.cell(scope, font=GREY_FONT)])
    sh.append([sh.cell(w("xlsx.addressed_means"), font=GREY_FONT)])
    when = f"{w.date(report.created)} {report.created:%H:%M}"
    exported = w("xlsx.exported", when=when, author=report.author, workspace=report.workspace)
    sh.append([sh.cell(exported, font=GREY_FONT)])
    sh.append([])

    sh.append([sh.cell(w("xlsx.documents"), font=SUBTITLE_FONT)])
    sh.header(
        [
            w(k)
            for k in (
                "col.document",
                "xlsx.col.addressed",
                "xlsx.col.suggested_only",
                "col.paragraphs",
                "xlsx.col.kind",
                "col.organisation",
            )
        ],
        numbers=(1, 2, 3),
    )
    for d in cov.documents:
        confirmed = len(cov.cited_by(d.id))
        suggested = sum(
            1
            for r in cov.recommendations
            if cov.cell(r.id, d.id).suggested and not cov.cell(r.id, d.id).confirmed
        )
        sh.append(
            [
                sh.cell(d.title, align=WRAP_TOP),
                sh.cell(confirmed, align=TOP),
                sh.cell(suggested, align=TOP),
                sh.cell(d.paragraphs, align=TOP),
                sh.cell(kind_word(d.kind, w), align=INDENT_TOP),
                sh.cell(d.organisation or "", align=WRAP_TOP),
            ],
            sh.height([(d.title, 0), (d.organisation, 5)]),
        )
    if not cov.documents:
        sh.append([sh.cell(w("xlsx.no_documents"), font=GREY_FONT)])

    def tallies(title: str, first: str, rows: list[tuple[str, int, int]]) -> None:
        sh.append([])
        sh.append([sh.cell(title, font=SUBTITLE_FONT)])
        head = (first, w("xlsx.col.recommendations"), w("xlsx.col.addressed"), w("xlsx.col.share"))
        sh.header(head, numbers=(1, 2, 3))
        for name, n, addressed in rows:
            share = addressed / n if n else 0
            sh.append([name, n, addressed, sh.cell(share, fmt="0%")])

    tallies(
        w("xlsx.by_position"),
        w("col.position"),
        [(position_word(t.key, w), t.recommendations, t.addressed) for t in cov.by_position()],
    )
    themes = sorted(cov.by_theme(), key=lambda t: theme_key(t.key, t.name))
    tallies(
        w("xlsx.by_theme"),
        w("xlsx.col.theme"),
        [
            (
                theme_label(t.key if t.key != t.name else "", theme_name(t.name, w)),
                t.recommendations,
                t.addressed,
            )
            for t in themes
        ],
    )
    tallies(
        w("xlsx.by_state"),
        w("xlsx.col.state"),
        [(t.name, t.recommendations, t.addressed) for t in cov.by_state()],
    )
    sh.finish()


# -- Matrix -----------------------------------------------------------------------------
def _matrix_sheet(wb: Workbook, report: CoverageReport) -> None:
    cov = report.coverage
    w = report.w
    docs = cov.documents
    names = document_labels(docs)
    # The text comes after the matrix: a long text would spill over its empty cells.
    lead = ((w("xlsx.col.theme"), 28), (w("col.number"), 9))
    tail = tuple(
        (w(key), width)
        for key, width in (
            ("xlsx.col.documents", 10),
            ("col.paragraphs", 10),
            ("xlsx.col.suggested", 10),
            ("col.recommendation", 60),
            ("col.states", 24),
            ("col.position", 11),
            ("col.themes", 40),
        )
    )
    widths = [w for _, w in lead] + [DOC_COLUMN_WIDTH] * len(docs) + [w for _, w in tail]
    header_row = 4  # below the title, the summary and the legend
    first_doc = len(lead) + 1
    sh = _Sheet(
        wb,
        w("xlsx.sheet.matrix"),
        widths,
        freeze=f"{get_column_letter(first_doc)}{header_row + 1}",
        fit_width=sum(widths) <= PRINT_WIDTH_CHARS,
        rtl=report.w.rtl,
        footer=sheet_footer(report.w),
    )
    ncols = len(widths)
    title = w("xlsx.title", label=report.label, review=report.review)
    sh.append([sh.cell(title, font=TITLE_FONT)], 22)
    sh.append([sh.cell(summary_line(report), font=BOLD)])
    sh.append([sh.cell(w("xlsx.legend"), font=GREY_FONT)])
    names = {
        i: n if len(n) <= HEADER_CHARS else n[: HEADER_CHARS - 1] + "…" for i, n in names.items()
    }
    longest = max((len(n) for n in names.values()), default=10)
    height = min(200.0, max(60.0, 5.6 * -(-longest // 2) + 14))  # two rotated lines
    head = [
        sh.cell(n, font=BOLD, fill=HEADER_FILL, align=HEADER_ALIGN, border=HEADER_BORDER)
        for n, _ in lead
    ]
    head += [
        sh.cell(names[d.id], font=BOLD, fill=HEADER_FILL, align=ROTATED, border=HEADER_BORDER)
        for d in docs
    ]
    head += [
        sh.cell(n, font=BOLD, fill=HEADER_FILL, align=HEADER_ALIGN, border=HEADER_BORDER)
        for n, _ in tail
    ]
    assert sh.append(head, height) == header_row

    previous = None
    band = False
    for r in by_theme_then_number(cov.recommendations):
        theme = main_theme(r)
        new_group = theme != previous
        if new_group:
            band = not band
            previous = theme
        fill = BAND_FILL if band else None
        border = GROUP_BORDER if new_group else None
        row: list[Any] = [
            sh.cell(
                theme_label(theme[0], theme_name(theme[1], w)),
                font=BOLD if new_group else None,
                fill=fill,
                border=border,
            ),
            sh.cell(r.number, fill=fill, border=border),
        ]
        documents = confirmed = suggested = 0
        for d in docs:
            c = cov.cell(r.id, d.id)
            confirmed += c.confirmed
            suggested += c.suggested
            if c.confirmed:
                documents += 1
                value: Any = c.confirmed if not c.suggested else f"{c.confirmed} ({c.suggested})"
                row.append(
                    sh.cell(
                        value, font=CONFIRMED_FONT, fill=CONFIRMED_FILL, align=CENTRE, border=border
                    )
                )
            elif c.suggested:
                row.append(
                    sh.cell(
                        f"({c.suggested})",
                        font=SUGGESTED_FONT,
                        fill=SUGGESTED_FILL,
                        align=CENTRE,
                        border=border,
                    )
                )
            else:
                row.append(sh.cell(None, fill=fill, border=border))
        row += [
            sh.cell(documents or None, font=BOLD, fill=fill, align=CENTRE, border=border),
            sh.cell(confirmed or None, fill=fill, align=CENTRE, border=border),
            sh.cell(suggested or None, fill=fill, align=CENTRE, border=border),
            sh.cell(one_line(in_language(r, w.lang)), fill=fill, border=border),
            sh.cell(states_text(r), fill=fill, border=border),
            sh.cell(position_word(r.position, w), fill=fill, border=border),
            sh.cell(themes_text(r), fill=fill, border=border),
        ]
        sh.append(row)
    last = sh.rows
    sh.ws.auto_filter.ref = f"A{header_row}:{get_column_letter(ncols)}{max(last, header_row)}"

    # Column totals, below the filtered range.
    sh.append([])
    per_doc = [
        (
            sum(1 for r in cov.recommendations if cov.cell(r.id, d.id).confirmed),
            sum(cov.cell(r.id, d.id).confirmed for r in cov.recommendations),
            sum(cov.cell(r.id, d.id).suggested for r in cov.recommendations),
        )
        for d in docs
    ]
    totals = (
        (w("xlsx.total.addressed"), 0, report.addressed, None, None),
        (w("xlsx.total.confirmed"), 1, None, sum(p[1] for p in per_doc), None),
        (w("xlsx.total.suggested"), 2, None, None, sum(p[2] for p in per_doc)),
    )
    for i, (label, k, *sums) in enumerate(totals):
        border = TOTAL_BORDER if i == 0 else None
        sh.append(
            [sh.cell(label, font=BOLD, border=border)]
            + [sh.cell(None, border=border) for _ in range(len(lead) - 1)]
            + [sh.cell(p[k], font=BOLD, align=CENTRE, border=border) for p in per_doc]
            + [sh.cell(v, font=BOLD, align=CENTRE, border=border) for v in sums]
            + [sh.cell(None, border=border) for _ in range(len(tail) - 3)]
        )
    sh.finish(f"{header_row}:{header_row}")
    sh.ws.print_title_cols = "A:B"


# -- Not addressed ----------------------------------------------------------------------
def _nobody_sheet(wb: Workbook, report: CoverageReport) -> None:
    w = report.w
    widths = [width for _, width in NOBODY_COLUMNS]
    sh = _Sheet(wb, w("xlsx.sheet.nobody"), widths, freeze="C2", rtl=w.rtl, footer=sheet_footer(w))
    sh.header([w(key) for key, _ in NOBODY_COLUMNS], 20)
    rows = nobody_table(report.coverage, theme_sep="\n", w=w)  # a theme a line
    for row in rows:
        sh.append(
            [sh.cell(v, align=WRAP_TOP) for v in row], sh.height((v, i) for i, v in enumerate(row))
        )
    sh.ws.auto_filter.ref = f"A1:{get_column_letter(len(NOBODY_COLUMNS))}{max(len(rows) + 1, 2)}"
    sh.finish("1:1")
