"""Word briefs from a real workspace (the CANGO submission), re-read with python-docx."""

import docx
import pytest
from docx.oxml.ns import qn

from reviewer.export.brief import number_key
from reviewer.export.brief_names import compress_numbers
from reviewer.export.docx_fields import field_instructions
from reviewer.export.docx_style import CJK_FONT
from tests.conftest import FIXTURES
from tests.core.brief_helpers import (
    NOTES,
    SPAN_NOTE,
    TAGS,
    blocks,
    build,
    export,
    labels,
    section_after,
    table_text,
)
from tests.core.cli_helpers import CANGO_LINKS, CANGO_TITLE, cli


@pytest.fixture
def location(tmp_path):
    """A file only: the brief's layout and content do not depend on the engine (test_cli_reviews exports a
    brief from both, and the workspace and review tests run on both)."""
    return tmp_path / "w.sqlite"


@pytest.fixture
def ws(location):
    w = build(location)
    yield w
    w.close()


# -- by document --------------------------------------------------------------------------


def test_by_document_shows_every_paragraph_with_its_links_tags_and_notes(ws, tmp_path):
    out = tmp_path / "brief.docx"
    summary, doc = export(ws, out)
    data = summary.as_dict()
    pages = data.pop("pages")
    assert data == {
        "file": str(out.resolve()),
        "group_by": "document",
        "paragraphs": 16,
        "recommendations": 11,
        "tags": 3,
        "notes": 4,
        "comments": 0,
        "documents": 1,
        "language": "en",
    }
    assert pages >= 2  # the cover, then the document from a page of its own
    bl = blocks(doc)
    [(h1, title)] = [(s, t) for s, t in bl if s == "Heading 1"]
    assert " ".join(title.split()) == CANGO_TITLE
    texts = [t for s, t in bl if s == "Normal"]
    paragraphs = ws.document(1).paragraphs
    for p in paragraphs:
        assert p.text in texts  # the full text, not a snippet
    headings = [i for i, (s, _) in enumerate(bl) if s == "Heading 2"]
    assert len(headings) == 16
    by = labels(ws)
    for label, p in by.items():
        if not label[0].isdigit():
            continue
        i = next(i for i in headings if bl[i][1] == f"Paragraph {label}")
        after = section_after(bl, i)
        assert after[0] == ("Normal", p.text)
        tables = [c for s, c in after if s == "table"]
        if label in CANGO_LINKS:
            [table] = tables
            rows = table_text(table)
            assert rows[0] == ["Recommendation", "Text", "Recommending States", "Position"]
            got = {r[0].split("\n")[0] for r in rows[1:]}
            assert got == {n for _, n in CANGO_LINKS[label]}
            for lk in p.links:
                row = next(r for r in rows[1:] if r[0].startswith(lk.number + "\n"))
                assert "A/HRC/40/6" in row[0]
                assert row[1] == lk.text and row[2] == "; ".join(lk.states)
        else:
            assert tables == []
        metas = [c for s, c in after if s == "Brief Meta"]
        if label in TAGS:
            assert metas == ["Tags: " + "   ".join(f"■ {t}" for t in sorted(TAGS[label]))]
        notes = [c for s, c in after if s == "Brief Note"]
        if label in NOTES:
            assert len(notes) == 1 and notes[0].endswith(NOTES[label])
            assert notes[0].startswith("Note · Mei Lin · ")
    span_label, body, phrase = SPAN_NOTE
    i = next(i for i in headings if bl[i][1] == f"Paragraph {span_label}")
    [note] = [c for s, c in section_after(bl, i) if s == "Brief Note"]
    assert f"“{phrase}” {body}" in note


def test_brief_is_real_word(ws, tmp_path):
    _, doc = export(
        ws, tmp_path / "brief.docx", title="Meeting with CANGO, 3 March", reviewer="Mei Lin"
    )
    styles = {p.style.name for p in doc.paragraphs}
    assert {"Title", "Heading 1", "Heading 2", "TOC Heading"} <= styles
    h1 = [p for p in doc.paragraphs if p.style.name == "Heading 1"]
    assert all(p.paragraph_format.page_break_before for p in h1)
    assert doc.styles["Heading 2"].paragraph_format.keep_with_next
    assert doc.paragraphs[0].text == "Meeting with CANGO, 3 March"
    toc = [i for i in field_instructions(doc.element.body) if i.startswith("TOC")]
    assert toc == ['TOC \\o "1-1" \\h \\z \\u']  # by document: the documents
    assert not any("Right-click" in p.text for p in doc.paragraphs)  # written in full
    footer = doc.sections[0].footer
    assert field_instructions(footer._element) == ["PAGE", "NUMPAGES"]
    assert footer.paragraphs[0].text.endswith("Page 1 of 1")
    assert doc.settings.element.find(qn("w:updateFields")) is None  # nothing to ask
    assert {t.style.name for t in doc.tables[1:]} == {"Light Grid Accent 1"}
    rfonts = doc.styles.element.find(qn("w:docDefaults")).find(".//" + qn("w:rFonts"))
    assert rfonts.get(qn("w:eastAsia")) == CJK_FONT and rfonts.get(qn("w:ascii")) == "Calibri"
    assert not any(
        k.endswith("Theme") for r in doc.styles.element.iter(qn("w:rFonts")) for k in r.attrib
    )
    cp = doc.core_properties
    assert cp.title == "Meeting with CANGO, 3 March" and cp.author == "Mei Lin"
    assert abs(doc.sections[0].page_width.cm - 21.0) < 0.01  # A4
    cover = table_text(doc.tables[0])
    assert ["Reviewer", "Mei Lin"] in cover
    assert table_text(doc.tables[1]) == [
        ["Document", "Organisation", "Paragraphs"],
        [ws.document(1).document.title, "China Association for NGO Cooperation", "16"],
    ]


def test_notes_as_comments_anchor_on_their_paragraph(ws, tmp_path, capsys):
    out = tmp_path / "c.docx"
    code, data, err = cli(capsys, ws.location, "export", "brief", "--out", str(out), "--comments")
    assert code == 0, err
    assert data["comments"] == 4 and data["notes"] == 4
    doc = docx.Document(str(out))
    comments = {c.comment_id: c for c in doc.comments}
    assert len(comments) == 4
    assert not [p for p in doc.paragraphs if p.style.name == "Brief Note"]
    by = labels(ws)
    expected = {body: (by[label].text, by[label].text) for label, body in NOTES.items()}
    span_label, body, phrase = SPAN_NOTE
    expected[body] = (by[span_label].text, phrase)
    for p in doc.paragraphs:
        starts = p._p.findall(".//" + qn("w:commentRangeStart"))
        for start in starts:
            c = comments.pop(int(start.get(qn("w:id"))))
            para_text, anchored = expected.pop(c.text)
            assert p.text == para_text and c.author == "Mei Lin" and c.initials == "ML"
            assert anchored_text(p, start.get(qn("w:id"))) == anchored
    assert comments == {} and expected == {}


def anchored_text(paragraph, cid: str) -> str:
    inside, text = False, []
    for el in paragraph._p.iter(qn("w:commentRangeStart"), qn("w:commentRangeEnd"), qn("w:t")):
        if el.tag == qn("w:commentRangeStart") and el.get(qn("w:id")) == cid:
            inside = True
        elif el.tag == qn("w:commentRangeEnd") and el.get(qn("w:id")) == cid:
            inside = False
        elif el.tag == qn("w:t") and inside:
            text.append(el.text or "")
    return "".join(text)


# -- by recommendation and by tag ----------------------------------------------------------


def test_by_recommendation_is_a_coverage_brief(tmp_path, capsys, location):
    ws = build(location, thematic=True)
    out = tmp_path / "r.docx"
    code, data, err = cli(
        capsys, ws.location, "export", "brief", "--out", str(out), "--group-by", "recommendation"
    )
    assert code == 0, err
    assert data["recommendations"] == 11 and data["paragraphs"] == 5
    doc = docx.Document(str(out))
    bl = blocks(doc)
    assert [t for s, t in bl if s == "Heading 1"] == ["A/HRC/40/6"]
    uncited = len(ws.recommendations(symbol="A/HRC/40/6", cited=False))
    assert uncited == 346 - 11
    assert any(
        s == "Brief Meta"
        and "346 recommendations for A/HRC/40/6" in t
        and f"{uncited} cited by nobody" in t
        for s, t in bl
    )
    h2 = [(i, t) for i, (s, t) in enumerate(bl) if s == "Heading 2"]
    numbers = [t.split(" · ")[0] for _, t in h2]
    first_under: dict[str, str] = {}  # paragraph label → the recommendation it is printed under
    assert numbers == sorted({n for v in CANGO_LINKS.values() for _, n in v}, key=number_key)
    assert numbers[:3] == ["28.45", "28.47", "28.49"]  # numeric, not text, order
    for i, title in h2:
        rec = ws.recommendation("A/HRC/40/6", title.split(" · ")[0]).recommendation
        assert title.endswith(" · " + "; ".join(rec.states))
        after = [b for b in bl[i + 1 :]]
        table = next(c for s, c in after if s == "table")
        assert table_text(table)[1][0] == rec.text
        assert table_text(table)[1][2] == rec.position.capitalize()
        cited = [lab for lab, refs in CANGO_LINKS.items() if ("A/HRC/40/6", rec.number) in refs]
        h3 = [(j, t) for j, (s, t) in enumerate(bl) if s == "Heading 3" and j > i]
        j, text = h3[0]
        assert text == f"China Association for NGO Cooperation — Paragraph {cited[0]}"
        if cited[0] in first_under:  # printed in full once; after that, referred to
            style, line = bl[j + 1]
            assert style == "Brief Refer"
            assert line.startswith(f"See ¶ {cited[0]} under {first_under[cited[0]]} (page ")
        else:
            assert bl[j + 1] == ("Normal", labels(ws)[cited[0]].text)
            first_under[cited[0]] = rec.number
    assert set(first_under) == set(CANGO_LINKS)
    ws.close()


def test_recommendation_filters_and_numeric_order(ws, tmp_path):
    by = labels(ws)
    for n in ("28.100", "28.10", "28.9"):
        ws.link(by["4"].id, "A/HRC/40/6", n)
    _, doc = export(ws, tmp_path / "r.docx", group_by="recommendation", only="tagged")
    nums = [p.text.split(" · ")[0] for p in doc.paragraphs if p.style.name == "Heading 2"]
    # paragraph 4 is untagged: --only tagged leaves its recommendations out
    assert "28.9" not in nums and nums == [
        "28.45",
        "28.47",
        "28.49",
        "28.109",
        "28.111",
        "28.270",
        "28.271",
        "28.274",
        "28.287",
        "28.294",
        "28.330",
    ]
    ws.add_tag(by["4"].id, "education")
    _, doc = export(ws, tmp_path / "r2.docx", group_by="recommendation", only="tagged")
    nums = [p.text.split(" · ")[0] for p in doc.paragraphs if p.style.name == "Heading 2"]
    assert nums[:3] == ["28.9", "28.10", "28.45"] and "28.100" in nums[3:6]
    summary, doc = export(ws, tmp_path / "s.docx", group_by="recommendation", symbol="A/HRC/99/1")
    assert summary.recommendations == 0 and summary.paragraphs == 0
    assert any("Nothing in the workspace matches" in p.text for p in doc.paragraphs)


def test_theme_and_position_filters(tmp_path, location):
    ws = build(location, thematic=True)
    f14 = {r.number for r in ws.recommendations(theme="F14", cited=True)}
    assert f14 and f14 < {n for v in CANGO_LINKS.values() for _, n in v}
    s, doc = export(ws, tmp_path / "t.docx", group_by="recommendation", theme="F14")
    assert {p.text.split(" · ")[0] for p in doc.paragraphs if p.style.name == "Heading 2"} == f14
    s, doc = export(ws, tmp_path / "d.docx", theme="F14", only="linked")
    assert s.recommendations == len(f14)
    linked = {lab for lab, refs in CANGO_LINKS.items() if {n for _, n in refs} & f14}
    assert s.paragraphs == len(linked)
    for position in ("supported", "noted"):
        s, _ = export(ws, tmp_path / "p.docx", position=position, group_by="recommendation")
        assert s.recommendations == len(ws.recommendations(position=position, cited=True))
    assert s.recommendations < 11
    ws.close()


def test_by_tag(ws, tmp_path):
    summary, doc = export(ws, tmp_path / "t.docx", group_by="tag")
    bl = blocks(doc)
    h1 = [t for s, t in bl if s == "Heading 1"]
    assert h1 == ["■ education", "■ gender equality", "■ international cooperation"]
    assert summary.paragraphs == 5 and summary.tags == 3
    by = labels(ws)
    printed: set[str] = set()
    for name in ("education", "gender equality", "international cooperation"):
        i = bl.index(("Heading 1", f"■ {name}"))
        end = next((j for j in range(i + 1, len(bl)) if bl[j][0] == "Heading 1"), len(bl))
        shown = [t for s, t in bl[i:end] if s in ("Normal", "Brief Refer")]
        want = [
            f"See ¶ {lab} under education" if lab in printed else by[lab].text
            for lab in sorted(TAGS, key=int)
            if name in TAGS[lab]
        ]
        # paragraph 8 is tagged education and gender equality: in full once, then referred to
        assert [t.split(" (page")[0] for t in shown] == want
        printed |= {lab for lab in TAGS if name in TAGS[lab]}


# -- selection ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("only", "want"),
    [
        ("tagged", set(TAGS)),
        ("noted", set(NOTES) | {SPAN_NOTE[0]}),
        ("linked", set(CANGO_LINKS)),
    ],
)
def test_only(ws, tmp_path, only, want):
    summary, doc = export(ws, tmp_path / f"{only}.docx", only=only)
    by = labels(ws)
    texts = {p.text for p in doc.paragraphs if p.style.name == "Normal"}
    assert {lab for lab, p in by.items() if p.text in texts} == want
    assert summary.paragraphs == len(want)


def test_document_option_limits_to_one_document(ws, tmp_path, capsys):
    # the same submission as text, kept a document of its own (not its next version)
    done, _ = ws.import_files([FIXTURES / "cango" / "cango-upr4-submission.txt"], new_document=True)
    second = done[0].document_id
    _, both = export(ws, tmp_path / "both.docx")
    assert len([p for p in both.paragraphs if p.style.name == "Heading 1"]) == 2
    code, data, _ = cli(
        capsys,
        ws.location,
        "export",
        "brief",
        "--out",
        str(tmp_path / "one.docx"),
        "--document",
        str(second),
    )
    assert code == 0 and data["paragraphs"] == 16 and data["notes"] == 0 and data["tags"] == 0
    code, data, err = cli(
        capsys,
        ws.location,
        "export",
        "brief",
        "--out",
        str(tmp_path / "x.docx"),
        "--document",
        "999",
    )
    assert code == 1 and "no document with id 999" in err
    assert not (tmp_path / "x.docx").exists()


def test_helpers():
    assert sorted(["28.100", "28.10", "28.9", "28.11"], key=number_key) == [
        "28.9",
        "28.10",
        "28.11",
        "28.100",
    ]
    assert compress_numbers(["28.1", "28.2", "28.3", "28.5", "28.6", "29.1"]) == (
        "28.1–28.3, 28.5, 28.6, 29.1"
    )


def test_text_xml_cannot_hold_is_cleaned_not_fatal(ws, tmp_path):
    p = labels(ws)["1"]
    ws.add_note(p.id, "first line\nsecond\tline \x0b with a vertical tab")
    _, doc = export(ws, tmp_path / "c.docx", comments=True, only="noted")
    [comment] = [c for c in doc.comments if c.text.startswith("first")]
    assert comment.text == "first line\nsecond\tline   with a vertical tab"


def test_rejected_links_and_open_suggestions_are_left_out(ws, tmp_path):
    p6 = labels(ws)["6"]
    by_number = {lk.number: lk for lk in p6.links}
    ws.set_link_status(by_number["28.45"].id, "rejected")
    ws.set_link_status(by_number["28.47"].id, "suggested")
    summary, doc = export(ws, tmp_path / "b.docx", only="linked")
    assert summary.recommendations == 9  # a suggestion counts once a reviewer accepts it
    bl = blocks(doc)
    i = bl.index(("Heading 2", "Paragraph 6"))
    [table] = [c for s, c in section_after(bl, i) if s == "table"]
    first_cells = [row[0] for row in table_text(table)[1:]]
    assert first_cells == ["28.49\nA/HRC/40/6"]
