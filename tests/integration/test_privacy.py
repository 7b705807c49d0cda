"""Personal data over real servers (Dovecot, the SMTP relay, SQLite and PostgreSQL): an
applicant applies, answers and is rejected; `grantbox export` gives them everything held about
them; `grantbox forget --mailbox` erases it from the database, the stored files and the
program's mailbox, leaving another applicant untouched and no trace in the SQLite file; when
they write again they are a new application. Retention erases what is past its time."""

from __future__ import annotations

import json
import smtplib
import zipfile
from datetime import timedelta
from email import message_from_bytes, policy
from email.message import EmailMessage
from email.utils import getaddresses
from pathlib import Path

import pytest
from sqlalchemy import select

from grantbox.blobs import BlobStore
from grantbox.config import Settings
from grantbox.digest import digest
from grantbox.review.decisions import decide
from grantbox.states import Status
from grantbox.store.queries import list_applications
from grantbox.store.tables import Application, Event, Message, OutboxRow, utcnow
from tests.factories import application_email, resume_pdf
from tests.incli import environment, grantbox
from tests.integration.test_conversation import reply_to
from tests.passes import intake_once, send_once
from tests.review_seed import seed_application

# Ada's resume is text, and hers alone: after the erasure none of it may remain anywhere.
ADA_RESUME = (
    "Ada Quillfeather\n"
    "ada.quill@mail.test · +44 7700 900461\n\n"
    "Experience\n"
    "Analytical engine programmer at Babbage Difference Works, 2019 - 2024.\n"
    "Wrote the first loom-card compiler for the Jacquard retrofit project.\n"
)
SENTENCE = "first loom-card compiler for the Jacquard retrofit"


@pytest.fixture
def program(dovecot, smtp, program_mailbox, make_settings, store_for, database_url, tmp_path):
    settings = make_settings(
        database_url=database_url,
        smtp_host=smtp.host,
        smtp_port=smtp.port,
        smtp_security="plain",
        send_recovery_seconds=0,
        decision_hold_seconds=0,
    )
    store = store_for(settings)

    class Program:
        def __init__(self) -> None:
            self.settings, self.store, self.address = settings, store, program_mailbox

        def receive(self, sender: str, raw: bytes | EmailMessage, to: str | None = None) -> None:
            data = raw.as_bytes() if isinstance(raw, EmailMessage) else raw
            data = data.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
            with smtplib.SMTP(smtp.host, smtp.port) as client:
                client.sendmail(sender, [to or program_mailbox], data)

        def runs(self) -> None:
            intake_once(settings, store)
            send_once(settings, store)

        def inbox(self, address: str) -> list[EmailMessage]:
            return [
                message_from_bytes(raw, policy=policy.default)  # type: ignore[misc]
                for raw in dovecot.messages(address)
            ]

        def folder_mentions(self, folder: str, address: str) -> int:
            """Emails in the program's `folder` from, to or about `address`."""
            count = 0
            for raw in dovecot.messages(program_mailbox, folder):
                msg = message_from_bytes(raw, policy=policy.compat32)
                fields = [str(v) for n in ("From", "To", "Cc") for v in msg.get_all(n, [])]
                if any(a.lower() == address for _n, a in getaddresses(fields)):
                    count += 1
            return count

        def cli(self, capsys, monkeypatch, *args: str) -> tuple[int, str, str]:
            for name, value in environment(settings).items():
                monkeypatch.setenv(name, value)
            return grantbox(capsys, monkeypatch, *args)

    p = Program()
    p.runs()  # the first connection, on the empty inbox: what follows is not backlog
    return p


def test_export_then_forget_with_the_mailbox_leaves_nothing(
    program, dovecot, capsys, monkeypatch, database_url
):
    p = program
    ada, _ = dovecot.add_user(f"ada-{p.address.split('@')[0]}")
    bob, _ = dovecot.add_user(f"bob-{p.address.split('@')[0]}")
    p.receive(
        ada,
        application_email(
            ada,
            name="Ada Quillfeather",
            to=p.address,
            attachments=[("../../Ada's CV.txt", ADA_RESUME.encode(), "text/plain")],
        ),
    )
    p.receive(
        bob,
        application_email(
            bob,
            name="Bob Keeper",
            to=p.address,
            attachments=[("cv.pdf", resume_pdf(), "application/pdf")],
        ),
    )
    p.runs()
    [questions] = p.inbox(ada)
    p.receive(
        ada,
        reply_to(
            questions,
            ada,
            "1. Seven years of loom-card programming.\n\n2. Calculus and linear algebra, yes.\n\n"
            "3. Work through the fast.ai course, then replicate two papers.\n\n"
            "4. Full time, forty hours a week.\n\n5. A friend.\n\n"
            "6. An AI safety lab, as a research engineer.",
        ),
        to=str(questions["Reply-To"]),
    )
    p.runs()
    with p.store.transaction() as session:
        [ada_app] = [a for a in list_applications(session) if a["email"] == ada]
        decide(session, p.settings, ada_app["id"], "reject", reviewer="alice", note="not now")
    send_once(p.settings, p.store)
    assert len(p.inbox(ada)) == 2  # the questions and the decision
    assert p.folder_mentions("INBOX", ada) >= 3 and p.folder_mentions("Sent", ada) == 2

    # Export: everything held about Ada, and nothing about Bob.
    out = Path(p.settings.data_dir).parent / "ada.zip"
    code, printed, err = p.cli(capsys, monkeypatch, "export", ada.upper(), "--out", str(out))
    assert code == 0, err
    with zipfile.ZipFile(out) as zf:
        names = zf.namelist()
        assert "README.txt" in names and "events.json" in names
        [app_file] = [n for n in names if n.startswith("applications/")]
        exported = json.loads(zf.read(app_file))
        assert exported["status"] == Status.rejected.value
        assert "loom-card programming" in json.dumps(exported["answers"])
        assert SENTENCE in exported["resume"]["text"]
        emails_in = [n for n in names if n.startswith("emails-in/") and n.endswith(".eml")]
        emails_out = [n for n in names if n.startswith("emails-out/") and n.endswith(".eml")]
        assert len(emails_in) == 2 and len(emails_out) == 2
        [attachment] = [n for n in names if n.startswith("attachments/")]
        assert "/" not in attachment.removeprefix("attachments/") and ".." not in attachment
        assert zf.read(attachment).decode() == ADA_RESUME
        assert bob not in b"".join(zf.read(n) for n in names).decode(errors="replace")

    # Forget, mailbox included.
    with p.store.reading() as session:
        ada_files = {
            sha
            for (sha,) in session.execute(
                select(Message.content_sha256).where(Message.from_addr == ada)
            )
        }
    blobs = BlobStore(p.settings.blob_dir)
    assert any(blobs.exists(sha) for sha in ada_files)
    code, printed, err = p.cli(
        capsys, monkeypatch, "forget", ada, "--dry-run", "--mailbox", "--json"
    )
    assert code == 0, err
    dry = json.loads(printed)
    # Her two emails, and the copies of ours to her that intake recorded (our Bcc proof).
    assert dry["dry_run"] and dry["applications"] == 1 and dry["messages"] >= 3
    assert sum(dry["mailbox"].values()) >= 5  # still all there
    assert p.folder_mentions("Sent", ada) == 2
    code, printed, err = p.cli(capsys, monkeypatch, "forget", ada, "--mailbox", "--yes", "--json")
    assert code == 0, err
    done = json.loads(printed)
    assert (done["applications"], done["messages"], done["outbox"]) == (1, dry["messages"], 2)
    assert done["files"] >= 2 and not any(blobs.exists(sha) for sha in ada_files)
    assert p.folder_mentions("INBOX", ada) == 0 and p.folder_mentions("Sent", ada) == 0
    assert p.folder_mentions("INBOX", bob) >= 1 and p.folder_mentions("Sent", bob) == 1

    with p.store.reading() as session:
        apps = list_applications(session)
        assert [a["email"] for a in apps] == [bob]
        assert not session.scalars(select(Message).where(Message.from_addr == ada)).all()
        assert not session.scalars(select(OutboxRow).where(OutboxRow.to_addr == ada)).all()
        [erased] = session.scalars(select(Event).where(Event.kind == "erased")).all()
        assert erased.application_id is None and ada not in erased.reason
        assert done["mac"] in erased.reason
    for command in (["list", "--json"], ["messages", "--json"], ["outbox", "--json"]):
        code, printed, err = p.cli(capsys, monkeypatch, *command)
        assert code == 0 and ada not in printed and "Quillfeather" not in printed, command
    for words in ("Jacquard", "loom", "Quillfeather"):  # the search index forgot them too
        code, printed, err = p.cli(
            capsys, monkeypatch, "queue", "--status", "all", "--search", words, "--json"
        )
        assert code == 0 and json.loads(printed)["applications"] == [], words
    if database_url.startswith("sqlite"):
        path = Path(database_url.removeprefix("sqlite:///"))
        p.store.engine.dispose()
        raw = b"".join(f.read_bytes() for f in path.parent.glob(path.name + "*") if f.is_file())
        for trace in (ada.encode(), SENTENCE.encode(), b"Quillfeather", b"loom-card"):
            assert trace not in raw, trace

    # Ada writes again: a new application, answered as anyone new is.
    p.receive(ada, application_email(ada, name="Ada Quillfeather", to=p.address))
    p.runs()
    with p.store.reading() as session:
        [again] = [a for a in list_applications(session) if a["email"] == ada]
    assert again["id"] != ada_app["id"]
    assert [m["Subject"] for m in p.inbox(ada)][-1].startswith("Re: Application")


def test_forget_asks_first_and_names_an_unknown_address(program, capsys, monkeypatch):
    code, _out, err = program.cli(capsys, monkeypatch, "forget", "nobody@mail.test")
    assert code == 1 and "--yes" in err
    code, out, err = program.cli(
        capsys, monkeypatch, "forget", "nobody@mail.test", "--yes", "--json"
    )
    assert code == 0, err
    assert json.loads(out)["applications"] == 0
    code, _out, err = program.cli(
        capsys, monkeypatch, "export", "nobody@mail.test", "--out", "/tmp/x.zip"
    )
    assert code == 1 and "nothing is held" in err and len(err.strip().splitlines()) == 1


def test_retention_erases_what_is_past_its_time(program, capsys, monkeypatch):
    p = program
    now = utcnow()

    def decided(decision: str, days_ago: int) -> int:
        at = now - timedelta(days=days_ago)
        app_id = seed_application(p.store, p.settings, at=at)
        with p.store.transaction() as session:
            decide(session, p.settings, app_id, decision, reviewer="alice", at=at)
        return app_id

    old_rejected = decided("reject", 40)
    new_rejected = decided("reject", 10)
    old_approved = decided("approve", 400)
    monkeypatch.setenv("GRANTBOX_RETENTION_DAYS_REJECTED", "30")
    # The digest tells the reviewers a day ahead.
    soon = digest(
        p.settings.model_copy(update={"retention_days_rejected": 30.0, "digest_to": [p.address]}),
        p.store,
        now=now,
    )
    assert soon.to_erase == {"rejected": 1}
    with p.store.reading() as session:
        [row] = session.scalars(select(OutboxRow).where(OutboxRow.kind == "digest")).all()
        assert b"Erased by the retention policy within a day: 1 rejected application(s)" in (
            row.raw.replace(b"=\r\n", b"").replace(b"\r\n", b" ").replace(b"\n", b" ")
        )
    code, out, err = p.cli(capsys, monkeypatch, "retention", "--dry-run", "--json")
    assert code == 0, err
    dry = json.loads(out)
    assert dry["expired"] == {"rejected": [old_rejected]} and dry["dry_run"]
    # Off unless set: nothing else is touched, and the policy says so.
    assert dry["policy"] == "rejected after 30.0 days"
    code, out, err = p.cli(capsys, monkeypatch, "retention", "--json")
    assert code == 0, err
    with p.store.reading() as session:
        left = {a["id"] for a in list_applications(session)}
        [event] = session.scalars(select(Event).where(Event.kind == "erased")).all()
        assert event.actor == "retention" and "1 rejected" in event.reason
    assert left == {new_rejected, old_approved}
    # Forty days on, the other one goes too (an injected clock: --at).
    later = (now + timedelta(days=25)).isoformat()
    code, out, err = p.cli(capsys, monkeypatch, "retention", "--at", later, "--json")
    assert code == 0 and json.loads(out)["expired"]["rejected"] == [new_rejected]


def test_a_grantee_is_exported_and_forgotten_with_her_grants_and_reviews(database_url, tmp_path):
    """Life after approval and committee review leave rows about a person in more tables
    (grants, follow-on grants, payments, check-ins and their answers, reviews, assignments,
    conflicts): the export carries her grants, and forgetting her leaves none of it."""
    from datetime import date

    from grantbox.committee.assignment import take
    from grantbox.committee.conflicts import declare
    from grantbox.committee.reviews import save_review
    from grantbox.committee.rubric import rubric_for
    from grantbox.grants import records
    from grantbox.privacy import export, forget
    from grantbox.review.auth import add_reviewer
    from grantbox.store import open_store
    from grantbox.store.tables import (
        ConflictOfInterest,
        Grant,
        GrantAnswer,
        GrantCheckin,
        GrantPayment,
        Review,
        ReviewAssignment,
    )

    settings = Settings(  # type: ignore[call-arg]
        data_dir=tmp_path / "data", database_url=database_url, decision_hold_seconds=0
    )
    store = open_store(settings)
    try:
        ada = "ada.grantee@mail.test"
        app_id = seed_application(store, settings, name="Ada Grantee", email=ada)
        other = seed_application(store, settings, name="Bob Other", email="bob@mail.test")
        with store.transaction() as session:
            alice = add_reviewer(session, "alice", "a long password", role="reviewer")
            carol = add_reviewer(session, "carol", "a long password", role="reviewer")
            take(session, app_id, alice)
            criteria = rubric_for(settings).criteria
            save_review(
                session,
                settings,
                app_id,
                alice,
                scores={c.id: 4 for c in criteria},
                recommendation="approve",
                comment="Ada is strong",
            )
            declare(session, app_id, carol, note="Ada is my cousin")
        with store.transaction() as session:
            decide(session, settings, app_id, "approve", reviewer="alice", note="yes")
            grant = records.current_grant(session, app_id)
            assert grant is not None
            start = date.today() + timedelta(days=14)
            records.set_start(session, settings, grant, start, actor="test")
            message_pk = session.scalars(
                select(Message.id).where(Message.application_id == app_id)
            ).first()
            assert message_pk is not None
            session.add(
                GrantAnswer(
                    grant_id=grant.id,
                    checkin="mid_grant",
                    question_id="progress",
                    text="Replicated PPO; Ada's notes",
                    message_pk=message_pk,
                )
            )
            grant_id = grant.id
        out = tmp_path / "ada.zip"
        export(settings, store, ada, out)
        with zipfile.ZipFile(out) as zf:
            [grant_file] = [n for n in zf.namelist() if n.startswith("grants/")]
            exported = json.loads(zf.read(grant_file))
        assert exported["id"] == grant_id and len(exported["payments"]) == 3
        assert exported["answers"][0]["text"] == "Replicated PPO; Ada's notes"

        forget(settings, store, ada, actor="test")
        with store.reading() as session:
            for table in (Grant, GrantPayment, GrantCheckin, GrantAnswer):
                assert session.scalars(select(table)).all() == [], table.__name__
            for table in (Review, ReviewAssignment, ConflictOfInterest):  # type: ignore[assignment]
                assert session.scalars(select(table)).all() == [], table.__name__
            assert [e.grant_id for e in session.scalars(select(Event))].count(grant_id) == 0
            assert session.get(Application, other) is not None
    finally:
        store.dispose()
