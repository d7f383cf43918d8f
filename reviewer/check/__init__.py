"""The draft check: a submission against the rules and the recommendations.

Pure (no database): ``run_checks(draft, facts, settings)`` reads a ``Draft`` and the
``Facts`` the workspace gathers (``reviewer.workspace.checks``) and returns the
``Finding``s; ``pages_numbered`` reads a Word or PDF file's page numbers.
"""

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
from reviewer.check.pages import pages_numbered
from reviewer.check.rules import run_checks

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
