"""``tag rename|merge|delete|colour|key|group`` from the command line, as JSON, beside
the ``tag add|remove|list`` usage that was there before."""

from reviewer.cli import main
from tests.conftest import FIXTURES
from tests.core.cli_helpers import cli

CANGO = FIXTURES / "cango" / "cango-upr4-submission.md"


def _setup(location, capsys):
    ws = location
    code, data, _ = cli(capsys, ws, "import", str(CANGO))
    assert code == 0
    doc = data["imported"][0]["document_id"]
    _, detail, _ = cli(capsys, ws, "document", str(doc))
    pids = {p["label"]: p["id"] for p in detail["paragraphs"] if p["label"]}
    for label, name in (("2", "gender"), ("3", "gender"), ("3", "women"), ("6", "women")):
        code, _, err = cli(capsys, ws, "tag", "add", "--paragraph", str(pids[label]), name)
        assert code == 0, err
    return ws, doc, pids


def _tags(capsys, ws) -> dict:
    code, rows, _ = cli(capsys, ws, "tag", "list")
    assert code == 0
    return {t["name"]: t for t in rows}


def test_rename_merge_delete_report_what_changed(location, capsys):
    ws, doc, pids = _setup(location, capsys)
    code, data, _ = cli(capsys, ws, "tag", "rename", "gender", "Gender equality")
    assert code == 0
    assert data["previous"] == "gender" and data["tag"]["name"] == "Gender equality"
    assert data["tag"]["paragraphs"] == 2
    _, detail, _ = cli(capsys, ws, "document", str(doc))
    tags = {p["label"]: p["tags"] for p in detail["paragraphs"] if p["label"]}
    assert tags["2"] == ["Gender equality"]

    code, data, _ = cli(capsys, ws, "tag", "merge", "women", "Gender equality")
    assert code == 0
    assert (data["source"], data["target"]) == ("women", "Gender equality")
    assert (data["paragraphs_moved"], data["paragraphs_already_tagged"]) == (1, 1)
    assert data["tag"]["paragraphs"] == 3
    assert set(_tags(capsys, ws)) == {"Gender equality"}

    code, data, _ = cli(capsys, ws, "tag", "delete", "Gender equality")
    assert code == 0
    assert (data["tag"], data["paragraphs"], data["passages"]) == ("Gender equality", 3, 0)
    assert _tags(capsys, ws) == {}


def test_refusals_are_one_line_and_change_nothing(location, capsys):
    ws, _, _ = _setup(location, capsys)
    before = _tags(capsys, ws)
    code, data, _ = cli(capsys, ws, "tag", "rename", "gender", "women")
    assert code == 1 and "already a tag named 'women'" in data["error"]
    assert "merge" in data["error"]
    code, data, _ = cli(capsys, ws, "tag", "merge", "nothing", "women")
    assert code == 1 and "no tag named 'nothing'" in data["error"]
    code, data, _ = cli(capsys, ws, "tag", "delete", "nothing")
    assert code == 1 and "no tag named" in data["error"]
    assert cli(capsys, ws, "tag", "key", "women", "10")[0] == 2  # bad usage
    assert _tags(capsys, ws) == before


def test_keys_groups_and_colours(location, capsys):
    ws, _, _ = _setup(location, capsys)
    assert {n: t["key"] for n, t in _tags(capsys, ws).items()} == {"gender": 1, "women": 2}
    code, data, _ = cli(capsys, ws, "tag", "key", "women", "1")
    assert code == 0 and data["keys"] == {"1": "women"}
    code, data, _ = cli(capsys, ws, "tag", "group", "women", "gender")
    assert code == 0 and data["tag"]["group"] == "gender"
    assert _tags(capsys, ws)["gender"]["members"] == 1
    code, data, _ = cli(capsys, ws, "tag", "group", "gender", "women")
    assert code == 1 and "is a group" in data["error"]
    assert cli(capsys, ws, "tag", "group", "women", "-")[1]["tag"]["group"] is None
    code, data, _ = cli(capsys, ws, "tag", "colour", "women", "#AA0000")
    assert code == 0 and data["tag"]["colour"] == "#aa0000"
    assert cli(capsys, ws, "tag", "key", "women", "-")[1]["tag"]["key"] is None
    # every key taken away by choice: none comes back by itself
    assert {n: t["key"] for n, t in _tags(capsys, ws).items()} == {"gender": None, "women": None}


def test_existing_tag_usage_still_works(location, capsys):
    ws, _, pids = _setup(location, capsys)
    code, data, _ = cli(capsys, ws, "tag", "remove", "--paragraph", str(pids["2"]), "gender")
    assert code == 0 and data["changed"] is True
    # options before or after the name, --json anywhere
    assert main(["--workspace", str(ws), "--json", "tag", "add", "x", "--paragraph", "5"]) == 0
    capsys.readouterr()
    assert main(["--workspace", str(ws), "tag", "add", "climate"]) == 2  # --paragraph missing
    code = main(["--workspace", str(ws), "tag", "list"])
    out = capsys.readouterr().out
    assert code == 0 and "[1] gender (1)" in out
