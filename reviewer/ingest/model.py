"""Plain, frozen results of parsing a file.

Parsers return these and never touch the database, so they can run in a worker
thread or a test without a workspace.  Offsets are Python code points.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from reviewer.errors import ImportFailed
from reviewer.vocabulary import DocumentKind, ParagraphKind


class IngestError(ImportFailed):
    """A file that cannot be imported; the message is meant for the user."""

    def __init__(self, file: str, reason: str):
        super().__init__(f"{file}: {reason}")
        self.file = file
        self.reason = reason


class EncodingUncertain(IngestError):
    """Several legacy encodings read as plausible, different text: a person must choose.

    ``candidates`` are (encoding name, a short preview of the text read that way),
    most plausible first; each name works as ``--encoding NAME`` and as
    ``decode_text(…, encoding=NAME)``.
    """

    def __init__(
        self,
        file: str,
        candidates: list[tuple[str, str]],
        labels: dict[str, str] | None = None,
    ):
        self.candidates = list(candidates)
        names = [name for name, _ in self.candidates]
        shown = [(labels or {}).get(name, name) for name in names] or ["several encodings"]
        listed = ", ".join(shown[:-1]) + (" or " if len(shown) > 1 else "") + shown[-1]
        super().__init__(
            file,
            f"the text encoding could not be recognised with certainty: it reads as "
            f"plausible text in {listed}; import it again naming the right one with "
            f"--encoding NAME ({', '.join(names)})",
        )

    @property
    def encodings(self) -> list[str]:
        return [name for name, _ in self.candidates]


@dataclass(frozen=True)
class MarkerRef:
    """A footnote marker found in a paragraph and removed from its text.

    ``offset`` is where the marker stood in the cleaned paragraph text.
    """

    marker: str
    offset: int


@dataclass(frozen=True)
class ParsedFootnote:
    marker: str
    text: str
    page: int | None = None


Box = tuple[int, float, float, float, float]


@dataclass(frozen=True)
class ParsedParagraph:
    seq: int
    label: str | None
    kind: ParagraphKind
    text: str
    page_start: int | None = None
    page_end: int | None = None
    markers: tuple[MarkerRef, ...] = ()
    # where it stands on its pages (PDF only): one (page, x0, y0, x1, y1) per page it
    # spans, the union of its lines there, in PDF points of the unrotated page (as
    # PyMuPDF gives text positions), pages from 1; empty for Word and text files
    boxes: tuple[Box, ...] = ()


@dataclass(frozen=True)
class ParsedDocument:
    title: str
    format: str  # "txt", "md", "pdf", "docx"
    file_name: str
    sha256: str
    paragraphs: tuple[ParsedParagraph, ...]
    footnotes: tuple[ParsedFootnote, ...] = ()
    organisation: str | None = None
    kind: DocumentKind = DocumentKind.SUBMISSION
    pages: int | None = None
    symbol: str | None = None  # the UN symbol printed on the document, if any
    warnings: tuple[str, ...] = field(default=())
