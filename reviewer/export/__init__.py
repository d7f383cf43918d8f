"""Exports: Word briefs for meetings, coverage workbooks (XLSX/CSV), the draft check
(a Word report, or a draft annotated with comments); REFI-QDA to follow.

``export_brief(ws, path, BriefOptions(...))`` collects what the brief shows through
the workspace API, lays it out with python-docx and writes it atomically: the
target is replaced only by a complete file, and a failure leaves nothing behind.
``export_coverage(ws, path, "CHN-4")`` writes a review's coverage the same way: an
XLSX workbook (summary, matrix, the linked paragraphs, what nobody addressed) or
the long table as CSV.  ``export_check_report(report, path)`` writes a draft check's
findings; ``annotate_draft(report, draft, path)`` a copy of a Word draft with each
finding as a comment on its paragraph.
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

    def as_dict(self) -> dict:
        return asdict(self)


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
    from reviewer.export.docx_writer import BriefWriter

    target = check_target(path)  # fail before any work is done
    brief = collect(ws, options)
    writer = BriefWriter(brief, progress)
    doc = writer.render()
    with atomic_write(target) as fh:
        doc.save(fh)
    counts = brief.counts()
    return ExportSummary(
        file=str(target.resolve()),
        group_by=options.group_by,
        comments=writer.comments,
        **counts,
    )


__all__ = [
    "DEFAULT_TITLE",
    "GROUPINGS",
    "ONLY",
    "POSITIONS",
    "Brief",
    "BriefOptions",
    "COVERAGE_FORMATS",
    "CheckExportSummary",
    "CoverageExportSummary",
    "ExportCancelled",
    "ExportError",
    "ExportSummary",
    "annotate_draft",
    "collect",
    "coverage_format",
    "export_brief",
    "export_check_report",
    "export_coverage",
]
