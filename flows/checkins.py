"""The check-ins flow: once a day, grants start and end on their dates, check-ins due go out,
silent grantees are reminded; then what it queued is sent. The work is
`grantbox.grants.checkins.checkins_pass` (also `grantbox checkins`)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from prefect import flow, task

from flows.outbox import send_queued_mail
from flows.retry import RETRIES
from flows.summary import publish_summary
from grantbox.config import load_settings
from grantbox.grants.checkins import CheckinsReport, checkins_pass
from grantbox.store import open_store


@task(**RETRIES)
def run_checkins(at: datetime | None = None) -> CheckinsReport:
    settings = load_settings()
    store = open_store(settings)
    try:
        return checkins_pass(settings, store, now=at)
    finally:
        store.dispose()


@flow(name="checkins")
def checkins(at: datetime | None = None, send: bool = True) -> dict[str, Any]:
    """Move grants on by the calendar, send the check-ins due, chase, then send."""
    report = run_checkins(at)
    publish_summary(
        "checkins-summary",
        f"Check-ins at {report.at:%Y-%m-%d %H:%M} UTC",
        [
            ("grants started", len(report.started)),
            ("grants ended", len(report.ended)),
            ("check-ins sent", len(report.sent)),
            ("reminded", len(report.reminded)),
            ("overdue", len(report.overdue)),
            ("held (address bouncing or daily limit)", len(report.held)),
        ],
    )
    result = report.as_dict()
    if send:
        result["send"] = send_queued_mail().as_dict()
    return result
