"""Citation parsing: report symbols, recommendation numbers, States."""

from reviewer.citations.footnotes import FootnoteCitation, parse_citation_footnote
from reviewer.citations.parser import CitationRef, find_citations
from reviewer.citations.symbols import find_symbols, normalise_symbol

__all__ = [
    "CitationRef",
    "FootnoteCitation",
    "find_citations",
    "find_symbols",
    "normalise_symbol",
    "parse_citation_footnote",
]
