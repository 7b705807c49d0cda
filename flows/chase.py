"""The chase flow: once a day, remind applicants who have gone quiet, close the silent ones,
and send what it queued. The work is `grantbox.chase.chase` (also `grantbox chase`)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from prefect import flow, task

from flows.outbox import send_queued_mail
from flows.retry import RETRIES
from flows.summary import publish_summary
from grantbox.chase import ChaseReport
from grantbox.chase import chase as chase_pass
from grantbox.config import load_settings
from grantbox.store import open_store


@task(**RETRIES)
def remind_quiet_applicants(at: datetime | None = None) -> ChaseReport:
    settings = load_settings()
    store = open_store(settings)
    try:
        return chase_pass(settings, store, now=at)
    finally:
        store.dispose()


@flow(name="chase")
def chase(at: datetime | None = None, send: bool = True) -> dict[str, Any]:
    """Remind, close, then send the reminders."""
    report = remind_quiet_applicants(at)
    publish_summary(
        "chase-summary",
        f"Chase at {report.at:%Y-%m-%d %H:%M} UTC",
        [
            ("waiting for the applicant", report.waiting),
            ("reminded", len(report.reminded)),
            ("marked stale", len(report.stale)),
        ],
    )
    result = report.as_dict()
    if send:
        result["send"] = send_queued_mail().as_dict()
    return result
