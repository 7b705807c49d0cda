"""Run the `grantbox` command in this process, as a user would type it: argv, stdin, exit
code, and what it printed."""

from __future__ import annotations

import io
import os
import sys

from grantbox import cli
from grantbox.config import Settings


def grantbox(capsys, monkeypatch, *args: str, stdin: str = "") -> tuple[int, str, str]:
    monkeypatch.setattr(sys, "argv", ["grantbox", *args])
    monkeypatch.setattr(sys, "stdin", io.StringIO(stdin))
    code = 0
    try:
        cli.main()
    except SystemExit as e:
        code = int(e.code or 0)
    out, err = capsys.readouterr()
    return code, out, err


def environment(settings: Settings) -> dict[str, str]:
    """`settings` as the GRANTBOX_* variables an operator would set (lists comma-separated)."""
    out = {}
    for name, value in settings.model_dump().items():
        if value is None:
            continue
        if hasattr(value, "get_secret_value"):
            value = value.get_secret_value()
        if isinstance(value, list):  # e.g. digest_to: comma-separated, as operators write it
            value = ",".join(value)
        out[f"GRANTBOX_{name.upper()}"] = str(value)
    return out


def subprocess_environment(settings: Settings) -> dict[str, str]:
    """This process's environment with `settings` as the only GRANTBOX_* variables."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith("GRANTBOX_")}
    return {**clean, **environment(settings)}


def use_settings(monkeypatch, settings: Settings) -> None:
    """`settings` as the only GRANTBOX_* variables, for the in-process CLI."""
    for name in [k for k in os.environ if k.startswith("GRANTBOX_")]:
        monkeypatch.delenv(name)
    for name, value in environment(settings).items():
        monkeypatch.setenv(name, value)
