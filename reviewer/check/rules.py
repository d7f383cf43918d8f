"""Every rule over one draft: ``run_checks(draft, facts, settings)``."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from reviewer.check.citation_rules import (
    number_rule,
    position_rule,
    range_rule,
    state_rule,
    symbol_rule,
)
from reviewer.check.coverage import coverage_rule
from reviewer.check.form_rules import (
    annex_rule,
    keywords_rule,
    numbering_rule,
    organisation_rule,
    period_rule,
    words_rule,
)
from reviewer.check.model import RULE_ORDER, CheckSettings, Draft, Facts, Finding, Rule


def run_checks(draft: Draft, facts: Facts, settings: CheckSettings) -> list[Finding]:
    """The findings, each once (by key), ordered by paragraph (the whole document's
    first), then rule."""
    texts = {p.index: p.text for p in draft.paragraphs}
    cites = draft.citations
    runs: list[tuple[Rule, Iterable[Finding]]] = [
        (Rule.NUMBER, number_rule(cites, facts)),
        (Rule.SYMBOL, symbol_rule(cites, facts)),
        (Rule.STATE, state_rule(cites, facts, texts)),
        (Rule.POSITION, position_rule(cites, facts, texts)),
        (
            Rule.RANGE,
            range_rule(
                ((p.index, p.text, tuple(t for _, t in p.footnotes)) for p in draft.paragraphs),
                cites,
            ),
        ),
        (Rule.WORDS, words_rule(draft, settings)),
        (Rule.NUMBERING, numbering_rule(draft)),
        (Rule.KEYWORDS, keywords_rule(draft, settings)),
        (Rule.ORGANISATION, organisation_rule(draft)),
        (Rule.PERIOD, period_rule(draft, facts)),
        (Rule.ANNEX, annex_rule(draft)),
        (Rule.COVERAGE, coverage_rule(draft, facts, settings)),
    ]
    found: dict[str, Finding] = {}
    for rule, findings in runs:
        if not settings.runs(rule):
            continue
        for f in findings:
            found.setdefault(f.key, _placed(f, draft))
    return sorted(
        found.values(),
        key=lambda f: (
            -1 if f.paragraph_index is None else f.paragraph_index,
            RULE_ORDER[Rule(f.rule)],
            f.key,
        ),
    )


def _placed(f: Finding, draft: Draft) -> Finding:
    """The finding with its paragraph's stored id and printed label."""
    if f.paragraph_index is None or not 0 <= f.paragraph_index < len(draft.paragraphs):
        return replace(f, rule=str(f.rule), severity=str(f.severity), paragraph_index=None)
    p = draft.paragraphs[f.paragraph_index]
    return replace(f, rule=str(f.rule), severity=str(f.severity), paragraph_id=p.id, label=p.label)
