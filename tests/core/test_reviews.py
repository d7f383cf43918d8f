"""Reviews: each document placed in its State's review of a cycle, from what it says;
short numbers read against the previous review's report; the registry and documents
scoped by review."""

import itertools

import pytest

from reviewer.workspace import BadInput, NotFound, Workspace
from tests.conftest import FIXTURES

UN = FIXTURES / "un"
CANGO = FIXTURES / "cango" / "cango-upr4-submission.docx"
CHN_LIST = UN / "China-UPR3-thematic-list-A_HRC_40_6.docx"
SVN_WG = UN / "Slovenia-UPR2-A_HRC_28_15-working-group-report.pdf"
SVN_RESPONSES = UN / "Slovenia-UPR2-A_HRC_28_15_Add.1-responses.pdf"
SVN_NATIONAL = UN / "Slovenia-UPR2-A_HRC_WG.6_20_SVN_1-national-report.pdf"
SVN_SUMMARY = UN / "Slovenia-UPR2-A_HRC_WG.6_20_SVN_3-stakeholder-summary.pdf"
SVN4_RESPONSES = UN / "Slovenia-UPR4-A_HRC_59_15_Add.1-responses.pdf"
CONTEXT = FIXTURES / "context" / "un-women-china-progress-2022.txt"


@pytest.fixture
def ws(location):
    w = Workspace.open(location, author="Ana")
    yield w
    w.close()


def _review_of(ws, path) -> tuple[str | None, str | None]:
    [doc] = [d for d in ws.documents() if d.file == path.name]
    return doc.review, doc.review_status


def test_each_un_document_lands_in_its_review(ws):
    done, failed = ws.import_files(
        [CANGO, CHN_LIST, SVN_WG, SVN_RESPONSES, SVN_NATIONAL, SVN_SUMMARY, SVN4_RESPONSES]
    )
    assert failed == []
    assert _review_of(ws, CANGO) == ("CHN-4", "detected")
    assert _review_of(ws, CHN_LIST) == ("CHN-3", "detected")
    for path in (SVN_WG, SVN_RESPONSES, SVN_NATIONAL, SVN_SUMMARY):
        assert _review_of(ws, path) == ("SVN-2", "detected"), path.name
    assert _review_of(ws, SVN4_RESPONSES) == ("SVN-4", "detected")
    reviews = {r.review: r for r in ws.reviews()}
    assert set(reviews) == {"CHN-3", "CHN-4", "SVN-2", "SVN-4"}
    chn3, svn2, svn4 = reviews["CHN-3"], reviews["SVN-2"], reviews["SVN-4"]
    assert (chn3.state, chn3.state_name, chn3.cycle, chn3.session, chn3.year) == (
        "CHN",
        "China",
        3,
        31,
        2018,
    )
    assert chn3.reports == ("A/HRC/40/6",) and chn3.recommendations == 346
    assert (svn2.cycle, svn2.session, svn2.year) == (2, 20, 2014)
    assert svn2.reports == ("A/HRC/28/15",) and svn2.responses == ("A/HRC/28/15/Add.1",)
    assert svn2.documents == 4 and svn2.recommendations == 163
    assert svn4.reports == ("A/HRC/59/15",) and svn4.responses == ("A/HRC/59/15/Add.1",)
    # Slovenia keeps its place: 4th cycle, 28 sessions after the 2nd (session 48, 2025)
    assert (svn4.session, svn4.year) == (48, 2025)
    assert svn4.dated_by.startswith("estimated from SVN-2")
    chn4 = reviews["CHN-4"]
    assert (
        chn4.previous == "CHN-3" and chn4.links == 11 and chn4.label == "China · 4th cycle · 2024"
    )


@pytest.mark.parametrize("order", [(CANGO, CHN_LIST), (CHN_LIST, CANGO)])
def test_cango_belongs_to_chn4_whichever_comes_first(ws, order):
    for path in order:
        ws.import_file(path)
    assert _review_of(ws, CANGO) == ("CHN-4", "detected")
    [doc] = [d for d in ws.documents() if d.file == CANGO.name]
    assert "China" in doc.review_reason and "A/HRC/40/6" in doc.review_reason
    # the report it cites is CHN-3's, known from the citation or from the thematic list
    assert ws.get_review("CHN-3").reports == ("A/HRC/40/6",)
    assert len(ws.recommendations(responds_to="CHN-4")) == len(ws.recommendations(review="CHN-3"))
    assert {r.review for r in ws.recommendations(symbol="A/HRC/40/6")} == {"CHN-3"}


def test_a_document_that_says_little_is_placed_by_a_guess_and_marked(ws):
    ws.import_file(CONTEXT)
    [doc] = ws.documents()
    assert doc.review == "CHN-4" and doc.review_status == "uncertain"
    assert "no cycle" in doc.review_reason
    assert ws.get_review("CHN-4").uncertain == 1


def test_the_user_places_a_document_and_undoes_it(ws):
    ws.import_files([CONTEXT, CANGO])
    doc = next(d for d in ws.documents() if d.file == CONTEXT.name)
    before = ws.set_document_review(doc.id, "chn-3")
    assert (before.review, before.status) == ("CHN-4", "uncertain")
    now = ws.get_document(doc.id)
    assert (now.review, now.review_status) == ("CHN-3", "manual")
    assert "Ana" in now.review_reason
    assert [d.id for d in ws.documents(review="CHN-3")] == [doc.id]
    ws.restore_document_review(before)
    again = ws.get_document(doc.id)
    assert (again.review, again.review_status, again.review_reason) == (
        "CHN-4",
        "uncertain",
        before.reason,
    )
    # a review left with nothing in it is forgotten
    assert ws.get_review("CHN-3") is None or ws.get_review("CHN-3").reports
    with pytest.raises(BadInput):
        ws.set_document_review(doc.id, "XXX-4")
    with pytest.raises(BadInput):
        ws.set_document_review(doc.id, "China")
    with pytest.raises(NotFound):
        ws.documents(review="FRA-2")


SUBMISSION = """Joint submission on Slovenia for the third cycle of the Universal Periodic Review

1. Slovenia accepted recommendations 15 and 16 in its previous review.
2. Roma settlements in Slovenia still lack water (recommendations 30–31).
3. Slovenia should act.
"""


def _svn_submission(tmp_path, text=SUBMISSION, name="js1-slovenia.txt"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _links(ws, doc_id) -> set[str]:
    detail = ws.document(doc_id)
    return {lk.number for p in detail.paragraphs for lk in p.links}


@pytest.mark.parametrize("report_first", [True, False])
def test_short_numbers_resolve_against_the_previous_reviews_report(ws, tmp_path, report_first):
    sub = _svn_submission(tmp_path)
    order = [SVN_WG, sub] if report_first else [sub, SVN_WG]
    for path in order:
        ws.import_file(path)
    doc = next(d for d in ws.documents() if d.file == sub.name)
    assert (doc.review, doc.review_status) == ("SVN-3", "detected")
    assert doc.report_symbol is None  # no set-report needed
    assert _links(ws, doc.id) == {"115.15", "115.16", "115.30", "115.31"}
    sn = ws.short_numbers(doc.id)
    assert (sn.count, sn.unresolved, sn.report) == (4, 0, "A/HRC/28/15")
    assert "SVN-2" in sn.report_from


def test_before_the_previous_report_is_in_the_short_numbers_say_why(ws, tmp_path):
    doc_id = ws.import_file(_svn_submission(tmp_path)).document_id
    sn = ws.short_numbers(doc_id)
    assert sn.report is None and sn.unresolved == 4
    assert "SVN-2" in sn.reason and "not in the workspace" in sn.reason


def _table(tmp_path, symbol="A/HRC/43/15", majors=((121, 6), (122, 20))):
    rows = ["Symbol,Recommendation number,Recommendation,Recommending State,State under review"]
    for major, count in majors:
        for k in range(1, count + 1):
            rows.append(f'{symbol},{major}.{k},"Do thing {major}.{k}",Peru,Slovenia')
    path = tmp_path / "svn3-table.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


def test_a_report_numbering_under_two_paragraphs_asks_which_and_the_choice_undoes(ws, tmp_path):
    ws.import_file(_table(tmp_path))
    assert ws.get_review("SVN-3").reports == ("A/HRC/43/15",)
    text = SUBMISSION.replace("third", "fourth")
    doc_id = ws.import_file(_svn_submission(tmp_path, text)).document_id
    assert ws.get_document(doc_id).review == "SVN-4"
    sn = ws.short_numbers(doc_id)
    assert sn.report == "A/HRC/43/15" and sn.unresolved == 4 and _links(ws, doc_id) == set()
    assert "under 121 and 122" in sn.reason and "which does recommendation" in sn.reason
    assert [r for r, _ in sn.readings] == ["121", "122", "running", "running-rev"]
    assert dict(sn.readings)["122"] == "Under 122 (122.1–122.20)"
    assert dict(sn.readings)["running-rev"] == "Running order, 122 first (1–26)"
    before = ws.set_short_reading(doc_id, "122")
    assert before is None
    assert _links(ws, doc_id) == {"122.15", "122.16"}
    made = [lk for p in ws.document(doc_id).paragraphs for lk in p.links]
    # read through a reading a person chose: "inferred", confirmed, the reading told
    assert {(lk.origin, lk.status, lk.detail) for lk in made} == {
        ("inferred", "confirmed", "Under 122 (122.1–122.20)")
    }
    assert ws.short_numbers(doc_id).unresolved == 2  # 30 and 31: no such items under 122
    ws.set_short_reading(doc_id, "running")
    assert _links(ws, doc_id) == {"122.9", "122.10"}  # 6 under 121 come first; 26 in all
    ws.set_short_reading(doc_id, before)  # undo: back to unresolved, the links gone
    assert _links(ws, doc_id) == set() and ws.short_numbers(doc_id).unresolved == 4
    with pytest.raises(BadInput):
        ws.set_short_reading(doc_id, "123")


def test_a_reading_that_alone_fits_every_number_still_waits_for_a_person(ws, tmp_path):
    ws.import_file(_table(tmp_path, majors=((121, 6), (122, 20))))
    text = "Submission on Slovenia for the fourth cycle.\n\n1. Slovenia: see recommendations 25 and 26.\n2. Slovenia again.\n"
    doc_id = ws.import_file(_svn_submission(tmp_path, text)).document_id
    # 25 and 26 exist only in the running order (6 + 20 items), yet a State may number
    # them in an order of its own: nothing is linked until a reading is chosen
    assert _links(ws, doc_id) == set()
    assert "numbering" in ws.short_numbers(doc_id).reason
    ws.set_short_reading(doc_id, "running")
    assert _links(ws, doc_id) == {"122.19", "122.20"}
    ws.set_short_reading(doc_id, "running-rev")  # 122's 20 first: 25 and 26 are 121.5, 121.6
    assert _links(ws, doc_id) == {"121.5", "121.6"}
    ws.set_short_reading(doc_id, "running-rev-1")  # number n is the item at n − 1
    assert _links(ws, doc_id) == {"121.4", "121.5"}


def test_a_persons_links_survive_a_change_of_reading(ws, tmp_path):
    ws.import_file(_table(tmp_path))
    text = SUBMISSION.replace("third", "fourth")
    doc_id = ws.import_file(_svn_submission(tmp_path, text)).document_id
    ws.set_short_reading(doc_id, "122")
    para = next(p for p in ws.document(doc_id).paragraphs if p.links)
    link = next(lk for lk in para.links if lk.number == "122.15")
    ws.set_link_status(link.id, "rejected")
    ws.set_short_reading(doc_id, None)
    kept = {(lk.number, lk.status) for p in ws.document(doc_id).paragraphs for lk in p.links}
    assert kept == {("122.15", "rejected")}  # the decision stays; the others went


def test_search_and_registry_scoped_by_review(ws):
    ws.import_files([CANGO, CHN_LIST, SVN_WG, SVN_NATIONAL])
    assert {d.review for d in ws.documents(review="SVN-2")} == {"SVN-2"}
    assert len(ws.documents(review="SVN-2")) == 2
    everywhere = ws.search("women")
    assert {h.document_id for h in everywhere} >= {
        d.id for d in ws.documents() if d.paragraphs and d.review in ("CHN-4", "SVN-2")
    }
    china = ws.search("women", review="CHN-4")
    chn_docs = {d.id for d in ws.documents(review="CHN-4")}
    assert china and {h.document_id for h in china} <= chn_docs
    made = ws.recommendations(review="SVN-2")
    assert len(made) == 163 and {r.symbol for r in made} == {"A/HRC/28/15"}
    assert {(r.review, r.state_under_review) for r in made} == {("SVN-2", "Slovenia")}
    assert ws.recommendations(responds_to="SVN-2") == []  # SVN-1 is not in the workspace
    both = ws.recommendations(review="CHN-4", responds_to="CHN-4")
    assert {r.symbol for r in both} == {"A/HRC/40/6"}


def test_reviews_counts_follow_every_import_order(tmp_path):
    seen = set()
    for i, order in enumerate(itertools.permutations([CANGO, CHN_LIST, SVN_NATIONAL])):
        with Workspace.open(tmp_path / f"w{i}.sqlite") as ws:
            ws.import_files(order)
            seen.add(
                tuple(
                    (r.review, r.documents, r.recommendations, r.links, r.session)
                    for r in ws.reviews()
                )
            )
    assert len(seen) == 1, seen


@pytest.mark.parametrize("table_first", [True, False])
def test_the_national_reports_headings_resolve_against_the_first_cycle_items(
    ws, tmp_path, table_first
):
    """A/HRC/WG.6/20/SVN/1 (SVN-2) cites A/HRC/14/15's items "1." to "97." in 12 section
    headings.  The 1st-cycle report's own PDF layout is another issue's; a table of its
    97 items stands in for it here."""
    rows = ["Symbol,Recommendation number,Recommendation,Recommending State,State under review"]
    rows += [f'A/HRC/14/15,{k},"Item {k}",Peru,Slovenia' for k in range(1, 98)]
    table = tmp_path / "svn1-items.csv"
    table.write_text("\n".join(rows) + "\n", encoding="utf-8")
    order = [table, SVN_NATIONAL] if table_first else [SVN_NATIONAL, table]
    for path in order:
        ws.import_file(path)
    assert ws.get_review("SVN-1").reports == ("A/HRC/14/15",)
    national = next(d for d in ws.documents() if d.file == SVN_NATIONAL.name)
    assert national.review == "SVN-2"
    headings = {
        p.text.split(" (")[0]: sorted((lk.number for lk in p.links), key=int)
        for p in ws.document(national.id).paragraphs
        if p.links
    }
    assert len(headings) == 12
    assert headings["Same-sex partnerships"] == ["5", "6", "7", "8", "22"]
    sn = ws.short_numbers(national.id)
    assert sn.unresolved == 0 and sn.report == "A/HRC/14/15" and "SVN-1" in sn.report_from
    assert {r.symbol for r in ws.recommendations(responds_to="SVN-2")} == {"A/HRC/14/15"}


def test_the_reading_filters_span_one_reviews_documents(ws):
    ws.import_files([CANGO, CHN_LIST, SVN_NATIONAL, SVN_SUMMARY])
    svn = [d.id for d in ws.documents(review="SVN-2")]
    ids = ws.paragraph_ids_filtered(document_ids=svn)
    per_doc = [i for d in sorted(svn) for i in ws.paragraph_ids(d)]
    assert ids == per_doc and len(ids) == 146 + 92
    assert ws.paragraph_ids_filtered(document_ids=[]) == []


@pytest.mark.parametrize("report_first", [True, False])
def test_the_national_reports_headings_resolve_against_the_real_first_cycle_report(
    ws, report_first
):
    report = UN / "Slovenia-UPR1-A_HRC_14_15-wg-report.pdf"
    ws.import_files([report, SVN_NATIONAL] if report_first else [SVN_NATIONAL, report])
    national = next(d for d in ws.documents() if d.file == SVN_NATIONAL.name)
    headings = {
        p.text.split(" (")[0]: sorted(lk.number for lk in p.links)
        for p in ws.document(national.id).paragraphs
        if p.links
    }
    assert len(headings) == 12
    assert headings["Same-sex partnerships"] == sorted(
        ["111.5", "111.6", "111.7", "111.8", "111.22"]
    )
    assert ws.short_numbers(national.id).unresolved == 0
