"""The registry a document's suggestions come from, or why there is none: told as a
``Fact`` (``reviewer.words.facts``), English for the command line, said again in the
window's language (``ui/core_facts.py``)."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import select
from sqlalchemy.orm import Session

from reviewer.storage.models import Document, Recommendation, RecommendationSource, Review
from reviewer.vocabulary import DocumentKind, SourceKind
from reviewer.words.facts import fact, templates
from reviewer.workspace.reviews import scope_symbols

# The documents whose paragraphs speak to recommendations (the UN's lists bring them).
SUGGESTED_KINDS = (
    DocumentKind.SUBMISSION,
    DocumentKind.NATIONAL_REPORT,
    DocumentKind.SUMMARY,
)

_REGISTRY = (
    "whose previous cycle's recommendations are not in the workspace: import that "
    "cycle's Working Group report or thematic list, or move the document to its review"
)
FACTS = templates(
    {
        "suggest.not_for_kind": (
            "“{title}” is a {kind}: suggestions are made for submissions, national "
            "reports and summaries"
        ),
        "suggest.kind.submission": "submission",
        "suggest.kind.wg_report": "Working Group report",
        "suggest.kind.responses": "State's responses",
        "suggest.kind.thematic_list": "thematic list",
        "suggest.kind.national_report": "national report",
        "suggest.kind.summary": "summary",
        "suggest.kind.other": "document of another kind",
        "suggest.no_review": (
            "the document is in no review: place it in its review first (its review's "
            "previous cycle gives the recommendations)"
        ),
        "suggest.no_registry": "the document is in review {code}, " + _REGISTRY,
        "suggest.no_registry_uncertain": (
            "the document is in review {code} (placed there uncertainly), " + _REGISTRY
        ),
    }
)


@dataclass(frozen=True)
class SuggestScope:
    """The registry a document's suggestions come from, or why there is none."""

    symbols: tuple[str, ...]
    reason: str | None = None  # why nothing can be suggested (a Fact)


def suggest_scope(s: Session, doc: Document) -> SuggestScope:
    if doc.kind not in SUGGESTED_KINDS:
        known = f"suggest.kind.{doc.kind}" in FACTS
        kind = fact(f"suggest.kind.{doc.kind}") if known else doc.kind
        return SuggestScope((), fact("suggest.not_for_kind", title=doc.title, kind=kind))
    symbols: set[str] = set()
    if doc.review_id is not None:
        code = s.scalar(select(Review.code).where(Review.id == doc.review_id))
        if code:
            symbols |= scope_symbols(s, None, code)
    if doc.report_symbol:
        symbols.add(doc.report_symbol)
    if symbols:
        # a registry file (thematic list, report, responses, table) brought them: the
        # recommendations a document's own footnotes entered are not the registry
        has = s.scalar(
            select(RecommendationSource.id)
            .join(Recommendation, Recommendation.id == RecommendationSource.recommendation_id)
            .where(
                Recommendation.symbol.in_(symbols),
                RecommendationSource.source_kind != SourceKind.FOOTNOTE,
            )
            .limit(1)
        )
        if has is not None:
            return SuggestScope(tuple(sorted(symbols)))
    if doc.review_id is None:
        return SuggestScope((), fact("suggest.no_review"))
    code = s.scalar(select(Review.code).where(Review.id == doc.review_id))
    uncertain = doc.review_status == "uncertain"
    key = "suggest.no_registry_uncertain" if uncertain else "suggest.no_registry"
    return SuggestScope((), fact(key, code=code))
