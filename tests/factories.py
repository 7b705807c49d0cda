"""Builders for the emails tests send: real MIME made by the standard library, carrying the
real files under tests/data/ (never hand-written byte strings that no mail client produces)."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path

DATA = Path(__file__).parent / "data"


def data_file(relative: str) -> bytes:
    return (DATA / relative).read_bytes()


def application_email(
    from_addr: str,
    *,
    name: str = "",
    to: str = "grants@example.org",
    subject: str = "Application for the retraining grant",
    body: str = (
        "Hello,\n\nPlease find my resume attached. I would love to join the program.\n\nBest,\n"
    ),
    attachments: list[tuple[str, bytes, str]] = (),  # type: ignore[assignment]
    message_id: str | None = None,
    in_reply_to: str | None = None,
    headers: dict[str, str] | None = None,
    date: datetime | None = None,
) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"{name} <{from_addr}>" if name else from_addr
    msg["To"] = to
    msg["Subject"] = subject
    msg["Date"] = format_datetime(date or datetime.now(UTC))
    msg["Message-ID"] = message_id or make_msgid(idstring=uuid.uuid4().hex[:8], domain="mail.test")
    if in_reply_to:
        msg["In-Reply-To"] = in_reply_to
        msg["References"] = in_reply_to
    for key, value in (headers or {}).items():
        msg[key] = value
    msg.set_content(body + (name or from_addr) + "\n")
    for filename, content, ctype in attachments:
        maintype, _, subtype = ctype.partition("/")
        msg.add_attachment(content, maintype=maintype, subtype=subtype, filename=filename)
    return msg.as_bytes()


def resume_pdf() -> bytes:
    return data_file("resumes-demo/resume-2p.pdf")
