"""The sender: delivers queued outbox rows over SMTP, exactly once each.

For each due row: mark it `sending` (committed), hand it to SMTP with a Bcc to the program's
own address, append a copy to the Sent folder, mark it `sent` (committed). The Bcc copy is the
proof of delivery that survives a crash: the server files it in our own mailbox in the same
step in which it accepts the message for the applicant. So a row found `sending` — its sender
died somewhere between the two commits — is looked up by Message-ID in Sent and in the
inbox: found, it was sent (and is filed in Sent if it was not yet); not found, it was not, and
goes again. The applicant never gets it twice and is never skipped.

An email whose application was flagged `bouncing` after it was queued is not sent but
suppressed, with the reason, like one queued after the bounce (grantbox.outbox). So is one whose
address has no normalised form, and an automatic one to a mailbox that already had its daily
limit: rows an earlier version queued with the address as the applicant wrote it
(`"\\victim"@example.org`) are held to the same rules. The SMTP envelope recipient is always
the normalised address (`outbox.recipient`), never the stored spelling.

SMTP failures are retried with exponential backoff, each retry starting with that same
lookup (a connection cut after DATA may have delivered it); a permanent refusal of the recipient
(5xx), or `send_max_attempts` failures, marks the row failed with the server's words.
"""

from __future__ import annotations

import contextlib
import logging
import smtplib
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta

from sqlalchemy import or_, select, update

from grantbox.config import Settings
from grantbox.errors import ConfigError, MailboxError
from grantbox.mailbox import Mailbox
from grantbox.outbox import (
    BOUNCED_REASON,
    BOUNCING,
    FAILED,
    HUMAN_KINDS,
    QUEUED,
    SENDING,
    SENT,
    SUPPRESSED,
    UNSENDABLE,
    automatic_emails_to,
    daily_limit_reason,
    recipient,
)
from grantbox.store import Store
from grantbox.store.tables import Application, Event, OutboxRow, utcnow

log = logging.getLogger(__name__)
ACTOR = "sender"


@dataclass
class SendReport:
    sent: int = 0
    recovered: int = 0  # found already delivered after a crash
    retried: int = 0  # failed this time, will be tried again
    failed: int = 0
    suppressed: int = 0  # bounced after it was queued, no usable address, daily limit: not sent
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def as_dict(self) -> dict[str, object]:
        return {
            "sent": self.sent,
            "recovered": self.recovered,
            "retried": self.retried,
            "failed": self.failed,
            "suppressed": self.suppressed,
            "errors": self.errors,
            "seconds": round(self.seconds, 3),
        }


def open_smtp(settings: Settings) -> smtplib.SMTP:
    if not settings.smtp_host:
        raise ConfigError("no SMTP server configured: set GRANTBOX_SMTP_HOST (or run the demo)")
    port = settings.smtp_port or (465 if settings.smtp_security == "ssl" else 587)
    smtp: smtplib.SMTP
    if settings.smtp_security == "ssl":
        smtp = smtplib.SMTP_SSL(
            settings.smtp_host, port, timeout=60, context=ssl.create_default_context()
        )
    else:
        smtp = smtplib.SMTP(settings.smtp_host, port, timeout=60)
        if settings.smtp_security == "starttls":
            smtp.starttls(context=ssl.create_default_context())
    if settings.smtp_user:
        smtp.login(settings.smtp_user, settings.smtp_password.get_secret_value())
    return smtp


def _backoff(attempts: int) -> timedelta:
    return timedelta(seconds=min(60 * 2 ** (attempts - 1), 6 * 3600))


def _due(store: Store, settings: Settings, now: datetime) -> list[int]:
    stale = now - timedelta(seconds=settings.send_recovery_seconds)
    with store.transaction() as session:
        return list(
            session.scalars(
                select(OutboxRow.id)
                .where(
                    or_(
                        (OutboxRow.status == QUEUED) & (OutboxRow.next_attempt_at <= now),
                        (OutboxRow.status == SENDING)
                        & (OutboxRow.sending_since <= stale)
                        & (OutboxRow.next_attempt_at <= now),
                    )
                )
                .order_by(OutboxRow.id)
            )
        )


def _still_due(row: OutboxRow, settings: Settings, now: datetime) -> bool:
    """Due as `_due` saw it, read again now: the list was made at the start of the pass, and
    a row another sender has just claimed is `sending` but not stale."""
    if row.status == QUEUED:
        return True
    if row.status != SENDING or row.sending_since is None:
        return False
    stale = now - timedelta(seconds=settings.send_recovery_seconds)
    return _aware(row.sending_since) <= stale and _aware(row.next_attempt_at) <= now


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)  # SQLite drops the zone


def _delivered(mailbox: Mailbox, settings: Settings, message_id: str) -> tuple[bool, bool]:
    """(in Sent, anywhere we can see it: Sent or our Bcc copy in the inbox)."""
    in_sent = mailbox.contains_message_id(settings.sent_folder, message_id)
    if in_sent:
        return True, True
    return False, mailbox.contains_message_id(settings.imap_folder, message_id)


def send_pending(
    settings: Settings,
    store: Store,
    mailbox: Mailbox,
    *,
    smtp_factory: Callable[[Settings], smtplib.SMTP] = open_smtp,
    now: datetime | None = None,
) -> SendReport:
    """One pass: send every due row. `mailbox` is connected; SMTP is opened when needed."""
    started = time.perf_counter()
    report = SendReport()
    ids = _due(store, settings, now or utcnow())
    if not ids:
        report.seconds = time.perf_counter() - started
        return report
    mailbox.ensure_folder(settings.sent_folder)
    smtp: smtplib.SMTP | None = None
    try:
        for row_id in ids:
            smtp = _send_one(
                settings, store, mailbox, row_id, smtp, smtp_factory, report, now or utcnow()
            )
    finally:
        if smtp is not None:
            with contextlib.suppress(smtplib.SMTPException, OSError):
                smtp.quit()
    report.seconds = time.perf_counter() - started
    return report


def _send_one(
    settings: Settings,
    store: Store,
    mailbox: Mailbox,
    row_id: int,
    smtp: smtplib.SMTP | None,
    smtp_factory: Callable[[Settings], smtplib.SMTP],
    report: SendReport,
    now: datetime,
) -> smtplib.SMTP | None:
    with store.transaction() as session:
        row = session.get(OutboxRow, row_id)
        if row is None or not _still_due(row, settings, now):
            return smtp  # another sender took it (or is sending it right now)
        message_id, raw, crashed = row.message_id, row.raw, row.status
        seen_attempts = row.attempts
        app = session.get(Application, row.application_id) if row.application_id else None
        bouncing = app is not None and BOUNCING in app.flags
        to_addr, held = recipient(row.to_addr)
        if to_addr is not None and app is not None and row.kind not in HUMAN_KINDS:
            # Counted again here, by mailbox: enqueue already did for rows it wrote, but not
            # an earlier version for rows stored under other spellings of the same mailbox.
            earlier = automatic_emails_to(
                session,
                to_addr,
                since=now - timedelta(days=1),
                statuses=(SENDING, SENT),
                exclude_id=row.id,
            )
            if earlier >= settings.max_auto_emails_per_day:
                held = daily_limit_reason(settings, to_addr)
    if crashed == SENDING:
        in_sent, delivered = _delivered(mailbox, settings, message_id)
        if delivered:
            if not in_sent:
                mailbox.append(settings.sent_folder, raw)
            _mark_sent(store, row_id, "found delivered after an interrupted send")
            report.recovered += 1
            return smtp
    if bouncing:
        # The address bounced after this email was queued (a bounce in the same intake pass,
        # during a decision's hold): the rule of the outbox holds at the last moment too.
        report.suppressed += _suppress(store, row_id, BOUNCED_REASON, (crashed, seen_attempts))
        return smtp
    if held is not None or to_addr is None:
        report.suppressed += _suppress(store, row_id, held or UNSENDABLE, (crashed, seen_attempts))
        return smtp
    # Claim the row: only if no other sender (the intake flow's, the send deployment's) has
    # touched it since we read it. Two senders never transmit the same row.
    with store.transaction() as session:
        claimed = session.execute(
            update(OutboxRow)
            .where(
                OutboxRow.id == row_id,
                OutboxRow.status == crashed,
                OutboxRow.attempts == seen_attempts,
            )
            .values(status=SENDING, sending_since=utcnow(), attempts=seen_attempts + 1)
            .execution_options(synchronize_session=False)
        )
        if getattr(claimed, "rowcount", 0) != 1:
            return smtp
        attempts = seen_attempts + 1
    try:
        if smtp is None:
            smtp = smtp_factory(settings)
        _transmit(smtp, settings.from_address, to_addr, raw)
    except smtplib.SMTPRecipientsRefused as e:
        [(address, (code, text))] = e.recipients.items()
        words = _words(text)
        if address != to_addr:
            words += f" (our own address {address}, the copy that proves delivery)"
        _fail_or_retry(store, row_id, attempts, settings, code, words, report)
        if code != 421:
            return smtp  # the transaction was reset: the connection carries the next one
        # 421: the server is closing the connection.
        with contextlib.suppress(smtplib.SMTPException, OSError):
            if smtp is not None:
                smtp.close()
        return None
    except (smtplib.SMTPException, OSError) as e:
        code = getattr(e, "smtp_code", 0)
        text = getattr(e, "smtp_error", str(e).encode())
        _fail_or_retry(store, row_id, attempts, settings, code, text, report)
        with contextlib.suppress(smtplib.SMTPException, OSError):
            if smtp is not None:
                smtp.close()
        return None  # a fresh connection next time
    try:
        mailbox.append(settings.sent_folder, raw)
    except MailboxError:
        # Delivered all the same; a missing Sent copy must not make us send it again.
        log.exception("could not file outbox %s in %s", row_id, settings.sent_folder)
    _mark_sent(store, row_id, "")
    report.sent += 1
    return smtp


def _transmit(smtp: smtplib.SMTP, our_address: str, to_addr: str, raw: bytes) -> None:
    """One SMTP transaction to the applicant with an envelope-only Bcc to ourselves (the
    applicant's copy shows no Bcc header). DATA goes only once *both* recipients are
    accepted: `smtplib.sendmail` would send it when any one is, and a Bcc copy delivered
    without the applicant's would later be taken for proof that the applicant got it."""
    smtp.ehlo_or_helo_if_needed()
    code, text = smtp.mail(our_address)
    if code != 250:
        _abandon(smtp, code)
        raise smtplib.SMTPSenderRefused(code, text, our_address)
    for rcpt in (to_addr, our_address):
        code, text = smtp.rcpt(rcpt)
        if code not in (250, 251):
            _abandon(smtp, code)
            raise smtplib.SMTPRecipientsRefused({rcpt: (code, text)})
    code, text = smtp.data(raw)
    if code != 250:
        _abandon(smtp, code)
        raise smtplib.SMTPDataError(code, text)


def _abandon(smtp: smtplib.SMTP, code: int) -> None:
    """End a refused transaction so the connection can carry the next email."""
    if code == 421:
        return  # the server closes the connection itself
    with contextlib.suppress(smtplib.SMTPException, OSError):
        smtp.rset()


def _words(text: bytes | str) -> str:
    return text.decode(errors="replace") if isinstance(text, bytes) else str(text)


def _suppress(store: Store, row_id: int, reason: str, seen: tuple[str, int]) -> bool:
    """Suppress the row if it is still as we read it (`seen`: status, attempts): another
    sender may have claimed it meanwhile, and what it does with the row stands."""
    with store.transaction() as session:
        row = session.get(OutboxRow, row_id)
        assert row is not None
        if (row.status, row.attempts) != seen:
            return False
        row.status = SUPPRESSED
        row.reason = reason
        session.add(
            Event(
                application_id=row.application_id,
                actor=ACTOR,
                kind="mail_suppressed",
                reason=f"{row.kind}: {reason}",
            )
        )
    return True


def _mark_sent(store: Store, row_id: int, note: str) -> None:
    with store.transaction() as session:
        row = session.get(OutboxRow, row_id)
        assert row is not None
        row.status = SENT
        row.sent_at = utcnow()
        row.last_error = None
        session.add(
            Event(
                application_id=row.application_id,
                actor=ACTOR,
                kind="mail_sent",
                reason=f"{row.kind} to {row.to_addr}" + (f" ({note})" if note else ""),
            )
        )


def _fail_or_retry(
    store: Store,
    row_id: int,
    attempts: int,
    settings: Settings,
    code: int,
    text: bytes | str,
    report: SendReport,
) -> None:
    error = f"{code} {_words(text)}".strip()
    permanent = 500 <= code < 600
    with store.transaction() as session:
        row = session.get(OutboxRow, row_id)
        assert row is not None
        row.last_error = error[:2000]
        if permanent or attempts >= settings.send_max_attempts:
            row.status = FAILED
            row.reason = (
                f"the mail server refused it: {error}"
                if permanent
                else f"gave up after {attempts} attempts: {error}"
            )
            session.add(
                Event(
                    application_id=row.application_id,
                    actor=ACTOR,
                    kind="mail_failed",
                    reason=f"{row.kind} to {row.to_addr}: {row.reason}"[:2000],
                )
            )
            report.failed += 1
        else:
            # Still "sending": a failure after DATA may have delivered it all the same (the
            # connection cut before the 250), so the next attempt looks for it first.
            row.next_attempt_at = utcnow() + _backoff(attempts)
            report.retried += 1
    report.errors.append(f"outbox {row_id}: {error}")
