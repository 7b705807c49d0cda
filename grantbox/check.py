"""`grantbox check`: does this configuration work, and is anything stuck?

Each step does for real what grantbox will do (open the database, sign in to IMAP and SMTP,
open the folders) and says ✓ or ✗ with what it found, and for a ✗ the fix. Nothing is sent
unless asked (`send_test`), nothing in the mailbox is changed (folders are EXAMINEd), and no
secret is ever part of a step: the details name hosts, users and folders only.
"""

from __future__ import annotations

import shutil
import smtplib
import ssl
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass
from datetime import datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from typing import Any, Literal

from grantbox.config import Settings
from grantbox.errors import SignInError
from grantbox.failures import NETWORK_ERRORS, certificate_fix, explain, smtp_reason
from grantbox.oauth import uses_oauth
from grantbox.store.tables import utcnow

# Below this much free space where the data lives, the next large attachment may not fit.
LOW_DISK_BYTES = 500 * 1024 * 1024
# IMAP capabilities grantbox uses when the server has them (the rest it does without).
CAPABILITIES = ("IDLE", "CONDSTORE", "UIDPLUS", "SPECIAL-USE", "X-GM-EXT-1")


@dataclass(frozen=True)
class Step:
    name: str
    ok: bool
    detail: str
    fix: str = ""

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


def run_checks(
    settings: Settings, *, send_test: str | None = None, now: datetime | None = None
) -> list[Step]:
    """Every step, in order; a step that cannot run because an earlier one failed (no IMAP
    sign-in, so no folders) is left out rather than failed twice."""
    return list(_steps(settings, send_test, now or utcnow()))


def _steps(settings: Settings, send_test: str | None, now: datetime) -> Iterator[Step]:
    store = None
    try:
        store, step = _database(settings)
        yield step
        yield _disk(settings)
        if store is not None:
            yield from _token(settings)
        yield from _imap(settings)
        yield from _smtp(settings, send_test)
        if store is not None:
            yield _outgoing(settings, store, now)
        yield _watch(settings, now)
    finally:
        if store is not None:
            store.dispose()


def _failed(name: str, e: BaseException, settings: Settings) -> Step:
    failure = explain(e, settings)
    return Step(name, False, failure.what, failure.fix)


def _attempt(name: str, settings: Settings, action: Callable[[], str]) -> Step:
    try:
        return Step(name, True, action())
    except Exception as e:  # every failure is this step's answer, not a crash of the check
        return _failed(name, e, settings)


def _database(settings: Settings) -> tuple[Any, Step]:
    from sqlalchemy import text

    from grantbox.store import open_store

    url = settings.resolved_database_url
    try:
        store = open_store(settings)
        with store.reading() as session:
            session.execute(text("SELECT 1"))
    except Exception as e:
        return None, _failed("database", e, settings)
    if url.startswith("sqlite"):
        where = f"SQLite {url.split('///', 1)[-1]}"
    else:
        from sqlalchemy.engine import make_url

        u = make_url(url)
        where = f"PostgreSQL {u.host or 'localhost'}:{u.port or 5432}/{u.database or ''}"
    return store, Step("database", True, f"{where}, schema up to date")


def _disk(settings: Settings) -> Step:
    try:
        free = shutil.disk_usage(settings.data_dir).free
    except OSError as e:
        return _failed("disk", e, settings)
    detail = f"{free / 1024**3:.1f} GB free for {settings.data_dir.resolve()}"
    if free < LOW_DISK_BYTES:
        return Step(
            "disk",
            False,
            detail,
            "free space there or move GRANTBOX_DATA_DIR: attachments of up to "
            f"{settings.max_attachment_bytes // 1024**2} MB are stored there",
        )
    return Step("disk", True, detail)


def _token(settings: Settings) -> Iterator[Step]:
    """With OAuth2 sign-in: refresh the access token, which proves the refresh token (or the
    client secret, or the key) still works."""
    from grantbox.oauth import check_token

    if uses_oauth(settings):
        yield _attempt("OAuth2 token", settings, lambda: check_token(settings, refresh=True))


def _imap(settings: Settings) -> Iterator[Step]:
    from grantbox.failures import imap_failures
    from grantbox.mailbox import Mailbox

    where = f"{settings.imap_host}:{settings.resolved_imap_port} ({settings.imap_ssl})"
    if not settings.imap_host:
        yield Step(
            "IMAP sign-in",
            False,
            "no mailbox configured",
            "set GRANTBOX_IMAP_HOST, GRANTBOX_IMAP_USER and the sign-in (see the README)",
        )
        return
    mailbox = Mailbox(settings)
    try:
        with imap_failures(settings):
            mailbox.connect()
    except Exception as e:
        yield _failed("IMAP sign-in", e, settings)
        return
    try:
        yield Step("IMAP sign-in", True, f"{where} as {settings.imap_user}{_how(settings, 'imap')}")
        yield _attempt("IMAP capabilities", settings, lambda: _capabilities(mailbox))
        yield _attempt("inbox", settings, lambda: _inbox(mailbox, settings))
        yield _attempt("Sent folder", settings, lambda: _sent(mailbox, settings))
    finally:
        mailbox.close()


def _how(settings: Settings, protocol: Literal["imap", "smtp"]) -> str:
    if uses_oauth(settings, protocol):
        return f" by OAuth2 ({settings.oauth_mechanism.upper()})"
    return " by password"


def _capabilities(mailbox: Any) -> str:
    have = mailbox.capabilities
    return ", ".join(f"{c} {'yes' if c in have else 'no'}" for c in CAPABILITIES)


def _inbox(mailbox: Any, settings: Settings) -> str:
    status = mailbox.examine(settings.imap_folder)
    return f"{settings.imap_folder}: {status.exists} message(s), UIDVALIDITY {status.uidvalidity}"


def _sent(mailbox: Any, settings: Settings) -> str:
    folder = settings.sent_folder
    if mailbox.client.folder_exists(folder):
        return f"{folder!r} exists"
    return f"{folder!r} does not exist yet: the first send creates it (GRANTBOX_SENT_FOLDER)"


def _smtp(settings: Settings, send_test: str | None) -> Iterator[Step]:
    from grantbox.sender import open_smtp

    if not settings.smtp_host:
        yield Step(
            "SMTP sign-in",
            False,
            "no SMTP server configured: nothing can be sent",
            "set GRANTBOX_SMTP_HOST and its sign-in (see the README)",
        )
        return
    port = settings.smtp_port or (465 if settings.smtp_security == "ssl" else 587)
    server = f"{settings.smtp_host}:{port}"
    try:
        smtp = open_smtp(settings)
    except SignInError as e:  # one line that names the fix already
        yield Step("SMTP sign-in", False, str(e))
        return
    except (smtplib.SMTPException, *NETWORK_ERRORS) as e:
        yield Step("SMTP sign-in", False, f"the SMTP server {server}: {smtp_reason(e)}", _fix(e))
        return
    except Exception as e:
        yield _failed("SMTP sign-in", e, settings)
        return
    try:
        who = f" as {settings.smtp_user}" if settings.smtp_user else ""
        how = _how(settings, "smtp") if settings.smtp_user or uses_oauth(settings, "smtp") else ""
        yield Step("SMTP sign-in", True, f"{server} ({settings.smtp_security}){who}{how}")
        if send_test:
            yield _attempt("test email", settings, lambda: _send_test(smtp, settings, send_test))
    finally:
        try:
            smtp.quit()
        except (smtplib.SMTPException, OSError):
            smtp.close()


def _fix(e: BaseException) -> str:
    if isinstance(e, ssl.SSLCertVerificationError):
        return certificate_fix(e, imap=False)
    if isinstance(e, smtplib.SMTPAuthenticationError):
        return "check GRANTBOX_SMTP_USER and its password or token"
    if isinstance(e, TimeoutError):
        return "a firewall may drop the connection: check GRANTBOX_SMTP_HOST and GRANTBOX_SMTP_PORT"
    return "check GRANTBOX_SMTP_HOST, GRANTBOX_SMTP_PORT and GRANTBOX_SMTP_SECURITY"


def _send_test(smtp: smtplib.SMTP, settings: Settings, to: str) -> str:
    from grantbox.config import email_address

    address = email_address(to)
    msg = EmailMessage()
    msg["From"] = settings.from_address
    msg["To"] = address
    msg["Subject"] = "grantbox check: test email"
    msg["Date"] = format_datetime(utcnow())
    msg["Message-ID"] = make_msgid(domain=settings.from_address.rsplit("@", 1)[-1])
    msg["Auto-Submitted"] = "auto-generated"
    msg.set_content(
        "This is a test email sent by `grantbox check --send-test`.\n"
        "It went out through the SMTP server grantbox is configured with.\n"
    )
    refused = smtp.send_message(msg, from_addr=settings.from_address, to_addrs=[address])
    if refused:
        raise smtplib.SMTPRecipientsRefused(refused)
    return f"accepted for {address} as {msg['Message-ID']}"


def _outgoing(settings: Settings, store: Any, now: datetime) -> Step:
    from grantbox.outbox import late_mail

    with store.reading() as session:
        late = late_mail(session, settings, now)
    if not (late.waiting or late.failed):
        return Step("outgoing mail", True, "nothing waiting over an hour, nothing refused")
    parts = []
    if late.waiting:
        since = late.waiting_since.strftime("%Y-%m-%d %H:%M UTC") if late.waiting_since else "?"
        error = (
            f" (last error: {' '.join(late.last_error.split())[:200]})" if late.last_error else ""
        )
        parts.append(f"{late.waiting} email(s) due since {since} not sent yet{error}")
    if late.failed:
        parts.append(f"{late.failed} refused for good by the mail server")
    return Step(
        "outgoing mail",
        False,
        "; ".join(parts),
        "`grantbox outbox` lists them with the reason; queued mail goes when the server takes "
        "it; `grantbox outbox retry --failed` queues refused mail again",
    )


def _watch(settings: Settings, now: datetime) -> Step:
    import json

    from grantbox.watch import heartbeat_path

    path = heartbeat_path(settings)
    try:
        beat = json.loads(path.read_text())
    except FileNotFoundError:
        return Step("watch", True, "no heartbeat: `grantbox watch` has not run with this data dir")
    except (OSError, ValueError) as e:
        return _failed("watch", e, settings)
    age = _ago(now.timestamp() - float(beat.get("at") or 0))
    if beat.get("state") == "error":
        since = _ago(now.timestamp() - float(beat.get("since") or 0))
        return Step(
            "watch",
            False,
            f"failing for {since}: {beat.get('error') or '?'} (last heartbeat {age} ago)",
            "it retries by itself; the reason says what to fix",
        )
    return Step("watch", True, f"{beat.get('state')}, last heartbeat {age} ago: {beat.get('last')}")


def _ago(seconds: float) -> str:
    if seconds < 120:
        return f"{max(seconds, 0):.0f} s"
    if seconds < 7200:
        return f"{seconds / 60:.0f} min"
    return f"{seconds / 3600:.1f} h"
