"""The registry in a workspace: UN documents as the source of every recommendation."""

from collections import Counter

import pytest

from tests.conftest import FIXTURES
from tests.core.cli_helpers import CANGO_LINKS, cli

UN = FIXTURES / "un"
CHINA_LIST = UN / "China-UPR3-thematic-list-A_HRC_40_6.docx"
CANGO = FIXTURES / "cango" / "cango-upr4-submission.md"
SVN_REPORT = UN / "Slovenia-UPR2-A_HRC_28_15-working-group-report.pdf"
SVN_RESPONSES = UN / "Slovenia-UPR2-A_HRC_28_15_Add.1-responses.pdf"
SVN_LIST = UN / "Slovenia-UPR2-thematic-list-A_HRC_28_15.docx"


def _links(capsys, ws, doc_id):
    _, doc, _ = cli(capsys, ws, "document", str(doc_id))
    return {
        p["label"]: {(lk["symbol"], lk["number"]) for lk in p["links"]}
        for p in doc["paragraphs"]
        if p["links"]
    }


def test_china_list_gives_346_recommendations(tmp_path, capsys):
    ws = tmp_path / "w.sqlite"
    code, out, err = cli(capsys, ws, "import", str(CHINA_LIST))
    assert code == 0, err
    assert out["imported"][0]["recommendations"] == 346
    _, recs, _ = cli(capsys, ws, "recommendations", "--symbol", "A/HRC/40/6")
    assert [r["number"] for r in recs] == [f"28.{i}" for i in range(1, 347)]
    assert Counter(r["position"] for r in recs) == {"supported": 284, "noted": 62}
    by = {r["number"]: r for r in recs}
    assert len(by["28.9"]["states"]) == 6
    assert by["28.294"]["states"] == ["India"]
    assert by["28.294"]["text"] == (
        "Continue taking measures for improving women’s development, including the participation "
        "of women in public affairs"
    )
    assert all(r["themes"] and r["affected_persons"] is not None for r in recs)
    assert by["28.294"]["position_source"] == "A/HRC/40/6/Add.1 - Para. 2"


@pytest.mark.parametrize("order", ["cango-first", "list-first"])
def test_cango_and_the_list_in_either_order_share_rows(tmp_path, capsys, order):
    ws = tmp_path / "w.sqlite"
    files = [CANGO, CHINA_LIST] if order == "cango-first" else [CHINA_LIST, CANGO]
    code, out, err = cli(capsys, ws, "import", *map(str, files))
    assert code == 0, err
    cango_id = next(i["document_id"] for i in out["imported"] if i["paragraphs"])
    assert _links(capsys, ws, cango_id) == CANGO_LINKS
    _, recs, _ = cli(capsys, ws, "recommendations")
    assert len(recs) == 346
    assert len({(r["symbol"], r["number"]) for r in recs}) == 346
    by = {r["number"]: r for r in recs}
    assert by["28.294"]["position"] == "supported"
    assert by["28.294"]["paragraph_count"] == 1
    assert by["28.294"]["text"].startswith("Continue taking measures for improving women")
    _, uncited, _ = cli(capsys, ws, "recommendations", "--symbol", "A/HRC/40/6", "--uncited")
    assert len(uncited) == 335
    _, cited, _ = cli(capsys, ws, "recommendations", "--cited")
    assert sorted(r["number"] for r in cited) == sorted(
        n for s in CANGO_LINKS.values() for _, n in s
    )


def test_recommendation_lists_every_citing_paragraph(tmp_path, capsys):
    ws = tmp_path / "w.sqlite"
    cli(capsys, ws, "import", str(CHINA_LIST), str(CANGO))
    code, rec, _ = cli(capsys, ws, "recommendation", "A/HRC/40/6", "28.47")
    assert code == 0
    assert rec["states"] == ["Thailand"]
    assert [(p["label"], p["origin"]) for p in rec["paragraphs"]] == [("6", "footnote")]
    assert "South-South" in rec["paragraphs"][0]["text"]
    code, _, err = cli(capsys, ws, "recommendation", "A/HRC/40/6", "28.999")
    assert code == 1 and "no recommendation" in err


def test_query_filters(tmp_path, capsys):
    ws = tmp_path / "w.sqlite"
    cli(capsys, ws, "import", str(CHINA_LIST))
    _, india, _ = cli(capsys, ws, "recommendations", "--state", "India")
    assert "28.294" in {r["number"] for r in india}
    assert all("India" in r["states"] for r in india)
    _, noted, _ = cli(capsys, ws, "recommendations", "--position", "noted")
    assert len(noted) == 62
    _, a12, _ = cli(capsys, ws, "recommendations", "--theme", "A12")
    assert a12 and all(any(t["code"] == "A12" for t in r["themes"]) for r in a12)
    _, text, _ = cli(capsys, ws, "recommendations", "--text", "South-South")
    assert text and all("South-South" in r["text"] for r in text)


def test_slovenia_report_then_responses_agree_with_the_list(tmp_path, capsys):
    ws = tmp_path / "w.sqlite"
    code, out, err = cli(capsys, ws, "import", str(SVN_REPORT))
    assert code == 0, err
    _, recs, _ = cli(capsys, ws, "recommendations", "--symbol", "A/HRC/28/15")
    assert [r["number"] for r in recs] == [f"115.{i}" for i in range(1, 164)]
    assert all(r["text"] and r["states"] for r in recs)

    code, _, err = cli(capsys, ws, "import", str(SVN_RESPONSES))
    assert code == 0, err
    _, recs, _ = cli(capsys, ws, "recommendations", "--symbol", "A/HRC/28/15")
    assert len(recs) == 163
    assert Counter(r["position"] for r in recs) == {"supported": 142, "noted": 21}

    other = tmp_path / "list.sqlite"
    cli(capsys, other, "import", str(SVN_LIST))
    _, listed, _ = cli(capsys, other, "recommendations", "--symbol", "A/HRC/28/15")
    assert {r["number"]: r["position"] for r in listed} == {
        r["number"]: r["position"] for r in recs
    }

    # the list imported on top enriches the same 163 rows
    cli(capsys, ws, "import", str(SVN_LIST))
    _, merged, _ = cli(capsys, ws, "recommendations", "--symbol", "A/HRC/28/15")
    assert len(merged) == 163 and all(r["themes"] for r in merged)


def test_quote_differences_are_no_conflict_but_a_real_one_keeps_its_source(tmp_path, capsys):
    ws = tmp_path / "w.sqlite"
    # CANGO's footnote has "women's" (straight), the list "women’s" (curly): the same text
    cli(capsys, ws, "import", str(CANGO), str(CHINA_LIST))
    _, rec, _ = cli(capsys, ws, "recommendation", "A/HRC/40/6", "28.294")
    assert [s["source_kind"] for s in rec["sources"]] == ["footnote", "thematic_list"]
    assert not any(s["conflict"] for s in rec["sources"])

    other = tmp_path / "other.md"
    other.write_text(
        "A submission on the UPR\n\n1. We cite a recommendation.[^1]\n\n"
        "[^1]: A/HRC/40/6, 28.294: Stop all measures concerning women (India).\n",
        encoding="utf-8",
    )
    code, _, err = cli(capsys, ws, "import", str(other))
    assert code == 0, err
    _, rec, _ = cli(capsys, ws, "recommendation", "A/HRC/40/6", "28.294")
    assert rec["text"].startswith("Continue taking measures")  # the UN's list stays authoritative
    conflicting = [s for s in rec["sources"] if s["conflict"]]
    assert [s["text"] for s in conflicting] == ["Stop all measures concerning women"]
    assert len(rec["paragraphs"]) == 2


def test_documents_list_counts_what_a_registry_document_brought(tmp_path):
    from reviewer.workspace import Workspace

    with Workspace.open(tmp_path / "w.sqlite") as ws:
        ws.import_files([CANGO, CHINA_LIST])
        by_kind = {d.kind: d for d in ws.documents()}
        assert by_kind["thematic_list"].recommendations == 346
        assert by_kind["submission"].recommendations == 0
        assert by_kind["submission"].paragraphs == 16
        assert ws.get_document(by_kind["thematic_list"].id) == by_kind["thematic_list"]
        assert ws.get_document(by_kind["submission"].id) == by_kind["submission"]
        assert ws.get_document(999) is None


SHORT_REFS = (
    "Follow-up to the third review of China (A/HRC/40/6)\n\n"
    "## Women's rights (recommendations 294, 109 and 111)\n\n"
    "1. The Government has done much, as paragraph 4 of our last submission said.\n"
)


@pytest.mark.parametrize("list_first", [True, False])
def test_short_numbers_resolve_against_the_report_the_document_names(tmp_path, capsys, list_first):
    ws = tmp_path / "w.sqlite"
    sub = tmp_path / "follow-up.md"
    sub.write_text(SHORT_REFS, encoding="utf-8")
    files = [CHINA_LIST, sub] if list_first else [sub, CHINA_LIST]
    code, out, err = cli(capsys, ws, "import", *map(str, files))
    assert code == 0, err
    doc_id = next(i["document_id"] for i in out["imported"] if i["paragraphs"])
    _, doc, _ = cli(capsys, ws, "document", str(doc_id))
    assert doc["report_symbol"] == "A/HRC/40/6"
    heading = next(p for p in doc["paragraphs"] if p["kind"] == "heading")
    assert [(lk["number"], lk["origin"]) for lk in heading["links"]] == [
        ("28.109", "section_heading"),
        ("28.111", "section_heading"),
        ("28.294", "section_heading"),
    ]
    assert heading["unresolved"] == []
    body = next(p for p in doc["paragraphs"] if p["label"] == "1")
    assert body["links"] == [] and body["unresolved"] == []  # "paragraph 4" is no recommendation
