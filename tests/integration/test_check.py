"""`grantbox check` against real servers: a working setup passes every step, and each broken
part (a refused password, a closed port, a hung server, a bad setting, mail stuck in the
outbox, a failing watch) is one ✗ line naming the part and the fix, never a secret."""

from __future__ import annotations

import json
import socket
import time
from datetime import timedelta

import pytest

from grantbox.mailtemplates import RenderedEmail
from grantbox.outbox import enqueue_staff
from grantbox.store import open_store
from grantbox.store.tables import utcnow
from grantbox.watch import heartbeat_path
from tests.faultproxy import FaultProxy
from tests.incli import grantbox

STEPS = [
    "settings",
    "database",
    "disk",
    "IMAP sign-in",
    "IMAP capabilities",
    "inbox",
    "Sent folder",
    "SMTP sign-in",
    "outgoing mail",
    "watch",
]


@pytest.fixture
def check(capsys, monkeypatch, settings_env, smtp):
    """`check(*args, **settings)` runs `grantbox check` with the test's mailbox and relay."""

    def run(
        *args: str, env: dict[str, str] | None = None, **overrides: object
    ) -> tuple[int, str, str]:
        base = {"smtp_host": smtp.host, "smtp_port": smtp.port, "smtp_security": "plain"}
        variables = settings_env(**{**base, **overrides})
        for name, value in {**variables, **(env or {})}.items():
            if name.startswith("GRANTBOX_"):
                monkeypatch.setenv(name, value)
        return grantbox(capsys, monkeypatch, "check", *args)

    return run


def _closed_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _steps(out: str) -> dict[str, dict[str, object]]:
    report = json.loads(out)
    return {step["name"]: step for step in report["steps"]}


def test_a_working_setup_passes_every_step(check, dovecot, program_mailbox, database_url):
    code, out, err = check("--json", database_url=database_url)
    assert code == 0, err
    report = json.loads(out)
    assert report["ok"] is True
    assert [s["name"] for s in report["steps"]] == STEPS
    assert all(s["ok"] and s["detail"] and s["fix"] == "" for s in report["steps"])
    steps = _steps(out)
    assert f"{dovecot.host}:{dovecot.imap_port}" in str(steps["IMAP sign-in"]["detail"])
    assert "IDLE yes" in str(steps["IMAP capabilities"]["detail"])
    assert "INBOX: 0 message(s)" in str(steps["inbox"]["detail"])
    kind = "SQLite" if database_url.startswith("sqlite") else "PostgreSQL"
    assert str(steps["database"]["detail"]).startswith(kind)

    code, out, err = check(database_url=database_url)  # the same, for a person
    assert code == 0 and err == ""
    lines = out.strip().splitlines()
    assert len(lines) == len(STEPS) and all(line.startswith("✓ ") for line in lines)
    assert dovecot.password(program_mailbox) not in out + err


def test_send_test_delivers_one_email(check, dovecot, applicant):
    code, out, err = check("--json", "--send-test", applicant.address)
    assert code == 0, err
    assert "accepted for" in str(_steps(out)["test email"]["detail"])
    [mail] = dovecot.wait_for_messages(applicant.address, 1)
    assert b"grantbox check: test email" in mail


def test_a_refused_password_is_one_line_with_the_fix(check, dovecot):
    code, out, err = check(imap_password="not-the-password")
    assert code == 1
    [bad] = [line for line in out.splitlines() if line.startswith("✗")]
    assert bad.startswith("✗ IMAP sign-in:") and dovecot.host in bad
    assert "GRANTBOX_IMAP_PASSWORD" in bad  # the fix
    assert "not-the-password" not in out + err
    # What does not depend on IMAP is still checked.
    assert "✓ SMTP sign-in" in out and "✓ database" in out
    assert "✓ inbox" not in out  # no sign-in, no folders: left out, not failed twice


def test_closed_ports_name_the_server_and_the_setting(check, program_mailbox, dovecot):
    imap_port, smtp_port = _closed_port(), _closed_port()
    code, out, err = check("--json", imap_port=imap_port, smtp_port=smtp_port)
    assert code == 1
    steps = _steps(out)
    imap, smtp_ = steps["IMAP sign-in"], steps["SMTP sign-in"]
    assert not imap["ok"] and f":{imap_port}" in str(imap["detail"])
    assert "refused" in str(imap["detail"]) and "GRANTBOX_IMAP_HOST" in str(imap["fix"])
    assert not smtp_["ok"] and f"the SMTP server 127.0.0.1:{smtp_port}" in str(smtp_["detail"])
    assert "refused" in str(smtp_["detail"]) and "GRANTBOX_SMTP_PORT" in str(smtp_["fix"])
    assert dovecot.password(program_mailbox) not in out + err


def test_a_hung_server_costs_the_timeout_not_a_minute(check, dovecot):
    with FaultProxy(dovecot.host, dovecot.imap_port) as proxy:
        proxy.stall()  # accepts, never answers
        started = time.monotonic()
        code, out, _err = check("--json", "--timeout", "1", imap_port=proxy.port)
        took = time.monotonic() - started
    assert code == 1
    imap = _steps(out)["IMAP sign-in"]
    assert not imap["ok"] and "timed out" in str(imap["detail"])
    assert f":{proxy.port}" in str(imap["detail"])
    assert took < 10, took


def test_a_bad_setting_is_named_without_its_value(check):
    code, out, _err = check("--json", env={"GRANTBOX_IMAP_SSL": "sometimes-secret"})
    assert code == 1
    [step] = json.loads(out)["steps"]
    assert (step["name"], step["ok"]) == ("settings", False)
    assert "GRANTBOX_IMAP_SSL" in step["detail"] and "sometimes-secret" not in out


def test_stuck_mail_and_a_failing_watch_are_reported(
    check, make_settings, program_mailbox, applicant
):
    settings = make_settings()
    store = open_store(settings)
    try:
        with store.transaction() as session:
            enqueue_staff(
                session,
                settings,
                to=applicant.address,
                kind="notice",
                rendered=RenderedEmail(subject="notice", text="hello", html="<p>hello</p>"),
                dedupe_key="notice:1",
                actor="test",
                at=utcnow() - timedelta(hours=3),
            )
    finally:
        store.dispose()
    path = heartbeat_path(settings)
    path.parent.mkdir(parents=True, exist_ok=True)
    now = time.time()
    path.write_text(
        json.dumps(
            {
                "at": now,
                "state": "error",
                "since": now - 600,
                "error": "the IMAP server 127.0.0.1:1: connection refused",
                "last": "reconnecting",
            }
        )
    )
    code, out, _err = check()
    assert code == 1
    failed = [line for line in out.splitlines() if line.startswith("✗")]
    assert [line.split(":")[0] for line in failed] == ["✗ outgoing mail", "✗ watch"]
    assert "1 email(s) due since" in failed[0] and "grantbox outbox" in failed[0]
    assert "failing for 10 min" in failed[1] and "connection refused" in failed[1]
