"""What every `grantbox` command shares (grantbox/cli.py and the command groups beside it,
grantbox/grants/cli.py, grantbox/committee/cli.py): settings, one unit of work on the store,
JSON output, the `--at` clock and the send pass that `--send` runs."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer
from rich.console import Console
from rich.table import Table
from rich.text import Text

from grantbox.config import Settings, load_settings
from grantbox.errors import GrantboxError
from grantbox.failures import imap_failures
from grantbox.store import Store, open_store

T = TypeVar("T")

if TYPE_CHECKING:
    from datetime import datetime

    from sqlalchemy.orm import Session

    from grantbox.sender import SendReport

console = Console()
err = Console(stderr=True)

JsonOpt = Annotated[bool, typer.Option("--json", help="Print JSON only, on stdout.")]


def _emit(data: Any) -> None:
    sys.stdout.write(json.dumps(data, indent=2, ensure_ascii=False, default=str) + "\n")


def _settings() -> Settings:
    try:
        return load_settings()
    except GrantboxError:
        raise  # names each bad setting, never its value (a value may be a password)
    except Exception as e:  # a grantbox.toml that is not TOML: say it in one line
        raise GrantboxError(f"bad configuration: {e}".replace("\n", " ")) from e


def _store(settings: Settings) -> Store:
    return open_store(settings)


def _write(action: Callable[[Session, Settings], T]) -> T:
    """One unit of work against the configured store, committed when `action` returns."""
    settings = _settings()
    store = _store(settings)
    try:
        with store.transaction() as session:
            return action(session, settings)
    finally:
        store.dispose()


def _read(query: Callable[[Session], T]) -> T:
    """One read-only query against the configured store."""
    store = _store(_settings())
    try:
        with store.reading() as session:
            return query(session)
    finally:
        store.dispose()


def _send_pass(settings: Settings, now: datetime | None = None) -> SendReport:
    """One send pass; `now` (a dated pass's --at) sends as of then: what that pass queued,
    dated then, is due then, even when then is in the future."""
    from grantbox.intake import open_mailbox
    from grantbox.sender import send_pending

    store = _store(settings)
    try:
        with imap_failures(settings):  # the Sent folder and the recovery look-ups
            mailbox = open_mailbox(settings)
            try:
                return send_pending(settings, store, mailbox, now=now)
            finally:
                mailbox.close()
    finally:
        store.dispose()


def _print_send_report(report: SendReport) -> None:
    console.print(
        f"send: {report.sent} sent, {report.recovered} found already delivered, "
        f"{report.retried} to retry, {report.deferred} not tried (server down), "
        f"{report.failed} failed, {report.seconds:.2f} s",
        markup=False,
        highlight=False,
    )
    if report.unfiled or report.filed:
        console.print(
            f"Sent folder: {report.unfiled} delivered email(s) not filed yet (filed on a later "
            f"pass), {report.filed} filed late",
            markup=False,
            highlight=False,
        )
    for line in report.errors:
        console.print(f"  {line}", markup=False, highlight=False)  # stderr: one line


AtOpt = Annotated[
    str | None,
    typer.Option("--at", help="Act as if it were this time (ISO 8601), e.g. a missed day."),
]


def _at(at: str | None) -> datetime | None:
    """--at as an aware time (UTC when it names no zone); None for now."""
    from datetime import UTC, datetime

    if at is None:
        return None
    try:
        now = datetime.fromisoformat(at)
    except ValueError as e:
        raise GrantboxError(f"--at: not an ISO 8601 time: {at!r}") from e
    return now if now.tzinfo else now.replace(tzinfo=UTC)


def _daily_pass(
    run: Callable[..., Any],
    at: str | None,
    send: bool,
    as_json: bool,
    summary: Callable[[Any], str],
) -> None:
    """A dated pass (chase, digest, checkins): as of --at, then optionally a send pass as of
    --at too (the mail the pass queued is dated --at; sent as of the clock, a future-dated
    pass would never deliver it); one report."""
    now = _at(at)
    settings = _settings()
    store = _store(settings)
    try:
        report = run(settings, store, now=now)
    finally:
        store.dispose()
    sent = _send_pass(settings, now) if send else None
    if as_json:
        _emit({**report.as_dict(), **({"send": sent.as_dict()} if sent else {})})
        return
    console.print(summary(report), markup=False, highlight=False)
    if sent is not None:
        _print_send_report(sent)


ReviewerOpt = Annotated[
    str | None,
    typer.Option("--reviewer", help="Who decides, for the record (default: your login name)."),
]


def _reviewer_name(name: str | None) -> str:
    import getpass

    try:
        return name or getpass.getuser()
    except OSError:  # no login name (a container without a passwd entry)
        return "cli"


def add_row(table: Table, *cells: object) -> None:
    """A table row whose text is shown as it is: applicants choose their names and subjects,
    and rich would read "[/b]" in one as markup (and fail on it)."""
    table.add_row(*(Text(c) if isinstance(c, str) else c for c in cells))  # type: ignore[arg-type]
