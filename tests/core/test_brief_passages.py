"""Passages in a brief: a tag on some words of a paragraph is carried with those words
quoted, under the paragraph (by document) and under the tag's own heading (by tag); a
paragraph tagged only on a passage counts as tagged."""

import pytest

from tests.core.brief_helpers import blocks, build, export, labels

PHRASE = "South-South cooperation"


@pytest.fixture
def location(tmp_path):
    """A file only: the brief's passages do not depend on the engine (test_cli_reviews exports a
    brief from both, and the workspace and review tests run on both)."""
    return tmp_path / "w.sqlite"


@pytest.fixture
def ws(location):
    w = build(location)
    by = labels(w)
    text = by["6"].text
    start = text.index(PHRASE)
    w.add_passage_tag(by["6"].id, "climate finance", start, start + len(PHRASE))
    # paragraph 7 has no whole-paragraph tag: only a passage
    seven = by["7"].text
    words = "United Nations Climate Change Conference"
    start = seven.index(words)
    w.add_passage_tag(by["7"].id, "climate finance", start, start + len(words))
    yield w
    w.close()


def texts(doc) -> list[str]:
    return [t for style, t in blocks(doc) if style != "table"]


def test_by_document_the_passage_is_quoted_under_its_paragraph(ws, tmp_path):
    _, doc = export(ws, tmp_path / "d.docx", only="tagged")
    lines = texts(doc)
    quoted = [t for t in lines if f"“{PHRASE}”" in t and t.startswith("■ climate finance")]
    assert len(quoted) == 1 and "Mei Lin" in quoted[0]
    # the paragraph whose only tag is on a passage is in a brief of tagged paragraphs
    assert any("“United Nations Climate Change Conference”" in t for t in lines)


def test_by_tag_the_passage_brings_its_paragraph_under_the_tag(ws, tmp_path):
    _, doc = export(ws, tmp_path / "t.docx", group_by="tag")
    lines = texts(doc)
    head = lines.index("■ climate finance")
    section = lines[head : head + 40]
    assert any(t.startswith("2 paragraphs in 1 document") for t in section)
    # under its own tag the passage says "Passage", not the tag's name again
    assert any(t.startswith("Passage") and f"“{PHRASE}”" in t for t in section)
    assert not any(t.startswith("■ climate finance ·") for t in section)
