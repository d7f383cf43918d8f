"""Positions from the State's responses (the report's Add.1, "Views on conclusions …").

The responses list recommendations by short serial numbers and ranges ("accepts
the recommendations 1–5, 14–16, …", "150 – 152", a range cut by a line break
"14–\\n16") that count the sub-paragraphs of one paragraph of the report: 1 means
115.1 when the recommendations are paragraph 115.  That paragraph is found, in
order: in the text ("follow the list in paragraph 115 of the Report", footnotes
included), from full numbers in the lists ("115.3"), from the ``paragraph``
argument.  Without any of them the import fails rather than guess.

A list's position comes from the words before it in its own paragraph ("accepts",
"notes", "partially"), else from the section heading ("I. Accepted
recommendations", "III. Noted recommendations").  "Rec. 18 …" / "Recs. 6–13 …"
blocks are kept as the comment of each recommendation they name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from reviewer.ingest.model import IngestError
from reviewer.vocabulary import Position, RegistryKind, number_key, parent_symbol

from .model import RecommendationRecord, RegistryImport
from .normalise import cycle_from_symbol, parse_position, state_key
from .pdftext import document_lines, join_lines, open_pdf, page_lines, pdf_damage
from .wg_report import WG_TITLE, docx_lines, title_facts

_NUM = r"\d{1,4}(?:\.\d{1,4})?"
_DASH = r"\s*[-\u2010-\u2015\u2212]\s*"
_ITEM = rf"{_NUM}(?:{_DASH}{_NUM})?"
_LIST = rf"{_ITEM}(?:\s*(?:,|;|&|\band\b)\s*{_ITEM})*"
_LIST_AFTER_WORD = re.compile(
    rf"\brecommendations?\b\s*(?:(?:Nos?|numbers?)\.?\s*)?(?:contained\s+in\s+paragraphs?\s+)?:?\s*({_LIST})",
    re.I,
)
_REC_BLOCK = re.compile(rf"^Rec(?:s|ommendations?)?\.?\s+({_LIST})(?:\s*[:.])?(?:\s+(.*)|$)")
_TOP = re.compile(r"^(\d{1,3})\.\s+(.*)$")
_HEADING = re.compile(r"^(?:[IVX]+\.|[A-H]\.)\s+\S|^(?:Notes|Annex\b.*)$")
_PARAGRAPH_REF = re.compile(
    r"\bparagraph\s+(\d{1,4})\s+of\s+(?:the\s+)?(?:Report|document|A/HRC)|"
    r"\bcontained\s+in\s+paragraph\s+(\d{1,4})\b|"
    r"\blist(?:ed)?\s+in\s+paragraph\s+(\d{1,4})\b",
    re.I,
)
_COUNT = re.compile(r"\b(accepts?|supports?|notes?)\s+(\d{1,4})\s+recommendations\b", re.I)


def expand(listing: str) -> list[str]:
    """'1–5, 14– 16, 150 – 152, 115.3' → ['1', …, '5', '14', '15', '16', …, '115.3']."""
    out: list[str] = []
    for item in re.finditer(rf"({_NUM})(?:{_DASH}({_NUM}))?", listing):
        a, b = item.group(1), item.group(2)
        if b is None:
            out.append(a)
            continue
        pa, pb = a.rpartition("."), b.rpartition(".")
        prefix = pa[0] + "." if pa[1] else ""
        lo, hi = int(pa[2]), int(pb[2])
        if pb[1] and pb[0] + "." != prefix:
            out += [a, b]  # "115.3–116.2": not a plain range, keep the ends
        elif lo <= hi and hi - lo <= 500:
            out += [f"{prefix}{n}" for n in range(lo, hi + 1)]
        else:
            out += [a, b]
    return out


@dataclass
class _Block:
    kind: str  # "paragraph" | "heading" | "rec"
    number: str | None
    lines: list[str] = field(default_factory=list)


def blocks(lines: list[str]) -> list[_Block]:
    out: list[_Block] = []
    last_para = 0
    for line in lines:
        rec = _REC_BLOCK.match(line)
        top = _TOP.match(line)
        if rec:
            out.append(_Block("rec", rec.group(1), [rec.group(2) or ""]))
        elif top and int(top.group(1)) == last_para + 1:
            last_para += 1
            out.append(_Block("paragraph", top.group(1), [top.group(2)]))
        elif _HEADING.match(line):
            out.append(_Block("heading", None, [line]))
        elif out:
            out[-1].lines.append(line)
        else:
            out.append(_Block("heading", None, [line]))
    return out


def _position_before(text: str, heading_position: Position | None) -> Position | None:
    """The verb closest before a list decides ("… accepts …, but notes …")."""
    best: Position | None = None
    best_at = -1
    for position, pattern in (
        (Position.PARTIALLY, r"\bpartial(?:ly)?\b"),
        (Position.NOTED, r"\b(?:notes?|noted|takes? note|rejects?|does not (?:accept|support))\b"),
        (Position.SUPPORTED, r"\b(?:accepts?|accepted|supports?|supported|agrees? with)\b"),
    ):
        for m in re.finditer(pattern, text, re.I):
            if position is Position.SUPPORTED and re.search(
                r"(?:\bnot|\bcannot|n't)\s+$", text[: m.start()]
            ):
                continue  # "does not accept"
            # "partially" beats a following "accepts" in the same phrase
            at = m.start() + (40 if position is Position.PARTIALLY else 0)
            if at > best_at:
                best, best_at = position, at
    return best or heading_position


@dataclass
class ResponseFacts:
    # number as written ("14" or "115.14") → (position, paragraph of Add.1 that says so)
    positions: dict[str, tuple[Position, str]] = field(default_factory=dict)
    comments: dict[str, list[str]] = field(default_factory=dict)
    paragraph: int | None = None
    counts: dict[str, int] = field(default_factory=dict)  # position (or the words) → how many
    warnings: list[str] = field(default_factory=list)


def read_blocks(items: list[_Block], all_text: str) -> ResponseFacts:
    facts = ResponseFacts()
    heading_position: Position | None = None
    for block in items:
        text = join_lines(block.lines)
        if block.kind == "heading":
            heading_position = parse_position(text) if "recommendation" in text.lower() else None
            continue
        if block.kind == "rec":
            for n in expand(block.number or ""):
                facts.comments.setdefault(n, []).append(text)
            continue
        for m in _COUNT.finditer(text):
            key = parse_position(m.group(1)) or m.group(1)
            facts.counts[key] = facts.counts.get(key, 0) + int(m.group(2))
        start = 0
        for m in _LIST_AFTER_WORD.finditer(text):
            position = _position_before(text[start : m.start()], heading_position)
            start = m.end()
            if position is None:
                continue
            for n in expand(m.group(1)):
                previous = facts.positions.get(n)
                if previous and previous[0] != position:
                    facts.warnings.append(
                        f"recommendation {n} is both {previous[0]} and {position}"
                    )
                    continue
                facts.positions.setdefault(n, (position, block.number or ""))
    for m in _PARAGRAPH_REF.finditer(all_text):
        facts.paragraph = int(next(g for g in m.groups() if g))
        break
    return facts


def _full(n: str, paragraph: int | None) -> str | None:
    if "." in n:
        return n
    return f"{paragraph}.{n}" if paragraph is not None else None


def build_records(
    facts: ResponseFacts,
    symbol: str,
    document_symbol: str,
    state: str | None,
    paragraph: int | None,
) -> list[RecommendationRecord]:
    numbers: dict[str, RecommendationRecord] = {}
    cycle = cycle_from_symbol(symbol)
    for short in [*facts.positions, *(n for n in facts.comments if n not in facts.positions)]:
        full = _full(short, paragraph)
        if full is None or full in numbers:
            continue
        position, para = facts.positions.get(short) or (None, "")
        comment = "\n".join(c for c in facts.comments.get(short, []) if c) or None
        numbers[full] = RecommendationRecord(
            symbol=symbol,
            number=full,
            text=None,
            states=(),
            state_under_review=state,
            cycle=cycle,
            position=position,
            position_source=(f"{document_symbol} - Para. {para}" if para else document_symbol)
            if position
            else None,
            comment=comment,
        )
    return sorted(numbers.values(), key=lambda r: number_key(r.number))


def parse_responses(data: bytes, file_name: str, paragraph: int | None = None) -> RegistryImport:
    """Responses as PDF, or as DOCX laid out the same way (one paragraph per line)."""
    if data[:2] == b"PK":
        lines, headers = docx_lines(data, file_name)
        title_lines, note_lines = headers + lines[:40], []
    else:
        doc = open_pdf(data, file_name)
        try:
            with pdf_damage(file_name):
                body, notes = document_lines(doc)
                title_lines = [ln.text for ln in page_lines(doc[0], 0)]
        finally:
            doc.close()
        lines, note_lines = [ln.text for ln in body], [ln.text for ln in notes]
    document_symbol, state = title_facts(title_lines)
    if document_symbol is None:
        raise IngestError(
            file_name, "no document symbol (A/HRC/…/Add.1) was found on the title page"
        )
    symbol = parent_symbol(document_symbol)
    facts = read_blocks(blocks(lines), join_lines(lines + note_lines))
    full_numbers = {n.split(".")[0] for n in facts.positions if "." in n}
    found = facts.paragraph or (int(next(iter(full_numbers))) if len(full_numbers) == 1 else None)
    if paragraph is not None and found is not None and paragraph != found:
        facts.warnings.append(f"the document says paragraph {found}; using {paragraph} as asked")
    paragraph = paragraph if paragraph is not None else found
    if not facts.positions:
        raise IngestError(file_name, "no lists of accepted or noted recommendations were found")
    if paragraph is None and any("." not in n for n in facts.positions):
        raise IngestError(
            file_name,
            "the responses number recommendations 1, 2, 3 … without saying which paragraph of "
            f"{symbol} they count; import again giving that paragraph (e.g. 115)",
        )
    state_name = state_key(state) if state else None
    records = build_records(facts, symbol, document_symbol, state_name, paragraph)
    warnings = list(facts.warnings)
    for position, expected in facts.counts.items():
        got = sum(1 for r in records if r.position == position)
        if got != expected:
            warnings.append(f"the text says {expected} {position}, the lists give {got}")
    title = (
        f"{WG_TITLE}: {state or symbol} – Addendum (views on conclusions and/or recommendations)"
    )
    return RegistryImport(
        kind=RegistryKind.RESPONSES,
        symbol=symbol,
        title=title,
        state_under_review=state_name,
        records=tuple(records),
        document_symbol=document_symbol,
        warnings=tuple(warnings),
    )
