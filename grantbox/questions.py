"""The follow-up question set: loading the operator's `questions.toml` into pydantic models.

The questions are data, not code (ARCHITECTURE.md, "Configuration"): the operator edits
`templates/questions.toml`, this module validates it and hands a `QuestionSet` to the email
templates and to `parsers.answers.extract_answers`. Reading the file is the only I/O here.
"""

from __future__ import annotations

from pathlib import Path

from grantbox.errors import ConfigError
from grantbox.tomlconfig import load_toml_model
from parsers.questions import Question, QuestionSet

__all__ = ["DEFAULT_QUESTIONS_PATH", "Question", "QuestionSet", "QuestionsError", "load_questions"]

# The repository's default question file; operators point GRANTBOX settings elsewhere.
DEFAULT_QUESTIONS_PATH = Path(__file__).resolve().parent.parent / "templates" / "questions.toml"


class QuestionsError(ConfigError):
    """The question file is missing, is not TOML, or does not describe a usable question set."""


def load_questions(path: str | Path = DEFAULT_QUESTIONS_PATH) -> QuestionSet:
    """Read and validate a questions TOML file; raise `QuestionsError` naming the problem."""
    return load_toml_model(path, QuestionSet, QuestionsError, "question set")
