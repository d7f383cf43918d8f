"""Coverage exports: the XLSX workbook and the CSV long table, read back; and the
Word brief by recommendation leading with who addressed what."""

import csv
import errno
import shutil

import docx
import openpyxl
import pytest

from reviewer.export import (
    COVERAGE_FORMATS,
    BriefOptions,
    CoverageExportSummary,
    ExportCancelled,
    ExportError,
    atomic,
    export_brief,
    export_coverage,
)
from reviewer.export.coverage import LONG_COLUMNS, NOBODY_COLUMNS, coverage_format
from reviewer.ingest.model import ParsedDocument, ParsedParagraph
from reviewer.words import Words
from reviewer.workspace import BadInput, NotFound, Workspace
from tests.conftest import FIXTURES

EN = Words("en")  # the columns' words in English

CANGO = FIXTURES / "cango" / "cango-upr4-submission.docx"
CHN_LIST = FIXTURES / "un" / "China-UPR3-thematic-list-A_HRC_40_6.docx"
CONTEXT = FIXTURES / "context" / "un-women-china-progress-2022.txt"
CANGO_ORG = "China Association for NGO Cooperation"
CANGO_CITED = {
    "28.45", "28.47", "28.49", "28.109", "28.111", "28.270", "28.271", "28.274",
    "28.287", "28.294", "28.330",
}  # fmt: skip
SUMMARY = (
    "346 recommendations · 11 addressed by 1 document · 335 by nobody · "
    "supported 284 (11 addressed) · noted 62 (0 addressed)"
)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    """CHN-4 (CANGO and a UN Women text) against CHN-3's 346 recommendations, made once."""
    path = tmp_path_factory.mktemp("coverage") / "w.sqlite"
    with Workspace.open(path, author="Ana") as w:
        done, failed = w.import_files([CANGO, CHN_LIST, CONTEXT])
        assert not failed
    return path


@pytest.fixture
def ws(built, tmp_path):
    path = tmp_path / "w.sqlite"
    shutil.copy(built, path)
    w = Workspace.open(path, author="Ana")
    yield w
    w.close()


def rows(sheet, first=1):
    return [[c.value for c in row] for row in sheet.iter_rows(min_row=first)]


def test_the_workbook_has_a_summary_a_matrix_the_paragraphs_and_what_nobody_addressed(ws, tmp_path):
    out = tmp_path / "coverage.xlsx"
    summary = export_coverage(ws, out, "CHN-4")
    assert isinstance(summary, CoverageExportSummary)
    assert summary.as_dict() == {
        "file": str(out.resolve()),
        "format": "xlsx",
        "review": "CHN-4",
        "summary": SUMMARY,
        "recommendations": 346,
        "addressed": 11,
        "nobody": 335,
        "documents": 2,
        "links": 11,
        "language": "en",
    }
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Summary", "Matrix", "Paragraphs", "Not addressed"]

    s = wb["Summary"]
    assert s["A1"].value == "Coverage of China · 4th cycle · 2024 (CHN-4)"
    assert s["A2"].value == SUMMARY
    documents = {r[0]: r for r in rows(s) if r[0] and str(r[0]).startswith("UPR Report")}
    (cango,) = documents.values()
    assert cango[1:4] == [11, 0, 16]

    m = wb["Matrix"]
    header = [c.value for c in m[4]]
    assert header[:4] == ["Theme", "Number", CANGO_ORG, "Progress in China country in 2022"]
    assert header[4:8] == ["Documents", "Paragraphs", "Suggested", "Recommendation"]
    assert m.freeze_panes == "C5"  # the header and the theme and number stay in view
    assert m.auto_filter.ref == f"A4:K{4 + 346}"
    body = rows(m, 5)[:346]
    assert len({r[1] for r in body}) == 346
    # grouped by theme then number: each theme's rows together, numbers in order
    themes = [r[0] for r in body]
    assert themes[0].startswith("A3 ") and len(themes) == 346
    assert all(themes.index(t) + themes.count(t) - 1 == len(themes) - 1 - themes[::-1].index(t)
               for t in set(themes))  # fmt: skip
    cited = {r[1]: r for r in body if r[2]}
    assert set(cited) == CANGO_CITED
    assert all(r[2] == 1 and r[3] is None and r[4] == 1 for r in cited.values())
    totals = {r[0]: r for r in rows(m, 4 + 346 + 2)}
    assert totals["Recommendations addressed"][2:5] == [11, 0, 11]
    assert totals["Paragraphs (confirmed links)"][2:4] == [11, 0]
    assert m.column_dimensions["A"].width >= 20 and m.column_dimensions["H"].width >= 40

    p = wb["Paragraphs"]
    assert [c.value for c in p[1]] == [EN(key) for key, _ in LONG_COLUMNS]
    assert p.freeze_panes == "D2" and p.auto_filter.ref == "A1:N12"
    long = {
        r[0]: dict(zip([EN(key) for key, _ in LONG_COLUMNS], r, strict=True)) for r in rows(p, 2)
    }
    assert {k.split()[-1] for k in long} == CANGO_CITED
    row = long["A/HRC/40/6 28.294"]
    assert row["Symbol"] == "A/HRC/40/6" and row["Number"] == "28.294"
    assert row["Recommending States"] == "India" and row["Position"] == "Supported"
    assert row["Document"] == CANGO_ORG and row["Paragraph"] == "2"
    assert (row["Origin"], row["Status"]) == ("footnote", "confirmed")
    assert row["Reviewer"] == "Ana"
    assert row["Paragraph text"].startswith("We appreciate the continuous efforts")
    assert row["Themes"].startswith("F14 ")

    n = wb["Not addressed"]
    assert [c.value for c in n[1]] == [EN(key) for key, _ in NOBODY_COLUMNS]
    assert n.freeze_panes == "C2" and n.auto_filter.ref == "A1:G336"
    left = rows(n, 2)
    assert len(left) == 335 and not {r[1] for r in left} & CANGO_CITED
    assert left[0][:2] == ["A/HRC/40/6", "28.1"] and left[9][1] == "28.10"  # text, by number


def test_the_csv_is_the_long_table_in_utf8_with_a_bom(ws, tmp_path):
    out = tmp_path / "coverage.csv"
    summary = export_coverage(ws, out, "CHN-4")
    assert (summary.format, summary.links) == ("csv", 11)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    with open(out, encoding="utf-8-sig", newline="") as fh:
        table = list(csv.reader(fh))
    assert table[0] == [EN(key) for key, _ in LONG_COLUMNS]
    assert len(table) == 12
    by = {r[0]: r for r in table[1:]}
    assert by["A/HRC/40/6 28.294"][7:13] == [CANGO_ORG, "2", "", "footnote", "confirmed", "Ana"]
    # the same rows as the workbook's long table
    export_coverage(ws, tmp_path / "c.xlsx", "CHN-4")
    sheet = openpyxl.load_workbook(tmp_path / "c.xlsx")["Paragraphs"]
    assert [r[0] for r in rows(sheet, 2)] == [r[0] for r in table[1:]]


def test_a_suggestion_shows_in_brackets_and_a_rejected_link_not_at_all(ws, tmp_path):
    cango = next(d for d in ws.documents() if d.file == CANGO.name)
    para = next(p for p in ws.document(cango.id).paragraphs if p.label == "2")
    ws.set_link_status(para.links[0].id, "rejected")  # 28.294
    ws.link(para.id, "A/HRC/40/6", "28.1", status="suggested")
    out = tmp_path / "c.xlsx"
    summary = export_coverage(ws, out, "CHN-4")
    assert (summary.addressed, summary.links) == (10, 11)
    wb = openpyxl.load_workbook(out)
    matrix = {r[1]: r for r in rows(wb["Matrix"], 5)[:346]}
    assert matrix["28.1"][2:7] == ["(1)", None, None, None, 1]
    assert matrix["28.294"][2] is None
    long = {r[0]: r for r in rows(wb["Paragraphs"], 2)}
    assert long["A/HRC/40/6 28.1"][11] == "suggested" and "A/HRC/40/6 28.294" not in long
    left = {r[1]: r for r in rows(wb["Not addressed"], 2)}
    assert left["28.1"][6] == CANGO_ORG  # suggested in, not addressed
    assert not left["28.294"][6]


def test_a_text_that_looks_like_a_formula_stays_text(ws, tmp_path):
    res = ws.import_parsed(
        ParsedDocument(
            title="Formulas",
            organisation="=HYPERLINK(evil)",
            format="txt",
            file_name="f.txt",
            sha256="f" * 64,
            paragraphs=(
                ParsedParagraph(0, "1", "body", "=1+1 is what this paragraph says."),
                ParsedParagraph(1, "2", "body", " <b>Tom & Jerry</b>\x07 say “你好” "),
            ),
        )
    )
    ws.set_document_review(res.document_id, "CHN-4")
    first, second = ws.paragraph_ids(res.document_id)
    ws.link(first, "A/HRC/40/6", "28.2")
    ws.link(second, "A/HRC/40/6", "28.3")
    export_coverage(ws, tmp_path / "c.xlsx", "CHN-4")
    wb = openpyxl.load_workbook(tmp_path / "c.xlsx")
    long = {r[0]: r for r in rows(wb["Paragraphs"], 2)}
    assert long["A/HRC/40/6 28.2"][7] == "=HYPERLINK(evil)"
    assert long["A/HRC/40/6 28.2"][13] == "=1+1 is what this paragraph says."
    # markup is escaped, a character XML cannot hold is left out
    stored = ws.paragraph(second).text
    assert "<b>Tom & Jerry</b>\x07" in stored
    assert long["A/HRC/40/6 28.3"][13] == stored.replace("\x07", "").strip()
    cells = [c for row in wb["Paragraphs"].iter_rows() for c in row if c.value]
    assert all(c.data_type != "f" for c in cells)
    export_coverage(ws, tmp_path / "c.csv", "CHN-4")
    text = (tmp_path / "c.csv").read_text(encoding="utf-8-sig")
    assert "'=1+1 is what" in text and "'=HYPERLINK(evil)" in text


def test_the_format_comes_from_the_name_unless_given(ws, tmp_path):
    assert COVERAGE_FORMATS == ("xlsx", "csv")
    assert coverage_format("a.XLSX") == "xlsx" and coverage_format("a.csv") == "csv"
    assert coverage_format("a.txt", "CSV") == "csv"
    with pytest.raises(BadInput, match="name the file .xlsx or .csv"):
        export_coverage(ws, tmp_path / "coverage.txt", "CHN-4")
    with pytest.raises(BadInput, match="must be one of xlsx, csv"):
        export_coverage(ws, tmp_path / "coverage.xlsx", "CHN-4", fmt="ods")
    summary = export_coverage(ws, tmp_path / "coverage.txt", "CHN-4", fmt="csv")
    assert summary.format == "csv"
    assert (tmp_path / "coverage.txt").read_bytes().startswith(b"\xef\xbb\xbfRecommendation,")
    assert not (tmp_path / "coverage.xlsx").exists()


def test_an_unknown_review_names_the_reviews_and_writes_nothing(ws, tmp_path):
    with pytest.raises(NotFound, match=r"no review CHN-9 .*reviews: CHN-3, CHN-4"):
        export_coverage(ws, tmp_path / "c.xlsx", "CHN-9")
    assert list(tmp_path.iterdir()) == [tmp_path / "w.sqlite"] or not (tmp_path / "c.xlsx").exists()


def test_a_full_disk_is_one_error_and_leaves_no_file(ws, tmp_path, monkeypatch):
    def full(fd, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic, "_write_all", full)
    out = tmp_path / "out"
    out.mkdir()
    for name in ("c.xlsx", "c.csv"):
        with pytest.raises(ExportError) as err:
            export_coverage(ws, out / name, "CHN-4")
        assert str(err.value) == f"{out / name}: could not write the file (the disk is full)"
    assert list(out.iterdir()) == []


def test_cancelling_writes_nothing(ws, tmp_path):
    from openpyxl.worksheet._writer import ALL_TEMP_FILES

    before = list(ALL_TEMP_FILES)
    seen = []

    def progress(done, total):
        seen.append((done, total))
        return False

    with pytest.raises(ExportCancelled):
        export_coverage(ws, tmp_path / "c.xlsx", "CHN-4", progress=progress)
    assert seen == [(11, 11)] and not (tmp_path / "c.xlsx").exists()
    assert ALL_TEMP_FILES == before  # the sheets streamed so far are gone


# -- the Word brief by recommendation ------------------------------------------------------
def _blocks(doc):
    out = []
    for b in doc.iter_inner_content():
        out.append(("table", b) if isinstance(b, docx.table.Table) else (b.style.name, b.text))
    return out


def test_the_brief_by_recommendation_leads_with_who_addressed_what(ws, tmp_path):
    path = tmp_path / "brief.docx"
    export_brief(ws, path, BriefOptions(group_by="recommendation", review="CHN-4"))
    blocks = _blocks(docx.Document(str(path)))
    title_block = blocks[2][1]
    assert ["Coverage", SUMMARY] in [[c.text for c in r.cells] for r in title_block.rows]
    i = blocks.index(("Heading 1", "Coverage of CHN-4"))
    assert blocks[i + 1] == ("Brief Meta", SUMMARY)
    assert blocks[i + 2][1].startswith("● a confirmed link")
    table = blocks[i + 3][1]
    cells = [[c.text for c in r.cells] for r in table.rows]
    assert cells[0] == ["Recommendation", CANGO_ORG]  # only the documents that link
    assert {r[0].split()[0] for r in cells[1:]} == CANGO_CITED
    assert [r[1] for r in cells[1:]] == ["●"] * 11
    assert cells[1][0] == "28.45  Pakistan"
    assert blocks[i + 5] == (
        "Brief Hint",
        "Links to none of them: Progress in China country in 2022",
    )
    assert blocks[i + 6] == ("Heading 1", "A/HRC/40/6")  # then the brief as before


def test_the_brief_coverage_follows_the_filters_and_marks_suggestions(ws, tmp_path):
    cango = next(d for d in ws.documents() if d.file == CANGO.name)
    para = next(p for p in ws.document(cango.id).paragraphs if p.label == "6")
    ws.link(para.id, "A/HRC/40/6", "28.44", status="suggested")  # A3, like 28.45
    path = tmp_path / "brief.docx"
    export_brief(ws, path, BriefOptions(group_by="recommendation", review="CHN-4", theme="A3"))
    blocks = _blocks(docx.Document(str(path)))
    i = blocks.index(("Heading 1", "Coverage of CHN-4"))
    assert blocks[i + 1][1].startswith("18 recommendations · 3 addressed by 1 document")
    cells = [[c.text for c in r.cells] for r in blocks[i + 3][1].rows]
    assert [(r[0].split()[0], r[1]) for r in cells[1:]] == [
        ("28.44", "○"),
        ("28.45", "●"),
        ("28.47", "●"),
        ("28.49", "●"),
    ]


def test_many_documents_are_numbered_with_a_key_sixteen_to_a_table(ws, tmp_path):
    for n in range(16):
        res = ws.import_parsed(
            ParsedDocument(
                title=f"Submission {n}",
                organisation=f"Organisation {n}",
                format="txt",
                file_name=f"s{n}.txt",
                sha256=f"{n:064d}",
                paragraphs=(ParsedParagraph(0, "1", "body", f"Paragraph of submission {n}."),),
            )
        )
        ws.set_document_review(res.document_id, "CHN-4")
        ws.link(ws.paragraph_ids(res.document_id)[0], "A/HRC/40/6", f"28.{n % 8 + 1}")
    path = tmp_path / "brief.docx"
    export_brief(ws, path, BriefOptions(group_by="recommendation", review="CHN-4"))
    blocks = _blocks(docx.Document(str(path)))
    i = blocks.index(("Heading 1", "Coverage of CHN-4"))
    names = [CANGO_ORG] + [f"Organisation {n}" for n in range(16)]
    style, key = blocks[i + 3]
    assert style == "Brief Meta"
    assert key.replace("\u00a0", " ") == "   ".join(f"{k} {n}" for k, n in enumerate(names, 1))
    assert "1\u00a0China\u00a0Association" in key  # a number kept with its name
    first, second = [b for kind, b in blocks[i:] if kind == "table"][:2]
    cells = [[c.text for c in r.cells] for r in first.rows]
    assert cells[0] == ["Recommendation"] + [str(k) for k in range(1, 17)]
    assert cells[1] == ["28.1  Senegal", "", "●"] + [""] * 7 + ["●"] + [""] * 6
    cells = [[c.text for c in r.cells] for r in second.rows]
    assert cells[0] == ["Recommendation", "17"]
    assert [r[0].split()[0] for r in cells[1:] if r[1] == "●"] == ["28.8"]  # Organisation 15


def test_a_brief_without_a_review_has_no_coverage(ws, tmp_path):
    path = tmp_path / "brief.docx"
    export_brief(ws, path, BriefOptions(group_by="recommendation"))
    blocks = _blocks(docx.Document(str(path)))
    assert not any(text == "Coverage of CHN-4" for _, text in blocks)
