"""Operator-edited TOML files (questions, check-ins, rubric) read into pydantic models, with
one line naming the file and the problem when they are wrong."""

from __future__ import annotations

import tomllib
from pathlib import Path
from typing import TypeVar

from pydantic import BaseModel, ValidationError

from grantbox.errors import ConfigError

M = TypeVar("M", bound=BaseModel)


def load_toml_model(path: str | Path, model: type[M], error: type[ConfigError], what: str) -> M:
    """Read `path` as UTF-8 TOML and validate it as `model`; raise `error` saying what is
    wrong ("cannot read question file …", "…: not valid TOML: …", "…: invalid rubric: …")."""
    path = Path(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise error(f"cannot read {what} file {path}: {exc.strerror or exc}") from exc
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise error(f"{path}: not UTF-8 text") from exc
    except tomllib.TOMLDecodeError as exc:
        raise error(f"{path}: not valid TOML: {exc}") from exc
    try:
        return model.model_validate(data)
    except ValidationError as exc:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in err['loc']) or 'file'}: {err['msg']}"
            for err in exc.errors()
        )
        raise error(f"{path}: invalid {what}: {problems}") from exc
