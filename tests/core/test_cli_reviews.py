"""The command line's reviews: `reviews`, `review set|reading|show`, and --review on
documents, recommendations, search and export brief.  JSON keys are only added."""

import pytest

from tests.conftest import FIXTURES
from tests.core.cli_helpers import cli

UN = FIXTURES / "un"
CANGO = FIXTURES / "cango" / "cango-upr4-submission.docx"
CHN_LIST = UN / "China-UPR3-thematic-list-A_HRC_40_6.docx"
SVN_WG = UN / "Slovenia-UPR2-A_HRC_28_15-working-group-report.pdf"
SVN_NATIONAL = UN / "Slovenia-UPR2-A_HRC_WG.6_20_SVN_1-national-report.pdf"
CONTEXT = FIXTURES / "context" / "un-women-china-progress-2022.txt"


@pytest.fixture
def workspace(capsys, location):
    path = location
    code, _, err = cli(
        capsys,
        path,
        "import",
        str(CANGO),
        str(CHN_LIST),
        str(SVN_WG),
        str(SVN_NATIONAL),
        str(CONTEXT),
    )
    assert code == 0, err
    return path


def test_reviews_json(capsys, workspace):
    code, data, _ = cli(capsys, workspace, "reviews")
    assert code == 0
    by = {r["review"]: r for r in data}
    assert set(by) == {"CHN-3", "CHN-4", "SVN-2"}
    keys = {
        "review",
        "state",
        "cycle",
        "session",
        "year",
        "reports",
        "documents",
        "recommendations",
        "links",
    }
    assert all(keys <= set(r) for r in data)
    assert by["CHN-3"] | {} == by["CHN-3"]
    chn3 = by["CHN-3"]
    assert (chn3["state"], chn3["cycle"], chn3["session"], chn3["year"]) == ("China", 3, 31, 2018)
    assert chn3["reports"] == ["A/HRC/40/6"] and chn3["recommendations"] == 346
    assert by["CHN-4"]["documents"] == 2 and by["CHN-4"]["links"] == 11
    assert by["CHN-4"]["uncertain"] == 1 and by["CHN-4"]["responds_to"] == "CHN-3"
    assert by["SVN-2"]["reports"] == ["A/HRC/28/15"] and by["SVN-2"]["session"] == 20


def test_documents_and_document_carry_their_review(capsys, workspace):
    code, docs, _ = cli(capsys, workspace, "documents", "--review", "CHN-4")
    assert code == 0
    assert {d["review"] for d in docs} == {"CHN-4"} and len(docs) == 2
    cango = next(d for d in docs if d["file"] == CANGO.name)
    assert cango["review_status"] == "detected"
    code, one, _ = cli(capsys, workspace, "document", str(cango["id"]))
    assert one["review"] == "CHN-4" and "China" in one["review_reason"]
    code, _, err = cli(capsys, workspace, "documents", "--review", "FRA-3")
    assert code == 1 and "no review FRA-3" in err and "CHN-3" in err


def test_recommendations_of_a_review_and_those_it_responds_to(capsys, workspace):
    code, made, _ = cli(capsys, workspace, "recommendations", "--review", "CHN-3")
    assert code == 0 and len(made) == 346
    assert {(r["review"], r["state"]) for r in made} == {("CHN-3", "China")}
    code, answered, _ = cli(capsys, workspace, "recommendations", "--responds-to", "CHN-4")
    assert [r["number"] for r in answered] == [r["number"] for r in made]
    code, none, _ = cli(capsys, workspace, "recommendations", "--review", "CHN-4")
    assert none == []  # CHN-4's own report is not imported
    code, svn, _ = cli(capsys, workspace, "recommendations", "--review", "SVN-2", "--uncited")
    assert len(svn) == 163 and {r["symbol"] for r in svn} == {"A/HRC/28/15"}


def test_search_in_one_review(capsys, workspace):
    code, hits, _ = cli(capsys, workspace, "search", "women", "--review", "SVN-2")
    code, docs, _ = cli(capsys, workspace, "documents", "--review", "SVN-2")
    assert hits and {h["document_id"] for h in hits} <= {d["id"] for d in docs}


def test_review_set_moves_a_document_and_back(capsys, workspace):
    _, docs, _ = cli(capsys, workspace, "documents")
    ctx = next(d for d in docs if d["file"] == CONTEXT.name)
    assert (ctx["review"], ctx["review_status"]) == ("CHN-4", "uncertain")
    code, data, _ = cli(capsys, workspace, "review", "set", "--document", str(ctx["id"]), "CHN-3")
    assert code == 0 and (data["review"], data["previous"]) == ("CHN-3", "CHN-4")
    _, docs, _ = cli(capsys, workspace, "documents", "--review", "CHN-3")
    assert ctx["id"] in {d["id"] for d in docs}
    code, data, _ = cli(capsys, workspace, "review", "show", "--document", str(ctx["id"]))
    assert data["review_status"] == "manual"
    code, _, err = cli(capsys, workspace, "review", "set", "--document", str(ctx["id"]), "ZZZ-2")
    assert code == 1 and "ISO code" in err
    code, data, _ = cli(capsys, workspace, "review", "set", "--document", str(ctx["id"]), "-")
    assert code == 0 and data["review"] is None


def test_review_show_explains_unresolved_short_numbers(capsys, workspace):
    _, docs, _ = cli(capsys, workspace, "documents", "--review", "SVN-2")
    national = next(d for d in docs if d["file"] == SVN_NATIONAL.name)
    code, data, _ = cli(capsys, workspace, "review", "show", "--document", str(national["id"]))
    assert code == 0 and data["short_numbers"] > 0 and data["unresolved"] == data["short_numbers"]
    assert data["report"] is None and "SVN-1" in data["reason"]


def test_export_brief_of_one_review(capsys, workspace, tmp_path):
    out = tmp_path / "chn4.docx"
    code, data, err = cli(
        capsys,
        workspace,
        "export",
        "brief",
        "--out",
        str(out),
        "--review",
        "CHN-4",
        "--group-by",
        "recommendation",
    )
    assert code == 0, err
    assert data["recommendations"] == 11  # CHN-3's cited ones; no Slovenian stubs
    import docx

    brief = docx.Document(out)
    cells = [c.text for t in brief.tables for row in t.rows for c in row.cells]
    text = "\n".join([p.text for p in brief.paragraphs] + cells)
    assert "A/HRC/40/6" in text and "A/HRC/28/15" not in text and "CHN-4" in text
