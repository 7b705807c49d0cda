"""The retention flow: once a day, erase what the retention settings say is past its time
(rejected, withdrawn and stale applications, emails filed under no application). The work is
`grantbox.privacy.apply_retention` (also `grantbox retention`); with no GRANTBOX_RETENTION_DAYS_*
set it erases nothing."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from prefect import flow, task

from flows.retry import RETRIES
from flows.summary import publish_summary
from grantbox.config import load_settings
from grantbox.privacy import Retention, apply_retention, retention_settings_text
from grantbox.store import open_store


@task(**RETRIES)
def erase_expired(at: datetime | None = None) -> tuple[Retention, str]:
    settings = load_settings()
    store = open_store(settings)
    try:
        return apply_retention(settings, store, now=at), retention_settings_text(settings)
    finally:
        store.dispose()


@flow(name="retention")
def retention(at: datetime | None = None) -> dict[str, Any]:
    """Erase what is past its retention time; the summary holds counts only."""
    report, policy = erase_expired(at)
    publish_summary(
        "retention-summary",
        f"Retention at {report.expired.at:%Y-%m-%d %H:%M} UTC",
        [
            ("policy", policy),
            ("applications erased", report.erasure.applications),
            ("emails filed under no application erased", len(report.expired.unmatched)),
            ("stored files removed", report.erasure.files),
        ],
    )
    return report.as_dict()
