"""Registry documents in French and Spanish: the UN's thematic lists and Working Group
reports read as the English ones are, and the same recommendation in two languages is
one registry row (same symbol and number) with its text per language.

The French and Spanish files are built from the English edition in the UN's wording
(tests/fixtures/un/languages/README.md); the English file they are compared with is
the real one.
"""

from __future__ import annotations

import io
import zipfile
from collections import Counter
from pathlib import Path

import pymupdf
import pytest

from reviewer.citations.states import canonical_state
from reviewer.recommendations import detect_registry_kind, parse_registry
from reviewer.recommendations.wg_conclusions import statement
from reviewer.workspace import Workspace
from tests.conftest import FIXTURES
from tests.core.cli_helpers import cli

UN = FIXTURES / "un"
LANG = UN / "languages"
CHN_EN = UN / "China-UPR3-thematic-list-A_HRC_40_6.docx"
CHN_FR = LANG / "China-UPR3-thematic-list-A_HRC_40_6-fr.docx"
CHN_ES = LANG / "China-UPR3-thematic-list-A_HRC_40_6-es.docx"
WG_FR = LANG / "China-UPR3-A_HRC_40_6-wg-report-excerpt-fr.pdf"
DEJAVU = Path("/usr/share/fonts/truetype/dejavu/DejaVuSerif.ttf")


def _parse(path: Path):
    return parse_registry(path.read_bytes(), path.name)


def _states(record) -> list[str]:
    return [canonical_state(s) or s for s in record.states]


@pytest.fixture(scope="module")
def english():
    return {r.number: r for r in _parse(CHN_EN).records}


@pytest.mark.parametrize(
    ("path", "language", "supported", "noted"),
    [(CHN_FR, "fr", 12, 11), (CHN_ES, "es", 12, 11)],
)
def test_a_thematic_list_in_french_or_spanish_reads_as_the_english_one(
    english, path, language, supported, noted
):
    assert detect_registry_kind(path.read_bytes(), path.name) == "thematic_list"
    found = _parse(path)
    assert (found.symbol, found.language, found.state_under_review) == (
        "A/HRC/40/6",
        language,
        "China",
    )
    assert found.warnings == ()
    positions = Counter(r.position for r in found.records)
    assert positions == {"supported": supported, "noted": noted}
    for r in found.records:
        en = english[r.number]
        # the same States in the same order, named by their English UN names
        assert _states(r) == _states(en), r.number
        assert r.position == en.position, r.number
        assert {c for c, _ in r.themes} == {c for c, _ in en.themes}, r.number
        # each State's text of a number that groups several is kept, in order
        assert r.text.count("\n") == en.text.count("\n"), r.number
        assert r.cycle == 3
    by_number = {r.number: r for r in found.records}
    # "(Principes de Paris) (Niger)": only the last group is a State
    assert (
        by_number["28.14"]
        .text.split("\n")[0]
        .endswith("(Principes de Paris)" if language == "fr" else "(Principios de París)")
    )
    # the French no-break space before ";" is no part of the text
    assert not any(r.text.endswith(("\u00a0", ";", " ")) for r in found.records)


def test_the_french_wg_report_reads_its_conclusions_paragraph(english):
    assert detect_registry_kind(WG_FR.read_bytes(), WG_FR.name) == "wg_report"
    found = _parse(WG_FR)
    assert found.language == "fr" and found.state_under_review == "China"
    assert found.title.startswith("Rapport du Groupe de travail")
    assert [r.number for r in found.records] == [f"28.{k}" for k in range(1, 10)]
    assert {r.position for r in found.records} == {"pending"}
    assert found.records[0].position_source.endswith("seront examinées par la Chine")
    for r in found.records:
        assert _states(r) == _states(english[r.number]), r.number
    # the page note set at body size ("** Les conclusions … n'ont pas été revues …")
    # joins no recommendation
    assert not any("revues" in r.text for r in found.records)
    assert found.warnings == ()


@pytest.mark.parametrize(
    ("sentence", "position"),
    [
        (
            "Les recommandations ci-après ont été examinées par la Slovénie et ont recueilli "
            "l’appui de la Slovénie :",
            "supported",
        ),
        ("Les recommandations ci-après ont recueilli son appui :", "supported"),
        (
            "Les recommandations ci-après, dont la Slovénie a pris note, ont été examinées :",
            "noted",
        ),
        ("Les recommandations ci-après n’ont pas recueilli l’appui de la Slovénie :", "noted"),
        (
            "Las recomendaciones que figuran a continuación han sido examinadas por Eslovenia "
            "y cuentan con el apoyo de Eslovenia:",
            "supported",
        ),
        (
            "Las recomendaciones que figuran a continuación, de las que Eslovenia ha tomado "
            "nota, han sido examinadas:",
            "noted",
        ),
        (
            "Las recomendaciones que figuran a continuación serán examinadas por Eslovenia, "
            "que responderá a ellas a su debido tiempo:",
            "pending",
        ),
    ],
)
def test_what_a_french_or_spanish_paragraph_says_the_state_did(sentence, position):
    assert statement(sentence)[0] == position


def _report_pdf(path: Path, lines: list[tuple[float, str, float]]) -> Path:
    """A UN-like report of a few pages' lines (x, text, size), in DejaVu Serif."""
    doc = pymupdf.open()
    page = doc.new_page(width=595, height=842)
    y = 60.0
    for x, text, size in lines:
        page.insert_text((x, y), text, fontsize=size, fontname="dv", fontfile=str(DEJAVU))
        y += size * 1.8
    path.write_bytes(doc.tobytes())
    return path


def test_a_spanish_wg_report_with_supported_and_noted_paragraphs(tmp_path):
    path = _report_pdf(
        tmp_path / "informe.pdf",
        [
            (56, "Naciones Unidas", 14),
            (430, "A/HRC/99/12", 14),
            (56, "Asamblea General", 18),
            (90, "Informe del Grupo de Trabajo sobre el Examen Periódico Universal*", 14),
            (90, "Eslovenia", 13),
            (56, "II. Conclusiones y/o recomendaciones", 12),
            (56, "116. Las recomendaciones que figuran a continuación han sido examinadas ", 10),
            (90, "por Eslovenia y cuentan con el apoyo de Eslovenia:", 10),
            (
                90,
                "116.1 Ratificar el Protocolo Facultativo (Bolivia (Estado Plurinacional de));",
                10,
            ),
            (90, "116.2 Adoptar una ley contra la trata (Reino Unido de Gran Bretaña e ", 10),
            (125, "Irlanda del Norte), (Chile y Perú);", 10),
            (56, "117. Las recomendaciones que figuran a continuación, de las que Eslovenia ", 10),
            (90, "ha tomado nota, han sido examinadas:", 10),
            (90, "117.1 Abolir la pena de muerte (Países Bajos).", 10),
            (56, "Anexo", 12),
        ],
    )
    assert detect_registry_kind(path.read_bytes(), path.name) == "wg_report"
    found = _parse(path)
    assert found.language == "es" and found.state_under_review == "Slovenia"
    got = {r.number: (r.position, r.states) for r in found.records}
    assert got == {
        "116.1": ("supported", ("Bolivia (Plurinational State of)",)),
        "116.2": (
            "supported",
            ("United Kingdom of Great Britain and Northern Ireland", "Chile", "Peru"),
        ),
        "117.1": ("noted", ("Netherlands",)),
    }


# --- one registry row per recommendation, its text per language --------------------


def test_the_french_and_spanish_lists_add_texts_not_rows(location):
    with Workspace.open(location, "Ana") as ws:
        assert ws.import_file(CHN_EN).language == "en"
        fr = ws.import_file(CHN_FR)
        es = ws.import_file(CHN_ES)
        assert (fr.recommendations, fr.language, fr.disagreements) == (23, "fr", ())
        assert (es.recommendations, es.language, es.disagreements) == (23, "es", ())
        rows = {r.number: r for r in ws.recommendations(symbol="A/HRC/40/6")}
        assert len(rows) == 346  # not 346 + 23 + 23
        r = rows["28.5"]
        assert r.text.startswith("Ratify the International Covenant")  # the first edition's
        assert list(r.texts) == ["en", "fr", "es"]
        assert r.texts["fr"].startswith("Ratifier le Pacte international")
        assert r.texts["es"].startswith("Ratificar el Pacto Internacional")
        assert r.position == "noted" and not r.conflict
        assert len(r.states) == 11 and r.affected_persons == ("general",)  # not translated twice
        assert list(rows["28.1"].texts) == ["en"]  # not in the excerpt
        assert sum(len(x.texts) == 3 for x in rows.values()) == 23
        # the text filter reads every language's text
        assert {x.number for x in ws.recommendations(text_contains="Principes de Paris")} == {
            "28.14",
            "28.66",
        }
        # the French report after the lists: its texts agree with the French list's
        wg = ws.import_file(WG_FR)
        assert (wg.recommendations, wg.language, wg.disagreements) == (9, "fr", ())
        rows = {r.number: r for r in ws.recommendations(symbol="A/HRC/40/6")}
        assert len(rows) == 346
        assert rows["28.1"].texts["fr"].startswith("Renforcer sa coopération")
        assert not rows["28.5"].conflict and rows["28.5"].position == "noted"
        detail = ws.recommendation("A/HRC/40/6", "28.9")
        assert detail is not None and set(detail.recommendation.texts) == {"en", "fr", "es"}


def test_the_first_edition_read_keeps_the_row_text(location):
    with Workspace.open(location, "Ana") as ws:
        ws.import_file(CHN_FR)
        ws.import_file(CHN_EN)
        rows = {r.number: r for r in ws.recommendations(symbol="A/HRC/40/6")}
        assert len(rows) == 346
        assert rows["28.4"].text.startswith("Continuer d’œuvrer")  # French came first
        assert list(rows["28.4"].texts) == ["fr", "en"]
        assert rows["28.4"].states == ("New Zealand", "Uruguay", "Mali")
        assert rows["28.1"].text.startswith("Strengthen its cooperation")  # English only
        assert list(rows["28.1"].texts) == ["en"]


def _with_position(path: Path, tmp_path: Path, old: str, new: str) -> Path:
    """The list with its first ``old`` position cell saying ``new``."""
    src = zipfile.ZipFile(path)
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as dst:
        for item in src.infolist():
            data = src.read(item.filename)
            if item.filename == "word/document.xml":
                text = data.decode("utf-8")
                assert f">{old}<" in text
                data = text.replace(f">{old}<", f">{new}<", 1).encode("utf-8")
            dst.writestr(item, data)
    target = tmp_path / path.name.replace(".docx", "-changed.docx")
    target.write_bytes(out.getvalue())
    return target


def test_a_position_another_edition_disagrees_on_is_reported_not_taken(location, tmp_path, capsys):
    changed = _with_position(CHN_FR, tmp_path, "Notée", "Appuyée")  # 28.14's, noted in English
    ws = location
    assert cli(capsys, ws, "import", str(CHN_EN))[0] == 0
    code, data, err = cli(capsys, ws, "import", str(changed))
    assert code == 0
    [imp] = data["imported"]
    assert imp["language"] == "fr"
    assert imp["disagreements"] == [
        "A/HRC/40/6 28.14: the fr edition says supported, the registry says noted (kept)"
    ]
    assert "28.14: the fr edition says supported" in err
    code, recs, _ = cli(capsys, ws, "recommendations", "--symbol", "A/HRC/40/6")
    by_number = {r["number"]: r for r in recs}
    assert by_number["28.14"]["position"] == "noted"  # the registry's, kept
    assert by_number["28.14"]["conflict"] is True
    assert by_number["28.14"]["texts"]["fr"].startswith("Envisager de ratifier")
    assert set(by_number["28.14"]["texts"]) == {"en", "fr"}
    # every earlier key is still there
    assert {"symbol", "number", "text", "states", "position", "conflict"} <= set(recs[0])
    code, one, _ = cli(capsys, ws, "recommendation", "A/HRC/40/6", "28.5")
    assert code == 0 and set(one["texts"]) == {"en", "fr"}


def test_a_footnotes_quote_in_another_language_is_no_edition(tmp_path):
    """A submission's footnote quoted 28.5 in English before any list was read; the
    French list is then the first edition: its text, no conflict with the quote."""
    from reviewer.vocabulary import SourceKind
    from reviewer.workspace.registry_store import Facts, load_existing, upsert

    quote = "Ratify the International Covenant on Civil and Political Rights (the treaty)"
    with Workspace.open(tmp_path / "w.sqlite", "Ana") as ws:
        with ws.write() as s:
            existing = load_existing(s, [("A/HRC/40/6", "28.5")])
            upsert(s, Facts("A/HRC/40/6", "28.5", text=quote), SourceKind.FOOTNOTE, None, existing)
        assert ws.recommendation("A/HRC/40/6", "28.5").recommendation.texts == {}  # no edition
        ws.import_file(CHN_FR)
        r = ws.recommendation("A/HRC/40/6", "28.5").recommendation
        assert r.text.startswith("Ratifier le Pacte international") and not r.conflict
        assert list(r.texts) == ["fr"]
        ws.import_file(CHN_EN)
        r = ws.recommendation("A/HRC/40/6", "28.5").recommendation
        assert list(r.texts) == ["fr", "en"] and r.text.startswith("Ratifier")
        assert not r.conflict
