"""A real local OAuth2 authorization server for the tests, built on authlib + Flask.

Nothing here is a test; import it from tests (``from tests.oauthserver import OAuthServer``).

:class:`OAuthServer` serves, on a free loopback port (werkzeug, one thread per request):

* ``token_url`` (``POST /token``, RFC 6749): ``grant_type=refresh_token`` (the refresh token is
  kept, or rotated with ``rotate_refresh_tokens=True``) and ``client_credentials``; clients
  authenticate by ``client_secret_basic`` or ``client_secret_post``.
* ``introspect_url`` (``POST /introspect``, RFC 7662): strict RFC answers for any resource
  server holding client credentials (HTTP Basic): ``{"active": true, "username", "sub",
  "email", "scope", "exp", "iat", "client_id", ...}`` or ``{"active": false}``.
* ``mail_introspect_url`` (``POST /introspect/mail``): what the test Dovecot's
  ``passdb { driver = oauth2 }`` calls (the credentials are embedded in the URL, which Dovecot
  turns into HTTP Basic). Same answers, but for *access tokens* only: a refresh token
  presented as a bearer token is refused, as a real provider would (the RFC endpoint would
  call it active, and Dovecot would let it in).
* ``revocation_url`` (``POST /revoke``, RFC 7009) and ``userinfo_url`` (``GET /userinfo`` with
  ``Authorization: Bearer``).

Tokens are opaque random strings (``secrets.token_urlsafe``); the server never logs requests
(werkzeug's access log is silenced), so no token ends up in a log.

Usage::

    with OAuthServer() as auth:
        auth.register_client("grantbox", "s3cret", scopes=["mail"])
        refresh = auth.issue_refresh_token("grantbox", "grants@example.test", scope="mail")
        # ... point the code under test at auth.token_url with that refresh token ...
        auth.access_token_lifetime = 2           # later tokens expire after 2 s
        auth.expire_all_access_tokens()          # or right now
        auth.revoke(refresh)                     # the session and its access tokens
        assert auth.token_requests["refresh_token"] == 1
"""

from __future__ import annotations

import logging
import math
import secrets
import threading
import time
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, ClassVar

from authlib.integrations.flask_oauth2 import AuthorizationServer
from authlib.oauth2.rfc6749 import ClientMixin, TokenMixin, grants
from authlib.oauth2.rfc6749.util import scope_to_list
from authlib.oauth2.rfc6750 import BearerTokenGenerator
from authlib.oauth2.rfc7009 import RevocationEndpoint
from authlib.oauth2.rfc7662 import IntrospectionEndpoint
from flask import Flask, Response, jsonify, request
from werkzeug.serving import BaseWSGIServer, WSGIRequestHandler, make_server

__all__ = ["AccessToken", "OAuthClient", "OAuthServer", "RefreshToken"]

LOOPBACK = "127.0.0.1"
TOKEN_AUTH_METHODS = ("client_secret_basic", "client_secret_post")
# authlib's server side logs every issued token and the client (with its secret) at DEBUG.
# Only server-side modules log there; authlib's client side (what grantbox uses) is untouched,
# so a scan of the logs for secrets still sees whatever grantbox itself logs.
_SERVER_LOGGERS = ("authlib.oauth2.rfc6749.grants", "authlib.oauth2.rfc6749.authenticate_client")


def _new_token() -> str:
    return secrets.token_urlsafe(32)


# ------------------------------------------------------------------------------------ models


@dataclass
class OAuthClient(ClientMixin):
    """A registered client. ``scopes=None`` allows any scope. ``act_as`` is the username that
    tokens of the ``client_credentials`` grant act for (app-only access to one mailbox, like a
    Microsoft app with the Exchange permission or a Google service account with domain-wide
    delegation); without it they act for the client id itself."""

    client_id: str
    client_secret: str = field(repr=False)
    scopes: tuple[str, ...] | None = None
    grant_types: tuple[str, ...] = ("refresh_token", "client_credentials")
    auth_methods: tuple[str, ...] = TOKEN_AUTH_METHODS
    act_as: str | None = None
    resource_server: bool = False  # may introspect any token

    def get_client_id(self) -> str:
        return self.client_id

    def get_default_redirect_uri(self) -> str | None:
        return None

    def get_allowed_scope(self, scope: str | None) -> str:
        if self.scopes is None:
            return scope or ""
        if not scope:
            return " ".join(self.scopes)
        allowed = set(self.scopes)
        return " ".join(s for s in scope_to_list(scope) if s in allowed)

    def check_redirect_uri(self, redirect_uri: str) -> bool:
        return False

    def check_client_secret(self, client_secret: str) -> bool:
        return secrets.compare_digest(
            client_secret.encode("utf-8"), self.client_secret.encode("utf-8")
        )

    def check_endpoint_auth_method(self, method: str, endpoint: str) -> bool:
        return method in self.auth_methods

    def check_response_type(self, response_type: str) -> bool:
        return False

    def check_grant_type(self, grant_type: str) -> bool:
        return grant_type in self.grant_types


@dataclass
class RefreshToken(TokenMixin):
    """A refresh token; ``session`` is shared by every token of one consent (rotations and
    the access tokens issued from it), so revoking the session revokes them all."""

    token: str = field(repr=False)
    client_id: str
    username: str
    scope: str
    session: str
    issued_at: float = field(default_factory=time.time)
    revoked: bool = False

    def check_client(self, client: ClientMixin) -> bool:
        return bool(client.get_client_id() == self.client_id)

    def get_scope(self) -> str:
        return self.scope

    def get_expires_in(self) -> int:
        return 0

    def is_expired(self) -> bool:
        return False

    def is_revoked(self) -> bool:
        return self.revoked


@dataclass
class AccessToken(TokenMixin):
    token: str = field(repr=False)
    client_id: str
    username: str
    scope: str
    expires_at: float
    session: str | None = None
    grant_type: str = "direct"
    issued_at: float = field(default_factory=time.time)
    revoked: bool = False

    def check_client(self, client: ClientMixin) -> bool:
        return bool(client.get_client_id() == self.client_id)

    def get_scope(self) -> str:
        return self.scope

    def get_expires_in(self) -> int:
        return max(0, math.ceil(self.expires_at - self.issued_at))

    def is_expired(self) -> bool:
        return time.time() >= self.expires_at

    def is_revoked(self) -> bool:
        return self.revoked

    @property
    def active(self) -> bool:
        return not (self.revoked or self.is_expired())


@dataclass
class _User:
    username: str


# ------------------------------------------------------------------------------------ server


class _QuietHandler(WSGIRequestHandler):
    """No access log: a GET-mode introspection would put the token in the logged URL."""

    def log_request(self, code: int | str = "-", size: int | str = "-") -> None:
        pass

    def log(self, type: str, message: str, *args: Any) -> None:
        pass


class OAuthServer:
    """A real OAuth2 authorization server on loopback (see the module docstring).

    ``rotate_refresh_tokens``: every refresh answers a new refresh token and revokes the old
    one (Microsoft does this); default keeps the same refresh token (Google).
    ``access_token_lifetime`` (seconds, settable at any time) applies to tokens issued later.
    """

    def __init__(
        self,
        *,
        rotate_refresh_tokens: bool = False,
        access_token_lifetime: float = 3600,
        host: str = LOOPBACK,
    ) -> None:
        self.rotate_refresh_tokens = rotate_refresh_tokens
        self.access_token_lifetime = access_token_lifetime
        self.token_endpoint_delay = 0.0  # seconds each token request takes (concurrency tests)
        self._host = host
        self._lock = threading.RLock()
        self._clients: dict[str, OAuthClient] = {}
        self._refresh: dict[str, RefreshToken] = {}
        self._access: dict[str, AccessToken] = {}
        self._token_requests: Counter[str] = Counter()
        self._tokens_issued: Counter[str] = Counter()
        self._introspections = 0
        self._failures: list[tuple[int, str]] = []
        self._server: BaseWSGIServer | None = None
        self._thread: threading.Thread | None = None
        # The resource server (Dovecot, the SMTP relay) authenticates to the introspection
        # endpoints with these.
        self.resource_client_id = "mail-resource-server"
        self.resource_client_secret = secrets.token_urlsafe(16)
        self.register_client(
            self.resource_client_id,
            self.resource_client_secret,
            scopes=(),
            grant_types=(),
            resource_server=True,
        )
        for name in _SERVER_LOGGERS:
            logging.getLogger(name).setLevel(logging.WARNING)
        self._app = self._build_app()

    # -- lifecycle ---------------------------------------------------------------------------

    def __enter__(self) -> OAuthServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def start(self) -> OAuthServer:
        if self._server is not None:
            return self
        server = make_server(self._host, 0, self._app, threaded=True, request_handler=_QuietHandler)
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever,
            kwargs={"poll_interval": 0.05},
            daemon=True,
            name=f"oauth-server-{server.server_port}",
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        server, self._server = self._server, None
        if server is None:
            return
        server.shutdown()
        server.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    # -- addresses ---------------------------------------------------------------------------

    @property
    def host(self) -> str:
        return self._host

    @property
    def port(self) -> int:
        if self._server is None:
            raise RuntimeError("OAuthServer is not started")
        return int(self._server.server_port)

    @property
    def base_url(self) -> str:
        return f"http://{self._host}:{self.port}"

    @property
    def issuer(self) -> str:
        return self.base_url

    @property
    def token_url(self) -> str:
        return f"{self.base_url}/token"

    @property
    def introspect_url(self) -> str:
        return f"{self.base_url}/introspect"

    @property
    def mail_introspect_url(self) -> str:
        return f"{self.base_url}/introspect/mail"

    @property
    def revocation_url(self) -> str:
        return f"{self.base_url}/revoke"

    @property
    def userinfo_url(self) -> str:
        return f"{self.base_url}/userinfo"

    def mail_introspect_url_with_credentials(self) -> str:
        """``mail_introspect_url`` with the resource server's client id and secret in the
        userinfo part (Dovecot sends them as HTTP Basic). Contains a secret: don't log it."""
        return (
            f"http://{self.resource_client_id}:{self.resource_client_secret}@"
            f"{self._host}:{self.port}/introspect/mail"
        )

    # -- clients and tokens ------------------------------------------------------------------

    def register_client(
        self,
        client_id: str,
        client_secret: str,
        scopes: Iterable[str] | None = None,
        *,
        grant_types: Iterable[str] = ("refresh_token", "client_credentials"),
        auth_methods: Iterable[str] = TOKEN_AUTH_METHODS,
        act_as: str | None = None,
        resource_server: bool = False,
    ) -> OAuthClient:
        """Register (or replace) a confidential client. ``scopes=None``: any scope."""
        client = OAuthClient(
            client_id=client_id,
            client_secret=client_secret,
            scopes=None if scopes is None else tuple(scopes),
            grant_types=tuple(grant_types),
            auth_methods=tuple(auth_methods),
            act_as=act_as,
            resource_server=resource_server,
        )
        with self._lock:
            self._clients[client_id] = client
        return client

    def client(self, client_id: str) -> OAuthClient | None:
        with self._lock:
            return self._clients.get(client_id)

    def issue_refresh_token(self, client_id: str, username: str, scope: str = "") -> str:
        """A refresh token for ``username``, as the one-time consent done elsewhere gives."""
        with self._lock:
            if client_id not in self._clients:
                raise KeyError(f"client {client_id!r} is not registered")
            record = RefreshToken(
                token=_new_token(),
                client_id=client_id,
                username=username,
                scope=scope,
                session=secrets.token_hex(8),
            )
            self._refresh[record.token] = record
        return record.token

    def issue_access_token(
        self,
        username: str,
        lifetime: float | None = None,
        *,
        scope: str = "",
        client_id: str = "direct",
    ) -> str:
        """An access token for ``username``, valid ``lifetime`` seconds (default
        ``access_token_lifetime``), without any HTTP round trip."""
        now = time.time()
        life = self.access_token_lifetime if lifetime is None else lifetime
        record = AccessToken(
            token=_new_token(),
            client_id=client_id,
            username=username,
            scope=scope,
            issued_at=now,
            expires_at=now + life,
        )
        with self._lock:
            self._access[record.token] = record
        return record.token

    def revoke(self, token: str) -> bool:
        """Revoke a refresh token's whole session (every rotation of it and every access token
        issued from it), or a single access token. Returns False for an unknown token."""
        with self._lock:
            refresh = self._refresh.get(token)
            if refresh is not None:
                self._revoke_session(refresh.session)
                return True
            access = self._access.get(token)
            if access is not None:
                access.revoked = True
                return True
        return False

    def revoke_user(self, username: str) -> None:
        """Revoke every token of ``username`` (a password change, an admin's sign-out)."""
        with self._lock:
            for refresh in self._refresh.values():
                if refresh.username == username:
                    refresh.revoked = True
            for access in self._access.values():
                if access.username == username:
                    access.revoked = True

    def _revoke_session(self, session: str) -> None:
        for refresh in self._refresh.values():
            if refresh.session == session:
                refresh.revoked = True
        for access in self._access.values():
            if access.session == session:
                access.revoked = True

    def expire_all_access_tokens(self) -> None:
        """Every access token issued so far is expired from now on."""
        now = time.time()
        with self._lock:
            for access in self._access.values():
                access.expires_at = min(access.expires_at, now - 1)

    def access_tokens(self, username: str | None = None) -> list[AccessToken]:
        """Access tokens issued so far (optionally for one user), oldest first."""
        with self._lock:
            found = [a for a in self._access.values() if username in (None, a.username)]
        return sorted(found, key=lambda a: a.issued_at)

    def refresh_token_record(self, token: str) -> RefreshToken | None:
        with self._lock:
            return self._refresh.get(token)

    def current_refresh_token(self, token: str) -> str | None:
        """The newest unrevoked refresh token of ``token``'s session (after rotations)."""
        with self._lock:
            first = self._refresh.get(token)
            if first is None:
                return None
            live = [
                r for r in self._refresh.values() if r.session == first.session and not r.revoked
            ]
        return max(live, key=lambda r: r.issued_at).token if live else None

    def introspect(self, token: str, *, access_only: bool = True) -> dict[str, Any]:
        """The RFC 7662 answer for ``token``, without HTTP (what the SMTP relay asks)."""
        with self._lock:
            record: AccessToken | RefreshToken | None = self._access.get(token)
            if record is None and not access_only:
                record = self._refresh.get(token)
        if record is None or record.is_expired() or record.is_revoked():
            return {"active": False}
        return self._payload(record)

    def _payload(self, record: AccessToken | RefreshToken) -> dict[str, Any]:
        payload: dict[str, Any] = {
            "active": True,
            "client_id": record.client_id,
            "username": record.username,
            "sub": record.username,
            "email": record.username,
            "scope": record.scope,
            "iat": int(record.issued_at),
            "iss": self.issuer if self._server is not None else None,
        }
        if isinstance(record, AccessToken):
            payload["token_type"] = "Bearer"
            payload["exp"] = int(record.expires_at)
        return {k: v for k, v in payload.items() if v is not None}

    # -- counters and fault injection ---------------------------------------------------------

    @property
    def token_requests(self) -> Counter[str]:
        """Requests to the token endpoint by ``grant_type`` (failed ones too); a copy."""
        with self._lock:
            return Counter(self._token_requests)

    @property
    def tokens_issued(self) -> Counter[str]:
        """Access tokens the token endpoint issued, by ``grant_type``; a copy."""
        with self._lock:
            return Counter(self._tokens_issued)

    @property
    def introspections(self) -> int:
        """HTTP introspection requests served (both introspection endpoints)."""
        with self._lock:
            return self._introspections

    def reset_counters(self) -> None:
        with self._lock:
            self._token_requests.clear()
            self._tokens_issued.clear()
            self._introspections = 0

    def fail_next(
        self, n: int = 1, status: int = 503, error: str = "temporarily_unavailable"
    ) -> None:
        """The next ``n`` token requests answer ``status`` with ``{"error": error}``
        (``error="invalid_grant", status=400`` looks like a revoked consent)."""
        with self._lock:
            self._failures.extend([(status, error)] * n)

    # -- the Flask app -------------------------------------------------------------------------

    def _build_app(self) -> Flask:
        app = Flask(f"oauthserver-{id(self)}")
        owner = self

        def query_client(client_id: str) -> OAuthClient | None:
            return owner.client(client_id)

        def save_token(token: dict[str, Any], req: Any) -> None:
            owner._save_token(token, req)

        server = AuthorizationServer(app, query_client=query_client, save_token=save_token)
        server.register_token_generator(
            "default",
            BearerTokenGenerator(
                access_token_generator=lambda **_: _new_token(),
                refresh_token_generator=lambda **_: _new_token(),
                expires_generator=lambda client, grant_type: max(
                    1, math.ceil(owner.access_token_lifetime)
                ),
            ),
        )

        class RefreshTokenGrant(grants.RefreshTokenGrant):
            TOKEN_ENDPOINT_AUTH_METHODS: ClassVar[list[str]] = list(TOKEN_AUTH_METHODS)

            @property
            def INCLUDE_NEW_REFRESH_TOKEN(self) -> bool:
                return owner.rotate_refresh_tokens

            def authenticate_refresh_token(self, refresh_token: str) -> RefreshToken | None:
                record = owner.refresh_token_record(refresh_token)
                if record is None or record.revoked:
                    return None
                return record

            def authenticate_user(self, refresh_token: RefreshToken) -> _User:
                return _User(refresh_token.username)

            def revoke_old_credential(self, refresh_token: RefreshToken) -> None:
                if owner.rotate_refresh_tokens:
                    with owner._lock:
                        refresh_token.revoked = True

        class ClientCredentialsGrant(grants.ClientCredentialsGrant):
            TOKEN_ENDPOINT_AUTH_METHODS: ClassVar[list[str]] = list(TOKEN_AUTH_METHODS)

        class Introspection(IntrospectionEndpoint):
            CLIENT_AUTH_METHODS: ClassVar[list[str]] = list(TOKEN_AUTH_METHODS)

            def query_token(self, token_string: str, token_type_hint: str | None) -> Any:
                with owner._lock:
                    if token_type_hint != "refresh_token" and token_string in owner._access:
                        return owner._access[token_string]
                    if token_type_hint != "access_token":
                        return owner._refresh.get(token_string)
                    return None

            def check_permission(self, token: Any, client: OAuthClient, req: Any) -> bool:
                return client.resource_server or token.check_client(client)

            def introspect_token(self, token: AccessToken | RefreshToken) -> dict[str, Any]:
                return owner._payload(token)

        class Revocation(RevocationEndpoint):
            CLIENT_AUTH_METHODS: ClassVar[list[str]] = list(TOKEN_AUTH_METHODS)

            def query_token(self, token_string: str, token_type_hint: str | None) -> Any:
                with owner._lock:
                    return owner._access.get(token_string) or owner._refresh.get(token_string)

            def revoke_token(self, token: AccessToken | RefreshToken, req: Any) -> None:
                owner.revoke(token.token)

        server.register_grant(RefreshTokenGrant)
        server.register_grant(ClientCredentialsGrant)
        server.register_endpoint(Introspection)
        server.register_endpoint(Revocation)

        @app.post("/token")
        def token() -> Response:
            grant_type = request.form.get("grant_type", "")
            with owner._lock:
                owner._token_requests[grant_type] += 1
                failure = owner._failures.pop(0) if owner._failures else None
            if owner.token_endpoint_delay:
                time.sleep(owner.token_endpoint_delay)
            if failure is not None:
                status, error = failure
                return _no_store(jsonify(error=error), status)
            response: Response = server.create_token_response()
            return response

        @app.post("/introspect")
        def introspect() -> Response:
            with owner._lock:
                owner._introspections += 1
            response: Response = server.create_endpoint_response("introspection")
            return response

        @app.post("/introspect/mail")
        def introspect_mail() -> Response:
            with owner._lock:
                owner._introspections += 1
            client = _basic_client(owner)
            if client is None or not client.resource_server:
                return _no_store(jsonify(error="invalid_client"), 401)
            return _no_store(jsonify(owner.introspect(request.form.get("token", ""))), 200)

        @app.post("/revoke")
        def revoke() -> Response:
            response: Response = server.create_endpoint_response("revocation")
            return response

        @app.get("/userinfo")
        def userinfo() -> Response:
            header = request.headers.get("Authorization", "")
            scheme, _, value = header.partition(" ")
            answer = owner.introspect(value.strip()) if scheme.lower() == "bearer" else {}
            if not answer.get("active"):
                response = _no_store(jsonify(error="invalid_token"), 401)
                response.headers["WWW-Authenticate"] = 'Bearer error="invalid_token"'
                return response
            return _no_store(
                jsonify(sub=answer["sub"], email=answer["email"], username=answer["username"]),
                200,
            )

        return app

    def _save_token(self, token: dict[str, Any], req: Any) -> None:
        client: OAuthClient = req.client
        grant_type = str(req.payload.grant_type)
        user = getattr(req, "user", None)
        parent: RefreshToken | None = getattr(req, "refresh_token", None)
        username = user.username if user is not None else client.act_as or client.client_id
        now = time.time()
        session = parent.session if parent is not None else None
        scope = str(token.get("scope") or (parent.scope if parent is not None else ""))
        with self._lock:
            self._access[token["access_token"]] = AccessToken(
                token=token["access_token"],
                client_id=client.client_id,
                username=username,
                scope=scope,
                issued_at=now,
                expires_at=now + self.access_token_lifetime,
                session=session,
                grant_type=grant_type,
            )
            if token.get("refresh_token") and parent is not None:
                self._refresh[token["refresh_token"]] = RefreshToken(
                    token=token["refresh_token"],
                    client_id=client.client_id,
                    username=username,
                    scope=parent.scope,
                    session=parent.session,
                    issued_at=now,
                )
            self._tokens_issued[grant_type] += 1


def _no_store(response: Response, status: int) -> Response:
    response.status_code = status
    response.headers["Cache-Control"] = "no-store"
    response.headers["Pragma"] = "no-cache"
    return response


def _basic_client(owner: OAuthServer) -> OAuthClient | None:
    auth = request.authorization
    if auth is None or auth.type != "basic" or not auth.username:
        return None
    client = owner.client(auth.username)
    if client is None or not client.check_client_secret(auth.password or ""):
        return None
    return client
