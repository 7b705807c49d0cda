"""The start date a grantee names in their reply to the approval email (issue 12).

`read_start_date(text, sent=...)` reads what the grantee wrote (quoted history and signature
cut, `parsers.answers.visible_reply`) and returns a `StartDateReading`: the date, or None with
the reason a person must read it ("no date", "two different dates", "in the past", "more than
6 months away", "day and month ambiguous"...). A wrong date is worse than none: a grant would
start on a day nobody agreed, so anything not plainly one day is left to a human.

How: candidate phrases are found by our own bounded regexes (a day with a month, a numeric
date, a weekday, "tomorrow"), and each short phrase is then read by dateparser (maintained,
many languages) with RELATIVE_BASE = the day the reply was sent and future dates preferred.
dateparser's own `search_dates` is slow and loose on free text ("3 months", "2 hours a day"
and a bare year all come back as dates), so it never sees more than one candidate phrase at a
time. Bounded: at most `MAX_CHARS` of the reply, `MAX_CANDIDATES` phrases, and a wall-clock
budget after which the reading stops (and says so). Pure apart from that clock.
"""

from __future__ import annotations

import re
import time
from datetime import date, datetime, timedelta

from pydantic import BaseModel, ConfigDict

from parsers.bounds import first_lines
from parsers.quotes import visible_reply

__all__ = ["StartDateReading", "read_start_date"]

MAX_CHARS = 2000  # of the visible reply; a start date is said near the top
MAX_CANDIDATES = 8
BUDGET_SECONDS = 1.0
HORIZON = timedelta(days=183)  # "more than 6 months away" is not a start date we take alone

NO_DATE = "no date"
TWO_DATES = "two different dates"
IN_PAST = "in the past"
TOO_FAR = "more than 6 months away"
AMBIGUOUS = "day and month ambiguous"
TOO_SLOW = "could not be read in time"
WEEKDAY_MISMATCH = "the weekday is not that date's"


class StartDateReading(BaseModel):
    model_config = ConfigDict(frozen=True)

    date: date | None
    reason: str = ""  # why unclear; "" when `date` is set
    phrase: str = ""  # the words the date was read from


_MONTHS = (
    # en
    r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
    r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?|"
    # de
    r"januar|jänner|februar|märz|maerz|mai|juni|juli|oktober|dezember|"
    # fr
    r"janvier|février|fevrier|mars|avril|juin|juillet|août|aout|septembre|octobre|"
    r"novembre|décembre|decembre|"
    # es
    r"enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|setiembre|octubre|"
    r"noviembre|diciembre"
)
_WEEKDAYS = (
    r"mon(?:day)?|tue(?:s(?:day)?)?|wed(?:nesday)?|thu(?:r(?:s(?:day)?)?)?|fri(?:day)?|"
    r"sat(?:urday)?|sun(?:day)?|montag|dienstag|mittwoch|donnerstag|freitag|lundi|mardi|"
    r"mercredi|jeudi|vendredi|lunes|martes|miércoles|miercoles|jueves|viernes"
)
_WEEKDAYS_FULL = (
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|montag|dienstag|mittwoch|"
    r"donnerstag|freitag|lundi|mardi|mercredi|jeudi|vendredi|lunes|martes|miércoles|"
    r"miercoles|jueves|viernes"
)
_DAY = r"(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th|er|\.|º)?"
_YEAR = r"(?:20\d\d)"
_PATTERNS = [
    # 4 January (2027), the 4th of January, 11. Januar, le 4 janvier, el 1 de febrero
    re.compile(
        rf"\b(?:(?:{_WEEKDAYS}),?\s+)?(?:the\s+)?{_DAY}\s*(?:of\s+|de\s+)?(?:{_MONTHS})\b\.?"
        rf"(?:,?\s+(?:de\s+)?{_YEAR}\b)?",
        re.IGNORECASE,
    ),
    # January 4(th) (2027), Monday, January 4, 2027
    re.compile(
        rf"\b(?:(?:{_WEEKDAYS}),?\s+)?(?:{_MONTHS})\.?\s+(?:the\s+)?{_DAY}\b(?:,?\s+{_YEAR}\b)?",
        re.IGNORECASE,
    ),
    # 2027-01-18
    re.compile(rf"\b{_YEAR}-[01]?\d-[0-3]?\d\b"),
    # 14/01/2027, 4/1, 04.01.2027, 01-15-2027
    # (never inside a longer run of numbers: "version 2.1.3", "1.5 hours" are not dates)
    re.compile(r"(?<![\d./-])[0-3]?\d[/.-][01]?\d(?:[/.-](?:20)?\d\d)?(?![\d/-]|\.\d)"),
    # tomorrow, next Monday, Monday (whole names only: "sat", "wed", "sun" are words too)
    re.compile(
        rf"\b(?:tomorrow|(?:(?:next|this|coming)\s+)?(?:{_WEEKDAYS_FULL}))\b",
        re.IGNORECASE,
    ),
]
# "11 or 18 January", "the 4th or 5th", "12-13 January": a choice or a span of days.
_CHOICE = re.compile(
    rf"\b{_DAY}(?!\d)\s*(?:(?:or|and|&|,\s*or)\s+(?:the\s+)?{_DAY}(?!\d)"
    rf"(?:\s*(?:of\s+|de\s+)?(?:{_MONTHS})\b)?"
    rf"|(?:-|–|to|until|till)\s*(?:the\s+)?{_DAY}(?!\d)\s*(?:of\s+|de\s+)?(?:{_MONTHS})\b)",
    re.IGNORECASE,
)
# "the first Monday in February", "the last Friday of January"
_NTH_WEEKDAY = re.compile(
    rf"\b(?P<nth>first|second|third|fourth|last|1st|2nd|3rd|4th)\s+(?P<wd>{_WEEKDAYS})\s+"
    rf"(?:in|of)\s+(?P<month>{_MONTHS})\b",
    re.IGNORECASE,
)
# The words just before a date that make it the start date among others ("my last day there
# is 31 December, so I could start Monday 4 January", "start on 4 January, finish on 3 April").
_START_CUE = re.compile(
    r"\b(?:start|starting|begin|beginning|commence|from|start\s+date|starting\s+date)\b"
    r"[^.;!?\n\d]{0,25}$",
    re.IGNORECASE,
)
# Words that make several dates a choice for us to make, whatever introduces them.
_OFFERS_CHOICE = re.compile(
    r"\b(?:or|either|whichever|oder|ou|o|alternatively|otherwise)\b", re.IGNORECASE
)
_WEEKDAY_ONLY = re.compile(rf"^(?:(?:next|this|coming)\s+)?(?:{_WEEKDAYS_FULL})$", re.IGNORECASE)
_WEEKDAY_NAMES = {
    w: i
    for i, names in enumerate(
        [
            ("mon", "montag", "lundi", "lunes"),
            ("tue", "dienstag", "mardi", "martes"),
            ("wed", "mittwoch", "mercredi", "miércoles", "miercoles"),
            ("thu", "donnerstag", "jeudi", "jueves"),
            ("fri", "freitag", "vendredi", "viernes"),
            ("sat",),
            ("sun",),
        ]
    )
    for w in names
}
_NUMERIC = re.compile(r"^(?P<a>\d{1,2})(?P<sep>[/.-])(?P<b>\d{1,2})(?:[/.-](?P<y>\d{2,4}))?$")
_SETTINGS_BASE = {"PREFER_DATES_FROM": "future", "RETURN_AS_TIMEZONE_AWARE": False}
_LANGUAGES = ["en", "de", "fr", "es"]


def _candidates(text: str) -> list[tuple[int, int, str]]:
    """Non-overlapping date-like phrases, in order, longest first where they overlap."""
    found: list[tuple[int, int, str]] = []
    for pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if any(s < m.end() and m.start() < e for s, e, _ in found):
                continue
            found.append((m.start(), m.end(), m.group(0)))
    found.sort()
    return found[:MAX_CANDIDATES]


def _numeric(phrase: str, sent: date) -> date | str | None:
    """A numeric date by our rules: ISO is year-month-day; with dots, day.month; with slashes
    or dashes, ambiguous unless one side is over 12 (or both are equal)."""
    m = _NUMERIC.match(phrase)
    if m is None:
        return None
    a, b = int(m["a"]), int(m["b"])
    year = m["y"]
    if m["sep"] == ".":
        if year is None:
            return None  # "1.5", "2.1": a number more often than a date
        day, month = a, b
    elif a > 12 >= b:
        day, month = a, b
    elif b > 12 >= a:
        day, month = b, a
    elif a == b:
        day, month = a, a
    else:
        return AMBIGUOUS
    try:
        if year is not None:
            y = int(year) + (2000 if len(year) == 2 else 0)
            return date(y, month, day)
        guess = date(sent.year, month, day)
        return guess if guess >= sent else date(sent.year + 1, month, day)
    except ValueError:
        return None


def _parse(phrase: str, sent: date) -> date | None:
    import dateparser

    base = datetime(sent.year, sent.month, sent.day, 12, 0)
    settings = {**_SETTINGS_BASE, "RELATIVE_BASE": base}
    cleaned = re.sub(r"\bthe\s+", "", phrase, flags=re.IGNORECASE)
    cleaned = re.sub(r"\b(?:next|coming|this)\s+", "", cleaned, flags=re.IGNORECASE)
    result = dateparser.parse(cleaned, languages=_LANGUAGES, settings=settings)
    if result is None:
        return None
    found = result.date()
    # "Monday" read as today when today is Monday: a start date named by weekday is ahead.
    if found <= sent and not re.search(r"\d", phrase) and "tomorrow" not in phrase.lower():
        found += timedelta(days=7)
    return found


def _weekday(word: str) -> int | None:
    w = word.lower()
    for name, number in _WEEKDAY_NAMES.items():
        if w.startswith(name):
            return number
    return None


def _nth_weekday(m: re.Match[str], sent: date) -> date | None:
    """ "the first Monday in February": the next such day after `sent`."""
    wd = _weekday(m["wd"])
    month_day = _parse(f"1 {m['month']}", sent)
    if wd is None or month_day is None:
        return None
    first = month_day.replace(day=1)
    days = [first + timedelta(days=i) for i in range(31)]
    days = [d for d in days if d.month == first.month and d.weekday() == wd]
    nth = m["nth"].lower()
    index = {"first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2}.get(nth)
    if nth in ("fourth", "4th"):
        index = 3
    return days[-1] if nth == "last" else days[index] if index is not None else None


def read_start_date(text: str, *, sent: date) -> StartDateReading:
    """The start date the grantee names in `text` (a raw reply: quotes are cut here), read
    relative to `sent`, the day they wrote; or None with the reason a person must look."""
    own = first_lines(visible_reply(first_lines(text, 100_000)), MAX_CHARS)
    deadline = time.monotonic() + BUDGET_SECONDS
    choice = _CHOICE.search(own)
    if choice is not None:
        return StartDateReading(date=None, reason=TWO_DATES, phrase=choice.group(0))
    # (date, phrase, is the start date by its cue, a bare weekday)
    dates: list[tuple[date, str, bool, bool]] = []
    ambiguous = ""
    for m in _NTH_WEEKDAY.finditer(own):
        found = _nth_weekday(m, sent)
        if found is not None:
            cue = bool(_START_CUE.search(own[max(0, m.start() - 40) : m.start()]))
            dates.append((found, m.group(0), cue, False))
        own = own[: m.start()] + " " * (m.end() - m.start()) + own[m.end() :]
    for start, _end, phrase in _candidates(own):
        if time.monotonic() > deadline:
            return StartDateReading(date=None, reason=TOO_SLOW)
        phrase = phrase.strip()
        numeric = _numeric(phrase, sent)
        if numeric == AMBIGUOUS:
            ambiguous = phrase
            continue
        if _NUMERIC.match(phrase):  # numbers only: our rules, never dateparser's guesses
            found = numeric if isinstance(numeric, date) else None
        else:
            found = _parse(phrase, sent)
        if found is None:
            continue
        named = re.match(rf"(?:{_WEEKDAYS})\b", phrase, re.IGNORECASE)
        # "Monday 11 January": the weekday must be that date's, or it is not one date.
        if (
            named is not None
            and re.search(r"\d", phrase)
            and _weekday(named.group(0)) != found.weekday()
        ):
            return StartDateReading(date=None, reason=WEEKDAY_MISMATCH, phrase=phrase)
        cue = bool(_START_CUE.search(own[max(0, start - 40) : start]))
        dates.append((found, phrase, cue, bool(_WEEKDAY_ONLY.match(phrase))))
    # A bare weekday beside a dated day of that weekday ("4 Jan. (It's a Monday.)") is the
    # same day said twice.
    dated_weekdays = {d.weekday() for d, _, _, bare in dates if not bare}
    dates = [
        item
        for item in dates
        if not (item[3] and dated_weekdays and _weekday(item[1].split()[-1]) in dated_weekdays)
    ]
    distinct = sorted({d for d, *_ in dates})
    if len(distinct) > 1:
        # Several days: one introduced as the start ("start on", "from") is the start date,
        # when it is the only one so introduced.
        cued = sorted({d for d, _, cue, _ in dates if cue})
        if len(cued) == 1 and not _OFFERS_CHOICE.search(own):
            distinct = cued
    if not distinct:
        if ambiguous:
            return StartDateReading(date=None, reason=AMBIGUOUS, phrase=ambiguous)
        return StartDateReading(date=None, reason=NO_DATE)
    if len(distinct) > 1:
        phrases = ", ".join(p for _, p, *_ in dates)
        return StartDateReading(date=None, reason=TWO_DATES, phrase=phrases[:200])
    [when] = distinct
    phrase = next(p for d, p, *_ in dates if d == when)
    if when < sent:
        return StartDateReading(date=None, reason=IN_PAST, phrase=phrase)
    if when - sent > HORIZON:
        return StartDateReading(date=None, reason=TOO_FAR, phrase=phrase)
    return StartDateReading(date=when, phrase=phrase)
