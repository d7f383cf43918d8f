"""States by ISO3 code, and the States a text names (the Slovenia report among them)."""

from __future__ import annotations

import re
from collections import Counter
from importlib import resources
from pathlib import Path

import pymupdf
import pytest

from reviewer.citations.countries import (
    all_codes,
    display_name,
    iso3,
    mentions,
    state_name,
)
from reviewer.citations.states import all_states, canonical_state

UN = Path(__file__).parent.parent / "fixtures" / "un"


def _rows() -> list[list[str]]:
    text = resources.files("reviewer.citations").joinpath("countries.txt").read_text("utf-8")
    lines = [line.strip() for line in text.splitlines()]
    rows = [[f.strip() for f in line.split(" | ")] for line in lines if line and line[0] != "#"]
    return [row for row in rows if row[0] != "-"]


def _aliases() -> list[str]:
    text = resources.files("reviewer.citations").joinpath("states.txt").read_text("utf-8")
    lines = [line.strip() for line in text.splitlines() if not line.startswith("#")]
    return [line.split(" = ")[0].strip() for line in lines if " = " in line]


# --- the table -----------------------------------------------------------------


def test_codes_are_unique_three_capital_letters():
    codes = [row[0] for row in _rows()]
    assert all(re.fullmatch(r"[A-Z]{3}", code) for code in codes)
    assert len(codes) == len(set(codes)) == 195  # 193 members and 2 observer States
    assert all_codes() == sorted(codes)
    assert {"VAT", "PSE"} <= set(codes)


def test_every_row_writes_the_un_name_as_states_txt_does():
    for row in _rows():
        assert 3 <= len(row) <= 4, row
        assert canonical_state(row[1]) == row[1], row


def test_every_state_of_states_txt_has_a_row():
    names = {}
    for row in _rows():
        for name in [row[1], row[2], *(row[3].split(";") if len(row) > 3 else [])]:
            names[name.strip()] = row[0]
    for state in all_states():
        assert state in names, state
        assert iso3(state) == names[state], state


def test_every_alias_of_states_txt_has_a_code():
    for alias in _aliases():
        assert iso3(alias) == iso3(canonical_state(alias)) is not None, alias


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Slovenia", "SVN"),
        ("China", "CHN"),
        ("Norway", "NOR"),
        ("People's Republic of China", "CHN"),
        ("PEOPLE’S REPUBLIC OF CHINA", "CHN"),
        ("slovenia", "SVN"),
        ("  Slovenia ", "SVN"),
        ("Islamic Republic of Iran", "IRN"),
        ("Iran", "IRN"),
        ("Turkey", "TUR"),
        ("Türkiye", "TUR"),
        ("Czech Republic", "CZE"),
        ("The former Yugoslav Republic of Macedonia", "MKD"),
        ("Democratic People’s Republic of Korea", "PRK"),
        ("Republic of Korea", "KOR"),
        ("Netherlands", "NLD"),
        ("Kingdom of the Netherlands", "NLD"),
        ("Holy See", "VAT"),
        ("State of Palestine", "PSE"),
        ("United Kingdom", "GBR"),
        ("SVN", "SVN"),
        ("chn", "CHN"),
        ("USA", "USA"),
    ],
)
def test_iso3(name, code):
    assert iso3(name) == code


@pytest.mark.parametrize("name", [None, "", "  ", "Atlantis", "Europe", "XYZ", "New Mexico"])
def test_iso3_of_what_is_no_state(name):
    assert iso3(name) is None


@pytest.mark.parametrize(
    ("code", "name", "display"),
    [
        ("IRN", "Iran (Islamic Republic of)", "Iran"),
        ("GBR", "United Kingdom of Great Britain and Northern Ireland", "United Kingdom"),
        ("BOL", "Bolivia (Plurinational State of)", "Bolivia"),
        ("VEN", "Venezuela (Bolivarian Republic of)", "Venezuela"),
        ("TZA", "United Republic of Tanzania", "Tanzania"),
        ("MDA", "Republic of Moldova", "Moldova"),
        ("KOR", "Republic of Korea", "Republic of Korea"),
        ("PRK", "Democratic People's Republic of Korea", "DPR Korea"),
        ("FSM", "Micronesia (Federated States of)", "Micronesia"),
        ("SYR", "Syrian Arab Republic", "Syria"),
        ("LAO", "Lao People's Democratic Republic", "Lao PDR"),
        ("TUR", "Türkiye", "Türkiye"),
        ("RUS", "Russian Federation", "Russian Federation"),
        ("USA", "United States of America", "United States"),
        ("NLD", "Netherlands (Kingdom of the)", "Netherlands"),
        ("SVN", "Slovenia", "Slovenia"),
        ("VAT", "Holy See", "Holy See"),
        ("PSE", "State of Palestine", "State of Palestine"),
    ],
)
def test_names_of_a_code(code, name, display):
    assert state_name(code) == name
    assert display_name(code) == display
    assert state_name(code.lower()) == name


def test_unknown_codes():
    for code in (None, "", "XXX", "Slovenia"):
        assert state_name(code) is None
        assert display_name(code) is None


# --- mentions ------------------------------------------------------------------


def test_every_name_counts_once_for_its_state():
    for code in all_codes():
        for name in {state_name(code), display_name(code)}:
            assert mentions(f"As {name} said.") == Counter({code: 1}), name
            broken = name.replace(" ", "\n").replace("'", "\u2019")
            assert mentions(f"As {broken} said.") == Counter({code: 1}), broken
    for alias in _aliases():
        assert mentions(f"{alias}, ") == Counter({iso3(alias): 1}), alias


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Slovenia", {"SVN": 1}),
        ("China and Norway welcomed Slovenia’s report.", {"CHN": 1, "NOR": 1, "SVN": 1}),
        ("the People's Republic of China", {"CHN": 1}),
        ("the People’s Republic\nof China and China", {"CHN": 2}),
        ("the Democratic People's Republic of Korea", {"PRK": 1}),
        ("the Democratic People’s\nRepublic of Korea", {"PRK": 1}),
        (
            "the Republic of Korea and the Democratic People's Republic of Korea",
            {"KOR": 1, "PRK": 1},
        ),
        ("Papua New Guinea, Equatorial Guinea, Guinea-Bissau", {"PNG": 1, "GNQ": 1, "GNB": 1}),
        ("Guinea-\nBissau and Guinea", {"GNB": 1, "GIN": 1}),
        ("Nigeria", {"NGA": 1}),
        ("Niger and Nigeria; Nigerian and Nigerien", {"NER": 1, "NGA": 1}),
        ("the Dominican Republic", {"DOM": 1}),
        ("Dominica and the Dominican Republic", {"DMA": 1, "DOM": 1}),
        ("South Sudan", {"SSD": 1}),
        ("Sudan and South Sudan", {"SDN": 1, "SSD": 1}),
        ("the Democratic Republic of the Congo", {"COD": 1}),
        ("Congo and the Democratic Republic of the Congo", {"COG": 1, "COD": 1}),
        ("the Republic of the Congo", {"COG": 1}),
        ("Bolivia (Plurinational State of) and Bolivia", {"BOL": 2}),
        ("Iran (Islamic\nRepublic of)", {"IRN": 1}),
        ("the Islamic Republic of Iran", {"IRN": 1}),
        ("Netherlands (Kingdom of the) and the Netherlands", {"NLD": 2}),
        ("the United States of America and the United States", {"USA": 2}),
        ("the United Kingdom of Great Britain and Northern Ireland", {"GBR": 1}),
        ("Côte d’Ivoire and Cote d'Ivoire", {"CIV": 2}),
        ("Co\u0302te d'Ivoire", {"CIV": 1}),  # decomposed ô
        ("The former Yugoslav Republic of Macedonia welcomed", {"MKD": 1}),
        ("Timor-Leste", {"TLS": 1}),
        ("the Holy See and the State of Palestine", {"VAT": 1, "PSE": 1}),
        ("china, CHINA, Chinese, Indian Ocean, Omani, Somali", {}),
        ("American Samoa, New Mexico, the Niger Delta, the Gulf of Guinea", {}),
        ("Samoa, Mexico", {"WSM": 1, "MEX": 1}),
        ("", {}),
        (None, {}),
    ],
)
def test_mentions(text, expected):
    assert mentions(text) == Counter(expected)


def test_mentions_in_the_slovenia_report():
    with pymupdf.open(UN / "Slovenia-UPR2-A_HRC_28_15-working-group-report.pdf") as doc:
        text = "".join(page.get_text() for page in doc)
    found = mentions(text)
    assert found.most_common(1)[0][0] == "SVN"
    assert found["SVN"] == len(re.findall(r"\bSlovenia\b", text)) == 80
    # "Iran (Islamic Republic /of)" broken over lines, "The Islamic Republic of Iran".
    assert found["IRN"] == len(re.findall(r"\bIran\b", text)) == 5
    # "Niger" is there only inside "Nigeria".
    assert "NER" not in found and found["NGA"] == len(re.findall(r"\bNigeria\b", text))
    # "The former Yugoslav Republic of Macedonia welcomed the ratification …" (48.)
    assert found["MKD"] >= 1
    # Viet Nam (74.), Afghanistan (75.), Bahrain (83.), Iraq (20.) took the floor.
    assert {"VNM", "AFG", "BHR", "IRQ"} <= set(found)


FILLER = (
    "The delegation stated that the national human rights institution had been given "
    "a broader mandate and more resources, and that the action plan against domestic "
    "violence would be evaluated by independent experts in the coming years.\n"
)
TRAPS = (
    "Recommendations were made by Papua New Guinea, Equatorial Guinea, Guinea-\nBissau, "
    "Guinea, the Niger Delta, Nigeria, Niger, Dominica, the Dominican Republic, South "
    "Sudan, Sudan, the Democratic Republic of the Congo, Congo, the Democratic People’s\n"
    "Republic of Korea, the Republic of Korea, the People's Republic of China, China, "
    "Bolivia (Plurinational State of), Bolivia, Slovenia and Norway.\n"
)
TRAP_COUNTS = Counter(
    {
        "PNG": 1,
        "GNQ": 1,
        "GNB": 1,
        "GIN": 1,
        "NGA": 1,
        "NER": 1,
        "DMA": 1,
        "DOM": 1,
        "SSD": 1,
        "SDN": 1,
        "COD": 1,
        "COG": 1,
        "PRK": 1,
        "KOR": 1,
        "CHN": 2,
        "BOL": 2,
        "SVN": 1,
        "NOR": 1,
    }
)


def test_mentions_in_a_text_of_two_hundred_pages():
    assert mentions(FILLER) == Counter()
    assert mentions(TRAPS) == TRAP_COUNTS
    # About 600,000 characters: each chunk a page of prose and one paragraph of traps.
    chunk = FILLER * 12 + TRAPS
    times = 600_000 // len(chunk) + 1
    text = chunk * times
    assert len(text) >= 600_000
    expected = Counter({code: n * times for code, n in TRAP_COUNTS.items()})
    assert mentions(text) == expected
