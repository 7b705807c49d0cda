"""Read-side queries: the shapes the CLI's `--json` and the review pages show.

The dictionaries here ARE the scripting interface of ARCHITECTURE.md ("Interfaces that scripts
depend on"): keep their keys stable.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from grantbox.store.tables import Application, Message, OutboxRow


def _iso(value: datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def application_dict(app: Application) -> dict[str, Any]:
    resume = app.resume
    return {
        "id": app.id,
        "email": app.email,
        "name": app.name,
        "status": app.status,
        "flags": list(app.flags),
        "backlog": app.backlog,
        "created_at": _iso(app.created_at),
        "updated_at": _iso(app.updated_at),
        "resume": None
        if resume is None
        else {
            "filename": resume.filename,
            "content_type": resume.content_type,
            "source": resume.source,
            "pages": resume.pages,
            "text_chars": len(resume.text),
            "flags": list(resume.flags),
            "problem": resume.problem,
            "profile": resume.profile,
        },
        "answers": {a.question_id: a.text for a in app.answers},
        "messages": [m.message_id for m in app.messages],
    }


def list_applications(session: Session, *, status: str | None = None) -> list[dict[str, Any]]:
    query = (
        select(Application)
        .options(
            selectinload(Application.resume),
            selectinload(Application.messages),
            selectinload(Application.answers),
        )
        .order_by(Application.id)
    )
    if status:
        query = query.where(Application.status == status)
    return [application_dict(a) for a in session.scalars(query)]


def show_application(session: Session, app_id: int) -> dict[str, Any] | None:
    app = session.get(Application, app_id)
    if app is None:
        return None
    data = application_dict(app)
    data["timeline"] = [
        {
            "at": _iso(e.at),
            "actor": e.actor,
            "kind": e.kind,
            "from_status": e.from_status,
            "to_status": e.to_status,
            "reason": e.reason,
        }
        for e in app.events
    ]
    data["thread"] = [message_dict(m) for m in app.messages]
    return data


def message_dict(m: Message) -> dict[str, Any]:
    first = m.locations[0] if m.locations else None
    return {
        "message_id": m.message_id,
        "uid": first.uid if first else None,
        "folder": first.folder if first else None,
        "locations": [
            {"folder": loc.folder, "uidvalidity": loc.uidvalidity, "uid": loc.uid}
            for loc in m.locations
        ],
        "from": m.from_addr,
        "subject": m.subject,
        "date": _iso(m.sent_at),
        "kind": m.kind,
        "application_id": m.application_id,
        "flags": list(m.flags),
        "error": m.error,
        "backlog": m.backlog,
        "attachments": [
            {
                "filename": a.filename,
                "declared_type": a.declared_type,
                "sniffed_type": a.sniffed_type,
                "size": a.size,
                "sha256": a.sha256,
                "stored": a.stored,
                "problem": a.problem,
            }
            for a in m.attachments
        ],
    }


def list_messages(session: Session) -> list[dict[str, Any]]:
    query = (
        select(Message)
        .options(selectinload(Message.locations), selectinload(Message.attachments))
        .order_by(Message.id)
    )
    return [message_dict(m) for m in session.scalars(query)]


def list_outbox(session: Session) -> list[dict[str, Any]]:
    """Outgoing mail, oldest first (`grantbox outbox --json`)."""
    return [
        {
            "id": row.id,
            "message_id": row.message_id,
            "application_id": row.application_id,
            "to": row.to_addr,
            "subject": row.subject,
            "kind": row.kind,
            "status": row.status,
            "reason": row.reason,
            "attempts": row.attempts,
            "last_error": row.last_error,
            # When a queued (or retrying) email is tried next; past: at the next pass.
            "next_attempt_at": _iso(row.next_attempt_at),
            "created_at": _iso(row.created_at),
            "sent_at": _iso(row.sent_at),
        }
        for row in session.scalars(select(OutboxRow).order_by(OutboxRow.id))
    ]
