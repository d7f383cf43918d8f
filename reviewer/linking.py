"""ParsedDocument → the citations each paragraph makes and the links they imply.

Pure (no database).  Rules, from the product issue:

- a paragraph gets one link per recommendation its text or its footnotes cite;
  a footnote citation gives origin ``footnote``, a citation in the text ``inline``,
  one in a heading ``section_heading``;
- a number without a symbol takes the symbol of a footnote of the same paragraph
  citing the same number, else the symbol cited nearest before it in the document
  (footnotes included, placed at their markers); with none it stays unresolved;
- a bare decimal (no cue word, no symbol) is never a citation by itself: it is
  only recognised when a footnote of its paragraph cites the same number;
- short numbers ("recommendations 30–31") stay unresolved until the document's
  report is known (see ``Review.resolve_short_references``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import NamedTuple

from reviewer.citations import (
    CitationRef,
    FootnoteCitation,
    find_citations,
    find_symbols,
    parse_citation_footnote,
)
from reviewer.citations.fold import fold
from reviewer.citations.forms import CUE_WORDS, NUMBER_SIGN, PARA_CUE, ZH_ORDINAL_CUE
from reviewer.ingest.model import ParsedDocument, ParsedParagraph
from reviewer.vocabulary import CitationKind, LinkOrigin, ParagraphKind, parent_symbol

# When one paragraph cites a recommendation several ways, the link keeps the first.
ORIGIN_RANK = {
    LinkOrigin.FOOTNOTE: 0,
    LinkOrigin.INLINE: 1,
    LinkOrigin.SECTION_HEADING: 2,
    LinkOrigin.MANUAL: 3,
}


@dataclass(frozen=True)
class FoundCitation:
    paragraph_index: int
    footnote_index: int | None  # index into ParsedDocument.footnotes when found there
    start: int | None
    end: int | None
    symbol: str | None
    number: str
    kind: CitationKind
    origin: LinkOrigin


@dataclass(frozen=True)
class RegistryHint:
    """What a footnote says of a recommendation: enough to enter it in the registry."""

    symbol: str
    number: str
    text: str | None
    states: tuple[str, ...]


class PlannedLink(NamedTuple):
    paragraph_index: int
    symbol: str  # the report (addenda count as their report)
    number: str
    origin: LinkOrigin


class MarkerPlacement(NamedTuple):
    paragraph_index: int
    footnote_index: int
    offset: int  # where the marker stood in the paragraph's text


@dataclass(frozen=True)
class LinkPlan:
    citations: tuple[FoundCitation, ...]
    links: tuple[PlannedLink, ...]
    hints: tuple[RegistryHint, ...]
    marker_footnotes: tuple[MarkerPlacement, ...]
    named_report: str | None = None  # the one Working Group report the document names, if one


def assign_markers(doc: ParsedDocument) -> list[MarkerPlacement]:
    """Tie each marker to a footnote: the first unused footnote with that marker."""
    by_marker: dict[str, list[int]] = {}
    for i, fn in enumerate(doc.footnotes):
        by_marker.setdefault(fn.marker, []).append(i)
    used: set[int] = set()
    out = []
    for p_index, para in enumerate(doc.paragraphs):
        for ref in para.markers:
            candidates = by_marker.get(ref.marker, [])
            choice = next((c for c in candidates if c not in used), None)
            if choice is None and candidates:
                choice = candidates[0]
            if choice is None:
                continue
            used.add(choice)
            out.append(MarkerPlacement(p_index, choice, ref.offset))
    return out


def plan_links(doc: ParsedDocument) -> LinkPlan:
    """Read the document front to back, each paragraph's text with its footnotes at
    their markers, and say what to store: citations, links, registry hints."""
    planner = _Planner(doc)
    for p_index, para in enumerate(doc.paragraphs):
        planner.read_paragraph(p_index, para)
    return planner.plan()


# --- reading a document in order ------------------------------------------------


def _may_name_symbol(text: str) -> bool:
    """A report symbol has slashes ("A/HRC/40/6", full-width "Ａ／ＨＲＣ／４０／６"): a
    text with neither slash names none, and most paragraphs have none (find_symbols
    scans at every "a" of the text)."""
    return "/" in text or "\uff0f" in text


@dataclass(frozen=True)
class _SymbolNamed:
    """A report symbol in the text: numbers after it without one of their own are its."""

    symbol: str


@dataclass(frozen=True)
class _FootnoteMarker:
    footnote_index: int


_Event = _SymbolNamed | CitationRef | _FootnoteMarker

# What happens first at one offset: a symbol sets the context for the citation that
# starts there, and a footnote marker comes after the text it is attached to.
_ORDER_AT_SAME_OFFSET: dict[type, int] = {_SymbolNamed: 0, CitationRef: 1, _FootnoteMarker: 2}


class _Planner:
    def __init__(self, doc: ParsedDocument):
        self.doc = doc
        self.markers = assign_markers(doc)
        self.footnotes_of: dict[int, list[tuple[int, int]]] = {}  # paragraph → [(offset, fn)]
        for m in self.markers:
            self.footnotes_of.setdefault(m.paragraph_index, []).append((m.offset, m.footnote_index))
        self.footnote_cites = [parse_citation_footnote(fn.text) for fn in doc.footnotes]
        self.footnote_refs = [find_citations(fn.text) for fn in doc.footnotes]
        self.named = {sym for fn in doc.footnotes for sym, _, _ in find_symbols(fn.text)}
        self.current_symbol: str | None = None  # the symbol cited nearest before
        self.citations: list[FoundCitation] = []
        self.links: dict[tuple[int, str, str], LinkOrigin] = {}
        self.hints: dict[tuple[str, str], RegistryHint] = {}

    def read_paragraph(self, p_index: int, para: ParsedParagraph) -> None:
        heading = para.kind in (ParagraphKind.HEADING, ParagraphKind.TITLE)
        origin = LinkOrigin.SECTION_HEADING if heading else LinkOrigin.INLINE
        own_footnotes = sorted(self.footnotes_of.get(p_index, []))
        vouched = self._footnote_symbols(own_footnotes)
        for event in self._events(para, own_footnotes):
            if isinstance(event, _SymbolNamed):
                self.current_symbol = event.symbol
            elif isinstance(event, _FootnoteMarker):
                self._read_footnote(p_index, event.footnote_index)
            else:
                self._read_text_citation(p_index, para.text, event, vouched, origin)

    def plan(self) -> LinkPlan:
        citations = tuple(
            replace(c, symbol=parent_symbol(c.symbol)) if c.symbol else c for c in self.citations
        )
        links = tuple(PlannedLink(p, s, n, origin) for (p, s, n), origin in self.links.items())
        return LinkPlan(
            citations,
            links,
            tuple(self.hints.values()),
            tuple(self.markers),
            _one_report(self.named),
        )

    # -- one paragraph ---------------------------------------------------------------

    def _footnote_symbols(self, own_footnotes: list[tuple[int, int]]) -> dict[str, str]:
        """Numbers this paragraph's footnotes cite with a symbol: they settle bare and
        cued numbers of the same paragraph."""
        found: dict[str, str] = {}
        for _, f_index in own_footnotes:
            for fc in self.footnote_cites[f_index]:
                if fc.symbol:
                    found.setdefault(fc.number, fc.symbol)
        return found

    def _events(self, para: ParsedParagraph, own_footnotes: list[tuple[int, int]]) -> list[_Event]:
        """The paragraph's citations, symbols and footnote markers in reading order."""
        text = para.text
        placed: list[tuple[int, _Event]] = [(ref.start, ref) for ref in find_citations(text)]
        if _may_name_symbol(text):
            for symbol, start, _end in find_symbols(text):
                placed.append((start, _SymbolNamed(symbol)))
                self.named.add(symbol)
        if not placed and not own_footnotes:
            return []  # most paragraphs: nothing to order
        placed += [(offset, _FootnoteMarker(f_index)) for offset, f_index in own_footnotes]
        placed.sort(key=lambda p: (p[0], _ORDER_AT_SAME_OFFSET[type(p[1])]))
        return [event for _, event in placed]

    def _read_footnote(self, p_index: int, f_index: int) -> None:
        """A footnote at its marker: its quoted recommendations give links and registry
        hints; every reference in it is kept as a citation of the paragraph."""
        for fc in self.footnote_cites[f_index]:
            symbol = fc.symbol or self.current_symbol
            if fc.symbol:
                self.current_symbol = fc.symbol
            if symbol is None:
                continue
            self._add_link(p_index, symbol, fc.number, LinkOrigin.FOOTNOTE)
            self._add_hint(fc)
        text = self.doc.footnotes[f_index].text
        for ref in self.footnote_refs[f_index]:
            if ref.short:
                symbol, kind = None, _short_kind(text, ref.start, ref.end)
            else:
                symbol, kind = ref.symbol or self.current_symbol, ref.kind
            self.citations.append(
                FoundCitation(
                    p_index,
                    f_index,
                    ref.start,
                    ref.end,
                    symbol,
                    ref.number,
                    kind,
                    LinkOrigin.FOOTNOTE,
                )
            )
            if ref.symbol:
                self.current_symbol = ref.symbol

    def _read_text_citation(
        self,
        p_index: int,
        text: str,
        ref: CitationRef,
        vouched: dict[str, str],
        origin: LinkOrigin,
    ) -> None:
        if ref.short:  # resolved later, against the document's report
            kind = _short_kind(text, ref.start, ref.end)
            self.citations.append(
                FoundCitation(p_index, None, ref.start, ref.end, None, ref.number, kind, origin)
            )
            return
        if ref.kind == CitationKind.FULL:
            symbol = ref.symbol
            self.current_symbol = ref.symbol
        elif ref.number in vouched:
            symbol = vouched[ref.number]
        elif ref.kind == CitationKind.CUED:
            symbol = self.current_symbol
        else:  # a bare decimal no footnote vouches for: not a citation
            return
        self.citations.append(
            FoundCitation(p_index, None, ref.start, ref.end, symbol, ref.number, ref.kind, origin)
        )
        if symbol is not None:
            self._add_link(p_index, symbol, ref.number, origin)

    # -- what is planned -------------------------------------------------------------

    def _add_link(self, p_index: int, symbol: str, number: str, origin: LinkOrigin) -> None:
        key = (p_index, parent_symbol(symbol), number)
        old = self.links.get(key)
        if old is None or ORIGIN_RANK[origin] < ORIGIN_RANK[old]:
            self.links[key] = origin

    def _add_hint(self, fc: FootnoteCitation) -> None:
        if fc.symbol and (fc.text or fc.states):
            report = parent_symbol(fc.symbol)
            self.hints.setdefault(
                (report, fc.number), RegistryHint(report, fc.number, fc.text, fc.states)
            )


# The cue governing a short number, with the list before it, in each UN language:
# "recommendations 30–31, 54", "recommandations 30 à 31 et 54", "párrafos 3 y 4",
# "рекомендации № 30–31", "التوصيات 30 و31", "第30、31项建议".  The cue words are the
# parser's (``citations.forms``); between cue and number stand a number sign, a range's
# first word, and the list so far: numbers, dashes, commas and each language's "and",
# "or", "to".
_GAP_WORDS = (
    r"(?<![^\W\d_])(?:and|or|to|through|et|ou|à|au|du|y|o|a|al|del|hasta|и|или|до|по|с)"
    r"(?![^\W\d_])"
)
_GAP = rf"[\d\s.,;:،؛、，；～~&()\-–—‒−]|{_GAP_WORDS}|إلى|الى|من|و|和|及|与|與|或|至|到"
_SHORT_CUE = re.compile(rf"(?P<cue>{CUE_WORDS})(?:\s*(?:{NUMBER_SIGN}))?(?:{_GAP})*\Z")
# A Chinese ordinal ("第30段", "第30、31项建议") says what it numbers after the number:
# 段 a paragraph, 项/号 followed by 建议 a recommendation.
_ZH_RECOMMENDATION_AFTER = re.compile(rf"(?:{_GAP})*[项項号號]\s*(?:建议|建議)")


def _short_kind(text: str, start: int, end: int) -> CitationKind:
    """'short' for a recommendation's short number; 'short_para' for a paragraph's.

    "paragraph 98" ("paragraphe 98", "párrafo 98", "пункт 98", "الفقرة 98", "第98段")
    names a paragraph of some document, never a recommendation, so it is kept (and
    shown) but never resolved against a report; a number no cue governs is kept so too.
    """
    text = fold(text)  # "٣٠ و٣١", "第３０项建议": offsets unchanged
    m = _SHORT_CUE.search(text, max(0, start - 160), start)
    if m is None:
        return CitationKind.SHORT_PARA
    cue = m.group("cue")
    if cue == ZH_ORDINAL_CUE:
        if _ZH_RECOMMENDATION_AFTER.match(text, end):
            return CitationKind.SHORT
        return CitationKind.SHORT_PARA
    return CitationKind.SHORT_PARA if PARA_CUE.match(cue) else CitationKind.SHORT


def _one_report(symbols: set[str]) -> str | None:
    """The Working Group report a document names, when it names exactly one.

    Its short numbers ("recommendations 30–31") then mean that report's
    recommendations.  National reports and summaries (A/HRC/WG.6/…) are not
    recommendation reports; addenda count as their report.
    """
    reports = {parent_symbol(s) for s in symbols if "/WG." not in s}
    return reports.pop() if len(reports) == 1 else None
