"""The program's own words, said once: the closed sets stored in a workspace and
the two rules about recommendation identities every layer needs.

This module sits below every other one (it imports nothing of the program).  The
enums are ``StrEnum``s, so each member *is* the string stored in existing
workspaces (``LinkStatus.CONFIRMED == "confirmed"``): no migration, and rows read
back as plain strings compare equal to them.
"""

from __future__ import annotations

import re
from enum import StrEnum


class LinkStatus(StrEnum):
    CONFIRMED = "confirmed"
    SUGGESTED = "suggested"
    REJECTED = "rejected"


# Statuses a paragraph counts as speaking to a recommendation with.
ACTIVE_STATUSES = (LinkStatus.CONFIRMED, LinkStatus.SUGGESTED)


class LinkOrigin(StrEnum):
    """How a link came to be."""

    FOOTNOTE = "footnote"  # a footnote cites the symbol and number
    INLINE = "inline"  # the paragraph's own text cites it
    SECTION = "section"  # a heading's "(recommendations 30–31)" covers the paragraph
    SHORT = "short"  # a short number resolved against the report the document names
    MANUAL = "manual"  # a reviewer made it
    SUGGESTED = "suggested"  # the program proposed it


class Position(StrEnum):
    """The State's position on a recommendation."""

    SUPPORTED = "supported"
    NOTED = "noted"
    PARTIALLY = "partially"
    UNKNOWN = "unknown"


POSITION_LABELS = {
    Position.SUPPORTED: "Supported",
    Position.NOTED: "Noted",
    Position.PARTIALLY: "Partially supported",
    Position.UNKNOWN: "Not known",
}


class DocumentKind(StrEnum):
    SUBMISSION = "submission"
    WG_REPORT = "wg_report"
    RESPONSES = "responses"
    THEMATIC_LIST = "thematic_list"
    NATIONAL_REPORT = "national_report"
    SUMMARY = "summary"
    COMPILATION = "compilation"
    OTHER = "other"  # includes a recommendations table (CSV/XLSX)


# Documents that bring recommendations into the registry rather than paragraphs.
REGISTRY_DOCUMENT_KINDS = (
    DocumentKind.THEMATIC_LIST,
    DocumentKind.WG_REPORT,
    DocumentKind.RESPONSES,
    DocumentKind.OTHER,
)


class RegistryKind(StrEnum):
    """What a recommendations file is, as the registry importers tell it."""

    THEMATIC_LIST = "thematic_list"
    WG_REPORT = "wg_report"
    RESPONSES = "responses"
    TABLE = "table"  # stored as a document of kind ``other``

    @property
    def document_kind(self) -> DocumentKind:
        return DocumentKind.OTHER if self is RegistryKind.TABLE else DocumentKind(self.value)


def number_key(number: str) -> tuple[int, ...]:
    """Sort key for recommendation numbers: 28.9 < 28.10 < 28.100; '5' (cycle 1) = (5,)."""
    return tuple(int(p) for p in re.findall(r"\d+", number)) or (0,)


def number_sort_value(number: str) -> int:
    """The same order as one integer (stored in ``recommendation.sort_key``)."""
    key = number_key(number)
    return key[0] * 1_000_000 + (key[1] if len(key) > 1 else 0)


def parent_symbol(symbol: str) -> str:
    """'A/HRC/28/15/Add.1' → 'A/HRC/28/15': addenda and corrigenda count as their report."""
    return re.sub(r"(/(?:Add|Corr)\.\d+)+$", "", symbol)
