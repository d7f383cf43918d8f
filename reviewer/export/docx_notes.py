"""A paragraph's notes in a brief: as text under it, or as Word comments on it."""

from __future__ import annotations

from itertools import pairwise

from reviewer.export.docx_cells import _span, _utc, initials
from reviewer.export.docx_comments import CommentWriter
from reviewer.export.docx_fields import add_text, clean, tag_colour
from reviewer.export.docx_style import GREY


def notes_as_comments(
    comments: CommentWriter | None, body, paragraph_text: str, notes, reviewer: str | None
) -> int:
    """The paragraph's text in ``body``, each note a comment anchored on its span
    (or the whole paragraph); how many comments were added."""
    text = clean(paragraph_text)
    if not notes:
        add_text(body, text)
        return 0
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
        author = n.author or reviewer or "Reviewer"
        assert comments is not None  # given whenever there are notes
        comments.add(anchor, clean(n.body), author, initials(author), _utc(n.created_at))
    return len(notes)


def note_as_text(p, note, paragraph_text: str, reviewer: str | None) -> None:
    """ "Note · Mei Lin · 03 Mar 2025: “the span” the note" in paragraph ``p``."""
    add_text(p, "Note", bold=True)
    who = note.author or reviewer
    add_text(p, f"{f' · {who}' if who else ''} · {note.created_at:%d %b %Y}: ", colour=GREY)
    span = _span(note, paragraph_text)
    if span is not None:
        add_text(p, f"“{clean(paragraph_text[span[0] : span[1]])}” ", italic=True)
    add_text(p, clean(note.body))


def passage_as_text(p, passage, skip_tag: int | None = None) -> None:
    """ "■ climate · Mei Lin · 03 Mar 2025: “the words tagged”" in paragraph ``p``; under
    the passage's own tag (by tag) just "Passage · …"."""
    if passage.tag_id == skip_tag:
        add_text(p, "Passage", bold=True)
    else:
        add_text(p, "■ ", colour=tag_colour(passage.colour))
        add_text(p, clean(passage.tag), bold=True)
    who = f" · {passage.author}" if passage.author else ""
    add_text(p, f"{who} · {passage.created_at:%d %b %Y}: ", colour=GREY)
    add_text(p, f"“{clean(passage.text)}”", italic=True)
