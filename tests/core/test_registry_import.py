"""Recommendation records from the UN's documents, checked against the real fixtures."""

from __future__ import annotations

import csv
import io
from collections import Counter
from pathlib import Path

import pymupdf
import pytest

from reviewer.citations.states import canonical_state
from reviewer.ingest.model import IngestError
from reviewer.recommendations import (
    RecommendationRecord,
    RegistryImport,
    detect_registry_kind,
    normalise_text,
    parse_registry,
    same_text,
)
from reviewer.recommendations.normalise import (
    cycle_from_symbol,
    parse_position,
    parse_recommendation_text,
    state_key,
)
from reviewer.recommendations.responses import expand

FIXTURES = Path(__file__).parent.parent / "fixtures"
UN = FIXTURES / "un"
CHINA_LIST = UN / "China-UPR3-thematic-list-A_HRC_40_6.docx"
SVN_LIST = UN / "Slovenia-UPR2-thematic-list-A_HRC_28_15.docx"
SVN_REPORT = UN / "Slovenia-UPR2-A_HRC_28_15-working-group-report.pdf"
SVN_RESPONSES = UN / "Slovenia-UPR2-A_HRC_28_15_Add.1-responses.pdf"
SVN_NATIONAL = UN / "Slovenia-UPR2-A_HRC_WG.6_20_SVN_1-national-report.pdf"
SVN_SUMMARY = UN / "Slovenia-UPR2-A_HRC_WG.6_20_SVN_3-stakeholder-summary.pdf"


def _parse(path: Path, **kwargs) -> RegistryImport:
    return parse_registry(path.read_bytes(), path.name, **kwargs)


@pytest.fixture(scope="module")
def china() -> RegistryImport:
    return _parse(CHINA_LIST)


@pytest.fixture(scope="module")
def svn_list() -> RegistryImport:
    return _parse(SVN_LIST)


@pytest.fixture(scope="module")
def svn_report() -> RegistryImport:
    return _parse(SVN_REPORT)


@pytest.fixture(scope="module")
def svn_responses() -> RegistryImport:
    return _parse(SVN_RESPONSES)


def _by_number(result: RegistryImport) -> dict[str, RecommendationRecord]:
    numbers = [r.number for r in result.records]
    assert len(numbers) == len(set(numbers)), "a number appears twice"
    return {r.number: r for r in result.records}


def _canon(states) -> list[str]:
    return [state_key(s) or s for s in states]


# --- detection ---------------------------------------------------------------

EXPECTED_KINDS = {
    "China-UPR3-thematic-list-A_HRC_40_6.docx": "thematic_list",
    "Slovenia-UPR2-thematic-list-A_HRC_28_15.docx": "thematic_list",
    "Slovenia-UPR2-A_HRC_28_15-working-group-report.pdf": "wg_report",
    "Slovenia-UPR2-A_HRC_28_15_Add.1-responses.pdf": "responses",
    "Slovenia-UPR4-A_HRC_59_15_Add.1-responses.pdf": "responses",
    "Norway-UPR2-A_HRC_27_3-wg-report.pdf": "wg_report",
    "Slovenia-UPR1-A_HRC_14_15-wg-report.pdf": "wg_report",
    "Slovenia-UPR1-A_HRC_14_15_Add.1-responses.pdf": "responses",
    "Slovenia-UPR2-A_HRC_WG.6_20_SVN_1-national-report.pdf": None,
    "Slovenia-UPR2-A_HRC_WG.6_20_SVN_3-stakeholder-summary.pdf": None,
}


def test_every_fixture_is_detected_by_what_it_is():
    files = sorted(p for p in FIXTURES.glob("*/*") if p.is_file())
    assert len(files) >= 14
    for path in files:
        expected = EXPECTED_KINDS.get(path.name)  # cango/ and context/: submissions → None
        assert detect_registry_kind(path.read_bytes(), path.name) == expected, path.name


def test_detection_ignores_the_file_name():
    assert detect_registry_kind(SVN_REPORT.read_bytes(), "whatever.docx") == "wg_report"
    cango = FIXTURES / "cango" / "cango-upr4-submission.pdf"
    assert detect_registry_kind(cango.read_bytes(), "thematic-list-A_HRC_40_6.docx") is None


def test_a_submission_citing_the_report_title_is_not_a_report():
    import docx

    document = docx.Document()
    document.add_paragraph("Submission by an NGO")
    document.add_paragraph(
        "In the Report of the Working Group on the Universal Periodic Review (A/HRC/40/6) China "
        "accepted 284 recommendations."
    )
    buf = io.BytesIO()
    document.save(buf)
    assert detect_registry_kind(buf.getvalue(), "s.docx") is None
    pdf = _pdf(
        [
            "Submission by an NGO",
            "In the Report of the Working Group on the Universal",
            "A/HRC/40/6",
        ]
    )
    assert detect_registry_kind(pdf, "s.pdf") is None


def test_detection_never_raises_on_junk():
    for data in (b"", b"%PDF-1.7 broken", b"PK\x03\x04broken", b"\x00\x01\x02", b"just words"):
        assert detect_registry_kind(data, "junk") is None


# --- thematic lists ----------------------------------------------------------


def test_china_thematic_list(china):
    assert china.kind == "thematic_list"
    assert china.symbol == "A/HRC/40/6"
    assert china.state_under_review == "China"
    by = _by_number(china)
    assert len(by) == 346
    assert set(by) == {f"28.{n}" for n in range(1, 347)}
    assert Counter(r.position for r in china.records) == {"supported": 284, "noted": 62}
    assert all(r.symbol == "A/HRC/40/6" and r.cycle == 3 for r in china.records)
    assert all(r.text and r.states for r in china.records)
    assert all(r.themes and r.affected_persons for r in china.records)
    assert {r.position_source for r in china.records} == {"A/HRC/40/6/Add.1 - Para. 2"}

    r294 = by["28.294"]
    assert r294.text == (
        "Continue taking measures for improving women\u2019s development, including the "
        "participation of women in public affairs"
    )
    assert r294.states == ("India",)
    assert r294.position == "supported"
    assert r294.position_source == "A/HRC/40/6/Add.1 - Para. 2"
    assert ("F14", "Participation of women in political and public life") in r294.themes
    assert r294.affected_persons == ("women",)

    r9 = by["28.9"]
    assert r9.states == ("Benin", "Estonia", "Georgia", "Latvia", "Malta", "Namibia")
    assert len(r9.text.split("\n")) == 6
    assert by["28.4"].states == ("New Zealand", "Uruguay", "Mali")  # "(Uruguay) (Mali)"
    assert ("A12", "Acceptance of international norms") in by["28.212"].themes
    # the matrix writes inverted names; they are still recognised as States
    assert state_key(by["28.240"].states[0]) == "Bolivia (Plurinational State of)"
    assert all(state_key(s) for r in china.records for s in r.states)


def test_slovenia_thematic_list(svn_list):
    assert svn_list.symbol == "A/HRC/28/15"
    assert svn_list.state_under_review == "Slovenia"
    by = _by_number(svn_list)
    assert set(by) == {f"115.{n}" for n in range(1, 164)}
    assert Counter(r.position for r in svn_list.records) == {"supported": 142, "noted": 21}
    assert all(r.cycle == 2 for r in svn_list.records)
    # "(Peru);take" – the matrix lost a space, the cut is still made
    assert _canon(by["115.38"].states) == ["Egypt", "Peru", "Azerbaijan"]
    assert len(by["115.124"].text.split("\n")) == 4


# --- Working Group report ----------------------------------------------------


def test_slovenia_wg_report_alone(svn_report):
    assert svn_report.kind == "wg_report"
    assert svn_report.symbol == svn_report.document_symbol == "A/HRC/28/15"
    assert svn_report.state_under_review == "Slovenia"
    by = _by_number(svn_report)
    assert [r.number for r in svn_report.records] == [f"115.{n}" for n in range(1, 164)]
    for r in svn_report.records:
        assert r.text and r.text.strip(), r.number
        assert r.states, r.number
        assert all(canonical_state(s) for s in r.states), r.states
        assert r.position == "pending"  # "will be examined by Slovenia"
        assert r.cycle == 2 and r.state_under_review == "Slovenia"
    assert by["115.6"].states == ("Iran (Islamic Republic of)",)
    assert by["115.6"].text.endswith("Members of Their Families (ICRMW)")
    assert by["115.8"].states == (
        "Senegal",
        "Sierra Leone",
        "Venezuela (Bolivarian Republic of)",
        "Peru",
        "Uruguay",
    )
    # runs across the page break between pages 13 and 14 without the furniture
    assert by["115.30"].text.endswith("at the national and international levels")
    assert "A/HRC/28/15" not in " ".join(r.text for r in svn_report.records)
    assert (
        by["115.163"].text
        == "Establish conventions that will guarantee the non-violation of migrants\u2019 rights"
    )
    assert svn_report.warnings == ()


def test_wg_report_texts_agree_with_the_thematic_list(svn_report, svn_list):
    report, matrix = _by_number(svn_report), _by_number(svn_list)
    assert set(report) == set(matrix)
    differ = [n for n in matrix if not same_text(report[n].text, matrix[n].text)]
    # 115.104: the report itself prints "violence against childre," (typo in the PDF)
    assert differ == ["115.104"]
    assert "childre," in report["115.104"].text
    assert all(_canon(report[n].states) == _canon(matrix[n].states) for n in matrix)


# --- responses ---------------------------------------------------------------


def test_slovenia_responses(svn_responses):
    assert svn_responses.kind == "responses"
    assert svn_responses.symbol == "A/HRC/28/15"
    assert svn_responses.document_symbol == "A/HRC/28/15/Add.1"
    assert svn_responses.state_under_review == "Slovenia"
    by = _by_number(svn_responses)
    assert set(by) == {f"115.{n}" for n in range(1, 164)}
    assert Counter(r.position for r in svn_responses.records) == {"supported": 142, "noted": 21}
    assert svn_responses.warnings == ()  # "accepts 142 … notes 21" matches the lists
    for r in svn_responses.records:
        assert r.symbol == "A/HRC/28/15" and r.text is None and r.states == ()
        assert r.position_source.startswith("A/HRC/28/15/Add.1 - Para. ")
    # "14–\n16": a range cut by a line break; "150 – 152": spaced dash
    assert all(by[f"115.{n}"].position == "supported" for n in (14, 15, 16, 150, 151, 152))
    assert by["115.150"].position_source == "A/HRC/28/15/Add.1 - Para. 4"
    assert by["115.18"].comment.startswith("We consider that this recommendation is implemented.")
    assert by["115.30"].comment == "See recommendation 24."
    # "Recs. 6–13 …" runs over a page break and is kept with each of them
    assert by["115.6"].comment == by["115.13"].comment
    assert by["115.6"].comment.endswith("protected by the existing EU legislation.")
    assert by["115.163"].comment == "See information on recommendations 6–13."
    assert by["115.1"].comment is None


def test_responses_agree_with_the_thematic_list_row_by_row(svn_responses, svn_list):
    responses, matrix = _by_number(svn_responses), _by_number(svn_list)
    assert all(responses[n].position == matrix[n].position for n in matrix)
    sources = [n for n in matrix if responses[n].position_source != matrix[n].position_source]
    # the matrix files 115.141 under Para. 4 though Add.1 para. 3 lists "141–143", and
    # writes 115.161's source as "A/HRC/28/15/Add.1, para. 3 - Para. 3"
    assert sources == ["115.141", "115.161"]


def _pdf(lines: list[str]) -> bytes:
    doc = pymupdf.open()
    page = doc.new_page()
    y = 72
    for line in lines:
        page.insert_text((72, y), line, fontsize=10)
        y += 14
    return doc.tobytes()


RESPONSES_LINES = [
    "A/HRC/99/1/Add.1",
    "Report of the Working Group on the Universal Periodic Review",
    "Slovenia",
    "Addendum",
    "Views on conclusions and/or recommendations, voluntary commitments",
    "1. The Government accepts 6 recommendations and notes 2 recommendations.",
    "2. The Government accepts the recommendations 1, 2, 14-",
    "16, 20.",
    "3. The Government does not accept recommendations 3 and 4.",
    "Rec. 3 Under consideration.",
]


def test_responses_without_a_paragraph_need_one():
    data = _pdf(RESPONSES_LINES)
    assert detect_registry_kind(data, "x.pdf") == "responses"
    with pytest.raises(IngestError, match="paragraph"):
        parse_registry(data, "x.pdf")
    result = parse_registry(data, "x.pdf", paragraph=80)
    by = _by_number(result)
    assert result.symbol == "A/HRC/99/1"
    assert list(by) == ["80.1", "80.2", "80.3", "80.4", "80.14", "80.15", "80.16", "80.20"]
    assert by["80.15"].position == "supported" and by["80.4"].position == "noted"
    assert by["80.3"].comment == "Under consideration."
    assert by["80.1"].position_source == "A/HRC/99/1/Add.1 - Para. 2"
    assert result.warnings == ()


def test_expand_short_number_lists():
    assert expand("1–5, 14– 16, 150 – 152") == [
        "1",
        "2",
        "3",
        "4",
        "5",
        "14",
        "15",
        "16",
        "150",
        "151",
        "152",
    ]
    assert expand("115.3, 115.5–115.7 and 9") == ["115.3", "115.5", "115.6", "115.7", "9"]


# --- WG report as DOCX -------------------------------------------------------


def test_wg_report_docx_same_structure():
    import docx

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "A/HRC/98/7"
    for text in (
        "Report of the Working Group on the Universal Periodic Review",
        "Chile",
        "II. Conclusions and/or recommendations",
        "90. The following recommendations enjoy the support of Chile:",
        "90.1\tRatify the Convention (Peru, Bolivia (Plurinational State of));",
        "90.2\tContinue efforts (India); take further measures (Mali);",
        "91. The following recommendations will be examined by Chile:",
        "91.1\tConsider the abolition (Spain).",
        "92. All conclusions and/or recommendations contained in the present report …",
        "Annex",
        "Composition of the delegation",
    ):
        document.add_paragraph(text)
    buf = io.BytesIO()
    document.save(buf)
    data = buf.getvalue()
    assert detect_registry_kind(data, "r.docx") == "wg_report"
    result = parse_registry(data, "r.docx")
    by = _by_number(result)
    assert result.symbol == "A/HRC/98/7" and result.state_under_review == "Chile"
    assert list(by) == ["90.1", "90.2", "91.1"]
    assert by["90.1"].states == ("Peru", "Bolivia (Plurinational State of)")
    assert by["90.1"].position == "supported" and by["91.1"].position == "pending"
    assert by["90.1"].position_source == "A/HRC/98/7, para. 90: enjoy the support of Chile"
    assert by["90.2"].text == "Continue efforts\ntake further measures"
    assert by["90.2"].states == ("India", "Mali")


# --- tables ------------------------------------------------------------------

TABLE = [
    ["symbol", "number", "text", "states", "position", "themes", "affected_persons"],
    [
        "A/HRC/40/6",
        "28.294",
        "Continue taking measures for improving women\u2019s development (India);",
        "",
        "Supported",
        "F14 Participation of women in political and public life; S05 SDG 5",
        "women",
    ],
    [
        "A/HRC/40/6",
        "28.5",
        "Ratify the ICCPR",
        "Costa Rica; El Salvador",
        "Noted",
        "A12 Acceptance of international norms",
        "",
    ],
    ["", "", "", "", "", "", ""],
]


def _check_table(result: RegistryImport) -> None:
    assert result.kind == "table" and result.symbol == "A/HRC/40/6"
    by = _by_number(result)
    assert list(by) == ["28.294", "28.5"]
    assert by["28.294"].text == "Continue taking measures for improving women\u2019s development"
    assert by["28.294"].states == ("India",)
    assert by["28.294"].position == "supported" and by["28.294"].cycle == 3
    assert by["28.294"].themes == (
        ("F14", "Participation of women in political and public life"),
        ("S05", "SDG 5"),
    )
    assert by["28.294"].affected_persons == ("women",)
    assert by["28.5"].states == ("Costa Rica", "El Salvador") and by["28.5"].position == "noted"


def test_csv_import():
    buf = io.StringIO()
    csv.writer(buf).writerows(TABLE)
    data = buf.getvalue().encode("utf-8-sig")
    assert detect_registry_kind(data, "recs.csv") == "table"
    _check_table(parse_registry(data, "recs.csv"))


def test_xlsx_import_with_uhri_style_headers():
    import openpyxl

    book = openpyxl.Workbook()
    sheet = book.active
    sheet.append(["Recommendations exported"])  # a title row above the header
    sheet.append(
        [
            "Document symbol",
            "Paragraph",
            "Recommendation",
            "Recommending State(s)",
            "Position",
            "Themes",
            "Affected persons",
        ]
    )
    for row in TABLE[1:]:
        sheet.append(row)
    buf = io.BytesIO()
    book.save(buf)
    data = buf.getvalue()
    assert detect_registry_kind(data, "export.xlsx") == "table"
    _check_table(parse_registry(data, "export.xlsx"))


# --- errors and helpers --------------------------------------------------------


def test_errors_name_the_file_and_the_reason():
    cango = FIXTURES / "cango" / "cango-upr4-submission.pdf"
    with pytest.raises(IngestError, match="not a recommendations document") as err:
        _parse(cango)
    assert err.value.file == cango.name
    with pytest.raises(IngestError, match="empty"):
        parse_registry(b"", "empty.pdf")
    with pytest.raises(IngestError, match="cannot be opened"):
        parse_registry(b"%PDF-1.7 broken", "broken.pdf", kind="wg_report")
    with pytest.raises(IngestError, match="Conclusions"):
        parse_registry(SVN_NATIONAL.read_bytes(), SVN_NATIONAL.name, kind="wg_report")
    with pytest.raises(IngestError, match="Word"):
        parse_registry(SVN_REPORT.read_bytes(), SVN_REPORT.name, kind="thematic_list")
    with pytest.raises(IngestError, match="header row"):
        parse_registry(b"a,b\n1,2\n", "t.csv", kind="table")


def test_normalise_and_same_text():
    a = "Continue taking measures for improving women\u2019s development \u2013 now (India);"
    assert (
        normalise_text(a)
        == "Continue taking measures for improving women's development - now (India)"
    )
    assert same_text("women\u2019s  rights;", "women's rights.")
    assert same_text("\u201cerased\u201d persons", '"erased"\npersons')
    assert same_text("amendment toarticle8", "amendment to article 8")
    assert not same_text("Ratify the ICCPR", "Ratify the ICESCR")
    assert parse_position("Partially supported") == "partially"
    assert parse_position("Noted") == "noted" and parse_position("Accepted") == "supported"
    assert parse_position("") is None
    assert cycle_from_symbol("A/HRC/40/6") == 3 and cycle_from_symbol("A/HRC/28/15") == 2
    assert cycle_from_symbol("A/HRC/WG.6/20/SVN/1") == 2
    assert parse_recommendation_text("Do X (Uruguay) (Mali);") == ("Do X", ("Uruguay", "Mali"))
    text, states = parse_recommendation_text("Ratify ICRMW (ICRMW) (Islamic Republic of Iran).")
    assert text == "Ratify ICRMW (ICRMW)" and states == ("Islamic Republic of Iran",)
