"""What a grantee's email changes (issue 12): the conversation after approval.

Called by `grantbox.conversation.respond` for a reply filed under an approved application,
inside intake's transaction (so never for robots, bounces, lists or backlog mail). With the
application's current grant:

* offered (or accepted, before it starts, when the reply is about starting): the reply is
  read for a start date
  (`parsers.dates`). A clear one accepts the grant (`records.set_start`) and queues a short
  confirmation, once per date; an unclear one flags the grant and the application
  `start_date_unclear` with the reason, for a person (who sets it with `grantbox grant ID
  --start`). A date that does not change anything changes nothing.
* a check-in sent and not answered: the reply's answers are filed per question
  (`parsers.answers.extract_answers`, as applications' are); when every required question
  has an answer the check-in is answered (the end report moves the grant to reported), else
  the grantee is asked for just the missing ones, once per check-in.
* what is next / where now: an outcome is proposed (`parsers.outcome`), never recorded.
* "I have to stop the grant early" (`parsers.intent.ends_grant_early`), or a request to
  withdraw (an offer they will not take up): the grant and the application are flagged
  `ends_early` for a person, who confirms (`records.end_early`, or declines the offer);
  nothing is sent automatically, and no start date is read from such a reply.

Every parser here is bounded in size and time (they run inside the write transaction).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, date

from sqlalchemy import select
from sqlalchemy.orm import Session

from grantbox import states
from grantbox.config import Settings
from grantbox.conversation import email_context, templates_dir
from grantbox.grants import plan, records
from grantbox.mailtemplates import numbered_questions, render_email
from grantbox.outbox import cancel_queued, enqueue, reference
from grantbox.states import GrantStatus, GrantTrigger
from grantbox.store.tables import (
    Application,
    Grant,
    GrantAnswer,
    GrantCheckin,
    Message,
    OutboxRow,
    aware,
    utcnow,
)
from parsers.answers import extract_answers, visible_reply
from parsers.bounds import first_lines
from parsers.dates import NO_DATE, read_start_date
from parsers.intent import ends_grant_early, withdraw_request
from parsers.outcome import propose_outcome

START_DATE_UNCLEAR = "start_date_unclear"
ENDS_EARLY = "ends_early"
# Check-in row statuses beside records.PENDING / records.SKIPPED.
SENT, ANSWERED, OVERDUE = "sent", "answered", "overdue"
WAITING_FOR_ANSWERS = (SENT, OVERDUE)
# The answers an outcome is read from (templates/checkins.toml), in order of preference.
OUTCOME_QUESTIONS = ("whats_next", "where_now", "extension")
# What of a reply the readers here see: a start date or a plan is said near the top.
MAX_READ_CHARS = 20_000
_ABOUT_STARTING = re.compile(r"\b(?:start\w*|begin\w*|commenc\w*)", re.IGNORECASE)
READING_START = frozenset({GrantStatus.offered, GrantStatus.accepted})
# A grant that can still end early (offered: the grantee would rather decline; a person asks).
RUNNING = frozenset({GrantStatus.offered, GrantStatus.accepted, GrantStatus.active})


@dataclass
class GranteeReply:
    """What one reply changed, for the tests and the timeline."""

    grant_id: int
    start_date: date | None = None
    unclear: str | None = None  # why the start date needs a person
    answered: list[str] | None = None  # question ids filed
    checkin: str | None = None  # the check-in the reply answered (or added to)
    complete: bool = False
    proposed: str | None = None  # the outcome proposed
    ends_early: str | None = None  # the phrase


def flag_grant(
    session: Session,
    grant: Grant,
    app: Application,
    flag: str,
    *,
    actor: str,
    reason: str,
    message_pk: int | None = None,
) -> None:
    """A grant flag, mirrored on its application so the review app's lists show it."""
    if flag not in (grant.flags or []):
        grant.flags = [*(grant.flags or []), flag]
        states.grant_note(
            session,
            grant,
            kind=f"flag:{flag}",
            actor=actor,
            reason=reason,
            message_pk=message_pk,
        )
    states.add_flag(session, app, flag, actor=actor, reason=reason, message_pk=message_pk)


def unflag_grant(
    session: Session, grant: Grant, app: Application, flag: str, *, actor: str, reason: str
) -> None:
    if flag in (grant.flags or []):
        grant.flags = [f for f in grant.flags if f != flag]
        states.grant_note(session, grant, kind=f"unflag:{flag}", actor=actor, reason=reason)
    states.clear_flag(session, app, flag, actor=actor, reason=reason)


def _sent_day(row: Message) -> date:
    """The day the grantee wrote: their Date header if plausible, else when it arrived."""
    arrived = aware(row.recorded_at or utcnow()).astimezone(UTC)
    if row.sent_at is not None:
        sent = aware(row.sent_at).astimezone(UTC)
        # A Date header days away from the arrival is a wrong clock: trust the arrival.
        if abs((sent - arrived).total_seconds()) < 2 * 86400:
            return sent.date()
    return arrived.date()


def _long_date(day: date) -> str:
    return f"{day:%A} {day.day} {day:%B %Y}"


def _confirm_start(
    session: Session,
    settings: Settings,
    app: Application,
    grant: Grant,
    row: Message,
    actor: str,
) -> None:
    assert grant.start_date is not None and grant.end_date is not None
    first = next((c for c in grant.checkins if c.status == records.PENDING), None)
    checkins = plan.checkin_set(settings.checkins_file)
    first_checkin = ""
    if first is not None:
        try:
            title = checkins.get(first.checkin).title
        except KeyError:
            title = first.checkin
        first_checkin = f"{_long_date(first.due_date)} ({title.lower()})"
    rendered = render_email(
        "start_date_confirmed",
        templates_dir=templates_dir(settings),
        start_date=_long_date(grant.start_date),
        end_date=_long_date(grant.end_date),
        months=grant.months,
        amount=f"{grant.amount:,.2f}",
        currency=grant.currency,
        payments=[
            {
                "number": p.number,
                "due_date": _long_date(p.due_date) if p.due_date else "",
                "amount": f"{p.amount:,.2f}",
            }
            for p in grant.payments
        ],
        first_checkin=first_checkin,
        **email_context(settings, app, row),
    )
    enqueue(
        session,
        settings,
        app=app,
        kind="start_date_confirmed",
        rendered=rendered,
        # Once per date: the same date confirmed twice queues one email; a moved date, one more.
        dedupe_key=f"start_confirmed:{grant.id}:{grant.start_date.isoformat()}",
        answering=row,
        actor=actor,
    )


def _read_start(
    session: Session,
    settings: Settings,
    app: Application,
    grant: Grant,
    row: Message,
    own: str,
    actor: str,
    result: GranteeReply,
) -> None:
    offered = GrantStatus(grant.status) is GrantStatus.offered
    if not offered and not _ABOUT_STARTING.search(own):
        # Accepted already: a date in a reply moves the start only when the reply is about
        # starting ("can we start on the 11th instead?"), not "I'll send the form on Monday".
        return
    reading = read_start_date(own, sent=_sent_day(row))
    if reading.date is None:
        # Before the offer is accepted every reply is about the date; after, only one that
        # names a date we could not take is (not "thanks, see you then").
        if offered or reading.reason != NO_DATE:
            result.unclear = reading.reason
            said = f" (\u201c{reading.phrase[:100]}\u201d)" if reading.phrase else ""
            flag_grant(
                session,
                grant,
                app,
                START_DATE_UNCLEAR,
                actor=actor,
                reason=f"the start date in the reply is unclear: {reading.reason}{said}",
                message_pk=row.id,
            )
        return
    result.start_date = reading.date
    if grant.start_date == reading.date and not offered:
        return  # the same date again: nothing changes, nothing more is sent
    records.set_start(
        session,
        settings,
        grant,
        reading.date,
        actor=actor,
        reason=f"the grantee wrote \u201c{reading.phrase[:100]}\u201d",
        message_pk=row.id,
    )
    if START_DATE_UNCLEAR in (grant.flags or []) or START_DATE_UNCLEAR in app.flags:
        unflag_grant(
            session,
            grant,
            app,
            START_DATE_UNCLEAR,
            actor=actor,
            reason=f"a later reply named {reading.date.isoformat()}",
        )
    _confirm_start(session, settings, app, grant, row, actor)


def _answering_checkin(session: Session, grant: Grant, row: Message) -> GrantCheckin | None:
    """The check-in this reply answers: the one whose email (or reminder) it replies to, else
    the latest one sent and not answered."""
    waiting = [c for c in grant.checkins if c.status in WAITING_FOR_ANSWERS]
    if not waiting:
        return None
    if row.in_reply_to:
        ours = session.scalars(
            select(OutboxRow.dedupe_key).where(OutboxRow.message_id == row.in_reply_to)
        ).first()
        if ours is not None:
            for c in waiting:
                if ours in (
                    f"checkin:{grant.id}:{c.checkin}",
                    f"checkin_missing:{grant.id}:{c.checkin}",
                ) or ours.startswith(f"checkin_reminder:{grant.id}:{c.checkin}:"):
                    return c
    return max(waiting, key=lambda c: (c.due_date, c.id))


def _file_answers(
    session: Session,
    settings: Settings,
    app: Application,
    grant: Grant,
    checkin_row: GrantCheckin,
    row: Message,
    actor: str,
    result: GranteeReply,
) -> dict[str, str]:
    """File the reply's answers to the check-in; returns this check-in's answers so far."""
    checkin = plan.checkin_set(settings.checkins_file).get(checkin_row.checkin)
    questions = checkin.question_set
    found = extract_answers(first_lines(row.text, MAX_READ_CHARS), questions)
    existing = {
        a.question_id: a
        for a in session.scalars(
            select(GrantAnswer).where(
                GrantAnswer.grant_id == grant.id, GrantAnswer.checkin == checkin.id
            )
        )
    }
    now = utcnow()
    answered: list[str] = []
    for qid, answer in found.answers.items():
        text = answer.text.replace("\x00", "")
        if not text.strip():
            continue
        current = existing.get(qid)
        if current is None:
            current = GrantAnswer(
                grant_id=grant.id,
                checkin=checkin.id,
                question_id=qid,
                text=text,
                message_pk=row.id,
                method=str(answer.method),
                updated_at=now,
            )
            session.add(current)
            existing[qid] = current
        else:
            current.text, current.message_pk = text, row.id
            current.method, current.updated_at = str(answer.method), now
        answered.append(qid)
    result.checkin, result.answered = checkin.id, answered
    if answered:
        states.grant_note(
            session,
            grant,
            kind="answers_received",
            actor=actor,
            reason=f"{checkin.title}: answered {', '.join(answered)}",
            message_pk=row.id,
        )
    have = {qid: a.text for qid, a in existing.items()}
    missing = [q for q in questions.required_ids if not have.get(q, "").strip()]
    if not missing:
        result.complete = True
        checkin_row.status, checkin_row.answered_at = ANSWERED, now
        cancel_queued(
            session,
            app,
            kinds=frozenset({"checkin_reminder"}),
            reason=f"the grantee answered the {checkin.title.lower()}",
            actor=actor,
            message_pk=row.id,
        )
        if checkin.final:
            status = GrantStatus(grant.status)
            if (status, GrantTrigger.report) in states.GRANT_TRANSITIONS:
                states.grant_transition(
                    session,
                    grant,
                    GrantTrigger.report,
                    actor=actor,
                    reason=f"the {checkin.title.lower()} is in",
                    message_pk=row.id,
                )
    elif answered:
        # Some answers but not all: ask for just those, once per check-in (the chase reminds
        # after that).
        rendered = render_email(
            "checkin",
            templates_dir=templates_dir(settings),
            checkin_title=checkin.title,
            intro=checkin.intro,
            questions=numbered_questions(questions, missing),
            missing=True,
            final=checkin.final,
            **{**email_context(settings, app, row), "reference": reference(app)},
        )
        enqueue(
            session,
            settings,
            app=app,
            kind="checkin_missing",
            rendered=rendered,
            dedupe_key=f"checkin_missing:{grant.id}:{checkin.id}",
            answering=row,
            actor=actor,
        )
    session.flush()
    return have


def _propose(
    session: Session, grant: Grant, texts: list[str], row: Message, actor: str
) -> str | None:
    for text in texts:
        proposal = propose_outcome(text)
        if proposal.kind is not None:  # one of records.OUTCOMES, the same list
            records.propose_outcome(session, grant, proposal.kind, message_pk=row.id, actor=actor)
            return proposal.kind
    return None


def respond_grantee(
    session: Session,
    settings: Settings,
    app: Application,
    row: Message,
    *,
    actor: str,
) -> GranteeReply | None:
    """Move the grant on after a grantee's reply `row` was filed under `app` (approved).
    None when the application has no grant (approved before grants existed)."""
    grant = records.current_grant(session, app.id)
    if grant is None:
        return None
    result = GranteeReply(grant_id=grant.id)
    status = GrantStatus(grant.status)
    own = visible_reply(first_lines(row.text, MAX_READ_CHARS))

    early = None
    if status in RUNNING:
        # "I won't be able to continue", or (an offer not yet taken up) "I have accepted
        # another offer, please withdraw me": either way a person confirms.
        early = ends_grant_early(own) or withdraw_request(own)
    if early is not None:
        result.ends_early = early
        flag_grant(
            session,
            grant,
            app,
            ENDS_EARLY,
            actor=actor,
            reason=f"the grantee wrote that they stop early: \u201c{early[:200]}\u201d; "
            "a person confirms (grantbox end-early)",
            message_pk=row.id,
        )

    if status in READING_START and early is None:
        _read_start(session, settings, app, grant, row, own, actor, result)

    checkin_row = _answering_checkin(session, grant, row)
    outcome_texts: list[str] = []
    if checkin_row is not None:
        have = _file_answers(session, settings, app, grant, checkin_row, row, actor, result)
        outcome_texts = [
            have[q] for q in OUTCOME_QUESTIONS if q in have and q in (result.answered or [])
        ]
    elif status in (GrantStatus.ended, GrantStatus.reported, GrantStatus.ended_early):
        # After the grant, any word from them may say where they are now.
        outcome_texts = [own]
    if outcome_texts:
        result.proposed = _propose(session, grant, outcome_texts, row, actor)
    return result
