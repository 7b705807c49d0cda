"""The test mail servers work: Dovecot (IMAP + LMTP), the SMTP relay, the demo's pymap system."""

from __future__ import annotations

import email
import email.policy
import smtplib
import socket
import time
from collections.abc import Iterator
from email.message import EmailMessage
from email.utils import make_msgid

import imapclient
import pytest
from imapclient.imapclient import SENT

from grantbox.devmail import DemoMailSystem
from tests.mailservers import (
    Dovecot,
    SmtpRelay,
    dovecot_available,
    drop_postgres_database,
    postgres_available,
    postgres_url,
)

needs_dovecot = pytest.mark.skipif(
    not dovecot_available(),
    reason="Dovecot 2.3 + LMTP not installed (scripts/install-system-deps.sh)",
)


@pytest.fixture(scope="module")
def dovecot() -> Iterator[Dovecot]:
    if not dovecot_available():
        pytest.skip("Dovecot 2.3 + LMTP not installed (scripts/install-system-deps.sh)")
    with Dovecot() as server:
        yield server


@pytest.fixture(scope="module")
def relay(dovecot: Dovecot) -> Iterator[SmtpRelay]:
    with SmtpRelay(dovecot) as server:
        yield server


def make_message(to: str, subject: str = "Hello", sender: str = "someone@outside.test") -> bytes:
    msg = EmailMessage()
    msg["From"] = sender
    msg["To"] = to
    msg["Subject"] = subject
    msg["Message-ID"] = make_msgid(domain="outside.test")
    msg.set_content("Body text.\n")
    return msg.as_bytes(policy=email.policy.SMTP)  # CRLF, as on the wire


# ---------------------------------------------------------------------------------- Dovecot


def test_dovecot_starts_fast_and_stops() -> None:
    if not dovecot_available():
        pytest.skip("Dovecot not installed")
    server = Dovecot()
    server.start()
    try:
        assert server.startup_seconds is not None and server.startup_seconds < 2.0
        root = server.root
        assert (root / "dovecot.conf").exists()
    finally:
        started = time.monotonic()
        server.stop()
    assert time.monotonic() - started < 5.0
    assert not root.exists()


@needs_dovecot
def test_append_and_peek_leaves_unseen(dovecot: Dovecot) -> None:
    address, _ = dovecot.add_user("peek")
    raw = make_message(address, "Peek at me")
    uid = dovecot.append("peek", raw)
    with dovecot.session("peek") as client:
        client.select_folder("INBOX")
        data = client.fetch([uid], ["BODY.PEEK[]", "FLAGS"])
        body = data[uid][b"BODY[]"]
        assert email.message_from_bytes(body)["Subject"] == "Peek at me"
        assert body.replace(b"\r\n", b"\n") == raw.replace(b"\r\n", b"\n")
        flags = client.get_flags([uid])[uid]
        assert b"\\Seen" not in flags
    assert dovecot.messages("peek") == [body]


@needs_dovecot
def test_capabilities_and_folders(dovecot: Dovecot) -> None:
    dovecot.add_user("caps")
    with dovecot.session("caps") as client:
        caps = client.capabilities()
        for cap in (b"CONDSTORE", b"QRESYNC", b"UIDPLUS", b"IDLE", b"SPECIAL-USE", b"MOVE"):
            assert cap in caps, cap
        folders = {name: flags for flags, _delim, name in client.list_folders()}
        assert "Sent" in folders and b"\\Sent" in folders["Sent"]
        assert client.find_special_folder(SENT) == "Sent"
        client.enable("CONDSTORE")
        status = client.folder_status("INBOX", ["HIGHESTMODSEQ", "UIDNEXT", "UIDVALIDITY"])
        assert status[b"UIDNEXT"] == 1
    dovecot.append("caps", make_message("caps@example.test"), folder="Sent", flags=["\\Seen"])
    assert len(dovecot.messages("caps", "Sent")) == 1


@needs_dovecot
def test_add_user_at_runtime_takes_effect_at_once(dovecot: Dovecot) -> None:
    for i in range(3):  # several in the same second: Dovecot must notice each change
        address, password = dovecot.add_user(f"late{i}")
        client = imapclient.IMAPClient(dovecot.host, dovecot.imap_port, ssl=False, timeout=5)
        client.login(address, password)
        client.logout()
    client = imapclient.IMAPClient(dovecot.host, dovecot.imap_port, ssl=False, timeout=5)
    with pytest.raises(imapclient.exceptions.LoginError):
        client.login("late0@example.test", "wrong-password")
    client.shutdown()


@needs_dovecot
def test_smtp_relay_delivers_into_dovecot_inbox(dovecot: Dovecot, relay: SmtpRelay) -> None:
    address, _ = dovecot.add_user("applicant")
    before = relay.accepted
    raw = make_message(address, "Your application", sender="grants@example.test")
    with smtplib.SMTP(relay.host, relay.port, timeout=10) as smtp:
        refused = smtp.sendmail("grants@example.test", [address, "nobody@elsewhere.test"], raw)
    assert refused == {}
    assert relay.accepted == before + 1
    envelope = relay.envelopes[-1]
    assert envelope.delivered == [address]
    assert "nobody@elsewhere.test" in envelope.undeliverable
    assert relay.sent_to("nobody@elsewhere.test") == [raw]
    (received,) = dovecot.messages("applicant")
    parsed = email.message_from_bytes(received)
    assert parsed["Subject"] == "Your application"
    assert parsed["Delivered-To"] == address


@needs_dovecot
def test_plus_address_lands_in_base_mailbox(dovecot: Dovecot, relay: SmtpRelay) -> None:
    dovecot.add_user("grants")
    with smtplib.SMTP(relay.host, relay.port, timeout=10) as smtp:
        smtp.sendmail("a@outside.test", ["grants+tok123@example.test"], make_message("x"))
    (received,) = dovecot.messages("grants")
    assert email.message_from_bytes(received)["Delivered-To"] == "grants+tok123@example.test"


@needs_dovecot
def test_fail_next_rcpt_then_data(dovecot: Dovecot, relay: SmtpRelay) -> None:
    address, _ = dovecot.add_user("retry")
    raw = make_message(address, "Retry me")
    before = relay.accepted
    relay.fail_next(2)
    for _ in range(2):
        with (
            smtplib.SMTP(relay.host, relay.port, timeout=10) as smtp,
            pytest.raises(smtplib.SMTPRecipientsRefused) as info,
        ):
            smtp.sendmail("grants@example.test", [address], raw)
        assert info.value.recipients[address][0] == 451
    relay.fail_next(1, 554, stage="data")
    with (
        smtplib.SMTP(relay.host, relay.port, timeout=10) as smtp,
        pytest.raises(smtplib.SMTPDataError) as data_info,
    ):
        smtp.sendmail("grants@example.test", [address], raw)
    assert data_info.value.smtp_code == 554
    assert relay.accepted == before
    assert dovecot.messages("retry") == []
    with smtplib.SMTP(relay.host, relay.port, timeout=10) as smtp:
        smtp.sendmail("grants@example.test", [address], raw)
    assert relay.accepted == before + 1
    assert len(dovecot.messages("retry")) == 1


@needs_dovecot
def test_drop_next_delivers_but_client_sees_no_250(dovecot: Dovecot, relay: SmtpRelay) -> None:
    address, _ = dovecot.add_user("dropped")
    relay.drop_next(1)
    with pytest.raises(smtplib.SMTPServerDisconnected):
        smtp = smtplib.SMTP(relay.host, relay.port, timeout=10)
        smtp.sendmail("grants@example.test", [address], make_message(address))
    assert len(dovecot.messages("dropped")) == 1


@needs_dovecot
@pytest.mark.parametrize("folder", ["INBOX", "Sent", "Applications"])
def test_reset_uidvalidity(dovecot: Dovecot, folder: str) -> None:
    user = f"reset-{folder.lower()}"
    dovecot.add_user(user)
    if folder == "Applications":
        with dovecot.session(user) as client:
            client.create_folder(folder)
    raws = [make_message(f"{user}@example.test", f"msg {i}") for i in range(3)]
    uids = [
        dovecot.append(user, raw, folder, flags=["\\Seen"] if i == 0 else [])
        for i, raw in enumerate(raws)
    ]
    dovecot.append(user, make_message("x", "gone"), folder)  # a gap in the UIDs
    with dovecot.session(user) as client:
        client.select_folder(folder)
        client.delete_messages([uids[-1] + 1])
        client.expunge()
    before = dovecot.fetch_all(user, folder)
    old, new = dovecot.reset_uidvalidity(user, folder)
    assert new != old
    assert dovecot.status(user, folder)["UIDVALIDITY"] == new
    after = dovecot.fetch_all(user, folder)
    assert [raw for *_, raw in after] == [raw for *_, raw in before]
    assert [uid for uid, *_ in after] == [1, 2, 3]
    assert [b"\\Seen" in flags for _uid, flags, _raw in after] == [True, False, False]


# ------------------------------------------------------------------------------- PostgreSQL


def test_postgres_url_creates_and_drops_database() -> None:
    if not postgres_available():
        pytest.skip("PostgreSQL not reachable on 127.0.0.1:5432")
    import psycopg

    url = postgres_url()
    assert url.startswith("postgresql+psycopg://")
    dsn = url.replace("postgresql+psycopg://", "postgresql://")
    try:
        with psycopg.connect(dsn) as conn:
            assert conn.execute("SELECT 1").fetchone() == (1,)
            conn.execute("CREATE TABLE t (x int)")
    finally:
        drop_postgres_database(url)
    with pytest.raises(psycopg.OperationalError):
        psycopg.connect(dsn, connect_timeout=2)


# ------------------------------------------------------------------- the demo's pymap system


@pytest.fixture(scope="module")
def demo_mail() -> Iterator[DemoMailSystem]:
    with DemoMailSystem(applicants=["ada@applicants.localhost"]) as system:
        yield system


def test_demo_mail_starts_fast_and_stops() -> None:
    system = DemoMailSystem()
    system.start()
    try:
        assert system.startup_seconds is not None and system.startup_seconds < 1.0
        port = system.imap_port
        with system.session() as client:
            assert client.select_folder("INBOX")[b"EXISTS"] == 0
    finally:
        system.stop()
    with pytest.raises(OSError):
        socket.create_connection(("127.0.0.1", port), timeout=1)


def test_demo_mail_append_and_peek(demo_mail: DemoMailSystem) -> None:
    raw = make_message(demo_mail.user, "Seed application")
    uid = demo_mail.append(None, raw)
    with demo_mail.session() as client:
        client.select_folder("INBOX")
        data = client.fetch([uid], ["BODY.PEEK[]", "FLAGS"])
        assert data[uid][b"BODY[]"] == raw
        assert b"\\Seen" not in client.get_flags([uid])[uid]
        folders = [name for _flags, _delim, name in client.list_folders()]
        assert "Sent" in folders
    assert raw in demo_mail.messages()


def test_demo_mail_smtp_delivers_to_inboxes(demo_mail: DemoMailSystem) -> None:
    applicant = "ada@applicants.localhost"
    token_address = demo_mail.user.replace("@", "+tok42@")
    with smtplib.SMTP(demo_mail.smtp_host, demo_mail.smtp_port, timeout=10) as smtp:
        smtp.sendmail(applicant, [token_address], make_message(token_address, "Re: questions"))
        smtp.sendmail(
            demo_mail.user,
            [applicant, "stranger@elsewhere.test"],
            make_message(applicant, "Thanks for applying"),
        )
    program_inbox = [email.message_from_bytes(m) for m in demo_mail.messages()]
    assert any(
        m["Subject"] == "Re: questions" and m["Delivered-To"] == token_address
        for m in program_inbox
    )
    (got,) = demo_mail.messages(applicant)
    assert email.message_from_bytes(got)["Subject"] == "Thanks for applying"
    assert demo_mail.outbound[-1].undelivered == ["stranger@elsewhere.test"]


def test_demo_mail_settings_and_auth(demo_mail: DemoMailSystem) -> None:
    from grantbox.config import load_settings

    settings = load_settings(**demo_mail.settings_overrides())
    assert settings.imap_port == demo_mail.imap_port
    assert settings.imap_ssl == "plain" and settings.smtp_security == "plain"
    with smtplib.SMTP(demo_mail.smtp_host, demo_mail.smtp_port, timeout=10) as smtp:
        smtp.login(demo_mail.user, demo_mail.password)
    address, password = demo_mail.add_mailbox("bob@applicants.localhost")
    client = imapclient.IMAPClient(demo_mail.imap_host, demo_mail.imap_port, ssl=False)
    with pytest.raises(imapclient.exceptions.LoginError):
        client.login(address, password + "x")
    client.login(address, password)
    client.logout()
