"""grantbox over TLS, as every real provider's mailbox is: implicit TLS (IMAPS, SMTPS) and
STARTTLS, against a Dovecot and an SMTP relay that present a certificate from a test CA
(tests/tlsca.py).

grantbox verifies certificates with `ssl.create_default_context()` and nothing else: the test
CA is trusted the way an operator's machine trusts a private CA, through OpenSSL's own
`SSL_CERT_FILE` (read each time a context is made). Nothing here turns verification off.

* An application arrives, is recorded, and the applicant gets our questions once, with
  `GRANTBOX_IMAP_SSL` ssl and starttls and `GRANTBOX_SMTP_SECURITY` ssl and starttls; the
  servers' own logs prove the sessions were TLS.
* `grantbox check` passes over TLS.
* A certificate the machine does not trust (no CA, another CA, a certificate for another host
  name) is one line naming the server, that the certificate was refused and what to do.
* `grantbox watch` over TLS answers mail that arrives during IDLE, notices a server that dies
  (its TLS connections cannot be peeked at: the watcher probes) and is back within seconds,
  nothing recorded twice.
"""

from __future__ import annotations

import json
import smtplib
import ssl
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path

import pytest

from grantbox.config import Settings
from grantbox.intake import IntakeReport, open_mailbox, run_intake
from grantbox.sender import SendReport, send_pending
from grantbox.store import Store, open_store
from grantbox.store.queries import list_applications, list_messages, list_outbox
from grantbox.watch import Watcher, heartbeat_path
from tests.factories import application_email, resume_pdf
from tests.faultproxy import FaultProxy
from tests.incli import environment, grantbox
from tests.mailservers import Dovecot, SmtpRelay
from tests.tlsca import TestCA

TLS_MODES = [
    pytest.param("ssl", "ssl", "127.0.0.1", id="implicit-tls"),
    pytest.param("starttls", "starttls", "localhost", id="starttls"),
]


@dataclass
class Servers:
    ca: TestCA
    dovecot: Dovecot
    relay: SmtpRelay
    users: Iterator[int]

    def pair(self, tag: str) -> tuple[str, str]:
        """A fresh program mailbox and a fresh applicant mailbox."""
        n = next(self.users)
        program, _ = self.dovecot.add_user(f"grants-tls{n}-{tag}")
        applicant, _ = self.dovecot.add_user(f"ada-tls{n}-{tag}")
        return program, applicant


@pytest.fixture(scope="module")
def servers(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Servers]:
    """One TLS Dovecot and one TLS relay for this module (not the plain session ones). The
    relay refuses mail before STARTTLS on its submission port: a plain send cannot pass."""
    import itertools

    ca = TestCA(tmp_path_factory.mktemp("tlsca"))
    with (
        Dovecot(base_dir=tmp_path_factory.mktemp("dovecot-tls"), tls=ca) as dovecot,
        SmtpRelay(dovecot, tls=ca, require_starttls=True) as relay,
    ):
        yield Servers(ca, dovecot, relay, itertools.count(1))


@pytest.fixture
def trust_ca(servers: Servers, monkeypatch: pytest.MonkeyPatch) -> TestCA:
    """This machine trusts the test CA, as an operator's trusts their provider's."""
    monkeypatch.setenv("SSL_CERT_FILE", str(servers.ca.ca_file))
    return servers.ca


def tls_settings(
    servers: Servers,
    program: str,
    data_dir: Path,
    imap_ssl: str,
    smtp_security: str,
    host: str = "127.0.0.1",
    **overrides: object,
) -> Settings:
    dc, relay = servers.dovecot, servers.relay
    values: dict[str, object] = {
        "data_dir": data_dir,
        "database_url": f"sqlite:///{data_dir / 'grantbox.db'}",
        "imap_host": host,
        "imap_port": dc.imaps_port if imap_ssl == "ssl" else dc.imap_port,
        "imap_ssl": imap_ssl,
        "imap_user": program,
        "imap_password": dc.password(program),
        "from_address": program,
        "smtp_host": host,
        "smtp_port": relay.ssl_port if smtp_security == "ssl" else relay.port,
        "smtp_security": smtp_security,
        "send_recovery_seconds": 0,
        "extract_workers": 1,
    }
    values.update(overrides)
    return Settings(**values)  # type: ignore[arg-type]


def set_env(monkeypatch: pytest.MonkeyPatch, settings: Settings) -> None:
    """The settings as GRANTBOX_* variables, as an operator sets them for the CLI."""
    for name, value in environment(settings).items():
        monkeypatch.setenv(name, value)


def applicant_sends(servers: Servers, applicant: str, program: str, raw: bytes) -> None:
    """The applicant's mail client submits over STARTTLS, as real ones do."""
    data = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    with smtplib.SMTP(servers.relay.host, servers.relay.port, timeout=10) as client:
        client.starttls(context=servers.ca.client_context())
        client.sendmail(applicant, [program], data)


def grantbox_runs(settings: Settings, store: Store) -> tuple[IntakeReport, SendReport]:
    mailbox = open_mailbox(settings)
    try:
        return run_intake(settings, store, mailbox), send_pending(settings, store, mailbox)
    finally:
        mailbox.close()


def inbox(dovecot: Dovecot, address: str) -> list[EmailMessage]:
    return [
        message_from_bytes(raw, policy=policy.default)  # type: ignore[misc]
        for raw in dovecot.messages(address)
    ]


def tls_logins(dovecot: Dovecot, address: str) -> int:
    """IMAP logins of ``address`` over TLS, by Dovecot's log ("…, TLS, …"). The test helpers
    (append, messages) use the plain port: their logins say "secured" (loopback) instead."""
    logins = [
        line
        for line in dovecot.log_path.read_text(errors="replace").splitlines()
        if "imap-login: Info: Login:" in line and f"user=<{address}>" in line
    ]
    assert all(", TLS," in line or ", secured," in line for line in logins), logins
    return sum(", TLS," in line for line in logins)


def wait_for(condition: Callable[[], object], timeout: float) -> float:
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        if condition():
            return time.monotonic() - started
        time.sleep(0.05)
    raise AssertionError(f"not within {timeout} s")


# ---------------------------------------------------------------------------- end to end


@pytest.mark.parametrize(("imap_ssl", "smtp_security", "host"), TLS_MODES)
def test_an_application_is_recorded_and_answered_once_over_tls(
    servers, trust_ca, tmp_path, imap_ssl, smtp_security, host
):
    dc, relay = servers.dovecot, servers.relay
    program, applicant = servers.pair(imap_ssl)
    settings = tls_settings(servers, program, tmp_path / "data", imap_ssl, smtp_security, host)
    store = open_store(settings)
    try:
        grantbox_runs(settings, store)  # the empty inbox: what follows is not backlog
        applicant_sends(
            servers,
            applicant,
            program,
            application_email(
                applicant,
                name="Ada Lovelace",
                to=program,
                attachments=[("Ada CV.pdf", resume_pdf(), "application/pdf")],
            ),
        )
        dc.wait_for_messages(program, 1)

        report, sent = grantbox_runs(settings, store)
        assert (report.applications_created, sent.sent, sent.errors) == (1, 1, [])
        with store.sessions() as session:
            [app] = [a for a in list_applications(session) if a["email"] == applicant]
            outbox = list_outbox(session)
        assert app["status"] == "questions_sent"
        assert [(o["kind"], o["status"]) for o in outbox] == [("questions", "sent")]
        [questions] = inbox(dc, applicant)
        assert questions["X-Grantbox"] == "questions"

        # Again: the Bcc copy of our questions is recorded, nothing is answered twice.
        report, sent = grantbox_runs(settings, store)
        assert (report.applications_created, sent.sent) == (0, 0)
        assert len(inbox(dc, applicant)) == 1
    finally:
        store.dispose()

    # It really was TLS: every IMAP login of grantbox, and the SMTP session that took our mail.
    assert tls_logins(dc, program) == 3  # grantbox's three connections, each over TLS
    [ours] = [e for e in relay.envelopes if applicant in e.rcpt_tos and e.mail_from == program]
    assert ours.tls in ("TLSv1.2", "TLSv1.3"), ours.tls
    assert program in ours.rcpt_tos  # the Bcc that proves delivery went the same way


# --------------------------------------------------------------------------- grantbox check

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


@pytest.mark.parametrize(("imap_ssl", "smtp_security", "host"), TLS_MODES)
def test_check_passes_over_tls(
    servers, trust_ca, tmp_path, capsys, monkeypatch, imap_ssl, smtp_security, host
):
    program, _ = servers.pair(f"check-{imap_ssl}")
    settings = tls_settings(servers, program, tmp_path / "data", imap_ssl, smtp_security, host)
    set_env(monkeypatch, settings)
    code, out, err = grantbox(capsys, monkeypatch, "check", "--json")
    assert code == 0, out + err
    report = json.loads(out)
    assert report["ok"] is True and [s["name"] for s in report["steps"]] == STEPS
    steps = {s["name"]: s for s in report["steps"]}
    assert f"{host}:{settings.imap_port} ({imap_ssl})" in steps["IMAP sign-in"]["detail"]
    assert f"{host}:{settings.smtp_port} ({smtp_security})" in steps["SMTP sign-in"]["detail"]
    assert servers.dovecot.password(program) not in out + err


# ------------------------------------------------------------------- untrusted certificates


@pytest.mark.parametrize("trusted", ["the system's CAs only", "another CA"])
@pytest.mark.parametrize(("imap_ssl", "smtp_security", "host"), TLS_MODES)
def test_a_certificate_not_trusted_is_one_line_naming_the_server_and_the_fix(
    servers, tmp_path, capsys, monkeypatch, trusted, imap_ssl, smtp_security, host
):
    if trusted == "another CA":
        other = TestCA(tmp_path / "other-ca", name="someone else's CA")
        monkeypatch.setenv("SSL_CERT_FILE", str(other.ca_file))
    else:
        monkeypatch.delenv("SSL_CERT_FILE", raising=False)
        monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    program, _ = servers.pair(f"untrusted-{imap_ssl}")
    settings = tls_settings(servers, program, tmp_path / "data", imap_ssl, smtp_security, host)
    set_env(monkeypatch, settings)

    code, out, err = grantbox(capsys, monkeypatch, "check")
    assert code == 1 and err == "", err
    failed = [line for line in out.splitlines() if line.startswith("✗")]
    assert [line.split(":", 1)[0] for line in failed] == ["✗ IMAP sign-in", "✗ SMTP sign-in"]
    for line, port, setting in (
        (failed[0], settings.imap_port, "GRANTBOX_IMAP_HOST"),
        (failed[1], settings.smtp_port, "GRANTBOX_SMTP_HOST"),
    ):
        assert f"{host}:{port}" in line, line  # the server
        assert "TLS certificate was not trusted" in line, line  # what happened
        assert "install that CA's certificate" in line and setting in line, line  # the fix
        assert "_ssl.c" not in line and "[SSL:" not in line, line  # not OpenSSL's words
    assert "✓ database" in out  # what does not need TLS is still checked
    assert settings.imap_password.get_secret_value() not in out + err

    # A pass is one line on stderr, exit 1.
    code, out, err = grantbox(capsys, monkeypatch, "intake")
    assert code == 1, out + err
    [line] = err.strip().splitlines()
    assert line.startswith("grantbox: ") and f"{host}:{settings.imap_port}" in line, line
    assert "TLS certificate was not trusted" in line and "GRANTBOX_IMAP_HOST" in line, line


def test_a_certificate_for_another_host_name_is_named_as_such(
    servers, trust_ca, tmp_path, capsys, monkeypatch
):
    """The CA is trusted, but the relay's certificate is for smtp.example.test only."""
    elsewhere = TestCA(tmp_path / "elsewhere-ca", hosts=("smtp.example.test",))
    bundle = tmp_path / "bundle.pem"
    bundle.write_bytes(servers.ca.ca_file.read_bytes() + elsewhere.ca_file.read_bytes())
    monkeypatch.setenv("SSL_CERT_FILE", str(bundle))
    program, _ = servers.pair("hostname")
    with SmtpRelay(servers.dovecot, tls=elsewhere) as relay:
        settings = tls_settings(
            servers, program, tmp_path / "data", "ssl", "ssl", smtp_port=relay.ssl_port
        )
        set_env(monkeypatch, settings)
        code, out, err = grantbox(capsys, monkeypatch, "check")
    assert code == 1, out + err
    failed = [line for line in out.splitlines() if line.startswith("✗")]
    assert len(failed) == 1 and failed[0].startswith("✗ SMTP sign-in"), out
    assert "✓ IMAP sign-in" in out
    assert f"127.0.0.1:{relay.ssl_port}" in failed[0]
    assert "TLS certificate is not for this host name" in failed[0], failed[0]
    assert "GRANTBOX_SMTP_HOST" in failed[0], failed[0]


# ---------------------------------------------------------------------------- grantbox watch


@pytest.mark.parametrize("imap_ssl", ["ssl", "starttls"])
def test_watch_over_tls_answers_during_idle_and_comes_back_after_the_server_dies(
    servers, trust_ca, tmp_path, imap_ssl
):
    dc = servers.dovecot
    program, applicant = servers.pair(f"watch-{imap_ssl}")
    target = dc.imaps_port if imap_ssl == "ssl" else dc.imap_port
    with FaultProxy(dc.host, target) as proxy:  # TCP only: TLS goes through end to end
        settings = tls_settings(
            servers,
            program,
            tmp_path / "data",
            imap_ssl,
            "starttls",
            imap_port=proxy.port,
            imap_timeout=5.0,
        )
        store = open_store(settings)
        grantbox_runs(settings, store)  # the empty inbox: what follows is not backlog
        # Reconciliation and IDLE re-issue far away: only IDLE, and noticing the dead
        # connection itself, can explain a quick reaction.
        watcher = Watcher(settings, store, reconcile_seconds=3600, reissue_seconds=3600)
        thread = threading.Thread(target=watcher.run, daemon=True)
        thread.start()

        def beat() -> dict:
            try:
                return dict(json.loads(heartbeat_path(settings).read_text()))
            except (OSError, ValueError):
                return {}

        def recorded(subject: str) -> int:
            with store.sessions() as session:
                return sum(1 for m in list_messages(session) if m["subject"] == subject)

        def arrives(subject: str, *, resume: bool = False) -> None:
            files = [("cv.pdf", resume_pdf(), "application/pdf")] if resume else []
            dc.append(
                program,
                application_email(applicant, to=program, subject=subject, attachments=files),
            )

        try:
            wait_for(lambda: watcher.idling and watcher.passes >= 1, 30)
            # Mail during IDLE: recorded and answered within seconds.
            arrives("Application over TLS", resume=True)
            latency = wait_for(lambda: len(dc.messages(applicant)) == 1, 10)
            assert [m["X-Grantbox"] for m in inbox(dc, applicant)] == ["questions"]
            wait_for(lambda: watcher.idling, 10)

            # The server dies: its TLS connections end, new ones are refused.
            proxy.down()
            first: dict = {}

            def failing() -> bool:
                first.update(beat())
                return first.get("state") in ("error", "reconnecting")

            noticed = wait_for(failing, 5)
            # Named as what it is: the server (by name) closed a working connection. Not a
            # TLS setting to fix, which OpenSSL's "EOF occurred in violation of protocol"
            # on writing DONE would suggest.
            error = str(first["error"])
            assert f"the IMAP server 127.0.0.1:{proxy.port}" in error, error
            assert "closed the connection during IDLE" in error, error
            assert "GRANTBOX_IMAP_SSL" not in error and "_ssl.c" not in error, error
            assert not watcher.idling
            arrives("Sent while the server was down")
            time.sleep(1.5)

            # Back: reconnected (over TLS again), and the mail taken in, within seconds.
            proxy.up()
            back = wait_for(lambda: recorded("Sent while the server was down") == 1, 10)
            wait_for(lambda: watcher.idling and beat().get("state") == "idle", 10)
            assert beat()["error"] is None, beat()
        finally:
            watcher.stop()
            proxy.up()
            thread.join(timeout=15)
            try:
                with store.sessions() as session:
                    messages = list_messages(session)
            finally:
                store.dispose()
        assert not thread.is_alive()
    print(f"\n{imap_ssl}: answered {latency:.1f} s, noticed {noticed:.1f} s, back {back:.1f} s")
    assert latency < 10 and noticed < 5 and back < 10, (latency, noticed, back)

    # Nothing recorded twice, nothing answered twice.
    ids = [m["message_id"] for m in messages]
    assert len(ids) == len(set(ids)), ids
    assert recorded_once(messages, "Application over TLS")
    assert recorded_once(messages, "Sent while the server was down")
    assert [m["X-Grantbox"] for m in inbox(dc, applicant)] == ["questions"]
    assert tls_logins(dc, program) >= 4  # before, during and after the outage


def recorded_once(messages: list[dict], subject: str) -> bool:
    return sum(1 for m in messages if m["subject"] == subject) == 1


def test_the_test_servers_want_tls_and_a_trusted_certificate(servers, tmp_path):
    """The relay's submission port wants STARTTLS first (so a send that passed was
    encrypted), and a client that trusts another CA is refused by its own verification."""
    with smtplib.SMTP(servers.relay.host, servers.relay.port, timeout=10) as client:
        client.ehlo()
        code, _ = client.mail("someone@example.test")
        assert code == 530  # 5.7.0 Must issue a STARTTLS command first
    other = ssl.create_default_context(cafile=str(TestCA(tmp_path / "other").ca_file))
    with pytest.raises(ssl.SSLCertVerificationError):
        smtplib.SMTP_SSL(servers.relay.host, servers.relay.ssl_port, context=other, timeout=10)
