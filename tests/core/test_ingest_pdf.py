"""PDF import on the real fixtures: NGO submission printed from Word, UN documents.

The facts checked here come from fixtures/README.md and were verified by hand.
Synthetic PDFs (made with pymupdf inside the tests) cover what the fixtures do not:
encryption, scans, damaged files, two columns, a footnote running over a page.
"""

from __future__ import annotations

import re
from functools import cache
from pathlib import Path

import pymupdf
import pytest

from reviewer.ingest.model import IngestError, ParsedDocument
from reviewer.ingest.pdf import parse_pdf
from reviewer.ingest.pdf_text import Vocabulary, join_lines

FIXTURES = Path(__file__).parent.parent / "fixtures"
BENCH_PDF = (
    Path(__file__).parents[2] / "bench" / "data" / "A_HRC_28_2-council-session-report-181p.pdf"
)
CANGO = "cango/cango-upr4-submission.pdf"
SVN_NATIONAL = "un/Slovenia-UPR2-A_HRC_WG.6_20_SVN_1-national-report.pdf"
SVN_SUMMARY = "un/Slovenia-UPR2-A_HRC_WG.6_20_SVN_3-stakeholder-summary.pdf"
SVN_WG = "un/Slovenia-UPR2-A_HRC_28_15-working-group-report.pdf"
SVN_RESPONSES = "un/Slovenia-UPR2-A_HRC_28_15_Add.1-responses.pdf"

CANGO_FOOTER = (
    "China Association for NGO Cooperation",
    "NGO in Special Consultative Status with the ECOSOC, United Nations",
)
# paragraph label -> footnote markers in it (fixtures/README.md: the links)
CANGO_MARKERS = {
    "2": ["1"],
    "3": ["2", "3"],
    "6": ["4", "5", "6"],
    "8": ["7", "8", "9", "10"],
    "12": ["11"],
}
# marker -> the recommendation number printed just before it
CANGO_CITED = {
    "1": "28.294",
    "2": "28.109",
    "3": "28.111",
    "4": "28.45",
    "5": "28.47",
    "6": "28.49",
    "7": "28.270",
    "8": "28.271",
    "9": "28.274",
    "10": "28.330",
    "11": "28.287",
}


@cache
def parsed(rel: str) -> ParsedDocument:
    path = FIXTURES / rel
    return parse_pdf(path.read_bytes(), path.name)


def numbered(doc: ParsedDocument) -> list[int]:
    return [int(p.label) for p in doc.paragraphs if p.kind == "body" and (p.label or "").isdigit()]


def fold(text: str) -> str:
    return " ".join(text.split())


def straight_quotes(text: str) -> str:
    return text.translate(
        str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})
    )


def md_paragraphs() -> list[str]:
    md = (FIXTURES / "cango" / "cango-upr4-submission.md").read_text(encoding="utf-8")
    out = []
    for block in md.split("\n\n"):
        block = block.strip()
        if not block or block.startswith("[^"):
            continue
        block = re.sub(r"\[\^\d+\]", "", block).replace("*", "")
        block = re.sub(r"^\d+\.\s+", "", block)
        out.append(fold(block))
    return out


# --- CANGO: a submission printed from Word ------------------------------------------


def test_cango_document_facts():
    doc = parsed(CANGO)
    assert doc.format == "pdf"
    assert doc.pages == 6
    assert doc.kind == "submission"
    assert doc.symbol is None
    assert doc.organisation == "China Association for NGO Cooperation"
    assert doc.title == (
        "UPR Report Presented by China Association for NGO Cooperation to the "
        "United Nations High Commissioner for Human Rights"
    )
    assert len(doc.sha256) == 64
    assert doc.warnings == ()


def test_cango_structure_is_intro_title_and_paragraphs_1_to_14():
    paras = parsed(CANGO).paragraphs
    assert [p.seq for p in paras] == list(range(1, len(paras) + 1))
    assert len(paras) == 16
    intro, title, *body = paras
    assert intro.label is None and intro.kind == "body"
    assert intro.text.startswith("China Association for NGO Cooperation (CANGO), founded in 1992, ")
    assert title.kind == "title" and title.label is None
    assert [p.label for p in body] == [str(n) for n in range(1, 15)]
    assert {p.kind for p in body} == {"body"}


def test_cango_paragraph_texts_equal_the_markdown_twin_up_to_typographic_quotes():
    paras = parsed(CANGO).paragraphs
    expected = md_paragraphs()
    assert len(paras) == len(expected)
    only_quotes = []
    for got, want in zip(paras, expected, strict=True):
        if got.text != want:
            # the PDF has curly apostrophes (women’s) where the .md has straight ones
            assert straight_quotes(got.text) == straight_quotes(want), got.label
            only_quotes.append(got.label)
    assert only_quotes == ["2", "3", "4"]


def test_cango_paragraphs_are_whole_across_page_breaks():
    by_label = {p.label: p for p in parsed(CANGO).paragraphs}
    assert (by_label["2"].page_start, by_label["2"].page_end) == (1, 2)
    assert (by_label["9"].page_start, by_label["9"].page_end) == (4, 5)
    assert by_label["2"].text.endswith("clearly stipulates the prohibition of domestic violence.")
    # "Covid-\n19" and "high-\nquality" keep their hyphens
    assert "Covid-19 prevention" in by_label["9"].text
    assert "balanced distribution of high-quality teachers." in by_label["9"].text


def test_cango_running_footer_is_not_text():
    doc = parsed(CANGO)
    for p in doc.paragraphs:
        for footer in CANGO_FOOTER:
            assert p.text != footer
        assert "Special Consultative Status with the ECOSOC" not in p.text
    for f in doc.footnotes:
        assert not any(footer in f.text for footer in CANGO_FOOTER)


def test_cango_footnotes_and_their_markers():
    doc = parsed(CANGO)
    assert [f.marker for f in doc.footnotes] == [str(n) for n in range(1, 12)]
    for f in doc.footnotes:
        assert f.text.startswith(f"A/HRC/40/6, {CANGO_CITED[f.marker]}: "), f
    assert doc.footnotes[0].text == (
        "A/HRC/40/6, 28.294: Continue taking measures for improving women’s development, "
        "including the participation of women in public affairs (India)."
    )
    assert doc.footnotes[0].page == 1
    found = {p.label: [m.marker for m in p.markers] for p in doc.paragraphs if p.markers}
    assert found == CANGO_MARKERS
    for p in doc.paragraphs:
        for m in p.markers:
            assert p.text[: m.offset].endswith(CANGO_CITED[m.marker]), (p.label, m)
    # the markers are gone from the text: "28.294. For instance"
    assert "Working Group 28.294. For instance" in doc.paragraphs[3].text


def test_cango_footnote_text_never_inside_a_paragraph():
    doc = parsed(CANGO)
    for f in doc.footnotes:
        tail = f.text.split(": ", 1)[1][:40]
        assert not any(tail in p.text for p in doc.paragraphs), f.marker


# --- UN documents ---------------------------------------------------------------------


def test_national_report_numbering_headings_and_symbol():
    doc = parsed(SVN_NATIONAL)
    assert doc.symbol == "A/HRC/WG.6/20/SVN/1"
    assert doc.kind == "national_report"
    assert doc.pages == 22
    nums = numbered(doc)
    assert nums == list(range(1, len(nums) + 1))
    assert nums[-1] == 106
    headings = [p for p in doc.paragraphs if p.kind == "heading"]
    rule_of_law = [p for p in headings if "(recommendations 30–31, 54–57)" in p.text]
    assert len(rule_of_law) == 1
    assert rule_of_law[0].label == "A"
    assert rule_of_law[0].text.startswith("Rule of law: court backlogs")
    assert any(
        p.text == "Anti-discrimination measures (recommendations 19, 21, 26, 63, 64)"
        for p in headings
    )
    gender = [p for p in headings if p.text.startswith("Gender equality and empowerment of women")]
    assert gender and gender[0].text.endswith("(recommendations 4, 14, 22, 23, 25, 65–70, 74)")
    titles = [p.text for p in doc.paragraphs if p.kind == "title"]
    assert titles[0].startswith("National report submitted in accordance with paragraph 5")


def test_national_report_has_no_furniture_or_notes_in_paragraphs():
    doc = parsed(SVN_NATIONAL)
    assert len(doc.footnotes) == 76  # "*" on page 1 and endnotes 1–75
    assert doc.footnotes[0].marker == "*"
    assert [f.marker for f in doc.footnotes[1:]] == [str(n) for n in range(1, 76)]
    assert (
        doc.footnotes[1].text
        == "Official Gazette of the Republic of Slovenia (hereinafter Ur.l.RS) No. 91/2011."
    )
    for p in doc.paragraphs:
        assert "GE.14" not in p.text
        assert doc.symbol not in p.text  # the running header
        assert not re.fullmatch(r"\d{1,3}", p.text)  # page numbers
        assert "United Nations" != p.text and not p.text.startswith("Distr.")
    long_notes = [f.text for f in doc.footnotes if len(f.text) >= 25]
    assert long_notes
    for note in long_notes:
        assert not any(note in p.text for p in doc.paragraphs), note
    # every marker in the body has its endnote
    markers = {m.marker for p in doc.paragraphs for m in p.markers}
    assert markers == {f.marker for f in doc.footnotes}


def test_national_report_keeps_real_hyphens_and_joins_ranges():
    texts = [p.text for p in parsed(SVN_NATIONAL).paragraphs]
    assert any("introduced a so-called preliminary hearing" in t for t in texts)
    assert not any("so- called" in t or "socalled" in t for t in texts)
    assert not any("54– 57" in t for t in texts)


def test_summary_footnotes_tie_to_paragraphs():
    doc = parsed(SVN_SUMMARY)
    assert doc.symbol == "A/HRC/WG.6/20/SVN/3"
    assert doc.kind == "summary"
    nums = numbered(doc)
    assert nums == list(range(1, 71))
    notes = {f.marker: f for f in doc.footnotes}
    assert len(notes) == len(doc.footnotes) == 117  # "*" and 1–116
    assert notes["2"].text == "AI, p.2."
    assert notes["6"].text == "AI, p. 2."
    assert notes["5"].text == "CoE-ACFC, para. 14."
    assert notes["1"].text.startswith("The stakeholders listed below have contributed information")
    assert "Amnesty International, London, United Kingdom;" in notes["1"].text  # runs over a page
    by_label = {p.label: p for p in doc.paragraphs if p.kind == "body" and p.label}
    assert [m.marker for m in by_label["1"].markers] == ["2", "3"]
    assert [m.marker for m in by_label["3"].markers] == ["5", "6", "7", "8"]
    p1 = by_label["1"]
    assert p1.text[: p1.markers[0].offset].endswith("proposing systemic solutions.")
    used = {m.marker for p in doc.paragraphs for m in p.markers}
    assert used == set(notes)
    for f in doc.footnotes:
        if len(f.text) >= 25:
            assert not any(f.text in p.text for p in doc.paragraphs)


def test_working_group_report_recommendations_and_kind():
    doc = parsed(SVN_WG)
    assert doc.symbol == "A/HRC/28/15"
    assert doc.kind == "wg_report"
    assert doc.title == "Report of the Working Group on the Universal Periodic Review: Slovenia"
    recs = [p for p in doc.paragraphs if (p.label or "").startswith("115.")]
    assert [p.label for p in recs] == [f"115.{n}" for n in range(1, 164)]
    assert {p.kind for p in recs} == {"body"}
    assert recs[79].page_start == 17 and recs[79].page_end == 18  # 115.80 runs over a page
    assert recs[79].text.endswith("(Azerbaijan);")
    assert any(
        p.kind == "heading" and p.label == "II" and p.text == "Conclusions and/or recommendations"
        for p in doc.paragraphs
    )
    subs = [p for p in doc.paragraphs if p.label in ("(a)", "(b)", "(c)")]
    assert subs and {p.kind for p in subs} == {"list_item"}
    for p in doc.paragraphs:
        assert "GE.14" not in p.text and p.text != "A/HRC/28/15"


def test_responses_addendum_is_recognised():
    doc = parsed(SVN_RESPONSES)
    assert doc.symbol == "A/HRC/28/15/Add.1"
    assert doc.kind == "responses"
    texts = [p.text for p in doc.paragraphs]
    assert any("accepts the recommendations 1–5, 14–16, 20–23" in t for t in texts)  # "14–\n16"


@pytest.mark.parametrize(
    "path", sorted(p.relative_to(FIXTURES).as_posix() for p in (FIXTURES / "un").glob("*.pdf"))
)
def test_every_un_pdf_imports(path):
    doc = parsed(path)
    assert doc.paragraphs and doc.symbol and doc.kind != "submission"
    for p in doc.paragraphs:
        assert p.text and p.text == p.text.strip() and "\x00" not in p.text
        assert 1 <= p.page_start <= p.page_end <= doc.pages
        for m in p.markers:
            assert 0 <= m.offset <= len(p.text)


def test_bench_pdf_imports():
    if not BENCH_PDF.exists():
        pytest.skip("bench data not present")
    doc = parse_pdf(BENCH_PDF.read_bytes(), BENCH_PDF.name)
    assert doc.pages == 181
    assert doc.symbol == "A/HRC/28/2"
    assert doc.title == "Report of the Human Rights Council on its twenty-eighth session"
    nums = numbered(doc)
    assert nums == list(range(1, len(nums) + 1)) and len(nums) > 900
    assert len(doc.footnotes) == 19
    for p in doc.paragraphs:
        assert not p.text.startswith("GE.19-") and p.text != "A/HRC/28/2"


# --- hyphenation ----------------------------------------------------------------------


def test_line_break_hyphens_are_repaired_conservatively():
    assert join_lines(["the govern-", "ment said"]) == "the government said"
    assert join_lines(["torture and ill-", "treatment"]) == "torture and ill-treatment"
    assert join_lines(["a so-", "called hearing"]) == "a so-called hearing"
    assert join_lines(["Timor-", "Leste"]) == "Timor-Leste"
    assert join_lines(["Covid-", "19"]) == "Covid-19"
    assert join_lines(["recommendations 54–", "57)"]) == "recommendations 54–57)"
    assert join_lines(["pp. 50-", "51"]) == "pp. 50-51"
    assert join_lines(["end of line", "next line"]) == "end of line next line"
    vocab = Vocabulary(["high-quality teachers", "the programme budget"])
    assert join_lines(["share high-", "quality resources"], vocab) == "share high-quality resources"
    assert join_lines(["the pro-", "gramme"], vocab) == "the programme"


# --- synthetic PDFs -------------------------------------------------------------------


def _write(page: pymupdf.Page, x: float, y: float, parts, font: str = "helv") -> None:
    """Write (text, size, rise) pieces one after another on a baseline."""
    for text, size, rise in parts:
        page.insert_text((x, y - rise), text, fontsize=size, fontname=font)
        x += pymupdf.get_text_length(text, fontname=font, fontsize=size)


def _note_pdf(continuation_rule: tuple[float, float]) -> bytes:
    doc = pymupdf.open()
    p1 = doc.new_page(width=612, height=792)
    _write(p1, 72, 100, [("A Title For Testing", 14, 0)], font="hebo")
    _write(p1, 72, 130, [("First paragraph line one of the body text that goes on and on", 11, 0)])
    _write(p1, 72, 144, [("and ends here with a full stop.", 11, 0)])
    _write(p1, 72, 168, [("Second paragraph begins and mentions the govern-", 11, 0)])
    _write(p1, 72, 182, [("ment with a marker", 11, 0), ("1", 7, 4), (" and ill-", 11, 0)])
    _write(
        p1,
        72,
        196,
        [("treatment continues and a second marker", 11, 0), ("2", 7, 4), (" then the", 11, 0)],
    )
    p1.draw_line((72, 690), (200, 690), width=0.5)
    _write(p1, 72, 705, [("1", 6, 3), (" The first note.", 9, 0)])
    _write(p1, 72, 717, [("2", 6, 3), (" The second note starts here and", 9, 0)])
    _write(p1, 72, 770, [("Example Watch, page 1", 9, 0)])
    p2 = doc.new_page(width=612, height=792)
    _write(p2, 72, 100, [("paragraph continues on the next page and ends.", 11, 0)])
    _write(p2, 72, 124, [("Third paragraph.", 11, 0)])
    # Word draws a full-width "continuation separator" over a note carried over
    p2.draw_line((continuation_rule[0], 690), (continuation_rule[1], 690), width=0.5)
    _write(p2, 72, 705, [("goes on to the next page.", 9, 0)])
    _write(p2, 72, 770, [("Example Watch, page 2", 9, 0)])
    return doc.tobytes()


@pytest.mark.parametrize("continuation_rule", [(72, 200), (72, 540)], ids=["short", "wide"])
def test_footnote_continued_on_next_page_and_paragraph_across_pages(continuation_rule):
    doc = parse_pdf(_note_pdf(continuation_rule), "notes.pdf")
    assert [(p.kind, p.page_start, p.page_end) for p in doc.paragraphs] == [
        ("title", 1, 1),
        ("body", 1, 1),
        ("body", 1, 2),
        ("body", 2, 2),
    ]
    second = doc.paragraphs[2]
    assert second.text == (
        "Second paragraph begins and mentions the government with a marker and ill-treatment "
        "continues and a second marker then the paragraph continues on the next page and ends."
    )
    assert [m.marker for m in second.markers] == ["1", "2"]
    assert second.text[: second.markers[0].offset].endswith("with a marker")
    assert [(f.marker, f.text, f.page) for f in doc.footnotes] == [
        ("1", "The first note.", 1),
        ("2", "The second note starts here and goes on to the next page.", 1),
    ]
    assert not any("Example Watch" in p.text for p in doc.paragraphs)


def test_two_columns_are_read_column_by_column():
    doc = pymupdf.open()
    page = doc.new_page(width=612, height=792)
    _write(page, 60, 80, [("Two Column Newsletter Title", 16, 0)], font="hebo")
    left = [
        "Left column paragraph one starts here",
        "and keeps going for a while with",
        "more words until it stops here.",
        "",
        "Left paragraph two begins and",
        "runs to the bottom of the column",
    ]
    right = [
        "and continues at the top of the right",
        "column, where it ends at last.",
        "",
        "Right column paragraph three is",
        "short and complete.",
    ]
    for x, lines in ((60, left), (320, right)):
        for i, text in enumerate(lines):
            if text:
                _write(page, x, 120 + 13 * i, [(text, 10, 0)])
    parsed_doc = parse_pdf(doc.tobytes(), "columns.pdf")
    assert [p.text for p in parsed_doc.paragraphs] == [
        "Two Column Newsletter Title",
        "Left column paragraph one starts here and keeps going for a while with more words "
        "until it stops here.",
        "Left paragraph two begins and runs to the bottom of the column and continues at the "
        "top of the right column, where it ends at last.",
        "Right column paragraph three is short and complete.",
    ]


# --- files that cannot be imported ----------------------------------------------------


def test_truncated_pdf_is_refused():
    data = (FIXTURES / CANGO).read_bytes()
    with pytest.raises(IngestError) as err:
        parse_pdf(data[: len(data) // 2], "cut.pdf")
    assert err.value.file == "cut.pdf"
    assert "incomplete" in err.value.reason and "again" in err.value.reason


def test_garbage_and_empty_files_are_refused():
    for data in (b"", b"hello, this is not a PDF", b"%PDF-1.7\n" + b"\x00" * 200):
        with pytest.raises(IngestError) as err:
            parse_pdf(data, "bad.pdf")
        assert err.value.reason


def test_encrypted_pdf_asks_for_an_unprotected_copy(tmp_path):
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 72), "Secret submission text.")
    out = tmp_path / "locked.pdf"
    doc.save(out, encryption=pymupdf.PDF_ENCRYPT_AES_256, owner_pw="owner", user_pw="user")
    with pytest.raises(IngestError) as err:
        parse_pdf(out.read_bytes(), "locked.pdf")
    assert "password" in err.value.reason and "unprotected copy" in err.value.reason


def test_pdf_with_only_pictures_needs_ocr():
    doc = pymupdf.open()
    page = doc.new_page()
    page.draw_rect(pymupdf.Rect(72, 72, 300, 300), color=(0, 0, 0), fill=(0.8, 0.8, 0.8))
    pix = pymupdf.Pixmap(pymupdf.csRGB, pymupdf.IRect(0, 0, 40, 40), False)
    pix.clear_with(200)
    page.insert_image(pymupdf.Rect(320, 72, 500, 252), pixmap=pix)
    with pytest.raises(IngestError) as err:
        parse_pdf(doc.tobytes(), "scan.pdf")
    assert "no text layer" in err.value.reason and "OCR" in err.value.reason


def test_scanned_pages_in_a_text_pdf_are_reported():
    doc = pymupdf.open()
    page = doc.new_page()
    page.insert_text((72, 72), "A page with real text on it.")
    doc.new_page()  # blank, as a scanned page without OCR would be
    parsed_doc = parse_pdf(doc.tobytes(), "mixed.pdf")
    assert parsed_doc.paragraphs[0].text == "A page with real text on it."
    assert any(w.startswith("page 2 has no text") for w in parsed_doc.warnings)
