"""Plain, frozen results of reading a recommendations document.

Importers return these and never touch the database: storing them (one row per
``(symbol, number)``, enriched rather than duplicated) is the workspace's job.
"""

from __future__ import annotations

from dataclasses import dataclass

from reviewer.vocabulary import Position, RegistryKind


@dataclass(frozen=True)
class RecommendationRecord:
    """One recommendation as one source states it; fields a source does not give are None/empty.

    ``text`` holds the recommendation without its trailing "(State)" groups and final
    ";"/"."; a number that groups several States' texts keeps them all, joined with
    "\\n" in document order.  ``themes`` are ``(code, name)`` pairs; code is "" when
    the source gives a theme name only.
    """

    symbol: str
    number: str
    text: str | None
    states: tuple[str, ...]
    state_under_review: str | None = None
    cycle: int | None = None
    position: Position | None = None  # None when this source does not say
    position_source: str | None = None
    themes: tuple[tuple[str, str], ...] = ()
    affected_persons: tuple[str, ...] = ()
    comment: str | None = None


@dataclass(frozen=True)
class RegistryImport:
    """Everything one file said about the recommendations of one report.

    ``symbol`` is the report the records belong to (A/HRC/28/15), while
    ``document_symbol`` is the file's own (A/HRC/28/15/Add.1 for responses).
    ``warnings`` carries checks that failed without making the import useless,
    e.g. "the text says 142 accepted, the lists give 141".
    """

    kind: RegistryKind
    symbol: str
    title: str
    state_under_review: str | None
    records: tuple[RecommendationRecord, ...]
    document_symbol: str | None
    warnings: tuple[str, ...] = ()
    session: int | None = None  # the Working Group session, when the document says
    # the UN language its recommendations are written in ("en", "fr", "es", …; None:
    # not told), from their texts (``reviewer.languages.detect_many``)
    language: str | None = None
