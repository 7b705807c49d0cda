"""Settings: `GRANTBOX_*` environment variables, then an optional `grantbox.toml`.

One `Settings` object is built per process (`load_settings`) and passed down explicitly;
nothing below the CLI/flows reads the environment itself. Secrets are `SecretStr` so they never
appear in logs or reprs.
"""

from __future__ import annotations

import ipaddress
import json
import os
import re
import socket
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Literal

from pydantic import SecretStr, ValidationError, field_validator, model_validator
from pydantic_settings import (
    BaseSettings,
    NoDecode,
    PydanticBaseSettingsSource,
    SettingsConfigDict,
    TomlConfigSettingsSource,
)

from grantbox.errors import ConfigError

Security = Literal["ssl", "starttls", "plain"]
# A bare address (local@domain) a person can receive mail at: no display name, no spaces,
# no list, nothing that could end a header.
_ADDRESS = re.compile(
    r"^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+"  # the local part, unquoted
    r"@[A-Za-z0-9](?:[A-Za-z0-9.-]*[A-Za-z0-9])?$"  # the domain
)


def email_address(value: str) -> str:
    """`value` stripped, if it is a plain email address; ValueError otherwise."""
    address = value.strip()
    if len(address) > 320 or not _ADDRESS.match(address) or ".." in address:
        raise ValueError(f"not an email address: {value[:80]!r}")
    return address


def is_loopback(host: str) -> bool:
    """True when `host` names this machine only: plain-text mail protocols are allowed there."""
    if host in ("localhost", "localhost.localdomain"):
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        try:
            return all(
                ipaddress.ip_address(info[4][0]).is_loopback
                for info in socket.getaddrinfo(host, None)
            )
        except OSError:
            return False


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_prefix="GRANTBOX_",
        extra="ignore",
    )

    # Where the SQLite database and the content-addressed files live.
    data_dir: Path = Path("grantbox-data")
    database_url: str | None = None  # default: sqlite:///<data_dir>/grantbox.db
    # SQLite: how long a writer waits for another process's write to finish before it fails
    # ("the database stayed locked"); readers never wait.
    database_lock_timeout: float = 30.0
    # Retention: `grantbox retention` (daily) erases applications that have been rejected,
    # withdrawn or stale for this many days (since their last change), and emails filed under
    # no application (unmatched, robots, errors) this old. None: kept until erased by hand.
    retention_days_rejected: float | None = None
    retention_days_withdrawn: float | None = None
    retention_days_stale: float | None = None
    retention_days_unmatched: float | None = None

    imap_host: str | None = None  # None: no mailbox configured (the demo starts its own)
    imap_port: int | None = None  # default by security: 993 for ssl, 143 otherwise
    imap_user: str = ""
    imap_password: SecretStr = SecretStr("")
    imap_ssl: Security = "ssl"
    imap_folder: str = "INBOX"
    sent_folder: str = "Sent"
    imap_batch_size: int = 50  # messages per FETCH
    imap_timeout: float = 60.0

    smtp_host: str | None = None
    smtp_port: int | None = None
    smtp_user: str = ""
    smtp_password: SecretStr = SecretStr("")
    smtp_security: Security = "starttls"
    # Seconds to wait for the SMTP server (connect, each reply). A server that does not answer
    # costs one such wait per send pass: the pass then leaves the rest of the queue for later.
    smtp_timeout: float = 60.0

    # Signing in to the mailbox (IMAP) and the SMTP server: a password (GRANTBOX_IMAP_PASSWORD,
    # GRANTBOX_SMTP_PASSWORD), or an OAuth2 access token sent by SASL XOAUTH2 or OAUTHBEARER
    # (RFC 7628). SMTP signs in as IMAP does unless GRANTBOX_SMTP_AUTH says otherwise; with
    # OAuth2 it presents GRANTBOX_SMTP_USER, or GRANTBOX_IMAP_USER when that is empty.
    # grantbox/oauth.py checks the combination (which settings each flow needs) when a token
    # is first wanted, and its errors name the settings, never their values.
    auth: Literal["password", "oauth2"] = "password"
    smtp_auth: Literal["password", "oauth2"] | None = None  # None: as GRANTBOX_AUTH
    # Whose token service: google (google-auth), microsoft (msal), or generic (authlib, against
    # GRANTBOX_OAUTH_TOKEN_URL).
    oauth_provider: Literal["google", "microsoft", "generic"] | None = None
    # How the token is obtained:
    #   refresh_token      a user's one-time consent (`grantbox auth login`), or a refresh token
    #                      obtained elsewhere (GRANTBOX_OAUTH_REFRESH_TOKEN); every provider
    #   client_credentials the application's own token, no user (Microsoft 365 app-only access
    #                      with the Exchange service principal; generic servers)
    #   service_account    Google Workspace domain-wide delegation: the service account's key
    #                      (GRANTBOX_OAUTH_SERVICE_ACCOUNT_FILE) acts as GRANTBOX_IMAP_USER
    # Unset: service_account when a service account file is given, else refresh_token.
    oauth_flow: Literal["refresh_token", "client_credentials", "service_account"] | None = None
    oauth_client_id: str = ""
    oauth_client_secret: SecretStr = SecretStr("")
    # Microsoft Entra tenant (its id or domain); for the refresh_token flow "organizations"
    # when unset, for client_credentials required.
    oauth_tenant: str = ""
    # The token endpoint: required for generic; for google it replaces Google's own endpoint.
    oauth_token_url: str = ""
    # A refresh token obtained elsewhere: then no `grantbox auth login` is needed. One the
    # server rotates is kept in the database and used from then on, until this setting changes.
    oauth_refresh_token: SecretStr = SecretStr("")
    # Space- or comma-separated; empty: the provider's mail scopes (see grantbox/oauth.py).
    oauth_scopes: str = ""
    oauth_mechanism: Literal["xoauth2", "oauthbearer"] = "xoauth2"
    oauth_service_account_file: Path | None = None

    from_address: str = "grants@example.org"
    program_name: str = "the ML research retraining grant"
    team_name: str = "The grants team"
    # Replies carry grants+<token>@… in Reply-To; off for providers without plus-addressing.
    reply_tokens: bool = True
    questions_file: Path | None = None  # default: templates/questions.toml
    templates_dir: Path | None = None  # default: the templates/ shipped with grantbox

    # Review: a decision email waits this long in the outbox, during which one click cancels
    # it and puts the application back in the queue.
    decision_hold_seconds: float = 600.0
    # A reviewer's sign-in lasts this long. Failed sign-ins: `attempts` per name from one
    # address, then that address waits a window, doubled with each further failure (up to an
    # hour); and `attempts` per address across names in any window.
    review_session_hours: float = 12.0
    review_signin_attempts: int = 5
    review_signin_window_seconds: float = 300.0
    # Addresses (or networks) of the reverse proxies in front of the review app (comma-
    # separated). Only a request from one of them is believed about the client's address
    # (X-Forwarded-For) and scheme (X-Forwarded-Proto); anyone else could forge them to dodge
    # the sign-in limit or to pass as HTTPS.
    review_trusted_proxies: Annotated[list[str], NoDecode] = []
    # Where reviewers open the review app: the base of every link in the daily digest.
    review_url: str = "http://127.0.0.1:8000"
    # Who gets the daily digest besides every enabled reviewer with an email (comma-separated).
    digest_to: Annotated[list[str], NoDecode] = []

    # Outgoing mail. At most this many automatic emails to one address in 24 hours; the rest
    # are recorded as suppressed.
    max_auto_emails_per_day: int = 3
    # An email the server could not take now (unreachable, refusing, silent, a 4xx) stays
    # queued and is tried again after 1, 2, 4, … minutes, never more than this far apart, for
    # as long as it takes: only a permanent refusal of the message itself (a 5xx to its
    # recipient or its DATA) fails it.
    send_backoff_cap_minutes: float = 15.0
    # An email whose sender died mid-send is looked up in the mailbox (our Bcc copy, Sent)
    # once it has been "sending" this long, then marked sent or sent again.
    send_recovery_seconds: float = 60.0

    # Chasing: the first reminder after this many days without a word from the applicant,
    # then up to `chase_reminders` in all, `chase_interval_days` apart; then stale.
    chase_after_days: float = 4.0
    chase_reminders: int = 2
    chase_interval_days: float = 3.0

    # Grants (issue 12): what an approval offers unless a person sets otherwise on the grant,
    # paid in `grant_instalments` equal monthly instalments from the start date.
    grant_amount: Decimal = Decimal("6000.00")
    grant_currency: str = "USD"
    grant_months: int = 3
    grant_instalments: int = 3
    checkins_file: Path | None = None  # default: templates/checkins.toml
    # A check-in unanswered this many days is reminded, up to `checkin_reminders` times
    # (that many days apart); then it is overdue (the digest and the Grants page say so).
    checkin_chase_days: float = 7.0
    checkin_reminders: int = 2

    # Committee review (issue 14). Each complete application goes to this many reviewers
    # (`grantbox assign`); it is ready to decide when that many have submitted a review.
    reviews_per_application: int = 2
    rubric_file: Path | None = None  # default: templates/rubric.toml
    # A reviewer sees the others' reviews of an application only after submitting her own.
    hide_reviews_until_submitted: bool = True
    # Blind first read: the applicant's name, email, links and the resume's contact block are
    # left out of the page until the reviewer has submitted her review of it.
    blind_first_read: bool = False

    # Bad-input limits. A message over max_message_bytes is recorded from its headers only; an
    # attachment over max_attachment_bytes is recorded but its bytes are not stored.
    max_message_bytes: int = 35 * 1024 * 1024
    max_attachment_bytes: int = 25 * 1024 * 1024
    # Text extraction of one file gets this long in a worker process before it is abandoned.
    extract_timeout: float = 60.0
    extract_workers: int = 0  # 0: one per CPU
    # The address space one worker may use: a decompression or nesting bomb in an applicant's
    # file or email ends there as "needs more memory than allowed", not in the machine's swap.
    extract_memory_mb: int = 1024

    # Trust the Authentication-Results headers (RFC 8601) that these receiving servers add
    # (comma-separated authserv-ids): "mx.google.com" for Gmail, "*.messagingengine.com" for
    # Fastmail, "(none)" for Microsoft 365, which writes no id. Mail whose From they say is
    # forged is not filed under an applicant. Empty: senders are not checked.
    authserv_ids: str = ""

    # A mail provider's profile (grantbox/providers.py) fills the IMAP and SMTP hosts, ports
    # and security, the Sent folder's name, who files the sent copy, the Authentication-Results
    # ids and reply tokens, each unless set explicitly. "generic" (or none): nothing filled.
    provider: Literal["gmail", "microsoft365", "fastmail", "icloud", "yahoo", "generic"] | None = (
        None
    )
    # Who files the copy of each sent email in Sent: "append" (grantbox, by IMAP APPEND) or
    # "provider" (its SMTP server does so itself: Gmail, Microsoft 365; no second copy).
    sent_copy: Literal["append", "provider"] = "append"
    # `grantbox watch` ends IMAP IDLE and starts it again this often: servers may drop an IDLE
    # after 29 minutes (RFC 2177), some sooner.
    idle_reissue_minutes: float = 24.0
    # A server that answers "throttled" or "unavailable" is left alone this long, doubled
    # while it keeps saying so, at most the cap.
    imap_throttle_wait_seconds: float = 30.0
    imap_throttle_cap_seconds: float = 600.0
    # A long first sync prints a progress line this often when its output is not a terminal.
    progress_interval_seconds: float = 10.0

    @model_validator(mode="after")
    def _provider_profile(self) -> Settings:
        from grantbox.providers import apply_profile

        return apply_profile(self)

    @field_validator("digest_to", mode="before")
    @classmethod
    def _address_list(cls, value: object) -> object:
        # The environment gives one string: "a@x.org, b@y.org" (or a JSON list).
        if isinstance(value, str):
            text = value.strip()
            value = json.loads(text) if text.startswith("[") else text.split(",")
        if isinstance(value, list):
            return [email_address(str(v)) for v in value if str(v).strip()]
        return value

    @field_validator("review_trusted_proxies", mode="before")
    @classmethod
    def _networks(cls, value: object) -> object:
        if isinstance(value, str):  # "10.0.0.1, 10.0.0.0/24" (or a JSON list)
            text = value.strip()
            value = json.loads(text) if text.startswith("[") else text.split(",")
        if isinstance(value, list):
            networks = []
            for v in value:
                if not str(v).strip():
                    continue
                try:
                    networks.append(str(ipaddress.ip_network(str(v).strip(), strict=False)))
                except ValueError as e:
                    raise ValueError(f"not an IP address or network: {str(v)[:60]!r}") from e
            return networks
        return value

    @model_validator(mode="after")
    def _plain_only_on_loopback(self) -> Settings:
        for proto, host, security in (
            ("IMAP", self.imap_host, self.imap_ssl),
            ("SMTP", self.smtp_host, self.smtp_security),
        ):
            if host and security == "plain" and not is_loopback(host):
                raise ValueError(
                    f"{proto} security 'plain' sends the password in clear text; it is allowed "
                    f"only to a loopback host, not {host!r} (use ssl or starttls)"
                )
        return self

    @classmethod
    def settings_customise_sources(
        cls,
        settings_cls: type[BaseSettings],
        init_settings: PydanticBaseSettingsSource,
        env_settings: PydanticBaseSettingsSource,
        dotenv_settings: PydanticBaseSettingsSource,
        file_secret_settings: PydanticBaseSettingsSource,
    ) -> tuple[PydanticBaseSettingsSource, ...]:
        # Environment wins over the file: operators override a checked-in grantbox.toml per run.
        # GRANTBOX_CONFIG names another file; read at each load, not at import.
        toml_file = os.environ.get("GRANTBOX_CONFIG", "grantbox.toml")
        return (init_settings, env_settings, TomlConfigSettingsSource(settings_cls, toml_file))

    @property
    def resolved_database_url(self) -> str:
        if self.database_url:
            return self.database_url
        return f"sqlite:///{(self.data_dir / 'grantbox.db').resolve()}"

    @property
    def resolved_imap_port(self) -> int:
        if self.imap_port:
            return self.imap_port
        return 993 if self.imap_ssl == "ssl" else 143

    @property
    def blob_dir(self) -> Path:
        return self.data_dir / "blobs"


def load_settings(**overrides: object) -> Settings:
    """The settings, or ConfigError naming each bad setting and what is wrong with it.

    Never pydantic's own message: it repeats the input, and for a check across settings that
    is the whole input, secrets included (its tail was GRANTBOX_SMTP_PASSWORD's value).
    """
    try:
        return Settings(**overrides)  # type: ignore[arg-type]
    except ValidationError as e:
        problems = _problems(e)
    # Raised outside the except block: a traceback (the flows log one) must not carry the
    # ValidationError along as its context.
    if len(problems) == 1:
        raise ConfigError(f"bad configuration: {problems[0]}")
    raise ConfigError("bad configuration:\n" + "\n".join(f"  {p}" for p in problems))


_SECRETS = frozenset(
    name for name, field in Settings.model_fields.items() if field.annotation is SecretStr
)


def _problems(error: ValidationError) -> list[str]:
    """One line per problem: the setting's variable and what is wrong, never the value given.
    pydantic's messages for its own checks name the expected type or choices, not the input;
    a validator's own words (value_error) are kept for ordinary settings (ours name hosts and
    addresses) but not for a secret's."""
    lines = []
    for problem in error.errors(include_url=False, include_input=False, include_context=False):
        loc = [str(part) for part in problem["loc"]]
        field = loc[0] if loc else ""
        message = str(problem["msg"]).removeprefix("Value error, ")
        if field in _SECRETS and problem["type"] in ("value_error", "assertion_error"):
            message = "not accepted"
        where = f"GRANTBOX_{field.upper()}" if field else "settings"
        if len(loc) > 1:
            where += f" (item {loc[1]})"
        lines.append(f"{where}: {message}")
    return lines
