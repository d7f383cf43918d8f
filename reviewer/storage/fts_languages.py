"""The languages of the documents, kept for search's word forms (migration 0013).

A bare word's other forms are the index's terms that are the same word in a
language of the documents holding them (``reviewer.storage.fts_stems``).  So the
index steps keep:

- ``paragraph_fts_documents(document_id, language)``: each indexed document's
  language (``reviewer.languages.detect_many`` over the start of its first twenty
  paragraphs; NULL when it cannot be told), told once, when its first paragraphs are
  indexed; its row goes with the document (foreign key, on delete cascade).  The
  languages present in the workspace are read from it (``fts.present``).
- ``paragraph_fts_terms.langs``: for each term, the mask of the languages
  (``fts_stems.BITS``; ``UNKNOWN`` for a document not told) of the documents whose
  paragraphs held it when indexed.  A step adds its paragraphs' words per language:
  each language's paragraphs tokenized apart (SQLite: into the step's own table,
  ``fts.BATCH``; PostgreSQL: from their tsvectors), the bit added to the terms that
  lack it.  Like the terms, a bit is never taken away: a form no paragraph of that
  language holds any more is looked for and finds nothing.

Full-width forms (``fts_terms.fold_width``): SQLite's index takes a paragraph's text
folded (the steps pass it through ``upr_fold_width``, a function of the connection
the steps register), and takes an entry out with the same folded text; PostgreSQL's
``unaccent`` folds them already.  Migration 0013 brings what 0012 indexed to that:
``fold_catch_up``, ``languages_catch_up``.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from typing import cast

from sqlalchemy import Connection, text

from reviewer.languages import detect_many
from reviewer.storage.fts import BATCH, BATCH_TABLES, DOCS, TERMS
from reviewer.storage.fts_stems import bit
from reviewer.storage.fts_terms import fold_width

SAMPLE = 20  # paragraphs a document's language is told from
SAMPLE_CHARS = 400  # of each

SQLITE_V4_CREATE = (
    f"ALTER TABLE {TERMS} ADD COLUMN langs INTEGER NOT NULL DEFAULT 0",
    f"CREATE TABLE {DOCS} (document_id INTEGER PRIMARY KEY "
    "REFERENCES document(id) ON DELETE CASCADE, language TEXT)",
)
PG_V4_CREATE = (
    f"ALTER TABLE {TERMS} ADD COLUMN langs integer NOT NULL DEFAULT 0",
    f"CREATE TABLE {DOCS} (document_id integer PRIMARY KEY "
    "REFERENCES document(id) ON DELETE CASCADE, language text)",
)
V4_DROP = (f"DROP TABLE IF EXISTS {DOCS}", f"ALTER TABLE {TERMS} DROP COLUMN langs")

# the text the SQLite index holds of ``p.text``: full-width forms folded (only a text
# with a character that is not ASCII can hold one: a cheap look first; the steps
# name the paragraphs to fold instead: ``indexed_text``)
FOLD = "upr_fold_width"
INDEXED_TEXT = (
    f"CASE WHEN length(p.text) < length(CAST(p.text AS BLOB)) THEN {FOLD}(p.text) ELSE p.text END"
)
# the same for a taken out entry's text (``fts_index.GONE``)
GONE_TEXT = INDEXED_TEXT.replace("p.text", "g.text")

# a step's words (``fts.BATCH``'s vocabulary) added with the languages' bit
_SQLITE_TERMS = (
    f"INSERT INTO {TERMS}(term, langs) SELECT term, :bit FROM temp.paragraph_fts_batch_vocab "
    f"WHERE true ON CONFLICT(term) DO UPDATE SET langs = {TERMS}.langs | excluded.langs "
    f"WHERE ({TERMS}.langs & excluded.langs) = 0"
)
_BATCH_EMPTY = f"INSERT INTO {BATCH}(paragraph_fts_batch) VALUES('delete-all')"
_PG_TERMS = (
    f"INSERT INTO {TERMS}(term, langs) SELECT DISTINCT unnest(tsvector_to_array(search)), "
    "CAST(:bit AS integer) FROM paragraph WHERE {where} AND search IS NOT NULL "
    f"ON CONFLICT (term) DO UPDATE SET langs = {TERMS}.langs | excluded.langs "
    f"WHERE ({TERMS}.langs & excluded.langs) = 0"
)


def register(conn: Connection) -> None:
    """Make ``upr_fold_width`` on this SQLite connection (the index steps' SQL)."""
    raw = cast(sqlite3.Connection, conn.connection.driver_connection)
    try:  # there already (made again, it would have to wait for running statements)
        raw.execute(f"SELECT {FOLD}('')").fetchall()
    except sqlite3.OperationalError:
        raw.create_function(FOLD, 1, fold_width, deterministic=True)


def indexed_text(conn: Connection, wide: list[int]) -> tuple[str, dict[str, object]]:
    """The text the SQLite index takes of ``p.text`` when the paragraphs ``wide`` are
    those with a full-width form (found by the caller): SQL and its values."""
    if not wide:
        return "p.text", {}
    register(conn)
    return (
        f"CASE WHEN p.id IN (SELECT value FROM json_each(:wide)) THEN {FOLD}(p.text) "
        "ELSE p.text END",
        {"wide": json.dumps(wide)},
    )


def _in(conn: Connection, column: str, key: str) -> str:
    if conn.dialect.name == "sqlite":
        return f"{column} IN (SELECT value FROM json_each(:{key}))"
    return f"{column} = ANY(:{key})"


def _ids(conn: Connection, ids: list[int]) -> str | list[int]:
    return json.dumps(ids) if conn.dialect.name == "sqlite" else ids


def document_languages(conn: Connection, documents: list[int]) -> dict[int, str | None]:
    """Each document's language: kept, or told now from its first paragraphs (and
    kept)."""
    known: dict[int, str | None] = dict(
        conn.execute(
            text(f"SELECT document_id, language FROM {DOCS} WHERE {_in(conn, 'document_id', 'd')}"),
            {"d": _ids(conn, documents)},
        ).all()
    )
    told = []
    for doc in documents:
        if doc in known:
            continue
        texts = (
            conn.execute(
                text("SELECT text FROM paragraph WHERE document_id = :d ORDER BY seq LIMIT :n"),
                {"d": doc, "n": SAMPLE},
            )
            .scalars()
            .all()
        )
        known[doc] = detect_many((t[:SAMPLE_CHARS] for t in texts), sample=SAMPLE)
        told.append({"d": doc, "l": known[doc]})
    if told:
        conn.execute(
            text(
                f"INSERT INTO {DOCS}(document_id, language) VALUES (:d, :l) ON CONFLICT DO NOTHING"
            ),
            told,
        )
    return known


def by_language(conn: Connection, documents: list[int]) -> dict[int, list[int]]:
    """The documents grouped by their language's bit."""
    groups: dict[int, list[int]] = defaultdict(list)
    for doc, language in document_languages(conn, sorted(set(documents))).items():
        groups[bit(language)].append(doc)
    return dict(groups)


def sqlite_terms(
    conn: Connection, source: str, params: dict[str, object], shown: str = INDEXED_TEXT
) -> None:
    """Add the words of the paragraphs ``source`` selects (``p``: their paragraph
    rows; SQLite), as the index takes them (``shown``), to the terms, with their
    documents' languages."""
    documents = (
        conn.execute(text(f"SELECT DISTINCT p.document_id {source}"), params).scalars().all()
    )
    for sql in BATCH_TABLES:
        conn.execute(text(sql))
    for language, docs in by_language(conn, list(documents)).items():
        conn.execute(
            text(
                f"INSERT INTO {BATCH}(rowid, text) SELECT p.id, {shown} {source} "
                f"AND {_in(conn, 'p.document_id', 'docs')}"
            ),
            {**params, "docs": json.dumps(docs)},
        )
        conn.execute(text(_SQLITE_TERMS), {"bit": language})
        conn.execute(text(_BATCH_EMPTY))


def pg_terms(conn: Connection, ids: list[int]) -> None:
    """Add the words of the paragraphs ``ids`` (PostgreSQL, their tsvectors made) to
    the terms, with their documents' languages."""
    documents = (
        conn.execute(
            text("SELECT DISTINCT document_id FROM paragraph WHERE id = ANY(:ids)"), {"ids": ids}
        )
        .scalars()
        .all()
    )
    for language, docs in by_language(conn, list(documents)).items():
        conn.execute(
            text(_PG_TERMS.format(where="id = ANY(:ids) AND document_id = ANY(:docs)")),
            {"ids": ids, "docs": docs, "bit": language},
        )


# ------------------------------------------------------------------ migration 0013


def languages_catch_up(conn: Connection) -> int:
    """Tell every document's language and give the terms of every indexed paragraph
    their languages (migration 0013); how many documents."""
    documents = list(conn.execute(text("SELECT id FROM document ORDER BY id")).scalars())
    if conn.dialect.name == "postgresql":
        for language, docs in by_language(conn, documents).items():
            conn.execute(
                text(_PG_TERMS.format(where="document_id = ANY(:docs)")),
                {"docs": docs, "bit": language},
            )
        return len(documents)
    register(conn)  # INDEXED_TEXT
    source = (
        "FROM paragraph p WHERE NOT EXISTS "
        "(SELECT 1 FROM paragraph_fts_pending q WHERE q.id = p.id)"
    )
    sqlite_terms(conn, source, {})
    return len(documents)


def fold_catch_up(conn: Connection, fold: bool = True) -> int:
    """SQLite: take what ``paragraph_fts_gone`` lists out of the index as it was
    indexed, then index every indexed paragraph holding a full-width form again,
    folded (``fold``: migration 0013's upgrade) or as written (its downgrade); how
    many paragraphs."""
    register(conn)
    held = "g.text" if fold else GONE_TEXT
    conn.execute(
        text(
            "INSERT INTO paragraph_fts(paragraph_fts, rowid, text) "
            f"SELECT 'delete', g.id, {held} FROM paragraph_fts_gone g ORDER BY g.n"
        )
    )
    conn.execute(
        text("DELETE FROM paragraph_fts_cjk WHERE rowid IN (SELECT id FROM paragraph_fts_gone)")
    )
    conn.execute(text("DELETE FROM paragraph_fts_gone"))
    rows = conn.execute(
        text(
            "SELECT p.id, p.text FROM paragraph p WHERE length(p.text) < "
            "length(CAST(p.text AS BLOB)) AND NOT EXISTS "
            "(SELECT 1 FROM paragraph_fts_pending q WHERE q.id = p.id)"
        )
    ).all()
    wide = [(pid, body, fold_width(body)) for pid, body in rows if fold_width(body) != body]
    for pid, body, folded in wide:
        was, now = (body, folded) if fold else (folded, body)
        conn.execute(
            text("INSERT INTO paragraph_fts(paragraph_fts, rowid, text) VALUES('delete', :i, :t)"),
            {"i": pid, "t": was},
        )
        conn.execute(
            text("INSERT INTO paragraph_fts(rowid, text) VALUES (:i, :t)"), {"i": pid, "t": now}
        )
    return len(wide)
