"""Intake against a real Dovecot and real databases: every email recorded exactly once."""

from __future__ import annotations

import json
import subprocess
import sys

from sqlalchemy import func, select

from grantbox.intake import dry_run_intake, open_mailbox
from grantbox.store.queries import list_applications, list_messages
from grantbox.store.tables import Application, Message, MessageLocation
from tests.factories import application_email, resume_pdf
from tests.passes import intake_once


def seed(dovecot, mailbox, n, *, prefix="applicant", folder="INBOX"):
    pdf = resume_pdf()
    raws = []
    for i in range(n):
        raw = application_email(
            f"{prefix}{i}@mail.test",
            name=f"Applicant {i}",
            attachments=[(f"cv-{i}.pdf", pdf, "application/pdf")],
        )
        dovecot.append(mailbox, raw, folder)
        raws.append(raw)
    return raws


def test_first_pass_records_backlog_then_new_mail_is_not_backlog(
    dovecot, program_mailbox, make_settings, store_for, database_url
):
    seed(dovecot, program_mailbox, 3)
    settings = make_settings(database_url=database_url)
    store = store_for(settings)

    report = intake_once(settings, store)
    assert (report.recorded, report.applications_created, report.errors) == (3, 3, 0)

    with store.sessions() as session:
        apps = list_applications(session)
    assert [a["email"] for a in apps] == [f"applicant{i}@mail.test" for i in range(3)]
    for app in apps:
        assert app["status"] == "received"
        assert app["backlog"] is True
        assert app["resume"]["pages"] == 2
        assert app["resume"]["text_chars"] > 2000
        assert app["resume"]["content_type"] == "application/pdf"
        assert len(app["messages"]) == 1

    seed(dovecot, program_mailbox, 1, prefix="later")
    report = intake_once(settings, store)
    assert report.recorded == 1
    with store.sessions() as session:
        later = session.scalars(
            select(Application).where(Application.email == "later0@mail.test")
        ).one()
        assert later.backlog is False


def test_unchanged_mailbox_costs_one_command(
    dovecot, program_mailbox, make_settings, store_for, sqlite_url
):
    seed(dovecot, program_mailbox, 2)
    settings = make_settings(database_url=sqlite_url)
    store = store_for(settings)
    first = intake_once(settings, store)
    assert first.recorded == 2
    for _ in range(3):
        again = intake_once(settings, store)
        assert again.unchanged
        assert again.recorded == 0
        assert again.imap_commands == 1  # EXAMINE, and nothing else


def test_never_marks_mail_read_and_never_deletes(
    dovecot, program_mailbox, make_settings, store_for, sqlite_url
):
    seed(dovecot, program_mailbox, 2)
    settings = make_settings(database_url=sqlite_url)
    intake_once(settings, store_for(settings))
    after = dovecot.fetch_all(program_mailbox)
    assert len(after) == 2
    assert all(b"\\Seen" not in flags for _uid, flags, _raw in after)


def test_same_email_in_two_folders_is_one_message(
    dovecot, program_mailbox, make_settings, store_for, database_url
):
    raws = seed(dovecot, program_mailbox, 2)
    with dovecot.session(program_mailbox) as client:
        client.create_folder("Applications")
    for raw in raws:
        dovecot.append(program_mailbox, raw, "Applications")
    store = store_for(make_settings(database_url=database_url))
    intake_once(make_settings(database_url=database_url), store)
    report = intake_once(
        make_settings(database_url=database_url, imap_folder="Applications"), store
    )
    assert (report.recorded, report.duplicates) == (0, 2)
    with store.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Message)) == 2
        assert session.scalar(select(func.count()).select_from(MessageLocation)) == 4
        assert session.scalar(select(func.count()).select_from(Application)) == 2


def test_uidvalidity_change_resyncs_without_duplicates(
    dovecot, program_mailbox, make_settings, store_for, sqlite_url
):
    seed(dovecot, program_mailbox, 3)
    settings = make_settings(database_url=sqlite_url)
    store = store_for(settings)
    intake_once(settings, store)
    old, new = dovecot.reset_uidvalidity(program_mailbox)
    assert old != new
    seed(dovecot, program_mailbox, 1, prefix="after-reset")
    report = intake_once(settings, store)
    assert report.uidvalidity == new
    assert (report.recorded, report.duplicates) == (1, 3)
    with store.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Message)) == 4
        assert session.scalar(select(func.count()).select_from(Application)) == 4


def test_two_different_emails_sharing_a_message_id_are_two(
    dovecot, program_mailbox, make_settings, store_for, sqlite_url
):
    for who in ("a", "b"):
        dovecot.append(
            program_mailbox,
            application_email(f"{who}@mail.test", message_id="<reused@sender.test>"),
        )
    settings = make_settings(database_url=sqlite_url)
    store = store_for(settings)
    report = intake_once(settings, store)
    assert (report.recorded, report.duplicates) == (2, 0)


def test_reply_from_same_address_is_filed_under_the_application(
    dovecot, program_mailbox, make_settings, store_for, sqlite_url
):
    first = application_email(
        "ada@mail.test", name="Ada", attachments=[("cv.pdf", resume_pdf(), "application/pdf")]
    )
    dovecot.append(program_mailbox, first)
    dovecot.append(
        program_mailbox, application_email("ada@mail.test", subject="Re: one more thing")
    )
    settings = make_settings(database_url=sqlite_url)
    store = store_for(settings)
    report = intake_once(settings, store)
    assert dict(report.kinds) == {"application": 1, "reply": 1}
    with store.sessions() as session:
        (app,) = list_applications(session)
        assert len(app["messages"]) == 2


def test_dry_run_writes_nothing(dovecot, program_mailbox, make_settings, tmp_path):
    seed(dovecot, program_mailbox, 2)
    settings = make_settings()
    mailbox = open_mailbox(settings)
    try:
        report = dry_run_intake(settings, mailbox)
    finally:
        mailbox.close()
    assert len(report.lines) == 2
    assert all("application from applicant" in line for line in report.lines)
    assert "resume 'cv-0.pdf' (2 p." in report.lines[0]
    assert not settings.data_dir.exists()


def test_cli_intake_list_and_messages_json(dovecot, program_mailbox, settings_env):
    seed(dovecot, program_mailbox, 2)
    env = settings_env()
    cli = [sys.executable, "-m", "grantbox.cli"]
    out = subprocess.run(
        [*cli, "intake", "--json"], env=env, capture_output=True, text=True, check=True
    )
    assert json.loads(out.stdout)["recorded"] == 2
    apps = json.loads(
        subprocess.run(
            [*cli, "list", "--json"], env=env, capture_output=True, text=True, check=True
        ).stdout
    )
    assert {a["email"] for a in apps} == {"applicant0@mail.test", "applicant1@mail.test"}
    assert set(apps[0]) >= {
        "id",
        "email",
        "name",
        "status",
        "flags",
        "created_at",
        "updated_at",
        "resume",
        "answers",
        "messages",
    }
    assert set(apps[0]["resume"]) >= {"filename", "content_type", "pages", "text_chars", "profile"}
    msgs = json.loads(
        subprocess.run(
            [*cli, "messages", "--json"], env=env, capture_output=True, text=True, check=True
        ).stdout
    )
    assert [m["uid"] for m in msgs] == [1, 2]
    assert set(msgs[0]) >= {
        "message_id",
        "uid",
        "folder",
        "from",
        "subject",
        "kind",
        "application_id",
        "flags",
        "error",
    }
    assert all(m["folder"] == "INBOX" and m["kind"] == "application" for m in msgs)


def test_cli_fails_with_one_line_reason(tmp_path):
    env = {"PATH": "/usr/bin:/bin", "GRANTBOX_DATA_DIR": str(tmp_path)}
    out = subprocess.run(
        [sys.executable, "-m", "grantbox.cli", "intake"], env=env, capture_output=True, text=True
    )
    assert out.returncode != 0
    assert out.stderr.strip().splitlines() == [
        "grantbox: no mailbox configured: set GRANTBOX_IMAP_HOST (or run the demo)"
    ]
    assert out.stdout == ""


def test_messages_json_matches_store(
    dovecot, program_mailbox, make_settings, store_for, sqlite_url
):
    seed(dovecot, program_mailbox, 1)
    settings = make_settings(database_url=sqlite_url)
    store = store_for(settings)
    intake_once(settings, store)
    with store.sessions() as session:
        (m,) = list_messages(session)
    assert m["kind"] == "application" and m["error"] is None
    assert m["attachments"][0]["filename"] == "cv-0.pdf"
    assert m["attachments"][0]["sniffed_type"] == "application/pdf"
