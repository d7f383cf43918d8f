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
  report is known (see ``resolve_short``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from reviewer.citations import find_citations, find_symbols, parse_citation_footnote
from reviewer.ingest.model import ParsedDocument
from reviewer.recommendations.normalise import parent_symbol

ORIGIN_RANK = {"footnote": 0, "inline": 1, "section_heading": 2, "manual": 3}


@dataclass(frozen=True)
class FoundCitation:
    paragraph_index: int
    footnote_index: int | None  # index into ParsedDocument.footnotes when found there
    start: int | None
    end: int | None
    symbol: str | None
    number: str
    kind: str  # full | cued | bare | short
    origin: str


@dataclass(frozen=True)
class RegistryHint:
    """What a footnote says of a recommendation: enough to enter it in the registry."""

    symbol: str
    number: str
    text: str | None
    states: tuple[str, ...]


@dataclass(frozen=True)
class LinkPlan:
    citations: tuple[FoundCitation, ...]
    links: tuple[tuple[int, str, str, str], ...]  # (paragraph_index, symbol, number, origin)
    hints: tuple[RegistryHint, ...]
    marker_footnotes: tuple[tuple[int, int, int], ...]  # (paragraph_index, footnote_index, offset)
    named_report: str | None = None  # the one Working Group report the document names, if one


def assign_markers(doc: ParsedDocument) -> list[tuple[int, int, int]]:
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
            out.append((p_index, choice, ref.offset))
    return out


def plan_links(doc: ParsedDocument) -> LinkPlan:
    markers = assign_markers(doc)
    by_paragraph: dict[int, list[tuple[int, int]]] = {}
    for p_index, f_index, offset in markers:
        by_paragraph.setdefault(p_index, []).append((offset, f_index))

    footnote_cites = [parse_citation_footnote(fn.text) for fn in doc.footnotes]
    footnote_refs = [find_citations(fn.text) for fn in doc.footnotes]

    citations: list[FoundCitation] = []
    hints: dict[tuple[str, str], RegistryHint] = {}
    links: dict[tuple[int, str, str], str] = {}
    current_symbol: str | None = None
    named: set[str] = {sym for fn in doc.footnotes for sym, _, _ in find_symbols(fn.text)}

    def add_link(p_index: int, symbol: str, number: str, origin: str) -> None:
        key = (p_index, parent_symbol(symbol), number)
        old = links.get(key)
        if old is None or ORIGIN_RANK[origin] < ORIGIN_RANK[old]:
            links[key] = origin

    for p_index, para in enumerate(doc.paragraphs):
        heading = para.kind in ("heading", "title")
        inline_origin = "section_heading" if heading else "inline"
        own_footnotes = sorted(by_paragraph.get(p_index, []))
        # Numbers this paragraph's footnotes cite with a symbol: they settle bare
        # and cued numbers of the same paragraph.
        footnote_symbol_for: dict[str, str] = {}
        for _, f_index in own_footnotes:
            for fc in footnote_cites[f_index]:
                if fc.symbol:
                    footnote_symbol_for.setdefault(fc.number, fc.symbol)

        events: list[tuple[int, int, object]] = []
        for ref in find_citations(para.text):
            events.append((ref.start, 1, ref))
        for symbol, start, _end in find_symbols(para.text):
            events.append((start, 0, symbol))
            named.add(symbol)
        for offset, f_index in own_footnotes:
            events.append((offset, 2, f_index))
        events.sort(key=lambda e: (e[0], e[1]))

        for _, what, payload in events:
            if what == 0:
                current_symbol = payload  # type: ignore[assignment]
            elif what == 2:
                f_index = payload  # type: ignore[assignment]
                for fc in footnote_cites[f_index]:
                    symbol = fc.symbol or current_symbol
                    if fc.symbol:
                        current_symbol = fc.symbol
                    if symbol is None:
                        continue
                    add_link(p_index, symbol, fc.number, "footnote")
                    if fc.symbol and (fc.text or fc.states):
                        report = parent_symbol(fc.symbol)
                        hints.setdefault(
                            (report, fc.number),
                            RegistryHint(report, fc.number, fc.text, fc.states),
                        )
                for ref in footnote_refs[f_index]:
                    symbol = ref.symbol or current_symbol
                    if ref.short:
                        symbol = None
                    citations.append(
                        FoundCitation(
                            p_index,
                            f_index,
                            ref.start,
                            ref.end,
                            symbol,
                            ref.number,
                            _short_kind(doc.footnotes[f_index].text, ref.start)
                            if ref.short
                            else ref.kind,
                            "footnote",
                        )
                    )
                    if ref.symbol:
                        current_symbol = ref.symbol
            else:
                ref = payload
                if ref.short:  # type: ignore[union-attr]
                    citations.append(
                        FoundCitation(
                            p_index,
                            None,
                            ref.start,
                            ref.end,
                            None,
                            ref.number,
                            _short_kind(para.text, ref.start),
                            inline_origin,
                        )
                    )
                    continue
                if ref.kind == "full":
                    symbol = ref.symbol
                    current_symbol = ref.symbol
                elif ref.number in footnote_symbol_for:
                    symbol = footnote_symbol_for[ref.number]
                elif ref.kind == "cued":
                    symbol = current_symbol
                else:  # a bare decimal no footnote vouches for: not a citation
                    continue
                citations.append(
                    FoundCitation(
                        p_index,
                        None,
                        ref.start,
                        ref.end,
                        symbol,
                        ref.number,
                        ref.kind,
                        inline_origin,
                    )
                )
                if symbol is not None:
                    add_link(p_index, symbol, ref.number, inline_origin)

    ordered_links = tuple(
        (p, s, n, origin) for (p, s, n), origin in sorted(links.items(), key=lambda kv: kv[0][0])
    )
    citations = [replace(c, symbol=parent_symbol(c.symbol)) if c.symbol else c for c in citations]
    return LinkPlan(
        tuple(citations), ordered_links, tuple(hints.values()), tuple(markers), _one_report(named)
    )


# The cue governing a short number, with the list before it: "recommendations 30–31, 54".
_SHORT_CUE = re.compile(
    r"(?i)\b(recommendations?|recs?\.|suggestions?|para(?:graph)?s?\.?)\s*(?:nos?\.?\s*)?"
    r"(?:[\d\s,;:–—‒\-]|\band\b|\bto\b)*\Z"
)


def _short_kind(text: str, start: int) -> str:
    """'short' for a recommendation's short number; 'short_para' for a paragraph's.

    "paragraph 98" names a paragraph of some document, never a recommendation, so
    it is kept (and shown) but never resolved against a report.
    """
    m = _SHORT_CUE.search(text, max(0, start - 160), start)
    return "short" if m and not m.group(1).lower().startswith("para") else "short_para"


def _one_report(symbols: set[str]) -> str | None:
    """The Working Group report a document names, when it names exactly one.

    Its short numbers ("recommendations 30–31") then mean that report's
    recommendations.  National reports and summaries (A/HRC/WG.6/…) are not
    recommendation reports; addenda count as their report.
    """
    reports = {parent_symbol(s) for s in symbols if "/WG." not in s}
    return reports.pop() if len(reports) == 1 else None


def number_sort_key(number: str) -> int:
    """28.294 → 28000294 so recommendations sort by paragraph then sub-number."""
    head, _, tail = number.partition(".")
    try:
        major = int(head)
        minor = int(tail) if tail else 0
    except ValueError:
        return 0
    return major * 1_000_000 + minor
