"""Citations in the six UN languages: each language's forms, its traps, its footnotes.

English is tested in test_citations.py; here the same rules in French, Spanish,
Chinese, Arabic and Russian, as UN documents and NGO submissions write them, with
full-width and Arabic-Indic digits and punctuation.
"""

from __future__ import annotations

import pytest

from reviewer.citations import find_citations, find_symbols, parse_citation_footnote
from reviewer.citations.fold import fold

R45_49 = ["28.45", "28.46", "28.47", "28.48", "28.49"]
LIST3 = ["28.270", "28.271", "28.274"]


def numbers(text: str) -> list[str]:
    return [r.number for r in find_citations(text)]


# --- the forms of each language ---------------------------------------------------

FORMS = {
    "fr": [
        ("recommandation 28.294", ["28.294"]),
        ("Recommandation 28.294", ["28.294"]),
        ("la recommandation n° 28.294", ["28.294"]),
        ("recommandations 28.270, 28.271 et 28.274", LIST3),
        ("recommandations 28.45 à 28.49", R45_49),
        ("recommandations du 28.45 au 28.49", R45_49),
        ("paragraphe 28.294", ["28.294"]),
        ("paragraphes 28.45 à 28.49", R45_49),
        ("par. 28.294", ["28.294"]),
        ("paras. 28.270, 28.271 et 28.274", LIST3),
        ("recommandations 28.270 ou 28.271", ["28.270", "28.271"]),
    ],
    "es": [
        ("recomendación 28.294", ["28.294"]),
        ("Recomendación 28.294", ["28.294"]),
        ("recomendacion 28.294", ["28.294"]),  # typed without the accent
        ("la recomendación n.º 28.294", ["28.294"]),
        ("recomendaciones 28.270, 28.271 y 28.274", LIST3),
        ("recomendaciones del 28.45 al 28.49", R45_49),
        ("párrs. 28.45 a 28.49", R45_49),
        ("párr. 28.294", ["28.294"]),
        ("párrafo 28.294", ["28.294"]),
        ("párrafos 28.270, 28.271 y 28.274", LIST3),
    ],
    "zh": [
        ("建议28.294", ["28.294"]),
        ("根据建议 28.294，", ["28.294"]),
        ("建议28.45-28.49", R45_49),
        ("建议28.270、28.271和28.274", LIST3),
        ("第28.294段", ["28.294"]),
        ("第28.45至28.49段", R45_49),
        ("第28.270、28.271和28.274段", LIST3),
        ("第28.294项建议", ["28.294"]),
        ("建议２８．２９４", ["28.294"]),  # full-width digits and full stop
        ("第２８．４５至２８．４９段", R45_49),
        ("建议28.45～28.49", R45_49),
    ],
    "ar": [
        ("التوصية 28.294", ["28.294"]),
        ("التوصية رقم 28.294", ["28.294"]),
        ("التوصيات 28.270 و28.271 و28.274", LIST3),
        ("التوصيات 28.270، 28.271 و28.274", LIST3),  # the Arabic comma
        ("الفقرة 28.294", ["28.294"]),
        ("الفقرات من 28.45 إلى 28.49", R45_49),
        ("وفقاً للتوصية 28.294", ["28.294"]),  # a one-letter prefix on the cue
        ("التوصية ٢٨٫٢٩٤", ["28.294"]),  # Arabic-Indic digits, Arabic decimal separator
        ("التوصيات ٢٨٫٢٧٠ و٢٨٫٢٧١ و٢٨٫٢٧٤", LIST3),
        # the Arabic documents' own numbering: "28-294" is recommendation 28.294
        ("التوصية 28-294", ["28.294"]),
        ("التوصية ٢٨-٢٩٤", ["28.294"]),
        ("التوصيات 28-270 و28-271 و28-274", LIST3),
        ("الفقرات من 28-45 إلى 28-49", R45_49),
        ("التوصيات 28.45-28.49", R45_49),  # between dotted numbers a hyphen is a range
        ("التوصيتان 28.270 و28.271", LIST3[:2]),  # the dual
        ("التوصيات ٢٨٫٢٧٠، ٢٨٫٢٧١ و٢٨٫٢٧٤", LIST3),
        ("التوصيات من 28.270 إلى 28.274", ["28.270", "28.271", "28.272", "28.273", "28.274"]),
        ("بالتوصيات 28.270 و28.271", LIST3[:2]),
    ],
    "ru": [
        ("рекомендация 28.294", ["28.294"]),
        ("Рекомендация 28.294", ["28.294"]),
        ("в рекомендации № 28.294", ["28.294"]),
        ("рекомендации 28.270, 28.271 и 28.274", LIST3),
        ("рекомендациями 28.270, 28.271 и 28.274", LIST3),
        ("пункты 28.45–28.49", R45_49),
        ("пункты с 28.45 по 28.49", R45_49),
        ("пункт 28.294", ["28.294"]),
        ("п. 28.294", ["28.294"]),
        ("пп. 28.45–28.49", R45_49),
        ("рекомендацию № 28.294", ["28.294"]),  # accusative
        ("рекомендаций 28.270–28.274", ["28.270", "28.271", "28.272", "28.273", "28.274"]),
        ("в пунктах 28.45—28.49", R45_49),
        ("рекомендациях 28.270 и 28.271", LIST3[:2]),
    ],
}


@pytest.mark.parametrize(
    "text, expected", [case for cases in FORMS.values() for case in cases], ids=str
)
def test_each_language_form(text, expected):
    refs = find_citations(text)
    assert [r.number for r in refs] == expected
    assert {r.kind for r in refs} == {"cued"}
    # spans are the text's own, even where digits were full-width or Arabic-Indic
    for ref in refs:
        assert fold(text[ref.start : ref.end])[0].isdigit()


FULL = [
    ("(A/HRC/40/6, par. 28.45 à 28.49)", R45_49),
    ("(A/HRC/40/6, paragraphe 28.294)", ["28.294"]),
    ("A/HRC/40/6, recommandations 28.270, 28.271 et 28.274", LIST3),
    ("(A/HRC/40/6, párrs. 28.45 a 28.49)", R45_49),
    ("A/HRC/40/6, recomendación 28.294", ["28.294"]),
    ("（A/HRC/40/6，第28.294段）", ["28.294"]),
    ("（A/HRC/40/6，第28.45至28.49段）", R45_49),
    ("Ａ／ＨＲＣ／４０／６，第２８．２９４段", ["28.294"]),
    ("(A/HRC/40/6، الفقرة 28.294)", ["28.294"]),
    ("(A/HRC/40/6، التوصية 28-294)", ["28.294"]),
    ("(A/HRC/40/6, пункты 28.45–28.49)", R45_49),
    ("(A/HRC/40/6, п. 28.294)", ["28.294"]),
]


@pytest.mark.parametrize("text, expected", FULL, ids=str)
def test_full_citations_in_each_language(text, expected):
    refs = find_citations(text)
    assert [r.number for r in refs] == expected
    assert all(r.kind == "full" and r.symbol == "A/HRC/40/6" for r in refs)
    first = refs[0]
    assert fold(text[first.start : first.end]).startswith("A/HRC/40/6")


def test_symbols_are_language_independent():
    for text in ("voir A/HRC/WG.6/31/CHN/2", "véase A/HRC/WG.6/31/CHN/2", "见A/HRC/WG.6/31/CHN/2"):
        assert [s for s, _, _ in find_symbols(text)] == ["A/HRC/WG.6/31/CHN/2"]
    (found,) = find_symbols("见Ａ／ＨＲＣ／４０／６。")
    assert found == ("A/HRC/40/6", 1, 11)


def test_fold_keeps_every_offset():
    text = "（Ａ／ＨＲＣ／４０／６，第２８．２９４段）、٢٨٫٢٩٤، ﬁ ¼"
    folded = fold(text)
    assert len(folded) == len(text)
    assert folded.startswith("(A/HRC/40/6,第28.294段)、28.294,")
    assert folded.endswith("ﬁ ¼")  # NFKC would change these lengths; left alone
    assert fold("plain ASCII 28.294") == "plain ASCII 28.294"


def test_short_numbers_in_each_language():
    assert numbers("recommendations 30-31") == ["30", "31"]  # only an Arabic cue reads 30.31
    assert numbers("recommandations 30 à 31") == ["30", "31"]
    assert numbers("recomendaciones 30 a 31") == ["30", "31"]
    assert numbers("рекомендации 30–31") == ["30", "31"]
    assert all(r.short for r in find_citations("recommandations 30 à 31"))


# --- traps: one table per language -------------------------------------------------

TRAPS = {
    "fr": [
        "28,5 %",
        "30 pour cent",
        "28.5 pour cent",
        "un taux de 28.5",
        "environ 28.5 millions",
        "le 28.04.2019",
        "voir p. 28",
        "page 28.5",
        "article 28.5 de la loi",
        "28 pays",
        "par 28 voix",  # "par" without its dot is the preposition
        "la 28e session",
        "conformément au paragraphe 15 c) de l'annexe à la résolution 5/1 du Conseil",
        "au paragraphe 5 de l'annexe de la résolution 16/21",
        "JS1, par. 4",
        "AI, paras. 12 et 13",
        "28.500 personnes",
    ],
    "es": [
        "28,5 %",
        "28,5 por ciento",
        "28.5 por ciento",
        "unos 28.500 personas",
        "el 28.04.2019",
        "pág. 28",
        "artículo 28.5",
        "en 28 países",
        "de conformidad con el párrafo 15 c) del anexo de la resolución 5/1",
        "JS1, párr. 4",
        "cerca de 28.5 millones",
    ],
    "zh": [
        "百分之28.5",
        "百分之 28.5",
        "28.5%",
        "28.5％",
        "约 28.5 亿元",
        "28.5亿元",
        "我们建议28个省份",
        "第28条",
        "第40届会议",
        "第28页",
        "2019年4月28日",
        "28.04.2019",
        "根据人权理事会第5/1号决议附件第15(c)段",
        "JS1，第4段",
        "（第３次审议）",
    ],
    "ar": [
        "28.5 في المائة",
        "28.5%",
        "٢٨٫٥٪",
        "حوالي 28.5 مليون",
        "المادة 28.5",
        "الصفحة 28",
        "28.04.2019",
        "JS1، الفقرة 4",
        "وفقاً للفقرة 5 من مرفق قرار مجلس حقوق الإنسان 16/21",
        "الفقرة 15 (ج) من مرفق القرار 5/1",
        "٢٨٫٥ في المائة",
        "نسبة ٢٨٫٥٪",
        "في 28 نيسان/أبريل 2019",  # the UN's Arabic dates
        "المادة ٢٨",
        "انظر الصفحة 28.5",
    ],
    "ru": [
        "28,5 процента",
        "28.5 процента",
        "28.5%",
        "около 28.5 млн",
        "28.04.2019",
        "стр. 28",
        "статья 28.5",
        "в 28 странах",
        "в соответствии с пунктом 15 с) приложения к резолюции 5/1",
        "JS1, п. 4",
        "30 процентов",
        "в 28,5 % случаев",
        "статьи 28.5 Конституции",
        "28.04.2019 г.",
    ],
}


@pytest.mark.parametrize("text", [t for traps in TRAPS.values() for t in traps], ids=str)
def test_traps_in_each_language(text):
    assert find_citations(text) == []


# --- footnotes quoting a recommendation ---------------------------------------------

FOOTNOTES = [
    (
        "A/HRC/40/6, 28.294 : Continuer de prendre des mesures pour améliorer le développement "
        "des femmes, notamment leur participation aux affaires publiques (Inde).",
        "Continuer de prendre des mesures pour améliorer le développement des femmes, "
        "notamment leur participation aux affaires publiques",
    ),
    (
        "A/HRC/40/6, párr. 28.294: Seguir adoptando medidas para mejorar el desarrollo de la "
        "mujer (India).",
        "Seguir adoptando medidas para mejorar el desarrollo de la mujer",
    ),
    (
        "A/HRC/40/6，第28.294段：继续采取措施促进妇女发展，包括妇女参与公共事务（印度）。",
        "继续采取措施促进妇女发展，包括妇女参与公共事务",
    ),
    (
        "A/HRC/40/6، الفقرة 28.294: مواصلة اتخاذ تدابير لتحسين تنمية المرأة (الهند).",
        "مواصلة اتخاذ تدابير لتحسين تنمية المرأة",
    ),
    (
        "A/HRC/40/6, 28.294: Продолжать принимать меры по улучшению положения женщин (Индия).",
        "Продолжать принимать меры по улучшению положения женщин",
    ),
]


@pytest.mark.parametrize("text, body", FOOTNOTES, ids=lambda v: v[:30])
def test_footnote_quoting_a_recommendation_in_each_language(text, body):
    (fc,) = parse_citation_footnote(text)
    assert (fc.symbol, fc.number, fc.text, fc.states) == ("A/HRC/40/6", "28.294", body, ("India",))


def test_footnotes_citing_a_range_in_each_language():
    for text in (
        "Voir A/HRC/40/6, par. 28.45 à 28.49.",
        "Véase A/HRC/40/6, párrs. 28.45 a 28.49.",
        "（A/HRC/40/6，第28.45至28.49段）",
        "См. A/HRC/40/6, пункты 28.45–28.49.",
    ):
        assert [fc.number for fc in parse_citation_footnote(text)] == R45_49, text
