"""The body of a Word document written mostly as text: paragraphs and tables are
written as WordprocessingML (``docx_blocks``, ``docx_tables``) and parsed a few
hundred at a time before the section properties; a paragraph that is worked on
afterwards through python-docx is made as an element (``_para``), after what is
pending.  The brief (``docx_writer``) is written on it.
"""

from __future__ import annotations

from docx.text.paragraph import Paragraph

from reviewer.export import docx_blocks as xml
from reviewer.export import docx_columns as columns
from reviewer.export import docx_xml
from reviewer.export.docx_cells import TABLE_TEXT_STYLE_ID
from reviewer.export.docx_columns import column_minimums
from reviewer.export.docx_fields import add_text, clean
from reviewer.export.docx_style import RECOMMENDATION_TABLE_STYLE
from reviewer.export.docx_tables import table_xml
from reviewer.export.docx_toc import Contents

FLUSH_EVERY = 400  # paragraphs and tables parsed at a time
_T = docx_xml.T


class BodyWriter:
    def __init__(self, doc, contents: Contents, width_cm: float):
        self.doc = doc
        self.contents = contents
        self.width_cm = width_cm
        self._style_ids: dict[str, str] = {}
        self._end = doc.element.body.sectPr  # content goes before it
        self._body = doc._body
        self._pending: list[str] = []  # paragraphs and tables as text, not yet parsed
        self._pagerefs: list[tuple[str, object]] = []  # (bookmark, w:t) of "page N"

    def _table(
        self, columns_: tuple[tuple[str, float], ...], rows: list, centre: set[int] | None = None
    ) -> None:
        """A recommendation table: built-in style, repeated header row, rows kept whole,
        each column as wide as its longest word."""
        header = [name for name, _ in columns_]
        widths = columns.fit([w for _, w in columns_], column_minimums(header, rows), self.width_cm)
        self._emit(
            table_xml(
                header,
                rows,
                widths,
                self._style_id(RECOMMENDATION_TABLE_STYLE),
                TABLE_TEXT_STYLE_ID,
                centre=centre or frozenset(),
            )
        )
        self._spacer()

    def _spacer(self) -> None:
        self._line("", "Brief Table Text", after=2)

    def _heading(
        self,
        text: str,
        level: int,
        new_page: bool | None = None,
        toc: str | None = None,
        tail: str = "",
        mark: str | None = None,
    ) -> str | None:
        """A heading, listed in the contents under ``toc`` or its text (``tail``: runs
        after its bookmarks); ``mark`` a bookmark of that name on it too (returned, else
        the contents' bookmark, if any)."""
        marks = []
        entry = self.contents.entry(level, toc if toc is not None else text)
        if entry is not None:
            marks.append(entry)
        if mark is not None:
            marks.append(self.contents.new_mark(mark))
        # a top-level heading that follows on the same page (new_page False): space before
        self._line(
            text,
            f"Heading {level}",
            before=22 if new_page is False else None,
            new_page=bool(new_page),
            bookmarks=marks,
            tail=tail,
        )
        return marks[-1][1] if marks else None

    def _line(
        self,
        text: str,
        style: str | None = None,
        before: float | None = None,
        after: float | None = None,
        new_page: bool = False,
        runs: str | None = None,
        bookmarks: list[tuple[int, str]] | None = None,
        tail: str = "",
    ) -> None:
        """A body paragraph written as text: ``text`` in a run, or ``runs``; right to
        left (``w:bidi``, its runs ``w:rtl``) when its text is Arabic or reads right to
        left (``docx_blocks.is_rtl``)."""
        if runs is None:
            runs = xml.run(clean(text)) if text else ""
        style_id = self._style_id(style) if style else None
        rtl = xml.is_rtl(text or xml.runs_text(runs))
        self._emit(
            xml.paragraph(runs, style_id, before, after, new_page, bookmarks or (), tail, rtl)
        )

    def _emit(self, block: str) -> None:
        self._pending.append(block)
        if len(self._pending) >= FLUSH_EVERY:
            self._flush()

    def _flush(self) -> None:
        """Parse what is pending and put it in place; keep each "page N" of a reference
        back (a PAGEREF field's result) for ``lay_out``."""
        if not self._pending:
            return
        elements = xml.parse(self._pending)
        self._pending.clear()
        for el in elements:
            if el.tag == docx_xml.P:
                for instr in el.iter(docx_xml.INSTR_TEXT):
                    words = (instr.text or "").split()
                    if words[:1] == ["PAGEREF"]:  # begin, instruction, separate, result
                        result = instr.getparent().getnext().getnext()
                        self._pagerefs.append((words[1], result.find(_T)))
            self._end.addprevious(el)

    def _para(self, text: str, style: str | None = None) -> Paragraph:
        """A body paragraph as an element, to be worked on through python-docx (after
        what is pending: it is put in place first).

        (``Document.add_paragraph`` searches the whole body for the section
        properties every time, which makes a long document quadratic.)
        """
        self._flush()
        el = docx_xml.paragraph_before(self._end, self._style_id(style) if style else None)
        paragraph = Paragraph(el, self._body)
        if text:
            add_text(paragraph, clean(text))
        return paragraph

    def _style_id(self, name: str) -> str:
        """Looked up once: python-docx searches every style on each ``style=`` by name."""
        sid = self._style_ids.get(name)
        if sid is None:
            sid = self._style_ids[name] = self.doc.styles[name].style_id
        return sid
