"""Recommendation tables written as XML in one piece.

python-docx builds a table cell by cell through its object layer, which costs
several milliseconds per table; a brief has a table per paragraph, so a
1,000-paragraph brief spent most of its time there.  Building the ``w:tbl`` as a
string and parsing it once is an order of magnitude faster and gives the same
WordprocessingML (python-docx reads it back as an ordinary table).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from xml.sax.saxutils import escape

from docx.oxml import parse_xml

from reviewer.export.docx_blocks import is_rtl, rtl_runs

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
TWIPS_PER_CM = 1440 / 2.54


@dataclass(frozen=True)
class Span:
    """A piece of text in a cell; ``\\n`` becomes a line break."""

    text: str
    bold: bool = False
    size_pt: float | None = None
    colour: str | None = None  # "595959"


def _runs(spans: list[Span]) -> str:
    return _spans_xml(tuple(spans))


@lru_cache(maxsize=8192)  # the same cells come back in every table citing a recommendation
def _spans_xml(spans: tuple[Span, ...]) -> str:
    out = []
    for span in spans:
        props = ""
        if span.bold:
            props += "<w:b/><w:bCs/>"
        if span.colour:
            props += f'<w:color w:val="{span.colour}"/>'
        if span.size_pt:
            half = round(span.size_pt * 2)
            props += f'<w:sz w:val="{half}"/><w:szCs w:val="{half}"/>'
        rpr = f"<w:rPr>{props}</w:rPr>" if props else ""
        for i, line in enumerate(span.text.split("\n")):
            br = "<w:br/>" if i else ""
            text = f'<w:t xml:space="preserve">{escape(line)}</w:t>' if line else ""
            out.append(f"<w:r>{rpr}{br}{text}</w:r>")
    return "".join(out)


def table_xml(
    header: list[str],
    rows: list[list[list[Span]]],
    widths_cm: list[float],
    style_id: str,
    paragraph_style_id: str,
    centre: frozenset[int] | set[int] = frozenset(),
) -> str:
    """A fixed-layout table: header row repeated on each page, rows never split;
    the columns ``centre`` (0-based) centred."""
    widths = [round(w * TWIPS_PER_CM) for w in widths_cm]
    look = 'w:val="0420" w:firstRow="1" w:lastRow="0" w:firstColumn="0" w:lastColumn="0" '
    look += 'w:noHBand="0" w:noVBand="1"'
    parts = [
        f'<w:tbl xmlns:w="{W_NS}"><w:tblPr><w:tblStyle w:val="{style_id}"/>'
        f'<w:tblW w:w="{sum(widths)}" w:type="dxa"/><w:tblLayout w:type="fixed"/>'
        f"<w:tblLook {look}/></w:tblPr><w:tblGrid>",
        "".join(f'<w:gridCol w:w="{w}"/>' for w in widths),
        "</w:tblGrid>",
    ]

    def cell(spans: list[Span], width: int, col: int, keep: bool = False) -> str:
        # the header row's paragraphs keep with the next row: never a header alone at
        # the foot of a page
        kn = "<w:keepNext/>" if keep else ""
        jc = '<w:jc w:val="center"/>' if col in centre else ""
        runs = _runs(spans)
        bidi = ""
        if is_rtl("".join(s.text for s in spans)):  # an Arabic title, text or note
            bidi, runs = "<w:bidi/>", rtl_runs(runs)
        return (
            f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>'
            f'<w:p><w:pPr><w:pStyle w:val="{paragraph_style_id}"/>{kn}{bidi}{jc}</w:pPr>'
            f"{runs}</w:p></w:tc>"
        )

    parts.append('<w:tr><w:trPr><w:tblHeader w:val="true"/></w:trPr>')
    parts.extend(
        cell([Span(h, bold=True)], w, i, keep=True)
        for i, (h, w) in enumerate(zip(header, widths, strict=True))
    )
    parts.append("</w:tr>")
    for row in rows:
        parts.append('<w:tr><w:trPr><w:cantSplit w:val="true"/></w:trPr>')
        parts.extend(
            cell(spans, w, i) for i, (spans, w) in enumerate(zip(row, widths, strict=True))
        )
        parts.append("</w:tr>")
    parts.append("</w:tbl>")
    return "".join(parts)


def append_table(before, xml: str):
    """Insert the table just before ``before`` (the body's final section properties)."""
    tbl = parse_xml(xml)
    before.addprevious(tbl)
    return tbl
