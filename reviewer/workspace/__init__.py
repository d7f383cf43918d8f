"""The one API the UI and the command line call: import, link, tag, note, search.

Nothing is imported until it is asked for (PEP 562): ``from reviewer.workspace import
Workspace`` imports the workspace and the services the first calls need, not the draft
check, the merge, the team's roles or the suggestions (each imported on first use).
A command that lists documents, or the window's start, does not pay for the rest.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from reviewer.check import (
        GUIDELINES,
        INDIVIDUAL_WORD_LIMIT,
        JOINT_WORD_LIMIT,
        MAX_KEY_WORDS,
        RULE_TITLES,
        CheckReport,
        CheckSettings,
        Dismissal,
        DraftParagraph,
        Finding,
        Rule,
        Severity,
    )
    from reviewer.errors import (
        BadInput,
        BadQuery,
        Conflict,
        ExportFailed,
        ImportFailed,
        LoginRefused,
        NotFound,
        ReadOnly,
        ReviewerError,
        SchemaTooNew,
        WorkspaceDamaged,
        WorkspaceError,
        WorkspaceLocked,
    )
    from reviewer.ingest.text_decode import check_encoding, encoding_label
    from reviewer.reviews.detect import reason_fact as review_reason_fact
    from reviewer.storage.backup import DEFAULT_KEEP as DEFAULT_BACKUP_KEEP
    from reviewer.storage.fts import HIT_END, HIT_START, QueryError, match_spans
    from reviewer.storage.locks import waiting_for_locks
    from reviewer.storage.roles import EDITOR, READER, REVIEWER
    from reviewer.storage.server import database_name, is_server_url, redact
    from reviewer.vocabulary import (
        ACTIVE_STATUSES,
        POSITION_LABELS,
        REGISTRY_DOCUMENT_KINDS,
        CitationKind,
        DocumentKind,
        LinkOrigin,
        LinkStatus,
        ParagraphChange,
        ParagraphKind,
        Position,
        RegistryKind,
        number_key,
    )
    from reviewer.watching import DraftWatch, digest, is_lock_file, watched_paths
    from reviewer.words.facts import Fact, as_data, english_ordinal
    from reviewer.workspace.api import Workspace, load_services
    from reviewer.workspace.changes import Changes
    from reviewer.workspace.continuity import PredecessorRow, predecessor_line
    from reviewer.workspace.core import default_author
    from reviewer.workspace.coverage import Coverage, CoverageCell, Tally
    from reviewer.workspace.documents_admin import (
        EDITABLE_KINDS,
        DocumentDetails,
        RemovalSummary,
        RemovedDocument,
    )
    from reviewer.workspace.history import HistoryRow
    from reviewer.workspace.housekeeping_rows import (
        NoteListRow,
        ParagraphTagRecord,
        PassageTagRecord,
        TagDeletion,
        TagLayout,
        TagMerge,
        TagPlace,
    )
    from reviewer.workspace.indexing import IndexBacklog
    from reviewer.workspace.merge import merge_workspace
    from reviewer.workspace.merge_report import MergeConflict, MergeReport, Skipped
    from reviewer.workspace.numbering import NumberingCandidate, NumberingProposal
    from reviewer.workspace.rows import (
        Box,
        CitationRow,
        CitingParagraph,
        DocumentDetail,
        DocumentReview,
        DocumentRow,
        FootnoteRow,
        ImportFailure,
        ImportResult,
        LinkRow,
        NoteRow,
        ParagraphRow,
        PassageRow,
        RecommendationDetail,
        RecommendationRow,
        ReviewRow,
        SameText,
        SearchHit,
        ShortNumbers,
        TagRow,
        page_label,
    )
    from reviewer.workspace.same_text import SAME_TEXT_IMPORT, SAME_TEXT_SKIP
    from reviewer.workspace.search import SearchHits
    from reviewer.workspace.sources import SourceFile, file_sha256
    from reviewer.workspace.suggest_scope import SUGGESTED_KINDS, SuggestScope
    from reviewer.workspace.suggestions import Decision, ParagraphSuggestions, Suggestion
    from reviewer.workspace.team import GROUPS as TEAM_GROUPS
    from reviewer.workspace.team import ROLES as TEAM_ROLES
    from reviewer.workspace.team import (
        Grant,
        Membership,
        TeamInit,
        grant_role,
        init_team,
        members,
        require_server_url,
        revoke_roles,
        team_script,
        whoami,
    )
    from reviewer.workspace.transfer import CopyReport, copy_workspace
    from reviewer.workspace.version_rows import (
        ChangeCounts,
        DiffParagraph,
        RemovedParagraph,
        VersionDiff,
        VersionImport,
        VersionRow,
        WorkCounts,
    )

# where each name lives: "module": "name name … alias=name"
_MODULES = {
    "reviewer.check": (
        "CheckReport CheckSettings Dismissal DraftParagraph Finding GUIDELINES "
        "INDIVIDUAL_WORD_LIMIT JOINT_WORD_LIMIT MAX_KEY_WORDS RULE_TITLES Rule Severity"
    ),
    "reviewer.errors": (
        "BadInput BadQuery Conflict ExportFailed ImportFailed LoginRefused NotFound ReadOnly "
        "ReviewerError SchemaTooNew WorkspaceDamaged WorkspaceError WorkspaceLocked"
    ),
    "reviewer.ingest.text_decode": "check_encoding encoding_label",
    "reviewer.reviews.detect": "review_reason_fact=reason_fact",
    "reviewer.storage.backup": "DEFAULT_BACKUP_KEEP=DEFAULT_KEEP",
    "reviewer.storage.fts": "HIT_END HIT_START QueryError match_spans",
    "reviewer.storage.locks": "waiting_for_locks",
    "reviewer.storage.roles": "EDITOR READER REVIEWER",
    "reviewer.storage.server": "database_name is_server_url redact",
    "reviewer.vocabulary": (
        "ACTIVE_STATUSES CitationKind DocumentKind LinkOrigin LinkStatus POSITION_LABELS "
        "ParagraphChange ParagraphKind Position REGISTRY_DOCUMENT_KINDS RegistryKind number_key"
    ),
    "reviewer.watching": "DraftWatch digest is_lock_file watched_paths",
    "reviewer.words.facts": "Fact as_data english_ordinal",
    "reviewer.workspace.api": "Workspace load_services",
    "reviewer.workspace.changes": "Changes",
    "reviewer.workspace.continuity": "PredecessorRow predecessor_line",
    "reviewer.workspace.core": "default_author",
    "reviewer.workspace.coverage": "Coverage CoverageCell Tally",
    "reviewer.workspace.documents_admin": (
        "DocumentDetails EDITABLE_KINDS RemovalSummary RemovedDocument"
    ),
    "reviewer.workspace.history": "HistoryRow",
    "reviewer.workspace.housekeeping_rows": (
        "NoteListRow ParagraphTagRecord PassageTagRecord TagDeletion TagLayout TagMerge TagPlace"
    ),
    "reviewer.workspace.indexing": "IndexBacklog",
    "reviewer.workspace.merge": "merge_workspace",
    "reviewer.workspace.merge_report": "MergeConflict MergeReport Skipped",
    "reviewer.workspace.numbering": "NumberingCandidate NumberingProposal",
    "reviewer.workspace.rows": (
        "Box CitationRow CitingParagraph DocumentDetail DocumentReview DocumentRow FootnoteRow "
        "ImportFailure ImportResult LinkRow NoteRow ParagraphRow PassageRow RecommendationDetail "
        "RecommendationRow ReviewRow SameText SearchHit ShortNumbers TagRow page_label"
    ),
    "reviewer.workspace.same_text": "SAME_TEXT_IMPORT SAME_TEXT_SKIP",
    "reviewer.workspace.search": "SearchHits",
    "reviewer.workspace.sources": "SourceFile file_sha256",
    "reviewer.workspace.suggest_scope": "SUGGESTED_KINDS SuggestScope",
    "reviewer.workspace.suggestions": "Decision ParagraphSuggestions Suggestion",
    "reviewer.workspace.team": (
        "Grant Membership TEAM_GROUPS=GROUPS TEAM_ROLES=ROLES TeamInit grant_role init_team "
        "members require_server_url revoke_roles team_script whoami"
    ),
    "reviewer.workspace.transfer": "CopyReport copy_workspace",
    "reviewer.workspace.version_rows": (
        "ChangeCounts DiffParagraph RemovedParagraph VersionDiff VersionImport VersionRow "
        "WorkCounts"
    ),
}
_WHERE = {
    name.partition("=")[0]: (module, name.partition("=")[2] or name)
    for module, names in _MODULES.items()
    for name in names.split()
}


def __getattr__(name: str) -> Any:
    """The name, imported from its module on first use (then kept here)."""
    try:
        module, attr = _WHERE[name]
    except KeyError:
        if name.startswith("_"):
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
        try:  # a submodule, as ``reviewer.workspace.rows`` was once the package's import
            return importlib.import_module(f"{__name__}.{name}")
        except ModuleNotFoundError as exc:
            if exc.name != f"{__name__}.{name}":
                raise
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}") from None
    value = getattr(importlib.import_module(module), attr)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(set(globals()) | set(_WHERE))


__all__ = [
    "waiting_for_locks",
    # what the core says in English, with its key and arguments (the window says it again)
    "Fact",
    "as_data",
    "english_ordinal",
    "review_reason_fact",
    # a team workspace's roles (PostgreSQL's): team init, grant, revoke, whoami
    "Grant",
    "Membership",
    "TEAM_GROUPS",
    "TEAM_ROLES",
    "TeamInit",
    "grant_role",
    "init_team",
    "members",
    "require_server_url",
    "revoke_roles",
    "team_script",
    "whoami",
    "HistoryRow",
    # a workspace copied to another engine; another copy merged into it
    "CopyReport",
    "MergeConflict",
    "MergeReport",
    "Skipped",
    "copy_workspace",
    "merge_workspace",
    # team workspaces: the roles, and what to show of a server's URL (never a password)
    "EDITOR",
    "READER",
    "REVIEWER",
    "database_name",
    "is_server_url",
    "redact",
    # what the UI and the command line need besides the Workspace itself: search
    # markers, encodings, the vocabulary, the one number sort key and the row types
    "ACTIVE_STATUSES",
    "DEFAULT_BACKUP_KEEP",
    "HIT_END",
    "HIT_START",
    "POSITION_LABELS",
    "REGISTRY_DOCUMENT_KINDS",
    "Changes",
    "IndexBacklog",
    # documents removed, brought back, edited; a file repeating a document's text
    "Conflict",
    "DocumentDetails",
    "EDITABLE_KINDS",
    "RemovalSummary",
    "RemovedDocument",
    "SAME_TEXT_IMPORT",
    "SAME_TEXT_SKIP",
    "SameText",
    # the draft check
    "CheckReport",
    "CheckSettings",
    "Dismissal",
    "DraftParagraph",
    "Finding",
    "GUIDELINES",
    "INDIVIDUAL_WORD_LIMIT",
    "JOINT_WORD_LIMIT",
    "MAX_KEY_WORDS",
    "RULE_TITLES",
    "Rule",
    "Severity",
    "Decision",
    "DraftWatch",
    "digest",
    "is_lock_file",
    "watched_paths",
    "NumberingCandidate",
    "SourceFile",
    "file_sha256",
    "NumberingProposal",
    "ParagraphSuggestions",
    "SUGGESTED_KINDS",
    "Suggestion",
    "SuggestScope",
    "Coverage",
    "CoverageCell",
    "Tally",
    "ChangeCounts",
    "DiffParagraph",
    "ParagraphChange",
    "RemovedParagraph",
    "VersionDiff",
    "VersionImport",
    "VersionRow",
    "WorkCounts",
    "Box",
    "CitationKind",
    "CitationRow",
    "CitingParagraph",
    "DocumentDetail",
    "DocumentKind",
    "DocumentRow",
    "FootnoteRow",
    "ImportFailure",
    "ImportResult",
    "LinkOrigin",
    "LinkRow",
    "LinkStatus",
    "NoteRow",
    "PassageRow",
    # tag housekeeping and the list of every note
    "NoteListRow",
    "ParagraphTagRecord",
    "PassageTagRecord",
    "TagDeletion",
    "TagLayout",
    "TagMerge",
    "TagPlace",
    "ParagraphKind",
    "ParagraphRow",
    "Position",
    "PredecessorRow",
    "QueryError",
    "RecommendationDetail",
    "RecommendationRow",
    "DocumentReview",
    "ReviewRow",
    "ShortNumbers",
    "RegistryKind",
    "SearchHit",
    "SearchHits",
    "TagRow",
    "check_encoding",
    "encoding_label",
    "match_spans",
    "number_key",
    "page_label",
    "BadInput",
    "BadQuery",
    "ExportFailed",
    "ImportFailed",
    "NotFound",
    "ReviewerError",
    "LoginRefused",
    "ReadOnly",
    "SchemaTooNew",
    "Workspace",
    "load_services",
    "WorkspaceDamaged",
    "WorkspaceError",
    "WorkspaceLocked",
    "default_author",
    "predecessor_line",
]
