"""Recommendations from a CSV or XLSX table (our own columns or a UHRI-style export).

Headers are matched case-insensitively, ignoring spaces, "_", "-", "." and
"(s)"; the header row may sit below a few title rows (the first 10 rows are
searched).  Recognised columns:

=================== ==========================================================
field               accepted headers
=================== ==========================================================
symbol              symbol, document symbol, report symbol, document, report,
                    UPR document symbol, source document
number              number, recommendation number, rec number, rec no, no,
                    paragraph, para, paragraph number, recommendation id
text                text, recommendation, recommendation text, full text,
                    annotation
states              states, state, recommending state(s), recommending
                    country, recommending countries, from, recommended by
position            position, response, state response, status, position
                    of the state under review, SuR response, support
position_source     source of position, position source
themes              themes, theme(s), human rights themes, thematic cluster,
                    full list of themes, issues
affected_persons    affected persons, persons affected, affected groups,
                    groups, concerned persons/groups
state_under_review  state under review, SuR, country, state/entity, entity,
                    country under review
cycle               cycle, UPR cycle, reporting cycle, review cycle
comment             comment(s), note(s), assessment/comments on level of
                    implementation, remarks
=================== ==========================================================

Lists inside a cell (States, themes, affected persons) are separated by ";" or a
line break; a theme may be "A12 Acceptance of international norms" (code and
name) or a bare name (code "").  A number may be "28.294" or the symbol cell
may carry both ("A/HRC/40/6, 28.294"), and without a number column the text cell
may start with it ("186.1. Ratify …").  Without a symbol column the symbol comes
from the file name (…A_HRC_40_6…), else from the State under review and the cycle
through ``report_for`` (the workspace's reviews); failing those, the import stops
and says what to add.  UHRI's exact export headers could
not be checked offline; the aliases above are the plausible ones.
"""

from __future__ import annotations

import csv
import io
import re
from collections import Counter
from collections.abc import Callable, Sequence

from reviewer.ingest.model import IngestError
from reviewer.ingest.safezip import SafeZip, damaged_reason
from reviewer.ingest.text_decode import decode_text
from reviewer.vocabulary import RegistryKind

from .model import RecommendationRecord, RegistryImport
from .normalise import (
    SYMBOL_RE,
    clean_symbol,
    cycle_from_symbol,
    cycle_from_text,
    parse_position,
    parse_recommendation_text,
    split_list,
    split_states,
    state_key,
    symbol_from_file_name,
)
from .thematic_list import parse_theme

_ALIASES = {
    "symbol": "symbol documentsymbol reportsymbol document report uprdocumentsymbol sourcedocument",
    "number": "number recommendationnumber recnumber recno no paragraph para paragraphnumber "
    "recommendationid recommendationno",
    "text": "text recommendation recommendationtext fulltext annotation",
    "states": "states state recommendingstate recommendingstates recommendingcountry "
    "recommendingcountries from recommendedby",
    "position": "position response stateresponse status positionofthestateunderreview "
    "surresponse support",
    "position_source": "sourceofposition positionsource",
    "themes": "themes theme humanrightsthemes thematiccluster fulllistofthemes issues",
    "affected_persons": "affectedpersons personsaffected affectedgroups groups "
    "concernedpersonsgroups",
    "state_under_review": "stateunderreview sur country stateentity entity countryunderreview",
    "cycle": "cycle uprcycle reportingcycle reviewcycle",
    "comment": "comment comments note notes assessmentcommentsonlevelofimplementation remarks",
}
_HEADER_TO_FIELD = {alias: f for f, names in _ALIASES.items() for alias in names.split()}


def header_key(name: object) -> str:
    s = str(name or "").casefold().replace("(s)", "")
    return re.sub(r"[\s_\-./:#]+", "", s)


def map_header(row: Sequence[object]) -> dict[str, int]:
    found: dict[str, int] = {}
    for i, cell in enumerate(row):
        field = _HEADER_TO_FIELD.get(header_key(cell))
        if field and field not in found:
            found[field] = i
    return found


def is_table_header(row: Sequence[object]) -> bool:
    cols = map_header(row)
    return ("number" in cols or "text" in cols) and len(cols) >= 2


def find_header(rows: Sequence[Sequence[object]]) -> tuple[int, dict[str, int]] | None:
    for i, row in enumerate(rows[:10]):
        if is_table_header(row):
            return i, map_header(row)
    return None


def read_csv_rows(
    data: bytes,
    limit: int | None = None,
    *,
    file_name: str = "table",
    encoding: str | None = None,
    warnings: list[str] | None = None,
) -> list[list[str]]:
    """The rows of a CSV (or tab-separated) file; IngestError is all it raises.

    The whole file goes through :func:`decode_text` (the text importer's encodings,
    its :class:`EncodingUncertain`, and CR, LF or CRLF line ends), keeping tabs.
    ``encoding`` names the encoding; decoding warnings are added to ``warnings``.
    """
    text, decoded = decode_text(data, file_name, encoding, fold_spaces=False)
    if warnings is not None:
        warnings.extend(decoded)
    try:  # (the sniffer is slow on prose: telling a table needs only its first rows)
        dialect = csv.Sniffer().sniff(text[: 4096 if limit else 8192], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    rows = []
    try:
        for row in csv.reader(io.StringIO(text), dialect):
            rows.append(row)
            if limit and len(rows) >= limit:
                break
    except csv.Error:  # a field over the csv module's size limit, …
        raise IngestError(file_name, _CSV_UNREADABLE) from None
    return rows


def read_xlsx_rows(
    data: bytes, limit: int | None = None, file_name: str = ""
) -> list[list[object]]:
    """Rows of the first sheet that has a recognised header (else the first sheet).

    The package passes ``SafeZip.check_all`` before openpyxl sees it; whatever
    openpyxl raises on a damaged workbook becomes one written ``IngestError``.
    """
    import openpyxl

    SafeZip(data, file_name, app="Excel").check_all()
    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
        try:
            first: list[list[object]] | None = None
            for sheet in book.worksheets:
                rows = []
                for row in sheet.iter_rows(values_only=True):
                    rows.append(list(row))
                    if limit and len(rows) >= limit:
                        break
                if first is None:
                    first = rows
                if find_header(rows):
                    return rows
            return first or []
        finally:
            book.close()
    except (MemoryError, RecursionError):
        raise
    except Exception as exc:  # openpyxl on a damaged workbook raises almost anything
        raise IngestError(file_name, _xlsx_reason(exc)) from exc


def _xlsx_reason(exc: Exception) -> str:
    if type(exc).__name__ == "InvalidFileException" or "workbook.xml" in str(exc):
        return (
            "this ZIP file is not an Excel workbook (.xlsx); save the table from Excel or "
            "LibreOffice as .xlsx or .csv and import that"
        )
    return damaged_reason("Excel")


def _cell(row: Sequence[object], cols: dict[str, int], field: str) -> str:
    i = cols.get(field)
    if i is None or i >= len(row) or row[i] is None:
        return ""
    value = row[i]
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _states(cell: str) -> tuple[str, ...]:
    names = split_list(cell)
    if len(names) == 1 and "," in names[0] and not state_key(names[0]):
        _, found = split_states(f"x ({names[0]})")
        names = list(found) or names
    return tuple(names)


def _cycle(cell: str) -> int | None:
    m = re.search(r"\d+", cell)
    if m:
        return int(m.group(0))
    return cycle_from_text(cell + " cycle")


# (State under review as the UN names it, cycle) → that review's WG report symbol, if known
ReportFor = Callable[[str, int], str | None]
_NUMBER_IN_TEXT = re.compile(r"^\s*(\d{1,4}\.\d{1,4})\.?\s+(?=\S)")


class _Unplaced:
    """Rows naming a State under review but no report: what to tell the user."""

    def __init__(self) -> None:
        self.reviews: Counter[tuple[str, int | None]] = Counter()

    def reason(self) -> str:
        (state, cycle), _ = self.reviews.most_common(1)[0]
        if cycle is None:
            return (
                f"the table names the State under review ({state}) but neither the report "
                "symbol nor the cycle; add a Symbol column (e.g. A/HRC/43/15) or a Cycle "
                "column and import it again"
            )
        return (
            f"the table names the State under review ({state}, cycle {cycle}) but not the "
            "report symbol, and this workspace does not hold that review's Working Group "
            "report; import the report or its thematic list first, or add a Symbol column"
        )


def records_from_rows(
    rows: Sequence[Sequence[object]],
    file_name: str,
    report_for: ReportFor | None = None,
    unplaced: _Unplaced | None = None,
) -> tuple[list[RecommendationRecord], list[str]]:
    header = find_header(rows)
    if header is None:
        raise IngestError(
            file_name, "no header row with recommendation columns (number, text, …) was found"
        )
    start, cols = header
    default_symbol = symbol_from_file_name(file_name)
    records: dict[tuple[str, str], RecommendationRecord] = {}
    warnings: list[str] = []
    for line_no, row in enumerate(rows[start + 1 :], start=start + 2):
        if not any(str(c).strip() for c in row if c is not None):
            continue
        symbol_cell = _cell(row, cols, "symbol")
        number = _cell(row, cols, "number")
        text_cell = _cell(row, cols, "text")
        state = _cell(row, cols, "state_under_review")
        cycle_cell = _cell(row, cols, "cycle")
        m = SYMBOL_RE.search(symbol_cell)
        symbol = clean_symbol(m.group(0)) if m else default_symbol
        if m and not number:
            tail = re.search(r"(\d{1,4}\.\d{1,4})\s*$", symbol_cell[m.end() :])
            number = tail.group(1) if tail else ""
        if not number:
            lead = _NUMBER_IN_TEXT.match(text_cell)
            if lead:
                number, text_cell = lead.group(1), text_cell[lead.end() :]
        if not symbol and state:
            name = state_key(state) or state
            cycle = _cycle(cycle_cell) if cycle_cell else None
            symbol = report_for(name, cycle) if (report_for and cycle) else None
            if symbol is None and unplaced is not None:
                unplaced.reviews[(name, cycle)] += 1
        found = re.search(r"\d{1,4}\.\d{1,4}|\d{1,4}", number)
        if not symbol or not found:
            warnings.append(f"row {line_no}: no symbol or number, skipped")
            continue
        number = found.group(0)
        states = _states(_cell(row, cols, "states"))
        text, from_text = parse_recommendation_text(text_cell) if text_cell else (None, ())
        if not states:
            states = from_text
        key = (symbol, number)
        if key in records:
            warnings.append(f"row {line_no}: {symbol} {number} repeated, first row kept")
            continue
        records[key] = RecommendationRecord(
            symbol=symbol,
            number=number,
            text=text,
            states=states,
            state_under_review=(state_key(state) or state) if state else None,
            cycle=_cycle(cycle_cell) if cycle_cell else cycle_from_symbol(symbol),
            position=parse_position(_cell(row, cols, "position")),
            position_source=_cell(row, cols, "position_source") or None,
            themes=tuple(parse_theme(t) for t in split_list(_cell(row, cols, "themes"))),
            affected_persons=tuple(split_list(_cell(row, cols, "affected_persons"))),
            comment=_cell(row, cols, "comment") or None,
        )
    return list(records.values()), warnings


_CSV_UNREADABLE = (
    "the table cannot be read as CSV (a line is too long, or the file holds binary data or "
    "an unknown encoding); open it in a spreadsheet program, save it as CSV (UTF-8) or "
    ".xlsx, and import that"
)


def parse_table(
    data: bytes,
    file_name: str,
    encoding: str | None = None,
    report_for: ReportFor | None = None,
) -> RegistryImport:
    """``encoding`` names a CSV's encoding (see :func:`read_csv_rows`); ``report_for``
    gives the report of a State's review in a cycle, for a table without symbols."""
    decoding: list[str] = []
    rows: Sequence[Sequence[object]]
    if data[:2] == b"PK":
        rows = read_xlsx_rows(data, file_name=file_name)
    else:
        try:
            rows = read_csv_rows(data, file_name=file_name, encoding=encoding, warnings=decoding)
        except (MemoryError, RecursionError, IngestError):
            raise  # IngestError: EncodingUncertain and the decoder's reasons, as they are
        except Exception as exc:  # a csv module bug must not reach the user as a traceback
            raise IngestError(file_name, _CSV_UNREADABLE) from exc
    unplaced = _Unplaced()
    try:
        records, warnings = records_from_rows(rows, file_name, report_for, unplaced)
    except (MemoryError, RecursionError, IngestError):
        raise
    except Exception as exc:  # a cell of a kind never met: one line, never a Python message
        raise IngestError(
            file_name,
            "a row of the table could not be read as a recommendation; check that each "
            "row has a symbol, a number and a text",
        ) from exc
    warnings = decoding + warnings
    if not records and unplaced.reviews:
        raise IngestError(file_name, unplaced.reason())
    if not records:
        raise IngestError(file_name, "the table has no rows with a symbol and a number")
    symbol = Counter(r.symbol for r in records).most_common(1)[0][0]
    states = Counter(r.state_under_review for r in records if r.state_under_review)
    state = states.most_common(1)[0][0] if states else None
    return RegistryImport(
        kind=RegistryKind.TABLE,
        symbol=symbol,
        title=f"Recommendations table: {file_name}",
        state_under_review=state,
        records=tuple(records),
        document_symbol=None,
        warnings=tuple(warnings),
    )
