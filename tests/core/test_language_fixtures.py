"""The French, Spanish, Chinese, Arabic and Russian submissions of
tests/fixtures/languages/, imported.

Each fixture is imported into a real workspace holding the registry of A/HRC/40/6
(China's third-cycle thematic list), and its links are checked against
``expected.json``: every numbered paragraph links exactly what the file says, and the
paragraphs of traps link nothing.  The French one also goes through the command line
as a separate process.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from reviewer.languages import detect, detect_many
from tests.conftest import FIXTURES
from tests.core.cli_helpers import cli

LANG_DIR = FIXTURES / "languages"
EXPECTED = json.loads((LANG_DIR / "expected.json").read_text("utf-8"))
REGISTRY = (LANG_DIR / EXPECTED["registry"]).resolve()
SYMBOL = EXPECTED["symbol"]
ROOT = Path(__file__).resolve().parents[2]

CASES = [(lang, name) for lang, spec in EXPECTED["languages"].items() for name in spec["files"]]


def _links_by_label(doc: dict) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for p in doc["paragraphs"]:
        if p["label"] is None:
            assert p["links"] == [], p["text"][:60]  # title, organisation, introduction
            continue
        assert all(link["symbol"] == SYMBOL for link in p["links"])
        out[p["label"]] = sorted(
            (link["number"] for link in p["links"]), key=lambda n: int(n.split(".")[1])
        )
    return out


@pytest.fixture
def registry_workspace(tmp_path, capsys) -> Path:
    ws = tmp_path / "w.sqlite"
    code, data, err = cli(capsys, ws, "import", str(REGISTRY))
    assert code == 0, err
    assert data["imported"][0]["recommendations"] == 346
    return ws


@pytest.mark.parametrize("lang, name", CASES)
def test_each_fixture_links_what_expected_json_says(capsys, registry_workspace, lang, name):
    spec = EXPECTED["languages"][lang]
    ws = registry_workspace
    code, data, err = cli(capsys, ws, "import", str(LANG_DIR / name))
    assert code == 0, err
    assert data["errors"] == []
    [imp] = data["imported"]
    assert imp["kind"] == "submission"  # the review named in the file's language
    assert imp["footnotes"] == spec["footnotes"]
    assert imp["links"] == sum(len(v) for v in spec["links"].values())

    code, doc, _ = cli(capsys, ws, "document", str(imp["document_id"]))
    assert code == 0
    assert doc["review"] == "CHN-4"  # China named in the submission's own language
    got = _links_by_label(doc)
    labels = sorted(set(spec["links"]) | set(spec["no_links"]), key=int)
    assert sorted(got, key=int) == labels  # every numbered paragraph, as the file numbers them
    for label, numbers in spec["links"].items():
        assert got[label] == numbers, (name, label)
    for label in spec["no_links"]:
        assert got[label] == [], (name, label)  # traps stay traps

    # the registry's States stay the UN's English names, whatever language quoted them
    code, rec, _ = cli(capsys, ws, "recommendation", SYMBOL, "28.294")
    assert code == 0 and rec["states"] == ["India"]
    assert rec["paragraph_count"] == (1 if "2" in spec["links"] else 0)

    # the language detector tells each fixture's language, paragraph by paragraph too
    texts = [p["text"] for p in doc["paragraphs"]]
    assert detect_many(texts) == lang
    told = [detect(p["text"]) for p in doc["paragraphs"] if p["label"]]
    assert told == [lang] * len(told)


def test_both_files_of_a_language_give_the_same_links(tmp_path, capsys):
    for lang, spec in EXPECTED["languages"].items():
        seen = []
        for name in spec["files"]:
            ws = tmp_path / f"{name}.sqlite"
            _, data, _ = cli(capsys, ws, "import", str(LANG_DIR / name))
            _, doc, _ = cli(capsys, ws, "document", str(data["imported"][0]["document_id"]))
            seen.append(_links_by_label(doc))
            # no registry: the review from China named in the file's language ("Китая",
            # "للصين" declined or prefixed) and the cycle of the report it cites
            assert doc["review"] == "CHN-4", (name, doc.get("review_reason"))
        assert all(links == seen[0] for links in seen[1:]), lang


def test_the_french_fixture_through_the_command_line(tmp_path):
    """End to end: `python -m reviewer import … --json` as a person runs it."""
    ws = tmp_path / "cli.sqlite"
    env = dict(os.environ, PYTHONPATH=str(ROOT))

    def run(*args: str) -> dict:
        cmd = [sys.executable, "-m", "reviewer", "--workspace", str(ws), *args, "--json"]
        proc = subprocess.run(cmd, capture_output=True, text=True, env=env, cwd=ROOT, timeout=300)
        assert proc.returncode == 0, proc.stderr
        return json.loads(proc.stdout)

    run("import", str(REGISTRY))
    data = run("import", str(LANG_DIR / "submission-fr.docx"))
    [imp] = data["imported"]
    spec = EXPECTED["languages"]["fr"]
    assert (imp["footnotes"], imp["links"]) == (3, 10)
    doc = run("document", str(imp["document_id"]))
    got = _links_by_label(doc)
    assert {label: got[label] for label in spec["links"]} == spec["links"]
    assert all(got[label] == [] for label in spec["no_links"])
    recs = run("recommendations", "--symbol", SYMBOL)
    cited = {r["number"]: r["states"] for r in recs if r["paragraph_count"]}
    assert cited == {
        "28.294": ["India"],
        "28.270": ["Algeria"],
        "28.271": ["Comoros"],
        "28.274": ["Bangladesh"],
        "28.45": ["Pakistan"],
        "28.46": ["Russian Federation"],
        "28.47": ["Thailand"],
        "28.48": ["Democratic Republic of the Congo"],
        "28.49": ["Fiji"],
        "28.287": ["Malaysia"],
    }


@pytest.mark.parametrize(
    "text",
    [
        "Contribution des parties prenantes à l'Examen périodique universel de la Chine",
        "Informe para el Examen Periódico Universal (EPU) de Colombia",
        "关于中国第四轮普遍定期审议的利益攸关方报告",
        "تقرير مقدم إلى الاستعراض الدوري الشامل للصين",
        "Доклад для универсального периодического обзора Китая",
        "Le gouvernement a mis en œuvre la recommandation 28.294.",
        "Правительство выполнило рекомендации 28.270 и 28.271.",
        "中国政府落实了建议28.294。",
    ],
)
def test_a_upr_text_in_any_un_language_is_a_submission(text):
    from reviewer.ingest.text import guess_kind

    assert guess_kind(["Introduction", text]) == "submission"


@pytest.mark.parametrize(
    "text",
    [
        "Le conseil municipal a adopté trois recommandations sur les transports.",
        "La agencia publicó recomendaciones para 2024.",
        "Министерство подготовило рекомендации для школ.",
    ],
)
def test_recommendations_without_the_review_are_not_a_submission(text):
    from reviewer.ingest.text import guess_kind

    assert guess_kind([text]) == "other"
