"""Every row of every table of a workspace, to compare before and after an action."""

from sqlalchemy import select

from reviewer.storage.models import Base

# the history's own entries of a removal and its undo stay: the history keeps what
# happened, so a comparison of "as it was" leaves them out
KEPT_HISTORY = ("document removed", "document restored")


def dump(ws) -> dict[str, list[tuple]]:
    with ws.read() as s:
        return {
            t.name: sorted(
                (
                    tuple(r)
                    for r in s.execute(select(t)).all()
                    if t.name != "history" or r.action not in KEPT_HISTORY
                ),
                key=repr,
            )
            for t in Base.metadata.sorted_tables
        }
