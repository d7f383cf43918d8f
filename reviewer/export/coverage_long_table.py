"""The coverage workbook's long table, streamed as sheet XML and spliced in."""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from typing import Any
from xml.sax.saxutils import escape

from openpyxl import Workbook
from openpyxl.utils import get_column_letter

from reviewer.export.brief import ExportCancelled
from reviewer.export.coverage import (
    LONG_COLUMNS,
    CoverageReport,
    long_table,
    one_line,
)
from reviewer.export.coverage_xlsx_style import _Sheet, sheet_footer
from reviewer.words import Words

Progress = Callable[[int, int], bool | None]


# -- Paragraphs (the long table) --------------------------------------------------------
def _long_rows(report: CoverageReport, progress: Progress | None) -> tuple[int, str]:
    """The long table's rows as sheet XML, from row 2 on: (how many, the XML).

    Tens of thousands of rows of plain values: written as text directly, which is
    several times faster than openpyxl making and serialising a cell object for
    each value.  Texts are inline strings, so none can become a formula."""
    rows = long_table(report.coverage, report.links, report.w)
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


def _long_sheet(wb: Workbook, total: int, w: Words | None = None) -> Any:
    """The Paragraphs sheet with its header only; the rows are spliced in later."""
    w = w or Words()
    widths = [width for _, width in LONG_COLUMNS]
    sh = _Sheet(
        wb, w("xlsx.sheet.paragraphs"), widths, freeze="D2", rtl=w.rtl, footer=sheet_footer(w)
    )
    sh.header([w(key) for key, _ in LONG_COLUMNS], 20)
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
