"""The vocabulary says each stored word once, and says it as existing workspaces do."""

import ast
import json
import sqlite3
from pathlib import Path

import pytest

from reviewer.vocabulary import (
    ACTIVE_STATUSES,
    REGISTRY_DOCUMENT_KINDS,
    CitationKind,
    DocumentKind,
    LinkOrigin,
    LinkStatus,
    ParagraphKind,
    Position,
    RegistryKind,
    SourceKind,
    number_key,
    number_sort_value,
    parent_symbol,
)

ROOT = Path(__file__).resolve().parents[2]
RELEASE_0_1_0 = ROOT / "tests" / "fixtures" / "workspaces" / "upr-reviewer-0.1.0.sqlite"

# Every column of a closed set, with the words release 0.1.0 wrote there.
STORED = [
    ("link", "status", LinkStatus, {"confirmed", "rejected"}),
    ("link", "origin", LinkOrigin, {"footnote", "manual"}),
    ("citation", "origin", LinkOrigin, {"footnote", "inline", "section_heading"}),
    ("citation", "kind", CitationKind, {"full", "cued", "bare", "short"}),
    ("document", "kind", DocumentKind, {"submission", "thematic_list", "national_report"}),
    ("paragraph", "kind", ParagraphKind, {"title", "heading", "body", "list_item"}),
    ("recommendation", "position", Position, {"supported", "noted"}),
    ("recommendation_source", "position", Position, {"supported", "noted"}),
    ("recommendation_source", "source_kind", SourceKind, {"footnote", "thematic_list"}),
]


def _stored(table: str, column: str) -> set[str]:
    con = sqlite3.connect(f"file:{RELEASE_0_1_0}?mode=ro", uri=True)
    try:
        rows = con.execute(f"SELECT DISTINCT {column} FROM {table} WHERE {column} IS NOT NULL")
        return {value for (value,) in rows}
    finally:
        con.close()


@pytest.mark.parametrize(("table", "column", "enum", "expected"), STORED)
def test_every_word_a_0_1_0_workspace_holds_is_a_member(table, column, enum, expected):
    stored = _stored(table, column)
    assert stored == expected  # the fixture still holds what this test is about
    assert stored <= {m.value for m in enum}
    assert all(enum(value) == value for value in stored)  # members are the stored strings


def test_members_are_the_strings_they_stand_for():
    assert (
        LinkStatus.CONFIRMED == "confirmed" and str(LinkOrigin.SECTION_HEADING) == "section_heading"
    )
    assert f"{Position.PARTIALLY}" == "partially"
    assert json.dumps({"origin": LinkOrigin.FOOTNOTE}) == '{"origin": "footnote"}'
    assert ACTIVE_STATUSES == ("confirmed",)  # a suggestion counts once accepted
    assert ", ".join(LinkStatus) == "confirmed, suggested, rejected"


def test_registry_kinds_and_the_documents_they_become():
    assert {k.document_kind for k in RegistryKind} == set(REGISTRY_DOCUMENT_KINDS)
    assert RegistryKind.TABLE.document_kind is DocumentKind.OTHER
    assert RegistryKind.WG_REPORT.document_kind is DocumentKind.WG_REPORT
    # a registry file is also the source of what it says about a recommendation
    assert {k.value for k in RegistryKind} <= {k.value for k in SourceKind}


def test_number_key_orders_recommendation_numbers_as_numbers():
    numbers = ["28.100", "115.21", "28.10", "5", "115.213", "28.9", "5.1", "115.3"]
    assert sorted(numbers, key=number_key) == [
        "5",
        "5.1",
        "28.9",
        "28.10",
        "28.100",
        "115.3",
        "115.21",
        "115.213",
    ]
    assert number_key("28.9") < number_key("28.10") < number_key("28.100")
    assert number_key("115.213") > number_key("115.21")


def test_number_sort_value_is_the_stored_sort_key():
    con = sqlite3.connect(f"file:{RELEASE_0_1_0}?mode=ro", uri=True)
    try:
        rows = con.execute("SELECT number, sort_key FROM recommendation").fetchall()
    finally:
        con.close()
    assert len(rows) > 100
    assert all(number_sort_value(number) == key for number, key in rows)
    assert number_sort_value("28.294") == 28_000_294 and number_sort_value("5") == 5_000_000
    ordered = ["28.9", "28.10", "28.100", "115.21", "115.213"]
    assert sorted(ordered, key=number_sort_value) == ordered


def test_parent_symbol_folds_addenda_and_corrigenda_into_their_report():
    assert parent_symbol("A/HRC/28/15/Add.1") == "A/HRC/28/15"
    assert parent_symbol("A/HRC/40/6/Add.1/Corr.1") == "A/HRC/40/6"
    assert parent_symbol("A/HRC/40/6") == "A/HRC/40/6"
    assert parent_symbol("A/HRC/WG.6/31/CHN/1") == "A/HRC/WG.6/31/CHN/1"


def test_the_bottom_modules_import_nothing_of_the_program():
    for name in ("vocabulary.py", "errors.py"):
        tree = ast.parse((ROOT / "reviewer" / name).read_text(encoding="utf-8"))
        imported = [
            alias.name
            for node in ast.walk(tree)
            if isinstance(node, ast.Import)
            for alias in node.names
        ] + [
            "." if node.level else node.module or ""
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom)
        ]
        assert imported  # the walk sees the module's imports
        assert not [m for m in imported if m.split(".")[0] in ("reviewer", "ui", "")], name
