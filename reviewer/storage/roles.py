"""Who may do what in a team workspace: PostgreSQL's own roles, not a login of ours.

Three group roles, made by ``team init`` (or by an administrator running the script
``team sql`` prints, ``packaging/team/roles.sql``), each a member's way in:

- ``upr_readers``: read everything, change nothing (a board member, an auditor);
- ``upr_reviewers``: also the review actions: tags and passage tags (and the tags'
  housekeeping: rename, merge, delete, order, keys), notes, links and their
  decisions, suggestions, reviewed marks, dismissed check findings, continuity
  decisions, and the history those write; a link by hand to a number the registry
  lacks may add that number, bare, to it;
- ``upr_editors``: also documents (import, remove, rename, versions; the report,
  review and numbering their short numbers are read against) and the
  recommendation registry; every table.

A person's login role is made a member of one of them (``GRANT upr_reviewers TO
ana``).  The program reads what the login may do once, when it opens the workspace
(``role_of``), so the window and the command line say "read only" before a write
instead of failing on it.  A file workspace is the user's own: they may do anything
the file's permissions let them.

Roles belong to the whole PostgreSQL cluster, not to one database: a member of
``upr_reviewers`` is a reviewer in every team database of that server the script was
run in.  Give each team its own server (or cluster) when that matters.
"""

from __future__ import annotations

from sqlalchemy import Engine

READER, REVIEWER, EDITOR = "reader", "reviewer", "editor"
RANK = {READER: 0, REVIEWER: 1, EDITOR: 2}
GROUPS = {READER: "upr_readers", REVIEWER: "upr_reviewers", EDITOR: "upr_editors"}

# what a reviewer's actions write (the rest of the schema is the editors')
REVIEW_TABLES = (
    "tag",
    "paragraph_tag",
    "passage_tag",
    "note",
    "link",
    "history",
    "check_dismissal",
    "predecessor",
)
# columns of other tables a review action changes: reviewed marks
REVIEW_COLUMNS = {"paragraph": ("reviewed_at", "reviewed_by", "changed_since_review")}
# tables a review action adds rows to, never changing or removing one: a link by hand
# to a number the registry lacks enters that number bare (text unknown)
REVIEW_INSERTS = ("recommendation",)

WHAT = {
    READER: "read only",
    REVIEWER: "review (tags, notes, links, reviewed marks)",
    EDITOR: "review and edit documents and the registry",
}


def role_of(engine: Engine) -> str:
    """What the login of ``engine`` may do in its workspace: READER, REVIEWER or EDITOR."""
    if engine.dialect.name != "postgresql":
        return EDITOR
    with engine.connect() as conn:
        review, edit = conn.exec_driver_sql(
            "SELECT has_table_privilege('note', 'INSERT'), "
            "has_table_privilege('document', 'INSERT') AND "
            "has_table_privilege('paragraph', 'INSERT')"
        ).one()
    return EDITOR if edit else REVIEWER if review else READER


def team_statements() -> list[str]:
    """The statements of ``team_sql``, one by one (a DO block holds its own ``;``)."""
    groups = ", ".join(GROUPS.values())
    reviewers_and_editors = f"{GROUPS[REVIEWER]}, {GROUPS[EDITOR]}"
    review_tables = ", ".join(f"%1$I.{_quoted(t)}" for t in REVIEW_TABLES)
    out = [
        "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = "
        f"'{group}') THEN CREATE ROLE {group} NOLOGIN; END IF; END $$"
        for group in GROUPS.values()
    ]
    # the database and schema are the ones connected to (``current_database()``,
    # ``current_schema()``): no name is written into the script
    grants = [
        "REVOKE CONNECT ON DATABASE %2$I FROM PUBLIC",
        f"GRANT CONNECT ON DATABASE %2$I TO {groups}",
        f"GRANT USAGE ON SCHEMA %1$I TO {groups}",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA %1$I TO {groups}",
        f"GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA %1$I TO {GROUPS[EDITOR]}",
        f"GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA %1$I TO {reviewers_and_editors}",
        f"GRANT INSERT, UPDATE, DELETE ON {review_tables} TO {GROUPS[REVIEWER]}",
    ]
    if REVIEW_INSERTS:
        tables = ", ".join(f"%1$I.{_quoted(t)}" for t in REVIEW_INSERTS)
        grants.append(f"GRANT INSERT ON {tables} TO {GROUPS[REVIEWER]}")
    for table, columns in REVIEW_COLUMNS.items():
        grants.append(
            f"GRANT UPDATE ({', '.join(columns)}) ON %1$I.{_quoted(table)} TO {GROUPS[REVIEWER]}"
        )
    # tables a later upgrade adds (made by the owner, who runs the upgrade): readable
    # by all and writable by editors at once; the reviewers' are granted by the next
    # ``team init``
    grants += [
        f"ALTER DEFAULT PRIVILEGES IN SCHEMA %1$I GRANT SELECT ON TABLES TO {groups}",
        "ALTER DEFAULT PRIVILEGES IN SCHEMA %1$I GRANT INSERT, UPDATE, DELETE ON TABLES "
        f"TO {GROUPS[EDITOR]}",
        "ALTER DEFAULT PRIVILEGES IN SCHEMA %1$I GRANT USAGE, SELECT ON SEQUENCES "
        f"TO {reviewers_and_editors}",
        "REVOKE CREATE ON SCHEMA %1$I FROM PUBLIC",
    ]
    body = "\n".join(
        f"  EXECUTE format('{g}', current_schema(), current_database());" for g in grants
    )
    out.append(f"-- in the database and schema connected to\nDO $$ BEGIN\n{body}\nEND $$")
    return out


def _quoted(name: str) -> str:
    return '"' + name.replace('"', '""') + '"'


def team_sql() -> str:
    """The SQL that makes the three roles and grants them the schema's tables
    (``packaging/team/roles.sql`` is this text).

    Run by the database's owner, connected to the team database, after the schema
    exists (``team init`` does both).  Idempotent: run again after an upgrade, it
    grants the tables the upgrade added.
    """
    head = (
        "-- UPR Reviewer team workspace: the three roles and what each may do.\n"
        "-- Run by the database's owner, connected to the team database, once the schema\n"
        "-- exists (`python -m reviewer team init --url URL` makes the schema and runs\n"
        "-- this); run it again after every upgrade of the program.  Then make each\n"
        "-- person's login a member of one role: GRANT upr_reviewers TO ana;\n"
        "-- (or `python -m reviewer team grant ana reviewer --url URL`).\n"
        "--   upr_readers    read and search everything, change nothing\n"
        "--   upr_reviewers  also tags, notes, links and their decisions, reviewed marks\n"
        "--   upr_editors    also import and remove documents, the registry; everything\n"
    )
    return head + "".join(f"{st};\n" for st in team_statements())
