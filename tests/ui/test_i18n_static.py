"""Every string of ui/ a person may read is marked for translation: a static check.

The pseudo-translation test (test_i18n.py) sees what the window shows once built;
this one reads the source, so it also reaches dialogs, menus built on a right-click,
status messages, undo commands' names (Edit › Undo "…"), tips and error sentences.
Each module of ui/ is parsed, and every string literal or f-string that reads as
words must be inside ``tr()`` / ``QT_TR_NOOP()`` / ``QCoreApplication.translate()``,
unless it is where no person reads it (see ``_exempt``: docstrings, object names,
style sheets, settings keys, log lines, comparisons and keys) or in ``ALLOWED``, a
short list of true non-text (each with why).  Two rules:

- a literal that reads as words (two words, or a capitalised word, or a word with an
  accelerator "&") anywhere in ui/;
- any literal with a word in it passed to a Qt text sink (``setText``, ``QAction``,
  ``setToolTip``, ``showMessage``, ``addItem``, a header, a message box, a dialog's
  title, a QUndoCommand's text through ``super().__init__``, ...).
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
UI = ROOT / "ui"

MARKS = {"tr", "QT_TR_NOOP", "translate", "QT_TRANSLATE_NOOP"}
# Qt (and the window's own) calls whose string arguments a person reads
SINKS = {
    # widgets' and actions' texts
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis", "setTitle",
    "setPlaceholderText", "setAccessibleName", "setAccessibleDescription", "setHtml",
    "setLabelText", "setSuffix", "setPrefix", "setSpecialValueText", "setInformativeText",
    "setDetailedText", "setButtonText", "setCancelButtonText", "setTabText", "setTabToolTip",
    "setHeaderLabel", "setHeaderLabels", "setHorizontalHeaderLabels", "setVerticalHeaderLabels",
    "addItem", "addItems", "insertItem", "addAction", "addMenu", "addTab", "insertTab",
    "addButton", "addRow", "showMessage", "showText",
    # constructors
    "QAction", "QMenu", "QLabel", "QPushButton", "QToolButton", "QCheckBox", "QRadioButton",
    "QGroupBox", "QMessageBox", "QProgressDialog", "QToolBar", "QDockWidget", "QListWidgetItem",
    "QTableWidgetItem", "QTreeWidgetItem", "QCommandLinkButton", "QFileDialog", "QUndoCommand",
    # standard dialogs
    "information", "warning", "critical", "question", "about", "getText", "getItem", "getInt",
    "getDouble", "getOpenFileName", "getOpenFileNames", "getSaveFileName", "getExistingDirectory",
    "getColor", "setNameFilter", "setNameFilters",
    # the window's own ways of saying something
    "message", "_say", "emit", "show_error", "show_report", "set_busy", "set_annotate",
    "_show_nothing", "_caption", "_box", "_run", "fail", "setPlainText",
}  # fmt: skip
# calls whose string arguments no person reads
NOT_READ = {
    "setObjectName", "setStyleSheet", "style", "setProperty", "property", "value", "setValue",
    "contains", "remove", "debug", "info", "exception", "error", "log", "print", "compile",
    "match", "search", "sub", "fullmatch", "split", "startswith", "endswith", "removeprefix",
    "removesuffix", "replace", "get", "setdefault", "pop", "getattr", "hasattr", "setattr",
    "QKeySequence", "QColor", "QIcon", "fromTheme", "icon", "colour", "hex", "add_argument",
    "ArgumentParser", "add_mutually_exclusive_group", "Path", "with_name", "with_suffix",
    "strftime", "strptime", "setApplicationName", "setOrganizationName",
    "setApplicationDisplayName", "setDesktopFileName", "QSettings", "Signal", "Slot",
    "has_option", "findChild", "findChildren", "setFeature", "getLogger", "Formatter",
    "QStyleFactory", "create", "setStyle", "environ", "getenv", "which", "run", "Popen",
    "QProcess", "start", "startDetached", "setAttribute", "connect", "toString",
}  # fmt: skip
# true non-text, each with why (module, the literal)
ALLOWED = {
    ("app.py", "Fusion"),  # Qt's style's name
    ("app.py", "UPR Reviewer"),  # the program's name (the application's display name)
    ("crash.py", "UPR Reviewer"),  # the program's name
    ("window_team.py", "{} — {} — UPR Reviewer"),  # a window title: place, review, program
    ("window_team.py", "{} — UPR Reviewer"),
    ("frame.py", "{} — UPR Reviewer"),
    ("dialogs/help.py", "<h3>UPR Reviewer {}</h3><p>{}</p><p>{}</p><p>{}</p>"),
    ("pdf_viewers.py", "Default Applications"),  # a section of the system's mimeapps.list
    ("actions.py", "Space"),  # a key's name for QKeySequence
    ("window_documents.py", "\tDel"),  # a menu entry's shortcut
    ("theme.py", "Accent"),  # a QPalette role's name
    ("theme.py", "no colour role {}"),  # a programming error (KeyError)
    ("delegates.py", "a QTextDocument may be built on the GUI thread only"),  # a bug's
    ("dialogs/brief_form.py", "Letter"),  # the paper's value (its label: "US Letter")
    ("i18n.py", "English"),  # the languages by their own names (View › Language)
    ("render_recommendations.py", "English"),
    # before a window or a catalogue exists: said on the terminal, in English
    (
        "app.py",
        "no display to open a window on (neither DISPLAY nor WAYLAND_DISPLAY is set); "
        "run it in a desktop session, or set QT_QPA_PLATFORM=offscreen for --screenshot",
    ),
    ("resources.py", "the program's resources folder is missing (looked in "),
    ("resources.py", "); reinstall UPR Reviewer"),
    ("i18n.py", "pyside6-lrelease is not installed (it comes with PySide6)"),
    ("i18n.py", "pyside6-lrelease could not compile {}: {}"),
    ("screenshot.py", "--size wants WIDTHxHEIGHT like 1280x800, not {}"),  # --screenshot's
    ("screenshot.py", "could not write {}"),
    # the sample workspace's tags: its data, as a workspace's tags are
    ("sample.py", "Key point"),
    ("sample.py", "Follow up"),
    ("sample.py", "Quote in brief"),
    ("sample.py", "Disputed"),
}
WORD = re.compile(r"[A-Za-z]{2,}")
PROSE = re.compile(r"[A-Za-z]{2,}[,;:.!?…’']?\s+[A-Za-z(“]|^&?[A-Z][a-z]+…?$|&[A-Za-z]")
STYLE = re.compile(
    r"[\w#\]\)*]\s*\{[^{}]*[\w-]+\s*:|\$\{|^\s*([a-z-]+\s*:\s*[^;:]+;\s*)*[a-z-]+\s*:\s*[^;:]+;?\s*$"
)


def _readable(text: str) -> str:
    """What a person would read of a literal: without tags, entities, placeholders,
    printf fields and URLs."""
    text = re.sub(r"<[^<>]*>", " ", text)
    text = re.sub(r"&(?:[a-z]+|#\d+);", " ", text)
    text = re.sub(r"\{[^{}]*\}|%\(\w+\)[sd]|%[sdn]|https?://\S+", " ", text)
    return text


def _literals(tree: ast.AST):
    """(node, its text) of each str constant and f-string (an f-string's parts as one)."""
    inside_f = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            inside_f.update(id(v) for v in node.values)
            text = "".join(v.value if isinstance(v, ast.Constant) else "{}" for v in node.values)
            yield node, text
    for node in ast.walk(tree):
        if (
            isinstance(node, ast.Constant)
            and isinstance(node.value, str)
            and id(node) not in inside_f
        ):
            yield node, node.value


def _name(func: ast.AST) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


class _Module:
    def __init__(self, path: Path):
        self.path = path
        self.tree = ast.parse(path.read_text(encoding="utf-8"))
        self.parent: dict[int, ast.AST] = {}
        for node in ast.walk(self.tree):
            for child in ast.iter_child_nodes(node):
                self.parent[id(child)] = node

    def up(self, node: ast.AST):
        """The node's ancestors, nearest first, with the child each was reached from."""
        child = node
        while id(child) in self.parent:
            parent = self.parent[id(child)]
            yield parent, child
            child = parent

    def marked(self, node: ast.AST) -> bool:
        return any(isinstance(p, ast.Call) and _name(p.func) in MARKS for p, _ in self.up(node))

    def exempt(self, node: ast.AST) -> bool:
        """Where no person reads the literal."""
        for parent, child in self.up(node):
            if isinstance(parent, ast.Expr):  # a docstring, or a bare string
                return True
            if isinstance(parent, ast.Compare | ast.Subscript) and child is not getattr(
                parent, "value", None
            ):
                return True  # a comparison's operand, or a key: x["key"], x == "word"
            if isinstance(parent, ast.Subscript):
                return True
            if isinstance(parent, ast.Dict) and any(child is k for k in parent.keys):
                return True  # a dict's key
            if isinstance(parent, ast.keyword) and parent.arg in ("encoding", "errors", "sep"):
                return True
            if isinstance(parent, ast.Call):
                if child is parent.func:
                    continue  # "…".format(...): where the result goes decides
                return _name(parent.func) in NOT_READ
            if isinstance(parent, ast.Assign | ast.AnnAssign):
                targets = parent.targets if isinstance(parent, ast.Assign) else [parent.target]
                names = [t.id for t in targets if isinstance(t, ast.Name)]
                if any(
                    re.search(r"STYLE|QSS|CSS|KEY|PATTERN|FORMAT|_RE$|^__all__$", n) for n in names
                ):
                    return True  # a style sheet, a settings key, a pattern
                return False
            if isinstance(parent, ast.stmt):
                return False
        return False

    def in_sink(self, node: ast.AST) -> bool:
        """Passed (through +, %, a conditional, a tuple or .format) to a text sink."""
        for parent, child in self.up(node):
            if isinstance(parent, ast.BinOp | ast.IfExp | ast.Tuple | ast.List):
                continue
            if isinstance(parent, ast.Call):
                if isinstance(parent.func, ast.Attribute) and child is parent.func.value:
                    if parent.func.attr == "format":
                        continue  # "…{}".format(...): judged where it goes
                    return False
                name = _name(parent.func)
                if name == "__init__" and isinstance(parent.func, ast.Attribute):
                    return True  # super().__init__(..., "text"): a QUndoCommand's, a dialog's
                return name in SINKS
            return False
        return False


def hidden_in_f_strings(path: Path) -> list[tuple[int, str]]:
    """``tr("…")`` inside an f-string's braces: pyside6-lupdate does not read f-strings,
    so the text never reaches the catalogues (``tr(CONSTANT)`` is fine: the constant is
    marked where it is defined)."""
    found = []
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.JoinedStr):
            for call in ast.walk(node):
                if (
                    isinstance(call, ast.Call)
                    and _name(call.func) in MARKS
                    and any(isinstance(a, ast.Constant | ast.JoinedStr) for a in call.args)
                ):
                    found.append((call.lineno, ast.unparse(call)))
    return found


def unmarked(path: Path) -> list[tuple[int, str]]:
    module = _Module(path)
    found = []
    rel = path.relative_to(UI).as_posix()
    for node, text in _literals(module.tree):
        readable = _readable(text)
        if not WORD.search(readable) or module.marked(node) or (rel, text) in ALLOWED:
            continue
        if STYLE.search(text):
            continue  # a style sheet
        prose = bool(PROSE.search(readable.strip())) and not module.exempt(node)
        if prose or module.in_sink(node):
            found.append((node.lineno, text))
    return sorted(found)


def _all_unmarked() -> list[str]:
    out = []
    for path in sorted(UI.rglob("*.py")):
        for line, text in unmarked(path):
            out.append(f"{path.relative_to(ROOT)}:{line}: {text!r}")
    return out


def test_every_readable_string_of_ui_is_marked():
    found = _all_unmarked()
    assert found == [], "mark these with tr() or QT_TR_NOOP (ui/i18n.py):\n" + "\n".join(found)


def test_no_marked_string_is_hidden_in_an_f_string():
    found = [
        f"{path.relative_to(ROOT)}:{line}: {call}"
        for path in sorted(UI.rglob("*.py"))
        for line, call in hidden_in_f_strings(path)
    ]
    assert found == [], "take these out of the f-string (a variable):\n" + "\n".join(found)


def test_the_check_finds_an_unmarked_string(tmp_path):
    """It fails on what it is meant to catch, and passes what is marked or no text."""
    source = tmp_path / "probe.py"
    source.write_text(
        "from ui.i18n import tr\n"
        "def f(w, n, session, doc):\n"
        "    w.setWindowTitle('Merge report')\n"  # a title
        "    w.message(f'Imported {n} files')\n"  # an f-string to a status message
        "    w.addItem('none', None)\n"  # one lowercase word, to a combo box
        "    LABELS = {'a': 'Tagged paragraphs'}\n"  # a label kept for later
        "    session.push(Cmd(session, doc, 'Remove ' + doc))\n"
        "    w.setToolTip(tr('Marked'))\n"
        "    w.setObjectName('mergeReport')\n"
        "    w.setStyleSheet('QLabel { color: red; }')\n"
        "    if doc == 'some words here':\n"
        "        pass\n"
        "class Cmd(QUndoCommand):\n"
        "    def __init__(self, session, doc, text):\n"
        "        super().__init__(f'Rename {doc}')\n"
        "        self.setText(f'<b>{tr(\"Hidden\")}</b> {tr(TITLE)}')\n",
        encoding="utf-8",
    )
    lines = [line for line, _ in _probe(source)]
    assert lines == [3, 4, 5, 6, 7, 15]
    assert [line for line, _ in hidden_in_f_strings(source)] == [16]


def _probe(path: Path) -> list[tuple[int, str]]:
    global UI
    saved = UI
    UI = path.parent
    try:
        return unmarked(path)
    finally:
        UI = saved
