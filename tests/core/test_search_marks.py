"""What a search looks for, found in a paragraph's text as the full-text index finds
it (``match_spans``): the reading pane marks these words in the paragraph a hit opened."""

from __future__ import annotations

import re

import pytest

from reviewer.workspace import HIT_END, HIT_START, Workspace, match_spans
from tests.conftest import FIXTURES

QUERIES = [
    "women",
    "Women education",
    '"gender equality"',
    "educat*",
    "law OR treaty",
    "Rural",
    '"human rights" women',
    "discriminat* OR disabilit*",
]


@pytest.fixture(scope="module")
def ws(tmp_path_factory):
    path = tmp_path_factory.mktemp("marks") / "w.sqlite"
    with Workspace.open(path, "tester") as w:
        w.import_files([FIXTURES / "cango" / "cango-upr4-submission.md"])
        yield w


@pytest.mark.parametrize("query", QUERIES)
def test_every_word_the_index_matched_is_marked(ws, query):
    hits = ws.search(query, limit=50)
    assert hits
    for hit in hits:
        text = ws.paragraph(hit.paragraph_id).text
        spans = match_spans(query, text)
        assert spans, (query, hit.label)
        marked = {text[a:b].casefold() for a, b in spans}
        # the snippet's marks (the index's own) are words the spans cover
        for word in re.findall(f"{HIT_START}(.*?){HIT_END}", hit.snippet):
            assert any(word.casefold() in m for m in marked), (query, word, marked)


def test_words_phrases_and_prefixes_as_the_index_reads_them():
    text = "Ill-treatment of Détainees; the detainee's EDUCATION and educational reform."

    def found(q):
        return [text[a:b] for a, b in match_spans(q, text)]

    assert found('"detainees"') == ["Détainees"]  # any case, diacritics set aside
    assert found('"detainee"') == ["detainee"]  # whole words only, quoted
    # a bare word in its other forms (the same stem), never a longer word
    assert found("detainees") == found("detainee") == ["Détainees", "detainee"]
    assert found("reforms") == ["reform"] and found("reformer") == ["reform"]
    assert found('"ill-treatment"') == found("ill-treatment") == ["Ill-treatment"]
    assert found("educat*") == ["EDUCATION", "educational"]
    # English forms are inflections: "educational" is another word (Porter 2 makes
    # both "educ"), found by a prefix
    assert found("education OR reform") == ["EDUCATION", "reform"]
    assert found("educat* OR reform") == ["EDUCATION", "educational", "reform"]
    assert found('"of the"') == [] and found("OR") == [] and found("") == []
