"""The same search finds the same paragraphs in a workspace file (SQLite's FTS5) and in
a team workspace (PostgreSQL's tsvector): the query language of the window, on the
same documents, hit set for hit set (ranking may order ties differently).

The documents: the CANGO submission in every format, four UN reports (accented names:
Kočevje, Žbogar, Côte d'Ivoire, Øverbø, Krogenæs), the French, Spanish and Chinese
submissions of tests/fixtures/languages, and short texts written here with Chinese,
Russian, Arabic and Greek paragraphs and, in each UN language's script, the words
of the cases search in every language must find: a bare word's other forms
(stemming: droits/droit, derechos/derecho, права/право, rights/right), a Chinese
word inside a run of characters (人权 in 保障人权和基本自由), Japanese and Korean.
"""

from __future__ import annotations

import re

import pytest
from sqlalchemy import select

from reviewer.storage.models import Document, Paragraph
from reviewer.workspace import HIT_END, HIT_START, QueryError, Workspace, match_spans
from tests.conftest import FIXTURES

FILES = [
    *sorted((FIXTURES / "cango").glob("*.md")),
    FIXTURES / "cango" / "cango-upr4-submission.docx",
    FIXTURES / "un" / "Norway-UPR2-A_HRC_27_3-wg-report.pdf",
    FIXTURES / "un" / "Slovenia-UPR1-A_HRC_14_15-wg-report.pdf",
    FIXTURES / "un" / "Slovenia-UPR2-A_HRC_28_15-working-group-report.pdf",
    FIXTURES / "un" / "Slovenia-UPR2-A_HRC_WG.6_20_SVN_3-stakeholder-summary.pdf",
    FIXTURES / "languages" / "submission-fr.docx",
    FIXTURES / "languages" / "submission-es.docx",
    FIXTURES / "languages" / "submission-zh.docx",
]
SCRIPTS = """Notes in other scripts

1. 中国妇女发展纲要 强调 妇女 参与 经济 发展。

2. Права женщин и детей защищены законом; женщины участвуют в выборах.

3. حقوق المرأة والطفل محمية بموجب القانون.

4. Τα δικαιώματα των γυναικών προστατεύονται από τον νόμο.

5. Women's rights in Chinese: 妇女权利; in Russian: права женщин.
"""
# each numbered paragraph's words, for the cases below (by label)
LANGUAGES = """Words in every language

1. Le droit à l'éducation est garanti.

2. Les droits des femmes sont protégés.

3. El derecho a la educación de las niñas.

4. Los derechos humanos de los migrantes.

5. Право на образование гарантировано.

6. Права человека защищены законом; война закончилась.

7. The right to education is a human right.

8. Human rights defenders were heard.

9. 国家尊重和保障人权和基本自由。

10. 政府加大了对困难儿童和农村地区教育的支持力度并推动妇女发展。

11. 人权 and human rights in one paragraph.

12. 日本語のテキストと한국어 텍스트。
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
    # a bare word in its other forms (Snowball stems of its script's languages)
    "forms": [
        "droits",
        "droit",
        "derechos",
        "recomendación",
        "femme",
        "право",
        "права",
        "война",
        "rights",
        "recommendations",
        "droits femmes",
        "derecho OR droit",
    ],
    # CJK words inside runs of characters, alone, with words, in phrases, ORed
    "cjk": [
        "人权",
        "教育",
        "妇女",
        "权",
        "普遍定期审议",
        "人权 rights",
        "人权 OR 教育",
        '"基本自由"',
        "妇女 OR women",
        "中国 发展",
        "テキスト",
        "텍스트",
        "审议*",
    ],
}


def _build(location, tmp_path) -> None:
    with Workspace.open(location, author="setup") as ws:
        done, failed = ws.import_files(FILES)
        assert not failed, failed
        scripts = tmp_path / "scripts.txt"
        scripts.write_text(SCRIPTS, encoding="utf-8")
        ws.import_file(scripts)
        languages = tmp_path / "languages.txt"
        languages.write_text(LANGUAGES, encoding="utf-8")
        ws.import_file(languages)


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
    assert len(rows) == len(found) == len(set(ids))  # no paragraph twice
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


def test_full_width_letters_are_found_alike(engines):
    """ "A/HRC/40/6" written in full-width letters (the Chinese submission's
    "（Ａ／ＨＲＣ／４０／６，第２８．２９４段）") is found by the ASCII query and the
    full-width one, on both engines (SQLite's index takes full-width forms folded;
    PostgreSQL's ``unaccent`` folds them)."""
    lite = _hits(engines["sqlite"], "A/HRC/40/6")
    assert lite == _hits(engines["postgresql"], "A/HRC/40/6")
    with engines["sqlite"].read() as s:
        wide = {
            (sha, seq)
            for sha, seq in s.execute(
                select(Document.sha256, Paragraph.seq)
                .join(Document, Document.id == Paragraph.document_id)
                .where(Paragraph.text.like("%Ａ／ＨＲＣ／４０／６%"))
            )
        }
    assert wide and wide <= lite
    for ws in engines.values():
        assert _hits(ws, "Ａ／ＨＲＣ／４０／６") == lite
        assert _hits(ws, '"ａ ｈｒｃ"') == _hits(ws, '"a hrc"')


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


def _labels(ws: Workspace, query: str) -> set[str]:
    """The labels of the hits in the text of every language written here."""
    with ws.read() as s:
        doc = s.execute(
            select(Document.id).where(Document.title.like("Words in every language%"))
        ).scalar_one()
    return {h.label for h in ws.search(query, limit=100_000) if h.document_id == doc}


@pytest.mark.parametrize(
    ("query", "found"),
    [
        ("droits", {"1", "2"}),
        ("droit", {"1", "2"}),
        ('"droits"', {"2"}),  # a quoted word as typed
        ("derechos", {"3", "4"}),
        ("derecho", {"3", "4"}),
        ("права", {"5", "6"}),
        ("право", {"5", "6"}),
        ("rights", {"7", "8", "11"}),
        ('"rights"', {"8", "11"}),
        ("right*", {"7", "8", "11"}),
        ("education", {"1", "7"}),  # l'éducation
        ("人权", {"9", "11"}),  # inside a run, and alone
        ("教育", {"10"}),  # inside a long run
        ("权", {"9", "11"}),
        ("国家人权", set()),  # not in a row
        ("保障人权", {"9"}),
        ('"基本自由"', {"9"}),
        ("人权 rights", {"11"}),
        ("人权 OR 教育", {"9", "10", "11"}),
        ("人权 OR droit", {"1", "2", "9", "11"}),
        ("テキスト", {"12"}),
        ("한국어", {"12"}),
        ("war", set()),
    ],
)
def test_every_language_finds_its_words_on_both_engines(engines, query, found):
    for name, ws in engines.items():
        assert _labels(ws, query) == found, (name, query)


def test_snippets_mark_the_words_found_in_each_language(engines):
    for name, ws in engines.items():
        for query, label, marked in [
            ("droits", "1", ["droit"]),
            ("derechos", "3", ["derecho"]),
            ("права", "5", ["Право"]),
            ("rights", "7", ["right", "right"]),
            ("人权", "9", ["人权"]),
            ("教育", "10", ["教育"]),
            ("人权 rights", "11", ["人权", "rights"]),
            ("한국어", "12", ["한국어"]),
        ]:
            (hit,) = [
                h
                for h in ws.search(query, limit=1000)
                if h.label == label and ("every language" in (h.document_title or ""))
            ]
            words = re.findall(f"{HIT_START}(.*?){HIT_END}", hit.snippet)
            assert words == marked, (name, query, hit.snippet)
            text = ws.paragraph(hit.paragraph_id).text
            spans = [text[a:b] for a, b in match_spans(query, text)]
            assert spans == marked, (name, query)


def test_the_languages_come_with_the_hits_on_both_engines(engines):
    """A search answers, with its hits, the languages the workspace's documents are
    written in (read in its transaction, once: the window asks no more), what
    ``search_languages`` says; whatever the query: words, a CJK word, none found,
    none asked for."""
    for ws in engines.values():
        held = ws.search_languages()
        assert {"en", "fr", "es", "zh"} <= set(held), held
        for query, limit in [("droits", 200), ("人权", 200), ("zebrafish", 200), ("women", 0)]:
            found = ws.search(query, limit=limit)
            assert found.languages == held, (query, found.languages)
        assert len(ws.search("droits", limit=200)) > 0
    assert engines["sqlite"].search_languages() == engines["postgresql"].search_languages()
