"""New versions of a real Word file, edited as a drafter would, with python-docx: words
changed, a paragraph split in two, two merged, paragraphs moved, one removed, the
numbering restarted.  The edits work on the paragraphs' runs, so footnote references
and Word's numbering stay as they were.  Shared by tests/core/test_versions.py and
bench/bench_versions.py.
"""

from __future__ import annotations

import copy
import io
import re
from pathlib import Path

import docx
from docx.oxml.ns import qn

ROOT = Path(__file__).resolve().parents[2]
CANGO_DOCX = ROOT / "tests" / "fixtures" / "cango" / "cango-upr4-submission.docx"


def load(path: Path = CANGO_DOCX):
    return docx.Document(str(path))


def save(doc, path: Path) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    doc.save(str(path))
    return path


def to_bytes(doc) -> bytes:
    out = io.BytesIO()
    doc.save(out)
    return out.getvalue()


def _p(doc, k: int):
    return doc.paragraphs[k]._p


def _runs(p) -> list:
    return [r for r in p.iter(qn("w:r"))]


def _texts(run) -> list:
    return run.findall(qn("w:t"))


def text_of(doc, k: int) -> str:
    return "".join(t.text or "" for r in _runs(_p(doc, k)) for t in _texts(r))


def edit_words(doc, k: int, old: str, new: str) -> None:
    """Replace the first ``old`` in paragraph ``k`` (within one run) by ``new``."""
    for r in _runs(_p(doc, k)):
        for t in _texts(r):
            if t.text and old in t.text:
                t.text = t.text.replace(old, new, 1)
                t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
                return
    raise ValueError(f"{old!r} is not in one run of paragraph {k}")


def _keep(p, start: int, end: int | None) -> None:
    """Keep the characters [start, end) of a paragraph's runs (a run without text, a
    footnote reference, stays with the part its position falls in)."""
    pos = 0
    for r in _runs(p):
        ts = _texts(r)
        if not ts:
            inside = (start < pos or start == 0) and (end is None or pos <= end)
            if not inside:
                r.getparent().remove(r)
            continue
        for t in ts:
            s = t.text or ""
            a, b = pos, pos + len(s)
            lo = max(start, a) - a
            hi = (min(end, b) if end is not None else b) - a
            t.text = s[lo:hi] if hi > lo else ""
            t.set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
            pos = b


def split(doc, k: int, before: str | None = None) -> tuple[str, str]:
    """Split paragraph ``k`` in two before the words ``before`` (default: the sentence
    starting nearest its middle); returns the two texts."""
    whole = text_of(doc, k)
    if before is not None:
        at = whole.index(before)
    else:
        stops = [m.end() for m in re.finditer(r"[.;]\s+(?=[A-Z“])", whole)]
        at = min(stops, key=lambda i: abs(i - len(whole) / 2))
    p = _p(doc, k)
    q = copy.deepcopy(p)
    p.addnext(q)
    _keep(p, 0, at)
    _keep(q, at, None)
    first_t = next(t for r in _runs(q) for t in _texts(r) if t.text)
    first_t.text = first_t.text.lstrip()
    return whole[:at], whole[at:].lstrip()


def merge(doc, k: int) -> None:
    """Merge paragraph ``k + 1`` into paragraph ``k`` (a space between)."""
    p, q = _p(doc, k), _p(doc, k + 1)
    space = copy.deepcopy(next(r for r in _runs(p) if _texts(r)))
    for t in _texts(space)[1:]:
        space.remove(t)
    _texts(space)[0].text = " "
    _texts(space)[0].set("{http://www.w3.org/XML/1998/namespace}space", "preserve")
    p.append(space)
    for child in list(q):
        if child.tag != qn("w:pPr"):
            p.append(child)
    q.getparent().remove(q)


def move(doc, k: int, after: int) -> None:
    """Move paragraph ``k`` to just after paragraph ``after`` (indices before the move;
    ``after = -1``: before the first)."""
    p, target = _p(doc, k), _p(doc, max(after, 0))
    p.getparent().remove(p)
    if after < 0:
        target.addprevious(p)
    else:
        target.addnext(p)


def remove(doc, k: int) -> None:
    p = _p(doc, k)
    p.getparent().remove(p)


def restart_numbering(doc, start: int) -> None:
    """Number the list from ``start`` instead of 1 (Word's "Set numbering value")."""
    num_ids = {
        el.get(qn("w:val")) for el in doc.element.body.iter(qn("w:numId")) if el.get(qn("w:val"))
    }
    numbering = doc.part.numbering_part.element
    for num in numbering.findall(qn("w:num")):
        if num.get(qn("w:numId")) not in num_ids:
            continue
        override = num.makeelement(qn("w:lvlOverride"), {qn("w:ilvl"): "0"})
        value = override.makeelement(qn("w:startOverride"), {qn("w:val"): str(start)})
        override.append(value)
        num.append(override)


def write_paragraphs(paragraphs: list[tuple[str | None, str, str]], path: Path) -> Path:
    """A Word file of (label, kind, text) paragraphs: labels typed before the text, a
    heading in a heading style, the title in the title style."""
    doc = docx.Document()
    for label, kind, text in paragraphs:
        line = f"{label}. {text}" if label else text
        style = {"title": "Title", "heading": "Heading 1"}.get(kind)
        doc.add_paragraph(line, style=style)
    return save(doc, path)
