"""What became of a grantee, as their own words suggest it (issue 12).

`propose_outcome(text)` reads an end report's "what is next" or a follow-up's "where are you
now" and returns an `OutcomeProposal`: one of the outcome kinds (ai_safety_role, other_job,
further_study, independent_research, extension, other) and the phrase that suggested it, or
kind None when nothing says it. It is only ever a proposal: a person records the outcome.

Rules, English only: a phrase must say what they do ("joined Redwood Research", "took a
backend job", "starting a PhD", "continuing independent research", "would love another three
months"). A phrase negated or hedged in its clause ("not a safety role", "didn't get the
MATS place", "applied to Anthropic", "no extension needed") does not count. Where several
kinds are named, the first in `PRIORITY` wins: a safety role over a job, a job or a degree
over wishes. Pure: no I/O, no clock; bounded (`MAX_CHARS`).
"""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict

from parsers.bounds import first_lines
from parsers.quotes import visible_reply

__all__ = ["KINDS", "OutcomeProposal", "propose_outcome"]

KINDS = (
    "ai_safety_role",
    "other_job",
    "further_study",
    "independent_research",
    "extension",
    "other",
)
MAX_CHARS = 5000


class OutcomeProposal(BaseModel):
    model_config = ConfigDict(frozen=True)

    kind: str | None
    evidence: str = ""


_SAFETY_ORGS = (
    r"redwood(?:\s+research)?|anthropic|metr|arc\s+evals|alignment\s+research\s+center|"
    r"apollo\s+research|conjecture|far\s*\.?\s*ai|chai|miri|machine\s+intelligence\s+research|"
    r"(?:uk\s+|us\s+)?ai\s+s(?:afety|ecurity)\s+institute|aisi|epoch(?:\s+ai)?|govai|"
    r"center\s+for\s+ai\s+safety|cais|palisade|goodfire|timaeus|eleuther(?:ai)?|"
    r"safety\s+team|alignment\s+team|interpretability\s+team|superalignment"
)
_JOINED = (
    r"(?:joined|join(?:ing)?|(?:started|starting|start)\s+(?:at|with|work(?:ing)?\s+(?:at|for))|"
    r"(?:work|working|worked)\s+(?:at|for|on|with)|hired\s+by|accepted\s+(?:an?\s+)?(?:offer|"
    r"position|role|job)\s+(?:from|at|with)|(?:am|i'm|now)\s+(?:a|an)\b.{0,60}?\b(?:at|on|with))"
)

_RULES: list[tuple[str, re.Pattern[str]]] = [
    (
        "ai_safety_role",
        re.compile(
            rf"\b{_JOINED}\s+(?:the\s+)?(?:[\w-]+\s+){{0,3}}?(?:{_SAFETY_ORGS})\b"
            # "a research engineer role on an AI safety team", "a job at Anthropic"
            r"|\b(?:job|role|position|offer)\s+(?:at|with|on|in|from)\s+(?:the\s+|an?\s+)?"
            rf"(?:[\w-]+\s+){{0,3}}?(?:{_SAFETY_ORGS})\b"
            r"|\b(?:ai\s+)?(?:safety|alignment|interpretability)\s+(?:role|job|position|"
            r"researcher|engineer|scientist)\b"
        ),
    ),
    (
        "further_study",
        re.compile(
            r"\b(?:phd|ph\.d\.?|doctorate|doctoral|master'?s|msc|m\.sc\.?|mphil|"
            r"grad(?:uate)?\s+school|undergrad(?:uate)?\s+degree|(?:back\s+at|going\s+back\s+to)"
            r"\s+university)\b"
        ),
    ),
    (
        "other_job",
        re.compile(
            r"\b(?:took|taken|take|accepted|got|started|start|landed|found)\s+(?:a|an|the)\s+"
            r"(?:[\w-]+\s+){0,3}?(?:job|role|position|offer)\b"
            r"|\b(?:a|an)\s+(?:[\w-]+\s+){0,3}?(?:job|role|position)\s+(?:at|with|in)\b"
            r"|\b(?:work|working|worked)\s+(?:now\s+)?as\s+(?:an?\s+)?[\w-]+"
            r"|\b(?:joined|hired\s+by|back\s+at|gone\s+back\s+to\s+my)\b"
            r"|\bfreelanc\w*"
        ),
    ),
    (
        "extension",
        re.compile(
            r"\b(?:another|three\s+more|more|extra)\s+(?:three\s+|3\s+|few\s+)?months?\b"
            r"|\bextension\b|\bextend\b"
        ),
    ),
    (
        "independent_research",
        re.compile(
            r"\bindependent(?:ly)?\s+(?:research|researcher|project)|\bresearch(?:ing)?\s+"
            r"independently|\bon\s+my\s+own\b|\bself-funded\b"
        ),
    ),
    (
        "other",
        re.compile(
            r"\b(?:taking|take|took)\s+(?:a\s+)?(?:few\s+months|some\s+time|time|a\s+break)\s*"
            r"(?:off|out)?|\bparental\s+leave\b|\blook(?:ing)?\s+after\s+my\b"
        ),
    ),
]

# Before the phrase, in its clause: negated, hoped for or tried but not had.
_HEDGE = re.compile(
    r"(?:\b(?:not|never|no|without|if|whether|hope|hoping|applied|applying|interview\w*|"
    r"rejected|against)\b|n't\b)"
)


def _normalise(text: str) -> str:
    text = text.lower().replace("\u2019", "'").replace("\u2018", "'").replace("\u00a0", " ")
    return re.sub(r"[ \t\r\f\v]+", " ", text)


def propose_outcome(text: str) -> OutcomeProposal:
    """The outcome `text` suggests, with the phrase it rests on; kind None when none does."""
    t = _normalise(first_lines(visible_reply(first_lines(text, 100_000)), MAX_CHARS))
    for kind, pattern in _RULES:
        for match in pattern.finditer(t):
            clause = re.split(r"[.!?;:,\n]", t[max(0, match.start() - 80) : match.start()])[-1]
            if _HEDGE.search(" ".join(clause.split()[-5:])):
                continue
            start = max(0, t.rfind("\n", 0, match.start()) + 1)
            return OutcomeProposal(kind=kind, evidence=" ".join(t[start : match.end()].split()))
    return OutcomeProposal(kind=None)
