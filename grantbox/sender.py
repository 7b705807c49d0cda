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

Only a permanent answer about the message itself — a 5xx to its recipient or to its DATA —
fails a row, with the server's words. Anything else the server does (no connection, no answer
within `smtp_timeout`, a 4xx, a 421, our own address refused) leaves the row queued and tries
it again after 1, 2, 4, … minutes, at most `send_backoff_cap_minutes` apart, with no limit on
attempts; each retry starts with that same lookup (a connection cut after DATA may have
delivered it). A failure of the server itself ends the pass: the rows not tried yet wait for
the same next try, so an outage costs one connection attempt (or one timeout) per pass.

A Sent folder that refuses the copy never holds mail back: the Bcc copy proves delivery, the
row is marked sent with `SENT_COPY_PENDING` in its reason, and a later pass files the copy
(looking first whether it is there already).

Sent is the folder the server marks \\Sent (SPECIAL-USE, `Mailbox.sent_folder`), else the
setting. Where the provider files the sent copy itself (`sent_copy = "provider"`: Gmail,
Microsoft 365) grantbox never APPENDs or creates it, and that copy, filed in the step in which
the provider takes the message, is looked for first after a crash, like ours would be.
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
from sqlalchemy.orm import Session

from grantbox import oauth
from grantbox.config import Settings
from grantbox.errors import ConfigError, GrantboxError, MailboxError
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


# A sent email whose copy could not be filed in Sent (the folder refused the APPEND) has a
# reason starting with this; a later pass files it, after looking whether it is there already.
# Delivery itself is proven by the Bcc copy in our inbox: a missing Sent copy never holds mail.
SENT_COPY_PENDING = "delivered; not yet filed in Sent: "
FILE_LATER_BATCH = 100  # Sent copies filed late per pass, at most


@dataclass
class SendReport:
    sent: int = 0
    recovered: int = 0  # found already delivered after a crash
    retried: int = 0  # tried and failed for now (the server said "later", or did not answer)
    failed: int = 0  # refused for good (a 5xx to its recipient or its DATA)
    suppressed: int = 0  # bounced after it was queued, no usable address, daily limit: not sent
    deferred: int = 0  # not tried: the server failed earlier in the pass; left for `next_try`
    unfiled: int = 0  # delivered, but Sent refused its copy: filed by a later pass
    filed: int = 0  # Sent copies of earlier emails filed (late) in this pass
    next_try: datetime | None = None  # when what this pass left queued is tried again
    errors: list[str] = field(default_factory=list)
    seconds: float = 0.0

    @property
    def left(self) -> int:
        """Due emails this pass could not deliver and left queued for a later pass."""
        return self.retried + self.deferred

    def later(self, until: datetime) -> None:
        if self.next_try is None or until < self.next_try:
            self.next_try = until

    def as_dict(self) -> dict[str, object]:
        return {
            "sent": self.sent,
            "recovered": self.recovered,
            "retried": self.retried,
            "failed": self.failed,
            "suppressed": self.suppressed,
            "deferred": self.deferred,
            "unfiled": self.unfiled,
            "filed": self.filed,
            "next_try": self.next_try.isoformat() if self.next_try else None,
            "errors": self.errors,
            "seconds": round(self.seconds, 3),
        }


class _ServerDown(Exception):
    """The SMTP server cannot take mail now (unreachable, silent, closing the connection,
    refusing our own address): the pass stops and leaves the rest of the queue until `until`."""

    def __init__(self, until: datetime, error: str, row_id: int) -> None:
        super().__init__(error)
        self.until, self.error, self.row_id = until, error, row_id


@dataclass
class _Filing:
    """Sent in this pass: once it refused a copy, the pass stops trying (one failure a pass)."""

    error: str | None = None


def open_smtp(settings: Settings) -> smtplib.SMTP:
    if not settings.smtp_host:
        raise ConfigError("no SMTP server configured: set GRANTBOX_SMTP_HOST (or run the demo)")
    port = settings.smtp_port or (465 if settings.smtp_security == "ssl" else 587)
    timeout = settings.smtp_timeout
    smtp: smtplib.SMTP
    if settings.smtp_security == "ssl":
        smtp = smtplib.SMTP_SSL(
            settings.smtp_host, port, timeout=timeout, context=ssl.create_default_context()
        )
    else:
        smtp = smtplib.SMTP(settings.smtp_host, port, timeout=timeout)
        if settings.smtp_security == "starttls":
            smtp.starttls(context=ssl.create_default_context())
    # The password (when GRANTBOX_SMTP_USER is set) or OAuth2, as configured: a refusal is an
    # OutboxSignInError (an SMTPException: the mail stays queued, with its one-line reason).
    try:
        oauth.smtp_sign_in(smtp, settings)
    except BaseException:
        with contextlib.suppress(smtplib.SMTPException, OSError):
            smtp.close()
        raise
    return smtp


def _backoff(attempts: int, settings: Settings) -> timedelta:
    """1, 2, 4, … minutes after the n-th failed attempt, capped; never a limit on attempts."""
    seconds = 60.0 * 2 ** min(max(attempts, 1) - 1, 20)
    return timedelta(seconds=min(seconds, max(60.0, settings.send_backoff_cap_minutes * 60)))


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
        return _aware(row.next_attempt_at) <= now
    if row.status != SENDING or row.sending_since is None:
        return False
    stale = now - timedelta(seconds=settings.send_recovery_seconds)
    return _aware(row.sending_since) <= stale and _aware(row.next_attempt_at) <= now


def _aware(value: datetime) -> datetime:
    return value if value.tzinfo else value.replace(tzinfo=UTC)  # SQLite drops the zone


def _provider_files(settings: Settings) -> bool:
    """The SMTP server files the sent copy in Sent itself (Gmail, Microsoft 365): grantbox
    never APPENDs one, and that copy is a proof of delivery like our Bcc copy (the provider
    files it in the step in which it takes the message)."""
    return settings.sent_copy == "provider"


def _delivered(mailbox: Mailbox, settings: Settings, message_id: str) -> tuple[bool, bool]:
    """(in Sent, anywhere we can see it: Sent or our Bcc copy in the inbox). Sent is the
    folder the server marks \\Sent (else the setting): where we, or the provider, file the
    copy. A Sent folder we cannot read is no answer: the Bcc copy in the inbox decides. An
    inbox we cannot read raises MailboxError: then nobody can tell, and the email waits."""
    sent = mailbox.sent_folder()
    try:
        if mailbox.contains_message_id(sent, message_id):
            return True, True
    except MailboxError as e:
        log.warning("cannot look in %s (the inbox decides): %s", sent, e)
    return False, mailbox.contains_message_id(settings.imap_folder, message_id)


def _file(mailbox: Mailbox, settings: Settings, raw: bytes, filing: _Filing) -> str | None:
    """File a delivered email's copy in Sent; why not, when it could not be (for later).
    Nothing to do where the provider files it itself."""
    if _provider_files(settings):
        return None
    if filing.error is not None:
        return filing.error
    sent = mailbox.sent_folder()
    try:
        mailbox.append(sent, raw)
    except MailboxError as e:
        filing.error = _oneline(str(e))
        log.warning("%s; filing in %s later", filing.error, sent)
        return filing.error
    return None


def send_pending(
    settings: Settings,
    store: Store,
    mailbox: Mailbox,
    *,
    smtp_factory: Callable[[Settings], smtplib.SMTP] = open_smtp,
    now: datetime | None = None,
) -> SendReport:
    """One pass: send every due row. `mailbox` is connected; SMTP is opened when needed.

    The first failure of the server itself (no connection, no answer within `smtp_timeout`, a
    421, our own address refused) ends the pass: every row not tried yet waits for the same
    next try. Then Sent copies that an earlier pass could not file are filed."""
    started = time.perf_counter()
    report = SendReport()
    filing = _Filing()
    ids = _due(store, settings, now or utcnow())
    if ids:
        _ensure_sent(mailbox, settings, filing)
        smtp: smtplib.SMTP | None = None
        try:
            for i, row_id in enumerate(ids):
                try:
                    smtp = _send_one(
                        settings,
                        store,
                        mailbox,
                        row_id,
                        smtp,
                        smtp_factory,
                        report,
                        now or utcnow(),
                        filing,
                    )
                except _ServerDown as down:
                    smtp = None
                    report.later(down.until)
                    _defer(store, settings, ids[i + 1 :], down, now or utcnow(), report)
                    break
        finally:
            if smtp is not None:
                with contextlib.suppress(smtplib.SMTPException, OSError):
                    smtp.quit()
    _file_later(store, settings, mailbox, filing, report, ensured=bool(ids))
    report.seconds = time.perf_counter() - started
    return report


def _ensure_sent(mailbox: Mailbox, settings: Settings, filing: _Filing) -> None:
    if _provider_files(settings):
        return  # the provider's own Sent folder: never created (or written) by us
    try:
        mailbox.ensure_folder(mailbox.sent_folder())
    except MailboxError as e:
        filing.error = _oneline(str(e))
        log.warning("%s; sending all the same, filing in Sent later", filing.error)


def _defer(
    store: Store,
    settings: Settings,
    ids: list[int],
    down: _ServerDown,
    now: datetime,
    report: SendReport,
) -> None:
    """The rows of this pass not tried because the server failed: same next try, and why."""
    if not ids:
        return
    stale = now - timedelta(seconds=settings.send_recovery_seconds)
    why = f"not tried after outbox {down.row_id}: {down.error}"
    with store.transaction() as session:
        result = session.execute(
            update(OutboxRow)
            .where(
                OutboxRow.id.in_(ids),
                OutboxRow.next_attempt_at <= now,
                or_(
                    OutboxRow.status == QUEUED,
                    (OutboxRow.status == SENDING) & (OutboxRow.sending_since <= stale),
                ),
            )
            .values(next_attempt_at=down.until, last_error=why[:2000])
            .execution_options(synchronize_session=False)
        )
        deferred = int(getattr(result, "rowcount", 0) or 0)
    if deferred:
        report.deferred += deferred
        report.errors.append(f"{deferred} more email(s) {why}")


def _file_later(
    store: Store,
    settings: Settings,
    mailbox: Mailbox,
    filing: _Filing,
    report: SendReport,
    *,
    ensured: bool,
) -> None:
    """File the Sent copies earlier passes could not: each only if it is not there already
    (an APPEND whose answer was lost may have stored it). Stops at the first refusal."""
    if filing.error is not None or _provider_files(settings):
        # Sent refused this very pass: next time. Or the provider files the copies now: a
        # note left from before the switch stays (nothing to file, nothing lost).
        return
    with store.transaction() as session:
        pending = list(
            session.execute(
                select(OutboxRow.id, OutboxRow.message_id, OutboxRow.raw)
                .where(
                    OutboxRow.status == SENT,
                    OutboxRow.reason.like(SENT_COPY_PENDING + "%"),
                )
                .order_by(OutboxRow.id)
                .limit(FILE_LATER_BATCH)
            )
        )
    if not pending:
        return
    if not ensured:
        _ensure_sent(mailbox, settings, filing)
    for row_id, message_id, raw in pending:
        try:
            there = mailbox.contains_message_id(mailbox.sent_folder(), message_id)
        except MailboxError as e:
            filing.error = _oneline(str(e))
            log.warning("%s; filing in %s later", filing.error, mailbox.sent_folder())
            return
        if not there and _file(mailbox, settings, raw, filing) is not None:
            return
        with store.transaction() as session:
            row = session.get(OutboxRow, row_id)
            if row is not None and row.reason and row.reason.startswith(SENT_COPY_PENDING):
                row.reason = None
        report.filed += 1


def _send_one(
    settings: Settings,
    store: Store,
    mailbox: Mailbox,
    row_id: int,
    smtp: smtplib.SMTP | None,
    smtp_factory: Callable[[Settings], smtplib.SMTP],
    report: SendReport,
    now: datetime,
    filing: _Filing,
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
    seen = (crashed, seen_attempts)
    if crashed == SENDING or seen_attempts > 0:
        # Interrupted, failed before, or put back by hand: it may have gone out. Look first.
        try:
            in_sent, delivered = _delivered(mailbox, settings, message_id)
        except MailboxError as e:
            error = f"cannot tell whether it went out: {_oneline(str(e))}"
            until = now + _backoff(seen_attempts, settings)
            _postpone(store, row_id, seen, until, error, attempt=False)
            report.retried += 1
            report.later(until)
            report.errors.append(f"outbox {row_id}: {error}")
            return smtp
        if delivered:
            unfiled = None if in_sent else _file(mailbox, settings, raw, filing)
            if _mark_sent(
                store, row_id, "found delivered after an interrupted send", unfiled, seen=seen
            ):
                report.recovered += 1
                report.unfiled += unfiled is not None
            return smtp
    if bouncing:
        # The address bounced after this email was queued (a bounce in the same intake pass,
        # during a decision's hold): the rule of the outbox holds at the last moment too.
        report.suppressed += _suppress(store, row_id, BOUNCED_REASON, seen)
        return smtp
    if held is not None or to_addr is None:
        report.suppressed += _suppress(store, row_id, held or UNSENDABLE, seen)
        return smtp
    if smtp is None:
        # Connect before claiming: a server we cannot reach has not had the email, so the row
        # stays as it was (queued), with the attempt counted, the reason and the next try.
        try:
            smtp = smtp_factory(settings)
        except (smtplib.SMTPException, OSError) as e:
            error = _server_error(settings, e)
            until = now + _backoff(seen_attempts + 1, settings)
            _postpone(store, row_id, seen, until, error, attempt=True)
            report.retried += 1
            report.errors.append(f"outbox {row_id}: {error}")
            raise _ServerDown(until, error, row_id) from e
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
        _transmit(smtp, settings.from_address, to_addr, raw)
    except smtplib.SMTPRecipientsRefused as e:
        [(address, (code, text))] = e.recipients.items()
        words = _words(text)
        ours = address != to_addr
        if ours:
            words += f" (our own address {address}, the copy that proves delivery)"
        # Only the applicant's address refused for good fails the email; our own address
        # refused would fail every email alike: that is the server's problem, not this one's.
        until = _fail_or_retry(
            store, row_id, attempts, settings, code, words, report, now,
            permanent=not ours and 500 <= code < 600,
        )  # fmt: skip
        if ours or not 400 <= code < 600 or code == 421:
            _close(smtp)
            raise _ServerDown(until, f"{code} {words}", row_id) from e
        return smtp  # the transaction was reset: the connection carries the next one
    except smtplib.SMTPDataError as e:
        code, said = e.smtp_code, e.smtp_error
        until = _fail_or_retry(
            store, row_id, attempts, settings, code, said, report, now,
            permanent=500 <= code < 600,
        )  # fmt: skip
        if not 400 <= code < 600 or code == 421:
            _close(smtp)
            raise _ServerDown(until, f"{code} {_words(said)}", row_id) from e
        return smtp
    except (smtplib.SMTPException, OSError) as e:
        # MAIL FROM refused (it names us, not this email), the connection cut or silent.
        code = getattr(e, "smtp_code", 0)
        error = _server_error(settings, e)
        until = _fail_or_retry(
            store, row_id, attempts, settings, code, error if not code else
            getattr(e, "smtp_error", b""), report, now, permanent=False,
        )  # fmt: skip
        _close(smtp)
        raise _ServerDown(until, error, row_id) from e
    unfiled = _file(mailbox, settings, raw, filing)
    _mark_sent(store, row_id, "", unfiled)
    report.sent += 1
    report.unfiled += unfiled is not None
    return smtp


def _close(smtp: smtplib.SMTP | None) -> None:
    with contextlib.suppress(smtplib.SMTPException, OSError):
        if smtp is not None:
            smtp.close()


def _oneline(text: str) -> str:
    return " ".join(text.split())


def _server_error(settings: Settings, e: BaseException) -> str:
    code = getattr(e, "smtp_code", 0)
    if code:
        return f"{code} {_words(getattr(e, 'smtp_error', b''))}".strip()
    where = f"{settings.smtp_host}:{settings.smtp_port or ''}".rstrip(":")
    what = str(e) or type(e).__name__
    if isinstance(e, TimeoutError) or "timed out" in what:
        return f"the mail server {where} did not answer within {settings.smtp_timeout:g} s"
    return _oneline(f"the mail server {where}: {what}")


def _postpone(
    store: Store,
    row_id: int,
    seen: tuple[str, int],
    until: datetime,
    error: str,
    *,
    attempt: bool,
) -> None:
    """Leave the row as it is (queued or sending), with the next try and the reason; only if
    no other sender has touched it since we read it."""
    status, attempts = seen
    with store.transaction() as session:
        session.execute(
            update(OutboxRow)
            .where(
                OutboxRow.id == row_id,
                OutboxRow.status == status,
                OutboxRow.attempts == attempts,
            )
            .values(
                next_attempt_at=until,
                last_error=error[:2000],
                attempts=attempts + 1 if attempt else attempts,
            )
            .execution_options(synchronize_session=False)
        )


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


def _mark_sent(
    store: Store,
    row_id: int,
    note: str,
    unfiled: str | None = None,
    *,
    seen: tuple[str, int] | None = None,
) -> bool:
    """Mark the row sent (if it is still as we read it, when `seen` is given). `unfiled`: why
    its copy is not in Sent yet, kept in `reason` so a later pass files it."""
    with store.transaction() as session:
        row = session.get(OutboxRow, row_id)
        assert row is not None
        if seen is not None and (row.status, row.attempts) != seen:
            return False
        row.status = SENT
        row.sent_at = utcnow()
        row.last_error = None
        row.reason = (SENT_COPY_PENDING + unfiled)[:2000] if unfiled is not None else None
        session.add(
            Event(
                application_id=row.application_id,
                actor=ACTOR,
                kind="mail_sent",
                reason=f"{row.kind} to {row.to_addr}" + (f" ({note})" if note else ""),
            )
        )
    return True


def _fail_or_retry(
    store: Store,
    row_id: int,
    attempts: int,
    settings: Settings,
    code: int,
    text: bytes | str,
    report: SendReport,
    now: datetime,
    *,
    permanent: bool,
) -> datetime:
    """A refused or broken SMTP transaction: failed for good when `permanent`, else tried
    again after the backoff (returned)."""
    error = _oneline(f"{code or ''} {_words(text)}")
    until = now + _backoff(attempts, settings)
    with store.transaction() as session:
        row = session.get(OutboxRow, row_id)
        assert row is not None
        row.last_error = error[:2000]
        if permanent:
            row.status = FAILED
            row.reason = f"the mail server refused it: {error}"
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
            row.next_attempt_at = until
            report.retried += 1
            report.later(until)
    report.errors.append(f"outbox {row_id}: {error}")
    return until


def requeue(
    session: Session,
    *,
    row_id: int | None = None,
    failed: bool = False,
    now: datetime | None = None,
) -> list[int]:
    """Put emails back in the queue by hand (`grantbox outbox retry`): a failed one (`row_id`,
    or every one with `failed`) is queued again, due now; one waiting out its backoff is made
    due now. Its attempts are kept, so the sender looks for it in Sent and the inbox before it
    sends it again. An email never tried (a decision in its hold) keeps its time."""
    now = now or utcnow()
    if row_id is not None:
        row = session.get(OutboxRow, row_id)
        if row is None:
            raise GrantboxError(f"outbox {row_id}: no such email")
        if row.status not in (FAILED, QUEUED, SENDING) or (
            row.status == QUEUED and row.attempts == 0
        ):
            raise GrantboxError(f"outbox {row_id} is {row.status}: nothing to retry")
        rows = [row]
    else:
        rows = list(
            session.scalars(
                select(OutboxRow).where(OutboxRow.status == FAILED).order_by(OutboxRow.id)
            )
        )
    for row in rows:
        if row.status == FAILED:
            row.status = QUEUED
            row.reason = None
            session.add(
                Event(
                    application_id=row.application_id,
                    actor="operator",
                    kind="mail_requeued",
                    reason=f"{row.kind} to {row.to_addr}: queued again by hand",
                )
            )
        row.next_attempt_at = now
    return [row.id for row in rows]
