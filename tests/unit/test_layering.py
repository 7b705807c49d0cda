"""The arrows point down: `parsers/` is pure and imports nothing of the application.

Parsers are functions from bytes/text to pydantic models (README, "Layout"); the types they take
and return live beside them (parsers/models.py, parsers/questions.py, parsers/errors.py) and
`grantbox` re-exports them. An import of `grantbox` or `flows` from a parser would pull the
store, the settings and Prefect into every extraction worker and every unit test.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PARSERS = Path(__file__).resolve().parents[2] / "parsers"
APPLICATION = ("grantbox", "flows")
# Network, databases and clocks stay at the edges.
FORBIDDEN_LIBRARIES = ("imapclient", "smtplib", "sqlalchemy", "prefect", "socket", "urllib.request")


def _imports(path: Path) -> list[str]:
    names: list[str] = []
    for node in ast.walk(ast.parse(path.read_text(), filename=str(path))):
        if isinstance(node, ast.Import):
            names.extend(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names.append(node.module)
    return names


@pytest.mark.parametrize("path", sorted(PARSERS.glob("*.py")), ids=lambda p: p.name)
def test_parser_imports_nothing_above_it(path: Path) -> None:
    bad = [
        name
        for name in _imports(path)
        if name.split(".")[0] in APPLICATION
        or any(name == lib or name.startswith(lib + ".") for lib in FORBIDDEN_LIBRARIES)
    ]
    assert not bad, f"{path.name} imports {bad}: parsers are pure and sit below the application"


def test_application_names_are_the_parsers_types() -> None:
    """`grantbox.models`/`questions`/`errors` re-export the parsers' types: one class each."""
    from grantbox import errors, models, questions
    from parsers import errors as perrors
    from parsers import models as pmodels
    from parsers import questions as pquestions

    assert models.InboundMessage is pmodels.InboundMessage
    assert models.ResumeDocument is pmodels.ResumeDocument
    assert questions.QuestionSet is pquestions.QuestionSet
    assert errors.ParseError is perrors.ParseError
    assert issubclass(errors.ParseError, errors.InputError)
