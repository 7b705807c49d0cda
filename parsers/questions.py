"""The follow-up questions replies are read against: `Question` and the ordered `QuestionSet`.

Plain validated models; `grantbox.questions` loads them from the operator's TOML file (the
only I/O), the email templates number them, and `parsers.answers.extract_answers` maps a
reply to their ids. They live with the parsers so that `parsers/` imports nothing of the
application.
"""

from __future__ import annotations

import re

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

__all__ = ["ID_PATTERN", "Question", "QuestionSet"]

ID_PATTERN = re.compile(r"^[a-z][a-z0-9_]{0,39}$")


class Question(BaseModel):
    """One follow-up question. `id` is the stable key answers are stored under."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    text: str = Field(min_length=3)
    required: bool = True
    help: str = ""
    label: str = ""  # short name; defaults to the id with spaces (see `display_label`)
    keywords: tuple[str, ...] = ()

    @field_validator("id")
    @classmethod
    def _check_id(cls, value: str) -> str:
        if not ID_PATTERN.match(value):
            raise ValueError(
                "must be lower-case letters, digits and _ (at most 40), e.g. 'study_plan'"
            )
        return value

    @field_validator("text", "help", "label")
    @classmethod
    def _one_line(cls, value: str) -> str:
        # A newline in a question would break the numbered "1. …" layout applicants answer by.
        value = " ".join(value.split())
        return value

    @property
    def display_label(self) -> str:
        return self.label or self.id.replace("_", " ").capitalize()


class QuestionSet(BaseModel):
    """The ordered questions; their position (1-based) is the number shown in the email."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    title: str = "Follow-up questions"
    questions: tuple[Question, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique_ids(self) -> QuestionSet:
        seen: set[str] = set()
        for q in self.questions:
            if q.id in seen:
                raise ValueError(f"question id {q.id!r} appears twice")
            seen.add(q.id)
        return self

    def get(self, question_id: str) -> Question:
        for q in self.questions:
            if q.id == question_id:
                return q
        raise KeyError(question_id)

    def number_of(self, question_id: str) -> int:
        """The 1-based number the question carries in the questions email."""
        for n, q in enumerate(self.questions, start=1):
            if q.id == question_id:
                return n
        raise KeyError(question_id)

    @property
    def ids(self) -> list[str]:
        return [q.id for q in self.questions]

    @property
    def required_ids(self) -> list[str]:
        return [q.id for q in self.questions if q.required]
