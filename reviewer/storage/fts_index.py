"""The search index kept up to date afterwards, in steps, instead of at each write.

Tokenizing a document's paragraphs for the index costs as much as storing them (on
PostgreSQL several times more), so a write only notes what the index must take in;
``index_step`` does it later, a batch at a time, each batch in its own short
transaction (``reviewer.workspace.indexing`` runs the steps: in the background in
the window, before returning in the command line and in scripts).

SQLite (the FTS5 table ``paragraph_fts``, external content, version 2 of its
triggers; version 1 indexed at each write):

- ``paragraph_fts_pending(id)``: paragraphs whose text the index does not hold yet;
  a paragraph inserted, or whose text changed, is noted here;
- ``paragraph_fts_gone(n, id, text)``: entries the index still holds for paragraphs
  removed or changed, with the very text indexed (FTS5 needs it to take an entry
  out: a 'delete' with any other text, or of a row never indexed, corrupts the index).

  Invariant: the index holds exactly each paragraph not pending, with its current
  text, plus what ``gone`` lists.  The triggers keep it at every write: an insert
  notes the id as pending; a delete of a pending paragraph only drops the note, of an
  indexed one moves its entry to ``gone``; a change of text does both (delete, then
  insert).  A step takes out what ``gone`` lists first (in order), and only then
  indexes pending paragraphs: an id used again after a removal is taken out before
  it is put back.

PostgreSQL (``paragraph.search``, a tsvector): the trigger that computed it at each
insert now leaves it empty and notes the id in ``paragraph_fts_pending``; a step
computes it for a batch.  A removed paragraph takes its tsvector with it, so a note
whose paragraph is gone is simply dropped.

FTS5 merges its index segments (automerge, crisismerge) in the transaction that
writes to it: with version 2 only the steps write to it, so that work (up to half a
second at 1.2M paragraphs when every write indexed) never happens in a window's own
write; a step of a few hundred paragraphs keeps it to tens of milliseconds.

Until a step has run, search does not find the pending paragraphs; everything else
(reading, tagging, listing) works on the rows at once.  A search that must not see
an entry the index still holds for a removed paragraph whose id was taken again (a
new paragraph pending, not indexed yet) leaves out the pending ones: ``NOT_PENDING``
(imports never take such an id: ``removed_paragraph_ids_below``).

The second index, of CJK characters' pieces (version 3, migration 0012; see
``reviewer.storage.fts_terms``), follows the word index in the same steps: SQLite's
``paragraph_fts_cjk`` holds an entry for each paragraph the word index holds (not
pending, or listed in ``gone``) that has such characters; it keeps its own copy of
what it holds, so a step takes an entry out by its id alone (the ``gone`` ones,
before indexing the pending ones: an id used again is taken out before it is put
back).  PostgreSQL's ``paragraph.search_cjk`` is made with ``search``, emptied with
it by the trigger.  On both, a step adds the words of the paragraphs it indexes to
``paragraph_fts_terms`` (the vocabulary a word's other forms are read from; SQLite
tokenizes them a second time for it, into a temporary table that keeps only its
vocabulary), with the languages of their documents (version 4, migration 0013:
``reviewer.storage.fts_languages``); a word no paragraph holds any more stays there
and finds nothing.  Since version 4 SQLite's index takes the text with full-width
forms folded to ASCII (``fts_languages.indexed_text``), and takes an entry out with
the same folded text (``GONE_TEXT``).

A later migration that rebuilds ``paragraph`` on SQLite (Alembic's batch mode) drops
its triggers with the old table: it makes ``FTS_V2_TRIGGERS`` again (the ids stay,
so the index and both tables stay right).
"""

from __future__ import annotations

from sqlalchemy import Connection, text

from reviewer.storage import fts_languages
from reviewer.storage.fts import CJK, NOT_ASCII
from reviewer.storage.fts_languages import GONE_TEXT
from reviewer.storage.fts_terms import CJK_CLASS, cjk_grams, cjk_tsvector, fold_width
from reviewer.storage.pg_search import CONFIG

PENDING = "paragraph_fts_pending"
GONE = "paragraph_fts_gone"

# a condition on ``paragraph p`` for SQLite's search (see above)
NOT_PENDING = f"NOT EXISTS (SELECT 1 FROM {PENDING} q WHERE q.id = p.id)"

# ------------------------------------------------------------------------ SQLite

FTS_V2_TABLES = (
    f"CREATE TABLE {PENDING} (id INTEGER PRIMARY KEY)",
    f"CREATE TABLE {GONE} (n INTEGER PRIMARY KEY, id INTEGER NOT NULL, text TEXT NOT NULL)",
)
_OLD_NOT_PENDING = f"NOT EXISTS (SELECT 1 FROM {PENDING} WHERE id = old.id)"
FTS_V2_TRIGGERS = (
    "CREATE TRIGGER paragraph_fts_ai AFTER INSERT ON paragraph BEGIN "
    f"INSERT OR IGNORE INTO {PENDING}(id) VALUES (new.id); END",
    "CREATE TRIGGER paragraph_fts_ad AFTER DELETE ON paragraph BEGIN "
    f"INSERT INTO {GONE}(id, text) SELECT old.id, old.text WHERE {_OLD_NOT_PENDING}; "
    f"DELETE FROM {PENDING} WHERE id = old.id; END",
    "CREATE TRIGGER paragraph_fts_au AFTER UPDATE OF id, text ON paragraph BEGIN "
    f"INSERT INTO {GONE}(id, text) SELECT old.id, old.text WHERE {_OLD_NOT_PENDING}; "
    f"DELETE FROM {PENDING} WHERE id = old.id; "
    f"INSERT OR IGNORE INTO {PENDING}(id) VALUES (new.id); END",
)
FTS_V2_DROP_TRIGGERS = (
    "DROP TRIGGER IF EXISTS paragraph_fts_au",
    "DROP TRIGGER IF EXISTS paragraph_fts_ad",
    "DROP TRIGGER IF EXISTS paragraph_fts_ai",
)
FTS_V2_DROP_TABLES = (f"DROP TABLE IF EXISTS {GONE}", f"DROP TABLE IF EXISTS {PENDING}")

# everything owed, at once (a migration going back to version 1 of the triggers)
FTS_V2_CATCH_UP = (
    "INSERT INTO paragraph_fts(paragraph_fts, rowid, text) "
    f"SELECT 'delete', id, text FROM {GONE} ORDER BY n",
    f"DELETE FROM {GONE}",
    "INSERT INTO paragraph_fts(rowid, text) "
    f"SELECT p.id, p.text FROM {PENDING} q CROSS JOIN paragraph p ON p.id = q.id ORDER BY q.id",
    f"DELETE FROM {PENDING}",
)

# ------------------------------------------------------------------------ PostgreSQL

PG_V2_CREATE = (
    f"CREATE TABLE {PENDING} (id integer PRIMARY KEY)",
    "CREATE OR REPLACE FUNCTION upr_paragraph_search() RETURNS trigger "
    "LANGUAGE plpgsql AS $$ BEGIN "
    "NEW.search := NULL; "
    f"INSERT INTO {PENDING}(id) VALUES (NEW.id) ON CONFLICT DO NOTHING; "
    "RETURN NEW; END $$",
)
PG_V2_CATCH_UP = (
    f"UPDATE paragraph p SET search = to_tsvector('{CONFIG}', upr_search_words(p.text)) "
    f"FROM {PENDING} q WHERE q.id = p.id",
    f"DELETE FROM {PENDING}",
)
# version 1 of the function (0007's, reviewer.storage.pg_search.search_v1_create)
PG_V1_FUNCTION = (
    "CREATE OR REPLACE FUNCTION upr_paragraph_search() RETURNS trigger "
    "LANGUAGE plpgsql AS $$ BEGIN "
    f"NEW.search := to_tsvector('{CONFIG}', upr_search_words(NEW.text)); "
    "RETURN NEW; END $$"
)
PG_V2_DROP = (f"DROP TABLE IF EXISTS {PENDING}",)
# version 3 (0012): the second index's column emptied with the first
PG_V3_FUNCTION = (
    "CREATE OR REPLACE FUNCTION upr_paragraph_search() RETURNS trigger "
    "LANGUAGE plpgsql AS $$ BEGIN "
    "NEW.search := NULL; NEW.search_cjk := NULL; "
    f"INSERT INTO {PENDING}(id) VALUES (NEW.id) ON CONFLICT DO NOTHING; "
    "RETURN NEW; END $$"
)
PG_V2_FUNCTION = PG_V2_CREATE[1]


# ------------------------------------------------------------------------ the steps


def removed_paragraph_ids_below(conn: Connection) -> int:
    """The least id a new paragraph may take without meeting an entry the index still
    holds for a removed one (SQLite; 0 when none is held)."""
    if conn.dialect.name != "sqlite":
        return 0
    return (conn.execute(text(f"SELECT max(id) FROM {GONE}")).scalar() or 0) + 1


def _cross(conn: Connection) -> str:
    return "CROSS JOIN" if conn.dialect.name == "sqlite" else "JOIN"


def backlog(conn: Connection) -> tuple[int, int, int]:
    """(paragraphs waiting to be indexed, documents they belong to, entries of removed
    or changed paragraphs still to take out)."""
    # CROSS JOIN: from the few pending ids to their paragraphs, never the other way
    # round (SQLite would walk every paragraph: a third of a second at 1.2M)
    paragraphs, documents = conn.execute(
        text(
            f"SELECT count(*), count(DISTINCT p.document_id) FROM {PENDING} q "
            f"{_cross(conn)} paragraph p ON p.id = q.id"
        )
    ).one()
    gone = 0
    if conn.dialect.name == "sqlite":
        gone = conn.execute(text(f"SELECT count(*) FROM {GONE}")).scalar_one()
    return int(paragraphs), int(documents), int(gone)


def owed(conn: Connection) -> bool:
    """Is anything waiting (one cheap look, for a window's timer)?"""
    sql = f"SELECT EXISTS (SELECT 1 FROM {PENDING})"
    if conn.dialect.name == "sqlite":
        sql += f" OR EXISTS (SELECT 1 FROM {GONE})"
    return bool(conn.execute(text(sql)).scalar())


def index_step(conn: Connection, batch: int) -> int:
    """Index up to ``batch`` paragraphs (or take out up to ``batch`` entries of
    removed ones), in the caller's transaction; how many (0: nothing was owed)."""
    if conn.dialect.name == "postgresql":
        return _pg_step(conn, batch)
    gone = (
        conn.execute(text(f"SELECT n FROM {GONE} ORDER BY n LIMIT :k"), {"k": batch})
        .scalars()
        .all()
    )
    if gone:
        fts_languages.register(conn)  # the text indexed: full-width forms folded
        conn.execute(
            text(
                "INSERT INTO paragraph_fts(paragraph_fts, rowid, text) "
                f"SELECT 'delete', g.id, {GONE_TEXT} FROM {GONE} g WHERE g.n <= :n ORDER BY g.n"
            ),
            {"n": gone[-1]},
        )
        conn.execute(
            text(f"DELETE FROM {CJK} WHERE rowid IN (SELECT id FROM {GONE} WHERE n <= :n)"),
            {"n": gone[-1]},
        )
        conn.execute(text(f"DELETE FROM {GONE} WHERE n <= :n"), {"n": gone[-1]})
        return len(gone)
    ids = (
        conn.execute(text(f"SELECT id FROM {PENDING} ORDER BY id LIMIT :k"), {"k": batch})
        .scalars()
        .all()
    )
    if not ids:
        return 0
    source = f"FROM {PENDING} q CROSS JOIN paragraph p ON p.id = q.id WHERE q.id <= :last"
    # the paragraphs with a character that is not ASCII: CJK pieces, full-width forms
    cjk = conn.execute(
        text(f"SELECT p.id, p.text {source} AND {NOT_ASCII}"), {"last": ids[-1]}
    ).all()
    shown, params = fts_languages.indexed_text(
        conn, [pid for pid, body in cjk if fold_width(body) is not body]
    )
    params["last"] = ids[-1]
    conn.execute(
        text(f"INSERT INTO paragraph_fts(rowid, text) SELECT p.id, {shown} {source}"), params
    )
    # the step's words, with the languages of their documents
    fts_languages.sqlite_terms(conn, source, params, shown)
    grams = [{"id": pid, "g": g} for pid, body in cjk if (g := cjk_grams(body)) is not None]
    if grams:
        conn.execute(text(f"DELETE FROM {CJK} WHERE rowid = :id"), grams)
        conn.execute(text(f"INSERT INTO {CJK}(rowid, grams) VALUES (:id, :g)"), grams)
    conn.execute(text(f"DELETE FROM {PENDING} WHERE id <= :last"), {"last": ids[-1]})
    return len(ids)


def cjk_catch_up(conn: Connection) -> int:
    """Fill the second index for every paragraph the word index holds (migration
    0012: SQLite's table, PostgreSQL's column); how many paragraphs it took."""
    if conn.dialect.name == "postgresql":
        rows = conn.execute(
            text(
                "SELECT p.id, p.text FROM paragraph p WHERE p.search IS NOT NULL AND p.text ~ :cjk"
            ),
            {"cjk": f"[{CJK_CLASS}]"},
        ).all()
        made = [{"id": pid, "v": cjk_tsvector(g)} for pid, body in rows if (g := cjk_grams(body))]
        if made:
            conn.execute(
                text("UPDATE paragraph SET search_cjk = CAST(:v AS tsvector) WHERE id = :id"), made
            )
        return len(made)
    rows = conn.execute(
        text(
            f"SELECT p.id, p.text FROM paragraph p WHERE {NOT_ASCII} "
            f"AND NOT EXISTS (SELECT 1 FROM {PENDING} q WHERE q.id = p.id)"
        )
    ).all()
    grams = [{"id": pid, "g": g} for pid, body in rows if (g := cjk_grams(body)) is not None]
    if grams:
        conn.execute(text(f"INSERT INTO {CJK}(rowid, grams) VALUES (:id, :g)"), grams)
    return len(grams)


def _pg_step(conn: Connection, batch: int) -> int:
    # SKIP LOCKED: two windows indexing at once take different batches
    ids = (
        conn.execute(
            text(
                f"DELETE FROM {PENDING} WHERE id IN (SELECT id FROM {PENDING} ORDER BY id "
                "LIMIT :n FOR UPDATE SKIP LOCKED) RETURNING id"
            ),
            {"n": batch},
        )
        .scalars()
        .all()
    )
    if not ids:
        return 0
    conn.execute(
        text(
            f"UPDATE paragraph SET search = to_tsvector('{CONFIG}', upr_search_words(text)) "
            "WHERE id = ANY(:ids)"
        ),
        {"ids": list(ids)},
    )
    fts_languages.pg_terms(conn, list(ids))
    rows = conn.execute(
        text(
            "SELECT id, text FROM paragraph WHERE id = ANY(:ids) "
            "AND octet_length(text) > char_length(text) AND text ~ :cjk"
        ),
        {"ids": list(ids), "cjk": f"[{CJK_CLASS}]"},
    ).all()
    made = [{"id": pid, "v": cjk_tsvector(g)} for pid, body in rows if (g := cjk_grams(body))]
    if made:
        conn.execute(
            text("UPDATE paragraph SET search_cjk = CAST(:v AS tsvector) WHERE id = :id"), made
        )
    return len(ids)
