"""Telling which of the six UN languages a text is written in (``reviewer.languages``)."""

from __future__ import annotations

import pytest

from reviewer.languages import detect, detect_many
from tests.conftest import FIXTURES

SENTENCES = {
    "en": "The State should ratify the Convention against Torture and protect defenders.",
    "fr": "L'État devrait ratifier la Convention contre la torture et protéger les défenseurs "
    "des droits de l'homme, comme le recommande le paragraphe 28.294.",
    "es": "El Estado debe ratificar la Convención contra la Tortura y proteger a los "
    "defensores de los derechos humanos, como se recomienda en el párrafo 28.294.",
    "zh": "国家应批准《禁止酷刑公约》，并保护人权维护者（A/HRC/40/6，第28.294段）。",
    "ar": "ينبغي للدولة أن تصدق على اتفاقية مناهضة التعذيب وأن تحمي المدافعين عن حقوق الإنسان.",
    "ru": "Государству следует ратифицировать Конвенцию против пыток и защищать "
    "правозащитников (рекомендация 28.294).",
}


@pytest.mark.parametrize("lang", sorted(SENTENCES))
def test_each_un_language_is_told(lang):
    assert detect(SENTENCES[lang]) == lang


@pytest.mark.parametrize(
    "text",
    ["", "28.294", "A/HRC/40/6, 28.294", "UPR", "Convention", "la", "en que la"],
)
def test_what_cannot_be_told_is_none(text):
    assert detect(text) is None


def test_a_chinese_paragraph_quoting_english_symbols_is_chinese():
    text = "中国政府接受了建议28.294（A/HRC/40/6），并在 2022 年 Beijing Declaration 中提到。"
    assert detect(text) == "zh"


def test_a_document_by_its_paragraphs():
    texts = (FIXTURES / "cango" / "cango-upr4-submission.txt").read_text("utf-8").split("\n\n")
    assert detect_many(texts) == "en"
    mixed = [SENTENCES["fr"]] * 3 + [SENTENCES["en"]] + ["28.294"] * 10
    assert detect_many(mixed) == "fr"
    assert detect_many(["28.294", ""]) is None
    assert detect_many([SENTENCES["fr"], SENTENCES["es"]]) is None  # a tie: not told


def test_spelling_tells_a_short_sentence_without_own_words():
    """ "Sur-Sur" is the French word "sur" twice; the accents say Spanish."""
    text = (
        "La cooperación Sur-Sur en materia de cambio climático continuó "
        "(A/HRC/40/6, párrs. 28.45 a 28.49)."
    )
    assert detect(text) == "es"
    assert detect("Les recommandations sur l'éducation des enfants reçues en 2018.") == "fr"
    assert detect("The State should ratify the Convention; José Martí said so.") == "en"
