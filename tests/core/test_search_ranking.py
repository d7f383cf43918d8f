"""The search ranks before it snippets, and finds what the single query it replaced
found: the same paragraphs, in the same order, with the same snippets and scores.

That query (every match joined to its document, snippeted, then sorted and cut) is
kept here as the reference.  The workspace: real documents in four reviews, one
document with an earlier version (its paragraphs are out of every search but its
own), one in no review, one the same text as another (their paragraphs tie: the
order is by id).  Each way the search can go is taken: no scope to check (no
earlier versions), the over-fetch enough, the over-fetch too short (the exact
ranking then), the exact ranking at once (each match joined to its document, or
checked in the scope's paragraph ids), one document's id range.  The same
comparison on a team workspace (PostgreSQL) with the query it had there.  Both are
given the expression a bare word's other forms make (``fts.expanded_query``,
``pg_search.vocabulary``): what is compared is the ranking, not the expression.
"""

from __future__ import annotations

import pytest
from sqlalchemy import text

import reviewer.workspace.search as search
import reviewer.workspace.search_snippets as search_snippets
from reviewer.storage.fts import HIT_END, HIT_START, expanded_query
from reviewer.storage.pg_search import CONFIG as PG_CONFIG
from reviewer.storage.pg_search import HEADLINE_OPTIONS, build_tsquery, vocabulary
from reviewer.workspace import Workspace
from reviewer.workspace.reviews import review_id_of
from tests.conftest import FIXTURES

FILES = [
    FIXTURES / "cango" / "cango-upr4-submission.md",
    FIXTURES / "un" / "Norway-UPR2-A_HRC_27_3-wg-report.pdf",
    FIXTURES / "un" / "Slovenia-UPR1-A_HRC_14_15-wg-report.pdf",
    FIXTURES / "un" / "Slovenia-UPR2-A_HRC_28_15-working-group-report.pdf",
    FIXTURES / "un" / "Slovenia-UPR2-A_HRC_WG.6_20_SVN_3-stakeholder-summary.pdf",
    FIXTURES / "languages" / "submission-zh.docx",
    *sorted((FIXTURES / "context").glob("*.txt")),
]
QUERIES = [
    "women",
    "the",
    "of",
    "rights",
    "human rights",
    "climate cooperation",
    "Roma discrimination",
    "CANGO",
    '"domestic violence"',
    '"South-South cooperation"',
    "educat*",
    "discriminat* roma*",
    "water OR housing",
    '"death penalty" OR torture',
    "South-South",
    "ill-treatment",
    "A/HRC",
    "Kočevje",
    "zebrafish",  # nothing
]
LIMITS = [1, 5, 200, -1]
# CJK words alone: ranked the same ways, in the second index (``search_cjk``)
CJK_QUERIES = ["妇女", "发展", "人权 OR 教育", "审议", "儿童 农村", "普遍定期审议", "妇"]


def reference(ws: Workspace, query, limit, document_id=None, review=None) -> list[tuple]:
    """What the search answered before it ranked first: one query, snippets for every
    match, sorted and cut afterwards."""
    with ws.read() as s:
        review_id = review_id_of(s, review) if review is not None else None
        where = (
            "AND p.document_id = :doc "
            if document_id is not None
            else "AND d.version_of_id IS NULL "
        ) + ("AND d.review_id = :review " if review_id is not None else "")
        sql = (
            "SELECT p.id, p.document_id, p.label, "
            f"snippet(paragraph_fts, 0, '{HIT_START}', '{HIT_END}', '…', 24), "
            "-bm25(paragraph_fts) AS score, d.title, p.page_start, p.page_end "
            "FROM paragraph_fts JOIN paragraph p ON p.id = paragraph_fts.rowid "
            "JOIN document d ON d.id = p.document_id "
            f"WHERE paragraph_fts MATCH :match {where}"
            "ORDER BY bm25(paragraph_fts), p.id LIMIT :limit"
        )
        match = expanded_query(s.connection(), query).match
        params = {"match": match, "limit": limit, "doc": document_id}
        params["review"] = review_id
        return [tuple(r) for r in s.execute(text(sql), params)]


def answered(ws: Workspace, query, limit, document_id=None, review=None) -> list[tuple]:
    return [
        (
            h.paragraph_id,
            h.document_id,
            h.label,
            h.snippet,
            h.score,
            h.document_title,
            h.page_start,
            h.page_end,
        )
        for h in ws.search(query, limit=limit, document_id=document_id, review=review)
    ]


def _fill(w: Workspace, folder) -> None:
    done, failed = w.import_files(FILES)
    assert not failed, failed
    cango = done[0].document_id
    # a next version of the submission: half its paragraphs reworded
    lines = FILES[0].read_text(encoding="utf-8").splitlines()
    edited = [
        line.replace("women", "girls").replace("China", "the country") if i % 2 else line
        for i, line in enumerate(lines)
    ]
    (folder / "cango-v2.md").write_text("\n".join(edited), encoding="utf-8")
    result = w.import_file(folder / "cango-v2.md", as_version_of=cango)
    assert result.version == 2
    w.set_document_review(done[-1].document_id, None)  # one document in no review
    # the same text again (another file): its paragraphs tie with the first's
    copy = folder / "un-women-copy.txt"
    copy.write_text(FILES[-1].read_text(encoding="utf-8") + "\n", encoding="utf-8")
    assert not w.import_file(copy).duplicate


@pytest.fixture(scope="module")
def ws(tmp_path_factory):
    folder = tmp_path_factory.mktemp("ranking")
    with Workspace.open(folder / "w.sqlite", author="tester") as w:
        _fill(w, folder)
        yield w


def _scopes(ws: Workspace) -> list[tuple[int | None, str | None]]:
    docs = ws.documents()
    live = next(d for d in docs if d.version == 2)
    earlier = ws.get_document(live.id, version=1)
    assert earlier is not None and earlier.id != live.id
    reviews = sorted({d.review for d in docs if d.review})
    assert len(reviews) >= 3
    return [
        (None, None),
        *[(None, r) for r in reviews],
        (live.id, None),
        (earlier.id, None),  # an earlier version searched by its own id
        (live.id, live.review),
        (live.id, next(r for r in reviews if r != live.review)),  # nothing: not there
        (docs[1].id, None),
    ]


@pytest.mark.parametrize(
    "path",
    [
        "default",
        "over-fetch always",
        "over-fetch too short",
        "scope inside always",
        "scope as a set always",
        "snippets apart always",
    ],
)
def test_the_same_hits_in_the_same_order_as_the_query_it_replaced(ws, path, monkeypatch):
    if path == "snippets apart always":  # the chosen rows' text indexed apart
        monkeypatch.setattr(search_snippets, "DENSE", 1)
    if path.startswith("over-fetch"):
        monkeypatch.setattr(search, "INSIDE_BELOW", 0.0)
    if path == "over-fetch too short":
        monkeypatch.setattr(search, "OVERFETCH", 0.05)
    elif path == "scope inside always":
        monkeypatch.setattr(search, "INSIDE_BELOW", 1.0)
        monkeypatch.setattr(search, "SET_FROM", 1e9)  # each match joined to its document
    elif path == "scope as a set always":  # each match checked in the scope's ids
        monkeypatch.setattr(search, "INSIDE_BELOW", 1.0)
        monkeypatch.setattr(search, "SET_FROM", 0.0)
    compared = nonempty = 0
    for document_id, review in _scopes(ws):
        for query in QUERIES:
            for limit in LIMITS:
                want = reference(ws, query, limit, document_id, review)
                got = answered(ws, query, limit, document_id, review)
                assert got == want, (query, limit, document_id, review)
                compared += 1
                nonempty += bool(want)
    assert nonempty > compared // 2  # most comparisons compare something


def cjk_reference(ws: Workspace, query, limit, document_id=None, review=None) -> list[tuple]:
    """CJK words alone, as one query would rank them: every match of the second index
    joined to its document, sorted by bm25 and id, cut; the snippets as the search
    cuts them from the text."""
    from reviewer.workspace.search_cjk import snippet

    with ws.read() as s:
        review_id = review_id_of(s, review) if review is not None else None
        where = (
            "AND p.document_id = :doc "
            if document_id is not None
            else "AND d.version_of_id IS NULL "
        ) + ("AND d.review_id = :review " if review_id is not None else "")
        sql = (
            "SELECT p.id, p.document_id, p.label, p.text, -bm25(paragraph_fts_cjk) AS score, "
            "d.title, p.page_start, p.page_end FROM paragraph_fts_cjk "
            "JOIN paragraph p ON p.id = paragraph_fts_cjk.rowid "
            "JOIN document d ON d.id = p.document_id "
            f"WHERE paragraph_fts_cjk MATCH :match {where}"
            "ORDER BY bm25(paragraph_fts_cjk), p.id LIMIT :limit"
        )
        match = expanded_query(s.connection(), query).cjk_any
        params = {"match": match, "limit": limit, "doc": document_id, "review": review_id}
        return [
            (pid, doc, label, snippet(query, body), *rest)
            for pid, doc, label, body, *rest in s.execute(text(sql), params)
        ]


@pytest.mark.parametrize(
    "path",
    [
        "default",
        "over-fetch always",
        "over-fetch too short",
        "scope inside always",
        "scope as a set always",
    ],
)
def test_cjk_words_are_ranked_as_one_query_would(ws, path, monkeypatch):
    if path.startswith("over-fetch"):
        monkeypatch.setattr(search, "INSIDE_BELOW", 0.0)
    if path == "over-fetch too short":
        monkeypatch.setattr(search, "OVERFETCH", 0.05)
    elif path == "scope inside always":
        monkeypatch.setattr(search, "INSIDE_BELOW", 1.0)
        monkeypatch.setattr(search, "SET_FROM", 1e9)  # each match joined to its document
    elif path == "scope as a set always":  # each match checked in the scope's ids
        monkeypatch.setattr(search, "INSIDE_BELOW", 1.0)
        monkeypatch.setattr(search, "SET_FROM", 0.0)
    for document_id, review in _scopes(ws):
        for query in CJK_QUERIES:
            for limit in LIMITS:
                want = cjk_reference(ws, query, limit, document_id, review)
                got = answered(ws, query, limit, document_id, review)
                assert got == want, (query, limit, document_id, review)
    # every query finds something (the Chinese submission is in one scope of five)
    assert all(cjk_reference(ws, q, -1) for q in CJK_QUERIES)


def test_each_way_through_the_ranking_is_taken(ws, monkeypatch):
    """The over-fetch where the scope keeps most documents, falling back on the exact
    ranking when short; the exact ranking at once for one review or document: each
    match checked in the scope's paragraph ids among many matches, joined to its
    document among few."""
    taken: list[str] = []
    original, rows = search._ranked_with_scope, search_snippets.rows

    def spy(*args, **kwargs):
        taken.append("exact")
        return original(*args, **kwargs)

    def rows_spy(s, sql, params):
        if "+rowid IN (SELECT p.id" in sql:
            taken.append("set")
        return rows(s, sql, params)

    monkeypatch.setattr(search, "_ranked_with_scope", spy)
    monkeypatch.setattr(search_snippets, "rows", rows_spy)
    # the latest versions of all reviews: the over-fetch suffices
    assert len(ws.search("the", limit=50)) == 50
    assert taken == []
    # one review's documents: the scope inside the ranking, as a set among many matches
    review = ws.documents()[1].review
    assert ws.search("the", limit=200, review=review)
    assert taken == ["set"]
    taken.clear()
    assert ws.search("Kočevje", limit=200, review=review) is not None
    assert taken == ["exact"]
    taken.clear()
    assert ws.search("the", limit=5, document_id=ws.documents()[1].id)
    assert taken == ["exact"]
    taken.clear()
    # an over-fetch too short: the exact ranking after it
    monkeypatch.setattr(search, "OVERFETCH", 0.05)
    assert len(ws.search("the", limit=200)) == 200
    assert taken == ["exact"]


def test_without_earlier_versions_nothing_is_checked_and_nothing_differs(tmp_path):
    with Workspace.open(tmp_path / "w.sqlite", author="tester") as w:
        w.import_files(FILES[:3])
        for query in QUERIES:
            for limit in LIMITS:
                assert answered(w, query, limit) == reference(w, query, limit), (query, limit)


def server_reference(ws: Workspace, query, limit, document_id=None, review=None) -> list[tuple]:
    """The team workspace's search before: its page of hits ranked with the text and
    title of every match carried along, the headline made for the page."""
    with ws.read() as s:
        review_id = review_id_of(s, review) if review is not None else None
        where = (
            "AND p.document_id = :doc "
            if document_id is not None
            else "AND d.version_of_id IS NULL "
        ) + ("AND d.review_id = :review " if review_id is not None else "")
        tsquery, words = build_tsquery(query, vocabulary(s.connection()))
        sql = (
            f"WITH q AS (SELECT {tsquery} AS q), hits AS ("
            "SELECT p.id, p.document_id, p.label, p.text, ts_rank(p.search, q.q) AS score, "
            "d.title, p.page_start, p.page_end FROM q, paragraph p "
            "JOIN document d ON d.id = p.document_id "
            f"WHERE p.search @@ q.q {where}"
            "ORDER BY score DESC, p.id LIMIT :limit) "
            f"SELECT h.id, h.document_id, h.label, ts_headline('{PG_CONFIG}', h.text, q.q, "
            ":headline), h.score, h.title, h.page_start, h.page_end "
            "FROM hits h, q ORDER BY h.score DESC, h.id"
        )
        params = {**words, "headline": HEADLINE_OPTIONS, "limit": limit, "doc": document_id}
        params["review"] = review_id
        return [tuple(r) for r in s.execute(text(sql), params)]


@pytest.fixture(scope="module")
def team(pg_cluster, tmp_path_factory):
    db = pg_cluster.new_database()
    with Workspace.open(pg_cluster.url(db), author="tester") as w:
        _fill(w, tmp_path_factory.mktemp("team"))
        yield w
    pg_cluster.drop_database(db)


def test_a_team_workspace_answers_as_its_query_did(team):
    compared = nonempty = 0
    for document_id, review in _scopes(team):
        for query in QUERIES:
            for limit in (1, 200, 100_000):
                want = server_reference(team, query, limit, document_id, review)
                assert answered(team, query, limit, document_id, review) == want, (
                    query,
                    limit,
                    document_id,
                    review,
                )
                compared += 1
                nonempty += bool(want)
    assert nonempty > compared // 2


def test_a_negative_limit_is_every_match_on_both_engines(ws, team):
    for w in (ws, team):
        every = w.search("the", limit=100_000)
        assert len(every) > 200 and w.search("the", limit=-1) == every
        assert w.search("women", limit=0) == []


def test_a_bad_query_and_a_bad_review_are_refused_as_before(ws):
    from reviewer.workspace import NotFound, QueryError

    with pytest.raises(QueryError):
        ws.search('"" *')
    with pytest.raises(NotFound):
        ws.search("women", review="FRA-2")
