"""``team init|sql|grant|revoke|whoami|members``: a team workspace's roles from a
terminal, and the role each command needs (a reader is told so before any work).

PostgreSQL's roles decide who may do what; the program handles no password.  The
database's owner runs ``team init --url URL`` once (and again after each upgrade of
the program), then ``team grant LOGIN reviewer --url URL`` for each person; the
login's password is set by the administrator with psql (``\\password LOGIN``).

JSON keys here are a public interface: add, never rename.
"""

from __future__ import annotations

import argparse
import os
from urllib.parse import urlsplit, urlunsplit

from reviewer.cli_choices import TEAM_ROLES

READER, REVIEWER, EDITOR = TEAM_ROLES

# command -> (role needed, what it does), or for commands with actions
# command -> {action: (role, what)}; the rest of the commands only read
_NEEDS: dict[str, tuple[str, str] | dict[str, tuple[str, str]]] = {
    "import": (EDITOR, "import documents"),
    "watch": (EDITOR, "import documents"),
    "document-remove": (EDITOR, "remove documents"),
    "document-rename": (EDITOR, "edit documents"),
    "document-edit": (EDITOR, "edit documents"),
    "set-report": (EDITOR, "name the report a document refers to"),
    "link": (REVIEWER, "link paragraphs"),
    "suggest": (REVIEWER, "store suggested links"),
    "review": {
        "set": (EDITOR, "place documents in reviews"),
        "reading": (EDITOR, "choose how a document's short numbers read"),
    },
    "predecessors": {
        a: (REVIEWER, "decide predecessors") for a in ("confirm", "reject", "reset", "suggest")
    },
    "note": {a: (REVIEWER, "write notes") for a in ("add", "edit", "delete")},
}


def needs(args) -> tuple[str, str] | None:
    """The role a parsed command needs and what it does; None when it only reads."""
    command = args.command
    if command == "tag":
        return None if args.action == "list" else (REVIEWER, "tag paragraphs")
    if command == "numbering":
        return (EDITOR, "accept a numbering") if args.accept is not None else None
    if command == "check":
        if args.dismiss is not None or args.restore is not None:
            return (REVIEWER, "dismiss findings")
        return None
    need = _NEEDS.get(command)
    if isinstance(need, dict):
        action = getattr(args, "action", None) or getattr(args, "review_action", None)
        return need.get(action or "")
    return need


def check_role(ws, args) -> None:
    """ReadOnly (one sentence, exit 1) before any work, if the login may not do it."""
    need = needs(args)
    if need is not None:
        ws.require(*need)


# --------------------------------------------------------------------------- team


def add_team_parser(sub) -> None:
    s = sub.add_parser(
        "team",
        help="a team workspace's roles (PostgreSQL): init, sql, grant, revoke, whoami, members",
        description="Readers read and search; reviewers also tag, note, link, decide and "
        "mark reviewed; editors also import and remove documents and edit the registry. "
        "The database's owner runs `team init` (again after each upgrade of the program).",
    )
    tsub = s.add_subparsers(dest="action", metavar="ACTION", parser_class=type(s))
    tsub.required = True

    def url(p: argparse.ArgumentParser) -> None:
        p.add_argument(
            "--url", help="the team workspace, postgresql://USER@HOST:PORT/DATABASE (default: "
            "--workspace, then $UPR_REVIEWER_WORKSPACE)",
        )  # fmt: skip

    url(tsub.add_parser("init", help="make the schema and the three roles with their grants"))
    tsub.add_parser("sql", help="print the roles' SQL script, for an administrator's psql")
    t = tsub.add_parser(
        "grant", help="make a login a reader, reviewer or editor (made, without a password, "
        "if the server has none by that name)",
    )  # fmt: skip
    t.add_argument("login", metavar="LOGIN")
    t.add_argument("role", choices=list(TEAM_ROLES), metavar="reader|reviewer|editor")
    url(t)
    t = tsub.add_parser("revoke", help="take a login out of every team role")
    t.add_argument("login", metavar="LOGIN")
    url(t)
    url(tsub.add_parser("whoami", help="the login connected and what it may do"))
    url(tsub.add_parser("members", help="every login in a team role"))


def _location(args) -> str:
    from reviewer.paths import WORKSPACE_ENV
    from reviewer.workspace import BadInput

    given = args.url or args.workspace or os.environ.get(WORKSPACE_ENV)
    if not given:
        raise BadInput(
            "give the team workspace: --url postgresql://USER@HOST:PORT/DATABASE "
            "(or --workspace, or $UPR_REVIEWER_WORKSPACE)"
        )
    return given.strip()


def cmd_team(args, out) -> int:
    """``team …``: runs before (and instead of) the usual opening of the workspace."""
    from reviewer.workspace import (
        TEAM_GROUPS,
        Workspace,
        grant_role,
        init_team,
        members,
        require_server_url,
        revoke_roles,
        team_script,
        whoami,
    )

    if args.action == "sql":
        script = team_script()
        out.emit({"sql": script}, script.rstrip("\n"))
        return 0
    where = _location(args)
    require_server_url(where, f"team {args.action}")  # a file is never made by mistake
    if args.action == "init":
        done = init_team(where, author=args.author)
        data = {
            "workspace": done.location,
            "schema": done.revision,
            "roles": done.groups,
            "created": done.created,
            "login": done.login,
            "next": next_commands(done.location),
        }
        made = f"made {', '.join(done.created)}" if done.created else "roles already there"
        out.emit(
            data,
            lambda: "\n".join(
                [
                    f"team workspace {done.location}: schema {done.revision}; {made}; grants "
                    f"given (run `team init` again after each upgrade of the program)",
                    "next:",
                    *(f"  {c}" for c in data["next"]),
                ]
            ),
        )
        return 0
    with Workspace.open(where, author=args.author) as ws:
        if args.action == "grant":
            g = grant_role(ws, args.login, args.role)
            password = f"psql {ws.location} -c '\\password {g.login}'"
            out.emit(
                {
                    "login": g.login,
                    "role": g.role,
                    "group": g.group,
                    "created_login": g.created_login,
                    "left": g.left,
                    "password": password,
                },
                lambda: (
                    f"{g.login} is now {'an' if g.role == EDITOR else 'a'} {g.role} ({g.group})"
                    + (f", no longer in {', '.join(g.left)}" if g.left else "")
                    + (
                        f"\nthe login was made without a password; set one with: {password}"
                        if g.created_login
                        else ""
                    )
                ),
            )
            return 0
        if args.action == "revoke":
            left = revoke_roles(ws, args.login)
            out.emit(
                {"login": args.login.strip(), "left": left},
                f"{args.login.strip()} left {', '.join(left)}"
                if left
                else f"{args.login.strip()} was in no team role",
            )
            return 0
        if args.action == "members":
            rows = members(ws)
            out.emit(
                [
                    {"login": login, "role": role, "group": TEAM_GROUPS[role]}
                    for login, role in rows
                ],
                lambda: (
                    "\n".join(f"{login:<24} {role}" for login, role in rows)
                    or "nobody is in a team role yet (team grant LOGIN reviewer)"
                ),
            )
            return 0
        me = whoami(ws)
        out.emit(
            {
                "workspace": me.location,
                "login": me.login,
                "role": me.role,
                "may": me.may,
                "groups": me.groups,
                "owner": me.owner,
            },
            f"{me.login} on {me.location}: {me.role} (may {me.may})"
            + (" — owner: may run team init" if me.owner and ws.server else ""),
        )
        return 0


def next_commands(location: str) -> list[str]:
    parts = urlsplit(location)
    host = parts.hostname or ""
    if parts.port:
        host = f"{host}:{parts.port}"
    member = urlunsplit((parts.scheme, f"LOGIN@{host}", parts.path, parts.query, ""))
    return [
        f"python -m reviewer team grant LOGIN reviewer --url {location}   "
        "(reader | reviewer | editor)",
        f"psql {location} -c '\\password LOGIN'   (the login's password, if it needs one)",
        f"python -m reviewer --workspace {member} team whoami   (each member: their role)",
    ]
