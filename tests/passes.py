"""One intake pass or one send pass on a fresh connection, as the flows run them."""

from __future__ import annotations

from typing import Any

from grantbox.config import Settings
from grantbox.intake import IntakeReport, open_mailbox, run_intake
from grantbox.sender import SendReport, send_pending
from grantbox.store import Store


def intake_once(settings: Settings, store: Store, **kwargs: Any) -> IntakeReport:
    mailbox = open_mailbox(settings)
    try:
        return run_intake(settings, store, mailbox, **kwargs)
    finally:
        mailbox.close()


def send_once(settings: Settings, store: Store) -> SendReport:
    mailbox = open_mailbox(settings)
    try:
        return send_pending(settings, store, mailbox)
    finally:
        mailbox.close()
