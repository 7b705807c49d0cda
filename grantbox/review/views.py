"""What the review pages (and `grantbox queue`) show: plain dictionaries from the store.

`queue` is one page of the queue with its filters and the counts per status; `application`
is everything about one application on one screen; `application_for` is that screen as one
committee member may see it (her scorecard, the others' reviews when she may see them,
possible conflicts, and in blind mode the applicant's identity left out of the data, so the
page cannot leak it). Nothing here writes.
"""

from __future__ import annotations

import math
import re
from dataclasses import asdict
from datetime import datetime
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session, selectinload
from sqlalchemy.sql.elements import ColumnElement

from grantbox.committee import blind, conflicts, reviews, roles
from grantbox.committee.rubric import rubric_for
from grantbox.config import Settings
from grantbox.conversation import question_set
from grantbox.errors import GrantboxError
from grantbox.review.decisions import DECISIONS, aware, held_decision, preview
from grantbox.states import OPEN, Status
from grantbox.store import search as text_search
from grantbox.store.tables import (
    Application,
    ConflictOfInterest,
    Grant,
    Message,
    OutboxRow,
    Resume,
    Review,
    ReviewAssignment,
    Reviewer,
    flagged,
    iso,
    utcnow,
)

STATUSES = [s.value for s in Status]
# The flags a reviewer filters by (any flag on an application can be typed in the URL too).
KNOWN_FLAGS = [
    "asks_to_withdraw",
    "bouncing",
    "duplicate",
    "reply_from_other_address",
    "no_text_layer",
    "resume_unreadable",
    "attachment_too_large",
    "message_too_large",
]
_FLAG = re.compile(r"^[a-z0-9_:]{1,40}$")
_APP_REF = re.compile(r"^(?:gb-)?(\d{1,9})$", re.IGNORECASE)
PER_PAGE = 50


def waiting(since: datetime | None, now: datetime) -> str:
    """'3 d', '5 h', '12 min': how long something has been waiting."""
    if since is None:
        return ""
    seconds = max(0.0, (now - aware(since)).total_seconds())
    if seconds >= 86400:
        return f"{int(seconds // 86400)} d"
    if seconds >= 3600:
        return f"{int(seconds // 3600)} h"
    return f"{int(seconds // 60)} min"


def escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def queue(
    session: Session,
    *,
    status: str | None = Status.ready_for_review.value,
    flag: str | None = None,
    search: str = "",
    page: int = 1,
    per_page: int = PER_PAGE,
    now: datetime | None = None,
    assigned_to: int | None = None,
    search_within: Any = None,
) -> dict[str, Any]:
    """One page of applications, the longest-waiting first. `status` None or "all": every
    status. `search` matches name or email (substring), an application number ("GB-12"), or
    text the applicant wrote: every word of it begins a word in the resume, an answer or a
    message (`grantbox.store.search`); such rows say where, as `match`. `assigned_to`: only
    the applications assigned to that reviewer that she has not yet submitted a review of
    ("Assigned to me"). `search_within`: a select of the application ids the words and names
    may match in (the blind first read: no finding out who GB-12 is by searching a name);
    an application number matches anyway."""
    now = now or utcnow()
    query = select(Application)
    if assigned_to is not None:
        query = query.where(Application.id.in_(_open_assignments(assigned_to)))
    if status and status != "all":
        if status not in STATUSES:
            raise ValueError(f"unknown status {status!r}")
        query = query.where(Application.status == status)
    if flag:
        if not _FLAG.match(flag):
            raise ValueError(f"not a flag: {flag!r}")
        query = query.where(flagged(flag))
    search = search.strip()[:200]
    if search:
        pattern = f"%{escape_like(search.lower())}%"
        conditions: list[ColumnElement[bool]] = [
            func.lower(Application.name).like(pattern, escape="\\"),
            func.lower(Application.email).like(pattern, escape="\\"),
        ]
        terms = text_search.words(search)
        if terms:
            conditions.append(text_search.text_matches(session, terms))
        if search_within is not None:
            conditions = [and_(Application.id.in_(search_within), or_(*conditions))]
        ref = _APP_REF.match(search)
        if ref:
            conditions.append(Application.id == int(ref.group(1)))
        query = query.where(or_(*conditions))
    total = session.scalar(select(func.count()).select_from(query.subquery())) or 0
    pages = max(1, math.ceil(total / per_page))
    page = min(max(1, page), pages)
    rows = session.scalars(
        # The queue shows only the resume's file name: never load its text and profile.
        query.options(selectinload(Application.resume).load_only(Resume.filename))
        .order_by(Application.updated_at, Application.id)
        .limit(per_page)
        .offset((page - 1) * per_page)
    ).all()
    # Where the words not already shown in the row (name, email) were found.
    terms = text_search.words(search)
    unseen = {a.id: [t for t in terms if t not in f"{a.name} {a.email}".lower()] for a in rows}
    matches = text_search.snippets(session, unseen)
    counts: dict[str, int] = {
        status: n
        for status, n in session.execute(
            select(Application.status, func.count()).group_by(Application.status)
        )
    }
    return {
        "applications": [
            {
                "id": a.id,
                "name": a.name,
                "email": a.email,
                "status": a.status,
                "flags": list(a.flags),
                "created_at": iso(a.created_at),
                "updated_at": iso(a.updated_at),
                "waiting": waiting(a.updated_at, now),
                "waiting_seconds": int((now - aware(a.updated_at)).total_seconds()),
                "resume": a.resume.filename if a.resume is not None else None,
                "match": matches.get(a.id),
            }
            for a in rows
        ],
        "total": total,
        "page": page,
        "pages": pages,
        "per_page": per_page,
        "counts": {s: counts.get(s, 0) for s in STATUSES},
        "all_count": sum(counts.values()),
        "filters": {"status": status or "all", "flag": flag or "", "q": search},
        "known_flags": KNOWN_FLAGS,
    }


def _open_assignments(reviewer_id: int) -> Any:
    """The ids of the applications assigned to `reviewer_id` without her submitted review."""
    submitted = select(Review.application_id).where(
        Review.reviewer_id == reviewer_id, Review.submitted_at.is_not(None)
    )
    return select(ReviewAssignment.application_id).where(
        ReviewAssignment.reviewer_id == reviewer_id,
        ReviewAssignment.application_id.not_in(submitted),
    )


def assigned_count(session: Session, reviewer_id: int) -> int:
    """How many applications wait for this reviewer's review (the "Assigned to me" badge):
    assigned, not submitted, still ready for review."""
    return (
        session.scalar(
            select(func.count())
            .select_from(Application)
            .where(
                Application.status == Status.ready_for_review.value,
                Application.id.in_(_open_assignments(reviewer_id)),
            )
        )
        or 0
    )


def unblinded(settings: Settings, reviewer: Reviewer) -> Any:
    """A select of the ids of the applications `reviewer` no longer reads blind: those she
    has submitted a review of, and for those who decide, those with the quorum of reviews in
    (the rule of `blind.is_blind`, for many applications at once)."""
    own = select(Review.application_id).where(
        Review.reviewer_id == reviewer.id, Review.submitted_at.is_not(None)
    )
    if not roles.can(reviewer.role, "decide"):
        return own
    recused = select(ConflictOfInterest.id).where(
        ConflictOfInterest.application_id == Review.application_id,
        ConflictOfInterest.reviewer_id == Review.reviewer_id,
    )
    ready = (
        select(Review.application_id)
        .where(Review.submitted_at.is_not(None), ~recused.exists())
        .group_by(Review.application_id)
        .having(func.count() >= reviews.quorum(settings))
    )
    return own.union(ready)


def committee_rows(
    session: Session, settings: Settings, data: dict[str, Any], reviewer: Reviewer
) -> None:
    """Mark the queue rows for `reviewer`: `assigned` (to her), `recused` (she declared a
    conflict: no link), and in blind mode blank the applicant's identity (name, email,
    resume file name, search snippet) of the rows she has not scored yet."""
    rows = data["applications"]
    ids = [a["id"] for a in rows]
    if not ids:
        return
    assigned = set(
        session.scalars(
            select(ReviewAssignment.application_id).where(
                ReviewAssignment.reviewer_id == reviewer.id,
                ReviewAssignment.application_id.in_(ids),
            )
        )
    )
    recused = set(
        session.scalars(
            select(ConflictOfInterest.application_id).where(
                ConflictOfInterest.reviewer_id == reviewer.id,
                ConflictOfInterest.application_id.in_(ids),
            )
        )
    )
    seen: set[int] = set()
    if settings.blind_first_read:
        seen = set(
            session.scalars(
                select(Application.id).where(
                    Application.id.in_(ids), Application.id.in_(unblinded(settings, reviewer))
                )
            )
        )
    for a in rows:
        a["assigned"] = a["id"] in assigned
        a["recused"] = a["id"] in recused
        a["blind"] = settings.blind_first_read and a["id"] not in seen
        if a["blind"]:
            a.update(
                name=f"GB-{a['id']}",
                email="",
                resume="resume" if a["resume"] else None,
                match=None,
            )


def form_scores(form: dict[str, str]) -> dict[str, int]:
    """The scores of a scorecard form: `score_<criterion id>` fields with a number (the rubric
    checks the ids and the range; a blank field is a score not given yet)."""
    scores: dict[str, int] = {}
    for key, value in form.items():
        if key.startswith("score_") and value.strip():
            criterion = key.removeprefix("score_")[:64]
            try:
                scores[criterion] = int(value.strip()[:6])
            except ValueError as e:
                raise GrantboxError(f"the score for {criterion!r} is not a number") from e
    return scores


def application_exists(session: Session, app_id: int) -> bool:
    return session.get(Application, app_id) is not None


def committee(
    session: Session, settings: Settings, app_id: int, reviewer: Reviewer
) -> dict[str, Any]:
    """The committee part of an application's page, for `reviewer`: the rubric, her own
    review, the others' (only when she may see them), the spread per criterion with
    disagreements, the quorum, possible conflicts of interest, and whether she is assigned."""
    rubric = rubric_for(settings)
    view = reviews.reviews_view(session, settings, app_id, reviewer)
    status = session.scalar(select(Application.status).where(Application.id == app_id))
    criteria = [
        {
            "id": c.id,
            "label": c.display_label,
            "text": c.text,
            "guidance": c.guidance,
            "points": [
                {"value": n, "label": c.labels.get(n, "")}
                for n in range(c.scale[0], c.scale[1] + 1)
            ],
        }
        for c in rubric.criteria
    ]
    spread = {
        cid: {"min": s.min, "max": s.max, "mean": s.mean, "disagreement": s.disagreement}
        for cid, s in view.spread.items()
    }
    return {
        "criteria": criteria,
        "own": asdict(view.own) if view.own is not None else None,
        "others": [asdict(r) for r in view.others],
        "hidden_count": view.hidden_count,
        "spread": spread,
        "disagreement": view.disagreement,
        "disagreements": list(view.disagreements),  # criterion ids, "recommendation"
        "recommendation_counts": dict(view.recommendations),
        "submitted_count": view.submitted_count,
        "quorum": view.quorum,
        "ready_to_decide": view.ready_to_decide,
        "possible_conflicts": [
            {"reviewer": p.reviewer, "why": p.why}
            for p in conflicts.possible_conflicts(session, app_id, settings)
        ],
        "assigned": session.scalar(
            select(ReviewAssignment.id).where(
                ReviewAssignment.application_id == app_id,
                ReviewAssignment.reviewer_id == reviewer.id,
            )
        )
        is not None,
        "recommendations": list(reviews.RECOMMENDATIONS),
        "can_score": roles.can(reviewer.role, "score"),
        "reviewable": status in reviews.REVIEWABLE,
        "can_decide": roles.can(reviewer.role, "decide"),
    }


def reviews_json(c: dict[str, Any]) -> dict[str, Any]:
    """What GET /applications/{id}/reviews answers as JSON: the reviews part only."""
    keys = ["own", "others", "hidden_count", "spread", "disagreement", "disagreements"]
    keys += ["recommendation_counts", "submitted_count", "quorum", "ready_to_decide"]
    return {k: c[k] for k in keys}


def application_for(
    session: Session,
    settings: Settings,
    app_id: int,
    reviewer: Reviewer,
    now: datetime | None = None,
) -> dict[str, Any] | None:
    """`application` as `reviewer` may see it, with its committee part (`committee`). Blind
    first read: built from `blind.blind_application`, so the name, email, links and the
    resume's contact block are not in the data at all; the decision emails' previews (they
    greet the applicant by name) are left out too until she may see who it is."""
    data = application(session, settings, app_id, now)
    if data is None:
        return None
    part = committee(session, settings, app_id, reviewer)
    hidden = blind.is_blind(session, settings, app_id, reviewer)
    if hidden:
        data = blind.blind_application(data)
        data["previews"] = {}
    data["committee"] = part
    data["blind"] = hidden
    # Its grants (issue 12), newest first: an extension follows the grant it extends.
    data["grants"] = [
        {"id": gid, "status": status}
        for gid, status in session.execute(
            select(Grant.id, Grant.status)
            .where(Grant.application_id == app_id)
            .order_by(Grant.id.desc())
        )
    ]
    return data


def reviewers(session: Session) -> list[dict[str, Any]]:
    """Every reviewer for the admin page: name, role, email, disabled, and her open load
    (applications assigned to her without her submitted review)."""
    submitted = (
        select(Review.id)
        .where(
            Review.application_id == ReviewAssignment.application_id,
            Review.reviewer_id == ReviewAssignment.reviewer_id,
            Review.submitted_at.is_not(None),
        )
        .exists()
    )
    load: dict[int, int] = {
        reviewer_id: n
        for reviewer_id, n in session.execute(
            select(ReviewAssignment.reviewer_id, func.count())
            .where(~submitted)
            .group_by(ReviewAssignment.reviewer_id)
        )
    }
    return [
        {
            "name": r.name,
            "role": r.role,
            "email": r.email,
            "disabled": r.disabled,
            "totp": r.totp_secret is not None,
            "open": load.get(r.id, 0),
        }
        for r in session.scalars(select(Reviewer).order_by(Reviewer.name))
    ]


def _plain_text(raw: bytes) -> str:
    msg = message_from_bytes(raw, policy=policy.default)
    assert isinstance(msg, EmailMessage)
    body = msg.get_body(("plain",))
    if body is None:
        return ""
    try:
        return str(body.get_content())
    except (LookupError, ValueError):
        return ""


def application(
    session: Session, settings: Settings, app_id: int, now: datetime | None = None
) -> dict[str, Any] | None:
    """Everything about one application, for its page."""
    now = now or utcnow()
    app = session.get(
        Application,
        app_id,
        options=[
            selectinload(Application.resume),
            selectinload(Application.answers),
            selectinload(Application.events),
            selectinload(Application.messages).selectinload(Message.attachments),
        ],
    )
    if app is None:
        return None
    answers = {a.question_id: a for a in app.answers}
    questions = []
    for number, q in enumerate(question_set(settings).questions, start=1):
        a = answers.pop(q.id, None)
        questions.append(
            {
                "number": number,
                "id": q.id,
                "label": q.display_label,
                "text": q.text,
                "required": q.required,
                "answer": a.text if a is not None else None,
                "method": a.method if a is not None else None,
                "file": a.source_file if a is not None else None,
                "answered_at": iso(a.updated_at) if a is not None else None,
            }
        )
    for qid, a in answers.items():  # answers to questions no longer in the question file
        questions.append(
            {
                "number": None,
                "id": qid,
                "label": qid,
                "text": "(not in the current question file)",
                "required": False,
                "answer": a.text,
                "method": a.method,
                "file": a.source_file,
                "answered_at": iso(a.updated_at),
            }
        )

    thread: list[dict[str, Any]] = []
    attachments: list[dict[str, Any]] = []
    for m in app.messages:
        thread.append(
            {
                "direction": "in",
                "at": iso(m.sent_at or m.recorded_at),
                "sort": aware(m.recorded_at),
                "who": f"{m.from_name} <{m.from_addr}>" if m.from_name else m.from_addr,
                "subject": m.subject,
                "kind": m.kind,
                "status": None,
                "reason": m.error,
                "flags": list(m.flags),
                "text": m.text,
                "attachments": [a.filename for a in m.attachments],
            }
        )
        for att in m.attachments:
            attachments.append(
                {
                    "id": att.id,
                    "filename": att.filename,
                    "type": att.sniffed_type or att.declared_type,
                    "declared_type": att.declared_type,
                    "size": att.size,
                    "stored": att.stored,
                    "problem": att.problem,
                    "is_resume": app.resume is not None and app.resume.attachment_id == att.id,
                }
            )
    outbox = session.scalars(
        select(OutboxRow).where(OutboxRow.application_id == app.id).order_by(OutboxRow.id)
    ).all()
    for o in outbox:
        thread.append(
            {
                "direction": "out",
                "at": iso(o.sent_at or o.created_at),
                "sort": aware(o.created_at),
                "who": f"to {o.to_addr}",
                "subject": o.subject,
                "kind": o.kind,
                "status": o.status,
                "reason": o.reason or o.last_error,
                "flags": [],
                "text": _plain_text(o.raw),
                "attachments": [],
                "hold_until": iso(o.next_attempt_at)
                if o.status == "queued" and aware(o.next_attempt_at) > now
                else None,
            }
        )
    thread.sort(key=lambda item: item["sort"])
    for item in thread:
        del item["sort"]

    held = held_decision(session, app.id, now)
    resume = app.resume
    status = app.status
    return {
        "id": app.id,
        "name": app.name,
        "email": app.email,
        "status": status,
        "flags": list(app.flags),
        "backlog": app.backlog,
        "created_at": iso(app.created_at),
        "updated_at": iso(app.updated_at),
        "waiting": waiting(app.updated_at, now),
        "resume": None
        if resume is None
        else {
            "filename": resume.filename,
            "content_type": resume.content_type,
            "pages": resume.pages,
            "text_chars": len(resume.text),
            "flags": list(resume.flags),
            "problem": resume.problem,
            "profile": resume.profile or {},
            "text": resume.text,
            "attachment_id": resume.attachment_id,
        },
        "questions": questions,
        "thread": thread,
        "attachments": attachments,
        "timeline": [
            {
                "at": iso(e.at),
                "actor": e.actor,
                "kind": e.kind,
                "from_status": e.from_status,
                "to_status": e.to_status,
                "reason": e.reason,
            }
            for e in app.events
        ],
        "held": None
        if held is None
        else {
            "outbox_id": held.id,
            "kind": held.kind,
            "status": held.status,
            "reason": held.reason,
            "until": iso(held.next_attempt_at),
            "seconds_left": int((aware(held.next_attempt_at) - now).total_seconds()),
        },
        "can_decide": status == Status.ready_for_review.value,
        "can_withdraw": status in {s.value for s in OPEN},
        "previews": {d: preview(session, settings, app.id, d) for d in DECISIONS}
        if status == Status.ready_for_review.value
        else {},
    }


def neighbours(session: Session, app_id: int) -> tuple[int | None, int | None]:
    """The previous and next application in the ready-for-review queue (for j/k)."""
    app = session.get(Application, app_id)
    base = select(Application.id).where(Application.status == Status.ready_for_review.value)
    if app is None or app.status != Status.ready_for_review.value:
        return None, session.scalar(base.order_by(Application.updated_at, Application.id))
    u = app.updated_at
    after = or_(
        Application.updated_at > u, and_(Application.updated_at == u, Application.id > app.id)
    )
    before = or_(
        Application.updated_at < u, and_(Application.updated_at == u, Application.id < app.id)
    )
    prev_id = session.scalar(
        base.where(before).order_by(Application.updated_at.desc(), Application.id.desc())
    )
    next_id = session.scalar(base.where(after).order_by(Application.updated_at, Application.id))
    return prev_id, next_id
