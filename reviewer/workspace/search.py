"""Ranked full-text search: the best paragraphs first, snippets for those alone.

A search is ranked over the full-text match before anything else is read, and the
snippets (the costly part: each re-reads and re-tokenizes a paragraph's text) are
made only for the paragraphs returned; joining every match to its document and
snippeting it, then keeping the first ``limit``, cost three times the ranking alone.

SQLite (FTS5).  The order is ``bm25`` (lower is better; the score shown is its
negation), ties by paragraph id.  A scope drops paragraphs after ranking: earlier
versions of documents (unless one document is searched), other reviews' documents.
So the ranking over-fetches: the best ``k`` matches, ``k`` the limit grown by the
share of documents the scope keeps, are checked against the scope in one look-up
each; if fewer than ``limit`` pass while more matches exist, the ranking runs again
with the scope inside it (every match joined to its document: exact, slower), so
no paragraph the scope keeps is ever lost to the over-fetch.  One document's
search is ranked inside its paragraphs' id range.  Snippets: one more pass over
the match, ``snippet()`` made only for the chosen rows (FTS5 makes snippets only
inside a MATCH query; looking rows up by id in it costs more than the pass).  The
marks and the order are those of the single query this replaced
(tests/core/test_search_ranking.py keeps that query to compare).

PostgreSQL (``reviewer.storage.pg_search``): the matched rows ranked by
``ts_rank`` (ties by id) and cut to the limit before the text, the document's
title or ``ts_headline`` are read.
"""

from __future__ import annotations

import json
import math

from sqlalchemy import text
from sqlalchemy.orm import Session

from reviewer.storage.fts import HIT_END, HIT_START, build_match
from reviewer.storage.pg_search import CONFIG as PG_CONFIG
from reviewer.storage.pg_search import HEADLINE_OPTIONS, build_tsquery
from reviewer.workspace.rows import SearchHit

OVERFETCH = 1.2  # candidates per paragraph the scope is expected to keep
MAX_CANDIDATES = 20_000  # past this, the scope goes inside the ranking at once
UNLIMITED = 2**62  # a negative limit: every match (as SQLite's LIMIT -1 always did)

SNIPPET = f"snippet(paragraph_fts, 0, '{HIT_START}', '{HIT_END}', '…', 24)"
# paragraphs (and their documents) by id, from a JSON list of ids: looked up one by
# one (CROSS JOIN keeps that order; the planner would rather scan the scope's rows)
BY_ID = (
    "json_each(:ids) AS j CROSS JOIN paragraph p ON p.id = j.value "
    "CROSS JOIN document d ON d.id = p.document_id"
)
RANKED = (
    "SELECT paragraph_fts.rowid, bm25(paragraph_fts) FROM paragraph_fts "
    "WHERE paragraph_fts MATCH :match ORDER BY bm25(paragraph_fts), paragraph_fts.rowid "
    "LIMIT :limit"
)


def _scope_sql(document_id: int | None, review_id: int | None, d: str = "d.") -> str:
    """The scope as conditions on ``p`` (paragraph) and ``d`` (its document), or on
    the document table alone (``d`` "", no ``document_id``)."""
    where = "p.document_id = :doc" if document_id is not None else f"{d}version_of_id IS NULL"
    return where + (f" AND {d}review_id = :review" if review_id is not None else "")


Ranked = list[tuple[int, float]]  # (paragraph id, bm25), best first
Details = dict[int, tuple]  # paragraph id: (id, document id, label, title, pages…, kept)


def file_search(
    s: Session, query: str, limit: int, document_id: int | None, review_id: int | None
) -> list[SearchHit]:
    """SQLite's search: the ranking, the scope, the snippets, each over what it needs."""
    limit = UNLIMITED if limit < 0 else limit
    params: dict[str, int | str] = {"match": build_match(query), "limit": limit}
    if review_id is not None:
        params["review"] = review_id
    if limit == 0:
        return []
    details: Details | None = None
    if document_id is not None:
        scope = _scope_sql(document_id, review_id)
        ranked = _ranked_in_document(s, {**params, "doc": document_id}, scope)
    else:
        ranked, details = _ranked_over_fetched(s, params, review_id)
    if not ranked:
        return []
    ids = [pid for pid, _score in ranked]
    if details is None:
        details = _details(s, ids)
    snippets: dict[int, str] = {
        pid: snippet
        for pid, snippet in s.execute(
            text(
                f"SELECT rowid, {SNIPPET} FROM paragraph_fts WHERE paragraph_fts MATCH :match "
                "AND rowid BETWEEN :lo AND :hi AND +rowid IN (SELECT value FROM json_each(:ids))"
            ),
            {"match": params["match"], "lo": min(ids), "hi": max(ids), "ids": json.dumps(ids)},
        )
    }
    hits = []
    for pid, bm25 in ranked:
        _id, doc, label, title, start, end, _kept = details[pid]
        hits.append(
            SearchHit(
                document_id=doc,
                paragraph_id=pid,
                label=label,
                snippet=snippets[pid],
                score=-bm25,
                document_title=title,
                page_start=start,
                page_end=end,
            )
        )
    return hits


def _details(
    s: Session, ids: list[int], scope: str = "1", params: dict[str, int | str] | None = None
) -> Details:
    """What a hit shows of its paragraph and document, and whether the scope keeps it."""
    sql = (
        "SELECT p.id, p.document_id, p.label, d.title, p.page_start, p.page_end, "
        f"{scope} FROM {BY_ID}"
    )
    return {
        r[0]: tuple(r) for r in s.execute(text(sql), {**(params or {}), "ids": json.dumps(ids)})
    }


def _ranked_in_document(s: Session, params: dict[str, int | str], scope: str) -> Ranked:
    """One document's best matches: the ranking confined to its paragraphs' ids."""
    lo, hi = s.execute(
        text("SELECT min(id), max(id) FROM paragraph WHERE document_id = :doc"),
        {"doc": params["doc"]},
    ).one()
    if lo is None:
        return []
    return _ranked_with_scope(s, {**params, "lo": lo, "hi": hi}, scope, ranged=True)


def _ranked_with_scope(
    s: Session, params: dict[str, int | str], scope: str, ranged: bool = False
) -> Ranked:
    """The exact ranking: every match joined to its document, the scope applied."""
    sql = (
        "SELECT paragraph_fts.rowid, bm25(paragraph_fts) FROM paragraph_fts "
        "JOIN paragraph p ON p.id = paragraph_fts.rowid JOIN document d ON d.id = p.document_id "
        "WHERE paragraph_fts MATCH :match "
        + ("AND paragraph_fts.rowid BETWEEN :lo AND :hi " if ranged else "")
        + f"AND {scope} ORDER BY bm25(paragraph_fts), paragraph_fts.rowid LIMIT :limit"
    )
    return [(r[0], r[1]) for r in s.execute(text(sql), params)]


def _ranked_over_fetched(
    s: Session, params: dict[str, int | str], review_id: int | None
) -> tuple[Ranked, Details | None]:
    """The best matches the scope keeps: ranked without it, over-fetched by the share
    of documents it keeps, checked (the hits' details read on the way); ranked with
    it when that was not enough."""
    limit = int(params["limit"])
    scope = _scope_sql(None, review_id)
    scope_params: dict[str, int | str] = {"review": review_id} if review_id is not None else {}
    total, kept = s.execute(
        text(
            f"SELECT count(*), coalesce(sum({_scope_sql(None, review_id, d='')}), 0) FROM document"
        ),
        scope_params,
    ).one()
    if not kept:
        return [], None
    candidates = limit if kept == total else math.ceil(limit * total / kept * OVERFETCH) + 10
    if candidates > MAX_CANDIDATES:
        return _ranked_with_scope(s, params, scope), None
    ranked = [(r[0], r[1]) for r in s.execute(text(RANKED), {**params, "limit": candidates})]
    if kept == total or not ranked:
        return ranked, None
    details = _details(s, [pid for pid, _ in ranked], scope, scope_params)
    passed = [row for row in ranked if details[row[0]][-1]]
    if len(passed) >= limit or len(ranked) < candidates:
        return passed[:limit], details  # the scope's best, or every match there is
    return _ranked_with_scope(s, params, scope), None


def server_search(
    s: Session, query: str, limit: int, document_id: int | None, review_id: int | None
) -> list[SearchHit]:
    """PostgreSQL's search: the matches ranked and cut to the limit first; the text,
    the title and the headline read for those alone."""
    tsquery, words = build_tsquery(query)
    where = _scope_sql(document_id, review_id)
    params: dict[str, int | str] = {**words, "headline": HEADLINE_OPTIONS, "limit": limit}
    if document_id is not None:
        params["doc"] = document_id
    if review_id is not None:
        params["review"] = review_id
    sql = (
        f"WITH q AS (SELECT {tsquery} AS q), ranked AS ("
        "SELECT p.id, ts_rank(p.search, q.q) AS score FROM q, paragraph p "
        "JOIN document d ON d.id = p.document_id "
        f"WHERE p.search @@ q.q AND {where} "
        "ORDER BY score DESC, p.id LIMIT :limit) "
        f"SELECT p.id, p.document_id, p.label, ts_headline('{PG_CONFIG}', p.text, q.q, "
        ":headline), r.score, d.title, p.page_start, p.page_end "
        "FROM ranked r JOIN paragraph p ON p.id = r.id JOIN document d ON d.id = p.document_id, q "
        "ORDER BY r.score DESC, r.id"
    )
    return [
        SearchHit(
            document_id=d,
            paragraph_id=p,
            label=label,
            snippet=snip,
            score=score,
            document_title=t,
            page_start=start,
            page_end=end,
        )
        for p, d, label, snip, score, t, start, end in s.execute(text(sql), params)
    ]
