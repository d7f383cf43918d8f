"""A team workspace's people: the roles ``team init`` makes, who is in which, who am I.

What a login may do is PostgreSQL's own business (``reviewer.storage.roles``): the
program keeps no list of users and handles no password.  These functions run the
roles' SQL for the database's owner (``init_team``), put a login in one role
(``grant_role``) or in none (``revoke_roles``), and say what the login connected may
do (``whoami``) and who else is in the team (``members``).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import Connection, text
from sqlalchemy.exc import DBAPIError

from reviewer.errors import BadInput, WorkspaceError
from reviewer.storage import roles
from reviewer.storage import server as team_server
from reviewer.storage.db import current_revision
from reviewer.workspace.api import Workspace

ROLES = (roles.READER, roles.REVIEWER, roles.EDITOR)
GROUPS = dict(roles.GROUPS)  # role -> its PostgreSQL group role
MAY = dict(roles.WHAT)  # role -> what it may do, in words


def team_script() -> str:
    """The SQL an administrator may run with psql instead of ``team init``."""
    return roles.team_sql()


@dataclass(frozen=True)
class TeamInit:
    location: str
    revision: str | None  # the schema's Alembic revision
    groups: dict[str, str]  # role -> group role
    created: list[str]  # the group roles this run made (none when run again)
    login: str  # who ran it


@dataclass(frozen=True)
class Membership:
    location: str
    login: str
    role: str  # what the login may do (reader, reviewer, editor)
    groups: list[str] = field(default_factory=list)  # the team's groups it is in
    owner: bool = False  # owns the database (or is a superuser): may run team init

    @property
    def may(self) -> str:
        return MAY[self.role]


@dataclass(frozen=True)
class Grant:
    login: str
    role: str
    group: str
    created_login: bool  # the login did not exist and was made (without a password)
    left: list[str]  # the other groups it was taken out of


def require_server_url(location: str | Path, doing: str) -> None:
    """BadInput, before anything is opened (or a file made), unless ``location`` is a
    team workspace's URL."""
    if not team_server.is_server_url(str(location)):
        raise BadInput(
            f"{location}: {doing} is for a team workspace (postgresql://…); a workspace "
            "file is its owner's alone"
        )


def _server(ws: Workspace, doing: str) -> None:
    if not ws.server:
        raise BadInput(
            f"{ws.location}: {doing} is for a team workspace (postgresql://…); a workspace "
            "file is its owner's alone"
        )


def _fail(ws: Workspace, exc: DBAPIError, doing: str) -> WorkspaceError:
    error = team_server.server_failure(ws.location, exc)
    if "may not do this" in str(error):
        return WorkspaceError(
            f"{ws.location}: {doing} is for the database's owner or an administrator "
            f"({' '.join(str(exc.orig).split())}); run it as them, or have them run "
            "the script `team sql` prints with psql"
        )
    return error


def _existing_groups(conn: Connection) -> set[str]:
    rows = conn.execute(
        text("SELECT rolname FROM pg_roles WHERE rolname = ANY(:names)"),
        {"names": list(GROUPS.values())},
    )
    return {r[0] for r in rows}


def init_team(location: str | Path, author: str | None = None, password: str | None = None):
    """Make (or upgrade) the team workspace's schema and its three roles with their
    grants; run by the database's owner.  Idempotent: run again after an upgrade."""
    require_server_url(location, "team init")
    ws = Workspace.open(location, author=author, password=password)
    try:
        try:
            with ws.engine.begin() as conn:
                if not _owns_schema(conn):
                    raise WorkspaceError(
                        f"{ws.location}: team init is run by the owner of the workspace's "
                        "tables (who made them) or a superuser; this login is neither"
                    )
                before = _existing_groups(conn)
                for statement in roles.team_statements():
                    # format()'s %1$I: the driver reads a lone % as a placeholder
                    conn.exec_driver_sql(statement.replace("%", "%%"))
                login = conn.execute(text("SELECT current_user")).scalar_one()
        except DBAPIError as exc:
            raise _fail(ws, exc, "team init") from exc
        return TeamInit(
            location=ws.location,
            revision=current_revision(ws.engine),
            groups=dict(GROUPS),
            created=[g for g in GROUPS.values() if g not in before],
            login=login,
        )
    finally:
        ws.close()


def whoami(ws: Workspace) -> Membership:
    """The login connected, what it may do, and the team's groups it belongs to."""
    if not ws.server:
        return Membership(ws.location, ws.author, ws.role, [], owner=True)
    with ws.engine.connect() as conn:
        login = conn.execute(text("SELECT current_user")).scalar_one()
        groups = [
            r[0]
            for r in conn.execute(
                text(
                    "SELECT rolname FROM pg_roles WHERE rolname = ANY(:names) "
                    "AND pg_has_role(current_user, oid, 'MEMBER') ORDER BY rolname"
                ),
                {"names": list(GROUPS.values())},
            )
        ]
        owner = _owns_schema(conn)
    return Membership(ws.location, login, ws.role, groups, owner=owner)


def _owns_schema(conn: Connection) -> bool:
    """Whether the login owns the workspace's tables (or is a superuser): who may
    grant them to the roles."""
    return bool(
        conn.execute(
            text(
                "SELECT coalesce((SELECT pg_has_role(current_user, tableowner, 'MEMBER') "
                "FROM pg_tables WHERE schemaname = current_schema() "
                "AND tablename = 'paragraph'), false) "
                "OR (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)"
            )
        ).scalar_one()
    )


def members(ws: Workspace) -> list[tuple[str, str]]:
    """(login, role) of every member of the team's groups, by login."""
    _server(ws, "team members")
    by_group = {g: r for r, g in GROUPS.items()}
    with ws.engine.connect() as conn:
        rows = conn.execute(
            text(
                "SELECT m.rolname, g.rolname FROM pg_auth_members a "
                "JOIN pg_roles g ON g.oid = a.roleid JOIN pg_roles m ON m.oid = a.member "
                "WHERE g.rolname = ANY(:names) ORDER BY m.rolname, g.rolname"
            ),
            {"names": list(GROUPS.values())},
        ).all()
    best: dict[str, str] = {}
    for login, group in rows:
        role = by_group[group]
        if login not in best or roles.RANK[role] > roles.RANK[best[login]]:
            best[login] = role
    return sorted(best.items())


def _check_login(login: str) -> str:
    name = login.strip()
    if not name or "\x00" in name or len(name.encode()) > 63:
        raise BadInput(f"{login!r} is not a login name PostgreSQL accepts (1–63 bytes)")
    if name in GROUPS.values() or name.lower() in ("public", "postgres"):
        raise BadInput(f"{name!r} is not a person's login; give the login of a team member")
    return name


def _ident(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def grant_role(ws: Workspace, login: str, role: str) -> Grant:
    """Make ``login`` a reader, reviewer or editor (a member of that group alone),
    making the login first, without a password, if the server has none by that name."""
    _server(ws, "team grant")
    if role not in GROUPS:
        raise BadInput(f"{role!r} is not a role: give reader, reviewer or editor")
    name = _check_login(login)
    group = GROUPS[role]
    try:
        with ws.engine.begin() as conn:
            missing = set(GROUPS.values()) - _existing_groups(conn)
            if missing:
                raise WorkspaceError(
                    f"{ws.location}: the team's roles are not there yet "
                    f"({', '.join(sorted(missing))}); run `team init` first"
                )
            exists = conn.execute(
                text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}
            ).first()
            if not exists:
                conn.exec_driver_sql(f"CREATE ROLE {_ident(name)} LOGIN")
            left = _leave(conn, name, keep=group)
            conn.exec_driver_sql(f"GRANT {group} TO {_ident(name)}")
    except DBAPIError as exc:
        raise _fail(ws, exc, "team grant") from exc
    return Grant(name, role, group, created_login=not exists, left=left)


def revoke_roles(ws: Workspace, login: str) -> list[str]:
    """Take ``login`` out of every team group (the login itself stays); returns them."""
    _server(ws, "team revoke")
    name = _check_login(login)
    try:
        with ws.engine.begin() as conn:
            if not conn.execute(
                text("SELECT 1 FROM pg_roles WHERE rolname = :n"), {"n": name}
            ).first():
                raise BadInput(f"{ws.location}: the server has no login named {name!r}")
            return _leave(conn, name, keep=None)
    except DBAPIError as exc:
        raise _fail(ws, exc, "team revoke") from exc


def _leave(conn: Connection, name: str, keep: str | None) -> list[str]:
    rows = conn.execute(
        text(
            "SELECT g.rolname FROM pg_auth_members a JOIN pg_roles g ON g.oid = a.roleid "
            "JOIN pg_roles m ON m.oid = a.member "
            "WHERE m.rolname = :n AND g.rolname = ANY(:names) ORDER BY g.rolname"
        ),
        {"n": name, "names": [g for g in GROUPS.values() if g != keep]},
    )
    left = [r[0] for r in rows]
    for group in left:
        conn.exec_driver_sql(f"REVOKE {group} FROM {_ident(name)}")
    return left
