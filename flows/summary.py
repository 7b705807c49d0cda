"""Each flow run leaves a Prefect artifact: a markdown table of what it did, on the run's page
in the Prefect UI (and `prefect artifact ls`)."""

from __future__ import annotations

from collections.abc import Iterable

from prefect.artifacts import create_markdown_artifact


def _cell(value: object) -> str:
    # Cells hold counts and our own words; a `|` would still break the row, so escape it.
    return str(value).replace("|", "\\|")


def markdown_table(title: str, rows: Iterable[tuple[str, object]]) -> str:
    body = "\n".join(f"| {_cell(name)} | {_cell(value)} |" for name, value in rows)
    return f"## {title}\n\n| | |\n|---|---|\n{body}\n"


def publish_summary(key: str, title: str, rows: Iterable[tuple[str, object]]) -> str:
    markdown = markdown_table(title, rows)
    create_markdown_artifact(key=key, markdown=markdown, description=title)
    return markdown
