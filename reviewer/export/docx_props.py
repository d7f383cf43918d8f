"""Paragraph properties as a brief's WordprocessingML gives them: each style's, with
``basedOn`` and the document defaults folded in, and a paragraph's own on top (the
layout model's input, ``docx_layout``)."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from docx.oxml.ns import qn as _qn

qn = lru_cache(maxsize=None)(_qn)  # "w:pPr" → its Clark name, once: asked per paragraph

TWIPS = 20.0  # per point


@dataclass(frozen=True)
class ParaProps:
    size: float = 10.0
    bold: bool = False
    before: float = 0.0
    after: float = 0.0
    line: float = 1.0  # a multiple of single spacing
    exact: float | None = None  # or an exact / at-least height in points
    indent: float = 0.0  # left plus right
    keep_next: bool = False
    break_before: bool = False
    border: float = 0.0  # top and bottom borders with their spacing


@cache
def _names(tag: str, attr: str = "val") -> tuple[str, str]:
    return qn(tag), qn(f"w:{attr}")


def child_val(el, tag: str, attr: str = "val") -> str | None:
    if el is None:
        return None
    tag, attr = _names(tag, attr)
    child = el.find(tag)
    return None if child is None else child.get(attr)


def child_on(el, tag: str) -> bool | None:
    if el is None:
        return None
    tag, val = _names(tag)
    child = el.find(tag)
    if child is None:
        return None
    return child.get(val) not in ("0", "false", "off")


def merge_ppr(props: dict, ppr) -> None:
    if ppr is None:
        return
    spacing = ppr.find(qn("w:spacing"))
    if spacing is not None:
        for key, attr in (("before", "w:before"), ("after", "w:after")):
            v = spacing.get(qn(attr))
            if v is not None:
                props[key] = int(v) / TWIPS
        line, rule = spacing.get(qn("w:line")), spacing.get(qn("w:lineRule"))
        if line is not None:
            if rule in (None, "auto"):
                props["line"], props["exact"] = int(line) / 240, None
            else:
                props["exact"] = int(line) / TWIPS
    ind = ppr.find(qn("w:ind"))
    if ind is not None:
        left = ind.get(qn("w:left")) or ind.get(qn("w:start")) or 0
        right = ind.get(qn("w:right")) or ind.get(qn("w:end")) or 0
        props["indent"] = (int(left) + int(right)) / TWIPS
    for key, tag in (("keep_next", "w:keepNext"), ("break_before", "w:pageBreakBefore")):
        on = child_on(ppr, tag)
        if on is not None:
            props[key] = on
    borders = ppr.find(qn("w:pBdr"))
    if borders is not None:
        total = 0.0
        for side in ("top", "bottom"):
            b = borders.find(qn(f"w:{side}"))
            if b is not None and b.get(qn("w:val")) not in ("nil", "none"):
                total += int(b.get(qn("w:sz"), "4")) / 8 + int(b.get(qn("w:space"), "0"))
        props["border"] = total


def merge_rpr(props: dict, rpr) -> None:
    if rpr is None:
        return
    size = child_val(rpr, "w:sz")
    if size is not None:
        props["size"] = int(size) / 2
    bold = child_on(rpr, "w:b")
    if bold is not None:
        props["bold"] = bold


class Styles:
    """Paragraph properties of each style id, with ``basedOn`` and the defaults folded in."""

    def __init__(self, styles_element):
        self._raw = {
            s.get(qn("w:styleId")): s
            for s in styles_element.iter(qn("w:style"))
            if s.get(qn("w:type")) == "paragraph"
        }
        self.default_id = next(
            (i for i, s in self._raw.items() if s.get(qn("w:default")) in ("1", "true")),
            None,
        )
        base: dict = {}
        defaults = styles_element.find(qn("w:docDefaults"))
        if defaults is not None:
            merge_ppr(base, defaults.find(f"{qn('w:pPrDefault')}/{qn('w:pPr')}"))
            merge_rpr(base, defaults.find(f"{qn('w:rPrDefault')}/{qn('w:rPr')}"))
        self._base = base
        self._cache: dict[str | None, dict] = {}
        self._props: dict[str | None, ParaProps] = {}

    def paragraph_props(self, style_id: str | None) -> ParaProps:
        """``props`` of a paragraph with nothing of its own but its style."""
        hit = self._props.get(style_id)
        if hit is None:
            hit = self._props[style_id] = ParaProps(**self.props(style_id))
        return hit

    def props(self, style_id: str | None) -> dict:
        sid = style_id if style_id in self._raw else self.default_id
        hit = self._cache.get(sid)
        if hit is None:
            chain = []
            seen: set = set()
            while sid is not None and sid in self._raw and sid not in seen:
                seen.add(sid)
                chain.append(self._raw[sid])
                sid = child_val(self._raw[sid], "w:basedOn")
            hit = dict(self._base)
            for el in reversed(chain):
                merge_ppr(hit, el.find(qn("w:pPr")))
                merge_rpr(hit, el.find(qn("w:rPr")))
            self._cache[style_id if style_id in self._raw else self.default_id] = hit
        return hit
