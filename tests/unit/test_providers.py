"""Provider profiles fill what the operator did not set; throttling answers are recognised;
Gmail's X-GM-MSGID keeps one message one (Dovecot has no X-GM-EXT-1: the identity logic is
tested here on a real SQLite store, with messages parsed by the real pool)."""

from __future__ import annotations

import io
from email.message import EmailMessage
from pathlib import Path

import pytest
from sqlalchemy import select

from grantbox.blobs import BlobStore
from grantbox.config import Settings, load_settings
from grantbox.errors import ConfigError, MailboxError
from grantbox.extraction import ExtractionPool
from grantbox.intake import (
    GMAIL_ID_FOLDER,
    by_gmail_id,
    gmail_id_key,
    load_state,
    prepare_now,
    record,
)
from grantbox.mailbox import FetchedMessage, FolderStatus
from grantbox.progress import SyncProgress
from grantbox.providers import PROFILES, throttled
from grantbox.store import open_store
from grantbox.store.tables import Message, MessageLocation
from grantbox.watch import _bye


@pytest.fixture(autouse=True)
def _no_environment(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    import os

    for name in list(os.environ):
        if name.startswith("GRANTBOX_"):
            monkeypatch.delenv(name)
    monkeypatch.setenv("GRANTBOX_CONFIG", str(tmp_path / "none.toml"))


@pytest.mark.parametrize(
    ("name", "imap", "smtp", "sent", "copy"),
    [
        ("gmail", ("imap.gmail.com", 993, "ssl"), ("smtp.gmail.com", 465, "ssl"),
         "[Gmail]/Sent Mail", "provider"),
        ("microsoft365", ("outlook.office365.com", 993, "ssl"),
         ("smtp.office365.com", 587, "starttls"), "Sent Items", "provider"),
        ("fastmail", ("imap.fastmail.com", 993, "ssl"), ("smtp.fastmail.com", 465, "ssl"),
         "Sent", "append"),
        ("icloud", ("imap.mail.me.com", 993, "ssl"), ("smtp.mail.me.com", 587, "starttls"),
         "Sent Messages", "append"),
        ("yahoo", ("imap.mail.yahoo.com", 993, "ssl"), ("smtp.mail.yahoo.com", 465, "ssl"),
         "Sent", "append"),
    ],
)  # fmt: skip
def test_a_profile_fills_hosts_ports_security_and_folders(name, imap, smtp, sent, copy):
    s = Settings(provider=name)
    assert (s.imap_host, s.resolved_imap_port, s.imap_ssl) == imap
    assert (s.smtp_host, s.smtp_port, s.smtp_security) == smtp
    assert (s.sent_folder, s.sent_copy) == (sent, copy)


def test_the_environment_names_the_provider(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("GRANTBOX_PROVIDER", "microsoft365")
    monkeypatch.setenv("GRANTBOX_SENT_COPY", "append")
    monkeypatch.setenv("GRANTBOX_IMAP_HOST", "imap.proxy.example.org")
    s = load_settings()
    assert s.imap_host == "imap.proxy.example.org"  # explicit wins
    assert s.smtp_host == "smtp.office365.com"  # the rest from the profile
    assert s.sent_copy == "append"
    assert s.sent_folder == "Sent Items"


def test_explicit_settings_always_win_and_a_port_goes_with_its_security():
    s = Settings(
        provider="gmail",
        imap_ssl="starttls",
        smtp_port=587,
        sent_folder="Outbox",
        sent_copy="append",
        authserv_ids="",
        reply_tokens=False,
    )
    assert s.imap_host == "imap.gmail.com"
    assert s.imap_port is None and s.resolved_imap_port == 143  # starttls's own port
    assert (s.smtp_port, s.smtp_security) == (587, "ssl")
    assert (s.sent_folder, s.sent_copy, s.authserv_ids, s.reply_tokens) == (
        "Outbox",
        "append",
        "",
        False,
    )


def test_generic_and_no_provider_fill_nothing():
    for s in (Settings(), Settings(provider="generic")):
        assert s.imap_host is None and s.smtp_host is None
        assert (s.sent_folder, s.sent_copy, s.authserv_ids) == ("Sent", "append", "")
    assert PROFILES["generic"].imap_host is None


def test_an_unknown_provider_is_a_one_line_error(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setenv("GRANTBOX_PROVIDER", "hotmail")
    with pytest.raises(ConfigError) as e:
        load_settings()
    assert "GRANTBOX_PROVIDER" in str(e.value) and "\n" not in str(e.value)


def test_a_profile_survives_a_round_trip_through_the_environment(monkeypatch):
    # The tests (and operators' scripts) dump settings to GRANTBOX_* and load them again.
    s = Settings(provider="gmail", imap_host="127.0.0.1", imap_port=1143, imap_ssl="plain")
    for field, value in s.model_dump().items():
        if value is not None:
            raw = value.get_secret_value() if hasattr(value, "get_secret_value") else value
            raw = ",".join(raw) if isinstance(raw, list) else raw
            monkeypatch.setenv(f"GRANTBOX_{field.upper()}", str(raw))
    again = load_settings()
    assert (again.imap_host, again.imap_port, again.sent_copy) == ("127.0.0.1", 1143, "provider")


@pytest.mark.parametrize(
    "answer",
    [
        "b'[THROTTLED] Account exceeded command or bandwidth limits.'",
        "Request is throttled. Suggested Backoff Time: 86000 milliseconds",
        "* BYE [UNAVAILABLE] Temporary System Error",
        "NO [UNAVAILABLE] Temporary authentication failure",
    ],
)
def test_throttling_answers_are_recognised_through_wrapping_errors(answer):
    try:
        try:
            raise OSError(answer)
        except OSError as inner:
            raise MailboxError("cannot log in to IMAP imap.gmail.com:993") from inner
    except MailboxError as e:
        said = throttled(e)
    assert said is not None and len(said) <= 300


@pytest.mark.parametrize(
    "answer",
    ["[AUTHENTICATIONFAILED] Invalid credentials", "connection reset by peer", "[ALERT] x"],
)
def test_other_failures_are_not_throttling(answer):
    assert throttled(MailboxError(answer)) is None


def test_bye_is_read_from_idle_responses():
    assert _bye([(b"BYE", b"Server", b"shutting", b"down.")]) == "Server shutting down."
    assert _bye([(1, b"EXISTS")]) is None
    assert _bye([(b"BYE", b"[UNAVAILABLE]", b"Temporary", b"System", b"Error")]) is not None


def test_plain_progress_lines_are_periodic_and_quiet_for_small_passes():
    out = io.StringIO()
    with SyncProgress(stream=out, terminal=False, interval=0.0, min_total=10) as p:
        for i in range(6):
            p(i, 5)  # below min_total: nothing
    assert out.getvalue() == ""
    with SyncProgress(stream=out, terminal=False, interval=3600, min_total=10) as p:
        for i in range(101):
            p(i, 100)
    lines = out.getvalue().splitlines()
    assert len(lines) == 1 and lines[0].startswith("taking in mail: 100/100 emails (100 %)")


# -- Gmail: one message under several labels is one message -----------------------------------


def _email(subject: str, extra: str = "") -> bytes:
    m = EmailMessage()
    m["From"] = "Ada <ada@example.net>"
    m["To"] = "grants@example.org"
    m["Subject"] = subject
    m["Message-ID"] = "<one@example.net>"
    if extra:
        m["X-Label-Note"] = extra  # bytes that differ between two sightings
    m.set_content("Hello, a question about the grant.\n")
    return m.as_bytes()


@pytest.fixture
def recorder(tmp_path: Path):
    settings = Settings(data_dir=tmp_path / "data", extract_workers=1)
    store = open_store(settings)
    blobs = BlobStore(settings.blob_dir)
    pool = ExtractionPool(workers=1, timeout=30)
    status = FolderStatus(uidvalidity=7, uidnext=1, exists=0, highestmodseq=None)

    def run(fetched: FetchedMessage, folder: str = "INBOX") -> str:
        prepared = prepare_now(fetched, pool, settings)
        with store.transaction() as session:
            state = load_state(session, folder, status)
            session.flush()
            outcome, _filing = record(session, blobs, state, prepared, settings)
        return outcome

    try:
        yield run, store
    finally:
        pool.close()
        store.dispose()


def test_gmail_id_keeps_one_message_one_even_when_its_bytes_differ(recorder):
    run, store = recorder
    gm = 1278455344230334865
    assert run(FetchedMessage(1, 100, _email("Hi", "INBOX"), gm_msgid=gm)) == "recorded"
    # The same Gmail message under another label, with bytes that differ: still one.
    assert run(FetchedMessage(5, 100, _email("Hi", "Label"), gm_msgid=gm), "Grants") == "duplicate"
    # Another message that shares the Message-ID but not the Gmail id: two, as before.
    assert run(FetchedMessage(2, 100, _email("Hi", "other"), gm_msgid=gm + 1)) == "recorded"
    with store.sessions() as session:
        messages = session.scalars(select(Message)).all()
        assert len(messages) == 2
        first = by_gmail_id(session, gm)
        assert first is not None
        places = {(loc.folder, loc.uid) for loc in first.locations}
        assert places == {("INBOX", 1), ("Grants", 5), (GMAIL_ID_FOLDER, gm)}


def test_without_gmail_ids_identity_is_message_id_and_content(recorder):
    run, store = recorder
    assert run(FetchedMessage(1, 100, _email("Hi"))) == "recorded"
    assert run(FetchedMessage(2, 100, _email("Hi"))) == "duplicate"
    assert run(FetchedMessage(3, 100, _email("Hi", "differs"))) == "recorded"
    with store.sessions() as session:
        folders = set(session.scalars(select(MessageLocation.folder)))
    assert folders == {"INBOX"}


def test_gmail_ids_above_2_63_fit_the_signed_column():
    assert gmail_id_key(2**64 - 1) == -1 and gmail_id_key(2**63) == -(2**63)
    assert gmail_id_key(12345) == 12345
