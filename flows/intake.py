"""The intake flow: take in new mail from the program's mailbox, on a schedule.

Thin on purpose: Prefect adds the schedule, retries with backoff when IMAP or the database
fails, one-at-a-time (the deployment's concurrency limit) and a summary artifact per run. The
work itself is `grantbox.intake.run_intake`, which `grantbox intake` also calls directly; then
the send task delivers what the pass queued.
"""

from __future__ import annotations

from typing import Any

from prefect import flow, get_run_logger, task

from flows.outbox import send_queued_mail
from flows.retry import RETRIES
from flows.summary import publish_summary
from grantbox.config import load_settings
from grantbox.intake import IntakeReport, open_mailbox, run_intake
from grantbox.store import open_store


@task(**RETRIES)
def take_in_new_mail(reply_to_backlog: bool = False) -> IntakeReport:
    settings = load_settings()
    store = open_store(settings)
    mailbox = open_mailbox(settings)
    try:
        return run_intake(settings, store, mailbox, reply_to_backlog=reply_to_backlog)
    finally:
        mailbox.close()
        store.dispose()


def summary_rows(report: IntakeReport) -> list[tuple[str, object]]:
    return [
        ("new messages recorded", report.recorded),
        ("already known (copies, resyncs)", report.duplicates),
        ("new applications", report.applications_created),
        ("could not be parsed", report.errors),
        *((f"kind: {kind}", count) for kind, count in sorted(report.kinds.items())),
        ("IMAP commands", report.imap_commands),
        ("seconds", f"{report.seconds:.2f}"),
    ]


@flow(name="intake", log_prints=False)
def intake(reply_to_backlog: bool = False, send: bool = True) -> dict[str, Any]:
    """Record every email that arrived since the last run, exactly once; then send what it
    queued (the follow-up questions), so applicants hear back within the minute."""
    report = take_in_new_mail(reply_to_backlog=reply_to_backlog)
    get_run_logger().info(
        "recorded %s, duplicates %s, errors %s", report.recorded, report.duplicates, report.errors
    )
    publish_summary("intake-summary", f"Intake of {report.folder}", summary_rows(report))
    result = report.as_dict()
    if send:
        result["send"] = send_queued_mail().as_dict()
    return result
