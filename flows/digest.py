"""The digest flow: once a day, email the reviewers what waits for them, and send it. The
work is `grantbox.digest.digest` (also `grantbox digest`)."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from prefect import flow, task

from flows.outbox import send_queued_mail
from flows.retry import RETRIES
from flows.summary import publish_summary
from grantbox.config import load_settings
from grantbox.digest import DigestReport
from grantbox.digest import digest as digest_pass
from grantbox.store import open_store


@task(**RETRIES)
def queue_digest(at: datetime | None = None) -> DigestReport:
    settings = load_settings()
    store = open_store(settings)
    try:
        return digest_pass(settings, store, now=at)
    finally:
        store.dispose()


@flow(name="digest")
def digest(at: datetime | None = None, send: bool = True) -> dict[str, Any]:
    """Queue the day's digest to every reviewer, then send it."""
    report = queue_digest(at)
    publish_summary(
        "digest-summary",
        f"Digest at {report.at:%Y-%m-%d %H:%M} UTC",
        [
            ("recipients", len(report.recipients)),
            ("queued now", len(report.queued)),
            ("already queued today", len(report.already_queued)),
            ("waiting for review", report.waiting),
            (f"new since {report.since:%Y-%m-%d %H:%M}", report.new),
            ("needs a human", report.needs_human),
            ("asked to withdraw", len(report.withdrawing)),
            ("outcome", f"skipped: {report.skipped}" if report.skipped else "queued"),
        ],
    )
    result = report.as_dict()
    if send:
        result["send"] = send_queued_mail().as_dict()
    return result
