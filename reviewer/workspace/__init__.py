"""The one API the UI and the command line call: import, link, tag, note, search."""

from reviewer.errors import (
    BadInput,
    BadQuery,
    ExportFailed,
    ImportFailed,
    NotFound,
    ReviewerError,
    SchemaTooNew,
    WorkspaceDamaged,
    WorkspaceError,
    WorkspaceLocked,
)
from reviewer.ingest.text_decode import check_encoding, encoding_label
from reviewer.storage.backup import DEFAULT_KEEP as DEFAULT_BACKUP_KEEP
from reviewer.storage.fts import HIT_END, HIT_START, QueryError
from reviewer.vocabulary import (
    ACTIVE_STATUSES,
    POSITION_LABELS,
    REGISTRY_DOCUMENT_KINDS,
    CitationKind,
    DocumentKind,
    LinkOrigin,
    LinkStatus,
    ParagraphKind,
    Position,
    RegistryKind,
    number_key,
)
from reviewer.workspace.api import Workspace
from reviewer.workspace.changes import Changes
from reviewer.workspace.continuity import PredecessorRow, predecessor_line
from reviewer.workspace.core import default_author
from reviewer.workspace.coverage import Coverage, CoverageCell, Tally
from reviewer.workspace.numbering import NumberingCandidate, NumberingProposal
from reviewer.workspace.rows import *  # noqa: F403
from reviewer.workspace.rows import (
    CitationRow,
    CitingParagraph,
    DocumentDetail,
    DocumentRow,
    FootnoteRow,
    ImportFailure,
    ImportResult,
    LinkRow,
    NoteRow,
    ParagraphRow,
    RecommendationDetail,
    RecommendationRow,
    SearchHit,
    TagRow,
)
from reviewer.workspace.suggestions import (
    SUGGESTED_KINDS,
    Decision,
    ParagraphSuggestions,
    Suggestion,
    SuggestScope,
)

__all__ = [
    # what the UI and the command line need besides the Workspace itself: search
    # markers, encodings, the vocabulary, the one number sort key and the row types
    "ACTIVE_STATUSES",
    "DEFAULT_BACKUP_KEEP",
    "HIT_END",
    "HIT_START",
    "POSITION_LABELS",
    "REGISTRY_DOCUMENT_KINDS",
    "Changes",
    "Decision",
    "NumberingCandidate",
    "NumberingProposal",
    "ParagraphSuggestions",
    "SUGGESTED_KINDS",
    "Suggestion",
    "SuggestScope",
    "Coverage",
    "CoverageCell",
    "Tally",
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
    "ParagraphKind",
    "ParagraphRow",
    "Position",
    "PredecessorRow",
    "QueryError",
    "RecommendationDetail",
    "RecommendationRow",
    "RegistryKind",
    "SearchHit",
    "TagRow",
    "check_encoding",
    "encoding_label",
    "number_key",
    "BadInput",
    "BadQuery",
    "ExportFailed",
    "ImportFailed",
    "NotFound",
    "ReviewerError",
    "SchemaTooNew",
    "Workspace",
    "WorkspaceDamaged",
    "WorkspaceError",
    "WorkspaceLocked",
    "default_author",
    "predecessor_line",
]
