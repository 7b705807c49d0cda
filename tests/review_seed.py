"""Applications for the review tests, written straight into the store the way intake files
them (application, inbound messages, attachments with their blobs, resume, answers, events).
For tests that need the real mail loop, see tests/integration/test_review_browser.py."""

from __future__ import annotations

import hashlib
import itertools
import re
from datetime import datetime

from sqlalchemy.orm import Session

from grantbox import states
from grantbox.blobs import BlobStore
from grantbox.config import Settings
from grantbox.conversation import question_set
from grantbox.resumes import profile_file
from grantbox.states import Status, Trigger
from grantbox.store import Store
from grantbox.store.tables import Answer, AttachmentRow, Message, Resume, utcnow
from tests.factories import resume_pdf

_ids = itertools.count(1)
_profiles: dict[str, dict] = {}


def seed_application(
    store: Store,
    settings: Settings,
    *,
    name: str = "Ada Lovelace",
    email: str | None = None,
    subject: str = "Application for the retraining grant",
    body: str = "Hello, my resume is attached.",
    filename: str = "Ada CV.pdf",
    file_bytes: bytes | None = None,
    resume_text: str | None = None,
    status: Status = Status.ready_for_review,
    flags: tuple[str, ...] = (),
    at: datetime | None = None,
) -> int:
    """One application in `status` (ready_for_review by default), with its first email, a
    resume attachment (stored), its profile and an answer to every question."""
    n = next(_ids)
    email = email or f"applicant{n}@mail.test"
    data = file_bytes if file_bytes is not None else resume_pdf()
    sha = BlobStore(settings.blob_dir).put(data)
    if sha not in _profiles:
        _profiles[sha] = profile_file(data)
    info = _profiles[sha]
    now = at or utcnow()
    with store.transaction() as session:
        msg = Message(
            message_id=f"<seed-{n}-{sha[:8]}@mail.test>",
            content_sha256=hashlib.sha256(f"{n}{sha}".encode()).hexdigest(),
            size=len(data),
            from_addr=email,
            from_name=name,
            subject=subject,
            kind="application",
            flags=[],
            text=body,
            recorded_at=now,
        )
        session.add(msg)
        session.flush()
        app = states.create_application(
            session, email=email, name=name, actor="intake", reason="seeded", at=now
        )
        msg.application_id = app.id
        att = AttachmentRow(
            message_pk=msg.id,
            filename=filename,
            declared_type="application/pdf",
            sniffed_type=info["sniffed_type"] or "application/pdf",
            size=len(data),
            sha256=sha,
            stored=True,
        )
        session.add(att)
        session.flush()
        session.add(
            Resume(
                application_id=app.id,
                attachment_id=att.id,
                message_pk=msg.id,
                filename=filename,
                content_type=att.sniffed_type,
                source="pdf",
                pages=info["pages"] or 0,
                text=resume_text if resume_text is not None else "resume text of " + name,
                flags=[],
                profile=info["profile"],
            )
        )
        for q in question_set(settings).questions:
            session.add(
                Answer(
                    application_id=app.id,
                    question_id=q.id,
                    text=f"{name} answers {q.id}: {body}",
                    message_pk=msg.id,
                    method="numbered",
                )
            )
        for flag in flags:
            states.add_flag(session, app, flag, actor="intake", reason=f"seeded {flag}")
        if status is not Status.received:
            states.transition(session, app, Trigger.resume_found, actor="intake", at=now)
            if status is not Status.questions_sent:
                states.transition(session, app, Trigger.answers_complete, actor="intake", at=now)
        assert app.status == status.value, (app.status, status)
        return app.id


def csrf_token(page_text: str) -> str:
    """The CSRF token of the first form on a review page."""
    match = re.search(r'name="csrf" value="([^"]+)"', page_text)
    assert match is not None, "no CSRF token on the page"
    return match.group(1)


def sign_in(client, name: str, password: str):  # type: ignore[no-untyped-def]
    """Sign in through the real form (its CSRF token included); returns the response."""
    token = csrf_token(client.get("/signin").text)
    return client.post(
        "/signin",
        data={"name": name, "password": password, "csrf": token, "next": "/"},
        follow_redirects=False,
    )


def unmatched_message(session: Session) -> Message:
    """An email filed under no application (it waits on "Needs a human"), in `session`."""
    msg = Message(
        message_id="<lost@mail.test>",
        content_sha256="0" * 64,
        size=10,
        from_addr="lost@mail.test",
        subject="who am I",
        kind="unmatched",
        flags=[],
        text="hello",
    )
    session.add(msg)
    session.flush()
    return msg
