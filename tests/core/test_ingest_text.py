"""Plain-text and Markdown ingestion, checked against the real fixtures."""

from __future__ import annotations

import hashlib
import random
import re
from pathlib import Path

import pytest

from reviewer.ingest.model import IngestError, ParsedDocument
from reviewer.ingest.text import guess_kind, parse_text

FIXTURES = Path(__file__).parent.parent / "fixtures"
CANGO = FIXTURES / "cango"
CONTEXT = FIXTURES / "context"

CANGO_TITLE = (
    "UPR Report Presented by China Association for NGO Cooperation to the United Nations "
    "High Commissioner for Human Rights"
)
CANGO_MARKERS = {
    "2": ["1"],
    "3": ["2", "3"],
    "6": ["4", "5", "6"],
    "8": ["7", "8", "9", "10"],
    "12": ["11"],
}


def parse_file(path: Path) -> ParsedDocument:
    return parse_text(path.read_bytes(), path.name)


def by_label(doc: ParsedDocument) -> dict[str, object]:
    return {p.label: p for p in doc.paragraphs if p.label is not None}


# --- the CANGO submission ----------------------------------------------------------


@pytest.fixture(params=["cango-upr4-submission.txt", "cango-upr4-submission.md"])
def cango(request) -> ParsedDocument:
    return parse_file(CANGO / request.param)


def test_cango_structure(cango):
    paras = cango.paragraphs
    assert len(paras) == 16
    intro, title, *numbered = paras
    assert intro.label is None and intro.kind == "body"
    assert intro.text.startswith("China Association for NGO Cooperation (CANGO), founded in 1992")
    assert title.kind == "title" and title.label is None and title.text == CANGO_TITLE
    assert [p.label for p in numbered] == [str(n) for n in range(1, 15)]
    assert all(p.kind == "body" for p in numbered)
    assert [p.seq for p in paras] == list(range(16))
    assert cango.title == CANGO_TITLE
    assert cango.organisation == "China Association for NGO Cooperation"
    assert cango.kind == "submission"


def test_cango_paragraphs_are_whole(cango):
    paras = by_label(cango)
    assert paras["2"].text.startswith("We appreciate the continuous efforts")
    assert "The latest version strengthens the national responsibility" in paras["2"].text
    assert paras["2"].text.endswith("clearly stipulates the prohibition of domestic violence.")
    assert paras["3"].text.endswith("proposed in the 12th Five Year Plan was reiterated.")
    assert "energy cooperation partnership. Since 2011" in paras["6"].text
    assert paras["12"].text.startswith("According to the Suggestion 28.287, we hope")
    assert "schools, enterprises, urban and rural communities" in paras["12"].text
    assert paras["12"].text.endswith("gender inclusive social development environment.")
    assert paras["14"].text.endswith("healthy development of education.")
    # Emphasis markers go, the words stay.
    assert "the *Law" not in paras["2"].text
    assert "the Law of the People's Republic of China on the Protection" in paras["2"].text


def test_cango_no_footer_and_no_footnote_text_in_paragraphs(cango):
    for p in cango.paragraphs:
        assert "NGO in Special Consultative Status" not in p.text
        assert "A/HRC/40/6" not in p.text
        assert "<sup>" not in p.text and "[^" not in p.text and "**" not in p.text
        assert p.text and p.text == p.text.strip() and "  " not in p.text


def test_cango_footnotes(cango):
    notes = cango.footnotes
    assert [f.marker for f in notes] == [str(n) for n in range(1, 12)]
    assert all(f.text.startswith("A/HRC/40/6, 28.") for f in notes)
    assert all("<sup>" not in f.text and "[^" not in f.text for f in notes)
    assert notes[0].text == (
        "A/HRC/40/6, 28.294: Continue taking measures for improving women's development, "
        "including the participation of women in public affairs (India)."
    )
    assert notes[10].text.endswith("curtail gender discrimination (Malaysia).")


def test_cango_markers_sit_after_the_number_they_annotate(cango):
    paras = by_label(cango)
    notes = {f.marker: f for f in cango.footnotes}
    found = {label: [m.marker for m in p.markers] for label, p in paras.items() if p.markers}
    assert found == CANGO_MARKERS
    assert not cango.paragraphs[0].markers and not cango.paragraphs[1].markers
    for label in CANGO_MARKERS:
        text = paras[label].text
        for ref in paras[label].markers:
            number = re.match(r"A/HRC/40/6, (28\.\d+):", notes[ref.marker].text).group(1)
            assert text[: ref.offset].endswith(number), (label, ref)


def test_cango_txt_and_md_agree():
    txt = parse_file(CANGO / "cango-upr4-submission.txt")
    md = parse_file(CANGO / "cango-upr4-submission.md")
    assert [(p.label, p.kind, p.text) for p in txt.paragraphs] == [
        (p.label, p.kind, p.text) for p in md.paragraphs
    ]
    assert [p.markers for p in txt.paragraphs] == [p.markers for p in md.paragraphs]
    assert [(f.marker, f.text) for f in txt.footnotes] == [(f.marker, f.text) for f in md.footnotes]
    assert (txt.format, md.format) == ("txt", "md")


def test_cango_txt_pages():
    doc = parse_file(CANGO / "cango-upr4-submission.txt")
    paras = by_label(doc)
    # Six pages, as in the PDF: a break followed only by footnotes and the footer
    # does not open a page of its own.
    assert doc.pages == 6
    assert (doc.paragraphs[0].page_start, doc.paragraphs[0].page_end) == (1, 1)
    assert (paras["2"].page_start, paras["2"].page_end) == (1, 2)
    assert (paras["3"].page_start, paras["3"].page_end) == (2, 3)
    assert (paras["6"].page_start, paras["6"].page_end) == (3, 4)
    assert (paras["12"].page_start, paras["12"].page_end) == (5, 6)
    assert (paras["14"].page_start, paras["14"].page_end) == (6, 6)
    assert [f.page for f in doc.footnotes] == [1, 2, 2, 3, 3, 3, 4, 4, 4, 4, 5]


def test_cango_md_has_no_pages():
    doc = parse_file(CANGO / "cango-upr4-submission.md")
    assert doc.pages is None
    assert all(p.page_start is None and p.page_end is None for p in doc.paragraphs)
    assert all(f.page is None for f in doc.footnotes)


def test_sha256_is_of_the_raw_bytes():
    data = (CANGO / "cango-upr4-submission.txt").read_bytes()
    assert parse_text(data, "x.txt").sha256 == hashlib.sha256(data).hexdigest()


# --- context documents -------------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "min_paragraphs", "heading", "title"),
    [
        (
            "un-women-china-progress-2022.txt",
            15,
            "OUTCOME XM-DAC-41146-CHN_D_1.1",
            "Progress in China country in 2022",
        ),
        (
            "beijing-people-to-people-diplomacy-women-children.txt",
            20,
            "Webinar Between Women in the Capitals of Nepal and China",
            "Beijing's People-to-People Diplomacy (VI): Women and Children",
        ),
        (
            "un-china-sdg-stories.txt",
            150,
            "Science and tradition drive China-wide effort to restore landscapes",
            "The Sustainable Development Goals in China",
        ),
        ("un-women-china-outcome-partners.txt", 20, "Outcome summary", "Outcome summary"),
    ],
)
def test_context_documents(name, min_paragraphs, heading, title):
    doc = parse_file(CONTEXT / name)
    assert len(doc.paragraphs) > min_paragraphs
    assert doc.kind == "other"
    assert doc.format == "txt"
    assert doc.title == title
    assert doc.organisation is None
    assert not doc.footnotes
    kinds = {p.text: p.kind for p in doc.paragraphs}
    assert kinds[heading] == "heading"
    for p in doc.paragraphs:
        assert p.text and p.text == p.text.strip()
        assert p.kind in ("heading", "body", "list_item")
    assert sum(p.kind == "body" and len(p.text) > 300 for p in doc.paragraphs) >= 4


def test_un_women_progress_details():
    doc = parse_file(CONTEXT / "un-women-china-progress-2022.txt")
    texts = [p.text for p in doc.paragraphs]
    headings = [p.text for p in doc.paragraphs if p.kind == "heading"]
    assert headings[0] == "Progress in China country in 2022"
    assert sum(h.startswith("OUTCOME XM-DAC-41146-CHN_D_") for h in headings) == 6
    # "Data as of: …" is metadata, kept as text but not a heading.
    assert texts[0] == "Data as of: 27 July 2024" and doc.paragraphs[0].kind == "body"
    # Paragraphs cut by a blank line mid-sentence are whole again.
    assert any(
        "roll out subsequent trainings for interested organizations and persons." in t
        for t in texts
    )
    assert not any(t.startswith(("organizations and persons", "prevent natural")) for t in texts)
    # Entity debris repaired: &Isquo; → ‘ and &Idquo; → “.
    assert not any("&Isquo;" in t or "&Idquo;" in t for t in texts)
    assert any("suggested \u201cincorporating gender perspectives" in t for t in texts)
    assert any("\u2018A place called home-Wecare'" in t for t in texts)


def test_roman_numbered_headings_and_metadata():
    doc = parse_file(CONTEXT / "beijing-people-to-people-diplomacy-women-children.txt")
    heads = [(p.label, p.text) for p in doc.paragraphs if p.kind == "heading"]
    assert ("I", "Share how Beijing has advanced human rights for women") in heads
    assert ("IV", "Present Beijing's image as a Friendly City through Women's Stories") in heads
    meta = {p.text: p.kind for p in doc.paragraphs}
    assert meta["Date: 2023-03-19"] == "body"
    assert meta["Source: Beijing Foreign Affairs Office"] == "body"


def test_web_dump_rules_are_not_page_breaks():
    doc = parse_file(CONTEXT / "un-china-sdg-stories.txt")
    assert doc.pages is None
    assert doc.paragraphs[0].text == "Latest"
    kinds = {p.text: p.kind for p in doc.paragraphs}
    assert kinds["Beyond the Global South: Action Together"] == "heading"
    assert kinds["10 August 2023"] == "body"
    assert kinds["1 of 5"] == "body"


def test_web_dump_bullets_are_list_items():
    doc = parse_file(CONTEXT / "un-women-china-outcome-partners.txt")
    items = [p.text for p in doc.paragraphs if p.kind == "list_item"]
    assert items == [
        "Chart",
        "Tableau",
        "Impact areas",
        "Systemic outcomes",
        "Organizational outputs",
    ]


# --- encodings and refusals ------------------------------------------------------------

SAMPLE = "Côte d’Ivoire\n\n1. The “State” reviewed — naïve café.\n"


@pytest.mark.parametrize(
    "encoded",
    [
        SAMPLE.encode("utf-8"),
        b"\xef\xbb\xbf" + SAMPLE.encode("utf-8"),
        SAMPLE.encode("utf-16"),  # with BOM
        b"\xff\xfe" + SAMPLE.encode("utf-16-le"),
        b"\xfe\xff" + SAMPLE.encode("utf-16-be"),
        SAMPLE.encode("utf-16-le"),  # no BOM: the NUL pattern gives it away
        SAMPLE.encode("utf-16-be"),
        SAMPLE.encode("cp1252"),
        SAMPLE.replace("\n", "\r\n").encode("utf-8"),
        SAMPLE.replace("\n", "\r").encode("cp1252"),
    ],
    ids=[
        "utf8",
        "utf8-bom",
        "utf16",
        "utf16le-bom",
        "utf16be-bom",
        "utf16le",
        "utf16be",
        "cp1252",
        "crlf",
        "cr",
    ],
)
def test_encodings(encoded):
    doc = parse_text(encoded, "sample.txt")
    assert [(p.label, p.text) for p in doc.paragraphs] == [
        (None, "Côte d’Ivoire"),
        ("1", "The “State” reviewed — naïve café."),
    ]
    assert doc.title == "Côte d’Ivoire"
    assert doc.paragraphs[0].kind == "heading"


def test_cp1252_fallback_is_reported():
    doc = parse_text("Côte d’Ivoire is reviewed.".encode("cp1252"), "a.txt")
    assert doc.paragraphs[0].text == "Côte d’Ivoire is reviewed."
    assert any("Windows-1252" in w for w in doc.warnings)
    assert not parse_text(SAMPLE.encode("utf-8"), "a.txt").warnings


def _reason(data: bytes, name: str = "bad.txt") -> str:
    with pytest.raises(IngestError) as info:
        parse_text(data, name)
    assert info.value.file == name
    assert str(info.value).startswith(f"{name}: ")
    return info.value.reason


def test_empty_and_blank_files():
    assert _reason(b"") == "the file is empty"
    assert _reason(b"  \n\n\t \r\n  ").startswith("the file is empty")
    assert _reason(b"\xef\xbb\xbf\n\n").startswith("the file is empty")
    assert _reason("\n \n".encode("utf-16")).startswith("the file is empty")


def test_binary_files_are_refused():
    rnd = random.Random(7)
    noise = bytes(rnd.randrange(256) for _ in range(4000))
    png = _reason(b"\x89PNG\r\n\x1a\n" + noise, "picture.txt")
    assert png.startswith("this is not a text file (binary content); ")
    assert "PNG" in png
    assert _reason(noise).startswith("this is not a text file (binary content); ")
    no_nul = bytes(b for b in noise if b)
    assert _reason(no_nul).startswith("this is not a text file (binary content); ")
    assert "PDF" in _reason(b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "report.txt")
    assert "Word" in _reason(b"PK\x03\x04" + noise, "report.txt")
    text_with_nuls = b"Some text\x00 with a\x00 few NULs in it\x00 here and there." * 20
    assert _reason(text_with_nuls).startswith("this is not a text file (binary content)")


def test_unreadable_text_is_refused():
    # Bytes undefined in Windows-1252 and not UTF-8.
    assert "encoding could not be recognised" in _reason(b"Report \x81\x8d\x8f\x90 text " * 3)
    # A UTF-16 BOM over an odd number of bytes.
    assert "UTF-16" in _reason(b"\xff\xfeA\x00B\x00C")
    assert "no paragraphs" in _reason(b"---\n\n---\n")


# --- Markdown and plain-text conventions --------------------------------------------------


def test_markdown_headings_footnotes_and_emphasis():
    md = """---
title: Joint submission
author: Someone
---

# Joint Stakeholder Submission

Intro *with italics* and __bold__ and a [link](http://example.org)[^a].

Setext heading
--------------

1. First numbered paragraph citing 28.5[^1] and 28.6 [^2].
2. Second one.

- a bullet
- another

***

[^1]: A/HRC/40/6, 28.5: Do this (Chile).
[^2]: A/HRC/40/6, 28.6: Do that
    (Peru).
[^a]: See the website.
"""
    doc = parse_text(md.encode(), "joint.md")
    got = [(p.label, p.kind, p.text) for p in doc.paragraphs]
    assert got == [
        (None, "title", "Joint Stakeholder Submission"),
        (None, "body", "Intro with italics and bold and a link."),
        (None, "heading", "Setext heading"),
        ("1", "body", "First numbered paragraph citing 28.5 and 28.6."),
        ("2", "body", "Second one."),
        (None, "list_item", "a bullet"),
        (None, "list_item", "another"),
    ]
    assert doc.title == "Joint Stakeholder Submission"
    assert doc.pages is None
    assert [(f.marker, f.text) for f in doc.footnotes] == [
        ("1", "A/HRC/40/6, 28.5: Do this (Chile)."),
        ("2", "A/HRC/40/6, 28.6: Do that (Peru)."),
        ("a", "See the website."),
    ]
    intro, numbered = doc.paragraphs[1], doc.paragraphs[3]
    assert [(m.marker, m.offset) for m in intro.markers] == [("a", len(intro.text) - 1)]
    assert [(m.marker, intro_text_before(numbered, m)) for m in numbered.markers] == [
        ("1", "28.5"),
        ("2", "28.6"),
    ]
    assert doc.kind == "submission"


def intro_text_before(paragraph, ref) -> str:
    return paragraph.text[: ref.offset].rsplit(" ", 1)[-1]


def test_front_matter_title_when_no_heading():
    doc = parse_text(b'---\ntitle: "Notes"\n---\n\nJust a sentence.\n', "n.md")
    assert doc.title == "Notes"
    assert [p.text for p in doc.paragraphs] == ["Just a sentence."]


def test_labels_and_list_items():
    text = (
        "115.3 Continue the reform of the justice system (Chile);\n\n"
        "(a) Ratify the convention;\n\n"
        "b) Withdraw the reservation;\n\n"
        "9.68 million people benefited from the projects.\n\n"
        "12) The State should act.\n\n"
        "2020. was a year.\n"
    )
    got = [(p.label, p.kind, p.text) for p in parse_text(text.encode(), "r.txt").paragraphs]
    assert got == [
        ("115.3", "list_item", "Continue the reform of the justice system (Chile);"),
        ("a", "list_item", "Ratify the convention;"),
        ("b", "list_item", "Withdraw the reservation;"),
        (None, "body", "9.68 million people benefited from the projects."),
        ("12", "body", "The State should act."),
        (None, "body", "2020. was a year."),
    ]


def test_hard_wrapped_text_and_headings():
    text = (
        "Progress report\n"
        "\n"
        "This paragraph was wrapped by an e-mail program at a fixed width so\n"
        "that its lines are all about the same length, and they must come back\n"
        "together as one paragraph.\n"
        "Introduction\n"
        "The next paragraph follows a heading line without a blank line between\n"
        "them.\n"
    )
    doc = parse_text(text.encode(), "w.txt")
    assert [(p.kind, p.text) for p in doc.paragraphs] == [
        ("heading", "Progress report"),
        (
            "body",
            "This paragraph was wrapped by an e-mail program at a fixed width so that its "
            "lines are all about the same length, and they must come back together as one "
            "paragraph.",
        ),
        ("heading", "Introduction"),
        ("body", "The next paragraph follows a heading line without a blank line between them."),
    ]
    assert doc.title == "Progress report"


def _paged(pages: list[str], footer: str) -> bytes:
    return "\n\n---\n\n".join(
        f"{body}\n\n{footer.format(n=i + 1)}" for i, body in enumerate(pages)
    ).encode()


def test_running_footer_and_page_numbers_removed_and_paragraphs_rejoined():
    pages = [
        "1. The first paragraph runs onto the next page because the",
        "State has not acted.<sup>1</sup>\n\n2. Covid-\n\n<sup>1</sup>A/HRC/40/6, 28.1: Act (Chile).",
        "19 prevention measures were weak.\n\n3. Last paragraph.",
    ]
    data = _paged(pages, "Example Human Rights Network\n\nPage {n} of 3")
    doc = parse_text(data, "paged.txt")
    assert [(p.label, p.text, p.page_start, p.page_end) for p in doc.paragraphs] == [
        ("1", "The first paragraph runs onto the next page because the State has not acted.", 1, 2),
        ("2", "Covid-19 prevention measures were weak.", 2, 3),
        ("3", "Last paragraph.", 3, 3),
    ]
    assert doc.pages == 3
    assert doc.organisation == "Example Human Rights Network"
    assert [(f.marker, f.text, f.page) for f in doc.footnotes] == [
        ("1", "A/HRC/40/6, 28.1: Act (Chile).", 2)
    ]
    ref = doc.paragraphs[0].markers[0]
    assert doc.paragraphs[0].text[: ref.offset].endswith("has not acted.")


def test_form_feeds_are_page_breaks():
    doc = parse_text(b"1. First page text.\f2. Second page text.\f\f", "pdftotext.txt")
    assert [(p.label, p.page_start) for p in doc.paragraphs] == [("1", 1), ("2", 2)]
    assert doc.pages == 2


def test_superscripts_that_are_not_footnotes_keep_their_text():
    text = (
        "The 1<sup>st</sup> report covers 20 km<sup>2</sup> and cites 28.2<sup>1</sup>.\n\n"
        "<sup>1</sup>A/HRC/40/6, 28.2: Do it (Peru).\n"
    )
    doc = parse_text(text.encode(), "s.txt")
    para = doc.paragraphs[0]
    assert para.text == "The 1st report covers 20 km2 and cites 28.2."
    assert [(m.marker, m.offset) for m in para.markers] == [("1", len(para.text) - 1)]


def test_marker_between_spaces_leaves_one_space():
    doc = parse_text(b"A claim <sup>1</sup> and more [^2] here.\n", "m.txt")
    para = doc.paragraphs[0]
    assert para.text == "A claim and more here."
    assert [(m.marker, para.text[: m.offset]) for m in para.markers] == [
        ("1", "A claim"),
        ("2", "A claim and more"),
    ]


def test_entity_debris_never_crashes():
    text = b"Quotes &Isquo;a&rsquo; &Idquo;b&rdquo; &amp; &#8212; &#x2014; &bogus; &Iamp; end."
    doc = parse_text(text, "e.txt")
    assert doc.paragraphs[0].text == (
        "Quotes \u2018a\u2019 \u201cb\u201d & \u2014 \u2014 &bogus; &Iamp; end."
    )


def test_presented_by_gives_the_organisation():
    text = b"**Submission presented by Example Watch to the UPR Working Group**\n\n1. Text.\n"
    doc = parse_text(text, "s.txt")
    assert doc.paragraphs[0].kind == "title"
    assert doc.organisation == "Example Watch"


def test_bold_lines_after_the_title_are_headings():
    text = b"**Report**\n\n**Background**\n\n1. We note.\n\n**Recommendations**\n\n2. Act.\n"
    doc = parse_text(text, "b.txt")
    assert [(p.kind, p.text) for p in doc.paragraphs] == [
        ("title", "Report"),
        ("heading", "Background"),
        ("body", "We note."),
        ("heading", "Recommendations"),
        ("body", "Act."),
    ]


def test_bold_after_numbered_paragraph_is_not_the_title():
    doc = parse_text(b"1. We note.\n\n**Annex**\n", "b.txt")
    assert [p.kind for p in doc.paragraphs] == ["body", "heading"]
    assert doc.title == "Annex"


def test_title_falls_back_to_file_stem():
    doc = parse_text(b"Only one sentence here.\n", "folder/my-notes.txt")
    assert doc.title == "my-notes"


def test_guess_kind():
    assert guess_kind(["The UPR of China in 2018."]) == "submission"
    assert guess_kind(["the universal periodic review"]) == "submission"
    assert guess_kind(["see A/HRC/40/6 for details"]) == "submission"
    assert guess_kind(["", "According to recommendation 28.294 the State…"]) == "submission"
    assert guess_kind(["Suggestions 28.109 and 28.111"]) == "submission"
    assert guess_kind([]) == "other"
    assert guess_kind(["The UN Human Rights Council met.", "Some recommendations."]) == "other"
    assert guess_kind(["The support was superb (supra)."]) == "other"


def test_many_numbered_paragraphs():
    rnd = random.Random(3)
    words = "the State has taken measures to promote equality in rural areas".split()
    paras = [
        f"{n}. The " + " ".join(rnd.choice(words) for _ in range(60)) + "." for n in range(1, 3001)
    ]
    doc = parse_text("\n\n".join(paras).encode(), "big.txt")
    assert len(doc.paragraphs) == 3000
    assert doc.paragraphs[-1].label == "3000"
    assert doc.kind == "other"


def test_many_continuations_do_not_blow_up():
    # Every block continues the one before: one paragraph, built without quadratic copying.
    start = "This is the start of a long run of words that never seems to end " * 3
    text = start.strip() + "\n\n" + "\n\n".join(["and more words"] * 20000) + "\n"
    doc = parse_text(text.encode(), "run.txt")
    assert len(doc.paragraphs) == 1
    assert doc.paragraphs[0].text.count("and more words") == 20000


def test_emphasis_running_across_a_page_break():
    text = b"1. The *Law on the\n\n---\n\nProtection of Women* was revised.\n"
    doc = parse_text(text, "e.txt")
    assert [p.text for p in doc.paragraphs] == ["The Law on the Protection of Women was revised."]
    assert doc.pages == 2


def test_markdown_tables_give_one_paragraph_per_row():
    md = b"| State | Position |\n|---|:---:|\n| Chile | supported |\n| Peru | noted |\n"
    doc = parse_text(md, "t.md")
    assert [p.text for p in doc.paragraphs] == [
        "State | Position",
        "Chile | supported",
        "Peru | noted",
    ]


def test_stray_control_characters_and_odd_spaces():
    text = "Tab\there, no-break\u00a0space,\u2009thin space\x0bmanual break.\x1a".encode()
    doc = parse_text(text, "c.txt")
    assert doc.paragraphs[0].text == "Tab here, no-break space, thin space manual break."
