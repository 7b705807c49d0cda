"""The review web app: server-rendered pages (Jinja2, autoescaped), no JavaScript build.

Every page and every attachment needs a signed-in reviewer; every POST form carries the
session's CSRF token (the sign-in form a double-submit cookie), and POSTs from another origin
are refused. Every response — pages, redirects, error pages, a server error, the static files
— carries a strict Content-Security-Policy (scripts and styles only from the app's own
/static/ files: no inline script, no `on*=` handler), `frame-ancestors 'none'` and
`X-Frame-Options: DENY`, `nosniff`, `Referrer-Policy: no-referrer` and `no-store`.
Attachments are served as downloads (`Content-Disposition: attachment`) with a content type
from a short list of types whose bytes look like that type (else application/octet-stream),
sandboxed. Each application page, attachment and raw message opened is one row of the access
log (`grantbox audit`). X-Forwarded-For and X-Forwarded-Proto are believed only from
`review_trusted_proxies`.

Committee review (issue 14): every route past the sign-in names the permission it needs
(`grantbox.committee.roles`: view, score, coi, take, decide, manage) and, when it is about one
application, checks it against that application — a reviewer who declared a conflict of
interest is refused its page, attachments, raw messages and reviews like any other role
(403, the roles.NotAllowed handler).
"""

from __future__ import annotations

import asyncio
import hmac
import ipaddress
import logging
import queue
import secrets
import threading
import time
from collections.abc import AsyncIterator, Callable
from contextlib import asynccontextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

import jinja2
from fastapi import FastAPI, Request
from fastapi.responses import HTMLResponse, JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from sqlalchemy import select
from starlette.concurrency import run_in_threadpool

from grantbox.blobs import BlobStore
from grantbox.committee import assignment, blind, conflicts, reviews, roles
from grantbox.config import Settings
from grantbox.errors import GrantboxError
from grantbox.mailtemplates import DEFAULT_TEMPLATES_DIR
from grantbox.review import auth, decisions, grant_pages, triage, views
from grantbox.review.safety import content_disposition, safe_content_type, safe_next
from grantbox.store import Store, open_store
from grantbox.store.tables import AccessLog, AttachmentRow, Message, Reviewer, utcnow

log = logging.getLogger(__name__)
SESSION_COOKIE = "grantbox_session"
SIGNIN_COOKIE = "grantbox_signin"
TOTP_COOKIE = "grantbox_totp"  # the second step of a sign-in (path /signin)
STATIC_DIR = Path(__file__).resolve().parent / "static"
CSP = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; "
    "connect-src 'none'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
# What a download or raw message is served with: nothing in it runs, even if opened.
DOWNLOAD_CSP = "default-src 'none'; sandbox; frame-ancestors 'none'"


class TrustedProxies:
    """Believe X-Forwarded-For and X-Forwarded-Proto only from the configured proxies.

    Uvicorn's own handling is turned off (`proxy_headers=False` below): by default it believes
    them from loopback, so anything on the machine, or a proxy that passes a client's headers
    on, could pick the client address the sign-in limit counts and claim HTTPS. The client is
    the rightmost address in X-Forwarded-For that is not a trusted proxy: entries to its left
    were written by the client itself."""

    def __init__(self, app: Any, proxies: list[str]) -> None:
        self.app = app
        self.networks = [ipaddress.ip_network(p, strict=False) for p in proxies]

    def trusted(self, host: str) -> bool:
        try:
            address = ipaddress.ip_address(host)
        except ValueError:
            return False
        return any(address in network for network in self.networks)

    @staticmethod
    def address(hop: str) -> str:
        """A hop as proxies write it: `1.2.3.4`, `1.2.3.4:5678`, `[::1]:5678` or `::1`; the
        port dropped (it changes with every connection)."""
        if hop.startswith("["):
            return hop[1:].split("]", 1)[0]
        if hop.count(":") == 1:
            return hop.split(":", 1)[0]
        return hop

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        peer = scope.get("client")
        if scope["type"] == "http" and self.networks and peer and self.trusted(peer[0]):
            forwarded: list[str] = []
            proto = ""
            for key, value in scope["headers"]:
                if key == b"x-forwarded-for":
                    forwarded += [h.strip() for h in value.decode("latin-1").split(",")]
                elif key == b"x-forwarded-proto":
                    proto = value.decode("latin-1").split(",")[-1].strip().lower()
            client = peer[0]
            for hop in reversed([self.address(h) for h in forwarded if h]):
                client = hop[:100]
                if not self.trusted(hop):
                    break
            scope = dict(scope, client=(client, 0))
            if proto in ("http", "https"):
                scope["scheme"] = proto
        await self.app(scope, receive, send)


class SignInRequired(Exception):
    pass


@dataclass(frozen=True)
class _SecondStep:
    """The password was right and the reviewer has TOTP: the pending sign-in's token."""

    token: str


class Forbidden(Exception):
    pass


@dataclass(frozen=True)
class PageKit:
    """What a group of pages defined outside create_app (grantbox/review/grant_pages.py)
    needs from it: the same sign-in, CSRF check, rendering and access log as every page."""

    settings: Settings
    store: Store
    blobs: BlobStore
    render: Callable[..., HTMLResponse]  # (request, template name, status code, **context)
    signed_in: Callable[[Request], auth.SignedIn]  # raises SignInRequired
    form_of: Callable[[Request, auth.SignedIn], Any]  # awaitable: the CSRF-checked form
    opened: Callable[..., None]  # (who, kind, application id, …): one access-log row
    # (session, request, action, application id or None) → the reviewer, or NotAllowed
    permitted: Callable[..., Reviewer]


def _environment(settings: Settings) -> jinja2.Environment:
    dirs = [str(DEFAULT_TEMPLATES_DIR)]
    if settings.templates_dir is not None:
        dirs.insert(0, str(settings.templates_dir))
    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(dirs),
        autoescape=True,  # every page: applicant text is always escaped
        # Resume profiles from older parser versions may lack keys: show nothing, not an error.
        undefined=jinja2.ChainableUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    env.filters["when"] = lambda iso: (iso or "")[:16].replace("T", " ")
    env.filters["size"] = _human_size
    return env


def _human_size(n: int | None) -> str:
    if n is None:
        return ""
    if n < 1024:
        return f"{n} B"
    if n < 1024 * 1024:
        return f"{n / 1024:.0f} KB"
    return f"{n / 1024 / 1024:.1f} MB"


class AccessRecorder:
    """Writes the access log off the request, in order, from one thread: a page a reviewer
    opens only reads, so it answers while another process holds SQLite's write lock (intake
    recording an email); the log rows wait in memory meanwhile and go in when the lock is
    free. A row still waiting when the process dies is lost (the page was served)."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.rows: queue.Queue[dict[str, Any] | None] = queue.Queue()
        self.thread: threading.Thread | None = None
        self.lock = threading.Lock()

    def add(self, row: dict[str, Any]) -> None:
        with self.lock:
            if self.thread is None:
                self.thread = threading.Thread(target=self._run, name="access-log", daemon=True)
                self.thread.start()
        self.rows.put(row)

    def flush(self, timeout: float = 60.0) -> None:
        """Wait until every row added so far is written (tests; shutdown)."""
        deadline = time.monotonic() + timeout
        while self.rows.unfinished_tasks and time.monotonic() < deadline:
            time.sleep(0.01)

    def close(self) -> None:
        if self.thread is not None:
            self.flush()
            self.rows.put(None)
            self.thread.join(timeout=5)

    def _run(self) -> None:
        while True:
            first = self.rows.get()
            if first is None:
                self.rows.task_done()
                return
            batch = [first]
            while not self.rows.empty() and len(batch) < 500:
                more = self.rows.get_nowait()
                if more is None:
                    self.rows.put(None)  # seen after this batch
                    self.rows.task_done()
                    break
                batch.append(more)
            while True:
                try:
                    with self.store.transaction() as session:
                        session.add_all(AccessLog(**row) for row in batch)
                    break
                except Exception as e:  # locked, or the database away: try again shortly
                    log.warning("access log: %s; writing again in 1 s", type(e).__name__)
                    time.sleep(1.0)
            for _ in batch:
                self.rows.task_done()


def create_app(settings: Settings, store: Store | None = None) -> FastAPI:
    """The review app over `store` (opened from `settings` when not given, and then closed
    with the app)."""
    own_store = store is None
    the_store = store or open_store(settings)
    blobs = BlobStore(settings.blob_dir)
    env = _environment(settings)
    limiter = auth.SignInLimiter(
        settings.review_signin_attempts, settings.review_signin_window_seconds
    )

    access_log = AccessRecorder(the_store)

    @asynccontextmanager
    async def lifespan(_app: FastAPI) -> AsyncIterator[None]:
        yield
        access_log.close()
        if own_store:
            the_store.dispose()

    app = FastAPI(
        title="grantbox review",
        docs_url=None,
        redoc_url=None,
        openapi_url=None,
        lifespan=lifespan,
    )
    app.add_middleware(TrustedProxies, proxies=settings.review_trusted_proxies)
    app.state.store = the_store
    app.state.limiter = limiter
    app.state.access_log = access_log
    pending_signins = auth.PendingSignIns()
    app.state.pending_signins = pending_signins
    app.mount("/static", StaticFiles(directory=STATIC_DIR), name="static")

    @app.middleware("http")
    async def security_headers(request: Request, call_next: Callable[..., Any]) -> Response:
        try:
            response: Response = await call_next(request)
        except Exception as exc:
            # Only the kind of failure and the route: the message may hold applicant data.
            log.error(
                "review app: %s on %s %s", type(exc).__name__, request.method, request.url.path
            )
            response = render(
                request,
                "error.html.j2",
                500,
                title="Something went wrong",
                message="The server could not answer this request. It has been logged.",
            )
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers["X-Content-Type-Options"] = "nosniff"
        response.headers["X-Frame-Options"] = "DENY"
        response.headers["Referrer-Policy"] = "no-referrer"
        response.headers["Cache-Control"] = "no-store"
        return response

    # -- helpers ------------------------------------------------------------------------

    def render(request: Request, name: str, status_code: int = 200, **ctx: Any) -> HTMLResponse:
        who = getattr(request.state, "who", None)
        role = getattr(request.state, "role", None)
        html = env.get_template(f"review/{name}").render(
            who=who,
            csrf=who.csrf_token if who is not None else "",
            role=role,
            # What the page offers follows the role; the server checks again on every POST.
            can=lambda action: role is not None and roles.can(role, action),
            program_name=settings.program_name,
            **ctx,
        )
        return HTMLResponse(html, status_code=status_code)

    def secure(request: Request) -> bool:
        return request.url.scheme == "https"

    def signed_in(request: Request) -> auth.SignedIn:
        token = request.cookies.get(SESSION_COOKIE, "")
        if token:
            with the_store.reading() as session:
                who = auth.lookup_session(session, token)
            if who is not None:
                request.state.who = who
                return who
        raise SignInRequired

    def same_origin(request: Request) -> None:
        origin = request.headers.get("origin")
        if origin and origin != "null":
            expected = f"{request.url.scheme}://{request.url.netloc}"
            if origin != expected:
                raise Forbidden("cross-origin request refused")

    async def form_of(request: Request, who: auth.SignedIn) -> dict[str, str]:
        same_origin(request)
        form = await request.form()
        data = {k: v for k, v in form.items() if isinstance(v, str)}
        if not hmac.compare_digest(data.get("csrf", ""), who.csrf_token):
            raise Forbidden("the form is stale or was not sent from this site (CSRF token)")
        return data

    def permitted(
        session: Any, request: Request, action: str, app_id: int | None = None
    ) -> Reviewer:
        """The signed-in reviewer (signed_in first), if her role allows `action` and she is
        not recused from `app_id`; else roles.NotAllowed. Inside the caller's session, so
        the check and what it guards read the same rows."""
        who: auth.SignedIn = request.state.who
        reviewer = roles.require(session, who.name, action, app_id)
        request.state.role = reviewer.role
        return reviewer

    def original(session: Any, request: Request, app_id: int | None) -> Reviewer:
        """Permitted to open an application's original files (attachments, raw messages):
        "view", and not while she reads it blind (the resume's file carries who it is)."""
        reviewer = permitted(session, request, "view", app_id)
        if app_id is not None and blind.is_blind(session, settings, app_id, reviewer):
            raise roles.NotAllowed(
                f"blind first read: the original files of GB-{app_id} open once you have "
                "submitted your review"
            )
        return reviewer

    @app.exception_handler(roles.NotAllowed)
    async def _not_allowed(request: Request, exc: roles.NotAllowed) -> Response:
        return render(request, "error.html.j2", 403, title="Not allowed", message=str(exc))

    @app.exception_handler(SignInRequired)
    async def _sign_in(request: Request, _exc: SignInRequired) -> Response:
        if request.method == "GET":
            target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
            return RedirectResponse("/signin?" + urlencode({"next": target}), status_code=303)
        return Response("sign in first", status_code=401, media_type="text/plain")

    @app.exception_handler(Forbidden)
    async def _forbidden(request: Request, exc: Forbidden) -> Response:
        return render(request, "error.html.j2", 403, title="Refused", message=str(exc))

    @app.exception_handler(decisions.NotFound)
    async def _not_found(request: Request, exc: decisions.NotFound) -> Response:
        return render(request, "error.html.j2", 404, title="Not found", message=str(exc))

    @app.exception_handler(decisions.Conflict)
    async def _conflict(request: Request, exc: decisions.Conflict) -> Response:
        return render(request, "error.html.j2", 409, title="Not possible now", message=str(exc))

    @app.exception_handler(GrantboxError)
    async def _bad(request: Request, exc: GrantboxError) -> Response:
        return render(request, "error.html.j2", 400, title="Not done", message=str(exc))

    # -- sign-in ------------------------------------------------------------------------

    @app.get("/signin")
    def signin_form(request: Request, next: str = "/") -> Response:
        token = secrets.token_urlsafe(24)
        response = render(
            request, "signin.html.j2", next=safe_next(next), signin_csrf=token, error=""
        )
        response.set_cookie(
            SIGNIN_COOKIE,
            token,
            httponly=True,
            samesite="lax",
            secure=secure(request),
            path="/signin",
        )
        return response

    @app.post("/signin")
    async def signin(request: Request) -> Response:
        same_origin(request)
        form = await request.form()
        name = str(form.get("name", ""))[:100].strip()
        password = str(form.get("password", ""))[:1000]
        target = safe_next(str(form.get("next", "/")))
        cookie_token = request.cookies.get(SIGNIN_COOKIE, "")
        if not cookie_token or not hmac.compare_digest(str(form.get("csrf", "")), cookie_token):
            raise Forbidden("the sign-in form is stale; reload the page and try again")

        def refused(status: int, wait: float, error: str) -> Response:
            response = render(
                request,
                "signin.html.j2",
                status,
                next=target,
                signin_csrf=cookie_token,
                error=error,
            )
            response.headers["Retry-After"] = str(int(wait) + 1)
            return response

        client = request.client.host if request.client else "?"
        ticket = limiter.admit(name, client)
        if not isinstance(ticket, auth.Ticket):
            return refused(
                429, ticket, f"Too many failed sign-ins. Try again in {int(ticket) + 1} seconds."
            )
        admitted = ticket

        def check() -> str | _SecondStep | None:
            # The outcome is recorded here, not by the request: it counts even if the client
            # goes away meanwhile.
            outcome: str | _SecondStep | None = None
            try:
                # Three steps, so that no transaction is open while argon2 runs: SQLite's
                # write lock would make every other page wait behind each check.
                with the_store.transaction() as session:
                    found = auth.credentials(session, name)
                if not auth.check_password(found, password) or found is None:
                    return None
                new_hash = auth.rehashed(found, password)
                with the_store.transaction() as session:
                    reviewer = auth.signed_in_reviewer(session, found, password, new_hash)
                    if reviewer is None:
                        return None
                    if reviewer.totp_secret:
                        # The password is right; the session waits for a code.
                        second = _SecondStep(
                            pending_signins.start(
                                reviewer.id, reviewer.name, reviewer.password_hash
                            )
                        )
                    else:
                        started = auth.start_session(
                            session, reviewer, hours=settings.review_session_hours
                        )
                outcome = second if reviewer.totp_secret else started  # committed
                return outcome
            finally:
                if outcome is None:
                    limiter.failed(admitted)
                elif isinstance(outcome, _SecondStep):
                    # Not a failure, and not yet a success: the code step counts on.
                    limiter.withdrawn(admitted)
                else:
                    limiter.succeeded(admitted)

        checking = auth.VERIFIER.start(check)
        if checking is None:
            limiter.withdrawn(ticket)
            return refused(503, 0, "The server is busy. Try again in a moment.")
        # Never started (the request was cancelled while it waited): the try does not count.
        checking.add_done_callback(lambda f: limiter.withdrawn(admitted) if f.cancelled() else None)
        outcome = await asyncio.wrap_future(checking)
        if outcome is None:
            return render(
                request,
                "signin.html.j2",
                401,
                next=target,
                signin_csrf=cookie_token,
                error="Wrong name or password.",
            )
        if isinstance(outcome, _SecondStep):
            response = render(
                request,
                "signin.html.j2",
                next=target,
                signin_csrf=cookie_token,
                error="",
                totp_step=True,
            )
            response.set_cookie(
                TOTP_COOKIE,
                outcome.token,
                max_age=int(auth.PENDING_SECONDS),
                httponly=True,
                samesite="strict",
                secure=secure(request),
                path="/signin",
            )
            return response
        return signed_in_response(request, outcome, target)

    def signed_in_response(request: Request, token: str, target: str) -> Response:
        response = RedirectResponse(target, status_code=303)
        response.set_cookie(
            SESSION_COOKIE,
            token,
            max_age=int(settings.review_session_hours * 3600),
            httponly=True,
            samesite="lax",
            secure=secure(request),
            path="/",
        )
        response.delete_cookie(SIGNIN_COOKIE, path="/signin")
        response.delete_cookie(TOTP_COOKIE, path="/signin")
        return response

    @app.post("/signin/totp")
    async def signin_totp(request: Request) -> Response:
        """The second step: the code of a reviewer whose password was right a moment ago
        (the pending sign-in in the TOTP cookie). Counted by the same limits as passwords."""
        same_origin(request)
        form = await request.form()
        code = str(form.get("code", ""))[:20]
        target = safe_next(str(form.get("next", "/")))
        cookie_token = request.cookies.get(SIGNIN_COOKIE, "")
        if not cookie_token or not hmac.compare_digest(str(form.get("csrf", "")), cookie_token):
            raise Forbidden("the sign-in form is stale; reload the page and try again")
        pending_token = request.cookies.get(TOTP_COOKIE, "")
        pending = pending_signins.get(pending_token)

        def again(status: int, error: str, *, step: bool, wait: float = 0) -> Response:
            response = render(
                request,
                "signin.html.j2",
                status,
                next=target,
                signin_csrf=cookie_token,
                error=error,
                totp_step=step,
            )
            if wait:
                response.headers["Retry-After"] = str(int(wait) + 1)
            return response

        if pending is None:
            return again(401, "The sign-in took too long. Sign in again.", step=False)
        client = request.client.host if request.client else "?"
        ticket = limiter.admit(pending.name, client)
        if not isinstance(ticket, auth.Ticket):
            return again(
                429,
                f"Too many failed sign-ins. Try again in {int(ticket) + 1} seconds.",
                step=True,
                wait=ticket,
            )
        admitted = ticket

        def check() -> str | None:
            token: str | None = None
            try:
                with the_store.transaction() as session:
                    reviewer = auth.accept_totp(session, pending, code)
                    if reviewer is None:
                        return None
                    started = auth.start_session(
                        session, reviewer, hours=settings.review_session_hours
                    )
                token = started  # committed
                return token
            finally:
                if token is None:
                    limiter.failed(admitted)
                else:
                    limiter.succeeded(admitted)
                    pending_signins.end(pending_token)

        token = await run_in_threadpool(check)
        if token is None:
            return again(401, "Wrong code (or one already used). Try the next one.", step=True)
        return signed_in_response(request, token, target)

    @app.post("/signout")
    async def signout(request: Request) -> Response:
        who = signed_in(request)
        await form_of(request, who)
        with the_store.transaction() as session:
            auth.end_session(session, request.cookies.get(SESSION_COOKIE, ""))
        response = RedirectResponse("/signin", status_code=303)
        response.delete_cookie(SESSION_COOKIE, path="/")
        return response

    # -- pages --------------------------------------------------------------------------

    @app.get("/")
    def queue_page(
        request: Request,
        status: str = "ready_for_review",
        flag: str = "",
        q: str = "",
        page: int = 1,
        assigned: str = "",
    ) -> Response:
        signed_in(request)
        mine = assigned == "me"
        try:
            with the_store.reading() as session:
                reviewer = permitted(session, request, "view")
                data = views.queue(
                    session,
                    status=status or "all",
                    flag=flag or None,
                    search=q,
                    page=page,
                    assigned_to=reviewer.id if mine else None,
                    search_within=views.unblinded(settings, reviewer)
                    if settings.blind_first_read
                    else None,
                )
                views.committee_rows(session, settings, data, reviewer)
                assigned_count = views.assigned_count(session, reviewer.id)
                human_count = triage.pending_count(session)
        except ValueError as e:
            raise GrantboxError(str(e)) from e

        def link(**change: Any) -> str:
            params = {
                "status": status,
                "flag": flag,
                "q": q,
                "page": data["page"],
                "assigned": "me" if mine else "",
                **change,
            }
            return "/?" + urlencode({k: v for k, v in params.items() if v not in ("", None)})

        return render(
            request,
            "queue.html.j2",
            title="Queue",
            q=data,
            link=link,
            statuses=views.STATUSES,
            human_count=human_count,
            assigned_mine=mine,
            assigned_count=assigned_count,
        )

    def opened(
        who: auth.SignedIn,
        kind: str,
        app_id: int | None,
        attachment_id: int | None = None,
        message_pk: int | None = None,
    ) -> None:
        """One row of the access log: `who` opened this (written off the request)."""
        access_log.add(
            {
                "reviewer": who.name,
                "kind": kind,
                "application_id": app_id,
                "attachment_id": attachment_id,
                "message_pk": message_pk,
                "at": utcnow(),
            }
        )

    @app.get("/applications/{app_id}")
    def application_page(request: Request, app_id: int) -> Response:
        who = signed_in(request)
        with the_store.reading() as session:
            reviewer = permitted(session, request, "view", app_id)
            data = views.application_for(session, settings, app_id, reviewer)
            if data is None:
                raise decisions.NotFound(f"no application {app_id}")
            prev_id, next_id = views.neighbours(session, app_id)
        opened(who, "application", app_id)
        return render(
            request,
            "application.html.j2",
            title=f"GB-{app_id}",
            a=data,
            prev_id=prev_id,
            next_id=next_id,
            decisions=list(decisions.DECISIONS),
        )

    async def application_action(
        request: Request,
        app_id: int,
        action: Callable[[Any, dict[str, str], str], object],
        permission: str = "decide",
    ) -> Response:
        """A reviewer's POST on one application: signed in, CSRF-checked, permitted (role and
        recusal, in the same transaction as the action), then back to its page."""
        who = signed_in(request)
        form = await form_of(request, who)

        def run() -> None:
            with the_store.transaction() as session:
                permitted(session, request, permission, app_id)
                action(session, form, who.name)

        await run_in_threadpool(run)
        return RedirectResponse(f"/applications/{app_id}", status_code=303)

    @app.post("/applications/{app_id}/decide")
    async def decide(request: Request, app_id: int) -> Response:
        def act(session: Any, form: dict[str, str], reviewer: str) -> object:
            decision = form.get("decision", "")
            return decisions.decide(
                session,
                settings,
                app_id,
                decision,
                reviewer=reviewer,
                note=form.get("note", ""),
                message=form.get("message", ""),
                text=form.get(f"text_{decision}", ""),
            )

        return await application_action(request, app_id, act)

    @app.post("/applications/{app_id}/cancel")
    async def cancel(request: Request, app_id: int) -> Response:
        def act(session: Any, form: dict[str, str], reviewer: str) -> object:
            return decisions.cancel_decision(
                session, settings, app_id, reviewer=reviewer, reason=form.get("reason", "")
            )

        return await application_action(request, app_id, act)

    @app.post("/applications/{app_id}/ask")
    async def ask(request: Request, app_id: int) -> Response:
        def act(session: Any, form: dict[str, str], reviewer: str) -> object:
            return decisions.ask_more(
                session, settings, app_id, reviewer=reviewer, question=form.get("question", "")
            )

        return await application_action(request, app_id, act)

    @app.post("/applications/{app_id}/withdraw")
    async def withdraw(request: Request, app_id: int) -> Response:
        def act(session: Any, form: dict[str, str], reviewer: str) -> object:
            return decisions.withdraw(
                session, settings, app_id, reviewer=reviewer, note=form.get("note", "")
            )

        return await application_action(request, app_id, act)

    # -- committee review -----------------------------------------------------------------

    @app.post("/applications/{app_id}/review")
    async def review_save(request: Request, app_id: int) -> Response:
        """The reviewer's scorecard: a score per criterion (`score_<criterion id>`), a
        recommendation and a comment; `action=submit` submits, anything else saves a draft."""

        def act(session: Any, form: dict[str, str], _name: str) -> object:
            reviewer = permitted(session, request, "score", app_id)
            return reviews.save_review(
                session,
                settings,
                app_id,
                reviewer,
                scores=views.form_scores(form),
                recommendation=form.get("recommendation", "")[:20],
                comment=form.get("comment", "")[:20000],
                submit=form.get("action") == "submit",
            )

        return await application_action(request, app_id, act, "score")

    @app.post("/applications/{app_id}/coi")
    async def declare_conflict(request: Request, app_id: int) -> Response:
        """Declare a conflict of interest: recused from this application from now on, so
        back to the queue (its page is refused to her now)."""
        who = signed_in(request)
        form = await form_of(request, who)

        def run() -> None:
            with the_store.transaction() as session:
                reviewer = permitted(session, request, "coi", app_id)
                conflicts.declare(session, app_id, reviewer, note=form.get("note", "")[:5000])

        await run_in_threadpool(run)
        return RedirectResponse("/", status_code=303)

    @app.post("/applications/{app_id}/take")
    async def take(request: Request, app_id: int) -> Response:
        def act(session: Any, _form: dict[str, str], _name: str) -> object:
            return assignment.take(session, app_id, permitted(session, request, "take", app_id))

        return await application_action(request, app_id, act, "take")

    @app.get("/applications/{app_id}/reviews")
    def reviews_page(request: Request, app_id: int, format: str = "") -> Response:
        """The reviews of one application under the same rules as its page: an HTML
        fragment, or JSON (`?format=json` or `Accept: application/json`)."""
        who = signed_in(request)
        with the_store.reading() as session:
            reviewer = permitted(session, request, "view", app_id)
            if views.application_exists(session, app_id) is False:
                raise decisions.NotFound(f"no application {app_id}")
            committee = views.committee(session, settings, app_id, reviewer)
        opened(who, "reviews", app_id)
        if format == "json" or "application/json" in request.headers.get("accept", ""):
            return JSONResponse(views.reviews_json(committee))
        return render(request, "reviews.html.j2", c=committee, app_id=app_id)

    # -- reviewers (admins) ---------------------------------------------------------------

    @app.get("/admin/reviewers")
    def reviewers_page(request: Request, done: str = "") -> Response:
        signed_in(request)
        with the_store.reading() as session:
            permitted(session, request, "manage")
            people = views.reviewers(session)
        return render(
            request,
            "reviewers.html.j2",
            title="Reviewers",
            people=people,
            roles_list=list(roles.ROLES),
            done=done[:200],
        )

    @app.post("/admin/reviewers")
    async def reviewers_change(request: Request) -> Response:
        """`action`: add (name, password, role, email), role (name, role), disable (name)."""
        who = signed_in(request)
        form = await form_of(request, who)
        action = form.get("action", "")
        name = form.get("name", "").strip()[:100]
        role = form.get("role", "")

        def run() -> str:
            with the_store.transaction() as session:
                permitted(session, request, "manage")
                if role and role not in roles.ROLES:
                    raise GrantboxError(f"unknown role {role!r}")
                if action == "add":
                    reviewer = auth.add_reviewer(
                        session,
                        name,
                        form.get("password", "")[:1000],
                        email=form.get("email", "").strip() or None,
                    )
                    reviewer.role = roles.check_role(role or "reviewer")
                    return f"added {reviewer.name} ({reviewer.role})"
                if action == "role":
                    person = session.scalars(select(Reviewer).where(Reviewer.name == name)).first()
                    if person is None:
                        raise GrantboxError(f"no reviewer {name}")
                    if person.name == who.name and role != "admin":
                        raise GrantboxError("you cannot take your own admin role away")
                    person.role = roles.check_role(role)
                    return f"{name} is now {role}"
                if action == "disable":
                    if name == who.name:
                        raise GrantboxError("you cannot disable yourself")
                    auth.disable_reviewer(session, name)
                    return f"disabled {name}"
                raise GrantboxError(f"unknown action {action!r}")

        done = await run_in_threadpool(run)
        return RedirectResponse("/admin/reviewers?" + urlencode({"done": done}), status_code=303)

    # -- mail that needs a human ----------------------------------------------------------

    @app.get("/human")
    def human_page(request: Request, done: str = "") -> Response:
        signed_in(request)
        with the_store.transaction() as session:
            # Triage is the chair's: its candidates name applicants (blind first read).
            permitted(session, request, "decide")
            items = triage.pending(session, blobs)
        return render(
            request,
            "human.html.j2",
            title="Needs a human",
            items=items,
            human_count=len(items),
            done=done[:200],
        )

    @app.get("/human/{message_pk}/raw")
    def human_raw(request: Request, message_pk: int) -> Response:
        who = signed_in(request)
        with the_store.transaction() as session:
            msg = session.get(Message, message_pk)
            app_id = msg.application_id if msg is not None else None
            original(session, request, app_id)
            data = triage.raw_message(session, blobs, message_pk)
        opened(who, "raw_message", app_id, message_pk=message_pk)
        return Response(
            data,
            media_type="text/plain; charset=utf-8",
            headers={
                "Content-Disposition": content_disposition(f"message-{message_pk}.eml.txt"),
                "Content-Security-Policy": DOWNLOAD_CSP,
            },
        )

    async def human_action(
        request: Request, message_pk: int, action: Callable[..., dict[str, Any]]
    ) -> Response:
        who = signed_in(request)
        form = await form_of(request, who)

        def run() -> dict[str, Any]:
            with the_store.transaction() as session:
                # Triage decides where mail goes: a chair's work; recusal from the message's
                # application (if it has one) holds here too.
                msg = session.get(Message, message_pk)
                permitted(session, request, "decide", msg.application_id if msg else None)
                return action(session, form, who.name)

        result = await run_in_threadpool(run)
        done = f"message {message_pk}: {result['action'].replace('_', ' ')}"
        if result.get("application_id"):
            done += f" (GB-{result['application_id']})"
        return RedirectResponse("/human?" + urlencode({"done": done}), status_code=303)

    @app.post("/human/{message_pk}/attach")
    async def human_attach(request: Request, message_pk: int) -> Response:
        def act(session: Any, form: dict[str, str], reviewer: str) -> dict[str, Any]:
            app_id = triage.parse_app_ref(form.get("application", ""))
            permitted(session, request, "decide", app_id)  # no filing into a recused one
            return triage.attach(
                session, message_pk, app_id, reviewer=reviewer, note=form.get("note", "")
            )

        return await human_action(request, message_pk, act)

    @app.post("/human/{message_pk}/new")
    async def human_new(request: Request, message_pk: int) -> Response:
        def act(session: Any, form: dict[str, str], reviewer: str) -> dict[str, Any]:
            return triage.make_application(
                session, message_pk, reviewer=reviewer, note=form.get("note", "")
            )

        return await human_action(request, message_pk, act)

    @app.post("/human/{message_pk}/dismiss")
    async def human_dismiss(request: Request, message_pk: int) -> Response:
        def act(session: Any, form: dict[str, str], reviewer: str) -> dict[str, Any]:
            return triage.dismiss(session, message_pk, reviewer=reviewer, note=form.get("note", ""))

        return await human_action(request, message_pk, act)

    @app.get("/applications/{app_id}/attachments/{attachment_id}")
    def attachment(request: Request, app_id: int, attachment_id: int) -> Response:
        who = signed_in(request)
        with the_store.transaction() as session:
            original(session, request, app_id)
            att = session.get(AttachmentRow, attachment_id)
            msg = session.get(Message, att.message_pk) if att is not None else None
            if att is None or msg is None or msg.application_id != app_id:
                raise decisions.NotFound(f"no attachment {attachment_id} on application {app_id}")
            filename, sha, sniffed, stored = att.filename, att.sha256, att.sniffed_type, att.stored
        if not stored or not blobs.exists(sha):
            raise decisions.NotFound(f"the file {filename!r} was not stored")
        data = blobs.get(sha)
        opened(who, "attachment", app_id, attachment_id=attachment_id)
        return Response(
            data,
            media_type=safe_content_type(sniffed, data),
            headers={
                "Content-Disposition": content_disposition(filename),
                # Opened anyway (some browsers render PDFs): no script, no origin.
                "Content-Security-Policy": DOWNLOAD_CSP,
            },
        )

    kit = PageKit(
        settings=settings,
        store=the_store,
        blobs=blobs,
        render=render,
        signed_in=signed_in,
        form_of=form_of,
        opened=opened,
        permitted=permitted,
    )
    grant_pages.register(app, kit)
    return app


class BackgroundServer:
    """The review app under uvicorn in a thread (the demo; the browser tests)."""

    def __init__(self, app: FastAPI, host: str = "127.0.0.1", port: int = 8000) -> None:
        import uvicorn

        self.url = f"http://{host}:{port}"
        self.app = app
        # Forwarded headers are the app's to judge (TrustedProxies), not uvicorn's.
        config = uvicorn.Config(app, host=host, port=port, log_level="warning", proxy_headers=False)
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> BackgroundServer:
        self.thread.start()
        deadline = time.monotonic() + 10
        while not self.server.started:
            if time.monotonic() > deadline or not self.thread.is_alive():
                raise RuntimeError(f"the review app did not start on {self.url}")
            time.sleep(0.02)
        return self

    def __exit__(self, *exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(timeout=10)


def serve(settings: Settings, host: str = "127.0.0.1", port: int = 8000) -> None:
    """Run the review app with uvicorn until interrupted."""
    import uvicorn

    uvicorn.run(
        create_app(settings), host=host, port=port, log_level="warning", proxy_headers=False
    )
