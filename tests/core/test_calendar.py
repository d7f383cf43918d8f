"""The UPR calendar: sessions, cycles and years, from symbols and from the words of
the UN's documents (the Slovenia fixtures among them)."""

from __future__ import annotations

from pathlib import Path

import pymupdf
import pytest

from reviewer import calendar
from reviewer.calendar import (
    WG_SESSIONS,
    cycle_from_symbol,
    cycle_from_text,
    cycle_of_hrc_session,
    cycle_of_wg_session,
    hrc_session_from_symbol,
    ordinal,
    session_from_text,
    wg_session_from_symbol,
    year_of_hrc_session,
    year_of_wg_session,
)
from reviewer.recommendations import normalise

UN = Path(__file__).parent.parent / "fixtures" / "un"


def _pdf_text(name: str) -> str:
    with pymupdf.open(UN / name) as doc:
        return "".join(page.get_text() for page in doc)


# --- Working Group sessions ----------------------------------------------------


def test_the_working_group_table_holds_sessions_1_to_54():
    assert sorted(WG_SESSIONS) == list(range(1, 55))
    assert all(s.number == n for n, s in WG_SESSIONS.items())


@pytest.mark.parametrize(
    ("cycle", "first", "last", "first_year", "last_year"),
    [
        (1, 1, 12, 2008, 2011),
        (2, 13, 26, 2012, 2016),
        (3, 27, 40, 2017, 2022),
        (4, 41, 54, 2022, 2027),
    ],
)
def test_each_cycle_spans_its_sessions_and_years(cycle, first, last, first_year, last_year):
    sessions = [n for n in WG_SESSIONS if cycle_of_wg_session(n) == cycle]
    assert sessions == list(range(first, last + 1))
    assert year_of_wg_session(first) == first_year
    assert year_of_wg_session(last) == last_year


@pytest.mark.parametrize(
    ("year", "sessions"),
    [
        (2008, (1, 3)),
        (2009, (4, 6)),
        (2010, (7, 9)),
        (2011, (10, 12)),
        (2012, (13, 14)),
        (2013, (15, 17)),
        (2014, (18, 20)),
        (2015, (21, 23)),
        (2016, (24, 26)),
        (2017, (27, 28)),
        (2018, (29, 31)),
        (2019, (32, 34)),
        (2020, (35, 36)),
        (2021, (37, 39)),
        (2022, (40, 41)),
        (2023, (42, 44)),
        (2024, (45, 47)),
        (2025, (48, 50)),
        (2026, (51, 53)),
        (2027, (54, 54)),
    ],
)
def test_working_group_sessions_by_year(year, sessions):
    first, last = sessions
    assert [n for n in WG_SESSIONS if year_of_wg_session(n) == year] == list(range(first, last + 1))


@pytest.mark.parametrize("n", [0, -1, 55, 100])
def test_sessions_outside_the_table_have_no_cycle_or_year(n):
    assert cycle_of_wg_session(n) is None
    assert year_of_wg_session(n) is None


# --- Human Rights Council sessions ---------------------------------------------


@pytest.mark.parametrize(
    ("h", "cycle", "year"),
    [(14, 1, 2010), (28, 2, 2015), (40, 3, 2019), (43, 3, 2020), (59, 4, 2025)],
)
def test_council_sessions(h, cycle, year):
    assert cycle_of_hrc_session(h) == cycle
    assert year_of_hrc_session(h) == year


def test_council_session_edges():
    assert [cycle_of_hrc_session(h) for h in (7, 8, 19, 20, 35, 36, 50, 51, 66, 67)] == [
        None,
        1,
        1,
        2,
        2,
        3,
        3,
        4,
        4,
        None,
    ]
    assert [year_of_hrc_session(h) for h in (1, 3, 4, 6, 7)] == [2006, 2006, 2007, 2007, 2008]
    assert year_of_hrc_session(0) is None


# --- symbols -------------------------------------------------------------------


@pytest.mark.parametrize(
    ("symbol", "cycle", "year"),
    [
        ("A/HRC/14/15", 1, 2010),  # Slovenia, first cycle
        ("A/HRC/28/15", 2, 2015),
        ("A/HRC/43/15", 3, 2020),
        ("A/HRC/59/15", 4, 2025),
    ],
)
def test_slovenia_reports_by_symbol(symbol, cycle, year):
    assert cycle_from_symbol(symbol) == cycle
    assert year_of_hrc_session(hrc_session_from_symbol(symbol)) == year
    assert wg_session_from_symbol(symbol) is None


def test_symbols():
    assert cycle_from_symbol("A/HRC/40/6") == 3  # China, third cycle
    assert cycle_from_symbol("A/HRC/28/15/Add.1") == 2
    assert hrc_session_from_symbol("A/HRC/40/6") == 40
    assert wg_session_from_symbol("A/HRC/WG.6/48/SVN/1") == 48
    assert hrc_session_from_symbol("A/HRC/WG.6/48/SVN/1") is None
    assert cycle_from_symbol("A/HRC/WG.6/48/SVN/1") == 4
    assert cycle_from_symbol("A/HRC/WG.6/20/SVN/1") == 2
    assert cycle_from_symbol("A/HRC/WG.6/1/BHR/1") == 1
    assert cycle_from_symbol("A/HRC/WG.6/99/SVN/1") is None
    assert cycle_from_symbol("A/HRC/3/2") is None  # before the UPR
    for nothing in (None, "", "E/C.12/SVN/CO/2", "A/HRC/RES/5/1"):
        assert cycle_from_symbol(nothing) is None
        assert hrc_session_from_symbol(nothing) is None
        assert wg_session_from_symbol(nothing) is None


def test_normalise_still_offers_the_cycle_helpers():
    assert normalise.cycle_from_symbol is calendar.cycle_from_symbol
    assert normalise.cycle_from_text is calendar.cycle_from_text


# --- ordinals ------------------------------------------------------------------


def test_ordinal():
    assert [ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 31, 54, 101, 111, 112)] == [
        "1st",
        "2nd",
        "3rd",
        "4th",
        "11th",
        "12th",
        "13th",
        "21st",
        "22nd",
        "23rd",
        "31st",
        "54th",
        "101st",
        "111th",
        "112th",
    ]


# --- cycles and sessions in text ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "cycle"),
    [
        ("Thematic list of recommendations (3rd Cycle – 31st session)", 3),
        ("recommendations accepted during the second cycle", 2),
        ("UPR of China (3rd UPR cycle)", 3),
        ("the 4th UPR cycle", 4),
        ("Slovenia's fourth Universal Periodic Review", 4),
        ("its 2nd Universal\nPeriodic Review", 2),
        ("Matrix of recommendations – UPR4", 4),
        ("UPR 4 – Slovenia", 4),
        ("UPR cycle 3", 3),
        ("3 cycle", None),  # tabular passes "<cell> cycle": a bare figure is not an ordinal
        ("The first session of the Working Group", None),
        ("UPR 2019 and UPR-Info reports; see UPR 4.2 and the upr 3 file", None),
        ("a life cycle of four years", None),
        ("", None),
        (None, None),
    ],
)
def test_cycle_from_text(text, cycle):
    assert cycle_from_text(text) == cycle


def test_cycle_from_text_prefers_the_ordinal_cycle_as_before():
    assert cycle_from_text("UPR4 matrix, recommendations of the 3rd cycle") == 3


@pytest.mark.parametrize(
    ("text", "session"),
    [
        ("The Working Group on the Universal Periodic Review held its thirty-fourth session", 34),
        ("Thematic list of recommendations (3rd Cycle – 31st session)", 31),
        ("(2nd Cycle – 20th session)", 20),
        ("adopted by the Working Group at its 48th session", 48),
        ("forty-eighth session", 48),
        ("Forty eighth Session", 48),
        ("fortyeighth session", 48),
        ("thirty-\nfourth session", 34),
        ("twenty–first session", 21),  # an en dash from a PDF
        ("Twentieth session", 20),
        ("first session", 1),
        ("fifty-fourth session", 54),
        ("sixtieth session", 60),
        ("the Human Rights Council at its fifty-ninth session", 59),
        ("the forty-eighth sessions", None),
        ("its 28th special session", None),
        ("the thirty-fourth meeting", None),
        ("the session", None),
        ("", None),
        (None, None),
    ],
)
def test_session_from_text(text, session):
    assert session_from_text(text) == session


def test_the_working_groups_session_is_preferred_to_the_councils():
    text = (
        "Human Rights Council\nFifty-ninth session\nAgenda item 6\n"
        "1. The Working Group on the Universal Periodic Review, established in accordance "
        "with Human Rights Council resolution 5/1, held its forty-eighth session from "
        "20 to 31 January 2025."
    )
    assert session_from_text(text) == 48
    # The Council named last before the ordinal: its session, not the Working Group's.
    text = "The Working Group adopted the report. The Human Rights Council at its 59th session"
    assert session_from_text(text) == 59


def test_sessions_in_the_slovenia_documents():
    # The Working Group's report: "Human Rights Council / Twenty-eighth session" heads
    # it, then "The Working Group … held its twentieth session".
    report = _pdf_text("Slovenia-UPR2-A_HRC_28_15-working-group-report.pdf")
    assert session_from_text(report) == 20
    national = _pdf_text("Slovenia-UPR2-A_HRC_WG.6_20_SVN_1-national-report.pdf")
    assert session_from_text(national) == 20
    # The responses speak only of the Council's session.
    responses = _pdf_text("Slovenia-UPR2-A_HRC_28_15_Add.1-responses.pdf")
    assert session_from_text(responses) == 28
