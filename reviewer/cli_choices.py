"""The words and figures the command line's parser shows, written out.

``python -m reviewer --help`` and a mistyped command are answered without importing
the workspace (SQLAlchemy, the parsers, the exports: a second of start-up), so the
parser cannot read these from the core.  tests/core/test_startup.py checks each one
against the core's own (``reviewer.workspace``, ``reviewer.export``): a new position,
rule or role fails that test until it is named here too.
"""

from __future__ import annotations

POSITIONS = ("supported", "noted", "partially", "pending", "unknown")  # Position
EDITABLE_KINDS = ("submission", "national_report", "summary", "other")  # document edit --kind
TEAM_ROLES = ("reader", "reviewer", "editor")

# export brief
GROUPINGS = ("document", "recommendation", "tag")
ONLY = ("tagged", "noted", "linked", "annotated")
PAPERS = ("A4", "Letter")
COVERAGE_FORMATS = ("xlsx", "csv")
# the languages a brief, a coverage file and a check report are written in, with their
# own names (``reviewer.words.LANGUAGES``)
LANGUAGE_NAMES = (
    ("en", "English"),
    ("fr", "Français"),
    ("es", "Español"),
    ("zh", "中文"),
    ("ar", "العربية"),
    ("ru", "Русский"),
)
LANGUAGES = tuple(code for code, _ in LANGUAGE_NAMES)
LANGUAGE_HELP = (
    "the language the file is written in: "
    + ", ".join(f"{code} ({name})" for code, name in LANGUAGE_NAMES)
    + " (default en)"
)

# check
GUIDELINES = (
    "OHCHR, Technical guidelines for the submission of stakeholders' written "
    "submissions (UPR 4th cycle), OHCHR website"
)
INDIVIDUAL_WORD_LIMIT = 2815
JOINT_WORD_LIMIT = 5630
CHECK_RULES = (
    "number",
    "symbol",
    "state",
    "position",
    "range",
    "words",
    "numbering",
    "keywords",
    "organisation",
    "period",
    "annex",
    "coverage",
)
