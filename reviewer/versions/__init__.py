"""Versions of a document: which paragraph of a new version continues which of the
previous one (``match``), and the word-level difference between two texts and where a
noted span lies in the new text (``words``).  Pure: no database, no workspace."""

from reviewer.versions.match import Continuation, Matching, Para, match_paragraphs
from reviewer.versions.words import anchor_span, trim_ends, word_diff

__all__ = [
    "Continuation",
    "Matching",
    "Para",
    "anchor_span",
    "match_paragraphs",
    "trim_ends",
    "word_diff",
]
