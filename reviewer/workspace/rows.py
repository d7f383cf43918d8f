"""Small plain records the workspace hands out.

The UI and the CLI hold these (ids and values), never live ORM objects, so they
can cross threads and outlive a session.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from reviewer.vocabulary import Position


@dataclass(frozen=True)
class ImportResult:
    file: str
    document_id: int
    title: str
    kind: str
    paragraphs: int
    footnotes: int
    links: int
    duplicate: bool
    recommendations: int = 0


@dataclass(frozen=True)
class ImportFailure:
    file: str
    error: str
    # (encoding name, preview) pairs when the text's encoding was unclear: import the
    # file again with one of them (``encoding=``); empty for any other failure.
    encodings: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class DocumentRow:
    id: int
    title: str
    organisation: str | None
    kind: str
    format: str
    file: str
    paragraphs: int
    reviewed: int
    pages: int | None
    symbol: str | None
    report_symbol: str | None
    imported_at: datetime | None
    recommendations: int = 0  # registry documents: how many recommendations they brought


@dataclass(frozen=True)
class LinkRow:
    id: int
    paragraph_id: int
    recommendation_id: int
    symbol: str
    number: str
    origin: str
    status: str
    text: str | None = None
    states: tuple[str, ...] = ()
    position: str = Position.UNKNOWN


@dataclass(frozen=True)
class CitationRow:
    paragraph_id: int
    footnote_id: int | None
    start: int | None
    end: int | None
    symbol: str | None
    number: str
    kind: str
    origin: str
    resolved: bool


@dataclass(frozen=True)
class FootnoteRow:
    id: int
    marker: str
    text: str
    page: int | None


@dataclass(frozen=True)
class TagRow:
    id: int
    name: str
    colour: str | None
    paragraphs: int = 0


@dataclass(frozen=True)
class NoteRow:
    id: int
    uid: str
    paragraph_id: int
    body: str
    author: str | None
    created_at: datetime
    updated_at: datetime
    span_start: int | None = None
    span_end: int | None = None


@dataclass(frozen=True)
class ParagraphRow:
    id: int
    document_id: int
    seq: int
    label: str | None
    kind: str
    text: str
    page_start: int | None
    page_end: int | None
    reviewed: bool = False
    links: tuple[LinkRow, ...] = ()
    footnotes: tuple[FootnoteRow, ...] = ()
    tags: tuple[TagRow, ...] = ()
    notes: tuple[NoteRow, ...] = ()
    citations: tuple[CitationRow, ...] = ()


@dataclass(frozen=True)
class DocumentDetail:
    document: DocumentRow
    paragraphs: tuple[ParagraphRow, ...]
    footnotes: tuple[FootnoteRow, ...]


@dataclass(frozen=True)
class RecommendationRow:
    id: int
    symbol: str
    number: str
    text: str | None
    states: tuple[str, ...]
    position: str
    themes: tuple[tuple[str, str], ...]
    affected_persons: tuple[str, ...]
    paragraph_count: int
    state_under_review: str | None = None
    position_source: str | None = None
    comment: str | None = None


@dataclass(frozen=True)
class CitingParagraph:
    document_id: int
    document_title: str
    paragraph_id: int
    label: str | None
    text: str
    origin: str
    status: str


@dataclass(frozen=True)
class RecommendationDetail:
    recommendation: RecommendationRow
    paragraphs: tuple[CitingParagraph, ...]
    sources: tuple[dict, ...] = field(default=())


@dataclass(frozen=True)
class SearchHit:
    document_id: int
    paragraph_id: int
    label: str | None
    snippet: str  # matched terms between fts.HIT_START and fts.HIT_END
    score: float
    document_title: str = ""
