"""The committee commands of `grantbox` (issue 14), merged into the top-level command."""

from __future__ import annotations

import typer

committee_app = typer.Typer()
