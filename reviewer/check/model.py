"""What the draft check reads and what it says: plain, frozen records.

The rules (``reviewer.check.rules``) read a ``Draft`` (a submission's paragraphs,
footnotes and the citations found in them, from a file or from the workspace) and
``Facts`` (what the workspace knows: the draft's review, the previous review's
reports and year, the registry's recommendations), under ``CheckSettings``, and
return ``Finding``s.  Nothing here touches the database.

The form rules follow OHCHR's "Technical guidelines for the submission of
stakeholders' written submissions" for the Universal Periodic Review's 4th cycle
(OHCHR website, Human Rights Council › UPR › NGOs and stakeholders): individual
submissions up to 2,815 words, joint submissions up to 5,630 words, footnotes and
endnotes not counted; paragraphs and pages numbered; key words (up to 10) at the
start; the submitting organisation(s) named; information on the period since the
previous review; no reports annexed (annexed documents are not accepted as part of
the submission).  Each of these figures is a setting.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any

GUIDELINES = (
    "OHCHR, Technical guidelines for the submission of stakeholders' written "
    "submissions (UPR 4th cycle), OHCHR website"
)
INDIVIDUAL_WORD_LIMIT = 2815  # an individual submission (GUIDELINES)
JOINT_WORD_LIMIT = 5630  # a joint submission (GUIDELINES)
MAX_KEY_WORDS = 10  # "a list of key words (up to 10)" (GUIDELINES)


class Severity(StrEnum):
    ERROR = "error"  # a wrong citation, or a limit the secretariat enforces
    WARNING = "warning"  # the form the guidelines ask for
    INFO = "info"  # what the draft might also cover


class Rule(StrEnum):
    """The rules, in the order a report lists them (also the keys' first word)."""

    NUMBER = "number"  # a number the cited report does not have
    SYMBOL = "symbol"  # a report that is not the previous review's
    STATE = "state"  # a recommending State the registry does not give
    POSITION = "position"  # a noted recommendation described as accepted
    RANGE = "range"  # a range across two paragraphs of the report, or backwards
    WORDS = "words"  # over the word limit
    NUMBERING = "numbering"  # paragraphs or pages not numbered
    KEYWORDS = "keywords"  # no key-words line, or too many key words
    ORGANISATION = "organisation"  # the submitting organisations not named at the top
    PERIOD = "period"  # facts dated before the previous review
    ANNEX = "annex"  # an annexed report
    COVERAGE = "coverage"  # recommendations on the draft's themes it does not cite


RULE_ORDER = {rule: i for i, rule in enumerate(Rule)}
# What each rule checks, for a heading or a filter in a list of findings.
RULE_TITLES: dict[str, str] = {
    "number": "Numbers the cited report does not have",
    "symbol": "Reports that are not the previous review's",
    "state": "Recommending States the registry does not give",
    "position": "Noted recommendations described as accepted",
    "range": "Ranges across two paragraphs of a report",
    "words": "Word limit",
    "numbering": "Numbered paragraphs and pages",
    "keywords": "Key words",
    "organisation": "Submitting organisations named at the top",
    "period": "Facts dated before the previous review",
    "annex": "Annexed reports",
    "coverage": "Recommendations on the draft's themes it does not cite",
}


@dataclass(frozen=True)
class CheckSettings:
    """The check's settings; the defaults are the guidelines' (``GUIDELINES``)."""

    word_limit: int | None = None  # None: the guidelines' limit for the kind of submission
    joint: bool = False  # a joint submission (its word limit is 5,630)
    count_footnotes: bool = False  # the guidelines do not count footnotes and endnotes
    max_key_words: int = MAX_KEY_WORDS
    # A theme is one the draft writes about when this many of the recommendations it
    # cites or speaks to carry it.
    coverage_min: int = 2
    coverage_listed: int = 5  # uncited recommendation numbers named per theme
    skip: frozenset[str] = frozenset()  # rules not to run (``Rule`` values)

    @property
    def limit(self) -> int:
        if self.word_limit is not None:
            return self.word_limit
        return JOINT_WORD_LIMIT if self.joint else INDIVIDUAL_WORD_LIMIT

    def runs(self, rule: Rule) -> bool:
        return rule.value not in self.skip


@dataclass(frozen=True)
class DraftParagraph:
    index: int  # its place in the draft, from 0
    label: str | None  # its printed number ("3"), None when unnumbered
    kind: str  # ParagraphKind
    text: str
    id: int | None = None  # the stored paragraph's id (None: a file not in the workspace)
    # its footnotes: (where the marker stands in ``text``, the footnote's text)
    footnotes: tuple[tuple[int, str], ...] = ()


@dataclass(frozen=True)
class DraftCitation:
    paragraph: int  # DraftParagraph.index
    symbol: str | None  # the report (addenda count as their report); None: unknown
    number: str  # "28.294"; "15" for a short number
    kind: str  # CitationKind
    at: int | None  # where in the paragraph: the citation, or its footnote's marker
    footnote: str | None = None  # the footnote's text, when the citation is in one
    start: int | None = None  # its span in the paragraph's text or in the footnote's
    end: int | None = None


@dataclass(frozen=True)
class Draft:
    title: str
    file: str
    format: str  # "docx", "pdf", "txt", "md"
    paragraphs: tuple[DraftParagraph, ...]
    footnotes: tuple[str, ...] = ()  # every footnote's text, for the word count
    citations: tuple[DraftCitation, ...] = ()
    pages: int | None = None
    pages_numbered: bool | None = None  # None: not known (stored text, a text file)


@dataclass(frozen=True)
class Entry:
    """A recommendation as the registry holds it (from a UN list, not a footnote)."""

    symbol: str
    number: str
    text: str | None
    states: tuple[str, ...]
    position: str
    themes: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Facts:
    """What the workspace knows that the rules need; every part may be unknown."""

    review: str | None = None  # the draft's review, "CHN-4"
    state_name: str | None = None  # its State, "China"
    previous: str | None = None  # the review it responds to, "CHN-3"
    previous_reports: tuple[str, ...] = ()  # that review's Working Group report(s)
    previous_responses: tuple[str, ...] = ()  # their addenda (the State's responses)
    previous_year: int | None = None
    # the registry's recommendations of the reports the draft cites and of the previous
    # review, by report symbol (a report the registry does not hold is absent)
    registry: Mapping[str, tuple[Entry, ...]] = field(default_factory=dict)
    owners: Mapping[str, str] = field(default_factory=dict)  # report symbol → review code
    # (paragraph index, symbol, number) the draft speaks to without citing; None: rank
    # them here (a file), () when there are none
    suggested: tuple[tuple[int, str, str], ...] | None = None
    excluded: frozenset[tuple[int, str, str]] = frozenset()  # pairs a person rejected


@dataclass(frozen=True)
class Finding:
    """One thing to fix.  ``key`` names what it is about (rule, report, number…), never
    a position, so it survives edits elsewhere in the draft and a dismissal sticks."""

    key: str
    rule: str
    severity: str
    message: str  # one line: what is wrong
    fix: str  # one line: what to do
    paragraph_index: int | None = None  # None: the whole document
    paragraph_id: int | None = None
    label: str | None = None
    # a dismissed finding: why, who, when
    note: str | None = None
    dismissed_by: str | None = None
    dismissed_at: datetime | None = None

    def as_dict(self, dismissed: bool = False) -> dict[str, Any]:
        """The CLI's JSON keys (a public interface: add, never rename)."""
        out: dict[str, Any] = {
            "key": self.key,
            "rule": self.rule,
            "severity": self.severity,
            "paragraph_id": self.paragraph_id,
            "paragraph_index": self.paragraph_index,
            "label": self.label,
            "message": self.message,
            "fix": self.fix,
        }
        if dismissed:
            out["note"] = self.note
            out["dismissed_by"] = self.dismissed_by
            out["dismissed_at"] = self.dismissed_at.isoformat() if self.dismissed_at else None
        return out


@dataclass(frozen=True)
class Dismissal:
    key: str
    note: str | None
    by: str | None
    at: datetime | None


@dataclass(frozen=True)
class CheckReport:
    """A draft checked: what is left to fix and what a person dismissed."""

    document_id: int | None  # None: a file not stored in the workspace
    file: str
    title: str
    format: str
    review: str | None
    words: int
    word_limit: int
    findings: tuple[Finding, ...]
    dismissed: tuple[Finding, ...] = ()
    notes: tuple[str, ...] = ()  # what the check could not do, and why
    paragraphs: tuple[DraftParagraph, ...] = ()  # the draft's, to place findings on
    settings: CheckSettings = CheckSettings()

    @property
    def clean(self) -> bool:
        """Nothing left to fix (dismissed findings do not count)."""
        return not self.findings

    def counts(self) -> dict[str, int]:
        """Findings left per rule, in the rules' order."""
        c = Counter(f.rule for f in self.findings)
        return {r.value: c[r.value] for r in Rule if c[r.value]}

    def paragraph(self, index: int | None) -> DraftParagraph | None:
        if index is None or not 0 <= index < len(self.paragraphs):
            return None
        return self.paragraphs[index]

    def as_dict(self) -> dict[str, Any]:
        """The CLI's JSON (a public interface: add keys, never rename them)."""
        return {
            "document_id": self.document_id,
            "file": self.file,
            "title": self.title,
            "review": self.review,
            "words": self.words,
            "word_limit": self.word_limit,
            "joint": self.settings.joint,
            "count_footnotes": self.settings.count_footnotes,
            "counts": self.counts(),
            "findings": [f.as_dict() for f in self.findings],
            "dismissed": [f.as_dict(dismissed=True) for f in self.dismissed],
            "notes": list(self.notes),
        }
