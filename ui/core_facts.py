"""What the core says in English, said again in the window's language.

The core tells some things as a ``Fact`` (``reviewer.words.facts``): English text
that keeps its key and arguments: a merge's conflicts and what it left out, why a
reading of the short numbers is proposed (or none is), the evidence for each, why a
document was placed in its review.  Here each key has the window's own template,
marked for translation; ``said(value)`` writes the sentence with ``tr()`` (a
``Fact`` among its arguments said the same way), and anything else, or a key this
table lacks, as it is.  The templates name the same arguments as the core's English
(``tests/ui/test_core_facts.py`` keeps the two tables in step); ``{x:ordinal}`` is
"3rd" in English and the plain number in another language, whose translation keeps
the placeholder and adds its own mark ("{x:ordinal}e", "第{x:ordinal}"); the counts
of a merge's rows are Qt's plural forms ("%n tagged paragraph(s)", ``_counted``).
"""

from __future__ import annotations

import string
from typing import Any

from PySide6.QtCore import QT_TR_NOOP

from reviewer.workspace import Fact, english_ordinal, review_reason_fact
from ui import i18n
from ui.i18n import tr

COUNTED = "merge.count."  # + a kind: "%n tagged paragraph(s)" (``_counted``)
MERGE = {
    "merge.where": QT_TR_NOOP("“{title}”, paragraph {label}"),
    "merge.where.unlabelled": QT_TR_NOOP("“{title}”, paragraph #{number}"),
    "merge.where.id": QT_TR_NOOP("paragraph {id}"),
    "merge.where.workspace": QT_TR_NOOP("the workspace"),
    "merge.document": QT_TR_NOOP("“{title}”"),
    "merge.tag_on": QT_TR_NOOP("“{tag}” on {where}"),
    "merge.tag_on_passage": QT_TR_NOOP("“{tag}” on a passage of {where}"),
    "merge.note_text_on": QT_TR_NOOP("“{text}” on {where}"),
    "merge.link": QT_TR_NOOP("{where} → {recommendation}"),
    "merge.reviewed_mark": QT_TR_NOOP("the reviewed mark of {where}"),
    "merge.note_on": QT_TR_NOOP("a note on {where}"),
    "merge.removed": QT_TR_NOOP("removed here on {when} by {who}"),
    "merge.lacking": QT_TR_NOOP(
        "on paragraphs this workspace does not have (their document is not here)"
    ),
    "merge.someone": QT_TR_NOOP("someone"),
    "merge.unknown_time": QT_TR_NOOP("an unknown time"),
    "merge.stamp": QT_TR_NOOP("{who}, {when}"),
    "merge.note_kept": QT_TR_NOOP("“{text}” ({stamp})"),
    "merge.note_other": QT_TR_NOOP("“{text}” ({stamp}): kept beside it as a note of its own"),
    "merge.link_kept": QT_TR_NOOP("{status} ({stamp})"),
    "merge.link_other": QT_TR_NOOP("{status} ({stamp}): earlier, kept in the history"),
    "merge.status.suggested": QT_TR_NOOP("suggested"),
    "merge.status.confirmed": QT_TR_NOOP("confirmed"),
    "merge.status.rejected": QT_TR_NOOP("rejected"),
}
READINGS = {
    "reading.thematic": QT_TR_NOOP("Thematic list order"),
    "reading.responses": QT_TR_NOOP("Order of the State's responses"),
    "reading.states": QT_TR_NOOP("By recommending State (as UPR Info lists them)"),
    "reading.under": QT_TR_NOOP("Under {paragraph}"),
    "reading.under_span": QT_TR_NOOP("Under {paragraph} ({first}–{last})"),
    "reading.across": QT_TR_NOOP("Running order across {paragraphs}"),
    "reading.printed": QT_TR_NOOP("Printed order"),
    "reading.reversed_two": QT_TR_NOOP("Running order, {paragraph} first"),
    "reading.reversed": QT_TR_NOOP("Running order from {paragraphs}"),
    "reading.span": QT_TR_NOOP("{label} (1–{count})"),
    "reading.shifted": QT_TR_NOOP("{label}, shifted by {offset}"),
    "short.not_in_registry": QT_TR_NOOP(
        "{report} is not in the registry yet; import its Working Group report or thematic "
        "list and these numbers resolve"
    ),
    "short.wait": QT_TR_NOOP(
        "{report} numbers its recommendations under {paragraphs}; which does recommendation "
        "{example} mean? The numbers wait for a reading: `numbering` proposes one from the "
        "subjects of the sections citing them, or choose one"
    ),
    "short.two": QT_TR_NOOP("{first} and {second}"),
    "report.named": QT_TR_NOOP("named in the document"),
    "report.previous_missing": QT_TR_NOOP(
        "the previous review, {review}, whose report is not in the workspace yet"
    ),
    "report.previous": QT_TR_NOOP("the report of the previous review, {review}"),
    "short.read_against": QT_TR_NOOP("They are read against {where}."),
    "short.name": QT_TR_NOOP(
        "Name the report they refer to (set-report), or place the document in its review"
    ),
    "short.confirm_first": QT_TR_NOOP(
        "Confirm the document's review first: its short numbers are read against the "
        "previous review's report"
    ),
    "short.unresolved": QT_TR_NOOP("{count} of them name no recommendation of {report}: {numbers}"),
}
NUMBERING = {
    "numbering.read_against": QT_TR_NOOP("Its short numbers are read against {where}"),
    "numbering.name_report": QT_TR_NOOP(
        "Name the report its short numbers refer to (set-report), or place the document in "
        "its review"
    ),
    "numbering.not_in_registry": QT_TR_NOOP("{report} is not in the registry yet"),
    "numbering.no_citations": QT_TR_NOOP("The document cites no short numbers"),
    "numbering.section": QT_TR_NOOP(
        "under '{section}' {landed} of {total} numbers land on {about} with this order"
    ),
    "numbering.about": QT_TR_NOOP("recommendations about {subject}"),
    "numbering.its_subject": QT_TR_NOOP("its subject"),
    "numbering.subject_two": QT_TR_NOOP("{first} and {second}"),
    "numbering.section_printed": QT_TR_NOOP("{line}, {printed} of {total} with the printed order"),
    "numbering.section_missing": QT_TR_NOOP(
        "{line}; {missing} name no recommendation in this order"
    ),
    "numbering.nothing": QT_TR_NOOP("No short numbers to read, or no recommendations to read them"),
    "numbering.no_order": QT_TR_NOOP("No order gives these numbers any recommendation"),
    "numbering.best": QT_TR_NOOP(
        "{label}: {landed} of {total} numbers land on recommendations about the subjects of "
        "the sections citing them"
    ),
    "numbering.best_printed": QT_TR_NOOP("{said} (the printed order: {printed})"),
    "numbering.best_next": QT_TR_NOOP("{said}; the next best, {label}: {landed}"),
    "numbering.no_fit": QT_TR_NOOP(
        "No order fits. The best, {said}; choose a reading by hand, or leave the numbers unlinked"
    ),
    "numbering.tie": QT_TR_NOOP(
        "No order fits better than the others: {best} and {next} both land {landed} of "
        "{total} numbers on their sections' subjects; choose one"
    ),
}
REVIEWS = {
    "review.unsure": QT_TR_NOOP("unsure: {doubts}"),
    "review.three": QT_TR_NOOP("{first}; {second}; {third}"),
    "review.pair": QT_TR_NOOP("{first}; {second}"),
    "review.wg6_unknown": QT_TR_NOOP(
        "{symbol} names Working Group session {session}, of no known cycle"
    ),
    "review.wg6": QT_TR_NOOP("its symbol {symbol}: {state}, Working Group session {session}"),
    "review.no_state": QT_TR_NOOP("it does not name the State under review"),
    "review.no_cycle": QT_TR_NOOP("it names {state} but no session or cycle"),
    "review.registry_report": QT_TR_NOOP("{report}, the review of {state} ({cycle:ordinal} cycle)"),
    "review.registry": QT_TR_NOOP("the review of {state} ({cycle:ordinal} cycle)"),
    "review.cites_state": QT_TR_NOOP("it cites {state}'s recommendations"),
    "review.cites_but_names": QT_TR_NOOP(
        "it cites {state}'s recommendations but names {other} most"
    ),
    "review.names_most": QT_TR_NOOP("it names {state} most ({count} times)"),
    "review.several_states": QT_TR_NOOP("it cites the recommendations of several States"),
    "review.names_few": QT_TR_NOOP("it names {state} only {count} times among others"),
    "review.names_none": QT_TR_NOOP("it names no State"),
    "review.cites_cycle": QT_TR_NOOP("it cites {symbols} ({cycle:ordinal} cycle)"),
    "review.two_cycles": QT_TR_NOOP(
        "it cites recommendations of the {first:ordinal} and {second:ordinal} cycles"
    ),
    "review.cycles": QT_TR_NOOP("it cites recommendations of the {cycles} cycles"),
    "review.says_cycle": QT_TR_NOOP("it says it is for the {cycle:ordinal} cycle"),
    "review.no_cycle_named": QT_TR_NOOP("it cites no recommendations and names no cycle"),
    "review.nothing": QT_TR_NOOP("nothing tells its review"),
    "review.chosen_by": QT_TR_NOOP("chosen by {who}"),
}
SUGGEST = {
    "suggest.not_for_kind": QT_TR_NOOP(
        "“{title}” is a {kind}: suggestions are made for submissions, national reports "
        "and summaries"
    ),
    "suggest.kind.submission": QT_TR_NOOP("submission"),
    "suggest.kind.wg_report": QT_TR_NOOP("Working Group report"),
    "suggest.kind.responses": QT_TR_NOOP("State's responses"),
    "suggest.kind.thematic_list": QT_TR_NOOP("thematic list"),
    "suggest.kind.national_report": QT_TR_NOOP("national report"),
    "suggest.kind.summary": QT_TR_NOOP("summary"),
    "suggest.kind.other": QT_TR_NOOP("document of another kind"),
    "suggest.no_review": QT_TR_NOOP(
        "the document is in no review: place it in its review first (its review's "
        "previous cycle gives the recommendations)"
    ),
    "suggest.no_registry": QT_TR_NOOP(
        "the document is in review {code}, whose previous cycle's recommendations are not "
        "in the workspace: import that cycle's Working Group report or thematic list, or "
        "move the document to its review"
    ),
    "suggest.no_registry_uncertain": QT_TR_NOOP(
        "the document is in review {code} (placed there uncertainly), whose previous "
        "cycle's recommendations are not in the workspace: import that cycle's Working "
        "Group report or thematic list, or move the document to its review"
    ),
}
TEMPLATES: dict[str, str] = MERGE | READINGS | NUMBERING | REVIEWS | SUGGEST


def _counted(kind: str, n: int) -> str | None:
    """ "3 tagged paragraphs" in the window's language (the kinds a merge counts)."""
    said = {
        "reviews": lambda: tr("%n review(s)", "", n),
        "documents": lambda: tr("%n document(s)", "", n),
        "paragraphs": lambda: tr("%n paragraph(s)", "", n),
        "recommendations": lambda: tr("%n recommendation(s)", "", n),
        "recommendation_texts": lambda: tr("%n recommendation text(s)", "", n),
        "predecessors": lambda: tr("%n predecessor decision(s)", "", n),
        "dismissals": lambda: tr("%n dismissed finding(s)", "", n),
        "tags": lambda: tr("%n tag(s)", "", n),
        "paragraph_tags": lambda: tr("%n tagged paragraph(s)", "", n),
        "passage_tags": lambda: tr("%n tagged passage(s)", "", n),
        "notes": lambda: tr("%n note(s)", "", n),
        "links": lambda: tr("%n link(s)", "", n),
        "reviewed": lambda: tr("%n reviewed mark(s)", "", n),
        "history": lambda: tr("%n history entry(s)", "", n),
        "review reports": lambda: tr("%n review report(s)", "", n),
        "recommendation sources": lambda: tr("%n recommendation source(s)", "", n),
    }.get(kind)
    return said() if said is not None else None


class _Window(string.Formatter):
    def format_field(self, value: Any, format_spec: str) -> Any:
        if format_spec == "ordinal":
            n = int(value)
            return english_ordinal(n) if i18n.current() == i18n.ENGLISH else str(n)
        return super().format_field(value, format_spec)


_FORMAT = _Window()


def said(value: object) -> str:
    """``value`` in the window's language: a ``Fact`` written from its key and arguments
    with ``tr()``; anything else (a name, a text from a document, None: "") as it is."""
    if value is None:
        return ""
    if not isinstance(value, Fact):
        return str(value)
    args = value.arguments
    if value.key.startswith(COUNTED) and isinstance(args.get("n"), int):
        return _counted(value.key.removeprefix(COUNTED), args["n"]) or str(value)
    template = TEMPLATES.get(value.key)
    if template is None:
        return str(value)
    text = tr(template)
    try:
        return _FORMAT.format(
            text, **{k: said(v) if isinstance(v, Fact) else v for k, v in args.items()}
        )
    except (KeyError, IndexError, ValueError):  # a translation naming another argument
        return str(value)


def review_reason(text: str | None) -> str:
    """A document's stored review reason (English) in the window's language, when the
    words are the core's own; else as stored."""
    return said(review_reason_fact(text) or text)


# why an earlier cycle's recommendation is proposed as a predecessor, as the core
# stores it ("treaty: ICRMW; words: ratify, migrant; same State: Egypt":
# reviewer.reviews.continuity._reason): its parts said in the window's language
CONTINUITY_PARTS = {
    "treaty: ": QT_TR_NOOP("treaty: {items}"),
    "words: ": QT_TR_NOOP("words: {items}"),
    "same State: ": QT_TR_NOOP("same State: {items}"),
}


def continuity_reason(text: str | None) -> str:
    """A predecessor's stored reason in the window's language; a part the core did
    not write (another program's) as stored."""
    if not text:
        return ""
    said_parts = []
    for part in text.split("; "):
        prefix = next((p for p in CONTINUITY_PARTS if part.startswith(p)), None)
        if prefix is None:
            said_parts.append(part)
        else:
            said_parts.append(tr(CONTINUITY_PARTS[prefix]).format(items=part[len(prefix) :]))
    return "; ".join(said_parts)
