"""Recommendation records from the UN's own documents (pure parsing, no database).

Thematic lists (DOCX matrices), Working Group reports, the State's responses
(Add.1) and CSV/XLSX tables all become ``RegistryImport`` values holding
``RecommendationRecord`` rows keyed by ``(symbol, number)``.
"""

from .detect import detect_registry_kind, parse_registry
from .model import RecommendationRecord, RegistryImport
from .normalise import normalise_text, same_text

__all__ = [
    "RecommendationRecord",
    "RegistryImport",
    "detect_registry_kind",
    "normalise_text",
    "parse_registry",
    "same_text",
]
