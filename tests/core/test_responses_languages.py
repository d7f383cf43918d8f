"""The State's responses (Add.1) in French and Spanish: lists, headings and tables.

Small documents in the UN's layout of each edition: the title page ("Rapport du
Groupe de travail sur l'Examen périodique universel", "Additif", "Observations sur
les conclusions et/ou recommandations…"; "Informe del Grupo de Trabajo…", "Adición",
"Observaciones sobre las conclusiones y/o recomendaciones…"), then the State's
answers as numbered paragraphs listing recommendations after a verb ("accepte les
recommandations suivantes :", "toma nota de las recomendaciones 7 y 8"), under
headings ("I. Recommandations acceptées"), or in a table ("Recomendación | Posición |
Observaciones").  Each is written as a real DOCX or PDF and read by the same readers
as the English editions.
"""

from __future__ import annotations

import io
from collections import Counter

import pymupdf
import pytest

from reviewer.recommendations import RegistryImport, detect_registry_kind, parse_registry
from reviewer.recommendations.responses_common import negated
from tests.core.cli_helpers import cli

TITLE_FR = [
    "A/HRC/99/1/Add.1",
    "Assemblée générale",
    "Distr. générale",
    "Conseil des droits de l'homme",
    "Quarante-deuxième session",
    "Rapport du Groupe de travail sur l'Examen périodique universel",
    "Sénégal",
    "Additif",
    "Observations sur les conclusions et/ou recommandations, engagements exprimés et "
    "réponses de l'État examiné",
]
TITLE_ES = [
    "A/HRC/99/1/Add.1",
    "Asamblea General",
    "Distr. general",
    "Consejo de Derechos Humanos",
    "Informe del Grupo de Trabajo sobre el Examen Periódico Universal",
    "Guatemala",
    "Adición",
    "Observaciones sobre las conclusiones y/o recomendaciones, compromisos voluntarios y "
    "respuestas del Estado examinado",
]

LISTS_FR = [
    "1. Le Gouvernement du Sénégal a examiné avec attention les 16 recommandations qui lui "
    "ont été adressées, figurant au paragraphe 99 du rapport du Groupe de travail.",
    "2. Le Sénégal accepte les recommandations suivantes : 99.1, 99.2, 99.5 à 99.8 et 99.10.",
    "3. Le Sénégal prend note des recommandations 99.3, 99.4 et 99.9.",
    "4. Les recommandations 99.11 à 99.13 sont acceptées ; elles sont déjà mises en œuvre.",
    "5. Les recommandations 99.14 et 99.15 ne sont pas acceptées, car elles sont contraires",
    "à la Constitution.",
    "6. Le Sénégal accepte partiellement la recommandation 99.16, pour les raisons exposées",
    "ci-dessous.",
]
# short numbers counted in the paragraph the text names ("párrafo 99 del informe")
LISTS_ES = [
    "1. El Estado examinó las 16 recomendaciones contenidas en el párrafo 99 del informe "
    "del Grupo de Trabajo.",
    "2. El Estado acepta las recomendaciones 1, 2, 5 a 8 y 10.",
    "3. El Estado toma nota de las recomendaciones 3, 4 y 9.",
    "4. Las recomendaciones 11 a 13 cuentan con el apoyo del Estado, que ya las aplica.",
    "5. Las recomendaciones 14 y 15 no cuentan con el apoyo del Estado, por ser contrarias a",
    "la Constitución.",
    "6. El Estado acepta parcialmente la recomendación 16.",
]
EXPECTED = {
    **{f"99.{n}": "supported" for n in (1, 2, 5, 6, 7, 8, 10, 11, 12, 13)},
    **{f"99.{n}": "noted" for n in (3, 4, 9, 14, 15)},
    "99.16": "partially",
}


def _docx(lines: list[str], table: list[tuple[str, ...]] | None = None) -> bytes:
    import docx

    document = docx.Document()
    for line in lines:
        document.add_paragraph(line)
    if table:
        grid = document.add_table(rows=0, cols=len(table[0]))
        for values in table:
            row = grid.add_row()
            if len(set(values)) == 1:  # a group heading across the table
                row.cells[0].merge(row.cells[-1]).text = values[0]
                continue
            for cell, text in zip(row.cells, values, strict=True):
                cell.text = text
    buf = io.BytesIO()
    document.save(buf)
    return buf.getvalue()


def _pdf(lines: list[str], table: list[tuple[str, ...]] | None = None) -> bytes:
    """Lines as a PDF page sets them; a table bordered as Word prints one."""
    doc = pymupdf.open()
    page = doc.new_page()
    y = 60.0
    for line in lines:
        page.insert_text((57, y), line, fontsize=10)
        y += 14
    widths = [210, 110, 180]
    y += 10
    for values in table or []:
        x = 57.0
        for text, width in zip(values, widths, strict=True):
            rect = pymupdf.Rect(x, y, x + width, y + 40)
            page.draw_rect(rect, color=(0, 0, 0), width=0.7)
            page.insert_textbox(rect + (3, 3, -3, -3), text, fontsize=8.5)
            x += width
        y += 40
    return doc.tobytes()


def _positions(result: RegistryImport) -> dict[str, str]:
    numbers = [r.number for r in result.records]
    assert len(numbers) == len(set(numbers)), "a number appears twice"
    return {r.number: r.position for r in result.records}


@pytest.mark.parametrize(
    "title, body, make, name",
    [
        (TITLE_FR, LISTS_FR, _docx, "fr.docx"),
        (TITLE_FR, LISTS_FR, _pdf, "fr.pdf"),
        (TITLE_ES, LISTS_ES, _docx, "es.docx"),
        (TITLE_ES, LISTS_ES, _pdf, "es.pdf"),
    ],
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_lists_after_a_verb(title, body, make, name):
    data = make(title + body)
    assert detect_registry_kind(data, name) == "responses"
    result = parse_registry(data, name)
    assert result.symbol == "A/HRC/99/1" and result.document_symbol == "A/HRC/99/1/Add.1"
    assert result.state_under_review == ("Senegal" if title is TITLE_FR else "Guatemala")
    assert _positions(result) == EXPECTED
    assert result.warnings == ()
    by = {r.number: r for r in result.records}
    assert by["99.3"].position_source == "A/HRC/99/1/Add.1 - Para. 3"
    assert by["99.14"].position_source == "A/HRC/99/1/Add.1 - Para. 5"


def test_headings_say_the_position():
    """Word numbers the headings and paragraphs itself: the lists follow headings."""
    fr = _docx(
        [
            *TITLE_FR,
            "I. Recommandations acceptées",
            "Le Gouvernement accepte les recommandations suivantes :",
            "99.1, 99.2, 99.5",
            "II. Recommandations dont le Gouvernement a pris note",
            "99.3, 99.4",
        ]
    )
    assert _positions(parse_registry(fr, "fr.docx")) == {
        "99.1": "supported",
        "99.2": "supported",
        "99.3": "noted",
        "99.4": "noted",
        "99.5": "supported",
    }
    es = _docx(
        [
            *TITLE_ES,
            "I. Recomendaciones aceptadas",
            "99.1, 99.2 y 99.5",
            "II. Recomendaciones que no cuentan con el apoyo del Estado",
            "99.3, 99.4",
            "III. Recomendaciones de las que se ha tomado nota",
            "99.6",
        ]
    )
    assert _positions(parse_registry(es, "es.docx")) == {
        "99.1": "supported",
        "99.2": "supported",
        "99.3": "noted",
        "99.4": "noted",
        "99.5": "supported",
        "99.6": "noted",
    }


TABLE_FR = [
    ("Recommandation", "Position", "Observations"),
    (
        "99.1 Ratifier la Convention sur les travailleurs migrants (Brésil)",
        "Prise note",
        "Le Sénégal étudiera la question.",
    ),
    ("99.2 Adopter un plan d'action national (Chili)", "Appuyée", ""),
    ("99.3 Renforcer le Médiateur (Pérou)", "Partiellement appuyée", "Budget en hausse."),
    ("99.4 Lutter contre les discours de haine (Mali)", "Acceptée. Déjà mise en œuvre.", ""),
    ("99.5 Abolir la peine de mort (France)", "Le Sénégal soutient", ""),
    ("99.6 Dépénaliser la diffamation (Suède)", "N'accepte pas", "Contraire à la loi."),
]
TABLE_ES = [
    ("Recomendación", "Posición", "Observaciones"),
    ("99.1 Ratificar la Convención (Brasil)", "Se toma nota", "El Estado estudiará la cuestión."),
    ("99.2 Adoptar un plan de acción nacional (Chile)", "Apoyada", ""),
    ("99.3 Fortalecer la Procuraduría (Perú)", "Parcialmente apoyada", "Aumentó el presupuesto."),
    ("99.4 Combatir el discurso de odio (Malí)", "Aceptada. Ya aplicada.", ""),
    ("99.5 Abolir la pena de muerte (Francia)", "Acepta", ""),
    ("99.6 Despenalizar la difamación (Suecia)", "Toma nota", "Contraria a la ley."),
]
TABLE_EXPECTED = {
    "99.1": "noted",
    "99.2": "supported",
    "99.3": "partially",
    "99.4": "supported",
    "99.5": "supported",
    "99.6": "noted",
}


@pytest.mark.parametrize(
    "title, table, make, name",
    [
        (TITLE_FR, TABLE_FR, _docx, "fr.docx"),
        (TITLE_FR, TABLE_FR, _pdf, "fr.pdf"),
        (TITLE_ES, TABLE_ES, _docx, "es.docx"),
        (TITLE_ES, TABLE_ES, _pdf, "es.pdf"),
    ],
    ids=lambda v: v if isinstance(v, str) else "",
)
def test_tables(title, table, make, name):
    intro = "1. La position de l'État sur chaque recommandation figure ci-dessous."
    result = parse_registry(make([*title, intro], table), name)
    assert _positions(result) == TABLE_EXPECTED
    by = {r.number: r for r in result.records}
    said = table[3][1]
    assert by["99.3"].position_source == f'A/HRC/99/1/Add.1, table: "{said}"'
    assert by["99.1"].comment == table[1][2]


def test_a_table_with_a_number_column_and_a_group_heading():
    table = [
        ("N°", "Réponse", "Observations"),
        ("Recommandations dont il a été pris note",) * 3,
        ("99.1", "", "Contraire à la Constitution."),
        ("99.2 à 99.3", "Appuyées", ""),
    ]
    result = parse_registry(_docx([*TITLE_FR], table), "fr.docx")
    assert _positions(result) == {"99.1": "noted", "99.2": "supported", "99.3": "supported"}
    by = {r.number: r for r in result.records}
    assert by["99.1"].position_source == (
        'A/HRC/99/1/Add.1, table, under "Recommandations dont il a été pris note"'
    )


@pytest.mark.parametrize(
    "before, denied",
    [
        ("Le Sénégal ", False),
        ("Le Sénégal n'", True),
        ("Les recommandations 99.14 et 99.15 ne sont pas ", True),
        ("El Estado ", False),
        ("El Estado no ", True),
        ("Las recomendaciones no cuentan con el ", True),
        ("Slovenia cannot, at this point, ", True),
        ("Mais le Sénégal ", False),  # a new clause
    ],
)
def test_a_denied_verb_in_each_language(before, denied):
    assert negated(before) is denied


def test_the_registry_marks_supported_and_noted(tmp_path, capsys):
    """Imported into a workspace, the French responses give the registry its positions."""
    path = tmp_path / "A_HRC_99_1_Add.1-fr.docx"
    path.write_bytes(_docx(TITLE_FR + LISTS_FR))
    ws = tmp_path / "w.sqlite"
    code, data, err = cli(capsys, ws, "import", str(path))
    assert code == 0, err
    assert data["errors"] == []
    code, recs, _ = cli(capsys, ws, "recommendations", "--symbol", "A/HRC/99/1")
    assert code == 0
    assert {r["number"]: r["position"] for r in recs} == EXPECTED
    assert Counter(r["position"] for r in recs) == {"supported": 10, "noted": 5, "partially": 1}
