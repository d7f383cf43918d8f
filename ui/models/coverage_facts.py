"""The facts under the Coverage tab's matrix: the cache, filters, themes, heat rows
and the text of a cell."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from PySide6.QtCore import QT_TR_NOOP

from reviewer.workspace import (
    Coverage,
    CoverageCell,
    DocumentRow,
    RecommendationRow,
    Tally,
)
from ui.i18n import tr

NO_THEME = QT_TR_NOOP("No theme")  # the key of recommendations without one, shown translated
POSITION_ORDER = {"supported": 0, "partially": 1, "noted": 2, "pending": 3}


class CoverageCache:
    """``ws.coverage(review)`` read once until a change makes it stale (``clear``)."""

    def __init__(self, ws):
        self.ws = ws
        self._cache: dict[tuple, Coverage] = {}
        self.reads = 0  # how many times the workspace was asked (tests, benches)

    def get(self, review: str | None, document_ids: Iterable[int] | None = None) -> Coverage:
        ids = tuple(sorted(document_ids)) if document_ids is not None else None
        key = (review, ids)
        cov = self._cache.get(key)
        if cov is None:
            self.reads += 1
            cov = self.ws.coverage(review=review, document_ids=ids)
            self._cache[key] = cov
        return cov

    def clear(self) -> None:
        self._cache.clear()


# -- what a filter looks at --------------------------------------------------------------


@dataclass(frozen=True)
class Facts:
    """A recommendation's facets, made once per coverage read."""

    themes: tuple[str, ...]  # theme keys (code, or name without one); ("No theme",)
    states: tuple[str, ...]  # canonical recommending States (as Coverage.by_state)
    documents: int  # documents with a confirmed link
    confirmed: int  # paragraphs, all documents
    suggested: int
    words: str  # number, text, States: lower case, for the search box


@dataclass(frozen=True)
class CoverageFilter:
    theme: str | None = None  # a theme key ("A12")
    state: str | None = None  # a canonical State name
    position: str | None = None  # "supported", "noted", …
    nobody: bool = False  # only the recommendations no document addresses
    text: str = ""  # words or a number, all of which must appear

    def __bool__(self) -> bool:
        return bool(self.theme or self.state or self.position or self.nobody or self.text.strip())


def facts_of(cov: Coverage) -> dict[int, Facts]:
    """Each recommendation's facts; themes and States keyed as ``by_theme``/``by_state``
    key them (the States asked of a one-row Coverage: the core's canonical names)."""
    out = {}
    for r in cov.recommendations:
        one = Coverage(cov.review, (r,), (), {})
        cells = [cov.cell(r.id, d.id) for d in cov.documents]
        out[r.id] = Facts(
            themes=tuple(dict.fromkeys(code or name for code, name in r.themes)) or (NO_THEME,),
            states=tuple(t.key for t in one.by_state()),
            documents=sum(1 for c in cells if c.confirmed),
            confirmed=sum(c.confirmed for c in cells),
            suggested=sum(c.suggested for c in cells),
            words=" ".join([r.number, r.text or "", *r.states]).lower(),
        )
    return out


def theme_order(key: str) -> tuple:
    """Themes in the thematic list's order: A3 before A12, S before S01, none last."""
    m = re.match(r"([A-Za-z]*)(\d*)(.*)", key)
    letters, digits, rest = m.groups() if m else ("", "", key)
    return (key == NO_THEME, letters, int(digits) if digits else -1, rest)


def theme_names(cov: Coverage) -> dict[str, str]:
    """Theme key → "A12 Acceptance of international norms"."""
    names = {NO_THEME: tr(NO_THEME)}
    for r in cov.recommendations:
        for code, name in r.themes:
            names.setdefault(code or name, f"{code} {name}".strip() if code else name)
    return names


def matches(r: RecommendationRow, f: Facts, flt: CoverageFilter) -> bool:
    if flt.theme is not None and flt.theme not in f.themes:
        return False
    if flt.state is not None and flt.state not in f.states:
        return False
    if flt.position is not None and r.position != flt.position:
        return False
    if flt.nobody and f.documents:
        return False
    words = flt.text.lower().split()
    return all(w in f.words for w in words)


def subset(cov: Coverage, rows: Iterable[RecommendationRow]) -> Coverage:
    """The same documents and cells over fewer recommendations (what a filter leaves):
    its tallies by theme and State are those of the rows shown."""
    return Coverage(cov.review, tuple(rows), cov.documents, cov.cells)


def flattened(cov: Coverage, addressed: set[int] | None = None) -> Coverage:
    """The same recommendations against one column, "some document" (a confirmed
    cell where any document addresses the recommendation): its tallies by theme,
    State and position are ``cov``'s, read with one cell per recommendation instead of
    one per document (60 documents: 60 times fewer).  ``addressed``: the ids of the
    recommendations addressed, where known already."""
    if not cov.documents:
        return cov
    any_doc = replace(cov.documents[0], id=0)
    if addressed is None:
        addressed = {r.id for r in cov.recommendations if _addressed(cov, r.id)}
    cells = {(r.id, 0): CoverageCell(confirmed=1) for r in cov.recommendations if r.id in addressed}
    return Coverage(cov.review, cov.recommendations, (any_doc,), cells)


def _addressed(cov: Coverage, rec_id: int) -> bool:
    return any(cov.cell(rec_id, d.id).confirmed for d in cov.documents)


def document_label(d: DocumentRow) -> str:
    """A column's name: the organisation where known, else the title."""
    return (d.organisation or d.title or tr("Document {number}").format(number=d.id)).strip()


def heat_rows(cov: Coverage, addressed: set[int] | None = None) -> list[tuple[Tally, list[int]]]:
    """Per theme (``by_theme``), how many of its recommendations each document addresses
    (read from the cells there are, not from every recommendation × document)."""
    themes = {
        r.id: {code or name for code, name in r.themes} or {NO_THEME} for r in cov.recommendations
    }
    column = {d.id: i for i, d in enumerate(cov.documents)}
    counts: dict[str, list[int]] = {}
    for (rec_id, doc_id), cell in cov.cells.items():
        if cell.confirmed and rec_id in themes and doc_id in column:
            for key in themes[rec_id]:
                counts.setdefault(key, [0] * len(column))[column[doc_id]] += 1
    tallies = sorted(flattened(cov, addressed).by_theme(), key=lambda t: theme_order(t.key))
    return [(t, counts.get(t.key, [0] * len(column))) for t in tallies]


def cell_text(cell: CoverageCell) -> str:
    """ "2" confirmed paragraphs, "1?" suggested ones, "2 · 1?" both; "" none."""
    parts = []
    if cell.confirmed:
        parts.append(str(cell.confirmed))
    if cell.suggested:
        parts.append(f"{cell.suggested}?")
    return " · ".join(parts)


def cell_tip(r: RecommendationRow, d: DocumentRow, cell: CoverageCell) -> str:
    who = document_label(d)
    if not cell.paragraphs:
        return tr("{who} does not cite {number}").format(who=who, number=r.number)
    n = cell.paragraphs
    parts = []
    if cell.confirmed:
        parts.append(tr("%n confirmed", "", cell.confirmed))
    if cell.suggested:
        parts.append(tr("%n suggested", "", cell.suggested))
    said = tr(
        "{who} cites {number} in %n paragraph(s) ({links})\nClick (or Enter) to read them", "", n
    )
    return said.format(who=who, number=r.number, links=", ".join(parts))


def total_text(f: Facts) -> str:
    if f.documents:
        text = tr("%n document(s)", "", f.documents)
    else:
        text = tr("nobody")
    if f.suggested:
        text += f" · {f.suggested}?"
    return text
