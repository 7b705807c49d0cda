"""The reviewers' daily digest over real mail (Dovecot, the SMTP relay, SQLite and
PostgreSQL), with the calendar driven by `now` (no sleeps)."""

from __future__ import annotations

import json
from datetime import timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import make_msgid

import pytest
from sqlalchemy import select

from grantbox.digest import NO_RECIPIENTS, NOTHING, digest
from grantbox.intake import open_mailbox, run_intake
from grantbox.mailtemplates import RenderedEmail
from grantbox.outbox import enqueue_staff, late_mail
from grantbox.review.auth import add_reviewer
from grantbox.sender import send_pending
from grantbox.states import Status
from grantbox.store.queries import list_messages
from grantbox.store.tables import OutboxRow, Reviewer, utcnow
from tests.incli import grantbox
from tests.review_seed import seed_application

REVIEW = "https://review.example.test"


@pytest.fixture
def people(dovecot, program_mailbox) -> dict[str, str]:
    """Real mailboxes for the people who review."""
    tag = program_mailbox.split("@")[0]
    return {name: dovecot.add_user(f"{name}-{tag}")[0] for name in ("alice", "boss", "bob")}


@pytest.fixture
def desk(dovecot, smtp, program_mailbox, people, make_settings, store_for, database_url):
    """The program's mailbox and store; `desk(**settings)` makes one."""
    tag = program_mailbox.split("@")[0]

    class Desk:
        def __init__(self, **overrides: object) -> None:
            self.program = program_mailbox
            self.people = people
            self.settings = make_settings(
                database_url=database_url,
                smtp_host=smtp.host,
                smtp_port=smtp.port,
                smtp_security="plain",
                send_recovery_seconds=0,
                review_url=REVIEW + "/",
                **overrides,
            )
            self.store = store_for(self.settings)

        def reviewer(self, name: str, email: str | None, *, disabled: bool = False) -> None:
            with self.store.transaction() as session:
                add_reviewer(session, name, "a long password", email=email).disabled = disabled

        def intake(self):
            mailbox = open_mailbox(self.settings)
            try:
                return run_intake(self.settings, self.store, mailbox)
            finally:
                mailbox.close()

        def send(self, now):
            mailbox = open_mailbox(self.settings)
            try:
                return send_pending(self.settings, self.store, mailbox, now=now)
            finally:
                mailbox.close()

        def inbox(self, address: str) -> list[EmailMessage]:
            return [
                message_from_bytes(raw, policy=policy.default)  # type: ignore[misc]
                for raw in dovecot.messages(address)
            ]

        def digest_rows(self) -> list[OutboxRow]:
            with self.store.sessions() as session:
                return list(
                    session.scalars(
                        select(OutboxRow).where(OutboxRow.kind == "digest").order_by(OutboxRow.id)
                    )
                )

        def stray_reply(self) -> None:
            """A reply to a Message-ID of ours that matches no application: needs a human."""
            msg = EmailMessage()
            msg["From"] = "stranger@mail.test"
            msg["To"] = program_mailbox
            msg["Subject"] = "Re: your email"
            msg["Message-ID"] = make_msgid(domain="mail.test")
            msg["In-Reply-To"] = f"<lost-{tag}@{program_mailbox.split('@')[1]}>"
            msg.set_content("Is this still open?")
            dovecot.append(program_mailbox, msg.as_bytes())

    def make(**overrides: object) -> Desk:
        d = Desk(**overrides)
        d.intake()  # first connection on the empty inbox: what follows is not backlog
        return d

    return make


def body(msg: EmailMessage, kind: str) -> str:
    part = msg.get_body((kind,))
    assert part is not None
    return str(part.get_content()).replace("\r\n", "\n")


def test_digest_content_sent_once_a_day_and_new_since_the_last(desk, people, smtp):
    alice, boss, bob = people["alice"], people["boss"], people["bob"]
    d = desk(digest_to=[alice.upper(), boss])  # alice twice, whatever the case
    d.reviewer("alice", alice)
    d.reviewer("bob", bob, disabled=True)  # disabled: no digest
    d.reviewer("carol", None)  # no address: no digest
    t0 = utcnow()
    old = seed_application(d.store, d.settings, name="Old Oliver", at=t0 - timedelta(days=5))
    mid = seed_application(d.store, d.settings, name="Mid Mia", at=t0 - timedelta(days=2))
    asked = seed_application(
        d.store, d.settings, name="Quinn", status=Status.questions_sent, at=t0 - timedelta(hours=3)
    )
    fresh = seed_application(d.store, d.settings, name="New Nina", at=t0 - timedelta(hours=1))
    d.stray_reply()
    d.intake()

    day1 = t0 + timedelta(hours=1)
    report = digest(d.settings, d.store, now=day1)
    assert report.skipped is None
    assert report.counts == {"questions_sent": 1, "ready_for_review": 3}
    assert [(a["id"], a["days"]) for a in report.oldest] == [(old, 5), (mid, 2), (fresh, 0)]
    assert report.oldest[0]["link"] == f"{REVIEW}/applications/{old}"
    assert report.since == day1 - timedelta(days=1)  # the first digest: the last 24 hours
    assert (report.new, [a["id"] for a in report.newest]) == (2, [fresh, asked])
    assert report.needs_human == 1
    assert report.recipients == [alice, boss] and report.queued == [alice, boss]
    rows = d.digest_rows()
    assert [(r.to_addr, r.application_id, r.status) for r in rows] == [
        (alice, None, "queued"),
        (boss, None, "queued"),
    ]
    assert rows[0].dedupe_key == f"digest:{day1.date().isoformat()}:{alice.lower()}"

    # The same day again (a retried flow, an operator's re-run): nothing new is queued.
    again = digest(d.settings, d.store, now=day1 + timedelta(hours=3))
    assert (again.queued, again.already_queued) == ([], [alice, boss])
    assert len(d.digest_rows()) == 2

    smtp.reset()
    assert d.send(day1 + timedelta(hours=3)).sent == 2
    [envelope] = [e for e in smtp.envelopes if alice in e.rcpt_tos]
    assert envelope.rcpt_tos == [alice, d.program]  # the Bcc to ourselves: proof of delivery
    [mail] = d.inbox(alice)
    assert len(d.inbox(boss)) == 1 and d.inbox(bob) == []
    assert mail["Subject"] == "grantbox digest: 3 waiting for review, 2 new, 1 for a human"
    assert (mail["Auto-Submitted"], mail["X-Grantbox"]) == ("auto-generated", "digest")
    assert mail["Reply-To"] is None and mail["In-Reply-To"] is None and "Bcc" not in mail
    text = body(mail, "plain")
    assert text.index(f"GB-{old}  Old Oliver, waiting 5 days") < text.index(f"GB-{mid}  Mid Mia")
    assert f"{REVIEW}/applications/{old}\n" in text
    assert f"Mail that needs a human: 1 — {REVIEW}/human" in text
    assert f"New since the last digest ({report.since:%Y-%m-%d %H:%M} UTC): 2" in text
    assert f'<a href="{REVIEW}/applications/{mid}">GB-{mid}</a>' in body(mail, "html")

    # Intake finds our Bcc copies in the program's inbox: our own mail, never answered.
    before = smtp.accepted
    taken = d.intake()
    assert taken.kinds == {"from_us": 2}
    with d.store.sessions() as session:
        ours = [m for m in list_messages(session) if m["subject"].startswith("grantbox digest")]
    assert [(m["kind"], m["application_id"]) for m in ours] == [("from_us", None)] * 2
    assert d.send(day1 + timedelta(hours=4)).sent == 0 and smtp.accepted == before

    # The next day: "new" counts from yesterday's digest.
    late = seed_application(d.store, d.settings, name="Late Lou", at=day1 + timedelta(hours=5))
    day2 = day1 + timedelta(days=1)
    report = digest(d.settings, d.store, now=day2)
    assert report.since == day1
    assert (report.new, [a["id"] for a in report.newest]) == (1, [late])
    assert report.queued == [alice, boss]
    assert len(d.digest_rows()) == 4
    assert d.send(day2).sent == 2
    assert (
        d.inbox(alice)[-1]["Subject"]
        == "grantbox digest: 4 waiting for review, 1 new, 1 for a human"
    )


def test_nothing_to_say_no_digest(desk):
    d = desk()
    d.reviewer("alice", d.people["alice"])
    t0 = utcnow()
    assert digest(d.settings, d.store, now=t0).skipped == NOTHING
    # Applications exist, but none waits for review, none is new and no mail needs a human.
    seed_application(d.store, d.settings, status=Status.questions_sent, at=t0 - timedelta(days=3))
    report = digest(d.settings, d.store, now=t0)
    assert (report.skipped, report.counts, report.queued) == (NOTHING, {"questions_sent": 1}, [])
    assert d.digest_rows() == []


def test_an_application_asking_to_withdraw_is_in_the_digest_until_confirmed(desk):
    d = desk()
    d.reviewer("alice", d.people["alice"])
    t0 = utcnow()
    app_id = seed_application(
        d.store,
        d.settings,
        name="Quitting Quinn",
        status=Status.questions_sent,
        flags=("asks_to_withdraw",),
        at=t0 - timedelta(days=3),
    )
    report = digest(d.settings, d.store, now=t0)  # nothing else to say: still sent
    assert report.skipped is None and report.queued == [d.people["alice"]]
    [quinn] = report.withdrawing
    assert (quinn["reference"], quinn["link"]) == (
        f"GB-{app_id}",
        f"{REVIEW}/applications/{app_id}",
    )
    with d.store.sessions() as session:
        [row] = session.scalars(select(OutboxRow).where(OutboxRow.kind == "digest")).all()
    text = message_from_bytes(row.raw, policy=policy.default).get_body(("plain",)).get_content()  # type: ignore[union-attr]
    assert "Asked to withdraw" in text and "Quitting Quinn" in text
    # Confirmed by a reviewer: withdrawn is no longer open, so the next day says nothing.
    from grantbox.review.decisions import withdraw

    with d.store.transaction() as session:
        withdraw(session, d.settings, app_id, reviewer="alice", note="they asked")
    d.send(utcnow())  # the digest and the withdrawal email went out: no mail is late either
    assert digest(d.settings, d.store, now=t0 + timedelta(days=1)).skipped == NOTHING


def test_mail_stuck_for_over_an_hour_is_in_the_digest(desk, smtp):
    """The SMTP server answers 4xx for hours: the mail stays queued, and the next digest says
    so (with the server's words), even when nothing else is new. Refused-for-good mail too."""
    d = desk()
    d.reviewer("alice", d.people["alice"])
    t0 = utcnow()
    assert digest(d.settings, d.store, now=t0).skipped == NOTHING

    def notice(n: int) -> None:
        with d.store.transaction() as session:
            enqueue_staff(
                session,
                d.settings,
                to=d.people["bob"],
                kind="notice",
                rendered=RenderedEmail(subject=f"notice {n}", text="hello", html="<p>hello</p>"),
                dedupe_key=f"notice:{n}",
                actor="test",
                at=t0,
            )

    notice(1)
    smtp.fail_next(1, 554, stage="data")
    assert d.send(t0).failed == 1
    notice(2)
    smtp.fail_next(50)  # 451 to every RCPT: it stays queued
    assert d.send(t0).left == 1
    with d.store.sessions() as session:  # 30 minutes later nothing is late yet
        assert late_mail(session, d.settings, t0 + timedelta(minutes=30)).waiting == 0
    d.send(t0 + timedelta(hours=2))
    later = t0 + timedelta(hours=2, minutes=1)
    report = digest(d.settings, d.store, now=later)
    assert report.skipped is None and report.queued == [d.people["alice"]]
    assert (report.late.waiting, report.late.failed) == (1, 1)
    assert report.late.waiting_since is not None
    assert abs((report.late.waiting_since - t0).total_seconds()) < 1
    assert report.late.last_error is not None and "451" in report.late.last_error
    smtp.reset()  # the server is back: the stuck email and the digest go out
    assert d.send(later + timedelta(minutes=30)).sent == 2
    [mail] = [m for m in d.inbox(d.people["alice"]) if "digest" in str(m["Subject"])]
    assert str(mail["Subject"]).endswith("outgoing mail stuck")
    text = body(mail, "plain")
    assert "Outgoing mail is late: 1 email due since" in text and "451" in text
    assert "Refused for good by the mail server: 1 email" in text


def test_no_recipients_is_said_not_an_error(desk):
    d = desk()
    d.reviewer("carol", None)
    seed_application(d.store, d.settings, name="Ada")
    now = utcnow() + timedelta(minutes=1)
    report = digest(d.settings, d.store, now=now)
    assert (report.skipped, report.waiting, report.recipients) == (NO_RECIPIENTS, 1, [])
    assert d.digest_rows() == []
    # Once someone has an address, the same day's digest goes to them.
    d.reviewer("alice", d.people["alice"])
    assert digest(d.settings, d.store, now=now).queued == [d.people["alice"]]


HOSTILE = (
    "<script>alert(1)</script>",
    '"><img src=x onerror=alert(1)>',
    "Eve\r\nBcc: x@evil.test",
)


def test_hostile_names_stay_inert(desk, smtp):
    d = desk()
    alice = d.people["alice"]
    d.reviewer("alice", alice)
    ids = [seed_application(d.store, d.settings, name=name) for name in HOSTILE]
    now = utcnow() + timedelta(minutes=1)
    assert digest(d.settings, d.store, now=now).queued == [alice]
    smtp.reset()
    assert d.send(now).sent == 1
    assert [e.rcpt_tos for e in smtp.envelopes] == [[alice, d.program]]
    [mail] = d.inbox(alice)
    assert mail["Subject"] == "grantbox digest: 3 waiting for review, 3 new"
    assert "Bcc" not in mail and "evil" not in str(mail["To"])
    html = body(mail, "html")
    assert "<script" not in html and "<img" not in html and "onerror=alert(1)>" not in html
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    assert "&#34;&gt;&lt;img src=x onerror=alert(1)&gt;" in html
    text = body(mail, "plain")
    assert "Eve Bcc: x@evil.test" in text  # flattened onto its line, not a header
    assert not any(line.startswith("Bcc:") for line in text.splitlines())
    for app_id in ids:
        assert f"{REVIEW}/applications/{app_id}" in text


@pytest.mark.parametrize("database_url", ["sqlite"], indirect=True)
def test_cli_digest_and_reviewer_email(desk, people, settings_env, smtp, capsys, monkeypatch):
    d = desk()
    alice, boss = people["alice"], people["boss"]
    for key, value in settings_env(
        database_url=d.settings.database_url,
        smtp_host=smtp.host,
        smtp_port=smtp.port,
        smtp_security="plain",
        review_url=REVIEW,
        digest_to=[boss],
    ).items():
        if key.startswith("GRANTBOX_"):
            monkeypatch.setenv(key, value)
    code, _, err = grantbox(
        capsys, monkeypatch, "reviewer", "add", "mallory", "--email", "x@y\r\nBcc: z@evil.test",
        stdin="a long password\n",
    )  # fmt: skip
    assert code == 1 and "not an email address" in err
    code, out, _ = grantbox(
        capsys, monkeypatch, "reviewer", "add", "alice", "--email", alice, "--json",
        stdin="a long password\n",
    )  # fmt: skip
    assert code == 0 and json.loads(out)["email"] == alice
    with d.store.sessions() as session:
        assert session.scalars(select(Reviewer.email)).all() == [alice]

    seed_application(d.store, d.settings, name="Ada", at=utcnow() - timedelta(hours=1))
    # In the past, so that --send finds the digest due (a re-run of a missed morning).
    at = (utcnow() - timedelta(minutes=1)).replace(microsecond=0, tzinfo=None).isoformat()
    code, out, _ = grantbox(capsys, monkeypatch, "digest", "--at", at, "--send", "--json")
    assert code == 0
    result = json.loads(out)
    assert result["at"] == at + "+00:00"  # no zone given: UTC
    assert (result["waiting"], result["new"], result["queued"]) == (1, 1, [alice, boss])
    assert result["send"]["sent"] == 2
    assert result["oldest"][0]["link"].startswith(f"{REVIEW}/applications/")
    code, out, _ = grantbox(capsys, monkeypatch, "digest", "--at", at, "--json")
    assert json.loads(out)["already_queued"] == [alice, boss]
    code, _, err = grantbox(capsys, monkeypatch, "digest", "--at", "yesterday")
    assert code == 1 and "not an ISO 8601 time" in err
    code, out, _ = grantbox(capsys, monkeypatch, "digest", "--at", at)  # the one-line summary
    assert code == 0 and "1 waiting for review" in out and "already queued today to 2" in out
    # `grantbox chase` shares the dated-pass code: the seeded application waits for review,
    # so nobody is chased.
    code, out, _ = grantbox(capsys, monkeypatch, "chase", "--at", at, "--json")
    assert (
        code == 0 and json.loads(out)["reminded"] == [] and json.loads(out)["at"] == at + "+00:00"
    )
    code, out, _ = grantbox(capsys, monkeypatch, "chase", "--at", at)
    assert code == 0 and "0 reminded, 0 marked stale" in out


def test_each_reviewer_reads_what_waits_for_her_and_nothing_she_is_recused_from(desk, people):
    """Committee review: the digest puts a reviewer's own assignments on top; an application
    she declared a conflict with is not in hers; blind first read: no applicant's name."""
    from grantbox.committee.assignment import assign
    from grantbox.committee.conflicts import declare

    d = desk(blind_first_read=True, reviews_per_application=1)
    with d.store.transaction() as session:
        add_reviewer(session, "alice", "a long password", email=people["alice"], role="reviewer")
        add_reviewer(session, "bob", "a long password", email=people["bob"], role="reviewer")
    grace = seed_application(d.store, d.settings, name="Grace Hopper")
    linus = seed_application(d.store, d.settings, name="Linus Pauling")
    with d.store.transaction() as session:
        bob = session.scalars(select(Reviewer).where(Reviewer.name == "bob")).one()
        declare(session, linus, bob, note="my former student")
        assign(session, d.settings)
    now = utcnow()
    assert sorted(digest(d.settings, d.store, now=now).queued) == sorted(
        [people["alice"], people["bob"]]
    )
    d.send(now)
    text = {name: body(d.inbox(people[name])[-1], "plain") for name in ("alice", "bob")}
    subject = {name: str(d.inbox(people[name])[-1]["Subject"]) for name in ("alice", "bob")}
    # Alice got both (Bob is recused from Linus's): two assigned to her, on top.
    assert subject["alice"].startswith("grantbox digest: 2 assigned to you")
    mine = text["alice"].split("Assigned to you, waiting for your review (2):")[1]
    mine = mine.split("Applications by status")[0]
    assert f"GB-{grace}" in mine and f"GB-{linus}" in mine
    assert "Assigned to you" not in text["bob"] and "assigned to you" not in subject["bob"]
    assert f"GB-{grace}" in text["bob"] and f"GB-{linus}" not in text["bob"]
    for name in ("alice", "bob"):
        assert "Grace" not in text[name] and "Linus" not in text[name]
        assert "(name hidden: blind first read)" in text[name]
