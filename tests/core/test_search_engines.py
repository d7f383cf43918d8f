"""The same search finds the same paragraphs in a workspace file (SQLite's FTS5) and in
a team workspace (PostgreSQL's tsvector): the query language of the window, on the
same documents, hit set for hit set (ranking may order ties differently).

The documents: the CANGO submission in every format, four UN reports (accented names:
Kočevje, Žbogar, Côte d'Ivoire, Øverbø, Krogenæs) and a short text written here
with Chinese, Russian, Arabic and Greek paragraphs (no fixture has non-Latin text).
"""

from __future__ import annotations

import pytest
from sqlalchemy import select

from reviewer.storage.models import Document, Paragraph
from reviewer.workspace import QueryError, Workspace
from tests.conftest import FIXTURES

FILES = [
    *sorted((FIXTURES / "cango").glob("*.md")),
    FIXTURES / "cango" / "cango-upr4-submission.docx",
    FIXTURES / "un" / "Norway-UPR2-A_HRC_27_3-wg-report.pdf",
    FIXTURES / "un" / "Slovenia-UPR1-A_HRC_14_15-wg-report.pdf",
    FIXTURES / "un" / "Slovenia-UPR2-A_HRC_28_15-working-group-report.pdf",
    FIXTURES / "un" / "Slovenia-UPR2-A_HRC_WG.6_20_SVN_3-stakeholder-summary.pdf",
]
SCRIPTS = """Notes in other scripts

1. 中国妇女发展纲要 强调 妇女 参与 经济 发展。

2. Права женщин и детей защищены законом; женщины участвуют в выборах.

3. حقوق المرأة والطفل محمية بموجب القانون.

4. Τα δικαιώματα των γυναικών προστατεύονται από τον νόμο.

5. Women's rights in Chinese: 妇女权利; in Russian: права женщин.
"""

QUERIES = {
    "words": ["women", "climate cooperation", "Roma discrimination", "CANGO", "2010"],
    "phrases": ['"domestic violence"', '"South-South cooperation"', '"ethnic minorities"'],
    "prefixes": ["educat*", "disab*", "discriminat* roma*", "klemen*"],
    # an OR with no term before it is the word "or", as FTS5 is given it
    "or": [
        "water OR housing",
        "Roma OR migrants",
        '"death penalty" OR torture',
        "OR water",
        "OR",
        "Roma OR OR water",
        "water OR",
    ],
    "accents": ["Kočevje", "kocevje", "ZBOGAR", "Côte", "cote", "Øverbø", "Krogenæs", "Éducation"],
    "hyphens": ["South-South", "ill-treatment", "non-governmental", "follow-up"],
    "symbols": ["A/HRC/WG.6/20/SVN/1", "A/HRC/WG.6/20/SVN/3", "28.294", "A/HRC"],
    "scripts": ["妇女", "中国妇女发展纲要", "женщин", "права", "المرأة", "γυναικών", "ΓΥΝΑΙΚΏΝ"],
}


def _build(location, tmp_path) -> None:
    with Workspace.open(location, author="setup") as ws:
        done, failed = ws.import_files(FILES)
        assert not failed, failed
        scripts = tmp_path / "scripts.txt"
        scripts.write_text(SCRIPTS, encoding="utf-8")
        ws.import_file(scripts)


@pytest.fixture(scope="module")
def engines(pg_cluster, tmp_path_factory):
    folder = tmp_path_factory.mktemp("engines")
    db = pg_cluster.new_database()
    locations = {"sqlite": str(folder / "w.sqlite"), "postgresql": pg_cluster.url(db)}
    for location in locations.values():
        _build(location, folder)
    opened = {name: Workspace.open(loc) for name, loc in locations.items()}
    yield opened
    for ws in opened.values():
        ws.close()
    pg_cluster.drop_database(db)


def _hits(ws: Workspace, query: str) -> set[tuple[str, int]]:
    """(document's SHA-256, paragraph's seq) of every hit: the same on both engines."""
    found = ws.search(query, limit=100_000)
    ids = [h.paragraph_id for h in found]
    with ws.read() as s:
        rows = s.execute(
            select(Paragraph.id, Document.sha256, Paragraph.seq)
            .join(Document, Document.id == Paragraph.document_id)
            .where(Paragraph.id.in_(ids))
        ).all()
    by_id = {pid: (sha, seq) for pid, sha, seq in rows}
    assert len(by_id) == len(found) == len(set(ids))  # no paragraph twice
    return {by_id[i] for i in ids}


def test_the_two_workspaces_hold_the_same_paragraphs(engines):
    counts = {}
    for name, ws in engines.items():
        with ws.read() as s:
            counts[name] = sorted(
                s.execute(
                    select(Document.sha256, Paragraph.seq, Paragraph.text).join(
                        Document, Document.id == Paragraph.document_id
                    )
                ).all()
            )
    assert counts["sqlite"] == counts["postgresql"]
    assert len(counts["sqlite"]) > 500


@pytest.mark.parametrize("kind", sorted(QUERIES))
def test_each_query_finds_the_same_paragraphs_on_both_engines(engines, kind):
    differ = {}
    empty = []
    for query in QUERIES[kind]:
        lite, pg = _hits(engines["sqlite"], query), _hits(engines["postgresql"], query)
        if lite != pg:
            differ[query] = {"only sqlite": sorted(lite - pg)[:5], "only pg": sorted(pg - lite)[:5]}
        if not lite:
            empty.append(query)
    assert differ == {}
    assert empty == []  # every query finds something: the comparison means something


def test_folding_and_splitting_agree_within_each_engine(engines):
    for ws in engines.values():
        assert _hits(ws, "Kočevje") == _hits(ws, "KOCEVJE")
        assert _hits(ws, "Côte") == _hits(ws, "cote")
        assert _hits(ws, "South-South") == _hits(ws, '"south south"')
        assert _hits(ws, "A/HRC/40/6") == _hits(ws, '"a hrc 40 6"')
        assert _hits(ws, "water OR housing") == _hits(ws, "water") | _hits(ws, "housing")
        assert _hits(ws, "educat*") >= _hits(ws, "education")


def test_a_query_of_nothing_is_refused_alike(engines):
    for ws in engines.values():
        for query in ("", "   ", '""', "/ -", "* *"):
            with pytest.raises(QueryError):
                ws.search(query)
