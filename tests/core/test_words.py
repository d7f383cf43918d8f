"""The catalogue of the words briefs, coverage files and check reports are written in
(``reviewer.words``): every key in every language, the same placeholders, each key
the code asks for present, and the forms (plurals, dates, numbers, lists) of each
language."""

from __future__ import annotations

import json
import pickle
import re
import string
from datetime import date
from pathlib import Path

import pytest

from reviewer.check.model import Rule, Severity
from reviewer.export.brief import GROUPINGS, ONLY
from reviewer.vocabulary import DocumentKind, LinkOrigin, LinkStatus, Position
from reviewer.words import (
    CODES,
    Listing,
    Said,
    Words,
    language,
    long_date,
    number,
    pages,
    plural_category,
    render,
    say,
    table,
)

ROOT = Path(__file__).resolve().parents[2] / "reviewer"
CATEGORIES = {"zero", "one", "two", "few", "many", "other"}
# how the code names a key: say("…"), w("…"), words("…"), self.w("…") …
KEY_USE = re.compile(r"\b(?:say|w|words|self\.w|w\.w)\(\s*\"([a-z_]+(?:\.[a-z_]+)*)\"")
LITERAL = re.compile(r"\"([a-z_]+(?:\.[a-z_]+)*)\"")  # a key kept in a table or a variable


def _fields(entry) -> set[str]:
    forms = entry.values() if isinstance(entry, dict) else [entry]
    out: set[str] = set()
    for text in forms:
        if isinstance(text, str):
            out |= {f for _, f, _, _ in string.Formatter().parse(text) if f}
    return out


def _dynamic_keys() -> set[str]:
    """Keys the code builds from a vocabulary (``f"position.{value}"`` …)."""
    keys = {f"position.{p}" for p in Position} | {f"position.short.{p}" for p in Position}
    keys |= {f"kind.{k}" for k in DocumentKind}
    keys |= {f"origin.{o}" for o in LinkOrigin} | {f"status.{s}" for s in LinkStatus}
    keys |= {f"rule.{r}" for r in Rule} | {f"rule.name.{r}" for r in Rule}
    keys |= {f"severity.{s}" for s in Severity}
    keys |= {f"brief.subtitle.{g}" for g in GROUPINGS}
    keys |= {f"brief.selection.{g}.{o}" for g in GROUPINGS for o in (*ONLY, "all")}
    keys |= {f"check.limit.{k}" for k in ("joint", "individual")}
    keys |= {f"count.{k}" for k in ("paragraphs", "recommendations", "tags", "notes")}
    return keys


def test_every_language_has_every_key_and_no_other():
    english = set(table("en"))
    for lang in CODES:
        have = set(table(lang))
        assert english - have == set(), f"{lang} lacks {sorted(english - have)}"
        assert have - english == set(), f"{lang} has keys English has not: {sorted(have - english)}"


@pytest.mark.parametrize("lang", CODES)
def test_each_entry_takes_the_english_placeholders_and_plural_forms_are_cldr_s(lang):
    en = table("en")
    for key, entry in table(lang).items():
        if key == "date.months":
            assert len(entry) == 12 and all(entry)
            continue
        assert _fields(entry) <= _fields(en[key]) | {"n"}, (lang, key)
        if isinstance(entry, dict):
            assert "other" in entry and set(entry) <= CATEGORIES, (lang, key)
        # renders with the English entry's arguments (a format error would raise)
        args = {f: 2 if f == "n" else f"<{f}>" for f in _fields(en[key])}
        if key != "date.long":
            assert Words(lang)(key, **args) or key == "footer.end"


def test_every_key_the_code_asks_for_is_in_the_catalogue():
    asked = set(_dynamic_keys())
    literals: set[str] = set()
    for path in ROOT.rglob("*.py"):
        if path.parent.name == "words":
            continue
        source = path.read_text(encoding="utf-8")
        asked |= set(KEY_USE.findall(source))
        literals |= set(LITERAL.findall(source))
    assert len(asked) > 150  # the pattern finds them
    assert sorted(k for k in asked if k not in table("en")) == []
    # and none is left that nothing uses (the module's own: dates and lists)
    own = {"date.long", "date.months", "list.and", "list.more", "pages.one", "pages.range"}
    assert sorted(set(table("en")) - asked - literals - own) == []


# words that are the same in English and the language (checked one by one)
SAME = {
    "fr": {"col.organisation", "brief.filter.position", "brief.refer.page",
           "note.passage", "brief.key.date", "col.document", "col.position", "note.label",
           "col.page", "footer.page", "xlsx.documents", "xlsx.col.documents",
           "count.notes", "count.documents", "origin.suggestion", "rule.name.position",
           "rule.name.organisation"},
    "es": {"origin.manual", "severity.error"},
}  # fmt: skip


@pytest.mark.parametrize("lang", ["fr", "es", "zh", "ar", "ru"])
def test_a_translation_differs_from_the_english_where_a_reader_would_see_it(lang):
    """An entry left in English in another table is a translation missing."""
    t = table(lang)
    left = {
        key
        for key, entry in table("en").items()
        if entry == t[key] and re.search(r"[A-Za-z]{2}", re.sub(r"\{\w+\}", "", str(entry)))
    }
    assert left == SAME.get(lang, set())


@pytest.mark.parametrize(
    ("lang", "counts"),
    [
        ("en", {0: "other", 1: "one", 2: "other", 21: "other"}),
        ("fr", {0: "one", 1: "one", 2: "other", 1000: "other"}),
        ("es", {1: "one", 2: "other"}),
        ("zh", {1: "other", 2: "other"}),
        ("ru", {1: "one", 2: "few", 4: "few", 5: "many", 11: "many", 12: "many", 21: "one",
                22: "few", 25: "many", 111: "many", 112: "many", 121: "one"}),
        ("ar", {0: "zero", 1: "one", 2: "two", 3: "few", 10: "few", 11: "many", 99: "many",
                100: "other", 102: "other", 103: "few", 111: "many"}),
    ],
)  # fmt: skip
def test_plural_categories_are_cldr_s(lang, counts):
    assert {n: plural_category(lang, n) for n in counts} == counts


@pytest.mark.parametrize(
    ("lang", "n", "text"),
    [
        ("en", 1, "1 paragraph"),
        ("en", 2815, "2,815 paragraphs"),
        ("fr", 0, "0 paragraphe"),
        ("fr", 2815, "2\u202f815 paragraphes"),
        ("es", 2815, "2815 párrafos"),
        ("es", 28150, "28.150 párrafos"),
        ("zh", 3, "3个段落"),
        ("ru", 1, "1 пункт"),
        ("ru", 3, "3 пункта"),
        ("ru", 5, "5 пунктов"),
        ("ru", 21, "21 пункт"),
        ("ar", 1, "فقرة واحدة"),
        ("ar", 2, "فقرتان"),
        ("ar", 3, "3 فقرات"),
        ("ar", 11, "11 فقرة"),
    ],
)
def test_counts_take_the_language_s_plural_and_digit_grouping(lang, n, text):
    assert Words(lang)("count.paragraphs", n=n) == text


@pytest.mark.parametrize(
    ("lang", "day", "text"),
    [
        ("en", date(2026, 12, 2), "2 December 2026"),
        ("fr", date(2026, 12, 2), "2 décembre 2026"),
        ("fr", date(2026, 3, 1), "1er mars 2026"),
        ("es", date(2026, 12, 2), "2 de diciembre de 2026"),
        ("zh", date(2026, 12, 2), "2026年12月2日"),
        ("ru", date(2026, 12, 2), "2 декабря 2026 г."),
        ("ar", date(2026, 12, 2), "2 كانون الأول/ديسمبر 2026"),
    ],
)
def test_long_dates_as_the_un_writes_them(lang, day, text):
    assert long_date(day, lang) == text


@pytest.mark.parametrize(
    ("lang", "one", "two"),
    [
        ("en", "p. 12", "pp. 12–13"),
        ("fr", "p. 12", "p. 12–13"),
        ("es", "pág. 12", "págs. 12–13"),
        ("zh", "第12页", "第12–13页"),
        ("ru", "с. 12", "с. 12–13"),
    ],
)
def test_page_labels(lang, one, two):
    assert (pages(12, None, lang), pages(12, 12, lang), pages(12, 13, lang)) == (one, one, two)
    assert pages(None, None, lang) == ""


def test_numbers_and_lists():
    assert [number(2815, lang) for lang in ("en", "fr", "es", "zh", "ru")] == [
        "2,815", "2\u202f815", "2815", "2,815", "2\u00a0815",
    ]  # fmt: skip
    items = ("28.1", "28.2", "28.3", "28.4", "28.5")
    assert str(Listing(items[:3], 3)) == "28.1, 28.2 and 28.3"
    assert Listing(items, 3).render("en") == "28.1, 28.2, 28.3 and 2 more"
    assert Listing(items, 3).render("fr") == "28.1, 28.2, 28.3 et 2 autres"
    assert Listing(items[:2], 3).render("es") == "28.1 y 28.2"
    assert Listing(items, 2).render("zh") == "28.1、28.2及另外3项"
    assert Listing(items[:1], 3).render("ru") == "28.1"


def test_what_is_said_reads_in_english_and_renders_again_in_another_language():
    said = say("check.position", number="28.5", state="China", symbol="A/HRC/40/6")
    assert isinstance(said, str) and isinstance(said, Said)
    assert said == "28.5 is described as accepted, but China noted it (A/HRC/40/6)"
    assert json.loads(json.dumps({"message": said})) == {"message": str(said)}
    assert said.render("fr") == (
        "28.5 est présentée comme acceptée, mais China l’a prise en note (A/HRC/40/6)"
    )
    again = pickle.loads(pickle.dumps(said))
    assert again == said and again.render("zh") == said.render("zh")
    # nested: a count and a listing inside, each rendered in the language
    nested = say("check.coverage", theme="A3 Trade", recs=say("count.recommendations", n=3),
                 symbols="A/HRC/40/6", numbers=Listing(("28.1", "28.2", "28.3"), 2))  # fmt: skip
    assert nested == "A3 Trade: 3 recommendations of A/HRC/40/6 not cited (28.1, 28.2 and 1 more)"
    assert render(nested, "es") == (
        "A3 Trade: 3 recomendaciones de A/HRC/40/6 no citadas (28.1, 28.2 y 1 más)"
    )
    assert render("a plain text", "fr") == "a plain text"  # not the catalogue's: as it is


def test_a_language_is_named_as_people_write_it():
    assert [language(c) for c in (None, "", "fr", "fr-FR", "zh_CN", "ES", "ar-SA")] == [
        "en", "en", "fr", "fr", "zh", "es", "ar",
    ]  # fmt: skip
    with pytest.raises(ValueError, match="en, fr, es, zh, ar, ru"):
        language("de")
