"""The glyphs of a PDF page's rows, for reading right-to-left text (pdf_bidi).

Each glyph carries the characters drawn with it, in logical order (a combining mark
with its letter; the alef MuPDF splits off a lam-alef ligature with its lam, lam
first; Arabic presentation forms, U+FB50–U+FDFF and U+FE70–U+FEFE, as their letters
by NFKC: "ﻻ" → "لا"), its box, font, size and baseline, and its kind for the bidi
algorithm.  Rows are the lines standing on one baseline (a raised note number with
its row), split where a gutter parts them.
"""

from __future__ import annotations

import re
import unicodedata

RTL_RE = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_ALEFS = frozenset("\u0627\u0623\u0625\u0622")
_LAM = "\u0644"
MIRROR = str.maketrans("()[]{}<>\u00ab\u00bb", ")(][}{><\u00bb\u00ab")
BRACKETS = frozenset("()[]{}<>\u00ab\u00bb")

# Kinds of glyph for the line's bidi: strong right to left, strong left to right,
# digit (European or Arabic-Indic), number separator or terminator, space, other
# neutral, and a small raised glyph (a footnote number: never part of a number).
R, L, D, S, E, W, N, M = range(8)
_MARK = 8  # a combining mark (Unicode "Mn"): drawn over its letter, read after it
_BIDI = {"R": R, "AL": R, "L": L, "EN": D, "AN": D, "CS": S, "ES": S, "ET": E}
_KINDS: dict[str, int] = {}
_FORMS: dict[str, str] = {}  # presentation form → its letters


def _kind(c: str) -> int:
    if c.isspace():
        k = W
    elif unicodedata.category(c) == "Mn":
        k = _MARK
    else:
        k = _BIDI.get(unicodedata.bidirectional(c), N)
    _KINDS[c] = k
    return k


class Glyph:
    """One printed glyph and the characters it stands for, in logical order; ``mid``
    twice its middle (the order it is printed in), ``style`` its span's (font, size,
    flags)."""

    __slots__ = ("x0", "y0", "x1", "y1", "mid", "oy", "text", "style", "size", "kind")
    x0: float
    y0: float
    x1: float
    y1: float
    mid: float
    oy: float
    text: str
    style: tuple[str, float, int]
    size: float
    kind: int

    @property
    def font(self) -> str:
        return self.style[0]


_new_glyph = object.__new__


def line_glyphs(line: dict) -> list[Glyph]:
    """The line's glyphs in drawing order, marks and split-off alefs attached."""
    out: list[Glyph] = []
    pending: list[str] = []  # marks drawn before their letter (or after a space)
    kinds = _KINDS
    for span in line["spans"]:
        size = span["size"]
        style = (span["font"], size, span["flags"])
        for ch in span["chars"]:
            c = ch["c"]
            if "\ufb50" <= c <= "\ufdff" or "\ufe70" <= c <= "\ufefe":  # Arabic forms
                form = _FORMS.get(c)
                if form is None:
                    form = _FORMS[c] = unicodedata.normalize("NFKC", c)
                c = form
            k = kinds.get(c[0])
            if k is None:
                k = _kind(c[0])
            if k == _MARK:
                if out and not pending and out[-1].kind != W:
                    out[-1].text += c  # a mark after its letter
                else:
                    pending.append(c)
                continue
            g = _new_glyph(Glyph)
            g.x0, g.y0, g.x1, g.y1 = x0, _y0, x1, _y1 = ch["bbox"]
            g.mid = x0 + x1
            g.oy = ch["origin"][1]
            g.style = style
            g.size = size
            g.kind = k
            if pending:
                g.text = c + "".join(pending)
                pending = []
            else:
                g.text = c
            out.append(g)
    if pending and out:
        out[-1].text += "".join(pending)
    # MuPDF splits a lam-alef ligature into the lam with the glyph and a zero-width
    # alef, on either side of it as the producer wrote them: the lam first
    i = 0
    while i < len(out):
        g = out[i]
        if g.text[:1] in _ALEFS and g.x1 - g.x0 < 0.01:
            if i + 1 < len(out) and out[i + 1].text[:1] == _LAM:
                lam = out[i + 1]
                lam.text = lam.text[:1] + g.text + lam.text[1:]
                del out[i]
                continue
            if i and out[i - 1].text[:1] == _LAM and out[i - 1].text[-1:] not in _ALEFS:
                out[i - 1].text += g.text
                del out[i]
                continue
        i += 1
    return out


def drop_overlaid_spaces(gs: list[Glyph]) -> list[Glyph]:
    """Spaces drawn over a letter next to them (a word processor's justification or
    font fallback leaves them): they are not between words.  ``gs`` in visual order."""
    out: list[Glyph] = []
    n = len(gs)
    for i, g in enumerate(gs):
        if g.kind == W:
            gx0, gx1 = g.x0, g.x1
            half = (gx1 - gx0) / 2
            over = False
            for j in (i - 1, i + 1, i - 2, i + 2):
                if 0 <= j < n:
                    o = gs[j]
                    if o.kind == W:
                        continue
                    lo = gx0 if gx0 > o.x0 else o.x0
                    hi = gx1 if gx1 < o.x1 else o.x1
                    if hi - lo > half > 0:
                        over = True
                        break
            if over:
                continue
        out.append(g)
    return out


def rows_of(lines: list[dict]) -> list[list[dict]]:
    """Lines standing on one printed row (a raised footnote number with its row),
    split where a gap wider than a column gutter parts them."""
    rows: list[list[dict]] = []
    bounds: list[list[float]] = []  # y0, y1, size of each row
    for ln in sorted(lines, key=lambda d: (d["bbox"][1] + d["bbox"][3]) / 2):
        y0, y1 = ln["bbox"][1], ln["bbox"][3]
        mid = (y0 + y1) / 2
        size = max(s["size"] for s in ln["spans"])
        if bounds:
            b = bounds[-1]
            if b[0] <= mid <= b[1] and (y0 <= (b[0] + b[1]) / 2 <= y1 or size < b[2] * 0.9):
                rows[-1].append(ln)
                if size > b[2]:
                    b[0], b[1], b[2] = min(b[0], y0), max(b[1], y1), size
                continue
        rows.append([ln])
        bounds.append([y0, y1, size])
    out: list[list[dict]] = []
    for row in rows:
        row.sort(key=lambda d: d["bbox"][0])
        size = max(s["size"] for ln in row for s in ln["spans"])
        piece = [row[0]]
        reach = row[0]["bbox"][2]
        for ln in row[1:]:
            if ln["bbox"][0] - reach > 2.5 * size:
                out.append(piece)
                piece = []
            piece.append(ln)
            reach = max(reach, ln["bbox"][2])
        out.append(piece)
    return out


def dict_spans(glyphs: list[Glyph], width: float) -> list[dict]:
    """Reading-order glyphs as dict spans: one per run of the same type and baseline;
    on a mirrored page (``width``) their x measured from the right edge."""
    runs: list[list[Glyph]] = []
    key: tuple | None = None
    for g in glyphs:
        k = (g.style, round(g.oy, 1))
        if k != key:
            key = k
            runs.append([g])
        else:
            runs[-1].append(g)
    spans: list[dict] = []
    for run in runs:
        first = run[0]
        font, size, flags = first.style
        x0 = min(g.x0 for g in run)
        x1 = max(g.x1 for g in run)
        if width:
            x0, x1 = width - x1, width - x0
            ox = width - first.x1
        else:
            ox = first.x0
        spans.append(
            {
                "text": "".join([g.text for g in run]),
                "font": font,
                "size": size,
                "flags": flags,
                "origin": (ox, first.oy),
                "bbox": [x0, min(g.y0 for g in run), x1, max(g.y1 for g in run)],
            }
        )
    return spans
