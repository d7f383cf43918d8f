"""Cell styles of the coverage workbook, and the write-only sheet that applies them."""

from __future__ import annotations

from collections.abc import Iterable
from copy import copy
from typing import Any

from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

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


# -- helpers ----------------------------------------------------------------------------
def sheet_footer(w) -> str:
    """The printed footer "Summary — Page 2 of 5" in the language of ``w`` (the brief's
    footer words; ``&`` doubled: Excel reads ``&A``, ``&P``, ``&N`` as codes)."""

    def said(key: str) -> str:
        return w(key).replace("&", "&&")

    return f"&A — {said('footer.page')}&P{said('footer.of')}&N{said('footer.end')}"


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
        rtl: bool = False,
        footer: str = "&A — page &P of &N",
    ):
        # A streamed sheet writes its head (views, columns, fit to page) before the
        # first row: everything of it is set here.
        self.ws = wb.create_sheet(title)
        self.ws.sheet_view.rightToLeft = rtl or None  # Arabic: column A on the right
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
        self.ws.oddFooter.center.text = footer  # sheet_footer(w): in the workbook's language

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
