"""The words of what the program writes for people to read: briefs, the coverage
workbook, the draft check's report, in the six UN languages.

A catalogue of plain tables (``reviewer/words/en.py``, ``fr.py``, ``es.py``, ``zh.py``,
``ar.py``, ``ru.py``), one entry per key: a ``str.format`` template, or for a phrase
with a count a dict of the language's plural forms (CLDR's categories: "one",
"few", "many", "two", "zero", "other"), chosen by the argument ``n``.  Written by
hand rather than through gettext: the core has no Qt, the tables are Python (no
compile step, read by the tests directly), and a test keeps every key in every
language (``tests/core/test_words.py``).

``say(key, **args)`` is a ``Said``: a ``str`` that reads in English (what the CLI's
JSON and the window show, unchanged) and remembers its key and arguments, so a
report written in French renders it again in French (``render``).  An argument may
itself be a ``Said``, a ``Listing`` ("a, b and 4 more") or an ``int`` (written with
the language's digit grouping): each is rendered in the same language.

Dates are written by a small table of month names (``long_date``), not babel: babel
brings 33 MB of CLDR data for 1,084 locales (import 12 ms, the first six formats
46 ms, measured 2026-12) to write six languages' month names, and its English long
date is the American "December 2, 2026" where the UN writes "2 December 2026".
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

ENGLISH = "en"
# the six UN languages: code, the language's own name
LANGUAGES = (
    ("en", "English"),
    ("fr", "Français"),
    ("es", "Español"),
    ("zh", "中文"),
    ("ar", "العربية"),
    ("ru", "Русский"),
)
CODES = tuple(code for code, _ in LANGUAGES)
RTL = frozenset({"ar"})
# the language of a document's text, for a word processor's proofing (w:lang)
LOCALES = {
    "en": "en-GB",
    "fr": "fr-FR",
    "es": "es-ES",
    "zh": "zh-CN",
    "ar": "ar-SA",
    "ru": "ru-RU",
}

_tables: dict[str, Mapping[str, Any]] = {}


def language(code: str | None) -> str:
    """A language code as given (``--language fr``, "fr-FR", "zh_CN", None) to one of
    ``CODES``; ValueError names the choices for one the program does not write."""
    if not code:
        return ENGLISH
    short = code.replace("_", "-").split("-")[0].strip().lower()
    if short not in CODES:
        raise ValueError(f"language must be one of {', '.join(CODES)}, not {code}")
    return short


def table(lang: str) -> Mapping[str, Any]:
    """The language's table (imported when first asked for: ``--help`` reads none)."""
    found = _tables.get(lang)
    if found is None:
        found = _tables[lang] = _load(lang).TABLE
    return found


def _load(lang: str) -> Any:
    # each named, so an installer's import analysis (PyInstaller) finds every table
    if lang == "fr":
        from reviewer.words import fr

        return fr
    if lang == "es":
        from reviewer.words import es

        return es
    if lang == "zh":
        from reviewer.words import zh

        return zh
    if lang == "ar":
        from reviewer.words import ar

        return ar
    if lang == "ru":
        from reviewer.words import ru

        return ru
    from reviewer.words import en

    return en


# -- plural forms, numbers -----------------------------------------------------------


def plural_category(lang: str, n: int) -> str:
    """CLDR's cardinal plural category of the integer ``n`` in ``lang``."""
    n = abs(n)
    if lang == "zh":
        return "other"
    if lang == "fr":
        return "one" if n in (0, 1) else "other"
    if lang == "ru":
        if n % 10 == 1 and n % 100 != 11:
            return "one"
        if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
            return "few"
        return "many"
    if lang == "ar":
        if n in (0, 1, 2):
            return ("zero", "one", "two")[n]
        if 3 <= n % 100 <= 10:
            return "few"
        if 11 <= n % 100 <= 99:
            return "many"
        return "other"
    return "one" if n == 1 else "other"


def number(n: int, lang: str = ENGLISH) -> str:
    """``n`` with the language's digit grouping: 2,815 · 2 815 · 2815 (Spanish groups
    from five digits) · 2 815 (Russian)."""
    plain = f"{n:,}"
    if lang in ("fr", "ru"):
        return plain.replace(",", "\u202f" if lang == "fr" else "\u00a0")
    if lang == "es":
        return plain.replace(",", ".") if abs(n) >= 10_000 else str(n)
    return plain


def long_date(when: date | datetime, lang: str = ENGLISH) -> str:
    """2 December 2026 · 2 décembre 2026 (1er décembre) · 2 de diciembre de 2026 ·
    2026年12月2日 · 2 كانون الأول/ديسمبر 2026 · 2 декабря 2026 г."""
    fmt = table(lang)["date.long"]
    months = table(lang)["date.months"]
    day = str(when.day)
    if lang == "fr" and when.day == 1:
        day = "1er"
    return fmt.format(day=day, month=months[when.month - 1], year=when.year)


def pages(start: int | None, end: int | None, lang: str = ENGLISH) -> str:
    """ "p. 12", "pp. 12–13" in the language ("第12页", "págs. 12–13"); "" unknown."""
    if start is None:
        return ""
    if end is None or end == start:
        return say("pages.one", page=start).render(lang)
    return say("pages.range", start=start, end=end).render(lang)


# -- what is said ----------------------------------------------------------------------


@dataclass(frozen=True)
class Listing:
    """Items listed as the language lists them: "a, b and c", "a, b, c and 4 more"
    (the first ``limit``; 0 lists them all)."""

    items: tuple[Any, ...]
    limit: int = 0

    def render(self, lang: str) -> str:
        items = [_value(i, lang) for i in self.items]
        t = table(lang)
        shown = items[: self.limit] if self.limit else items
        rest = len(items) - len(shown)
        sep = t["list.sep"]
        if rest > 0:
            return say("list.more", items=sep.join(shown), n=rest).render(lang)
        if len(shown) > 1:
            return t["list.and"].format(items=sep.join(shown[:-1]), last=shown[-1])
        return "".join(shown)

    def __str__(self) -> str:
        return self.render(ENGLISH)


class Said(str):
    """What ``say`` returns: the English text, with its key and arguments kept to be
    rendered again in another language (``render``)."""

    key: str
    args: tuple[tuple[str, Any], ...]

    def __new__(cls, key: str, args: Mapping[str, Any]):
        english = _format(key, args, ENGLISH)
        obj = super().__new__(cls, english)
        obj.key = key
        obj.args = tuple(args.items())
        return obj

    def render(self, lang: str) -> str:
        if lang == ENGLISH:
            return str.__str__(self)
        return _format(self.key, dict(self.args), lang)

    def __reduce__(self):
        return (Said, (self.key, dict(self.args)))


def say(key: str, /, **args: Any) -> Said:
    """The entry ``key`` with ``args`` (``n`` chooses a plural form)."""
    return Said(key, args)


def render(value: Any, lang: str) -> str:
    """``value`` in ``lang``: a ``Said`` or ``Listing`` rendered again, a number
    grouped, anything else (a name, a text from a document) as it is."""
    return _value(value, lang)


def _value(value: Any, lang: str) -> str:
    if isinstance(value, Said | Listing):
        return value.render(lang)
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int):
        return number(value, lang)
    return str(value)


def _format(key: str, args: Mapping[str, Any], lang: str) -> str:
    entry = table(lang).get(key)
    if entry is None:
        entry = table(ENGLISH)[key]  # KeyError: a key no table has is a bug
        lang_for_forms = ENGLISH
    else:
        lang_for_forms = lang
    if isinstance(entry, dict):
        n = args.get("n")
        category = plural_category(lang_for_forms, n if isinstance(n, int) else 0)
        entry = entry.get(category) or entry["other"]
    return entry.format(**{k: _value(v, lang) for k, v in args.items()})


class Words:
    """A language's words, for a writer that says many things: ``w("key", **args)``."""

    def __init__(self, lang: str | None = ENGLISH):
        self.lang = language(lang)

    def __call__(self, key: str, /, **args: Any) -> str:
        return _format(key, args, self.lang)  # (no English made first: asked per paragraph)

    def render(self, value: Any) -> str:
        return render(value, self.lang)

    def date(self, when: date | datetime) -> str:
        return long_date(when, self.lang)

    def pages(self, start: int | None, end: int | None) -> str:
        return pages(start, end, self.lang)

    def listing(self, items: Iterable[Any], limit: int = 0) -> str:
        return Listing(tuple(items), limit).render(self.lang)

    @property
    def rtl(self) -> bool:
        return self.lang in RTL


__all__ = [
    "CODES",
    "ENGLISH",
    "LANGUAGES",
    "LOCALES",
    "Listing",
    "RTL",
    "Said",
    "Words",
    "language",
    "long_date",
    "number",
    "pages",
    "plural_category",
    "render",
    "say",
    "table",
]
