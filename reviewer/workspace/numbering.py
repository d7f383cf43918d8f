"""Which order a document's short numbers follow: proposed from its sections'
subjects, accepted by a person.

A report numbering its recommendations under several paragraphs (121.1–121.58,
122.1–122.157) leaves "recommendations 1, 5, 7–9" without a meaning of its own,
and a State may number them in its own order.  ``numbering`` tries every plausible
order against the text of the sections citing the numbers
(``reviewer.reviews.inference``) and proposes the best with its evidence; nothing
is linked until ``accept_numbering`` sets the document's reading, and the links it
makes are confirmed with origin "inferred" and the order in their ``detail``.
Accepting the previous reading again (None: none) undoes it; a person's own
decisions on the links (rejected, made by hand) stay.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from reviewer.errors import BadInput, NotFound
from reviewer.reviews.inference import Group, Item, infer
from reviewer.reviews.shortnum import reading_label
from reviewer.storage.models import Citation, Document, Paragraph, Recommendation
from reviewer.storage.roles import EDITOR
from reviewer.vocabulary import CitationKind, ParagraphKind
from reviewer.words.facts import fact, templates
from reviewer.workspace.core import Store
from reviewer.workspace.review import Review
from reviewer.workspace.reviews import Reviews, effective_report, report_numbering

_HEADINGS = (ParagraphKind.HEADING, ParagraphKind.TITLE)
FACTS = templates(
    {
        "numbering.read_against": "Its short numbers are read against {where}",
        "numbering.name_report": "Name the report its short numbers refer to (set-report), "
        "or place the document in its review",
        "numbering.not_in_registry": "{report} is not in the registry yet",
        "numbering.no_citations": "The document cites no short numbers",
    }
)


@dataclass(frozen=True)
class NumberingCandidate:
    """One way to read the document's short numbers, with how well it fits."""

    index: int  # as listed: ``accept_numbering(document_id, index)``
    reading: str  # the code stored in the document ("running-rev", "thematic+2")
    label: str  # "Running order, 122 first (1–215)"
    landed: int  # numbers landing on recommendations about their section's subject
    total: int
    share: float
    evidence: tuple[str, ...]  # one line per citing section


@dataclass(frozen=True)
class NumberingProposal:
    document_id: int
    report: str | None  # the report the short numbers are read against
    report_from: str | None
    accepted: str | None  # the reading accepted for the document, if any
    accepted_label: str | None
    proposed: int | None  # index of the candidate proposed, when one clearly fits
    candidates: tuple[NumberingCandidate, ...] = ()  # best first
    reason: str | None = None  # what the proposal rests on, or why there is none
    direct: bool = False  # plain or one-paragraph numbering: they read without a choice

    @property
    def proposal(self) -> NumberingCandidate | None:
        return self.candidates[self.proposed] if self.proposed is not None else None


class NumberingService:
    """Proposing and accepting the order a document's short numbers follow."""

    def __init__(self, store: Store, review: Review | None = None, cycles: Reviews | None = None):
        self.store = store
        self.review = review or Review(store)
        self.cycles = cycles or Reviews(store)

    def numbering(self, document_id: int) -> NumberingProposal:
        """The candidate orders for the document's short numbers, best first, each
        with its evidence, and the one proposed (None when no order clearly fits)."""
        with self.store.read() as s:
            doc = s.get(Document, document_id)
            if doc is None:
                raise NotFound(f"no document with id {document_id}")
            report, where = effective_report(s, doc)
            if report is None:
                return NumberingProposal(
                    document_id,
                    None,
                    where,
                    doc.short_reading,
                    None,
                    None,
                    reason=fact("numbering.read_against", where=where)
                    if where
                    else fact("numbering.name_report"),
                )
            n = report_numbering(s, report)
            accepted_label = reading_label(n, doc.short_reading) if doc.short_reading else None
            groups = citing_groups(s, document_id)
            base = NumberingProposal(
                document_id, report, where, doc.short_reading, accepted_label, None
            )
            if not n.numbers:
                return replace(base, reason=fact("numbering.not_in_registry", report=report))
            if not groups:
                return replace(base, reason=fact("numbering.no_citations"))
            result = infer(n, groups, report_items(s, report))
        candidates = tuple(
            NumberingCandidate(i, c.code, c.label, c.landed, c.total, round(c.share, 3), c.evidence)
            for i, c in enumerate(result.candidates)
        )
        return replace(
            base,
            proposed=result.proposed,
            candidates=candidates,
            reason=result.reason,
            direct=len(n.majors) < 2,
        )

    def accept_numbering(self, document_id: int, choice: int | str | None) -> str | None:
        """Read the document's short numbers through a candidate (its index in
        ``numbering``'s list) or a reading code ("running-rev", "122-1"; None: none);
        the numbers are read again at once.  Returns the previous reading, to undo."""
        self.store.require(EDITOR, "accept a numbering")
        code: str | None = choice if isinstance(choice, str) and choice else None
        if isinstance(choice, int) and not isinstance(choice, bool):
            listed = self.numbering(document_id).candidates
            if not 0 <= choice < len(listed):
                raise BadInput(
                    f"no candidate {choice}: the document has {len(listed)} (0–{len(listed) - 1})"
                    if listed
                    else f"no candidate {choice}: no order to read this document's numbers"
                )
            code = listed[choice].reading
        before = self.cycles.set_short_reading(document_id, code)
        self.review.unresolve_short_references(document_id)
        self.review.resolve_short_references(document_id)
        return before


def citing_groups(s: Session, document_id: int) -> list[Group]:
    """The document's sections citing short numbers, in reading order: a heading's
    citations speak for the paragraphs under it until the next heading, an inline
    citation for its own paragraph."""
    paragraphs = s.execute(
        select(Paragraph.id, Paragraph.kind, Paragraph.label, Paragraph.text)
        .where(Paragraph.document_id == document_id)
        .order_by(Paragraph.seq, Paragraph.id)
    ).all()
    cited: dict[int, list[str]] = {}
    for pid, number in s.execute(
        select(Citation.paragraph_id, Citation.number)
        .join(Paragraph, Paragraph.id == Citation.paragraph_id)
        .where(Paragraph.document_id == document_id, Citation.kind == CitationKind.SHORT)
        .order_by(Citation.paragraph_id, Citation.start, Citation.id)
    ):
        cited.setdefault(pid, []).append(number)
    groups = []
    for i, (pid, kind, label, text) in enumerate(paragraphs):
        numbers = cited.get(pid)
        if not numbers:
            continue
        if kind in _HEADINGS:
            under = []
            for _pid, k, _label, t in paragraphs[i + 1 :]:
                if k in _HEADINGS:
                    break
                under.append(t)
            groups.append(Group(_heading_label(text), "\n".join([text, *under]), tuple(numbers)))
        else:
            groups.append(Group(_paragraph_label(label, text), text, tuple(numbers)))
    return groups


def _heading_label(text: str) -> str:
    """'Rights of the child (recommendations 1, 5, 7–9)' → 'Rights of the child'."""
    head = text.split(" (", 1)[0].strip(" :.–-") or text
    return head if len(head) <= 60 else head[:57].rstrip() + "…"


def _paragraph_label(label: str | None, text: str) -> str:
    if label:
        return f"¶ {label}"
    words = text.split()
    return " ".join(words[:6]) + ("…" if len(words) > 6 else "")


def report_items(s: Session, symbol: str) -> list[Item]:
    """The report's recommendations, as ``inference`` reads them."""
    rows = s.execute(
        select(
            Recommendation.number,
            Recommendation.text,
            Recommendation.themes,
            Recommendation.affected_persons,
        ).where(Recommendation.symbol == symbol)
    ).all()
    return [
        Item(number, text or "", tuple(_theme_name(t) for t in themes or ()), tuple(persons or ()))
        for number, text, themes, persons in rows
    ]


def _theme_name(theme: object) -> str:
    """A theme stored as [code, name] → its name (its code when it has none)."""
    if isinstance(theme, list | tuple):
        return str(theme[1] or theme[0]) if len(theme) > 1 else str(theme[0]) if theme else ""
    return str(theme)
