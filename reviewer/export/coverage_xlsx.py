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
from typing import BinaryIO

from openpyxl import Workbook

from reviewer.export.coverage import CoverageReport
from reviewer.export.coverage_long_table import _ILLEGAL as _ILLEGAL
from reviewer.export.coverage_long_table import Progress as Progress
from reviewer.export.coverage_long_table import _cell_xml as _cell_xml
from reviewer.export.coverage_long_table import _long_rows as _long_rows
from reviewer.export.coverage_long_table import _long_sheet as _long_sheet
from reviewer.export.coverage_long_table import _splice as _splice
from reviewer.export.coverage_sheets import _matrix_sheet as _matrix_sheet
from reviewer.export.coverage_sheets import _nobody_sheet as _nobody_sheet
from reviewer.export.coverage_sheets import _summary_sheet as _summary_sheet
from reviewer.export.coverage_xlsx_style import BAND_FILL as BAND_FILL
from reviewer.export.coverage_xlsx_style import BOLD as BOLD
from reviewer.export.coverage_xlsx_style import CENTRE as CENTRE
from reviewer.export.coverage_xlsx_style import CONFIRMED_FILL as CONFIRMED_FILL
from reviewer.export.coverage_xlsx_style import CONFIRMED_FONT as CONFIRMED_FONT
from reviewer.export.coverage_xlsx_style import DARK as DARK
from reviewer.export.coverage_xlsx_style import DOC_COLUMN_WIDTH as DOC_COLUMN_WIDTH
from reviewer.export.coverage_xlsx_style import FONT as FONT
from reviewer.export.coverage_xlsx_style import GREY_FONT as GREY_FONT
from reviewer.export.coverage_xlsx_style import GROUP_BORDER as GROUP_BORDER
from reviewer.export.coverage_xlsx_style import HEADER_ALIGN as HEADER_ALIGN
from reviewer.export.coverage_xlsx_style import HEADER_BORDER as HEADER_BORDER
from reviewer.export.coverage_xlsx_style import HEADER_CHARS as HEADER_CHARS
from reviewer.export.coverage_xlsx_style import HEADER_FILL as HEADER_FILL
from reviewer.export.coverage_xlsx_style import HEADER_RIGHT as HEADER_RIGHT
from reviewer.export.coverage_xlsx_style import INDENT_TOP as INDENT_TOP
from reviewer.export.coverage_xlsx_style import LEGEND as LEGEND
from reviewer.export.coverage_xlsx_style import PRINT_WIDTH_CHARS as PRINT_WIDTH_CHARS
from reviewer.export.coverage_xlsx_style import ROTATED as ROTATED
from reviewer.export.coverage_xlsx_style import SUBTITLE_FONT as SUBTITLE_FONT
from reviewer.export.coverage_xlsx_style import SUGGESTED_FILL as SUGGESTED_FILL
from reviewer.export.coverage_xlsx_style import SUGGESTED_FONT as SUGGESTED_FONT
from reviewer.export.coverage_xlsx_style import THIN as THIN
from reviewer.export.coverage_xlsx_style import TITLE_FONT as TITLE_FONT
from reviewer.export.coverage_xlsx_style import TOP as TOP
from reviewer.export.coverage_xlsx_style import TOTAL_BORDER as TOTAL_BORDER
from reviewer.export.coverage_xlsx_style import WRAP_TOP as WRAP_TOP
from reviewer.export.coverage_xlsx_style import _Sheet as _Sheet
from reviewer.words import LOCALES


def write_workbook(report: CoverageReport, fh: BinaryIO, progress: Progress | None = None) -> None:
    total, long_xml = _long_rows(report, progress)  # first: a cancel leaves nothing begun
    wb = Workbook(write_only=True)
    wb.properties.title = report.w("cov.heading", review=report.review)
    wb.properties.language = LOCALES[report.language]
    wb.properties.creator = report.author
    try:
        _summary_sheet(wb, report)
        _matrix_sheet(wb, report)
        long_ws = _long_sheet(wb, total, report.w)
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
