"""Briefs at meeting size, read back with python-docx: the cover's documents, who is
named as the reviewer, a paragraph printed in full once, the pages it is on, the
contents page written in full."""

import re

import docx
import pytest
from docx.oxml.ns import qn

from reviewer.workspace import Workspace
from tests.conftest import FIXTURES
from tests.core.brief_helpers import build, export, labels, table_text
from tests.core.cli_helpers import CANGO_LINKS, cli

CANGO_ORG = "China Association for NGO Cooperation"
NETWORK_MD = """**UPR Submission presented by Women's Rights Network to the Human Rights Council**

1. Women in rural areas still lack access to legal aid, and the courts are far away.

2. The Network welcomes the new law on domestic violence and asks for its funding.
"""


@pytest.fixture
def ws(tmp_path):
    w = build(tmp_path / "w.sqlite", thematic=True)
    yield w
    w.close()


def documents_table(doc) -> list[list[str]]:
    """The cover's table of documents, without its header row."""
    [table] = [t for t in doc.tables if table_text(t)[0][:2] == ["Document", "Organisation"]]
    return table_text(table)[1:]


def test_the_cover_lists_the_documents_of_the_brief_each_with_its_organisation(ws, tmp_path):
    other = tmp_path / "network.md"
    other.write_text(NETWORK_MD, encoding="utf-8")
    done, failed = ws.import_files([other])
    assert not failed
    network = ws.document(done[0].document_id)
    ws.link(labels(ws, network.document.id)["1"].id, "A/HRC/40/6", "28.45")
    cango = ws.document(1).document

    _, doc = export(ws, tmp_path / "all.docx")  # every paragraph: both submissions
    assert documents_table(doc) == [
        [cango.title, CANGO_ORG, "16"],
        [network.document.title, "Women's Rights Network", "3"],
    ]  # each with its own organisation; the thematic list (no paragraphs) is not one
    cover = dict(table_text(doc.tables[0]))
    assert not {"Organisation", "Organisations", "Document", "Documents"} & set(cover)

    _, doc = export(ws, tmp_path / "tagged.docx", group_by="recommendation", only="tagged")
    assert documents_table(doc) == [[cango.title, CANGO_ORG, "5"]]  # nothing of the network's

    _, doc = export(ws, tmp_path / "none.docx", symbol="A/HRC/99/9", only="linked")
    assert not [t for t in doc.tables if table_text(t)[0][:1] == ["Document"]]


def test_the_reviewer_is_named_only_when_someone_gave_the_name(ws, tmp_path, capsys, monkeypatch):
    monkeypatch.delenv("UPR_REVIEWER_NAME", raising=False)
    monkeypatch.delenv("UPR_REVIEWER_AUTHOR", raising=False)

    def named(*args) -> tuple[str | None, str]:
        out = tmp_path / "b.docx"
        code, data, err = cli(
            capsys, ws.location, *args[:-1], "export", "brief", "--out", str(out), *args[-1]
        )
        assert code == 0, err
        doc = docx.Document(str(out))
        return dict(table_text(doc.tables[0])).get("Reviewer"), doc.core_properties.author

    # none given: the command line's workspace falls back on the login name for what it
    # records, and the brief names nobody
    assert named(()) == (None, "")
    assert named(("--reviewer", "Ana  Tester")) == ("Ana Tester", "Ana Tester")
    monkeypatch.setenv("UPR_REVIEWER_NAME", "Bea Reviewer")
    assert named(()) == ("Bea Reviewer", "Bea Reviewer")
    assert named(("--reviewer", "Ana Tester")) == ("Ana Tester", "Ana Tester")
    monkeypatch.delenv("UPR_REVIEWER_NAME")
    # the name actions are recorded as serves when a person gave it
    assert named("--author", "Cy Author", ()) == ("Cy Author", "Cy Author")
    monkeypatch.setenv("UPR_REVIEWER_AUTHOR", "Di Author")
    assert named(()) == ("Di Author", "Di Author")

    # the core: no reviewer in the options, none on the brief, whoever holds the workspace
    _, doc = export(ws, tmp_path / "core.docx", only="noted")
    assert "Reviewer" not in dict(table_text(doc.tables[0])) and ws.author == "Mei Lin"
    notes = [p.text for p in doc.paragraphs if p.style.name == "Brief Note"]
    assert notes and all(n.startswith("Note · Mei Lin · ") for n in notes)  # their author
    _, doc = export(ws, tmp_path / "named.docx", reviewer="Ana Tester")
    assert dict(table_text(doc.tables[0]))["Reviewer"] == "Ana Tester"


def bookmarks_of(paragraph) -> set[str]:
    return {b.get(qn("w:name")) for b in paragraph._p.iter(qn("w:bookmarkStart"))}


def anchors_of(paragraph) -> list[str]:
    return [h.get(qn("w:anchor")) for h in paragraph._p.iter(qn("w:hyperlink"))]


def test_a_paragraph_citing_several_recommendations_is_printed_once(ws, tmp_path):
    summary, doc = export(ws, tmp_path / "r.docx", group_by="recommendation")
    by = labels(ws)
    paras = doc.paragraphs
    texts = [p.text for p in paras]
    refers = [p for p in paras if p.style.name == "Brief Refer"]
    # paragraph 6 cites 28.45, 28.47 and 28.49; paragraph 8 four recommendations
    assert len(refers) == sum(len(refs) - 1 for refs in CANGO_LINKS.values()) == 6
    for label, refs in CANGO_LINKS.items():
        assert texts.count(by[label].text) == 1, label
        first = min((n for _, n in refs), key=lambda n: [int(x) for x in n.split(".")])
        mine = [r for r in refers if r.text.startswith(f"See ¶ {label} under ")]
        assert len(mine) == len(refs) - 1
        i = texts.index(by[label].text)  # the full text, right under its heading
        heading = paras[i - 1]
        assert heading.style.name == "Heading 3" and heading.text.endswith(f"Paragraph {label}")
        [mark] = bookmarks_of(heading)
        # the heading of the full text is under the first recommendation it cites
        h2 = next(p.text for p in reversed(paras[:i]) if p.style.name == "Heading 2")
        assert h2.startswith(first + " · ")
        for r in mine:
            assert re.fullmatch(
                rf"See ¶ {label} under {re.escape(first)} \(page \d+ of this brief\), "
                "where it is quoted in full.",
                r.text,
            )
            assert anchors_of(r) == [mark]  # a link to where it is in full
            instr = [" ".join(t.text.split()) for t in r._p.iter(qn("w:instrText"))]
            assert instr == [f"PAGEREF {mark} \\h"]
    # and its notes are not repeated either
    noted = sum(len(by[label].notes) for label in CANGO_LINKS)
    assert sum(1 for p in paras if p.style.name == "Brief Note") == noted == 3


@pytest.fixture
def pdf_ws(tmp_path):
    w = Workspace.open(tmp_path / "p.sqlite", author="Mei Lin")
    done, failed = w.import_files([FIXTURES / "cango" / "cango-upr4-submission.pdf"])
    assert not failed and done[0].links == 11
    yield w
    w.close()


def test_every_quoted_paragraph_says_which_pages_of_its_document(pdf_ws, tmp_path):
    paras = pdf_ws.document(1).paragraphs
    assert all(p.pages for p in paras) and any(p.pages.startswith("pp. ") for p in paras)
    _, doc = export(pdf_ws, tmp_path / "d.docx")
    h2 = [p.text for p in doc.paragraphs if p.style.name == "Heading 2"]
    assert len(h2) == len(paras)
    for heading, p in zip(h2, paras, strict=True):
        assert heading.endswith(", " + p.pages)
        assert re.search(r", pp?\. \d+(–\d+)?$", heading)
    assert "Paragraph 2, pp. 1–2" in h2
    _, doc = export(pdf_ws, tmp_path / "r.docx", group_by="recommendation")
    by = labels(pdf_ws)
    h3 = [p.text for p in doc.paragraphs if p.style.name == "Heading 3"]
    assert len(h3) == sum(len(v) for v in CANGO_LINKS.values())
    for text in h3:  # "China Association for NGO Cooperation — Paragraph 6, p. 3"
        label = re.search(r"— Paragraph (\d+), ", text).group(1)
        assert text == f"{CANGO_ORG} — Paragraph {label}, {by[label].pages}"


def toc_entries(doc) -> list[tuple[str, str, str, int]]:
    """(style, text, link anchor, page) of each line of the contents page."""
    out = []
    for p in doc.paragraphs:
        if p.style.name in ("toc 1", "toc 2"):
            text, page = p.text.rsplit("\t", 1)
            [anchor] = anchors_of(p)
            out.append((p.style.name, text, anchor, int(page)))
    return out


def test_the_contents_page_lists_the_headings_with_their_pages(ws, tmp_path):
    summary, doc = export(ws, tmp_path / "c.docx", group_by="recommendation", review="CHN-4")
    entries = toc_entries(doc)
    headings = [p for p in doc.paragraphs if p.style.name in ("Heading 1", "Heading 2")]
    assert [(s[-1], t) for s, t, _, _ in entries] == [(h.style.name[-1], h.text) for h in headings]
    assert entries[0][1] == "Coverage of CHN-4" and entries[1][1] == "A/HRC/40/6"
    for (_, _, anchor, _), h in zip(entries, headings, strict=True):
        assert bookmarks_of(h) == {anchor}
    pages = [page for *_, page in entries]
    assert pages == sorted(pages) and pages[0] == 2 and pages[-1] <= summary.pages
    # one TOC field around the entries: Word's Update Field rebuilds it from the headings
    body = doc.element.body
    toc = [p for p in body.iter(qn("w:p")) if p.find(qn("w:pPr")) is not None]
    kinds = [
        f.get(qn("w:fldCharType"))
        for p in toc
        if p.find(qn("w:pPr")).find(qn("w:pStyle")) is not None
        and p.find(qn("w:pPr")).find(qn("w:pStyle")).get(qn("w:val")) in ("TOC1", "TOC2")
        for f in p.iter(qn("w:fldChar"))
    ]
    assert kinds[0] == "begin" and kinds[-1] == "end"
    assert kinds.count("begin") == kinds.count("end") == len(entries) + 1
    # by document the contents are the documents
    _, doc = export(ws, tmp_path / "d.docx")
    assert [(s, t) for s, t, _, _ in toc_entries(doc)] == [
        ("toc 1", p.text) for p in doc.paragraphs if p.style.name == "Heading 1"
    ]
