"""reviewer.citations: symbols, recommendation numbers, footnotes.

Every rule of the product issue has a test here; the real fixtures (CANGO
submission, Slovenia UPR documents, context texts) are used where they hold a case.
"""

from __future__ import annotations

import re

import pytest

from reviewer.citations import (
    CitationRef,
    FootnoteCitation,
    find_citations,
    find_symbols,
    normalise_symbol,
    parse_citation_footnote,
)
from reviewer.citations.numbers import MAX_EXPANSION


def numbers(text: str) -> list[str]:
    return [r.number for r in find_citations(text)]


def kinds(text: str) -> set[str]:
    return {r.kind for r in find_citations(text)}


R45_49 = ["28.45", "28.46", "28.47", "28.48", "28.49"]


# --- report symbols -------------------------------------------------------------


@pytest.mark.parametrize(
    "text, symbol",
    [
        ("see A/HRC/40/6 here", "A/HRC/40/6"),
        ("see A/HRC/25/5.", "A/HRC/25/5"),
        ("(A/HRC/WG.6/20/SVN/1)", "A/HRC/WG.6/20/SVN/1"),
        ("A/HRC/28/15/Add.1", "A/HRC/28/15/Add.1"),
        ("A/HRC/ 40/ 6", "A/HRC/40/6"),  # PDF extraction: space after a slash
        ("A/HRC/40/\n6", "A/HRC/40/6"),  # … or a line break
        ("A/HRC/WG.6/20/ SVN/1", "A/HRC/WG.6/20/SVN/1"),
        ("a/hrc/40/6/ADD.1", "A/HRC/40/6/Add.1"),
        ("1A/HRC/40/6, 28.294", "A/HRC/40/6"),  # footnote marker glued in front
    ],
)
def test_find_symbols(text, symbol):
    found = find_symbols(text)
    assert [s for s, _, _ in found] == [symbol]
    _, start, end = found[0]
    assert normalise_symbol(text[start:end]) == symbol


def test_find_symbols_spans_and_order():
    text = "A/HRC/40/6 and its addendum A/HRC/40/6/Add.1."
    assert find_symbols(text) == [("A/HRC/40/6", 0, 10), ("A/HRC/40/6/Add.1", 28, 44)]


@pytest.mark.parametrize(
    "text", ["no symbol", "XA/HRC/40/6", "A/HRC/RES/16/21", "CRC/C/CHN/CO/3-4", "A/HRC/40"]
)
def test_find_symbols_rejects(text):
    assert find_symbols(text) == []


@pytest.mark.parametrize(
    "raw, folded",
    [
        ("A/HRC/40/6/ADD.1", "A/HRC/40/6/Add.1"),
        (" a/hrc/ 40 / 6 ", "A/HRC/40/6"),
        ("A/HRC/40/6/add-1", "A/HRC/40/6/Add.1"),
        ("A/HRC/40/6/Add\u20111", "A/HRC/40/6/Add.1"),
        ("a/hrc/wg.6/20/svn/1", "A/HRC/WG.6/20/SVN/1"),
        ("A/HRC/WG6/20/SVN/1", "A/HRC/WG.6/20/SVN/1"),
        ("A/HRC/40/6/Corr.1", "A/HRC/40/6/Corr.1"),
        ("A\u00adHRC", "AHRC"),  # soft hyphen dropped
    ],
)
def test_normalise_symbol(raw, folded):
    assert normalise_symbol(raw) == folded


# --- recommendation numbers -----------------------------------------------------


def test_decimal_with_and_without_trailing_dot():
    for text in ("recommendation 28.294", "recommendation 28.294.", "Working Group 28.294."):
        refs = find_citations(text)
        assert [r.number for r in refs] == ["28.294"]
        assert text[refs[0].start : refs[0].end] == "28.294"


def test_one_cue_governs_a_list():
    assert numbers("Suggestions 28.270, 28.271 and 28.274") == ["28.270", "28.271", "28.274"]
    assert numbers("paras. 28.1; 28.2; 28.3 and 28.4") == ["28.1", "28.2", "28.3", "28.4"]
    assert numbers("recommendations 28.1, 28.2, and 28.3") == ["28.1", "28.2", "28.3"]
    assert kinds("Suggestions 28.270, 28.271 and 28.274") == {"cued"}


@pytest.mark.parametrize(
    "text", ["28.45–28.49", "28.45-28.49", "28.45 to 28.49", "28.45–49", "28.45 – 28.49"]
)
def test_ranges_expand(text):
    assert numbers(f"recommendations {text}") == R45_49
    assert numbers(f"the Working Group {text}") == R45_49  # bare too
    refs = find_citations(f"recommendations {text}")
    assert {(r.start, r.end) for r in refs} == {(16, 16 + len(text))}  # the whole range


def test_a_cued_list_stays_within_one_paragraph_number():
    text = "Suggestions 28.45 and 28.47, 12.5 per cent of the budget"
    assert [(r.number, r.kind) for r in find_citations(text)] == [
        ("28.45", "cued"),
        ("28.47", "cued"),
    ]


def test_reversed_range_is_not_expanded():
    assert numbers("recommendations 28.49–28.45") == ["28.49", "28.45"]
    assert numbers("recommendations 31–30") == ["31", "30"]
    assert numbers("the Working Group 28.49–28.45") == []


def test_expansion_is_capped():
    assert numbers("recommendations 1–999") == ["1", "999"]
    assert len(numbers("recommendations 1–400")) == MAX_EXPANSION


@pytest.mark.parametrize(
    "text, expected",
    [
        ("recommendations 30–31, 54–56", ["30", "31", "54", "55", "56"]),
        ("recommendations 1–5, 14–16", ["1", "2", "3", "4", "5", "14", "15", "16"]),
        ("recommendations 150 – 152", ["150", "151", "152"]),
        ("recommendations 12, 14–\n16, 20", ["12", "14", "15", "16", "20"]),
        ("(recommendations 19, 21, 26, 63, 64)", ["19", "21", "26", "63", "64"]),
        ("Rec. 18 We consider", ["18"]),
        ("Recs. 6–8", ["6", "7", "8"]),
    ],
)
def test_short_numbers(text, expected):
    refs = find_citations(text)
    assert [r.number for r in refs] == expected
    assert all(r.short and r.kind == "cued" and r.symbol is None for r in refs)


@pytest.mark.parametrize(
    "cue",
    [
        "para.",
        "paras.",
        "Para.",
        "paragraph",
        "paragraphs",
        "recommendation",
        "recommendations",
        "Recommendation",
        "Recommendations",
        "Suggestion",
        "Suggestions",
        "suggestion",
        "suggestions",
        "rec.",
        "Rec.",
        "recs.",
        "recommendation No.",
        "recommendations:",
    ],
)
def test_cue_words(cue):
    assert [(r.number, r.kind) for r in find_citations(f"See {cue} 28.109 now")] == [
        ("28.109", "cued")
    ]
    assert [(r.number, r.short) for r in find_citations(f"See {cue} 30 now")] == [("30", True)]


@pytest.mark.parametrize(
    "text",
    ["28 countries", "in 30 provinces", "from 61 articles to 86 articles", "Article 30", "page 12"],
)
def test_integers_need_a_cue(text):
    assert find_citations(text) == []


def test_cue_must_be_a_whole_word():
    assert find_citations("the paragraphs.1 Next") == []
    assert find_citations("noted recommendations.1") == []
    assert find_citations("comparas 12") == []


# --- full citations -------------------------------------------------------------


@pytest.mark.parametrize(
    "text, numbers_",
    [
        ("A/HRC/40/6, 28.294", ["28.294"]),
        ("A/HRC/40/6, para. 28.294", ["28.294"]),
        ("A/HRC/40/6 (28.294)", ["28.294"]),
        ("(A/HRC/40/6), 28.294", ["28.294"]),
        ("A/HRC/40/6, paras. 28.45–28.49", R45_49),
        ("A/HRC/40/6, recommendations 28.45, 28.47 and 28.49", ["28.45", "28.47", "28.49"]),
        ("A/HRC/ 40/6, 28.294.", ["28.294"]),
    ],
)
def test_full_citations(text, numbers_):
    refs = find_citations(text)
    assert [r.number for r in refs] == numbers_
    assert all(r.kind == "full" and r.symbol == "A/HRC/40/6" and not r.short for r in refs)
    assert refs[0].start == text.index("A")
    assert refs[-1].end == text.rstrip(".").rindex(numbers_[-1].split(".")[1]) + len(
        numbers_[-1].split(".")[1]
    )


def test_full_citation_span_covers_symbol_and_number():
    text = "In A/HRC/40/6, 28.294: Continue"
    (ref,) = find_citations(text)
    assert ref == CitationRef("A/HRC/40/6", "28.294", 3, 21, "full", False)
    assert text[ref.start : ref.end] == "A/HRC/40/6, 28.294"


def test_full_citation_with_addendum_and_short_number():
    refs = find_citations("Source of position: A/HRC/28/15/Add.1 - Para. 3")
    assert [(r.symbol, r.number, r.kind, r.short) for r in refs] == [
        ("A/HRC/28/15/Add.1", "3", "full", True)
    ]


def test_symbol_without_number_is_no_citation():
    assert find_citations("A/HRC/40/6, 2018") == []
    assert find_citations("A/HRC/40/6, 28 countries") == []


def test_citations_come_in_text_order():
    text = "Suggestions 28.109 and 28.111; see also A/HRC/40/6, 28.294 and recommendation 5."
    assert [(r.number, r.kind) for r in find_citations(text)] == [
        ("28.109", "cued"),
        ("28.111", "cued"),
        ("28.294", "full"),
        ("5", "cued"),
    ]


# --- bare decimals and traps ----------------------------------------------------


def test_bare_decimal():
    (ref,) = find_citations("the report of the Working Group 28.294. For instance")
    assert (ref.symbol, ref.number, ref.kind, ref.short) == (None, "28.294", "bare", False)
    assert numbers("(28.294)") == ["28.294"]
    assert numbers("in line with 28.270, 28.271 and 28.274,") == ["28.270", "28.271", "28.274"]


@pytest.mark.parametrize(
    "text",
    [
        "28 countries",
        "28.5 per cent",
        "28.5%",
        "RMB1.2 billion",
        "9.68 million",
        "2011-2020",
        "(2017-2020)",
        "3.5 degrees",
        "US$ 2.5",
        "US$ 28.5",
        "$1.95m in 2024",
        "version 1.4.3",
        "on 12.05.2021",
        "on 30.9.2013",
        "Outcome 2.1",
        "OUTCOME XM-DAC-41146-CHN_D_1.1",
        "(Link to SN Output 1.4 and 1.5)",
        "Output 12.4 and 12.5",
        "section12.3",
        "see 4.2.1 above",
        "18.3million views",
        "a 7.1 magnitude earthquake",
        "18.2 per 100,000 population",
        "regional rate of 16.9 (WHO 2016)",
        "the European average is 19.3/100,000",
        "some 25.671 people",
        "approximately 30.000 people",
        "from 11.3% in 2009 to 13.5% in 2012",
        "increased from 12.5 to 14.3",
        "between 12.5 and 14.3",
        "Articles 1.9. 10, 15",
        "11.9 thousand positive comments",
        "at 10.30 am",
        "Table 12.3",
        "a 2.5-fold rise",
        "aged 15.5 years",
        "CHF 12.5",
        "0.5",
        "28.05",
        "Outcome 12.1",
        "GDP of 12.5",
        "Total 12.3 14.5 16.7",
        "2012 45.45 54.55",
        "SDG target 16.2",
        "Goal 16.2",
        "RMB 12.5 billion",
        "scored 15.5 out of 20",
        "Law No. 12.3",
    ],
)
def test_traps(text):
    assert find_citations(text) == []


# --- cues that cite something else ---------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "JS1, para. 4",
        "AI, p. 2",
        "HRW, paras. 12-14",
        "CRC/C/CHN/CO/3-4, para. 12",
        "33 CoE-CPT, para. 9.",
        "37 CoE-CPT, paras. 30 and 31.",
        "49 GIEACPC, para. 1.2. See also: EUAFR, p. 6",
        "18 Coe-CM: Resolution, para.2. See also : CoE-ACFC, p. 2.",
        "91 CoE-ACFC, p. 1 and para. 47.",
        "99 CoE-CM: Recommendation, para. 1-3.",
        "68 CoE-GRECO, para. 182. See also CoE-GRECO, 15-19 October 2012, paragraph 5.",
        "98 CoE-CEECRML, para. 37, 46, 59, and 62.",
        "JS1, recommendation 3",
        "in accordance with paragraph 5 of the annex to Human Rights Council resolution 16/21",
        "prepared in accordance with paragraph 15 (c) of the annex to Council resolution 5/1",
        "as set out in para. 4 above",
        "paragraphs 30 and 31 of the Convention",
    ],
)
def test_foreign_paragraph_cues(text):
    assert find_citations(text) == []


def test_recommendation_cues_survive_near_abbreviations():
    assert numbers("JS2 noted that recommendations 115.35 and 115.36 were not implemented") == [
        "115.35",
        "115.36",
    ]
    assert numbers("China, recommendation 28.5") == ["28.5"]
    assert numbers("CHINA: recommendations 28.1–28.3") == ["28.1", "28.2", "28.3"]
    assert numbers("UPR recommendations, paras. 28.1–28.3") == ["28.1", "28.2", "28.3"]
    assert numbers(
        "the recommendations contained in paragraphs 186.136 and 186.138 of the report"
    ) == [
        "186.136",
        "186.138",
    ]


def test_footnote_markers_left_in_text_do_not_cut_lists():
    assert numbers("Suggestions 28.109[^2] and 28.111[^3]") == ["28.109", "28.111"]
    assert numbers("Suggestions 28.45<sup>4</sup>, 28.47<sup>5</sup>") == ["28.45", "28.47"]


def test_no_digit_no_work():
    assert find_citations("") == []
    assert find_citations("recommendations about women's rights") == []


# --- footnotes ------------------------------------------------------------------


def test_footnote_with_text_and_state():
    text = (
        "A/HRC/40/6, 28.294: Continue taking measures for improving women\u2019s development, "
        "including the participation of women in public affairs (India)."
    )
    assert parse_citation_footnote(text) == [
        FootnoteCitation(
            "A/HRC/40/6",
            "28.294",
            "Continue taking measures for improving women\u2019s development, including the "
            "participation of women in public affairs",
            ("India",),
        )
    ]


def test_footnote_states_from_the_un_list():
    (fc,) = parse_citation_footnote("A/HRC/40/6, 28.9: Do this (Uruguay) (Mali);")
    assert (fc.text, fc.states) == ("Do this", ("Uruguay", "Mali"))
    (fc,) = parse_citation_footnote(
        "A/HRC/40/6, 28.10: Protect the rights of persons (Bolivia (Plurinational State of))."
    )
    assert (fc.text, fc.states) == (
        "Protect the rights of persons",
        ("Bolivia (Plurinational State of)",),
    )
    (fc,) = parse_citation_footnote("A/HRC/40/6, 28.11: Ratify the Convention (Optional Protocol).")
    assert (fc.text, fc.states) == ("Ratify the Convention (Optional Protocol)", ())


def test_footnote_citing_numbers_without_text():
    assert parse_citation_footnote("See A/HRC/40/6, paras. 28.45–28.49.") == [
        FootnoteCitation("A/HRC/40/6", n, None, ()) for n in R45_49
    ]


def test_footnote_quoting_several_recommendations():
    got = parse_citation_footnote(
        "A/HRC/40/6, 28.45: Continue the Belt and Road Initiative (Pakistan); "
        "28.47: Further enhance cooperation in 2030 (Thailand)."
    )
    assert got == [
        FootnoteCitation(
            "A/HRC/40/6", "28.45", "Continue the Belt and Road Initiative", ("Pakistan",)
        ),
        FootnoteCitation(
            "A/HRC/40/6", "28.47", "Further enhance cooperation in 2030", ("Thailand",)
        ),
    ]


def test_footnote_quote_then_another_citation():
    got = parse_citation_footnote(
        "A/HRC/40/6, 28.294: Continue taking measures (India). See also A/HRC/25/5, para. 186.12."
    )
    assert got == [
        FootnoteCitation("A/HRC/40/6", "28.294", "Continue taking measures", ("India",)),
        FootnoteCitation("A/HRC/25/5", "186.12", None, ()),
    ]


def test_footnote_short_numbers_are_left_to_find_citations():
    text = "A/HRC/WG.6/20/SVN/1, para. 12; see also recommendations 53 and 71."
    assert parse_citation_footnote(text) == []
    assert [r.number for r in find_citations(text)] == ["12", "53", "71"]


def test_numbers_inside_a_quoted_text_are_not_citations():
    (fc,) = parse_citation_footnote(
        "A/HRC/40/6, 28.12: Implement paragraph 5 of resolution 16/21 and goal 12.5 by 2030 (Chile)."
    )
    assert fc.number == "28.12" and fc.states == ("Chile",)
    assert fc.text == "Implement paragraph 5 of resolution 16/21 and goal 12.5 by 2030"


@pytest.mark.parametrize(
    "text",
    [
        "JS1, para. 4",
        "AI, p. 2",
        "AI, pp. 1 and 3.",
        "CoE-CPT, paras. 30 and 31.",
        "GIEACPC, para. 1.2. See also: EUAFR, p. 6 (Fundamental rights: challenges and "
        "achievements in 2012 (June 2013), p. 123).",
        "EUAFR, p. 22 (National human Rights Institutions in the EU Member States - May 2010 -, pp. 50-",
        "Ibid.",
    ],
)
def test_footnotes_citing_stakeholders_give_nothing(text):
    assert parse_citation_footnote(text) == []


# --- the CANGO submission -------------------------------------------------------

CANGO_STATES = {
    "28.294": "India",
    "28.109": "Brunei Darussalam",
    "28.111": "Cameroon",
    "28.45": "Pakistan",
    "28.47": "Thailand",
    "28.49": "Fiji",
    "28.270": "Algeria",
    "28.271": "Comoros",
    "28.274": "Bangladesh",
    "28.330": "Dominican Republic",
    "28.287": "Malaysia",
}


@pytest.fixture
def cango_md(fixtures) -> str:
    return (fixtures / "cango" / "cango-upr4-submission.md").read_text(encoding="utf-8")


def _cango_paragraph(md: str, label: int) -> str:
    """A numbered paragraph with its footnote markers removed, as ingest gives it."""
    match = re.search(rf"^{label}\. (.*)$", md, re.MULTILINE)
    assert match
    return re.sub(r"\[\^\d+\]", "", match.group(1))


def test_cango_footnotes(cango_md):
    footnotes = re.findall(r"^\[\^(\d+)\]: (.*)$", cango_md, re.MULTILINE)
    assert len(footnotes) == 11
    seen = {}
    for _, text in footnotes:
        (fc,) = parse_citation_footnote(text)
        assert fc.symbol == "A/HRC/40/6"
        assert fc.text and fc.text[0].isupper() and not fc.text.endswith(("(", ")", ".", ";"))
        seen[fc.number] = fc.states
    assert seen == {n: (s,) for n, s in CANGO_STATES.items()}


@pytest.mark.parametrize(
    "label, expected, kind",
    [
        (2, ["28.294"], "bare"),
        (3, ["28.109", "28.111"], "cued"),
        (6, ["28.45", "28.47", "28.49"], "cued"),
        (8, ["28.270", "28.271", "28.274", "28.330"], "cued"),
        (12, ["28.287"], "cued"),
    ],
)
def test_cango_body_paragraphs(cango_md, label, expected, kind):
    text = _cango_paragraph(cango_md, label)
    refs = find_citations(text)
    assert [r.number for r in refs] == expected
    assert {r.kind for r in refs} == {kind}
    assert all(text[r.start : r.end] == r.number for r in refs)


def test_cango_paragraphs_without_citations(cango_md):
    for label in (1, 4, 5, 7, 9, 10, 11, 13, 14):
        assert find_citations(_cango_paragraph(cango_md, label)) == []
    intro = cango_md.split("\n", 1)[0]
    assert "9.68 million" in intro and find_citations(intro) == []


def test_cango_pdf_text_dump(fixtures):
    """The PDF-to-text dump keeps <sup>n</sup> markers; the citations still come out."""
    text = (fixtures / "cango" / "cango-upr4-submission.txt").read_text(encoding="utf-8")
    refs = find_citations(text)
    full = {r.number for r in refs if r.kind == "full"}
    assert full == set(CANGO_STATES)
    assert {r.symbol for r in refs if r.kind == "full"} == {"A/HRC/40/6"}
    inline = [r.number for r in refs if r.kind != "full"]
    assert sorted(inline) == sorted(CANGO_STATES)


# --- other real documents -------------------------------------------------------


def test_context_texts_cite_nothing(fixtures):
    """Real web text full of numbers: no cued or full refs, and no bare ones either."""
    paths = sorted((fixtures / "context").glob("*.txt"))
    assert len(paths) == 4
    for path in paths:
        for paragraph in path.read_text(encoding="utf-8").split("\n"):
            refs = find_citations(paragraph)
            assert refs == [], (path.name, paragraph[:80], refs)


def _pdf_text(fixtures, name: str) -> str:
    pymupdf = pytest.importorskip("pymupdf")
    with pymupdf.open(fixtures / "un" / name) as doc:
        return "\n".join(page.get_text() for page in doc)


def test_slovenia_responses_lists(fixtures):
    """Add.1 accepts 142 and notes 21 in short lists ("1–5, 14–\\n16", "150 – 152")."""
    text = _pdf_text(fixtures, "Slovenia-UPR2-A_HRC_28_15_Add.1-responses.pdf")

    def between(start: str, stop: str) -> list[str]:
        i = text.index(start)
        return numbers(text[i : text.index(stop, i)])

    accepted = between("accepts the recommendations 1", "II. Accepted") + between(
        "accepts the recommendations 18", "Rec. 18"
    )
    noted = between("notes \nrecommendations", "wishes")
    assert len(accepted) == len(set(accepted)) == 142
    assert len(noted) == 21
    assert sorted(int(n) for n in accepted + noted) == list(range(1, 164))


def test_slovenia_national_report_section_headings(fixtures):
    text = _pdf_text(fixtures, "Slovenia-UPR2-A_HRC_WG.6_20_SVN_1-national-report.pdf")
    i = text.index("(recommendations 30")
    assert numbers(text[i : text.index(")", i) + 1]) == ["30", "31", "54", "55", "56", "57"]
    refs = find_citations(text)
    assert {r.kind for r in refs} == {"cued"} and all(r.short for r in refs)
    assert not any(text[: r.start].rstrip().endswith("paragraph") for r in refs)


def test_slovenia_stakeholder_summary_cites_no_recommendation(fixtures):
    text = _pdf_text(fixtures, "Slovenia-UPR2-A_HRC_WG.6_20_SVN_3-stakeholder-summary.pdf")
    assert "CoE-CPT, para. 9" in text
    assert find_citations(text) == []


def test_slovenia_working_group_report_numbers(fixtures):
    text = _pdf_text(fixtures, "Slovenia-UPR2-A_HRC_28_15-working-group-report.pdf")
    bare = {r.number for r in find_citations(text) if r.kind == "bare"}
    assert bare == {f"115.{i}" for i in range(1, 164)}
