"""Is a document about the UPR at all?  Shared by every ingester."""

from __future__ import annotations

import re
from collections.abc import Iterable

from reviewer.vocabulary import DocumentKind

# Mentions of "recommendations" or the Human Rights Council alone are not enough:
# UN agency progress notes and city news articles use both.  A UPR document names
# the review, cites a Council document symbol, or cites recommendations by number.
_UPR_RE = re.compile(
    r"\bUPR\b"
    r"|(?i:universal\s+periodic\s+review)"
    r"|\bA/HRC/(?:WG\.6/)?\d"
    r"|(?i:\b(?:recommendations?|suggestions?)\s+(?:nos?\.\s*)?\d{1,3}\.\d{1,3}\b)"
)


_CLUES = ("UPR", "eriodic", "ERIODIC", "A/HRC/", "ecommendation", "ECOMMENDATION", "uggestion")


def guess_kind(paragraph_texts: Iterable[str]) -> DocumentKind:
    """'submission' when the text shows it belongs to a UPR review, else 'other'."""
    for text in paragraph_texts:
        # Plain substring tests first: the regex is costly on 50 MB of paragraphs.
        if any(clue in text for clue in _CLUES) and _UPR_RE.search(text):
            return DocumentKind.SUBMISSION
    return DocumentKind.OTHER
