"""The command line's import and queries on the real CANGO submission."""

import shutil
import sqlite3

import pytest

from tests.conftest import FIXTURES
from tests.core.cli_helpers import CANGO_STATES, assert_cango_structure, cli

CANGO = FIXTURES / "cango"


@pytest.mark.parametrize(
    "name",
    [
        "cango-upr4-submission.txt",
        "cango-upr4-submission.md",
        "cango-upr4-submission.docx",
        "cango-upr4-submission.pdf",
    ],
)
def test_cango_imports_to_the_known_structure_and_links(capsys, name, location):
    ws = location
    code, data, err = cli(capsys, ws, "import", str(CANGO / name))
    assert code == 0, err
    assert data["errors"] == []
    [imp] = data["imported"]
    assert imp["paragraphs"] == 16 and imp["footnotes"] == 11 and imp["links"] == 11
    assert imp["duplicate"] is False
    assert set(imp) >= {
        "document_id",
        "title",
        "file",
        "paragraphs",
        "footnotes",
        "links",
        "duplicate",
    }

    code, doc, _ = cli(capsys, ws, "document", str(imp["document_id"]))
    assert code == 0
    assert_cango_structure(doc)

    code, recs, _ = cli(capsys, ws, "recommendations", "--symbol", "A/HRC/40/6")
    assert code == 0
    assert {r["number"]: r["states"] for r in recs} == CANGO_STATES
    by_number = {r["number"]: r for r in recs}
    assert by_number["28.294"]["text"].startswith("Continue taking measures for improving women")
    assert all(r["paragraph_count"] == 1 for r in recs)
    assert set(recs[0]) >= {
        "symbol",
        "number",
        "text",
        "states",
        "position",
        "themes",
        "paragraph_count",
    }


QUOTES = str.maketrans({"’": "'", "‘": "'", "“": '"', "”": '"'})


def test_every_format_gives_the_same_paragraphs(tmp_path, capsys):
    texts = {}
    names = ["cango-upr4-submission." + ext for ext in ("txt", "md", "docx", "pdf")]
    for name in names:
        ws = tmp_path / f"{name}.sqlite"
        _, data, _ = cli(capsys, ws, "import", str(CANGO / name))
        _, doc, _ = cli(capsys, ws, "document", str(data["imported"][0]["document_id"]))
        texts[name] = [
            (p["label"], p["kind"], " ".join(p["text"].split()).translate(QUOTES))
            for p in doc["paragraphs"]
        ]
    for name in names[1:]:
        assert texts[name] == texts[names[0]], name


def test_reimport_is_a_duplicate_and_changes_nothing(tmp_path, capsys, location):
    ws = location
    src = CANGO / "cango-upr4-submission.txt"
    copy = tmp_path / "renamed copy.txt"
    shutil.copy(src, copy)
    cli(capsys, ws, "import", str(src))
    code, data, _ = cli(capsys, ws, "import", str(copy))
    assert code == 0
    [imp] = data["imported"]
    assert imp["duplicate"] is True and imp["paragraphs"] == 16 and imp["links"] == 11
    _, docs, _ = cli(capsys, ws, "documents")
    assert len(docs) == 1
    assert set(docs[0]) >= {"id", "title", "organisation", "kind", "file", "paragraphs"}
    _, recs, _ = cli(capsys, ws, "recommendations")
    assert len(recs) == 11


def test_search_tag_and_note_through_the_cli(capsys, location):
    ws = location
    _, data, _ = cli(capsys, ws, "import", str(CANGO / "cango-upr4-submission.md"))
    code, hits, _ = cli(capsys, ws, "search", "South-South")
    assert code == 0 and hits
    assert hits[0]["label"] == "6"
    assert "<mark>" in hits[0]["snippet"]
    assert set(hits[0]) >= {"document_id", "paragraph_id", "label", "snippet"}
    pid = hits[0]["paragraph_id"]

    assert cli(capsys, ws, "tag", "add", "--paragraph", str(pid), "climate")[0] == 0
    code, tags, _ = cli(capsys, ws, "tag", "list")
    assert [(t["name"], t["paragraphs"]) for t in tags] == [("climate", 1)]
    assert cli(capsys, ws, "note", "add", "--paragraph", str(pid), "Check 28.47 follow-up")[0] == 0
    code, notes, _ = cli(capsys, ws, "note", "list", "--paragraph", str(pid))
    assert [n["text"] for n in notes] == ["Check 28.47 follow-up"]
    assert cli(capsys, ws, "tag", "remove", "--paragraph", str(pid), "climate")[0] == 0
    _, tags, _ = cli(capsys, ws, "tag", "list")
    assert tags[0]["paragraphs"] == 0


def test_usage_errors_exit_2_and_missing_things_exit_1(capsys, location):
    ws = location
    from reviewer.cli import main

    assert main(["--workspace", str(ws), "frobnicate"]) == 2
    assert "Traceback" not in capsys.readouterr().err
    assert main(["--workspace", str(ws), "tag", "add", "climate"]) == 2
    capsys.readouterr()
    code, data, err = cli(capsys, ws, "document", "999")
    assert (
        code == 1
        and "no document with id 999" in err
        and data == {"error": "no document with id 999"}
    )
    code, data, err = cli(capsys, ws, "search", '"')
    assert code == 1 and "nothing to search for" in err


def test_workspace_env_variable_chooses_the_file(tmp_path, capsys, monkeypatch):
    from reviewer.cli import main

    target = tmp_path / "from-env.sqlite"
    monkeypatch.setenv("UPR_REVIEWER_WORKSPACE", str(target))
    assert main(["import", str(CANGO / "cango-upr4-submission.txt"), "--json"]) == 0
    capsys.readouterr()
    con = sqlite3.connect(target)
    assert con.execute("select count(*) from document").fetchone() == (1,)
    con.close()


def test_default_workspace_lives_in_the_user_data_dir(tmp_path, capsys, monkeypatch):
    from reviewer.cli import main
    from reviewer.paths import AppPaths

    assert main(["documents", "--json"]) == 0
    capsys.readouterr()
    assert AppPaths.default().default_workspace.exists()
    assert str(tmp_path.parent) in str(AppPaths.default().data_dir)
