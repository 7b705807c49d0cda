"""Review pages under load: server time of the queue, application, grants and report pages
with 10,000 applications and 2,000 grants in the store, on SQLite and on PostgreSQL.

For each backend a fresh store (SQLite file under a temporary directory; a temporary
PostgreSQL database made like tests/mailservers.py `postgres_url`, dropped afterwards) is
migrated by `open_store` and filled by bulk INSERTs with N applications (default 10,000) laid
out the way intake and the reviewers leave them:

* statuses: about 1/3 ready_for_review, the rest spread over the other nine statuses;
  `updated_at` spread over the last 60 days; ~6% carry a flag (no_text_layer, duplicate, …);
* one resume row per application whose profile is the real parser output for
  tests/data/resumes-demo/resume-2p.pdf (`grantbox.resumes.profile_file`, what
  `grantbox parse-resume --json` prints) with the name and email varied, plus its text and a
  line of 3 skills out of 16 (each skill in ~19% of resumes), which the first message names
  too;
* one attachment, 2-3 inbound messages (the application and 1-2 replies), 6 answers (the
  default question set), ~8 events, and one sent outbox row (the questions email); the
  decision event hours to weeks after the application (the report's time to decision);
* G grants (default 2,000; `fill_grants`) on approved applications (rejected and waitlisted
  ones are approved for them when there are too few): statuses spread (a third active, a
  third reported, the rest offered, accepted, ended, declined, ended early), 10% of them
  extensions (follow-on grants of a reported one), start dates over the last 15 months;
  3 instalments each (past ones 90% paid), 4 check-ins each (past ones answered, sent or
  overdue) with answers to the answered ones, outcomes on most reported grants, outcomes
  proposed on some others, and their events (grant_id set).

PostgreSQL gets `ANALYZE` after the load (autovacuum would do it within a minute); SQLite
gets nothing (nothing runs ANALYZE on it in production either).

The app (`create_app(settings, store)`) runs under uvicorn in a thread
(`grantbox.review.web.BackgroundServer`); a reviewer is created with `add_reviewer` and
signed in through the real form (GET /signin for the double-submit CSRF cookie, POST
/signin). Requests go one at a time over one keep-alive connection. Each endpoint gets a
warm-up, then R requests (default 200):

* queue: first page        GET /
* queue: filtered          GET /?status=ready_for_review&flag=no_text_layer
* queue: search            GET /?status=all&q=<a common surname>
* queue: text search       GET /?status=all&q=<a skill> (only in resume and message text)
* queue: 2 word prefixes   GET /?status=all&q=<two skill prefixes> (both must match)
* queue: common word       GET /?status=all&q=<a word in every resume>
* application page         GET /applications/<id>, cycling over ready_for_review ids
* grants page              GET /grants (live grants, by what is due next; 50 a page)
* grants: all by name      GET /grants?status=all&sort=name
* grant page               GET /grants/<id>, cycling over active, ended and reported ids
* report page              GET /report (the program report: its figures, no chart drawn)
* report chart (SVG)       GET /report/applications-per-week.svg (pygal, 26 bars)
* grants.csv               GET /grants.csv (every grant: the finance export)
* baseline                 GET /signin (same app stack and middleware, no database)

"Server time" is measured by an ASGI wrapper around the app: from the request reaching the
app to its last body chunk being sent (uvicorn's HTTP parsing and the loopback excluded). The
client round trip is given beside it. Target (from the issue): server p95 < 150 ms; the
grants issue's same-run baseline is the queue's first page ("x queue").

    .venv/bin/python benchmarks/review.py            # N=10,000, G=2,000, R=200, both stores
    .venv/bin/python benchmarks/review.py --quick    # N=1,000, G=200, R=50
    .venv/bin/python benchmarks/review.py --json     # JSON only on stdout
    .venv/bin/python benchmarks/review.py --backend sqlite

Progress goes to stderr.
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import http.client
import json
import random
import re
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from email.message import EmailMessage
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from sqlalchemy import String, cast, func, insert, select, text

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from grantbox.config import Settings  # noqa: E402
from grantbox.conversation import question_set  # noqa: E402
from grantbox.resumes import profile_file  # noqa: E402
from grantbox.review import auth, views  # noqa: E402
from grantbox.review.web import BackgroundServer, create_app  # noqa: E402
from grantbox.store import Store, open_store  # noqa: E402
from grantbox.store.tables import (  # noqa: E402
    Answer,
    Application,
    AttachmentRow,
    Event,
    Message,
    OutboxRow,
    Resume,
    Reviewer,
)
from parsers.resume import read_resume  # noqa: E402
from tests.mailservers import (  # noqa: E402
    drop_postgres_database,
    free_port,
    postgres_available,
    postgres_url,
)

RESUME_PDF = ROOT / "tests/data/resumes-demo/resume-2p.pdf"
TARGET_P95_MS = 150.0
SEARCH_TERM = "garcia"
SKILLS = [  # none of them in the resume-2p.pdf text
    "Terraform",
    "Haskell",
    "Elixir",
    "PostgreSQL",
    "Kotlin",
    "Django",
    "Spark",
    "Ansible",
    "Fortran",
    "Erlang",
    "OCaml",
    "Figma",
    "Prolog",
    "Clojure",
    "Scala",
    "Svelte",
]
TEXT_SEARCHES = {  # only in resume and message text: each row says where it matched
    "queue: text search": "terraform",
    "queue: 2 word prefixes": "hask erla",
    "queue: common word": "experience",  # in every resume
}
FILTER_FLAG = "no_text_layer"

FIRST = [
    "Ada",
    "Alan",
    "Grace",
    "Linus",
    "Margaret",
    "Dennis",
    "Barbara",
    "Ken",
    "Frances",
    "Edsger",
    "Radia",
    "Tim",
    "Hedy",
    "Donald",
    "Katherine",
    "John",
    "Mary",
    "Niklaus",
    "Sophie",
    "Guido",
    "Anita",
    "Bjarne",
    "Shafi",
    "Leslie",
    "Jean",
    "Yukihiro",
    "Lynn",
    "Fernando",
    "Ines",
    "Amara",
    "Chen",
    "Priya",
    "Omar",
    "Lena",
    "Mateo",
    "Sara",
    "Kwame",
    "Yuki",
    "Nadia",
    "Pablo",
]
LAST = [
    "Lovelace",
    "Turing",
    "Hopper",
    "Torvalds",
    "Hamilton",
    "Ritchie",
    "Liskov",
    "Thompson",
    "Allen",
    "Dijkstra",
    "Perlman",
    "Berners-Lee",
    "Lamarr",
    "Knuth",
    "Johnson",
    "Backus",
    "Shaw",
    "Wirth",
    "Wilson",
    "Rossum",
    "Borg",
    "Stroustrup",
    "Goldwasser",
    "Lamport",
    "Sammet",
    "Matsumoto",
    "Conway",
    "Corbato",
    "Garcia",
    "Okafor",
    "Nakamura",
    "Novak",
    "Silva",
    "Haddad",
    "Kowalski",
    "Mensah",
    "Larsen",
    "Rossi",
    "Dubois",
    "Petrov",
]
# Share of each status; ready_for_review about a third.
STATUS_WEIGHTS = {
    "ready_for_review": 34,
    "received": 3,
    "awaiting_resume": 5,
    "questions_sent": 14,
    "more_info_requested": 4,
    "approved": 12,
    "rejected": 12,
    "waitlisted": 6,
    "stale": 7,
    "withdrawn": 3,
}
FLAGS = ["no_text_layer", "duplicate", "reply_from_other_address", "bouncing"]
DECIDED = {"approved": "approve", "rejected": "reject", "waitlisted": "waitlist"}


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


# ------------------------------------------------------------------------------- the data


def _vary_profile(base: dict[str, Any], name: str, email: str) -> dict[str, Any]:
    profile = copy.deepcopy(base)
    old_name = (profile.get("name") or {}).get("value") or ""
    old_emails = [e.get("value") for e in profile.get("emails") or [] if e.get("value")]

    def swap(value: Any) -> Any:
        if isinstance(value, str):
            if old_name:
                value = value.replace(old_name, name)
            for old in old_emails:
                value = value.replace(old, email)
            return value
        if isinstance(value, list):
            return [swap(v) for v in value]
        if isinstance(value, dict):
            return {k: swap(v) for k, v in value.items()}
        return value

    return swap(profile)


def _questions_email(to: str, name: str, n: int) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Grant programme <grants@example.org>"
    msg["To"] = to
    msg["Subject"] = "A few questions about your application"
    msg["Message-ID"] = f"<questions-{n}@example.org>"
    msg.set_content(
        f"Dear {name},\n\nthank you for your application. Please answer these questions:\n\n"
        + "\n".join(f"{i}. Question number {i}?" for i in range(1, 7))
        + "\n\nKind regards,\nThe grant team\n"
    )
    return msg.as_bytes()


def fill_store(store: Store, settings: Settings, n: int, base: dict[str, Any], text_: str) -> dict:
    """Bulk-insert `n` applications with their rows; ids are assigned here."""
    rnd = random.Random(1234)
    question_ids = [q.id for q in question_set(settings).questions]
    statuses = list(STATUS_WEIGHTS)
    weights = list(STATUS_WEIGHTS.values())
    now = datetime.now(UTC)
    rows: dict[str, list[dict[str, Any]]] = {
        "applications": [],
        "messages": [],
        "attachments": [],
        "resumes": [],
        "answers": [],
        "events": [],
        "outbox": [],
    }
    msg_id = 0
    ready_ids: list[int] = []
    sha = "ab" * 32
    for app_id in range(1, n + 1):
        first, last = rnd.choice(FIRST), rnd.choice(LAST)
        name = f"{first} {last}"
        email = f"{first}.{last}.{app_id}@mail.test".lower()
        status = rnd.choices(statuses, weights)[0]
        created = now - timedelta(days=rnd.uniform(1, 90))
        updated = min(now, created + timedelta(days=rnd.uniform(0, 30)))
        flags = [rnd.choice(FLAGS)] if rnd.random() < 0.06 else []
        if status == "ready_for_review":
            ready_ids.append(app_id)
        rows["applications"].append(
            {
                "id": app_id,
                "email": email,
                "name": name,
                "status": status,
                "flags": flags,
                "backlog": False,
                "created_at": created,
                "updated_at": updated,
            }
        )
        skills = ", ".join(rnd.sample(SKILLS, 3))
        n_msgs = rnd.choice((2, 3))
        first_msg = msg_id + 1
        for k in range(n_msgs):
            msg_id += 1
            at = created + timedelta(hours=k * rnd.uniform(2, 48))
            rows["messages"].append(
                {
                    "id": msg_id,
                    "message_id": f"<m{msg_id}.{app_id}@mail.test>",
                    "content_sha256": f"{msg_id:064x}",
                    "size": 180_000 if k == 0 else 4_000,
                    "stored": True,
                    "from_addr": email,
                    "from_name": name,
                    "subject": "Application for the retraining grant"
                    if k == 0
                    else "Re: A few questions about your application",
                    "sent_at": at,
                    "in_reply_to": None if k == 0 else f"<questions-{app_id}@example.org>",
                    "kind": "application" if k == 0 else "reply",
                    "application_id": app_id,
                    "flags": [],
                    "error": None,
                    "backlog": False,
                    "text": (
                        "Hello,\n\nplease find my resume attached. I would like to apply for "
                        f"the retraining grant. I work with {skills}.\n\nBest regards,\n" + name
                    )
                    if k == 0
                    else "\n".join(
                        f"{i}. My answer to question {i} is a few sentences long, written by "
                        f"{name} about background, plans and commitment."
                        for i in range(1, 7)
                    ),
                    "recorded_at": at,
                }
            )
        att_id = app_id  # one attachment (the resume) per application
        rows["attachments"].append(
            {
                "id": att_id,
                "message_pk": first_msg,
                "filename": f"{first} {last} CV.pdf",
                "declared_type": "application/pdf",
                "sniffed_type": "application/pdf",
                "size": 170_000,
                "sha256": sha,
                "stored": True,
                "problem": None,
            }
        )
        profile = _vary_profile(base, name, email)
        rows["resumes"].append(
            {
                "id": app_id,
                "application_id": app_id,
                "attachment_id": att_id,
                "message_pk": first_msg,
                "filename": f"{first} {last} CV.pdf",
                "content_type": "application/pdf",
                "source": "pdf",
                "pages": profile.get("pages") or 2,
                "text": text_.replace("John Doe", name) + f"\nSkills: {skills}\n",
                "flags": [],
                "problem": None,
                "profile": profile,
                "updated_at": created,
            }
        )
        for qid in question_ids:
            rows["answers"].append(
                {
                    "application_id": app_id,
                    "question_id": qid,
                    "text": f"{name}'s answer about {qid}: a few sentences of plain text.",
                    "message_pk": msg_id,
                    "method": "numbered",
                    "updated_at": updated,
                }
            )
        ev = [
            ("intake", "created", None, "received", "new application"),
            ("intake", "resume_found", "received", "questions_sent", ""),
            ("outbox", "mail_sent", None, None, "questions"),
            ("intake", "message_attached", None, None, "reply"),
            ("intake", "answers_received", None, None, "6 answers"),
            ("intake", "answers_complete", "questions_sent", "ready_for_review", ""),
            ("reviewer:alice", "note", None, None, "looked at it"),
        ]
        if status in DECIDED:
            ev.append(("reviewer:alice", DECIDED[status], "ready_for_review", status, "decided"))
        else:
            ev.append(("intake", "reminder", None, None, "reminder not needed"))
        # Decisions come hours to weeks after the application (the report's histogram).
        decided_at = min(now, created + timedelta(hours=3 + rnd.expovariate(1 / 120)))
        for i, (actor, kind, frm, to, reason) in enumerate(ev):
            rows["events"].append(
                {
                    "application_id": app_id,
                    "at": decided_at if to in DECIDED else created + timedelta(minutes=i * 30),
                    "actor": actor,
                    "kind": kind,
                    "from_status": frm,
                    "to_status": to,
                    "reason": reason,
                    "message_pk": first_msg,
                }
            )
        rows["outbox"].append(
            {
                "application_id": app_id,
                "kind": "questions",
                "to_addr": email,
                "subject": "A few questions about your application",
                "message_id": f"<questions-{app_id}@example.org>",
                "dedupe_key": f"questions:{app_id}",
                "raw": _questions_email(email, name, app_id),
                "status": "sent",
                "reason": None,
                "attempts": 1,
                "next_attempt_at": created,
                "sending_since": None,
                "last_error": None,
                "created_at": created,
                "sent_at": created,
            }
        )
    tables = {
        "applications": Application,
        "messages": Message,
        "attachments": AttachmentRow,
        "resumes": Resume,
        "answers": Answer,
        "events": Event,
        "outbox": OutboxRow,
    }
    counts = {}
    with store.engine.begin() as conn:
        for name, table in tables.items():
            batch = rows[name]
            counts[name] = len(batch)
            for i in range(0, len(batch), 2000):
                conn.execute(insert(table.__table__), batch[i : i + 2000])
        if store.engine.dialect.name == "postgresql":
            for name in tables:
                conn.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                        f"(SELECT max(id) FROM {name}))"
                    )
                )
    if store.engine.dialect.name == "postgresql":
        with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("ANALYZE"))
    return {"counts": counts, "ready_ids": ready_ids}


# Share of each grant status (issue 12): most grants running or reported.
GRANT_WEIGHTS = {
    "offered": 7,
    "accepted": 9,
    "active": 34,
    "ended": 10,
    "reported": 30,
    "declined": 4,
    "ended_early": 6,
}
EXTENSION_SHARE = 0.1  # of the grants: follow-on grants of a reported one
CHECKINS = (  # (id, days from the start, or from the end when `from_end`, from_end)
    ("mid_grant", 45, False),
    ("end_report", 0, True),
    ("followup_3m", 91, True),
    ("followup_12m", 365, True),
)
CHECKIN_QUESTIONS = {
    "mid_grant": ("progress", "blockers"),
    "end_report": ("what_you_did", "whats_next", "extension"),
    "followup_3m": ("where_now",),
    "followup_12m": ("where_now",),
}


def fill_grants(store: Store, n: int, now: datetime) -> dict[str, Any]:
    """Bulk-insert `n` grants on approved applications, laid out as the program leaves them
    (see the module docstring). Applications are approved for them when the store has too
    few approved ones (rejected and waitlisted ones become approved, their events too)."""
    from grantbox.store.tables import Grant, GrantAnswer, GrantCheckin, GrantPayment

    rnd = random.Random(4321)
    today = now.date()
    n_ext = int(n * EXTENSION_SHARE)
    n_first = n - n_ext
    with store.engine.begin() as conn:
        approved = list(
            conn.scalars(select(Application.id).where(Application.status == "approved"))
        )
        if len(approved) < n_first:
            more = list(
                conn.scalars(
                    select(Application.id)
                    .where(Application.status.in_(["rejected", "waitlisted"]))
                    .order_by(Application.id)
                    .limit(n_first - len(approved))
                )
            )
            for i in range(0, len(more), 500):
                chunk = more[i : i + 500]
                conn.execute(
                    Application.__table__.update()
                    .where(Application.id.in_(chunk))
                    .values(status="approved")
                )
                conn.execute(
                    Event.__table__.update()
                    .where(Event.application_id.in_(chunk), Event.kind.in_(["reject", "waitlist"]))
                    .values(kind="approve", to_status="approved")
                )
            approved += more
        first_message = dict(
            conn.execute(
                select(Message.application_id, func.min(Message.id)).group_by(
                    Message.application_id
                )
            ).all()
        )
    statuses = list(GRANT_WEIGHTS)
    weights = list(GRANT_WEIGHTS.values())
    rows: dict[str, list[dict[str, Any]]] = {
        "grants": [],
        "payments": [],
        "checkins": [],
        "answers": [],
        "events": [],
    }
    amount = Decimal("6000.00")
    part = Decimal("2000.00")
    reported: list[tuple[int, int, date]] = []  # (grant id, application id, end)

    def grant(grant_id: int, app_id: int, status: str, follows: int | None = None) -> None:
        start: date | None
        if status in ("offered", "declined"):
            start = None
        elif status == "accepted":
            start = today + timedelta(days=rnd.randint(1, 30))
        elif status == "active":
            start = today - timedelta(days=rnd.randint(0, 88))
        elif status == "ended":
            start = today - timedelta(days=rnd.randint(93, 125))
        elif status == "ended_early":
            start = today - timedelta(days=rnd.randint(20, 200))
        else:  # reported: cohorts over the last 15 months
            start = today - timedelta(days=rnd.randint(100, 450))
        end = start + timedelta(days=89) if start else None
        if status == "ended_early" and start is not None:
            end = start + timedelta(days=rnd.randint(10, 60))
        created = datetime.combine(start or today, datetime.min.time(), tzinfo=UTC) - timedelta(
            days=rnd.randint(3, 20)
        )
        msg = first_message.get(app_id)
        outcome = None
        if (status == "reported" and rnd.random() < 0.7) or status == "ended_early":
            outcome = rnd.choice(
                ["ai_safety_role", "other_job", "further_study", "independent_research", "other"]
            )
        proposed = None
        if outcome is None and status in ("reported", "ended") and rnd.random() < 0.5:
            proposed = rnd.choice(["ai_safety_role", "other_job", "further_study"])
        rows["grants"].append(
            {
                "id": grant_id,
                "application_id": app_id,
                "follows_grant_id": follows,
                "status": status,
                "amount": amount,
                "currency": "USD",
                "months": 3,
                "start_date": start,
                "end_date": end,
                "flags": ["ends_early"] if status == "active" and rnd.random() < 0.03 else [],
                "outcome": outcome,
                "outcome_note": "recorded from the end report" if outcome else "",
                "outcome_by": "reviewer:alice" if outcome else None,
                "outcome_at": now if outcome else None,
                "proposed_outcome": proposed,
                "proposed_from": msg if proposed else None,
                "created_at": created,
                "updated_at": created,
            }
        )
        events = [(created, "grant:offered", None, "6000.00 USD over 3 months")]
        if start is not None:
            events.append((created + timedelta(days=1), "grant:accept", "accepted", "start"))
        for number in (1, 2, 3):
            due = start + timedelta(days=30 * (number - 1)) if start else None
            paid = due is not None and due < today and rnd.random() < 0.9
            paid_at = datetime.combine(due, datetime.min.time(), tzinfo=UTC) if paid else None
            rows["payments"].append(
                {
                    "grant_id": grant_id,
                    "number": number,
                    "due_date": due,
                    "amount": part,
                    "paid_at": paid_at,
                    "paid_by": "reviewer:alice" if paid else None,
                }
            )
            if paid_at is not None:
                events.append((paid_at, "grant:paid", None, f"instalment {number}"))
        if start is not None and end is not None:
            if start <= today:
                events.append((created + timedelta(days=2), "grant:start", "active", "start"))
            for checkin, days, from_end in CHECKINS:
                due = (end if from_end else start) + timedelta(days=days)
                state = "pending"
                if status == "ended_early" and not from_end:
                    state = "skipped"
                elif due < today:
                    state = rnd.choices(["answered", "overdue", "sent"], [70, 10, 20])[0]
                at = datetime.combine(due, datetime.min.time(), tzinfo=UTC)
                rows["checkins"].append(
                    {
                        "grant_id": grant_id,
                        "checkin": checkin,
                        "due_date": due,
                        "sent_at": at if state in ("answered", "overdue", "sent") else None,
                        "reminders": 2 if state == "overdue" else 0,
                        "answered_at": at + timedelta(days=2) if state == "answered" else None,
                        "status": state,
                    }
                )
                if state == "answered" and msg is not None:
                    for qid in CHECKIN_QUESTIONS[checkin]:
                        rows["answers"].append(
                            {
                                "grant_id": grant_id,
                                "checkin": checkin,
                                "question_id": qid,
                                "text": f"A few lines about {qid.replace('_', ' ')}: what I "
                                "did, what I learned and what comes next for me.",
                                "message_pk": msg,
                                "method": "numbered",
                                "updated_at": at + timedelta(days=2),
                            }
                        )
        if status in ("ended", "reported"):
            events.append((now, "grant:end", "ended", "end date passed"))
        if status == "reported":
            events.append((now, "grant:report", "reported", "end report"))
            assert end is not None
            reported.append((grant_id, app_id, end))
        if status == "ended_early":
            events.append((now, "grant:end_early", "ended_early", "took a job"))
        if status == "declined":
            events.append((now, "grant:decline", "declined", "the grantee said no"))
        if outcome:
            events.append((now, "grant:outcome", None, outcome))
        for at, kind, to, reason in events:
            rows["events"].append(
                {
                    "application_id": app_id,
                    "grant_id": grant_id,
                    "at": at,
                    "actor": "reviewer:alice",
                    "kind": kind,
                    "from_status": None,
                    "to_status": to,
                    "reason": reason,
                    "message_pk": None,
                }
            )

    first_apps = approved[:n_first]
    for grant_id, app_id in enumerate(first_apps, start=1):
        grant(grant_id, app_id, rnd.choices(statuses, weights)[0])
    next_id = len(first_apps) + 1
    for g_id, app_id, _end in reported[:n_ext]:  # another three months for some
        grant(next_id, app_id, rnd.choice(["accepted", "active", "reported"]), follows=g_id)
        next_id += 1
    tables = {
        "grants": Grant,
        "payments": GrantPayment,
        "checkins": GrantCheckin,
        "answers": GrantAnswer,
        "events": Event,
    }
    counts: dict[str, int] = {}
    with store.engine.begin() as conn:
        for name, table in tables.items():
            batch = rows[name]
            counts[name] = len(batch)
            for i in range(0, len(batch), 2000):
                conn.execute(insert(table.__table__), batch[i : i + 2000])
        if store.engine.dialect.name == "postgresql":
            for table in tables.values():
                name = table.__tablename__
                conn.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                        f"(SELECT max(id) FROM {name}))"
                    )
                )
    if store.engine.dialect.name == "postgresql":
        with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("ANALYZE"))
    by_status: dict[str, int] = {}
    for g in rows["grants"]:
        by_status[g["status"]] = by_status.get(g["status"], 0) + 1
    live = [g["id"] for g in rows["grants"] if g["status"] in ("active", "ended", "reported")]
    return {"counts": counts, "by_status": by_status, "page_ids": live}


# ------------------------------------------------------------------------------ measuring


class Timed:
    """ASGI wrapper: per-request server time (app called -> last body chunk sent)."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.times: list[float] = []

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start = time.perf_counter()

        async def timed_send(message: Any) -> None:
            await send(message)
            if message["type"] == "http.response.body" and not message.get("more_body"):
                self.times.append(time.perf_counter() - start)

        await self.app(scope, receive, timed_send)


class Client:
    def __init__(self, port: int) -> None:
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        self.cookies: dict[str, str] = {}

    def request(
        self, method: str, path: str, body: str | None = None
    ) -> tuple[int, dict[str, str], str]:
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        self.conn.request(method, path, body=body, headers=headers)
        resp = self.conn.getresponse()
        data = resp.read().decode()
        for header, value in resp.getheaders():
            if header.lower() == "set-cookie":
                k, _, rest = value.partition("=")
                v = rest.split(";", 1)[0]
                if v in ('""', "") or "Max-Age=0" in value:
                    self.cookies.pop(k, None)
                else:
                    self.cookies[k] = v
        return resp.status, dict(resp.getheaders()), data


def _pct(values: list[float], p: float) -> float:
    s = sorted(values)
    k = max(0, min(len(s) - 1, round(p / 100 * len(s) + 0.5) - 1))
    return s[k]


def measure(
    client: Client, timed: Timed, paths: list[str], requests: int, warmup: int, expect: str
) -> dict[str, Any]:
    for i in range(warmup):
        client.request("GET", paths[i % len(paths)])
    time.sleep(0.2)  # the last warm-up's time is recorded just after its response is sent
    timed.times.clear()
    rtt: list[float] = []
    size = 0
    for i in range(requests):
        t0 = time.perf_counter()
        status, _, body = client.request("GET", paths[i % len(paths)])
        rtt.append(time.perf_counter() - t0)
        if status != 200 or expect not in body:
            raise RuntimeError(f"GET {paths[i % len(paths)]}: {status}, {body[:300]!r}")
        size += len(body)
    deadline = time.monotonic() + 5
    while len(timed.times) < requests and time.monotonic() < deadline:
        time.sleep(0.01)
    server = list(timed.times)
    assert len(server) == requests, (len(server), requests)
    return {
        "requests": requests,
        "distinct_urls": min(len(paths), requests),
        "example": paths[0],
        "server_median_ms": statistics.median(server) * 1000,
        "server_p95_ms": _pct(server, 95) * 1000,
        "server_max_ms": max(server) * 1000,
        "roundtrip_median_ms": statistics.median(rtt) * 1000,
        "roundtrip_p95_ms": _pct(rtt, 95) * 1000,
        "mean_bytes": size // requests,
    }


def sign_in(client: Client, name: str, password: str) -> None:
    status, _, page = client.request("GET", "/signin")
    assert status == 200, status
    m = re.search(r'name="csrf" value="([^"]+)"', page)
    assert m, "no csrf field on the sign-in form"
    form = urlencode({"name": name, "password": password, "next": "/", "csrf": m.group(1)})
    status, headers, _ = client.request("POST", "/signin", form)
    assert status == 303 and "grantbox_session" in client.cookies, (status, headers)


@contextlib.contextmanager
def backend_store(backend: str, tmp: Path) -> Iterator[tuple[Settings, Store, str]]:
    data_dir = tmp / backend
    data_dir.mkdir()
    url = postgres_url("grantbox_bench") if backend == "postgresql" else None
    try:
        settings = Settings(data_dir=data_dir, database_url=url)
        store = open_store(settings)
        try:
            yield settings, store, settings.resolved_database_url
        finally:
            store.dispose()
    finally:
        if url is not None:
            drop_postgres_database(url)


COMMITTEE = (("r1", "reviewer"), ("r2", "reviewer"), ("r3", "reviewer"), ("chair", "chair"))


def fill_committee(store: Store, settings: Settings) -> dict[str, int]:
    """Five reviewers (the admin "bench", three reviewers, a chair), every application ready
    for review given two of them by `grantbox assign`, and half the assignments reviewed."""
    from grantbox.committee import assignment, reviews
    from grantbox.committee.rubric import rubric_for

    with store.transaction() as session:
        for name, role in COMMITTEE:
            auth.add_reviewer(session, name, "bench-password-1", role=role)
    with store.transaction() as session:
        report = assignment.assign(session, settings, per_application=2)
    ids = rubric_for(settings).ids
    rnd = random.Random(1)
    done = 0
    with store.transaction() as session:
        people = {r.name: r for r in session.scalars(select(Reviewer))}
        for a in report.assigned[: len(report.assigned) // 2]:
            if a["reviewer"] == "r1":  # r1's stay open: her "assigned to me" is full
                continue
            reviews.save_review(
                session,
                settings,
                a["application_id"],
                people[a["reviewer"]],
                scores={k: rnd.randint(1, 5) for k in ids},
                recommendation=rnd.choice(["approve", "reject"]),
                comment="benchmark review",
            )
            done += 1
    return {"reviewers": len(COMMITTEE) + 1, "assignments": len(report.assigned), "reviews": done}


def run_backend(
    backend: str,
    tmp: Path,
    n: int,
    n_grants: int,
    requests: int,
    warmup: int,
    base: dict,
    text_: str,
) -> dict[str, Any]:
    with backend_store(backend, tmp) as (settings, store, url):
        log(f"[{backend}] filling the store with {n:,} applications, {n_grants:,} grants …")
        t0 = time.perf_counter()
        filled = fill_store(store, settings, n, base, text_)
        granted = fill_grants(store, n_grants, datetime.now(UTC))
        load_s = time.perf_counter() - t0
        with store.transaction() as session:
            total = session.scalar(select(func.count()).select_from(Application))
            search_hits = views.queue(session, status="all", search=SEARCH_TERM)["total"]
            flagged = session.scalar(
                select(func.count())
                .select_from(Application)
                .where(Application.status == "ready_for_review")
                .where(cast(Application.flags, String).like(f'%"{FILTER_FLAG}"%'))
            )
            text_hits = {
                q: views.queue(session, status="all", search=q)["total"]
                for q in TEXT_SEARCHES.values()
            }
            auth.add_reviewer(session, "bench", "bench-password-1")
        committee = fill_committee(store, settings)
        log(f"[{backend}] loaded in {load_s:.1f} s: {filled['counts']}, {granted['counts']}")
        log(f"[{backend}] committee: {committee}")

        timed = Timed(create_app(settings, store))
        port = free_port()
        ready = filled["ready_ids"]
        step = max(1, len(ready) // max(requests, 1))
        app_paths = [f"/applications/{i}" for i in ready[::step]][: max(requests, 1)]
        shown = granted["page_ids"]
        grant_paths = [f"/grants/{i}" for i in shown[:: max(1, len(shown) // requests)]]
        grant_paths = grant_paths[: max(requests, 1)]
        endpoints = [
            ("baseline: GET /signin", ["/signin"], "csrf"),
            ("queue: first page", ["/"], 'href="/applications/'),
            (
                "queue: filtered",
                [f"/?status=ready_for_review&flag={FILTER_FLAG}"],
                "/applications/",
            ),
            ("queue: search", [f"/?status=all&q={SEARCH_TERM}"], 'href="/applications/'),
            *(
                (label, ["/?" + urlencode({"status": "all", "q": q})], "matched in resume")
                for label, q in TEXT_SEARCHES.items()
            ),
            ("application page", app_paths, "Timeline"),
            ("grants page", ["/grants"], 'data-grant="'),
            ("grants: all by name", ["/grants?status=all&sort=name"], 'data-grant="'),
            ("grant page", grant_paths, 'id="timeline"'),
            ("report page", ["/report"], 'data-chart="funnel"'),
            ("report chart (SVG)", ["/report/applications-per-week.svg"], "<svg"),
            ("grants.csv", ["/grants.csv"], "grant_id,"),
            # Committee review (issue 14): as reviewer r1 and as the chair.
            ("queue: assigned to me", ["/?assigned=me"], 'href="/applications/', "r1"),
            ("application page + reviews (chair)", app_paths, "Timeline", "chair"),
            ("application page + reviews (reviewer)", app_paths, "Timeline", "r2"),
        ]
        results: dict[str, Any] = {}
        with BackgroundServer(timed, port=port):  # type: ignore[arg-type]
            client = Client(port)
            sign_in(client, "bench", "bench-password-1")
            clients = {"bench": client}
            for label, paths, expect, *who in endpoints:
                if who:
                    if who[0] not in clients:
                        clients[who[0]] = Client(port)
                        sign_in(clients[who[0]], who[0], "bench-password-1")
                    results[label] = measure(
                        clients[who[0]], timed, paths, requests, warmup, expect
                    )
                elif label.startswith("baseline"):
                    # the sign-in page for a signed-in client is the same page; no session
                    saved, client.cookies = client.cookies, {}
                    results[label] = measure(client, timed, paths, requests, warmup, expect)
                    client.cookies = saved
                else:
                    results[label] = measure(client, timed, paths, requests, warmup, expect)
                r = results[label]
                log(
                    f"[{backend}] {label}: median {r['server_median_ms']:.1f} ms, "
                    f"p95 {r['server_p95_ms']:.1f} ms"
                )
            for c in clients.values():
                c.conn.close()
        base_median = results["baseline: GET /signin"]["server_median_ms"]
        queue_median = results["queue: first page"]["server_median_ms"]
        for r in results.values():
            r["ratio_median"] = r["server_median_ms"] / base_median
            r["ratio_queue"] = r["server_median_ms"] / queue_median
            r["meets_target"] = r["server_p95_ms"] < TARGET_P95_MS
        return {
            "backend": backend,
            "database": url.split("@")[-1] if backend == "postgresql" else "sqlite (temp file)",
            "applications": total,
            "grants": n_grants,
            "grants_by_status": granted["by_status"],
            "rows": {**filled["counts"], **granted["counts"]},
            "load_seconds": round(load_s, 1),
            "ready_for_review": len(ready),
            "filtered_matches": flagged,
            "search_matches": search_hits,
            "text_search_matches": text_hits,
            "endpoints": results,
        }


def print_table(report: dict[str, Any]) -> None:
    print(
        f"Review pages: {report['applications']:,} applications, {report['grants']:,} grants, "
        f"{report['requests']} requests "
        f"per endpoint after {report['warmup']} warm-up; server time (ASGI) in ms; "
        f"target p95 < {TARGET_P95_MS:.0f} ms"
    )
    for b in report["backends"]:
        print()
        print(
            f"{b['backend']}: {b['ready_for_review']:,} ready_for_review, filter "
            f"'{FILTER_FLAG}' matches {b['filtered_matches']}, search '{SEARCH_TERM}' matches "
            f"{b['search_matches']}; load {b['load_seconds']} s"
        )
        print(
            "  grants by status: "
            + ", ".join(f"{k} {v}" for k, v in sorted(b["grants_by_status"].items()))
        )
        print(
            "  text searches match: "
            + ", ".join(f"'{q}' {n}" for q, n in b["text_search_matches"].items())
        )
        head = (
            f"  {'endpoint':<24}{'median':>8}{'p95':>8}{'max':>8}{'rt p95':>8}"
            f"{'x base':>8}{'x queue':>8}{'KB':>6}  target"
        )
        print(head)
        print("  " + "-" * (len(head) - 2))
        for label, r in b["endpoints"].items():
            print(
                f"  {label:<24}{r['server_median_ms']:>8.1f}{r['server_p95_ms']:>8.1f}"
                f"{r['server_max_ms']:>8.1f}{r['roundtrip_p95_ms']:>8.1f}"
                f"{r['ratio_median']:>8.1f}{r['ratio_queue']:>8.1f}{r['mean_bytes'] / 1024:>6.0f}  "
                + ("ok" if r["meets_target"] else "MISSED")
            )
    print()
    print("x base: median / median of the baseline (GET /signin, same stack, no database).")
    print("x queue: median / median of the queue's first page (the issue's same-run baseline).")
    print("rt p95: client round trip over keep-alive loopback (includes uvicorn and the client).")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="1,000 applications, 50 requests")
    parser.add_argument("--json", action="store_true", help="JSON only on stdout")
    parser.add_argument("--applications", type=int, help="applications in the store")
    parser.add_argument("--grants", type=int, help="grants in the store")
    parser.add_argument("--requests", type=int, help="measured requests per endpoint")
    parser.add_argument(
        "--backend", choices=("sqlite", "postgresql", "both"), default="both", help="store"
    )
    args = parser.parse_args()
    n = args.applications or (1_000 if args.quick else 10_000)
    n_grants = args.grants if args.grants is not None else (200 if args.quick else 2_000)
    requests = args.requests or (50 if args.quick else 200)
    warmup = 10 if args.quick else 20

    backends = ["sqlite", "postgresql"] if args.backend == "both" else [args.backend]
    if "postgresql" in backends and not postgres_available():
        if args.backend == "postgresql":
            log("PostgreSQL is not reachable")
            return 2
        log("PostgreSQL is not reachable: SQLite only")
        backends = ["sqlite"]

    log(f"parsing {RESUME_PDF.relative_to(ROOT)} for the profile …")
    data = RESUME_PDF.read_bytes()
    base = profile_file(data)["profile"]
    text_ = read_resume(data).text

    tmp = Path(tempfile.mkdtemp(prefix=f"grantbox-bench-review-{uuid.uuid4().hex[:6]}-"))
    try:
        results = [
            run_backend(b, tmp, n, n_grants, requests, warmup, base, text_) for b in backends
        ]
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    report = {
        "applications": n,
        "grants": n_grants,
        "requests": requests,
        "warmup": warmup,
        "target_p95_ms": TARGET_P95_MS,
        "backends": results,
    }
    if args.json:
        print(json.dumps(report, indent=2, default=str))
    else:
        print_table(report)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
