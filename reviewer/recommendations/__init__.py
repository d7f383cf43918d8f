"""Recommendation records from the UN's own documents (pure parsing, no database).

Thematic lists (DOCX matrices), Working Group reports, the State's responses
(Add.1) and CSV/XLSX tables all become ``RegistryImport`` values holding
``RecommendationRecord`` rows keyed by ``(symbol, number)``.
"""

from typing import TYPE_CHECKING

from .model import RecommendationRecord, RegistryImport
from .normalise import normalise_text, same_text

if TYPE_CHECKING:
    from .detect import detect_registry_kind, parse_registry


def __getattr__(name: str):
    """The parsers (PyMuPDF, python-docx's XML) load when an import first needs them,
    not with the workspace: a window or a command that imports nothing never pays."""
    if name in ("detect_registry_kind", "parse_registry"):
        from . import detect

        return getattr(detect, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "RecommendationRecord",
    "RegistryImport",
    "detect_registry_kind",
    "normalise_text",
    "parse_registry",
    "same_text",
]
