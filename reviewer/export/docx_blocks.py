"""The brief's paragraphs written as WordprocessingML text, parsed many at a time.

A brief has tens of thousands of paragraphs; made one element at a time (through
python-docx's object layer, or even through lxml directly) each element costs a few
microseconds, and a 10,000-paragraph brief has over half a million.  Written as text
and parsed a few hundred paragraphs at a time, the parser makes them at C speed.
These builders write what python-docx writes for the same calls (``add_run``'s tabs
and line breaks, ``xml:space="preserve"`` on a text that starts or ends with a
space, run properties in the schema's order), so the document is the same whichever
way a paragraph was made (``tests/core/test_docx_blocks.py`` compares them).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from xml.sax.saxutils import escape

from docx.oxml import parse_xml

from reviewer.export.docx_xml import W_NS
from reviewer.languages import detect

_BREAKS = re.compile(r"([\t\r\n])")
_ATTR = {'"': "&quot;", "\n": "&#10;", "\r": "&#13;", "\t": "&#9;"}
_BODY = f'<w:body xmlns:w="{W_NS}">'


# strong right-to-left letters: Hebrew, Arabic (and its supplements, presentation forms),
# Syriac, Thaana, N'Ko
_RTL = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_RTL_RUN_TEXT = re.compile(r"<w:t(?: [^>]*)?>([^<]*)</w:t>")


def is_rtl(value: str) -> bool:
    """Whether a paragraph of ``value`` reads right to left: its language is Arabic
    (``reviewer.languages.detect``), or its strong right-to-left letters outnumber its
    left-to-right ones (a Hebrew or Persian quote).  A paragraph with none is never."""
    if not _RTL.search(value):
        return False
    if detect(value) == "ar":
        return True
    rtl = len(_RTL.findall(value))
    ltr = sum(1 for ch in value if ch.isalpha()) - rtl
    return rtl > ltr


def has_rtl(value: str) -> bool:
    """Whether ``value`` has a right-to-left letter (a run of it is marked ``w:rtl``,
    so a word processor writes it in the complex-script font)."""
    return _RTL.search(value) is not None


def starts_rtl(value: str) -> bool:
    """Whether the first letter of ``value`` is a right-to-left one: the direction
    Unicode gives a paragraph by its first strong letter (UAX #9, P2), so a sentence
    of a document written in Arabic that names an English title stays right to left."""
    for ch in value:
        if _RTL.match(ch):
            return True
        if ch.isalpha():
            return False
    return False


def runs_text(runs: str) -> str:
    """The text of runs written by ``run`` (their ``w:t``), for ``is_rtl``."""
    return "".join(_RTL_RUN_TEXT.findall(runs))


def rtl_runs(runs: str) -> str:
    """``runs`` (as ``run`` writes them) each marked right to left (``w:rtl``, last of
    the run properties this module writes, as the schema orders them)."""
    runs = runs.replace("</w:rPr>", "<w:rtl/></w:rPr>")
    return runs.replace("<w:r>", "<w:r><w:rPr><w:rtl/></w:rPr>").replace(
        "<w:rPr><w:rtl/></w:rPr><w:rPr>", "<w:rPr>"
    )


def attr(value: str) -> str:
    """An attribute's value, quoted and escaped."""
    return '"' + escape(value, _ATTR) + '"'


def text(value: str) -> str:
    """A ``w:t`` as python-docx's ``add_t`` writes it (spaces kept when at an end)."""
    if len(value.strip()) < len(value):
        return f'<w:t xml:space="preserve">{escape(value)}</w:t>'
    return f"<w:t>{escape(value)}</w:t>"


def run(value: str = "", bold: bool = False, italic: bool = False, colour: str | None = None):
    """A run of ``value`` as ``Paragraph.add_run`` writes it (a tab a ``w:tab``, a line
    break or carriage return a ``w:br``), bold, italic or in ``colour`` ("595959")."""
    props = ""
    if bold or italic or colour:
        props = (
            "<w:rPr>"
            + ("<w:b/>" if bold else "")
            + ("<w:i/>" if italic else "")
            + (f"<w:color w:val={attr(colour)}/>" if colour else "")
            + "</w:rPr>"
        )
    if "\t" not in value and "\n" not in value and "\r" not in value:
        return f"<w:r>{props}{text(value) if value else ''}</w:r>"
    parts = []
    for piece in _BREAKS.split(value):
        if piece == "\t":
            parts.append("<w:tab/>")
        elif piece in ("\r", "\n"):
            parts.append("<w:br/>")
        elif piece:
            parts.append(text(piece))
    return f"<w:r>{props}{''.join(parts)}</w:r>"


def paragraph(
    runs: str = "",
    style_id: str | None = None,
    before: float | None = None,
    after: float | None = None,
    new_page: bool = False,
    bookmarks: Sequence[tuple[int, str]] = (),
    tail: str = "",
    rtl: bool = False,
) -> str:
    """A ``w:p``: its style, page break, direction and spacing (points), then ``runs``;
    each bookmark (id, name) around them, the later ones outside the earlier (as
    ``Contents.bookmark`` puts one after another); then ``tail``, runs added after
    the bookmarks were.  ``rtl``: a right-to-left paragraph (``w:bidi``) whose runs
    are right to left (``w:rtl``)."""
    props = ""
    if style_id:
        props += f"<w:pStyle w:val={attr(style_id)}/>"
    if new_page:
        props += "<w:pageBreakBefore/>"
    if rtl:
        props += "<w:bidi/>"
        runs, tail = rtl_runs(runs), rtl_runs(tail)
    if before is not None or after is not None:
        props += "<w:spacing"
        if before is not None:
            props += f' w:before="{round(before * 20)}"'
        if after is not None:
            props += f' w:after="{round(after * 20)}"'
        props += "/>"
    starts = "".join(
        f'<w:bookmarkStart w:id="{i}" w:name={attr(name)}/>' for i, name in reversed(bookmarks)
    )
    ends = "".join(f'<w:bookmarkEnd w:id="{i}"/>' for i, _ in bookmarks)
    ppr = f"<w:pPr>{props}</w:pPr>" if props else ""
    return f"<w:p>{ppr}{starts}{runs}{ends}{tail}</w:p>"


def hyperlink(mark: str, value: str) -> str:
    """A link to the bookmark ``mark`` (``docx_toc.hyperlink_to``)."""
    return (
        f'<w:hyperlink w:anchor={attr(mark)} w:history="1">'
        f'<w:r><w:t xml:space="preserve">{escape(value)}</w:t></w:r></w:hyperlink>'
    )


def field(instruction: str, result: str) -> str:
    """A complex field's five runs, ``result`` shown until it is updated
    (``docx_fields.add_field``)."""
    return (
        '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
        f'<w:r><w:instrText xml:space="preserve"> {escape(instruction)} </w:instrText></w:r>'
        '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
        f"{run(result)}"
        '<w:r><w:fldChar w:fldCharType="end"/></w:r>'
    )


def commented(pieces: Sequence[str], anchors: Iterable[tuple[int, int, int]]) -> str:
    """Runs (``pieces``) with comments anchored on them: each (id, first, last) piece,
    in the order they were added, as ``Run.mark_comment_range`` puts them one after
    another (a later range's start after the earlier starts, its end before the
    earlier ends)."""
    before: dict[int, list[str]] = {}
    after: dict[int, list[str]] = {}
    for cid, first, last in anchors:
        before.setdefault(first, []).append(f'<w:commentRangeStart w:id="{cid}"/>')
        after.setdefault(last, []).insert(
            0,
            f'<w:commentRangeEnd w:id="{cid}"/><w:r><w:rPr><w:rStyle w:val="CommentReference"/>'
            f'</w:rPr><w:commentReference w:id="{cid}"/></w:r>',
        )
    out: list[str] = []
    for i, piece in enumerate(pieces):
        out.extend(before.get(i, ()))
        out.append(piece)
        out.extend(after.get(i, ()))
    return "".join(out)


def parse(blocks: list[str]) -> list:
    """The body elements the text of ``blocks`` makes, in order (python-docx's
    element classes, ready to be put into a document)."""
    root = parse_xml(_BODY + "".join(blocks) + "</w:body>")
    return list(root)


__all__ = [
    "attr",
    "commented",
    "field",
    "hyperlink",
    "has_rtl",
    "is_rtl",
    "starts_rtl",
    "paragraph",
    "parse",
    "rtl_runs",
    "run",
    "runs_text",
    "text",
]
