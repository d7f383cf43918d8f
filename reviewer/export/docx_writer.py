"""Laying a collected :class:`Brief` out as a Word document.

Headings are the built-in Heading 1/2/3 styles (navigation pane, table of
contents); recommendation tables use a built-in table style, their columns as wide
as their longest words (``docx_columns``); notes become text or real Word comments
anchored on the paragraph (or on the noted span of it).  A paragraph is printed in
full once: where the arrangement brings it again (a paragraph citing several
recommendations, or under several tags) the brief refers back to it.  The contents
page is written in full, its page numbers from the layout model (``lay_out``).
"""

from __future__ import annotations

from collections.abc import Callable

from docx.text.paragraph import Paragraph

from reviewer.export import docx_columns as columns
from reviewer.export import docx_xml
from reviewer.export.brief import GROUPING_SUBTITLES, Brief, ExportCancelled, Item
from reviewer.export.brief_names import (
    compress_numbers,
    document_name,
    paragraph_reference,
    quoted_heading,
)
from reviewer.export.docx_cells import (
    GREY_HEX,
    TABLE_TEXT_STYLE_ID,
    _plural,
    link_note,
    position_word,
)
from reviewer.export.docx_columns import column_minimums
from reviewer.export.docx_comments import CommentWriter
from reviewer.export.docx_cover import write_cover
from reviewer.export.docx_coverage import coverage_section, coverage_table
from reviewer.export.docx_fields import add_text, clean, field_runs, tag_colour
from reviewer.export.docx_layout import Layout, estimate
from reviewer.export.docx_notes import note_as_text, notes_as_comments, passage_as_text
from reviewer.export.docx_style import (
    RECOMMENDATION_TABLE_STYLE,
    new_document,
    text_width_cm,
)
from reviewer.export.docx_tables import Span, append_table, table_xml
from reviewer.export.docx_toc import Contents, add_toc_styles, hyperlink_to

Progress = Callable[[int, int], bool | None]  # False cancels
_T = docx_xml.T
_BEFORE, _AFTER = docx_xml.W + "before", docx_xml.W + "after"
LINK_COLUMNS = (
    ("Recommendation", 2.8),
    ("Text", 8.7),
    ("Recommending States", 3.2),
    ("Position", 1.9),
)
RECOMMENDATION_COLUMNS = (
    ("Text of the recommendation", 10.8),
    ("Recommending States", 3.6),
    ("Position", 2.2),
)
NO_TEXT = "(text not in the registry)"


class BriefWriter:
    def __init__(self, brief: Brief, progress: Progress | None = None):
        self.brief = brief
        self.progress = progress
        paper = brief.options.paper
        self.width_cm = text_width_cm(paper)
        self.doc = new_document(
            brief.title,
            brief.reviewer,
            brief.created,
            GROUPING_SUBTITLES[brief.options.group_by],
            paper,
            update_fields=False,
        )
        add_toc_styles(self.doc, self.width_cm)
        # by document a table of every paragraph would run for pages: documents only
        self.contents = Contents(levels=1 if brief.options.group_by == "document" else 2)
        self.comments = 0
        self._comment_writer: CommentWriter | None = None  # made with the first comment
        self._style_ids: dict[str, str] = {}
        self._end = self.doc.element.body.sectPr  # content goes before it
        self._body = self.doc._body
        self._commented: set[int] = set()
        self._printed: dict[int, tuple[str, str]] = {}  # paragraph id → (bookmark, where)
        self._pagerefs: list[tuple[str, object]] = []  # (bookmark, w:t) of "page N"
        self._done = 0
        self._total = sum(1 for _ in brief.items())

    # -- the whole document ---------------------------------------------------------------
    def render(self):
        contents_at = write_cover(self)
        group_by = self.brief.options.group_by
        if group_by == "recommendation" and self.brief.coverage is not None:
            self._coverage()
        if not any(True for _ in self.brief.items()):
            self._para("Nothing in the workspace matches this selection.", "Brief Hint")
        elif group_by == "document":
            self._by_document()
        elif group_by == "recommendation":
            self._by_recommendation()
        else:
            self._by_tag()
        self.contents.write(contents_at)
        return self.doc

    def lay_out(self, stop=None) -> Layout:
        """The layout model's pages; they become the contents page's numbers and the
        "page N of this brief" of each reference back."""
        layout = estimate(self.doc, stop)
        self.contents.set_pages(layout.headings)
        for mark, t in self._pagerefs:
            if mark in layout.headings:
                t.text = str(layout.headings[mark])  # type: ignore[attr-defined]
        return layout

    # -- groupings --------------------------------------------------------------------------
    def _by_document(self) -> None:
        for section in self.brief.by_document:
            d = section.document
            self._heading(d.title, 1, new_page=True)
            meta = [
                d.organisation,
                d.kind.replace("_", " ").capitalize(),
                d.file,
                f"{len(section.items)} of {_plural(section.total_paragraphs, 'paragraph')} "
                "in this brief",
            ]
            self._para(" · ".join(x for x in meta if x), "Brief Meta")
            for item in section.items:
                self._paragraph_block(item, quoted_heading(item.paragraph), 2)

    def _by_recommendation(self) -> None:
        for group in self.brief.by_recommendation:
            self._heading(group.symbol, 1, new_page=True)
            summary = (
                f"{_plural(group.in_registry, 'recommendation')} for {group.symbol} in the "
                f"registry{' (within the filters)' if self.brief.options.filtered else ''}: "
                f"{len(group.sections)} cited in this brief"
            )
            if group.cited_elsewhere:
                summary += f", {group.cited_elsewhere} cited only outside this brief"
            summary += f", {len(group.uncited)} cited by nobody."
            self._para(summary, "Brief Meta")
            if group.uncited:
                p = self._para("", "Brief Hint")
                add_text(p, "Cited by nobody: ", bold=True)
                add_text(p, compress_numbers(group.uncited))
            for sec in group.sections:
                self._recommendation_section(sec)

    def _recommendation_section(self, sec) -> None:
        r = sec.recommendation
        title = r.number + (f" · {'; '.join(r.states)}" if r.states else "")
        self._heading(title, 2)
        self._recommendation_table(r)
        for line in sec.earlier:  # its likely predecessors in earlier cycles
            self._para(line, "Brief Meta")
        extra = []
        if r.themes:
            extra.append(("Themes", "; ".join(f"{c} {n}".strip() for c, n in r.themes)))
        if r.affected_persons:
            extra.append(("Affected persons", ", ".join(r.affected_persons)))
        for key, value in extra:
            p = self._para("", "Brief Meta", after=2)
            add_text(p, f"{key}: ", bold=True)
            add_text(p, clean(value))
        docs = {it.document.id for it in sec.items}
        self._para(
            f"What the submissions say — {_plural(len(sec.items), 'paragraph')} in "
            f"{_plural(len(docs), 'document')}",
            "Brief Label",
        )
        for item in sec.items:
            name = f"{document_name(item.document)} — {quoted_heading(item.paragraph)}"
            link = next((lk for lk in item.links if lk.recommendation_id == r.id), None)
            if link is not None and link_note(link):
                name += f" ({link_note(link)})"
            self._paragraph_block(item, name, 3, links=False, where=r.number)

    def _coverage(self) -> None:
        coverage_section(self)

    def _coverage_table(self, cov, recs, docs, first_number: int | None) -> None:
        coverage_table(self, cov, recs, docs, first_number)

    def _by_tag(self) -> None:
        for i, sec in enumerate(self.brief.by_tag):
            h = self._heading("", 1, new_page=i == 0, toc=sec.tag.name)
            add_text(h, "■ ", colour=tag_colour(sec.tag.colour))
            add_text(h, clean(sec.tag.name))
            docs: dict[int, list[Item]] = {}
            for it in sec.items:
                docs.setdefault(it.document.id, []).append(it)
            self._para(
                f"{_plural(len(sec.items), 'paragraph')} in {_plural(len(docs), 'document')}",
                "Brief Meta",
            )
            for items in docs.values():
                self._heading(f"{document_name(items[0].document)}", 2)
                for item in items:
                    self._paragraph_block(
                        item,
                        quoted_heading(item.paragraph),
                        3,
                        skip_tag=sec.tag.id,
                        where=sec.tag.name,
                    )

    # -- building blocks ---------------------------------------------------------------------
    def _paragraph_block(
        self,
        item: Item,
        heading: str,
        level: int,
        links: bool = True,
        skip_tag: int | None = None,
        where: str | None = None,
    ) -> None:
        """The paragraph under its heading: in full the first time, with its links,
        tags and notes; a reference back to that place when it comes again."""
        p = item.paragraph
        h = self._heading(heading, level)
        first = self._printed.get(p.id)
        if first is not None:
            self._refer_back(p, *first)
        else:
            if where is not None:  # the arrangement may bring it again: mark the place
                self._printed[p.id] = (self.contents.bookmark(h, f"_Par{p.id}"), where)
            self._full_paragraph(item, links, skip_tag)
        self._done += 1
        if self.progress is not None and self.progress(self._done, self._total) is False:
            raise ExportCancelled()

    def _full_paragraph(self, item: Item, links: bool, skip_tag: int | None) -> None:
        p = item.paragraph
        body = self._para("")
        self._body_text(body, item)
        if links and item.links:
            self._para("Linked recommendations", "Brief Label")
            self._links_table(
                [
                    (lk.symbol, lk.number, lk.text, lk.states, lk.position, link_note(lk))
                    for lk in item.links
                ]
            )
        tags = [t for t in p.tags if t.id != skip_tag]
        if tags:
            line = self._para("", "Brief Meta", before=4)
            add_text(line, "Also tagged: " if skip_tag else "Tags: ", bold=True)
            for n, t in enumerate(tags):
                add_text(line, ("   " if n else "") + "■ ", colour=tag_colour(t.colour))
                add_text(line, clean(t.name))
        for passage in p.passages:  # a tag on some words: the words quoted
            passage_as_text(self._para("", "Brief Note"), passage, skip_tag)
        if not self.brief.options.comments:
            for note in p.notes:
                self._note_text(note, p.text)

    def _refer_back(self, p, mark: str, where: str) -> None:
        """ "See ¶ 6 under 28.45 (page 14 of this brief)": a link to where it is in full."""
        line = self._para("", "Brief Refer")
        add_text(line, "See ")
        hyperlink_to(line, mark, f"{paragraph_reference(p)} under {where}")
        add_text(line, " (page ")
        runs = field_runs(line._p, f"PAGEREF {mark} \\h", "1")
        self._pagerefs.append((mark, runs[3].find(_T)))
        add_text(line, " of this brief), where it is quoted in full.")

    def _body_text(self, body, item: Item) -> None:
        """The paragraph's full text; with --comments its notes anchor on it (once)."""
        p = item.paragraph
        first = p.id not in self._commented
        self._commented.add(p.id)
        notes = p.notes if self.brief.options.comments and first else ()
        if notes and self._comment_writer is None:  # no comments part in a brief without
            self._comment_writer = CommentWriter(self.doc)
        self.comments += notes_as_comments(
            self._comment_writer, body, p.text, notes, self.brief.reviewer
        )

    def _note_text(self, note, paragraph_text: str) -> None:
        note_as_text(self._para("", "Brief Note"), note, paragraph_text, self.brief.reviewer)

    def _links_table(self, rows: list[tuple]) -> None:
        body = []
        for symbol, number, text, states, position, status in rows:
            small = f"\n{symbol}" + (f"\n({status})" if status else "")
            body.append(
                [
                    [
                        Span(clean(number), bold=True),
                        Span(clean(small), size_pt=8, colour=GREY_HEX),
                    ],
                    [Span(clean(text) or NO_TEXT)],
                    [Span(clean("; ".join(states)) or "—")],
                    [Span(position_word(position))],
                ]
            )
        self._table(LINK_COLUMNS, body)

    def _recommendation_table(self, r) -> None:
        row = [
            [Span(clean(r.text) or NO_TEXT)],
            [Span(clean("; ".join(r.states)) or "—")],
            [Span(position_word(r.position))],
        ]
        self._table(RECOMMENDATION_COLUMNS, [row])

    def _table(
        self, columns_: tuple[tuple[str, float], ...], rows: list, centre: set[int] | None = None
    ) -> None:
        """A recommendation table: built-in style, repeated header row, rows kept whole,
        each column as wide as its longest word."""
        header = [name for name, _ in columns_]
        widths = columns.fit([w for _, w in columns_], column_minimums(header, rows), self.width_cm)
        xml = table_xml(
            header,
            rows,
            widths,
            self._style_id(RECOMMENDATION_TABLE_STYLE),
            TABLE_TEXT_STYLE_ID,
            centre=centre or frozenset(),
        )
        append_table(self._end, xml)
        self._spacer()

    def _spacer(self) -> None:
        self._para("", "Brief Table Text", after=2)

    def _heading(
        self, text: str, level: int, new_page: bool | None = None, toc: str | None = None
    ) -> Paragraph:
        # a top-level heading that follows on the same page (new_page False): space before
        h = self._para(
            text, f"Heading {level}", before=22 if new_page is False else None, new_page=new_page
        )
        self.contents.heading(h, level, toc if toc is not None else text)
        return h

    def _para(
        self,
        text: str,
        style: str | None = None,
        before: float | None = None,
        after: float | None = None,
        new_page: bool | None = False,
    ) -> Paragraph:
        """A new body paragraph, added before the section properties we hold on to;
        ``before`` and ``after``: its spacing in points; ``new_page``: on a new page.

        (``Document.add_paragraph`` searches the whole body for them every time,
        which makes a long brief quadratic; the elements are made directly,
        ``docx_xml``.)
        """
        el = docx_xml.paragraph_before(self._end, self._style_id(style) if style else None)
        if new_page or before is not None or after is not None:
            ppr = docx_xml.paragraph_properties(el)  # after the style: the schema's order
            if new_page:
                docx_xml.SubElement(ppr, docx_xml.PAGE_BREAK_BEFORE)
            if before is not None or after is not None:
                spacing = docx_xml.SubElement(ppr, docx_xml.SPACING)
                if before is not None:
                    spacing.set(_BEFORE, docx_xml.twips(before))
                if after is not None:
                    spacing.set(_AFTER, docx_xml.twips(after))
        if text:
            docx_xml.run(el, clean(text))
        return Paragraph(el, self._body)

    def _style_id(self, name: str) -> str:
        """Looked up once: python-docx searches every style on each ``style=`` by name."""
        sid = self._style_ids.get(name)
        if sid is None:
            sid = self._style_ids[name] = self.doc.styles[name].style_id
        return sid
