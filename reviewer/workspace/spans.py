"""A passage of a paragraph's text: characters ``start`` to ``end`` (Python code points,
so ``text[start:end]`` is the passage), checked before a tag or a note is put on it,
and a tagged passage's row."""

from __future__ import annotations

from reviewer.errors import BadInput
from reviewer.storage.models import PassageTag, Tag
from reviewer.workspace.rows import PassageRow


def check_span(text: str, start: object, end: object, paragraph_id: int) -> tuple[int, int]:
    """``(start, end)`` when they mark a passage of ``text`` (at least one character
    that is not a space), else BadInput saying why."""
    for name, value in (("start", start), ("end", end)):
        if isinstance(value, bool) or not isinstance(value, int):
            raise BadInput(f"a passage's {name} must be a whole number, not {value!r}")
    assert isinstance(start, int) and isinstance(end, int)
    n = len(text)
    if start < 0 or end > n:
        raise BadInput(
            f"the passage {start}–{end} is outside paragraph {paragraph_id}, whose text has "
            f"{n} characters (offsets 0 to {n})"
        )
    if start >= end:
        raise BadInput(
            f"a passage needs at least one character: its start ({start}) must come "
            f"before its end ({end})"
        )
    if not text[start:end].strip():
        raise BadInput(f"the passage {start}–{end} of paragraph {paragraph_id} is only spaces")
    return start, end


def passage_row(pt: PassageTag, tag: Tag, text: str) -> PassageRow:
    return PassageRow(
        id=pt.id,
        uid=pt.uid,
        paragraph_id=pt.paragraph_id,
        tag_id=tag.id,
        tag=tag.name,
        colour=tag.colour,
        start=pt.start,
        end=pt.end,
        text=text[pt.start : pt.end],
        author=pt.created_by,
        created_at=pt.created_at,
    )
