"""`grantbox auth`: the one-time OAuth2 consent, what is stored, and forgetting it.

    grantbox auth login     consent once; the refresh token goes into the database
    grantbox auth status    which flow, whose token, when it expires (never a token)
    grantbox auth logout    forget the stored tokens

`login` is headless-friendly:

- microsoft: the device code flow (msal `PublicClientApplication.initiate_device_flow`): it
  prints a URL and a code to enter on any device. The app registration must allow public
  client flows, and GRANTBOX_OAUTH_CLIENT_SECRET stays empty for it (a token issued to a public
  client is refreshed by the public client).
- google: the installed-app flow with a loopback redirect (Google retired the copy-paste
  "out of band" flow): it prints the consent URL; after consent the browser is sent to
  http://127.0.0.1:<port>/. On this machine that page answers and login finishes; from a
  browser elsewhere, paste the address that page failed to load and login finishes as well.
- any provider: `--refresh-token-stdin` stores a refresh token obtained elsewhere (one line on
  standard input, so it is in neither the shell history nor the process list), and checks it
  by getting an access token. For generic servers that is the way in (or
  GRANTBOX_OAUTH_REFRESH_TOKEN).

client_credentials and service_account need no login: `auth login` only checks them.
"""

from __future__ import annotations

import contextlib
import http.server
import json
import secrets
import select
import sys
import threading
from datetime import UTC, datetime, timedelta
from typing import Annotated, Any
from urllib.parse import parse_qs, urlsplit

import typer

from grantbox import oauth
from grantbox.config import Settings, load_settings
from grantbox.errors import ConfigError, SignInError

auth_app = typer.Typer(
    help="OAuth2 sign-in to the mailbox: consent once, see what is stored, forget it.",
    no_args_is_help=True,
)

LOGIN_TIMEOUT = 600.0  # seconds to wait for the consent


def _oauth_settings() -> Settings:
    settings = load_settings()
    if not oauth.uses_oauth(settings):
        raise ConfigError(
            "grantbox signs in with a password: set GRANTBOX_AUTH=oauth2 and "
            "GRANTBOX_OAUTH_PROVIDER to use OAuth2"
        )
    return settings


def _say(text: str) -> None:
    typer.echo(text, err=True)


@auth_app.command()
def login(
    refresh_token_stdin: Annotated[
        bool,
        typer.Option(
            "--refresh-token-stdin",
            help="Store a refresh token obtained elsewhere, read as one line from stdin.",
        ),
    ] = False,
) -> None:
    """Consent once and store the refresh token in the database (see `grantbox auth --help`)."""
    settings = _oauth_settings()
    config = oauth.resolve(settings)
    if refresh_token_stdin:
        token = sys.stdin.readline().strip()
        if not token:
            raise ConfigError("--refresh-token-stdin read no refresh token from standard input")
        if config.flow != "refresh_token":
            raise ConfigError(
                f"GRANTBOX_OAUTH_FLOW={config.flow} uses no refresh token: nothing to store"
            )
        oauth.store_refresh_token(settings, token)
        typer.echo(f"refresh token stored; {oauth.check_token(settings)}")
        return
    if config.flow != "refresh_token":
        typer.echo(f"{config.flow} needs no login; {oauth.check_token(settings)}")
        return
    if config.provider == "microsoft":
        grant = _microsoft_device_flow(config)
    elif config.provider == "google":
        grant = _google_loopback(config)
    else:
        raise ConfigError(
            "for GRANTBOX_OAUTH_PROVIDER=generic, obtain a refresh token from your provider and "
            "run `grantbox auth login --refresh-token-stdin` (or set GRANTBOX_OAUTH_REFRESH_TOKEN)"
        )
    if not grant.refresh_token:
        raise SignInError(
            "the consent gave no refresh token: allow offline access for the app and run "
            "`grantbox auth login` again"
        )
    oauth.store_login(settings, grant)
    who = f" for {grant.account}" if grant.account else ""
    typer.echo(f"signed in{who}; {oauth.check_token(settings)}")


def _microsoft_device_flow(config: oauth.OAuthConfig) -> oauth.Grant:
    """msal's device code flow: the user opens the printed URL anywhere and enters the code."""
    app = oauth._msal_app(config, public=True)
    flow = app.initiate_device_flow(scopes=list(config.scopes))
    if "user_code" not in flow:
        code = str(flow.get("error") or "no_device_code")
        raise SignInError(oauth.refusal_message(config, code))
    _say(str(flow.get("message") or f"open {flow.get('verification_uri')}"))
    return oauth._msal_result(app.acquire_token_by_device_flow(flow))


class _Redirect(http.server.BaseHTTPRequestHandler):
    """The loopback redirect target: keeps the query, answers a short page, logs nothing."""

    received: str | None = None

    def do_GET(self) -> None:
        type(self).received = self.path
        self.send_response(200)
        self.send_header("Content-Type", "text/plain; charset=utf-8")
        self.end_headers()
        self.wfile.write(b"grantbox: consent received, you can close this page.\n")

    def log_message(self, format: str, *args: Any) -> None:
        pass  # the URL carries the authorization code


def _google_loopback(config: oauth.OAuthConfig) -> oauth.Grant:
    """Google's installed-app flow, loopback redirect, PKCE; the code exchange is an ordinary
    authorization_code grant (authlib), the refresh token is then refreshed by google-auth."""
    from authlib.common.security import generate_token
    from authlib.integrations.requests_client import OAuth2Session, OAuthError

    handler = type("_Handler", (_Redirect,), {"received": None})
    server = http.server.HTTPServer(("127.0.0.1", 0), handler)
    redirect_uri = f"http://127.0.0.1:{server.server_port}/"
    verifier = generate_token(64)
    client = OAuth2Session(
        client_id=config.client_id,
        client_secret=config.client_secret.get_secret_value(),
        scope=" ".join(config.scopes),
        redirect_uri=redirect_uri,
        code_challenge_method="S256",
    )
    state = secrets.token_urlsafe(16)
    url, _ = client.create_authorization_url(
        oauth.GOOGLE_AUTH_URL,
        state=state,
        code_verifier=verifier,
        access_type="offline",
        prompt="consent",
    )
    _say("Open this address in a browser, on any machine, and allow access:\n")
    _say(f"  {url}\n")
    _say(
        "If the browser then fails to load an http://127.0.0.1 page (it ran on another "
        "machine), paste that page's address here and press Enter:"
    )
    try:
        answer = _wait_for_redirect(server, handler)
    finally:
        server.server_close()
    query = parse_qs(urlsplit(answer).query)
    if query.get("state", [""])[0] != state:
        raise SignInError("the consent answer does not match this login: run it again")
    if "code" not in query:
        error = query.get("error", ["no_code"])[0][:60]
        raise SignInError(oauth.refusal_message(config, error))
    try:
        with client:
            token = client.fetch_token(
                config.token_url or oauth.GOOGLE_TOKEN_URL,
                code=query["code"][0],
                code_verifier=verifier,
                grant_type="authorization_code",
                timeout=oauth.HTTP_TIMEOUT,
            )
    except OAuthError as e:
        raise SignInError(oauth.refusal_message(config, str(e.error or "error"))) from None
    return oauth.Grant(
        access_token=str(token["access_token"]),
        expires_at=datetime.now(UTC) + timedelta(seconds=float(token.get("expires_in") or 3600)),
        refresh_token=token.get("refresh_token"),
    )


def _wait_for_redirect(server: http.server.HTTPServer, handler: type[_Redirect]) -> str:
    """The redirected address: from the loopback request, or pasted on stdin."""
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.2})
    thread.daemon = True
    thread.start()
    deadline = datetime.now(UTC) + timedelta(seconds=LOGIN_TIMEOUT)
    try:
        while datetime.now(UTC) < deadline:
            if handler.received:
                return handler.received
            with contextlib.suppress(ValueError, OSError):
                ready, _, _ = select.select([sys.stdin], [], [], 0.5)
                if ready:
                    line = sys.stdin.readline().strip()
                    if line:
                        return line
        raise SignInError("no consent within 10 minutes: run `grantbox auth login` again")
    finally:
        server.shutdown()


@auth_app.command()
def status(
    as_json: Annotated[bool, typer.Option("--json", help="Print JSON only, on stdout.")] = False,
) -> None:
    """Which sign-in and flow, whether a refresh token is stored, when the access token
    expires. Never prints a token or the client secret."""
    settings = _oauth_settings()
    info = oauth.token_status(settings)
    if as_json:
        sys.stdout.write(json.dumps(info, indent=2) + "\n")
        return
    where = info["token_url"] or (f"tenant {info['tenant']}" if info["tenant"] else "")
    lines = [
        f"sign-in: IMAP {info['imap']}, SMTP {info['smtp']} ({info['mechanism'].upper()})",
        f"provider: {info['provider']}, flow {info['flow']}"
        + (f", client {info['client_id']}" if info["client_id"] else "")
        + (f", {where}" if where else ""),
        f"scopes: {' '.join(info['scopes']) or '(the server default)'}",
        f"refresh token: {info['refresh_token']}",
        f"{info['access_token']}" + (f" for {info['account']}" if info["account"] else ""),
        f"token requests: {info['token_requests']}"
        + (f", the last at {info['refreshed_at']}" if info["refreshed_at"] else ""),
    ]
    typer.echo("\n".join(lines))


@auth_app.command()
def logout(
    every: Annotated[
        bool, typer.Option("--all", help="Forget the tokens of every identity, not only this.")
    ] = False,
) -> None:
    """Forget the stored tokens (the provider's consent stays until revoked there)."""
    settings = load_settings() if every else _oauth_settings()
    removed = oauth.forget_tokens(settings, every=every)
    typer.echo(f"forgot {removed} stored token set(s)")
    if settings.oauth_refresh_token.get_secret_value():
        typer.echo("GRANTBOX_OAUTH_REFRESH_TOKEN is still set: it will be used again")
