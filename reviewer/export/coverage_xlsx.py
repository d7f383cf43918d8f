"""The coverage workbook: Summary, Matrix, Paragraphs and Not addressed sheets.

Written with openpyxl's write-only (streaming) workbook, styles registered once per
combination; the long table's rows (tens of thousands for a review of 60
submissions, plain values) are written as sheet XML directly and spliced into the
saved file, several times faster than a cell object per value.  Each sheet is usable as it
opens: header rows frozen, an auto-filter over the table, columns wide enough to
read, and a print setup (landscape, one page wide, header repeated).

Values go in as they are (numbers as numbers, recommendation numbers such as
"28.10" as text); a text beginning with "=" is stored as text, never a formula.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable, Iterable
from copy import copy
from typing import Any, BinaryIO
from xml.sax.saxutils import escape

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from reviewer.export.brief import ExportCancelled
from reviewer.export.coverage import (
    LONG_COLUMNS,
    NOBODY_COLUMNS,
    CoverageReport,
    by_theme_then_number,
    document_labels,
    long_table,
    main_theme,
    nobody_table,
    one_line,
    position_word,
    states_text,
    theme_key,
    theme_label,
    themes_text,
)

Progress = Callable[[int, int], bool | None]

DARK = "1F3864"
HEADER_FILL = PatternFill("solid", fgColor="DCE6F1")
BAND_FILL = PatternFill("solid", fgColor="F2F2F2")
CONFIRMED_FILL = PatternFill("solid", fgColor="C6EFCE")  # Excel's "Good"
FONT = "Calibri"
CONFIRMED_FONT = Font(name=FONT, color="006100", bold=True)
SUGGESTED_FILL = PatternFill("solid", fgColor="FFEB9C")  # Excel's "Neutral"
SUGGESTED_FONT = Font(name=FONT, color="9C5700")
TITLE_FONT = Font(name=FONT, size=14, bold=True, color=DARK)
SUBTITLE_FONT = Font(name=FONT, size=11, bold=True, color=DARK)
BOLD = Font(name=FONT, bold=True)
GREY_FONT = Font(name=FONT, color="595959", italic=True)
THIN = Side(style="thin", color="A6A6A6")
HEADER_BORDER = Border(bottom=Side(style="medium", color="1F3864"))
GROUP_BORDER = Border(top=THIN)
TOTAL_BORDER = Border(top=Side(style="medium", color="1F3864"))
WRAP_TOP = Alignment(wrap_text=True, vertical="top")
TOP = Alignment(vertical="top")
INDENT_TOP = Alignment(vertical="top", indent=1)
CENTRE = Alignment(horizontal="center", vertical="center")
HEADER_ALIGN = Alignment(wrap_text=True, vertical="bottom")
HEADER_RIGHT = Alignment(wrap_text=True, vertical="bottom", horizontal="right")
ROTATED = Alignment(text_rotation=90, wrap_text=True, horizontal="center", vertical="bottom")

DOC_COLUMN_WIDTH = 6.5  # two lines of a rotated name
PRINT_WIDTH_CHARS = 260  # a wider matrix prints on pages side by side (A:B repeated)
HEADER_CHARS = 64  # a longer document name is cut in the matrix header (whole in Summary)
LEGEND = (
    "A cell counts a document's paragraphs with a confirmed link to the recommendation; "
    "in brackets, paragraphs with a suggested link not yet confirmed. Rows by theme (a "
    "recommendation under the first of its themes; all of them in the Themes column), "
    "then by number."
)


def write_workbook(report: CoverageReport, fh: BinaryIO, progress: Progress | None = None) -> None:
    total, long_xml = _long_rows(report, progress)  # first: a cancel leaves nothing begun
    wb = Workbook(write_only=True)
    wb.properties.title = f"Coverage of {report.review}"
    wb.properties.creator = report.author
    try:
        _summary_sheet(wb, report)
        _matrix_sheet(wb, report)
        long_ws = _long_sheet(wb, total)
        _nobody_sheet(wb, report)
    except BaseException:
        _discard(wb)
        raise
    saved = io.BytesIO()
    wb.save(saved)
    fh.write(_splice(saved.getvalue(), long_ws.path.lstrip("/"), long_xml))


def _discard(wb: Workbook) -> None:
    """Finish and remove the sheets streamed so far (each is a temporary file), so a
    cancelled export leaves nothing behind, nor a half-written stream to complain."""
    for ws in wb.worksheets:
        writer = getattr(ws, "_writer", None)
        try:
            if not ws.closed:
                ws.close()
        except Exception:  # noqa: BLE001 - the export failed already; tidy what we can
            pass
        if writer is not None:
            try:
                writer.cleanup()
            except (OSError, KeyError, ValueError):
                pass


# -- helpers ----------------------------------------------------------------------------
class _Sheet:
    """A write-only sheet with the cell styling this workbook uses."""

    def __init__(
        self,
        wb: Workbook,
        title: str,
        widths: Iterable[float],
        freeze: str | None = None,
        landscape: bool = True,
        fit_width: bool = True,
    ):
        # A streamed sheet writes its head (views, columns, fit to page) before the
        # first row: everything of it is set here.
        self.ws = wb.create_sheet(title)
        self.rows = 0
        self._styles: dict[tuple, Any] = {}
        self.widths = list(widths)
        for i, w in enumerate(self.widths, start=1):
            self.ws.column_dimensions[get_column_letter(i)].width = w
        if freeze:
            self.ws.freeze_panes = freeze
        ps = self.ws.page_setup
        ps.orientation = "landscape" if landscape else "portrait"
        ps.paperSize = 9  # A4
        if fit_width:  # one page wide
            self.ws.sheet_properties.pageSetUpPr.fitToPage = True
            ps.fitToWidth, ps.fitToHeight = 1, 0
        else:  # too wide to shrink onto one page: pages side by side, at a readable size
            ps.scale = 75
        m = self.ws.page_margins
        m.left = m.right = 0.4
        m.top = m.bottom = 0.6
        m.header = m.footer = 0.3
        self.ws.oddFooter.center.text = "&A — page &P of &N"

    def cell(self, value: Any, font=None, fill=None, align=None, border=None, fmt=None):
        c = WriteOnlyCell(self.ws, value=value)
        if isinstance(value, str) and value.startswith("="):
            c.data_type = "s"  # a text, never a formula
        if font or fill or align or border or fmt:
            c._style = copy(self._style(font, fill, align, border, fmt))
        return c

    def _style(self, font, fill, align, border, fmt) -> Any:
        """A combination of styles registered once: openpyxl hashes every style
        object on each assignment, which made styling most of a matrix's cost.
        (The styles are this module's constants, so their ids name them.)"""
        key = (id(font), id(fill), id(align), id(border), fmt)
        style = self._styles.get(key)
        if style is None:
            probe = WriteOnlyCell(self.ws)
            if font is not None:
                probe.font = font
            if fill is not None:
                probe.fill = fill
            if align is not None:
                probe.alignment = align
            if border is not None:
                probe.border = border
            if fmt is not None:
                probe.number_format = fmt
            style = self._styles[key] = probe._style
        return style

    def append(self, values: Iterable[Any], height: float | None = None) -> int:
        self.rows += 1
        if height is not None:
            self.ws.row_dimensions[self.rows].height = height
        self.ws.append(list(values))
        return self.rows

    def header(
        self, names: Iterable[str], height: float | None = None, numbers: Iterable[int] = ()
    ) -> int:
        """A header row; the columns ``numbers`` (0-based) hold numbers, aligned right."""
        right = set(numbers)
        return self.append(
            [
                self.cell(
                    n,
                    font=BOLD,
                    fill=HEADER_FILL,
                    align=HEADER_RIGHT if i in right else HEADER_ALIGN,
                    border=HEADER_BORDER,
                )
                for i, n in enumerate(names)
            ],
            height,
        )

    def finish(self, title_rows: str | None = None) -> None:
        """Print only the table (a long text in the last column must not widen the
        page), with its header rows on every page."""
        if self.rows:
            self.ws.print_area = f"A1:{get_column_letter(len(self.widths))}{self.rows}"
        if title_rows:
            self.ws.print_title_rows = title_rows

    def height(self, texts: Iterable[tuple[Any, int]], minimum: float = 15.0) -> float | None:
        """A row height that shows wrapped texts whole: (text, column) pairs.

        Set explicitly, as a spreadsheet does not always fit rows to wrapped text
        when it opens a file (LibreOffice does not)."""
        lines = 1
        for text, col in texts:
            if not isinstance(text, str) or not text:
                continue
            per_line = max(1, int(self.widths[col] * 1.3))
            n = sum(max(1, -(-len(part) // per_line)) for part in text.split("\n"))
            lines = max(lines, n)
        return None if lines == 1 and minimum <= 15 else max(minimum, 14.5 * lines + 1)


# -- Summary ----------------------------------------------------------------------------
def _summary_sheet(wb: Workbook, report: CoverageReport) -> None:
    cov = report.coverage
    sh = _Sheet(wb, "Summary", (60, 17, 17, 17, 14, 40), landscape=False)
    sh.append([sh.cell(f"Coverage of {report.label} ({report.review})", font=TITLE_FONT)], 22)
    sh.append([sh.cell(report.summary, font=BOLD)])
    symbols = sorted({r.symbol for r in cov.recommendations})
    scope = (
        f"The recommendations of {report.responds_to or 'the previous review'}"
        + (f" ({', '.join(symbols)})" if symbols else "")
        + f" that {report.review}'s documents respond to."
    )
    sh.append([sh.cell(scope, font=GREY_FONT)])
    sh.append(
        [
            sh.cell(
                "A recommendation is addressed when a document has a confirmed link to it; "
                "a suggested link does not count.",
                font=GREY_FONT,
            )
        ]
    )
    sh.append(
        [
            sh.cell(
                f"Exported {report.created.day} {report.created:%B %Y %H:%M} by "
                f"{report.author} from {report.workspace}",
                font=GREY_FONT,
            )
        ]
    )
    sh.append([])

    sh.append([sh.cell("Documents", font=SUBTITLE_FONT)])
    sh.header(
        ("Document", "Addressed", "Suggested only", "Paragraphs", "Kind", "Organisation"),
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
                sh.cell(d.kind.replace("_", " "), align=INDENT_TOP),
                sh.cell(d.organisation or "", align=WRAP_TOP),
            ],
            sh.height([(d.title, 0), (d.organisation, 5)]),
        )
    if not cov.documents:
        sh.append([sh.cell("No document of this review has paragraphs yet.", font=GREY_FONT)])

    def tallies(title: str, first: str, rows: list[tuple[str, int, int]]) -> None:
        sh.append([])
        sh.append([sh.cell(title, font=SUBTITLE_FONT)])
        sh.header((first, "Recommendations", "Addressed", "Share"), numbers=(1, 2, 3))
        for name, n, addressed in rows:
            share = addressed / n if n else 0
            sh.append([name, n, addressed, sh.cell(share, fmt="0%")])

    tallies(
        "By position",
        "Position",
        [(position_word(t.key), t.recommendations, t.addressed) for t in cov.by_position()],
    )
    themes = sorted(cov.by_theme(), key=lambda t: theme_key(t.key, t.name))
    tallies(
        "By theme (a recommendation counts under each of its themes)",
        "Theme",
        [
            (theme_label(t.key if t.key != t.name else "", t.name), t.recommendations, t.addressed)
            for t in themes
        ],
    )
    tallies(
        "By recommending State",
        "State",
        [(t.name, t.recommendations, t.addressed) for t in cov.by_state()],
    )
    sh.finish()


# -- Matrix -----------------------------------------------------------------------------
def _matrix_sheet(wb: Workbook, report: CoverageReport) -> None:
    cov = report.coverage
    docs = cov.documents
    names = document_labels(docs)
    # The text comes after the matrix: a long text would spill over its empty cells.
    lead = (("Theme", 28), ("Number", 9))
    tail = (
        ("Documents", 10),
        ("Paragraphs", 10),
        ("Suggested", 10),
        ("Recommendation", 60),
        ("Recommending States", 24),
        ("Position", 11),
        ("Themes", 40),
    )
    widths = [w for _, w in lead] + [DOC_COLUMN_WIDTH] * len(docs) + [w for _, w in tail]
    header_row = 4  # below the title, the summary and the legend
    first_doc = len(lead) + 1
    sh = _Sheet(
        wb,
        "Matrix",
        widths,
        freeze=f"{get_column_letter(first_doc)}{header_row + 1}",
        fit_width=sum(widths) <= PRINT_WIDTH_CHARS,
    )
    ncols = len(widths)
    sh.append([sh.cell(f"Coverage of {report.label} ({report.review})", font=TITLE_FONT)], 22)
    sh.append([sh.cell(report.summary, font=BOLD)])
    sh.append([sh.cell(LEGEND, font=GREY_FONT)])
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
                theme_label(*theme), font=BOLD if new_group else None, fill=fill, border=border
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
            sh.cell(one_line(r.text or ""), fill=fill, border=border),
            sh.cell(states_text(r), fill=fill, border=border),
            sh.cell(position_word(r.position), fill=fill, border=border),
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
        ("Recommendations addressed", 0, report.addressed, None, None),
        ("Paragraphs (confirmed links)", 1, None, sum(p[1] for p in per_doc), None),
        ("Paragraphs (suggested links)", 2, None, None, sum(p[2] for p in per_doc)),
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


# -- Paragraphs (the long table) --------------------------------------------------------
def _long_rows(report: CoverageReport, progress: Progress | None) -> tuple[int, str]:
    """The long table's rows as sheet XML, from row 2 on: (how many, the XML).

    Tens of thousands of rows of plain values: written as text directly, which is
    several times faster than openpyxl making and serialising a cell object for
    each value.  Texts are inline strings, so none can become a formula."""
    rows = long_table(report.coverage, report.links)
    total = len(rows)
    refs = [get_column_letter(i) for i in range(1, len(LONG_COLUMNS) + 1)]
    text, para = 3, len(LONG_COLUMNS) - 1  # one line each: the cells do not wrap
    out = []
    for i, row in enumerate(rows, start=1):
        n = i + 1
        values = list(row)
        values[text] = one_line(values[text])
        values[para] = one_line(values[para], " ")
        cells = "".join(_cell_xml(f"{ref}{n}", v) for ref, v in zip(refs, values, strict=True))
        out.append(f'<row r="{n}">{cells}</row>')
        if progress is not None and (i % 500 == 0 or i == total) and progress(i, total) is False:
            raise ExportCancelled()
    return total, "".join(out)


_ILLEGAL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")  # not allowed in XML 1.0


def _cell_xml(ref: str, value: Any) -> str:
    if value is None or value == "":
        return ""
    if isinstance(value, int | float) and not isinstance(value, bool):
        return f'<c r="{ref}" t="n"><v>{value}</v></c>'
    text = escape(_ILLEGAL.sub("", str(value)))
    space = ' xml:space="preserve"' if text[:1].isspace() or text[-1:].isspace() else ""
    return f'<c r="{ref}" t="inlineStr"><is><t{space}>{text}</t></is></c>'


def _long_sheet(wb: Workbook, total: int) -> Any:
    """The Paragraphs sheet with its header only; the rows are spliced in later."""
    sh = _Sheet(wb, "Paragraphs", [w for _, w in LONG_COLUMNS], freeze="D2")
    sh.header([n for n, _ in LONG_COLUMNS], 20)
    last = get_column_letter(len(LONG_COLUMNS))
    sh.ws.auto_filter.ref = f"A1:{last}{max(total + 1, 2)}"
    sh.ws.print_area = f"A1:{last}{total + 1}"
    sh.ws.print_title_rows = "1:1"
    return sh.ws


def _splice(data: bytes, part: str, rows_xml: str) -> bytes:
    """The saved workbook with ``rows_xml`` added to the end of sheet ``part``'s data."""
    out = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(data)) as zin,
        zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as zout,
    ):
        for info in zin.infolist():
            content = zin.read(info)
            if info.filename == part:
                head, end, tail = content.partition(b"</sheetData>")
                if not end:
                    raise ValueError(f"{part}: no sheet data to add the rows to")
                content = head + rows_xml.encode("utf-8") + end + tail
            zout.writestr(info, content, compress_type=zipfile.ZIP_DEFLATED)
    return out.getvalue()


# -- Not addressed ----------------------------------------------------------------------
def _nobody_sheet(wb: Workbook, report: CoverageReport) -> None:
    sh = _Sheet(wb, "Not addressed", [w for _, w in NOBODY_COLUMNS], freeze="C2")
    sh.header([n for n, _ in NOBODY_COLUMNS], 20)
    rows = nobody_table(report.coverage, theme_sep="\n")  # a theme a line
    for row in rows:
        sh.append(
            [sh.cell(v, align=WRAP_TOP) for v in row], sh.height((v, i) for i, v in enumerate(row))
        )
    sh.ws.auto_filter.ref = f"A1:{get_column_letter(len(NOBODY_COLUMNS))}{max(len(rows) + 1, 2)}"
    sh.finish("1:1")
