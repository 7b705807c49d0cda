"""The send flow: deliver queued outgoing mail (grantbox.sender), with retries when the SMTP
or IMAP server is down. Intake runs it right after each pass, so an applicant's questions go
out within a minute; its own deployment retries what failed, on its own schedule."""

from __future__ import annotations

from typing import Any

from prefect import flow, get_run_logger, task

from flows.retry import RETRIES
from flows.summary import publish_summary
from grantbox.config import load_settings
from grantbox.intake import open_mailbox
from grantbox.sender import SendReport, send_pending
from grantbox.store import open_store


@task(**RETRIES)
def send_queued_mail() -> SendReport:
    settings = load_settings()
    store = open_store(settings)
    mailbox = open_mailbox(settings)
    try:
        return send_pending(settings, store, mailbox)
    finally:
        mailbox.close()
        store.dispose()


@flow(name="send")
def send() -> dict[str, Any]:
    """Send every queued email that is due, exactly once."""
    report = send_queued_mail()
    get_run_logger().info(
        "sent %s, recovered %s, retrying %s, failed %s",
        report.sent,
        report.recovered,
        report.retried,
        report.failed,
    )
    publish_summary(
        "send-summary",
        "Sending",
        [
            ("sent", report.sent),
            ("found already delivered (after a crash)", report.recovered),
            ("will be tried again", report.retried),
            ("failed for good", report.failed),
            ("held back (address bounced)", report.suppressed),
            ("seconds", f"{report.seconds:.2f}"),
        ],
    )
    return report.as_dict()
