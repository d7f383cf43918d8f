"""Is a document about the UPR at all?  Shared by every ingester."""

from __future__ import annotations

import re
from collections.abc import Iterable

from reviewer.vocabulary import DocumentKind

# Mentions of "recommendations" or the Human Rights Council alone are not enough:
# UN agency progress notes and city news articles use both.  A UPR document names
# the review, cites a Council document symbol, or cites recommendations by number.
# The review's name in the six UN languages (as OHCHR writes it in each, and the
# short forms NGOs use: UPR, EPU in French and Spanish, УПО in Russian).
UPR_NAMES = (
    r"\bUPR\b|\bEPU\b|\bУПО\b"
    r"|(?i:universal\s+periodic\s+review)"
    r"|(?i:examen\s+p[ée]riodique\s+universel)"
    r"|(?i:examen\s+peri[óo]dico\s+universal)"
    r"|普遍定期审议|普遍定期審議"
    r"|الاستعراض\s+الدوري\s+الشامل"
    r"|(?i:универсальн\w*\s+периодическ\w*\s+обзор)"
)
# "recommendation(s) 28.294" in each language (Chinese: 建议28.294, 第28.294段 is a
# paragraph of a report, so only the word before the number counts)
_CITED = (
    r"(?i:\b(?:recommendations?|suggestions?|recommandations?|recomendaci(?:ón|ones|on)"
    r"|рекомендаци\w*)\s+(?:nos?\.\s*|n[°º]\s*|№\s*)?\d{1,3}\.\d{1,3}\b)"
    r"|(?:التوصي\w*|建议)\s*\d{1,3}\.\d{1,3}"
)
_UPR_RE = re.compile(UPR_NAMES + r"|\bA/HRC/(?:WG\.6/)?\d|" + _CITED)


_CLUES = (
    "UPR", "eriodic", "ERIODIC", "A/HRC/", "ecommendation", "ECOMMENDATION", "uggestion",
    "EPU", "УПО", "ériodique", "ERIODIQUE", "eriódico", "ERIÓDICO", "ecommandation",
    "ECOMMANDATION", "ecomendaci", "ECOMENDACI", "普遍定期", "الاستعراض", "ериодическ",
    "ЕРИОДИЧЕСК", "екомендаци", "ЕКОМЕНДАЦИ", "توصي", "建议",
)  # fmt: skip


def guess_kind(paragraph_texts: Iterable[str]) -> DocumentKind:
    """'submission' when the text shows it belongs to a UPR review, else 'other'."""
    for text in paragraph_texts:
        # Plain substring tests first: the regex is costly on 50 MB of paragraphs.
        if any(clue in text for clue in _CLUES) and _UPR_RE.search(text):
            return DocumentKind.SUBMISSION
    return DocumentKind.OTHER
