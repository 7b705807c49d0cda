"""The review web app through its HTTP interface (Starlette's TestClient, a real SQLite store):
sign-in, sessions, CSRF, the queue and the application page, decisions with their hold window,
and applicant text that tries to be HTML or a header."""

from __future__ import annotations

import html as html_lib
import re
from datetime import timedelta
from email import message_from_bytes, policy

import pytest
from sqlalchemy import select

from grantbox.config import Settings
from grantbox.outbox import CANCELLED, QUEUED, SUPPRESSED
from grantbox.review import auth, views
from grantbox.review.decisions import aware
from grantbox.review.web import SESSION_COOKIE, create_app
from grantbox.states import Status
from grantbox.store import open_store
from grantbox.store.tables import Application, AttachmentRow, Event, OutboxRow, utcnow
from tests.review_seed import csrf_token, seed_application, sign_in

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
TestClient = pytest.importorskip("fastapi.testclient").TestClient

PASSWORD = "correct horse battery"
HOSTILE_NAME = 'Ada <script>alert(1)</script>"><img src=x onerror=alert(1)>'
HOSTILE_SUBJECT = '"><img src=x onerror=alert(1)> <script>alert("subject")</script>'
HOSTILE_BODY = "Hi <script>alert('body')</script> \"><img src=x onerror=alert(1)>"
HOSTILE_FILE = '"><img src=x onerror=alert(1)>\r\nX-Evil: 1.pdf'
INJECTED_NAME = "Ada\r\nBcc: x@evil.test"


@pytest.fixture
def review(tmp_path):
    settings = Settings(data_dir=tmp_path / "data")  # type: ignore[call-arg]
    store = open_store(settings)
    with store.transaction() as session:
        auth.add_reviewer(session, "alice", PASSWORD)

    class Review:
        def __init__(self) -> None:
            self.settings = settings
            self.store = store
            self.client = TestClient(create_app(settings, store), base_url="http://testserver")

        def seed(self, **kw) -> int:
            return seed_application(store, settings, **kw)

        def signin(self, client=None, name="alice", password=PASSWORD):
            return sign_in(client or self.client, name, password)

        def csrf(self, path="/") -> str:
            return csrf_token(self.client.get(path).text)

        def app(self, app_id: int) -> Application:
            with store.sessions() as session:
                app = session.get(Application, app_id)
                assert app is not None
                return app

        def outbox(self, app_id: int) -> list[OutboxRow]:
            with store.sessions() as session:
                return list(
                    session.scalars(
                        select(OutboxRow).where(OutboxRow.application_id == app_id)
                    ).all()
                )

        def events(self, app_id: int) -> list[Event]:
            with store.sessions() as session:
                return list(
                    session.scalars(
                        select(Event).where(Event.application_id == app_id).order_by(Event.id)
                    ).all()
                )

    r = Review()
    yield r
    store.dispose()


def test_no_page_form_or_attachment_without_a_session(review):
    app_id = review.seed()
    with review.store.sessions() as session:
        att = session.scalars(select(AttachmentRow)).first()
    for path in ("/", f"/applications/{app_id}", f"/applications/{app_id}/attachments/{att.id}"):
        r = review.client.get(path, follow_redirects=False)
        assert r.status_code == 303, path
        assert r.headers["location"].startswith("/signin?next=")
        assert "resume text" not in r.text and "Ada" not in r.text
    for action in ("decide", "ask", "cancel", "withdraw"):
        r = review.client.post(
            f"/applications/{app_id}/{action}",
            data={"decision": "approve", "question": "why?"},
            follow_redirects=False,
        )
        assert r.status_code == 401
    assert review.app(app_id).status == "ready_for_review"
    # A made-up session cookie is no session.
    review.client.cookies.set(SESSION_COOKIE, "x" * 43)
    assert review.client.get("/", follow_redirects=False).status_code == 303


def test_signin_cookie_is_httponly_lax_and_signout_ends_the_session(review):
    r = review.signin()
    assert r.status_code == 303 and r.headers["location"] == "/"
    cookie = next(c for c in r.headers.get_list("set-cookie") if c.startswith(SESSION_COOKIE))
    assert "HttpOnly" in cookie and "SameSite=lax" in cookie and "Path=/" in cookie
    token = review.client.cookies.get(SESSION_COOKIE)
    page = review.client.get("/")
    assert page.status_code == 200 and "alice" in page.text
    r = review.client.post("/signout", data={"csrf": review.csrf()}, follow_redirects=False)
    assert r.status_code == 303
    # The old token is dead server-side, not just forgotten by this browser.
    review.client.cookies.set(SESSION_COOKIE, token)
    assert review.client.get("/", follow_redirects=False).status_code == 303


def test_signin_wrong_password_is_refused_and_rate_limited(review):
    for _ in range(review.settings.review_signin_attempts):
        r = review.signin(password="wrong password")
        assert r.status_code == 401 and "Wrong name or password" in r.text
    r = review.signin()  # the right password, but too late
    assert r.status_code == 429 and int(r.headers["Retry-After"]) > 0
    assert SESSION_COOKIE not in review.client.cookies
    # Unknown names are refused the same way.
    other = TestClient(review.client.app)
    assert review.signin(other, name="mallory").status_code == 429  # same client address


def test_signin_form_needs_its_token_and_next_stays_on_site(review):
    r = review.client.post(
        "/signin", data={"name": "alice", "password": PASSWORD}, follow_redirects=False
    )
    assert r.status_code == 403
    page = review.client.get("/signin?next=//evil.test/x")
    token = re.search(r'name="csrf" value="([^"]+)"', page.text).group(1)
    r = review.client.post(
        "/signin",
        data={"name": "alice", "password": PASSWORD, "csrf": token, "next": "//evil.test/x"},
        follow_redirects=False,
    )
    assert r.status_code == 303 and r.headers["location"] == "/"


def test_every_post_needs_the_csrf_token_and_our_origin(review):
    app_id = review.seed()
    review.signin()
    good = review.csrf()
    for action, data in (
        ("decide", {"decision": "approve", "note": "x"}),
        ("ask", {"question": "why?"}),
        ("cancel", {}),
        ("withdraw", {"note": "x"}),
    ):
        for token in (None, "", "forged"):
            form = dict(data, **({"csrf": token} if token is not None else {}))
            r = review.client.post(f"/applications/{app_id}/{action}", data=form)
            assert r.status_code == 403, (action, token)
        r = review.client.post(
            f"/applications/{app_id}/{action}",
            data=dict(data, csrf=good),
            headers={"Origin": "http://evil.test"},
        )
        assert r.status_code == 403
    r = review.client.post("/signout", data={"csrf": "forged"})
    assert r.status_code == 403
    assert review.app(app_id).status == "ready_for_review"
    assert review.outbox(app_id) == []


def test_queue_oldest_first_filters_search_counts_and_pages(review):
    now = utcnow()
    old = review.seed(name="Old Applicant", at=now - timedelta(days=3))
    new = review.seed(name="New Applicant", email="new@mail.test", at=now - timedelta(hours=1))
    mid = review.seed(name="Mid Applicant", at=now - timedelta(days=1))
    waiting = review.seed(
        name="Bouncy", status=Status.questions_sent, flags=("bouncing",), at=now - timedelta(days=9)
    )
    review.signin()
    page = review.client.get("/").text
    order = [int(i) for i in re.findall(r'<tr data-href="/applications/(\d+)"', page)]
    assert order == [old, mid, new]
    assert 'data-count="ready_for_review">3<' in page and 'data-count="questions_sent">1<' in page
    page = review.client.get("/?status=all&flag=bouncing").text
    assert re.findall(r'<tr data-href="/applications/(\d+)"', page) == [str(waiting)]
    page = review.client.get("/?status=all&q=NEW@mail").text
    assert re.findall(r'<tr data-href="/applications/(\d+)"', page) == [str(new)]
    page = review.client.get(f"/?status=all&q=GB-{mid}").text
    assert re.findall(r'<tr data-href="/applications/(\d+)"', page) == [str(mid)]
    assert review.client.get("/?status=nonsense").status_code == 400
    with review.store.sessions() as session:
        first = views.queue(session, per_page=2)
        second = views.queue(session, per_page=2, page=2)
    assert (first["total"], first["pages"]) == (3, 2)
    assert [a["id"] for a in first["applications"]] == [old, mid]
    assert [a["id"] for a in second["applications"]] == [new]


def test_application_page_has_everything_on_one_screen(review):
    app_id = review.seed(name="Grace Hopper", flags=("duplicate",))
    review.signin()
    r = review.client.get(f"/applications/{app_id}")
    assert r.status_code == 200
    page = r.text
    assert "Grace Hopper" in page and "duplicate" in page
    assert "What is your background in software engineering" in page  # the question
    assert "Grace Hopper answers background" in page  # beside its answer
    assert "resume text of Grace Hopper" in page
    assert "Ada CV.pdf" in page and f"/applications/{app_id}/attachments/" in page
    assert 'id="timeline"' in page and "answers_complete" in page
    assert "The decision emails: read and edit" in page
    # The resume profile and its evidence (line numbers into the resume text).
    assert re.search(r"line \d+", page)
    csp = r.headers["content-security-policy"]
    assert "script-src 'self'" in csp and "frame-ancestors 'none'" in csp
    assert "nonce" not in csp and "unsafe-inline" not in csp
    assert r.headers["x-frame-options"] == "DENY"
    assert review.client.get("/applications/99999").status_code == 404


def test_hostile_applicant_text_stays_inert(review):
    app_id = review.seed(
        name=HOSTILE_NAME, subject=HOSTILE_SUBJECT, body=HOSTILE_BODY, filename=HOSTILE_FILE
    )
    review.signin()
    for path in ("/", f"/applications/{app_id}", "/?status=all&q=<script>"):
        page = review.client.get(path).text
        assert "<img src=x" not in page and "alert(1)</script>" not in page
        assert "<script>alert" not in page
        assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page or path.startswith("/?")
        csp = review.client.get(path).headers["content-security-policy"]
        assert "script-src 'self'" in csp and "unsafe-inline" not in csp
        for tag in re.findall(r"<script[^>]*>", page):
            assert re.fullmatch(r'<script src="/static/\w+\.js">', tag)
    with review.store.sessions() as session:
        att = session.scalars(select(AttachmentRow)).first()
    r = review.client.get(f"/applications/{app_id}/attachments/{att.id}")
    assert r.status_code == 200
    disposition = r.headers["content-disposition"]
    assert disposition.startswith("attachment; ")
    assert "\r" not in disposition and "\n" not in disposition and "<" not in disposition
    assert re.fullmatch(r'attachment; filename="[^"\\]*"; filename\*=UTF-8\'\'[^\s"]*', disposition)
    assert r.headers["content-type"] in ("application/pdf", "application/octet-stream")
    assert r.headers["x-content-type-options"] == "nosniff"
    assert "sandbox" in r.headers["content-security-policy"]
    assert "x-evil" not in {k.lower() for k in r.headers}


def test_decision_email_to_a_header_injecting_name_has_no_extra_header(review):
    app_id = review.seed(name=INJECTED_NAME, subject="Application\r\nBcc: y@evil.test")
    review.signin()
    r = review.client.post(
        f"/applications/{app_id}/decide",
        data={"csrf": review.csrf(), "decision": "reject", "note": "not now"},
        follow_redirects=False,
    )
    assert r.status_code == 303
    [row] = review.outbox(app_id)
    raw = row.raw
    head = raw.split(b"\r\n\r\n", 1)[0].decode()
    names = [line.split(":", 1)[0].lower() for line in head.split("\r\n") if line[:1] not in " \t"]
    assert "bcc" not in names and "x-evil" not in names
    assert set(names) <= {
        "from",
        "to",
        "subject",
        "date",
        "message-id",
        "in-reply-to",
        "references",
        "reply-to",
        "x-grantbox",
        "mime-version",
        "content-type",
    }
    msg = message_from_bytes(raw, policy=policy.default)
    assert "Bcc" not in msg
    assert msg["To"].addresses[0].display_name == "Ada Bcc: x@evil.test"
    assert "\n" not in str(msg["Subject"])
    assert msg["Auto-Submitted"] is None  # a person's decision, not an automatic reply


def test_decide_holds_the_email_and_cancel_takes_it_back(review):
    app_id = review.seed()
    review.signin()
    before = utcnow()
    r = review.client.post(
        f"/applications/{app_id}/decide",
        data={"csrf": review.csrf(), "decision": "approve", "note": "strong <b>maths</b>"},
        follow_redirects=False,
    )
    assert r.status_code == 303 and r.headers["location"] == f"/applications/{app_id}"
    assert review.app(app_id).status == "approved"
    [row] = review.outbox(app_id)
    assert (row.kind, row.status) == ("decision_approve", QUEUED)
    hold = aware(row.next_attempt_at) - before
    assert timedelta(seconds=595) < hold < timedelta(seconds=620)
    [decided] = [e for e in review.events(app_id) if e.kind == "approve"]
    assert (decided.actor, decided.reason, decided.to_status) == (
        "reviewer:alice",
        "strong <b>maths</b>",
        "approved",
    )
    page = review.client.get(f"/applications/{app_id}").text
    assert 'id="held"' in page and "Cancel the decision" in page
    assert "strong &lt;b&gt;maths&lt;/b&gt;" in page
    # Deciding again is refused: it is not in the queue any more.
    again = review.client.post(
        f"/applications/{app_id}/decide",
        data={"csrf": review.csrf(), "decision": "reject"},
    )
    assert again.status_code == 409

    r = review.client.post(
        f"/applications/{app_id}/cancel",
        data={"csrf": review.csrf(), "reason": "wrong applicant"},
        follow_redirects=False,
    )
    assert r.status_code == 303
    assert review.app(app_id).status == "ready_for_review"
    [row] = review.outbox(app_id)
    assert row.status == CANCELLED and "alice" in row.reason and "wrong applicant" in row.reason
    kinds = [e.kind for e in review.events(app_id)]
    assert kinds[-4:] == ["mail_queued", "mail_cancelled", "decision_cancelled", "grant:decline"]
    assert (
        review.client.post(
            f"/applications/{app_id}/cancel", data={"csrf": review.csrf()}
        ).status_code
        == 409
    )
    # Decided again after the cancel: a new email, held again.
    review.client.post(
        f"/applications/{app_id}/decide",
        data={"csrf": review.csrf(), "decision": "waitlist", "note": "second look"},
    )
    assert [(o.kind, o.status) for o in review.outbox(app_id)] == [
        ("decision_approve", CANCELLED),
        ("decision_waitlist", QUEUED),
    ]


def test_decisions_ignore_the_daily_limit_but_not_a_bouncing_address(tmp_path, review):
    from grantbox.review.decisions import decide

    limited = review.settings.model_copy(update={"max_auto_emails_per_day": 0})
    ok = review.seed()
    bouncing = review.seed(flags=("bouncing",))
    with review.store.transaction() as session:
        sent = decide(session, limited, ok, "approve", reviewer="alice", note="")
        held = decide(session, limited, bouncing, "reject", reviewer="alice", note="")
    assert (sent.email_status, held.email_status) == (QUEUED, SUPPRESSED)
    assert "bounced" in (held.email_reason or "")
    assert review.app(bouncing).status == "rejected"  # the decision stands; only mail is held


def test_ask_more_sends_the_question_now_and_waits_for_the_answer(review):
    app_id = review.seed()
    review.signin()
    r = review.client.post(
        f"/applications/{app_id}/ask",
        data={"csrf": review.csrf(), "question": "Which RL paper would you reproduce first?"},
        follow_redirects=False,
    )
    assert r.status_code == 303
    assert review.app(app_id).status == "more_info_requested"
    [row] = review.outbox(app_id)
    assert (row.kind, row.status) == ("ask_more", QUEUED)
    assert aware(row.next_attempt_at) <= utcnow()  # not held: it goes at the next send pass
    msg = message_from_bytes(row.raw, policy=policy.default)
    assert "Which RL paper would you reproduce first?" in msg.get_body(("plain",)).get_content()
    assert msg["In-Reply-To"]  # in the applicant's thread
    empty = review.client.post(
        f"/applications/{app_id}/ask", data={"csrf": review.csrf(), "question": "  "}
    )
    assert empty.status_code in (400, 409)


def test_an_attachment_is_only_reachable_through_its_own_application(review):
    first = review.seed()
    second = review.seed(name="Other")
    review.signin()
    with review.store.sessions() as session:
        atts = session.scalars(select(AttachmentRow).order_by(AttachmentRow.id)).all()
    assert review.client.get(f"/applications/{second}/attachments/{atts[0].id}").status_code == 404
    assert review.client.get(f"/applications/{first}/attachments/{atts[0].id}").status_code == 200


def test_the_reviewer_edits_the_decision_email_before_deciding(review):
    app_id = review.seed(name="Ada")
    review.signin()
    page = review.client.get(f"/applications/{app_id}")
    preview = re.search(r'name="text_approve"[^>]*>([^<]*)</textarea>', page.text)
    assert preview is not None and "approved" in preview.group(1)
    edited = (
        "Dear Ada,\n\nYes! Welcome to the program <b>really</b>.\nBcc: x@evil.test\n\n"
        "The grants team"
    )
    r = review.client.post(
        f"/applications/{app_id}/decide",
        data={"csrf": review.csrf(), "decision": "approve", "note": "", "text_approve": edited},
        follow_redirects=False,
    )
    assert r.status_code == 303
    [row] = review.outbox(app_id)
    msg = message_from_bytes(row.raw, policy=policy.default)
    assert "Bcc" not in msg
    assert msg.get_body(("plain",)).get_content().replace("\r\n", "\n") == edited + "\n"
    html = msg.get_body(("html",)).get_content()
    assert "&lt;b&gt;really&lt;/b&gt;" in html and "<b>" not in html
    assert "decision_email_edited" in [e.kind for e in review.events(app_id)]

    # Left as previewed, the template's email goes out and nothing is marked as edited.
    other = review.seed(name="Bo")
    page = review.client.get(f"/applications/{other}")
    untouched = re.search(r'name="text_reject"[^>]*>([^<]*)</textarea>', page.text)
    assert untouched is not None
    review.client.post(
        f"/applications/{other}/decide",
        data={
            "csrf": review.csrf(),
            "decision": "reject",
            "text_reject": html_lib.unescape(untouched.group(1)),
        },
    )
    assert "decision_email_edited" not in [e.kind for e in review.events(other)]
