"""What an applicant's reply asks for, beyond answers: today, only "please withdraw me".

`withdraw_request(text)` returns the phrase of `text` that asks to withdraw the application, or
None; `asks_to_withdraw(text)` is the yes/no. `text` is what the applicant wrote in this
message: quoted history (our own emails) must already be gone, e.g. through
`parsers.answers.visible_reply`, which `reply_asks_to_withdraw` applies to a raw reply body.

Deliberately conservative, English only: a phrase must name the application, the program or an
offer taken elsewhere ("withdraw my application", "no longer interested in the grant", "I have
accepted another offer"); "withdraw" alone, the past ("I withdrew from my PhD"), negations
("I don't want to withdraw") and questions about the possibility ("can I withdraw my
application later?") do not count. A match only flags the application for a person, who
confirms; nothing is withdrawn automatically. Pure: no I/O, no clock.
"""

from __future__ import annotations

import re

from parsers.quotes import visible_reply

__all__ = ["asks_to_withdraw", "ends_grant_early", "reply_asks_to_withdraw", "withdraw_request"]

_APPLICATION = (
    r"(?:grant\s+|program(?:me)?\s+|funding\s+)?(?:application|candidacy|candidature|submission)"
)
_PROGRAM = (
    r"(?:grant|program|programme|process|selection|application|competition|fellowship|"
    r"scholarship|position|opportunity|cohort|running)"
)
# What may follow "withdraw" for it to mean the application: the end of the sentence, the
# application itself, or the program.
_WITHDRAW_TAIL = (
    r"(?:\s*(?:[.!,;)]|$)"
    rf"|\s+(?:my|our)\s+(?:{_APPLICATION}|name\b)"
    rf"|\s+(?:me\s+)?from\s+(?:(?:the|this|your)\s+(?:[\w-]+\s+)?{_PROGRAM}\b|(?:further\s+)?consideration)"
    r"|\s+me\b)"
)
# After "no longer interested in …": the sentence must end or go on with a small word, so
# "no longer interested in the program management side" is not a withdrawal.
_CLAUSE_END = (
    r"(?=\s*(?:[.!,;)]|$)|\s+(?:any\s?more|at\s+this\s+time|now|and|but|so|as|because|since|due)\b)"
)

_PATTERNS = [
    # "withdraw my application", "please cancel our candidacy", "remove my application"
    re.compile(
        rf"\b(?:withdraw(?:ing)?|retract(?:ing)?|cancel(?:l?ing)?|remov(?:e|ing)|pull(?:ing)?)\s+(?:my|our)\s+{_APPLICATION}\b"
    ),
    # "I'd like to withdraw.", "I wish to withdraw from the program", "we have decided to withdraw"
    re.compile(
        r"\b(?:i|we)(?:'d|\s+would|\s+wish|\s+want|\s+need|'ve\s+decided|\s+have\s+decided)"
        r"(?:\s+(?:like|love))?\s+to\s+(?:formally\s+|kindly\s+)?withdraw" + _WITHDRAW_TAIL
    ),
    # "I am withdrawing from the selection", "I'm withdrawing my application"
    re.compile(r"\b(?:i\s+am|i'm|we\s+are|we're)\s+(?:hereby\s+)?withdrawing" + _WITHDRAW_TAIL),
    re.compile(r"\bplease\s+withdraw" + _WITHDRAW_TAIL),
    re.compile(
        r"\bremove\s+me\s+from\s+(?:(?:the|this|your)\s+(?:[\w-]+\s+)?"
        + _PROGRAM
        + r"\b|consideration)"
    ),
    # "no longer interested.", "… interested in the grant", "no longer wish to be considered"
    re.compile(
        r"\bno\s+longer\s+(?:interested"
        rf"(?:{_CLAUSE_END}|\s+in\s+(?:(?:the|this|your|my)\s+(?:[\w-]+\s+)?{_PROGRAM}s?{_CLAUSE_END}"
        r"|(?:applying|participating|pursuing|being\s+considered|continuing|joining)\b))"
        r"|(?:wish|want)\s+to\s+(?:apply|participate|be\s+considered|continue|pursue))"
    ),
    # "I have accepted another offer", "I've just accepted a position elsewhere"
    re.compile(
        r"\b(?:i|we)(?:'ve|\s+have)?(?:\s+(?:just|now|recently|already))?\s+accepted\s+"
        r"(?:another|a\s+different|an\s+other)\s+(?:[\w-]+\s+)?(?:offer|position|job|role|place)\b"
    ),
    re.compile(
        r"\b(?:i|we)(?:'ve|\s+have)(?:\s+(?:just|now|recently|already))?\s+(?:accepted|taken)\s+"
        r"(?:an?|the)\s+(?:[\w-]+\s+)?(?:offer|position|job|role|place)\b"
    ),
]

# Just before the phrase, in the same clause: it is negated, hypothetical or a question about
# the possibility ("I don't want to withdraw…", "if I withdraw my application…", "can I …").
_HEDGE = re.compile(
    r"(?:\b(?:not|never|if|whether|unless|without|before|when)\b|n't\b|\bno\s+need\b"
    r"|\b(?:can|could|may|should|shall|would)\s+(?:i|we)\b|\bhow\s+(?:do|can|would|should)\s+(?:i|we)\b"
    r"|\bwhat\s+happens)"
)


def _normalise(text: str) -> str:
    text = text.lower().replace("\u2019", "'").replace("\u2018", "'").replace("\u00a0", " ")
    return re.sub(r"[ \t\r\f\v]+", " ", text)


def withdraw_request(text: str) -> str | None:
    """The phrase asking to withdraw the application, or None."""
    t = _normalise(text)
    for pattern in _PATTERNS:
        for match in pattern.finditer(t):
            # The few words before the phrase, within its clause.
            clause = re.split(r"[.!?;:,\n]", t[max(0, match.start() - 80) : match.start()])[-1]
            if _HEDGE.search(" ".join(clause.split()[-5:])):
                continue
            return " ".join(match.group(0).split()).strip(" .!,;)")
    return None


def asks_to_withdraw(text: str) -> bool:
    return withdraw_request(text) is not None


def reply_asks_to_withdraw(body: str, html: str | None = None) -> str | None:
    """`withdraw_request` of what the applicant wrote in a raw reply, quotes stripped."""
    return withdraw_request(visible_reply(body, html))


# -- a grantee stopping early (issue 12) ---------------------------------------------------
# During a grant, "I have accepted a job offer and will stop the grant at the end of the
# month", "I need to stop early", "I won't be able to continue the grant". Like a withdrawal
# it only flags the grant for a person (records.end_early), so the same caution applies:
# negations, questions and hypotheticals ("if I got a job offer, would I have to stop the
# grant?") do not count, nor "stop" about anything but the grant.

_GRANT = r"(?:(?:the|my|this|our)\s+)?(?:grant|program(?:me)?|fellowship|funding)"
_EARLY_PATTERNS = [
    # "stop the grant", "end my grant early", "leave the program", "discontinue my grant"
    re.compile(
        r"\b(?:stop(?:ping)?|end(?:ing)?|leav(?:e|ing)|quit(?:ting)?|discontinu(?:e|ing)|"
        r"terminat(?:e|ing)|finish(?:ing)?|drop(?:ping)?\s+out\s+of|step(?:ping)?\s+away\s+from|"
        rf"giv(?:e|ing)\s+up)\s+{_GRANT}(?:\s+(?:early|now|prematurely))?\b"
    ),
    # "stop early", "leave it early" (not "finish the course early": finishing early is news)
    re.compile(r"\b(?:stop|end|leave|quit)\s+(?:it\s+)?(?:early|prematurely)\b"),
    # "I won't be able to continue the grant", "I can't continue with the grant", "… continue
    # after January", "I can't continue." (not "I can't finish the chapter this week")
    re.compile(
        r"\b(?:won't|will\s+not|can't|cannot|can\s+not|unable\s+to|not\s+be\s+able\s+to)"
        r"\s+(?:be\s+able\s+to\s+)?(?:continue|complete|finish)"
        rf"(?:\s+(?:with\s+)?{_GRANT}\b|\s*(?:[.!;)]|$)|\s+(?:after|beyond|past|from)\b)"
    ),
    re.compile(r"\bdrop(?:ping)?\s+out\b"),
    re.compile(r"\bstop\s+the\s+payments?\b"),
]

# "no plans to stop early", "no intention of leaving the program"
_NO_PLAN = re.compile(r"\bno\s+(?:plans?|intention|reason)\b")


def ends_grant_early(text: str) -> str | None:
    """The phrase in which a grantee says they stop their grant early, or None. `text` is
    what they wrote (quotes already cut, e.g. by `parsers.answers.visible_reply`)."""
    t = _normalise(text[:20_000])
    for pattern in _EARLY_PATTERNS:
        for match in pattern.finditer(t):
            clause = re.split(r"[.!?;:,\n]", t[max(0, match.start() - 80) : match.start()])[-1]
            words = " ".join(clause.split()[-5:])
            if _HEDGE.search(words) or _NO_PLAN.search(words):
                continue
            return " ".join(match.group(0).split()).strip(" .!,;)")
    return None
