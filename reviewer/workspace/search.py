"""Ranked full-text search: the best paragraphs first, snippets for those alone.

The old search was one query: every match joined to its document and snippeted,
then sorted and cut to the limit.  A snippet re-reads and re-tokenizes its
paragraph, so that cost 1.5 to 3 times FTS5's ranking alone (bench/bench_search.py).
Now the ranking comes first and the snippets are made for the rows returned only.

SQLite (FTS5).  The order is ``bm25`` (lower is better; the score shown is its
negation), ties by paragraph id.  The scope (the latest versions of documents, or
one document; one review's documents) is applied in one of two ways, by the share
of documents it keeps:
- most of them (all reviews): FTS5 ranks the matches alone, over-fetching the
  limit by that share (``OVERFETCH``); the candidates' paragraphs and documents are
  looked up by id and those the scope keeps returned.  Too few kept while more matches exist: the
  exact ranking below runs instead, so the over-fetch never loses a hit.
- few of them (one review, one document): the exact ranking, every match joined
  to its document; bm25 is then reckoned only for the matches the scope keeps,
  which costs less than bare FTS5 ranking them all.  One document's search is
  also confined to its paragraphs' id range.
Snippets: made for the chosen rows only (``reviewer.workspace.search_snippets``).
Hits, order, scores and marks are those of the old query
(tests/core/test_search_ranking.py keeps it to compare).

PostgreSQL (``reviewer.storage.pg_search``): the matched rows ranked by
``ts_rank`` (ties by id) and cut to the limit before the text, the document's
title or ``ts_headline`` are read.

Both: a bare word is looked for in its other forms too (``("rights" OR "right")``,
read from the index's vocabulary: ``reviewer.storage.fts_terms``); a query with no
other form runs the very statements it ran before.  A query with a CJK word takes
``reviewer.workspace.search_cjk`` instead.
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable

from sqlalchemy import text
from sqlalchemy.orm import Session

from reviewer.storage import pg_search
from reviewer.storage.fts import CJK, Compiled, Vocabulary, compile_query, present
from reviewer.storage.pg_search import CONFIG as PG_CONFIG
from reviewer.storage.pg_search import HEADLINE_OPTIONS, ServerQuery
from reviewer.workspace import search_cjk, search_snippets
from reviewer.workspace.rows import SearchHit

OVERFETCH = 1.2  # candidates per paragraph the scope is expected to keep
MAX_CANDIDATES = 20_000  # past this, the scope goes inside the ranking at once
# A scope keeping at most this share of the documents goes inside the ranking: a
# match's look-up of its document costs less than half its bm25, which is then
# reckoned only for the matches the scope keeps (one review's search beats bare
# FTS5); above it, over-fetching wastes less.
INSIDE_BELOW = 0.5
UNLIMITED = 2**62  # a negative limit: every match (as SQLite's LIMIT -1 always did)

# what a hit shows of its paragraph and document, after its id and bm25
SHOWN = "p.document_id, p.label, d.title, p.page_start, p.page_end"
# The best ``candidates`` matches ranked by FTS5 alone (bm25, ties by id), then their
# paragraphs and documents looked up by id, those the scope keeps returned in that
# order (two statements: the ranking alone inside a CTE with the look-ups cost 2 to
# 6 ms more on bench/bench_search.py's corpus, "rights" and "the").
CANDIDATES = (
    "SELECT rowid, bm25(paragraph_fts) AS r FROM paragraph_fts "
    "WHERE paragraph_fts MATCH :match ORDER BY r, rowid LIMIT :candidates"
)
LOOKED_UP = (
    f"SELECT p.id, {SHOWN} FROM json_each(:ids) AS c CROSS JOIN paragraph p ON p.id = c.value "
    "CROSS JOIN document d ON d.id = p.document_id WHERE {scope}"
)
# The exact ranking among many matches: the scope's paragraph ids gathered first (the
# covering index on document_id), each match then checked in that set rather than its
# paragraph's row read, bm25 reckoned for those kept; measured on bench_search.py's
# corpus, one review (a fifth of it), CPU ms: "rights" 27.9 -> 13.6, "the" 45 -> 29.5
# (bare FTS5 over all: 19.4, 57.8), but ~5 ms to gather 20,000 ids: chosen from
# ``SET_FROM`` matches per paragraph of the scope (counted up to that).
IN_SET = (
    "SELECT rowid, bm25(paragraph_fts) AS r FROM paragraph_fts WHERE paragraph_fts MATCH :match "
    "AND +rowid IN (SELECT p.id FROM paragraph p WHERE p.document_id IN "
    "(SELECT d.id FROM document d WHERE {in_documents})) ORDER BY r, rowid LIMIT :limit"
)
MATCHES = (
    "SELECT count(*) FROM (SELECT rowid FROM paragraph_fts WHERE paragraph_fts MATCH :match "
    "LIMIT :n)"
)
SET_FROM = 0.4
# The exact ranking: every match joined to its document, the scope applied.
WITH_SCOPE = (
    f"SELECT paragraph_fts.rowid, bm25(paragraph_fts), {SHOWN} FROM paragraph_fts "
    "JOIN paragraph p ON p.id = paragraph_fts.rowid JOIN document d ON d.id = p.document_id "
    "WHERE paragraph_fts MATCH :match {ranged}AND {scope} "
    "ORDER BY bm25(paragraph_fts), paragraph_fts.rowid LIMIT :limit"
)
Row = tuple  # (paragraph id, bm25, document id, label, title, page start, page end…)


class SearchHits(list[SearchHit]):
    """A search's hits, best first, and ``languages``: those the workspace's documents
    are written in, whose forms of a bare word it found (what ``fts.match_spans``
    marks the same words in a paragraph with), read once, with the hits."""

    def __init__(self, hits: Iterable[SearchHit] = (), languages: tuple[str, ...] = ()):
        super().__init__(hits)
        self.languages = languages


def _scope_sql(document_id: int | None, review_id: int | None, d: str = "d.") -> str:
    """The scope as conditions on ``p`` (paragraph) and ``d`` (its document), or on
    the document table alone (``d`` "", no ``document_id``)."""
    where = "p.document_id = :doc" if document_id is not None else f"{d}version_of_id IS NULL"
    return where + (f" AND {d}review_id = :review" if review_id is not None else "")


def file_search(
    s: Session, query: str, limit: int, document_id: int | None, review_id: int | None
) -> SearchHits:
    """SQLite's search: the ranking, the scope, the snippets, each over what it needs."""
    limit = UNLIMITED if limit < 0 else limit
    languages = present(s.connection())
    compiled = compile_query(query, Vocabulary(s.connection(), languages=languages))
    if limit == 0:
        return SearchHits((), languages)
    cjk_only = compiled.cjk and compiled.words_any is None
    if compiled.cjk and not cjk_only:
        return _cjk_search(s, query, compiled, limit, document_id, review_id, languages)
    # CJK words alone: ranked as words are, in the second index
    index = CJK if cjk_only else "paragraph_fts"
    match = (compiled.cjk_any or "") if cjk_only else compiled.match
    params: dict[str, int | str] = {"match": match, "limit": limit}
    if review_id is not None:
        params["review"] = review_id
    if document_id is not None:
        ranked = _ranked_in_document(s, {**params, "doc": document_id}, review_id, index)
    else:
        ranked = _ranked_over_fetched(s, params, review_id, index)
    if not ranked:
        return SearchHits((), languages)
    if cjk_only:
        return _hits(s, query, ranked, languages)
    ids = [r[0] for r in ranked]
    # fewer hits than asked: few matches, the pass at once
    snippets = search_snippets.snippets(s, str(params["match"]), ids, dense=len(ids) >= limit)
    hits = (
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
        for pid, bm25, doc, label, title, start, end in ranked
    )
    return SearchHits(hits, languages)


def _hits(
    s: Session, query: str, ranked: list[Row], languages: tuple[str, ...], score: int = -1
) -> SearchHits:
    """Hits of ranked rows (rank lower is better), snippets cut in Python."""
    made = search_cjk.snippets(s, query, [r[0] for r in ranked], languages)
    hits = (
        SearchHit(
            document_id=doc,
            paragraph_id=pid,
            label=label,
            snippet=made[pid],
            score=score * rank,
            document_title=title,
            page_start=start,
            page_end=end,
        )
        for pid, rank, doc, label, title, start, end in ranked
    )
    return SearchHits(hits, languages)


def _cjk_search(
    s: Session,
    query: str,
    compiled: Compiled | ServerQuery,
    limit: int,
    document_id: int | None,
    review_id: int | None,
    languages: tuple[str, ...],
) -> SearchHits:
    """A query with a CJK word (``reviewer.workspace.search_cjk``)."""
    params: dict[str, int | str] = {"limit": limit}
    if document_id is not None:
        params["doc"] = document_id
    if review_id is not None:
        params["review"] = review_id
    scope = _scope_sql(document_id, review_id)
    if isinstance(compiled, Compiled):
        return _hits(s, query, search_cjk.file_ranked(s, compiled, params, scope), languages)
    return _hits(s, query, search_cjk.server_ranked(s, compiled, params, scope), languages)


def _in(index: str, sql: str) -> str:
    """A statement over the word index made over ``index`` (the second, CJK one)."""
    return sql if index == "paragraph_fts" else sql.replace("paragraph_fts", index)


def _ranked_with_scope(
    s: Session,
    params: dict[str, int | str],
    scope: str,
    ranged: bool = False,
    index: str = "paragraph_fts",
) -> list[Row]:
    """The exact ranking (``ranged``: within the ids ``lo``..``hi``)."""
    ranges = "AND paragraph_fts.rowid BETWEEN :lo AND :hi " if ranged else ""
    sql = _in(index, WITH_SCOPE.format(ranged=ranges, scope=scope))
    return search_snippets.rows(s, sql, params)


def _ranked_in_document(
    s: Session, params: dict[str, int | str], review_id: int | None, index: str = "paragraph_fts"
) -> list[Row]:
    """One document's best matches: the ranking confined to its paragraphs' ids."""
    lo, hi = s.execute(
        text("SELECT min(id), max(id) FROM paragraph WHERE document_id = :doc"),
        {"doc": params["doc"]},
    ).one()
    if lo is None:
        return []
    scope = _scope_sql(int(params["doc"]), review_id)
    return _ranked_with_scope(s, {**params, "lo": lo, "hi": hi}, scope, ranged=True, index=index)


def _ranked_over_fetched(
    s: Session, params: dict[str, int | str], review_id: int | None, index: str = "paragraph_fts"
) -> list[Row]:
    """The best matches the scope keeps: ranked without it, over-fetched by the share
    of documents it keeps, checked; ranked with it when that was not enough."""
    limit = int(params["limit"])
    scope = _scope_sql(None, review_id)
    in_documents = _scope_sql(None, review_id, d="")
    in_scope = {k: v for k, v in params.items() if k == "review"}
    total, kept, paragraphs = search_snippets.rows(
        s,
        f"SELECT count(*), coalesce(sum({in_documents}), 0), "
        "(SELECT coalesce(max(id), 0) FROM paragraph) FROM document",
        in_scope,
    )[0]
    if not kept:
        return []
    candidates = limit if kept == total else math.ceil(limit * total / kept * OVERFETCH) + 10
    if kept <= total * INSIDE_BELOW or candidates > MAX_CANDIDATES:
        return _ranked_inside(s, params, review_id, paragraphs * kept // total, index)
    found = search_snippets.rows(
        s, _in(index, CANDIDATES), {"match": params["match"], "candidates": candidates}
    )
    if not found:
        return []
    rows = _shown(s, found, scope, in_scope)[:limit]
    if len(rows) >= limit or len(found) < candidates:
        return rows  # the scope's best, or every match there is
    return _ranked_with_scope(s, params, scope, index=index)


def _shown(
    s: Session, ranked: list[tuple[int, float]], scope: str, in_scope: dict[str, int | str]
) -> list[Row]:
    """The ranked (id, bm25) the scope keeps, in order, with what a hit shows."""
    ids = json.dumps([pid for pid, _r in ranked])
    looked_up = search_snippets.rows(s, LOOKED_UP.format(scope=scope), {**in_scope, "ids": ids})
    shown = {r[0]: r[1:] for r in looked_up}
    return [(pid, r, *shown[pid]) for pid, r in ranked if pid in shown]


def _ranked_inside(
    s: Session,
    params: dict[str, int | str],
    review_id: int | None,
    paragraphs: int,
    index: str = "paragraph_fts",
) -> list[Row]:
    """The exact ranking over a scope of few documents (about ``paragraphs``
    paragraphs): each match checked in the set of their ids among many matches
    (``IN_SET``), joined to its document among few."""
    scope = _scope_sql(None, review_id)
    n = max(1, int(paragraphs * SET_FROM))
    matches = search_snippets.rows(s, _in(index, MATCHES), {"match": params["match"], "n": n})
    if matches[0][0] < n:
        return _ranked_with_scope(s, params, scope, index=index)
    in_scope = {k: v for k, v in params.items() if k == "review"}
    sql = _in(index, IN_SET.format(in_documents=_scope_sql(None, review_id, d="d.")))
    ranked = search_snippets.rows(
        s, sql, {**in_scope, "match": params["match"], "limit": params["limit"]}
    )
    return _shown(s, ranked, scope, in_scope)


def server_search(
    s: Session, query: str, limit: int, document_id: int | None, review_id: int | None
) -> SearchHits:
    """PostgreSQL's search: the matches ranked and cut to the limit first; the text,
    the title and the headline read for those alone."""
    languages = present(s.connection())
    forms = pg_search.vocabulary(s.connection(), languages)
    compiled = pg_search.compile_tsquery(query, forms)
    limit = UNLIMITED if limit < 0 else limit  # as a file's search reads it
    if compiled.cjk:
        return _cjk_search(s, query, compiled, limit, document_id, review_id, languages)
    tsquery, words = compiled.words, compiled.params
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
    hits = (
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
    )
    return SearchHits(hits, languages)
