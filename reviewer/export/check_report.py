"""The draft check as a Word report: the draft, the counts per rule, then each
finding with its paragraph, what is wrong and the fix; dismissed findings apart.

Written atomically (``reviewer.export.atomic``), like every export.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path

from reviewer.export.atomic import atomic_write, check_target
from reviewer.export.docx_cells import _cell_text, mark_right_to_left
from reviewer.export.docx_fields import clean
from reviewer.export.docx_style import GREY, new_document
from reviewer.words import Words
from reviewer.workspace import RULE_TITLES, CheckReport, Finding, Severity


@dataclass(frozen=True)
class CheckExportSummary:
    """What a check report or an annotated draft holds; the CLI's JSON keys."""

    file: str
    findings: int
    dismissed: int
    comments: int = 0  # an annotated draft: comments written
    unplaced: int = 0  # …of which on the first paragraph, their own not found
    language: str = "en"  # the words of the report or the comments (``reviewer.words``)

    def as_dict(self) -> dict:
        return asdict(self)


def where(f: Finding, w: Words | None = None) -> str:
    """'¶ 3', 'paragraph 5 (unnumbered)', or 'the whole document'."""
    w = w or Words()
    if f.label:
        return w("check.where.label", label=f.label)
    if f.paragraph_index is not None:
        return w("check.where.index", index=str(f.paragraph_index + 1))
    return w("check.where.document")


def export_check_report(
    report: CheckReport,
    path: str | Path,
    author: str = "UPR Reviewer",
    created: datetime | None = None,
    language: str = "en",
) -> CheckExportSummary:
    """Write the check's findings as a Word report to ``path`` (ExportError), in
    ``language`` (``reviewer.words``: its labels, the rules' titles and the findings)."""
    target = check_target(path)
    created = created or datetime.now(UTC)
    w = Words(language)
    title = w("check.title", title=report.title)
    doc = new_document(title, author, created, w("check.subject"), w=w)
    _para(doc, title, "Title")
    rows = [
        (w("check.key.draft"), report.file),
        (w("check.key.review"), report.review or w("check.not_known")),
        (w("check.key.words"), _words(report, w)),
        (w("check.key.checked"), w.date(created)),
        (w("check.key.rules"), w("check.guidelines")),
    ]
    table = doc.add_table(rows=len(rows), cols=2)
    for row, (key, value) in zip(table.rows, rows, strict=True):
        k, v = row.cells
        _cell_text(k, key, bold=True, colour=GREY)
        _cell_text(v, value)

    _heading(doc, w("check.summary"))
    counts = report.counts()
    if not counts:
        _para(doc, w("check.nothing"))
    for rule, n in counts.items():
        title = w(f"rule.{rule}") if rule in RULE_TITLES else rule
        _para(doc, w("check.count", rule=title, n=n), "List Bullet")
    if report.dismissed:
        _para(
            doc, w("check.count", rule=w("check.dismissed"), n=len(report.dismissed)), "List Bullet"
        )

    if report.findings:
        _heading(doc, w("check.findings"))
        for f in report.findings:
            _finding(doc, f, w)
    if report.dismissed:
        _heading(doc, w("check.dismissed"))
        for f in report.dismissed:
            _finding(doc, f, w, dismissed=True)
    if report.notes:
        _heading(doc, w("check.notes"))
        for note in report.notes:
            text = w.render(note)
            _para(doc, text[:1].upper() + text[1:], "List Bullet")

    if w.rtl:
        mark_right_to_left(doc, ours=True)  # its sentences are the program's
    with atomic_write(target) as fh:
        doc.save(fh)
    return CheckExportSummary(
        str(target.resolve()), len(report.findings), len(report.dismissed), language=w.lang
    )


def _words(report: CheckReport, w: Words) -> str:
    s = report.settings
    if s.word_limit:
        limit = w("check.limit", limit=report.word_limit)
    else:
        kind = "joint" if s.joint else "individual"
        limit = w(f"check.limit.{kind}", limit=report.word_limit)
    notes = w("check.footnotes.counted" if s.count_footnotes else "check.footnotes.not_counted")
    return w("check.words", words=report.words, limit=limit, notes=notes)


def finding_parts(f: Finding, w: Words) -> tuple[str, str, str]:
    """Which rule, how grave, where: ("number", "error", "¶ 3") in the language."""
    rule = w(f"rule.name.{f.rule}") if f.rule in RULE_TITLES else f.rule
    severity = w(f"severity.{f.severity}") if f.severity in set(Severity) else f.severity
    return rule, severity, where(f, w)


def finding_line(f: Finding, w: Words) -> str:
    """ "¶ 3 · number · error": where, which rule, how grave."""
    rule, severity, place = finding_parts(f, w)
    return w("check.line", where=place, rule=rule, severity=severity)


def _finding(doc, f: Finding, w: Words, dismissed: bool = False) -> None:
    _para(doc, finding_line(f, w), "Brief Label")
    _para(doc, w.render(f.message))
    _para(doc, w("check.fix", fix=w.render(f.fix)), "Brief Note")
    meta = w("check.key", key=f.key)
    if dismissed:
        meta += (
            w("check.dismissed_by", by=f.dismissed_by)
            if f.dismissed_by
            else w("check.was_dismissed")
        )
        meta += w("check.because", note=f.note) if f.note else ""
    _para(doc, meta, "Brief Hint")


def _heading(doc, text: str):
    return doc.add_heading(clean(text), level=1)


def _para(doc, text: str, style: str | None = None):
    return doc.add_paragraph(clean(text), style=style)
