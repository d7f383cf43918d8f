"""Exports: Word briefs for meetings, coverage workbooks (XLSX/CSV), the draft check
(a Word report, or a draft annotated with comments); REFI-QDA to follow.

``export_brief(ws, path, BriefOptions(...))`` collects what the brief shows through
the workspace API, lays it out with python-docx and writes it atomically: the
target is replaced only by a complete file, and a failure leaves nothing behind.
``estimate_brief(ws, BriefOptions(...))`` makes the same document without writing
it and answers how many pages it will take (the layout model of ``docx_layout``).
``export_coverage(ws, path, "CHN-4")`` writes a review's coverage the same way: an
XLSX workbook (summary, matrix, the linked paragraphs, what nobody addressed) or
the long table as CSV.  ``export_check_report(report, path)`` writes a draft check's
findings; ``annotate_draft(report, draft, path)`` a copy of a Word draft with each
finding as a comment on its paragraph.

Each is written in one of the six UN languages (``BriefOptions.language``, the
``language`` argument of the others; ``LANGUAGES``): its headings, labels, dates and
the check's findings, through the catalogue in ``reviewer.words``;
``render_words(finding.message, "fr")`` says a finding (or a check's note) in a
language for a window that shows it.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import asdict, dataclass
from pathlib import Path

from reviewer.export.atomic import ExportError, atomic_write, check_target
from reviewer.export.brief import (
    DEFAULT_TITLE,
    GROUPINGS,
    ONLY,
    PAPERS,
    POSITIONS,
    Brief,
    BriefOptions,
    ExportCancelled,
    collect,
)
from reviewer.export.check_annotate import annotate_draft
from reviewer.export.check_report import CheckExportSummary, export_check_report
from reviewer.export.coverage import FORMATS as COVERAGE_FORMATS
from reviewer.export.coverage import CoverageExportSummary, coverage_format, export_coverage
from reviewer.words import LANGUAGES, Words, language
from reviewer.words import render as render_words


def default_title(language: str = "en") -> str:
    """The title a brief has when none is given, in ``language``."""
    return Words(language)("brief.title")


@dataclass(frozen=True)
class ExportSummary:
    """What a brief holds; the CLI's JSON keys."""

    file: str
    group_by: str
    paragraphs: int
    recommendations: int
    tags: int
    notes: int
    comments: int
    pages: int = 0  # the layout model's count (LibreOffice's within a few per cent)
    documents: int = 0
    language: str = "en"  # the brief's words (``reviewer.words``)

    def as_dict(self) -> dict:
        return asdict(self)


@dataclass(frozen=True)
class BriefEstimate:
    """How long a brief will be, before it is written."""

    pages: int
    paragraphs: int
    recommendations: int
    documents: int
    paper: str


def _render(ws, options: BriefOptions, progress):
    from reviewer.export.docx_writer import BriefWriter

    brief = collect(ws, options)
    writer = BriefWriter(brief, progress)
    doc = writer.render()

    def stop() -> bool:
        return progress is not None and progress(writer._total, writer._total) is False

    layout = writer.lay_out(stop)
    if stop():
        raise ExportCancelled()
    return brief, writer, doc, layout


def estimate_brief(
    ws,
    options: BriefOptions,
    progress: Callable[[int, int], bool | None] | None = None,
) -> BriefEstimate:
    """The brief ``options`` make, laid out but not written: how many pages.

    ``progress`` as for :func:`export_brief`; False cancels (ExportCancelled).
    """
    brief, _, _, layout = _render(ws, options, progress)
    counts = brief.counts()
    return BriefEstimate(
        pages=layout.pages,
        paragraphs=counts["paragraphs"],
        recommendations=counts["recommendations"],
        documents=len(brief.documents),
        paper=options.paper,
    )


def export_brief(
    ws,
    path: str | Path,
    options: BriefOptions,
    progress: Callable[[int, int], bool | None] | None = None,
) -> ExportSummary:
    """Write a Word brief to ``path``; raises ExportError, NotFound or BadInput.

    ``progress(done, total)`` is called per paragraph laid out; returning False
    cancels (ExportCancelled) before anything is written.
    """
    target = check_target(path)  # fail before any work is done
    brief, writer, doc, layout = _render(ws, options, progress)
    with atomic_write(target) as fh:
        doc.save(fh)
    counts = brief.counts()
    return ExportSummary(
        file=str(target.resolve()),
        group_by=options.group_by,
        comments=writer.comments,
        pages=layout.pages,
        documents=len(brief.documents),
        language=language(options.language),
        **counts,
    )


__all__ = [
    "DEFAULT_TITLE",
    "GROUPINGS",
    "LANGUAGES",
    "ONLY",
    "PAPERS",
    "POSITIONS",
    "Brief",
    "BriefEstimate",
    "BriefOptions",
    "COVERAGE_FORMATS",
    "CheckExportSummary",
    "CoverageExportSummary",
    "ExportCancelled",
    "ExportError",
    "ExportSummary",
    "annotate_draft",
    "collect",
    "estimate_brief",
    "coverage_format",
    "default_title",
    "render_words",
    "export_brief",
    "export_check_report",
    "export_coverage",
]
