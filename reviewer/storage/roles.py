"""Who may do what in a team workspace: PostgreSQL's own roles, not a login of ours.

Three group roles, made by ``team init`` (or by running ``team_sql()`` as printed by
``team init --sql``), each a member's way in:

- ``upr_readers``: read everything, change nothing (a board member, an auditor);
- ``upr_reviewers``: also the review actions: tags and passage tags, notes, links and
  their decisions, reviewed marks, dismissed check findings, continuity decisions,
  and the history those write;
- ``upr_editors``: also documents (import, remove, rename, versions) and the
  recommendation registry; every table.

A person's login role is made a member of one of them (``GRANT upr_reviewers TO
ana``).  The program reads what the login may do once, when it opens the workspace
(``role_of``), so the window and the command line say "read only" before a write
instead of failing on it.  A file workspace is the user's own: they may do anything
the file's permissions let them.
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


def team_sql(database: str) -> str:
    """The SQL that makes the three roles and grants them the schema's tables.

    Idempotent: run again after an upgrade, it grants the tables the upgrade added.
    Run by the database's owner, after the schema exists (``team init`` does both).
    """
    lines = [
        "-- UPR Reviewer team workspace: the three roles (run as the database's owner)",
    ]
    for group in GROUPS.values():
        lines.append(
            "DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = "
            f"'{group}') THEN CREATE ROLE {group} NOLOGIN; END IF; END $$;"
        )
    everyone = ", ".join(GROUPS.values())
    lines += [
        f'GRANT CONNECT ON DATABASE "{database}" TO {everyone};',
        f"GRANT USAGE ON SCHEMA public TO {everyone};",
        f"GRANT SELECT ON ALL TABLES IN SCHEMA public TO {everyone};",
        "GRANT INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO upr_editors;",
        "GRANT USAGE, SELECT ON ALL SEQUENCES IN SCHEMA public TO upr_reviewers, upr_editors;",
        "GRANT INSERT, UPDATE, DELETE ON "
        + ", ".join(f'"{t}"' for t in REVIEW_TABLES)
        + " TO upr_reviewers;",
    ]
    for table, columns in REVIEW_COLUMNS.items():
        lines.append(f'GRANT UPDATE ({", ".join(columns)}) ON "{table}" TO upr_reviewers;')
    lines.append("REVOKE CREATE ON SCHEMA public FROM PUBLIC;")
    return "\n".join(lines) + "\n"
