"""Plain-text and Markdown submissions → ParsedDocument.

Text files reach reviewers as PDF-to-text dumps (``---`` page breaks, footnote
definitions at page bottoms, running footers, paragraphs cut in two by a page),
as web pages pasted into Notepad (one paragraph per line), or as clean Markdown.
All three must give the same paragraphs a reviewer would see in the original.
"""

from __future__ import annotations

import hashlib
import re
from itertools import chain
from pathlib import PurePath

from reviewer.ingest.model import (
    IngestError,
    ParsedDocument,
    ParsedFootnote,
    ParsedParagraph,
)
from reviewer.ingest.text_blocks import (
    PAGE_BREAK,
    RULE,
    FootnoteDef,
    Item,
    Unit,
    front_matter,
    has_page_breaks,
    read_items,
)
from reviewer.ingest.text_clean import (
    clean_inline,
    ends_mid_sentence,
    ends_sentence,
    extract_markers,
    furniture_like,
    organisation_from_furniture,
    organisation_from_title,
    starts_lowercase,
)
from reviewer.ingest.text_decode import decode_text
from reviewer.ingest.text_kind import guess_kind
from reviewer.vocabulary import ParagraphKind

__all__ = ["guess_kind", "parse_text"]

_PAGE_NUMBER_RE = re.compile(r"(?:page )?#(?: (?:of|/) #)?|- ?# ?-|#/#|\[#\]|\(#\)")
_DIGITS_RE = re.compile(r"\d+")
_ZONE_DEPTH = 2  # units looked at on each side of a page break


# Longest line a text document may have: a paragraph of prose is a few thousand
# characters; a line of hundreds of thousands is a data dump or a minified file.
MAX_LINE = 500_000


def _refuse_endless_line(text: str, file_name: str) -> None:
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        if end - start > MAX_LINE:
            raise IngestError(
                file_name,
                f"one line holds {end - start:,} characters without a break; this does not "
                "look like a text document (perhaps a data export); save it with its "
                "paragraphs on separate lines and import it again",
            )
        start = end + 1


def parse_text(data: bytes, file_name: str, encoding: str | None = None) -> ParsedDocument:
    """Parse a .txt/.md file's bytes; raise IngestError with a reason a person can act on.

    ``encoding`` skips recognising the encoding (see :func:`decode_text`).
    """
    if not data:
        raise IngestError(file_name, "the file is empty")
    markdown = file_name.lower().endswith((".md", ".markdown"))
    text, warnings = decode_text(data, file_name, encoding)
    if not text.strip():
        raise IngestError(file_name, "the file is empty (it holds only blank lines or spaces)")
    _refuse_endless_line(text, file_name)
    meta_title = None
    if markdown:
        text, meta_title = front_matter(text)
        if "\f" in text:
            text = text.replace("\f", "\n\n")
    elif "\f" in text:  # pdftotext separates pages with form feeds
        text = text.replace("\f", "\n\n---\n\n")
    page_breaks = has_page_breaks(text, markdown)
    items = read_items(text, markdown, page_breaks)
    has_pages = any(it is PAGE_BREAK for it in items)
    furniture = _running_furniture(items) if has_pages else set()
    units, defs, removed, pages = _assemble(items, furniture, has_pages)
    _choose_title(units)

    defined = {d.marker for d, _ in defs}
    paragraphs: list[ParsedParagraph] = []
    orphans: set[str] = set()
    for u in units:
        clean, refs = extract_markers(u.text, defined, bool(defs))
        if not clean:
            continue
        orphans.update(r.marker for r in refs if r.marker not in defined)
        paragraphs.append(
            ParsedParagraph(
                seq=len(paragraphs),
                label=u.label,
                kind=u.kind,
                text=clean,
                page_start=u.page_start,
                page_end=u.page_end,
                markers=refs,
            )
        )
    footnotes = tuple(
        ParsedFootnote(d.marker, extract_markers(d.text, frozenset(), True)[0], page)
        for d, page in defs
        if d.text
    )
    if not paragraphs:
        raise IngestError(file_name, "the file holds no paragraphs of text")
    if defs and orphans:
        warnings.append(f"footnote marker(s) without a footnote text: {', '.join(sorted(orphans))}")

    title_para = next((p for p in paragraphs if p.kind == ParagraphKind.TITLE), None)
    title = (
        (title_para.text if title_para else None)
        or meta_title
        or _first_heading(paragraphs)
        or PurePath(file_name).stem
    )
    organisation = next(
        (org for u in removed if (org := organisation_from_furniture(_first_line(u, markdown)))),
        None,
    )
    if organisation is None and title_para is not None:
        organisation = organisation_from_title(title_para.text)
    kind = guess_kind(chain((p.text for p in paragraphs), (f.text for f in footnotes)))
    return ParsedDocument(
        title=title[:500],
        format="md" if markdown else "txt",
        file_name=file_name,
        sha256=hashlib.sha256(data).hexdigest(),
        paragraphs=tuple(paragraphs),
        footnotes=footnotes,
        organisation=organisation,
        kind=kind,
        pages=pages,
        warnings=tuple(warnings),
    )


def _first_line(unit: Unit, markdown: bool) -> str:
    return clean_inline(unit.first_line, markdown) if unit.n_lines > 1 else unit.text


def _first_heading(paragraphs: list[ParsedParagraph]) -> str | None:
    headings = [p.text for p in paragraphs[:50] if p.kind == ParagraphKind.HEADING]
    return next((h for h in headings if " " in h), headings[0] if headings else None)


def _choose_title(units: list[Unit]) -> None:
    """The first bold line or level-1 heading before any numbered paragraph."""
    for u in units:
        if u.label is not None and u.label[:1].isdigit():
            return
        if u.title_candidate:
            u.kind = ParagraphKind.TITLE
            return


def _running_furniture(items: list[Item]) -> set[int]:
    """Indexes of running headers/footers: short blocks beside page breaks that repeat."""
    zones: list[tuple[int, int]] = []  # (zone, item index)
    breaks = [i for i, it in enumerate(items) if it is PAGE_BREAK]
    for b in breaks:
        for step in (-1, 1):
            j, taken = b + step, 0
            while 0 <= j < len(items) and taken < _ZONE_DEPTH:
                it = items[j]
                if isinstance(it, Unit):
                    if not furniture_like(it.text, it.n_lines):
                        break
                    zones.append((b, j))
                    taken += 1
                elif it is PAGE_BREAK:
                    break
                j += step
    unit_idx = [i for i, it in enumerate(items) if isinstance(it, Unit)]
    ends = unit_idx[:_ZONE_DEPTH] + unit_idx[-_ZONE_DEPTH:]
    seen: dict[str, set[int]] = {}
    keys: dict[int, str] = {}
    for zone, j in zones + [(-1, j) for j in ends]:
        unit = items[j]
        if not isinstance(unit, Unit):  # never: zones and ends hold units only
            continue
        key = _DIGITS_RE.sub("#", " ".join(unit.text.lower().split()))
        keys[j] = key
        if zone >= 0:
            seen.setdefault(key, set()).add(zone)
    beside_breaks = {j for _, j in zones}
    return {
        j
        for j, key in keys.items()
        if len(seen.get(key, ())) >= 2 or (j in beside_breaks and _PAGE_NUMBER_RE.fullmatch(key))
    }


def _assemble(
    items: list[Item], furniture: set[int], has_pages: bool
) -> tuple[list[Unit], list[tuple[FootnoteDef, int | None]], list[Unit], int | None]:
    """Walk the items once: count pages, rejoin cut paragraphs, drop page furniture.

    A page break only takes effect when body text follows it, so footnotes and
    footers printed after the ``---`` still count for the page they belong to.
    """
    out: list[Unit] = []
    defs: list[tuple[FootnoteDef, int | None]] = []
    removed: list[Unit] = []
    held: list[Unit] = []  # furniture-like units between a paragraph and its continuation
    page, pending, seen = 1, False, False
    broke, ruled = False, False  # a page break / thematic break since the last unit
    for idx, it in enumerate(items):
        if isinstance(it, FootnoteDef):
            defs.append((it, page if has_pages else None))
            seen = True
            continue
        if it is PAGE_BREAK:
            pending = pending or seen
            broke = True
            continue
        if it is RULE:
            ruled = True
            continue
        if idx in furniture:
            removed.append(it)
            continue
        last = out[-1] if out else None
        joinable = (
            last is not None
            and last.kind in (ParagraphKind.BODY, ParagraphKind.LIST_ITEM)
            and not ruled
            and not ends_sentence(last.tail())
        )
        if joinable and it.label is None and furniture_like(it.text, it.n_lines):
            it.page_start = it.page_end = (page + pending) if has_pages else None
            held.append(it)
            continue
        if pending:
            page += 1
            pending = False
        seen = True
        if has_pages:
            it.page_start = it.page_end = page
        if joinable and last is not None and (broke or not held) and _continues(last, it, broke):
            tail = last.tail()
            glue = "" if tail.endswith("-") and tail[-2:-1].isalnum() else " "
            if last.more is None:
                last.more = []
            last.more.append(glue + it.text)  # joined once at the end: no quadratic copying
            last.page_end = it.page_end
            removed.extend(held)
        else:
            out.extend(held)
            out.append(it)
        held = []
        broke = ruled = False
    if held:  # page furniture-like text at the very end stays: it may be all there is
        out.extend(held)
        page += pending
    for u in out:
        u.finish()
    return out, defs, removed, (page if has_pages else None)


def _continues(last: Unit, unit: Unit, broke: bool) -> bool:
    """Is ``unit`` the rest of ``last`` (already known not to end a sentence)?"""
    if unit.explicit or unit.label is not None or unit.kind == ParagraphKind.LIST_ITEM:
        return False
    if starts_lowercase(unit.text):
        return broke or last.more is not None or len(last.text) >= 60
    return broke and ends_mid_sentence(last.tail())
