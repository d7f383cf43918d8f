"""The brief's layout: no table column narrower than its longest word, at A4 and at
Letter; the page estimate; and (with LibreOffice installed) the estimate against
LibreOffice's own page count."""

import shutil
import subprocess
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

from reviewer.export import BriefOptions, estimate_brief, export_brief
from reviewer.export.brief import PAPERS
from reviewer.export.docx_columns import CELL_MARGINS_PT, longest_word_pt
from reviewer.export.docx_metrics import char_width
from reviewer.workspace import Workspace
from tests.conftest import FIXTURES
from tests.core.brief_helpers import build, export

TWIPS_PER_PT = 20
TABLE_TEXT_PT = 9.0  # the "Brief Table Text" style every table cell is set in


@pytest.fixture(scope="module")
def ws(tmp_path_factory):
    w = build(tmp_path_factory.mktemp("layout") / "w.sqlite", thematic=True)
    yield w
    w.close()


def cell_pieces(tc, header: bool):
    """(text, size pt, bold) of each run of a table cell, as Word will set it."""
    for r in tc.iter(qn("w:r")):
        rpr = r.find(qn("w:rPr"))
        sz = rpr.find(qn("w:sz")) if rpr is not None else None
        bold = header or (rpr is not None and rpr.find(qn("w:b")) is not None)
        size = int(sz.get(qn("w:val"))) / 2 if sz is not None else TABLE_TEXT_PT
        yield "".join(t.text or "" for t in r.iter(qn("w:t"))), size, bold


@pytest.mark.parametrize("paper", list(PAPERS))
def test_no_table_column_is_narrower_than_its_longest_word(ws, tmp_path, paper):
    width_cm, _ = PAPERS[paper]
    text_width_pt = (width_cm - 2 * 2.2) / 2.54 * 72
    checked = 0
    for kw in ({}, {"group_by": "recommendation", "review": "CHN-4"}):
        _, doc = export(ws, tmp_path / f"{paper}.docx", paper=paper, reviewer="Mei Lin", **kw)
        assert abs(doc.sections[0].page_width.cm - width_cm) < 0.01
        for table in doc.tables:
            tbl = table._tbl
            layout = tbl.tblPr.find(qn("w:tblLayout"))
            assert layout is not None and layout.get(qn("w:type")) == "fixed"
            grid = [int(g.get(qn("w:w"))) / TWIPS_PER_PT for g in tbl.iter(qn("w:gridCol"))]
            assert sum(grid) <= text_width_pt + 1  # within the margins
            for n, tr in enumerate(tbl.findall(qn("w:tr"))):
                header = tr.find(qn("w:trPr")) is not None and (
                    tr.find(qn("w:trPr")).find(qn("w:tblHeader")) is not None
                )
                for col, tc in enumerate(tr.findall(qn("w:tc"))):
                    w = tc.find(qn("w:tcPr")).find(qn("w:tcW"))
                    assert int(w.get(qn("w:w"))) / TWIPS_PER_PT == pytest.approx(grid[col], abs=1)
                    for text, size, bold in cell_pieces(tc, header):
                        need = longest_word_pt(text, size, bold) + CELL_MARGINS_PT
                        assert grid[col] >= need, (paper, n, col, text)
                        checked += 1
    assert checked > 100


def test_the_widths_are_calibris(tmp_path):
    """The width table is Carlito's (Calibri's metrics); measured again where the font
    is installed, as LibreOffice would use it."""
    pymupdf = pytest.importorskip("pymupdf")
    found = [
        Path(d) / f"Carlito-{style}.ttf"
        for d in ("/usr/share/fonts/truetype/crosextra", "/usr/share/fonts/crosextra")
        for style in ("Regular", "Bold")
    ]
    fonts = [f for f in found if f.exists()]
    if len(fonts) < 2:
        pytest.skip("Carlito is not installed")
    for path, bold in zip(fonts[:2], (False, True), strict=True):
        font = pymupdf.Font(fontfile=str(path))
        for ch in "Recommendation Supported Ljubljana (Plurinational) 28.45 –—“”é№":
            assert font.has_glyph(ord(ch))
            assert char_width(ch, bold) == round(font.glyph_advance(ord(ch)) * 1000), ch


def test_the_estimate_is_the_written_briefs_and_grows_with_it(ws, tmp_path):
    small = estimate_brief(ws, BriefOptions(only="tagged"))
    everything = estimate_brief(ws, BriefOptions())
    summary = export_brief(ws, tmp_path / "b.docx", BriefOptions())
    assert everything.pages == summary.pages > small.pages >= 2
    assert (everything.paragraphs, everything.documents) == (summary.paragraphs, 1)
    letter = estimate_brief(ws, BriefOptions(paper="Letter"))
    assert letter.paper == "Letter" and letter.pages >= 2


def pdf_pages(docx_path: Path, out: Path) -> tuple[int, list[tuple[int, str, int]]]:
    """LibreOffice's page count for a brief, and its headings' pages (the PDF outline)."""
    pymupdf = pytest.importorskip("pymupdf")
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if office is None:
        pytest.skip("LibreOffice is not installed")
    profile = out / "lo-profile"
    subprocess.run(
        [
            office,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out),
            str(docx_path),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    pdf = pymupdf.open(out / (docx_path.stem + ".pdf"))
    return pdf.page_count, pdf.get_toc()


@pytest.mark.slow
def test_the_estimate_against_libreoffice(tmp_path):
    """Three briefs of different sizes: the model's count within a page (or 3 %) of
    LibreOffice's, and the contents page's numbers right for nine headings in ten."""
    ws = Workspace.open(tmp_path / "w.sqlite", author="Mei Lin")
    un = FIXTURES / "un"
    done, failed = ws.import_files(
        [
            FIXTURES / "cango" / "cango-upr4-submission.md",
            un / "China-UPR3-thematic-list-A_HRC_40_6.docx",
            un / "Slovenia-UPR2-A_HRC_28_15-working-group-report.pdf",
            un / "Slovenia-UPR2-A_HRC_WG.6_20_SVN_1-national-report.pdf",
        ]
    )
    assert not failed
    cases = {
        "small": BriefOptions(group_by="recommendation", review="CHN-4"),
        "middle": BriefOptions(group_by="recommendation", review="SVN-2", paper="Letter"),
        "large": BriefOptions(review="SVN-2"),
    }
    for name, options in cases.items():
        path = tmp_path / f"{name}.docx"
        summary = export_brief(ws, path, options)
        pages, outline = pdf_pages(path, tmp_path)
        assert abs(summary.pages - pages) <= max(1, round(pages * 0.03)), (name, summary, pages)
        doc = docx.Document(str(path))
        listed = [
            int(p.text.rsplit("\t", 1)[1])
            for p in doc.paragraphs
            if p.style.name in ("toc 1", "toc 2")
        ]
        levels = 1 if options.group_by == "document" else 2
        real = [page for level, _, page in outline if level <= levels]
        assert len(listed) == len(real) > 0
        right = sum(a == b for a, b in zip(listed, real, strict=True))
        assert right >= 0.9 * len(real), (name, listed, real)
    ws.close()
