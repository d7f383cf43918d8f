"""Briefs, the draft check's report and the coverage files written in each UN language:
no English word of the catalogue (``reviewer.words``) is left in what a reader sees,
the language's own words are there, and a recommendation's text is the registry's
in that language where it has one."""

from __future__ import annotations

import csv
import re
import string
from datetime import date
from pathlib import Path

import docx
import openpyxl
import pytest
from docx.oxml.ns import qn

from reviewer.export import (
    BriefOptions,
    annotate_draft,
    export_brief,
    export_check_report,
    export_coverage,
)
from reviewer.words import CODES, Words, table
from reviewer.workspace import BadInput
from tests.conftest import FIXTURES
from tests.core.brief_helpers import build, labels
from tests.core.cli_helpers import cli
from tests.core.test_check import faulty_draft

CHN_FR = FIXTURES / "un" / "languages" / "China-UPR3-thematic-list-A_HRC_40_6-fr.docx"
FRENCH_28_46 = "Poursuivre ses efforts pour fournir une assistance technique"  # the French list's
ENGLISH_28_46 = "Continue its efforts in providing technical assistance"
LABEL_STYLES = {"Title", "Brief Subtitle", "Brief Label", "Brief Meta", "Brief Hint",
                "Brief Refer", "TOC Heading", "toc 1", "toc 2", "Heading 1", "Heading 2",
                "Heading 3"}  # fmt: skip
FOREIGN = [c for c in CODES if c != "en"]


@pytest.fixture(scope="module")
def ws(tmp_path_factory):
    """CANGO tagged and noted, the English and French thematic lists, and a paragraph
    linked by hand to 28.46, a recommendation the French list gives."""
    folder = tmp_path_factory.mktemp("languages")
    ws = build(folder / "ws.sqlite", thematic=True)
    done, failed = ws.import_files([CHN_FR])
    assert not failed
    ws.link(labels(ws)["6"].id, "A/HRC/40/6", "28.46")
    yield ws
    ws.close()


def _english_words() -> dict[str, list[str]]:
    """Each English entry's fixed pieces (between its placeholders) a reader would read:
    those of two words or more, with letters."""
    out: dict[str, list[str]] = {}
    for key, entry in table("en").items():
        forms = entry.values() if isinstance(entry, dict) else [entry]
        pieces = []
        for form in forms:
            if not isinstance(form, str):
                continue
            for literal, *_ in string.Formatter().parse(form):
                piece = literal.strip(" .,:;()—–·")
                if re.search(r"[A-Za-z]{2,}\W+[A-Za-z]{2,}", piece) or (
                    piece == form.strip() and re.fullmatch(r"[A-Z][a-z]{3,}", piece)
                ):
                    pieces.append(piece)
        if pieces:
            out[key] = pieces
    return out


ENGLISH = _english_words()


def leftovers(texts: list[str], lang: str, only: tuple[str, ...] = ()) -> list[tuple[str, str]]:
    """(key, English words) of the catalogue found in ``texts`` though ``lang`` says
    them otherwise (``only``: the keys starting so).  A one-word label counts only as a
    whole text ("Contents")."""
    found = []
    theirs = table(lang)
    for key, pieces in ENGLISH.items():
        if theirs[key] == table("en")[key] or (only and not key.startswith(only)):
            continue  # the same words in both (checked in test_words)
        for piece in pieces:
            if " " in piece:
                hit = any(piece in t for t in texts)
            else:
                hit = any(t.strip(" :：") == piece for t in texts)
            if hit:
                found.append((key, piece))
    return found


def label_texts(doc) -> list[str]:
    """What the brief itself says: headings, labels, table headers, bold runs, the
    cover's table, the footer and the properties (not the documents' quoted text)."""
    out = []
    for p in doc.paragraphs:
        if p.style.name in LABEL_STYLES or p.style.name.startswith("List"):
            out.append(p.text)
        out += [r.text for r in p.runs if r.bold]
    for i, t in enumerate(doc.tables):
        rows = t.rows if i == 0 else t.rows[:1]  # the cover's table whole; headers
        out += [c.text for row in rows for c in row.cells]
    out += [p.text for s in doc.sections for p in s.footer.paragraphs]
    cp = doc.core_properties
    out += [cp.subject, cp.keywords, cp.comments, cp.category]
    return [t for t in out if t]


def all_texts(doc) -> list[str]:
    out = [p.text for p in doc.paragraphs]
    out += [c.text for t in doc.tables for row in t.rows for c in row.cells]
    return out


# -- briefs ------------------------------------------------------------------------------


@pytest.mark.parametrize("lang", FOREIGN)
@pytest.mark.parametrize("group_by", ["document", "recommendation", "tag"])
def test_a_brief_in_another_language_has_no_english_label_left(ws, tmp_path, lang, group_by):
    path = tmp_path / f"{group_by}-{lang}.docx"
    review = "CHN-4" if group_by == "recommendation" else None
    options = BriefOptions(group_by=group_by, language=lang, reviewer="Mei Lin", review=review)
    summary = export_brief(ws, path, options)
    assert summary.language == lang and summary.paragraphs > 0
    doc = docx.Document(str(path))
    texts = label_texts(doc)
    assert leftovers(texts, lang) == []
    w = Words(lang)
    assert w("brief.contents") in texts and w(f"brief.subtitle.{group_by}") in texts
    assert w("brief.title") == doc.core_properties.title
    every = "\n".join(all_texts(doc))
    dates = {w.date(doc.core_properties.created), w.date(date.today())}
    assert any(d in every for d in dates)  # the cover's date, in the language
    if group_by == "recommendation":
        assert w("position.supported") in every and w("col.states") in texts


def test_the_english_brief_is_found_out_by_the_same_check(ws, tmp_path):
    """The check that finds no English in a French brief finds it in an English one
    read as if it were French (it can fail)."""
    path = tmp_path / "en.docx"
    export_brief(ws, path, BriefOptions(group_by="recommendation", review="CHN-4"))
    found = {key for key, _ in leftovers(label_texts(docx.Document(str(path))), "fr")}
    assert {"brief.contents", "col.states", "brief.what_they_say", "brief.key.in_brief"} <= found


def test_a_brief_prints_the_recommendation_s_text_in_its_language_where_the_registry_has_it(
    ws, tmp_path
):
    texts = {}
    for lang in ("en", "fr", "es"):
        path = tmp_path / f"{lang}.docx"
        export_brief(ws, path, BriefOptions(group_by="recommendation", language=lang))
        texts[lang] = "\n".join(all_texts(docx.Document(str(path))))
    assert ENGLISH_28_46 in texts["en"] and FRENCH_28_46 not in texts["en"]
    assert FRENCH_28_46 in texts["fr"] and ENGLISH_28_46 not in texts["fr"]
    # Spanish: the registry has only the English and French lists: the original text
    assert ENGLISH_28_46 in texts["es"]
    # one the French list lacks stays as first given, in the French brief too
    assert "Continue to promote the Belt and Road Initiative" in texts["fr"]


def test_chinese_and_french_brief_forms(ws, tmp_path):
    zh, fr = tmp_path / "zh.docx", tmp_path / "fr.docx"
    export_brief(ws, zh, BriefOptions(language="zh", reviewer="Mei Lin"))
    export_brief(ws, fr, BriefOptions(language="fr", reviewer="Mei Lin"))
    zh_doc, fr_doc = docx.Document(str(zh)), docx.Document(str(fr))
    headings = [p.text for p in zh_doc.paragraphs if p.style.name == "Heading 2"]
    assert "第6段" in headings and "第2段" in headings
    assert any(
        re.fullmatch(r"\d{4}年\d{1,2}月\d{1,2}日", c.text)
        for c in zh_doc.tables[0].columns[1].cells
    )
    footer = "".join(p.text for p in zh_doc.sections[0].footer.paragraphs)
    assert "第" in footer and "页，共" in footer
    # Word shows Chinese in a Chinese font: every style's East Asian font is set
    fonts = zh_doc.styles.element.findall(".//" + qn("w:rFonts"))
    assert fonts and all(f.get(qn("w:eastAsia")) == "Microsoft YaHei" for f in fonts)
    fr_headings = [p.text for p in fr_doc.paragraphs if p.style.name == "Heading 2"]
    assert "Paragraphe 6" in fr_headings
    lang = fr_doc.styles.element.find(qn("w:docDefaults")).find(".//" + qn("w:lang"))
    assert lang.get(qn("w:val")) == "fr-FR" and fr_doc.core_properties.language == "fr-FR"
    notes = [p.text for p in fr_doc.paragraphs if p.style.name == "Brief Note"]
    assert any(n.startswith("Note · Mei Lin · ") for n in notes)


def test_an_arabic_brief_reads_right_to_left(ws, tmp_path):
    path = tmp_path / "ar.docx"
    export_brief(ws, path, BriefOptions(language="ar"))
    doc = docx.Document(str(path))
    title = doc.paragraphs[0]
    assert title.text == Words("ar")("brief.title")
    assert title._p.pPr.find(qn("w:bidi")) is not None
    english = next(p for p in doc.paragraphs if p.text.startswith("We appreciate"))
    assert english._p.pPr is None or english._p.pPr.find(qn("w:bidi")) is None


def test_an_unknown_language_is_refused_before_anything_is_written(ws, tmp_path):
    with pytest.raises(BadInput, match="en, fr, es, zh, ar, ru"):
        export_brief(ws, tmp_path / "de.docx", BriefOptions(language="de"))
    assert not (tmp_path / "de.docx").exists()


# -- the check report and the annotated draft ----------------------------------------------


@pytest.fixture(scope="module")
def checked(ws, tmp_path_factory):
    folder = tmp_path_factory.mktemp("check")
    draft = faulty_draft(folder)
    return draft, ws.check_file(draft)


@pytest.mark.parametrize("lang", FOREIGN)
def test_the_check_report_in_another_language(checked, tmp_path, lang):
    draft, report = checked
    out = tmp_path / f"check-{lang}.docx"
    summary = export_check_report(report, out, author="Mei Lin", language=lang)
    assert summary.language == lang and summary.findings == len(report.findings) > 5
    doc = docx.Document(str(out))
    texts = label_texts(doc)
    every = all_texts(doc)
    assert leftovers(texts, lang) == []
    # the findings themselves, not only the labels: no English message or fix is left
    assert leftovers(every, lang) == []
    w = Words(lang)
    for f in report.findings:
        assert w.render(f.message) in every and f.message not in every
    assert w("rule.number") in "\n".join(every)

    annotated = tmp_path / f"annotated-{lang}.docx"
    done = annotate_draft(report, draft, annotated, language=lang)
    comments = docx.Document(str(annotated)).comments
    assert done.language == lang and len(comments) == len(report.findings)
    assert {c.author for c in comments} == {w("check.comment_author")}
    assert leftovers([p.text for c in comments for p in c.paragraphs], lang) == []


# -- the coverage workbook and CSV -----------------------------------------------------------


@pytest.mark.parametrize("lang", FOREIGN)
def test_the_coverage_workbook_in_another_language(ws, tmp_path, lang):
    out = tmp_path / f"coverage-{lang}.xlsx"
    summary = export_coverage(ws, out, "CHN-4", language=lang)
    assert summary.language == lang
    assert summary.summary.startswith("346 recommendations")  # the JSON's, in English
    wb = openpyxl.load_workbook(out)
    w = Words(lang)
    assert wb.sheetnames == [
        w("xlsx.sheet.summary"), w("xlsx.sheet.matrix"), w("xlsx.sheet.paragraphs"),
        w("xlsx.sheet.nobody"),
    ]  # fmt: skip
    texts = [str(c.value) for sh in wb for row in sh.iter_rows() for c in row if c.value]
    headers = [str(c.value) for sh in wb for c in next(sh.iter_rows()) if c.value]
    # (the recommendations' and documents' own English text is in it: the workbook's words)
    assert leftovers(texts, lang, ("xlsx.", "col.", "cov.", "count.", "position.", "kind.")) == []
    assert leftovers(headers, lang) == []
    assert w("col.paragraph_text") in headers and w("count.recommendations", n=346) in "\n".join(
        texts
    )


def test_the_coverage_csv_in_french(ws, tmp_path):
    out = tmp_path / "c.csv"
    export_coverage(ws, out, "CHN-4", language="fr")
    with open(out, encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    assert rows[0][:4] == ["Recommandation", "Cote", "Numéro", "Texte"]
    by = {r[0]: r for r in rows[1:]}
    assert by["A/HRC/40/6 28.294"][5] in ("Soutenue", "Prise en note")
    assert by["A/HRC/40/6 28.294"][10:12] == ["note de bas de page", "confirmé"]
    assert by["A/HRC/40/6 28.46"][3].startswith(FRENCH_28_46)


# -- the command line ------------------------------------------------------------------------


def test_the_command_line_writes_each_file_in_the_language_asked(ws, tmp_path, capsys, checked):
    path = Path(ws.path)
    code, data, err = cli(capsys, path, "export", "brief", "--out", str(tmp_path / "b.docx"),
                          "--language", "es")  # fmt: skip
    assert code == 0, err
    assert data["language"] == "es" and set(data) >= {"file", "paragraphs", "pages"}
    assert "Índice" in [p.text for p in docx.Document(str(tmp_path / "b.docx")).paragraphs]
    code, data, err = cli(capsys, path, "coverage", "--review", "CHN-4", "--out",
                          str(tmp_path / "c.xlsx"), "--language", "zh")  # fmt: skip
    assert code == 0 and data["language"] == "zh", err
    assert openpyxl.load_workbook(tmp_path / "c.xlsx").sheetnames[0] == "概要"
    draft, _ = checked
    code, data, err = cli(capsys, path, "check", str(draft), "--out", str(tmp_path / "r.docx"),
                          "--annotate", str(tmp_path / "a.docx"), "--language", "fr")  # fmt: skip
    assert code == 1, err
    assert data["out"]["language"] == "fr" and data["annotated"]["language"] == "fr"
    assert all("Correction" not in f["fix"] for f in data["findings"])  # JSON: English
    text = [p.text for p in docx.Document(str(tmp_path / "r.docx")).paragraphs]
    assert "Constats" in text and "Findings" not in text
    code, _, err = cli(capsys, path, "export", "brief", "--out", str(tmp_path / "x.docx"),
                       "--language", "de")  # fmt: skip
    assert code == 2 and "invalid choice" in err and not (tmp_path / "x.docx").exists()
