"""A bare word's other forms in the languages the workspace's documents are written in
(reviewer.storage.fts_stems, fts_languages), on both engines: an English workspace
does not take French's or Spanish's stems (``state`` no longer finds ``statement``),
English takes inflections only (``national`` no longer finds ``Nations``), French
documents bring French's forms, and Arabic words find their forms with the article,
the conjunctions and the prepositions joined to them."""

from __future__ import annotations

import pytest

from reviewer.storage.fts_stems import arabic_stems, english_light, same_word
from reviewer.storage.fts_terms import fold_width
from reviewer.workspace import Workspace, search_snippets
from tests.conftest import FIXTURES
from tests.core.index_check import index_is_whole

ENGLISH = """Statement of the Coalition for Children's Rights

1. The State should adopt a national action plan on the rights of the child.

2. The United Nations and other nations welcomed the statement of the delegation.

3. The States were urged to protect every right; the state of emergency was lifted.

4. The Government stated that it has ratified the Convention.
"""
FRENCH = """Déclaration de la Coalition pour les droits de l'enfant

1. Le droit à l'éducation est garanti par la loi.

2. Les droits des femmes sont protégés; la déclaration de l'État le rappelle.

3. Les États sont invités à protéger les droits de tous les enfants migrants.
"""
ARABIC = """ملاحظات الشبكة العربية

1. تلتزم الدولة بحماية الحقوق الأساسية لجميع المواطنين.

2. وحقوق الأطفال مكفولة بموجب القانون الوطني.

3. وتعمل المنظمات على النهوض بحقوق المرأة في المنطقة.

4. وتتابع المنظمة تنفيذ التوصيات الموجهة إلى الحكومة.
"""


def _write(tmp_path, name: str, body: str):
    path = tmp_path / name
    path.write_text(body, "utf-8")
    return path


def _found(ws: Workspace, query: str, title: str) -> set[str]:
    """The labels of the hits in the document whose title starts with ``title``."""
    return {
        str(h.label)
        for h in ws.search(query, limit=1000)
        if (h.document_title or "").startswith(title)
    }


def test_an_english_workspace_takes_english_forms_only(location, tmp_path):
    with Workspace.open(location, author="ana") as ws:
        ws.import_file(_write(tmp_path, "en.txt", ENGLISH))
        doc = "Statement"
        assert _found(ws, "state", doc) == {"1", "3", "4"}  # State, States, stated
        assert _found(ws, "statement", doc) == {"None", "2"}  # the heading, and 2
        assert _found(ws, "national", doc) == {"1"}  # not "Nations"
        assert _found(ws, "nations", doc) == {"2"}
        assert _found(ws, "rights", doc) == {"None", "1", "3"}  # right too
        assert _found(ws, "stated", doc) == {"1", "3", "4"}  # an inflection
        assert _found(ws, '"rights"', doc) == {"None", "1"}
        index_is_whole(ws)


def test_french_documents_bring_french_forms(location, tmp_path):
    with Workspace.open(location, author="ana") as ws:
        ws.import_file(_write(tmp_path, "fr.txt", FRENCH))
        doc = "Déclaration"
        assert _found(ws, "droits", doc) == {"None", "1", "2", "3"}
        assert _found(ws, "droit", doc) == {"None", "1", "2", "3"}
        assert _found(ws, "État", doc) == {"2", "3"}  # États
        assert _found(ws, "déclarations", doc) == {"None", "2"}


def test_a_mixed_workspace_takes_each_documents_forms(location, tmp_path):
    with Workspace.open(location, author="ana") as ws:
        ws.import_file(_write(tmp_path, "en.txt", ENGLISH))
        ws.import_file(_write(tmp_path, "fr.txt", FRENCH))
        assert _found(ws, "droits", "Déclaration") == {"None", "1", "2", "3"}
        assert _found(ws, "rights", "Statement") == {"None", "1", "3"}
        # "statement" is held by the English document only: French's stem of both
        # ("stat") is not taken for it
        assert _found(ws, "state", "Statement") == {"1", "3", "4"}
        assert _found(ws, "national", "Statement") == {"1"}
        index_is_whole(ws)


def test_arabic_words_find_their_forms(location, tmp_path):
    with Workspace.open(location, author="ana") as ws:
        ws.import_file(_write(tmp_path, "ar.txt", ARABIC))
        ws.import_file(FIXTURES / "languages" / "submission-ar.txt")
        notes = "ملاحظات"
        # الحقوق, وحقوق, بحقوق: one word with the article, "and", "with"
        for query in ("حقوق", "الحقوق", "وحقوق", "بحقوق"):
            assert _found(ws, query, notes) == {"1", "2", "3"}, query
        assert _found(ws, '"حقوق"', notes) == set()  # as typed: not in these
        # the organisation, the organisations (ة, ات)
        assert _found(ws, "منظمة", notes) == {"3", "4"}
        # the fixture submission: لحقوق and حقوق found by either
        fixture = "تقرير"
        both = _found(ws, "حقوق", fixture)
        assert both == _found(ws, "لحقوق", fixture) and len(both) >= 4
        assert _found(ws, "التوصية", fixture) >= _found(ws, '"التوصيات"', fixture) != set()
        index_is_whole(ws)


def test_a_full_width_symbol_is_found_by_its_ascii_letters(location, tmp_path):
    body = (
        "说明\n\n1. 我们建议政府继续努力消除性别歧视（Ａ／ＨＲＣ／４０／６，第２８．２８７段）。\n"
    )
    with Workspace.open(location, author="ana") as ws:
        ws.import_file(_write(tmp_path, "zh.txt", body))
        for query in ("A/HRC/40/6", "Ａ／ＨＲＣ／４０／６", "hrc", '"40 6"'):
            hits = ws.search(query)
            assert [h.label for h in hits] == ["1"], query
        (hit,) = ws.search("A/HRC/40/6")
        # the snippet shows the text as written, the symbol marked (SQLite marks the
        # phrase whole, PostgreSQL each of its words)
        assert "（\x02Ａ" in hit.snippet and "６\x03，" in hit.snippet
        assert "Ａ／ＨＲＣ／４０／６" in hit.snippet.replace("\x02", "").replace("\x03", "")
        index_is_whole(ws)


@pytest.mark.parametrize(
    ("word", "term", "same"),
    [
        ("rights", "right", True),
        ("states", "stated", True),
        ("applies", "applied", True),
        ("stopped", "stop", True),
        ("agreed", "agree", True),
        ("state", "statement", False),  # Porter 2 keeps them apart already
        ("national", "nation", False),  # Porter 2 joins them: the light stem does not
        ("education", "educated", False),
        ("news", "new", False),  # the light stem joins them: Porter 2 does not
    ],
)
def test_english_forms_are_inflections(word, term, same):
    assert same_word("en", word, term) is same
    assert same_word("en", term, word) is same


def test_arabic_light_stems():
    assert arabic_stems("الحقوق") == ("حقوق",)
    assert arabic_stems("والحقوق") == ("حقوق",)
    assert "حقوق" in arabic_stems("وبحقوق")
    assert arabic_stems("المنظمات") == arabic_stems("منظمة") == ("منظم",)
    # a first letter that may be the word's own: both readings
    assert set(arabic_stems("بلدان")) == {"بلد", "لد"}
    assert "بلد" in arabic_stems("البلدان")
    assert "وفقا" in arabic_stems("ووفقا") and "وفقا" in arabic_stems("وفقا")
    assert english_light("policies") == english_light("policy")


def test_full_width_forms_fold_one_for_one():
    wide = "（Ａ／ＨＲＣ／４０／６，第２８．２８７段）\u3000ｗｏｒｄ"
    folded = fold_width(wide)
    assert folded == "(A/HRC/40/6,第28.287段) word"
    assert len(folded) == len(wide)
    assert fold_width("A/HRC/40/6") == "A/HRC/40/6"


def test_snippets_made_apart_mark_folded_words_alike(tmp_path, monkeypatch):
    """Among many matches SQLite makes the snippets from the chosen rows' text indexed
    apart (``search_snippets.DENSE``): full-width forms folded there too, the same snippets."""
    body = (
        "说明\n\n1. 我们建议政府继续努力消除性别歧视（Ａ／ＨＲＣ／４０／６，第２８．２８７段）。\n"
    )
    with Workspace.open(tmp_path / "w.sqlite", author="ana") as ws:
        ws.import_file(_write(tmp_path, "zh.txt", body))
        ws.import_file(_write(tmp_path, "en.txt", ENGLISH))
        queries = ["A/HRC/40/6", "hrc", "rights", "state", '"the state"']
        # (apart only where the hits fill the limit: fewer are few matches)
        passed = {(q, k): ws.search(q, limit=k) for q in queries for k in (1, 2)}
        monkeypatch.setattr(search_snippets, "DENSE", 1)
        assert {(q, k): ws.search(q, limit=k) for q in queries for k in (1, 2)} == passed
        assert all(passed.values())
