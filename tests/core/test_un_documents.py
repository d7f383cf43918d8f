"""UN PDFs through the whole import: structure, headings' references, footnotes."""

import csv

from tests.conftest import FIXTURES
from tests.core.cli_helpers import cli

UN = FIXTURES / "un"
NATIONAL = UN / "Slovenia-UPR2-A_HRC_WG.6_20_SVN_1-national-report.pdf"
SUMMARY = UN / "Slovenia-UPR2-A_HRC_WG.6_20_SVN_3-stakeholder-summary.pdf"


def _import(capsys, ws, path):
    code, out, err = cli(capsys, ws, "import", str(path))
    assert code == 0, err
    _, doc, _ = cli(capsys, ws, "document", str(out["imported"][0]["document_id"]))
    return doc


def test_national_report_paragraphs_headings_and_unresolved_references(tmp_path, capsys):
    ws = tmp_path / "w.sqlite"
    doc = _import(capsys, ws, NATIONAL)
    assert doc["symbol"] == "A/HRC/WG.6/20/SVN/1"
    assert doc["kind"] == "national_report"
    numbered = [
        p for p in doc["paragraphs"] if p["kind"] == "body" and p["label"] and p["label"].isdigit()
    ]
    assert [int(p["label"]) for p in numbered] == list(range(1, len(numbered) + 1))
    assert len(numbered) > 100
    footnote_texts = [f["text"] for f in doc["footnotes"] if len(f["text"]) > 25]
    for p in doc["paragraphs"]:
        assert "GE.14" not in p["text"]
        assert not p["text"].startswith("A/HRC/WG.6/20/SVN/1")
        assert not any(t in p["text"] for t in footnote_texts)
    rule_of_law = next(p for p in doc["paragraphs"] if "(recommendations 30–31, 54–" in p["text"])
    assert rule_of_law["kind"] == "heading"
    assert rule_of_law["unresolved"][:2] == ["30", "31"]
    assert rule_of_law["links"] == []  # short numbers are never guessed
    anti = next(p for p in doc["paragraphs"] if "(recommendations 19, 21, 26, 63, 64)" in p["text"])
    assert anti["kind"] == "heading" and anti["unresolved"] == ["19", "21", "26", "63", "64"]


def test_short_references_resolve_once_the_report_is_named(tmp_path, capsys):
    ws = tmp_path / "w.sqlite"
    doc = _import(capsys, ws, NATIONAL)
    registry = tmp_path / "first-cycle.csv"
    with open(registry, "w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["symbol", "number", "text", "states", "position"])
        for n in range(1, 120):
            w.writerow(["A/HRC/14/15", f"93.{n}", f"Recommendation text {n}", "Chile", "supported"])
    code, _, err = cli(capsys, ws, "import", str(registry))
    assert code == 0, err
    # still unresolved: nothing says which report the national report means
    _, again, _ = cli(capsys, ws, "document", str(doc["id"]))
    assert all(not p["links"] for p in again["paragraphs"] if p["kind"] == "heading")

    code, out, _ = cli(capsys, ws, "set-report", "--document", str(doc["id"]), "A/HRC/14/15")
    assert code == 0 and out["links"] > 0
    _, after, _ = cli(capsys, ws, "document", str(doc["id"]))
    anti = next(
        p for p in after["paragraphs"] if "(recommendations 19, 21, 26, 63, 64)" in p["text"]
    )
    assert [(lk["number"], lk["origin"]) for lk in anti["links"]] == [
        (f"93.{n}", "section_heading") for n in (19, 21, 26, 63, 64)
    ]
    assert anti["unresolved"] == []


def test_stakeholder_summary_keeps_footnotes_with_their_paragraphs(tmp_path, capsys):
    ws = tmp_path / "w.sqlite"
    doc = _import(capsys, ws, SUMMARY)
    numbered = [
        p for p in doc["paragraphs"] if p["kind"] == "body" and (p["label"] or "").isdigit()
    ]
    assert [int(p["label"]) for p in numbered] == list(range(1, len(numbered) + 1))
    texts = {f["marker"]: f["text"] for f in doc["footnotes"]}
    with_notes = [p for p in doc["paragraphs"] if p["footnotes"]]
    assert len(with_notes) >= 50
    p1 = next(p for p in doc["paragraphs"] if p["label"] == "1")
    assert any(texts[m].startswith("AI, p") for m in p1["footnotes"])
    assert all(not p["links"] for p in doc["paragraphs"])  # "JS1, para. 4" is not a recommendation


def test_every_un_pdf_and_context_document_imports(tmp_path, capsys):
    ws = tmp_path / "w.sqlite"
    files = sorted((FIXTURES / "un").glob("*.pdf")) + sorted((FIXTURES / "context").glob("*.txt"))
    code, out, err = cli(capsys, ws, "import", *map(str, files))
    assert code == 0, err
    assert out["errors"] == []
    assert len(out["imported"]) == len(files)
    for imp in out["imported"]:
        assert imp["paragraphs"] > 0 or imp["recommendations"] > 0
