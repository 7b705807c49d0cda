"""Run the `grantbox` command in this process, as a user would type it: argv, stdin, exit
code, and what it printed."""

from __future__ import annotations

import io
import sys

from grantbox import cli


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
