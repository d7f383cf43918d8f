"""Recommendations from a Working Group report (PDF, or DOCX laid out the same way).

The recommendations are numbered under the paragraphs of the section "Conclusions
and/or recommendations" (see ``wg_conclusions``): ``131.1``… from 2010–2011 on,
"1.", "2."… under each paragraph in the first cycle, stored as ``P.k`` all the same.
Each paragraph opens with a sentence saying what the State did with them: "enjoy
the support of" (supported), "will be examined by" (pending: the responses come
later) or "did not enjoy the support of" / "noted" (noted).  Everything is read
from lines with the page furniture and page notes removed, so a recommendation
cut by a page break is read whole.
"""

from __future__ import annotations

import re

from reviewer.calendar import session_from_text
from reviewer.ingest.model import IngestError
from reviewer.ingest.safezip import damaged_reason, open_word_document, written_damage
from reviewer.vocabulary import RegistryKind

from .model import RecommendationRecord, RegistryImport
from .normalise import (
    SYMBOL_RE,
    clean_symbol,
    cycle_from_symbol,
    join_segments,
    split_recommendation,
    split_states,
    state_key,
)
from .pdftext import FOOTNOTE_MARKS, document_lines, join_lines, open_pdf, page_lines, pdf_damage
from .state_names import english_name
from .wg_conclusions import Paragraph, Row, group

WG_TITLE = "Report of the Working Group on the Universal Periodic Review"
# the title in the UN's French and Spanish editions (English first: the default)
WG_TITLES = (
    WG_TITLE,
    "Rapport du Groupe de travail sur l'Examen périodique universel",
    "Informe del Grupo de Trabajo sobre el Examen Periódico Universal",
)
_TITLE_LANGUAGES = dict(zip(WG_TITLES, ("en", "fr", "es"), strict=True))
_MARKS = f"[{re.escape(FOOTNOTE_MARKS)}]"
# A parenthesised group, one level of inner parentheses ("(Bolivia (Plurinational State of))")
_GROUP = re.compile(r"\(((?:[^()]|\([^()]*\))*)\)")
# "(Moldova)", "(Sierra Le one, Peru)": capitalised names, no figures, not an acronym
# (short lowercase pieces: "of", "the", and what a stray space leaves, "Sierra Le one")
_NAME = r"[A-Z][\w'\u2019.-]*(?:\s+(?:[a-z']{1,4}|[A-Z][\w'\u2019.-]*|\([^()]*\)))*"
# words of titles in parentheses, never of a State's name
_NOT_A_STATE = re.compile(
    r"\b(?:Convention|Protocol|Covenant|Committee|Council|Platform|Act|Law|Code|Plan|"
    r"Programme|Program|Strategy|Declaration|Statute|Charter|Agenda|Goals?|Rules|Principles|"
    r"Guidelines|Commission|Office|Ministry|Institution|Court|Union|Organi[sz]ation|Treaty|"
    r"Article|Paragraph|Recommendations?|Nations|Action|Framework|Policy|Mechanism)\b"
)
_NAMES = re.compile(rf"{_NAME}(?:\s*,\s*(?:and\s+)?{_NAME})*(?:\s+and\s+{_NAME})?")
_LAST_GROUP = re.compile(r"\s*\(((?:[^()]|\([^()]*\))*)\)[\s;.,]*$")


def _inline_states(text: str) -> list[str]:
    """Every State group inside a text, in order: "To ratify (Spain)/consider … (Argentina) …"."""
    found: list[str] = []
    for m in _GROUP.finditer(text):
        found.extend(split_states(m.group(0))[1])
    return found


def _repaired(name: str) -> str:
    """A State name split by stray spaces ("Sierra Le one") as the UN writes it."""
    canonical = state_key(name)
    if canonical and " " in name and name.replace(" ", "") == canonical.replace(" ", ""):
        return canonical
    return name


def _names_as_written(inner: str) -> tuple[str, ...]:
    """ "Moldova, Peru and Chile" → the names; a name's own "and" (Bosnia and Herzegovina) stays."""
    names: list[str] = []
    depth, start = 0, 0
    pieces = []
    for i, ch in enumerate(inner):
        depth += {"(": 1, ")": -1}.get(ch, 0)
        if ch == "," and depth == 0:
            pieces.append(inner[start:i])
            start = i + 1
    pieces.append(inner[start:])
    for piece in (p.strip() for p in pieces):
        piece = re.sub(r"^and\s+", "", piece)
        head, sep, last = piece.rpartition(" and ")
        if sep and not state_key(piece) and state_key(last):
            names.extend([head.strip(), last.strip()])
        elif piece:
            names.append(piece)
    return tuple(names)


def _unknown_state_group(body: str) -> tuple[str, tuple[str, ...]] | None:
    """(text, names as written) when an item ends in "(Name)" that is no State we know.

    Only a group of capitalised names without figures, and not an acronym ("(CRPD)"),
    so a title in parentheses is not taken for a State.
    """
    m = _LAST_GROUP.search(body)
    if not m or not _NAMES.fullmatch(m.group(1).strip()):
        return None
    inner = re.sub(r"\s+", " ", m.group(1)).strip()
    if not re.search(r"[a-z]", inner) or len(inner) > 120 or _NOT_A_STATE.search(inner):
        return None
    text = body[: m.start()].rstrip(" ;.,")
    return (text, _names_as_written(inner)) if text else None


def item_record_text(
    body: str, number: str, warnings: list[str]
) -> tuple[str | None, tuple[str, ...]]:
    """(text, States) of one numbered item, States in the order the body names them.

    An item may give each State its own verb, "To examine the possibility of joining
    (Algeria)/sign and ratify (Egypt)/… (Algeria, Egypt, …)": the text keeps them all,
    and every State group in it counts.
    """
    segments = split_recommendation(body)
    if segments and not segments[-1][1]:
        # "… (Moldova);": a State group we do not know stays the State group, as written
        unknown = _unknown_state_group(segments[-1][0])
        if unknown:
            segments[-1] = unknown
            for name in unknown[1]:
                if not state_key(name):
                    warnings.append(
                        f"{number}: '{name}' is not a State name we know; kept as written"
                    )
    text, states = join_segments(segments)
    if not states:
        warnings.append(f"{number}: no recommending State found at the end of the text")
    names = [_repaired(s) for s in (*_inline_states(body), *states)]
    ordered: list[str] = []
    seen: set[str] = set()
    for name in names:
        key = state_key(name) or name.casefold()
        if key not in seen:
            seen.add(key)
            ordered.append(english_name(name))
    return text, tuple(ordered)


def records_from_paragraphs(
    paragraphs: list[Paragraph], symbol: str, state: str | None, cycle: int | None
) -> tuple[list[RecommendationRecord], list[str]]:
    records: list[RecommendationRecord] = []
    warnings: list[str] = []
    for para in paragraphs:
        source = f"{symbol}, para. {para.number}: {para.statement}" if para.position else None
        for n, parts in para.items:
            number = f"{para.number}.{n}"
            text, states = item_record_text(join_lines(parts), number, warnings)
            records.append(
                RecommendationRecord(
                    symbol=symbol,
                    number=number,
                    text=text,
                    states=states,
                    state_under_review=state,
                    cycle=cycle,
                    position=para.position,
                    position_source=source,
                )
            )
    return records, warnings


def title_facts(lines: list[str]) -> tuple[str | None, str | None]:
    """(symbol, State under review) from the title page's lines.

    The symbol line may carry footnote marks: "A/HRC/11/17*", "A/HRC/27/3∗".
    """
    symbol = None
    for line in lines:
        m = SYMBOL_RE.fullmatch(re.sub(rf"{_MARKS}+$", "", line.strip()).strip())
        if m:
            symbol = clean_symbol(m.group(0))
            break
    if symbol is None:
        m = SYMBOL_RE.search("\n".join(lines))
        symbol = clean_symbol(m.group(0)) if m else None
    state = None
    flat = [re.sub(rf"(?:\d|{_MARKS})+$", "", ln).strip() for ln in lines]
    joined = _fold_quotes(" ".join(flat))
    for title in WG_TITLES:
        at = joined.casefold().find(title.casefold())
        if at < 0:
            continue
        # the State's name is the first line after the title that is a State
        seen = 0
        for ln in flat:
            seen += len(ln) + 1
            if seen > at + len(title) and state_key(ln):
                state = ln
                break
        break
    return symbol, state


def _fold_quotes(text: str) -> str:
    return text.replace("\u2019", "'").replace("\u00a0", " ")


def title_of(lines: list[str]) -> str:
    """The report's title in the language its title page is written in."""
    joined = _fold_quotes(" ".join(lines)).casefold()
    return next((t for t in WG_TITLES if t.casefold() in joined), WG_TITLE)


def _build(rows: list[Row], title_lines: list[str], file_name: str) -> RegistryImport:
    symbol, state = title_facts(title_lines)
    if symbol is None:
        raise IngestError(file_name, "no document symbol (A/HRC/…) was found on the title page")
    paragraphs, warnings = group(rows)
    cycle = cycle_from_symbol(symbol)
    records, more = records_from_paragraphs(
        paragraphs, symbol, state_key(state) if state else None, cycle
    )
    if not records:
        raise IngestError(
            file_name,
            "no numbered recommendations were found under 'Conclusions and/or recommendations'",
        )
    name = title_of(title_lines)
    title = f"{name}: {state}" if state else name
    return RegistryImport(
        kind=RegistryKind.WG_REPORT,
        symbol=symbol,
        title=title,
        state_under_review=state_key(state) if state else None,
        records=tuple(records),
        document_symbol=symbol,
        warnings=tuple(warnings + more),
        session=session_from_text(" ".join(r.text for r in rows[:120])),
        # the title's language; the recommendations' texts, when they tell, have the
        # last word (``detect.with_language``)
        language=_TITLE_LANGUAGES[name],
    )


def parse_wg_report_pdf(data: bytes, file_name: str) -> RegistryImport:
    doc = open_pdf(data, file_name)
    try:
        with pdf_damage(file_name):
            body, _notes = document_lines(doc)
            title_lines = [ln.text for ln in page_lines(doc[0], 0)]
    finally:
        doc.close()
    rows = [Row(ln.text, ln.x, ln.page) for ln in body]
    return _build(rows, title_lines, file_name)


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
    return _build([Row(ln) for ln in lines], headers + lines[:40], file_name)
