"""The window's language: English, French, Spanish or Chinese.

Every string a person sees is written in English in the source, marked for Qt's
translation system (``self.tr("…")`` in a widget's class, ``QCoreApplication.translate
("Context", "…")`` elsewhere), and looked up at run time in the compiled catalogue of
the chosen language.  The catalogues' sources are ``resources/translations/
upr_reviewer_<lang>.ts`` (kept up to date from the code with ``pyside6-lupdate``:
``python -m ui.i18n update``); ``pyside6-lrelease`` compiles each to a ``.qm``: the
installers do it when they are built (``python -m ui.i18n build``, beside the
sources), and a program run from a source checkout compiles a catalogue missing or
older than its ``.ts`` when it is first needed, into its data folder (the tests: into
a temporary one).  Qt's own catalogue of the language (the standard dialogs' buttons) is
installed beside it, and the locale follows, so dates and numbers read as the
language writes them.

The language: View › Language (remembered in the settings), ``--language`` for a run,
else the system's first UI language among those the program speaks, else English.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from ui.resources import resources_dir

SYSTEM = "system"  # follow the system's language
ENGLISH = "en"
# the languages the window speaks: code, the language's own name
LANGUAGES = (("en", "English"), ("fr", "Français"), ("es", "Español"), ("zh", "中文"))
CODES = tuple(code for code, _ in LANGUAGES)
CATALOGUE = "upr_reviewer_{}"
QT_CATALOGUE = {"fr": "qtbase_fr", "es": "qtbase_es", "zh": "qtbase_zh_CN"}

_installed: list[QTranslator] = []  # held: a translator collected is a translator gone
_current = ENGLISH
_build_dir: Path | None = None


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """``text`` in the window's language (``n`` picks a plural form: "%n" in the text
    becomes the number).  Marked strings share one catalogue context (""), so the same
    English words are translated once; ``pyside6-lupdate`` finds every ``tr("…")``
    call, and ``QT_TR_NOOP("…")`` for a module's constants (``tr(CONSTANT)`` at use)."""
    return QCoreApplication.translate("", text, disambiguation or None, n)


def when(moment: datetime) -> str:
    """A date and time as the window's language writes them ("2 December 2026 14:05",
    "2 décembre 2026 14:05", "2026年12月2日 14:05")."""
    locale = QLocale()
    day = locale.toString(moment.date(), locale.dateFormat(QLocale.FormatType.LongFormat))
    return f"{day} {locale.toString(moment.time(), QLocale.FormatType.ShortFormat)}"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def system_language() -> str:
    """The first of the system's UI languages the window speaks, else English."""
    for name in QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in CODES:
            return code
    return ENGLISH


def resolve(choice: str | None) -> str:
    """A setting or ``--language`` value ("system", a code, None) to a language code."""
    if choice in CODES:
        return str(choice)
    return system_language()


def current() -> str:
    """The language installed now ("en" until one is)."""
    return _current


def installed() -> bool:
    """Is a catalogue installed (English's plural forms included)?"""
    return bool(_installed)


def _lrelease() -> str | None:
    """pyside6-lrelease: the wheel's own binary first, then the PATH."""
    import PySide6

    here = Path(PySide6.__file__).parent
    for name in ("lrelease", "lrelease.exe"):
        if (here / name).exists():
            return str(here / name)
    return shutil.which("pyside6-lrelease")


def compile_catalogue(ts: Path, qm: Path) -> None:
    """``pyside6-lrelease ts -qm qm``; OSError with the tool's words when it fails."""
    tool = _lrelease()
    if tool is None:
        raise OSError("pyside6-lrelease is not installed (it comes with PySide6)")
    qm.parent.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        [tool, "-silent", str(ts), "-qm", str(qm)], capture_output=True, text=True, check=False
    )
    if done.returncode != 0 or not qm.exists():
        raise OSError(f"pyside6-lrelease could not compile {ts.name}: {done.stderr.strip()}")


def catalogue(code: str, build_dir: Path | None = None) -> Path | None:
    """The compiled catalogue of ``code``: the installer's (beside its source), else one
    compiled into ``build_dir`` (again when its source is newer); None when there is
    none.  English has one too: its plural forms ("%n file(s)": "1 file", "2 files")."""
    name = CATALOGUE.format(code)
    ts = translations_dir() / f"{name}.ts"
    places = [translations_dir()] + ([build_dir] if build_dir is not None else [])
    for place in places:
        qm = place / f"{name}.qm"
        if qm.exists() and (not ts.exists() or qm.stat().st_mtime >= ts.stat().st_mtime):
            return qm
    if not ts.exists() or build_dir is None:
        return None
    try:
        compile_catalogue(ts, build_dir / f"{name}.qm")
    except OSError:
        return None  # no lrelease, or a folder that cannot be written: English
    return build_dir / f"{name}.qm"


def install(code: str, build_dir: Path | None = None) -> bool:
    """Speak ``code`` from now on (what is built afterwards); False when its catalogue
    cannot be found or compiled (the window stays in English)."""
    global _current, _build_dir
    if build_dir is None:
        build_dir = _build_dir  # the folder the first install was given (View › Language)
    _build_dir = build_dir
    app = QCoreApplication.instance()
    for t in _installed:
        if app is not None:
            app.removeTranslator(t)
    _installed.clear()
    _current = ENGLISH
    QLocale.setDefault(QLocale(QLocale.Language.English, QLocale.Country.UnitedKingdom))
    qm = catalogue(code, build_dir)
    ours = QTranslator()
    if qm is None or app is None or not ours.load(str(qm)):
        if code != ENGLISH:  # English, if only without its plural forms ("1 file(s)")
            install(ENGLISH, build_dir)
        return code == ENGLISH
    qt = QTranslator()
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    qt_name = QT_CATALOGUE.get(code)
    for t in [ours] + ([qt] if qt_name and qt.load(qt_name, qt_dir) else []):
        app.installTranslator(t)
        _installed.append(t)
    if code != ENGLISH:
        QLocale.setDefault(QLocale(code))
    _current = code
    return True


def _update() -> int:
    """Bring every .ts up to date with the marked strings of ui/ (pyside6-lupdate)."""
    tool = shutil.which("pyside6-lupdate")
    if tool is None:
        print("pyside6-lupdate is not installed (it comes with PySide6)", file=sys.stderr)
        return 1
    root = Path(__file__).resolve().parent
    sources = sorted(str(p) for p in root.rglob("*.py"))
    targets = [str(translations_dir() / f"{CATALOGUE.format(c)}.ts") for c in CODES]
    for target in targets:  # one at a time: each file's language from its name
        done = subprocess.run(
            [tool, "-no-obsolete", "-locations", "none", *sources, "-ts", target], check=False
        )
        if done.returncode != 0:
            return done.returncode
    return 0


def _build() -> int:
    for code in CODES:
        ts = translations_dir() / f"{CATALOGUE.format(code)}.ts"
        try:
            compile_catalogue(ts, ts.with_suffix(".qm"))
        except OSError as exc:
            print(exc, file=sys.stderr)
            return 1
        print(ts.with_suffix(".qm"))
    return 0


if __name__ == "__main__":  # python -m ui.i18n update | build
    command = sys.argv[1] if len(sys.argv) > 1 else ""
    if command not in ("update", "build"):
        print("usage: python -m ui.i18n update | build", file=sys.stderr)
        sys.exit(2)
    sys.exit(_update() if command == "update" else _build())
