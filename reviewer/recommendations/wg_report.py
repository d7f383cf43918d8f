"""Recommendations from a Working Group report (PDF, or DOCX laid out the same way).

The recommendations are the sub-paragraphs N.1 … N.k of the paragraphs under the
heading "Conclusions and/or recommendations".  Each paragraph N opens with a
sentence saying what the State did with them: "enjoy the support of" (supported),
"will be examined by" (no position until the responses come) or "did not enjoy
the support of" / "noted" (noted).  Everything is read from lines with the page
furniture removed, so a recommendation cut by a page break is read whole.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reviewer.calendar import session_from_text
from reviewer.ingest.model import IngestError
from reviewer.ingest.safezip import damaged_reason, open_word_document, written_damage
from reviewer.vocabulary import Position, RegistryKind

from .model import RecommendationRecord, RegistryImport
from .normalise import (
    SYMBOL_RE,
    clean_symbol,
    cycle_from_symbol,
    parse_recommendation_text,
    state_key,
)
from .pdftext import document_lines, join_lines, open_pdf, page_lines, pdf_damage

WG_TITLE = "Report of the Working Group on the Universal Periodic Review"
_CONCLUSIONS = re.compile(
    r"^(?:[IVX]+\.\s*)?Conclusions\s+and(?:/or)?\s+recommendations[\s*\d]*$", re.I
)
_STOP = re.compile(r"^(?:Annex(?:es)?\b|Notes$|Composition of the delegation|[IVX]+\.\s+\w)", re.I)
_TOP = re.compile(r"^(\d{1,4})\.\s+(.*)$")
_SUB = re.compile(r"^(\d{1,4})\.(\d{1,4})\.?(?:\s+(.*)|$)")


@dataclass
class _Paragraph:
    number: int
    intro: list[str] = field(default_factory=list)
    subs: list[tuple[int, list[str]]] = field(default_factory=list)


def position_from_intro(intro: str) -> Position | None:
    """What paragraph N's opening sentence says the State did with its sub-paragraphs."""
    s = re.sub(r"\s+", " ", intro).casefold()
    if re.search(r"\b(did|do|does|will) not (enjoy|receive|have) the support", s):
        return Position.NOTED
    if re.search(r"\b(noted|take[sn]? note|not accepted|rejected)\b", s):
        return Position.NOTED
    if re.search(r"\bpartial(ly)? support", s):
        return Position.PARTIALLY
    if re.search(r"\b(will be examined|will examine|will provide responses)\b", s):
        return None
    if re.search(r"\b(enjoy(ed|s)?|received|have) the support\b|\b(accepted|supported)\b", s):
        return Position.SUPPORTED
    if re.search(r"\balready (been )?implemented\b|\bin the process of implementation\b", s):
        return Position.SUPPORTED
    return None


def parse_conclusions(lines: list[str]) -> tuple[list[_Paragraph], list[str]]:
    """Group the lines after the conclusions heading into paragraphs and sub-paragraphs."""
    start = None
    for i, line in enumerate(lines):
        if _CONCLUSIONS.match(line):
            start = i + 1  # the last match wins: the first may be in the contents
    if start is None:
        return [], ["no 'Conclusions and/or recommendations' heading was found"]
    paragraphs: list[_Paragraph] = []
    warnings: list[str] = []
    current: list[str] | None = None
    for line in lines[start:]:
        para = paragraphs[-1] if paragraphs else None
        sub = _SUB.match(line)
        if sub and para and int(sub.group(1)) == para.number:
            n = int(sub.group(2))
            last = para.subs[-1][0] if para.subs else 0
            if n == last + 1 or (last < n <= last + 3):
                if n != last + 1:
                    warnings.append(f"{para.number}.{last + 1}–{para.number}.{n - 1} are missing")
                current = [sub.group(3) or ""]
                para.subs.append((n, current))
                continue
        top = _TOP.match(line)
        if top and (para is None or int(top.group(1)) == para.number + 1):
            paragraphs.append(_Paragraph(int(top.group(1)), [top.group(2)]))
            current = paragraphs[-1].intro
            continue
        if _STOP.match(line):
            break
        if current is not None:
            current.append(line)
    return paragraphs, warnings


def records_from_paragraphs(
    paragraphs: list[_Paragraph], symbol: str, state: str | None, cycle: int | None
) -> tuple[list[RecommendationRecord], list[str]]:
    records: list[RecommendationRecord] = []
    warnings: list[str] = []
    for para in paragraphs:
        position = position_from_intro(join_lines(para.intro))
        for n, parts in para.subs:
            number = f"{para.number}.{n}"
            text, states = parse_recommendation_text(join_lines(parts))
            if not states:
                warnings.append(f"{number}: no recommending State found at the end of the text")
            records.append(
                RecommendationRecord(
                    symbol=symbol,
                    number=number,
                    text=text,
                    states=states,
                    state_under_review=state,
                    cycle=cycle,
                    position=position,
                    position_source=f"{symbol} - Para. {para.number}" if position else None,
                )
            )
    return records, warnings


def title_facts(lines: list[str]) -> tuple[str | None, str | None]:
    """(symbol, State under review) from the title page's lines."""
    symbol = None
    for line in lines:
        m = SYMBOL_RE.fullmatch(line.strip())
        if m:
            symbol = clean_symbol(m.group(0))
            break
    if symbol is None:
        m = SYMBOL_RE.search("\n".join(lines))
        symbol = clean_symbol(m.group(0)) if m else None
    state = None
    flat = [re.sub(r"[*\d]+$", "", ln).strip() for ln in lines]
    joined = " ".join(flat)
    at = joined.find(WG_TITLE)
    if at >= 0:
        # the State's name is the first line after the title that is a State
        seen = 0
        for ln in flat:
            seen += len(ln) + 1
            if seen > at + len(WG_TITLE) and state_key(ln):
                state = ln
                break
    return symbol, state


def _build(kind_lines: list[str], title_lines: list[str], file_name: str) -> RegistryImport:
    symbol, state = title_facts(title_lines)
    if symbol is None:
        raise IngestError(file_name, "no document symbol (A/HRC/…) was found on the title page")
    paragraphs, warnings = parse_conclusions(kind_lines)
    cycle = cycle_from_symbol(symbol)
    records, more = records_from_paragraphs(
        paragraphs, symbol, state_key(state) if state else None, cycle
    )
    if not records:
        raise IngestError(
            file_name,
            "no numbered recommendations were found under 'Conclusions and/or recommendations'",
        )
    title = f"{WG_TITLE}: {state}" if state else WG_TITLE
    return RegistryImport(
        kind=RegistryKind.WG_REPORT,
        symbol=symbol,
        title=title,
        state_under_review=state_key(state) if state else None,
        records=tuple(records),
        document_symbol=symbol,
        warnings=tuple(warnings + more),
        session=session_from_text(" ".join(kind_lines[:120])),
    )


def parse_wg_report_pdf(data: bytes, file_name: str) -> RegistryImport:
    doc = open_pdf(data, file_name)
    try:
        with pdf_damage(file_name):
            body, _notes = document_lines(doc)
            title_lines = [ln.text for ln in page_lines(doc[0], 0)]
    finally:
        doc.close()
    return _build([ln.text for ln in body], title_lines, file_name)


def docx_lines(data: bytes, file_name: str) -> tuple[list[str], list[str]]:
    """(body paragraphs as lines, header texts) of a DOCX; tables are read row by row."""
    document = open_word_document(data, file_name)  # checked by SafeZip before python-docx
    with written_damage(file_name, damaged_reason("Word")):
        lines = [re.sub(r"\s+", " ", p.text).strip() for p in document.paragraphs]
        headers: list[str] = []
        for section in document.sections:
            for part in (section.first_page_header, section.header):
                headers.extend(p.text.strip() for p in part.paragraphs if p.text.strip())
    return [ln for ln in lines if ln], headers


def parse_wg_report_docx(data: bytes, file_name: str) -> RegistryImport:
    lines, headers = docx_lines(data, file_name)
    return _build(lines, headers + lines[:40], file_name)
