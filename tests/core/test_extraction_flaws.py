"""Extraction flaws seen on real UN documents, each checked on a fixture that shows it
and on a small document built here in the same layout family.

1. four-digit paragraph labels (council session reports run past paragraph 1000);
2. "paragraph 15 (a)" broken over two lines is text, not list item (a);
3. running headers over the right-hand column of two-column pages; contents pages;
4. the space a footnote-marker span carries; note numbers printed in body type;
5. compounds hyphenated at a line end ("gender-\\nbased") keep their hyphen;
6. italic and other-face sub-headings; "A. Introduction" alike in Markdown, Word, PDF.
"""

from __future__ import annotations

import io
import re
from functools import cache
from pathlib import Path

import docx
import pymupdf
import pytest

from reviewer.ingest import parse_bytes
from reviewer.ingest.model import ParsedDocument
from reviewer.ingest.pdf import parse_pdf
from reviewer.ingest.pdf_contents import is_entry
from reviewer.ingest.pdf_text import Vocabulary, join_lines, lexicon
from reviewer.vocabulary import ParagraphKind

FIXTURES = Path(__file__).parent.parent / "fixtures"
ROOT = Path(__file__).parents[2]
COUNCIL_REPORT = next(
    (
        p
        for p in (
            ROOT / "bench" / "data" / "A_HRC_28_2-council-session-report-181p.pdf",
            ROOT.parent
            / "shared"
            / "fixtures"
            / "bench"
            / "A_HRC_28_2-council-session-report-181p.pdf",
        )
        if p.exists()
    ),
    None,
)
SVN_WG = FIXTURES / "un" / "Slovenia-UPR2-A_HRC_28_15-working-group-report.pdf"
SVN_SUMMARY = FIXTURES / "un" / "Slovenia-UPR2-A_HRC_WG.6_20_SVN_3-stakeholder-summary.pdf"
LEADERS = re.compile(r"\.{5,}|(?:\. ){5,}|\u2026\u2026")


@cache
def council_report() -> ParsedDocument:
    if COUNCIL_REPORT is None:
        pytest.skip("the 181-page council report is not present")
    return parse_pdf(COUNCIL_REPORT.read_bytes(), COUNCIL_REPORT.name)


@cache
def fixture(path: Path) -> ParsedDocument:
    return parse_pdf(path.read_bytes(), path.name)


def by_text(doc: ParsedDocument, start: str):
    return next(p for p in doc.paragraphs if p.text.startswith(start))


# --- building PDFs ------------------------------------------------------------------


class Page:
    """Writes text on a PDF page line by line, the way Word lays out a UN document."""

    def __init__(self, doc: pymupdf.Document, width: float = 595, height: float = 842):
        self.page = doc.new_page(width=width, height=height)
        self.y = 100.0

    def line(self, text: str, x: float = 113, size: float = 10, font: str = "tiro") -> None:
        self.page.insert_text((x, self.y), text, fontsize=size, fontname=font)
        self.y += size * 1.2

    def gap(self, points: float = 12) -> None:
        self.y += points

    def runs(self, parts: list[tuple[str, float, float]], x: float = 113) -> None:
        """One line from (text, size, rise) runs: raised small runs are note markers."""
        for text, size, rise in parts:
            self.page.insert_text((x, self.y - rise), text, fontsize=size, fontname="tiro")
            x += pymupdf.get_text_length(text, fontname="tiro", fontsize=size)
        self.y += 12


def pdf(pages: list[list]) -> bytes:
    """A PDF from pages of lines: a string, (x, text), (x, text, font) or None (a gap)."""
    doc = pymupdf.open()
    for lines in pages:
        page = Page(doc)
        for item in lines:
            if item is None:
                page.gap()
            elif isinstance(item, str):
                page.line(item)
            else:
                page.line(item[1], x=item[0], font=item[2] if len(item) > 2 else "tiro")
    return doc.tobytes()


def parse(data: bytes) -> ParsedDocument:
    return parse_pdf(data, "built.pdf")


# --- 1. four-digit paragraph labels -------------------------------------------------


def test_council_report_paragraphs_run_past_one_thousand():
    doc = council_report()
    nums = [int(p.label) for p in doc.paragraphs if p.kind == "body" and (p.label or "").isdigit()]
    assert nums == list(range(1, len(nums) + 1))
    assert max(nums) >= 1000
    p1001 = next(p for p in doc.paragraphs if p.label == "1001")
    assert not p1001.text.startswith("1001")
    assert not any(re.match(r"1\d{3}\. [A-Z]", p.text) for p in doc.paragraphs)


def test_four_digit_labels_carry_on_the_numbering_and_years_stay_text():
    page1: list = []
    for n in (998, 999):
        page1 += [
            f"{n}. At the same meeting, the representative of State {n} made a statement",
            "as the State concerned and answered the questions asked by the members.",
            None,
        ]
    page1 += [
        "1000. At the same meeting, the Council adopted the draft resolution without a",
        "vote, as orally revised, after the representatives of several States made",
        "general comments in explanation of vote before the vote, and the President",
    ]
    page2 = [
        "closed the meeting, which had opened on 27 March and ended on 30 March",
        "2015. The Council then adjourned its meeting until the following session",
        "of the year, when the reports were to be considered by the members.",
        None,
        "1001. Also at the same meeting, the President made a statement on the dates",
        "of the next session and on the reports to be considered at that session.",
    ]
    doc = parse(pdf([page1, page2]))
    labels = [p.label for p in doc.paragraphs]
    assert labels == ["998", "999", "1000", "1001"]
    p1000 = doc.paragraphs[2]
    assert "ended on 30 March 2015. The Council then adjourned" in p1000.text
    assert (p1000.page_start, p1000.page_end) == (1, 2)


def test_four_digit_labels_in_word_and_text_files():
    word = docx.Document()
    for n in (999, 1000, 1001):
        word.add_paragraph(f"{n}. At the same meeting, statement number {n} was made.")
    word.add_paragraph("2015. The year of the review.")
    buf = io.BytesIO()
    word.save(buf)
    doc = parse_bytes(buf.getvalue(), "report.docx")
    assert [p.label for p in doc.paragraphs] == ["999", "1000", "1001", None]
    assert doc.paragraphs[-1].text.startswith("2015. The year")
    text = (
        "999. At the meeting, the Council adopted the resolution tabled on 30 March\n"
        "2015. The Council then adjourned.\n\n"
        "1000. At the same meeting.\n\n1001. Also at the meeting.\n"
    )
    assert [p.label for p in parse_bytes(text.encode(), "r.txt").paragraphs] == [
        "999",
        "1000",
        "1001",
    ]
    assert (
        "on 30 March 2015. The Council then"
        in parse_bytes(text.encode(), "r.txt").paragraphs[0].text
    )


# --- 2. "paragraph 15 (a)" over two lines ---------------------------------------------


def test_reference_letter_at_a_page_break_continues_the_paragraph():
    page1 = [
        "1. The following documents were issued for the review, in accordance with",
        "paragraph 15 (a) of the annex to resolution 5/1 and with the decisions taken",
        "by the Council at its previous sessions.",
        None,
        "2. A national report was submitted in accordance with paragraph 15",
    ]
    page2 = [
        "(a) of the annex to resolution 5/1 and paragraph 5 of the annex to resolution 16/21.",
        None,
        "3. A list of questions was transmitted:",
        None,
        (142, "(a) First question;"),
        None,
        (142, "(b) Second question."),
    ]
    doc = parse(pdf([page1, page2]))
    assert [(p.label, p.kind) for p in doc.paragraphs] == [
        ("1", "body"),
        ("2", "body"),
        ("3", "body"),
        ("(a)", "list_item"),
        ("(b)", "list_item"),
    ]
    p2 = doc.paragraphs[1]
    assert p2.text.endswith(
        "paragraph 15 (a) of the annex to resolution 5/1 and paragraph 5 of "
        "the annex to resolution 16/21."
    )
    assert (p2.page_start, p2.page_end) == (1, 2)


def test_reference_letter_ending_a_justified_line_is_text():
    doc = pymupdf.open()
    page = Page(doc)
    page.line("1. The documents listed below were issued for the review in accordance with")
    # a justified line: "(a)" set apart at the right margin, in a span of its own
    page.page.insert_text(
        (113, page.y), "the rules of procedure and with paragraph 15", fontsize=10
    )
    page.page.insert_text((463, page.y), "(a)", fontsize=10, fontname="tiro")
    page.y += 12
    page.line("of the annex to resolution 5/1 and the decision taken by the Council at its")
    page.line("previous session.")
    page.gap()
    page.line("2. A list of questions was transmitted to the State.")
    parsed = parse(doc.tobytes())
    assert [(p.label, p.kind) for p in parsed.paragraphs] == [("1", "body"), ("2", "body")]
    assert "with paragraph 15 (a) of the annex to resolution 5/1" in parsed.paragraphs[0].text


def test_reference_letter_in_a_text_file_continues_the_paragraph():
    text = (
        "3. The following documents were issued for the review:\n"
        "(a) A national report submitted in accordance with paragraph 15 (a)\n"
        "(A/HRC/WG.6/19/NOR/1);\n"
        "(b) A compilation prepared in accordance with paragraph 15\n"
        "(b) of the annex (A/HRC/WG.6/19/NOR/2);\n"
        "(c) A summary prepared in accordance with article 5\n"
        "(c) of the Covenant.\n"
    )
    doc = parse_bytes(text.encode(), "wg.txt")
    assert [p.label for p in doc.paragraphs] == ["3", "a", "b", "c"]
    assert doc.paragraphs[2].text.endswith("paragraph 15 (b) of the annex (A/HRC/WG.6/19/NOR/2);")
    assert doc.paragraphs[1].text.endswith("paragraph 15 (a) (A/HRC/WG.6/19/NOR/1);")


def test_wg_report_lists_keep_their_items():
    doc = fixture(SVN_WG)
    items = [p for p in doc.paragraphs if p.label in ("(a)", "(b)", "(c)") and p.page_start == 3]
    assert [p.label for p in items] == ["(a)", "(b)", "(c)"]
    assert items[0].text.startswith("A national report") and "paragraph 15 (a)" in items[0].text


# --- 3. running headers on two-column pages; contents pages ---------------------------


def two_column_report() -> bytes:
    doc = pymupdf.open()
    first = Page(doc, 612, 792)
    first.page.insert_text((79, 48), "United Nations", fontsize=13, fontname="helv")
    first.page.insert_text((440, 48), "A/HRC/99/9", fontsize=13, fontname="helv")
    first.page.insert_text((79, 110), "Original: English", fontsize=10, fontname="helv")
    first.page.insert_text((79, 200), "Report of the Council", fontsize=16, fontname="hebo")
    first.page.insert_text(
        (132, 240), "1. The Council held its session.", fontsize=10, fontname="tiro"
    )
    for n in (2, 3, 4, 5):
        page = Page(doc, 612, 792).page
        # the symbol over the outer column: left on even pages, right on odd ones
        page.insert_text((488 if n % 2 else 79, 48), "A/HRC/99/9", fontsize=8.5, fontname="helv")
        page.insert_text((518 if n % 2 else 79, 763), str(n), fontsize=8.5, fontname="helv")
        for col, x in enumerate((79, 315)):
            y = 90.0
            for g in range(6):
                for i in range(3):
                    page.insert_text(
                        (x, y),
                        f"Organization {n}{col}{g}{i} for the Rights of Women and",
                        fontsize=9.4,
                        fontname="tiro",
                    )
                    y += 11.3
                y += 20
    return doc.tobytes()


def test_symbol_over_the_right_column_is_a_running_header():
    doc = parse(two_column_report())
    assert doc.symbol == "A/HRC/99/9"
    assert not any("A/HRC/99/9" in p.text for p in doc.paragraphs)
    assert not any(re.search(r"(?:^|\s)[2-5]$", p.text) for p in doc.paragraphs)
    assert any(p.page_start == 5 and "Organization 5" in p.text for p in doc.paragraphs)


def test_council_report_has_no_bare_symbol_and_one_contents_block():
    doc = council_report()
    assert not [p.text for p in doc.paragraphs if p.text.replace(" ", "") == "A/HRC/28/2"]
    assert not [p.text[:80] for p in doc.paragraphs if LEADERS.search(p.text)]
    contents = by_text(doc, "Contents")
    assert contents.kind == "heading"
    block = doc.paragraphs[doc.paragraphs.index(contents) + 1]
    assert block.label is None and block.kind == "body"
    assert (block.page_start, block.page_end) == (2, 3)
    lines = block.text.split("\n")
    assert "I. Resolutions 4" in lines and "B. Attendance 7" in lines
    assert "Page" not in lines
    assert [p for p in doc.paragraphs if p.page_start in (2, 3)] == [contents, block]


def test_wg_report_contents_page_is_one_block():
    doc = fixture(SVN_WG)
    page2 = [p for p in doc.paragraphs if p.page_start == 2]
    assert [p.kind for p in page2] == ["heading", "body"]
    block = page2[1]
    assert block.label is None
    assert block.text.split("\n")[:2] == [
        "Introduction 1–4 3",
        "I. Summary of the proceedings of the review process 5–114 3",
    ]
    # the sections themselves keep their labels, once each
    assert [p.label for p in doc.paragraphs if p.kind == "heading" and p.label in ("I", "II")] == [
        "I",
        "II",
    ]


def test_contents_entries_and_ordinary_text():
    assert is_entry("I. Introduction ........................ 1–5 3")
    assert is_entry("Annex ...................... 27")
    assert is_entry("Composition of the delegation . . . . . . . . . . 23")
    assert not is_entry("The State said... and the rest followed.")
    assert not is_entry("See A/HRC/28/2, para. 5.")
    page: list = ["Contents", None]
    for i, r in enumerate(["I", "II", "III", "IV"], start=3):
        page += [f"{r}. Section number {i} .................................... {i}", None]
    page += [None, "1. The report begins here and goes on as usual."]
    doc = parse(pdf([page]))
    kinds = [(p.label, p.kind) for p in doc.paragraphs]
    assert kinds[-1] == ("1", "body")
    block = next(p for p in doc.paragraphs if "Section number 3" in p.text)
    assert block.label is None
    assert block.text.split("\n") == [
        f"{r}. Section number {i} {i}" for i, r in enumerate(["I", "II", "III", "IV"], start=3)
    ]


# --- 4. note markers ----------------------------------------------------------------


def test_marker_span_keeps_the_space_it_carries():
    doc = pymupdf.open()
    page = Page(doc)
    page.runs(
        [
            ("1. Seven stakeholders made submissions", 10, 0),
            ("1 ", 6, 4),
            ("for the review of the State.", 10, 0),
        ]
    )
    page.runs([("The Committee noted the report", 10, 0), (" 2", 6, 4), (" and its annex.", 10, 0)])
    page.page.draw_line((113, 690), (200, 690), width=0.5)
    page.y = 705
    page.runs([("1", 6, 4), (" Submissions are on the website.", 8, 0)])
    page.runs([("2", 6, 4), (" A/HRC/28/2.", 8, 0)])
    parsed = parse(doc.tobytes())
    p = parsed.paragraphs[0]
    assert p.text.startswith("Seven stakeholders made submissions for the review of the State.")
    assert "submissionsfor" not in p.text
    assert "report and its annex" in p.text
    assert [(m.marker, p.text[: m.offset][-11:]) for m in p.markers] == [
        ("1", "submissions"),
        ("2", " the report"),
    ]


def notes_page(body: list[str], notes: list[tuple[str, str]]) -> bytes:
    doc = pymupdf.open()
    page = Page(doc)
    for line in body:
        if line.startswith("^"):  # a raised marker ending the line: "^text|3"
            text, mark = line[1:].split("|")
            page.runs([(text, 10, 0), (mark, 6, 4)])
        elif line:
            page.line(line)
        else:
            page.gap()
    page.page.draw_line((113, 650), (200, 650), width=0.5)
    page.y = 665
    for mark, text in notes:
        page.runs([(mark, 6, 4), (" " + text, 8, 0)])
    return doc.tobytes()


def test_full_size_note_numbers_are_tied_to_unclaimed_notes():
    data = notes_page(
        [
            "^1. The State ratified the Covenant.|1",
            "",
            "2. The State ratified the Convention.2 It reported in 2015.3 cases were heard,",
            "as para.3 of the report says.",
            "",
            "^3. The State adopted a strategy.|4",
            "",
            "4. The strategy covers 14 regions.5 More will follow.",
        ],
        [
            ("1", "Covenant."),
            ("2", "Convention."),
            ("3", "Report."),
            ("4", "Strategy."),
            ("5", "Regions."),
        ],
    )
    doc = parse(data)
    p2 = next(p for p in doc.paragraphs if p.label == "2")
    assert p2.text.startswith("The State ratified the Convention. It reported in 2015.3 cases")
    assert "para.3 of the report" in p2.text
    assert [(m.marker, p2.text[: m.offset]) for m in p2.markers] == [
        ("2", "The State ratified the Convention.")
    ]
    p4 = next(p for p in doc.paragraphs if p.label == "4")
    assert p4.text == "The strategy covers 14 regions. More will follow."
    assert [m.marker for m in p4.markers] == ["5"]
    claimed = sorted(m.marker for p in doc.paragraphs for m in p.markers)
    assert claimed == ["1", "2", "4", "5"]  # 3 stays unclaimed: "2015.3" is a number


def test_full_size_numbers_are_left_alone_without_notes():
    data = pdf([["1. The State ratified the Convention.2 It reported in 2015."]])
    doc = parse(data)
    assert doc.paragraphs[0].text == "The State ratified the Convention.2 It reported in 2015."
    assert doc.paragraphs[0].markers == ()


# --- 5. hyphens at line ends ----------------------------------------------------------


@pytest.mark.parametrize(
    ("left", "right", "joined"),
    [
        ("to combat gender-", "based violence", "to combat gender-based violence"),
        ("awareness-", "raising campaigns", "awareness-raising campaigns"),
        ("the follow-", "up to", "the follow-up to"),
        ("in decision-", "making", "in decision-making"),
        ("non-", "governmental organizations", "non-governmental organizations"),
        ("the post-", "conflict period", "the post-conflict period"),
        ("its anti-", "corruption body", "its anti-corruption body"),
        ("its twenty-", "eighth session", "its twenty-eighth session"),
        ("human rights-", "based approach", "human rights-based approach"),
        ("the co-", "sponsors", "the co-sponsors"),
        # line-break hyphens go
        ("sustainable develop-", "ment", "sustainable development"),
        ("the inter-", "national community", "the international community"),
        ("its co-", "operation with", "its cooperation with"),
        ("the pre-", "vention of", "the prevention of"),
        ("the so-", "cial situation", "the social situation"),
        ("were all-", "owed to", "were allowed to"),
        ("the ex-", "pert said", "the expert said"),
        ("the frame-", "work", "the framework"),
        # unchanged
        ("Timor-", "Leste", "Timor-Leste"),
        ("A/HRC/WG.6/19/", "NOR/1", "A/HRC/WG.6/19/NOR/1"),
    ],
)
def test_line_end_hyphens_in_a_short_document(left, right, joined):
    # a short document: neither half occurs anywhere else
    assert join_lines([left, right], Vocabulary([left, right])) == joined
    assert join_lines([left, right]) == joined


def test_the_documents_own_usage_comes_first():
    vocab = Vocabulary(["the co-operation of States", "a high-quality service"])
    assert join_lines(["its co-", "operation with"], vocab) == "its co-operation with"
    assert join_lines(["share high-", "quality resources"], vocab) == "share high-quality resources"


def test_compound_list_is_shipped_and_sound():
    lex = lexicon()
    assert len(lex.compounds) > 300 and len(lex.closed) > 100
    assert not {f"{w[:i]}-{w[i:]}" for w in lex.closed for i in range(1, len(w))} & lex.compounds
    assert all(w == w.lower() and " " not in w for w in lex.closed)


def test_compounds_survive_a_pdf_line_break():
    page = [
        "1. The State adopted a plan against gender-",
        "based violence and launched awareness-",
        "raising campaigns with non-",
        "governmental organizations as a follow-",
        "up to the review; its sustainable develop-",
        "ment strategy is new.",
    ]
    text = parse(pdf([page])).paragraphs[0].text
    assert "gender-based violence" in text and "awareness-raising campaigns" in text
    assert "non-governmental organizations" in text and "follow-up to" in text
    assert "sustainable development strategy" in text


# --- 6. headings ---------------------------------------------------------------------


def test_italic_one_line_sub_headings_are_headings():
    page = [
        (88, "B. Implementation of international human rights obligations", "tibo"),
        None,
        (92, "1. Equality and non-discrimination", "tibo"),
        None,
        (113, "Cross-cutting issues", "tiit"),
        None,
        "9. The Committee affirmed that substantial improvements were needed to ensure",
        "effective protection against discrimination in the country.",
        None,
        (113, "Right to health", "tiit"),
        None,
        "10. The Committee noted that the number of doctors had fallen in rural areas and",
        "that waiting times in hospitals were long.",
        None,
        "11. The Committee recommended that the State take further steps to ensure that",
        "access to health care is guaranteed to everybody living in the country.",
    ]
    doc = parse(pdf([page]))
    kinds = {p.text: (p.label, p.kind) for p in doc.paragraphs}
    assert kinds["Cross-cutting issues"] == (None, "heading")
    assert kinds["Right to health"] == (None, "heading")
    assert kinds["Equality and non-discrimination"] == ("1", "heading")
    assert kinds["Implementation of international human rights obligations"] == ("B", "heading")
    assert [p.label for p in doc.paragraphs if p.kind == "body"] == ["9", "10", "11"]


def test_council_report_italic_sub_headings():
    doc = council_report()
    haiti = by_text(doc, "Independent Expert on the situation of human rights in Haiti")
    assert haiti.kind == "heading" and haiti.label is None
    libya = by_text(
        doc, "Technical assistance and capacity-building to improve human rights in Libya"
    )
    assert libya.kind == "heading"
    assert by_text(doc, "[English, French and Spanish only]").kind == "body"


def test_stakeholder_summary_sub_headings():
    doc = fixture(SVN_SUMMARY)
    for text, label in [
        ("Background and framework", "A"),
        ("Institutional and human rights infrastructure and policy measures", None),
        ("Equality and non-discrimination", "1"),
        ("Right to health", "7"),
    ]:
        p = by_text(doc, text)
        assert (p.label, p.kind) == (label, "heading"), text


ONE = (
    "The report opens here: it describes the methods of work of the Working Group, the "
    "documents it considered and the meetings it held during the period under review."
)
TWO = (
    "The background of the review is set out here, with the recommendations the State "
    "received in the previous cycle and the steps it has taken since then to implement them."
)


def section_docs() -> dict[str, ParsedDocument]:
    md = f"# Report\n\nA. Introduction\n\n1. {ONE}\n\n## B. Background\n\n2. {TWO}\n"
    word = docx.Document()
    word.add_paragraph("Report", style="Title")
    word.add_paragraph("A. Introduction")
    word.add_paragraph(f"1. {ONE}")
    word.add_paragraph("B. Background", style="Heading 2")
    word.add_paragraph(f"2. {TWO}")
    buf = io.BytesIO()
    word.save(buf)
    built = pymupdf.open()
    page = Page(built)
    page.line("Report", x=72, size=16, font="hebo")
    page.gap()
    page.line("A. Introduction", x=72, font="helv")
    page.gap()
    for line in wrap(f"1. {ONE}"):
        page.line(line, x=72, font="helv")
    page.gap()
    page.line("B. Background", x=72, font="hebo")
    page.gap()
    for line in wrap(f"2. {TWO}"):
        page.line(line, x=72, font="helv")
    html = pymupdf.open()
    html.new_page().insert_htmlbox(
        pymupdf.Rect(72, 72, 400, 600),
        f"<p><b>Report</b></p><p>A. Introduction</p><p>1. {ONE}</p>"
        f"<p><b>B. Background</b></p><p>2. {TWO}</p>",
        css="p {font-family: sans-serif; font-size: 10pt; margin-bottom: 10pt}",
    )
    return {
        "md": parse_bytes(md.encode(), "report.md"),
        "docx": parse_bytes(buf.getvalue(), "report.docx"),
        "pdf": parse_bytes(built.tobytes(), "report.pdf"),
        "pdf-html": parse_bytes(html.tobytes(), "report-html.pdf"),
    }


def wrap(text: str, width: int = 80) -> list[str]:
    lines = [""]
    for word in text.split():
        if lines[-1] and len(lines[-1]) + 1 + len(word) > width:
            lines.append("")
        lines[-1] = f"{lines[-1]} {word}".strip()
    return lines


def test_section_heading_is_the_same_in_markdown_word_and_pdf():
    docs = section_docs()
    for fmt, doc in docs.items():
        intro = next(p for p in doc.paragraphs if "Introduction" in p.text)
        assert (intro.label, intro.kind, intro.text) == (
            "A",
            ParagraphKind.HEADING,
            "Introduction",
        ), fmt
        back = next(p for p in doc.paragraphs if "Background" in p.text)
        assert (back.label, back.kind, back.text) == ("B", ParagraphKind.HEADING, "Background"), fmt
        body = [(p.label, p.kind, p.text) for p in doc.paragraphs if p.kind == "body"]
        assert body == [("1", "body", ONE), ("2", "body", TWO)], fmt


def test_initials_opening_a_sentence_are_not_sections():
    page = [
        "J. Smith said that the law was adopted in 2015 and that it applied to everyone",
        "in the country.",
    ]
    doc = parse(pdf([page]))
    assert [(p.label, p.kind) for p in doc.paragraphs] == [(None, "body")]
    assert doc.paragraphs[0].text.startswith("J. Smith said")


def test_table_rows_and_italic_runs_in_another_face_are_not_headings():
    doc = pymupdf.open()
    page = Page(doc)
    for line in wrap(f"1. {ONE} {TWO}"):
        page.line(line)
    page.gap()
    for left, right in [("Ratify the Convention", "Supported"), ("Adopt a law", "Noted")]:
        page.page.insert_text((113, page.y), left, fontsize=10, fontname="helv")
        page.page.insert_text((380, page.y), right, fontsize=10, fontname="helv")
        page.y += 12
    page.gap()
    page.line("2. The State quoted the Constitution, whose article 14 reads, in the words of")
    page.line(
        "Everyone shall be guaranteed equal human rights and fundamental freedoms", font="tiit"
    )
    page.line(
        "irrespective of national origin, race, sex, language or religion, as the State said."
    )
    parsed = parse(doc.tobytes())
    table = [p for p in parsed.paragraphs if "Supported" in p.text or "Noted" in p.text]
    assert table and all(p.kind == "body" for p in table)
    p2 = next(p for p in parsed.paragraphs if p.label == "2")
    assert p2.kind == "body" and p2.text.endswith("as the State said.")
