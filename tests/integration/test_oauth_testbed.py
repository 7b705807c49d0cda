"""The OAuth2 testbed works with real clients: the authorization server (tests/oauthserver.py),
Dovecot's oauth2 passdb (XOAUTH2 / OAUTHBEARER over IMAP) and the SMTP relay's XOAUTH2 /
OAUTHBEARER, driven by imapclient, smtplib, httpx and authlib's own OAuth2 client."""

from __future__ import annotations

import itertools
import logging
import smtplib
import threading
import time
from collections.abc import Callable, Iterator
from email.message import EmailMessage
from pathlib import Path

import httpx
import imapclient
import pytest
from authlib.integrations.httpx_client import OAuth2Client
from imapclient.exceptions import LoginError

from tests.mailservers import Dovecot, SmtpRelay, dovecot_available
from tests.oauthserver import OAuthServer

CLIENT_ID = "grantbox-test"
CLIENT_SECRET = "client-secret-for-tests"
SCOPE = "mail"

_names = itertools.count(1)


@pytest.fixture(scope="module")
def auth() -> Iterator[OAuthServer]:
    with OAuthServer() as server:
        server.register_client(CLIENT_ID, CLIENT_SECRET, scopes=[SCOPE, "profile"])
        yield server


@pytest.fixture(scope="module")
def dovecot(auth: OAuthServer, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Dovecot]:
    if not dovecot_available():
        pytest.skip("Dovecot 2.3 + LMTP not installed (scripts/install-system-deps.sh)")
    with Dovecot(oauth2=auth, base_dir=tmp_path_factory.mktemp("oauth-dovecot")) as server:
        yield server


@pytest.fixture(scope="module")
def relay(dovecot: Dovecot, auth: OAuthServer) -> Iterator[SmtpRelay]:
    with SmtpRelay(dovecot, oauth=auth) as server:
        yield server


@pytest.fixture
def user(dovecot: Dovecot) -> str:
    """A fresh mailbox address."""
    address, _password = dovecot.add_user(f"oauth{next(_names)}")
    return address


def refresh(auth: OAuthServer, refresh_token: str) -> httpx.Response:
    return httpx.post(
        auth.token_url,
        data={"grant_type": "refresh_token", "refresh_token": refresh_token},
        auth=(CLIENT_ID, CLIENT_SECRET),
    )


def introspect(auth: OAuthServer, token: str) -> dict[str, object]:
    response = httpx.post(
        auth.introspect_url,
        data={"token": token},
        auth=(auth.resource_client_id, auth.resource_client_secret),
    )
    assert response.status_code == 200
    answer: dict[str, object] = response.json()
    return answer


def xoauth2(user: str, token: str) -> Callable[..., str]:
    return lambda challenge=None: f"user={user}\x01auth=Bearer {token}\x01\x01"


def oauthbearer(user: str, token: str, port: int) -> Callable[..., str]:
    def answer(challenge: bytes | None = None) -> str:
        if challenge:  # the RFC 7628 error challenge: the client answers ^A
            return "\x01"
        return f"n,a={user},\x01host=127.0.0.1\x01port={port}\x01auth=Bearer {token}\x01\x01"

    return answer


def message(sender: str, to: str, subject: str) -> EmailMessage:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, to, subject
    msg.set_content("Sent with an OAuth2 sign-in.\n")
    return msg


MECHANISMS = ["XOAUTH2", "OAUTHBEARER"]


# ------------------------------------------------------------------------------- IMAP (Dovecot)


@pytest.mark.parametrize("mechanism", MECHANISMS)
def test_imap_accepts_a_fresh_token(
    dovecot: Dovecot, auth: OAuthServer, user: str, mechanism: str
) -> None:
    token = auth.issue_access_token(user, scope=SCOPE)
    client = dovecot.oauth2_client(user, token, mechanism=mechanism)  # type: ignore[arg-type]
    try:
        assert client.select_folder("INBOX")[b"EXISTS"] == 0
    finally:
        client.logout()
    assert f"user=<{user}>, method={mechanism}" in dovecot.log_path.read_text()
    assert token not in dovecot.log_path.read_text()


def test_imapclient_methods_directly(dovecot: Dovecot, auth: OAuthServer, user: str) -> None:
    token = auth.issue_access_token(user)
    for login in ("oauth2_login", "oauthbearer_login"):
        client = imapclient.IMAPClient(dovecot.host, dovecot.imap_port, ssl=False, timeout=10)
        getattr(client, login)(user, token)
        client.logout()


def test_dovecot_offers_the_mechanisms_and_writes_the_passdb(dovecot: Dovecot) -> None:
    address, _ = dovecot.add_user(f"caps{next(_names)}")
    with dovecot.session(address) as client:
        pass
    client = imapclient.IMAPClient(dovecot.host, dovecot.imap_port, ssl=False, timeout=10)
    try:
        caps = set(client.capabilities())
    finally:
        client.shutdown()
    assert {b"AUTH=XOAUTH2", b"AUTH=OAUTHBEARER", b"AUTH=PLAIN"} <= caps
    ext = (dovecot.root / "dovecot-oauth2.conf.ext").read_text()
    assert "introspection_mode = post" in ext
    assert "username_attribute = username" in ext
    assert "driver = oauth2" in (dovecot.root / "dovecot.conf").read_text()


def test_plain_dovecot_has_no_oauth(tmp_path: Path) -> None:
    if not dovecot_available():
        pytest.skip("Dovecot not installed")
    with Dovecot(base_dir=tmp_path) as plain:
        assert plain.oauth2_introspection_url is None
        assert not (plain.root / "dovecot-oauth2.conf.ext").exists()
        client = imapclient.IMAPClient(plain.host, plain.imap_port, ssl=False, timeout=10)
        try:
            assert b"AUTH=XOAUTH2" not in client.capabilities()
        finally:
            client.shutdown()


@pytest.mark.parametrize("mechanism", MECHANISMS)
def test_imap_refuses_an_expired_token_at_once(
    dovecot: Dovecot, auth: OAuthServer, user: str, mechanism: str
) -> None:
    token = auth.issue_access_token(user)
    dovecot.oauth2_client(user, token, mechanism=mechanism).logout()  # type: ignore[arg-type]
    auth.expire_all_access_tokens()  # no auth cache: refused on the very next login
    with pytest.raises(LoginError, match="AUTHENTICATIONFAILED"):
        dovecot.oauth2_client(user, token, mechanism=mechanism)  # type: ignore[arg-type]


def test_imap_token_expires_on_its_own(dovecot: Dovecot, auth: OAuthServer, user: str) -> None:
    token = auth.issue_access_token(user, lifetime=0.5)
    dovecot.oauth2_client(user, token).logout()
    time.sleep(max(0.0, auth.access_tokens(user)[-1].expires_at - time.time()) + 0.05)
    with pytest.raises(LoginError):
        dovecot.oauth2_client(user, token)


@pytest.mark.parametrize("mechanism", MECHANISMS)
def test_imap_refuses_another_users_token(
    dovecot: Dovecot, auth: OAuthServer, user: str, mechanism: str
) -> None:
    other, _ = dovecot.add_user(f"other{next(_names)}")
    token = auth.issue_access_token(other)
    with pytest.raises(LoginError, match="AUTHENTICATIONFAILED"):
        dovecot.oauth2_client(user, token, mechanism=mechanism)  # type: ignore[arg-type]


def test_imap_refuses_a_revoked_session(dovecot: Dovecot, auth: OAuthServer, user: str) -> None:
    refresh_token = auth.issue_refresh_token(CLIENT_ID, user, scope=SCOPE)
    response = refresh(auth, refresh_token)
    assert response.status_code == 200
    access_token = response.json()["access_token"]
    dovecot.oauth2_client(user, access_token).logout()

    assert auth.revoke(refresh_token)
    with pytest.raises(LoginError):
        dovecot.oauth2_client(user, access_token)
    again = refresh(auth, refresh_token)
    assert again.status_code == 400
    assert again.json()["error"] == "invalid_grant"


def test_imap_refuses_a_refresh_token_as_bearer(
    dovecot: Dovecot, auth: OAuthServer, user: str
) -> None:
    refresh_token = auth.issue_refresh_token(CLIENT_ID, user, scope=SCOPE)
    with pytest.raises(LoginError):
        dovecot.oauth2_client(user, refresh_token)


def test_password_login_still_works(dovecot: Dovecot, auth: OAuthServer, user: str) -> None:
    with dovecot.session(user) as client:
        assert client.select_folder("INBOX")[b"EXISTS"] == 0
    client = imapclient.IMAPClient(dovecot.host, dovecot.imap_port, ssl=False, timeout=10)
    try:
        with pytest.raises(LoginError):
            client.login(user, "not-the-password")
    finally:
        client.shutdown()
    # a token is not a password
    client = imapclient.IMAPClient(dovecot.host, dovecot.imap_port, ssl=False, timeout=10)
    try:
        with pytest.raises(LoginError):
            client.login(user, auth.issue_access_token(user))
    finally:
        client.shutdown()


# ---------------------------------------------------------------------------------- SMTP relay


@pytest.mark.parametrize("mechanism", MECHANISMS)
def test_smtp_accepts_a_fresh_token_and_delivers(
    dovecot: Dovecot, auth: OAuthServer, relay: SmtpRelay, user: str, mechanism: str
) -> None:
    token = auth.issue_access_token(user)
    authobject = xoauth2(user, token) if mechanism == "XOAUTH2" else oauthbearer(user, token, 0)
    before = len(relay.auth_mechanisms_used)
    with smtplib.SMTP(relay.host, relay.port, timeout=10) as smtp:
        smtp.ehlo()
        assert mechanism in smtp.esmtp_features["auth"].split()
        code, _ = smtp.auth(mechanism, authobject)
        assert code == 235
        smtp.send_message(message(user, user, f"via {mechanism}"))
    assert relay.auth_mechanisms_used[before:] == [mechanism]
    envelope = relay.envelopes[-1]
    assert (envelope.auth_mechanism, envelope.auth_user) == (mechanism, user)
    assert envelope.delivered == [user]
    assert len(dovecot.wait_for_messages(user, 1)) == 1


def test_smtp_xoauth2_exactly_as_smtplib_is_told(
    auth: OAuthServer, relay: SmtpRelay, user: str
) -> None:
    token = auth.issue_access_token(user)
    with smtplib.SMTP(relay.host, relay.port, timeout=10) as smtp:
        smtp.ehlo()
        code, _ = smtp.auth(
            "XOAUTH2", lambda challenge=None: f"user={user}\x01auth=Bearer {token}\x01\x01"
        )
    assert code == 235


@pytest.mark.parametrize("mechanism", MECHANISMS)
@pytest.mark.parametrize("problem", ["expired", "other-user", "revoked", "garbage"])
def test_smtp_refuses_bad_tokens(
    dovecot: Dovecot, auth: OAuthServer, relay: SmtpRelay, user: str, mechanism: str, problem: str
) -> None:
    if problem == "expired":
        token = auth.issue_access_token(user, lifetime=-1)
    elif problem == "other-user":
        token = auth.issue_access_token(dovecot.add_user(f"other{next(_names)}")[0])
    elif problem == "revoked":
        token = auth.issue_access_token(user)
        auth.revoke(token)
    else:
        token = "not-a-token"
    authobject = xoauth2(user, token) if mechanism == "XOAUTH2" else oauthbearer(user, token, 0)
    with smtplib.SMTP(relay.host, relay.port, timeout=10) as smtp:
        smtp.ehlo()
        with pytest.raises(smtplib.SMTPAuthenticationError) as caught:
            smtp.auth(mechanism, authobject)
        assert caught.value.smtp_code == 535
        with pytest.raises(smtplib.SMTPSenderRefused):  # AUTH is required
            smtp.sendmail(user, [user], b"Subject: x\r\n\r\nx\r\n")
    attempt = relay.auth_attempts[-1]
    assert (attempt.mechanism, attempt.user, attempt.ok) == (mechanism, user, False)


def test_smtp_password_still_works(dovecot: Dovecot, relay: SmtpRelay, user: str) -> None:
    with smtplib.SMTP(relay.host, relay.port, timeout=10) as smtp:
        smtp.login(user, dovecot.password(user))
        smtp.send_message(message(user, user, "via password"))
    assert relay.envelopes[-1].auth_user == user
    assert relay.envelopes[-1].auth_mechanism in ("PLAIN", "LOGIN")
    with (
        smtplib.SMTP(relay.host, relay.port, timeout=10) as smtp,
        pytest.raises(smtplib.SMTPAuthenticationError),
    ):
        smtp.login(user, "wrong")


# ------------------------------------------------------------------------- the token endpoint


@pytest.mark.parametrize("client_auth", ["client_secret_basic", "client_secret_post"])
def test_refresh_grant_over_http(auth: OAuthServer, user: str, client_auth: str) -> None:
    refresh_token = auth.issue_refresh_token(CLIENT_ID, user, scope=SCOPE)
    data = {"grant_type": "refresh_token", "refresh_token": refresh_token}
    basic: tuple[str, str] | None = (CLIENT_ID, CLIENT_SECRET)
    if client_auth == "client_secret_post":
        data.update(client_id=CLIENT_ID, client_secret=CLIENT_SECRET)
        basic = None
    before = auth.token_requests["refresh_token"]
    response = httpx.post(auth.token_url, data=data, auth=basic)
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["token_type"] == "Bearer"
    assert body["expires_in"] == 3600
    assert body["scope"] == SCOPE
    assert "refresh_token" not in body  # not rotating: the client keeps its refresh token
    assert response.headers["Cache-Control"] == "no-store"
    assert auth.token_requests["refresh_token"] == before + 1
    answer = introspect(auth, body["access_token"])
    assert answer["active"] is True
    assert answer["username"] == answer["sub"] == user
    assert answer["scope"] == SCOPE
    assert isinstance(answer["exp"], int) and answer["exp"] > time.time()
    # the same refresh token works again
    assert refresh(auth, refresh_token).status_code == 200


def test_token_endpoint_refuses_bad_clients(auth: OAuthServer, user: str) -> None:
    refresh_token = auth.issue_refresh_token(CLIENT_ID, user, scope=SCOPE)
    data = {"grant_type": "refresh_token", "refresh_token": refresh_token}
    wrong = httpx.post(auth.token_url, data=data, auth=(CLIENT_ID, "wrong"))
    assert wrong.status_code == 401
    assert wrong.json()["error"] == "invalid_client"
    auth.register_client("another-app", "another-secret", scopes=[SCOPE])
    other = httpx.post(auth.token_url, data=data, auth=("another-app", "another-secret"))
    assert other.status_code == 400
    assert other.json()["error"] == "invalid_grant"
    unknown = refresh(auth, "no-such-refresh-token")
    assert unknown.json()["error"] == "invalid_grant"


def test_rotating_refresh_tokens(user: str) -> None:
    with OAuthServer(rotate_refresh_tokens=True) as rotating:
        rotating.register_client(CLIENT_ID, CLIENT_SECRET)
        first = rotating.issue_refresh_token(CLIENT_ID, user, scope=SCOPE)
        response = refresh(rotating, first)
        assert response.status_code == 200
        second = response.json()["refresh_token"]
        assert second != first
        assert rotating.current_refresh_token(first) == second
        assert refresh(rotating, first).json()["error"] == "invalid_grant"
        assert refresh(rotating, second).status_code == 200
        assert rotating.token_requests["refresh_token"] == 3
        assert rotating.tokens_issued["refresh_token"] == 2


def test_client_credentials_grant_signs_in_as_the_mailbox(
    dovecot: Dovecot, auth: OAuthServer, user: str
) -> None:
    auth.register_client("app-only", "app-secret", scopes=[SCOPE], act_as=user)
    response = httpx.post(
        auth.token_url,
        data={"grant_type": "client_credentials", "scope": SCOPE},
        auth=("app-only", "app-secret"),
    )
    assert response.status_code == 200, response.text
    body = response.json()
    assert "refresh_token" not in body
    assert auth.tokens_issued["client_credentials"] >= 1
    dovecot.oauth2_client(user, body["access_token"], mechanism="OAUTHBEARER").logout()
    # a client not allowed that grant is refused
    auth.register_client("refresh-only", "s", scopes=[SCOPE], grant_types=["refresh_token"])
    refused = httpx.post(
        auth.token_url, data={"grant_type": "client_credentials"}, auth=("refresh-only", "s")
    )
    assert refused.json()["error"] == "unauthorized_client"


@pytest.mark.parametrize("method", ["client_secret_basic", "client_secret_post"])
def test_authlib_client_interoperates(
    dovecot: Dovecot, auth: OAuthServer, user: str, method: str
) -> None:
    refresh_token = auth.issue_refresh_token(CLIENT_ID, user, scope=SCOPE)
    with OAuth2Client(CLIENT_ID, CLIENT_SECRET, token_endpoint_auth_method=method) as client:
        token = client.refresh_token(auth.token_url, refresh_token=refresh_token)
        assert token["refresh_token"] == refresh_token  # kept when the server sends none
        assert token["expires_at"] > time.time() + 3000
        dovecot.oauth2_client(user, token["access_token"]).logout()
        cc = client.fetch_token(auth.token_url, grant_type="client_credentials")
        assert cc["token_type"] == "Bearer"
        assert client.revoke_token(auth.revocation_url, token=cc["access_token"]).status_code == 200
    assert introspect(auth, cc["access_token"]) == {"active": False}


def test_expiring_tokens_and_counters(auth: OAuthServer, user: str) -> None:
    refresh_token = auth.issue_refresh_token(CLIENT_ID, user, scope=SCOPE)
    lifetime = auth.access_token_lifetime
    auth.access_token_lifetime = 1
    try:
        body = refresh(auth, refresh_token).json()
    finally:
        auth.access_token_lifetime = lifetime
    assert body["expires_in"] == 1
    assert introspect(auth, body["access_token"])["active"] is True
    time.sleep(1.05)
    assert introspect(auth, body["access_token"]) == {"active": False}
    assert introspect(auth, "garbage") == {"active": False}
    fresh = auth.issue_access_token(user)
    auth.expire_all_access_tokens()
    assert introspect(auth, fresh) == {"active": False}


def test_token_requests_count_concurrent_refreshes(user: str) -> None:
    with OAuthServer() as server:
        server.register_client(CLIENT_ID, CLIENT_SECRET)
        server.token_endpoint_delay = 0.1
        refresh_token = server.issue_refresh_token(CLIENT_ID, user)
        codes: list[int] = []
        threads = [
            threading.Thread(
                target=lambda: codes.append(refresh(server, refresh_token).status_code)
            )
            for _ in range(6)
        ]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
        assert codes == [200] * 6
        assert server.token_requests == {"refresh_token": 6}
        server.reset_counters()
        assert server.token_requests == {}


def test_injected_token_endpoint_failures(auth: OAuthServer, user: str) -> None:
    refresh_token = auth.issue_refresh_token(CLIENT_ID, user)
    auth.fail_next(1)
    auth.fail_next(1, status=400, error="invalid_grant")
    first, second = refresh(auth, refresh_token), refresh(auth, refresh_token)
    assert (first.status_code, first.json()) == (503, {"error": "temporarily_unavailable"})
    assert (second.status_code, second.json()) == (400, {"error": "invalid_grant"})
    assert refresh(auth, refresh_token).status_code == 200


def test_introspection_needs_client_auth(auth: OAuthServer, user: str) -> None:
    token = auth.issue_access_token(user)
    assert httpx.post(auth.introspect_url, data={"token": token}).status_code == 401
    assert httpx.post(auth.mail_introspect_url, data={"token": token}).status_code == 401
    # a client may introspect its own tokens only
    refresh_token = auth.issue_refresh_token(CLIENT_ID, user)
    own = refresh(auth, refresh_token).json()["access_token"]
    mine = httpx.post(auth.introspect_url, data={"token": own}, auth=(CLIENT_ID, CLIENT_SECRET))
    assert mine.json()["active"] is True
    theirs = httpx.post(auth.introspect_url, data={"token": token}, auth=(CLIENT_ID, CLIENT_SECRET))
    assert theirs.json() == {"active": False}
    # the endpoint Dovecot uses answers for access tokens only
    mail = httpx.post(auth.mail_introspect_url_with_credentials(), data={"token": refresh_token})
    assert mail.json() == {"active": False}
    assert introspect(auth, refresh_token)["active"] is True  # RFC 7662: refresh tokens too


def test_userinfo(auth: OAuthServer, user: str) -> None:
    token = auth.issue_access_token(user)
    ok = httpx.get(auth.userinfo_url, headers={"Authorization": f"Bearer {token}"})
    assert ok.json() == {"sub": user, "email": user, "username": user}
    auth.revoke(token)
    refused = httpx.get(auth.userinfo_url, headers={"Authorization": f"Bearer {token}"})
    assert refused.status_code == 401


def test_no_token_in_any_log(
    auth: OAuthServer, user: str, caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.DEBUG)
    refresh_token = auth.issue_refresh_token(CLIENT_ID, user)
    access_token = refresh(auth, refresh_token).json()["access_token"]
    httpx.get(auth.userinfo_url, headers={"Authorization": f"Bearer {access_token}"})
    introspect(auth, access_token)
    for secret in (refresh_token, access_token, CLIENT_SECRET, auth.resource_client_secret):
        assert secret not in caplog.text
