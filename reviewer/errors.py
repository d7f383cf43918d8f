"""The program's own errors: what a person can cause, said in a sentence for them.

Everything the workspace API raises on purpose is a ``ReviewerError``; the window
shows those as messages and the command line prints them as one line with exit
status 1.  Any other exception is a bug: the window sends it to the crash dialog
(with the log's path) and the command line says "unexpected error".

Several classes also derive from the built-in they replace (``ValueError``,
``LookupError``), so scripts written against the earlier API keep working.
"""

from __future__ import annotations


class ReviewerError(Exception):
    """A failure a person can cause or mend; ``str(exc)`` is the message for them."""


class ImportFailed(ReviewerError):
    """A file that cannot be imported (``reviewer.ingest.IngestError`` is this)."""


class NotFound(ReviewerError, LookupError):
    """An id, name or number that is not in the workspace."""


class BadInput(ReviewerError, ValueError):
    """A value a person typed that the program cannot take (a malformed number, …)."""


class BadQuery(BadInput):
    """A search query with nothing to search for."""


class ExportFailed(ReviewerError, OSError):
    """A brief (or other export) that could not be written; nothing was left behind."""


class WorkspaceError(ReviewerError):
    """A workspace that cannot be opened or written."""


class WorkspaceLocked(WorkspaceError):
    """Another program holds the workspace's write lock past the busy timeout."""


class WorkspaceDamaged(WorkspaceError):
    """The file is not (or no longer) a readable workspace; restore a backup copy."""


class LoginRefused(WorkspaceError):
    """A team workspace's server turned the login down: a password is wanted, or the
    one given is wrong (the window then asks for it)."""


class ReadOnly(WorkspaceError):
    """This login may not make the change (a team workspace's PostgreSQL role)."""


class SchemaTooNew(WorkspaceError):
    """The workspace was written by a newer version of the program."""


class Conflict(ReviewerError):
    """A change that what was written since stands in the way of (a removed document
    brought back where a document imported since took its place); nothing changed."""
