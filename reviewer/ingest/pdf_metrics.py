"""A PDF's body type: its commonest size, line spacing and font (what a paragraph's
lines are measured against)."""

from __future__ import annotations

from reviewer.ingest.pdf_lines import PageText


def commonest(counts: dict, empty):
    """The key with the largest count, the first seen among equals (as
    ``Counter.most_common(1)``)."""
    best, best_n = empty, None
    for key, n in counts.items():
        if best_n is None or n > best_n:
            best, best_n = key, n
    return best


def body_metrics(pages: list[PageText]) -> tuple[float, float, str]:
    """The body type size, its line spacing and its font, as the commonest in the
    document (a heading in another face than the body font stands out)."""
    raw: dict[float, int] = {}  # characters by exact size, in order of first sight
    for page in pages:
        for ln in page.lines:
            if ln.role not in ("furniture", "masthead"):
                raw[ln.size] = raw.get(ln.size, 0) + ln.chars
    # by size rounded to half points: each rounded size is first seen where its first
    # exact size was, so the order (commonest's tie-break) is that of the lines
    sizes: dict[float, int] = {}
    for size, n in raw.items():
        key = round(size * 2) / 2
        sizes[key] = sizes.get(key, 0) + n
    body = commonest(sizes, 10.0)
    body = max(body, 1.0)  # damaged files can report type size 0
    deltas: dict[float, int] = {}
    fonts: dict[str, int] = {}
    low, high = body * 0.9, body * 2.2
    for page in pages:
        prev = None
        for ln in page.lines:
            if ln.role or abs(ln.size - body) > 0.6:
                prev = None
                continue
            fonts[ln.font] = fonts.get(ln.font, 0) + ln.chars
            if prev is not None:
                d = ln.base - prev.base
                if low <= d <= high:
                    key = round(d * 2) / 2
                    deltas[key] = deltas.get(key, 0) + 1
            prev = ln
    font = commonest(fonts, "")
    if not deltas:
        return body, body * 1.2, font
    leading = commonest(deltas, 0.0)
    count = deltas[leading]
    # In a short document of short paragraphs the spacing between paragraphs can be
    # as common as the spacing of lines: a clearly smaller step seen nearly as often
    # is the line spacing.
    tighter = [d for d, n in deltas.items() if d <= leading * 0.75 and n * 10 >= count * 3]
    return body, min(tighter, default=leading), font
