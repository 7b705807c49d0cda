"""The rubric reviewers score against: loading the operator's `rubric.toml` into pydantic
models, as `grantbox.questions` does for the follow-up questions.

Each criterion has a stable id (scores are stored under it), the question a reviewer answers,
guidance on what each end of the scale means, and an integer scale (1-5 in the shipped
file). Reading the file is the only I/O here.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from grantbox.config import Settings
from grantbox.errors import ConfigError
from grantbox.tomlconfig import load_toml_model

DEFAULT_RUBRIC_PATH = Path(__file__).resolve().parent.parent.parent / "templates" / "rubric.toml"

_ID = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
MAX_SCALE_STEPS = 100  # a scale wider than this is a typo, not a rubric


class RubricError(ConfigError):
    """The rubric file is missing, is not TOML, or does not describe a usable rubric."""


class Criterion(BaseModel):
    """One thing a reviewer scores. `scale` is (lowest, highest), both included; `labels`
    optionally names some points of it ("1" = "none", "5" = "exceptional")."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    id: str
    text: str = Field(min_length=3)
    guidance: str = ""
    label: str = ""  # short name for tables; defaults to the id with spaces
    scale: tuple[int, int] = (1, 5)
    labels: dict[int, str] = {}

    @field_validator("id")
    @classmethod
    def _check_id(cls, value: str) -> str:
        if not _ID.match(value):
            raise ValueError("must be lower-case letters, digits and _ (at most 40), e.g. 'math'")
        return value

    @field_validator("text", "label")
    @classmethod
    def _one_line(cls, value: str) -> str:
        return " ".join(value.split())

    @model_validator(mode="after")
    def _check_scale(self) -> Criterion:
        low, high = self.scale
        if low >= high:
            raise ValueError(f"scale {list(self.scale)}: the lowest must be below the highest")
        if high - low > MAX_SCALE_STEPS:
            raise ValueError(f"scale {list(self.scale)}: at most {MAX_SCALE_STEPS} steps")
        for point in self.labels:
            if not low <= point <= high:
                raise ValueError(f"label for {point}: outside the scale {list(self.scale)}")
        return self

    @property
    def display_label(self) -> str:
        return self.label or self.id.replace("_", " ").capitalize()

    @property
    def width(self) -> int:
        return self.scale[1] - self.scale[0]

    def check(self, score: object) -> int:
        """`score` as an int on the scale; ValueError naming the criterion otherwise."""
        if isinstance(score, bool) or not isinstance(score, int):
            raise ValueError(f"{self.id}: the score must be a whole number, not {score!r}")
        low, high = self.scale
        if not low <= score <= high:
            raise ValueError(f"{self.id}: {score} is outside the scale {low}-{high}")
        return score


class Rubric(BaseModel):
    """The ordered criteria."""

    model_config = ConfigDict(frozen=True, extra="forbid")

    title: str = "Rubric"
    criteria: tuple[Criterion, ...] = Field(min_length=1)

    @model_validator(mode="after")
    def _unique_ids(self) -> Rubric:
        seen: set[str] = set()
        for c in self.criteria:
            if c.id in seen:
                raise ValueError(f"criterion id {c.id!r} appears twice")
            seen.add(c.id)
        return self

    def get(self, criterion_id: str) -> Criterion:
        for c in self.criteria:
            if c.id == criterion_id:
                return c
        raise KeyError(criterion_id)

    @property
    def ids(self) -> list[str]:
        return [c.id for c in self.criteria]

    def as_dict(self) -> dict[str, object]:
        """What `grantbox rubric --json` prints: {"criteria": [{"id", "text", "scale", …}]}."""
        return {
            "title": self.title,
            "criteria": [
                {
                    "id": c.id,
                    "text": c.text,
                    "scale": list(c.scale),
                    "label": c.display_label,
                    "guidance": c.guidance,
                    "labels": {str(k): v for k, v in sorted(c.labels.items())},
                }
                for c in self.criteria
            ],
        }


def load_rubric(path: str | Path = DEFAULT_RUBRIC_PATH) -> Rubric:
    """Read and validate a rubric TOML file; raise `RubricError` naming the problem."""
    return load_toml_model(path, Rubric, RubricError, "rubric")


@lru_cache(maxsize=4)
def _rubric(path: Path, _mtime_ns: int) -> Rubric:
    return load_rubric(path)


def rubric_for(settings: Settings) -> Rubric:
    """The configured rubric (templates/rubric.toml by default), read again when it changes."""
    path = (settings.rubric_file or DEFAULT_RUBRIC_PATH).resolve()
    try:
        mtime = path.stat().st_mtime_ns
    except OSError:
        mtime = -1  # load_rubric names the problem
    return _rubric(path, mtime)
