"""The conversation with an applicant: what an inbound email changes, and what we answer.

Runs inside intake's transaction, right after filing, for mail that may be answered (never
robots, lists, bounces, or the first-connection backlog). The state machine decides every
status change; the outbox queues every email; this module only reads the situation:

* a new application with a readable resume gets the follow-up questions;
* one without (or with an unreadable one) is asked for its resume, once;
* a reply brings answers (kept per question, the latest wins) and maybe the resume; when the
  resume and every required answer are in, the application is ready for review; when a reply
  answered some questions but not all required ones, the applicant is asked for just those;
* a reply asking to withdraw (flagged by filing) gets no automatic answer: a person confirms.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from grantbox import states
from grantbox.config import Settings
from grantbox.filing import WITHDRAW_REQUEST
from grantbox.mailtemplates import DEFAULT_TEMPLATES_DIR, numbered_questions, render_email
from grantbox.models import MessageKind
from grantbox.outbox import cancel_queued, enqueue, reference
from grantbox.questions import DEFAULT_QUESTIONS_PATH, QuestionSet, load_questions
from grantbox.reading import Reading
from grantbox.states import Status, Trigger
from grantbox.store.tables import Answer, Application, Message, OutboxRow, utcnow
from parsers.answers import ExtractedAnswers, extract_answers

ASKING = frozenset({Status.questions_sent, Status.more_info_requested})


@lru_cache(maxsize=4)
def _questions(path: Path) -> QuestionSet:
    return load_questions(path)


def question_set(settings: Settings) -> QuestionSet:
    return _questions((settings.questions_file or DEFAULT_QUESTIONS_PATH).resolve())


def has_readable_resume(app: Application) -> bool:
    return app.resume is not None and bool(app.resume.text.strip())


def answers_of(session: Session, app_id: int) -> dict[str, str]:
    rows = session.scalars(select(Answer).where(Answer.application_id == app_id))
    return {a.question_id: a.text for a in rows}


def _asked_last(session: Session, app_id: int, questions: QuestionSet) -> list[str] | None:
    """The question ids our latest questions email asked, for answers given by number."""
    last = session.scalars(
        select(OutboxRow)
        .where(
            OutboxRow.application_id == app_id,
            OutboxRow.kind.in_(["questions", "missing_answers"]),
        )
        .order_by(OutboxRow.id.desc())
    ).first()
    if last is None or last.kind == "questions":
        return None
    marker = "missing:"
    key = last.dedupe_key
    if marker in key:
        ids = [i for i in key.split(marker, 1)[1].split(",") if i in questions.ids]
        return ids or None
    return None


def _save_answers(
    session: Session,
    app: Application,
    row: Message,
    questions: QuestionSet,
    read: ExtractedAnswers | None,
    actor: str,
) -> list[str]:
    """Keep the reply's answers; returns the ids answered by this reply. `read`: its answers
    to every question, read before the transaction. A reply to a "we still need" email is
    read again against the questions that email asked (people number their answers by it):
    bounded, as every parser is, but inside the transaction."""
    asked = _asked_last(session, app.id, questions)
    found = read if read is not None and asked is None else None
    if found is None:
        found = extract_answers(row.text, questions, asked=asked)
        if read is not None:  # what an attached file answered still counts
            files = {qid: a for qid, a in read.answers.items() if a.file}
            found = found.model_copy(update={"answers": {**files, **found.answers}})
    existing = {
        a.question_id: a
        for a in session.scalars(select(Answer).where(Answer.application_id == app.id))
    }
    answered = []
    for qid, answer in found.answers.items():
        text = answer.text.replace("\x00", "")
        if not text.strip():
            continue
        current = existing.get(qid)
        if current is None:
            current = Answer(application_id=app.id, question_id=qid)
            session.add(current)
        current.text, current.message_pk, current.method = text, row.id, str(answer.method)
        current.source_file = answer.file or None
        current.updated_at = utcnow()
        answered.append(qid)
    if answered:
        states.note(
            session,
            app,
            kind="answers_received",
            actor=actor,
            reason="answered: " + ", ".join(answered),
            message_pk=row.id,
        )
    session.flush()
    return answered


def email_context(
    settings: Settings, app: Application, answering: Message | None
) -> dict[str, object]:
    """What every email to an applicant is rendered with (the templates' shared context)."""
    ref = reference(app)
    subject = answering.subject if answering is not None else ""
    return {
        "program_name": settings.program_name,
        "team_name": settings.team_name,
        "applicant_name": app.name,
        "original_subject": subject,
        # A reply to our email already carries "[GB-n]" in its subject: never stack a second.
        "reference": "" if f"[{ref}]" in subject else ref,
    }


def templates_dir(settings: Settings) -> Path:
    return settings.templates_dir or DEFAULT_TEMPLATES_DIR


def _cancel_reminders(session: Session, app: Application, row: Message, actor: str) -> None:
    """They wrote: a reminder still waiting to go out would cross their email. Cancelled in
    the transaction that records their email."""
    cancel_queued(
        session,
        app,
        kinds=frozenset({"reminder"}),
        reason="the applicant wrote before it went out",
        actor=actor,
        message_pk=row.id,
    )


def _ask_questions(
    session: Session, settings: Settings, app: Application, row: Message, actor: str
) -> bool:
    """Queue the questions (once per application); True when they had been asked before."""
    questions = question_set(settings)
    rendered = render_email(
        "questions",
        templates_dir=templates_dir(settings),
        questions=numbered_questions(questions),
        **email_context(settings, app, row),
    )
    before = session.scalar(
        select(OutboxRow.id).where(OutboxRow.dedupe_key == f"questions:{app.id}")
    )
    enqueue(
        session,
        settings,
        app=app,
        kind="questions",
        rendered=rendered,
        dedupe_key=f"questions:{app.id}",
        answering=row,
        actor=actor,
    )
    return before is not None


def _ask_resume(
    session: Session, settings: Settings, app: Application, row: Message, actor: str
) -> None:
    problem = app.resume.problem if app.resume is not None else None
    rendered = render_email(
        "resume_request",
        templates_dir=templates_dir(settings),
        problem=problem or "",
        **email_context(settings, app, row),
    )
    enqueue(
        session,
        settings,
        app=app,
        kind="resume_request",
        rendered=rendered,
        dedupe_key=f"resume_request:{app.id}",
        answering=row,
        actor=actor,
    )


def _ask_missing(
    session: Session,
    settings: Settings,
    app: Application,
    row: Message,
    missing: list[str],
    actor: str,
) -> None:
    questions = question_set(settings)
    rendered = render_email(
        "missing_answers",
        templates_dir=templates_dir(settings),
        questions=numbered_questions(questions, missing),
        **email_context(settings, app, row),
    )
    enqueue(
        session,
        settings,
        app=app,
        kind="missing_answers",
        rendered=rendered,
        # One per reply: each reply that leaves answers missing gets at most one nudge.
        dedupe_key=f"missing_answers:{row.id}:missing:{','.join(missing)}"[:200],
        answering=row,
        actor=actor,
    )


def respond(
    session: Session,
    settings: Settings,
    *,
    app_id: int,
    row: Message,
    kind: MessageKind,
    actor: str,
    reading: Reading,
) -> None:
    """Move the application on after `row` was filed under it, queueing what to answer.
    `reading`: what the email says, read before the transaction (see grantbox/reading.py)."""
    app = session.get(Application, app_id)
    assert app is not None
    session.refresh(app, ["resume"])
    _cancel_reminders(session, app, row, actor)
    if app.status == Status.approved and kind is MessageKind.reply:
        # A grantee's reply: the grant's conversation (issue 12) reads it, withdrawal-like
        # words included ("I have accepted a job offer" means stopping early there).
        from grantbox.grants.conversation import respond_grantee  # it imports this module

        respond_grantee(session, settings, app, row, actor=actor)
        return
    if WITHDRAW_REQUEST in row.flags:
        # They asked to withdraw (filing flagged it): a person confirms and answers; nothing
        # automatic, not even a revival or a "still missing".
        return
    status = Status(app.status)

    if status is Status.stale:
        states.transition(session, app, Trigger.revived, actor=actor, message_pk=row.id)
        status = Status.received

    if status is Status.received:
        if not has_readable_resume(app):
            states.transition(session, app, Trigger.resume_missing, actor=actor, message_pk=row.id)
            _ask_resume(session, settings, app, row, actor)
            return
        states.transition(session, app, Trigger.resume_found, actor=actor, message_pk=row.id)
        asked_before = _ask_questions(session, settings, app, row, actor)
        if not (asked_before and kind is MessageKind.reply):
            return
        status = Status.questions_sent  # a revived applicant's reply may carry answers

    if status is Status.awaiting_resume:
        if has_readable_resume(app):
            states.transition(session, app, Trigger.resume_arrived, actor=actor, message_pk=row.id)
            _ask_questions(session, settings, app, row, actor)
        return

    if status in ASKING and kind is MessageKind.reply:
        questions = question_set(settings)
        answered = _save_answers(session, app, row, questions, reading.answers, actor)
        have = answers_of(session, app.id)
        missing = [q for q in questions.required_ids if not have.get(q, "").strip()]
        if not missing and has_readable_resume(app):
            states.transition(
                session,
                app,
                Trigger.answers_complete,
                actor=actor,
                reason="resume and every required answer are in",
                message_pk=row.id,
            )
        elif answered and missing:
            _ask_missing(session, settings, app, row, missing, actor)
