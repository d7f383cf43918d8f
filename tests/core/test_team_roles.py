"""Who may do what in a team workspace: PostgreSQL's roles, made by ``team init``.

One database on the test cluster, its schema and roles made by ``team init`` as its
owner (the cluster's superuser), the owner's import of a submission and two cycles'
registry; then three people, each with a login of their own: ana a reviewer (made
with the SQL an administrator would type), ben a reader and eve an editor (made by
``team grant``).  Each opens the workspace as themselves and does what their role
allows, through the real Workspace API and the command line; what it does not
allow is refused with one sentence and leaves the workspace as it was.
"""

from __future__ import annotations

import json
import uuid
from pathlib import Path

import pytest
from sqlalchemy import text

from reviewer.cli import main
from reviewer.storage.db import head_revision
from reviewer.storage.roles import team_sql
from reviewer.workspace import ReadOnly, Workspace, WorkspaceError
from tests.conftest import FIXTURES

ROOT = Path(__file__).resolve().parents[2]
CANGO = FIXTURES / "cango" / "cango-upr4-submission.md"
THEMATIC = FIXTURES / "un" / "China-UPR3-thematic-list-A_HRC_40_6.docx"
SUBMISSION = """Joint submission on Slovenia for the third cycle of the Universal Periodic Review

1. Roma settlements in Slovenia still lack drinking water and sanitation; housing is poor.
2. Slovenia has not ratified the Optional Protocol to the Convention against Torture.
3. Slovenia thanks the Working Group.
"""
CYCLES = {
    "svn1.csv": ("A/HRC/14/15", {
        "93.1": "Ratify the Optional Protocol to the Convention against Torture",
        "93.2": "Provide adequate housing and drinking water to Roma settlements",
    }),
    "svn2.csv": ("A/HRC/28/15", {
        "115.1": "Ratify the Optional Protocol to the Convention against Torture promptly",
        "115.2": "Provide drinking water, sanitation and housing to Roma settlements",
    }),
}  # fmt: skip


def _cli(capsys, *args: str) -> tuple[int, object, str]:
    code = main([*args, "--json"])
    captured = capsys.readouterr()
    data = json.loads(captured.out) if captured.out.strip() else None
    return code, data, captured.err


def _table(folder: Path, name: str) -> Path:
    symbol, recs = CYCLES[name]
    rows = ["Symbol,Recommendation number,Recommendation,Recommending State,State under review"]
    rows += [f'{symbol},{k},"{t}",Peru,Slovenia' for k, t in recs.items()]
    path = folder / name
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return path


@pytest.fixture(scope="module")
def team(pg_cluster, tmp_path_factory):
    folder = tmp_path_factory.mktemp("team")
    db = pg_cluster.new_database()
    owner_url = pg_cluster.url(db)
    suffix = db[-6:]
    people = {name: f"{name}_{suffix}" for name in ("ana", "ben", "eve", "zoe")}
    code = main(["team", "init", "--url", owner_url, "--json"])
    assert code == 0
    # ana: as an administrator would, with psql
    pg_cluster.sql(f"CREATE ROLE {people['ana']} LOGIN; GRANT upr_reviewers TO {people['ana']}")
    pg_cluster.sql(f"CREATE ROLE {people['zoe']} LOGIN")  # a login in no team role
    for name, role in (("ben", "reader"), ("eve", "editor")):
        assert main(["team", "grant", people[name], role, "--url", owner_url]) == 0
    with Workspace.open(owner_url, author="Owner") as ws:
        doc = ws.import_file(CANGO).document_id
        ws.import_file(THEMATIC)
        for name in CYCLES:
            ws.import_file(_table(folder, name))
        sub = folder / "js-slovenia.txt"
        sub.write_text(SUBMISSION, encoding="utf-8")
        svn = ws.import_file(sub).document_id
    urls = {name: pg_cluster.url(db, user=login) for name, login in people.items()}
    yield {"db": db, "owner": owner_url, "urls": urls, "people": people, "doc": doc, "svn": svn}
    pg_cluster.drop_database(db)


def _counts(url: str) -> dict[str, int]:
    tables = ("document", "paragraph", "tag", "paragraph_tag", "passage_tag", "note", "link")
    tables += ("history", "check_dismissal", "predecessor", "recommendation", "citation")
    with Workspace.open(url) as ws, ws.engine.connect() as conn:
        counts = {t: conn.execute(text(f'SELECT count(*) FROM "{t}"')).scalar_one() for t in tables}
        counts["reviewed"] = conn.execute(
            text("SELECT count(*) FROM paragraph WHERE reviewed_at IS NOT NULL")
        ).scalar_one()
    return counts


def _labels(ws: Workspace, doc_id: int) -> dict[str, int]:
    return {p.label: p.id for p in ws.document(doc_id).paragraphs if p.label}


def test_init_reports_the_schema_and_roles_and_runs_again(team, capsys):
    code, data, _ = _cli(capsys, "team", "init", "--url", team["owner"])
    assert code == 0
    assert data["schema"] == head_revision()
    assert data["roles"] == {
        "reader": "upr_readers",
        "reviewer": "upr_reviewers",
        "editor": "upr_editors",
    }
    assert data["created"] == []  # the first run made them; this one only grants again
    assert any("team grant LOGIN reviewer" in line for line in data["next"])
    code, members, _ = _cli(capsys, "team", "members", "--url", team["owner"])
    assert code == 0
    got = {m["login"]: m["role"] for m in members}
    people = team["people"]
    assert got[people["ana"]] == "reviewer" and got[people["ben"]] == "reader"
    assert got[people["eve"]] == "editor" and people["zoe"] not in got


def test_the_script_in_packaging_is_the_one_team_init_runs(capsys):
    assert (ROOT / "packaging" / "team" / "roles.sql").read_text(encoding="utf-8") == team_sql()
    code, data, _ = _cli(capsys, "team", "sql")
    assert code == 0 and data["sql"] == team_sql()


def test_the_script_run_by_an_administrator_makes_the_same_roles(pg_cluster, capsys):
    """The documented other way: the schema made by the owner's first open, then the
    script run as it is (psql's way: one string of statements, nothing bound)."""
    db = pg_cluster.new_database()
    try:
        Workspace.open(pg_cluster.url(db)).close()  # the schema, no roles' grants yet
        login = f"dan_{db[-6:]}"
        pg_cluster.sql(f"CREATE ROLE {login} LOGIN; GRANT upr_reviewers TO {login}")
        script = (ROOT / "packaging" / "team" / "roles.sql").read_text(encoding="utf-8")
        pg_cluster.sql(script, db)
        pg_cluster.sql(script, db)  # run again after an upgrade: no error, the same
        with Workspace.open(pg_cluster.url(db, user=login), author="Dan") as ws:
            assert ws.role == "reviewer"
            assert ws.create_tag("dan's").name == "dan's"
        code, data, _ = _cli(capsys, "team", "init", "--url", pg_cluster.url(db))
        assert code == 0 and data["created"] == []
    finally:
        pg_cluster.drop_database(db)


def test_each_login_knows_its_role(team, capsys):
    for name, role in (("ana", "reviewer"), ("ben", "reader"), ("eve", "editor")):
        with Workspace.open(team["urls"][name]) as ws:
            assert ws.role == role
        code, data, _ = _cli(capsys, "team", "whoami", "--url", team["urls"][name])
        assert code == 0
        assert (data["login"], data["role"], data["owner"]) == (team["people"][name], role, False)
    code, data, _ = _cli(capsys, "team", "whoami", "--url", team["owner"])
    assert (data["role"], data["owner"]) == ("editor", True)


def test_a_reviewer_does_every_review_action(team):
    with Workspace.open(team["urls"]["ana"], author="Ana") as ws:
        p = _labels(ws, team["doc"])
        s = _labels(ws, team["svn"])
        # tags and passages
        assert ws.add_tag(p["2"], "gender") and ws.add_tag(p["3"], "gender")
        ws.create_tag("water")
        assert ws.remove_tag(p["3"], "gender")
        passage = ws.add_passage_tag(p["2"], "women", 0, 10)
        ws.remove_passage_tag(p["2"], "women", 0, 10)
        assert passage is not None
        # tag housekeeping is the reviewers' too
        ws.rename_tag("water", "Water and sanitation")
        ws.recolour_tag("Water and sanitation", "#30638e")
        ws.set_tag_key("Water and sanitation", 3)
        ws.set_tag_group("women", "gender")
        ws.move_tag("Water and sanitation", -1)
        layout = ws.tag_layout()
        ws.reorder_tags([t.id for t in reversed(ws.tags())])
        ws.restore_tag_layout(layout)
        merge = ws.merge_tags("women", "gender")
        ws.unmerge_tags(merge)
        gone = ws.delete_tag("women")
        ws.restore_tag(gone)
        # notes: add, edit, delete, a passage note
        note = ws.add_note(p["2"], "Check the 2019 figures")
        edited = ws.update_note(note.id, "Check the 2019 and 2020 figures", note.revision)
        assert edited.body.endswith("2020 figures")
        ws.add_note(p["3"], "the law's name", start=0, end=5)
        ws.delete_note(ws.add_note(p["4"], "scratch").id)
        # reviewed marks, and the "changed since reviewed" mark
        assert ws.set_reviewed(p["2"]) is False
        ws.set_changed_since_review(p["2"], True)
        assert ws.set_reviewed(p["2"]) is True
        # links: by hand (a number the registry lacks enters it bare), decided, removed
        made = ws.link(p["4"], "A/HRC/40/6", "28.2")
        ws.set_link_status(made.id, "rejected")
        ws.unlink(made.id)
        ws.link(p["5"], "A/HRC/99/1", "1.1")
        # suggestions: stored, accepted, rejected, undone
        found = {ps.label: ps for ps in ws.suggest(team["svn"], top=2)}
        first = found["1"].suggestions[0]
        decision = ws.decide_link(s["1"], first.symbol, first.number, accept=True)
        ws.undo_decision(decision)
        ws.decide_link(s["1"], first.symbol, first.number, accept=False)
        # the draft check's findings
        report = ws.check_document(team["svn"])
        key = report.findings[0].key
        ws.dismiss_finding(team["svn"], key, note="not for us")
        ws.restore_finding(team["svn"], key)
        ws.dismiss_finding(team["svn"], key)
        # continuity across cycles
        assert ws.suggest_predecessors("SVN-2") >= 1
        later = ws.recommendation("A/HRC/28/15", "115.1").recommendation
        [pred] = [r for r in ws.predecessors(later.id) if r.number == "93.1"]
        ws.set_predecessor_status(pred.id, "confirmed")
        # what landed, with its history
        history = ws.history(paragraph_id=p["2"])
        assert {h.author for h in history} == {"Ana"}
        actions = {h.action for h in history}
        assert {"tag added", "note added", "note edited", "reviewed"} <= actions
        assert ws.paragraph(p["2"]).reviewed
        assert [n.body for n in ws.notes(p["2"])] == ["Check the 2019 and 2020 figures"]
        tags = {t.name for t in ws.tags()}
        assert {"gender", "women", "Water and sanitation"} <= tags


def test_a_reviewer_may_not_import_remove_or_edit_documents(team, tmp_path):
    before = _counts(team["owner"])
    with Workspace.open(team["urls"]["ana"], author="Ana") as ws:
        refusals = {
            "import documents": lambda: ws.import_file(_table(tmp_path, "svn1.csv")),
            "remove documents": lambda: ws.remove_document(team["doc"]),
            "edit documents": lambda: ws.edit_document(team["doc"], title="Mine"),
            "name the report": lambda: ws.set_document_report(team["doc"], "A/HRC/40/6"),
            "place documents": lambda: ws.set_document_review(team["doc"], "CHN-3"),
            "accept a numbering": lambda: ws.accept_numbering(team["doc"], "running"),
        }
        for doing, act in refusals.items():
            with pytest.raises(ReadOnly) as refused:
                act()
            message = str(refused.value)
            assert doing in message and "editors' role" in message, message
            assert "your role may review" in message
    assert _counts(team["owner"]) == before


def test_a_reader_reads_searches_and_exports_but_changes_nothing(team, tmp_path, capsys):
    before = _counts(team["owner"])
    with Workspace.open(team["urls"]["ben"], author="Ben") as ws:
        p = _labels(ws, team["doc"])
        assert len(ws.documents()) == 5
        assert ws.search("South-South")
        assert ws.recommendations(symbol="A/HRC/40/6")
        ws.history(document_id=team["doc"])
        ws.coverage("SVN-3")
        writes = {
            "tag": lambda: ws.add_tag(p["2"], "mine"),
            "note": lambda: ws.add_note(p["2"], "mine"),
            "reviewed": lambda: ws.set_reviewed(p["2"]),
            "link": lambda: ws.link(p["2"], "A/HRC/40/6", "28.3"),
            "tag rename": lambda: ws.rename_tag("gender", "mine"),
            "suggest": lambda: ws.suggest(team["svn"]),
            "import": lambda: ws.import_file(_table(tmp_path, "svn1.csv")),
            "remove": lambda: ws.remove_document(team["doc"]),
        }
        for what, act in writes.items():
            with pytest.raises(ReadOnly, match="your role may read only") as refused:
                act()
            assert "ask the team workspace's administrator" in str(refused.value), what
    out = tmp_path / "brief.docx"
    code, data, err = _cli(
        capsys, "--workspace", team["urls"]["ben"], "export", "brief", "--out", str(out)
    )
    assert code == 0, err
    assert out.stat().st_size > 0
    assert _counts(team["owner"]) == before


def test_a_reader_is_told_on_the_command_line_before_any_work(team, capsys):
    before = _counts(team["owner"])
    ben = team["urls"]["ben"]
    with Workspace.open(ben) as ws:
        pid = _labels(ws, team["doc"])["2"]
    code = main(["--workspace", ben, "tag", "add", "--paragraph", str(pid), "mine"])
    err = capsys.readouterr().err
    assert code == 1
    assert err.count("\n") == 1 and "your role may read only, not tag paragraphs" in err
    # the check comes first: an import of a file that is not there says the role, not
    # the missing file
    code = main(["--workspace", ben, "import", "/nonexistent/file.pdf"])
    err = capsys.readouterr().err
    assert code == 1 and "your role may read only, not import documents" in err
    code, data, _ = _cli(capsys, "--workspace", ben, "tag", "list")
    assert code == 0 and any(t["name"] == "gender" for t in data)
    assert _counts(team["owner"]) == before


def test_an_editor_does_everything(team, tmp_path):
    with Workspace.open(team["urls"]["eve"], author="Eve") as ws:
        extra = tmp_path / "extra.txt"
        extra.write_text("A note from Eve\n\n1. Women and girls in rural areas.\n", "utf-8")
        doc = ws.import_file(extra).document_id
        ws.edit_document(doc, title="Eve's note")
        ws.set_document_review(doc, "SVN-3")
        ws.add_tag(_labels(ws, doc)["1"], "gender")
        removed = ws.remove_document(doc)
        assert ws.get_document(doc) is None
        ws.restore_document(removed)
        assert ws.get_document(doc).title == "Eve's note"
        ws.remove_document(doc)


def test_a_login_in_no_role_and_a_member_running_init_are_refused(team, capsys):
    with pytest.raises(WorkspaceError) as refused:
        Workspace.open(team["urls"]["zoe"])
    assert "may not do this" in str(refused.value) and "administrator" in str(refused.value)
    code, data, err = _cli(capsys, "team", "init", "--url", team["urls"]["ana"])
    assert code == 1 and err.count("\n") == 1
    assert "team init is run by the owner of the workspace's tables" in data["error"]
    code, data, _ = _cli(capsys, "team", "grant", team["people"]["zoe"], "reader", "--url",
                         team["urls"]["ana"])  # fmt: skip
    assert code == 1 and "owner or an administrator" in data["error"]


def test_grant_moves_a_login_between_roles_and_revoke_takes_it_out(team, capsys):
    owner = team["owner"]
    login = f"kim_{uuid.uuid4().hex[:6]}"
    code, data, _ = _cli(capsys, "team", "grant", login, "reviewer", "--url", owner)
    assert code == 0
    assert (data["role"], data["created_login"], data["left"]) == ("reviewer", True, [])
    assert "\\password" in data["password"]
    code, data, _ = _cli(capsys, "team", "grant", login, "reader", "--url", owner)
    assert (data["created_login"], data["left"]) == (False, ["upr_reviewers"])
    url = owner.replace("upr_test@", f"{login}@")
    with Workspace.open(url) as ws:
        assert ws.role == "reader"
    code, data, _ = _cli(capsys, "team", "revoke", login, "--url", owner)
    assert code == 0 and data["left"] == ["upr_readers"]
    code, data, _ = _cli(capsys, "team", "grant", "upr_editors", "editor", "--url", owner)
    assert code == 1 and "not a person's login" in data["error"]


def test_team_commands_on_a_file_say_they_are_for_a_server(tmp_path, capsys):
    path = tmp_path / "w.sqlite"
    for action in ("init", "whoami", "members"):
        code, data, _ = _cli(capsys, "team", action, "--url", str(path))
        assert code == 1 and "is for a team workspace (postgresql://" in data["error"]
    assert not path.exists()  # nothing made by mistake
