"""Coverage exports: which recommendations a review's documents address, as a
workbook (XLSX) or as the long table alone (CSV).

``export_coverage(ws, "coverage.xlsx", "CHN-4")`` reads the coverage and the links
behind its cells through the workspace API and writes the file atomically (a
failure, a full disk included, leaves no file and no partial one).  The tables
themselves (what each row and column holds) are plain data here, so the CSV and
the workbook agree and tests can check them without a spreadsheet.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import datetime
from pathlib import Path

from reviewer.errors import BadInput
from reviewer.export.atomic import ExportError, atomic_write, check_target
from reviewer.vocabulary import LinkOrigin, LinkStatus, Position, number_key
from reviewer.words import Words, say
from reviewer.words import language as words_language
from reviewer.workspace import Coverage, DocumentRow, RecommendationRow
from reviewer.workspace.coverage import CoverageLink

FORMATS = ("xlsx", "csv")
NO_THEME = ("", "No theme")  # its name is the words' "cov.no_theme" in a workbook

# The long table: one row per paragraph linked to a recommendation (and per link); the
# columns' words' keys (``reviewer.words``) and widths
LONG_COLUMNS = (
    ("col.recommendation", 18),
    ("col.symbol", 13),
    ("col.number", 8),
    ("col.text", 60),
    ("col.states", 24),
    ("col.position", 12),
    ("col.themes", 40),
    ("col.document", 30),
    ("col.paragraph", 10),
    ("col.page", 6),
    ("col.origin", 10),
    ("col.status", 10),
    ("col.reviewer", 14),
    ("col.paragraph_text", 80),
)
NOBODY_COLUMNS = (
    ("col.symbol", 13),
    ("col.number", 8),
    ("col.text", 70),
    ("col.states", 26),
    ("col.position", 12),
    ("col.themes", 44),
    ("col.suggested_in", 26),
)
ORIGINS = frozenset(LinkOrigin)
STATUSES = frozenset(LinkStatus)
EXCEL_CELL_LIMIT = 32_767  # characters in one spreadsheet cell


@dataclass(frozen=True)
class CoverageExportSummary:
    """What a coverage export holds; the CLI's JSON keys."""

    file: str
    format: str
    review: str
    summary: str
    recommendations: int
    addressed: int
    nobody: int
    documents: int
    links: int  # rows of the long table
    language: str = "en"  # the words of the file (its summary key stays in English)

    def as_dict(self) -> dict:
        return asdict(self)


def coverage_format(path: str | Path, fmt: str | None = None) -> str:
    """``fmt`` when given, else the file's extension; BadInput for anything else."""
    if fmt is not None:
        fmt = fmt.lower().lstrip(".")
        if fmt not in FORMATS:
            raise BadInput(f"coverage format must be one of {', '.join(FORMATS)}, not {fmt}")
        return fmt
    ext = Path(path).suffix.lower().lstrip(".")
    if ext in FORMATS:
        return ext
    raise BadInput(
        f"{path}: cannot tell the format from the name; name the file .xlsx or .csv "
        "(or give the format: --format xlsx|csv)"
    )


# -- what the tables hold ----------------------------------------------------------------
def position_word(value: str, w: Words | None = None) -> str:
    """'noted' → 'Noted' in the language; a value outside the vocabulary as stored."""
    if value in set(Position):
        return (w or Words())(f"position.{value}")
    return value


def coverage_summary(cov: Coverage, w: Words) -> str:
    """'346 recommendations · 17 addressed by 3 documents · 329 by nobody · …' in the
    language (``Coverage.summary``'s line)."""
    total, addressed = len(cov.recommendations), len(cov.addressed)
    docs = say("count.documents", n=len(cov.addressing_documents()))
    parts = [
        w("count.recommendations", n=total),
        w("cov.summary.addressed", n=addressed, documents=docs),
        w("cov.summary.nobody", n=total - addressed),
    ]
    parts += [
        w(
            "cov.summary.position",
            position=w(f"position.short.{t.key}") if t.key in set(Position) else t.name,
            total=t.recommendations,
            n=t.addressed,
        )
        for t in cov.by_position()
    ]
    return " · ".join(parts)


def in_language(r: RecommendationRow, lang: str) -> str:
    """A recommendation's text in ``lang`` where the registry has it, else its own."""
    return r.texts.get(lang) or r.text or ""


def theme_key(code: str, name: str) -> tuple:
    """A3 < A12 < B6; no code (a name only) after the codes; "No theme" last."""
    if not code and not name:
        return (2, "", 0, "")
    m = re.fullmatch(r"([A-Za-z]*)(\d*)", code or "")
    if not code or m is None:
        return (1, name.casefold(), 0, "")
    return (0, m.group(1).upper(), int(m.group(2) or -1), code)


def main_theme(r: RecommendationRow) -> tuple[str, str]:
    """The theme a recommendation is listed under in the matrix: the first of its
    themes in code order, an SDG (S…) only when it has no other."""
    themes = list(r.themes)
    if not themes:
        return NO_THEME
    own = [t for t in themes if not (t[0] or "").upper().startswith("S")] or themes
    return min(own, key=lambda t: theme_key(*t))


def theme_label(code: str, name: str) -> str:
    return f"{code} {name}".strip() if code != name else code


def themes_text(r: RecommendationRow, sep: str = "; ") -> str:
    return sep.join(theme_label(c, n) for c, n in sorted(r.themes, key=lambda t: theme_key(*t)))


def one_line(text: str, sep: str = " / ") -> str:
    """A text on one line, for a cell that does not wrap: a clustered recommendation's
    alternatives (one per line) joined by `` / ``."""
    return sep.join(line.strip() for line in text.splitlines() if line.strip())


def states_text(r: RecommendationRow) -> str:
    return "; ".join(r.states)


def by_theme_then_number(recs: tuple[RecommendationRow, ...]) -> list[RecommendationRow]:
    return sorted(
        recs, key=lambda r: (theme_key(*main_theme(r)), r.symbol, number_key(r.number), r.number)
    )


def document_labels(documents: tuple[DocumentRow, ...]) -> dict[int, str]:
    """A short, distinct name per document: its organisation, else its title."""
    names = {d.id: (d.organisation or d.title or d.file).strip() for d in documents}
    seen: dict[str, int] = {}
    for name in names.values():
        seen[name] = seen.get(name, 0) + 1
    return {i: (f"{n} ({i})" if seen[n] > 1 else n) for i, n in names.items()}


def page_text(link: CoverageLink) -> int | str | None:
    a, b = link.page_start, link.page_end
    if a is None:
        return None
    return a if b is None or b == a else f"{a}–{b}"


def long_table(cov: Coverage, links: list[CoverageLink], w: Words | None = None) -> list[tuple]:
    """The rows of the long table, in LONG_COLUMNS order."""
    w = w or Words()
    recs = {r.id: r for r in cov.recommendations}
    names = document_labels(cov.documents)
    out = []
    for lk in links:
        r = recs[lk.recommendation_id]
        out.append(
            (
                f"{r.symbol} {r.number}",
                r.symbol,
                r.number,
                in_language(r, w.lang),
                states_text(r),
                position_word(r.position, w),
                themes_text(r),
                names[lk.document_id],
                lk.label or f"#{lk.seq + 1}",
                page_text(lk),
                w(f"origin.{lk.origin}") if lk.origin in ORIGINS else lk.origin,
                w(f"status.{lk.status}") if lk.status in STATUSES else lk.status,
                lk.author or "",
                lk.text[:EXCEL_CELL_LIMIT],
            )
        )
    return out


def nobody_table(cov: Coverage, theme_sep: str = "; ", w: Words | None = None) -> list[tuple]:
    """The recommendations no document addresses, by number, in NOBODY_COLUMNS order."""
    w = w or Words()
    names = document_labels(cov.documents)
    out = []
    for r in cov.nobody:
        suggested = [names[d.id] for d in cov.documents if cov.cell(r.id, d.id).suggested]
        out.append(
            (
                r.symbol,
                r.number,
                in_language(r, w.lang),
                states_text(r),
                position_word(r.position, w),
                themes_text(r, theme_sep),
                "; ".join(suggested),
            )
        )
    return out


@dataclass(frozen=True)
class CoverageReport:
    """Everything an export shows, read once."""

    review: str
    label: str  # "China · 4th cycle · 2024"
    responds_to: str | None  # "CHN-3"
    coverage: Coverage
    links: list[CoverageLink]
    summary: str  # the coverage's summary line, read once (it walks every cell)
    addressed: int  # recommendations some document addresses
    author: str
    workspace: str
    created: datetime
    language: str = "en"  # the words of the workbook or the CSV (``reviewer.words``)

    @property
    def w(self) -> Words:
        return Words(self.language)


def collect(ws, review: str, language: str = "en") -> CoverageReport:
    cov = ws.coverage(review)  # NotFound (listing the reviews) for an unknown review
    row = ws.get_review(review)
    return CoverageReport(
        review=row.review if row else review,
        label=row.label if row else review,
        responds_to=row.previous if row else None,
        coverage=cov,
        links=ws.coverage_links(cov),
        summary=cov.summary(),
        addressed=len(cov.addressed),
        author=ws.author,
        workspace=Path(ws.path).name,
        created=datetime.now().astimezone(),
        language=language,
    )


# -- writing ----------------------------------------------------------------------------
def export_coverage(
    ws,
    path: str | Path,
    review: str,
    fmt: str | None = None,
    progress: Callable[[int, int], bool | None] | None = None,
    language: str = "en",
) -> CoverageExportSummary:
    """Write review ``review``'s coverage to ``path`` as XLSX or CSV (``fmt``, else the
    extension).  Raises ExportError (the file), NotFound (the review) or BadInput.

    ``progress(done, total)`` is called per long-table row written to a workbook;
    returning False cancels (ExportCancelled) before anything is written.
    """
    fmt = coverage_format(path, fmt)
    try:
        lang = words_language(language)
    except ValueError as exc:
        raise BadInput(str(exc)) from None
    target = check_target(path)  # fail before any work is done
    report = collect(ws, review, lang)
    if fmt == "csv":
        data = csv_bytes(report)
        with atomic_write(target) as fh:
            fh.write(data)
    else:
        from reviewer.export.coverage_xlsx import write_workbook

        with atomic_write(target) as fh:
            write_workbook(report, fh, progress)
    cov = report.coverage
    addressed = report.addressed
    return CoverageExportSummary(
        file=str(target.resolve()),
        format=fmt,
        review=report.review,
        summary=report.summary,
        recommendations=len(cov.recommendations),
        addressed=addressed,
        nobody=len(cov.recommendations) - addressed,
        documents=len(cov.documents),
        links=len(report.links),
        language=lang,
    )


def csv_bytes(report: CoverageReport) -> bytes:
    """The long table as CSV: UTF-8 with a byte order mark (Excel then reads it as
    UTF-8), a header row, CRLF line ends.  A text that a spreadsheet would run as a
    formula (beginning with = + - @) is given a leading apostrophe."""
    buf = io.StringIO()
    w = csv.writer(buf)
    words = report.w
    w.writerow([words(key) for key, _ in LONG_COLUMNS])
    for row in long_table(report.coverage, report.links, words):
        w.writerow([_csv_value(v) for v in row])
    return buf.getvalue().encode("utf-8-sig")


def _csv_value(v):
    if v is None:
        return ""
    if isinstance(v, str) and v[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + v
    return v


__all__ = [
    "FORMATS",
    "CoverageExportSummary",
    "CoverageReport",
    "ExportError",
    "collect",
    "coverage_format",
    "export_coverage",
]
