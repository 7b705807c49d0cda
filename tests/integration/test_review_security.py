"""The review app's doors, attacked (issue 13, "Reviewer accounts" and "Hardened doors"):
a TOTP second factor (replayed and guessed codes), sessions that end when a reviewer is
disabled or reset, the access log, security headers on every route and error page,
attachments that only ever download, `next=` that never leaves the site, and every route that
takes an id refused to the signed-out and the disabled. Starlette's TestClient over a real
SQLite store; the browser half is in test_review_security_browser.py."""

from __future__ import annotations

import json
import re
import time
from urllib.parse import urlsplit

import pytest
from sqlalchemy import select

from grantbox.config import Settings
from grantbox.review import auth, totp
from grantbox.review.web import SESSION_COOKIE, create_app
from grantbox.store import open_store
from grantbox.store.tables import AccessLog, AttachmentRow, Message, Reviewer, ReviewSession
from tests.incli import grantbox
from tests.review_seed import csrf_token, seed_application, sign_in, unmatched_message

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
TestClient = pytest.importorskip("fastapi.testclient").TestClient

PASSWORD = "correct horse battery"


class Review:
    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.store = open_store(settings)
        self.app = create_app(settings, self.store)
        self.client = self.new_client()

    def new_client(self):  # type: ignore[no-untyped-def]
        return TestClient(self.app, base_url="http://testserver")

    def seed(self, **kw) -> int:  # type: ignore[no-untyped-def]
        return seed_application(self.store, self.settings, **kw)

    def attachment_of(self, app_id: int) -> int:
        with self.store.sessions() as session:
            return session.scalars(
                select(AttachmentRow.id)
                .join(Message, Message.id == AttachmentRow.message_pk)
                .where(Message.application_id == app_id)
            ).one()

    def reviewer(self, name: str) -> Reviewer:
        with self.store.sessions() as session:
            r = session.scalars(select(Reviewer).where(Reviewer.name == name)).one()
            session.expunge(r)
            return r

    def totp_signin(self, client, name: str, password: str, code: str, next_: str = "/"):  # type: ignore[no-untyped-def]
        token = csrf_token(client.get("/signin").text)
        first = client.post(
            "/signin",
            data={"name": name, "password": password, "csrf": token, "next": next_},
            follow_redirects=False,
        )
        if first.status_code != 200 or 'name="code"' not in first.text:
            return first
        return client.post(
            "/signin/totp",
            data={"code": code, "csrf": csrf_token(first.text), "next": next_},
            follow_redirects=False,
        )


@pytest.fixture
def review(tmp_path, monkeypatch):
    data = tmp_path / "data"
    monkeypatch.setenv("GRANTBOX_DATA_DIR", str(data))
    settings = Settings(data_dir=data)  # type: ignore[call-arg]
    r = Review(settings)
    with r.store.transaction() as session:
        auth.add_reviewer(session, "alice", PASSWORD)
    yield r
    r.store.dispose()


# -- 1. TOTP ----------------------------------------------------------------------------------


def test_totp_codes_are_rfc_6238():
    # RFC 6238 appendix B (SHA-1, the 8-digit codes' last 6 digits).
    secret = totp.b32(b"12345678901234567890")
    assert totp.code_at(secret, 59) == "287082"
    assert totp.code_at(secret, 1111111109) == "081804"
    assert totp.code_at(secret, 1234567890) == "005924"
    assert totp.code_at(secret, 20000000000) == "353130"
    step = 1111111109 // 30
    # ±1 step of clock drift; not 2; never a step already used.
    for drift in (-30, 0, 30):
        assert totp.match(secret, totp.code_at(secret, 1111111109 + drift), 1111111109, None) in (
            step - 1,
            step,
            step + 1,
        )
    assert totp.match(secret, totp.code_at(secret, 1111111109 + 60), 1111111109, None) is None
    assert totp.match(secret, totp.code_at(secret, 1111111109), 1111111109, step) is None
    for junk in ("", "12345", "1234567", "abcdef", "٠١٢٣٤٥", " 081804 x"):
        assert totp.match(secret, junk, 1111111109, None) is None
    uri = totp.otpauth_uri(secret, "alice", "grantbox review")
    assert uri.startswith("otpauth://totp/grantbox%20review:alice?secret=" + secret)
    assert "issuer=grantbox%20review" in uri and "digits=6" in uri and "period=30" in uri


def test_reviewer_add_totp_prints_uri_and_qr_and_never_logs_the_secret(
    review, capsys, monkeypatch, caplog
):
    code, out, err = grantbox(
        capsys, monkeypatch, "reviewer", "add", "tom", "--totp", stdin="tom's password\n"
    )
    assert code == 0, err
    secret = review.reviewer("tom").totp_secret
    assert secret and re.fullmatch(r"[A-Z2-7]{32}", secret)
    assert "otpauth://totp/" in out and f"secret={secret}" in out
    assert "█" in out or "▀" in out or "▄" in out  # the QR code, drawn in the terminal
    assert secret not in err and secret not in caplog.text
    # --json: the URI for a script, the QR not.
    code, out, _ = grantbox(
        capsys, monkeypatch, "reviewer", "add", "uma", "--totp", "--json", stdin="uma password\n"
    )
    data = json.loads(out)
    assert data["totp"] is True and data["otpauth_uri"].startswith("otpauth://totp/")
    # --reset --totp: a new secret; --reset --no-totp: none; --reset alone keeps it.
    grantbox(
        capsys, monkeypatch, "reviewer", "add", "tom", "--reset", "--totp", stdin="new pass 1\n"
    )
    second = review.reviewer("tom").totp_secret
    assert second and second != secret
    grantbox(capsys, monkeypatch, "reviewer", "add", "tom", "--reset", stdin="new pass 2\n")
    assert review.reviewer("tom").totp_secret == second
    grantbox(
        capsys, monkeypatch, "reviewer", "add", "tom", "--reset", "--no-totp", stdin="new pass 3\n"
    )
    assert review.reviewer("tom").totp_secret is None
    # The secret is not in any reviewer listing or repr.
    assert second not in repr(review.reviewer("uma"))


def test_totp_reviewer_needs_the_code_and_a_replayed_code_is_refused(review):
    with review.store.transaction() as session:
        auth.add_reviewer(session, "tina", PASSWORD, totp=True)
    secret = review.reviewer("tina").totp_secret
    app_id = review.seed()

    # The password alone is not a session: a second step asks for the code.
    token = csrf_token(review.client.get("/signin").text)
    first = review.client.post(
        "/signin",
        data={
            "name": "tina",
            "password": PASSWORD,
            "csrf": token,
            "next": f"/applications/{app_id}",
        },
        follow_redirects=False,
    )
    assert first.status_code == 200 and 'name="code"' in first.text
    assert SESSION_COOKIE not in review.client.cookies
    assert review.client.get("/", follow_redirects=False).status_code == 303
    with review.store.sessions() as session:
        assert session.scalars(select(ReviewSession)).all() == []
    assert secret not in first.text

    # A wrong code: refused, no session.
    good = totp.code_at(secret, time.time())
    wrong = f"{(int(good) + 1) % 1_000_000:06d}"
    r = review.client.post(
        "/signin/totp", data={"code": wrong, "csrf": csrf_token(first.text)}, follow_redirects=False
    )
    assert r.status_code == 401 and SESSION_COOKIE not in review.client.cookies

    # The right code: signed in, and sent to where the sign-in started.
    r = review.client.post(
        "/signin/totp",
        data={"code": good, "csrf": csrf_token(first.text), "next": f"/applications/{app_id}"},
        follow_redirects=False,
    )
    assert r.status_code == 303 and r.headers["location"] == f"/applications/{app_id}"
    assert review.client.get("/").status_code == 200

    # Someone who saw the password and that code: the code is spent.
    other = review.new_client()
    r = review.totp_signin(other, "tina", PASSWORD, good)
    assert r.status_code == 401 and SESSION_COOKIE not in other.cookies

    # The code step cannot be reached without the password step.
    third = review.new_client()
    token = csrf_token(third.get("/signin").text)
    r = third.post("/signin/totp", data={"code": good, "csrf": token}, follow_redirects=False)
    assert r.status_code in (401, 403) and SESSION_COOKIE not in third.cookies


def test_totp_guesses_hit_the_same_limit_as_passwords(review):
    with review.store.transaction() as session:
        auth.add_reviewer(session, "tina", PASSWORD, totp=True)
    secret = review.reviewer("tina").totp_secret
    now = time.time()
    valid = {totp.code_at(secret, now + d) for d in (-60, -30, 0, 30, 60)}
    wrong = [f"{n:06d}" for n in range(1000) if f"{n:06d}" not in valid]
    token = csrf_token(review.client.get("/signin").text)
    first = review.client.post(
        "/signin",
        data={"name": "tina", "password": PASSWORD, "csrf": token},
        follow_redirects=False,
    )
    assert 'name="code"' in first.text
    statuses = []
    for guess in wrong[: review.settings.review_signin_attempts + 3]:
        r = review.client.post(
            "/signin/totp",
            data={"code": guess, "csrf": csrf_token(first.text)},
            follow_redirects=False,
        )
        statuses.append(r.status_code)
    attempts = review.settings.review_signin_attempts
    assert statuses[:attempts] == [401] * attempts
    assert set(statuses[attempts:]) == {429}
    # Past the limit even the right code waits, and so does the password step.
    r = review.client.post(
        "/signin/totp",
        data={"code": totp.code_at(secret, time.time()), "csrf": csrf_token(first.text)},
        follow_redirects=False,
    )
    assert r.status_code == 429 and SESSION_COOKIE not in review.client.cookies
    assert sign_in(review.new_client(), "tina", PASSWORD).status_code == 429


# -- 2. Sessions revoked ----------------------------------------------------------------------


def test_disabling_a_reviewer_signs_out_her_open_session(review, capsys, monkeypatch):
    app_id = review.seed()
    assert sign_in(review.client, "alice", PASSWORD).status_code == 303
    assert review.client.get(f"/applications/{app_id}").status_code == 200
    code, _out, err = grantbox(capsys, monkeypatch, "reviewer", "disable", "alice")
    assert code == 0, err
    r = review.client.get(f"/applications/{app_id}", follow_redirects=False)
    assert r.status_code == 303 and r.headers["location"].startswith("/signin")
    with review.store.sessions() as session:
        assert session.scalars(select(ReviewSession)).all() == []  # gone, not just refused
    # And she cannot sign in again until an operator resets her.
    assert sign_in(review.new_client(), "alice", PASSWORD).status_code == 401
    code, _, err = grantbox(capsys, monkeypatch, "reviewer", "disable", "nobody")
    assert code == 1 and "nobody" in err


@pytest.mark.parametrize("reset", [["--reset"], ["--reset", "--totp"], ["--reset", "--no-totp"]])
def test_a_password_or_totp_reset_signs_out_the_old_session(review, capsys, monkeypatch, reset):
    assert sign_in(review.client, "alice", PASSWORD).status_code == 303
    old = review.client.cookies.get(SESSION_COOKIE)
    code, _, err = grantbox(
        capsys, monkeypatch, "reviewer", "add", "alice", *reset, stdin="a brand new password\n"
    )
    assert code == 0, err
    stale = review.new_client()
    stale.cookies.set(SESSION_COOKIE, old)
    assert stale.get("/", follow_redirects=False).status_code == 303


# -- 3. Access log ----------------------------------------------------------------------------


def test_access_log_records_who_opened_which_page_and_attachment(review, capsys, monkeypatch):
    first = review.seed(name="First Person")
    second = review.seed(name="Second Person")
    with review.store.transaction() as session:
        auth.add_reviewer(session, "bob", PASSWORD)
    assert sign_in(review.client, "alice", PASSWORD).status_code == 303
    review.client.get(f"/applications/{first}")
    review.client.get(f"/applications/{first}/attachments/{review.attachment_of(first)}")
    review.client.get("/applications/99999")  # nothing there: nothing opened
    bob = review.new_client()
    assert sign_in(bob, "bob", PASSWORD).status_code == 303
    bob.get(f"/applications/{second}")
    # A refused try to open another application's attachment is not a view.
    bob.get(f"/applications/{second}/attachments/{review.attachment_of(first)}")

    review.app.state.access_log.flush()  # written off the request, by its own thread
    with review.store.sessions() as session:
        rows = session.scalars(select(AccessLog).order_by(AccessLog.id)).all()
        seen = [(r.reviewer, r.kind, r.application_id, r.attachment_id) for r in rows]
    assert seen == [
        ("alice", "application", first, None),
        ("alice", "attachment", first, review.attachment_of(first)),
        ("bob", "application", second, None),
    ]

    code, out, _ = grantbox(capsys, monkeypatch, "audit", "--json")
    assert code == 0
    entries = json.loads(out)
    assert [(e["reviewer"], e["kind"], e["application_id"]) for e in entries] == [
        ("alice", "application", first),
        ("alice", "attachment", first),
        ("bob", "application", second),
    ]
    assert all(e["at"] for e in entries)
    code, out, _ = grantbox(capsys, monkeypatch, "audit", "--json", "--reviewer", "bob")
    assert [e["application_id"] for e in json.loads(out)] == [second]
    code, out, _ = grantbox(capsys, monkeypatch, "audit", "--json", "--application", str(first))
    assert {e["reviewer"] for e in json.loads(out)} == {"alice"}
    code, out, _ = grantbox(capsys, monkeypatch, "audit")
    assert code == 0 and "alice" in out and f"GB-{first}" in out


# -- 4. Security headers on every route -------------------------------------------------------


def _routes(review: Review, app_id: int, att_id: int, message_pk: int) -> list[tuple[str, str]]:
    """Every route of the app, as (method, concrete path)."""
    out = []
    for route in review.app.routes:
        path = getattr(route, "path", None)
        methods = getattr(route, "methods", None)
        if not path or not methods:
            continue
        concrete = (
            path.replace("{app_id}", str(app_id))
            .replace("{attachment_id}", str(att_id))
            .replace("{message_pk}", str(message_pk))
            .replace("{path:path}", "review.css")
            # The grants pages (a number is enough: an unknown grant must answer safely too).
            .replace("{grant_id}", str(app_id))
            .replace("{payment_id}", str(app_id))
            .replace("{chart}", "funnel")
        )
        assert "{" not in concrete, f"a route with an id this test does not know: {path}"
        for method in sorted(methods - {"HEAD"}):
            out.append((method, concrete))
    return out


def _human_message(review: Review) -> int:
    with review.store.transaction() as session:
        return unmatched_message(session).id


def _assert_headers(r, what: str) -> None:  # type: ignore[no-untyped-def]
    h = r.headers
    csp = h.get("content-security-policy", "")
    assert csp, what
    directives = dict(([*d.strip().split(" ", 1), ""])[:2] for d in csp.split(";") if d.strip())
    script = directives.get("script-src", directives.get("default-src", ""))
    assert "'unsafe-inline'" not in script and "'nonce-" not in script, (what, csp)
    assert "'unsafe-eval'" not in script, (what, csp)
    assert directives.get("frame-ancestors") == "'none'" or "sandbox" in directives, (what, csp)
    assert "frame-ancestors 'none'" in csp, (what, csp)
    assert h.get("x-content-type-options") == "nosniff", what
    assert h.get("x-frame-options") == "DENY", what
    assert h.get("referrer-policy") in ("no-referrer", "same-origin"), what


def test_every_route_and_error_page_has_the_security_headers(review):
    app_id = review.seed()
    att_id = review.attachment_of(app_id)
    pk = _human_message(review)
    routes = _routes(review, app_id, att_id, pk)
    assert len(routes) >= 12
    extra = [
        ("GET", "/no/such/page"),
        ("GET", "/applications/99999"),
        ("GET", "/applications/x"),
        ("DELETE", "/"),
        ("GET", "/signin?next=//evil.example"),
    ]
    # Signed out, then signed in; the posts once without their token.
    for signed in (False, True):
        client = review.new_client()
        if signed:
            assert sign_in(client, "alice", PASSWORD).status_code == 303
        for method, path in routes + extra:
            r = client.request(method, path, follow_redirects=False)
            _assert_headers(r, f"{method} {path} signed_in={signed} -> {r.status_code}")

    # A server error too (a handler that breaks): headers, and no traceback in the page.
    @review.app.get("/boom")
    def boom() -> None:
        raise RuntimeError("secret internals /home/x/db password=hunter2")

    client = TestClient(review.app, raise_server_exceptions=False)
    r = client.get("/boom")
    assert r.status_code == 500
    _assert_headers(r, "500")
    assert "hunter2" not in r.text and "Traceback" not in r.text


def test_pages_have_no_inline_script_or_handlers(review):
    app_id = review.seed()
    pk = _human_message(review)
    assert sign_in(review.client, "alice", PASSWORD).status_code == 303
    for path in ("/signin", "/", f"/applications/{app_id}", "/human", "/no/such/page"):
        page = review.client.get(path).text
        for tag in re.findall(r"<script\b[^>]*>", page, re.IGNORECASE):
            assert re.search(r'\bsrc="/static/[\w.-]+\.js"', tag), (path, tag)
        assert not re.search(r"<script\b[^>]*>\s*[^<\s]", page), path  # no inline body
        assert not re.search(r"<[^>]+\son[a-z]+\s*=", page, re.IGNORECASE), path
        assert "javascript:" not in page.lower(), path
    assert pk
    for asset in ("/static/review.css", "/static/queue.js", "/static/application.js"):
        r = review.client.get(asset)
        assert r.status_code == 200, asset
        _assert_headers(r, asset)


# -- 5. Attachments only download -------------------------------------------------------------

HTML_RESUME = b"<html><body><script>document.title='pwned'</script>I am a resume</body></html>"
SVG_RESUME = (
    b'<svg xmlns="http://www.w3.org/2000/svg"><script>alert(document.domain)</script></svg>'
)


@pytest.mark.parametrize(
    ("filename", "data", "declared"),
    [
        ("resume.html", HTML_RESUME, "text/html"),
        ("resume.svg", SVG_RESUME, "image/svg+xml"),
        ('evil"; filename=x.html\r\nContent-Type: text/html', HTML_RESUME, "text/html"),
        ("résumé.xhtml", HTML_RESUME, "application/xhtml+xml"),
        ("resume.pdf", HTML_RESUME, "application/pdf"),  # HTML calling itself a PDF
    ],
)
def test_an_html_or_svg_resume_only_downloads(review, filename, data, declared):
    app_id = review.seed(filename=filename, file_bytes=data)
    with review.store.transaction() as session:
        att = session.get(AttachmentRow, review.attachment_of(app_id))
        att.declared_type = declared
        att.sniffed_type = declared  # even if sniffing believed the sender
    assert sign_in(review.client, "alice", PASSWORD).status_code == 303
    r = review.client.get(f"/applications/{app_id}/attachments/{review.attachment_of(app_id)}")
    assert r.status_code == 200 and r.content == data
    assert r.headers["content-type"] == "application/octet-stream"
    assert r.headers["x-content-type-options"] == "nosniff"
    disposition = r.headers["content-disposition"]
    assert disposition.startswith("attachment; filename=")
    assert re.fullmatch(
        r'attachment; filename="[A-Za-z0-9._ ()+-]*"; filename\*=UTF-8\'\'[^\s"]*', disposition
    )
    csp = r.headers["content-security-policy"]
    assert "sandbox" in csp and "default-src 'none'" in csp
    assert len(r.headers.get_list("content-type")) == 1


# -- 6. No open redirect ----------------------------------------------------------------------

EVIL_NEXT = [
    "//evil.example",
    "//evil.example/x",
    "https://evil.example",
    "http:evil.example",
    "/\\evil.example",
    "\\\\evil.example",
    "/\\/evil.example",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "%2F%2Fevil.example",
    "/%2F/evil.example",
    "/%5Cevil.example",
    "%5C%5Cevil.example",
    "/\tevil.example",
    "/\t/evil.example",
    "/ /evil.example",
    "\x00//evil.example",
    " //evil.example",
    "///evil.example",
    "/.//evil.example",
    "data:text/html,<script>alert(1)</script>",
    "//evil.example%40testserver",
    "/%0d%0aLocation: https://evil.example",
    "/\r\nLocation: https://evil.example",
    "／／evil.example",
    "/\u3000/evil.example",
]


def _local(location: str) -> bool:
    parts = urlsplit(location)
    return (
        location.startswith("/")
        and not location.startswith("//")
        and "\\" not in location
        and not parts.scheme
        and not parts.netloc
        and all(32 < ord(c) < 127 for c in location)
    )


@pytest.mark.parametrize("target", EVIL_NEXT)
def test_next_never_leads_off_the_site(review, target):
    # Through the sign-in page's form (what it puts in the hidden field)...
    client = review.new_client()
    page = client.get("/signin", params={"next": target})
    assert page.status_code == 200
    hidden = re.search(r'name="next" value="([^"]*)"', page.text).group(1)
    assert _local(hidden.replace("&amp;", "&")), hidden
    # ...and straight at the POST, with the right password.
    token = csrf_token(page.text)
    r = client.post(
        "/signin",
        data={"name": "alice", "password": PASSWORD, "csrf": token, "next": target},
        follow_redirects=False,
    )
    assert r.status_code == 303
    assert _local(r.headers["location"]), r.headers["location"]
    assert "evil" not in urlsplit(r.headers["location"]).netloc


def test_next_through_the_totp_step_never_leads_off_the_site(review):
    with review.store.transaction() as session:
        auth.add_reviewer(session, "tina", PASSWORD, totp=True)
    secret = review.reviewer("tina").totp_secret
    r = review.totp_signin(
        review.client, "tina", PASSWORD, totp.code_at(secret, time.time()), next_="//evil.example"
    )
    assert r.status_code == 303 and _local(r.headers["location"])


# -- 7. Every route with an id: nothing for the signed-out or the disabled ------------------


def test_routes_with_ids_give_nothing_to_the_signed_out_or_disabled(review, capsys, monkeypatch):
    app_id = review.seed(name="Secret Applicant", resume_text="secret resume words")
    att_id = review.attachment_of(app_id)
    pk = _human_message(review)
    with_ids = [
        (m, p) for m, p in _routes(review, app_id, att_id, pk) if str(app_id) in p or str(pk) in p
    ]
    assert len(with_ids) >= 9
    signed = review.new_client()
    assert sign_in(signed, "alice", PASSWORD).status_code == 303
    grantbox(capsys, monkeypatch, "reviewer", "disable", "alice")
    forged = review.new_client()
    forged.cookies.set(SESSION_COOKIE, "A" * 43)
    for who, client in (
        ("signed out", review.new_client()),
        ("disabled", signed),
        ("forged", forged),
    ):
        for method, path in with_ids:
            data = {"decision": "approve", "note": "x", "question": "q", "application": str(app_id)}
            r = client.request(
                method, path, data=data if method == "POST" else None, follow_redirects=False
            )
            assert r.status_code in (303, 401, 403), (who, method, path, r.status_code)
            if r.status_code == 303:
                assert r.headers["location"].startswith("/signin"), (who, path)
            assert "Secret Applicant" not in r.text and "secret resume" not in r.text
            assert b"%PDF" not in r.content
    review.app.state.access_log.flush()
    with review.store.sessions() as session:
        assert session.scalars(select(AccessLog)).all() == []
        from grantbox.store.tables import Application

        assert session.get(Application, app_id).status == "ready_for_review"


def test_an_attachment_is_only_served_under_its_own_application(review):
    first = review.seed(name="First")
    second = review.seed(name="Second")
    assert sign_in(review.client, "alice", PASSWORD).status_code == 303
    r = review.client.get(f"/applications/{second}/attachments/{review.attachment_of(first)}")
    assert r.status_code == 404
    r = review.client.get(f"/applications/{first}/attachments/{review.attachment_of(first)}")
    assert r.status_code == 200


def test_one_code_sent_twice_at_once_signs_in_once(database_url, tmp_path, store_for):
    """Two requests racing with the same code (SQLite and PostgreSQL): the reviewer row is
    locked while the code's step is checked and stored, so exactly one is accepted."""
    import threading

    settings = Settings(data_dir=tmp_path / "race", database_url=database_url)  # type: ignore[call-arg]
    store = store_for(settings)
    with store.transaction() as session:
        r = auth.add_reviewer(session, "rae", PASSWORD, totp=True)
        pending = auth.PendingSignIn(r.id, r.name, r.password_hash, time.monotonic() + 60)
        secret = r.totp_secret
    code = totp.code_at(secret, time.time())
    barrier = threading.Barrier(4)
    accepted: list[bool] = []

    def attempt() -> None:
        barrier.wait()
        with store.transaction() as session:
            accepted.append(auth.accept_totp(session, pending, code) is not None)

    threads = [threading.Thread(target=attempt) for _ in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(timeout=60)
    assert sorted(accepted) == [False, False, False, True]
