"""The outbox: every automatic email, decided inside the transaction that changes state.

`enqueue` renders the email, fixes its bytes and its Message-ID, and writes an `OutboxRow` in
the caller's transaction — so an email exists exactly when the decision to send it was
committed. Sending is a separate pass (grantbox.sender). Before anything is queued, the
safety rules run here, in one place: an address that bounced gets nothing until a reviewer
clears it, and no address gets more than `max_auto_emails_per_day` automatic emails a day;
a suppressed email is still written, with its reason, so the reviewer sees what was not sent.

Emails a reviewer decided to send (decisions, further questions) are not automatic: they are
not counted against, nor stopped by, the daily limit, and carry no `Auto-Submitted` header;
they are still never sent to a bouncing address. A decision email may be held (`hold_until`):
the sender leaves it until then, and a reviewer can cancel it meanwhile (status `cancelled`).

Mail to the program's own people (the reviewers' digest) has no application: `enqueue_staff`.

An address is compared, counted and written to in one form, `parsers.addresses.normalise_address`
(`"\\victim"@Example.org.` is victim@example.org): the daily limit counts every spelling of a
mailbox as that mailbox, and the To and the SMTP envelope name it exactly so. An address with no
such form (an empty label, a quoted local part, an address literal) gets a suppressed row with
the reason, never an exception: one applicant's address must not stop a pass.
"""

from __future__ import annotations

import base64
import re
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime, timedelta
from email.headerregistry import (
    Address,
    BaseHeader,
    HeaderRegistry,
    UniqueAddressHeader,
    UniqueUnstructuredHeader,
)
from email.message import EmailMessage
from email.policy import SMTP, Policy
from email.utils import format_datetime, make_msgid

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from grantbox.config import Settings
from grantbox.mailtemplates import RenderedEmail, oneline
from grantbox.store.tables import (
    Application,
    Event,
    Message,
    OutboxRow,
    ProgramSecret,
    aware,
    flagged,
    utcnow,
)
from parsers.addresses import address_problem, normalise_address
from parsers.reply_token import encode_reply_token, reply_address

QUEUED, SENDING, SENT, SUPPRESSED, FAILED = "queued", "sending", "sent", "suppressed", "failed"
# Emails a person decided to send: not subject to the automatic-email daily limit.
HUMAN_KINDS = frozenset(
    {
        "decision_approve",
        "decision_reject",
        "decision_waitlist",
        "ask_more",
        "withdrawn",
        "extension_approve",
        "extension_reject",
    }
)
# Withdrawn before it went out (a reply crossed a reminder, a reviewer cancelled a held
# decision, …).
CANCELLED = "cancelled"
# Marks our own mail, so intake never mistakes it (or a copy of it) for an applicant's.
OWN_HEADER = "X-Grantbox"
# The application flag a bounce of our mail sets; while it is there, nothing is sent.
BOUNCING = "bouncing"
BOUNCED_REASON = "the address bounced; a reviewer must clear the 'bouncing' flag first"
UNSENDABLE = "not an address grantbox can send to"
# RFC 5322 section 3.6.4 lets a long References be trimmed from the middle: the first ID (the
# thread's root) and the newest ten stay, so threading works and the header stays small.
MAX_REFERENCES = 11
# Longer display names are cut (the applications table holds 200 characters).
MAX_DISPLAY_NAME = 200
# A Message-ID written back intact: printable ASCII in angle brackets, short enough to sit on
# one line (998 octets) after "In-Reply-To: ". Anything else is not threaded on.
_MSG_ID = re.compile(r"<[!-;=?-~]{1,900}>")
# A display name made of atoms only can go out as it is; anything else is quoted or encoded.
_ATOMS = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~ -]+\Z")
_ENCODED_CHUNK = 45  # UTF-8 bytes per encoded word: =?utf-8?b?<60 chars>?= is 72, under 75


def recipient(raw: str) -> tuple[str, None] | tuple[None, str]:
    """(The address mail to `raw` goes to, None), or (None, why no mail can go to it).

    Internationalised addresses are refused too: the sender speaks ASCII SMTP (no SMTPUTF8),
    and such an address could not even be written in our headers."""
    address = normalise_address(raw)
    shown = oneline(raw)[:200]
    if address is None:
        return None, f"{UNSENDABLE}: {shown} ({address_problem(raw) or 'not usable'})"
    if not address.isascii():
        return None, f"{UNSENDABLE}: {shown} (non-ASCII; sending SMTPUTF8 mail is not supported)"
    return address, None


def display_name(name: str) -> str:
    """The name as it goes into a To: one line, no lone surrogates, at most 200 characters."""
    text = oneline(name).encode("utf-8", "replace").decode("utf-8")
    return text[:MAX_DISPLAY_NAME].strip()


def message_ids(value: str | None) -> list[str]:
    """The Message-IDs in `value` that can be written back intact (see `_MSG_ID`); an ID with
    "=?" in it is left out too, since a reader could take it for an RFC 2047 encoded word."""
    return [found for found in _MSG_ID.findall(value or "") if "=?" not in found]


def _fold_words(name: str, words: Iterable[str], policy: Policy) -> str:
    """`name: w1 w2 …` folded only at the white space between words (RFC 5322 section 2.2.3):
    no word is split, quoted or encoded, whatever its length."""
    limit = policy.max_line_length or 998
    lines: list[str] = []
    line = f"{name}:"
    for n, word in enumerate(words):
        # A word too long for any line stays whole on a line of its own (up to 998 octets);
        # the first goes after the name unless it fits only on a line of its own.
        fits = len(line) + 1 + len(word) <= limit
        if fits or (n == 0 and 1 + len(word) > limit):
            line += " " + word
        else:
            lines.append(line)
            line = " " + word
    lines.append(line)
    return policy.linesep.join(lines) + policy.linesep


def _phrase(name: str) -> list[str]:
    """A display name as words to fold between. The stdlib's folder drops the quotes of a
    long quoted name (and "a, b <evil@x.org>" becomes two more recipients), so it is written
    here: atoms as they are, other ASCII as one quoted-string (folding at a space inside it
    is allowed and unfolds to that space), non-ASCII (or "=?") as RFC 2047 encoded words."""
    if not name:
        return []
    if _ATOMS.match(name) and "=?" not in name:
        return name.split(" ")
    if name.isascii() and "=?" not in name:
        quoted = name.replace("\\", "\\\\").replace('"', '\\"')
        return f'"{quoted}"'.split(" ")
    chunks: list[str] = []
    chunk = ""
    for char in name:
        if chunk and len((chunk + char).encode()) > _ENCODED_CHUNK:
            chunks.append(chunk)
            chunk = char
        else:
            chunk += char
    chunks.append(chunk)
    # White space between adjacent encoded words is not part of the name (RFC 2047 6.2).
    return [f"=?utf-8?b?{base64.b64encode(c.encode()).decode()}?=" for c in chunks]


# BaseHeader is named (HeaderRegistry adds it anyway) so the type checker knows these are
# headers; typeshed's mixins disagree with it on `init` and `max_count`, hence the ignores.
class _OneAddressHeader(UniqueAddressHeader, BaseHeader):  # type: ignore[misc]
    """To and From: one mailbox, its display name kept whole by `_phrase` when folded."""

    def fold(self, *, policy: Policy) -> str:
        if len(self.addresses) != 1 or not self.addresses[0].addr_spec.isascii():
            return str(super().fold(policy=policy))
        [address] = self.addresses
        words = _phrase(address.display_name)
        words.append(f"<{address.addr_spec}>" if words else address.addr_spec)
        return _fold_words(self.name, words, policy)


class _MessageIdListHeader(UniqueUnstructuredHeader, BaseHeader):  # type: ignore[misc]
    """Message-ID, In-Reply-To, References: IDs separated by spaces, never RFC 2047 encoded
    (the stdlib encodes a long unstructured word, and the thread is lost)."""

    def fold(self, *, policy: Policy) -> str:
        return _fold_words(self.name, str(self).split(), policy)


def _header_registry() -> HeaderRegistry:
    registry = HeaderRegistry()
    for name in ("to", "from"):
        registry.map_to_type(name, _OneAddressHeader)
    for name in ("message-id", "in-reply-to", "references"):
        registry.map_to_type(name, _MessageIdListHeader)
    return registry


# SMTP's (CRLF, lines of 78) with the header classes above; the bytes stored are made with it.
SMTP_POLICY = SMTP.clone(header_factory=_header_registry())


def daily_limit_reason(settings: Settings, address: str) -> str:
    return (
        f"daily limit reached: {settings.max_auto_emails_per_day} automatic emails to "
        f"{address} in 24 hours"
    )


def _like_escape(text: str) -> str:
    return text.replace("/", "//").replace("%", "/%").replace("_", "/_")


def automatic_emails_to(
    session: Session,
    address: str,
    *,
    since: datetime,
    statuses: Iterable[str],
    exclude_id: int | None = None,
) -> int:
    """How many automatic emails to `address` (normalised) were created since `since` in
    `statuses`. Rows store the normalised address, but an earlier version stored it as the
    applicant wrote it ("\\victim"@Example.org.): every spelling stored is found, so none
    escapes the count."""
    # First the spellings, from the to_addr index alone (the rows hold the raw bytes: a scan
    # of the table took 170 ms at 50,000 rows, this 20 ms). Whatever its quoting and case, a
    # spelling of local@domain has local's last character, then `@domain` (after a closing
    # quote, if quoted); which candidates really are the address, normalise_address decides.
    local, _, domain = address.rpartition("@")
    last, tail = _like_escape(local[-1]), _like_escape(domain)
    # SQLite's LIKE ignores ASCII case already (ILIKE would lower() every row: 3 times slower).
    sqlite = session.get_bind().dialect.name == "sqlite"
    like = OutboxRow.to_addr.like if sqlite else OutboxRow.to_addr.ilike
    candidates = session.scalars(
        select(OutboxRow.to_addr).distinct().where(like(f"%{last}%@{tail}%", escape="/"))
    )
    spellings = [stored for stored in candidates if normalise_address(stored) == address]
    if not spellings:
        return 0
    query = select(func.count()).where(
        OutboxRow.to_addr.in_(spellings),
        OutboxRow.created_at >= since,
        OutboxRow.status.in_(list(statuses)),
        OutboxRow.kind.not_in(HUMAN_KINDS),
    )
    if exclude_id is not None:
        query = query.where(OutboxRow.id != exclude_id)
    return session.scalar(query) or 0


def reply_secret(session: Session) -> bytes:
    """The key reply tokens are signed with: made once, kept in the database."""
    row = session.get(ProgramSecret, "reply_token")
    if row is None:
        row = ProgramSecret(name="reply_token", value=secrets.token_bytes(32))
        session.add(row)
        session.flush()
    return row.value


def reference(app: Application) -> str:
    """The short reference shown in subjects, e.g. "GB-12"."""
    return f"GB-{app.id}"


def compose(
    settings: Settings,
    *,
    to_name: str,
    to_addr: str,
    kind: str,
    rendered: RenderedEmail,
    answering: Message | None,
    token: str | None,
    at: datetime,
    auto_submitted: str | None = "auto-replied",
) -> EmailMessage:
    """The email as it will go out. Every header value that could carry applicant text is
    set through `email.headerregistry`, flattened to one line, or (Message-IDs) taken only
    when it is one whole ID: nothing can add a header. Never raises on the applicant's name,
    address or Message-IDs: an address `recipient` refuses gets no To (the email is only ever
    stored as suppressed), an ID that cannot be written intact is left out.
    `auto_submitted` (RFC 3834): "auto-replied" for answers to an applicant's mail,
    "auto-generated" for mail nobody wrote to cause (the digest), None for a reviewer's.
    Serialise it with `SMTP_POLICY` (as `enqueue` does)."""
    msg = EmailMessage(policy=SMTP_POLICY)
    domain = settings.from_address.rpartition("@")[2] or "grantbox.invalid"
    msg["From"] = Address(display_name=oneline(settings.team_name), addr_spec=settings.from_address)
    to, _unsendable = recipient(to_addr)
    if to is not None:
        msg["To"] = Address(display_name=display_name(to_name), addr_spec=to)
    msg["Subject"] = oneline(rendered.subject)
    msg["Date"] = format_datetime(at)
    # Unguessable, in our domain: replies to it are recognised as replies to us.
    msg["Message-ID"] = make_msgid(idstring=secrets.token_hex(12), domain=domain)
    if answering is not None:
        # The parent's own ID must be one whole ID; what it answered may list several.
        parent = (answering.message_id or "").strip()
        if message_ids(parent) != [parent]:
            parent = ""
        refs = list(dict.fromkeys([*message_ids(answering.in_reply_to), parent]))
        refs = [r for r in refs if r]
        if len(refs) > MAX_REFERENCES:
            refs = refs[:1] + refs[-(MAX_REFERENCES - 1) :]
        if parent:
            msg["In-Reply-To"] = parent
        if refs:
            msg["References"] = " ".join(refs)
    if token is not None:
        msg["Reply-To"] = reply_address(settings.from_address, token)
    if auto_submitted is not None:
        msg["Auto-Submitted"] = auto_submitted
        msg["X-Auto-Response-Suppress"] = "All"
    msg[OWN_HEADER] = kind
    msg.set_content(rendered.text)
    msg.add_alternative(rendered.html, subtype="html")
    return msg


def _bouncing_elsewhere(session: Session, app: Application, address: str) -> bool:
    """A hard bounce stops all mail to the address, not only to the application whose email
    bounced (one person may have applied twice)."""
    others = session.scalars(
        select(Application.email).where(
            Application.id != app.id,
            func.lower(Application.email) == address,
            flagged(BOUNCING),
        )
    ).first()
    return others is not None


def suppression(
    session: Session,
    settings: Settings,
    app: Application,
    now: datetime,
    *,
    automatic: bool = True,
) -> str | None:
    """Why an email to this application must not go out, or None. A bouncing address, or one
    no mail can go to, stops every email; the daily limit, counted by the normalised address
    across applications, stops only automatic ones (`automatic=False`: a reviewer's)."""
    if BOUNCING in app.flags:
        return BOUNCED_REASON
    address, unsendable = recipient(app.email)
    if address is None:
        return unsendable
    if _bouncing_elsewhere(session, app, address):
        return BOUNCED_REASON
    if not automatic:
        return None
    recent = automatic_emails_to(
        session, address, since=now - timedelta(days=1), statuses=(QUEUED, SENDING, SENT)
    )
    if recent >= settings.max_auto_emails_per_day:
        return daily_limit_reason(settings, address)
    return None


def enqueue(
    session: Session,
    settings: Settings,
    *,
    app: Application,
    kind: str,
    rendered: RenderedEmail,
    dedupe_key: str,
    answering: Message | None,
    actor: str,
    at: datetime | None = None,
    automatic: bool = True,
    hold_until: datetime | None = None,
) -> OutboxRow:
    """Queue one email (or record why it is suppressed). Idempotent per `dedupe_key`: the
    same decision made twice returns the first row. `automatic=False` for an email a reviewer
    decided to send; `hold_until` keeps it from the sender until then (cancel window)."""
    existing = session.scalars(select(OutboxRow).where(OutboxRow.dedupe_key == dedupe_key)).first()
    if existing is not None:
        return existing
    now = at or utcnow()
    token = encode_reply_token(app.id, reply_secret(session)) if settings.reply_tokens else None
    msg = compose(
        settings,
        to_name=app.name,
        to_addr=app.email,
        kind=kind,
        rendered=rendered,
        answering=answering,
        token=token,
        at=now,
        auto_submitted="auto-replied" if automatic else None,
    )
    reason = suppression(session, settings, app, now, automatic=automatic)
    address, _unsendable = recipient(app.email)
    row = OutboxRow(
        application_id=app.id,
        kind=kind,
        # The normalised address (what is counted and sent to); as written when there is none.
        to_addr=address or oneline(app.email)[:320],
        subject=rendered.subject,
        message_id=str(msg["Message-ID"]),
        dedupe_key=dedupe_key,
        raw=msg.as_bytes(policy=SMTP_POLICY),
        status=SUPPRESSED if reason else QUEUED,
        reason=reason,
        attempts=0,
        next_attempt_at=hold_until or now,
        created_at=now,
    )
    session.add(row)
    session.add(
        Event(
            application_id=app.id,
            at=now,
            actor=actor,
            kind="mail_suppressed" if reason else "mail_queued",
            reason=f"{kind}: {reason}" if reason else f"{kind}: {rendered.subject}",
            message_pk=answering.id if answering is not None else None,
        )
    )
    session.flush()
    return row


def cancel_queued(
    session: Session,
    app: Application,
    *,
    reason: str,
    actor: str,
    kinds: frozenset[str] | None = None,
    message_pk: int | None = None,
) -> list[OutboxRow]:
    """Cancel this application's emails still waiting to go out (of `kinds`, or all), each
    with its reason and an event. The sender only claims queued rows, so none of these goes."""
    query = select(OutboxRow).where(OutboxRow.application_id == app.id, OutboxRow.status == QUEUED)
    if kinds is not None:
        query = query.where(OutboxRow.kind.in_(kinds))
    rows = list(session.scalars(query.order_by(OutboxRow.id)))
    for row in rows:
        row.status = CANCELLED
        row.reason = reason
        session.add(
            Event(
                application_id=app.id,
                actor=actor,
                kind="mail_cancelled",
                reason=f"{row.kind}: {reason}",
                message_pk=message_pk,
            )
        )
    return rows


def enqueue_staff(
    session: Session,
    settings: Settings,
    *,
    to: str,
    kind: str,
    rendered: RenderedEmail,
    dedupe_key: str,
    actor: str,
    at: datetime | None = None,
) -> OutboxRow:
    """Queue an automatic email to the program's own people (the reviewers' digest): no
    application, no reply token, no daily limit (that protects applicants). The sender
    delivers it like any other row, with the same claim, Bcc proof and recovery.
    Idempotent per `dedupe_key`, like `enqueue`."""
    existing = session.scalars(select(OutboxRow).where(OutboxRow.dedupe_key == dedupe_key)).first()
    if existing is not None:
        return existing
    now = at or utcnow()
    address, unsendable = recipient(to)
    msg = compose(
        settings,
        to_name="",
        to_addr=to,
        kind=kind,
        rendered=rendered,
        answering=None,
        token=None,
        at=now,
        auto_submitted="auto-generated",
    )
    row = OutboxRow(
        application_id=None,
        kind=kind,
        to_addr=address or oneline(to)[:320],
        subject=str(msg["Subject"]),
        message_id=str(msg["Message-ID"]),
        dedupe_key=dedupe_key,
        raw=msg.as_bytes(policy=SMTP_POLICY),
        status=SUPPRESSED if unsendable else QUEUED,
        reason=unsendable,
        attempts=0,
        next_attempt_at=now,
        created_at=now,
    )
    session.add(row)
    session.add(
        Event(
            application_id=None,
            at=now,
            actor=actor,
            kind="mail_suppressed" if unsendable else "mail_queued",
            reason=f"{kind}: {unsendable}" if unsendable else f"{kind} to {address}",
        )
    )
    session.flush()
    return row


# Mail kept back on purpose for a while after it was decided (the decision emails' cancel
# window) is not late until that window is over.
HELD_KINDS = frozenset({"decision_approve", "decision_reject", "decision_waitlist"})
LATE_AFTER = timedelta(hours=1)


@dataclass(frozen=True)
class LateMail:
    """Due mail that has waited longer than `LATE_AFTER` (the server unreachable, refusing,
    or the sender not running), and mail refused for good that nobody has re-queued."""

    waiting: int = 0
    waiting_since: datetime | None = None  # when the oldest of them was due
    last_error: str | None = None  # of the most recently tried one
    failed: int = 0

    def as_dict(self) -> dict[str, object]:
        return {
            "waiting": self.waiting,
            "waiting_since": self.waiting_since.isoformat() if self.waiting_since else None,
            "last_error": self.last_error,
            "failed": self.failed,
        }


def late_mail(session: Session, settings: Settings, now: datetime) -> LateMail:
    hold = timedelta(seconds=settings.decision_hold_seconds)
    rows = session.execute(
        select(OutboxRow.kind, OutboxRow.created_at, OutboxRow.last_error, OutboxRow.attempts)
        .where(OutboxRow.status.in_([QUEUED, SENDING]), OutboxRow.created_at < now - LATE_AFTER)
        .order_by(OutboxRow.id)
    ).all()
    due = [
        (aware(created) + (hold if kind in HELD_KINDS else timedelta()), error, attempts)
        for kind, created, error, attempts in rows
    ]
    late = [(since, error) for since, error, _ in due if now - since > LATE_AFTER]
    errors = [error for _, error in late if error]
    failed = session.scalar(
        select(func.count()).select_from(OutboxRow).where(OutboxRow.status == FAILED)
    )
    return LateMail(
        waiting=len(late),
        waiting_since=min((since for since, _ in late), default=None),
        last_error=errors[-1] if errors else None,
        failed=failed or 0,
    )
