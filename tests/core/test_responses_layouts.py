"""The State's responses (Add.1) in each layout: lists, answers in prose, tables."""

from __future__ import annotations

import io
from collections import Counter
from pathlib import Path

import pymupdf
import pytest

from reviewer.ingest.model import IngestError
from reviewer.recommendations import (
    RecommendationRecord,
    RegistryImport,
    detect_registry_kind,
    parse_registry,
)
from reviewer.recommendations.responses_prose import answer_position

UN = Path(__file__).parent.parent / "fixtures" / "un"
SVN1 = UN / "Slovenia-UPR1-A_HRC_14_15_Add.1-responses.pdf"
SVN2 = UN / "Slovenia-UPR2-A_HRC_28_15_Add.1-responses.pdf"
SVN4 = UN / "Slovenia-UPR4-A_HRC_59_15_Add.1-responses.pdf"

TITLE = [
    "A/HRC/99/1/Add.1",
    "Report of the Working Group on the Universal Periodic Review",
    "Slovenia",
    "Addendum",
    "Views on conclusions and/or recommendations, voluntary commitments",
]


def _parse(path: Path, **kwargs) -> RegistryImport:
    return parse_registry(path.read_bytes(), path.name, **kwargs)


def _by_number(result: RegistryImport) -> dict[str, RecommendationRecord]:
    numbers = [r.number for r in result.records]
    assert len(numbers) == len(set(numbers)), "a number appears twice"
    return {r.number: r for r in result.records}


def _pdf(lines: list[str]) -> bytes:
    doc = pymupdf.open()
    page = doc.new_page()
    y = 72
    for line in lines:
        if y > 780:
            page, y = doc.new_page(), 72
        page.insert_text((72, y), line, fontsize=10)
        y += 14
    return doc.tobytes()


# --- lists ---------------------------------------------------------------------


@pytest.fixture(scope="module")
def svn4() -> RegistryImport:
    return _parse(SVN4)


def test_svn4_full_stops_and_words_before_the_list(svn4):
    by = _by_number(svn4)
    assert svn4.symbol == "A/HRC/59/15" and svn4.document_symbol == "A/HRC/59/15/Add.1"
    assert list(by) == [f"140.{n}" for n in range(1, 255)]  # none missing, none doubled
    assert Counter(r.position for r in svn4.records) == {"supported": 217, "noted": 37}
    assert svn4.warnings == ()  # "of which 217 are supported and 37 noted" agrees
    # "140.34, 140.35. 140.36, 140.39" and "140.136.\n140.137": a full stop between items
    for n in (35, 36, 41, 42, 116, 117, 136, 137, 160, 161, 226, 227, 254):
        assert by[f"140.{n}"].position == "supported"
        assert by[f"140.{n}"].position_source == "A/HRC/59/15/Add.1 - Para. 3"
    # "accepts the following recommendations and provides some additional information
    # about the implementation: 140.11, 140.12, …"
    assert by["140.11"].position == "supported"
    assert by["140.11"].position_source == "A/HRC/59/15/Add.1 - Para. 4"
    assert by["140.252"].position_source == "A/HRC/59/15/Add.1 - Para. 4"
    assert by["140.1"].position == by["140.253"].position == "noted"


def test_svn4_explanations_under_number_lines(svn4):
    by = _by_number(svn4)
    # "140.11-14" heads an explanation; the list's own last line "140.254." does not
    assert by["140.14"].comment.startswith("The 1961 Convention on the Reduction")
    assert by["140.254"].comment is None
    # "140.82-85, 87" and "140.120, 209": a bare number shares the paragraph before it
    assert by["140.87"].comment == by["140.82"].comment
    assert by["140.209"].comment.startswith("Slovenia has increased the number of places")
    # "140.1-6" follows "… wishes to provide the following information:"
    assert by["140.6"].comment.startswith("Ratification of the Convention is not a priority")


def test_svn2_lists_still_read():
    result = _parse(SVN2)
    by = _by_number(result)
    assert set(by) == {f"115.{n}" for n in range(1, 164)}
    assert Counter(r.position for r in result.records) == {"supported": 142, "noted": 21}
    assert result.warnings == ()
    assert all(by[f"115.{n}"].position == "supported" for n in (14, 15, 16))  # "14–\n16"


def test_list_forms_cut_by_lines_and_stops():
    lines = [
        *TITLE,
        "1. The Government accepts 10 recommendations and notes 4 recommendations.",
        "2. The Government accepts the recommendations 122.60, 122.62-",
        "66. 122.70 and 122.71.",
        "3. The recommendations 122.1 to 122.3 do not enjoy the support of Slovenia.",
        "4. Recommendations 122.80 (Chile), 122.81 (Peru) are accepted.",
        "5. The Government takes note of the following recommendations, which it",
        "considers already covered by the Constitution: 122.90.",
        "2.1 Background",
    ]
    result = parse_registry(_pdf(lines), "x.pdf")
    by = _by_number(result)
    assert list(by) == [
        "122.1", "122.2", "122.3",
        "122.60", "122.62", "122.63", "122.64", "122.65", "122.66", "122.70", "122.71",
        "122.80", "122.81", "122.90",
    ]  # fmt: skip
    assert [by[f"122.{n}"].position for n in (1, 60, 66, 71, 80, 90)] == [
        "noted", "supported", "supported", "supported", "supported", "noted"
    ]  # fmt: skip
    assert result.warnings == ()


def test_lists_in_a_docx_whose_paragraphs_word_numbers():
    """Word's automatic numbering leaves no "3." in the text: lists follow headings."""
    import docx

    document = docx.Document()
    for line in TITLE:
        document.add_paragraph(line)
    for line in [
        "I. Accepted recommendations",
        "The Government accepts the following recommendations:",
        "122.1, 122.2, 122.5",
        "II. Recommendations that did not enjoy the support",
        "of Slovenia",
        "122.3, 122.4",
        "III. Other answers",
        "Slovenia partially accepts the following: 122.6 and 122.7.",
    ]:
        document.add_paragraph(line)
    buf = io.BytesIO()
    document.save(buf)
    result = parse_registry(buf.getvalue(), "r.docx")
    assert result.kind == "responses"
    assert {n: r.position for n, r in _by_number(result).items()} == {
        "122.1": "supported",
        "122.2": "supported",
        "122.3": "noted",
        "122.4": "noted",
        "122.5": "supported",
        "122.6": "partially",
        "122.7": "partially",
    }
    assert _by_number(result)["122.1"].position_source == "A/HRC/99/1/Add.1"


# --- answers in prose, item by item (1st cycle) ------------------------------------


@pytest.fixture(scope="module")
def svn1() -> RegistryImport:
    return _parse(SVN1, paragraph=111)


def test_svn1_prose_items(svn1):
    by = _by_number(svn1)
    assert svn1.symbol == "A/HRC/14/15" and svn1.document_symbol == "A/HRC/14/15/Add.1"
    assert list(by) == [f"111.{n}" for n in range(1, 98)]
    assert Counter(r.position for r in svn1.records) == {
        "supported": 89,
        "partially": 3,
        "noted": 3,
        "pending": 1,
        None: 1,
    }
    # 1: "cannot, at this point in time, make a definitive statement" → still to be examined
    assert by["111.1"].position == "pending"
    assert by["111.2"].position == by["111.4"].position == "supported"
    # 3: accepts No. 174, no definitive statement on No. 118
    assert by["111.3"].position == "partially"
    # "5., 6., 7., 8., 9." one answer for five items
    assert {by[f"111.{n}"].position for n in range(5, 10)} == {"supported"}
    assert len({by[f"111.{n}"].comment for n in range(5, 10)}) == 1
    # "40., 41., 42.," … "43., 44." and "77., 78., 79., 82.," … "83., 85., 86., 87."
    assert {by[f"111.{n}"].position for n in (40, 43, 44, 77, 83, 87)} == {"supported"}
    assert by["111.83"].comment.startswith("Slovenia accepts these recommendations and refers")
    # "accepts … cannot accept …" in one answer
    assert by["111.32"].position == by["111.58"].position == "partially"
    # "cannot accept", "does not accept"
    assert [by[f"111.{n}"].position for n in (84, 88, 93)] == ["noted"] * 3
    # 15 "agrees with the importance of …": no sentence about the recommendation
    assert by["111.15"].position is None and by["111.15"].comment.startswith("Slovenia agrees")
    assert svn1.warnings == (
        "item 15: no sentence says whether the State accepts it; position left unknown",
    )


def test_svn1_position_source_keeps_the_sentence(svn1):
    by = _by_number(svn1)
    assert by["111.2"].position_source == (
        'A/HRC/14/15/Add.1, item 2: "Slovenia accepts the recommendation."'
    )
    assert by["111.1"].position_source == (
        'A/HRC/14/15/Add.1, item 1: "Slovenia cannot, at this point in time, make a '
        'definitive statement."'
    )
    three = by["111.3"].position_source
    assert three.startswith('A/HRC/14/15/Add.1, item 3: "The Slovenian Government accepts')
    assert "(No. 174)." in three and "(No. 118)." in three and "definitive statement" in three
    assert by["111.7"].position_source == (
        'A/HRC/14/15/Add.1, items 5–9: "The Slovenian Government accepts these recommendations."'
    )
    assert by["111.93"].position_source == (
        'A/HRC/14/15/Add.1, item 93: "Slovenia cannot accept the recommendation."'
    )
    assert all(len(r.position_source or "") < 400 for r in svn1.records)


def test_svn1_needs_the_paragraph_it_counts():
    with pytest.raises(IngestError, match=r"items 1\., 2\., 3\. … without saying which"):
        _parse(SVN1)


def test_the_paragraph_said_in_the_text_is_used():
    lines = [
        *TITLE,
        "The answers below follow the list in paragraph 86 of the Report.",
        "1. Slovenia accepts the recommendation.",
        "2. Slovenia does not accept this recommendation.",
        "3. Accepted.",
    ]
    by = _by_number(parse_registry(_pdf(lines), "x.pdf"))
    assert {n: r.position for n, r in by.items()} == {
        "86.1": "supported",
        "86.2": "noted",
        "86.3": "supported",
    }


def test_prose_answers_headed_by_full_numbers():
    lines = [
        *TITLE,
        "Recommendation 90.1 (Brazil): Accepted. The law was amended in 2014.",
        "Recommendation 90.2 (Chile): Not accepted. The Constitution forbids it.",
        "Recommendations 90.3-90.4: Slovenia accepts these recommendations in part, except",
        "for the request to adopt a new law.",
    ]
    result = parse_registry(_pdf(lines), "x.pdf")
    by = _by_number(result)
    assert {n: r.position for n, r in by.items()} == {
        "90.1": "supported",
        "90.2": "noted",
        "90.3": "partially",
        "90.4": "partially",
    }
    assert by["90.2"].position_source == 'A/HRC/99/1/Add.1, item 90.2: "Not accepted."'
    assert by["90.1"].comment == "Accepted. The law was amended in 2014."


@pytest.mark.parametrize(
    ("text", "position"),
    [
        ("Slovenia accepts the recommendation and notes that it has already acted.", "supported"),
        ("Slovenia cannot, at this stage, accept this recommendation.", "noted"),
        ("The Government takes note of the recommendation.", "noted"),
        ("Slovenia accepts the recommendation, but not the part on X.", "partially"),
        ("Slovenia partially accepts the recommendation.", "partially"),
        ("The recommendation is under consideration.", "pending"),
        ("Slovenia welcomes the initiative.", None),
    ],
)
def test_answer_position(text, position):
    assert answer_position(text)[0] == position


def test_numbered_paragraphs_are_not_answers():
    """A document's own "1.", "2." paragraphs with no list are not items answered."""
    lines = [
        *TITLE,
        "1. This document contains the response of the Government.",
        "2. Slovenia accepts 150 recommendations and notes 20 recommendations.",
        "3. The Government accepts the following recommendations in full.",
    ]
    with pytest.raises(IngestError, match="no lists of accepted or noted recommendations"):
        parse_registry(_pdf(lines), "x.pdf", paragraph=80)


# --- tables ------------------------------------------------------------------------

ROWS = [
    ("99.1 Ratify the ICRMW (Brazil)", "Noted", "Not a priority for Slovenia."),
    ("99.2 Adopt a national action plan (Chile)", "Supported", ""),
    ("99.3 Strengthen the Ombudsman (Peru)", "Partially supported", "Funding has increased."),
    ("99.4 Combat hate speech (Mali)", "Supported. Already implemented.", "See 99.2."),
]


def _docx(header: list[str], rows: list[tuple[str, ...]], group: str | None = None) -> bytes:
    import docx

    document = docx.Document()
    for line in TITLE:
        document.add_paragraph(line)
    document.add_paragraph("1. The position of Slovenia on each recommendation is set out below.")
    table = document.add_table(rows=1, cols=len(header))
    for cell, text in zip(table.rows[0].cells, header, strict=True):
        cell.text = text
    if group:
        row = table.add_row()
        merged = row.cells[0].merge(row.cells[-1])
        merged.text = group
    for values in rows:
        for cell, text in zip(table.add_row().cells, values, strict=True):
            cell.text = text
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def _table_pdf(header: list[str], rows: list[tuple[str, ...]]) -> bytes:
    """A bordered table as Word prints one: header row, then one row per recommendation."""
    doc = pymupdf.open()
    page = doc.new_page()
    y = 60
    for line in TITLE:
        page.insert_text((57, y), line, fontsize=11)
        y += 16
    widths = [200, 110, 190]
    x0 = 57
    y += 10
    for values, height in [(tuple(header), 24), *((r, 44) for r in rows)]:
        x = x0
        for text, width in zip(values, widths, strict=True):
            rect = pymupdf.Rect(x, y, x + width, y + height)
            page.draw_rect(rect, color=(0, 0, 0), width=0.7)
            page.insert_textbox(rect + (3, 3, -3, -3), text, fontsize=9)
            x += width
        y += height
    return doc.tobytes()


def _check_table(result: RegistryImport, source: str = "table") -> None:
    by = _by_number(result)
    assert list(by) == ["99.1", "99.2", "99.3", "99.4"]
    assert [by[n].position for n in by] == ["noted", "supported", "partially", "supported"]
    assert by["99.1"].comment == "Not a priority for Slovenia."
    assert by["99.2"].comment is None
    assert by["99.1"].position_source == f'A/HRC/99/1/Add.1, {source}: "Noted"'
    assert by["99.4"].position_source == (
        f'A/HRC/99/1/Add.1, {source}: "Supported. Already implemented."'
    )


def test_table_docx():
    data = _docx(["Recommendation", "Position", "Comments"], ROWS)
    assert detect_registry_kind(data, "r.docx") == "responses"  # the title page wins
    _check_table(parse_registry(data, "r.docx"))


def test_table_docx_with_number_column_and_group_heading():
    rows = [
        ("1", "", "Not a priority for Slovenia."),
        ("2–3", "Supported", ""),
    ]
    data = _docx(["No.", "Response", "Explanation"], rows, group="Noted recommendations")
    result = parse_registry(data, "r.docx", paragraph=99)  # found by its title page
    by = _by_number(result)
    assert {n: r.position for n, r in by.items()} == {
        "99.1": "noted",
        "99.2": "supported",
        "99.3": "supported",
    }
    assert by["99.1"].position_source == 'A/HRC/99/1/Add.1, table, under "Noted recommendations"'


def test_table_pdf():
    data = _table_pdf(["Recommendation", "Position", "Comments"], ROWS)
    result = parse_registry(data, "r.pdf")
    assert result.kind == "responses"
    _check_table(result)


def test_table_pdf_range_cut_by_a_line_break():
    # (a hyphen: the PDF's base-14 font has no en dash)
    rows = [("Recs. 99.1-\n99.3", "Noted", "See the national report."), *ROWS[3:]]
    data = _table_pdf(["Recommendation No.", "Position", "Remarks"], rows)
    by = _by_number(parse_registry(data, "r.pdf"))
    assert {n: r.position for n, r in by.items()} == {
        "99.1": "noted",
        "99.2": "noted",
        "99.3": "noted",
        "99.4": "supported",
    }


# --- nothing found -------------------------------------------------------------------


def test_responses_without_any_position_name_what_was_looked_for():
    data = _pdf([*TITLE, "1. Slovenia thanks the delegations for their statements."])
    with pytest.raises(IngestError) as caught:
        parse_registry(data, "x.pdf")
    reason = str(caught.value)
    assert "no lists of accepted or noted recommendations" in reason
    assert "table" in reason and "numbered answers" in reason
