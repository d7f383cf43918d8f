"""``copy --to`` and ``merge`` from the command line, their JSON and their refusals."""

from __future__ import annotations

from reviewer.cli import main
from reviewer.workspace import Workspace
from tests.core.cli_helpers import cli
from tests.core.transfer_helpers import CANGO_MD

KINDS = {
    "reviews", "documents", "paragraphs", "recommendations", "predecessors", "dismissals",
    "tags", "paragraph_tags", "passage_tags", "notes", "links", "reviewed", "history",
    "recommendation_texts",
}  # fmt: skip


def test_copy_then_merge_back(capsys, tmp_path, location):
    team = tmp_path / "team.sqlite"
    code, data, _ = cli(capsys, team, "import", str(CANGO_MD))
    assert code == 0
    doc_id = data["imported"][0]["document_id"]

    code, data, err = cli(capsys, team, "copy", "--to", str(location))
    assert code == 0, err
    assert data["rows"]["paragraph"] == 16 and data["total"] > 16
    assert data["source"] == str(team)

    with Workspace.open(location, "Ben") as laptop:
        detail = laptop.document(doc_id)
        assert detail is not None
        laptop.add_note(detail.paragraphs[3].id, "from the laptop")
        laptop.add_tag(detail.paragraphs[3].id, "laptop")
        other = laptop.location

    code, data, err = cli(capsys, team, "merge", str(other))
    assert code == 0, err
    assert set(data) >= {"source", "target", "changed", "added", "updated",
                         "conflict_counts", "conflicts", "skipped", "summary"}  # fmt: skip
    assert set(data["added"]) == set(data["updated"]) == set(data["conflict_counts"]) == KINDS
    assert data["changed"] and data["added"]["notes"] == 1 and data["added"]["tags"] == 1
    assert data["conflicts"] == [] and "1 note" in data["summary"]
    assert data["backup"] and "before-merge" in data["backup"]

    code, data, _ = cli(capsys, team, "merge", str(other))
    assert code == 0 and data["changed"] is False
    assert set(data["added"].values()) == {0}

    # the same again, in words
    code = main(["--workspace", str(team), "merge", str(other)])
    out = capsys.readouterr().out
    assert code == 0 and "nothing new" in out


def test_refusals_are_one_line_and_exit_1(capsys, tmp_path):
    team = tmp_path / "team.sqlite"
    cli(capsys, team, "import", str(CANGO_MD))
    code, data, err = cli(capsys, team, "merge", str(tmp_path / "missing.sqlite"))
    assert code == 1 and "no such file" in data["error"] and err.count("\n") == 1
    code, data, err = cli(capsys, team, "copy", "--to", str(team))
    assert code == 1 and "the workspace itself" in data["error"]
    other = tmp_path / "other.sqlite"
    cli(capsys, other, "import", str(CANGO_MD))
    code, data, err = cli(capsys, team, "copy", "--to", str(other))
    assert code == 1 and "not empty" in data["error"]
