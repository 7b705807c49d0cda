"""OAuth2 sign-in, the parts that need no server: settings resolution (Google and Microsoft
are tested here only as far as settings go: their token endpoints are not faked), SASL
strings, expiry logic, one-line errors that name the fix and never a secret."""

from __future__ import annotations

import base64
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from grantbox import oauth
from grantbox.config import Settings, load_settings
from grantbox.errors import ConfigError, MailboxError, OutboxError, SignInError

SECRET = "client-secret-VALUE-1234"
REFRESH = "refresh-token-VALUE-5678"


def settings(**overrides: object) -> Settings:
    values: dict[str, object] = {
        "imap_host": "imap.example.org",
        "imap_user": "grants@example.org",
        "auth": "oauth2",
        "oauth_provider": "generic",
        "oauth_client_id": "grantbox",
        "oauth_client_secret": SECRET,
        "oauth_token_url": "https://auth.example.org/token",
        "oauth_refresh_token": REFRESH,
    }
    values.update(overrides)
    return Settings(**values)  # type: ignore[arg-type]


# -- settings ------------------------------------------------------------------------------


def test_defaults_are_password_and_smtp_follows_imap():
    s = Settings()  # type: ignore[call-arg]
    assert s.auth == "password" and s.smtp_auth is None and s.oauth_mechanism == "xoauth2"
    assert not oauth.uses_oauth(s)
    s = settings()
    assert oauth.protocol_auth(s, "imap") == "oauth2" == oauth.protocol_auth(s, "smtp")
    s = settings(smtp_auth="password")
    assert oauth.protocol_auth(s, "smtp") == "password"
    assert oauth.uses_oauth(s, "imap") and not oauth.uses_oauth(s, "smtp")


def test_settings_from_the_environment(monkeypatch):
    for name, value in {
        "GRANTBOX_AUTH": "oauth2",
        "GRANTBOX_OAUTH_PROVIDER": "generic",
        "GRANTBOX_OAUTH_TOKEN_URL": "https://auth.example.org/token",
        "GRANTBOX_OAUTH_CLIENT_ID": "grantbox",
        "GRANTBOX_OAUTH_CLIENT_SECRET": SECRET,
        "GRANTBOX_OAUTH_REFRESH_TOKEN": REFRESH,
        "GRANTBOX_OAUTH_SCOPES": "mail, offline",
        "GRANTBOX_OAUTH_MECHANISM": "oauthbearer",
        "GRANTBOX_IMAP_USER": "grants@example.org",
    }.items():
        monkeypatch.setenv(name, value)
    s = load_settings()
    config = oauth.resolve(s)
    assert config.scopes == ("mail", "offline")
    assert config.mechanism == "oauthbearer" and config.flow == "refresh_token"
    assert SECRET not in repr(s) and REFRESH not in repr(s)
    assert SECRET not in repr(config) and REFRESH not in repr(config)


def test_a_bad_choice_names_the_setting_not_the_value(monkeypatch):
    monkeypatch.setenv("GRANTBOX_OAUTH_MECHANISM", "plain-secret-words")
    with pytest.raises(ConfigError) as e:
        load_settings()
    assert "GRANTBOX_OAUTH_MECHANISM" in str(e.value)
    assert "plain-secret-words" not in str(e.value)


@pytest.mark.parametrize(
    ("overrides", "named"),
    [
        ({"oauth_provider": None}, "GRANTBOX_OAUTH_PROVIDER"),
        ({"oauth_token_url": ""}, "GRANTBOX_OAUTH_TOKEN_URL"),
        ({"oauth_token_url": "http://auth.example.org/token"}, "GRANTBOX_OAUTH_TOKEN_URL"),
        ({"oauth_token_url": "ftp://x/token"}, "GRANTBOX_OAUTH_TOKEN_URL"),
        ({"oauth_client_id": ""}, "GRANTBOX_OAUTH_CLIENT_ID"),
        (
            {"oauth_flow": "client_credentials", "oauth_client_secret": ""},
            "GRANTBOX_OAUTH_CLIENT_SECRET",
        ),
        ({"oauth_flow": "service_account"}, "GRANTBOX_OAUTH_PROVIDER=google"),
        (
            {
                "oauth_provider": "microsoft",
                "oauth_flow": "client_credentials",
                "oauth_token_url": "",
            },
            "GRANTBOX_OAUTH_TENANT",
        ),
        ({"oauth_provider": "microsoft"}, "GRANTBOX_OAUTH_TOKEN_URL"),
        (
            {"oauth_provider": "google", "oauth_flow": "client_credentials"},
            "GRANTBOX_OAUTH_FLOW=service_account",
        ),
        (
            {"oauth_provider": "google", "oauth_flow": "service_account", "oauth_token_url": ""},
            "GRANTBOX_OAUTH_SERVICE_ACCOUNT_FILE",
        ),
        (
            {"oauth_provider": "google", "oauth_client_secret": "", "oauth_token_url": ""},
            "GRANTBOX_OAUTH_CLIENT_SECRET",
        ),
    ],
)
def test_what_is_missing_is_named(overrides, named):
    with pytest.raises(ConfigError) as e:
        oauth.resolve(settings(**overrides))
    message = str(e.value)
    assert named in message
    assert "\n" not in message
    assert SECRET not in message and REFRESH not in message


def test_http_token_url_is_allowed_on_loopback_only():
    config = oauth.resolve(settings(oauth_token_url="http://127.0.0.1:9/token"))
    assert config.token_url == "http://127.0.0.1:9/token"


def test_provider_defaults():
    google = oauth.resolve(settings(oauth_provider="google", oauth_token_url=""))
    assert google.scopes == ("https://mail.google.com/",)
    ms = oauth.resolve(settings(oauth_provider="microsoft", oauth_token_url=""))
    assert ms.tenant == "organizations"
    assert ms.scopes == (
        "https://outlook.office.com/IMAP.AccessAsUser.All",
        "https://outlook.office.com/SMTP.Send",
    )
    app = oauth.resolve(
        settings(
            oauth_provider="microsoft",
            oauth_token_url="",
            oauth_flow="client_credentials",
            oauth_tenant="contoso.onmicrosoft.com",
        )
    )
    assert app.scopes == ("https://outlook.office365.com/.default",)
    sa = oauth.resolve(
        settings(
            oauth_provider="google",
            oauth_token_url="",
            oauth_client_id="",
            oauth_client_secret="",
            oauth_service_account_file=Path("/keys/sa.json"),
        )
    )
    assert sa.flow == "service_account" and sa.user == "grants@example.org"


def test_the_token_key_follows_the_identity():
    base = oauth.resolve(settings())
    assert base.key == oauth.resolve(settings()).key
    assert base.key != oauth.resolve(settings(oauth_client_id="other")).key
    assert base.key != oauth.resolve(settings(oauth_scopes="mail")).key
    # A refresh token names its user; a new setting value does not make a new identity.
    assert base.key == oauth.resolve(settings(imap_user="x@example.org")).key
    assert base.key == oauth.resolve(settings(oauth_refresh_token="another")).key
    sa = dict(
        oauth_provider="google",
        oauth_token_url="",
        oauth_service_account_file=Path("/keys/sa.json"),
    )
    assert (
        oauth.resolve(settings(**sa)).key
        != oauth.resolve(settings(imap_user="x@example.org", **sa)).key
    )


# -- SASL ----------------------------------------------------------------------------------


def test_xoauth2_string_is_the_documented_format():
    # The example of Microsoft's "Authenticate an IMAP, POP or SMTP connection using OAuth".
    text = oauth.xoauth2_string(
        "test@contoso.onmicrosoft.com", "EwBAAl3BAAUFFpUAo7J3Ve0bjLBWZWCclRC3EoAA"
    )
    assert base64.b64encode(text.encode()).decode() == (
        "dXNlcj10ZXN0QGNvbnRvc28ub25taWNyb3NvZnQuY29tAWF1dGg9QmVhcmVyIEV3QkFBbDNCQUFVRkZwVUFv"
        "N0ozVmUwYmpMQldaV0NjbFJDM0VvQUEBAQ=="
    )


def test_oauthbearer_string_is_rfc7628():
    text = oauth.oauthbearer_string("user@example.com", "vF9dft4qmT", "server.example.com", 143)
    # RFC 7628 §4.1's example, with the authzid this client always sends.
    assert text == (
        "n,a=user@example.com,\x01host=server.example.com\x01port=143\x01"
        "auth=Bearer vF9dft4qmT\x01\x01"
    )
    assert oauth.oauthbearer_string("a,b=c@x", "t", "h", 1).startswith("n,a=a=2Cb=3Dc@x,\x01")


def test_the_sasl_client_answers_an_error_challenge_without_the_token():
    for mechanism, after in (("xoauth2", ""), ("oauthbearer", "\x01")):
        client = oauth.SaslClient(mechanism, "u@x", "TOKEN-1", "h", 993)
        assert "TOKEN-1" in client(None)
        assert client(b'{"status":"401"}') == after
        assert client.error_challenge == '{"status":"401"}'
        assert "TOKEN-1" not in repr(client)


# -- expiry --------------------------------------------------------------------------------


def test_refreshed_five_minutes_before_expiry():
    now = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)
    issued = now - timedelta(minutes=50)
    assert oauth.is_fresh(now + timedelta(minutes=6), issued, now)
    assert not oauth.is_fresh(now + timedelta(minutes=4), issued, now)
    assert not oauth.is_fresh(now - timedelta(seconds=1), issued, now)
    assert not oauth.is_fresh(None, issued, now)
    # SQLite gives naive datetimes back: they are UTC.
    assert oauth.is_fresh((now + timedelta(minutes=6)).replace(tzinfo=None), None, now)


def test_short_lived_tokens_are_not_refreshed_at_every_use():
    now = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)
    # A two-minute token: refreshed in its last quarter (30 s), not as soon as it is issued.
    assert oauth.is_fresh(now + timedelta(minutes=2), now, now)
    assert oauth.is_fresh(now + timedelta(seconds=31), now - timedelta(seconds=89), now)
    assert not oauth.is_fresh(now + timedelta(seconds=29), now - timedelta(seconds=91), now)


def test_reprs_hold_no_token():
    grant = oauth.Grant("ACCESS-X", datetime.now(UTC), "REFRESH-X")
    token = oauth.AccessToken("ACCESS-X", datetime.now(UTC), None)
    for text in (repr(grant), repr(token)):
        assert "ACCESS-X" not in text and "REFRESH-X" not in text


# -- messages ------------------------------------------------------------------------------


def test_refusals_are_one_line_naming_the_fix():
    config = oauth.resolve(settings())
    revoked = oauth.refusal_message(config, "invalid_grant")
    assert revoked.startswith("the refresh token was refused (invalid_grant): ")
    assert "grantbox auth login" in revoked
    assert "GRANTBOX_OAUTH_CLIENT_SECRET" in oauth.refusal_message(config, "invalid_client")
    assert "GRANTBOX_OAUTH_SCOPES" in oauth.refusal_message(config, "invalid_scope")
    ms = oauth.resolve(settings(oauth_provider="microsoft", oauth_token_url=""))
    assert "AADSTS700082" in oauth.refusal_message(ms, "invalid_grant", "AADSTS700082")
    for text in (revoked, oauth.refusal_message(config, "server_error")):
        assert "\n" not in text and SECRET not in text and REFRESH not in text


def test_a_password_refused_by_microsoft_365_says_to_use_oauth2():
    text = oauth.password_refused("imap", "outlook.office365.com", "LOGIN failed.")
    assert text.startswith("Microsoft 365 refuses passwords for IMAP: set GRANTBOX_AUTH=oauth2")
    assert "grantbox auth login" in text
    assert "GRANTBOX_AUTH=oauth2" in oauth.password_refused("imap", "imap.gmail.com", "x")
    other = oauth.password_refused("smtp", "mail.example.org", "535 5.7.8  Bad\r\n credentials")
    assert other == (
        "SMTP mail.example.org refused the user or password (535 5.7.8 Bad credentials): "
        "check GRANTBOX_SMTP_USER and GRANTBOX_SMTP_PASSWORD"
    )


def test_sign_in_errors_are_caught_where_server_errors_are():
    import smtplib

    from grantbox.errors import MailboxSignInError, OutboxSignInError

    assert issubclass(MailboxSignInError, MailboxError | SignInError)
    assert issubclass(MailboxSignInError, MailboxError)
    # The sender keeps mail queued on SMTPException/OSError from opening the connection.
    assert issubclass(OutboxSignInError, smtplib.SMTPException)
    assert issubclass(OutboxSignInError, OutboxError)


def test_a_missing_mechanism_names_the_setting():
    text = oauth.mechanism_missing("imap", "outlook.office365.com", "oauthbearer", ["XOAUTH2"])
    assert text == (
        "IMAP outlook.office365.com does not offer OAUTHBEARER sign-in (it offers: XOAUTH2): "
        "set GRANTBOX_OAUTH_MECHANISM=xoauth2"
    )
    assert "after TLS" in oauth.mechanism_missing("smtp", "h", "xoauth2", ["PLAIN"])
