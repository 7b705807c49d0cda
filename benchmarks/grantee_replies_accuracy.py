"""Grantees' replies read right: start dates, proposed outcomes, early ends (issue 12).

tests/data/grantee_replies/ holds replies nobody tuned the parsers on (written first, in many
voices: terse, long, non-native English, French and Spanish, quoted threads, signatures),
with the expected reading of each in expected.json:

- start dates (`parsers.dates.read_start_date`): the date, or null for "a person must read
  it". A wrong date where a person should have read it is the worst error (`wrong_dates`);
  a date missed (unclear where one was plain) only costs a person a look.
- outcomes (`parsers.outcome.propose_outcome`): the kind, or null for no signal.
- early ends (`parsers.intent.ends_grant_early`): checked on every reply in the set.

`FIRST_RUN` is the figure the parsers scored the first time they met the set, before any
tuning (measured once); the script prints it beside today's.

Run:  python benchmarks/grantee_replies_accuracy.py [--verbose]
The unit tests (tests/unit/test_grantee_replies.py) import `score` to hold the floors.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from parsers.dates import read_start_date  # noqa: E402
from parsers.intent import ends_grant_early  # noqa: E402
from parsers.outcome import propose_outcome  # noqa: E402

DATA = ROOT / "tests" / "data" / "grantee_replies"

# Measured once, on the parsers as first written, before they were run on this set.
FIRST_RUN = {
    "start_date": "31/36, 2 wrong dates given (d17 'the first Monday in February' read as "
    "'Monday'; d36 '11 or 18 January' read as 18 January); 3 missed (d15, d28, d29: a second "
    "date beside the start date)",
    "outcome": "22/22",
    "ends_early": "72/73 (e04 'no plans to stop early!' flagged)",
}


@dataclass
class Score:
    part: str
    right: int = 0
    total: int = 0
    wrong: list[str] = field(default_factory=list)  # file: expected -> got
    wrong_dates: list[str] = field(default_factory=list)  # a date where a person should read

    @property
    def figure(self) -> str:
        return f"{self.right}/{self.total}"

    @property
    def ratio(self) -> float:
        return self.right / self.total if self.total else 0.0


def cases() -> list[dict[str, Any]]:
    data: list[dict[str, Any]] = json.loads((DATA / "expected.json").read_text())["cases"]
    return data


def text_of(case: dict[str, Any]) -> str:
    return (DATA / case["file"]).read_text()


def score() -> dict[str, Score]:
    scores = {p: Score(p) for p in ("start_date", "outcome", "ends_early")}
    for case in cases():
        text = text_of(case)
        name = case["file"]
        if case["kind"] == "start_date":
            s = scores["start_date"]
            reading = read_start_date(text, sent=date.fromisoformat(case["sent"]))
            got = reading.date.isoformat() if reading.date else None
            s.total += 1
            if got == case["start_date"]:
                s.right += 1
            else:
                s.wrong.append(f"{name}: {case['start_date']} -> {got} ({reading.reason})")
                if got is not None:
                    s.wrong_dates.append(name)
        if case["kind"] == "outcome":
            s = scores["outcome"]
            proposal = propose_outcome(text)
            s.total += 1
            if proposal.kind == case["outcome"]:
                s.right += 1
            else:
                s.wrong.append(
                    f"{name}: {case['outcome']} -> {proposal.kind} ({proposal.evidence!r})"
                )
        s = scores["ends_early"]
        from parsers.answers import visible_reply

        found = ends_grant_early(visible_reply(text))
        s.total += 1
        if (found is not None) == case["ends_early"]:
            s.right += 1
        else:
            s.wrong.append(f"{name}: {case['ends_early']} -> {found!r}")
    return scores


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--verbose", action="store_true", help="list every miss")
    args = parser.parse_args()
    started = time.perf_counter()
    scores = score()
    seconds = time.perf_counter() - started
    print(f"grantee replies: {len(cases())} in {DATA.relative_to(ROOT)}, read in {seconds:.2f} s")
    for part, s in scores.items():
        extra = f", wrong dates given where a person should read: {len(s.wrong_dates)}"
        print(
            f"  {part:12} now {s.figure} ({s.ratio:.0%})   first run: {FIRST_RUN[part]}"
            + (extra if part == "start_date" else "")
        )
        if args.verbose:
            for line in s.wrong:
                print(f"      {line}")


if __name__ == "__main__":
    main()
