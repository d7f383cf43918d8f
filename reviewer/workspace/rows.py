"""Small plain records the workspace hands out.

The UI and the CLI hold these (ids and values), never live ORM objects, so they
can cross threads and outlive a session.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import TYPE_CHECKING

from reviewer.vocabulary import Position
from reviewer.workspace.version_rows import VersionImport

Box = tuple[int, float, float, float, float]  # page, x0, y0, x1, y1 (PDF points)

if TYPE_CHECKING:
    from reviewer.ingest import ParsedDocument


@dataclass(frozen=True)
class SameText:
    """The document an imported file repeats in another format or under another file
    name (``reviewer.workspace.same_text``), and the share of the file's text it holds."""

    document_id: int
    title: str
    file: str
    format: str
    share: float


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
    # the document's version this file is (1: a document of its own so far), and the
    # document it is a version of when it has several (None otherwise)
    version: int = 1
    version_of: int | None = None
    # what making it a new version did: changes, work followed, work on paragraphs gone
    versioning: VersionImport | None = None
    # the document whose text this file repeats in another format or file, if one does;
    # ``skipped``: not imported for it (``document_id`` is then that document's), the
    # file's text ``held`` to import after all (``import_parsed(held, new_document=True)``)
    same_text: SameText | None = None
    skipped: bool = False
    held: ParsedDocument | None = field(default=None, compare=False, repr=False)
    # a registry document: the UN language its recommendations are written in, and the
    # positions it gives that disagree with the registry's (reported, not taken)
    language: str | None = None
    disagreements: tuple[str, ...] = ()


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
    review: str | None = None  # "CHN-4"
    review_status: str | None = None  # ReviewStatus: detected, uncertain, manual
    review_reason: str | None = None  # what the review was told from, or why unsure
    version: int = 1  # its number; the latest for a live document
    version_of: int | None = None  # an earlier version's: the document's (live) id
    superseded_at: datetime | None = None  # an earlier version's: when the next came
    # the file it was imported from (absolute, on the importing machine); trusted only
    # when its SHA-256 is the document's (``Workspace.source_file``)
    source_path: str | None = None


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
    score: float | None = None  # a suggestion's ranking score
    detail: str | None = None  # a suggestion's matched words; an inferred link's order

    @property
    def suggested(self) -> bool:
        """A proposal waiting for a reviewer (status "suggested")."""
        return self.status == "suggested"

    @property
    def proposal(self) -> bool:
        """Only ever a proposal: open, or a suggestion a reviewer rejected."""
        return is_proposal(self.origin, self.status)

    @property
    def matched(self) -> tuple[str, ...]:
        """A suggestion's matched words."""
        if self.origin != "suggestion":
            return ()
        return matched_words(self.detail)


def page_label(start: int | None, end: int | None = None) -> str:
    """ "p. 12", "pp. 12–13", or "" when the pages are not known (Word and text files)."""
    if start is None:
        return ""
    if end is None or end == start:
        return f"p. {start}"
    return f"pp. {start}–{end}"


def is_proposal(origin: str, status: str) -> bool:
    """A link that never was a citation: a suggestion open or rejected (an accepted one,
    and a cited link a person rejected, are not)."""
    return status == "suggested" or (origin == "suggestion" and status == "rejected")


def matched_words(detail: str | None) -> tuple[str, ...]:
    """A suggestion's matched words, from ``link.detail`` ("women, gender, law")."""
    return tuple(w.strip() for w in (detail or "").split(",") if w.strip())


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
    # where it is listed and the key 1-9 that toggles it (its own, or given by its
    # place when no tag has one: ``reviewer.workspace.tags``); the group it sits in
    position: int | None = None
    shortcut: int | None = None
    parent_id: int | None = None
    parent: str | None = None  # the group's name
    members: int = 0  # tags in it: a group
    passages: int = 0  # passages of paragraphs carrying it
    uid: str = ""

    @property
    def is_group(self) -> bool:
        return self.members > 0


@dataclass(frozen=True)
class NoteRow:
    id: int
    uid: str
    paragraph_id: int
    body: str
    author: str | None
    created_at: datetime
    updated_at: datetime
    # a passage note: characters span_start to span_end of the paragraph's text (code
    # points), and those words (``quote``); None for a note on the whole paragraph
    span_start: int | None = None
    span_end: int | None = None
    quote: str | None = None
    revision: int = 1  # what an edit passes back as ``base_revision``
    # set when an edit was saved beside a colleague's newer save: their note's id
    kept_beside: int | None = None


@dataclass(frozen=True)
class PassageRow:
    """A tag on a passage of a paragraph: characters ``start`` to ``end`` of its text
    (Python code points), ``text`` being those characters."""

    id: int
    uid: str
    paragraph_id: int
    tag_id: int
    tag: str  # the tag's name
    colour: str | None
    start: int
    end: int
    text: str
    author: str | None
    created_at: datetime


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
    passages: tuple[PassageRow, ...] = ()  # tags on passages of it, in text order
    # versions: how it continues the previous version's paragraph ``previous_id``
    # (ParagraphChange; None in a first version), and whether its text changed after
    # a person's work on it (cleared when marked reviewed again)
    change: str | None = None
    previous_id: int | None = None
    changed_since_review: bool = False
    # where it stands on its PDF pages: (page, x0, y0, x1, y1) in PDF points of the
    # unrotated page, pages from 1, one per page; empty for Word and text files and
    # for paragraphs imported before boxes were kept (importing the file again fills)
    boxes: tuple[Box, ...] = ()

    @property
    def pages(self) -> str:
        """ "p. 12", "pp. 12–13" or ""."""
        return page_label(self.page_start, self.page_end)


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
    review: str | None = None  # the review the recommendation was made in, "CHN-3"
    conflict: bool = False  # its sources give different texts or positions
    # its text in each UN language the registry's documents gave ({"en": …, "fr": …}),
    # the first edition's first (``text`` is that one); {} when only a footnote's quote
    # gave a text
    texts: dict[str, str] = field(default_factory=dict, compare=False)


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
    paragraphs: tuple[CitingParagraph, ...]  # every link to it, proposals included
    sources: tuple[dict, ...] = field(default=())

    @property
    def citing(self) -> tuple[CitingParagraph, ...]:
        """The paragraphs that cite it or were linked to it by a person (not proposals)."""
        return tuple(p for p in self.paragraphs if not is_proposal(p.origin, p.status))

    @property
    def suggested(self) -> int:
        """Paragraphs it is suggested for, not yet decided."""
        return sum(1 for p in self.paragraphs if p.status == "suggested")


@dataclass(frozen=True)
class SearchHit:
    document_id: int
    paragraph_id: int
    label: str | None
    snippet: str  # matched terms between fts.HIT_START and fts.HIT_END
    score: float
    document_title: str = ""
    page_start: int | None = None
    page_end: int | None = None

    @property
    def pages(self) -> str:
        """ "p. 12", "pp. 12–13" or ""."""
        return page_label(self.page_start, self.page_end)


@dataclass(frozen=True)
class ReviewRow:
    """One State's review in one cycle, with what the workspace holds of it."""

    review: str  # "CHN-4"
    state: str  # ISO3
    state_name: str  # the UN's name, "China"
    display_name: str  # compact, for the window: "Iran" for "Iran (Islamic Republic of)"
    cycle: int
    session: int | None
    year: int | None
    dated_by: str | None  # what told the session ("estimated from …" when estimated)
    reports: tuple[str, ...]  # its Working Group report symbol(s)
    responses: tuple[str, ...]  # the responses (Add.1) symbol(s)
    documents: int
    recommendations: int  # made in this review (its reports' recommendations)
    links: int  # active links from its documents' paragraphs
    uncertain: int = 0  # documents placed here by a guess, for a person to confirm
    previous: str | None = None  # the review its documents respond to, "CHN-3"

    @property
    def label(self) -> str:
        """'China · 4th cycle · 2024'."""
        suffix = {1: "st", 2: "nd", 3: "rd"}.get(self.cycle if self.cycle < 20 else 0, "th")
        parts = [self.display_name, f"{self.cycle}{suffix} cycle"]
        if self.year:
            parts.append(str(self.year))
        return " · ".join(parts)


@dataclass(frozen=True)
class DocumentReview:
    """Where a document stood: its review and how it got there (for undo)."""

    document_id: int
    review: str | None
    status: str | None
    reason: str | None


@dataclass(frozen=True)
class ShortNumbers:
    """A document's short numbers ("recommendation 15") and how they read."""

    document_id: int
    count: int  # short recommendation numbers it cites
    unresolved: int
    report: str | None  # the report they are read against
    report_from: str | None  # "named in the document", "the previous review, SVN-1"
    readings: tuple[tuple[str, str], ...] = ()  # (reading, label) when several fit
    chosen: str | None = None  # the reading a person chose
    reason: str | None = None  # why some stay unresolved
