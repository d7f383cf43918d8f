"""The draft check: a submission against the rules and the recommendations.

Pure (no database): ``run_checks(draft, facts, settings)`` reads a ``Draft`` and the
``Facts`` the workspace gathers (``reviewer.workspace.checks``) and returns the
``Finding``s; ``pages_numbered`` reads a Word or PDF file's page numbers.

The rules and the page reader (a third of a start-up's imports: the Word package
reader, lxml, the suggester's ranking) are imported when first named, not with the
workspace: the window's first view never checks a draft.
"""

from typing import TYPE_CHECKING

from reviewer.check.model import (
    GUIDELINES,
    INDIVIDUAL_WORD_LIMIT,
    JOINT_WORD_LIMIT,
    MAX_KEY_WORDS,
    RULE_TITLES,
    CheckReport,
    CheckSettings,
    Dismissal,
    Draft,
    DraftCitation,
    DraftParagraph,
    Entry,
    Facts,
    Finding,
    Rule,
    Severity,
)

if TYPE_CHECKING:
    from reviewer.check.pages import pages_numbered
    from reviewer.check.rules import run_checks


def __getattr__(name: str):
    if name == "pages_numbered":
        from reviewer.check.pages import pages_numbered

        return pages_numbered
    if name == "run_checks":
        from reviewer.check.rules import run_checks

        return run_checks
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "GUIDELINES",
    "INDIVIDUAL_WORD_LIMIT",
    "JOINT_WORD_LIMIT",
    "MAX_KEY_WORDS",
    "RULE_TITLES",
    "CheckReport",
    "CheckSettings",
    "Dismissal",
    "Draft",
    "DraftCitation",
    "DraftParagraph",
    "Entry",
    "Facts",
    "Finding",
    "Rule",
    "Severity",
    "pages_numbered",
    "run_checks",
]
