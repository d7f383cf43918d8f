"""Workspaces written by released versions open in this one with everything kept.

One file per released schema lives in tests/fixtures/workspaces/, made by that
release itself (0.1.0: CANGO's submission, China's 3rd-cycle thematic list and
Slovenia's 2nd-cycle national report, with tags, notes, a manual link, a rejected
link and a reviewed mark).  Opening it upgrades it (after a backup copy) when the
schema has moved on since.
"""

import shutil
import sqlite3

import pytest

from reviewer.storage.db import head_revision
from reviewer.workspace import Workspace
from tests.conftest import FIXTURES

# 0.1.0 as released, and the same workspace as the code of schema 0003 (reviews and
# predecessors, before link.detail) and of schema 0005 (versions and checks, before
# page boxes, passages and tag keys) and of schema 0007 (team history, before kept
# counts) left it after opening it
RELEASES = {
    "0.1.0": "0001",
    "0.1.0-schema-0003": "0003",
    "0.1.0-schema-0005": "0005",
    "0.1.0-schema-0007": "0007",
}


@pytest.mark.parametrize("release", sorted(RELEASES))
def test_a_released_workspace_opens_with_everything_in_it(tmp_path, release):
    path = tmp_path / f"{release}.sqlite"
    shutil.copy(FIXTURES / "workspaces" / f"upr-reviewer-{release}.sqlite", path)
    con = sqlite3.connect(path)
    assert con.execute("SELECT version_num FROM alembic_version").fetchone()[0] == RELEASES[release]
    con.close()
    with Workspace.open(path, author="today") as ws:
        if RELEASES[release] != head_revision():
            assert ws.backup_path is not None and ws.backup_path.exists()
        docs = {d.title.split()[0]: d for d in ws.documents()}
        assert len(ws.documents()) == 3
        cango = ws.document(1)
        assert len(cango.paragraphs) == 16
        by = {p.label: p for p in cango.paragraphs}
        assert [t.name for t in by["2"].tags] == ["gender equality"]
        assert sorted(t.name for t in by["6"].tags) == ["climate", "follow up"]
        assert by["2"].reviewed and not by["3"].reviewed
        notes = {n.body: n for n in ws.notes()}
        assert set(notes) == {"Ask CANGO for the 2022 enforcement figures.", "中文备注：核对数字"}
        assert {n.author for n in notes.values()} == {"Mei Lin"}
        links = {(lk.number, lk.origin, lk.status) for p in cango.paragraphs for lk in p.links}
        assert ("28.1", "manual", "confirmed") in links
        assert ("28.109", "footnote", "rejected") in links
        assert sum(1 for p in cango.paragraphs for lk in p.links if lk.origin == "footnote") == 11
        assert len(ws.recommendations(symbol="A/HRC/40/6")) == 346
        assert docs["National"].paragraphs == 146
        assert [h.label for h in ws.search("South-South")][:1] == ["6"]
        # reviews made from what the file held: CANGO is China's 4th-cycle submission
        # responding to CHN-3's A/HRC/40/6; the national report is Slovenia's 2nd cycle
        assert cango.document.review == "CHN-4" and cango.document.review_status == "detected"
        assert docs["UPR"].review == "CHN-3" or docs["National"].review == "SVN-2"
        assert {d.review for d in ws.documents()} == {"CHN-4", "CHN-3", "SVN-2"}
        reviews = {r.review: r for r in ws.reviews()}
        assert reviews["CHN-3"].reports == ("A/HRC/40/6",)
        assert (reviews["CHN-3"].session, reviews["CHN-3"].year) == (31, 2018)
        assert (reviews["SVN-2"].session, reviews["SVN-2"].year) == (20, 2014)
        assert reviews["CHN-3"].recommendations == 346
        assert reviews["CHN-4"].previous == "CHN-3" and reviews["CHN-4"].links >= 11
        assert len(ws.recommendations(responds_to="CHN-4")) == 346
        assert ws.recommendation("A/HRC/40/6", "28.294").recommendation.review == "CHN-3"
        # tags keep their keys: nobody chose any, so the first nine in the order they
        # were made (schema 0006 added chosen keys and order)
        tags = ws.tags()
        assert [t.shortcut for t in tags] == list(range(1, len(tags) + 1))
        assert {t.name for t in tags} == {"gender equality", "climate", "follow up"}
        # no page boxes yet for the PDF read before 0006 (a re-import brings them)
        svn = ws.document(docs["National"].id)
        assert all(not p.boxes for p in svn.paragraphs)
        # and it takes new work, passages too
        assert ws.add_tag(by["3"].id, "after the upgrade")
        start = by["6"].text.index("South-South")
        ws.add_passage_tag(by["6"].id, "climate", start, start + len("South-South"))
        assert [p.text for p in ws.document(1).paragraphs[by["6"].seq].passages] == ["South-South"]
        # the search index follows new paragraphs (an upgrade that copies the paragraph
        # table must make its triggers again)
        new = tmp_path / "later.txt"
        new.write_text("A later submission on zanzibarite mining.\n", encoding="utf-8")
        ws.import_file(new)
        assert len(ws.search("zanzibarite")) == 1
