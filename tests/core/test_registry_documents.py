"""A registry document is its recommendations and, for a report or its responses, a
readable, searchable document too; one that says it is a report but yields no
recommendation is refused with the reason, never imported as an ordinary document."""

import pymupdf
import pytest

from reviewer.recommendations import detect_registry_kind
from reviewer.workspace import Workspace
from tests.conftest import FIXTURES

UN = FIXTURES / "un"
SVN_WG = UN / "Slovenia-UPR2-A_HRC_28_15-working-group-report.pdf"
CHN_LIST = UN / "China-UPR3-thematic-list-A_HRC_40_6.docx"


@pytest.fixture
def ws(tmp_path):
    w = Workspace.open(tmp_path / "w.sqlite", author="Ana")
    yield w
    w.close()


def test_a_wg_report_is_its_recommendations_and_its_text(ws):
    result = ws.import_file(SVN_WG)
    assert result.recommendations == 163 and result.paragraphs > 300
    doc = ws.get_document(result.document_id)
    assert doc.kind == "wg_report" and doc.recommendations == 163 and doc.pages == 25
    # the interactive dialogue can be read and searched…
    hits = ws.search('"interactive dialogue"')
    assert hits and {h.document_id for h in hits} == {doc.id}
    # …and its own paragraphs (which list the recommendations) link to nothing
    assert all(not p.links for p in ws.document(doc.id).paragraphs)
    assert len(ws.recommendations(symbol="A/HRC/28/15")) == 163


def test_a_thematic_list_is_its_rows_only(ws):
    result = ws.import_file(CHN_LIST)
    assert result.recommendations == 346 and result.paragraphs == 0


def _report_pdf(path, recommendations: list[str]):
    """A report whose title page does not set its symbol on a line of its own (so the
    title page alone does not tell), whose text says what it is."""
    doc = pymupdf.open()
    page = doc.new_page()
    lines = [
        ("United Nations                              A/HRC/99/12", 11),
        ("General Assembly        Distr.: General 2 June 2099", 9),
        ("Human Rights Council", 11),
        ("Report of the Working Group on the Universal Periodic Review", 16),
        ("Atlantis", 14),
        ("1. The Working Group on the Universal Periodic Review held its first session.", 10),
        ("II. Conclusions and/or recommendations", 12),
    ]
    if recommendations:
        lines.append(("12. The following recommendations enjoy the support of Atlantis:", 10))
        lines += [(f"12.{i} {text}", 10) for i, text in enumerate(recommendations, 1)]
    y = 60
    for text, size in lines:
        page.insert_text((50, y), text, fontsize=size)
        y += size * 2.2
    path.write_bytes(doc.tobytes())
    return path


def test_a_report_by_its_text_that_yields_no_recommendation_is_refused(ws, tmp_path):
    path = _report_pdf(tmp_path / "a-hrc-99-12.pdf", [])
    assert detect_registry_kind(path.read_bytes(), path.name) is None  # the title page alone
    done, failed = ws.import_files([path])
    assert done == [] and len(failed) == 1
    assert "recommendations" in failed[0].error and "Conclusions" in failed[0].error
    assert ws.documents() == []  # nothing half-imported


def test_a_report_by_its_text_is_read_for_its_recommendations(ws, tmp_path):
    path = _report_pdf(
        tmp_path / "a-hrc-99-12.pdf",
        ["Ratify the Convention against Torture (Peru);", "Adopt a law on water (Chile)."],
    )
    result = ws.import_file(path)
    assert result.kind == "wg_report" and result.recommendations == 2
    assert [r.number for r in ws.recommendations(symbol="A/HRC/99/12")] == ["12.1", "12.2"]
    assert result.paragraphs > 0


def _csv(path, lines: list[str], newline: str = "\n", encoding: str = "utf-8"):
    path.write_bytes(newline.join(lines).encode(encoding) + newline.encode(encoding))
    return path


@pytest.mark.parametrize(
    "newline,encoding",
    [("\r", "utf-8"), ("\r\n", "utf-16"), ("\n", "cp1252"), ("\r", "mac_roman")],
)
def test_a_third_party_table_with_numbers_in_the_text_cell(ws, tmp_path, newline, encoding):
    path = _csv(
        tmp_path / "uhri-export.csv",
        [
            "Symbol;Recommendation;Recommending State",
            "A/HRC/43/15;186.1. Ratify the Optional Protocol (Côte d’Ivoire);Côte d’Ivoire",
            "A/HRC/43/15;186.2 Adopt a plan on Roma (Peru);Peru",
        ],
        newline,
        encoding,
    )
    result = ws.import_file(path, encoding=encoding if encoding == "mac_roman" else None)
    assert result.recommendations == 2
    rows = ws.recommendations(symbol="A/HRC/43/15")
    assert [(r.number, r.text) for r in rows] == [
        ("186.1", "Ratify the Optional Protocol"),
        ("186.2", "Adopt a plan on Roma"),
    ]
    found = ws.recommendations(symbol="A/HRC/43/15", state="Côte d'Ivoire")
    assert [r.number for r in found] == ["186.1"]  # the State, whichever apostrophe


SVN3_ROWS = [
    "State under review,Cycle,Recommendation number,Recommendation,Recommending State",
    "Slovenia,3,121.1,Ratify the Convention (Peru),Peru",
    "Slovenia,3,122.4,Adopt a plan (Chile),Chile",
]


def test_a_table_naming_the_state_under_review_instead_of_the_symbol(ws, tmp_path):
    table = _csv(tmp_path / "svn3-researcher.csv", SVN3_ROWS)
    done, failed = ws.import_files([table])
    assert done == [] and len(failed) == 1
    assert "Slovenia, cycle 3" in failed[0].error and "Symbol column" in failed[0].error
    assert ws.documents() == []
    # once the workspace knows SVN-3's report, the same table maps through it
    known = _csv(
        tmp_path / "svn3-report.csv",
        ["Symbol,Recommendation number,Recommendation,State under review",
         "A/HRC/43/15,121.1,Ratify the Convention (Peru),Slovenia"],
    )  # fmt: skip
    ws.import_file(known)
    assert ws.get_review("SVN-3").reports == ("A/HRC/43/15",)
    result = ws.import_file(table)
    assert result.recommendations == 2
    assert {r.number for r in ws.recommendations(review="SVN-3")} == {"121.1", "122.4"}


def test_a_table_with_a_state_but_no_cycle_says_what_to_add(ws, tmp_path):
    rows = [",".join(c for i, c in enumerate(r.split(",")) if i != 1) for r in SVN3_ROWS]
    done, failed = ws.import_files([_csv(tmp_path / "no-cycle.csv", rows)])
    assert "Cycle column" in failed[0].error


@pytest.mark.parametrize("responses_first", [True, False])
def test_the_responses_position_stands_whichever_comes_first(ws, responses_first):
    responses = UN / "Slovenia-UPR2-A_HRC_28_15_Add.1-responses.pdf"
    ws.import_files([responses, SVN_WG] if responses_first else [SVN_WG, responses])
    rows = ws.recommendations(symbol="A/HRC/28/15")
    assert {r.position for r in rows} == {"supported", "noted"}
    assert sum(r.position == "supported" for r in rows) == 142
    # the source named is the responses', never the report's "will be examined"
    assert not any("examined" in (r.position_source or "") for r in rows)
    assert not any(r.conflict for r in rows)  # "to be examined" then an answer: no conflict


def test_first_cycle_responses_count_the_items_of_the_report_already_in(ws):
    report = UN / "Slovenia-UPR1-A_HRC_14_15-wg-report.pdf"
    responses = UN / "Slovenia-UPR1-A_HRC_14_15_Add.1-responses.pdf"
    # alone, the responses cannot say which paragraph "1." to "97." count: refused, why
    done, failed = ws.import_files([responses])
    assert done == [] and "which paragraph of A/HRC/14/15" in failed[0].error
    ws.import_files([report, responses])
    rows = {r.number: r for r in ws.recommendations(symbol="A/HRC/14/15")}
    assert len(rows) == 97 and set(rows) == {f"111.{k}" for k in range(1, 98)}
    assert rows["111.2"].position == "supported"
    assert rows["111.3"].position == "partially"
    assert "item 3" in rows["111.3"].position_source
    assert sum(r.position == "supported" for r in rows.values()) == 89
    svn1 = ws.get_review("SVN-1")
    assert svn1.reports == ("A/HRC/14/15",) and svn1.responses == ("A/HRC/14/15/Add.1",)
    assert (svn1.session, svn1.year) == (7, 2010)
