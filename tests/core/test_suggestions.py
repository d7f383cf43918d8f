"""Suggestions: the recommendations an uncited paragraph speaks to.

The mechanics on small built cases (the ranking's order, rejection kept, decisions
feeding later rankings, what suggestions count for) and the command line; the
quality figures on real documents are the bench's (bench/bench_suggest.py).
"""

import pytest

from reviewer.suggest.rank import Example, Query, Ranker, Settings, Target
from reviewer.suggest.terms import subject, terms
from reviewer.workspace import BadInput, Workspace
from tests.conftest import FIXTURES
from tests.core.cli_helpers import cli

RECS = {
    "1": "Ratify the Optional Protocol to the Convention against Torture (Peru)",
    "2": "Increase the participation of women in political and public life (India)",
    "3": "Provide adequate housing, drinking water and sanitation to Roma settlements (Chile)",
    "4": "Criminalize domestic violence and support shelters for its victims (Spain)",
    "5": "Guarantee every child free primary education in rural schools (Ghana)",
    "6": "Combat hate speech online and in the media (Canada)",
}


def _targets():
    return [Target(int(k), v) for k, v in RECS.items()]


def test_terms_stem_and_drop_boilerplate():
    assert terms("Ratifying the ratification") == [terms("ratify")[0]] * 2
    assert terms("Continue efforts to ensure") == []
    assert subject("Combat hate speech (Canada, Chile).") == "Combat hate speech"
    assert subject("Do it (a) and (b) (Peru)") == "Do it (a) and (b)"


def test_each_paragraph_ranks_the_recommendation_it_speaks_to_first():
    r = Ranker(_targets(), settings=Settings(min_share=0.0))
    cases = {
        "The new law raised women's participation in public life and political parties.": 2,
        "Many Roma settlements still have no drinking water or sanitation; housing is poor.": 3,
        "Shelters for victims of domestic violence are full; it is not yet a crime.": 4,
        "Rural schools charge fees, so a child in a village misses primary education.": 5,
    }
    for text, want in cases.items():
        hits = r.rank(Query(text), top=3)
        assert hits[0].key == want, (text, hits)
        assert hits[0].score > 0 and len(hits[0].matched) >= 2
        assert all(w in text.lower() for w in hits[0].matched)  # the paragraph's own words


def test_nothing_is_suggested_for_a_paragraph_that_speaks_to_none():
    r = Ranker(_targets())
    assert r.rank(Query("The weather in spring was mild and the harvest good.")) == []


def test_excluded_pairs_never_come_back_and_ties_keep_the_registry_order():
    r = Ranker([Target(1, "Combat hate speech"), Target(2, "Combat hate speech")])
    q = "Hate speech online grew; nobody combats it."
    assert [h.key for h in r.rank(Query(q))] == [1, 2]
    assert [h.key for h in r.rank(Query(q, exclude=frozenset({1})))] == [2]


def test_decisions_feed_later_rankings():
    targets = [
        Target(1, "Improve the conditions of detention in prisons"),
        Target(2, "Improve the independence of the judiciary"),
    ]
    text = "Improve the situation at the Dob facility: overcrowding, cells, inmates."
    before = Ranker(targets, settings=Settings(min_share=0.0)).rank(Query(text))
    examples = [Example("Overcrowding at Dob: inmates share cells of 8 m².", 1, True)]
    after = Ranker(targets, examples, Settings(min_share=0.0)).rank(Query(text))
    assert after[0].key == 1
    assert after[0].score > next((h.score for h in before if h.key == 1), 0.0)
    # a rejection pulls down the words it matched on
    loose = Settings(min_share=0.0, min_matched=0)
    plain = Ranker(targets, settings=loose).rank(Query(text))
    rejected = [Example("Improve the situation at the Dob facility.", 1, False)]
    worse = Ranker(targets, rejected, loose).rank(Query(text))
    assert next(h.score for h in worse if h.key == 1) < next(h.score for h in plain if h.key == 1)


def _table(tmp_path):
    rows = ["Symbol,Recommendation number,Recommendation,Recommending State,State under review"]
    for k, text in RECS.items():
        plain = subject(text)
        rows.append(f'A/HRC/43/15,121.{k},"{plain}",Peru,Slovenia')
    path = tmp_path / "svn3.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


SUBMISSION = """Joint submission on Slovenia for the fourth cycle of the Universal Periodic Review

1. Roma settlements in Slovenia still lack drinking water and sanitation; housing is poor.
2. Women's participation in political and public life remains low in Slovenia.
3. Slovenia thanks the Working Group.
"""


@pytest.fixture
def svn(tmp_path, location):
    ws = Workspace.open(location, author="Ana")
    ws.import_file(_table(tmp_path))
    path = tmp_path / "js-slovenia.txt"
    path.write_text(SUBMISSION, encoding="utf-8")
    doc_id = ws.import_file(path).document_id
    assert ws.get_document(doc_id).review == "SVN-4"
    yield ws, doc_id
    ws.close()


def _by_label(ws, doc_id):
    return {p.label: p for p in ws.document(doc_id).paragraphs}


def test_suggestions_are_stored_apart_and_count_nowhere(svn):
    ws, doc_id = svn
    found = {ps.label: ps for ps in ws.suggest(doc_id, top=2)}
    assert found["1"].suggestions[0].number == "121.3"
    assert found["2"].suggestions[0].number == "121.2"
    assert "water" in found["1"].suggestions[0].matched
    p1 = _by_label(ws, doc_id)["1"]
    [link] = [lk for lk in p1.links if lk.number == "121.3"]
    assert (link.status, link.origin) == ("suggested", "suggestion")
    assert link.suggested and "water" in link.matched and link.score > 0
    # a proposal: not a citation, not in the registry's counts, not a filter hit
    assert ws.recommendation("A/HRC/43/15", "121.3").recommendation.paragraph_count == 0
    detail = ws.recommendation("A/HRC/43/15", "121.3")
    assert detail.citing == () and detail.suggested == 1 and len(detail.paragraphs) == 1
    assert ws.paragraph_ids_filtered(recommendation_id=link.recommendation_id) == []
    cov = ws.coverage("SVN-4")
    assert cov.cell(link.recommendation_id, doc_id).suggested == 1
    assert not cov.is_addressed(link.recommendation_id)
    assert [ps.label for ps in ws.suggested(doc_id)][:2] == ["1", "2"]


def test_accept_reject_undo_and_a_rejected_one_never_comes_back(svn):
    ws, doc_id = svn
    ws.suggest(doc_id, top=3)
    p1, p2 = _by_label(ws, doc_id)["1"], _by_label(ws, doc_id)["2"]
    rejected = ws.decide_link(p1.id, "A/HRC/43/15", "121.3", accept=False)
    assert rejected.before == "suggested" and rejected.link.status == "rejected"
    accepted = ws.decide_link(p2.id, "A/HRC/43/15", "121.2", accept=True)
    assert accepted.link.origin == "suggestion" and accepted.link.status == "confirmed"
    assert ws.recommendation("A/HRC/43/15", "121.2").recommendation.paragraph_count == 1
    again = {ps.label: ps for ps in ws.suggest(doc_id, top=3)}
    assert "121.3" not in {sg.number for sg in again["1"].suggestions}
    assert "121.2" not in {sg.number for sg in again["2"].suggestions}  # linked already
    statuses = {lk.number: lk.status for lk in _by_label(ws, doc_id)["1"].links}
    assert statuses["121.3"] == "rejected"
    ws.undo_decision(rejected)
    assert {lk.number: lk.status for lk in _by_label(ws, doc_id)["1"].links}["121.3"] == (
        "suggested"
    )
    # deciding a pair never suggested makes the link (a rejection that holds)
    made = ws.decide_link(p1.id, "A/HRC/43/15", "121.6", accept=False)
    assert made.before is None and made.link.origin == "manual"
    ws.undo_decision(made)
    assert "121.6" not in {lk.number for lk in _by_label(ws, doc_id)["1"].links}


def test_suggesting_again_replaces_open_suggestions_only(svn):
    ws, doc_id = svn
    ws.suggest(doc_id, top=5)
    p1 = _by_label(ws, doc_id)["1"]
    ws.decide_link(p1.id, "A/HRC/43/15", "121.3", accept=True)
    ws.suggest(doc_id, top=1)
    links = {lk.number: (lk.status, lk.origin) for lk in _by_label(ws, doc_id)["1"].links}
    assert links["121.3"] == ("confirmed", "suggestion")
    assert sum(1 for st, _ in links.values() if st == "suggested") <= 1


def test_a_document_without_its_registry_is_told_why(tmp_path, location):
    with Workspace.open(location) as ws:
        path = tmp_path / "js-slovenia.txt"
        path.write_text(SUBMISSION, encoding="utf-8")
        doc_id = ws.import_file(path).document_id
        reason = ws.suggestion_scope(doc_id).reason
        assert reason and "not in the workspace" in reason
        with pytest.raises(BadInput, match="not in the workspace"):
            ws.suggest(doc_id)
        registry = ws.import_file(FIXTURES / "un" / "China-UPR3-thematic-list-A_HRC_40_6.docx")
        assert "thematic list" in (ws.suggestion_scope(registry.document_id).reason or "")


def test_recommendations_a_document_cites_are_not_a_registry_to_suggest_from(location):
    with Workspace.open(location) as ws:
        cango = ws.import_file(FIXTURES / "cango" / "cango-upr4-submission.md").document_id
        assert len(ws.recommendations(responds_to="CHN-4")) == 11  # from its footnotes
        assert "not in the workspace" in (ws.suggestion_scope(cango).reason or "")
        ws.import_file(FIXTURES / "un" / "China-UPR3-thematic-list-A_HRC_40_6.docx")
        assert ws.suggestion_scope(cango).reason is None


def test_cli_suggest_and_link_accept_reject(svn, capsys):
    ws, doc_id = svn
    path = ws.location
    code, data, _ = cli(capsys, path, "suggest", "--document", str(doc_id), "--top", "2")
    assert code == 0
    by = {row["label"]: row for row in data}
    assert set(by["1"]) == {"paragraph_id", "label", "suggestions"}
    top = by["1"]["suggestions"][0]
    assert {"symbol", "number", "score", "matched"} <= set(top)
    assert (top["symbol"], top["number"]) == ("A/HRC/43/15", "121.3")
    pid = by["1"]["paragraph_id"]
    code, data, _ = cli(
        capsys, path, "link", "accept", "--paragraph", str(pid), "A/HRC/43/15", "121.3"
    )
    assert code == 0 and data["status"] == "confirmed" and data["before"] == "suggested"
    code, data, _ = cli(
        capsys, path, "link", "reject", "--paragraph", str(pid), "A/HRC/43/15", "121.5"
    )
    assert code == 0 and data["status"] == "rejected"
    code, data, _ = cli(capsys, path, "link", "--paragraph", str(pid), "A/HRC/43/15", "121.1")
    assert code == 0 and (data["origin"], data["status"]) == ("manual", "confirmed")
    code, _, err = cli(capsys, path, "link", "--paragraph", str(pid), "maybe", "A/HRC/43/15", "1")
    assert code == 2 and "accept|reject" in err
    code, _, err = cli(capsys, path, "suggest", "--document", "999")
    assert code == 1 and "no document" in err


def _brief_text(ws, path, **options):
    import docx

    from reviewer.export import BriefOptions, export_brief

    export_brief(ws, path, BriefOptions(**options))
    d = docx.Document(str(path))
    cells = [c.text for t in d.tables for row in t.rows for c in row.cells]
    return "\n".join([p.text for p in d.paragraphs] + cells)


def test_the_brief_holds_accepted_suggestions_marked_and_never_open_ones(svn, tmp_path):
    ws, doc_id = svn
    ws.suggest(doc_id, top=2)
    p1 = _by_label(ws, doc_id)["1"]
    ws.decide_link(p1.id, "A/HRC/43/15", "121.3", accept=True)
    open_numbers = {sg.number for ps in ws.suggested(doc_id) for sg in ps.suggestions}
    assert open_numbers  # some stay open: they must not reach a brief
    text = _brief_text(ws, tmp_path / "a.docx", group_by="recommendation")
    assert "121.3" in text and "accepted suggestion" in text and "(suggested)" not in text
    text = _brief_text(ws, tmp_path / "b.docx", document_id=doc_id)
    assert "accepted suggestion" in text and "suggested" not in text
    assert not any(n in text for n in open_numbers - {"121.3"})
    text = _brief_text(ws, tmp_path / "c.docx", document_id=doc_id, accepted_suggestions=False)
    assert "accepted suggestion" not in text
