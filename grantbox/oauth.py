"""OAuth2 sign-in to the mailbox and the SMTP server: settings, tokens, SASL.

With `GRANTBOX_AUTH=oauth2` (and, for SMTP, unless `GRANTBOX_SMTP_AUTH` says otherwise) grantbox
signs in by SASL XOAUTH2 or OAUTHBEARER (RFC 7628) with an access token obtained through the
provider's own library:

- google: google-auth (`google.oauth2.credentials.Credentials` for a refresh token,
  `google.oauth2.service_account.Credentials` with the mailbox user as the subject for
  domain-wide delegation);
- microsoft: msal (`acquire_token_by_refresh_token`, `acquire_token_for_client` for app-only
  access, the device code flow for `grantbox auth login`);
- generic: authlib's `OAuth2Session` (its requests integration) against
  `GRANTBOX_OAUTH_TOKEN_URL` (refresh_token and client_credentials grants).

Tokens live in the database (`oauth_tokens`, migration 0007), never in logs, reprs, error
messages or output. Every process that signs in shares the row: an access token is used until
it is near its expiry (`REFRESH_MARGIN`), then the first process to notice refreshes it while
holding the row (PostgreSQL: SELECT … FOR UPDATE; SQLite: the BEGIN IMMEDIATE every writer
takes), and the others, waiting on that lock, find the new token when they get it. A refresh
token the server rotates is saved in the same transaction. An access token the server refuses
is refreshed once (unless another process has already replaced it) and tried once more.

`Mailbox(settings)` and `open_smtp(settings)` need nothing else: the token source opens the
configured store from the settings itself and is cached per process.
"""

from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import smtplib
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any, Literal
from urllib.parse import urlsplit

from pydantic import SecretStr
from sqlalchemy import select
from sqlalchemy.orm import Session

from grantbox.config import Settings, is_loopback
from grantbox.errors import ConfigError, OutboxSignInError, SignInError
from grantbox.store.tables import OAuthToken

log = logging.getLogger(__name__)

Protocol = Literal["imap", "smtp"]

# Refresh when less than this is left of the access token's life (or a quarter of its life,
# for tokens that live less than 20 minutes): no sign-in starts with a token about to lapse.
REFRESH_MARGIN = timedelta(minutes=5)
# When the token service gives no expires_in (RFC 6749 only recommends it): assume an hour;
# a refusal by the mail server refreshes it sooner.
DEFAULT_LIFETIME = timedelta(hours=1)
# Seconds one request to a token service may take. The SQLite write lock (or the PostgreSQL
# row lock) is held meanwhile, so this stays well below the store's 30 s busy timeout.
HTTP_TIMEOUT = 20.0

GOOGLE_TOKEN_URL = "https://oauth2.googleapis.com/token"  # noqa: S105 (a URL)
GOOGLE_AUTH_URL = "https://accounts.google.com/o/oauth2/v2/auth"
# https://developers.google.com/gmail/imap/xoauth2-protocol: one scope for IMAP and SMTP.
GOOGLE_SCOPES = ("https://mail.google.com/",)
# https://learn.microsoft.com/en-us/exchange/client-developer/legacy-protocols/how-to-authenticate-an-imap-pop-smtp-application-by-using-oauth
# Delegated (a user's consent): both scopes in one token of the outlook.office.com resource;
# msal adds offline_access (the refresh token) itself. App-only: the .default scope.
MICROSOFT_SCOPES = (
    "https://outlook.office.com/IMAP.AccessAsUser.All",
    "https://outlook.office.com/SMTP.Send",
)
MICROSOFT_APP_SCOPES = ("https://outlook.office365.com/.default",)
MICROSOFT_AUTHORITY = "https://login.microsoftonline.com/{tenant}"

_FIX_LOGIN = "run `grantbox auth login` again, or set GRANTBOX_OAUTH_REFRESH_TOKEN to a new one"


# -- settings ------------------------------------------------------------------------------


@dataclass(frozen=True)
class OAuthConfig:
    """The OAuth2 part of the settings, checked and with each provider's defaults filled in.
    Its repr shows no secret (pydantic's SecretStr prints stars)."""

    provider: str
    flow: str
    client_id: str
    client_secret: SecretStr = field(repr=False)
    tenant: str
    token_url: str
    scopes: tuple[str, ...]
    mechanism: str
    user: str  # the mailbox user: the SASL identity, and a service account's subject
    service_account_file: Path | None
    seed_refresh_token: SecretStr = field(repr=False)

    @property
    def key(self) -> str:
        """The token row's key: what makes one token different from another. The user is part
        of it only for a service account (its token is the user's); a refresh token names its
        user itself, and an app-only token serves every mailbox of the tenant."""
        parts = [self.provider, self.flow, self.client_id, self.tenant, self.token_url]
        parts += sorted(self.scopes)
        if self.flow == "service_account":
            parts += [self.user, str(self.service_account_file or "")]
        return hashlib.sha256(json.dumps(parts).encode()).hexdigest()

    def describe(self) -> str:
        client = f", client {self.client_id}" if self.client_id else ""
        return f"{self.provider} OAuth2, {self.flow} flow{client}"


def protocol_auth(settings: Settings, protocol: Protocol) -> str:
    """ "password" or "oauth2": how `protocol` signs in (SMTP as IMAP unless told otherwise)."""
    if protocol == "smtp" and settings.smtp_auth is not None:
        return settings.smtp_auth
    return settings.auth


def uses_oauth(settings: Settings, protocol: Protocol | None = None) -> bool:
    protocols: tuple[Protocol, ...] = (protocol,) if protocol else ("imap", "smtp")
    return any(protocol_auth(settings, p) == "oauth2" for p in protocols)


def _scopes(text: str) -> tuple[str, ...]:
    return tuple(s for s in re.split(r"[\s,]+", text.strip()) if s)


def _check_url(url: str, setting: str) -> None:
    parts = urlsplit(url)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise ConfigError(f"{setting} is not an http(s) URL")
    if parts.scheme == "http" and not is_loopback(parts.hostname):
        raise ConfigError(
            f"{setting} must be https (plain http is allowed only to a loopback host): "
            "tokens and the client secret go over it"
        )


def resolve(settings: Settings) -> OAuthConfig:
    """The OAuth2 settings checked together, or ConfigError naming the settings to set (never
    their values)."""
    provider = settings.oauth_provider
    if provider is None:
        raise ConfigError(
            "GRANTBOX_AUTH=oauth2 needs GRANTBOX_OAUTH_PROVIDER (google, microsoft or generic)"
        )
    flow = settings.oauth_flow or (
        "service_account" if settings.oauth_service_account_file else "refresh_token"
    )
    secret = settings.oauth_client_secret.get_secret_value()
    user = settings.imap_user or settings.smtp_user
    token_url = settings.oauth_token_url.strip()
    tenant = settings.oauth_tenant.strip()
    scopes = _scopes(settings.oauth_scopes)
    if flow == "service_account":
        if provider != "google":
            raise ConfigError(
                "GRANTBOX_OAUTH_FLOW=service_account is for GRANTBOX_OAUTH_PROVIDER=google "
                "(domain-wide delegation); use client_credentials for app-only access elsewhere"
            )
        if not settings.oauth_service_account_file:
            raise ConfigError(
                "GRANTBOX_OAUTH_FLOW=service_account needs GRANTBOX_OAUTH_SERVICE_ACCOUNT_FILE "
                "(the service account's JSON key)"
            )
        if not user:
            raise ConfigError(
                "a Google service account signs in as GRANTBOX_IMAP_USER: set it to the mailbox "
                "address it acts for"
            )
    else:
        if not settings.oauth_client_id:
            raise ConfigError(
                f"GRANTBOX_OAUTH_PROVIDER={provider} needs GRANTBOX_OAUTH_CLIENT_ID (the "
                "application registered with the provider)"
            )
    if flow == "client_credentials":
        if provider == "google":
            raise ConfigError(
                "Google has no client_credentials flow for mail: use "
                "GRANTBOX_OAUTH_FLOW=service_account with GRANTBOX_OAUTH_SERVICE_ACCOUNT_FILE"
            )
        if not secret:
            raise ConfigError(
                "GRANTBOX_OAUTH_FLOW=client_credentials needs GRANTBOX_OAUTH_CLIENT_SECRET"
            )
        if provider == "microsoft" and tenant in ("", "common", "organizations", "consumers"):
            raise ConfigError(
                "Microsoft app-only access (client_credentials) needs GRANTBOX_OAUTH_TENANT: "
                "the tenant's id or domain"
            )
    if provider == "generic":
        if not token_url:
            raise ConfigError("GRANTBOX_OAUTH_PROVIDER=generic needs GRANTBOX_OAUTH_TOKEN_URL")
        _check_url(token_url, "GRANTBOX_OAUTH_TOKEN_URL")
    elif token_url:
        if provider == "microsoft":
            raise ConfigError(
                "GRANTBOX_OAUTH_TOKEN_URL is for generic and google; Microsoft's endpoint "
                "follows from GRANTBOX_OAUTH_TENANT"
            )
        _check_url(token_url, "GRANTBOX_OAUTH_TOKEN_URL")
    if provider == "google" and flow == "refresh_token" and not secret:
        raise ConfigError(
            "Google's refresh token grant needs GRANTBOX_OAUTH_CLIENT_SECRET (the desktop app "
            "client's secret)"
        )
    if not scopes:
        if provider == "google":
            scopes = GOOGLE_SCOPES
        elif provider == "microsoft":
            scopes = MICROSOFT_APP_SCOPES if flow == "client_credentials" else MICROSOFT_SCOPES
    if provider == "microsoft" and not tenant:
        tenant = "organizations"  # work and school accounts of any tenant
    return OAuthConfig(
        provider=provider,
        flow=flow,
        client_id=settings.oauth_client_id,
        client_secret=settings.oauth_client_secret,
        tenant=tenant,
        token_url=token_url,
        scopes=scopes,
        mechanism=settings.oauth_mechanism,
        user=user,
        service_account_file=settings.oauth_service_account_file,
        seed_refresh_token=settings.oauth_refresh_token,
    )


# -- SASL ----------------------------------------------------------------------------------


def xoauth2_string(user: str, token: str) -> str:
    """The XOAUTH2 initial client response (before base64), as Google and Microsoft document:
    "user=" user ^A "auth=Bearer " token ^A ^A."""
    return f"user={user}\x01auth=Bearer {token}\x01\x01"


def oauthbearer_string(user: str, token: str, host: str, port: int) -> str:
    """The OAUTHBEARER initial client response (RFC 7628 §3.1): a GS2 header naming the
    user (',' and '=' escaped as RFC 5801 says), then host, port and the bearer token as
    key=value pairs separated by ^A, ended by ^A^A."""
    authzid = user.replace("=", "=3D").replace(",", "=2C")
    return f"n,a={authzid},\x01host={host}\x01port={port}\x01auth=Bearer {token}\x01\x01"


def sasl_response(mechanism: str, user: str, token: str, host: str, port: int) -> str:
    if mechanism == "oauthbearer":
        return oauthbearer_string(user, token, host, port)
    return xoauth2_string(user, token)


def sasl_after_error(mechanism: str) -> str:
    """What a client answers to the server's error challenge (a JSON status) before the server
    sends its final refusal: RFC 7628 §3.2.3 says a single ^A for OAUTHBEARER; XOAUTH2 (Google's
    documentation) an empty response."""
    return "\x01" if mechanism == "oauthbearer" else ""


class SaslClient:
    """The client side of one XOAUTH2/OAUTHBEARER exchange: called with each server challenge,
    answers the initial response first and `sasl_after_error` after that."""

    def __init__(self, mechanism: str, user: str, token: str, host: str, port: int) -> None:
        self._first = sasl_response(mechanism, user, token, host, port)
        self._after = sasl_after_error(mechanism)
        self._sent = False
        self.error_challenge: str | None = None

    def __call__(self, challenge: bytes | None = None) -> str:
        if not self._sent:
            self._sent = True
            return self._first
        if challenge:
            self.error_challenge = challenge.decode("utf-8", "replace")[:300]
        return self._after

    def __repr__(self) -> str:
        return "SaslClient(…)"


# -- time ----------------------------------------------------------------------------------


def utcnow() -> datetime:
    return datetime.now(UTC)


def _aware(value: datetime | None) -> datetime | None:
    if value is None:
        return None
    return value if value.tzinfo else value.replace(tzinfo=UTC)  # SQLite drops the zone


def margin(issued_at: datetime | None, expires_at: datetime) -> timedelta:
    """How long before `expires_at` a token is refreshed: REFRESH_MARGIN, or a quarter of
    its life when that is shorter (a token living 2 minutes is not refreshed at every use)."""
    if issued_at is None:
        return REFRESH_MARGIN
    return max(timedelta(0), min(REFRESH_MARGIN, (expires_at - issued_at) / 4))


def is_fresh(
    expires_at: datetime | None, issued_at: datetime | None, now: datetime | None = None
) -> bool:
    """True when a token expiring at `expires_at` can still be used without a refresh."""
    expires = _aware(expires_at)
    if expires is None:
        return False
    return expires - (now or utcnow()) > margin(_aware(issued_at), expires)


def _expiry_text(expires_at: datetime | None, now: datetime | None = None) -> str:
    expires = _aware(expires_at)
    if expires is None:
        return "no access token"
    now = now or utcnow()
    when = expires.strftime("%Y-%m-%d %H:%M:%S UTC")
    seconds = (expires - now).total_seconds()
    if seconds <= 0:
        return f"access token expired at {when}"
    left = f"{seconds / 60:.0f} min" if seconds >= 90 else f"{seconds:.0f} s"
    return f"access token valid until {when} ({left} left)"


# -- token services ------------------------------------------------------------------------


@dataclass(frozen=True)
class Grant:
    """What a token service gave: never printed (the reprs leave the tokens out)."""

    access_token: str = field(repr=False)
    expires_at: datetime
    refresh_token: str | None = field(default=None, repr=False)
    account: str = ""


class _Refused(Exception):
    """A token service's refusal, as its OAuth2 error code (RFC 6749 §5.2), no description:
    descriptions are the server's free text."""

    def __init__(self, code: str, detail: str = "") -> None:
        super().__init__(code)
        self.code = code
        self.detail = detail


class _Unreachable(Exception):
    def __init__(self, what: str) -> None:
        super().__init__(what)
        self.what = what


def _lifetime(expires_in: Any) -> timedelta:
    try:
        seconds = float(expires_in)
    except (TypeError, ValueError):
        return DEFAULT_LIFETIME
    return timedelta(seconds=seconds) if seconds > 0 else DEFAULT_LIFETIME


def request_token(config: OAuthConfig, refresh_token: str | None) -> Grant:
    """One request to the provider's token service, through its library."""
    with _quiet_libraries():
        if config.provider == "microsoft":
            return _microsoft(config, refresh_token)
        if config.provider == "google":
            return _google(config, refresh_token)
        return _generic(config, refresh_token)


def _generic(config: OAuthConfig, refresh_token: str | None) -> Grant:
    # authlib's requests integration: its httpx one warns (on stderr) that httpx is deprecated
    # in favour of httpx2, and requests is here anyway (google-auth and msal use it).
    import requests
    from authlib.integrations.requests_client import OAuth2Session, OAuthError

    secret = config.client_secret.get_secret_value()
    client = OAuth2Session(
        client_id=config.client_id,
        client_secret=secret or None,
        scope=" ".join(config.scopes) or None,
        token_endpoint_auth_method="client_secret_basic" if secret else "none",
    )
    try:
        with client:
            if config.flow == "client_credentials":
                token = client.fetch_token(
                    config.token_url, grant_type="client_credentials", timeout=HTTP_TIMEOUT
                )
            else:
                token = client.refresh_token(
                    config.token_url, refresh_token=refresh_token, timeout=HTTP_TIMEOUT
                )
    except OAuthError as e:
        raise _Refused(str(e.error or "error")) from None
    except requests.RequestException as e:
        raise _Unreachable(_http_reason(e)) from None
    except ValueError:  # not JSON: not a token endpoint
        raise _Refused("invalid_response") from None
    if not token.get("access_token"):
        raise _Refused(str(token.get("error") or "invalid_response"))
    now = utcnow()
    expires_at = now + _lifetime(token.get("expires_in"))
    if "expires_in" not in token and token.get("expires_at"):
        expires_at = datetime.fromtimestamp(float(token["expires_at"]), UTC)
    new_refresh = token.get("refresh_token")
    return Grant(
        access_token=str(token["access_token"]),
        expires_at=expires_at,
        refresh_token=str(new_refresh) if new_refresh else None,
    )


def _http_reason(e: Exception) -> str:
    """A network failure in words without the URL's query or any header."""
    reason = str(e).splitlines()[0] if str(e) else type(e).__name__
    return reason[:200]


def _google(config: OAuthConfig, refresh_token: str | None) -> Grant:
    import google.auth.exceptions as gexc
    from google.auth.transport.requests import Request
    from google.oauth2 import credentials as user_credentials
    from google.oauth2 import service_account

    class _Request(Request):
        def __call__(
            self,
            url: str,
            method: str = "GET",
            body: Any = None,
            headers: Any = None,
            timeout: Any = None,
            **kwargs: Any,
        ) -> Any:
            return super().__call__(url, method, body, headers, HTTP_TIMEOUT, **kwargs)

    creds: Any
    if config.flow == "service_account":
        try:
            creds = service_account.Credentials.from_service_account_file(
                str(config.service_account_file), scopes=list(config.scopes)
            ).with_subject(config.user)
        except (OSError, ValueError, KeyError) as e:
            raise ConfigError(
                "GRANTBOX_OAUTH_SERVICE_ACCOUNT_FILE cannot be read as a service account key "
                f"({type(e).__name__}): download the JSON key from the Google Cloud console"
            ) from None
    else:
        creds = user_credentials.Credentials(
            None,
            refresh_token=refresh_token,
            token_uri=config.token_url or GOOGLE_TOKEN_URL,
            client_id=config.client_id,
            client_secret=config.client_secret.get_secret_value(),
            scopes=list(config.scopes),
        )
    try:
        creds.refresh(_Request())
    except gexc.RefreshError as e:
        raise _Refused(_google_code(e)) from None
    except gexc.TransportError as e:
        raise _Unreachable(_http_reason(e)) from None
    expiry = _aware(creds.expiry) or (utcnow() + DEFAULT_LIFETIME)
    new_refresh = getattr(creds, "refresh_token", None)
    return Grant(
        access_token=str(creds.token),
        expires_at=expiry,
        refresh_token=str(new_refresh) if new_refresh else None,
        account=config.user if config.flow == "service_account" else "",
    )


def _google_code(e: Exception) -> str:
    """The OAuth2 error code of google-auth's RefreshError ("invalid_grant: …" and the
    response's JSON)."""
    for arg in e.args[1:]:
        if isinstance(arg, dict) and arg.get("error"):
            return str(arg["error"])[:60]
    first = str(e.args[0]) if e.args else ""
    match = re.match(r"\s*([a-z_]+)\b", first)
    return match.group(1) if match else "refresh_failed"


_msal_apps: dict[tuple[str, ...], Any] = {}
_msal_lock = threading.Lock()


def _msal_app(config: OAuthConfig, *, public: bool) -> Any:
    """One msal application per client and tenant per process: building one fetches the
    authority's metadata."""
    import msal

    secret = config.client_secret.get_secret_value()
    authority = MICROSOFT_AUTHORITY.format(tenant=config.tenant)
    key = (config.client_id, authority, hashlib.sha256(secret.encode()).hexdigest(), str(public))
    with _msal_lock:
        app = _msal_apps.get(key)
        if app is None:
            if public or not secret:
                app = msal.PublicClientApplication(
                    config.client_id, authority=authority, timeout=HTTP_TIMEOUT
                )
            else:
                app = msal.ConfidentialClientApplication(
                    config.client_id,
                    client_credential=secret,
                    authority=authority,
                    timeout=HTTP_TIMEOUT,
                )
            _msal_apps[key] = app
        return app


def _msal_result(result: Any) -> Grant:
    if not isinstance(result, dict) or not result.get("access_token"):
        result = result if isinstance(result, dict) else {}
        code = str(result.get("error") or "no_token")[:60]
        # Microsoft's AADSTS number says which rule refused (e.g. AADSTS700082: the refresh
        # token expired); the rest of the description is free text with trace ids.
        aadsts = re.search(r"AADSTS\d+", str(result.get("error_description") or ""))
        raise _Refused(code, aadsts.group(0) if aadsts else "")
    claims = result.get("id_token_claims") or {}
    return Grant(
        access_token=str(result["access_token"]),
        expires_at=utcnow() + _lifetime(result.get("expires_in")),
        refresh_token=result.get("refresh_token") or None,
        account=str(claims.get("preferred_username") or ""),
    )


def _microsoft(config: OAuthConfig, refresh_token: str | None) -> Grant:
    import requests

    try:
        app = _msal_app(config, public=False)
        if config.flow == "client_credentials":
            result = app.acquire_token_for_client(scopes=list(config.scopes))
        else:
            result = app.acquire_token_by_refresh_token(refresh_token, scopes=list(config.scopes))
    except requests.RequestException as e:
        raise _Unreachable(_http_reason(e)) from None
    except ValueError as e:  # msal: the authority (tenant) could not be resolved
        raise _Refused("invalid_tenant", type(e).__name__) from None
    return _msal_result(result)


def refusal_message(config: OAuthConfig, code: str, detail: str = "") -> str:
    """One line: what the token service refused and the fix. Never a token or the secret."""
    what = f"{code}, {detail}" if detail else code
    if code == "invalid_grant":
        if config.flow == "refresh_token":
            return f"the refresh token was refused ({what}): {_FIX_LOGIN}"
        if config.flow == "service_account":
            return (
                f"Google refused the service account's token for {config.user} ({what}): "
                "check the domain-wide delegation of its client id and scopes in the Admin "
                "console, and GRANTBOX_IMAP_USER"
            )
    if code in ("invalid_client", "unauthorized_client"):
        return (
            f"the token service refused the client ({what}): check GRANTBOX_OAUTH_CLIENT_ID "
            "and GRANTBOX_OAUTH_CLIENT_SECRET"
        )
    if code == "invalid_scope":
        return f"the token service refused the scopes ({what}): check GRANTBOX_OAUTH_SCOPES"
    if code == "invalid_tenant":
        return f"Microsoft could not find the tenant ({what}): check GRANTBOX_OAUTH_TENANT"
    if code == "invalid_response":
        return (
            "the token service did not answer as an OAuth2 token endpoint: check "
            "GRANTBOX_OAUTH_TOKEN_URL"
        )
    return (
        f"the token service refused to give a token ({what}): check the GRANTBOX_OAUTH_* "
        "settings, or run `grantbox auth login` again"
    )


def _service_host(config: OAuthConfig) -> str:
    if config.provider == "microsoft":
        return "login.microsoftonline.com"
    url = config.token_url or GOOGLE_TOKEN_URL
    return urlsplit(url).netloc or url


# -- the shared token ----------------------------------------------------------------------


@dataclass(frozen=True)
class AccessToken:
    token: str = field(repr=False)
    expires_at: datetime
    issued_at: datetime | None

    def fresh(self, now: datetime | None = None) -> bool:
        return is_fresh(self.expires_at, self.issued_at, now)


def _digest(secret: str) -> str:
    return hashlib.sha256(secret.encode()).hexdigest()


class TokenSource:
    """The access token of one sign-in identity, shared through the database."""

    def __init__(self, config: OAuthConfig, store: Any) -> None:
        self.config = config
        self.store = store
        self._cached: AccessToken | None = None
        self._lock = threading.Lock()
        self.requests = 0  # token requests this process made (tests, `auth status`)

    def __repr__(self) -> str:
        return f"TokenSource({self.config.describe()})"

    def access_token(self, *, rejected: str | None = None) -> AccessToken:
        """A token that is not near its expiry. `rejected`: a token a mail server just refused;
        a different one is returned (refreshed now, or by another process meanwhile)."""
        with self._lock:
            cached = self._cached
            if cached is not None and rejected is None and cached.fresh():
                return cached
            stored = self._read()
            if stored is not None and stored.token != rejected and stored.fresh():
                self._cached = stored
                return stored
            token = self._refresh(rejected)
            self._cached = token
            return token

    def _read(self) -> AccessToken | None:
        with self.store.reading() as session:
            row = session.get(OAuthToken, self.config.key)
            if row is None or not row.access_token or row.expires_at is None:
                return None
            return AccessToken(
                row.access_token, _aware(row.expires_at) or utcnow(), _aware(row.refreshed_at)
            )

    def _refresh(self, rejected: str | None) -> AccessToken:
        config = self.config
        with self.store.transaction() as session:
            row = locked_row(session, config)
            # Another process may have refreshed while this one waited for the lock.
            if (
                row.access_token
                and row.access_token != rejected
                and is_fresh(row.expires_at, row.refreshed_at)
            ):
                return AccessToken(
                    row.access_token,
                    _aware(row.expires_at) or utcnow(),
                    _aware(row.refreshed_at),
                )
            refresh_token = None
            if config.flow == "refresh_token":
                refresh_token = _adopt_seed(row, config)
                if not refresh_token:
                    raise SignInError(
                        f"no OAuth2 refresh token is stored for {config.describe()}: run "
                        "`grantbox auth login` (or set GRANTBOX_OAUTH_REFRESH_TOKEN)"
                    )
            self.requests += 1
            try:
                grant = request_token(config, refresh_token)
            except _Refused as e:
                raise SignInError(refusal_message(config, e.code, e.detail)) from None
            except _Unreachable as e:
                raise SignInError(
                    f"cannot reach the token service {_service_host(config)} ({e.what}): "
                    "check the network"
                    + (" and GRANTBOX_OAUTH_TOKEN_URL" if config.token_url else "")
                ) from None
            now = utcnow()
            save_grant(row, grant, now)
            if grant.refresh_token and grant.refresh_token != refresh_token:
                log.info("the token service rotated the refresh token; the new one is stored")
            log.info("OAuth2 access token refreshed (%s)", _expiry_text(grant.expires_at, now))
            return AccessToken(grant.access_token, grant.expires_at, now)


def _adopt_seed(row: Any, config: OAuthConfig) -> str | None:
    """The refresh token to use: GRANTBOX_OAUTH_REFRESH_TOKEN when it is new to the row (the
    operator put a fresh one there), else the stored one (from `auth login`, or the setting's
    token as the server has rotated it since)."""
    seed = config.seed_refresh_token.get_secret_value().strip()
    if seed and row.refresh_seed != _digest(seed):
        row.refresh_token = seed
        row.refresh_seed = _digest(seed)
        row.access_token = None
        row.expires_at = None
    return row.refresh_token or None


def save_grant(row: Any, grant: Grant, now: datetime) -> None:
    row.access_token = grant.access_token
    row.expires_at = grant.expires_at
    if grant.refresh_token:  # rotated (or first given): saved in this same transaction
        row.refresh_token = grant.refresh_token
    if grant.account:
        row.account = grant.account[:320]
    row.refreshes = (row.refreshes or 0) + 1
    row.refreshed_at = now
    row.updated_at = now


def locked_row(session: Session, config: OAuthConfig) -> Any:
    """The identity's token row, made if missing, locked for this transaction: SELECT … FOR
    UPDATE on PostgreSQL; on SQLite the transaction already holds the write lock (BEGIN
    IMMEDIATE, grantbox/store)."""
    dialect = session.get_bind().dialect.name
    values = {
        "key": config.key,
        "provider": config.provider,
        "flow": config.flow,
        "account": config.user if config.flow == "service_account" else "",
        "refreshes": 0,
        "updated_at": utcnow(),
    }
    if dialect == "postgresql":
        from sqlalchemy.dialects.postgresql import insert as pg_insert

        session.execute(pg_insert(OAuthToken).values(**values).on_conflict_do_nothing())
    else:
        from sqlalchemy.dialects.sqlite import insert as sqlite_insert

        session.execute(sqlite_insert(OAuthToken).values(**values).on_conflict_do_nothing())
    query = select(OAuthToken).where(OAuthToken.key == config.key)
    if dialect == "postgresql":
        query = query.with_for_update()
    return session.scalars(query.execution_options(populate_existing=True)).one()


# -- one token source per identity per process ---------------------------------------------

_sources: dict[tuple[int, str, str], TokenSource] = {}
_stores: dict[tuple[int, str], Any] = {}
_sources_lock = threading.Lock()


def store_for(settings: Settings) -> Any:
    """The configured store, opened once per process (and again after a fork)."""
    from grantbox.store import open_store

    key = (os.getpid(), settings.resolved_database_url)
    with _sources_lock:
        store = _stores.get(key)
        if store is None:
            store = open_store(settings)
            _stores[key] = store
        return store


def token_source(settings: Settings) -> TokenSource:
    config = resolve(settings)
    key = (os.getpid(), settings.resolved_database_url, config.key)
    store = store_for(settings)
    with _sources_lock:
        source = _sources.get(key)
        if source is None or source.config != config:
            source = TokenSource(config, store)
            _sources[key] = source
        return source


def forget_cached() -> None:
    """Drop this process's token sources and stores (tests; `grantbox auth logout`)."""
    with _sources_lock:
        stores = list(_stores.values())
        _sources.clear()
        _stores.clear()
    for store in stores:
        store.dispose()


# -- signing in ----------------------------------------------------------------------------


def authenticate(
    settings: Settings,
    protocol: Protocol,
    attempt: Callable[[str, str], bool],
    *,
    user: str,
    host: str,
) -> None:
    """Sign in with the shared access token: `attempt(user, token)` returns False when the
    server refuses it (AUTHENTICATE NO, SMTP 535). A refused token is refreshed once and
    tried once more; a second refusal, or a token service that will not give one, raises
    SignInError with one line naming the fix."""
    source = token_source(settings)
    token = source.access_token()
    if attempt(user, token.token):
        return
    log.info("%s %s refused the OAuth2 access token; refreshing it once", protocol.upper(), host)
    token = source.access_token(rejected=token.token)
    if attempt(user, token.token):
        return
    raise SignInError(_token_refused(source.config, protocol, host, user))


def _token_refused(config: OAuthConfig, protocol: Protocol, host: str, user: str) -> str:
    name = protocol.upper()
    setting = "GRANTBOX_IMAP_USER" if protocol == "imap" else "GRANTBOX_SMTP_USER"
    if config.provider == "microsoft":
        fix = (
            f"check that {setting} is the mailbox the token is for, that {name} is enabled for "
            "it (Exchange: Set-CASMailbox"
            + (" -SmtpClientAuthenticationDisabled $false" if protocol == "smtp" else "")
            + "), and the app's permissions"
            + (" and its Exchange service principal" if config.flow == "client_credentials" else "")
        )
    elif config.provider == "google":
        fix = f"check that {setting} is the account the token is for and the scope https://mail.google.com/"
    else:
        fix = f"check that {setting} is the account the token is for, and GRANTBOX_OAUTH_SCOPES"
    return (
        f"{name} {host} refused the OAuth2 token for {user} "
        f"({config.mechanism.upper()}, refreshed once): {fix}"
    )


def mechanism_missing(protocol: Protocol, host: str, mechanism: str, offered: list[str]) -> str:
    """One line for a server that does not offer the configured SASL mechanism."""
    other = "oauthbearer" if mechanism == "xoauth2" else "xoauth2"
    has = ", ".join(offered) if offered else "none"
    hint = (
        f"set GRANTBOX_OAUTH_MECHANISM={other}"
        if other.upper() in offered
        else "check the host, port and security settings (many servers offer OAuth2 only after TLS)"
    )
    return (
        f"{protocol.upper()} {host} does not offer {mechanism.upper()} sign-in (it offers: "
        f"{has}): {hint}"
    )


def password_refused(protocol: Protocol, host: str, reason: str) -> str:
    """One line for a refused password, naming the fix; Microsoft 365 and Gmail get theirs."""
    name = protocol.upper()
    h = host.lower().rstrip(".")
    if h.endswith(("office365.com", "outlook.com", "office.com")):
        return (
            f"Microsoft 365 refuses passwords for {name}: set GRANTBOX_AUTH=oauth2 and "
            "GRANTBOX_OAUTH_PROVIDER=microsoft (with GRANTBOX_OAUTH_CLIENT_ID and "
            "GRANTBOX_OAUTH_TENANT), then run `grantbox auth login`"
        )
    if h.endswith(("gmail.com", "googlemail.com")):
        return (
            f"Google refused the password for {name}: use an app password (2-Step Verification "
            "on) in GRANTBOX_"
            + ("IMAP" if protocol == "imap" else "SMTP")
            + "_PASSWORD, or set GRANTBOX_AUTH=oauth2 and GRANTBOX_OAUTH_PROVIDER=google"
        )
    words = " ".join(reason.split())[:200]
    prefix = "GRANTBOX_IMAP" if protocol == "imap" else "GRANTBOX_SMTP"
    return (
        f"{name} {host} refused the user or password ({words}): check {prefix}_USER and "
        f"{prefix}_PASSWORD"
    )


def smtp_sign_in(smtp: smtplib.SMTP, settings: Settings) -> None:
    """Sign in to an open SMTP connection as configured: OAuth2 by XOAUTH2/OAUTHBEARER, or
    the password (when GRANTBOX_SMTP_USER is set). Raises OutboxSignInError (one line, no
    secret) when refused; network failures stay smtplib's/OSError."""
    host = settings.smtp_host or ""
    port = settings.smtp_port or (465 if settings.smtp_security == "ssl" else 587)
    if protocol_auth(settings, "smtp") == "oauth2":
        user = settings.smtp_user or settings.imap_user
        mechanism = settings.oauth_mechanism

        # smtplib's auth() sends no EHLO itself (login() does), and takes a 503 for "already
        # signed in".
        smtp.ehlo_or_helo_if_needed()
        offered = smtp.esmtp_features.get("auth", "").upper().split()
        if mechanism.upper() not in offered:
            raise OutboxSignInError(mechanism_missing("smtp", host, mechanism, offered))

        def attempt(user: str, token: str) -> bool:
            sasl = SaslClient(mechanism, user, token, host, port)
            try:
                smtp.auth(mechanism.upper(), sasl, initial_response_ok=True)
            except smtplib.SMTPAuthenticationError:
                return False
            return True

        try:
            authenticate(settings, "smtp", attempt, user=user, host=host)
        except OutboxSignInError:
            raise
        except SignInError as e:
            raise OutboxSignInError(str(e)) from None
        except ConfigError as e:
            raise OutboxSignInError(str(e)) from None
        return
    if settings.smtp_user:
        try:
            smtp.login(settings.smtp_user, settings.smtp_password.get_secret_value())
        except smtplib.SMTPAuthenticationError as e:
            reason = (
                e.smtp_error.decode("utf-8", "replace")
                if isinstance(e.smtp_error, bytes)
                else str(e.smtp_error)
            )
            raise OutboxSignInError(
                password_refused("smtp", host, f"{e.smtp_code} {reason}")
            ) from None


# -- for commands ----------------------------------------------------------------------------


def check_token(settings: Settings, *, refresh: bool = False) -> str:
    """Obtain (or refresh when near its expiry) the access token as signing in would, and
    describe it without any secret: "generic OAuth2, refresh_token flow, client x: access
    token valid until … (54 min left)". With `refresh`, get a new one whatever the stored one
    says: that proves the refresh token (or client secret, or key) still works, as
    `grantbox check` must. Raises ConfigError or SignInError (one line)."""
    source = token_source(settings)
    token = source.access_token()
    if refresh:
        token = source.access_token(rejected=token.token)
    return f"{source.config.describe()}: {_expiry_text(token.expires_at)}"


def token_status(settings: Settings) -> dict[str, Any]:
    """What is stored for the configured identity, without any token: for `auth status`."""
    config = resolve(settings)
    store = store_for(settings)
    with store.reading() as session:
        row = session.get(OAuthToken, config.key)
        seed = config.seed_refresh_token.get_secret_value().strip()
        status: dict[str, Any] = {
            "imap": protocol_auth(settings, "imap"),
            "smtp": protocol_auth(settings, "smtp"),
            "provider": config.provider,
            "flow": config.flow,
            "client_id": config.client_id,
            "tenant": config.tenant,
            "token_url": config.token_url,
            "scopes": list(config.scopes),
            "mechanism": config.mechanism,
            "stored": row is not None,
            "account": row.account if row is not None else "",
            "refresh_token": (
                "not used by this flow"
                if config.flow != "refresh_token"
                else "from GRANTBOX_OAUTH_REFRESH_TOKEN (new, not used yet)"
                if seed and (row is None or row.refresh_seed != _digest(seed))
                else ("stored" if row is not None and row.refresh_token else "none")
            ),
            "access_token_expires_at": (
                _aware(row.expires_at).isoformat()  # type: ignore[union-attr]
                if row is not None and row.expires_at is not None and row.access_token
                else None
            ),
            "access_token": _expiry_text(
                row.expires_at if row is not None and row.access_token else None
            ),
            "token_requests": row.refreshes if row is not None else 0,
            "refreshed_at": (
                _aware(row.refreshed_at).isoformat()  # type: ignore[union-attr]
                if row is not None and row.refreshed_at is not None
                else None
            ),
        }
    return status


def store_login(settings: Settings, grant: Grant) -> None:
    """Keep what a one-time consent gave (`grantbox auth login`): the refresh token, and the
    access token with its expiry. GRANTBOX_OAUTH_REFRESH_TOKEN, if set, is marked as already
    seen, so it does not replace the new token."""
    config = resolve(settings)
    store = store_for(settings)
    seed = config.seed_refresh_token.get_secret_value().strip()
    with store.transaction() as session:
        row = locked_row(session, config)
        row.refresh_seed = _digest(seed) if seed else None
        row.refresh_token = grant.refresh_token
        row.access_token = None
        row.expires_at = None
        save_grant(row, grant, utcnow())
    _drop_cached(settings)


def store_refresh_token(settings: Settings, refresh_token: str) -> None:
    """Keep a refresh token obtained elsewhere (`auth login --refresh-token-stdin`)."""
    config = resolve(settings)
    store = store_for(settings)
    seed = config.seed_refresh_token.get_secret_value().strip()
    with store.transaction() as session:
        row = locked_row(session, config)
        row.refresh_seed = _digest(seed) if seed else None
        row.refresh_token = refresh_token
        row.access_token = None
        row.expires_at = None
        row.updated_at = utcnow()
    _drop_cached(settings)


def forget_tokens(settings: Settings, *, every: bool = False) -> int:
    """Delete the stored tokens of the configured identity (every identity with `every`)."""
    from sqlalchemy import delete

    store = store_for(settings)
    with store.transaction() as session:
        query = delete(OAuthToken)
        if not every:
            query = query.where(OAuthToken.key == resolve(settings).key)
        result = session.execute(query)
        removed = int(getattr(result, "rowcount", 0) or 0)
    _drop_cached(settings)
    return removed


def _drop_cached(settings: Settings) -> None:
    with _sources_lock:
        for key in [k for k in _sources if k[1] == settings.resolved_database_url]:
            del _sources[key]


_quiet_depth = 0
_quiet_saved: dict[str, int] = {}
_quiet_lock = threading.Lock()
_LIBRARY_LOGGERS = ("msal", "google.auth", "urllib3", "requests_oauthlib", "authlib")


@contextmanager
def _quiet_libraries() -> Iterator[None]:
    """msal, google-auth and urllib3 log request details at DEBUG: keep them at WARNING while
    a token is asked for (a count, so that threads asking at once restore the levels once)."""
    global _quiet_depth
    with _quiet_lock:
        if _quiet_depth == 0:
            for name in _LIBRARY_LOGGERS:
                logger = logging.getLogger(name)
                _quiet_saved[name] = logger.level
                if logger.getEffectiveLevel() < logging.WARNING:
                    logger.setLevel(logging.WARNING)
        _quiet_depth += 1
    try:
        yield
    finally:
        with _quiet_lock:
            _quiet_depth -= 1
            if _quiet_depth == 0:
                for name, level in _quiet_saved.items():
                    logging.getLogger(name).setLevel(level)
                _quiet_saved.clear()
