"""A grant's calendar: the check-ins of `templates/checkins.toml`, the payment plan, and the
dates both are due on. Pure: loading the TOML file is the only I/O; no clock, no database."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import ROUND_DOWN, Decimal
from functools import lru_cache
from pathlib import Path
from typing import Literal

from dateutil.relativedelta import relativedelta
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from grantbox.errors import ConfigError
from grantbox.questions import Question, QuestionSet
from grantbox.tomlconfig import load_toml_model
from parsers.questions import ID_PATTERN

DEFAULT_CHECKINS_PATH = Path(__file__).resolve().parents[2] / "templates" / "checkins.toml"


class CheckinsError(ConfigError):
    """The check-in file is missing, is not TOML, or does not describe usable check-ins."""


class Checkin(BaseModel):
    """One check-in: when it is due, and what it asks."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    title: str = Field(min_length=3)
    when: Literal["start", "mid", "end"]
    days: int = 0
    intro: str = ""
    final: bool = False  # the end-of-grant report
    questions: tuple[Question, ...] = Field(min_length=1)

    @field_validator("id")
    @classmethod
    def _check_id(cls, value: str) -> str:
        if not ID_PATTERN.match(value):
            raise ValueError("must be lower-case letters, digits and _ (at most 40)")
        return value

    @property
    def question_set(self) -> QuestionSet:
        """Its questions as a QuestionSet: what parsers.answers.extract_answers reads by."""
        return QuestionSet(title=self.title, questions=self.questions)

    def due(self, start: date, end: date) -> date:
        """The day this check-in is due for a grant running `start` to `end`."""
        anchor = {"start": start, "end": end, "mid": start + (end - start) / 2}[self.when]
        return anchor + timedelta(days=self.days)


class CheckinSet(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid")

    checkins: tuple[Checkin, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique_ids(self) -> CheckinSet:
        ids = [c.id for c in self.checkins]
        if len(set(ids)) != len(ids):
            raise ValueError("a check-in id appears twice")
        if sum(c.final for c in self.checkins) > 1:
            raise ValueError("at most one check-in is the final report (final = true)")
        return self

    def get(self, checkin_id: str) -> Checkin:
        for c in self.checkins:
            if c.id == checkin_id:
                return c
        raise KeyError(checkin_id)


def load_checkins(path: str | Path = DEFAULT_CHECKINS_PATH) -> CheckinSet:
    """Read and validate a check-ins TOML file; raise `CheckinsError` naming the problem."""
    return load_toml_model(path, CheckinSet, CheckinsError, "check-in")


@lru_cache(maxsize=4)
def _cached(path: Path) -> CheckinSet:
    return load_checkins(path)


def checkin_set(checkins_file: Path | None) -> CheckinSet:
    """The configured check-ins (settings.checkins_file, else the shipped file), read once."""
    return _cached((checkins_file or DEFAULT_CHECKINS_PATH).resolve())


def end_date(start: date, months: int) -> date:
    """The last day of a grant of `months` calendar months starting on `start`: the day
    before the same day `months` later (4 January + 3 months: 3 April), or the last day of
    that month when it has no such day (31 March + 1 month: 30 April)."""
    same_day = start + relativedelta(months=months)
    return same_day if same_day.day < start.day else same_day - timedelta(days=1)


def instalments(amount: Decimal, count: int) -> list[Decimal]:
    """`amount` in `count` instalments of whole cents; the last takes the remainder."""
    count = max(1, count)
    each = (amount / count).quantize(Decimal("0.01"), rounding=ROUND_DOWN)
    return [each] * (count - 1) + [amount - each * (count - 1)]


def instalment_due(start: date, number: int) -> date:
    """Instalment `number` (1-based) is due on the start date, then monthly."""
    return start + relativedelta(months=number - 1)
