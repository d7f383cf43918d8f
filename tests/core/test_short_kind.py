"""What a short number refers to, in each UN language: "recommendations 30–31" are a
report's recommendations (resolved once the document's report is known), "paragraph
98" a paragraph of some document (kept and shown, never resolved)."""

from __future__ import annotations

import pytest

from reviewer.ingest.model import ParsedDocument, ParsedParagraph
from reviewer.linking import plan_links
from reviewer.vocabulary import CitationKind, ParagraphKind

SHORT, PARA = CitationKind.SHORT, CitationKind.SHORT_PARA


def kinds(text: str) -> list[tuple[str, CitationKind]]:
    """The short citations ``plan_links`` finds in a one-paragraph document."""
    para = ParsedParagraph(0, "1", ParagraphKind.BODY, text)
    doc = ParsedDocument("t", "txt", "t.txt", "0" * 64, (para,))
    return [(c.number, c.kind) for c in plan_links(doc).citations if c.kind in (SHORT, PARA)]


RECOMMENDATIONS = {
    "en": ["recommendations 30–31 and 54", "Recommendation No. 30"],
    "fr": ["les recommandations 30 à 31 et 54", "la recommandation n° 30"],
    "es": ["las recomendaciones 30 a 31 y 54", "la recomendación n.º 30"],
    "ru": ["рекомендации 30–31 и 54", "рекомендацию № 30"],
    "ar": ["التوصيات 30 إلى 31 و54", "التوصية رقم ٣٠"],
    "zh": ["第30至31和54项建议", "第３０项建议"],
}
PARAGRAPHS = {
    "en": ["paragraphs 30–31 and 54", "para. 30"],
    "fr": ["les paragraphes 30 à 31 et 54", "par. 30"],
    "es": ["los párrafos 30 a 31 y 54", "párr. 30"],
    "ru": ["пункты 30–31 и 54", "п. 30"],
    "ar": ["الفقرات 30 إلى 31 و54", "الفقرة ٣٠"],
    "zh": ["第30至31和54段", "第３０段"],
}


@pytest.mark.parametrize("text", [t for texts in RECOMMENDATIONS.values() for t in texts], ids=str)
def test_recommendation_cues_in_each_language(text):
    found = kinds(text)
    assert found and all(kind is SHORT for _, kind in found), found
    assert found[0][0] == "30"
    if "31" in text or "٣١" in text:
        assert [n for n, _ in found] == ["30", "31", "54"]


@pytest.mark.parametrize("text", [t for texts in PARAGRAPHS.values() for t in texts], ids=str)
def test_paragraph_cues_in_each_language(text):
    found = kinds(text)
    assert found and all(kind is PARA for _, kind in found), found
    assert found[0][0] == "30"


def test_the_nearest_cue_decides():
    """Two cues in a row: each list is its own cue's."""
    assert kinds("рекомендации 3 и 4, пункт 12") == [("3", SHORT), ("4", SHORT), ("12", PARA)]
    assert kinds("الفقرة 12، والتوصيتان 3 و4") == [("12", PARA), ("3", SHORT), ("4", SHORT)]
    assert kinds("párrafo 12 y recomendaciones 3 y 4") == [
        ("12", PARA),
        ("3", SHORT),
        ("4", SHORT),
    ]
