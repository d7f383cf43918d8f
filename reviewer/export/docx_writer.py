"""Laying a collected :class:`Brief` out as a Word document.

Headings are the built-in Heading 1/2/3 styles (navigation pane, table of
contents); recommendation tables use a built-in table style, their columns as wide
as their longest words (``docx_columns``); notes become text or real Word comments
anchored on the paragraph (or on the noted span of it).  A paragraph is printed in
full once: where the arrangement brings it again (a paragraph citing several
recommendations, or under several tags) the brief refers back to it.  The contents
page is written in full, its page numbers from the layout model (``lay_out``).

The body is written as WordprocessingML text and parsed a few hundred paragraphs at
a time (``docx_body``, ``docx_blocks``): every step takes the same time however long
the brief already is, so the time grows with the paragraphs and no faster.
"""

from __future__ import annotations

from collections.abc import Callable

from reviewer.export import docx_blocks as xml
from reviewer.export.brief import Brief, ExportCancelled, Item
from reviewer.export.brief_names import (
    compress_numbers,
    document_name,
    paragraph_reference,
    quoted_heading,
)
from reviewer.export.docx_body import BodyWriter
from reviewer.export.docx_cells import GREY_HEX, link_note, mark_right_to_left, position_word
from reviewer.export.docx_comments import CommentWriter
from reviewer.export.docx_cover import write_cover
from reviewer.export.docx_coverage import coverage_section, coverage_table
from reviewer.export.docx_fields import clean, tag_colour
from reviewer.export.docx_layout import Layout, estimate
from reviewer.export.docx_notes import note_as_text, notes_as_comments, passage_as_text
from reviewer.export.docx_style import new_document, text_width_cm
from reviewer.export.docx_tables import Span
from reviewer.export.docx_toc import Contents, add_toc_styles
from reviewer.vocabulary import DocumentKind
from reviewer.words import Words, say

KINDS = frozenset(f"kind.{k}" for k in DocumentKind)
Progress = Callable[[int, int], bool | None]  # False cancels
# columns: their words' keys (``reviewer.words``) and preferred widths in cm
LINK_COLUMNS = (
    ("col.recommendation", 2.8),
    ("col.text", 8.7),
    ("col.states", 3.2),
    ("col.position", 1.9),
)
RECOMMENDATION_COLUMNS = (
    ("col.recommendation_text", 10.8),
    ("col.states", 3.6),
    ("col.position", 2.2),
)


class BriefWriter(BodyWriter):
    def __init__(self, brief: Brief, progress: Progress | None = None):
        self.brief = brief
        self.progress = progress
        self.w = w = Words(brief.options.language)
        paper = brief.options.paper
        doc = new_document(
            brief.title,
            brief.reviewer,
            brief.created,
            w(f"brief.subtitle.{brief.options.group_by}"),
            paper,
            update_fields=False,
            w=w,
        )
        width = text_width_cm(paper)
        add_toc_styles(doc, width)
        # by document a table of every paragraph would run for pages: documents only
        super().__init__(
            doc,
            Contents(
                levels=1 if brief.options.group_by == "document" else 2,
                empty=w("brief.no_headings"),
            ),
            width,
        )
        self.comments = 0
        self._comment_writer: CommentWriter | None = None  # made with the first comment
        self._commented: set[int] = set()
        self._printed: dict[int, tuple[str, str]] = {}  # paragraph id → (bookmark, where)
        self._done = 0
        self._total = sum(1 for _ in brief.items())

    # -- the whole document ---------------------------------------------------------------
    def render(self):
        contents_at = write_cover(self)
        group_by = self.brief.options.group_by
        if group_by == "recommendation" and self.brief.coverage is not None:
            self._coverage()
        if not any(True for _ in self.brief.items()):
            self._line(self.w("brief.nothing"), "Brief Hint")
        elif group_by == "document":
            self._by_document()
        elif group_by == "recommendation":
            self._by_recommendation()
        else:
            self._by_tag()
        self._flush()
        if self._comment_writer is not None:
            self._comment_writer.flush()
        self.contents.write(contents_at)
        if self.w.rtl:  # the labels python-docx wrote, right to left too
            mark_right_to_left(self.doc)
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
        w = self.w
        for section in self.brief.by_document:
            d = section.document
            self._heading(d.title, 1, new_page=True)
            total = say("count.paragraphs", n=section.total_paragraphs)
            meta = [
                d.organisation,
                w(f"kind.{d.kind}") if f"kind.{d.kind}" in KINDS else d.kind,
                d.file,
                w("brief.doc_meta", shown=len(section.items), total=total),
            ]
            self._line(" · ".join(x for x in meta if x), "Brief Meta")
            for item in section.items:
                self._paragraph_block(item, quoted_heading(item.paragraph, w), 2)

    def _by_recommendation(self) -> None:
        w = self.w
        for group in self.brief.by_recommendation:
            self._heading(group.symbol, 1, new_page=True)
            key = "brief.registry.filtered" if self.brief.options.filtered else "brief.registry"
            recs = say("count.recommendations", n=group.in_registry)
            summary = w(key, recs=recs, symbol=group.symbol, n=len(group.sections))
            if group.cited_elsewhere:
                summary += w("brief.cited_elsewhere", n=group.cited_elsewhere)
            summary += w("brief.cited_by_nobody", n=len(group.uncited))
            self._line(summary, "Brief Meta")
            if group.uncited:
                runs = xml.run(w("brief.uncited"), bold=True)
                self._line("", "Brief Hint", runs=runs + xml.run(compress_numbers(group.uncited)))
            for sec in group.sections:
                self._recommendation_section(sec)

    def _recommendation_section(self, sec) -> None:
        w = self.w
        r = sec.recommendation
        title = r.number + (f" · {'; '.join(r.states)}" if r.states else "")
        self._heading(title, 2)
        self._recommendation_table(r)
        for line in sec.earlier:  # its likely predecessors in earlier cycles
            self._line(line, "Brief Meta")
        extra = []
        if r.themes:
            extra.append(("brief.themes", "; ".join(f"{c} {n}".strip() for c, n in r.themes)))
        if r.affected_persons:
            extra.append(("brief.affected", ", ".join(r.affected_persons)))
        for key, value in extra:
            runs = xml.run(w("label", label=w(key)), bold=True) + xml.run(clean(value))
            self._line("", "Brief Meta", after=2, runs=runs)
        docs = {it.document.id for it in sec.items}
        self._line(
            w(
                "brief.what_they_say",
                paragraphs=say("count.paragraphs", n=len(sec.items)),
                documents=say("count.documents", n=len(docs)),
            ),
            "Brief Label",
        )
        for item in sec.items:
            name = f"{document_name(item.document)} — {quoted_heading(item.paragraph, w)}"
            link = next((lk for lk in item.links if lk.recommendation_id == r.id), None)
            if link is not None and link_note(link, w):
                name += w("brief.in_brackets", text=link_note(link, w))
            self._paragraph_block(item, name, 3, links=False, where=r.number)

    def _coverage(self) -> None:
        coverage_section(self)

    def _coverage_table(self, cov, recs, docs, first_number: int | None) -> None:
        coverage_table(self, cov, recs, docs, first_number)

    def _by_tag(self) -> None:
        for i, sec in enumerate(self.brief.by_tag):
            swatch = xml.run("■ ", colour=tag_colour(sec.tag.colour))
            runs = swatch + xml.run(clean(sec.tag.name))
            # (its runs after the contents' bookmark, an empty one, as it always was)
            self._heading("", 1, new_page=i == 0, toc=sec.tag.name, tail=runs)
            docs: dict[int, list[Item]] = {}
            for it in sec.items:
                docs.setdefault(it.document.id, []).append(it)
            self._line(
                self.w(
                    "brief.in_documents",
                    paragraphs=say("count.paragraphs", n=len(sec.items)),
                    documents=say("count.documents", n=len(docs)),
                ),
                "Brief Meta",
            )
            for items in docs.values():
                self._heading(f"{document_name(items[0].document)}", 2)
                for item in items:
                    self._paragraph_block(
                        item,
                        quoted_heading(item.paragraph, self.w),
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
        first = self._printed.get(p.id)
        mark = None
        if first is None and where is not None:  # it may come again: mark the place
            mark = f"_Par{p.id}"
        name = self._heading(heading, level, mark=mark)
        if first is not None:
            self._refer_back(p, *first)
        else:
            if mark is not None and name is not None:
                self._printed[p.id] = (name, where or "")
            self._full_paragraph(item, links, skip_tag)
        self._done += 1
        if self.progress is not None and self.progress(self._done, self._total) is False:
            raise ExportCancelled()

    def _full_paragraph(self, item: Item, links: bool, skip_tag: int | None) -> None:
        p = item.paragraph
        self._line("", runs=self._body_text(item))
        w = self.w
        if links and item.links:
            self._line(w("brief.linked"), "Brief Label")
            self._links_table(
                [
                    (lk.symbol, lk.number, lk.text, lk.states, lk.position, link_note(lk, w))
                    for lk in item.links
                ]
            )
        tags = [t for t in p.tags if t.id != skip_tag]
        if tags:
            label = w("brief.also_tagged" if skip_tag else "brief.tags")
            runs = xml.run(w("label", label=label), bold=True)
            for n, t in enumerate(tags):
                runs += xml.run(("   " if n else "") + "■ ", colour=tag_colour(t.colour))
                runs += xml.run(clean(t.name))
            self._line("", "Brief Meta", before=4, runs=runs)
        for passage in p.passages:  # a tag on some words: the words quoted
            self._line("", "Brief Note", runs=passage_as_text(passage, skip_tag, w))
        if not self.brief.options.comments:
            for note in p.notes:
                runs = note_as_text(note, p.text, self.brief.reviewer, w)
                self._line("", "Brief Note", runs=runs)

    def _refer_back(self, p, mark: str, where: str) -> None:
        """ "See ¶ 6 under 28.45 (page 14 of this brief)": a link to where it is in full.
        (Its page number is filled in by ``lay_out``: ``_flush`` finds its field.)"""
        w = self.w
        ref = w("brief.refer.under", ref=paragraph_reference(p, w), where=where)
        runs = (
            xml.run(w("brief.refer.see"))
            + xml.hyperlink(mark, clean(ref))
            + xml.run(w("brief.refer.page"))
            + xml.field(f"PAGEREF {mark} \\h", "1")
            + xml.run(w("brief.refer.in_full"))
        )
        self._line("", "Brief Refer", runs=runs)

    def _body_text(self, item: Item) -> str:
        """The paragraph's full text; with --comments its notes anchor on it (once)."""
        p = item.paragraph
        first = p.id not in self._commented
        self._commented.add(p.id)
        notes = p.notes if self.brief.options.comments and first else ()
        if notes and self._comment_writer is None:  # no comments part in a brief without
            self._comment_writer = CommentWriter(self.doc)
        self.comments += len(notes)
        return notes_as_comments(
            self._comment_writer, p.text, notes, self.brief.reviewer, self.w("note.reviewer")
        )

    def _links_table(self, rows: list[tuple]) -> None:
        w = self.w
        body = []
        for symbol, number, text, states, position, status in rows:
            small = f"\n{symbol}" + (f"\n({status})" if status else "")
            body.append(
                [
                    [
                        Span(clean(number), bold=True),
                        Span(clean(small), size_pt=8, colour=GREY_HEX),
                    ],
                    [Span(clean(text) or w("brief.no_text"))],
                    [Span(clean("; ".join(states)) or "—")],
                    [Span(position_word(position, w))],
                ]
            )
        self._table(self._columns(LINK_COLUMNS), body)

    def _recommendation_table(self, r) -> None:
        w = self.w
        row = [
            [Span(clean(r.text) or w("brief.no_text"))],
            [Span(clean("; ".join(r.states)) or "—")],
            [Span(position_word(r.position, w))],
        ]
        self._table(self._columns(RECOMMENDATION_COLUMNS), [row])

    def _columns(self, columns: tuple[tuple[str, float], ...]) -> tuple[tuple[str, float], ...]:
        return tuple((self.w(key), width) for key, width in columns)
