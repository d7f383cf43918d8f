"""Bad input: a clear one-line error naming the file, and the workspace unchanged."""

import hashlib
import os
import sqlite3

import pytest

from tests.conftest import FIXTURES
from tests.core.cli_helpers import cli
from tests.core.test_registry_damage import leaks

_PDF = (FIXTURES / "cango" / "cango-upr4-submission.pdf").read_bytes()
_DOCX = (FIXTURES / "cango" / "cango-upr4-submission.docx").read_bytes()


def _snapshot(path):
    con = sqlite3.connect(path)
    try:
        tables = [
            r[0]
            for r in con.execute(
                "select name from sqlite_master where type='table' and name not like 'paragraph_fts%' "
                "and name != 'alembic_version'"
            )
        ]
        return {t: con.execute(f"select count(*) from {t}").fetchone()[0] for t in tables}
    finally:
        con.close()


@pytest.fixture
def seeded(tmp_path, capsys):
    ws = tmp_path / "w.sqlite"
    cli(capsys, ws, "import", str(FIXTURES / "cango" / "cango-upr4-submission.md"))
    return ws


BAD_FILES = {
    "empty.txt": (b"", "empty"),
    "blank.txt": (b"  \n\n\t \r\n", "empty"),
    "picture.txt": (b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 40, "not a text file"),
    "broken.pdf": (b"%PDF-1.7\n1 0 obj << /Type /Catalog", "PDF"),
    "broken.docx": (b"PK\x03\x04" + b"\x00" * 200, "damaged"),
    "old.doc": (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, ".doc"),
    # a real PDF and Word file cut short, as an interrupted download leaves them
    "cut-short.pdf": (_PDF[: len(_PDF) * 2 // 3], "incomplete"),
    "cut-short.docx": (_DOCX[: len(_DOCX) // 2], "damaged"),
    "junk.txt": (bytes(range(256)) * 300, "not a text file"),
}


@pytest.mark.parametrize("name", sorted(BAD_FILES))
def test_bad_file_is_one_clear_error_and_nothing_changes(seeded, tmp_path, capsys, name):
    data, expected = BAD_FILES[name]
    bad = tmp_path / name
    bad.write_bytes(data)
    before = _snapshot(seeded)
    code, out, err = cli(capsys, seeded, "import", str(bad))
    assert code == 1
    assert out["imported"] == []
    [error] = out["errors"]
    assert error["file"] == str(bad)
    assert expected.lower() in error["error"].lower()
    assert not leaks(error["error"]), error["error"]  # no exception class, no "code=7"
    assert "Traceback" not in err and len(err.strip().splitlines()) == 1
    assert str(bad) in err
    assert _snapshot(seeded) == before


def test_one_bad_file_does_not_stop_the_others(tmp_path, capsys):
    ws = tmp_path / "w.sqlite"
    bad = tmp_path / "empty.txt"
    bad.write_bytes(b"")
    good = FIXTURES / "cango" / "cango-upr4-submission.txt"
    code, out, _ = cli(capsys, ws, "import", str(bad), str(good), str(tmp_path / "missing.txt"))
    assert code == 1
    assert [i["file"] for i in out["imported"]] == [str(good)]
    assert [e["file"] for e in out["errors"]] == [str(bad), str(tmp_path / "missing.txt")]
    assert "no such file" in out["errors"][1]["error"]


def test_cp1252_text_imports_with_the_right_characters(tmp_path, capsys):
    ws = tmp_path / "w.sqlite"
    src = tmp_path / "windows.txt"
    text = (
        "Submission by a coalition\r\n\r\n"
        "1. Côte d’Ivoire recommended “better” access (A/HRC/40/6, 28.294).\r\n\r\n"
        "2. Second paragraph – with an en dash.\r\n"
    )
    src.write_bytes(text.encode("cp1252"))
    code, out, err = cli(capsys, ws, "import", str(src))
    assert code == 0, err
    _, doc, _ = cli(capsys, ws, "document", str(out["imported"][0]["document_id"]))
    by_label = {p["label"]: p for p in doc["paragraphs"]}
    assert "Côte d’Ivoire recommended “better” access" in by_label["1"]["text"]
    assert "– with an en dash" in by_label["2"]["text"]
    assert [(lk["symbol"], lk["number"], lk["origin"]) for lk in by_label["1"]["links"]] == [
        ("A/HRC/40/6", "28.294", "inline")
    ]


@pytest.mark.parametrize("encoding", ["utf-8-sig", "utf-16"])
def test_bom_encodings(tmp_path, capsys, encoding):
    ws = tmp_path / "w.sqlite"
    src = tmp_path / f"{encoding}.txt"
    src.write_bytes("Title of a report\n\n1. First paragraph about Türkiye.\n".encode(encoding))
    code, out, _ = cli(capsys, ws, "import", str(src))
    assert code == 0
    _, doc, _ = cli(capsys, ws, "document", str(out["imported"][0]["document_id"]))
    assert any("Türkiye" in p["text"] for p in doc["paragraphs"])
    assert not any("\ufeff" in p["text"] for p in doc["paragraphs"])


def test_fifty_megabyte_text_imports(tmp_path, capsys):
    ws = tmp_path / "w.sqlite"
    src = tmp_path / "big.txt"
    para = (
        "{n}. The Government continues to implement recommendation A/HRC/40/6, 28.{r} on access "
        "to education for children of migrant workers, with further measures planned. " * 3
    )
    with open(src, "w", encoding="utf-8") as fh:
        n = 0
        while fh.tell() < 50 * 1024 * 1024:
            n += 1
            fh.write(para.format(n=n, r=n % 346 + 1).replace(f" {n}. ", " ", 2) + "\n\n")
    assert os.path.getsize(src) >= 50 * 1024 * 1024
    code, out, err = cli(capsys, ws, "import", str(src))
    assert code == 0, err
    [imp] = out["imported"]
    assert imp["paragraphs"] == n
    assert imp["links"] == n
    con = sqlite3.connect(ws)
    assert con.execute("select count(*) from recommendation").fetchone() == (346,)
    sha = hashlib.sha256(src.read_bytes()).hexdigest()
    assert con.execute("select sha256 from document").fetchone() == (sha,)
    con.close()


def test_a_parser_bug_fails_its_file_is_logged_and_the_batch_goes_on(tmp_path, monkeypatch, caplog):
    import reviewer.workspace.importing as importing
    from reviewer.workspace import Workspace

    real = importing.parse_bytes

    def buggy(data, file_name, *args, **kwargs):
        if file_name.endswith(".txt"):
            raise TypeError("a bug in a parser")
        return real(data, file_name, *args, **kwargs)

    monkeypatch.setattr(importing, "parse_bytes", buggy)
    cango = FIXTURES / "cango"
    with Workspace.open(tmp_path / "w.sqlite") as ws, caplog.at_level("ERROR", "reviewer"):
        done, failed = ws.import_files(
            [cango / "cango-upr4-submission.txt", cango / "cango-upr4-submission.md"]
        )
        assert [d.paragraphs for d in done] == [16]
        assert len(failed) == 1 and "program error" in failed[0].error
        assert "\n" not in failed[0].error
        assert not leaks(failed[0].error) and "a bug in a parser" not in failed[0].error
    logged = [r for r in caplog.records if r.name == "reviewer.import"]
    assert len(logged) == 1 and logged[0].exc_info[0] is TypeError


@pytest.mark.parametrize(
    "raised, words",
    [
        (RuntimeError("code=7: cannot find startxref"), "program error"),
        (KeyError("/Root"), "program error"),
        (MemoryError(), "too complex"),
        (RecursionError("maximum recursion depth exceeded"), "too complex"),
    ],
)
def test_what_a_library_raises_is_said_in_a_sentence(tmp_path, monkeypatch, raised, words):
    """A PDF library's "RuntimeError: code=7", a KeyError deep in a parser, memory
    running out: the person reads what happened, never the exception; the log keeps it."""
    import reviewer.workspace.importing as importing
    from reviewer.workspace import Workspace

    def failing(data, file_name, *args, **kwargs):
        raise raised

    monkeypatch.setattr(importing, "parse_bytes", failing)
    bad = tmp_path / "report.pdf"
    bad.write_bytes(_PDF[:20_000])
    with Workspace.open(tmp_path / "w.sqlite") as ws:
        done, failed = ws.import_files([bad])
    assert done == [] and len(failed) == 1
    message = failed[0].error
    assert words in message and not leaks(message), message
    assert type(raised).__name__ not in message and "code=" not in message
