"""OAuth2 sign-in end to end, against real servers: a local authorization server (authlib,
tests/oauthserver.py), Dovecot validating XOAUTH2/OAUTHBEARER by introspection, an SMTP relay
doing the same, and both databases.

The generic provider (authlib) is exercised fully; google-auth's refresh path runs against
the same local token endpoint (GRANTBOX_OAUTH_TOKEN_URL replaces Google's). msal's Microsoft
endpoints are not faked: the Microsoft paths are tested for their settings only
(tests/unit/test_oauth.py)."""

from __future__ import annotations

import itertools
import logging
import os
import secrets
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator

import pytest
from sqlalchemy import func, select
from typer.testing import CliRunner

from grantbox import oauth
from grantbox.authcli import auth_app
from grantbox.config import Settings
from grantbox.errors import MailboxSignInError, OutboxSignInError
from grantbox.intake import open_mailbox
from grantbox.sender import open_smtp
from grantbox.store.tables import Message, OAuthToken, OutboxRow
from tests.factories import application_email
from tests.incli import subprocess_environment, use_settings
from tests.mailservers import Dovecot, SmtpRelay
from tests.oauthserver import OAuthServer
from tests.passes import intake_once, send_once

_counter = itertools.count(1)


@pytest.fixture(scope="module")
def auth_server() -> Iterator[OAuthServer]:
    with OAuthServer() as server:
        yield server


@pytest.fixture(scope="module")
def oauth_dovecot(
    tmp_path_factory: pytest.TempPathFactory, auth_server: OAuthServer
) -> Iterator[Dovecot]:
    with Dovecot(base_dir=tmp_path_factory.mktemp("dovecot-oauth"), oauth2=auth_server) as dc:
        yield dc


@pytest.fixture(scope="module")
def oauth_relay(oauth_dovecot: Dovecot, auth_server: OAuthServer) -> Iterator[SmtpRelay]:
    with SmtpRelay(oauth_dovecot, oauth=auth_server) as relay:
        yield relay


class Account:
    """A program mailbox that only OAuth2 opens, a registered client and a consent."""

    def __init__(self, dovecot: Dovecot, auth: OAuthServer, tag: str) -> None:
        self.address, _ = dovecot.add_user(f"oauth{tag}-{os.getpid()}")
        self.client_id = f"grantbox-{tag}-{os.getpid()}"
        self.client_secret = "cs-" + secrets.token_urlsafe(16)
        auth.register_client(self.client_id, self.client_secret)
        self.refresh_token = auth.issue_refresh_token(self.client_id, self.address)


@pytest.fixture
def account(oauth_dovecot, auth_server) -> Account:
    auth_server.reset_counters()
    auth_server.rotate_refresh_tokens = False
    auth_server.access_token_lifetime = 3600
    auth_server.token_endpoint_delay = 0.0
    return Account(oauth_dovecot, auth_server, str(next(_counter)))


@pytest.fixture
def oauth_settings(
    oauth_dovecot, oauth_relay, auth_server, account, tmp_path
) -> Iterator[Callable[..., Settings]]:
    def make(**overrides: object) -> Settings:
        values: dict[str, object] = {
            "data_dir": tmp_path / "data",
            "imap_host": oauth_dovecot.host,
            "imap_port": oauth_dovecot.imap_port,
            "imap_ssl": "plain",
            "imap_user": account.address,  # and no password at all
            "from_address": account.address,
            "smtp_host": oauth_relay.host,
            "smtp_port": oauth_relay.port,
            "smtp_security": "plain",
            "extract_workers": 1,
            "auth": "oauth2",
            "oauth_provider": "generic",
            "oauth_token_url": auth_server.token_url,
            "oauth_client_id": account.client_id,
            "oauth_client_secret": account.client_secret,
            "oauth_refresh_token": account.refresh_token,
        }
        values.update(overrides)
        return Settings(**values)  # type: ignore[arg-type]

    yield make
    oauth.forget_cached()


def _apply(dovecot: Dovecot, mailbox: str, sender: str) -> None:
    dovecot.append(mailbox, application_email(sender, name="Ada Applicant", to=mailbox))


def _message_count(store) -> int:
    with store.reading() as session:
        return int(session.scalar(select(func.count()).select_from(Message)) or 0)


def _secrets(auth: OAuthServer, account: Account) -> list[str]:
    tokens = [t.token for t in auth.access_tokens(account.address)]
    tokens += [account.client_secret, account.refresh_token]
    return [t for t in tokens if t]


@pytest.mark.parametrize("mechanism", ["xoauth2", "oauthbearer"])
def test_intake_and_send_sign_in_by_oauth2(
    mechanism,
    database_url,
    oauth_settings,
    store_for,
    oauth_dovecot,
    oauth_relay,
    auth_server,
    account,
    caplog,
):
    caplog.set_level(logging.DEBUG)
    settings = oauth_settings(database_url=database_url, oauth_mechanism=mechanism)
    store = store_for(settings)
    assert intake_once(settings, store).recorded == 0  # first connection: nothing yet
    _apply(oauth_dovecot, account.address, "ada@mail.test")
    report = intake_once(settings, store)
    assert (report.recorded, report.errors) == (1, 0)
    sent = send_once(settings, store)
    assert sent.sent == 1, sent
    envelope = oauth_relay.envelopes[-1]
    assert envelope.auth_mechanism == mechanism.upper()
    assert envelope.auth_user.lower() == account.address.lower()
    assert "ada@mail.test" in envelope.rcpt_tos
    # One token served both protocols and every pass: it is shared through the database.
    assert auth_server.token_requests["refresh_token"] == 1
    with store.reading() as session:
        row = session.scalars(select(OAuthToken)).one()
        assert row.refresh_token == account.refresh_token and row.refreshes == 1
    for secret in _secrets(auth_server, account):
        assert secret not in caplog.text


def test_a_token_expiring_between_passes_is_refreshed_and_nothing_is_missed(
    sqlite_url, oauth_settings, store_for, oauth_dovecot, auth_server, account
):
    auth_server.access_token_lifetime = 2
    settings = oauth_settings(database_url=sqlite_url)
    store = store_for(settings)
    intake_once(settings, store)
    assert auth_server.token_requests["refresh_token"] == 1
    for i in range(2):
        _apply(oauth_dovecot, account.address, f"late{i}@mail.test")
        time.sleep(2.2)  # the access token has expired
        assert intake_once(settings, store).recorded == 1
        assert auth_server.token_requests["refresh_token"] == 2 + i
    # A token the server stops honouring before its time: refused once, refreshed, retried.
    auth_server.access_token_lifetime = 3600
    intake_once(settings, store)
    before = auth_server.token_requests["refresh_token"]
    auth_server.expire_all_access_tokens()
    _apply(oauth_dovecot, account.address, "third@mail.test")
    assert intake_once(settings, store).recorded == 1
    assert auth_server.token_requests["refresh_token"] == before + 1
    assert _message_count(store) == 3


def test_a_revoked_refresh_token_is_one_line_and_nothing_is_recorded_twice(
    database_url, oauth_settings, store_for, oauth_dovecot, oauth_relay, auth_server, account
):
    settings = oauth_settings(database_url=database_url)
    store = store_for(settings)
    intake_once(settings, store)
    _apply(oauth_dovecot, account.address, "before@mail.test")
    assert intake_once(settings, store).recorded == 1

    auth_server.revoke(account.refresh_token)  # the consent, and its access tokens
    _apply(oauth_dovecot, account.address, "during@mail.test")
    with pytest.raises(MailboxSignInError) as e:
        intake_once(settings, store)
    message = str(e.value)
    assert message == (
        "the refresh token was refused (invalid_grant): run `grantbox auth login` again, or "
        "set GRANTBOX_OAUTH_REFRESH_TOKEN to a new one"
    )
    with pytest.raises(OutboxSignInError) as smtp_error:
        open_smtp(settings)
    assert str(smtp_error.value) == message
    for secret in _secrets(auth_server, account):
        assert secret not in message

    # The fix: a new consent in the setting. The mail that came meanwhile is taken in once.
    fresh = auth_server.issue_refresh_token(account.client_id, account.address)
    fixed = oauth_settings(database_url=database_url, oauth_refresh_token=fresh)
    assert intake_once(fixed, store).recorded == 1
    assert intake_once(fixed, store).recorded == 0
    assert _message_count(store) == 2
    assert send_once(fixed, store).sent == 2  # the replies to "before" and "during", once
    assert send_once(fixed, store).sent == 0
    with store.reading() as session:
        assert session.scalar(select(func.count()).select_from(OutboxRow)) == 2


def test_a_rotated_refresh_token_is_saved_and_used_by_the_next_process(
    sqlite_url, oauth_settings, store_for, auth_server, account
):
    auth_server.rotate_refresh_tokens = True
    settings = oauth_settings(database_url=sqlite_url)
    store = store_for(settings)
    intake_once(settings, store)
    with store.reading() as session:
        rotated = session.scalars(select(OAuthToken)).one().refresh_token
    assert rotated and rotated != account.refresh_token  # the old one is dead now
    oauth.forget_cached()  # as a new process would start
    auth_server.expire_all_access_tokens()
    intake_once(settings, store)  # the setting still holds the old token: the stored one wins
    assert auth_server.token_requests["refresh_token"] == 2


def test_two_processes_needing_a_token_at_once_refresh_once(
    database_url, oauth_settings, store_for, auth_server, account, tmp_path
):
    settings = oauth_settings(database_url=database_url)
    store_for(settings)  # the schema, before the workers race for the token
    auth_server.token_endpoint_delay = 1.0
    env = subprocess_environment(settings)
    script = (
        "from grantbox.config import load_settings\n"
        "from grantbox.oauth import check_token\n"
        "print(check_token(load_settings()))\n"
    )
    workers = [
        subprocess.Popen(
            [sys.executable, "-c", script],
            env=env,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(3)
    ]
    outputs = [w.communicate(timeout=120) for w in workers]
    assert all(w.returncode == 0 for w in workers), outputs
    assert auth_server.token_requests["refresh_token"] == 1
    assert len({out for out, _ in outputs}) == 1  # the same token's expiry for all three
    text = "".join(out + err for out, err in outputs)
    assert "valid until" in text
    for secret in _secrets(auth_server, account):
        assert secret not in text


def test_client_credentials_sign_in(
    sqlite_url, oauth_settings, store_for, oauth_dovecot, auth_server, account
):
    app_id = f"grantbox-app-{account.client_id}"
    auth_server.register_client(app_id, "app-secret-xyz", act_as=account.address)
    settings = oauth_settings(
        database_url=sqlite_url,
        oauth_flow="client_credentials",
        oauth_client_id=app_id,
        oauth_client_secret="app-secret-xyz",
        oauth_refresh_token="",
    )
    store = store_for(settings)
    intake_once(settings, store)
    _apply(oauth_dovecot, account.address, "cc@mail.test")
    assert intake_once(settings, store).recorded == 1
    assert send_once(settings, store).sent == 1
    assert auth_server.token_requests["client_credentials"] == 1
    assert auth_server.token_requests["refresh_token"] == 0


def test_google_auth_refreshes_against_the_configured_token_endpoint(
    sqlite_url, oauth_settings, store_for, auth_server, account
):
    """google-auth's refresh grant, through the real library, to the local server."""
    consent = auth_server.issue_refresh_token(
        account.client_id, account.address, scope="https://mail.google.com/"
    )
    settings = oauth_settings(
        database_url=sqlite_url, oauth_provider="google", oauth_refresh_token=consent
    )
    store = store_for(settings)
    assert oauth.resolve(settings).scopes == ("https://mail.google.com/",)
    mailbox = open_mailbox(settings)
    mailbox.close()
    assert auth_server.token_requests["refresh_token"] == 1
    assert "valid until" in oauth.check_token(settings)
    auth_server.revoke(consent)
    oauth.forget_cached()
    with store.transaction() as session:
        session.execute(OAuthToken.__table__.update().values(access_token=None))
    with pytest.raises(
        MailboxSignInError, match=r"^the refresh token was refused \(invalid_grant\)"
    ):
        open_mailbox(settings)


def test_a_token_for_another_user_is_refused_with_the_fix(
    sqlite_url, oauth_settings, oauth_dovecot, auth_server, account
):
    other, _ = oauth_dovecot.add_user(f"other{next(_counter)}-{os.getpid()}")
    settings = oauth_settings(database_url=sqlite_url, imap_user=other, from_address=other)
    with pytest.raises(MailboxSignInError) as e:
        open_mailbox(settings)
    assert str(e.value).startswith(
        f"IMAP {oauth_dovecot.host} refused the OAuth2 token for {other}"
    )
    assert "GRANTBOX_IMAP_USER" in str(e.value)
    assert auth_server.token_requests["refresh_token"] == 2  # refreshed once, tried again


def test_auth_commands_never_print_a_token(
    sqlite_url, oauth_settings, auth_server, account, monkeypatch, tmp_path
):
    settings = oauth_settings(database_url=sqlite_url, oauth_refresh_token="")
    use_settings(monkeypatch, settings)
    runner = CliRunner()
    out = []
    result = runner.invoke(auth_app, ["status"])
    assert result.exit_code == 0, result.output
    assert "refresh token: none" in result.output
    out.append(result.output)
    result = runner.invoke(
        auth_app, ["login", "--refresh-token-stdin"], input=account.refresh_token + "\n"
    )
    assert result.exit_code == 0, result.output
    assert "refresh token stored; generic OAuth2" in result.output
    out.append(result.output)
    result = runner.invoke(auth_app, ["status"])
    assert "refresh token: stored" in result.output and "valid until" in result.output
    out.append(result.output)
    result = runner.invoke(auth_app, ["status", "--json"])
    out.append(result.output)
    result = runner.invoke(auth_app, ["logout"])
    assert "forgot 1 stored token set(s)" in result.output
    out.append(result.output)
    result = runner.invoke(auth_app, ["status"])
    assert "refresh token: none" in result.output
    text = "".join(out)
    for secret in _secrets(auth_server, account):
        assert secret not in text


def test_the_cli_says_what_to_do_in_one_line_and_no_secret(
    sqlite_url, oauth_settings, store_for, oauth_dovecot, auth_server, account
):
    settings = oauth_settings(database_url=sqlite_url)
    store_for(settings)
    env = subprocess_environment(settings)
    cli = [sys.executable, "-m", "grantbox.cli"]
    ok = subprocess.run([*cli, "intake", "--send"], env=env, capture_output=True, text=True)
    assert ok.returncode == 0, ok.stderr
    auth_server.revoke(account.refresh_token)
    _apply(oauth_dovecot, account.address, "cli@mail.test")
    broken = subprocess.run([*cli, "intake"], env=env, capture_output=True, text=True)
    assert broken.returncode != 0
    lines = broken.stderr.strip().splitlines()
    assert len(lines) == 1, broken.stderr
    assert "invalid_grant" in lines[0] and "grantbox auth login" in lines[0]
    for secret in _secrets(auth_server, account):
        assert secret not in ok.stdout + ok.stderr + broken.stdout + broken.stderr


def test_smtp_can_sign_in_by_password_while_imap_uses_oauth2(
    sqlite_url, oauth_settings, store_for, oauth_dovecot, oauth_relay, auth_server, account
):
    settings = oauth_settings(
        database_url=sqlite_url,
        smtp_auth="password",
        smtp_user=account.address,
        smtp_password=oauth_dovecot.password(account.address),
    )
    store = store_for(settings)
    intake_once(settings, store)
    _apply(oauth_dovecot, account.address, "mixed@mail.test")
    assert intake_once(settings, store).recorded == 1
    assert send_once(settings, store).sent == 1
    assert oauth_relay.envelopes[-1].auth_mechanism in ("PLAIN", "LOGIN")


def test_a_refused_password_is_one_line_naming_the_settings(dovecot, make_settings, sqlite_url):
    settings = make_settings(database_url=sqlite_url, imap_password="not-the-password-42")
    with pytest.raises(MailboxSignInError) as e:
        open_mailbox(settings)
    message = str(e.value)
    assert message.startswith(f"IMAP {dovecot.host} refused the user or password (")
    assert message.endswith("check GRANTBOX_IMAP_USER and GRANTBOX_IMAP_PASSWORD")
    assert "not-the-password-42" not in message and "\n" not in message


def test_watch_outlives_its_tokens(
    sqlite_url, oauth_settings, store_for, oauth_dovecot, auth_server, account
):
    """`grantbox watch` over hours, shortened: access tokens that live 3 s, a session cut
    by the server; every connection after that signs in with a refreshed token and every
    email is recorded once."""
    from grantbox.watch import Watcher

    auth_server.access_token_lifetime = 3
    settings = oauth_settings(database_url=sqlite_url)
    store = store_for(settings)
    watcher = Watcher(settings, store, reconcile_seconds=3600, reissue_seconds=2)
    thread = threading.Thread(target=watcher.run, daemon=True)
    thread.start()
    try:
        _wait_for(lambda: watcher.idling, 30)
        for i in range(2):
            time.sleep(3.5)  # every token issued so far has expired
            if i == 1:
                oauth_dovecot.kick(account.address)  # the server drops the IDLE session
            _apply(oauth_dovecot, account.address, f"watch{i}@mail.test")
            _wait_for(lambda n=i: _message_count(store) == n + 1, 30)
    finally:
        watcher.stop()
        thread.join(timeout=15)
    assert _message_count(store) == 2
    # The first sign-in, and the reconnection after the cut (passes reuse their connection).
    assert auth_server.token_requests["refresh_token"] >= 2


def _wait_for(condition: Callable[[], bool], timeout: float) -> None:
    started = time.monotonic()
    while time.monotonic() - started < timeout:
        if condition():
            return
        time.sleep(0.05)
    raise AssertionError(f"not within {timeout} s")


def test_a_server_without_the_mechanism_is_named_before_any_token_is_asked(
    dovecot, make_settings, sqlite_url
):
    settings = make_settings(
        database_url=sqlite_url,
        auth="oauth2",
        oauth_provider="generic",
        oauth_token_url="https://auth.invalid/token",
        oauth_client_id="grantbox",
        oauth_refresh_token="never-sent",
    )
    with pytest.raises(MailboxSignInError) as e:
        open_mailbox(settings)
    assert str(e.value).startswith(f"IMAP {dovecot.host} does not offer XOAUTH2 sign-in")
    assert "never-sent" not in str(e.value)


def test_check_refreshes_the_token_and_signs_in_by_oauth2(
    oauth_settings, auth_server, account, capsys, monkeypatch
):
    """`grantbox check` on a working OAuth2 setup: the token is refreshed (proving the refresh
    token), both servers are signed in to by XOAUTH2; once the consent is revoked, the token
    step fails with the fix, and no secret is printed either way."""
    import json

    from tests.incli import grantbox

    settings = oauth_settings()
    use_settings(monkeypatch, settings)

    code, out, err = grantbox(capsys, monkeypatch, "check", "--json")
    assert code == 0, out + err
    steps = {s["name"]: s for s in json.loads(out)["steps"]}
    assert steps["OAuth2 token"]["ok"] and "valid until" in steps["OAuth2 token"]["detail"]
    assert "by OAuth2 (XOAUTH2)" in steps["IMAP sign-in"]["detail"]
    assert "by OAuth2 (XOAUTH2)" in steps["SMTP sign-in"]["detail"]
    assert auth_server.token_requests["refresh_token"] >= 1

    auth_server.revoke(account.refresh_token)
    code, out2, err2 = grantbox(capsys, monkeypatch, "check")
    assert code == 1
    [token_line] = [line for line in out2.splitlines() if "OAuth2 token" in line]
    assert token_line.startswith("✗") and "grantbox auth login" in token_line, token_line
    for secret in _secrets(auth_server, account):
        assert secret not in out + err + out2 + err2
