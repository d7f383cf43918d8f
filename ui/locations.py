"""Where a workspace is, as the window names it: a file, or a team workspace's database.

A workspace is a file (``review.upr.sqlite``) or a PostgreSQL database given by its
URL (``postgresql://ana@db.example.org:5432/upr``).  The window shows a database as
"upr on db.example.org", keeps its URL (never with a password) in the recent list
and uses it as the key of what it remembers per workspace.
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import parse_qsl, urlsplit

from reviewer.paths import is_server_url

Location = Path | str  # a file's path, or a server's URL


def is_url(location: object) -> bool:
    return is_server_url(location)


def redact(url: str) -> str:
    from reviewer.workspace import redact as without_password  # the core, when needed

    return without_password(url)


def host_of(url: str) -> str:
    """The server's name as a person knows it: the host, "this computer" for a local
    socket, or the libpq service named."""
    parts = urlsplit(url)
    query = dict(parse_qsl(parts.query))
    host = parts.hostname or query.get("host", "")
    if host and not host.startswith("/"):
        return host
    from ui.i18n import tr  # Qt's: not before a window is wanted (--help needs none)

    if query.get("service"):
        return tr("service “{name}”").format(name=query["service"])
    return tr("this computer")


def place_name(location: Location) -> str:
    """The name to show: "review.upr.sqlite", or "upr on db.example.org"."""
    if is_url(location):
        from reviewer.workspace import database_name
        from ui.i18n import tr

        return tr("{database} on {host}").format(
            database=database_name(str(location)), host=host_of(str(location))
        )
    return Path(location).name


def shown(location: Location) -> str:
    """The whole location to show (a tooltip, About): the path, or the URL sans password."""
    return redact(str(location).strip()) if is_url(location) else str(location)


def key(location: Location) -> str:
    """One string per workspace: the file's full path, or the URL sans password."""
    if is_url(location):
        return redact(str(location).strip())
    return str(Path(location).expanduser().resolve())


def of(ws) -> Location:
    """The location of an open workspace: its file, or its URL sans password."""
    return ws.location if ws.server else ws.path
