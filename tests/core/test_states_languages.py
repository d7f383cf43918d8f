"""Recommending States in each UN language's official short names (states_*.txt)."""

from __future__ import annotations

from collections import Counter

import pytest

from reviewer.citations import parse_citation_footnote
from reviewer.citations.countries import all_codes, iso3, mentions, state_name
from reviewer.citations.states import (
    LANGUAGES,
    all_states,
    canonical_state,
    split_trailing_states,
    state_names,
)

# A sample of each table (more than twenty names per language), with the long forms.
SAMPLES = {
    "fr": {
        "Chine": "CHN",
        "Allemagne": "DEU",
        "Royaume-Uni de Grande-Bretagne et d'Irlande du Nord": "GBR",
        "Émirats arabes unis": "ARE",
        "États-Unis d'Amérique": "USA",
        "Fédération de Russie": "RUS",
        "Inde": "IND",
        "Pakistan": "PAK",
        "Thaïlande": "THA",
        "Fidji": "FJI",
        "Algérie": "DZA",
        "Comores": "COM",
        "Brunéi Darussalam": "BRN",
        "Cameroun": "CMR",
        "République dominicaine": "DOM",
        "Malaisie": "MYS",
        "Iran (République islamique d'Iran)": None,  # not the UN's form
        "Iran (République islamique d')": "IRN",
        "Bolivie (État plurinational de)": "BOL",
        "Venezuela (République bolivarienne du)": "VEN",
        "République populaire démocratique de Corée": "PRK",
        "République démocratique populaire lao": "LAO",
        "République-Unie de Tanzanie": "TZA",
        "Saint-Vincent-et-les Grenadines": "VCT",
        "Côte d'Ivoire": "CIV",
        "Saint-Siège": "VAT",
        "État de Palestine": "PSE",
        "Macédoine du Nord": "MKD",
        "Tchéquie": "CZE",
        "Türkiye": "TUR",
        "Turquie": "TUR",
    },
    "es": {
        "China": "CHN",
        "Alemania": "DEU",
        "Reino Unido de Gran Bretaña e Irlanda del Norte": "GBR",
        "Emiratos Árabes Unidos": "ARE",
        "Estados Unidos de América": "USA",
        "Federación de Rusia": "RUS",
        "India": "IND",
        "Pakistán": "PAK",
        "Tailandia": "THA",
        "Fiji": "FJI",
        "Argelia": "DZA",
        "Comoras": "COM",
        "Camerún": "CMR",
        "República Dominicana": "DOM",
        "Malasia": "MYS",
        "Irán (República Islámica del)": "IRN",
        "Bolivia (Estado Plurinacional de)": "BOL",
        "Venezuela (República Bolivariana de)": "VEN",
        "República Popular Democrática de Corea": "PRK",
        "República Unida de Tanzanía": "TZA",
        "San Vicente y las Granadinas": "VCT",
        "Santa Sede": "VAT",
        "Estado de Palestina": "PSE",
        "Países Bajos (Reino de los)": "NLD",
        "Trinidad y Tabago": "TTO",
    },
    "zh": {
        "中国": "CHN",
        "德国": "DEU",
        "大不列颠及北爱尔兰联合王国": "GBR",
        "阿拉伯联合酋长国": "ARE",
        "美利坚合众国": "USA",
        "俄罗斯联邦": "RUS",
        "印度": "IND",
        "巴基斯坦": "PAK",
        "泰国": "THA",
        "斐济": "FJI",
        "阿尔及利亚": "DZA",
        "科摩罗": "COM",
        "文莱达鲁萨兰国": "BRN",
        "喀麦隆": "CMR",
        "多米尼加共和国": "DOM",
        "马来西亚": "MYS",
        "伊朗伊斯兰共和国": "IRN",
        "多民族玻利维亚国": "BOL",
        "委内瑞拉玻利瓦尔共和国": "VEN",
        "朝鲜民主主义人民共和国": "PRK",
        "大韩民国": "KOR",
        "老挝人民民主共和国": "LAO",
        "坦桑尼亚联合共和国": "TZA",
        "特立尼达和多巴哥": "TTO",
        "教廷": "VAT",
        "巴勒斯坦国": "PSE",
    },
    "ar": {
        "الصين": "CHN",
        "ألمانيا": "DEU",
        "المملكة المتحدة لبريطانيا العظمى وأيرلندا الشمالية": "GBR",
        "الإمارات العربية المتحدة": "ARE",
        "الولايات المتحدة الأمريكية": "USA",
        "الاتحاد الروسي": "RUS",
        "الهند": "IND",
        "باكستان": "PAK",
        "تايلند": "THA",
        "فيجي": "FJI",
        "الجزائر": "DZA",
        "جزر القمر": "COM",
        "بروني دار السلام": "BRN",
        "الكاميرون": "CMR",
        "الجمهورية الدومينيكية": "DOM",
        "ماليزيا": "MYS",
        "إيران (جمهورية - الإسلامية)": "IRN",
        "جمهورية إيران الإسلامية": "IRN",
        "الجمهورية العربية السورية": "SYR",
        "جمهورية كوريا الشعبية الديمقراطية": "PRK",
        "المملكة العربية السعودية": "SAU",
        "الكرسي الرسولي": "VAT",
        "دولة فلسطين": "PSE",
        "عمان": "OMN",  # written without its damma
        "افغانستان": "AFG",  # … or its hamza
    },
    "ru": {
        "Китай": "CHN",
        "Германия": "DEU",
        "Соединенное Королевство Великобритании и Северной Ирландии": "GBR",
        "Объединенные Арабские Эмираты": "ARE",
        "Объединённые Арабские Эмираты": "ARE",  # with ё
        "Соединенные Штаты Америки": "USA",
        "Российская Федерация": "RUS",
        "Индия": "IND",
        "Пакистан": "PAK",
        "Таиланд": "THA",
        "Фиджи": "FJI",
        "Алжир": "DZA",
        "Коморские Острова": "COM",
        "Бруней-Даруссалам": "BRN",
        "Камерун": "CMR",
        "Доминиканская Республика": "DOM",
        "Малайзия": "MYS",
        "Иран (Исламская Республика)": "IRN",
        "Боливия (Многонациональное Государство)": "BOL",
        "Венесуэла (Боливарианская Республика)": "VEN",
        "Корейская Народно-Демократическая Республика": "PRK",
        "Папуа — Новая Гвинея": "PNG",
        "Папуа-Новая Гвинея": "PNG",
        "Святейший Престол": "VAT",
        "Государство Палестина": "PSE",
    },
}


@pytest.mark.parametrize("language", sorted(SAMPLES))
def test_a_sample_of_each_language(language):
    sample = SAMPLES[language]
    assert len([c for c in sample.values() if c]) >= 20
    for name, code in sample.items():
        assert iso3(name) == code, name
        expected = state_name(code) if code else None
        assert canonical_state(name) == expected, name


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_english_state_has_a_name_in_each_language(language):
    table = state_names(language)
    assert sorted(table) == all_codes()  # 193 Member States, Holy See, State of Palestine
    assert len(table) == 195
    for code, (name, *_others) in table.items():
        assert canonical_state(name) == state_name(code), (language, code, name)


def test_no_name_means_two_states():
    """A name written the same in two languages (or two tables) names one State."""
    by_name: dict[str, str] = {}
    for language in LANGUAGES:
        for code, names in state_names(language).items():
            for name in names:
                folded = name.casefold()
                assert by_name.setdefault(folded, code) == code, (language, name)
    for code in all_codes():
        english = state_name(code)
        assert by_name.get(english.casefold(), code) == code, english


def test_the_english_table_is_unchanged():
    assert len(all_states()) == 196  # 193 + the two observers + "Netherlands" of old
    assert canonical_state("Türkiye") == "Türkiye"
    assert canonical_state("Islamic Republic of Iran") == "Iran (Islamic Republic of)"
    assert canonical_state("Sierra Le one") == "Sierra Leone"
    assert canonical_state("Not a State") is None


def test_unknown_language_is_an_error():
    with pytest.raises(ValueError):
        state_names("de")


@pytest.mark.parametrize(
    "text, body, states",
    [
        ("Poursuivre ses efforts (Inde) ;", "Poursuivre ses efforts", ("Inde",)),
        (
            "Ratifier le Pacte (Costa Rica) (El Salvador) (Islande).",
            "Ratifier le Pacte",
            ("Costa Rica", "El Salvador", "Islande"),
        ),
        ("Ratifier (Costa Rica, El Salvador et Islande).", "Ratifier", None),
        ("Seguir (Trinidad y Tabago);", "Seguir", ("Trinidad y Tabago",)),
        ("Ratificar (Costa Rica y México).", "Ratificar", ("Costa Rica", "México")),
        ("继续采取措施（印度）；", "继续采取措施", ("印度",)),
        ("继续（哥斯达黎加、萨尔瓦多）。", "继续", ("哥斯达黎加", "萨尔瓦多")),
        ("继续（特立尼达和多巴哥）", "继续", ("特立尼达和多巴哥",)),
        ("مواصلة الجهود (الهند)؛", "مواصلة الجهود", ("الهند",)),
        ("التصديق (الهند وباكستان).", "التصديق", ("الهند", "باكستان")),
        ("Продолжать (Индия);", "Продолжать", ("Индия",)),
        ("Ратифицировать (Индия и Пакистан).", "Ратифицировать", ("Индия", "Пакистан")),
        ("Ratifier la Convention (Protocole facultatif).", None, ()),
    ],
)
def test_trailing_states_in_each_language(text, body, states):
    got_body, got_states = split_trailing_states(text)
    if states is None:  # the list as a whole: three names
        assert got_body == body and len(got_states) == 3
        assert [canonical_state(s) for s in got_states] == ["Costa Rica", "El Salvador", "Iceland"]
        return
    assert got_states == states
    assert got_body == (body if body is not None else text.strip())
    assert all(canonical_state(s) for s in got_states)


def test_footnote_states_are_canonical_english():
    (fc,) = parse_citation_footnote(
        "A/HRC/40/6，第28.5段：批准《公民权利和政治权利国际公约》（哥斯达黎加）（萨尔瓦多）"
        "（大不列颠及北爱尔兰联合王国）。"
    )
    assert fc.states == (
        "Costa Rica",
        "El Salvador",
        "United Kingdom of Great Britain and Northern Ireland",
    )


# --- the States a text names, in each language ----------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("la Chine et l'Allemagne", {"CHN": 1, "DEU": 1}),
        (
            "la République populaire démocratique de Corée et la République de Corée",
            {"PRK": 1, "KOR": 1},
        ),
        ("Papouasie-Nouvelle-Guinée, Guinée et la Nouvelle-Guinée", {"PNG": 1, "GIN": 1}),
        ("le Royaume-Uni de Grande-Bretagne et d’Irlande du Nord", {"GBR": 1}),
        ("China, Alemania y el Reino Unido de Gran Bretaña e Irlanda del Norte", None),
        ("Китай, Германия и Российская Федерация", {"CHN": 1, "DEU": 1, "RUS": 1}),
        ("中国政府和德国", {"CHN": 1, "DEU": 1}),  # no spaces: names inside a run
        ("巴布亚新几内亚和几内亚", {"PNG": 1, "GIN": 1}),  # the longest name wins
        ("南苏丹与苏丹", {"SSD": 1, "SDN": 1}),
        ("内蒙古自治区、印度洋", {}),  # Inner Mongolia, the Indian Ocean
        # Russian declines a name: every case of each word (inflected.py)
        ("обзору Китая, Китаю, Китаем и Китай", {"CHN": 4}),
        ("Российской Федерации и Соединенных Штатов Америки", {"RUS": 1, "USA": 1}),
        ("Объединённых Арабских Эмиратов", {"ARE": 1}),
        ("Папуа — Новой Гвинее и Гвинее", {"PNG": 1, "GIN": 1}),
        ("Того, Чили и Перу", {"TGO": 1, "CHL": 1, "PER": 1}),  # they do not decline
        ("китайский Китайский", {}),  # an adjective is no name
        # Arabic glues prefixes to a name: و (and), ب (in), ل (for; لل before the article)
        ("الصين", {"CHN": 1}),
        ("للصين والهند وباكستان", {"CHN": 1, "IND": 1, "PAK": 1}),
        ("بالجزائر وفي المغرب", {"DZA": 1, "MAR": 1}),
        ("غينيا - بيساو وغينيا", {"GNB": 1, "GIN": 1}),
        ("جمهورية كوريا الشعبية الديمقراطية وجمهورية كوريا", {"PRK": 1, "KOR": 1}),
        ("الصينية", {}),  # "Chinese": a longer word
        ("مالي قطر عمان", {}),  # also "financial", "diameter", Amman: not counted
    ],
)
def test_mentions_in_each_language(text, expected):
    if expected is None:
        expected = {"CHN": 1, "DEU": 1, "GBR": 1}
    assert mentions(text) == Counter(expected)
