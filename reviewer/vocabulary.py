"""The program's own words, said once: the closed sets stored in a workspace and
the two rules about recommendation identities every layer needs.

This module sits below every other one (it imports nothing of the program).  The
enums are ``StrEnum``s, so each member *is* the string stored in existing
workspaces (``LinkStatus.CONFIRMED == "confirmed"``): no migration, and rows read
back as plain strings compare equal to them.  The values are the ones release
0.1.0 wrote (``tests/fixtures/workspaces/upr-reviewer-0.1.0.sqlite``); a test
holds them to it.
"""

from __future__ import annotations

import re
from enum import StrEnum


class LinkStatus(StrEnum):
    CONFIRMED = "confirmed"
    SUGGESTED = "suggested"
    REJECTED = "rejected"


# Statuses a paragraph counts as speaking to a recommendation with: confirmed only.
# A suggestion is a proposal; it counts nowhere (cited counts, filters, briefs) until a
# reviewer accepts it.  Coverage shows suggested links apart (``CoverageCell``).
ACTIVE_STATUSES = (LinkStatus.CONFIRMED,)


class LinkOrigin(StrEnum):
    """How a link (and the citation behind it) came to be (``link.origin``, ``citation.origin``).

    A short number resolved against the document's report keeps the origin of the
    citation it came from (``inline`` or ``section_heading``).
    """

    FOOTNOTE = "footnote"  # a footnote of the paragraph cites the symbol and number
    INLINE = "inline"  # the paragraph's own text cites it
    SECTION_HEADING = "section_heading"  # a heading cites it: "(recommendations 30–31)"
    MANUAL = "manual"  # a reviewer made it
    # the suggestion ranking proposed it (``reviewer.suggest``): status "suggested" until
    # a reviewer accepts it (→ "confirmed", origin kept) or rejects it (never suggested
    # again for that paragraph)
    SUGGESTION = "suggestion"
    # a short number read through an order of the report's numbers that a reviewer
    # accepted for the document ("numbering"), not read from the report directly
    INFERRED = "inferred"


class CitationKind(StrEnum):
    """The shape of a reference found in a text (``citation.kind``)."""

    FULL = "full"  # a symbol then numbers: "A/HRC/40/6, 28.294"
    CUED = "cued"  # a cue word then numbers: "Suggestions 28.109 and 28.111"
    BARE = "bare"  # a lone decimal, a citation only when a footnote vouches for it
    SHORT = "short"  # "recommendations 30–31": resolved once the report is known
    SHORT_PARA = "short_para"  # "paragraph 98": kept and shown, never resolved


class Position(StrEnum):
    """The State's position on a recommendation."""

    SUPPORTED = "supported"
    NOTED = "noted"
    PARTIALLY = "partially"
    # "will be examined by the State": a 1st-cycle WG report's paragraph of recommendations
    # the State answered later; the responses' position replaces it without a conflict
    PENDING = "pending"
    UNKNOWN = "unknown"  # stored in ``recommendation.position``; a source says None instead


# Positions that later sources replace without disagreeing with them.
UNSETTLED_POSITIONS = (Position.UNKNOWN, Position.PENDING)


POSITION_LABELS = {
    Position.SUPPORTED: "Supported",
    Position.NOTED: "Noted",
    Position.PARTIALLY: "Partially supported",
    Position.PENDING: "To be examined",
    Position.UNKNOWN: "Not known",
}


class DocumentKind(StrEnum):
    SUBMISSION = "submission"
    WG_REPORT = "wg_report"
    RESPONSES = "responses"
    THEMATIC_LIST = "thematic_list"
    NATIONAL_REPORT = "national_report"
    SUMMARY = "summary"
    OTHER = "other"  # includes a recommendations table (CSV/XLSX)


# Documents that bring recommendations into the registry rather than paragraphs.
REGISTRY_DOCUMENT_KINDS = (
    DocumentKind.THEMATIC_LIST,
    DocumentKind.WG_REPORT,
    DocumentKind.RESPONSES,
    DocumentKind.OTHER,
)


class ParagraphKind(StrEnum):
    TITLE = "title"
    HEADING = "heading"
    BODY = "body"
    LIST_ITEM = "list_item"


class RegistryKind(StrEnum):
    """What a recommendations file is, as the registry importers tell it."""

    THEMATIC_LIST = "thematic_list"
    WG_REPORT = "wg_report"
    RESPONSES = "responses"
    TABLE = "table"  # stored as a document of kind ``other``

    @property
    def document_kind(self) -> DocumentKind:
        return DocumentKind.OTHER if self is RegistryKind.TABLE else DocumentKind(self.value)


class SourceKind(StrEnum):
    """Who said what a ``recommendation_source`` row holds: a registry file or a footnote."""

    THEMATIC_LIST = "thematic_list"
    WG_REPORT = "wg_report"
    RESPONSES = "responses"
    TABLE = "table"
    FOOTNOTE = "footnote"


def number_key(number: str) -> tuple[int, ...]:
    """Sort key for recommendation numbers: 28.9 < 28.10 < 28.100; '5' (cycle 1) = (5,)."""
    return tuple(int(p) for p in re.findall(r"\d+", number)) or (0,)


def number_sort_value(number: str) -> int:
    """The same order as one integer (stored in ``recommendation.sort_key``): 28.294 → 28000294."""
    key = number_key(number)
    return key[0] * 1_000_000 + (key[1] if len(key) > 1 else 0)


def parent_symbol(symbol: str) -> str:
    """'A/HRC/28/15/Add.1' → 'A/HRC/28/15': addenda and corrigenda count as their report."""
    return re.sub(r"(/(?:Add|Corr)\.\d+)+$", "", symbol)


class ReviewStatus(StrEnum):
    """How a document came to belong to its review (``document.review_status``)."""

    DETECTED = "detected"  # what the document says settles it
    UNCERTAIN = "uncertain"  # a best guess (or none): the user should pick
    MANUAL = "manual"  # a person chose it


class ReportRole(StrEnum):
    """What a report symbol is to its review (``review_report.role``)."""

    WG_REPORT = "wg_report"  # the Working Group report: the recommendations' symbol
    RESPONSES = "responses"  # its addendum with the State's responses


class ReportSource(StrEnum):
    """How a report symbol is known to belong to its review (``review_report.source``)."""

    REGISTRY = "registry"  # a thematic list, WG report or responses said so
    CITED = "cited"  # a document of the next cycle about the same State cites it
    MANUAL = "manual"  # a person said so


class ParagraphChange(StrEnum):
    """How a paragraph continues the previous version's (``paragraph.change``; NULL in a
    document's first version).  ``REMOVED`` is never stored: it names a paragraph of
    the earlier version that no paragraph of the next one continues."""

    UNCHANGED = "unchanged"  # the same text (its number may have changed)
    MOVED = "moved"  # the same text, elsewhere in the order
    EDITED = "edited"  # its text changed
    SPLIT = "split"  # one of the parts a paragraph was split into
    MERGED = "merged"  # several paragraphs made one
    ADDED = "added"  # new in this version
    REMOVED = "removed"


# A document's chosen reading of its short numbers when the report numbers its
# recommendations under several paragraphs: a paragraph ("121") or the running order.
RUNNING_ORDER = "running"


def review_code(state: str, cycle: int) -> str:
    """'CHN', 4 → 'CHN-4': how the CLI, JSON and the window name a review."""
    return f"{state.upper()}-{cycle}"


def parse_review_code(code: str) -> tuple[str, int] | None:
    """'chn-4' → ('CHN', 4); None when it is no review name."""
    m = re.fullmatch(r"\s*([A-Za-z]{3})\s*-\s*(\d{1,2})\s*", code or "")
    return (m.group(1).upper(), int(m.group(2))) if m else None
