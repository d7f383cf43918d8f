"""Tell a recommendations document from an ordinary submission, and parse it.

The choice is made by what the file is (magic bytes, then the first table, the
first page or the header row), never by its name, and reads as little as it
can: importing a 200-page submission must not pay for a full parse here.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Callable
from dataclasses import replace

from reviewer.ingest.model import IngestError
from reviewer.vocabulary import RegistryKind

from .model import RegistryImport
from .pdftext import PDF_ERRORS, open_pdf
from .responses import parse_responses
from .tabular import ReportFor, find_header, parse_table, read_csv_rows, read_xlsx_rows
from .thematic_list import is_matrix_header, parse_thematic_list
from .wg_report import WG_TITLES, parse_wg_report_docx, parse_wg_report_pdf

# the responses' title in English, and in the UN's French and Spanish editions
_RESPONSES_TITLES = (
    "Views on conclusions and/or recommendations",
    "Observations sur les conclusions et/ou recommandations",
    "Observaciones sobre las conclusiones y/o recomendaciones",
)
_T = re.compile(rb"<w:t(?:\s[^>]*)?>([^<]*)</w:t>")
_TC = re.compile(rb"<w:tc[\s>]")
_UNICODE_BOMS = (b"\xff\xfe", b"\xfe\xff", b"\x00\x00\xfe\xff")


def file_format(data: bytes) -> str | None:
    """'pdf', 'docx', 'xlsx', 'text' or None, from the bytes.

    A zip's directory is read through ``SafeZip``, which inflates nothing here and
    refuses a zip bomb it can see from its directory (``ZipBombError``, written for
    the user); a damaged zip is None, as any unknown file.
    """
    from reviewer.ingest.safezip import SafeZip, ZipBombError

    head = data[:8]
    if head.startswith(b"%PDF"):
        return "pdf"
    if head.startswith(b"PK"):
        try:
            names = set(SafeZip(data, "").names)
        except ZipBombError:
            raise
        except IngestError:
            return None
        if "word/document.xml" in names:
            return "docx"
        if "xl/workbook.xml" in names:
            return "xlsx"
        return None
    if b"\x00" in data[:4096]:
        return None
    return "text"


def _phrase(*phrases: str) -> re.Pattern[str]:
    """One of the phrases at the start of a line, lines broken anywhere, "*" markers
    ignored, any apostrophe for "'"."""
    bodies = [
        r"[\s*]+".join(re.escape(w).replace("'", "['’]") for w in words.split())
        for words in phrases
    ]
    return re.compile(rf"(?:^|\n)[\s*]*(?:{'|'.join(bodies)})", re.I)


_WG_TITLE_RE = _phrase(*WG_TITLES)  # English, French, Spanish
_RESPONSES_RE = _phrase(*_RESPONSES_TITLES)
# "Addendum"; the French and Spanish editions' "Additif", "Adición"
_ADDENDUM_RE = re.compile(r"(?:^|\n)\s*(?:Addendum|Additif|Adici[oó]n)\s*(?:\n|$)")
# the symbol may carry footnote marks: "A/HRC/11/17*", "A/HRC/27/3∗" (U+2217), "⁎", "¹"
_SYMBOL_LINE = re.compile(
    r"(?:^|\n)\s*A\s*/HRC/\d+/\d+(?:/Add\.\d+)?"
    r"[\s*\u2020\u2021\u2217\u204e\u2051\uff0a\u2731\u066d\u00b9\u00b2\u00b3\u2070\u2074-\u2079]*(?:\n|$)"
)


def kind_from_title_text(text: str, need_symbol: bool = True) -> RegistryKind | None:
    """Classify by the title page: WG report, its addendum of responses, or neither.

    The title must open a line (a submission that cites "the Report of the Working
    Group …" in a sentence is not one), and on a PDF the page must also carry the
    report's symbol on a line of its own, as UN title pages do.
    """
    if need_symbol and not _SYMBOL_LINE.search(text):
        return None
    if _RESPONSES_RE.search(text):
        return RegistryKind.RESPONSES
    if _WG_TITLE_RE.search(text):
        return RegistryKind.RESPONSES if _ADDENDUM_RE.search(text) else RegistryKind.WG_REPORT
    return None


def _docx_xml(data: bytes, max_bytes: int = 8 * 1024 * 1024) -> bytes:
    """The start of word/document.xml: the first table row and the opening paragraphs.

    Inflated within ``SafeZip``'s limits and only up to ``max_bytes``, so telling
    what a file is never costs more than that, whatever the file claims.
    """
    from reviewer.ingest.safezip import SafeZip

    xml = SafeZip(data, "").read("word/document.xml", max_bytes=max_bytes)
    if xml is None:
        raise KeyError("word/document.xml")
    return xml


def _docx_first_row(xml: bytes) -> list[str]:
    start = xml.find(b"<w:tbl>")
    if start < 0:
        start = xml.find(b"<w:tbl ")
    if start < 0:
        return []
    end = xml.find(b"</w:tr>", start)
    row = xml[start:end]
    cells = _TC.split(row)[1:]
    return [b"".join(_T.findall(c)).decode("utf-8", "replace") for c in cells]


def _docx_opening_text(xml: bytes, paragraphs: int = 40) -> str:
    body = xml[xml.find(b"<w:body") :]
    out, pos = [], 0
    for _ in range(paragraphs):
        end = body.find(b"</w:p>", pos)
        if end < 0:
            break
        out.append(b"".join(_T.findall(body[pos:end])).decode("utf-8", "replace"))
        pos = end + 6
    return "\n".join(out)


def _format(data: bytes) -> str | None:
    """:func:`file_format`, and 'text' for UTF-16/32 with a BOM (Excel's "Unicode text")."""
    fmt = file_format(data)
    if fmt is None and data.startswith(_UNICODE_BOMS):
        return "text"
    return fmt


def _text_kind(data: bytes, file_name: str, encoding: str | None) -> RegistryKind | None:
    """'table' when a CSV has a recommendations header among its first ten rows.

    The whole file is decoded (a cut prefix can split a character in two).  A text
    that cannot be decoded, or whose encoding is unclear, is no table here: the
    text importer then gives the reason, and the user may name the encoding.
    """
    head = data[:4096]  # the header is within the first rows; a long text is no table
    if not any(sep in head for sep in (b",", b";", b"\t")):
        return None
    try:
        rows = read_csv_rows(data, limit=10, file_name=file_name, encoding=encoding)
    except IngestError:
        return None
    return RegistryKind.TABLE if find_header(rows) else None


# What reading a damaged or unknown file raises here: it is no recommendations document.
_UNKNOWN_FILE: tuple[type[BaseException], ...] = (
    IngestError,
    zipfile.BadZipFile,
    KeyError,
    ValueError,
    OSError,
    *PDF_ERRORS,
)


def detect_registry_kind(
    data: bytes, file_name: str, encoding: str | None = None
) -> RegistryKind | None:
    """'thematic_list', 'wg_report', 'responses', 'table', or None for anything else.

    ``file_name`` is only used in messages; a damaged or unknown file is None here
    (the ordinary importer will report it), never an exception.  ``encoding``
    names a CSV's encoding (no guessing).
    """
    try:
        fmt = _format(data)
        if fmt == "pdf":
            doc = open_pdf(data, file_name)
            try:
                text = doc[0].get_text("text")
                if len(text.strip()) < 200 and doc.page_count > 1:
                    text += "\n" + doc[1].get_text("text")
            finally:
                doc.close()
            return kind_from_title_text(text)
        if fmt == "docx":
            xml = _docx_xml(data)
            by_title = kind_from_title_text(_docx_opening_text(xml), need_symbol=False)
            if by_title is RegistryKind.RESPONSES:  # the State's views, even set as a table
                return by_title
            if is_matrix_header(_docx_first_row(xml)):
                return RegistryKind.THEMATIC_LIST
            return by_title
        if fmt == "xlsx":
            return RegistryKind.TABLE if find_header(read_xlsx_rows(data, limit=10)) else None
        if fmt == "text":
            return _text_kind(data, file_name, encoding)
    except _UNKNOWN_FILE:
        return None
    return None


def parse_registry(
    data: bytes,
    file_name: str,
    kind: str | None = None,
    *,
    paragraph: int | None = None,
    encoding: str | None = None,
    report_for: ReportFor | None = None,
    paragraph_for: Callable[[str], int | None] | None = None,
) -> RegistryImport:
    """Parse a thematic list, WG report, responses or table into records.

    ``paragraph`` is only for responses that number recommendations 1, 2, 3 …
    without saying which paragraph of the report they count; ``encoding`` only
    for a CSV table whose encoding the user names.
    """
    if not data:
        raise IngestError(file_name, "the file is empty")
    if kind is None:
        found = detect_registry_kind(data, file_name, encoding)
        if found is None:
            raise IngestError(
                file_name,
                "this is not a recommendations document (thematic list, Working Group "
                "report, responses or recommendations table); import it as a document instead",
            )
        kind = found
    if kind not in set(RegistryKind):
        raise IngestError(
            file_name, f"unknown kind {kind!r}; expected one of {', '.join(RegistryKind)}"
        )
    return with_language(
        _parse(data, file_name, kind, paragraph, encoding, report_for, paragraph_for)
    )


def with_language(found: RegistryImport) -> RegistryImport:
    """``found`` with the language its recommendations are written in, told from their
    texts; when they do not tell (a few short texts), the language the parser read
    the document's title in, if it did."""
    from reviewer.languages import detect_many

    language = detect_many((r.text for r in found.records if r.text), sample=60)
    return replace(found, language=language or found.language)


def _parse(
    data: bytes,
    file_name: str,
    kind: str,
    paragraph: int | None,
    encoding: str | None,
    report_for: ReportFor | None,
    paragraph_for: Callable[[str], int | None] | None,
) -> RegistryImport:
    fmt = _format(data)
    if kind == RegistryKind.THEMATIC_LIST:
        if fmt != "docx":
            raise IngestError(file_name, "a thematic list must be a Word (.docx) file")
        return parse_thematic_list(data, file_name)
    if kind == RegistryKind.WG_REPORT:
        if fmt == "pdf":
            return parse_wg_report_pdf(data, file_name)
        if fmt == "docx":
            return parse_wg_report_docx(data, file_name)
        raise IngestError(file_name, "a Working Group report must be a PDF or Word file")
    if kind == RegistryKind.RESPONSES:
        if fmt not in ("pdf", "docx"):
            raise IngestError(file_name, "the responses must be a PDF or Word file")
        return parse_responses(data, file_name, paragraph=paragraph, paragraph_for=paragraph_for)
    if fmt not in ("xlsx", "text"):
        raise IngestError(file_name, "a recommendations table must be a CSV or Excel (.xlsx) file")
    return parse_table(data, file_name, encoding=encoding, report_for=report_for)
