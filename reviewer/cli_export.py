"""``export brief``: a Word brief for a meeting, from the command line.

Lives apart from ``cli.py`` so export options grow here; ``cli.py`` only wires
``add_export_parser`` and ``cmd_export`` in.
"""

from __future__ import annotations

import os
from pathlib import Path

from reviewer.cli_choices import GROUPINGS, LANGUAGE_HELP, LANGUAGES, ONLY, PAPERS, POSITIONS

REVIEWER_ENV = "UPR_REVIEWER_NAME"  # the reviewer a brief names
AUTHOR_ENV = "UPR_REVIEWER_AUTHOR"  # who actions are recorded as (reviewer.workspace)


def add_export_parser(subparsers) -> None:
    s = subparsers.add_parser("export", help="write a Word brief for a meeting")
    esub = s.add_subparsers(dest="what", metavar="WHAT", parser_class=type(s))
    esub.required = True
    b = esub.add_parser(
        "brief",
        help="a Word brief: paragraphs with their recommendations, tags and notes",
        description="Write a Word (.docx) brief. Filters by symbol, theme and position "
        "choose which recommendations appear; --only chooses which paragraphs do.",
    )
    b.add_argument("--out", required=True, metavar="FILE.docx", help="the brief to write")
    b.add_argument(
        "--group-by",
        choices=GROUPINGS,
        default="document",
        help="document (default): each paragraph with its recommendations; recommendation: "
        "what every submission says about each one; tag: paragraphs under each tag",
    )
    b.add_argument(
        "--only",
        choices=ONLY,
        help="only paragraphs that are tagged, noted or linked; annotated: any of the three",
    )
    b.add_argument(
        "--comments", action="store_true", help="notes as Word comments (default: as text)"
    )
    b.add_argument(
        "--no-suggestions",
        action="store_true",
        help="leave out links accepted from the suggestions (default: in, marked as such)",
    )
    b.add_argument("--document", type=int, dest="document_id", help="only this document")
    b.add_argument("--symbol", help="only recommendations of this report, e.g. A/HRC/40/6")
    b.add_argument(
        "--review",
        metavar="REVIEW",
        help="only this review's documents and the recommendations they respond to or "
        "it made, e.g. CHN-4",
    )
    b.add_argument("--theme", help="only recommendations with this theme code or name")
    b.add_argument("--position", choices=POSITIONS, help="only recommendations in this position")
    b.add_argument("--title", help="title on the first page and in the document properties")
    b.add_argument(
        "--reviewer",
        metavar="NAME",
        help=f"the reviewer the brief names (default: ${REVIEWER_ENV}, else --author or "
        f"${AUTHOR_ENV} when given; with none of them the brief names no reviewer)",
    )
    b.add_argument("--paper", choices=PAPERS, default="A4", help="page size (default A4)")
    b.add_argument("--language", choices=LANGUAGES, default="en", help=LANGUAGE_HELP)


def cmd_export(ws, args, out) -> int:
    from reviewer.export import BriefOptions, export_brief

    options = BriefOptions(
        group_by=args.group_by,
        only=args.only,
        comments=args.comments,
        accepted_suggestions=not args.no_suggestions,
        document_id=args.document_id,
        symbol=args.symbol,
        review=args.review,
        theme=args.theme,
        position=args.position,
        title=args.title,
        reviewer=brief_reviewer(args.reviewer, getattr(args, "author", None)),
        paper=args.paper,
        language=args.language,
    )
    summary = export_brief(ws, Path(args.out), options)
    data = summary.as_dict()

    def human() -> str:
        def n(count: int, word: str) -> str:
            return f"{count} {word}{'' if count == 1 else 's'}"

        parts = [
            n(data["paragraphs"], "paragraph"),
            n(data["recommendations"], "recommendation"),
            n(data["tags"], "tag"),
            n(data["notes"], "note"),
        ]
        if args.comments:
            parts[-1] += f" ({data['comments']} as comments)"
        pages = n(data["pages"], "page")
        return f"wrote {data['file']} (by {data['group_by']}, about {pages}): " + ", ".join(parts)

    out.emit(data, human)
    return 0


def brief_reviewer(reviewer: str | None, author: str | None) -> str | None:
    """The name a brief gives as its reviewer: ``--reviewer``, else $UPR_REVIEWER_NAME,
    else the name actions are recorded as when a person gave one (``--author`` or
    $UPR_REVIEWER_AUTHOR), else nobody.  Never the login name the workspace falls
    back on: a brief handed round a meeting should not say "Reviewer: root"."""
    for name in (reviewer, os.environ.get(REVIEWER_ENV), author, os.environ.get(AUTHOR_ENV)):
        name = " ".join((name or "").split())
        if name:
            return name
    return None
