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
from reviewer.workspace.core import WorkspaceBase, default_author
from reviewer.workspace.filters import FilterMixin
from reviewer.workspace.importing import ImportMixin
from reviewer.workspace.queries import QueryMixin
from reviewer.workspace.registry_queries import RegistryQueryMixin
from reviewer.workspace.review import ReviewMixin
from reviewer.workspace.rows import *  # noqa: F403


class Workspace(
    ImportMixin, QueryMixin, RegistryQueryMixin, ReviewMixin, FilterMixin, WorkspaceBase
):
    """A workspace file opened for use.  ``Workspace.open(path)``; close when done."""


__all__ = [
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
]
