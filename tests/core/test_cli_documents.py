"""``document remove|rename|edit`` and what ``import`` says of a file already there."""

from __future__ import annotations

from pathlib import Path

from reviewer.cli import main
from tests.conftest import FIXTURES
from tests.core.cli_helpers import CANGO_TITLE, cli

CANGO = FIXTURES / "cango"
DOCX = CANGO / "cango-upr4-submission.docx"
PDF = CANGO / "cango-upr4-submission.pdf"
MD = CANGO / "cango-upr4-submission.md"
IMPORT_KEYS = {"document_id", "title", "file", "paragraphs", "footnotes", "links", "duplicate",
               "kind", "recommendations", "version", "version_of"}  # fmt: skip


def test_reimport_names_the_document_it_already_is(capsys, location):
    ws = location
    _, first, _ = cli(capsys, ws, "import", str(DOCX))
    assert first["imported"][0]["already_imported_as"] is None
    code, again, _ = cli(capsys, ws, "import", str(DOCX))
    assert code == 0
    [imp] = again["imported"]
    assert set(imp) >= IMPORT_KEYS and imp["duplicate"] is True
    doc_id = first["imported"][0]["document_id"]
    assert imp["already_imported_as"] == {"id": doc_id, "title": CANGO_TITLE, "version": 1}
    assert main(["--workspace", str(ws), "import", str(DOCX)]) == 0
    out = capsys.readouterr().out
    assert f"is already in the workspace as “{CANGO_TITLE}” (document {doc_id})" in out


def test_the_same_text_in_another_format_warns_and_may_be_skipped(capsys, location):
    ws = location
    _, first, _ = cli(capsys, ws, "import", str(DOCX))
    doc_id = first["imported"][0]["document_id"]
    code, data, err = cli(capsys, ws, "import", str(PDF))
    assert code == 0
    [imp] = data["imported"]
    assert imp["same_text_as"]["id"] == doc_id and imp["same_text_as"]["file"] == DOCX.name
    assert imp["same_text_as"]["share"] >= 0.9
    assert imp["skipped"] is False and imp["document_id"] != doc_id and imp["version"] == 1
    assert (
        "warning" in err and f"same text as document {doc_id}" in err and "--skip-same-text" in err
    )
    code, data, err = cli(capsys, ws, "import", "--skip-same-text", str(MD))
    assert code == 0
    [imp] = data["imported"]
    assert imp["skipped"] is True and imp["same_text_as"]["id"] == doc_id
    assert "skipped" in err
    _, docs, _ = cli(capsys, ws, "documents")
    assert len(docs) == 2  # the docx and the pdf; the md skipped


def test_remove_says_what_went_and_keeps_a_backup(capsys, location):
    ws = location
    _, first, _ = cli(capsys, ws, "import", str(DOCX))
    doc_id = first["imported"][0]["document_id"]
    _, doc, _ = cli(capsys, ws, "document", str(doc_id))
    pid = doc["paragraphs"][3]["id"]
    cli(capsys, ws, "tag", "add", "--paragraph", str(pid), "climate")
    cli(capsys, ws, "note", "add", "--paragraph", str(pid), "follow up")
    code, removed, _ = cli(capsys, ws, "document", "remove", str(doc_id))
    assert code == 0
    assert removed["document_id"] == doc_id and removed["title"] == CANGO_TITLE
    assert (removed["paragraphs"], removed["footnotes"], removed["tags"], removed["notes"]) == (
        16,
        11,
        1,
        1,
    )
    assert removed["registry"] is False and removed["versions"] == 0
    assert (
        Path(removed["backup"]).is_file() if removed["backup"] else str(ws).startswith("postgresql")
    )
    code, _, err = cli(capsys, ws, "document", str(doc_id))
    assert code == 1 and f"no document with id {doc_id}" in err
    _, docs, _ = cli(capsys, ws, "documents")
    assert docs == []
    code, _, err = cli(capsys, ws, "document", "remove", str(doc_id))
    assert code == 1 and "no document" in err


def test_remove_in_words_lists_what_goes_with_it(capsys, location):
    ws = location
    _, first, _ = cli(capsys, ws, "import", str(DOCX))
    doc_id = first["imported"][0]["document_id"]
    assert main(["-w", str(ws), "document", "remove", str(doc_id)]) == 0
    out = capsys.readouterr().out
    assert f"removed document {doc_id} “{CANGO_TITLE}”" in out
    assert "16 paragraphs" in out and "11 footnotes" in out
    assert ("backup copy" in out) != str(ws).startswith("postgresql")


def test_rename_and_edit(capsys, location):
    ws = location
    _, first, _ = cli(capsys, ws, "import", str(DOCX))
    doc_id = first["imported"][0]["document_id"]
    code, data, _ = cli(
        capsys, ws, "document", "rename", str(doc_id), "CANGO 2023", "--organisation", "CANGO"
    )
    assert code == 0
    assert (data["title"], data["organisation"], data["kind"]) == (
        "CANGO 2023",
        "CANGO",
        "submission",
    )
    assert data["before"]["title"] == CANGO_TITLE
    code, data, _ = cli(capsys, ws, "document", "edit", str(doc_id), "--kind", "other",
                        "--organisation", "-")  # fmt: skip
    assert code == 0 and data["kind"] == "other" and data["organisation"] is None
    _, doc, _ = cli(capsys, ws, "document", str(doc_id))  # reading it works as before
    assert doc["title"] == "CANGO 2023" and doc["kind"] == "other" and len(doc["paragraphs"]) == 16
    assert cli(capsys, ws, "document", "edit", str(doc_id))[0] == 2
    assert cli(capsys, ws, "document", "rename", str(doc_id), "x", "--kind", "novel")[0] == 2
    code, _, err = cli(capsys, ws, "document", "rename", str(doc_id), "  ")
    assert code == 1 and "needs a title" in err
    code, _, err = cli(capsys, ws, "--author", "document", "document", "remove", "99")
    assert code == 1 and "no document with id 99" in err
