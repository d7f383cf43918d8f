"""Two-column pages: the gutter between the columns, and reading them column by column."""

from __future__ import annotations


def _gutter(blocks: list, width: float) -> float | None:
    """x of the white gutter between two text columns, if the page has two."""
    narrow = [b for b in blocks if b[0][2] - b[0][0] < width * 0.6]
    if len(narrow) < 3:
        return None
    spans = sorted((b[0][0], b[0][2]) for b in narrow)
    best, best_w = None, width * 0.015
    reach = spans[0][1]
    for x0, x1 in spans[1:]:
        if x0 - reach > best_w and width * 0.25 <= (x0 + reach) / 2 <= width * 0.75:
            best, best_w = (x0 + reach) / 2, x0 - reach
        reach = max(reach, x1)
    if best is None:
        return None
    left = [b for b in narrow if b[0][2] <= best]
    right = [b for b in narrow if b[0][0] >= best]
    for side in (left, right):
        if sum(b[0][2] - b[0][0] for b in side) / len(side) < width * 0.2:
            return None  # a narrow table column, not a text column
    chars_l = sum(ln.chars for b in left for ln in b[1])
    chars_r = sum(ln.chars for b in right for ln in b[1])
    if min(chars_l, chars_r) < (chars_l + chars_r) * 0.2:
        return None
    if not any(lb[0][1] < rb[0][3] and rb[0][1] < lb[0][3] for lb in left for rb in right):
        return None  # never side by side
    return best


def column_order(blocks: list, width: float) -> list:
    """Read a two-column page column by column; leave everything else in sort order."""
    gutter = _gutter(blocks, width)
    if gutter is None:
        return blocks
    out: list = []
    band: list = []

    def flush() -> None:
        band.sort(key=lambda b: (b[0][0] >= gutter, b[0][1]))
        out.extend(band)
        band.clear()

    for b in blocks:
        if b[0][0] < gutter < b[0][2]:  # spans both columns: a title or a wide table
            flush()
            out.append(b)
        else:
            band.append(b)
    flush()
    return out
