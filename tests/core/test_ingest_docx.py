"""Word submissions: auto-numbers as labels, real footnotes, tables, clear errors.

The CANGO DOCX is checked against its Markdown twin; numbering and note edge
cases are checked on small documents built here with python-docx plus raw XML
(python-docx has no API for numbering definitions or footnotes).
"""

from __future__ import annotations

import hashlib
import io
import re
import zipfile
from pathlib import Path

import docx
import pytest
from docx.enum.style import WD_STYLE_TYPE
from docx.opc.constants import CONTENT_TYPE as CT
from docx.opc.constants import RELATIONSHIP_TYPE as RT
from docx.opc.packuri import PackURI
from docx.opc.part import Part
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls

from reviewer.ingest.docx import parse_docx
from reviewer.ingest.model import IngestError

FIXTURES = Path(__file__).parent.parent / "fixtures"
CANGO_DOCX = FIXTURES / "cango" / "cango-upr4-submission.docx"
CANGO_MD = FIXTURES / "cango" / "cango-upr4-submission.md"
THEMATIC_LISTS = [
    (
        "China-UPR3-thematic-list-A_HRC_40_6.docx",
        "28",
        346,
        "UPR of China (3rd Cycle – 31st session) Thematic list of recommendations",
    ),
    (
        "Slovenia-UPR2-thematic-list-A_HRC_28_15.docx",
        "115",
        163,
        "UPR of Slovenia (2nd Cycle – 20th session) Thematic list of recommendations",
    ),
]
W_NS = nsdecls("w")


def norm(text: str) -> str:
    """Markdown and Word differ only in emphasis and note marks, spacing, and the .md's
    occasional straight quotes where the DOCX keeps typographic ones (’ “ ”)."""
    text = re.sub(r"\[\^\d+\]", "", text).replace("*", "")
    text = text.replace("\u2019", "'").replace("\u201c", '"').replace("\u201d", '"')
    return " ".join(text.split())


def md_paragraphs() -> tuple[list[tuple[str | None, str]], dict[str, str]]:
    paras, notes = [], {}
    for block in CANGO_MD.read_text(encoding="utf-8").split("\n\n"):
        block = block.strip()
        if not block:
            continue
        note = re.match(r"\[\^(\d+)\]:\s*(.*)", block, re.S)
        if note:
            notes[note.group(1)] = norm(note.group(2))
            continue
        numbered = re.match(r"(\d+)\.\s+(.*)", block, re.S)
        paras.append(
            (numbered.group(1), norm(numbered.group(2))) if numbered else (None, norm(block))
        )
    return paras, notes


# ---------------------------------------------------------------------------- CANGO


@pytest.fixture(scope="module")
def cango():
    return parse_docx(CANGO_DOCX.read_bytes(), CANGO_DOCX.name)


def test_cango_has_exactly_the_structure_of_its_markdown_twin(cango):
    expected, _ = md_paragraphs()
    assert [(p.label, norm(p.text)) for p in cango.paragraphs] == expected
    assert [p.kind for p in cango.paragraphs] == ["body", "title"] + ["body"] * 14
    assert [p.label for p in cango.paragraphs] == [None, None] + [str(n) for n in range(1, 15)]
    assert [p.seq for p in cango.paragraphs] == list(range(16))
    intro = cango.paragraphs[0].text
    assert intro.startswith("China Association for NGO Cooperation (CANGO), founded in 1992, ")
    # The auto-numbers come from numbering.xml; they are not in the text.
    assert not any(re.match(r"\d+\.", p.text) for p in cango.paragraphs)


def test_cango_document_facts(cango):
    data = CANGO_DOCX.read_bytes()
    assert cango.format == "docx"
    assert cango.file_name == CANGO_DOCX.name
    assert cango.sha256 == hashlib.sha256(data).hexdigest()
    assert cango.title == (
        "UPR Report Presented by China Association for NGO Cooperation to the United Nations "
        "High Commissioner for Human Rights"
    )
    assert cango.organisation == "China Association for NGO Cooperation"
    assert cango.kind == "submission"
    # docProps/app.xml claims 1 page and 83 words (a template's leftovers): not trusted.
    assert cango.pages is None
    assert any("out of date" in w for w in cango.warnings)


def test_cango_running_footer_is_not_body_text(cango):
    for p in cango.paragraphs:
        assert "NGO in Special Consultative Status" not in p.text
        assert p.text != "China Association for NGO Cooperation"


def test_cango_footnotes(cango):
    _, md_notes = md_paragraphs()
    assert [f.marker for f in cango.footnotes] == [str(n) for n in range(1, 12)]
    assert all(f.text.startswith("A/HRC/40/6, 28.") for f in cango.footnotes)
    assert cango.footnotes[0].text.startswith("A/HRC/40/6, 28.294: Continue taking measures")
    assert {f.marker: norm(f.text) for f in cango.footnotes} == md_notes
    for p in cango.paragraphs:  # no footnote text leaked into the body
        assert "A/HRC/40/6" not in p.text


def test_cango_markers_sit_right_after_the_cited_number(cango):
    by_label = {p.label: p for p in cango.paragraphs}
    assert {label: [m.marker for m in p.markers] for label, p in by_label.items() if p.markers} == {
        "2": ["1"],
        "3": ["2", "3"],
        "6": ["4", "5", "6"],
        "8": ["7", "8", "9", "10"],
        "12": ["11"],
    }
    notes = {f.marker: f.text for f in cango.footnotes}
    for p in cango.paragraphs:
        for m in p.markers:
            cited = re.match(r"A/HRC/40/6, (28\.\d+):", notes[m.marker]).group(1)
            assert p.text[: m.offset].endswith(cited), (p.label, m)
    para3 = by_label["3"]
    assert para3.text[: para3.markers[0].offset].endswith("Suggestions 28.109")
    assert para3.text[para3.markers[0].offset :].startswith(" and 28.111")


# ------------------------------------------------------------------ thematic lists


@pytest.mark.parametrize(("name", "paragraph", "count", "title"), THEMATIC_LISTS)
def test_thematic_list_tables_read_as_body_paragraphs(name, paragraph, count, title):
    path = FIXTURES / "un" / name
    doc = parse_docx(path.read_bytes(), name)
    assert {p.kind for p in doc.paragraphs} == {"body"}
    assert [p.seq for p in doc.paragraphs] == list(range(len(doc.paragraphs)))
    assert [p.text for p in doc.paragraphs[:4]] == [
        "Recommendation",
        "Position",
        "Full list of themes",
        "Assessment/comments on level of implementation",
    ]
    numbers = {
        m.group(1) for p in doc.paragraphs if (m := re.match(rf"({paragraph}\.\d+) ", p.text))
    }
    assert len(numbers) == count
    assert doc.footnotes == ()
    # No Title style, an empty or file-name-like core title: the page header names it,
    # without its "Page 52 of 53" field.
    assert doc.title == title


def test_china_thematic_list_details():
    name = THEMATIC_LISTS[0][0]
    doc = parse_docx((FIXTURES / "un" / name).read_bytes(), name)
    texts = [p.text for p in doc.paragraphs]
    assert (
        "28.294 Continue taking measures for improving women\u2019s development, including the "
        "participation of women in public affairs (India);"
    ) in texts
    assert texts.count("Supported") == 284 and texts.count("Noted") == 62
    assert doc.pages == 53  # docProps/app.xml, consistent with its word count


# -------------------------------------------------------------- generated documents

NUMBERING = f"""<w:numbering {W_NS}>
  <w:abstractNum w:abstractNumId="10">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="lowerLetter"/><w:lvlText w:val="(%2)"/></w:lvl>
    <w:lvl w:ilvl="2"><w:start w:val="1"/><w:numFmt w:val="lowerRoman"/><w:lvlText w:val="(%3)"/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="20">
    <w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="30">
    <w:lvl w:ilvl="0"><w:start w:val="28"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1.%2"/></w:lvl>
  </w:abstractNum>
  <w:abstractNum w:abstractNumId="40">
    <w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="upperRoman"/><w:lvlText w:val="%1."/></w:lvl>
    <w:lvl w:ilvl="1"><w:start w:val="1"/><w:numFmt w:val="upperLetter"/><w:lvlText w:val="%2."/></w:lvl>
  </w:abstractNum>
  <w:num w:numId="1"><w:abstractNumId w:val="10"/></w:num>
  <w:num w:numId="2"><w:abstractNumId w:val="10"/>
    <w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>
  <w:num w:numId="3"><w:abstractNumId w:val="20"/></w:num>
  <w:num w:numId="4"><w:abstractNumId w:val="10"/></w:num>
  <w:num w:numId="5"><w:abstractNumId w:val="30"/></w:num>
  <w:num w:numId="6"><w:abstractNumId w:val="40"/></w:num>
  <w:num w:numId="7"><w:abstractNumId w:val="10"/>
    <w:lvlOverride w:ilvl="0"><w:startOverride w:val="7"/></w:lvlOverride></w:num>
</w:numbering>"""


def numbered(doc, text: str, num_id: int, ilvl: int = 0, style: str | None = None):
    p = doc.add_paragraph(text, style=style)
    p._p.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {W_NS}><w:ilvl w:val="{ilvl}"/><w:numId w:val="{num_id}"/></w:numPr>')
    )
    return p


def new_doc(numbering: str = NUMBERING):
    doc = docx.Document()
    doc.part.numbering_part._element = parse_xml(numbering)
    return doc


def save(doc) -> bytes:
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def add_part(doc, name: str, content_type: str, reltype: str, xml: str) -> None:
    part = Part(PackURI(name), content_type, xml.encode("utf-8"), doc.part.package)
    doc.part.relate_to(part, reltype)


def labels(parsed) -> list[tuple[str | None, str, str]]:
    return [(p.label, p.kind, p.text) for p in parsed.paragraphs]


def test_numbering_levels_restarts_and_bullets():
    doc = new_doc()
    numbered(doc, "First", 1)
    numbered(doc, "Sub a", 1, 1)
    numbered(doc, "Sub b", 1, 1)
    numbered(doc, "Deeper", 1, 2)
    numbered(doc, "Second", 1)
    numbered(doc, "Sub again", 1, 1)
    numbered(doc, "A bullet", 3)
    numbered(doc, "Third, through another w:num of the same list", 4)
    numbered(doc, "", 1)  # an empty numbered paragraph still takes its number
    numbered(doc, "Fifth", 1)
    numbered(doc, "Restarted", 2)
    numbered(doc, "Restarted two", 2)
    numbered(doc, "Restarted at seven", 7)
    numbered(doc, "Item one", 5, 1)
    numbered(doc, "Item two", 5, 1)
    parsed = parse_docx(save(doc), "numbering.docx")
    assert labels(parsed) == [
        ("1", "body", "First"),
        ("a", "list_item", "Sub a"),
        ("b", "list_item", "Sub b"),
        ("i", "list_item", "Deeper"),
        ("2", "body", "Second"),
        ("a", "list_item", "Sub again"),
        (None, "list_item", "A bullet"),
        ("3", "body", "Third, through another w:num of the same list"),
        ("5", "body", "Fifth"),
        ("1", "body", "Restarted"),
        ("2", "body", "Restarted two"),
        ("7", "body", "Restarted at seven"),
        ("28.1", "list_item", "Item one"),
        ("28.2", "list_item", "Item two"),
    ]
    assert parsed.kind == "other"  # never mentions the UPR
    assert not any("numbering" in w for w in parsed.warnings)


def test_numbering_inherited_from_paragraph_style_and_headings():
    doc = new_doc()
    style = doc.styles.add_style("Numbered Para", WD_STYLE_TYPE.PARAGRAPH)
    style.element.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {W_NS}><w:numId w:val="1"/></w:numPr>')
    )
    doc.add_heading("Submission to the Universal Periodic Review", level=0)
    heading = doc.add_heading("Introduction", level=1)
    heading._p.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {W_NS}><w:ilvl w:val="0"/><w:numId w:val="6"/></w:numPr>')
    )
    doc.add_paragraph("Paragraph from the style.", style="Numbered Para")
    doc.add_paragraph("Second paragraph from the style.", style="Numbered Para")
    switched_off = doc.add_paragraph("Not numbered: numId 0.", style="Numbered Para")
    switched_off._p.get_or_add_pPr().append(
        parse_xml(f'<w:numPr {W_NS}><w:numId w:val="0"/></w:numPr>')
    )
    numbered(doc, "Sub-item by direct ilvl", 1, 1, style="Numbered Para")
    parsed = parse_docx(save(doc), "styles.docx")
    assert labels(parsed) == [
        (None, "title", "Submission to the Universal Periodic Review"),
        ("I", "heading", "Introduction"),
        ("1", "body", "Paragraph from the style."),
        ("2", "body", "Second paragraph from the style."),
        (None, "body", "Not numbered: numId 0."),
        ("a", "list_item", "Sub-item by direct ilvl"),
    ]
    assert parsed.title == "Submission to the Universal Periodic Review"
    assert parsed.kind == "submission"


def test_unknown_numbering_definition_gives_no_label_and_a_warning():
    doc = new_doc()
    numbered(doc, "Points at nothing", 99)
    parsed = parse_docx(save(doc), "x.docx")
    assert labels(parsed) == [(None, "body", "Points at nothing")]
    assert any("numbering" in w for w in parsed.warnings)


def test_typed_numbers_bold_headings_tables_and_margins():
    doc = new_doc()
    doc.sections[0].header.paragraphs[0].text = "Human Rights Watch"
    doc.sections[0].footer.paragraphs[0].text = "Page 1 of 3"
    doc.add_paragraph("Just an opening line about recommendation follow-up.")
    doc.add_paragraph().add_run("Joint Stakeholder Report on Education").bold = True
    doc.add_paragraph("1. Typed number, then text.")
    doc.add_paragraph("(b)\tTyped sub-item.")
    doc.add_paragraph("12 countries joined; not a label.")
    doc.add_paragraph().add_run("Education").bold = True
    table = doc.add_table(rows=2, cols=2)
    for r, row in enumerate(table.rows):
        for c, cell in enumerate(row.cells):
            cell.text = f"cell {r}{c}"
    table.rows[0].cells[0].paragraphs[0].runs[0].bold = True
    doc.add_paragraph("After the table.")
    parsed = parse_docx(save(doc), "typed.docx")
    assert labels(parsed) == [
        (None, "body", "Just an opening line about recommendation follow-up."),
        (None, "title", "Joint Stakeholder Report on Education"),
        ("1", "body", "Typed number, then text."),
        ("b", "list_item", "Typed sub-item."),
        (None, "body", "12 countries joined; not a label."),
        (None, "heading", "Education"),
        (None, "body", "cell 00"),
        (None, "body", "cell 01"),
        (None, "body", "cell 10"),
        (None, "body", "cell 11"),
        (None, "body", "After the table."),
    ]
    assert parsed.title == "Joint Stakeholder Report on Education"
    assert parsed.organisation == "Human Rights Watch"
    assert all("Page" not in p.text and "Watch" not in p.text for p in parsed.paragraphs)
    assert parsed.pages is None  # python-docx's app.xml says 1 page, 0 words


def test_inline_content_fields_tracked_changes_hidden_text():
    doc = new_doc()
    p = doc.add_paragraph()
    p._p.append(parse_xml(f"""<w:r {W_NS}><w:t xml:space="preserve">See </w:t></w:r>"""))
    for xml in (
        '<w:hyperlink r:id="rIdX"><w:r><w:t>the link</w:t></w:r></w:hyperlink>',
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        '<w:r><w:instrText xml:space="preserve"> REF _Ref1 \\r </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        '<w:r><w:t xml:space="preserve">, paragraph 12</w:t></w:r>'
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
        '<w:del w:id="1" w:author="a"><w:r><w:delText>deleted words</w:delText></w:r></w:del>',
        '<w:ins w:id="2" w:author="a"><w:r><w:t xml:space="preserve"> and inserted</w:t></w:r></w:ins>',
        "<w:r><w:rPr><w:vanish/></w:rPr><w:t>hidden</w:t></w:r>",
        "<w:r><w:tab/><w:t>after a tab</w:t><w:br/><w:t>next line</w:t></w:r>",
    ):
        wrapper = parse_xml(
            f'<w:p {W_NS} xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/'
            f'relationships">{xml}</w:p>'
        )
        for child in list(wrapper):
            p._p.append(child)
    parsed = parse_docx(save(doc), "inline.docx")
    assert [p.text for p in parsed.paragraphs] == [
        "See the link, paragraph 12 and inserted after a tab\nnext line"
    ]


def test_strict_ooxml_namespaces_are_read():
    transitional = docx.Document()
    transitional.part.numbering_part._element = parse_xml(NUMBERING)
    numbered(transitional, "A strict paragraph", 1)
    strict = io.BytesIO()
    with (
        zipfile.ZipFile(io.BytesIO(save(transitional))) as src,
        zipfile.ZipFile(strict, "w") as dst,
    ):
        for item in src.infolist():
            data = src.read(item)
            data = data.replace(
                b"http://schemas.openxmlformats.org/wordprocessingml/2006/main",
                b"http://purl.oclc.org/ooxml/wordprocessingml/main",
            ).replace(
                b"http://schemas.openxmlformats.org/officeDocument/2006/relationships",
                b"http://purl.oclc.org/ooxml/officeDocument/relationships",
            )
            dst.writestr(item, data)
    parsed = parse_docx(strict.getvalue(), "strict.docx")
    assert labels(parsed) == [("1", "body", "A strict paragraph")]


FOOTNOTES = f"""<w:footnotes {W_NS}>
  <w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>
  <w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>
  <w:footnote w:id="3"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> A/HRC/40/6, 28.111: second.</w:t></w:r></w:p></w:footnote>
  <w:footnote w:id="5"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> A/HRC/40/6, 28.109: first.</w:t></w:r></w:p>
    <w:p><w:r><w:t>Second paragraph of the note.</w:t></w:r></w:p></w:footnote>
  <w:footnote w:id="7"><w:p><w:r><w:t>A custom-marked note.</w:t></w:r></w:p></w:footnote>
  <w:footnote w:id="9"><w:p><w:r><w:t>Never referenced.</w:t></w:r></w:p></w:footnote>
</w:footnotes>"""

ENDNOTES = f"""<w:endnotes {W_NS}>
  <w:endnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:endnote>
  <w:endnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:endnote>
  <w:endnote w:id="1"><w:p><w:r><w:endnoteRef/></w:r><w:r><w:t xml:space="preserve"> An endnote.</w:t></w:r></w:p></w:endnote>
</w:endnotes>"""


def note_ref(p, tag: str, note_id: int, custom: bool = False) -> None:
    attr = ' w:customMarkFollows="1"' if custom else ""
    p._p.append(parse_xml(f'<w:r {W_NS}><w:{tag} w:id="{note_id}"{attr}/></w:r>'))


def test_footnotes_endnotes_and_custom_marks():
    doc = new_doc()
    add_part(doc, "/word/footnotes.xml", CT.WML_FOOTNOTES, RT.FOOTNOTES, FOOTNOTES)
    add_part(doc, "/word/endnotes.xml", CT.WML_ENDNOTES, RT.ENDNOTES, ENDNOTES)
    p = numbered(doc, "According to Suggestions 28.109", 1)
    note_ref(p, "footnoteReference", 5)
    p.add_run(" and  28.111")
    note_ref(p, "footnoteReference", 3)
    p.add_run(", as noted")
    note_ref(p, "endnoteReference", 1)
    p.add_run(".")
    q = numbered(doc, "A remark", 1)
    note_ref(q, "footnoteReference", 7, custom=True)
    q.add_run("*")
    q.add_run(" with a custom mark.")
    parsed = parse_docx(save(doc), "notes.docx")
    first, second = parsed.paragraphs
    assert first.text == "According to Suggestions 28.109 and 28.111, as noted."
    assert [m.marker for m in first.markers] == ["1", "2", "i"]
    before = [first.text[: m.offset] for m in first.markers]
    assert before[0].endswith("Suggestions 28.109")
    assert before[1].endswith(" and 28.111")  # the doubled space was folded first
    assert before[2].endswith(", as noted")
    assert second.text == "A remark with a custom mark."
    assert [(m.marker, m.offset) for m in second.markers] == [("*", len("A remark"))]
    assert [(f.marker, f.text) for f in parsed.footnotes] == [
        ("1", "A/HRC/40/6, 28.109: first.\nSecond paragraph of the note."),
        ("2", "A/HRC/40/6, 28.111: second."),
        ("*", "A custom-marked note."),
        ("i", "An endnote."),
    ]


def test_decimal_endnotes_are_kept_apart_from_footnotes():
    doc = new_doc()
    add_part(doc, "/word/footnotes.xml", CT.WML_FOOTNOTES, RT.FOOTNOTES, FOOTNOTES)
    add_part(doc, "/word/endnotes.xml", CT.WML_ENDNOTES, RT.ENDNOTES, ENDNOTES)
    settings = doc.settings.element
    settings.append(parse_xml(f'<w:endnotePr {W_NS}><w:numFmt w:val="decimal"/></w:endnotePr>'))
    p = doc.add_paragraph("Footnote")
    note_ref(p, "footnoteReference", 3)
    p.add_run(" and endnote")
    note_ref(p, "endnoteReference", 1)
    parsed = parse_docx(save(doc), "notes.docx")
    assert [m.marker for m in parsed.paragraphs[0].markers] == ["1", "e1"]
    assert [f.marker for f in parsed.footnotes] == ["1", "e1"]


def test_reference_to_a_missing_note_is_dropped_with_a_warning():
    doc = new_doc()
    add_part(doc, "/word/footnotes.xml", CT.WML_FOOTNOTES, RT.FOOTNOTES, FOOTNOTES)
    p = doc.add_paragraph("Dangling")
    note_ref(p, "footnoteReference", 42)
    p.add_run(" then real")
    note_ref(p, "footnoteReference", 3)
    parsed = parse_docx(save(doc), "notes.docx")
    assert [(m.marker, m.offset) for m in parsed.paragraphs[0].markers] == [("2", 18)]
    assert [f.marker for f in parsed.footnotes] == ["2"]
    assert any("footnote 1 is referenced but missing" in w for w in parsed.warnings)


# --------------------------------------------------------------------------- errors


def zip_bytes(files: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, data in files.items():
            z.writestr(name, data)
    return out.getvalue()


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (CANGO_DOCX.read_bytes()[:5000], "damaged or incomplete"),
        (b"PK\x03\x04" + b"\x00garbage" * 100, "damaged or incomplete"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00junk" * 200, "old Word 97–2003 .doc"),
        (
            b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + "EncryptedPackage".encode("utf-16-le"),
            "protected with a password",
        ),
        (zip_bytes({"hello.txt": b"hi"}), "no Word document"),
        (zip_bytes({"Index/Document.iwa": b"x", "Metadata/x.plist": b"y"}), "Apple Pages"),
        (
            zip_bytes({"mimetype": b"application/vnd.oasis.opendocument.text"}),
            "OpenDocument",
        ),
        (b"", "empty"),
        (b"%PDF-1.7 ...", "PDF"),
        (b"plain text, not a zip", "not a ZIP package"),
        (
            zip_bytes({"word/document.xml": b"<w:document><w:body><w:p>"}),
            "not valid",
        ),
    ],
    ids=[
        "truncated",
        "corrupt-zip",
        "old-doc",
        "encrypted",
        "zip-without-document",
        "pages",
        "odt",
        "empty",
        "pdf",
        "text",
        "broken-xml",
    ],
)
def test_unreadable_files_raise_a_clear_error(data, reason):
    with pytest.raises(IngestError) as info:
        parse_docx(data, "submission.docx")
    assert info.value.file == "submission.docx"
    assert reason in info.value.reason
    assert str(info.value).startswith("submission.docx: ")


def test_old_doc_message_says_what_to_do():
    with pytest.raises(IngestError) as info:
        parse_docx(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(600), "old.doc")
    assert "save it as .docx" in info.value.reason


def test_document_without_text_is_refused():
    with pytest.raises(IngestError, match="contains no text"):
        parse_docx(save(docx.Document()), "blank.docx")
