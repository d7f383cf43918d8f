"""What goes into a Word brief: plain data gathered through the workspace API.

Choosing paragraphs, recommendations and counts is kept apart from rendering so
it can be tested without opening a DOCX, and so the writer only lays things out.

Rules, in one place:
- a paragraph is *included* when it belongs to the chosen document(s) and passes
  ``only`` (tagged / noted / linked, or ``annotated``: any of the three);
- a link counts when it is confirmed (never a suggestion not yet accepted, never a
  rejected one) and its recommendation passes the symbol / theme / position filters;
  an accepted suggestion counts unless ``accepted_suggestions`` is off, and is marked;
- by recommendation, a recommendation appears when an included paragraph cites it;
- by tag, a paragraph appears under each of its tags (untagged ones are left out);
- the documents of the brief are those with a paragraph it shows, no others;
- the reviewer is whoever the caller names (``BriefOptions.reviewer``), never a guess
  from the login: no name given, no reviewer named.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from datetime import datetime

from reviewer.errors import BadInput, NotFound
from reviewer.export.brief_names import in_language, predecessor_line
from reviewer.vocabulary import (
    ACTIVE_STATUSES,
    LinkOrigin,
    LinkStatus,
    Position,
    number_key,
)
from reviewer.words import Words, language
from reviewer.workspace import (
    Coverage,
    DocumentRow,
    LinkRow,
    ParagraphRow,
    PredecessorRow,
    RecommendationRow,
    TagRow,
)

GROUPINGS = ("document", "recommendation", "tag")
ONLY = ("tagged", "noted", "linked", "annotated")  # annotated: any of the three
PAPERS = {"A4": (21.0, 29.7), "Letter": (21.59, 27.94)}  # width, height in cm
POSITIONS = tuple(str(p) for p in Position)  # the --position choices, as typed

DEFAULT_TITLE = "UPR review brief"  # in English; a brief's own language: words "brief.title"
GROUPING_SUBTITLES = {
    "document": "Paragraphs by document",
    "recommendation": "Coverage by recommendation",
    "tag": "Paragraphs by tag",
}


class ExportCancelled(Exception):
    """The person cancelled (a progress callback returned False); nothing was written."""


@dataclass(frozen=True)
class BriefOptions:
    group_by: str = "document"
    only: str | None = None
    comments: bool = False
    document_id: int | None = None
    symbol: str | None = None
    theme: str | None = None
    position: str | None = None
    title: str | None = None
    review: str | None = None  # "CHN-4": its documents, and the recommendations in scope
    # links a reviewer accepted from the suggestions (origin "suggestion"), marked as such
    accepted_suggestions: bool = True
    reviewer: str | None = None  # the name on the cover and the file; None names nobody
    paper: str = "A4"  # or "Letter"
    language: str = "en"  # the brief's words (``reviewer.words``): en, fr, es, zh, ar, ru

    def validate(self) -> BriefOptions:
        if self.group_by not in GROUPINGS:
            raise BadInput(f"group by must be one of {', '.join(GROUPINGS)}")
        if self.only is not None and self.only not in ONLY:
            raise BadInput(f"only must be one of {', '.join(ONLY)}")
        if self.position is not None and self.position not in POSITIONS:
            raise BadInput(f"position must be one of {', '.join(POSITIONS)}")
        if self.paper not in PAPERS:
            raise BadInput(f"paper must be one of {', '.join(PAPERS)}")
        try:
            language(self.language)
        except ValueError as exc:
            raise BadInput(str(exc)) from None
        return self

    @property
    def filtered(self) -> bool:
        return bool(self.symbol or self.theme or self.position or self.review)

    def describe(self) -> list[tuple[str, str]]:
        """The selection in words, for the title block (in the brief's language)."""
        w = Words(self.language)
        out = [
            (w("brief.key.paragraphs"), w(f"brief.selection.{self.group_by}.{self.only or 'all'}"))
        ]
        if self.review:
            out.insert(0, (w("brief.key.review"), self.review))
        recs = []
        if self.symbol:
            recs.append(self.symbol)
        if self.theme:
            recs.append(w("brief.filter.theme", theme=self.theme))
        if self.position:
            recs.append(w("brief.filter.position", position=w(f"position.{self.position}")))
        if recs:
            out.append((w("brief.key.recommendations"), w("list.sep").join(recs)))
        return out


@dataclass(frozen=True)
class Item:
    """A paragraph as it appears in the brief, with only the links that count."""

    document: DocumentRow
    paragraph: ParagraphRow
    links: tuple[LinkRow, ...]


@dataclass(frozen=True)
class DocumentSection:
    document: DocumentRow
    items: tuple[Item, ...]
    total_paragraphs: int


@dataclass(frozen=True)
class RecommendationSection:
    recommendation: RecommendationRow
    items: tuple[Item, ...]
    # "Also recommended in cycle 1 by Norway: 111.9 — supported": its likely
    # predecessors in earlier cycles, confirmed or suggested (``Workspace.predecessors``)
    earlier: tuple[str, ...] = ()


@dataclass(frozen=True)
class SymbolGroup:
    symbol: str
    sections: tuple[RecommendationSection, ...]
    in_registry: int  # the registry's recommendations for the symbol (within the filters)
    uncited: tuple[str, ...]  # their numbers that no paragraph in the workspace cites

    @property
    def cited_elsewhere(self) -> int:
        return self.in_registry - len(self.sections) - len(self.uncited)


@dataclass(frozen=True)
class TagSection:
    tag: TagRow
    items: tuple[Item, ...]


@dataclass(frozen=True)
class Brief:
    title: str
    reviewer: str | None
    created: datetime
    options: BriefOptions
    documents: tuple[DocumentRow, ...]
    by_document: tuple[DocumentSection, ...] = ()
    by_recommendation: tuple[SymbolGroup, ...] = ()
    by_tag: tuple[TagSection, ...] = ()
    # by recommendation with a review: who addressed what, leading the brief
    coverage: Coverage | None = None
    _counts: dict = field(default_factory=dict, compare=False, repr=False)
    _shown: dict = field(default_factory=dict, compare=False, repr=False)  # doc → paragraphs

    def items(self) -> Iterator[Item]:
        for d in self.by_document:
            yield from d.items
        for g in self.by_recommendation:
            for s in g.sections:
                yield from s.items
        for t in self.by_tag:
            yield from t.items

    def paragraphs_in(self, document_id: int) -> int:
        """How many distinct paragraphs of a document the brief shows (counted for every
        document at once: the cover asks for each)."""
        if not self._shown:
            for it in self.items():
                self._shown.setdefault(it.document.id, set()).add(it.paragraph.id)
        return len(self._shown.get(document_id, ()))

    def counts(self) -> dict[str, int]:
        """Distinct paragraphs, recommendations, tags and notes that the brief shows."""
        if not self._counts:
            paragraphs: set[int] = set()
            recs: set[int] = set()
            tags: set[int] = set()
            notes: set[int] = set()
            for it in self.items():
                paragraphs.add(it.paragraph.id)
                tags.update(t.id for t in tags_of(it.paragraph))
                notes.update(n.id for n in it.paragraph.notes)
                if self.options.group_by != "recommendation":
                    recs.update(lk.recommendation_id for lk in it.links)
            for g in self.by_recommendation:
                recs.update(s.recommendation.id for s in g.sections)
            self._counts.update(
                paragraphs=len(paragraphs),
                recommendations=len(recs),
                tags=len(tags),
                notes=len(notes),
            )
        return dict(self._counts)


def _number_order(number: str) -> tuple:
    """28.9 < 28.10 < 28.100 (``vocabulary.number_key``); equal keys ("28.1", "28.01")
    by their text, so the order never depends on the order the workspace returned."""
    return (number_key(number), number)


def recommendation_key(symbol: str, number: str) -> tuple:
    return (symbol, _number_order(number))


def collect(ws, options: BriefOptions) -> Brief:
    """Gather everything the brief shows; every paragraph read once."""
    options.validate()
    if options.document_id is not None:
        row = ws.get_document(options.document_id)
        if row is None:
            raise NotFound(f"no document with id {options.document_id}")
        docs = [row]
    else:
        docs = [d for d in ws.documents(review=options.review) if d.paragraphs]
    selected = {
        r.id: r
        for r in ws.recommendations(
            symbol=options.symbol,
            theme=options.theme,
            position=options.position,
            review=options.review,
            responds_to=options.review,
        )
    }
    lang = language(options.language)
    selected = {i: in_language(r, lang) for i, r in selected.items()}
    sections = []
    for d, paragraphs in _paragraphs(ws, docs):
        items = []
        for p in paragraphs:
            links = tuple(
                replace(lk, text=selected[lk.recommendation_id].text)
                if selected[lk.recommendation_id].text not in (None, lk.text)
                else lk
                for lk in p.links
                if lk.status in ACTIVE_STATUSES
                and lk.recommendation_id in selected
                and (options.accepted_suggestions or lk.origin != LinkOrigin.SUGGESTION)
            )
            if _passes(p, links, options.only):
                items.append(Item(d, p, links))
        if items:
            sections.append(DocumentSection(d, tuple(items), len(paragraphs)))
    kwargs: dict = {}
    if options.group_by == "document":
        kwargs["by_document"] = tuple(sections)
    elif options.group_by == "recommendation":
        kwargs["by_recommendation"] = _by_recommendation(
            sections, selected, ws.predecessors_of, Words(options.language)
        )
        if options.review:
            kwargs["coverage"] = _coverage(ws, options, selected)
    else:
        kwargs["by_tag"] = _by_tag(sections)
    brief = Brief(
        title=(options.title or "").strip() or Words(options.language)("brief.title"),
        reviewer=" ".join((options.reviewer or "").split()) or None,
        created=datetime.now().astimezone(),
        options=options,
        documents=(),
        **kwargs,
    )
    shown = {it.document.id for it in brief.items()}  # what the arrangement prints
    return replace(brief, documents=tuple(d for d in docs if d.id in shown))


def _paragraphs(ws, docs: list[DocumentRow], batch: int = 2000):
    """Each document with its paragraphs (``Workspace.document``'s rows, in its order),
    read a couple of thousand paragraphs at a time across documents: a query for each
    small document cost more than its rows."""
    ids = {d.id: ws.paragraph_ids(d.id) for d in docs}
    pending: list[int] = []
    rows: dict[int, ParagraphRow] = {}
    done = 0
    for i, d in enumerate(docs):
        pending += ids[d.id]
        if len(pending) >= batch or i == len(docs) - 1:
            rows.update((p.id, p) for p in ws.paragraphs(pending))
            pending = []
            for ready in docs[done : i + 1]:
                # (one a colleague deleted meanwhile is left out)
                yield ready, [rows.pop(pid) for pid in ids.pop(ready.id) if pid in rows]
            done = i + 1


def _coverage(ws, options: BriefOptions, selected: dict[int, RecommendationRow]) -> Coverage:
    """The review's coverage, within the brief's document and recommendation filters."""
    ids = [options.document_id] if options.document_id is not None else None
    cov = ws.coverage(options.review, document_ids=ids)
    if not (options.symbol or options.theme or options.position):
        return cov
    recs = tuple(r for r in cov.recommendations if r.id in selected)
    return Coverage(cov.review, recs, cov.documents, cov.cells)


def _passes(p: ParagraphRow, links: tuple[LinkRow, ...], only: str | None) -> bool:
    tagged = bool(p.tags or p.passages)  # on the whole paragraph or on a passage of it
    if only == "tagged":
        return tagged
    if only == "noted":
        return bool(p.notes)
    if only == "linked":
        return bool(links)
    if only == "annotated":
        return bool(links or tagged or p.notes)
    return True


def tags_of(p: ParagraphRow) -> list[TagRow]:
    """The tags on the paragraph or on a passage of it, each once, the whole
    paragraph's first."""
    seen = {t.id: t for t in p.tags}
    for passage in p.passages:
        if passage.tag_id not in seen:
            seen[passage.tag_id] = TagRow(passage.tag_id, passage.tag, passage.colour)
    return list(seen.values())


def _by_recommendation(
    sections: list[DocumentSection],
    selected: dict[int, RecommendationRow],
    predecessors_of: Callable[[list[int]], dict[int, list[PredecessorRow]]] = lambda _: {},
    w: Words | None = None,
) -> tuple[SymbolGroup, ...]:
    w = w or Words()
    citing: dict[int, list[Item]] = {}
    for s in sections:
        for it in s.items:
            for lk in it.links:
                citing.setdefault(lk.recommendation_id, []).append(it)
    earlier_of = predecessors_of(list(citing))  # read for them all at once
    by_symbol: dict[str, list[RecommendationSection]] = {}
    for rec_id, items in citing.items():
        rec = selected[rec_id]
        earlier = tuple(
            predecessor_line(p, w)
            for p in earlier_of.get(rec_id, ())
            if p.status != LinkStatus.REJECTED
        )
        section = RecommendationSection(rec, tuple(items), earlier)
        by_symbol.setdefault(rec.symbol, []).append(section)
    registry_of: dict[str, list[RecommendationRow]] = {}
    for r in selected.values():
        registry_of.setdefault(r.symbol, []).append(r)
    groups = []
    for symbol in sorted(by_symbol):
        secs = sorted(by_symbol[symbol], key=lambda s: _number_order(s.recommendation.number))
        registry = registry_of.get(symbol, [])
        uncited = sorted((r.number for r in registry if r.paragraph_count == 0), key=_number_order)
        groups.append(SymbolGroup(symbol, tuple(secs), len(registry), tuple(uncited)))
    return tuple(groups)


def _by_tag(sections: list[DocumentSection]) -> tuple[TagSection, ...]:
    by_tag: dict[int, list[Item]] = {}
    tags: dict[int, TagRow] = {}
    for s in sections:
        for it in s.items:
            for t in tags_of(it.paragraph):
                tags[t.id] = t
                by_tag.setdefault(t.id, []).append(it)
    order = sorted(tags.values(), key=lambda t: (t.name.casefold(), t.id))
    return tuple(TagSection(t, tuple(by_tag[t.id])) for t in order)
