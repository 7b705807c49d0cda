"""Filing: which application an inbound message belongs to, and what it changes there.

Matching order (ARCHITECTURE.md, "Threading"): triage first (robots, bounces and lists never
open an application), then In-Reply-To/References against every Message-ID we know, then the
sender's application. A message that answers one of *our* Message-IDs we cannot find is held
for a human rather than opening a stray application. Everything here runs inside the caller's
transaction.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from grantbox import states
from grantbox.config import Settings
from grantbox.models import InboundMessage, MessageKind, ResumeDocument
from grantbox.outbox import cancel_queued, reply_secret
from grantbox.resumes import profile_of
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
from parsers.classify import Triage, parse_bounce
from parsers.intent import reply_asks_to_withdraw
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
}


ANSWERABLE = frozenset({MessageKind.application, MessageKind.reply})
WITHDRAW_REQUEST = "asks_to_withdraw"
# What the conversation and the chase send on their own; a reviewer's mail is theirs to cancel.
AUTOMATIC_TO_APPLICANT = frozenset({"questions", "resume_request", "missing_answers", "reminder"})


@dataclass(frozen=True)
class Filing:
    kind: MessageKind
    application_id: int | None
    created: bool = False
    # May an automatic email answer this message? Never for robots, lists, bounces or the
    # first-connection backlog (unless the operator asked), whatever the conversation wants.
    answerable: bool = False


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
) -> Filing:
    """Decide the message's kind and application, and apply what it brings (a new
    application, a resume, flags). Sets `row.kind` and `row.application_id`."""
    filing = _match(session, message, row, triage, settings, actor)
    robot_free = triage is None or triage.may_auto_answer
    filing = replace(filing, answerable=answerable and robot_free and filing.kind in ANSWERABLE)
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
        _attach_resume(session, app, row, resume, attachment_rows, actor)
    if filing.kind is MessageKind.reply:
        _withdraw_request(session, app, row, actor)
    return filing


def _withdraw_request(session: Session, app: Application, row: Message, actor: str) -> None:
    """A reply asking to withdraw flags the message and (while open) the application for a
    reviewer, who confirms: a false positive must not close anyone's application. Automatic
    mail still waiting for them is cancelled here, so it holds for backlog mail too."""
    phrase = reply_asks_to_withdraw(row.text)
    if phrase is None:
        return
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
) -> Filing:
    if triage is not None and triage.kind is not None:
        kind = triage.kind
        if kind is MessageKind.bounce:
            return _file_bounce(session, msg, row, actor)
        if kind is MessageKind.auto_reply:
            app = application_by_thread(session, msg) or latest_application(session, msg.from_addr)
            return Filing(kind, app.id if app else None)
        return Filing(kind, None)

    app = application_by_token(session, msg, settings)
    if app is not None:
        return Filing(MessageKind.reply, app.id)
    app = application_by_thread(session, msg)
    if app is not None:
        return Filing(MessageKind.reply, app.id)
    app = latest_application(session, msg.from_addr)
    if app is not None:
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
    return Filing(MessageKind.application, app.id, created=True)


_RETURNED_MESSAGE_ID = re.compile(rb"^Message-ID:[ \t]*(<[^<>\s]+>)", re.IGNORECASE | re.MULTILINE)


def returned_message_ids(msg: InboundMessage) -> list[str]:
    """The Message-IDs in the headers a bounce returns (its text/rfc822-headers or
    message/rfc822 part, or quoted in its text): which of our emails bounced."""
    found: list[str] = []
    sources = [msg.text.encode("utf-8", "replace")] + [
        a.data[:65536] for a in msg.attachments if a.size <= 1024 * 1024
    ]
    for data in sources:
        for match in _RETURNED_MESSAGE_ID.finditer(data):
            mid = match.group(1).decode("ascii", "replace")
            if mid not in found and mid != msg.message_id:
                found.append(mid)
    return found


def _application_of_our_message(session: Session, message_ids: list[str]) -> Application | None:
    if not message_ids:
        return None
    app_id = session.scalar(
        select(OutboxRow.application_id).where(
            OutboxRow.message_id.in_(message_ids), OutboxRow.application_id.is_not(None)
        )
    )
    return session.get(Application, app_id) if app_id is not None else None


def _file_bounce(session: Session, msg: InboundMessage, row: Message, actor: str) -> Filing:
    """A bounce flags the application whose email bounced; it never gets a reply. Which one:
    our Message-ID in the returned headers (survives forwarding), the thread, then the
    addresses it names. A delay warning (4.x.x: the server is still trying) is recorded on
    the timeline but does not stop mail; a permanent failure flags `bouncing`, which does."""
    bounce = parse_bounce(msg)
    app = _application_of_our_message(session, returned_message_ids(msg))
    app = app or application_by_thread(session, msg)
    if app is None and bounce is not None:
        for address in bounce.recipients:
            app = latest_application(session, address.lower())
            if app is not None:
                break
    if app is None:
        return Filing(MessageKind.bounce, None)
    if bounce is not None and not bounce.permanent:
        states.note(
            session,
            app,
            kind="bounce_delayed",
            actor=actor,
            reason="our mail is delayed; the receiving server is still trying",
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
    return Filing(MessageKind.bounce, app.id)


def _attach_resume(
    session: Session,
    app: Application,
    row: Message,
    resume: tuple[int | None, ResumeDocument],
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
    target.profile = profile_of(doc)
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
