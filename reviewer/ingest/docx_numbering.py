"""Word styles and auto-numbering, enough to recover the labels Word displays.

``Paragraph.text`` in python-docx (and the XML text itself) never contains the
"1." or "(a)" Word draws in front of a numbered paragraph: the number exists only
as a counter computed from ``w:numPr`` and the numbering part.  Submissions number
their paragraphs this way and reviewers cite "paragraph 12", so the counters are
replayed here in document order, the way Word does:

* a paragraph's ``w:numPr`` (numId, ilvl) may come from the paragraph or from its
  style chain; ``numId`` 0 switches numbering off;
* counters belong to the abstract definition, so two ``w:num`` sharing one
  ``w:abstractNum`` continue each other, unless the ``w:num`` carries a
  ``w:startOverride``: then its first use restarts that level (Word's "Restart at 1");
* using a level resets the deeper levels (``w:lvlRestart`` can change that).

Labels are the displayed number without its decoration: ``"%1."`` gives ``"1"``,
``"(%2)"`` gives ``"a"``, ``"%1.%2."`` gives ``"28.1"``.  Bullets have no label.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
W = f"{{{W_NS}}}"
MAX_LEVELS = 9
_FALSE = {"0", "false", "off", "none"}
_PLACEHOLDER = re.compile(r"%([1-9])")


def w_val(el: etree._Element | None, default: str | None = None) -> str | None:
    """The ``w:val`` attribute of ``el``, or ``default`` when the element is absent."""
    if el is None:
        return default
    return el.get(W + "val", default)


def on_off(el: etree._Element | None) -> bool | None:
    """An OOXML on/off property: present without a value means on; absent means unset."""
    if el is None:
        return None
    return el.get(W + "val", "1").lower() not in _FALSE


def to_int(value: str | None, default: int | None = None) -> int | None:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


# ---------------------------------------------------------------------------- styles


@dataclass(frozen=True)
class StyleInfo:
    """A paragraph or character style with its ``basedOn`` chain already applied."""

    style_id: str
    name: str = ""
    num_id: str | None = None
    ilvl: int | None = None
    outline_level: int | None = None
    bold: bool | None = None


class Styles:
    """Just the style facts the importer needs: names, numbering, outline level, bold."""

    def __init__(self, root: etree._Element | None):
        self._raw: dict[tuple[str, str], etree._Element] = {}
        self._cache: dict[tuple[str, str], StyleInfo] = {}
        self.default_paragraph: str | None = None
        if root is None:
            return
        for st in root.iterfind(W + "style"):
            kind = st.get(W + "type", "paragraph")
            sid = st.get(W + "styleId")
            if sid is None:
                continue
            self._raw[(kind, sid)] = st
            if kind == "paragraph" and on_off_attr(st.get(W + "default")):
                self.default_paragraph = sid

    def paragraph(self, style_id: str | None) -> StyleInfo:
        sid = style_id or self.default_paragraph
        if sid is None:
            return StyleInfo("")
        return self._resolve("paragraph", sid, 0)

    def character(self, style_id: str | None) -> StyleInfo:
        return self._resolve("character", style_id, 0) if style_id else StyleInfo("")

    def numbering(self, style_id: str) -> StyleInfo:
        return self._resolve("numbering", style_id, 0)

    def _resolve(self, kind: str, sid: str, depth: int) -> StyleInfo:
        key = (kind, sid)
        if key in self._cache:
            return self._cache[key]
        st = self._raw.get(key)
        if st is None or depth > 20:  # unknown style, or a basedOn loop
            return StyleInfo(sid, sid)
        parent_id = w_val(st.find(W + "basedOn"))
        parent = self._resolve(kind, parent_id, depth + 1) if parent_id else StyleInfo(sid)
        ppr = st.find(W + "pPr")
        num_id, ilvl = parent.num_id, parent.ilvl
        outline = parent.outline_level
        if ppr is not None:
            numpr = ppr.find(W + "numPr")
            if numpr is not None:
                own_num = w_val(numpr.find(W + "numId"))
                if own_num is not None:
                    num_id, ilvl = own_num, None
                ilvl = to_int(w_val(numpr.find(W + "ilvl")), ilvl)
            outline = to_int(w_val(ppr.find(W + "outlineLvl")), outline)
        rpr = st.find(W + "rPr")
        bold = parent.bold
        if rpr is not None:
            own_bold = on_off(rpr.find(W + "b"))
            bold = own_bold if own_bold is not None else bold
        info = StyleInfo(sid, w_val(st.find(W + "name"), sid) or sid, num_id, ilvl, outline, bold)
        self._cache[key] = info
        return info


def on_off_attr(value: str | None) -> bool:
    return value is not None and value.lower() not in _FALSE


# ------------------------------------------------------------------------- formatting

_ROMAN = (
    (1000, "m"),
    (900, "cm"),
    (500, "d"),
    (400, "cd"),
    (100, "c"),
    (90, "xc"),
    (50, "l"),
    (40, "xl"),
    (10, "x"),
    (9, "ix"),
    (5, "v"),
    (4, "iv"),
    (1, "i"),
)


def to_roman(n: int) -> str:
    if not 0 < n < 4000:
        return str(n)
    out = []
    for value, letters in _ROMAN:
        while n >= value:
            out.append(letters)
            n -= value
    return "".join(out)


def to_letters(n: int) -> str:
    """Word's letter numbering: a…z, then aa, bb … zz, then aaa …"""
    if n <= 0:
        return str(n)
    return chr(ord("a") + (n - 1) % 26) * ((n - 1) // 26 + 1)


def format_number(n: int, fmt: str) -> str:
    """Display ``n`` in a ``w:numFmt`` format; unknown formats fall back to decimal."""
    if fmt in ("bullet", "none"):
        return ""
    if fmt == "lowerLetter":
        return to_letters(n)
    if fmt == "upperLetter":
        return to_letters(n).upper()
    if fmt == "lowerRoman":
        return to_roman(n)
    if fmt == "upperRoman":
        return to_roman(n).upper()
    if fmt == "chicago":  # footnote symbols: * † ‡ §, then doubled
        return "*†‡§"[(n - 1) % 4] * ((n - 1) // 4 + 1) if n > 0 else str(n)
    if fmt == "decimalZero":
        return f"{n:02d}"
    if fmt == "ordinal":
        suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
        return f"{n}{suffix}"
    return str(n)


_TYPED = (
    (re.compile(r"(\d{1,3})[.)](?:\t| +)(?=\S)"), False),  # "1. ", "12) "
    (re.compile(r"(\d{4})\.(?:\t| +)(?=[A-Z“\"‘'(])"), False),  # "1001. At" (checked by the caller)
    (re.compile(r"(\d{1,3}\.\d{1,3})\.?(?:\t| +)(?=[A-Z“\"‘'(])"), False),  # "115.1 Ratify"
    (re.compile(r"\(([a-z]{1,2}|[ivxl]{1,6})\)(?:\t| +)(?=\S)"), True),  # "(a) ", "(iv) "
)


def typed_label(text: str) -> tuple[str | None, int, bool]:
    """A number typed by hand before the text: (label, characters to cut, is a sub-item).

    "12 countries …" is a sentence, not paragraph 12: a lone number needs its dot
    or parenthesis, a dotted number must be followed by a capital.  Four digits
    ("1001. At …") may be a year opening a sentence: the caller keeps them only where
    they carry on the numbering.
    """
    for pattern, sub in _TYPED:
        m = pattern.match(text)
        if m:
            return m.group(1), m.end(), sub
    return None, 0, False


def strip_decoration(text: str) -> str:
    """``"1."`` → ``"1"``, ``"(a)"`` → ``"a"``, ``"28.1."`` → ``"28.1"``."""
    return text.strip().rstrip(".):]").lstrip("([").strip()


# -------------------------------------------------------------------------- numbering


@dataclass(frozen=True)
class Level:
    start: int = 1  # the spec's default is 0; every real writer states it, 1 is the safe guess
    fmt: str = "decimal"
    text: str = "%1."
    restart: int | None = None  # w:lvlRestart; None = restart after any shallower level
    legal: bool = False  # w:isLgl: show every level in decimal
    pstyle: str | None = None


@dataclass(frozen=True)
class NumResult:
    label: str | None
    level: int
    fmt: str

    @property
    def is_bullet(self) -> bool:
        return self.fmt in ("bullet", "none") or self.label is None


@dataclass
class _Num:
    abstract_id: str
    start_overrides: dict[int, int]
    level_overrides: dict[int, Level]


@dataclass
class _Counters:
    values: list[int | None] = field(default_factory=lambda: [None] * MAX_LEVELS)
    seen: set[str] = field(default_factory=set)


def _parse_level(lvl: etree._Element) -> Level:
    return Level(
        start=to_int(w_val(lvl.find(W + "start")), 1) or 0,
        fmt=w_val(lvl.find(W + "numFmt"), "decimal") or "decimal",
        text=w_val(lvl.find(W + "lvlText"), "") or "",
        restart=to_int(w_val(lvl.find(W + "lvlRestart"))),
        legal=bool(on_off(lvl.find(W + "isLgl"))),
        pstyle=w_val(lvl.find(W + "pStyle")),
    )


def _parse_levels(parent: etree._Element) -> dict[int, Level]:
    levels = {}
    for lvl in parent.iterfind(W + "lvl"):
        ilvl = to_int(lvl.get(W + "ilvl"), 0) or 0
        if 0 <= ilvl < MAX_LEVELS:
            levels[ilvl] = _parse_level(lvl)
    return levels


class Numbering:
    """Numbering definitions plus the running counters of one pass over a document."""

    def __init__(self, root: etree._Element | None, styles: Styles):
        self._styles = styles
        self._abstract: dict[str, dict[int, Level]] = {}
        self._style_link: dict[str, str] = {}  # abstractNum id -> numbering style id
        self._nums: dict[str, _Num] = {}
        self._counters: dict[str, _Counters] = {}
        self.unknown: set[str] = set()  # numIds used but not defined
        if root is None:
            return
        for an in root.iterfind(W + "abstractNum"):
            aid = an.get(W + "abstractNumId")
            if aid is None:
                continue
            self._abstract[aid] = _parse_levels(an)
            link = w_val(an.find(W + "numStyleLink"))
            if link:
                self._style_link[aid] = link
        for num in root.iterfind(W + "num"):
            nid = num.get(W + "numId")
            aid = w_val(num.find(W + "abstractNumId"))
            if nid is None or aid is None:
                continue
            starts, levels = {}, {}
            for ov in num.iterfind(W + "lvlOverride"):
                ilvl = to_int(ov.get(W + "ilvl"), 0) or 0
                start = to_int(w_val(ov.find(W + "startOverride")))
                if start is not None:
                    starts[ilvl] = start
                lvl = ov.find(W + "lvl")
                if lvl is not None:
                    levels[ilvl] = _parse_level(lvl)
            self._nums[nid] = _Num(aid, starts, levels)

    def _abstract_id(self, num_id: str) -> str | None:
        """Follow ``w:numStyleLink`` (a list defined through a numbering style)."""
        num = self._nums.get(num_id)
        aid = num.abstract_id if num else None
        for _ in range(5):
            if aid is None or aid not in self._style_link:
                break
            linked = self._styles.numbering(self._style_link[aid]).num_id
            target = self._nums.get(linked) if linked else None
            if target is None or target.abstract_id == aid:
                break
            aid = target.abstract_id
        return aid

    def levels(self, num_id: str) -> dict[int, Level]:
        num = self._nums.get(num_id)
        aid = self._abstract_id(num_id)
        levels = dict(self._abstract.get(aid, {})) if aid is not None else {}
        if num is not None:
            levels.update(num.level_overrides)
        return levels

    def level_for_style(self, num_id: str, style_id: str | None) -> int:
        """The level whose ``w:pStyle`` names the paragraph's style (heading lists)."""
        if style_id:
            for ilvl, lvl in self.levels(num_id).items():
                if lvl.pstyle == style_id:
                    return ilvl
        return 0

    def advance(self, num_id: str, ilvl: int) -> NumResult | None:
        """Count one numbered paragraph and return what Word shows in front of it."""
        num = self._nums.get(num_id)
        levels = self.levels(num_id)
        if num is None or not levels:
            self.unknown.add(num_id)
            return None
        ilvl = min(max(ilvl, 0), MAX_LEVELS - 1)
        lvl = levels.get(ilvl)
        if lvl is None:
            return None
        aid = self._abstract_id(num_id) or num.abstract_id
        state = self._counters.setdefault(aid, _Counters())
        values = state.values
        if num_id not in state.seen:
            state.seen.add(num_id)
            for level in num.start_overrides:
                if 0 <= level < MAX_LEVELS:
                    values[level] = None

        def start(level: int) -> int:
            if level in num.start_overrides:
                return num.start_overrides[level]
            return levels[level].start if level in levels else 1

        current = values[ilvl]
        values[ilvl] = start(ilvl) if current is None else current + 1
        for deeper in range(ilvl + 1, MAX_LEVELS):
            restart = levels[deeper].restart if deeper in levels else None
            restart = deeper if restart is None else restart
            if restart != 0 and ilvl < restart:
                values[deeper] = None
        if lvl.fmt in ("bullet", "none"):
            return NumResult(None, ilvl, lvl.fmt)

        def placeholder(match: re.Match[str]) -> str:
            level = int(match.group(1)) - 1
            value = values[level]
            if value is None:
                value = start(level)
            fmt = levels[level].fmt if level in levels else "decimal"
            if lvl.legal and fmt not in ("bullet", "none"):
                fmt = "decimal"
            return format_number(value, fmt)

        label = strip_decoration(_PLACEHOLDER.sub(placeholder, lvl.text))
        return NumResult(label or None, ilvl, lvl.fmt)
