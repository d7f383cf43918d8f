"""The draft check on real files: the CANGO submission (a real, correct one) and a
copy of it with deliberate faults, against China's 3rd-cycle thematic list
(A/HRC/40/6: 346 recommendations with their States, positions and themes).

The faults are checked finding by finding, through the command line's JSON; then
dismissals (kept per document, the exit status following them), and the Word
outputs read back with python-docx.
"""

import copy
import re
import shutil

import docx
import pytest
from docx.oxml.ns import qn
from docx.text.paragraph import Paragraph
from sqlalchemy import text as sql

from reviewer.workspace import CheckSettings, Workspace
from tests.conftest import FIXTURES
from tests.core.cli_helpers import cli

CANGO = FIXTURES / "cango" / "cango-upr4-submission"
THEMATIC = FIXTURES / "un" / "China-UPR3-thematic-list-A_HRC_40_6.docx"
CITATION_RULES = {"number", "symbol", "state", "position", "range"}

# The faults written into the copy: (paragraph text, the key it must give).
WRONG_NUMBER = (
    "The Government also reported on recommendation A/HRC/40/6, 28.400 on rural "
    "schools, which remains to be implemented."
)
WRONG_STATE = (
    "We welcome the progress on A/HRC/40/6, 28.294 (Malaysia) on the participation of "
    "women in public affairs."
)
# 28.5 ("Ratify the International Covenant on Civil and Political Rights") was noted.
NOTED_AS_ACCEPTED = (
    "China accepted recommendation A/HRC/40/6, 28.5 to ratify the International Covenant "
    "on Civil and Political Rights, yet the Covenant is still not ratified."
)
UNNUMBERED = "Our organisation adds its observations on rural schools in the paragraphs below."
ANNEXED = "Our full study of rural boarding schools is annexed to this submission as Annex 1."
OLD_AND_CROSSING = (
    "In 2016 the Ministry of Education issued guidelines on rural boarding schools "
    "(A/HRC/40/6, 28.340–29.2)."
)


@pytest.fixture(scope="module")
def registry_file(tmp_path_factory):
    """A workspace holding China's thematic list, made once and copied per test."""
    path = tmp_path_factory.mktemp("registry") / "registry.sqlite"
    with Workspace.open(path) as ws:
        result = ws.import_file(THEMATIC)
        assert result.recommendations == 346
        noted = ws.recommendation("A/HRC/40/6", "28.5").recommendation
        assert noted.position == "noted" and "Civil and Political Rights" in noted.text
        assert ws.recommendation("A/HRC/40/6", "28.294").recommendation.states == ("India",)
    return path


@pytest.fixture
def workspace(registry_file, tmp_path):
    path = tmp_path / "ws.sqlite"
    shutil.copy(registry_file, path)
    return path


def _insert_after(anchor: Paragraph, text: str, numbered: bool = True) -> Paragraph:
    """A paragraph like ``anchor`` (its style and Word numbering) holding ``text``."""
    new = copy.deepcopy(anchor._p)
    for child in list(new):
        if child.tag != qn("w:pPr"):
            new.remove(child)
    if not numbered:
        ppr = new.find(qn("w:pPr"))
        for num in ppr.findall(qn("w:numPr")):
            ppr.remove(num)
    anchor._p.addnext(new)
    para = Paragraph(new, anchor._parent)
    para.add_run(text)
    return para


def faulty_draft(folder):
    """The CANGO submission with the faults above (it has no key-words line already)."""
    doc = docx.Document(str(CANGO.with_suffix(".docx")))
    ps = doc.paragraphs
    a = _insert_after(ps[4], WRONG_NUMBER)
    b = _insert_after(a, WRONG_STATE)
    c = _insert_after(b, NOTED_AS_ACCEPTED)
    _insert_after(c, UNNUMBERED, numbered=False)
    e = _insert_after(ps[10], ANNEXED)
    _insert_after(e, OLD_AND_CROSSING)
    path = folder / "faulty-draft.docx"
    doc.save(str(path))
    return path


def _by_key(findings):
    return {f["key"]: f for f in findings}


def test_a_faulty_draft_is_checked_finding_by_finding(capsys, workspace, tmp_path):
    draft = faulty_draft(tmp_path)
    code, data, err = cli(capsys, workspace, "check", str(draft), "--word-limit", "1000")
    assert code == 1, err
    assert data["document_id"] is None and data["review"] == "CHN-4"
    assert data["word_limit"] == 1000 and data["words"] > 1000
    assert any("not in the workspace" in n for n in data["notes"])
    found = _by_key(data["findings"])
    keys = {k for k in found if not k.startswith("coverage:")}
    hashed = {k for k in keys if re.fullmatch(r"(numbering|annex|period:\d{4}):[0-9a-f]{8}", k)}
    assert keys - hashed == {
        "number:A/HRC/40/6:28.400",
        "number:A/HRC/40/6:29.2",
        "state:A/HRC/40/6:28.294:Malaysia",
        "position:A/HRC/40/6:28.5",
        "range:A/HRC/40/6:28.340-29.2",
        "words",
        "numbering:pages",
        "keywords",
    }
    assert sorted(k.rsplit(":", 1)[0] for k in hashed) == ["annex", "numbering", "period:2016"]

    # each finding says what is wrong and how to fix it, on the paragraph at fault
    paras = {p.text: p for p in docx.Document(str(draft)).paragraphs}
    assert set(paras) >= {WRONG_NUMBER, WRONG_STATE, NOTED_AS_ACCEPTED}
    f = found["number:A/HRC/40/6:28.400"]
    assert (f["rule"], f["severity"]) == ("number", "error")
    assert f["message"] == "28.400: A/HRC/40/6 has 28.1–28.346"
    assert f["label"] is not None and f["paragraph_id"] is None  # a file: no stored ids
    f = found["state:A/HRC/40/6:28.294:Malaysia"]
    assert f["message"] == "28.294 (Malaysia): the registry gives India"
    assert f["fix"].startswith("Write (India)")
    f = found["position:A/HRC/40/6:28.5"]
    assert "accepted" in f["message"] and "China noted it" in f["message"]
    f = found["range:A/HRC/40/6:28.340-29.2"]
    assert "different paragraphs" in f["message"]
    f = found["words"]
    assert f["message"].startswith(f"{data['words']:,} words: over the limit of 1,000")
    assert f["paragraph_id"] is None and f["label"] is None
    unnumbered = next(
        v for k, v in found.items() if k.startswith("numbering:") and k != "numbering:pages"
    )
    assert unnumbered["label"] is None and unnumbered["paragraph_index"] is not None
    annex = next(v for k, v in found.items() if k.startswith("annex:"))
    period = next(v for k, v in found.items() if k.startswith("period:"))
    assert "2016" in period["message"] and "CHN-3, 2018" in period["message"]
    assert annex["label"] and period["label"] and annex["label"] != period["label"]
    # coverage: one finding per theme, a few numbers each, never the draft's own
    coverage = [v for k, v in found.items() if k.startswith("coverage:")]
    assert coverage and all(v["severity"] == "info" for v in coverage)
    cited = {"28.294", "28.109", "28.111", "28.45", "28.47", "28.49", "28.270", "28.287"}
    for v in coverage:
        listed = v["message"].split("(", 1)[1]
        assert not any(f"{n}," in listed or f"{n})" in listed for n in cited), v

    # the same file with the words rule's default limit, and with rules skipped
    code, data, _ = cli(capsys, workspace, "check", str(draft), "--skip", "coverage")
    assert "words" not in _by_key(data["findings"])
    assert not any(f["rule"] == "coverage" for f in data["findings"])


@pytest.mark.parametrize("suffix", [".docx", ".md", ".pdf"])
def test_the_real_cango_submission_gets_no_citation_findings(capsys, workspace, suffix):
    code, data, err = cli(capsys, workspace, "check", str(CANGO.with_suffix(suffix)))
    assert data is not None, err
    rules = {f["rule"] for f in data["findings"]}
    assert not rules & CITATION_RULES, data["findings"]
    # what it does get: no key-words line; no page numbers (in the Word and PDF files);
    # and the 3rd cycle's recommendations on its themes it leaves out
    keys = {f["key"] for f in data["findings"] if f["rule"] != "coverage"}
    pages = {"numbering:pages"} if suffix != ".md" else set()
    assert keys == {"keywords"} | pages
    themes = {f["key"] for f in data["findings"] if f["rule"] == "coverage"}
    assert {"coverage:E51", "coverage:A3"} <= themes and len(themes) <= 6
    assert data["words"] < 2815 and code == 1


def test_dismissals_are_kept_per_document_and_set_the_exit_status(capsys, workspace, tmp_path):
    draft = faulty_draft(tmp_path)
    with Workspace.open(workspace) as ws:
        doc_id = ws.import_file(draft).document_id
        ws.take_changes()
    code, data, _ = cli(capsys, workspace, "check", str(doc_id))
    assert code == 1 and data["document_id"] == doc_id
    ids = {f["paragraph_id"] for f in data["findings"] if f["paragraph_index"] is not None}
    assert None not in ids  # a stored document's findings name its paragraphs
    keys = [f["key"] for f in data["findings"]]
    assert "position:A/HRC/40/6:28.5" in keys

    # the file itself names the document to use for dismissals
    _, data_file, _ = cli(capsys, workspace, "check", str(draft))
    assert any(f"document {doc_id}" in n for n in data_file["notes"])
    # the same keys either way, but the page numbers: they are read from the file only
    assert [f["key"] for f in data_file["findings"]] == ["numbering:pages", *keys]

    code, data, err = cli(
        capsys, workspace, "check", str(doc_id), "--dismiss", keys[0], "--note", "on purpose"
    )
    assert code == 1 and keys[0] not in {f["key"] for f in data["findings"]}
    assert data["dismissed"][0]["key"] == keys[0]
    assert data["dismissed"][0]["note"] == "on purpose"
    for key in keys[1:]:
        code, data, _ = cli(capsys, workspace, "check", str(doc_id), "--dismiss", key)
    assert code == 0 and data["findings"] == [] and len(data["dismissed"]) == len(keys)

    with Workspace.open(workspace) as ws:  # kept in the file
        assert ws.take_changes().checks is False
        report = ws.check_document(doc_id)
        assert report.clean and len(report.dismissed) == len(keys)
        assert {d.key for d in ws.dismissed_findings(doc_id)} == set(keys)
        gone = ws.restore_finding(doc_id, keys[0])
        assert gone is not None and gone.note == "on purpose"
        assert ws.take_changes().checks is True
        assert [f.key for f in ws.check_document(doc_id).findings] == [keys[0]]
        ws.dismiss_finding(doc_id, keys[0], "again")
    code, data, _ = cli(capsys, workspace, "check", str(doc_id), "--restore", keys[1])
    assert code == 1 and [f["key"] for f in data["findings"]] == [keys[1]]

    # mistakes: an unknown key, a key never dismissed, dismissing for a file, a lone note
    assert cli(capsys, workspace, "check", str(doc_id), "--dismiss", "number:X:1.1")[0] == 1
    assert cli(capsys, workspace, "check", str(doc_id), "--restore", "number:X:1.1")[0] == 1
    assert cli(capsys, workspace, "check", str(draft), "--dismiss", keys[1])[0] == 2
    assert cli(capsys, workspace, "check", str(doc_id), "--note", "why")[0] == 2
    assert cli(capsys, workspace, "check", "99999")[0] == 1

    with Workspace.open(workspace) as ws:  # they go with their document
        ws.delete_document(doc_id)
        with ws.read() as s:
            assert s.execute(sql("SELECT count(*) FROM check_dismissal")).scalar() == 0


def test_the_report_and_the_annotated_draft_read_back(capsys, workspace, tmp_path):
    draft = faulty_draft(tmp_path)
    report, annotated = tmp_path / "report.docx", tmp_path / "annotated.docx"
    code, data, err = cli(
        capsys, workspace, "check", str(draft), "--out", str(report), "--annotate", str(annotated)
    )
    assert code == 1, err
    findings = data["findings"]
    assert data["out"]["findings"] == len(findings)
    assert data["annotated"]["comments"] == len(findings) and data["annotated"]["unplaced"] == 0

    # the drafter's text untouched: every paragraph of the copy reads as the draft's
    original, copy_ = docx.Document(str(draft)), docx.Document(str(annotated))
    assert [p.text for p in copy_.paragraphs] == [p.text for p in original.paragraphs]
    assert len(list(original.comments)) == 0
    comments = {c.comment_id: c.text for c in copy_.comments}
    assert len(comments) == len(findings)  # one comment per finding
    # each comment on its paragraph: the finding's message over the paragraph at fault
    on = {}
    for p in copy_.element.body.iter(qn("w:p")):
        text = "".join(t.text or "" for t in p.iter(qn("w:t")))
        for start in p.iter(qn("w:commentRangeStart")):
            on[comments[int(start.get(qn("w:id")))].split("\n")[0]] = text
    by_message = {f["message"]: f for f in findings}
    assert set(on) == set(by_message)
    assert on["28.400: A/HRC/40/6 has 28.1–28.346"] == WRONG_NUMBER
    assert on["28.294 (Malaysia): the registry gives India"] == WRONG_STATE
    assert next(t for m, t in on.items() if "28.5 is described" in m) == NOTED_AS_ACCEPTED
    assert next(t for m, t in on.items() if "unnumbered" in m) == UNNUMBERED
    assert next(t for m, t in on.items() if m.startswith("An annexed")) == ANNEXED
    first = next(p.text for p in original.paragraphs if p.text.strip())
    assert on["No key-words line at the start"] == first  # the whole draft's: on the first

    # the report: each finding with its paragraph, message and fix
    text = "\n".join(p.text for p in docx.Document(str(report)).paragraphs)
    for f in findings:
        assert f["message"] in text and f"Fix: {f['fix']}" in text and f"Key: {f['key']}" in text
    assert "Numbers the cited report does not have: 2" in text


def test_annotating_needs_a_word_draft(capsys, workspace, tmp_path):
    out = tmp_path / "annotated.docx"
    md = CANGO.with_suffix(".md")
    code, data, err = cli(capsys, workspace, "check", str(md), "--annotate", str(out))
    assert code == 2 and "Word (.docx)" in err and not out.exists()
    with Workspace.open(workspace) as ws:
        doc_id = ws.import_file(md).document_id
    code, _, err = cli(capsys, workspace, "check", str(doc_id), "--annotate", str(out))
    assert code == 2 and "give its path" in err and not out.exists()


def test_word_limits_follow_the_guidelines_and_the_settings(capsys, workspace):
    assert CheckSettings().limit == 2815 and CheckSettings(joint=True).limit == 5630
    assert CheckSettings(word_limit=900, joint=True).limit == 900
    docx_file = str(CANGO.with_suffix(".docx"))
    _, plain, _ = cli(capsys, workspace, "check", docx_file, "--skip", "coverage")
    _, notes, _ = cli(capsys, workspace, "check", docx_file, "--count-footnotes")
    _, joint, _ = cli(capsys, workspace, "check", docx_file, "--joint", "--word-limit", "1500")
    assert plain["word_limit"] == 2815 and notes["words"] > plain["words"]
    assert joint["word_limit"] == 1500 and joint["joint"] is True
    assert next(f for f in joint["findings"] if f["key"] == "words")["message"].endswith(
        "(footnotes not counted)"
    )
    _, low, _ = cli(
        capsys, workspace, "check", docx_file, "--word-limit", "1000", "--skip", "coverage"
    )
    assert cli(capsys, workspace, "check", docx_file, "--word-limit", "0")[0] == 2
    assert [f["key"] for f in low["findings"]][:1] == ["words"]
