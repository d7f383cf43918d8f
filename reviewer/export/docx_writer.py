"""Laying a collected :class:`Brief` out as a Word document.

Headings are the built-in Heading 1/2/3 styles (navigation pane, table of
contents); recommendation tables use a built-in table style; notes become text or
real Word comments anchored on the paragraph (or on the noted span of it).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from itertools import pairwise

from docx.oxml import OxmlElement
from docx.shared import Pt, RGBColor
from docx.text.paragraph import Paragraph

from reviewer.export import docx_fields as fields
from reviewer.export.brief import (
    GROUPING_SUBTITLES,
    Brief,
    ExportCancelled,
    Item,
    compress_numbers,
    document_name,
    paragraph_heading,
)
from reviewer.export.docx_cells import GREY_HEX as GREY_HEX
from reviewer.export.docx_cells import TABLE_TEXT_STYLE_ID as TABLE_TEXT_STYLE_ID
from reviewer.export.docx_cells import _cell_text as _cell_text
from reviewer.export.docx_cells import _plural as _plural
from reviewer.export.docx_cells import _span as _span
from reviewer.export.docx_cells import _utc as _utc
from reviewer.export.docx_cells import _widths as _widths
from reviewer.export.docx_cells import link_note
from reviewer.export.docx_coverage import COVERAGE_FIRST_COLUMN_CM as COVERAGE_FIRST_COLUMN_CM
from reviewer.export.docx_coverage import COVERAGE_NAMED_COLUMNS as COVERAGE_NAMED_COLUMNS
from reviewer.export.docx_coverage import COVERAGE_NUMBERED_COLUMNS as COVERAGE_NUMBERED_COLUMNS
from reviewer.export.docx_coverage import MARK_CONFIRMED as MARK_CONFIRMED
from reviewer.export.docx_coverage import MARK_SUGGESTED as MARK_SUGGESTED
from reviewer.export.docx_coverage import TEXT_WIDTH_CM as TEXT_WIDTH_CM
from reviewer.export.docx_coverage import coverage_section, coverage_table
from reviewer.export.docx_fields import add_text, clean
from reviewer.export.docx_style import GREY, RECOMMENDATION_TABLE_STYLE, new_document
from reviewer.export.docx_tables import Span, append_table, table_xml
from reviewer.vocabulary import POSITION_LABELS, Position
from reviewer.workspace import NoteRow

Progress = Callable[[int, int], bool | None]  # False cancels
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


def position_word(value: str) -> str:
    """'partially' → 'Partially supported'; a value outside the vocabulary as stored."""
    try:
        return POSITION_LABELS[Position(value)]
    except ValueError:
        return value


def initials(name: str) -> str:
    parts = [w for w in re.split(r"[\s._-]+", name) if w]
    return "".join(w[0] for w in parts[:3]).upper() or "R"


class BriefWriter:
    def __init__(self, brief: Brief, progress: Progress | None = None):
        self.brief = brief
        self.progress = progress
        self.doc = new_document(
            brief.title, brief.author, brief.created, GROUPING_SUBTITLES[brief.options.group_by]
        )
        self.comments = 0
        self._style_ids: dict[str, str] = {}
        self._end = self.doc.element.body.sectPr  # content goes before it
        self._commented: set[int] = set()
        self._done = 0
        self._total = sum(1 for _ in brief.items())

    # -- the whole document ---------------------------------------------------------------
    def render(self):
        self._title_block()
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
        return self.doc

    def _title_block(self) -> None:
        b = self.brief
        self._para(b.title, "Title")
        self._para(GROUPING_SUBTITLES[b.options.group_by], "Brief Subtitle")
        rows: list[tuple[str, str]] = []
        if len(b.documents) == 1:
            rows.append(("Document", b.documents[0].title))
        else:
            rows.append(("Documents", "\n".join(d.title for d in b.documents[:12])))
            if len(b.documents) > 12:
                rows[-1] = ("Documents", rows[-1][1] + f"\n… {len(b.documents) - 12} more")
        orgs = sorted({d.organisation for d in b.documents if d.organisation})
        if orgs:
            rows.append(("Organisation" if len(orgs) == 1 else "Organisations", "; ".join(orgs)))
        rows.append(("Date", f"{b.created.day} {b.created:%B %Y}"))
        rows.append(("Reviewer", b.author))
        rows.extend(b.options.describe())
        if b.coverage is not None:
            rows.append(("Coverage", b.coverage.summary()))
        c = b.counts()
        rows.append(
            (
                "In this brief",
                ", ".join(
                    _plural(c[k], k[:-1])
                    for k in ("paragraphs", "recommendations", "tags", "notes")
                ),
            )
        )
        table = self.doc.add_table(rows=len(rows), cols=2)
        for row, (key, value) in zip(table.rows, rows, strict=True):
            k, v = row.cells
            _cell_text(k, key, bold=True, colour=GREY)
            _cell_text(v, value)
        _widths(table, (3.6, 13.0))
        self._para("Contents", "TOC Heading").paragraph_format.space_before = Pt(24)
        fields.add_toc(self._para("", "Brief Hint"), levels="1-2")

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
                self._paragraph_block(item, paragraph_heading(item.paragraph), 2)

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
                add_text(p, "Cited by nobody: ").bold = True
                add_text(p, compress_numbers(group.uncited))
            for sec in group.sections:
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
                    p = self._para("", "Brief Meta")
                    p.paragraph_format.space_after = Pt(2)
                    add_text(p, f"{key}: ").bold = True
                    add_text(p, clean(value))
                docs = {it.document.id for it in sec.items}
                self._para(
                    f"What the submissions say — {_plural(len(sec.items), 'paragraph')} in "
                    f"{_plural(len(docs), 'document')}",
                    "Brief Label",
                )
                for item in sec.items:
                    name = f"{document_name(item.document)} — {paragraph_heading(item.paragraph)}"
                    link = next(
                        (lk for lk in item.links if lk.recommendation_id == sec.recommendation.id),
                        None,
                    )
                    if link is not None and link_note(link):
                        name += f" ({link_note(link)})"
                    self._paragraph_block(item, name, 3, links=False)

    def _coverage(self) -> None:
        coverage_section(self)

    def _coverage_table(self, cov, recs, docs, first_number: int | None) -> None:
        coverage_table(self, cov, recs, docs, first_number)

    def _by_tag(self) -> None:
        for i, sec in enumerate(self.brief.by_tag):
            h = self._heading("", 1, new_page=i == 0)
            swatch = add_text(h, "■ ")
            if sec.tag.colour and re.fullmatch(r"#?[0-9a-fA-F]{6}", sec.tag.colour):
                swatch.font.color.rgb = RGBColor.from_string(sec.tag.colour.lstrip("#").upper())
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
                        item, paragraph_heading(item.paragraph), 3, skip_tag=sec.tag.id
                    )

    # -- building blocks ---------------------------------------------------------------------
    def _paragraph_block(
        self, item: Item, heading: str, level: int, links: bool = True, skip_tag: int | None = None
    ) -> None:
        p = item.paragraph
        self._heading(heading, level)
        body = self._para("")
        self._body_text(body, item)
        if links and item.links:
            self._para("Linked recommendations", "Brief Label")
            self._links_table(
                [
                    (
                        lk.symbol,
                        lk.number,
                        lk.text,
                        lk.states,
                        lk.position,
                        link_note(lk),
                    )
                    for lk in item.links
                ]
            )
        tags = [t for t in p.tags if t.id != skip_tag]
        if tags:
            line = self._para("", "Brief Meta")
            line.paragraph_format.space_before = Pt(4)
            add_text(line, "Also tagged: " if skip_tag else "Tags: ").bold = True
            for n, t in enumerate(tags):
                swatch = add_text(line, ("   " if n else "") + "■ ")
                if t.colour and re.fullmatch(r"#?[0-9a-fA-F]{6}", t.colour):
                    swatch.font.color.rgb = RGBColor.from_string(t.colour.lstrip("#").upper())
                add_text(line, clean(t.name))
        if not self.brief.options.comments:
            for note in p.notes:
                self._note_text(note, p.text)
        self._done += 1
        if self.progress is not None and self.progress(self._done, self._total) is False:
            raise ExportCancelled()

    def _body_text(self, body, item: Item) -> None:
        """The paragraph's full text; with --comments its notes anchor on it (once)."""
        p = item.paragraph
        text = clean(p.text)
        notes: tuple[NoteRow, ...] = ()
        if self.brief.options.comments and p.id not in self._commented:
            notes = p.notes
            self._commented.add(p.id)
        if not notes:
            add_text(body, text)
            return
        cuts = {0, len(text)}
        for n in notes:
            span = _span(n, text)
            if span is not None:
                cuts.update(span)
        bounds = list(pairwise(sorted(cuts))) or [(0, 0)]
        runs = [(a, b, add_text(body, text[a:b])) for a, b in bounds]
        for n in notes:
            span = _span(n, text)
            if span is not None:
                start, end = span
                anchor = [r for a, b, r in runs if a >= start and b <= end]
            else:
                anchor = [r for _, _, r in runs]
            author = n.author or self.brief.author
            comment = self.doc.add_comment(
                anchor, text=clean(n.body), author=author, initials=initials(author)
            )
            comment._comment_elm.date = _utc(n.created_at)
            self.comments += 1

    def _note_text(self, note, paragraph_text: str) -> None:
        p = self._para("", "Brief Note")
        author = note.author or self.brief.author
        add_text(p, "Note").bold = True
        meta = add_text(p, f" · {author} · {note.created_at:%d %b %Y}: ")
        meta.font.color.rgb = GREY
        span = _span(note, paragraph_text)
        if span is not None:
            quoted = add_text(p, f"“{clean(paragraph_text[span[0] : span[1]])}” ")
            quoted.italic = True
        add_text(p, clean(note.body))

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

    def _table(self, columns: tuple[tuple[str, float], ...], rows: list) -> None:
        """A recommendation table: built-in style, repeated header row, rows kept whole."""
        xml = table_xml(
            [name for name, _ in columns],
            rows,
            [w for _, w in columns],
            self._style_id(RECOMMENDATION_TABLE_STYLE),
            TABLE_TEXT_STYLE_ID,
        )
        append_table(self._end, xml)
        self._spacer()

    def _spacer(self) -> None:
        spacer = self._para("", "Brief Table Text")
        spacer.paragraph_format.space_after = Pt(2)

    def _heading(self, text: str, level: int, new_page: bool | None = None):
        h = self._para(text, f"Heading {level}")
        if new_page:
            h.paragraph_format.page_break_before = True
        elif new_page is False:  # a top-level heading that follows on the same page
            h.paragraph_format.space_before = Pt(22)
        return h

    def _para(self, text: str, style: str | None = None):
        """A new body paragraph, added before the section properties we hold on to.

        (``Document.add_paragraph`` searches the whole body for them every time,
        which makes a long brief quadratic.)
        """
        el = OxmlElement("w:p")
        self._end.addprevious(el)
        p = Paragraph(el, self.doc._body)
        if style:
            p._p.style = self._style_id(style)
        if text:
            add_text(p, clean(text))
        return p

    def _style_id(self, name: str) -> str:
        """Looked up once: python-docx searches every style on each ``style=`` by name."""
        sid = self._style_ids.get(name)
        if sid is None:
            sid = self._style_ids[name] = self.doc.styles[name].style_id
        return sid
