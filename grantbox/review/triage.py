"""Mail that needs a human: what intake could not match or process, and what a reviewer does.

Intake marks two kinds of inbound message with the flag `needs_human`: `unmatched` (it looks
like a reply to us but matches no application) and `error` (it could not be parsed or
processed; `Message.error` says why, the raw bytes are in the blob store). `pending` lists the
ones still open; a reviewer then resolves each with one action:

- `attach`: file it under an existing application as a reply;
- `make_application`: open a new application from its sender (the message is its first email);
- `dismiss`: nothing to do (spam, a stray reply); it keeps the flag `dismissed`.

Each action removes `needs_human` and is an event carrying the reviewer's name (on the
application's timeline, or, for a dismissal, an event with no application). The actions only
file the message: they send no email and do not re-run the conversation on it.
"""

from __future__ import annotations

import re
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any

from sqlalchemy import String, cast, func, select
from sqlalchemy.orm import Session, selectinload

from grantbox import states
from grantbox.blobs import BlobStore
from grantbox.errors import GrantboxError
from grantbox.models import MessageKind
from grantbox.review.decisions import Conflict, NotFound, actor_for
from grantbox.store.tables import Application, Event, Message, iso

NEEDS_HUMAN = "needs_human"
DISMISSED = "dismissed"
PENDING_KINDS = (MessageKind.unmatched.value, MessageKind.error.value)
MAX_TEXT = 20_000  # characters of the visible text shown on the page
MAX_NOTE = 2000
MAX_CANDIDATES = 5
_SUBJECT_REFERENCE = re.compile(r"\[GB-(\d+)\]", re.IGNORECASE)
_APP_REF = re.compile(r"^\s*(?:gb-)?(\d{1,9})\s*$", re.IGNORECASE)


def _pending_query() -> Any:
    # Flags are a JSON list; its text form holds '"needs_human"' on SQLite and PostgreSQL alike.
    return select(Message).where(
        Message.kind.in_(PENDING_KINDS),
        cast(Message.flags, String).like(f'%"{NEEDS_HUMAN}"%'),
    )


def pending_count(session: Session) -> int:
    """How many messages wait for a human (the count in the page header)."""
    return session.scalar(select(func.count()).select_from(_pending_query().subquery())) or 0


def reason(m: Message) -> str:
    """Why the message waits for a human, in words."""
    if m.error:
        return m.error
    if m.kind == MessageKind.error.value:
        return "it could not be processed"
    why: list[str] = []
    if not m.from_addr:
        why.append("it has no usable sender address")
    ref = _SUBJECT_REFERENCE.search(m.subject or "")
    if ref:
        why.append(
            f"its subject names application GB-{ref.group(1)}, "
            "but it comes from an address with no application"
        )
    if m.in_reply_to:
        why.append("it answers an email we sent, but the thread matches no application")
    if "malformed_headers" in m.flags:
        why.append("its headers are malformed")
    if not why:
        why.append("it looks like a reply to us but matches no application")
    return "; ".join(why)


def _plain_text(raw: bytes) -> str:
    try:
        msg = message_from_bytes(raw, policy=policy.default)
        if not isinstance(msg, EmailMessage):
            return ""
        body = msg.get_body(("plain",))
        return "" if body is None else str(body.get_content())
    except Exception:  # whatever broke intake may break this too: show nothing, not an error
        return ""


def visible_text(m: Message, blobs: BlobStore | None = None) -> str:
    """The text intake extracted, else (for messages it could not process) the plain-text
    body read from the stored raw message, if that works."""
    text = m.text or ""
    if not text and blobs is not None and m.stored:
        try:
            if blobs.exists(m.content_sha256):
                text = _plain_text(blobs.get(m.content_sha256))
        except (OSError, ValueError):
            text = ""
    if len(text) > MAX_TEXT:
        text = text[:MAX_TEXT] + "\n… (cut here; download the raw message for the rest)"
    return text


def candidates(session: Session, m: Message) -> list[dict[str, Any]]:
    """Applications the message may belong to: the sender's address, and an application its
    subject names ([GB-12])."""
    found: dict[int, Application] = {}
    if m.from_addr:
        for app in session.scalars(
            select(Application)
            .where(func.lower(Application.email) == m.from_addr.lower())
            .order_by(Application.id.desc())
            .limit(MAX_CANDIDATES)
        ):
            found[app.id] = app
    ref = _SUBJECT_REFERENCE.search(m.subject or "")
    if ref:
        named = session.get(Application, int(ref.group(1)))
        if named is not None:
            found.setdefault(named.id, named)
    return [
        {"id": a.id, "name": a.name, "email": a.email, "status": a.status}
        for a in list(found.values())[: MAX_CANDIDATES + 1]
    ]


def message_view(session: Session, m: Message, blobs: BlobStore | None = None) -> dict[str, Any]:
    return {
        "id": m.id,
        "message_id": m.message_id,
        "kind": m.kind,
        "from": m.from_addr,
        "from_name": m.from_name,
        "subject": m.subject,
        "date": iso(m.sent_at),
        "recorded_at": iso(m.recorded_at),
        "flags": list(m.flags),
        "reason": reason(m),
        "error": m.error,
        "text": visible_text(m, blobs),
        "size": m.size,
        "stored": m.stored,
        "attachments": [
            {"filename": a.filename, "type": a.sniffed_type or a.declared_type, "size": a.size}
            for a in m.attachments
        ],
        "candidates": candidates(session, m),
    }


def pending(session: Session, blobs: BlobStore | None = None) -> list[dict[str, Any]]:
    """Every message still waiting for a human, oldest first."""
    rows = session.scalars(
        _pending_query().options(selectinload(Message.attachments)).order_by(Message.id)
    ).all()
    return [message_view(session, m, blobs) for m in rows]


def _load(session: Session, message_pk: int) -> Message:
    m = session.get(Message, message_pk, with_for_update=True)
    if m is None:
        raise NotFound(f"no message {message_pk}")
    if NEEDS_HUMAN not in m.flags or m.kind not in PENDING_KINDS:
        raise Conflict(f"message {message_pk} does not need a human (any more)")
    return m


def _clean(text: str) -> str:
    text = text.replace("\x00", "").replace("\r\n", "\n").strip()
    if len(text) > MAX_NOTE:
        raise GrantboxError(f"the note is longer than {MAX_NOTE} characters")
    return text


def _resolved(m: Message, *add: str) -> None:
    m.flags = sorted({*(f for f in m.flags if f != NEEDS_HUMAN), *add})


def parse_app_ref(ref: str) -> int:
    match = _APP_REF.match(ref or "")
    if match is None:
        raise GrantboxError(f"not an application number: {ref[:40]!r} (say 12 or GB-12)")
    return int(match.group(1))


def attach(
    session: Session, message_pk: int, app_id: int, *, reviewer: str, note: str = ""
) -> dict[str, Any]:
    """File the message under application `app_id` as a reply."""
    note = _clean(note)
    m = _load(session, message_pk)
    app = session.get(Application, app_id)
    if app is None:
        raise NotFound(f"no application {app_id}")
    was = m.kind
    m.application_id = app.id
    m.kind = MessageKind.reply.value
    _resolved(m)
    states.note(
        session,
        app,
        kind="message_attached",
        actor=actor_for(reviewer),
        reason=(
            f"{was} message attached by {reviewer}: {m.subject[:200]}"
            + (f" — {note}" if note else "")
        ),
        message_pk=m.id,
    )
    session.flush()
    return {"message": m.id, "action": "attached", "application_id": app.id}


def make_application(
    session: Session, message_pk: int, *, reviewer: str, note: str = ""
) -> dict[str, Any]:
    """Open a new application from the message's sender; the message is its first email."""
    note = _clean(note)
    m = _load(session, message_pk)
    if not m.from_addr or "@" not in m.from_addr:
        raise Conflict(
            f"message {message_pk} has no usable sender address: attach it or dismiss it"
        )
    app = states.create_application(
        session,
        email=m.from_addr,
        name=m.from_name,
        actor=actor_for(reviewer),
        reason=(
            f"made by {reviewer} from a {m.kind} message: {m.subject[:200]}"
            + (f" — {note}" if note else "")
        ),
        backlog=m.backlog,
        message_pk=m.id,
    )
    m.application_id = app.id
    m.kind = MessageKind.application.value
    _resolved(m)
    session.flush()
    return {"message": m.id, "action": "new_application", "application_id": app.id}


def dismiss(session: Session, message_pk: int, *, reviewer: str, note: str = "") -> dict[str, Any]:
    """Nothing to do with it: it leaves the list, flagged `dismissed`."""
    note = _clean(note)
    m = _load(session, message_pk)
    _resolved(m, DISMISSED)
    session.add(
        Event(
            application_id=None,
            actor=actor_for(reviewer),
            kind="message_dismissed",
            reason=(
                f"{m.kind} message dismissed by {reviewer}: {m.subject[:200]}"
                + (f" — {note}" if note else "")
            ),
            message_pk=m.id,
        )
    )
    session.flush()
    return {"message": m.id, "action": "dismissed", "application_id": None}


def raw_message(session: Session, blobs: BlobStore, message_pk: int) -> bytes:
    """The message's bytes as received (for the download)."""
    m = session.get(Message, message_pk)
    if m is None:
        raise NotFound(f"no message {message_pk}")
    if not m.stored or not blobs.exists(m.content_sha256):
        raise NotFound(f"the raw bytes of message {message_pk} were not kept")
    return blobs.get(m.content_sha256)
