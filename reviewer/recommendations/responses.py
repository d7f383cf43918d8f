"""Positions from the State's responses (the report's Add.1, "Views on conclusions …").

Three layouts are read, tried in this order until one gives positions:

* **Lists** after a verb: "accepts the recommendations 1–5, 14–16, …", "takes note of
  recommendations 140.1, 140.2, …".  Items may be parted by commas, "and", or a full
  stop between full numbers ("140.34, 140.35. 140.36"); words may stand between
  "recommendations" and a list that follows a colon ("accepts the following
  recommendations and provides some additional information about the implementation:
  140.11, 140.12, …"); ranges may be spaced or cut by a line break ("150 – 152",
  "14–\\n16", "122.62-\\n66").  A list's position comes from the verb closest before
  it in its own paragraph ("accepts", "notes", "does not accept", "partially"), else
  from the words right after it ("… are noted"), else from the section heading ("I.
  Accepted recommendations", "III. Noted recommendations").  Explanations headed by
  the numbers they concern — "Rec. 18 …", "Recs. 6–13 …", or a line holding only
  numbers ("140.82-85, 87") after a finished sentence of a paragraph that has given
  its lists — are kept as the comment of each recommendation they name;
  ``position_source`` is "A/HRC/…/Add.1 - Para. 4".
* **Tables** with a number (or recommendation) column and a position column, in a
  DOCX or a PDF (:mod:`.responses_table`).
* **Answers in prose, item by item** (1st cycle: "2. Slovenia accepts the
  recommendation", "5., 6., 7., 8., 9. … accepts these recommendations"), each
  position stored with the sentence it came from (:mod:`.responses_prose`).

The short numbers ("14", or the 1st cycle's items "1."–"97.") count the
sub-paragraphs of one paragraph of the report: 14 means 115.14 when the
recommendations are paragraph 115.  That paragraph is found, in order: in the text
("follow the list in paragraph 115 of the Report", footnotes included), from full
numbers in the lists ("115.3"), from the ``paragraph`` argument (which the importer
takes from what the registry knows of the report).  Without any of them the import
fails rather than guess.  A file recognised as responses that yields no position is
an ``IngestError`` naming what was looked for.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field

from reviewer.ingest.model import IngestError
from reviewer.vocabulary import Position, RegistryKind, number_key, parent_symbol

from .model import RecommendationRecord, RegistryImport
from .normalise import cycle_from_symbol, state_key
from .pdftext import document_lines, open_pdf, page_lines, pdf_damage
from .responses_common import (
    FULL,
    LIST,
    PENDING_WORDS,
    ResponseFacts,
    expand,
    heading_position,
    join_wrapped,
    negated,
    same_paragraph,
    stated_counts,
    support_or_refusal,
    with_prefix,
)
from .responses_prose import read_prose
from .responses_table import docx_tables, header_hint, pdf_tables, read_tables
from .responses_words import (
    AFTER_LIST,
    AFTER_NOTED,
    NOTE_WORDS,
    NUMBER_SIGN,
    PARAGRAPH_REF,
    PARTIAL_WORDS,
    REC_WORD,
)
from .wg_report import WG_TITLE, docx_lines, title_facts

__all__ = ["expand", "parse_responses"]

_LIST_AFTER_WORD = re.compile(
    rf"\b{REC_WORD}\b\s*(?:{NUMBER_SIGN}\.?\s*)?(?:contained\s+in\s+paragraphs?\s+)?"
    rf":?\s*(?P<list>{LIST})",
    re.I,
)
# "recommendations and provides some additional information about the implementation: …"
_LIST_AFTER_COLON = re.compile(
    rf"\b{REC_WORD}\b(?P<words>[^.:;\d]{{1,160}}?):\s*(?P<list>{LIST})", re.I
)
# "Slovenia accepts the following: 8, 9" (no word "recommendations")
_LIST_AFTER_VERB = re.compile(
    r"\b(?:accept(?:s|ed)?|support(?:s|ed)?|not(?:es|ed)|take[sn]?\s+note\s+of|"
    r"reject(?:s|ed)?|accepte(?:nt)?|appuie(?:nt)?|soutien(?:t|nent)|prend\s+note\s+de|"
    r"rejette|acepta(?:n)?|apoya(?:n)?|toma\s+nota\s+de|rechaza)"
    rf"\b(?P<words>[^.:;\d]{{0,80}}?):\s*(?P<list>{LIST})",
    re.I,
)
_REC_BLOCK = re.compile(
    r"^(?:Rec(?:s|ommendations?|ommandations?|omendaci(?:ón|ones))?)\.?\s+"
    rf"({LIST})(?:\s*[:.])?(?:\s+(.*)|$)"
)
# a line of numbers only, heading the explanation below it: "140.82-85, 87"
_NUMBER_HEAD = re.compile(
    rf"^({FULL}(?:[-\u2010-\u2015\u2212,;\s]+\d{{1,4}}(?:\.\d{{1,4}})?)*)\s*:?$"
)
_BARE_LIST = re.compile(rf"{LIST}\s*[.;]?")
_SENTENCE_DONE = re.compile(r"[.:!?)\"\u201d]$")
_TOP = re.compile(r"^(\d{1,3})\.\s+(.*)$")
_HEADING = re.compile(r"^(?:[IVX]+\.|[A-H]\.)\s+\S|^(?:Notes|Annex\b.*)$")
_PARAGRAPH_REF = PARAGRAPH_REF
_PARTIAL = re.compile(PARTIAL_WORDS, re.I)
_NOTE = re.compile(NOTE_WORDS, re.I)
_AFTER = re.compile(
    r"^\W*(?:(?:are|is|were|have\s+been|has\s+been)\s+(?P<not>not\s+)?"
    r"(?P<part>(?:partially|fully)\s+)?(?P<word>accepted|supported|noted|rejected)\b"
    r"|(?P<not2>(?:do|does|did)\s+not\s+)?(?:enjoy|enjoys|enjoyed|have|has|had|received?)"
    r"\s+(?:the\s+)?(?P<word2>support)\b)",
    re.I,
)


@dataclass
class _Block:
    kind: str  # "paragraph" | "heading" | "rec"
    number: str | None
    lines: list[str] = field(default_factory=list)


def blocks(lines: list[str]) -> list[_Block]:
    out: list[_Block] = []
    last_para = 0
    previous = ""
    for line in lines:
        rec = _REC_BLOCK.match(line)
        head = _NUMBER_HEAD.match(line) if _SENTENCE_DONE.search(previous) else None
        if head and not (out and (out[-1].kind == "rec" or _lists(join_wrapped(out[-1].lines)))):
            head = None  # "… the following recommendations:" / "140.7, 140.8" is the list
        top = _TOP.match(line)
        if rec:
            out.append(_Block("rec", rec.group(1), [rec.group(2) or ""]))
        elif head:
            out.append(_Block("rec", ", ".join(with_prefix(expand(head.group(1)))), []))
        elif top and int(top.group(1)) == last_para + 1:
            last_para += 1
            out.append(_Block("paragraph", top.group(1), [top.group(2)]))
        elif _HEADING.match(line):
            out.append(_Block("heading", None, [line]))
        elif out:
            out[-1].lines.append(line)
        else:
            out.append(_Block("heading", None, [line]))
        previous = line
    return out


def _verb_position(text: str) -> tuple[int, Position] | None:
    """The verb closest to the end of ``text`` ("… accepts …, but notes …")."""
    found: list[tuple[int, Position]] = list(support_or_refusal(text))
    for m in _NOTE.finditer(text):
        found.append((m.start(), Position.NOTED))
    for m in PENDING_WORDS.finditer(text):
        found.append((m.start(), Position.PENDING))
    for m in _PARTIAL.finditer(text):
        if not negated(text[: m.start()]):
            # "partially" beats a following "accepts" in the same phrase
            found.append((m.start() + 40, Position.PARTIALLY))
    return max(found, key=lambda f: f[0]) if found else None


def _position_of_list(before: str, words: str, after: str) -> Position | None:
    """Before the list in its sentence, right after it, before it in the paragraph."""
    sentence = re.split(r"(?<=[.!?])\s+(?=[A-ZÀ-Ý])", before)[-1]
    for text in (sentence, words):
        verb = _verb_position(text)
        if verb:
            return verb[1]
    m = AFTER_LIST.match(after)  # French and Spanish: "sont acceptées", "son aceptadas"
    if m:
        if m.group("not") or re.search(r"\bpas\b", m.group(0), re.I):
            return Position.NOTED
        if m.group("part"):
            return Position.PARTIALLY
        return Position.NOTED if AFTER_NOTED.match(m.group("word")) else Position.SUPPORTED
    m = _AFTER.match(after)
    if m:
        if m.group("not") or m.group("not2"):
            return Position.NOTED
        if (m.group("part") or "").strip().lower() == "partially":
            return Position.PARTIALLY
        word = (m.group("word") or m.group("word2")).lower()
        return Position.NOTED if word in ("noted", "rejected") else Position.SUPPORTED
    verb = _verb_position(before)
    return verb[1] if verb else None


def _lists(text: str) -> list[tuple[int, int, str, str]]:
    """(start of "recommendations", end of list, words between, list) in text order."""
    found: dict[int, tuple[int, int, str, str]] = {}
    for m in _LIST_AFTER_WORD.finditer(text):
        found[m.start()] = (m.start(), m.end(), "", m.group("list"))
    for pattern in (_LIST_AFTER_COLON, _LIST_AFTER_VERB):
        for m in pattern.finditer(text):
            numbers = expand(m.group("list"))
            if not (len(numbers) > 1 or "." in numbers[0]):
                continue  # one short number after a colon may be anything ("reasons: 25 June")
            # (after a verb, the list's words start after it, so that it is "before" the list)
            at = m.start() if pattern is _LIST_AFTER_COLON else m.start("words")
            if not any(f[0] <= at < f[1] or at <= f[0] < m.end() for f in found.values()):
                found[at] = (at, m.end(), m.group("words"), m.group("list"))
    out = sorted(found.values())
    return [x for i, x in enumerate(out) if i == 0 or x[0] >= out[i - 1][1]]


def read_lists(lines: list[str], document_symbol: str) -> ResponseFacts:
    facts = ResponseFacts()
    heading: Position | None = None
    for block in blocks(lines):
        text = join_wrapped(block.lines)
        if block.kind == "heading":
            # the heading is its first line, and the next when that goes on in lower case;
            # the lines after it are text (a DOCX's paragraphs numbered by Word, whose
            # digits are not in the text, all follow a heading)
            first = block.lines[:2] if block.lines[1:2] and block.lines[1][:1].islower() else []
            heading = heading_position(join_wrapped(first or block.lines[:1]))
            if heading is not None:  # "I. Accepted recommendations" / "1, 2, 5–7"
                for line in block.lines[len(first) or 1 :]:
                    if _BARE_LIST.fullmatch(line.strip()):
                        for n in expand(same_paragraph(line)):
                            facts.add_position(n, heading, document_symbol)
        if block.kind == "rec":
            for n in expand(block.number or ""):
                facts.add_comment(n, text)
            continue
        source = f"{document_symbol} - Para. {block.number}" if block.number else document_symbol
        start = 0
        for at, end, words, listing in _lists(text):
            position = _position_of_list(text[start:at], words, text[end:]) or heading
            start = end
            if position is None:
                continue
            for n in expand(same_paragraph(listing)):
                facts.add_position(n, position, source)
    return facts


def _full(n: str, paragraph: int | None) -> str | None:
    if "." in n:
        return n
    return f"{paragraph}.{n}" if paragraph is not None else None


def build_records(
    facts: ResponseFacts,
    symbol: str,
    state: str | None,
    paragraph: int | None,
) -> list[RecommendationRecord]:
    numbers: dict[str, RecommendationRecord] = {}
    cycle = cycle_from_symbol(symbol)
    for short in [*facts.positions, *(n for n in facts.comments if n not in facts.positions)]:
        full = _full(short, paragraph)
        if full is None or full in numbers:
            continue
        position, source = facts.positions.get(short) or (None, None)
        comment = "\n".join(c for c in facts.comments.get(short, []) if c) or None
        numbers[full] = RecommendationRecord(
            symbol=symbol,
            number=full,
            text=None,
            states=(),
            state_under_review=state,
            cycle=cycle,
            position=position,
            position_source=source if position else None,
            comment=comment,
        )
    return sorted(numbers.values(), key=lambda r: number_key(r.number))


def _read(
    data: bytes, file_name: str, lines: list[str], hint_pages: set[int], document_symbol: str
) -> tuple[ResponseFacts, str]:
    """The first layout that gives positions, and its name.

    A table goes first: in a PDF its cells are lines too, and a comment cell's "see
    recommendation 140.5" would otherwise read as a list.
    """
    if data[:2] == b"PK":
        tables = docx_tables(data, file_name)
    else:
        tables = pdf_tables(data, file_name, hint_pages)
    table = read_tables(tables, document_symbol)
    if table.positions:
        return table, "table"
    facts = read_lists(lines, document_symbol)
    if facts.positions:
        return facts, "lists"
    prose = read_prose(lines, document_symbol)
    if prose.positions:
        return prose, "prose"
    return facts, "none"


def parse_responses(
    data: bytes,
    file_name: str,
    paragraph: int | None = None,
    paragraph_for: Callable[[str], int | None] | None = None,
) -> RegistryImport:
    """Responses as PDF, or as DOCX laid out the same way (one paragraph per line).

    ``paragraph`` is the report's paragraph that short numbers count ("14" → 115.14):
    used when the text does not say it (a 1st-cycle report's items "1."–"97." are
    paragraph 111 of A/HRC/14/15); when the text says another, the argument wins with
    a warning.  ``paragraph_for(report symbol)`` is asked when neither the text nor
    ``paragraph`` says it: the workspace knows it when the report is already imported
    and numbers its recommendations under one paragraph.
    """
    if data[:2] == b"PK":
        lines, headers = docx_lines(data, file_name)
        title_lines, note_lines = headers + lines[:40], []
        hint_pages: set[int] = set()
    else:
        doc = open_pdf(data, file_name)
        try:
            with pdf_damage(file_name):
                body, notes = document_lines(doc)
                title_lines = [ln.text for ln in page_lines(doc[0], 0)]
        finally:
            doc.close()
        lines, note_lines = [ln.text for ln in body], [ln.text for ln in notes]
        # (a table is often set smaller than the text, and so among the "notes")
        hint_pages = {ln.page for ln in body + notes if header_hint(ln.text)}
    document_symbol, state = title_facts(title_lines)
    if document_symbol is None:
        raise IngestError(
            file_name, "no document symbol (A/HRC/…/Add.1) was found on the title page"
        )
    symbol = parent_symbol(document_symbol)
    facts, layout = _read(data, file_name, lines, hint_pages, document_symbol)
    if not facts.positions:
        raise IngestError(
            file_name,
            "no lists of accepted or noted recommendations were found, no table with a "
            "position column, and no numbered answers saying the State accepts or cannot "
            "accept a recommendation",
        )
    all_text = join_wrapped(lines + note_lines)
    m = _PARAGRAPH_REF.search(all_text)
    found = int(next(g for g in m.groups() if g)) if m else None
    if found is None:
        full_numbers = {n.split(".")[0] for n in facts.positions if "." in n}
        found = int(next(iter(full_numbers))) if len(full_numbers) == 1 else None
    if paragraph is not None and found is not None and paragraph != found:
        facts.warnings.append(f"the document says paragraph {found}; using {paragraph} as asked")
    paragraph = paragraph if paragraph is not None else found
    if paragraph is None and paragraph_for is not None:
        paragraph = paragraph_for(symbol)
    if paragraph is None and any("." not in n for n in facts.positions):
        what = "items 1., 2., 3. …" if layout == "prose" else "recommendations 1, 2, 3 …"
        raise IngestError(
            file_name,
            f"the responses number {what} without saying which paragraph of {symbol} they "
            f"count; import the Working Group report {symbol} first (it says), then these "
            "responses again",
        )
    state_name = state_key(state) if state else None
    records = build_records(facts, symbol, state_name, paragraph)
    warnings = list(facts.warnings)
    for position, expected in stated_counts(join_wrapped(lines)).items():
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
