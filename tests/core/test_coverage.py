"""Coverage of a review: its documents against the recommendations they respond to."""

import pytest

from reviewer.workspace import BadInput, Workspace
from tests.conftest import FIXTURES

CANGO = FIXTURES / "cango" / "cango-upr4-submission.docx"
CHN_LIST = FIXTURES / "un" / "China-UPR3-thematic-list-A_HRC_40_6.docx"
CONTEXT = FIXTURES / "context" / "un-women-china-progress-2022.txt"


@pytest.fixture
def ws(location):
    w = Workspace.open(location, author="Ana")
    w.import_files([CANGO, CHN_LIST, CONTEXT])
    yield w
    w.close()


def test_chn4_against_chn3s_recommendations(ws):
    cov = ws.coverage("CHN-4")
    assert len(cov.recommendations) == 346
    assert {r.symbol for r in cov.recommendations} == {"A/HRC/40/6"}
    titles = [d.file for d in cov.documents]
    assert titles == [CANGO.name, CONTEXT.name]  # the thematic list is no column
    cango = cov.documents[0].id
    assert sorted(cov.cited_by(cango), key=lambda n: int(n.split(".")[1])) == [
        "28.45", "28.47", "28.49", "28.109", "28.111", "28.270", "28.271", "28.274",
        "28.287", "28.294", "28.330",
    ]  # fmt: skip
    assert len(cov.addressed) == 11 and len(cov.nobody) == 335
    assert cov.summary().startswith(
        "346 recommendations · 11 addressed by 1 document · 335 by nobody · supported 284"
    )
    by_position = {t.key: t for t in cov.by_position()}
    assert (by_position["supported"].recommendations, by_position["noted"].recommendations) == (
        284,
        62,
    )
    assert sum(t.addressed for t in cov.by_position()) == 11
    states = {t.key: t for t in cov.by_state()}
    assert states["India"].addressed == 1
    # what CANGO was expected to address: the rest of the themes it writes about
    expected = cov.expected_for(cango)
    assert expected and not {r.number for r in expected} & set(cov.cited_by(cango))


def test_a_rejected_link_does_not_count_and_a_suggestion_counts_apart(ws):
    cov = ws.coverage("CHN-4")
    cango = cov.documents[0]
    para = next(p for p in ws.document(cango.id).paragraphs if p.label == "2")
    ws.set_link_status(para.links[0].id, "rejected")
    ws.link(para.id, "A/HRC/40/6", "28.1", status="suggested")
    cov = ws.coverage("CHN-4")
    rec = {r.number: r for r in cov.recommendations}
    assert cov.cell(rec["28.294"].id, cango.id).paragraphs == 0
    assert cov.cell(rec["28.1"].id, cango.id).suggested == 1
    assert not cov.is_addressed(rec["28.1"].id)  # a suggestion is not an address
    assert len(cov.addressed) == 10


def test_chosen_documents_and_no_scope(ws):
    cango = next(d for d in ws.documents() if d.file == CANGO.name)
    cov = ws.coverage("CHN-4", document_ids=[cango.id])
    assert [d.id for d in cov.documents] == [cango.id]
    with pytest.raises(BadInput):
        ws.coverage()
