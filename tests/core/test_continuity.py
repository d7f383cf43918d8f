"""Continuity across cycles: a recommendation's likely predecessors in the same State's
earlier reviews, suggested on import, confirmed or rejected by a person and kept.

Measured on Slovenia's two reviews against the hand-checked set in
tests/fixtures/continuity (how it was built: its README); the floors below are the
figures ``bench/bench_continuity.py`` prints, so a change that makes matching worse
fails here.
"""

from __future__ import annotations

import csv
import json
import shutil
import sqlite3
from pathlib import Path

import docx
import pytest

from reviewer.cli import main
from reviewer.export import BriefOptions, collect, export_brief
from reviewer.reviews.continuity import THRESHOLD, Item, match, stem, tokens
from reviewer.workspace import NotFound, Workspace, predecessor_line
from tests.conftest import FIXTURES

SVN1 = FIXTURES / "un" / "Slovenia-UPR1-A_HRC_14_15-wg-report.pdf"
SVN2 = FIXTURES / "un" / "Slovenia-UPR2-A_HRC_28_15-working-group-report.pdf"
PAIRS = FIXTURES / "continuity" / "svn-1-2-pairs.csv"
LATER, EARLIER = "A/HRC/28/15", "A/HRC/14/15"

# What bench/bench_continuity.py measured (precision 0.698, recall 0.466 at 0.25).
PRECISION_FLOOR = 0.69
RECALL_FLOOR = 0.46


@pytest.fixture(scope="module")
def slovenia(tmp_path_factory) -> Path:
    """Both reports imported, the later cycle first: importing the earlier one makes
    the suggestions too."""
    path = tmp_path_factory.mktemp("svn") / "svn.sqlite"
    with Workspace.open(path, author="Importer") as ws:
        done, failed = ws.import_files([SVN2, SVN1])
        assert not failed and [d.recommendations for d in done] == [163, 97]
    return path


@pytest.fixture
def ws(slovenia, tmp_path):
    path = tmp_path / "w.sqlite"
    shutil.copy(slovenia, path)
    with Workspace.open(path, author="Ana") as w:
        yield w


def judgements() -> dict[tuple[str, str], str]:
    with PAIRS.open(encoding="utf-8", newline="") as f:
        return {(r["later_number"], r["earlier_number"]): r["judgement"] for r in csv.DictReader(f)}


def preds(ws, number: str):
    return ws.predecessors(ws.recommendation(LATER, number).recommendation.id)


# -- matching, pure -------------------------------------------------------------------------
def test_tokens_fold_drop_state_groups_and_name_treaties():
    t = tokens(
        "To examine the possibility of joining (Algeria)/sign and ratify (Egypt) the "
        "Convention on Migrant Workers and Members of Their Families",
        ignore=["Slovenia"],
    )
    assert "ICRMW" in t.treaties and "ICRMW" in t.words
    assert not {"algeri", "egypt"} & set(t.words)  # the States' own groups are dropped
    assert "ratifi" in t.words and stem("ratification") == stem("ratifying") == "ratifi"
    assert tokens("Ratify ICRMW").treaties == {"ICRMW"}
    # accents and case folded; the State under review's name and adjective dropped
    assert set(tokens("Protéger les Roms en Slovénie, slovenian law", ["Slovenia"]).words) >= {
        "proteg",
        "roma",
        "law",
    }
    assert not any(w.startswith("sloven") for w in tokens("Slovenian law", ["Slovenia"]).words)
    # other treaties are other tokens: an optional protocol is not its covenant
    assert tokens("Ratify the Optional Protocol to the Covenant on Economic, Social and "
                  "Cultural Rights").treaties == {"OP-ICESCR"}  # fmt: skip
    assert tokens("the Human Rights Ombudsman and the Paris Principles").treaties == {
        "NHRI",
        "PARIS-PRINCIPLES",
    }
    # different ILO conventions stay apart
    assert tokens("Consider the ratification of ILO Convention 189").treaties == {"ILO-C189"}
    assert tokens("the ILO Equality of Treatment (Social Security) Convention, 1962 (No. 118) "
                  "and the ILO … Convention, 1993 (No. 174)").treaties == {"ILO-C118", "ILO-C174"}  # fmt: skip
    # a script without spaces still gives tokens
    assert tokens("批准保护所有移徙工人公约").words


def test_match_scores_explains_and_is_deterministic():
    later = [
        Item(1, "Ratify ICRMW", ("Egypt",)),
        Item(2, "Harmonize the rights of homosexual couples with heterosexual couples", ("Spain",)),
        Item(3, "Consider the ratification of ILO Convention 189", ("Nicaragua",)),
    ]
    earlier = [
        Item(
            10,
            "To sign and ratify (Egypt)/ratify (Argentina) the Convention on Migrant "
            "Workers and Members of Their Families",
            ("Egypt", "Argentina"),
        ),
        Item(
            11,
            "To ensure that same-sex partners are treated equally with opposite-sex "
            "partners throughout Slovenian law",
            ("Netherlands",),
        ),  # fmt: skip
        Item(12, "To ratify ILO Convention No. 118", ("Argentina",)),
        Item(13, "To strengthen the Ombudsman", ("Egypt",)),
    ]
    found = match(later, earlier, threshold=0.1)  # few texts: every word is rare

    def key(m):
        return (m.key, m.predecessor)

    again = match(later[::-1], earlier[::-1], threshold=0.1)
    assert sorted(again, key=key) == sorted(found, key=key)
    pairs = {(m.key, m.predecessor): m for m in found}
    assert set(pairs) == {(1, 10), (2, 11)}
    icrmw = pairs[(1, 10)]
    assert "treaty: ICRMW" in icrmw.reason and "same State: Egypt" in icrmw.reason
    assert 0.1 <= icrmw.score <= 1
    assert pairs[(2, 11)].reason == "words: opposite-sex, same-sex"
    # a shared State alone is no reason: 1 and 13 share Egypt and no word
    assert (1, 13) not in pairs
    assert match(later, earlier, threshold=0.1) == found  # the same inputs, the same answer
    assert all(m.score >= THRESHOLD for m in match(later, earlier))


# -- against the hand-checked set -------------------------------------------------------------
def test_the_hand_checked_set_is_well_formed(ws):
    judged = judgements()
    assert sum(v == "pair" for v in judged.values()) >= 40
    assert set(judged.values()) == {"pair", "related", "not"}
    later = {r.number for r in ws.recommendations(symbol=LATER)}
    earlier = {r.number for r in ws.recommendations(symbol=EARLIER)}
    assert {a for a, _ in judged} <= later and {b for _, b in judged} <= earlier
    with PAIRS.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(rows) == len(judged)  # no pair judged twice


def test_suggestions_meet_the_measured_precision_and_recall(ws):
    judged = judgements()
    pairs = {k for k, v in judged.items() if v == "pair"}
    suggested = {
        (r.number, p.number)
        for r in ws.recommendations(review="SVN-2")
        for p in preds(ws, r.number)
    }
    counted = {k for k in suggested if judged.get(k) != "related"}
    hits = len(counted & pairs)
    precision, recall = hits / len(counted), hits / len(pairs)
    assert precision >= PRECISION_FLOOR, precision
    assert recall >= RECALL_FLOOR, recall
    # none of the earlier review's recommendations has predecessors (it has none before)
    assert all(not ws.predecessors(r.id) for r in ws.recommendations(review="SVN-1"))


def test_a_predecessor_row_says_what_it_is(ws):
    rows = preds(ws, "115.8")  # "Ratify ICRMW (Senegal; …)"
    assert [p.number for p in rows] == ["111.1"]
    p = rows[0]
    assert (p.symbol, p.cycle, p.review, p.status) == (EARLIER, 1, "SVN-1", "suggested")
    assert p.states[:2] == ("Algeria", "Egypt") and "ICRMW" in (p.reason or "")
    assert p.created_by == "Importer" and p.decided_by is None and p.uid
    assert predecessor_line(p).startswith(
        "also recommended in cycle 1 by Algeria, Egypt, Bosnia and Herzegovina, Argentina: 111.1"
    )
    norway = preds(ws, "115.41")  # Norway again, on the Marriage and Family Relations Act
    assert {p.number for p in norway} >= {"111.8", "111.9"}
    assert all("same State: Norway" in (p.reason or "") for p in norway[:2])


# -- decisions --------------------------------------------------------------------------------
def test_decisions_are_signed_kept_over_recomputation_and_undone(ws):
    first, second = preds(ws, "115.41")[:2]
    assert ws.set_predecessor_status(first.id, "confirmed") == "suggested"
    assert ws.set_predecessor_status(second.id, "rejected") == "suggested"
    with pytest.raises(Exception, match="status must be one of"):
        ws.set_predecessor_status(first.id, "maybe")
    with pytest.raises(NotFound):
        ws.set_predecessor_status(999_999, "confirmed")
    # a person's decisions survive the matching made again, even one it would not make
    con = sqlite3.connect(ws.path)
    con.execute("PRAGMA foreign_keys = ON")
    rec = ws.recommendation(LATER, "115.133").recommendation.id  # ILO 189
    ilo = ws.recommendation(EARLIER, "111.3").recommendation.id  # ILO 118 and 174
    rows = [(rec, ilo, "confirmed", "Ana"), (rec, ws.recommendation(EARLIER, "111.4").recommendation.id, "suggested", None)]  # fmt: skip
    for a, b, status, who in rows:
        con.execute(
            "INSERT INTO predecessor (uid, recommendation_id, predecessor_id, score, reason, "
            "status, created_at, decided_by) VALUES (?, ?, ?, 0.1, 'by hand', ?, "
            "'2026-12-01 10:00:00', ?)",
            (f"u{b}", a, b, status, who),
        )
    con.commit()
    con.close()
    n = ws.suggest_predecessors("svn-2")
    assert n > 100
    after = {p.number: p for p in preds(ws, "115.41")}
    assert after[first.number].status == "confirmed" and after[first.number].decided_by == "Ana"
    assert after[second.number].status == "rejected"
    assert after[first.number].id == first.id  # the same row, not a new one
    assert [(p.number, p.status) for p in preds(ws, "115.133")] == [("111.3", "confirmed")]
    # confirmed first, rejected last
    assert [p.status for p in preds(ws, "115.41")][0] == "confirmed"
    assert [p.status for p in preds(ws, "115.41")][-1] == "rejected"
    # undo: the status before, and no decision left behind
    assert ws.set_predecessor_status(first.id, "suggested") == "confirmed"
    back = {p.id: p for p in preds(ws, "115.41")}[first.id]
    assert (back.status, back.decided_by, back.decided_at) == ("suggested", None, None)
    with pytest.raises(NotFound):
        ws.suggest_predecessors("SVN-3")


def test_rows_go_with_their_recommendations(ws):
    rec = ws.recommendation(EARLIER, "111.1").recommendation.id
    assert preds(ws, "115.8")
    con = sqlite3.connect(ws.path)
    con.execute("PRAGMA foreign_keys = ON")
    con.execute("DELETE FROM recommendation WHERE id = ?", (rec,))
    con.commit()
    con.close()
    assert preds(ws, "115.8") == []


def test_one_cycle_only_makes_no_suggestions(tmp_path):
    with Workspace.open(tmp_path / "one.sqlite", author="Ana") as ws:
        ws.import_files([SVN2])
        assert ws.suggest_predecessors("SVN-2") == 0
        assert preds(ws, "115.8") == []


# -- where they show --------------------------------------------------------------------------
def test_recommendation_json_lists_predecessors_and_the_cli_decides(ws, capsys):
    args = ["--workspace", str(ws.path), "--author", "Cli"]
    assert main([*args, "--json", "recommendation", LATER, "115.8"]) == 0
    data = json.loads(capsys.readouterr().out)
    [p] = data["predecessors"]
    assert {k: p[k] for k in ("symbol", "number", "status")} == {
        "symbol": EARLIER,
        "number": "111.1",
        "status": "suggested",
    }
    assert THRESHOLD <= p["score"] <= 1
    assert main([*args, "--json", "predecessors", "reject", str(p["id"])]) == 0
    assert json.loads(capsys.readouterr().out)["previous"] == "suggested"
    assert main([*args, "--json", "predecessors", "list", LATER, "115.8"]) == 0
    [row] = json.loads(capsys.readouterr().out)
    assert (row["status"], row["decided_by"]) == ("rejected", "Cli")
    assert main([*args, "--json", "predecessors", "suggest", "SVN-2"]) == 0
    assert json.loads(capsys.readouterr().out)["suggestions"] > 100
    assert main([*args, "recommendation", LATER, "115.8"]) == 0
    assert "also recommended" not in capsys.readouterr().out  # rejected: not said


def test_the_brief_by_recommendation_says_where_it_was_recommended_before(ws, tmp_path):
    doc = next(d for d in ws.documents() if d.report_symbol == LATER)
    para = ws.document(doc.id).paragraphs[5]
    ws.link(para.id, LATER, "115.8")
    ws.link(para.id, LATER, "115.133")
    rejected = preds(ws, "115.133")
    for p in rejected:
        ws.set_predecessor_status(p.id, "rejected")
    brief = collect(ws, BriefOptions(group_by="recommendation"))
    sections = {s.recommendation.number: s for g in brief.by_recommendation for s in g.sections}
    assert sections["115.8"].earlier == (
        "Also recommended in cycle 1 by Algeria, Egypt, Bosnia and Herzegovina, Argentina: "
        "111.1 — to be examined (suggested)",
    )
    assert sections["115.133"].earlier == ()
    out = tmp_path / "brief.docx"
    export_brief(ws, out, BriefOptions(group_by="recommendation"))
    text = "\n".join(p.text for p in docx.Document(str(out)).paragraphs)
    assert "Also recommended in cycle 1 by Algeria" in text


# -- an older workspace -----------------------------------------------------------------------
def test_a_released_workspace_upgrades_and_then_gets_suggestions(tmp_path):
    path = tmp_path / "old.sqlite"
    shutil.copy(FIXTURES / "workspaces" / "upr-reviewer-0.1.0.sqlite", path)
    with Workspace.open(path, author="Ana") as ws:
        con = sqlite3.connect(path)
        assert con.execute("SELECT count(*) FROM predecessor").fetchone() == (0,)
        con.close()
        assert len(ws.documents()) == 3  # what it held is still there
        done, failed = ws.import_files([SVN1, SVN2])
        assert not failed
        assert [p.number for p in preds(ws, "115.8")] == ["111.1"]


def test_cycle_n_looks_two_cycles_back(ws):
    """A 3rd-cycle recommendation finds its forerunners in cycles 2 and 1; a reviewer's
    cycle 1 is out of reach for a 4th (N−3)."""
    from reviewer.storage.models import Recommendation, Review, ReviewReport

    with ws.write() as s:
        for cycle, symbol in ((3, "A/HRC/43/15"), (4, "A/HRC/59/15")):
            review = Review(code=f"SVN-{cycle}", state="SVN", cycle=cycle)
            s.add(review)
            s.flush()
            s.add(ReviewReport(symbol=symbol, review_id=review.id, role="wg_report", source="manual"))  # fmt: skip
            s.add(
                Recommendation(
                    symbol=symbol,
                    number="1.1",
                    text="Ratify the International Convention on the Protection of the "
                    "Rights of All Migrant Workers and Members of Their Families",
                    states=["Egypt"],
                )
            )
    assert ws.suggest_predecessors("SVN-3") > 0
    three = ws.predecessors(ws.recommendation("A/HRC/43/15", "1.1").recommendation.id)
    assert {p.cycle for p in three} == {1, 2}
    assert "111.1" in {p.number for p in three if p.cycle == 1}
    ws.suggest_predecessors("SVN-4")
    four = ws.predecessors(ws.recommendation("A/HRC/59/15", "1.1").recommendation.id)
    assert four and {p.cycle for p in four} == {2, 3}
