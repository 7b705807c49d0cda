"""Filing: which application an inbound message belongs to, and what it changes there.

Matching order (ARCHITECTURE.md, "Threading"): triage first (robots, bounces and lists never
open an application), then In-Reply-To/References against every Message-ID we know, then the
sender's application. A message that answers one of *our* Message-IDs we cannot find is held
for a human rather than opening a stray application. Everything here runs inside the caller's
transaction.

Hostile mail must not steer it. A bounce counts only when it cites a Message-ID we sent (they
are random: only the recipient's mail path has seen one); anyone can write a DSN naming an
applicant's address. And when the operator names the receiving provider's authserv-id
(`authserv_ids`), a message whose From the provider says is forged is not filed under the
applicant it claims to be: a reply goes to a human, a new application gets no automatic mail.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from grantbox import states
from grantbox.config import Settings
from grantbox.models import InboundMessage, MessageKind, ResumeDocument
from grantbox.outbox import cancel_queued, reference, reply_secret
from grantbox.reading import Reading
from grantbox.states import Status
from grantbox.store.tables import (
    Application,
    AttachmentRow,
    Event,
    Message,
    OutboxRow,
    Resume,
    utcnow,
)
from parsers.addresses import normalise_address
from parsers.authresults import Verdict, parse_authserv_ids, verdict
from parsers.classify import Bounce, Triage
from parsers.reply_token import decode_reply_token, token_from_addresses

# Resume problems that a reviewer must see on the application itself.
RESUME_FLAGS = {
    "no_text_layer": "no_text_layer",
    "encrypted": "resume_unreadable",
    "corrupt": "resume_unreadable",
    "empty": "resume_unreadable",
    "not_a_document": "resume_unreadable",
    "extraction_timeout": "resume_unreadable",
    "extraction_failed": "resume_unreadable",
    "extraction_too_large": "resume_unreadable",
    "too_large": "resume_unreadable",
}


ANSWERABLE = frozenset({MessageKind.application, MessageKind.reply})
WITHDRAW_REQUEST = "asks_to_withdraw"
# What the conversation and the chase send on their own; a reviewer's mail is theirs to cancel.
AUTOMATIC_TO_APPLICANT = frozenset({"questions", "resume_request", "missing_answers", "reminder"})
# The receiving provider says the From address is forged (DMARC failed): on the message, and
# on an application such mail opened (nothing is sent to that address automatically).
SPOOFED = "spoofed_sender"
# Failed authentication, but it carried the reply token we minted: filed all the same.
AUTH_FAILED = "auth_failed"
# A bounce that cites none of our Message-IDs: recorded, stops nothing.
UNVERIFIED_BOUNCE = "unverified_bounce"
AUTH_HEADER = "authentication-results"


@dataclass(frozen=True)
class Filing:
    kind: MessageKind
    application_id: int | None
    created: bool = False
    # May an automatic email answer this message? Never for robots, lists, bounces or the
    # first-connection backlog (unless the operator asked), whatever the conversation wants.
    answerable: bool = False
    # The provider says its From is forged: never answered automatically (we would be
    # mailing whoever the forger named).
    forged: bool = False


def _domain(address: str) -> str:
    return address.rpartition("@")[2].lower()


def latest_application(session: Session, email: str) -> Application | None:
    if not email:
        return None
    return session.scalars(
        select(Application).where(Application.email == email).order_by(Application.id.desc())
    ).first()


def application_by_thread(session: Session, msg: InboundMessage) -> Application | None:
    """The application whose messages this one answers (In-Reply-To first, then References)."""
    ids = [i for i in [msg.in_reply_to, *reversed(msg.references)] if i]
    if not ids:
        return None
    rows = session.execute(
        select(Message.message_id, Message.application_id).where(
            Message.message_id.in_(ids), Message.application_id.is_not(None)
        )
    ).all()
    by_id = {mid: app_id for mid, app_id in rows}
    # Our own emails are in the outbox, not among the inbound messages.
    ours = session.execute(
        select(OutboxRow.message_id, OutboxRow.application_id).where(
            OutboxRow.message_id.in_(ids), OutboxRow.application_id.is_not(None)
        )
    ).all()
    by_id.update({mid: app_id for mid, app_id in ours if mid not in by_id})
    for mid in ids:
        if mid in by_id:
            return session.get(Application, by_id[mid])
    return None


_SUBJECT_REFERENCE = re.compile(r"\[GB-\d+\]")


def application_by_token(
    session: Session, msg: InboundMessage, settings: Settings
) -> Application | None:
    """The application named by the reply token in the address the mail was sent to (our
    Reply-To: grants+<token>@…): the strongest signal, whoever sends from wherever."""
    delivered = msg.headers.get("delivered-to") or msg.headers.get("x-original-to") or ""
    token = token_from_addresses([*msg.to, *msg.cc, delivered], settings.from_address)
    if token is None:
        return None
    app_id = decode_reply_token(token, reply_secret(session))
    return session.get(Application, app_id) if app_id is not None else None


def answers_us(msg: InboundMessage, settings: Settings) -> bool:
    """Does it reply to a Message-ID minted in our own domain?"""
    ours = "@" + _domain(settings.from_address) + ">"
    return any(i.lower().endswith(ours) for i in [msg.in_reply_to or "", *msg.references])


def authserv_ids(settings: Settings) -> tuple[str, ...]:
    """The authserv-ids whose Authentication-Results we trust (GRANTBOX_AUTHSERV_IDS,
    comma-separated); none: senders are not checked."""
    return parse_authserv_ids(settings.authserv_ids)


def sender_verdict(
    msg: InboundMessage,
    row: Message,
    settings: Settings,
    auth_results: Sequence[str],
) -> Verdict | None:
    """What the trusted provider said about the sender; None when no provider is trusted.
    `auth_results` are the message's Authentication-Results values, top first, as intake
    read them from the raw message (InboundMessage keeps only the first of a header, and
    here the order of all of them matters)."""
    trusted = authserv_ids(settings)
    if not trusted:
        return None
    return verdict(auth_results, trusted, msg.from_addr)


def _auth_failure(msg: InboundMessage, auth: Verdict) -> str:
    what = "failed DMARC" if auth.dmarc == "fail" else "failed sender authentication"
    return f"From: {msg.from_addr or '(none)'} {what} at {auth.checked_by} ({auth.describe()})"


def _add_flags(row: Message, *flags: str) -> None:
    row.flags = sorted({*row.flags, *flags})


def _add_error(row: Message, reason: str) -> None:
    row.error = "; ".join(e for e in (row.error, reason) if e)[:2000]


def file_message(
    session: Session,
    *,
    message: InboundMessage,
    row: Message,
    triage: Triage | None,
    resume: tuple[int | None, ResumeDocument] | None,
    attachment_rows: dict[int, AttachmentRow],
    settings: Settings,
    actor: str,
    answerable: bool = True,
    auth_results: Sequence[str],
    reading: Reading,
) -> Filing:
    """Decide the message's kind and application, and apply what it brings (a new
    application, a resume, flags). Sets `row.kind` and `row.application_id`.
    `auth_results`: the message's Authentication-Results values, top first. `reading`: what
    its content says, read before the transaction (intake reads it in the pool): no parser
    runs here."""
    auth = None
    if triage is None or triage.kind is None:  # robots are not filed by their sender
        auth = sender_verdict(message, row, settings, auth_results)
    filing = _match(session, message, row, triage, settings, actor, auth, reading)
    robot_free = triage is None or triage.may_auto_answer
    may = answerable and robot_free and not filing.forged and filing.kind in ANSWERABLE
    filing = replace(filing, answerable=may)
    if not filing.answerable and filing.kind in ANSWERABLE:
        row.flags = sorted({*row.flags, "no_auto_reply"})
    row.kind = filing.kind.value
    row.application_id = filing.application_id
    if filing.application_id is None:
        if filing.kind is MessageKind.unmatched:
            row.flags = sorted({*row.flags, "needs_human"})
        return filing
    app = session.get(Application, filing.application_id)
    assert app is not None
    session.add(
        Event(
            application_id=app.id,
            actor=actor,
            kind=f"message:{filing.kind.value}",
            reason=row.subject[:300],
            message_pk=row.id,
        )
    )
    # The application's timeline must say which file and why, not just the flag's name.
    oversize = {
        "message_too_large": [row.error] if "message_too_large" in row.flags else [],
        "attachment_too_large": [a.problem for a in attachment_rows.values() if not a.stored],
    }
    for flag, problems in oversize.items():
        if flag in row.flags:
            reason = "; ".join(p for p in problems if p) or flag.replace("_", " ")
            states.add_flag(session, app, flag, actor=actor, reason=reason, message_pk=row.id)
    if filing.kind in (MessageKind.application, MessageKind.reply) and resume is not None:
        _attach_resume(session, app, row, resume, reading.profile or {}, attachment_rows, actor)
    if filing.kind is MessageKind.reply and reading.withdraw is not None:
        _withdraw_request(session, app, row, reading.withdraw, actor)
    return filing


def _withdraw_request(
    session: Session, app: Application, row: Message, phrase: str, actor: str
) -> None:
    """A reply asking to withdraw (`phrase`) flags the message and (while open) the
    application for a reviewer, who confirms: a false positive must not close anyone's
    application. Automatic mail still waiting for them is cancelled here, so it holds for
    backlog mail too."""
    row.flags = sorted({*row.flags, WITHDRAW_REQUEST})
    reason = f"the applicant asked to withdraw: \u201c{phrase[:200]}\u201d"
    if Status(app.status) not in states.OPEN:
        states.note(
            session, app, kind="withdraw_requested", actor=actor, reason=reason, message_pk=row.id
        )
        return
    states.add_flag(session, app, WITHDRAW_REQUEST, actor=actor, reason=reason, message_pk=row.id)
    cancel_queued(
        session,
        app,
        kinds=AUTOMATIC_TO_APPLICANT,
        reason="the applicant asked to withdraw before it went out",
        actor=actor,
        message_pk=row.id,
    )


def _match(
    session: Session,
    msg: InboundMessage,
    row: Message,
    triage: Triage | None,
    settings: Settings,
    actor: str,
    auth: Verdict | None,
    reading: Reading,
) -> Filing:
    if triage is not None and triage.kind is not None:
        kind = triage.kind
        if kind is MessageKind.bounce:
            return _file_bounce(session, row, reading, actor)
        if kind is MessageKind.auto_reply:
            app = application_by_thread(session, msg) or latest_application(session, msg.from_addr)
            return Filing(kind, app.id if app else None)
        if kind is MessageKind.list:
            # List mail in one of our threads is a reply that went through a list or a gateway
            # that stamps "Precedence: junk": never answered, but on the application's page.
            app = application_by_thread(session, msg)
            return Filing(kind, app.id if app else None)
        return Filing(kind, None)

    forged = auth is not None and auth.failed
    app = application_by_token(session, msg, settings)
    if app is not None:
        if auth is not None and forged:
            # The token is a secret we minted and sent only to this applicant: whoever holds
            # it received our email (a forwarding alias breaks DMARC, not the token). Filed,
            # and the failure is on the record.
            _add_flags(row, AUTH_FAILED)
            failure = _auth_failure(msg, auth)
            _add_error(row, f"{failure}; filed by the reply token of {reference(app)}")
            states.note(
                session,
                app,
                kind="sender_auth_failed",
                actor=actor,
                reason=f"{failure}; it carried this application's reply token",
                message_pk=row.id,
            )
        return Filing(MessageKind.reply, app.id)
    app = application_by_thread(session, msg) or latest_application(session, msg.from_addr)
    if app is not None:
        if auth is not None and forged:
            # Anyone can write an applicant's address in From, and a thread's Message-IDs
            # travel with every reply: a person looks before answers or a withdrawal count.
            _add_flags(row, SPOOFED)
            _add_error(row, f"{_auth_failure(msg, auth)}: not filed under {reference(app)}")
            return Filing(MessageKind.unmatched, None, forged=True)
        return Filing(MessageKind.reply, app.id)
    if answers_us(msg, settings) or _SUBJECT_REFERENCE.search(msg.subject):
        # A reply to us that matches nothing (or names an application from an address we do
        # not know): a human decides; it never opens a stray application.
        return Filing(MessageKind.unmatched, None)
    if not msg.from_addr:
        return Filing(MessageKind.unmatched, None)
    app = states.create_application(
        session,
        email=msg.from_addr,
        name=msg.from_name,
        actor=actor,
        reason=f"first email: {row.subject[:200]}",
        backlog=row.backlog,
        message_pk=row.id,
    )
    if auth is not None and forged:
        # Kept (a reviewer may know better), but we must not become a way to mail whoever a
        # forger names: no questions, no reminders, until the real owner writes.
        failure = _auth_failure(msg, auth)
        _add_flags(row, SPOOFED)
        _add_error(row, f"{failure}: nothing is sent to this address automatically")
        states.add_flag(
            session,
            app,
            SPOOFED,
            actor=actor,
            reason=f"{failure}: nothing is sent to this address automatically",
            message_pk=row.id,
        )
    return Filing(MessageKind.application, app.id, created=True, forged=forged)


@dataclass(frozen=True)
class _Bounced:
    app: Application
    to_addr: str  # where the cited email of ours went
    named: bool  # the bounce names that address as failed (else: a forward of it did)


def _our_bounced_email(
    session: Session, cited: list[str], bounce: Bounce | None
) -> _Bounced | None:
    """Which email of ours (to an applicant) the bounce is about, by the Message-IDs it cites.

    Our Message-IDs carry 96 random bits and reach only the recipient's mail path, so a bounce
    that cites one was written by a server that saw that email. One that only names an
    address proves nothing: anyone can write `Final-Recipient: rfc822; alice@…`. An email
    whose recipient the bounce names wins; else the first cited (the address forwarded to
    another mailbox that bounced: the DSN names that one)."""
    ids = cited
    if not ids:
        return None
    rows = session.execute(
        select(OutboxRow.message_id, OutboxRow.to_addr, OutboxRow.application_id).where(
            OutboxRow.message_id.in_(ids), OutboxRow.application_id.is_not(None)
        )
    ).all()
    if not rows:
        return None
    named = {normalise_address(a) for a in (bounce.recipients if bounce else [])} - {None}
    order = {mid: i for i, mid in enumerate(ids)}
    rows = sorted(
        rows, key=lambda r: (normalise_address(r.to_addr) not in named, order[r.message_id])
    )
    best = rows[0]
    app = session.get(Application, best.application_id)
    if app is None:
        return None
    return _Bounced(app, best.to_addr, normalise_address(best.to_addr) in named)


def _file_bounce(session: Session, row: Message, reading: Reading, actor: str) -> Filing:
    """A bounce of one of our emails flags its application; it never gets a reply. A delay
    warning (4.x.x: the server is still trying) is recorded on the timeline but does not stop
    mail; a permanent failure flags `bouncing`, which does. A bounce that cites none of our
    Message-IDs is recorded and changes nothing."""
    bounce = reading.bounce
    ours = _our_bounced_email(session, reading.cited, bounce)
    if ours is None:
        _add_flags(row, UNVERIFIED_BOUNCE)
        named = ", ".join(bounce.recipients[:3]) if bounce else ""
        about = f" (it names {named})" if named else ""
        _add_error(
            row, f"a bounce that cites none of our emails to applicants{about}: not believed"
        )
        return Filing(MessageKind.bounce, None)
    app = ours.app
    where = ours.to_addr
    if not ours.named and bounce is not None and bounce.recipients:
        where += f", reported for {', '.join(bounce.recipients[:3])}"
    if bounce is not None and not bounce.permanent:
        states.note(
            session,
            app,
            kind="bounce_delayed",
            actor=actor,
            reason=f"our mail is delayed; the receiving server is still trying ({where})",
            message_pk=row.id,
        )
        return Filing(MessageKind.bounce, app.id)
    states.add_flag(
        session,
        app,
        "bouncing",
        actor=actor,
        reason="our mail bounced permanently",
        message_pk=row.id,
    )
    if not ours.named:
        states.note(
            session, app, kind="bounce_forwarded", actor=actor, reason=where, message_pk=row.id
        )
    return Filing(MessageKind.bounce, app.id)


def _attach_resume(
    session: Session,
    app: Application,
    row: Message,
    resume: tuple[int | None, ResumeDocument],
    profile: dict[str, Any],
    attachment_rows: dict[int, AttachmentRow],
    actor: str,
) -> None:
    index, doc = resume
    att = attachment_rows.get(index) if index is not None else None
    existing = app.resume
    if existing is not None and existing.text and not doc.text:
        return  # an unreadable re-send never replaces a readable resume
    target = existing or Resume(application_id=app.id)
    target.attachment_id = att.id if att is not None else None
    target.message_pk = row.id
    target.filename = att.filename if att is not None else "(email body)"
    target.content_type = doc.sniffed_type
    target.source = doc.source.value if doc.source else None
    target.pages = doc.pages
    target.text = doc.text.replace("\x00", "")
    target.flags = list(doc.flags)
    target.problem = doc.problem
    target.profile = profile
    target.updated_at = utcnow()
    if existing is None:
        session.add(target)
    session.add(
        Event(
            application_id=app.id,
            actor=actor,
            kind="resume_replaced" if existing is not None else "resume_received",
            reason=f"{target.filename} ({doc.pages} pages, {len(doc.text)} characters)",
            message_pk=row.id,
        )
    )
    for flag in doc.flags:
        if flag in RESUME_FLAGS:
            states.add_flag(
                session,
                app,
                RESUME_FLAGS[flag],
                actor=actor,
                reason=doc.problem or flag,
                message_pk=row.id,
            )
    if att is not None and doc.text:
        _link_duplicates(session, app, att.sha256, actor, row.id)


def _link_duplicates(
    session: Session, app: Application, sha256: str, actor: str, message_pk: int
) -> None:
    """The same resume file on another application (one person writing from a second
    address): both are flagged `duplicate`, each naming the other, so the reviewer decides
    once instead of twice. They are linked, not merged: which address is right is a human's
    call."""
    others = session.scalars(
        select(Application)
        .join(Resume, Resume.application_id == Application.id)
        .join(AttachmentRow, AttachmentRow.id == Resume.attachment_id)
        .where(AttachmentRow.sha256 == sha256, Application.id != app.id)
        .order_by(Application.id)
    ).all()
    for other in others:
        for one, two in ((app, other), (other, app)):
            reason = f"same resume as application #{two.id} ({two.email})"
            if one.flags and "duplicate" in one.flags:
                states.note(session, one, kind="duplicate_of", actor=actor, reason=reason)
            else:
                states.add_flag(
                    session, one, "duplicate", actor=actor, reason=reason, message_pk=message_pk
                )
