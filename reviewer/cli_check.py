"""``check FILE_OR_ID``: a draft submission against OHCHR's guidelines and the registry.

An integer naming a document of the workspace checks that document; anything else is
a file, parsed and checked without being stored.  ``--out report.docx`` writes the
findings as a Word report, ``--annotate OUT.docx`` a copy of a Word draft with each
finding as a comment on its paragraph.  ``--dismiss KEY [--note TEXT]`` and
``--restore KEY`` keep a finding apart for a stored document, or bring it back.

Exit status: 0 when no finding is left (dismissed ones do not count), 1 when some
are (or a file or an operation failed), 2 bad usage, so a coalition can run it in a
script.  JSON keys are a public interface: add, never rename.
"""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from reviewer.cli_choices import (
    CHECK_RULES,
    GUIDELINES,
    INDIVIDUAL_WORD_LIMIT,
    JOINT_WORD_LIMIT,
    LANGUAGE_HELP,
    LANGUAGES,
)

if TYPE_CHECKING:
    from reviewer.workspace import CheckReport


def _encoding(name: str) -> str:
    from reviewer.workspace import check_encoding

    try:
        return check_encoding(name)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _positive(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if n < 1:
        raise argparse.ArgumentTypeError("the word limit must be at least 1")
    return n


def add_check_parser(sub) -> None:
    s = sub.add_parser(
        "check",
        help="check a draft submission: citations against the registry, the form "
        "against OHCHR's guidelines, the previous review's recommendations it leaves out",
        description="Check a draft (a file, or a document of the workspace by its id). "
        f"The form rules and their defaults follow {GUIDELINES}. Exit status 0 when no "
        "finding is left, 1 otherwise.",
    )
    s.add_argument("target", metavar="FILE_OR_ID", help="a file, or a document id")
    s.add_argument("--out", metavar="REPORT.docx", help="write the findings as a Word report")
    s.add_argument(
        "--annotate",
        metavar="OUT.docx",
        help="write a copy of the Word draft with each finding as a comment on its paragraph",
    )
    s.add_argument(
        "--word-limit",
        type=_positive,
        metavar="N",
        dest="word_limit",
        help=f"the word limit (default: {INDIVIDUAL_WORD_LIMIT:,} for an individual "
        f"submission, {JOINT_WORD_LIMIT:,} for a joint one, per {GUIDELINES})",
    )
    s.add_argument(
        "--joint", action="store_true", help=f"a joint submission ({JOINT_WORD_LIMIT:,} words)"
    )
    s.add_argument(
        "--count-footnotes",
        action="store_true",
        dest="count_footnotes",
        help="count footnotes and endnotes in the words (the guidelines do not)",
    )
    s.add_argument(
        "--skip",
        action="append",
        choices=list(CHECK_RULES),
        metavar="RULE",
        help="a rule not to run (repeatable): " + ", ".join(CHECK_RULES),
    )
    s.add_argument("--encoding", type=_encoding, metavar="NAME", help="a text draft's encoding")
    s.add_argument(
        "--language",
        choices=LANGUAGES,
        default="en",
        help="the language of --out's report and --annotate's comments: "
        + LANGUAGE_HELP.split(": ", 1)[1],
    )
    g = s.add_mutually_exclusive_group()
    g.add_argument("--dismiss", metavar="KEY", help="dismiss a finding of a stored document")
    g.add_argument("--restore", metavar="KEY", help="bring a dismissed finding back")
    s.add_argument("--note", metavar="TEXT", help="why the finding is dismissed (with --dismiss)")


def cmd_check(ws, args, out) -> int:
    from reviewer.workspace import CheckSettings

    if args.note is not None and args.dismiss is None:
        out.error("--note goes with --dismiss KEY")
        return 2
    settings = CheckSettings(
        word_limit=args.word_limit,
        joint=args.joint,
        count_footnotes=args.count_footnotes,
        skip=frozenset(args.skip or ()),
    )
    document_id = _document_id(ws, args.target)
    path = Path(args.target)
    if document_id is None:
        if args.dismiss or args.restore:
            out.error(
                f"{args.target}: findings are dismissed for a document of the workspace; "
                "import the draft and give its document id"
            )
            return 2
        if not path.exists() and args.target.strip().isdigit():
            out.error(f"no document with id {args.target} in the workspace, and no such file")
            return 1
    elif args.annotate:
        out.error(
            "--annotate needs the draft's Word file: give its path (the workspace keeps "
            "the document's text, not the file)"
        )
        return 2

    def run() -> CheckReport:
        if document_id is not None:
            return ws.check_document(document_id, settings)
        return ws.check_file(path, settings, encoding=args.encoding)

    report = run()
    if document_id is not None and (args.dismiss or args.restore):
        status = _dismiss_or_restore(ws, args, out, report, document_id)
        if status:
            return status
        report = run()
    if args.annotate and report.format != "docx":
        out.error(
            f"{args.target}: --annotate writes comments into a Word (.docx) draft; this one "
            f"is {report.format.upper()} (use --out report.docx for the findings)"
        )
        return 2
    data = report.as_dict()
    from reviewer.export import annotate_draft, export_check_report

    if args.out:
        data["out"] = export_check_report(
            report, args.out, author=ws.author, language=args.language
        ).as_dict()
    if args.annotate:
        data["annotated"] = annotate_draft(
            report, path, args.annotate, language=args.language
        ).as_dict()
    out.emit(data, lambda: _human(report, data))
    return 0 if report.clean else 1


def _document_id(ws, target: str) -> int | None:
    text = target.strip()
    if not text.isdigit():
        return None
    n = int(text)
    return n if ws.get_document(n) is not None else None


def _dismiss_or_restore(ws, args, out, report: CheckReport, document_id: int) -> int:
    key = (args.dismiss or args.restore).strip()
    if args.dismiss:
        known = {f.key for f in (*report.findings, *report.dismissed)}
        if key not in known:
            out.error(f"no finding {key!r} in this draft's check (the keys are listed with --json)")
            return 1
        ws.dismiss_finding(document_id, key, args.note)
        out.note(f"dismissed {key} for document {document_id}")
        return 0
    if ws.restore_finding(document_id, key) is None:
        out.error(f"{key!r} was not dismissed for document {document_id}")
        return 1
    out.note(f"restored {key} for document {document_id}")
    return 0


def _human(report: CheckReport, data: dict) -> str:
    where = f"document {report.document_id}" if report.document_id else report.file
    kind = "joint" if report.settings.joint else "individual"
    lines = [
        f"{report.title} ({where})",
        f"review {report.review or 'not known'} · {report.words:,} words of "
        f"{report.word_limit:,} ({kind} submission)",
    ]
    for f in report.findings:
        place = (
            f"¶ {f.label}"
            if f.label
            else (f"para {f.paragraph_index + 1}" if f.paragraph_index is not None else "document")
        )
        lines.append(f"{place:<10} {f.severity:<7} {f.message}")
        lines.append(f"{'':<18} fix: {f.fix}")
        lines.append(f"{'':<18} key: {f.key}")
    lines.append(
        f"{len(report.findings)} finding{'s' if len(report.findings) != 1 else ''} left, "
        f"{len(report.dismissed)} dismissed"
    )
    for note in report.notes:
        lines.append(f"note: {note}")
    for what in ("out", "annotated"):
        if what in data:
            lines.append(f"wrote {data[what]['file']}")
    return "\n".join(lines)
