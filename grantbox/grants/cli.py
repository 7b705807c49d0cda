"""The grants commands of `grantbox` (issue 12), merged into the top-level command."""

from __future__ import annotations

import typer

grants_app = typer.Typer()
