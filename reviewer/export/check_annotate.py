"""The draft check as Word comments: a copy of a DOCX draft with each finding as a
comment on its paragraph, the drafter's own text untouched.

A finding's paragraph is found by its text: the checked paragraph's text against
each Word paragraph's, whitespace folded (Word's automatic numbers stand outside the
text; a number typed by hand is allowed before it), in document order so a repeated
paragraph takes the next copy.  A finding about the whole document, or whose
paragraph is not found, goes on the first paragraph with text.
"""

from __future__ import annotations

import io
from pathlib import Path

import docx
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph

from reviewer.check.text import normalise
from reviewer.export.atomic import ExportError, atomic_write, check_target
from reviewer.export.check_report import CheckExportSummary, finding_parts
from reviewer.export.docx_cells import rtl_paragraph
from reviewer.export.docx_fields import clean
from reviewer.words import Words
from reviewer.workspace import CheckReport, DraftParagraph, Finding

AUTHOR = "UPR Reviewer check"  # in English; words "check.comment_author" in each
INITIALS = "UPR"
_PROBE = 60  # characters of a paragraph's start that find it when the rest differs


def annotate_draft(
    report: CheckReport,
    source: str | Path,
    path: str | Path,
    author: str | None = None,
    language: str = "en",
) -> CheckExportSummary:
    """Write a copy of the DOCX draft ``source`` with the findings as comments to
    ``path``, in ``language`` (``reviewer.words``); raises ExportError for a draft that
    is not a Word file."""
    w = Words(language)
    author = author or w("check.comment_author")
    source = Path(source)
    target = check_target(path)
    if report.format != "docx":
        raise ExportError(
            f"{source}: only a Word (.docx) draft can carry comments; this one is "
            f"{report.format.upper()} (write the findings with --out report.docx instead)"
        )
    if target.exists() and target.resolve() == source.resolve():
        raise ExportError(f"{target}: give another file name; the draft itself is never written")
    try:
        doc = docx.Document(io.BytesIO(source.read_bytes()))
    except OSError as exc:
        raise ExportError(f"{source}: cannot read the draft ({exc.strerror or exc})") from exc
    except Exception as exc:  # python-docx's own errors for a damaged package
        raise ExportError(f"{source}: cannot open the draft as a Word file ({exc})") from exc
    paragraphs = _paragraphs(doc)
    placed = match_paragraphs(report.paragraphs, paragraphs)
    first = next((p for p in paragraphs if p.text.strip()), paragraphs[0] if paragraphs else None)
    if first is None:
        raise ExportError(f"{source}: the draft has no paragraph to put comments on")
    unplaced = 0
    for f in report.findings:
        para = placed.get(f.paragraph_index) if f.paragraph_index is not None else None
        if para is None:
            para = first
            if f.paragraph_index is not None:
                unplaced += 1
        _comment(doc, para, f, author, w)
    with atomic_write(target) as fh:
        doc.save(fh)
    return CheckExportSummary(
        str(target.resolve()),
        len(report.findings),
        len(report.dismissed),
        comments=len(report.findings),
        unplaced=unplaced,
        language=w.lang,
    )


def _paragraphs(doc) -> list[Paragraph]:
    """Every paragraph of the body, those in tables included, in document order."""
    body = doc.element.body
    return [Paragraph(p, doc._body) for p in body.iter(qn("w:p"))]


def match_paragraphs(
    checked: tuple[DraftParagraph, ...], paragraphs: list[Paragraph]
) -> dict[int, Paragraph]:
    """The Word paragraph of each checked paragraph (by index), where found."""
    texts = [normalise(p.text) for p in paragraphs]
    out: dict[int, Paragraph] = {}
    pos = 0
    for cp in checked:
        want = normalise(cp.text)
        if not want:
            continue
        found = _find(texts, want, pos)
        if found is None:
            found = _find(texts, want, 0)
        if found is not None:
            out[cp.index] = paragraphs[found]
            pos = found + 1
    return out


def _find(texts: list[str], want: str, start: int) -> int | None:
    probe = want[:_PROBE]
    for exact in (True, False):
        for i in range(start, len(texts)):
            have = texts[i]
            if not have:
                continue
            if exact and (have == want or have.endswith(" " + want)):
                return i
            if not exact and len(probe) >= 20 and probe in have:
                return i
    return None


def _comment(doc, para: Paragraph, f: Finding, author: str, w: Words) -> None:
    runs = para.runs
    if not runs:  # text only inside hyperlinks or fields: an empty run to hold the range
        runs = [para.add_run()]
    message = clean(w.render(f.message))
    comment = doc.add_comment(runs, text=message, author=author, initials=INITIALS)
    comment.add_paragraph(clean(w("check.fix", fix=w.render(f.fix))))
    rule, severity, place = finding_parts(f, w)
    meta = w("check.comment_meta", rule=rule, severity=severity, where=place, key=f.key)
    comment.add_paragraph(clean(meta))
    if w.rtl:  # the comment's words read right to left (the draft's own stay as they are)
        for p in comment.paragraphs:
            rtl_paragraph(p._p, ours=True)
