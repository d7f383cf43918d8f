"""Counts kept by the database itself, so a pane's counts cost one row each.

``document_count``: per document (every version's row), its paragraphs, those
marked reviewed, and the confirmed links on them.  ``recommendation_count``: per
recommendation, the paragraphs of documents at their latest version with a
confirmed link to it (the registry's "¶": a paragraph links a recommendation once).

Triggers keep them on every write, whoever writes (an import, a new version moving
paragraphs to the earlier version's row, a removal and its undo, a copy, a merge,
a colleague on the team database), so no path of the program can forget them.
SQLite's are row triggers (an update in place costs nothing); PostgreSQL's are
statement triggers over the rows the statement touched (``REFERENCING``): updating
one counter row once per inserted row would make a transaction's row versions pile
up, quadratic in the paragraphs of an import.  Deletions that cascade take the
counts of what goes with them first (``BEFORE DELETE``): a link deleted because its
paragraph went no longer knows the paragraph's document.  PostgreSQL's functions
are SECURITY DEFINER (a reviewer's login may mark paragraphs reviewed without
being granted the count tables).

The tables are not in ``Base.metadata``: copying a workspace, removing a document
and bringing it back, or merging copies write the rows of the schema's tables and
the triggers count them; copying a count row as well would count twice.

The statements are versioned constants, as ``fts``'s: migrations name the version
they were written for (0008: V1).  ``drift`` counts everything again from the rows
and says where a kept count differs.
"""

from __future__ import annotations

from sqlalchemy import Column, ForeignKey, Integer, MetaData, Table

from reviewer.storage.models import Document, Recommendation

COUNTS = MetaData()

document_count = Table(
    "document_count",
    COUNTS,
    Column(
        "document_id",
        Integer,
        ForeignKey(Document.__table__.c.id, ondelete="CASCADE"),
        primary_key=True,
        autoincrement=False,
    ),
    Column("paragraphs", Integer, nullable=False, server_default="0"),
    Column("reviewed", Integer, nullable=False, server_default="0"),
    Column("links", Integer, nullable=False, server_default="0"),  # confirmed
)

recommendation_count = Table(
    "recommendation_count",
    COUNTS,
    Column(
        "recommendation_id",
        Integer,
        ForeignKey(Recommendation.__table__.c.id, ondelete="CASCADE"),
        primary_key=True,
        autoincrement=False,
    ),
    # paragraphs of latest versions with a confirmed link to it
    Column("paragraphs", Integer, nullable=False, server_default="0"),
)

TABLES_V1 = ("document_count", "recommendation_count")

# -------------------------------------------------------------- counting from the rows

# what each count is, from the rows (the migration fills the tables with these, and
# ``drift`` compares with them); 'confirmed' is vocabulary.ACTIVE_STATUSES as of V1
RECOUNT_DOCUMENTS_V1 = (
    "SELECT d.id, coalesce(p.n, 0), coalesce(p.r, 0), coalesce(k.n, 0) FROM document d "
    "LEFT JOIN (SELECT document_id, count(*) AS n, count(reviewed_at) AS r FROM paragraph "
    "GROUP BY document_id) p ON p.document_id = d.id "
    "LEFT JOIN (SELECT p.document_id, count(*) AS n FROM link l "
    "JOIN paragraph p ON p.id = l.paragraph_id WHERE l.status = 'confirmed' "
    "GROUP BY p.document_id) k ON k.document_id = d.id"
)
RECOUNT_RECOMMENDATIONS_V1 = (
    "SELECT r.id, coalesce(k.n, 0) FROM recommendation r "
    "LEFT JOIN (SELECT l.recommendation_id, count(*) AS n FROM link l "
    "JOIN paragraph p ON p.id = l.paragraph_id JOIN document d ON d.id = p.document_id "
    "WHERE l.status = 'confirmed' AND d.version_of_id IS NULL "
    "GROUP BY l.recommendation_id) k ON k.recommendation_id = r.id"
)
FILL_V1 = (
    "DELETE FROM document_count",
    "DELETE FROM recommendation_count",
    "INSERT INTO document_count (document_id, paragraphs, reviewed, links) " + RECOUNT_DOCUMENTS_V1,
    "INSERT INTO recommendation_count (recommendation_id, paragraphs) "
    + RECOUNT_RECOMMENDATIONS_V1,
)

# ------------------------------------------------------------------------- SQLite

_LIVE = (
    "EXISTS (SELECT 1 FROM paragraph p JOIN document d ON d.id = p.document_id "
    "WHERE p.id = {pid} AND d.version_of_id IS NULL)"
)
_DOC_OF = "(SELECT document_id FROM paragraph WHERE id = {pid})"
_LINKS_OF = "(SELECT count(*) FROM link WHERE paragraph_id = {pid} AND status = 'confirmed')"
_RECS_OF = (
    "(SELECT recommendation_id FROM link WHERE paragraph_id = {pid} AND status = 'confirmed')"
)
# a document's confirmed links to the recommendation of the count row being updated
_DOC_LINKS_PER_REC = (
    "(SELECT count(*) FROM link l JOIN paragraph p ON p.id = l.paragraph_id "
    "WHERE p.document_id = {doc} AND l.status = 'confirmed' "
    "AND l.recommendation_id = recommendation_count.recommendation_id)"
)
_DOC_RECS = (
    "(SELECT l.recommendation_id FROM link l JOIN paragraph p ON p.id = l.paragraph_id "
    "WHERE p.document_id = {doc} AND l.status = 'confirmed')"
)


def _link_change(sign: str, row: str) -> str:
    """The statements adding (``+``) or taking (``-``) one confirmed link ``row``."""
    cond = f"{row}.status = 'confirmed' AND "
    return (
        f"UPDATE document_count SET links = links {sign} 1 WHERE {cond}"
        f"document_id = {_DOC_OF.format(pid=f'{row}.paragraph_id')}; "
        f"UPDATE recommendation_count SET paragraphs = paragraphs {sign} 1 WHERE {cond}"
        f"recommendation_id = {row}.recommendation_id "
        f"AND {_LIVE.format(pid=f'{row}.paragraph_id')}; "
    )


SQLITE_V1_CREATE = (
    # a new document or recommendation starts at zero (nothing can refer to it yet)
    "CREATE TRIGGER upr_count_document_ai AFTER INSERT ON document BEGIN "
    "INSERT INTO document_count (document_id) VALUES (NEW.id) ON CONFLICT (document_id) "
    "DO UPDATE SET paragraphs = 0, reviewed = 0, links = 0; END",
    "CREATE TRIGGER upr_count_recommendation_ai AFTER INSERT ON recommendation BEGIN "
    "INSERT INTO recommendation_count (recommendation_id) VALUES (NEW.id) "
    "ON CONFLICT (recommendation_id) DO UPDATE SET paragraphs = 0; END",
    # a latest version going: its links leave the registry's counts (its paragraphs and
    # links go by cascade after the document's row: they no longer find it)
    "CREATE TRIGGER upr_count_document_bd BEFORE DELETE ON document "
    "WHEN OLD.version_of_id IS NULL BEGIN "
    "UPDATE recommendation_count SET paragraphs = paragraphs - "
    f"{_DOC_LINKS_PER_REC.format(doc='OLD.id')} "
    f"WHERE recommendation_id IN {_DOC_RECS.format(doc='OLD.id')}; END",
    # a document becoming an earlier version (or the latest again)
    "CREATE TRIGGER upr_count_document_au AFTER UPDATE OF version_of_id ON document "
    "WHEN (OLD.version_of_id IS NULL) <> (NEW.version_of_id IS NULL) BEGIN "
    "UPDATE recommendation_count SET paragraphs = paragraphs + "
    "(CASE WHEN NEW.version_of_id IS NULL THEN 1 ELSE -1 END) * "
    f"{_DOC_LINKS_PER_REC.format(doc='NEW.id')} "
    f"WHERE recommendation_id IN {_DOC_RECS.format(doc='NEW.id')}; END",
    "CREATE TRIGGER upr_count_paragraph_ai AFTER INSERT ON paragraph BEGIN "
    "UPDATE document_count SET paragraphs = paragraphs + 1, "
    "reviewed = reviewed + (NEW.reviewed_at IS NOT NULL) "
    "WHERE document_id = NEW.document_id; END",
    # before: its links are still there to count (they go by cascade after it)
    "CREATE TRIGGER upr_count_paragraph_bd BEFORE DELETE ON paragraph BEGIN "
    "UPDATE document_count SET paragraphs = paragraphs - 1, "
    "reviewed = reviewed - (OLD.reviewed_at IS NOT NULL), "
    f"links = links - {_LINKS_OF.format(pid='OLD.id')} WHERE document_id = OLD.document_id; "
    "UPDATE recommendation_count SET paragraphs = paragraphs - 1 "
    f"WHERE recommendation_id IN {_RECS_OF.format(pid='OLD.id')} "
    "AND EXISTS (SELECT 1 FROM document WHERE id = OLD.document_id "
    "AND version_of_id IS NULL); END",
    "CREATE TRIGGER upr_count_paragraph_au_reviewed AFTER UPDATE OF reviewed_at ON paragraph "
    "WHEN OLD.document_id = NEW.document_id "
    "AND (OLD.reviewed_at IS NULL) <> (NEW.reviewed_at IS NULL) BEGIN "
    "UPDATE document_count SET reviewed = reviewed + (NEW.reviewed_at IS NOT NULL) "
    "- (OLD.reviewed_at IS NOT NULL) WHERE document_id = NEW.document_id; END",
    # a paragraph moving to another document's row (a new version's earlier one)
    "CREATE TRIGGER upr_count_paragraph_au_moved AFTER UPDATE OF document_id ON paragraph "
    "WHEN OLD.document_id <> NEW.document_id BEGIN "
    "UPDATE document_count SET paragraphs = paragraphs - 1, "
    "reviewed = reviewed - (OLD.reviewed_at IS NOT NULL), "
    f"links = links - {_LINKS_OF.format(pid='NEW.id')} WHERE document_id = OLD.document_id; "
    "UPDATE document_count SET paragraphs = paragraphs + 1, "
    "reviewed = reviewed + (NEW.reviewed_at IS NOT NULL), "
    f"links = links + {_LINKS_OF.format(pid='NEW.id')} WHERE document_id = NEW.document_id; "
    "UPDATE recommendation_count SET paragraphs = paragraphs "
    "+ coalesce((SELECT version_of_id IS NULL FROM document WHERE id = NEW.document_id), 0) "
    "- coalesce((SELECT version_of_id IS NULL FROM document WHERE id = OLD.document_id), 0) "
    f"WHERE recommendation_id IN {_RECS_OF.format(pid='NEW.id')}; END",
    "CREATE TRIGGER upr_count_link_ai AFTER INSERT ON link WHEN NEW.status = 'confirmed' "
    f"BEGIN {_link_change('+', 'NEW')}END",
    # a link whose paragraph is gone was counted out with the paragraph
    "CREATE TRIGGER upr_count_link_ad AFTER DELETE ON link WHEN OLD.status = 'confirmed' "
    f"BEGIN {_link_change('-', 'OLD')}END",
    "CREATE TRIGGER upr_count_link_au AFTER UPDATE OF status, paragraph_id, recommendation_id "
    "ON link WHEN OLD.status = 'confirmed' OR NEW.status = 'confirmed' "
    f"BEGIN {_link_change('-', 'OLD')}{_link_change('+', 'NEW')}END",
)
SQLITE_V1_TRIGGERS = tuple(st.split()[2] for st in SQLITE_V1_CREATE)
SQLITE_V1_DROP = tuple(f"DROP TRIGGER IF EXISTS {name}" for name in SQLITE_V1_TRIGGERS)

# --------------------------------------------------------------------- PostgreSQL

# (name, when, table, options, body): one function and one trigger each
_PG_V1 = (
    (
        "upr_count_document_ai",
        "AFTER INSERT",
        "document",
        "REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT",
        "INSERT INTO document_count (document_id) SELECT id FROM new_rows "
        "ON CONFLICT (document_id) DO UPDATE SET paragraphs = 0, reviewed = 0, links = 0; "
        "RETURN NULL;",
    ),
    (
        "upr_count_recommendation_ai",
        "AFTER INSERT",
        "recommendation",
        "REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT",
        "INSERT INTO recommendation_count (recommendation_id) SELECT id FROM new_rows "
        "ON CONFLICT (recommendation_id) DO UPDATE SET paragraphs = 0; RETURN NULL;",
    ),
    (
        "upr_count_document_bd",
        "BEFORE DELETE",
        "document",
        "FOR EACH ROW WHEN (OLD.version_of_id IS NULL)",
        "UPDATE recommendation_count c SET paragraphs = c.paragraphs - x.n FROM ("
        "SELECT l.recommendation_id, count(*) AS n FROM link l "
        "JOIN paragraph p ON p.id = l.paragraph_id "
        "WHERE p.document_id = OLD.id AND l.status = 'confirmed' GROUP BY 1) x "
        "WHERE c.recommendation_id = x.recommendation_id; RETURN OLD;",
    ),
    (
        "upr_count_document_au",
        "AFTER UPDATE",
        "document",
        "REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT",
        "UPDATE recommendation_count c SET paragraphs = c.paragraphs + x.n FROM ("
        "SELECT l.recommendation_id, "
        "sum(CASE WHEN n.version_of_id IS NULL THEN 1 ELSE -1 END) AS n "
        "FROM old_rows o JOIN new_rows n ON n.id = o.id "
        "JOIN paragraph p ON p.document_id = n.id "
        "JOIN link l ON l.paragraph_id = p.id AND l.status = 'confirmed' "
        "WHERE (o.version_of_id IS NULL) <> (n.version_of_id IS NULL) GROUP BY 1) x "
        "WHERE c.recommendation_id = x.recommendation_id; RETURN NULL;",
    ),
    (
        "upr_count_paragraph_ai",
        "AFTER INSERT",
        "paragraph",
        "REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT",
        "UPDATE document_count c SET paragraphs = c.paragraphs + x.n, "
        "reviewed = c.reviewed + x.r FROM (SELECT document_id, count(*) AS n, "
        "count(reviewed_at) AS r FROM new_rows GROUP BY 1) x "
        "WHERE c.document_id = x.document_id; RETURN NULL;",
    ),
    (
        # its links, while they are there (they go by cascade after it); none when the
        # document itself is going (it took its links out of the registry's counts)
        "upr_count_paragraph_bd",
        "BEFORE DELETE",
        "paragraph",
        "FOR EACH ROW",
        "IF EXISTS (SELECT 1 FROM link WHERE paragraph_id = OLD.id AND status = 'confirmed') "
        "AND EXISTS (SELECT 1 FROM document WHERE id = OLD.document_id) THEN "
        "UPDATE document_count SET links = links - (SELECT count(*) FROM link "
        "WHERE paragraph_id = OLD.id AND status = 'confirmed') "
        "WHERE document_id = OLD.document_id; "
        "UPDATE recommendation_count SET paragraphs = paragraphs - 1 "
        "WHERE recommendation_id IN (SELECT recommendation_id FROM link "
        "WHERE paragraph_id = OLD.id AND status = 'confirmed') "
        "AND EXISTS (SELECT 1 FROM document WHERE id = OLD.document_id "
        "AND version_of_id IS NULL); "
        "END IF; RETURN OLD;",
    ),
    (
        "upr_count_paragraph_ad",
        "AFTER DELETE",
        "paragraph",
        "REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT",
        "UPDATE document_count c SET paragraphs = c.paragraphs - x.n, "
        "reviewed = c.reviewed - x.r FROM (SELECT document_id, count(*) AS n, "
        "count(reviewed_at) AS r FROM old_rows GROUP BY 1) x "
        "WHERE c.document_id = x.document_id; RETURN NULL;",
    ),
    (
        # reviewed marks, and paragraphs moving to another document's row
        "upr_count_paragraph_au",
        "AFTER UPDATE",
        "paragraph",
        "REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT",
        "IF NOT EXISTS (SELECT 1 FROM old_rows o JOIN new_rows n ON n.id = o.id "
        "WHERE o.document_id <> n.document_id "
        "OR (o.reviewed_at IS NULL) <> (n.reviewed_at IS NULL)) THEN RETURN NULL; END IF; "
        "WITH ch AS (SELECT n.id, o.document_id AS od, n.document_id AS nd, "
        "(o.reviewed_at IS NOT NULL)::int AS orv, (n.reviewed_at IS NOT NULL)::int AS nrv, "
        "(SELECT count(*) FROM link l WHERE l.paragraph_id = n.id "
        "AND l.status = 'confirmed' AND o.document_id <> n.document_id) AS k "
        "FROM old_rows o JOIN new_rows n ON n.id = o.id "
        "WHERE o.document_id <> n.document_id "
        "OR (o.reviewed_at IS NULL) <> (n.reviewed_at IS NULL)), "
        "delta AS (SELECT od AS doc, -1 AS p, -orv AS r, -k AS l FROM ch WHERE od <> nd "
        "UNION ALL SELECT nd, 1, nrv, k FROM ch WHERE od <> nd "
        "UNION ALL SELECT nd, 0, nrv - orv, 0 FROM ch WHERE od = nd) "
        "UPDATE document_count c SET paragraphs = c.paragraphs + x.p, "
        "reviewed = c.reviewed + x.r, links = c.links + x.l FROM (SELECT doc, sum(p) AS p, "
        "sum(r) AS r, sum(l) AS l FROM delta GROUP BY doc) x WHERE c.document_id = x.doc; "
        "UPDATE recommendation_count c SET paragraphs = c.paragraphs + x.n FROM ("
        "SELECT l.recommendation_id, sum("
        "(SELECT count(*) FROM document d WHERE d.id = n.document_id "
        "AND d.version_of_id IS NULL) - "
        "(SELECT count(*) FROM document d WHERE d.id = o.document_id "
        "AND d.version_of_id IS NULL)) AS n "
        "FROM old_rows o JOIN new_rows n ON n.id = o.id "
        "JOIN link l ON l.paragraph_id = n.id AND l.status = 'confirmed' "
        "WHERE o.document_id <> n.document_id GROUP BY 1) x "
        "WHERE c.recommendation_id = x.recommendation_id AND x.n <> 0; RETURN NULL;",
    ),
    (
        "upr_count_link_ai",
        "AFTER INSERT",
        "link",
        "REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT",
        "{links:new_rows:+}RETURN NULL;",
    ),
    (
        # a link whose paragraph is gone was counted out with the paragraph
        "upr_count_link_ad",
        "AFTER DELETE",
        "link",
        "REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT",
        "{links:old_rows:-}RETURN NULL;",
    ),
    (
        "upr_count_link_au",
        "AFTER UPDATE",
        "link",
        "REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT",
        "{links:changed_old:-}{links:changed_new:+}RETURN NULL;",
    ),
)

# a link update's rows whose status, paragraph or recommendation changed
_CHANGED = (
    "(SELECT {side}.* FROM old_rows o JOIN new_rows n ON n.id = o.id "
    "WHERE (o.status, o.paragraph_id, o.recommendation_id) IS DISTINCT FROM "
    "(n.status, n.paragraph_id, n.recommendation_id))"
)


def _pg_links(rows: str, sign: str) -> str:
    """Statements adding (``+``) or taking (``-``) the confirmed links among ``rows``."""
    source = {
        "new_rows": "new_rows",
        "old_rows": "old_rows",
        "changed_old": _CHANGED.format(side="o"),
        "changed_new": _CHANGED.format(side="n"),
    }[rows]
    return (
        f"UPDATE document_count c SET links = c.links {sign} x.n FROM ("
        f"SELECT p.document_id, count(*) AS n FROM {source} l "
        "JOIN paragraph p ON p.id = l.paragraph_id WHERE l.status = 'confirmed' GROUP BY 1) x "
        "WHERE c.document_id = x.document_id; "
        f"UPDATE recommendation_count c SET paragraphs = c.paragraphs {sign} x.n FROM ("
        f"SELECT l.recommendation_id, count(*) AS n FROM {source} l "
        "JOIN paragraph p ON p.id = l.paragraph_id JOIN document d ON d.id = p.document_id "
        "WHERE l.status = 'confirmed' AND d.version_of_id IS NULL GROUP BY 1) x "
        "WHERE c.recommendation_id = x.recommendation_id; "
    )


def _pg_body(body: str) -> str:
    for rows in ("new_rows", "old_rows", "changed_old", "changed_new"):
        for sign in "+-":
            body = body.replace(f"{{links:{rows}:{sign}}}", _pg_links(rows, sign))
    return body


def pg_v1_create(schema: str) -> tuple[str, ...]:
    """The functions and triggers on PostgreSQL (migration 0008); ``schema`` the
    workspace's, which the SECURITY DEFINER functions search alone."""
    path = f'"{schema}", pg_temp'
    out = []
    for name, when, table, options, body in _PG_V1:
        out.append(
            f"CREATE OR REPLACE FUNCTION {name}() RETURNS trigger LANGUAGE plpgsql "
            f"SECURITY DEFINER SET search_path = {path} AS $$ BEGIN {_pg_body(body)} END $$"
        )
        out.append(f'CREATE TRIGGER {name} {when} ON "{table}" {options} EXECUTE FUNCTION {name}()')
    return tuple(out)


PG_V1_DROP = tuple(
    st
    for name, _, table, _, _ in _PG_V1
    for st in (f'DROP TRIGGER IF EXISTS {name} ON "{table}"', f"DROP FUNCTION IF EXISTS {name}()")
)
PG_V1_TRIGGERS = tuple(name for name, *_ in _PG_V1)
