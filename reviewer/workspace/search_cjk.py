"""Search with CJK words: the second index's pieces and the word index together.

A query with a word of Chinese, Japanese or Korean characters (``fts_terms``) is
found through both indexes: each OR group's words in the word index and its CJK
words in the second index, the rows both match (INTERSECT), the groups' rows
together (UNION).  The rank adds the two indexes' own (bm25 on SQLite, ts_rank on
PostgreSQL), each over any group's terms there.  Snippets are cut from the text of
the rows returned only, marked where ``match_spans`` finds the query (the word
index's snippet would mark a whole run of characters, not the word inside it).
"""

from __future__ import annotations

import json

from sqlalchemy import text
from sqlalchemy.orm import Session

from reviewer.storage.fts import CJK, HIT_END, HIT_START, Compiled, match_spans
from reviewer.storage.pg_search import ServerQuery

SNIPPET_CHARS = 140  # what a snippet shows around the first match, about 24 words
BEFORE = SNIPPET_CHARS // 4

Row = tuple  # (paragraph id, rank (lower is better), document id, label, title, pages…)


def snippet(query: str, body: str, present: tuple[str, ...] = ()) -> str:
    """The part of ``body`` around the first place ``query`` is found, matches
    marked with HIT_START/HIT_END, cut text shown as "…" (as FTS5's snippet); a bare
    word's forms in the workspace's languages (``present``)."""
    spans = match_spans(query, body, present)
    first = spans[0][0] if spans else 0
    start = max(0, first - BEFORE)
    if start:  # at a word's start, where there is one near
        space = body.rfind(" ", max(0, start - 20), first)
        start = space + 1 if space >= 0 else start
    end = min(len(body), start + SNIPPET_CHARS)
    if end < len(body):
        space = body.find(" ", end, end + 20)
        end = space if space >= 0 else end
    out = ["…" if start else ""]
    at = start
    for a, b in spans:
        a, b = max(a, at), min(b, end)
        if a >= b:
            continue
        out += [body[at:a], HIT_START, body[a:b], HIT_END]
        at = b
    out += [body[at:end], "…" if end < len(body) else ""]
    return "".join(out)


def snippets(s: Session, query: str, ids: list[int], languages: tuple[str, ...]) -> dict[int, str]:
    """The snippets of the rows returned (``languages``: the workspace's, ``present``)."""
    rows = s.execute(
        text("SELECT id, text FROM paragraph WHERE id IN (SELECT value FROM json_each(:ids))")
        if s.get_bind().dialect.name == "sqlite"
        else text("SELECT id, text FROM paragraph WHERE id = ANY(:ids)"),
        {"ids": json.dumps(ids) if s.get_bind().dialect.name == "sqlite" else ids},
    )
    return {pid: snippet(query, body, languages) for pid, body in rows}


def file_ranked(
    s: Session, compiled: Compiled, params: dict[str, int | str], scope: str
) -> list[Row]:
    """SQLite, words and CJK words together: the best matches the scope keeps
    (``params``: limit, doc, review).  (CJK words alone are ranked as words are, in
    the second index: ``search.file_search``.)"""
    params = dict(params)
    groups = []
    for i, (words, cjk) in enumerate(compiled.groups):
        parts = []
        if words is not None:
            params[f"w{i}"] = words
            parts.append(f"SELECT rowid AS id FROM paragraph_fts WHERE paragraph_fts MATCH :w{i}")
        if cjk is not None:
            params[f"c{i}"] = cjk
            parts.append(f"SELECT rowid AS id FROM {CJK} WHERE {CJK} MATCH :c{i}")
        groups.append("SELECT id FROM (" + " INTERSECT ".join(parts) + ")")
    ranks = [
        f"cr AS MATERIALIZED (SELECT rowid AS id, bm25({CJK}) AS r FROM {CJK} "
        f"WHERE {CJK} MATCH :cjk_any)"
    ]
    params["cjk_any"] = compiled.cjk_any or ""
    rank = "coalesce(cr.r, 0)"
    joins = "LEFT JOIN cr ON cr.id = h.id"
    if compiled.words_any is not None:
        params["words_any"] = compiled.words_any
        ranks.append(
            "wr AS MATERIALIZED (SELECT rowid AS id, bm25(paragraph_fts) AS r FROM "
            "paragraph_fts WHERE paragraph_fts MATCH :words_any)"
        )
        rank += " + coalesce(wr.r, 0)"
        joins += " LEFT JOIN wr ON wr.id = h.id"
    sql = (
        f"WITH h AS MATERIALIZED ({' UNION '.join(groups)}), {', '.join(ranks)} "
        f"SELECT h.id, {rank} AS r, p.document_id, p.label, d.title, p.page_start, "
        "p.page_end FROM h JOIN paragraph p ON p.id = h.id "
        f"JOIN document d ON d.id = p.document_id {joins} "
        f"WHERE {scope} ORDER BY r, h.id LIMIT :limit"
    )
    return [tuple(r) for r in s.execute(text(sql), params)]


def server_ranked(
    s: Session, compiled: ServerQuery, params: dict[str, int | str], scope: str
) -> list[Row]:
    """PostgreSQL: the same, over ``search`` and ``search_cjk``; the rank negated
    (lower is better, as bm25)."""
    conditions = []
    for words, cjk in compiled.groups:
        parts = []
        if words is not None:
            parts.append(f"p.search @@ ({words})")
        if cjk is not None:
            parts.append(f"p.search_cjk @@ {cjk}")
        conditions.append("(" + " AND ".join(parts) + ")")
    ranks = []
    for column, side in (("p.search", 0), ("p.search_cjk", 1)):
        found = compiled.any_of(side)
        if found is not None:
            ranks.append(f"coalesce(ts_rank({column}, {found}), 0)")
    sql = (
        f"SELECT p.id, -({' + '.join(ranks)}) AS r, p.document_id, p.label, d.title, "
        "p.page_start, p.page_end FROM paragraph p JOIN document d ON d.id = p.document_id "
        f"WHERE ({' OR '.join(conditions)}) AND {scope} ORDER BY r, p.id LIMIT :limit"
    )
    return [tuple(r) for r in s.execute(text(sql), {**compiled.params, **params})]
