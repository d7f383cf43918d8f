"""What a merge did: per kind of row, how many were added and updated, and the
conflicts, each told for a person (what, what this workspace now holds, what the
other copy held and where it went)."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from reviewer.words.facts import as_data, fact, templates

# the kinds of rows a merge brings in, in the order a report lists them
KINDS = (
    "reviews",
    "documents",
    "paragraphs",
    "recommendations",
    "recommendation_texts",
    "predecessors",
    "dismissals",
    "tags",
    "paragraph_tags",
    "passage_tags",
    "notes",
    "links",
    "reviewed",
    "history",
)
WORDS = {
    "reviews": ("review", "reviews"),
    "documents": ("document", "documents"),
    "paragraphs": ("paragraph", "paragraphs"),
    "recommendations": ("recommendation", "recommendations"),
    "recommendation_texts": ("recommendation text", "recommendation texts"),
    "predecessors": ("predecessor decision", "predecessor decisions"),
    "dismissals": ("dismissed finding", "dismissed findings"),
    "tags": ("tag", "tags"),
    "paragraph_tags": ("tagged paragraph", "tagged paragraphs"),
    "passage_tags": ("tagged passage", "tagged passages"),
    "notes": ("note", "notes"),
    "links": ("link", "links"),
    "reviewed": ("reviewed mark", "reviewed marks"),
    "history": ("history entry", "history entries"),
    "review reports": ("review report", "review reports"),
    "recommendation sources": ("recommendation source", "recommendation sources"),
}


# what a report says of a row, in English; the window says it in its language
# (``reviewer.words.facts``, ``ui/core_facts.py``)
FACTS = templates(
    {f"merge.count.{k}": (f"{{n}} {one}", f"{{n}} {many}") for k, (one, many) in WORDS.items()}
    | {
        "merge.where": "“{title}”, paragraph {label}",
        "merge.where.unlabelled": "“{title}”, paragraph #{number}",
        "merge.where.id": "paragraph {id}",
        "merge.where.workspace": "the workspace",
        "merge.document": "“{title}”",
        "merge.tag_on": "“{tag}” on {where}",
        "merge.tag_on_passage": "“{tag}” on a passage of {where}",
        "merge.note_text_on": "“{text}” on {where}",
        "merge.link": "{where} → {recommendation}",
        "merge.reviewed_mark": "the reviewed mark of {where}",
        "merge.note_on": "a note on {where}",
        "merge.removed": "removed here on {when} by {who}",
        "merge.lacking": "on paragraphs this workspace does not have (their document is not here)",
        "merge.someone": "someone",
        "merge.unknown_time": "an unknown time",
        "merge.stamp": "{who}, {when}",
        "merge.note_kept": "“{text}” ({stamp})",
        "merge.note_other": "“{text}” ({stamp}): kept beside it as a note of its own",
        "merge.link_kept": "{status} ({stamp})",
        "merge.link_other": "{status} ({stamp}): earlier, kept in the history",
        "merge.status.suggested": "suggested",
        "merge.status.confirmed": "confirmed",
        "merge.status.rejected": "rejected",
    }
)


def counted(n: int, kind: str) -> str:
    """ "3 tagged paragraphs" (a fact: the window says it in its language)."""
    if kind in WORDS:
        return fact(f"merge.count.{kind}", n=n)
    return f"{n} {kind}"


def status_word(status: str) -> str:
    """A link's status as a report says it."""
    key = f"merge.status.{status}"
    return fact(key) if key in FACTS else status


@dataclass(frozen=True)
class MergeConflict:
    """Both copies changed the same row.  Nothing is lost: ``kept`` is what this
    workspace holds now, ``other`` the other text or decision and where it was kept
    (a note beside, the history)."""

    kind: str  # one of KINDS
    what: str  # which row, as a person reads it (each a ``Fact``: said again in a language)
    kept: str
    other: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "what": self.what,
            "kept": self.kept,
            "other": self.other,
            "facts": {"what": as_data(self.what), "kept": as_data(self.kept),
                      "other": as_data(self.other)},
        }  # fmt: skip


@dataclass(frozen=True)
class Skipped:
    """What the other copy holds and the merge did not bring in, and why (removed here
    after the other copy had it; on a paragraph this workspace does not have)."""

    kind: str
    what: str
    why: str

    def as_dict(self) -> dict[str, Any]:
        return {
            "kind": self.kind,
            "what": self.what,
            "why": self.why,
            "facts": {"what": as_data(self.what), "why": as_data(self.why)},
        }


@dataclass
class MergeReport:
    source: str  # the other copy (a path, or a URL without its password)
    target: str  # this workspace
    added: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    updated: dict[str, int] = field(default_factory=lambda: dict.fromkeys(KINDS, 0))
    conflicts: list[MergeConflict] = field(default_factory=list)
    skipped: list[Skipped] = field(default_factory=list)
    backup: Path | None = None  # a file's copy made before the merge

    @property
    def conflict_counts(self) -> dict[str, int]:
        counts = dict.fromkeys(KINDS, 0)
        for c in self.conflicts:
            counts[c.kind] = counts.get(c.kind, 0) + 1
        return counts

    def counts(self, kind: str) -> tuple[int, int, int]:
        """(added, updated, conflicts) of one kind."""
        return self.added[kind], self.updated[kind], self.conflict_counts[kind]

    @property
    def changed(self) -> bool:
        """Whether the merge changed this workspace at all."""
        return any(self.added.values()) or any(self.updated.values()) or bool(self.conflicts)

    def summary(self) -> str:
        """One sentence: "2 documents, 5 notes added; 1 link updated; 1 conflict"."""
        parts = []
        for what, counts in (("added", self.added), ("updated", self.updated)):
            said = [counted(n, k) for k, n in counts.items() if n and k != "history"]
            if said:
                parts.append(", ".join(said) + f" {what}")
        if self.conflicts:
            n = len(self.conflicts)
            parts.append(f"{n} conflict{'s' if n > 1 else ''} (both texts kept)")
        if self.added["history"] and not parts:
            parts.append(counted(self.added["history"], "history") + " added")
        return "; ".join(parts) or "nothing new: this workspace already had all of it"

    def as_dict(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "target": self.target,
            "changed": self.changed,
            "added": dict(self.added),
            "updated": dict(self.updated),
            "conflict_counts": self.conflict_counts,
            "conflicts": [c.as_dict() for c in self.conflicts],
            "skipped": [s.as_dict() for s in self.skipped],
            "summary": self.summary(),
            "backup": str(self.backup) if self.backup else None,
        }
