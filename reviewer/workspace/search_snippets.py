"""The snippets of the rows a SQLite search returns, made for those rows alone.

FTS5 makes a snippet only inside a MATCH query, from the row's text and the query
alone.  Two ways, by how many matches lie between the chosen rows' ids (counted up
to ``DENSE``):
- few: one more pass over the match within that range, ``snippet()`` made for the
  chosen rows only (looking rows up by id in a MATCH query costs more than the pass);
- many: the chosen rows' text indexed apart, in an in-memory database of the
  thread's own (its tables made once: tables made in the workspace's temporary
  schema inside a read transaction go with it, so were made again by every search),
  and their snippets made there.  The same snippets: the same tokenizer, the text
  indexed as the word index takes it (full-width forms folded), the text shown as
  stored.

Measured on bench/bench_search.py's corpus (CPU ms, medians of 40): "rights" pass
5.5, apart in the workspace's temporary schema 3.6, in memory 2.5; "the" 16.2, 7.1,
5.7; "torture" (687 matches) left to the pass, 2.7.
"""

from __future__ import annotations

import json
import sqlite3
import threading
from collections.abc import Mapping
from typing import Any, cast

from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from reviewer.storage.fts import HIT_END, HIT_START, TOKENIZE
from reviewer.storage.fts_terms import fold_width

SNIPPET = f"snippet(paragraph_fts, 0, '{HIT_START}', '{HIT_END}', '…', 24)"
DENSE = 2500  # matches in the chosen rows' range from which they are indexed apart

PASS = (
    f"SELECT rowid, {SNIPPET} FROM paragraph_fts WHERE paragraph_fts MATCH :match "
    "AND rowid BETWEEN :lo AND :hi AND +rowid IN (SELECT value FROM json_each(:ids))"
)
IN_RANGE = (
    "SELECT count(*) FROM (SELECT rowid FROM paragraph_fts WHERE paragraph_fts MATCH :match "
    "AND rowid BETWEEN :lo AND :hi LIMIT :dense)"
)
TEXTS = "SELECT id, text FROM paragraph WHERE id IN (SELECT value FROM json_each(:ids))"

# the in-memory database's tables: the text as stored, the index of it as the word
# index takes it (``paragraph_fts``: same tokenizer, an external content table)
APART_TABLES = (
    "CREATE TABLE shown (id INTEGER PRIMARY KEY, text TEXT)",
    "CREATE VIRTUAL TABLE shown_fts USING fts5(text, content='shown', content_rowid='id', "
    f"tokenize='{TOKENIZE}')",
)
APART_SNIPPETS = (
    f"SELECT rowid, {SNIPPET.replace('paragraph_fts', 'shown_fts')} FROM shown_fts "
    "WHERE shown_fts MATCH ?"
)

_LOCAL = threading.local()


def rows(s: Session, sql: str, params: Mapping[str, Any]) -> list[Any]:
    """A statement's rows (SQLite), read through the session's sqlite3 connection
    itself: SQLAlchemy's result rows cost about 4 µs each (1.1 ms of the 1.5 ms the
    look-up of 287 candidates took); its errors raised as SQLAlchemy raises them."""
    raw = cast(sqlite3.Connection, s.connection().connection.driver_connection)
    try:
        return raw.execute(sql, params).fetchall()
    except sqlite3.Error as exc:
        raise DBAPIError.instance(sql, params, exc, sqlite3.Error) from exc


def _apart() -> sqlite3.Connection:
    """The thread's in-memory database (searches run in the window's worker threads)."""
    held: sqlite3.Connection | None = getattr(_LOCAL, "db", None)
    if held is None:
        held = sqlite3.connect(":memory:", isolation_level=None, check_same_thread=True)
        for sql in APART_TABLES:
            held.execute(sql)
        _LOCAL.db = held
    return held


def _indexed(body: str) -> str:
    """A paragraph's text as the word index takes it (``fts_languages.INDEXED_TEXT``)."""
    return body if body.isascii() else fold_width(body)


def apart(texts: list[tuple[int, str]], match: str) -> dict[int, str]:
    """The snippets of the rows ``texts`` (id, text as stored) for the FTS5 expression
    ``match``, made in the thread's in-memory database."""
    db = _apart()
    db.execute("BEGIN")
    try:
        db.executemany("INSERT INTO shown(id, text) VALUES (?, ?)", texts)
        db.executemany(
            "INSERT INTO shown_fts(rowid, text) VALUES (?, ?)",
            [(pid, _indexed(body)) for pid, body in texts],
        )
        return dict(db.execute(APART_SNIPPETS, (match,)).fetchall())
    finally:
        db.execute("ROLLBACK")  # empty again, whatever happened


def snippets(s: Session, match: str, ids: list[int], dense: bool = True) -> dict[int, str]:
    """The snippets of the chosen rows ``ids`` (SQLite; ``match``: the FTS5 expression
    the word index was searched with): in one more pass over the match within their
    ids' range, or, among many matches (``dense``: may there be?), from their text
    indexed apart."""
    where = {"match": match, "lo": min(ids), "hi": max(ids), "ids": json.dumps(ids)}
    if not dense or rows(s, IN_RANGE, {**where, "dense": DENSE})[0][0] < DENSE:
        return dict(rows(s, PASS, where))
    return apart(rows(s, TEXTS, where), match)
