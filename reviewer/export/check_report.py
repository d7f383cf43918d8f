"""The draft check as a Word report: the draft, the counts per rule, then each
finding with its paragraph, what is wrong and the fix; dismissed findings apart.

Written atomically (``reviewer.export.atomic``), like every export.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from reviewer.export.atomic import atomic_write, check_target
from reviewer.export.docx_cells import _cell_text
from reviewer.export.docx_fields import clean
from reviewer.export.docx_style import GREY, new_document
from reviewer.workspace import GUIDELINES, RULE_TITLES, CheckReport, Finding


@dataclass(frozen=True)
class CheckExportSummary:
    """What a check report or an annotated draft holds; the CLI's JSON keys."""

    file: str
    findings: int
    dismissed: int
    comments: int = 0  # an annotated draft: comments written
    unplaced: int = 0  # …of which on the first paragraph, their own not found

    def as_dict(self) -> dict:
        return asdict(self)


def where(f: Finding) -> str:
    """'¶ 3', 'paragraph 5 (unnumbered)', or 'the whole document'."""
    if f.label:
        return f"¶ {f.label}"
    if f.paragraph_index is not None:
        return f"paragraph {f.paragraph_index + 1} (unnumbered)"
    return "the whole document"


def export_check_report(
    report: CheckReport,
    path: str | Path,
    author: str = "UPR Reviewer",
    created: datetime | None = None,
) -> CheckExportSummary:
    """Write the check's findings as a Word report to ``path`` (ExportError)."""
    target = check_target(path)
    created = created or datetime.now(UTC)
    title = f"Draft check: {report.title}"
    doc = new_document(title, author, created, "Draft check against the UPR guidelines")
    _para(doc, title, "Title")
    rows = [
        ("Draft", report.file),
        ("Review", report.review or "not known"),
        ("Words", _words(report)),
        ("Checked", f"{created.day} {created:%B %Y}"),
        ("Rules", GUIDELINES),
    ]
    table = doc.add_table(rows=len(rows), cols=2)
    for row, (key, value) in zip(table.rows, rows, strict=True):
        k, v = row.cells
        _cell_text(k, key, bold=True, colour=GREY)
        _cell_text(v, value)

    doc.add_heading("Summary", level=1)
    counts = report.counts()
    if not counts:
        _para(doc, "Nothing left to fix.")
    for rule, n in counts.items():
        _para(doc, f"{RULE_TITLES.get(rule, rule)}: {n}", "List Bullet")
    if report.dismissed:
        _para(doc, f"Dismissed: {len(report.dismissed)}", "List Bullet")

    if report.findings:
        doc.add_heading("Findings", level=1)
        for f in report.findings:
            _finding(doc, f)
    if report.dismissed:
        doc.add_heading("Dismissed", level=1)
        for f in report.dismissed:
            _finding(doc, f, dismissed=True)
    if report.notes:
        doc.add_heading("Notes", level=1)
        for note in report.notes:
            _para(doc, note[:1].upper() + note[1:], "List Bullet")

    with atomic_write(target) as fh:
        doc.save(fh)
    return CheckExportSummary(str(target.resolve()), len(report.findings), len(report.dismissed))


def _words(report: CheckReport) -> str:
    s = report.settings
    kind = "joint" if s.joint else "individual"
    limit = f"limit {report.word_limit:,}" + ("" if s.word_limit else f" ({kind} submission)")
    notes = "footnotes counted" if s.count_footnotes else "footnotes not counted"
    return f"{report.words:,} ({limit}; {notes})"


def _finding(doc, f: Finding, dismissed: bool = False) -> None:
    _para(doc, f"{where(f)} · {f.rule} · {f.severity}", "Brief Label")
    _para(doc, f.message)
    _para(doc, f"Fix: {f.fix}", "Brief Note")
    meta = f"Key: {f.key}"
    if dismissed:
        by = f" by {f.dismissed_by}" if f.dismissed_by else ""
        meta += f" · dismissed{by}" + (f": {f.note}" if f.note else "")
    _para(doc, meta, "Brief Hint")


def _para(doc, text: str, style: str | None = None):
    return doc.add_paragraph(clean(text), style=style)
