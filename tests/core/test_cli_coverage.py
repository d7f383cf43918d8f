"""``coverage --review R``: the summary, the JSON, the workbook and the CSV."""

import shutil

import openpyxl
import pytest

from reviewer.cli import main
from reviewer.workspace import Workspace
from tests.conftest import FIXTURES
from tests.core.cli_helpers import CANGO_STATES, cli

CANGO = FIXTURES / "cango" / "cango-upr4-submission.docx"
CHN_LIST = FIXTURES / "un" / "China-UPR3-thematic-list-A_HRC_40_6.docx"
CONTEXT = FIXTURES / "context" / "un-women-china-progress-2022.txt"
CITED = [
    "28.45", "28.47", "28.49", "28.109", "28.111", "28.270", "28.271", "28.274",
    "28.287", "28.294", "28.330",
]  # fmt: skip
SUMMARY = (
    "346 recommendations · 11 addressed by 1 document · 335 by nobody · "
    "supported 284 (11 addressed) · noted 62 (0 addressed)"
)


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    path = tmp_path_factory.mktemp("cli-coverage") / "w.sqlite"
    with Workspace.open(path, author="Ana") as w:
        assert not w.import_files([CANGO, CHN_LIST, CONTEXT])[1]
    return path


@pytest.fixture
def wsp(built, tmp_path):
    path = tmp_path / "w.sqlite"
    shutil.copy(built, path)
    return path


def test_the_json_lists_who_addressed_what(wsp, capsys):
    code, data, err = cli(capsys, wsp, "coverage", "--review", "CHN-4")
    assert code == 0 and err == ""
    assert {k: data[k] for k in ("review", "recommendations", "addressed", "summary")} == {
        "review": "CHN-4",
        "recommendations": 346,
        "addressed": 11,
        "summary": SUMMARY,
    }
    assert (data["label"], data["responds_to"]) == ("China · 4th cycle · 2024", "CHN-3")
    cango, context = data["by_document"]
    assert cango["title"].startswith("UPR Report Presented by China Association")
    assert cango["cited"] == CITED and cango["suggested"] == []
    assert context["cited"] == [] and context["title"] == "Progress in China country in 2022"
    assert isinstance(cango["document_id"], int)
    assert len(data["nobody"]) == 335 and data["nobody"][:3] == ["28.1", "28.2", "28.3"]
    assert not set(data["nobody"]) & set(CITED)
    themes = {t["theme"]: t for t in data["by_theme"]}
    assert themes["A3"] == {
        "theme": "A3",
        "name": "Inter-State cooperation & development assistance",
        "recommendations": 18,
        "addressed": 3,
    }
    states = {t["state"]: t for t in data["by_state"]}
    for number, (state,) in CANGO_STATES.items():
        assert states[state]["addressed"] >= 1, number
    assert sum(t["recommendations"] for t in data["by_position"]) == 346
    assert [(t["position"], t["addressed"]) for t in data["by_position"]] == [
        ("supported", 11),
        ("noted", 0),
    ]


def test_a_suggestion_is_listed_apart(wsp, capsys):
    with Workspace.open(wsp) as w:
        cango = next(d for d in w.documents() if d.file == CANGO.name)
        para = next(p for p in w.document(cango.id).paragraphs if p.label == "2")
        w.link(para.id, "A/HRC/40/6", "28.1", status="suggested")
    data = cli(capsys, wsp, "coverage", "--review", "CHN-4")[1]
    assert data["by_document"][0]["suggested"] == ["28.1"]
    assert "28.1" in data["nobody"] and data["addressed"] == 11


def test_the_human_output_is_the_summary_and_a_table(wsp, capsys):
    assert main(["--workspace", str(wsp), "coverage", "--review", "CHN-4"]) == 0
    out = capsys.readouterr().out.splitlines()
    assert out[0] == "CHN-4 · China · 4th cycle · 2024 — against CHN-3's recommendations"
    assert out[1] == SUMMARY
    assert out[3].split() == ["doc", "addressed", "suggested", "document"]
    assert out[4].split()[1:] == ["11", "0", "China", "Association", "for", "NGO", "Cooperation"]
    assert out[5].split()[1:3] == ["0", "0"] and out[5].endswith(
        "Progress in China country in 2022"
    )


def test_out_writes_the_workbook_or_the_csv(wsp, tmp_path, capsys):
    code, data, _ = cli(
        capsys, wsp, "coverage", "--review", "CHN-4", "--out", str(tmp_path / "c.xlsx")
    )
    assert code == 0
    assert data == {
        "file": str((tmp_path / "c.xlsx").resolve()),
        "format": "xlsx",
        "review": "CHN-4",
        "summary": SUMMARY,
        "recommendations": 346,
        "addressed": 11,
        "nobody": 335,
        "documents": 2,
        "links": 11,
        "language": "en",
    }
    assert openpyxl.load_workbook(tmp_path / "c.xlsx")["Summary"]["A2"].value == SUMMARY
    out = tmp_path / "long.data"
    code, data, _ = cli(capsys, wsp, "coverage", "--review", "CHN-4", "--out", str(out),
                        "--format", "csv")  # fmt: skip
    assert code == 0 and data["format"] == "csv"
    assert out.read_bytes().startswith(b"\xef\xbb\xbfRecommendation,Symbol,Number,")
    assert (
        main(["-w", str(wsp), "coverage", "--review", "CHN-4", "--out", str(tmp_path / "h.csv")])
        == 0
    )
    line = capsys.readouterr().out
    assert (
        line == f"wrote {(tmp_path / 'h.csv').resolve()} (csv, 11 linked paragraphs): {SUMMARY}\n"
    )


@pytest.mark.parametrize(
    "args, message",
    [
        (["--review", "CHN-9"], "no review CHN-9 in this workspace (reviews: CHN-3, CHN-4)"),
        (["--review", "CHN-4", "--out", "{tmp}/c.txt"], "{tmp}/c.txt: cannot tell the format"),
        (["--review", "CHN-4", "--out", "{tmp}/no/c.xlsx"], "the folder {tmp}/no does not exist"),
        (["--review", "CHN-4", "--format", "csv"], "--format is for a file: give --out FILE"),
    ],
)
def test_errors_are_one_line(wsp, tmp_path, capsys, args, message):
    args = [a.replace("{tmp}", str(tmp_path)) for a in args]
    code, data, err = cli(capsys, wsp, "coverage", *args)
    assert code == 1
    assert err.count("\n") == 1 and err.startswith("upr-reviewer-cli: error: ")
    assert message.replace("{tmp}", str(tmp_path)) in err
    assert set(data) == {"error"}
    assert sorted(p.name for p in tmp_path.iterdir()) == ["w.sqlite"] + (
        ["w.sqlite-shm", "w.sqlite-wal"] if (tmp_path / "w.sqlite-wal").exists() else []
    )


def test_bad_usage_exits_2(wsp, capsys):
    assert main(["-w", str(wsp), "coverage"]) == 2
    assert main(["-w", str(wsp), "coverage", "--review", "CHN-4", "--format", "ods"]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 2
