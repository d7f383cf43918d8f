"""Recommendations from an OHCHR thematic list (the DOCX "matrix").

One table, columns named in its first row ("Recommendation", "Position", "Full
list of themes", "Assessment/comments on level of implementation"); rows are
grouped under full-width "Theme: A12 …" rows.  A recommendation row's first
cell holds "28.9 <text> (State); <text> (State);" then "Source of position: …";
the themes cell lists "A12 Acceptance of international norms" lines, then
"Affected persons:" and "- children" lines.  A recommendation filed under
several theme rows becomes one record with the themes merged.

The French and Spanish editions are the same table in the UN's words: headers
"Recommandation", "Position", "Liste complète des thèmes" (or "Thème(s)", "Droits de
l'homme et cibles ODD") / "Recomendación", "Posición", "Lista completa de temas";
rows "Thème : A12 …" / "Tema: A12 …", "Source de la position : …" / "Fuente de la
posición: …", "Personnes concernées :" / "Personas afectadas:"; positions "Appuyée",
"Notée", "Apoyada", "Anotada" (``normalise.parse_position``).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass, field

from reviewer.ingest.model import IngestError
from reviewer.ingest.safezip import damaged_reason, open_word_document, written_damage
from reviewer.vocabulary import Position, RegistryKind, number_key, parent_symbol

from .model import RecommendationRecord, RegistryImport
from .normalise import (
    SYMBOL_RE,
    clean_symbol,
    cycle_from_symbol,
    cycle_from_text,
    parse_position,
    parse_recommendation_text,
    same_text,
    state_key,
    symbol_from_file_name,
)

_NUMBER = re.compile(r"^\s*(\d{1,4}\.\d{1,4})\.?\s+(.*)$", re.S)
_SOURCE = re.compile(
    r"^\s*(?:Source of position|Source de la position|Fuente de la posici[oó]n)\s*:\s*(.*)$",
    re.I | re.S,
)
_THEME_ROW = re.compile(r"^\s*(?:Theme|Th[eè]me|Tema)\s*:\s*(.+)$", re.I)
_THEME = re.compile(r"^([A-Z]\d{1,3}|[B-HJ-Z](?=\s+[A-Z]))\s+(\S.*)$")  # "A12 …", "S Sustainable …"
# "UPR of China (3rd Cycle …", "EPU de la Chine (3e cycle …", "EPU de China (3er ciclo …"
_UPR_OF = re.compile(r"(?:UPR of|EPU (?:de la|de l['’]|du|des|de|del))\s*(.+?)\s*\(")
_PERSONS = re.compile(
    r"^\s*(?:Affected persons|Personnes concern[ée]es|Personas afectadas)\s*:?\s*(.*)$", re.I
)


@dataclass
class _Row:
    number: str
    text: str | None
    states: tuple[str, ...]
    position: Position | None
    source: str | None
    themes: list[tuple[str, str]] = field(default_factory=list)
    persons: list[str] = field(default_factory=list)
    comment: str | None = None


def _folded(name: str) -> str:
    """A header without case or accents: "Recomendación" → "recomendacion"."""
    decomposed = unicodedata.normalize("NFD", name.casefold())
    return "".join(c for c in decomposed if not unicodedata.combining(c))


# each column's words in English, French and Spanish (folded: no accents)
_SOURCE_WORDS = ("source", "fuente")
_RECOMMENDATION_WORDS = ("recommendation", "recommandation", "recomendacion")
_POSITION_WORDS = ("position", "response", "posicion", "reponse", "respuesta")
_PERSONS_WORDS = ("affected", "persons", "personnes", "personas")
_THEME_WORDS = ("theme", "tema", "cibles odd", "metas de los ods")
_COMMENT_WORDS = ("comment", "assessment", "evaluation", "evaluacion", "comentario")


def columns(header: list[str]) -> dict[str, int]:
    """Which column holds what, from the header texts (English, French or Spanish);
    unknown headers are ignored."""
    found: dict[str, int] = {}

    def has(name: str, words: tuple[str, ...]) -> bool:
        return any(w in name for w in words)

    for i, name in enumerate(_folded(h) for h in header):
        if has(name, _SOURCE_WORDS) and has(name, _POSITION_WORDS):
            found.setdefault("source", i)
        elif has(name, _RECOMMENDATION_WORDS) and "recommendation" not in found:
            found["recommendation"] = i
        elif has(name, _POSITION_WORDS):
            found.setdefault("position", i)
        elif has(name, _PERSONS_WORDS):
            found.setdefault("persons", i)
        elif has(name, _THEME_WORDS):
            found.setdefault("themes", i)
        elif has(name, _COMMENT_WORDS):
            found.setdefault("comment", i)
    return found


def is_matrix_header(header: list[str]) -> bool:
    cols = columns(header)
    return "recommendation" in cols and "position" in cols


def parse_theme(text: str) -> tuple[str, str]:
    """'A12 Acceptance of international norms' → ('A12', '…'); a bare name gets code ''."""
    text = re.sub(r"\s+", " ", text).strip()
    m = _THEME.match(text)
    return (m.group(1), m.group(2).strip()) if m else ("", text)


def _themes_cell(paragraphs: list[str]) -> tuple[list[tuple[str, str]], list[str]]:
    themes: list[tuple[str, str]] = []
    persons: list[str] = []
    in_persons = False
    for para in paragraphs:
        for line in para.splitlines():
            if not line.strip():
                continue
            m = _PERSONS.match(line)
            if m:
                in_persons = True
                persons.extend(p.strip(" -•") for p in m.group(1).split(";") if p.strip(" -•"))
            elif in_persons:
                persons.append(line.strip(" -•\t"))
            else:
                themes.append(parse_theme(line))
    return themes, persons


def _paragraph_text(p, tags: dict[str, str]) -> str:
    """Like python-docx's ``Paragraph.text`` (runs, tabs, breaks), a few times faster."""
    out = []
    for el in p.iter(*tags):
        out.append(el.text or "" if tags[el.tag] == "t" else tags[el.tag])
    return "".join(out)


def _rows(document) -> list[list[list[str]]]:
    """The first table as rows of cells of paragraph texts (merged cells appear once)."""
    from docx.oxml.ns import qn

    tbl = document.element.body.find(qn("w:tbl"))
    if tbl is None:
        return []
    tags = {qn("w:t"): "t", qn("w:tab"): "\t", qn("w:br"): "\n", qn("w:cr"): "\n"}
    rows = []
    for tr in tbl.iterchildren(qn("w:tr")):
        cells = []
        for tc in tr.iterchildren(qn("w:tc")):
            cells.append([_paragraph_text(p, tags) for p in tc.iter(qn("w:p"))])
        rows.append(cells)
    return rows


def _add_unique(target: list, items) -> None:
    for item in items:
        if item and item not in target:
            target.append(item)


def parse_rows(rows: list[list[list[str]]]) -> tuple[list[_Row], list[str]]:
    if not rows:
        return [], ["the document has no table"]
    header = [" ".join(c).strip() for c in rows[0]]
    cols = columns(header)
    if "recommendation" not in cols:
        cols = {"recommendation": 0, "position": 1, "themes": 2, "comment": 3}
        start = 0
    else:
        start = 1
    found: dict[str, _Row] = {}
    warnings: list[str] = []
    group_theme: tuple[str, str] | None = None

    def cell(cells: list[list[str]], key: str) -> list[str]:
        i = cols.get(key)
        return cells[i] if i is not None and i < len(cells) else []

    for cells in rows[start:]:
        first = [p for p in (cells[0] if cells else []) if p.strip()]
        if not first:
            continue
        theme_row = _THEME_ROW.match(first[0])
        if theme_row and len({" ".join(c) for c in cells}) == 1:
            group_theme = parse_theme(theme_row.group(1))
            continue
        rec_cell = [p for p in cell(cells, "recommendation") if p.strip()]
        body: list[str] = []
        source = None
        for para in rec_cell:
            m = _SOURCE.match(para)
            if m:
                source = m.group(1).strip() or None
            else:
                body.append(para.strip())
        m = _NUMBER.match(" ".join(body))
        if not m:
            warnings.append(f"row without a recommendation number: {' '.join(first)[:60]!r}")
            continue
        number, rest = m.group(1), m.group(2)
        if source is None and "source" in cols:
            source = " ".join(cell(cells, "source")).strip() or None
        text, states = parse_recommendation_text(rest)
        position = parse_position(" ".join(cell(cells, "position")))
        themes, persons = _themes_cell(cell(cells, "themes"))
        if "persons" in cols:
            persons += [p.strip(" -•") for p in cell(cells, "persons") if p.strip(" -•")]
        comment = "\n".join(p.strip() for p in cell(cells, "comment") if p.strip()) or None
        row = found.get(number)
        if row is None:
            row = found[number] = _Row(number, text, states, position, source, comment=comment)
        elif not same_text(row.text, text) or row.position != position:
            warnings.append(f"{number} appears twice with different text or position")
        _add_unique(row.themes, [*themes, group_theme])
        _add_unique(row.persons, persons)
    return list(found.values()), warnings


def _symbol(rows: list[_Row], header_text: str, file_name: str) -> str | None:
    sources: Counter[str] = Counter()
    for row in rows:
        m = SYMBOL_RE.search(row.source or "")
        if m:
            sources[parent_symbol(clean_symbol(m.group(0)))] += 1
    if sources:
        return sources.most_common(1)[0][0]
    m = SYMBOL_RE.search(header_text)
    if m:
        return parent_symbol(clean_symbol(m.group(0)))
    found = symbol_from_file_name(file_name)
    return parent_symbol(found) if found else None


def parse_thematic_list(data: bytes, file_name: str) -> RegistryImport:
    """The matrix's records; a damaged file or a zip bomb is one written ``IngestError``."""
    document = open_word_document(data, file_name)  # checked by SafeZip before python-docx
    with written_damage(file_name, damaged_reason("Word")):
        return _parse_document(document, file_name)


def _parse_document(document, file_name: str) -> RegistryImport:
    rows, warnings = parse_rows(_rows(document))
    if not rows:
        raise IngestError(file_name, "no numbered recommendations were found in the first table")
    header_lines = []
    for section in document.sections:
        header_lines += [p.text for p in section.header.paragraphs if p.text.strip()]
    header_text = " ".join(header_lines)
    header_text += " " + " ".join(p.text for p in document.paragraphs[:5])
    symbol = _symbol(rows, header_text, file_name)
    if symbol is None:
        raise IngestError(
            file_name, "cannot tell which report (A/HRC/…) the recommendations belong to"
        )
    m = _UPR_OF.search(header_text)
    state = state_key(m.group(1)) if m else None
    cycle = cycle_from_text(header_text) or cycle_from_symbol(symbol)
    title = re.split(r"\t+", header_lines[0])[:2] if header_lines else []
    title_text = (
        " – ".join(t.strip() for t in title if t.strip()) or "Thematic list of recommendations"
    )
    records = tuple(
        RecommendationRecord(
            symbol=symbol,
            number=row.number,
            text=row.text,
            states=row.states,
            state_under_review=state,
            cycle=cycle,
            position=row.position,
            position_source=row.source,
            themes=tuple(row.themes),
            affected_persons=tuple(row.persons),
            comment=row.comment,
        )
        for row in sorted(rows, key=lambda r: number_key(r.number))
    )
    return RegistryImport(
        kind=RegistryKind.THEMATIC_LIST,
        symbol=symbol,
        title=title_text,
        state_under_review=state,
        records=records,
        document_symbol=None,
        warnings=tuple(warnings),
    )
