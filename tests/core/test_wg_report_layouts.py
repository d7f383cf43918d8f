"""Working Group reports of every layout: first-cycle items "1.", "2." under several
paragraphs, headings and symbols with footnote marks, page notes at body size.

The real fixtures are checked against the facts in tests/fixtures/README; the small
PDFs built here reproduce one layout trait each, as hundreds of real reports have it.
"""

from __future__ import annotations

import io
from collections import Counter
from pathlib import Path

import pymupdf
import pytest

from reviewer.citations.states import canonical_state
from reviewer.recommendations import (
    RecommendationRecord,
    RegistryImport,
    detect_registry_kind,
    parse_registry,
)
from reviewer.recommendations.detect import kind_from_title_text
from reviewer.recommendations.wg_conclusions import Row, group, is_heading, statement
from reviewer.vocabulary import Position

UN = Path(__file__).parent.parent / "fixtures" / "un"
SVN_1 = UN / "Slovenia-UPR1-A_HRC_14_15-wg-report.pdf"
NORWAY = UN / "Norway-UPR2-A_HRC_27_3-wg-report.pdf"
SVN_2 = UN / "Slovenia-UPR2-A_HRC_28_15-working-group-report.pdf"


def _by_number(result: RegistryImport) -> dict[str, RecommendationRecord]:
    numbers = [r.number for r in result.records]
    assert len(numbers) == len(set(numbers)), "a number appears twice"
    return {r.number: r for r in result.records}


def _no_page_note(result: RegistryImport) -> None:
    for r in result.records:
        assert "edited" not in r.text, r.number
        assert "\u2217" not in r.text and "*" not in r.text and "\u204e" not in r.text, r.number
        assert "A/HRC/" not in r.text and "GE." not in r.text, r.number


@pytest.fixture(scope="module")
def svn_1() -> RegistryImport:
    return parse_registry(SVN_1.read_bytes(), SVN_1.name)


@pytest.fixture(scope="module")
def norway() -> RegistryImport:
    return parse_registry(NORWAY.read_bytes(), NORWAY.name)


# --- Slovenia, 1st cycle: A/HRC/14/15 ----------------------------------------------


def test_slovenia_first_cycle_items_under_paragraph_111(svn_1):
    assert detect_registry_kind(SVN_1.read_bytes(), SVN_1.name) == "wg_report"
    assert svn_1.kind == "wg_report"
    assert svn_1.symbol == svn_1.document_symbol == "A/HRC/14/15"
    assert svn_1.state_under_review == "Slovenia"
    assert svn_1.session == 7  # the Working Group's seventh session, not the Council's 14th
    assert [r.number for r in svn_1.records] == [f"111.{n}" for n in range(1, 98)]
    assert Counter(r.position for r in svn_1.records) == {Position.PENDING: 97}
    for r in svn_1.records:
        assert r.cycle == 1 and r.state_under_review == "Slovenia"
        assert r.text and r.states, r.number
        assert r.position_source == "A/HRC/14/15, para. 111: will be examined by Slovenia"
    _no_page_note(svn_1)
    by = _by_number(svn_1)
    assert by["111.3"].text == (
        "To ratify the ILO Equality of Treatment (Social Security) Convention, 1962 (No. 118) "
        "and the ILO Prevention of Major Industrial Accidents Convention, 1993 (No. 174)"
    )
    assert by["111.3"].states == ("Argentina",)
    assert by["111.97"].text == (
        "To establish an effective and inclusive process for follow up on the "
        "recommendations resulting from the present review"
    )
    assert by["111.97"].states == ("Norway",)
    # the closing paragraph 112 is no item
    assert "construed" not in by["111.97"].text


def test_slovenia_first_cycle_item_with_a_verb_per_state_cut_by_a_page_break(svn_1):
    by = _by_number(svn_1)
    # runs from page 14 to 15 over the running head, each State with its own verb
    assert by["111.1"].text == (
        "To examine the possibility of joining (Algeria)/sign and ratify (Egypt)/ratify "
        "(Bosnia and Herzegovina)/consider the ratification (Argentina) of the Convention on "
        "Migrant Workers and Members of Their Families"
    )
    assert by["111.1"].states == ("Algeria", "Egypt", "Bosnia and Herzegovina", "Argentina")
    # "To ratify (Spain)/consider … (Argentina) …": Spain only inside the text, still counted
    assert by["111.2"].states == ("Spain", "Argentina")
    assert by["111.2"].text.startswith("To ratify (Spain)/consider the possibility")
    # several States' texts under one number
    assert by["111.35"].states == ("Azerbaijan", "Italy", "Colombia")
    assert len(by["111.35"].text.split("\n")) == 3


def test_slovenia_first_cycle_short_state_names_are_recognised(svn_1):
    by = _by_number(svn_1)
    assert by["111.13"].states == ("Moldova",)
    assert by["111.15"].states == ("United Kingdom",)
    assert by["111.14"].states == ("United Kingdom of Great Britain and Northern Ireland",)
    assert by["111.17"].states == ("Islamic Republic of Iran",)
    assert canonical_state(by["111.17"].states[0]) == "Iran (Islamic Republic of)"
    # the short forms the first cycle used are known States (aliases in states.txt)
    assert canonical_state("Moldova") == "Republic of Moldova"
    assert canonical_state("United Kingdom").startswith("United Kingdom of Great Britain")
    assert not any("111.13" in w for w in svn_1.warnings)


# --- Norway, 2nd cycle: A/HRC/27/3 ---------------------------------------------------


def test_norway_heading_with_u2217_marks(norway):
    assert detect_registry_kind(NORWAY.read_bytes(), NORWAY.name) == "wg_report"
    assert norway.symbol == "A/HRC/27/3" and norway.state_under_review == "Norway"
    assert norway.session == 19
    assert [r.number for r in norway.records] == [f"131.{n}" for n in range(1, 204)]
    assert Counter(r.position for r in norway.records) == {Position.PENDING: 203}
    assert all(r.cycle == 2 for r in norway.records)
    assert norway.records[0].position_source == "A/HRC/27/3, para. 131: will be examined by Norway"
    _no_page_note(norway)
    by = _by_number(norway)
    assert by["131.1"].states == ("Niger",)
    assert by["131.1"].text.startswith("Ratify those conventions to which it is not yet a party")
    # the page with the "∗∗ … have not been edited" note ends with 131.9
    assert by["131.9"].text.endswith("Rights of Persons with Disabilities (CRPD)")
    assert by["131.9"].states == ("Pakistan",)
    # "(Iran (Islamic Republic of )": a stray space the name survives
    assert by["131.101"].states == ("Iran (Islamic Republic of)",)
    assert by["131.203"].text == (
        "Consider further strategies aimed at effectively addressing the situation of "
        "undocumented asylum seekers and the return of foreigners to States in internal armed "
        "or generalized violence on humanitarian grounds"
    )
    assert by["131.203"].states == ("Sierra Leone",)
    assert all(all(canonical_state(s) for s in r.states) for r in norway.records)
    assert norway.warnings == ()


def test_slovenia_second_cycle_is_unchanged():
    result = parse_registry(SVN_2.read_bytes(), SVN_2.name)
    assert [r.number for r in result.records] == [f"115.{n}" for n in range(1, 164)]
    assert {r.position for r in result.records} == {Position.PENDING}
    assert result.session == 20 and result.warnings == ()


# --- small PDFs of the first-cycle layout -------------------------------------------

_FONT = pymupdf.Font("cjk")  # has "∗"; "⁎" still reaches the text layer through ToUnicode

PARA_X, ITEM_X, SUB_X = 113.0, 141.0, 170.0


def _page(doc: pymupdf.Document, lines: list[tuple[float, float, str, float]]) -> None:
    page = doc.new_page(width=595, height=842)
    writer = pymupdf.TextWriter(page.rect)
    for x, y, text, size in lines:
        writer.append((x, y), text, font=_FONT, fontsize=size)
    writer.write_text(page)


def _furnished(symbol: str, n: int, rows: list[tuple[float, str]], y: float = 100) -> list:
    """A body page: running head ("page n" under the symbol, as in 2008–2009), rows of body
    text, job number and page number."""
    lines = [(480.0, 60.0, symbol, 9.0), (480.0, 72.0, f"page {n}", 9.0)]
    for x, text in rows:
        lines.append((x, y, text, 10.0))
        y += 14 if x == PARA_X or text[:1].isdigit() else 12
    lines += [(56.0, 770.0, f"GE.09-1234{n}", 9.0), (530.0, 770.0, str(n), 9.0)]
    return lines


TITLE = [
    (480.0, 60.0, "A/HRC/11/17*", 20.0),
    (120.0, 80.0, "General Assembly", 20.0),
    (56.0, 140.0, "Human Rights Council", 12.0),
    (56.0, 156.0, "Eleventh session", 12.0),
    (56.0, 200.0, "Report of the Working Group on the Universal Periodic Review*", 16.0),
    (113.0, 240.0, "Chile", 14.0),
    (113.0, 300.0, "Introduction", 12.0),
    (PARA_X, 330.0, "1. The Working Group on the Universal Periodic Review, established in", 10.0),
    (
        PARA_X,
        342.0,
        "accordance with Human Rights Council resolution 5/1, held its fifth session",
        10.0,
    ),
    (
        PARA_X,
        354.0,
        "from 4 to 15 May 2009. The review of Chile was held at the 13th meeting.",
        10.0,
    ),
    (PARA_X, 372.0, "2. The delegation presented the national report and answered questions", 10.0),
    (
        PARA_X,
        384.0,
        "from the delegations that took the floor during the interactive dialogue.",
        10.0,
    ),
    (56.0, 700.0, "* Previously issued under the symbol A/HRC/WG.6/5/L.9.", 8.0),
]

PAGE_2 = [
    (56.0, "II. Conclusions and/or recommendations\u204e\u204e"),
    (PARA_X, "3. The recommendations formulated during the interactive dialogue have been"),
    (PARA_X, "examined by Chile and the recommendations listed below enjoy the support of Chile:"),
    (ITEM_X, "1. To ratify the Convention on the Rights of Persons with Disabilities (Peru);"),
    (ITEM_X, "2. To continue its efforts against poverty (India); to strengthen its"),
    (ITEM_X, "measures for rural women (Mali);"),
    (ITEM_X, "3. To adopt a plan of action for human rights, including:"),
    (SUB_X, "(a) Measures for children;"),
    (SUB_X, "(b) Measures for women (Sierra Le one);"),
    (ITEM_X, "4. To strengthen the national human rights institution (Ruritania);"),
    (ITEM_X, "5. To examine the possibility of joining (Algeria)/sign and ratify (Egypt) the"),
    (ITEM_X, "Convention on Migrant Workers and Members of Their Families (Algeria, Egypt);"),
    (ITEM_X, "6. To combat trafficking in persons and to provide"),
]
NOTE = (56.0, 690.0, "\u204e\u204e The conclusions and recommendations have not been edited.", 10.0)

PAGE_3 = [
    (ITEM_X, "assistance to its victims (Philippines);"),
    (PARA_X, "4. The following recommendations will be examined by Chile, which will provide"),
    (PARA_X, "responses in due time, but no later than the eleventh session of the Council:"),
    (ITEM_X, "1. To abolish the death penalty in all circumstances (Italy);"),
    (ITEM_X, "2. To consider ratifying the Optional Protocol (Spain, Bolivia (Plurinational"),
    (ITEM_X, "S tate of));"),
    (PARA_X, "5. The recommendations below did not enjoy the support of Chile:"),
    (ITEM_X, "1. To decriminalize defamation (Norway);"),
    (ITEM_X, "2. To review its legislation on abortion (Netherlands)."),
    (PARA_X, "6. All conclusions and/or recommendations contained in the present report reflect"),
    (PARA_X, "the position of the submitting State(s) and/or the State under review. They should"),
    (PARA_X, "not be construed as endorsed by the Working Group as a whole."),
    (56.0, "Annex"),
    (56.0, "Composition of the delegation"),
    (PARA_X, "The delegation of Chile was headed by the Minister of Justice."),
]


def _first_cycle_pdf() -> bytes:
    doc = pymupdf.open()
    _page(doc, TITLE)
    _page(doc, _furnished("A/HRC/11/17", 2, PAGE_2, y=300) + [NOTE])
    _page(doc, _furnished("A/HRC/11/17", 3, PAGE_3))
    doc.subset_fonts()
    return doc.tobytes(garbage=3, deflate=True)


def _check_first_cycle(result: RegistryImport) -> None:
    by = _by_number(result)
    assert result.symbol == "A/HRC/11/17" and result.state_under_review == "Chile"
    assert list(by) == [
        *(f"3.{n}" for n in range(1, 7)),
        "4.1",
        "4.2",
        "5.1",
        "5.2",
    ]
    positions = {n: r.position for n, r in by.items()}
    assert {positions[f"3.{n}"] for n in range(1, 7)} == {Position.SUPPORTED}
    assert positions["4.1"] == positions["4.2"] == Position.PENDING
    assert positions["5.1"] == positions["5.2"] == Position.NOTED
    assert by["3.1"].position_source == "A/HRC/11/17, para. 3: enjoy the support of Chile"
    assert by["4.1"].position_source == "A/HRC/11/17, para. 4: will be examined by Chile"
    assert by["5.2"].position_source == "A/HRC/11/17, para. 5: did not enjoy the support of Chile"
    assert (
        by["3.2"].text
        == "To continue its efforts against poverty\nto strengthen its measures for rural women"
    )
    assert by["3.2"].states == ("India", "Mali")
    # sub-items stay inside their item; a State split by a stray space is recognised
    assert by["3.3"].text == (
        "To adopt a plan of action for human rights, including: (a) Measures for children; "
        "(b) Measures for women"
    )
    assert by["3.3"].states == ("Sierra Leone",)
    # "4." under paragraph 3 is item 4 (indented as items), not paragraph 4
    assert by["3.4"].states == ("Ruritania",)  # no State we know: kept as written
    assert by["3.5"].states == ("Algeria", "Egypt")
    assert by["3.5"].text.startswith("To examine the possibility of joining (Algeria)/sign")
    # cut by the page note, the page foot and the next page's head
    assert (
        by["3.6"].text
        == "To combat trafficking in persons and to provide assistance to its victims"
    )
    assert by["3.6"].states == ("Philippines",)
    assert by["4.2"].states == ("Spain", "Bolivia (Plurinational State of)")
    assert by["5.2"].text == "To review its legislation on abortion"
    assert all(r.cycle == 1 for r in result.records)
    _no_page_note(result)


def test_first_cycle_pdf_three_paragraphs_each_numbered_from_one():
    data = _first_cycle_pdf()
    assert detect_registry_kind(data, "report.pdf") == "wg_report"  # "A/HRC/11/17*"
    result = parse_registry(data, "report.pdf")
    _check_first_cycle(result)
    assert result.session == 5
    assert result.warnings == ("3.4: 'Ruritania' is not a State name we know; kept as written",)


def test_first_cycle_docx_tells_items_from_paragraphs_by_their_words():
    import docx

    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "A/HRC/11/17*"
    document.add_paragraph("Report of the Working Group on the Universal Periodic Review*")
    document.add_paragraph("Chile")
    rows = [text for _, text in PAGE_2 + PAGE_3]
    lines: list[str] = []
    for text in rows:  # one paragraph per item, as Word holds them
        if lines and not text[:1].isdigit() and not text.startswith(("(a)", "(b)", "II.")):
            if text not in ("Annex", "Composition of the delegation"):
                lines[-1] += " " + text
                continue
        lines.append(text)
    for text in lines:
        document.add_paragraph(text)
    buf = io.BytesIO()
    document.save(buf)
    result = parse_registry(buf.getvalue(), "report.docx")
    _check_first_cycle(result)


def test_numbering_running_on_across_paragraphs_and_a_closing_paragraph():
    rows = [
        Row("Conclusions and/or recommendations"),
        Row("40. The recommendations listed below enjoy the support of Ghana:"),
        Row("1. To do one thing (Peru);"),
        Row("2. To do another (Chile);"),
        Row("41. The recommendations below will be examined by Ghana:"),
        Row("3. To do a third thing (Mali);"),
        Row("42. All conclusions and/or recommendations contained in the present report"),
    ]
    paragraphs, warnings = group(rows)
    assert [(p.number, [n for n, _ in p.items]) for p in paragraphs] == [
        (40, [1, 2]),
        (41, [3]),
        (42, []),
    ]
    assert [p.position for p in paragraphs[:2]] == [Position.SUPPORTED, Position.PENDING]
    assert warnings == []


def test_heading_cut_over_two_lines_and_item_numbers_on_lines_of_their_own():
    rows = [
        Row("II. Conclusions and/or recommendations ......... 85-86 20"),  # the contents
        Row("II. Conclusions and/or", page=14),
        Row("recommendations\u00b2", page=14),
        Row("85. The following recommendations did not enjoy the support of Peru:", page=14),
        Row("1.", page=14),
        Row("To abolish the death penalty (Italy);", page=14),
        Row("2. To ratify the Statute (Spain);", page=14),
        Row("** Conclusions and recommendations have not been edited", page=14),
        Row("and this line belongs to the note", page=14),
        Row("86. All conclusions and/or recommendations contained in the report", page=15),
        Row("III. Voluntary pledges and commitments", page=15),
        Row("1. Peru pledged to do more.", page=15),
    ]
    paragraphs, _ = group(rows)
    assert [p.number for p in paragraphs] == [85, 86]
    assert paragraphs[0].position == Position.NOTED
    assert paragraphs[0].items == [
        (1, ["", "To abolish the death penalty (Italy);"]),
        (2, ["To ratify the Statute (Spain);"]),
    ]


def test_a_later_paragraph_may_give_the_position_of_the_items_before_it():
    rows = [
        Row("II. CONCLUSIONS AND/OR RECOMMENDATIONS"),
        Row("60. In the course of the discussion, the following recommendations were made"),
        Row("to Bahrain:"),
        Row("1. To consider ratifying the Convention (Mexico);"),
        Row("61. The response of Bahrain to these recommendations will be included in the"),
        Row("outcome report adopted by the Human Rights Council at its eighth session."),
    ]
    paragraphs, _ = group(rows)
    assert paragraphs[0].position == Position.PENDING
    assert paragraphs[0].items == [(1, ["To consider ratifying the Convention (Mexico);"])]


# --- marks on headings and symbols ------------------------------------------------


@pytest.mark.parametrize(
    "heading",
    [
        "II. Conclusions and/or recommendations",
        "II. Conclusions and/or recommendations**",
        "II. Conclusions and/or recommendations\u2217\u2217",
        "II. Conclusions and/or recommendations\u204e",
        "II. Conclusions and/or recommendations\u00b9",
        "II. CONCLUSIONS AND/OR RECOMMENDATIONS",
        "Conclusions and recommendations",
    ],
)
def test_conclusions_headings(heading):
    assert is_heading(heading)


def test_not_headings():
    assert not is_heading("The conclusions and recommendations have not been edited.")
    assert not is_heading("II. Conclusions and/or recommendations ........ 111–112 14")


@pytest.mark.parametrize(
    "symbol", ["A/HRC/11/17*", "A/HRC/27/3\u2217", "A/HRC/8/25 \u204e", "A/HRC/8/25\u00b9"]
)
def test_symbol_line_with_marks(symbol):
    text = f"{symbol}\nGeneral Assembly\nReport of the Working Group on the Universal Periodic Review\nChile"
    assert kind_from_title_text(text) == "wg_report"


def test_statements():
    cases = {
        "The recommendations formulated during the interactive dialogue have been examined by "
        "Slovenia and the recommendations listed below enjoy the support of Slovenia:": (
            Position.SUPPORTED,
            "enjoy the support of Slovenia",
        ),
        "The following recommendations will be examined by Bolivia (Plurinational State of), "
        "which will provide responses in due time": (
            Position.PENDING,
            "will be examined by Bolivia (Plurinational State of)",
        ),
        "The following recommendations did not enjoy the support of the United Kingdom of Great "
        "Britain and Northern Ireland:": (
            Position.NOTED,
            "did not enjoy the support of the United Kingdom of Great Britain and Northern Ireland",
        ),
        "The following recommendations were noted by Chile:": (
            Position.NOTED,
            "were noted by Chile",
        ),
        "All conclusions and/or recommendations contained in the present report reflect the "
        "position of the submitting State(s) and/or the State under review.": (None, None),
    }
    for intro, expected in cases.items():
        assert statement(intro) == expected, intro


def test_stray_spaces_in_state_names():
    assert canonical_state("Sierra Le one") == "Sierra Leone"
    assert (
        canonical_state("Bolivia (Plurinational S tate of)") == "Bolivia (Plurinational State of)"
    )
    assert canonical_state("Iran (Islamic Republic of )") == "Iran (Islamic Republic of)"
    assert canonical_state("SierraLeone") is None  # spaces lost, not added: no guess
    assert canonical_state("Guinea Bissau") is None
