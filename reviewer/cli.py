"""``python -m reviewer`` / ``upr-reviewer-cli``: the workspace from a terminal or a script.

A public interface: command names and JSON keys are only ever added to.  With
``--json`` stdout carries JSON only.  Exit status: 0 success, 1 a file or an
operation failed, 2 bad usage.  Errors are one line naming the file and the
reason; no traceback reaches the user.
"""

from __future__ import annotations

import argparse
import gc
import os
import sys

from reviewer import __version__
from reviewer.cli_choices import POSITIONS
from reviewer.cli_output import PROG, Output, open_workspace


class UsageError(Exception):
    pass


class _Parser(argparse.ArgumentParser):
    def error(self, message: str):  # one line, exit 2
        raise UsageError(f"{self.prog}: {message} (see --help)")


def build_parser() -> argparse.ArgumentParser:
    """The whole command line, built without importing the workspace: ``--help`` and
    bad usage are answered at once (the cli_* modules import the core in their
    commands only, and the parser's choices come from ``reviewer.cli_choices``)."""
    p = _Parser(prog=PROG, description="UPR Reviewer workspace from the command line.")
    p.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    p.add_argument(
        "--workspace",
        "-w",
        help="workspace file (default: $UPR_REVIEWER_WORKSPACE or the user data folder)",
    )
    p.add_argument("--data-dir", help="folder for the default workspace and settings")
    p.add_argument("--author", help="name recorded on links, tags and notes ($UPR_REVIEWER_AUTHOR)")
    p.add_argument("--json", action="store_true", help="print JSON only")
    sub = p.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    sub.required = True

    s = sub.add_parser(
        "import",
        help="import submissions and UN documents (a file that is a new version of a "
        "document already there becomes its next version)",
    )
    s.add_argument("files", nargs="+", metavar="FILE")
    g = s.add_mutually_exclusive_group()
    g.add_argument(
        "--as-version-of",
        type=int,
        metavar="ID",
        dest="as_version_of",
        help="import FILE as the next version of document ID",
    )
    g.add_argument(
        "--as-new-document",
        action="store_true",
        dest="new_document",
        help="a document of its own, whatever document it resembles",
    )

    def encoding(name: str) -> str:
        from reviewer.workspace import check_encoding

        try:
            return check_encoding(name)
        except ValueError as exc:
            raise argparse.ArgumentTypeError(str(exc)) from None

    s.add_argument(
        "--skip-same-text",
        action="store_true",
        dest="skip_same_text",
        help="skip a file holding the text of a document already there in another format "
        "(or a copy under another name): by default it is imported as a document of its "
        "own, never as a new version of that one, with a warning naming the document",
    )
    s.add_argument(
        "--encoding",
        type=encoding,
        metavar="NAME",
        help="the text encoding of the text/CSV files (gb18030, big5, shift_jis, euc-kr, "
        "windows-1252, windows-1251, koi8-r, windows-1256, utf-16 …), when it cannot be "
        "recognised with certainty (the error then lists the plausible ones); an unknown "
        "name is bad usage (exit 2)",
    )

    s = sub.add_parser("documents", help="list the documents")
    s.add_argument("--review", metavar="REVIEW", help="only this review's, e.g. CHN-4")
    from reviewer.cli_documents import DOCUMENT_HELP, DOCUMENT_USAGE, add_document_parsers

    s = sub.add_parser(
        "document", help=DOCUMENT_HELP, usage=DOCUMENT_USAGE, description=DOCUMENT_HELP
    )
    s.add_argument("id", type=int)
    s.add_argument(
        "--version", type=int, metavar="V", dest="doc_version", help="an earlier version"
    )
    s = sub.add_parser("set-report", help="name the report a document's short numbers refer to")
    s.add_argument("--document", type=int, required=True, dest="document_id")
    s.add_argument("symbol", help="report symbol, e.g. A/HRC/28/15 ('-' to clear)")

    s = sub.add_parser("recommendations", help="the recommendation registry")
    s.add_argument("--symbol")
    s.add_argument("--state", help="recommending State")
    s.add_argument("--position", choices=list(POSITIONS))
    s.add_argument("--theme", help="theme code (A12) or words of its name")
    s.add_argument("--text", help="words the recommendation text contains")
    s.add_argument("--review", metavar="REVIEW", help="only those made in this review, e.g. CHN-3")
    s.add_argument(
        "--responds-to",
        metavar="REVIEW",
        dest="responds_to",
        help="only those this review's documents respond to (CHN-4: CHN-3's)",
    )
    g = s.add_mutually_exclusive_group()
    g.add_argument("--cited", action="store_true", help="only those some paragraph cites")
    g.add_argument("--uncited", action="store_true", help="only those no paragraph cites")

    s = sub.add_parser("recommendation", help="one recommendation and every paragraph citing it")
    s.add_argument("symbol")
    s.add_argument("number")

    s = sub.add_parser(
        "predecessors",
        help="a recommendation's likely predecessors in the State's earlier cycles: "
        "list, confirm, reject, reset, or suggest them for a review",
    )
    psub = s.add_subparsers(dest="action", metavar="ACTION", parser_class=_Parser)
    psub.required = True
    t = psub.add_parser("list", help="a recommendation's predecessors")
    t.add_argument("symbol")
    t.add_argument("number")
    for action in ("confirm", "reject", "reset"):
        t = psub.add_parser(action, help=f"{action} a predecessor, by the id 'list' shows")
        t.add_argument("id", type=int)
    t = psub.add_parser("suggest", help="suggest predecessors for a review's recommendations")
    t.add_argument("review", metavar="REVIEW")

    s = sub.add_parser("search", help="full-text search over paragraphs")
    s.add_argument("query")
    s.add_argument("--limit", type=int, default=50)
    s.add_argument("--document", type=int, dest="document_id")
    s.add_argument("--review", metavar="REVIEW", help="only this review's documents")

    sub.add_parser("reviews", help="the reviews (State × cycle) the workspace holds")
    s = sub.add_parser("review", help="a document's review: set it by hand, or read short numbers")
    rsub = s.add_subparsers(dest="review_action", metavar="ACTION", parser_class=_Parser)
    rsub.required = True
    t = rsub.add_parser("set", help="put a document in a review, e.g. CHN-4 ('-': in none)")
    t.add_argument("--document", type=int, required=True, dest="document_id")
    t.add_argument("review", metavar="REVIEW")
    t = rsub.add_parser(
        "reading",
        help="how a document's short numbers read when its report numbers them under "
        "several paragraphs: a paragraph (122), 'running', or '-' to clear",
    )
    t.add_argument("--document", type=int, required=True, dest="document_id")
    t.add_argument("reading", metavar="READING")
    t = rsub.add_parser("show", help="a document's review and its short numbers")
    t.add_argument("--document", type=int, required=True, dest="document_id")
    s = sub.add_parser(
        "numbering",
        help="the orders a document's short numbers may follow, with the evidence of "
        "its sections' subjects; --accept N reads them through candidate N",
    )
    s.add_argument("--document", type=int, required=True, dest="document_id")
    s.add_argument("--accept", type=int, metavar="N", help="accept candidate N (as listed)")

    s = sub.add_parser(
        "link",
        help="link a paragraph to a recommendation by hand (SYMBOL NUMBER), or accept or "
        "reject a suggested one (accept|reject SYMBOL NUMBER)",
        usage=f"{PROG} link [accept|reject] --paragraph ID SYMBOL NUMBER",
    )
    s.add_argument("--paragraph", type=int, required=True)
    s.add_argument("words", nargs="+", metavar="[accept|reject] SYMBOL NUMBER")

    s = sub.add_parser(
        "tag", help="tags: add, remove, list; rename, merge, delete, colour, key, group"
    )
    tsub = s.add_subparsers(dest="action", metavar="ACTION", parser_class=_Parser)
    tsub.required = True
    for action in ("add", "remove"):
        t = tsub.add_parser(action, help=f"{action} a tag on a paragraph")
        t.add_argument("--paragraph", type=int, required=True)
        t.add_argument("name")
        _passage_options(t, "tag (or untag) only a passage")
    tsub.add_parser("list", help="every tag in order, with its key, group and counts")
    from reviewer.cli_tags import add_tag_actions

    add_tag_actions(tsub)

    s = sub.add_parser("note", help="notes: add, list, edit")
    nsub = s.add_subparsers(dest="action", metavar="ACTION", parser_class=_Parser)
    nsub.required = True
    t = nsub.add_parser("add")
    t.add_argument("--paragraph", type=int, required=True)
    t.add_argument("text")
    _passage_options(t, "note on a passage only")
    t = nsub.add_parser("list")
    t.add_argument("--paragraph", type=int)
    from reviewer.cli_history import add_history_parser, add_note_edit_parser

    add_note_edit_parser(nsub)
    add_history_parser(sub)

    from reviewer.cli_backup import add_backup_parser
    from reviewer.cli_check import add_check_parser
    from reviewer.cli_coverage import add_coverage_parser
    from reviewer.cli_export import add_export_parser
    from reviewer.cli_suggest import add_suggest_parser
    from reviewer.cli_team import add_team_parser
    from reviewer.cli_transfer import add_transfer_parsers
    from reviewer.cli_versions import add_versions_parser
    from reviewer.cli_watch import add_watch_parser

    add_document_parsers(sub)
    add_export_parser(sub)
    add_backup_parser(sub)
    add_coverage_parser(sub)
    add_suggest_parser(sub)
    add_versions_parser(sub)
    add_check_parser(sub)
    add_watch_parser(sub)
    add_transfer_parsers(sub)
    add_team_parser(sub)
    return p


def _passage_options(parser: argparse.ArgumentParser, what: str) -> None:
    """--start S --end E: a passage of the paragraph (its characters S to E, counted in
    Unicode code points from 0, as ``document ID --json`` gives the text)."""
    for name, where in (("start", "first"), ("end", "one past the last")):
        parser.add_argument(
            f"--{name}",
            type=int,
            metavar=name[0].upper(),
            help=f"{what}: the offset of its {where} character in the "
            "paragraph's text (code points from 0; give --start and --end together)",
        )


def _extract_json_flag(argv: list[str]) -> tuple[list[str], bool]:
    """Accept ``--json`` anywhere, as the issue's examples put it last."""
    if "--" in argv:
        i = argv.index("--")
        head, tail = argv[:i], argv[i:]
    else:
        head, tail = argv, []
    found = "--json" in head
    return [a for a in head if a != "--json"] + tail, found


def _link_action_first(argv: list[str]) -> list[str]:
    """``link accept --paragraph 5 SYMBOL NUMBER``: argparse reads one run of
    positionals, so the action word joins SYMBOL NUMBER after the options."""
    if "link" not in argv:
        return argv
    i = argv.index("link")
    if i + 1 >= len(argv) or argv[i + 1] not in ("accept", "reject"):
        return argv
    action, rest = argv[i + 1], argv[: i + 1] + argv[i + 2 :]
    j = i + 1
    while j < len(rest) and rest[j].startswith("-"):
        j += 1 if "=" in rest[j] else 2
    return rest[:j] + [action] + rest[j:]


def _document_action_first(argv: list[str]) -> list[str]:
    """``document remove ID``, ``rename``, ``edit``: commands of their own, so that
    ``document ID`` reads as it always did."""
    from reviewer.cli_documents import action_first

    return action_first(argv, ("--workspace", "-w", "--data-dir", "--author"))


def main(argv: list[str] | None = None) -> int:
    # Opening a workspace imports a few hundred modules that live until the end and
    # make little garbage: the collector waits until they are in (``run``).
    was_on = gc.isenabled()
    gc.disable()
    try:
        return _main(argv, was_on)
    finally:
        if was_on:
            gc.enable()


def _main(argv: list[str] | None, collector: bool = True) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    argv, as_json = _extract_json_flag(argv)
    argv = _link_action_first(argv)
    argv = _document_action_first(argv)
    try:
        args = build_parser().parse_args(argv)
    except UsageError as exc:
        print(str(exc), file=sys.stderr)
        return 2
    args.json = as_json or args.json
    out = Output(args.json)
    try:
        return run(args, out, collector)
    except KeyboardInterrupt:
        out.error("interrupted")
        return 1
    except BrokenPipeError:  # output piped into `head` and closed: not an error of ours
        try:
            sys.stdout = open(os.devnull, "w")  # noqa: SIM115 - silence the flush at exit
        except OSError:
            pass
        return 0
    except Exception as exc:  # every error a user can cause becomes one line
        from reviewer.workspace import ReviewerError

        if isinstance(exc, ReviewerError | OSError):
            out.error(str(exc))
            return 1
        out.error(f"unexpected error: {type(exc).__name__}: {exc}")
        return 1


def run(args, out: Output, collector: bool = True) -> int:
    """Run a parsed command; ``collector``: turn the garbage collector back on once the
    workspace is open (``main`` holds it off while the modules are imported)."""
    from reviewer.cli_commands import COMMANDS, OWN_OPENING
    from reviewer.cli_team import check_role

    if args.command in OWN_OPENING:  # opens what it needs itself (team init: the schema)
        if collector:
            gc.enable()
        return OWN_OPENING[args.command](args, out) or 0
    with open_workspace(args) as ws:
        if collector:
            gc.enable()  # the command's own garbage (an import's, say) is collected as usual
        if ws.notice:
            out.note(ws.notice)
        if ws.backup_path:
            out.note(f"upgraded; the previous copy is {ws.backup_path}")
        check_role(ws, args)  # a reader is told before any work, not at the first write
        handler = COMMANDS[args.command]
        return handler(ws, args, out) or 0
