"""The "needs a human" page of the review web app (TestClient, a real SQLite store): mail that
intake could not match or process is listed with its reason, text and raw download, and a
reviewer attaches it, makes it a new application, or dismisses it; every action is a POST with
the CSRF token and an event with the reviewer's name; the sender's text stays inert."""

from __future__ import annotations

import itertools
import re

import pytest
from sqlalchemy import select

from grantbox.blobs import BlobStore
from grantbox.config import Settings
from grantbox.review import auth, triage
from grantbox.review.web import create_app
from grantbox.store import open_store
from grantbox.store.tables import Application, Event, Message
from tests.review_seed import csrf_token, seed_application, sign_in

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
TestClient = pytest.importorskip("fastapi.testclient").TestClient

PASSWORD = "correct horse battery"
HOSTILE_NAME = 'Eve <script>alert(1)</script>"><img src=x onerror=alert(1)>'
HOSTILE_SUBJECT = '"><img src=x onerror=alert(1)> <script>alert("subject")</script> [GB-999]'
HOSTILE_BODY = "Hi <script>alert('body')</script> \"><img src=x onerror=alert(1)>"
_n = itertools.count(1)


@pytest.fixture
def review(tmp_path):
    settings = Settings(data_dir=tmp_path / "data")  # type: ignore[call-arg]
    store = open_store(settings)
    with store.transaction() as session:
        auth.add_reviewer(session, "alice", PASSWORD)
    blobs = BlobStore(settings.blob_dir)

    class Review:
        def __init__(self) -> None:
            self.settings = settings
            self.store = store
            self.client = TestClient(create_app(settings, store), base_url="http://testserver")

        def seed(self, **kw) -> int:
            return seed_application(store, settings, **kw)

        def message(
            self,
            *,
            kind: str = "unmatched",
            from_addr: str = "stranger@mail.test",
            from_name: str = "Stranger",
            subject: str = "Re: your questions",
            body: str = "Here are my answers.",
            error: str | None = None,
            in_reply_to: str | None = "<lost@grants.test>",
            raw: bytes | None = None,
        ) -> int:
            """An inbound message as intake files one it cannot match (or process)."""
            n = next(_n)
            raw = (
                raw
                or (
                    f"From: {from_name} <{from_addr}>\r\nSubject: {subject}\r\n"
                    f"Message-ID: <human-{n}@mail.test>\r\n\r\n{body}\r\n"
                ).encode()
            )
            sha = blobs.put(raw)
            with store.transaction() as session:
                row = Message(
                    message_id=f"<human-{n}@mail.test>",
                    content_sha256=sha,
                    size=len(raw),
                    from_addr=from_addr,
                    from_name=from_name,
                    subject=subject,
                    in_reply_to=in_reply_to,
                    kind=kind,
                    flags=["needs_human"],
                    error=error,
                    text=body if kind != "error" else "",
                )
                session.add(row)
                session.flush()
                return row.id

        def signin(self):
            return sign_in(self.client, "alice", PASSWORD)

        def csrf(self, path="/human") -> str:
            return csrf_token(self.client.get(path).text)

        def row(self, pk: int) -> Message:
            with store.sessions() as session:
                m = session.get(Message, pk)
                assert m is not None
                return m

        def events(self, **where) -> list[Event]:
            with store.sessions() as session:
                query = select(Event).order_by(Event.id)
                for k, v in where.items():
                    query = query.where(getattr(Event, k) == v)
                return list(session.scalars(query).all())

    r = Review()
    yield r
    store.dispose()


def listed(page: str) -> list[int]:
    return [int(i) for i in re.findall(r'<section class="card in" id="message-(\d+)"', page)]


def test_the_page_and_the_raw_message_need_a_session(review):
    pk = review.message()
    for path in ("/human", f"/human/{pk}/raw"):
        r = review.client.get(path, follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"].startswith("/signin?next=")
    for action in ("attach", "new", "dismiss"):
        r = review.client.post(f"/human/{pk}/{action}", data={"application": "1"})
        assert r.status_code == 401
    assert "needs_human" in review.row(pk).flags


def test_lists_unresolved_mail_with_reason_text_and_raw_download(review):
    app_id = review.seed(email="known@mail.test")
    unmatched = review.message(subject="Re: about GB-7", body="My answers are below.")
    broken = review.message(
        kind="error",
        from_addr="",
        from_name="",
        subject="",
        error="could not parse: no header block",
        in_reply_to=None,
        raw=b"Subject: x\r\n\r\nthe body of a broken message\r\n",
    )
    from_known = review.message(from_addr="KNOWN@mail.test", subject="Another thing")
    done = review.message(subject="Already dismissed")
    with review.store.transaction() as session:
        m = session.get(Message, done)
        m.flags = ["dismissed"]
    review.signin()

    queue = review.client.get("/").text
    assert 'href="/human"' in queue and '<span class="badge" id="human-count">3</span>' in queue

    r = review.client.get("/human")
    assert r.status_code == 200
    page = r.text
    assert listed(page) == [unmatched, broken, from_known]
    assert "Already dismissed" not in page
    assert "stranger@mail.test" in page and "Re: about GB-7" in page
    assert "My answers are below." in page
    assert "thread matches no application" in page  # why the unmatched one is here
    assert "could not parse: no header block" in page  # Message.error of the broken one
    assert "the body of a broken message" in page  # read from its raw bytes
    assert f"/human/{unmatched}/raw" in page
    # The sender's own application is offered as a one-click attach.
    section = page.split(f'id="message-{from_known}"')[1]
    assert f'name="application" value="{app_id}"' in section
    assert f"Attach to GB-{app_id}" in section

    r = review.client.get(f"/human/{unmatched}/raw")
    assert r.status_code == 200
    assert r.content.startswith(b"From: Stranger <stranger@mail.test>")
    assert r.headers["content-type"] == "text/plain; charset=utf-8"
    assert r.headers["content-disposition"].startswith("attachment; ")
    assert r.headers["x-content-type-options"] == "nosniff"
    assert "sandbox" in r.headers["content-security-policy"]
    assert review.client.get("/human/99999/raw").status_code == 404

    data = [m["id"] for m in _pending(review)]
    assert data == [unmatched, broken, from_known]


def _pending(review):
    with review.store.sessions() as session:
        return triage.pending(session)


def test_attach_files_it_as_a_reply_with_the_reviewers_event(review):
    app_id = review.seed(email="ada@mail.test")
    pk = review.message(subject="Re: questions")
    other = review.message(subject="Re: something else")
    review.signin()
    r = review.client.post(
        f"/human/{pk}/attach",
        data={"csrf": review.csrf(), "application": f"GB-{app_id}"},
        follow_redirects=False,
    )
    assert r.status_code == 303 and r.headers["location"].startswith("/human?")
    m = review.row(pk)
    assert m.application_id == app_id and m.kind == "reply" and "needs_human" not in m.flags
    ev = review.events(application_id=app_id, kind="message_attached")
    assert len(ev) == 1 and ev[0].actor == "reviewer:alice" and ev[0].message_pk == pk
    assert "alice" in ev[0].reason
    page = review.client.get("/human").text
    assert listed(page) == [other]
    assert "message_attached" in review.client.get(f"/applications/{app_id}").text
    # Twice is refused; an unknown application or a nonsense number too.
    token = review.csrf()
    again = review.client.post(f"/human/{pk}/attach", data={"csrf": token, "application": "1"})
    assert again.status_code == 409
    missing = review.client.post(
        f"/human/{other}/attach", data={"csrf": token, "application": "99999"}
    )
    assert missing.status_code == 404
    nonsense = review.client.post(
        f"/human/{other}/attach", data={"csrf": token, "application": "x; drop"}
    )
    assert nonsense.status_code == 400
    assert "needs_human" in review.row(other).flags


def test_make_a_new_application_from_the_sender(review):
    pk = review.message(from_addr="new@mail.test", from_name="New Person", subject="I apply")
    no_sender = review.message(kind="error", from_addr="", error="unparsable")
    review.signin()
    r = review.client.post(f"/human/{pk}/new", data={"csrf": review.csrf()}, follow_redirects=False)
    assert r.status_code == 303
    m = review.row(pk)
    assert m.kind == "application" and m.application_id is not None
    assert "needs_human" not in m.flags
    with review.store.sessions() as session:
        app = session.get(Application, m.application_id)
        assert app.email == "new@mail.test" and app.name == "New Person"
        assert app.status == "received"
    created = review.events(application_id=m.application_id, kind="created")
    assert created[0].actor == "reviewer:alice" and created[0].message_pk == pk
    # No sender address: nothing to make an application from.
    r = review.client.post(f"/human/{no_sender}/new", data={"csrf": review.csrf()})
    assert r.status_code == 409
    assert review.row(no_sender).kind == "error"


def test_dismiss_flags_it_and_records_who(review):
    pk = review.message()
    review.signin()
    r = review.client.post(
        f"/human/{pk}/dismiss",
        data={"csrf": review.csrf(), "note": "spam"},
        follow_redirects=False,
    )
    assert r.status_code == 303
    m = review.row(pk)
    assert m.flags == ["dismissed"] and m.kind == "unmatched" and m.application_id is None
    ev = review.events(kind="message_dismissed")
    assert len(ev) == 1 and ev[0].actor == "reviewer:alice" and ev[0].message_pk == pk
    assert ev[0].application_id is None and "spam" in ev[0].reason
    assert listed(review.client.get("/human").text) == []
    assert "Nothing needs a human" in review.client.get("/human").text


def test_every_action_needs_the_csrf_token_and_our_origin(review):
    app_id = review.seed()
    pk = review.message()
    review.signin()
    good = review.csrf()
    for action in ("attach", "new", "dismiss"):
        for token in (None, "", "forged"):
            form = {"application": str(app_id), **({"csrf": token} if token is not None else {})}
            r = review.client.post(f"/human/{pk}/{action}", data=form)
            assert r.status_code == 403, (action, token)
        r = review.client.post(
            f"/human/{pk}/{action}",
            data={"application": str(app_id), "csrf": good},
            headers={"Origin": "http://evil.test"},
        )
        assert r.status_code == 403, action
    m = review.row(pk)
    assert m.kind == "unmatched" and m.flags == ["needs_human"] and m.application_id is None
    assert review.events(message_pk=pk) == []


def test_hostile_sender_subject_and_body_stay_inert(review):
    pk = review.message(
        from_name=HOSTILE_NAME,
        from_addr="eve@mail.test",
        subject=HOSTILE_SUBJECT,
        body=HOSTILE_BODY,
        error='<script>alert("reason")</script>',
    )
    review.signin()
    r = review.client.get("/human")
    page = r.text
    assert pk in listed(page)
    assert "<img src=x" not in page and "<script>alert" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;script&gt;alert(&#39;body&#39;)&lt;/script&gt;" in page
    for tag in re.findall(r"<script[^>]*>", page):
        assert re.fullmatch(r'<script src="/static/\w+\.js">', tag)
    assert "script-src 'self'" in r.headers["content-security-policy"]
    raw = review.client.get(f"/human/{pk}/raw")
    assert raw.headers["content-type"] == "text/plain; charset=utf-8"
    assert re.fullmatch(
        r'attachment; filename="[^"\\]*"; filename\*=UTF-8\'\'[^\s"]*',
        raw.headers["content-disposition"],
    )
    # The done-message on the redirect carries no sender text, and is escaped anyway.
    page = review.client.get("/human?done=<script>alert(2)</script>").text
    assert "<script>alert(2)" not in page and "&lt;script&gt;alert(2)" in page


def test_cli_lists_what_needs_a_human(review, tmp_path, capsys, monkeypatch):
    import io
    import json
    import sys

    from grantbox import cli

    pk = review.message(subject="[bold]Re: lost[/bold]")
    review.message(subject="gone")
    with review.store.transaction() as session:
        session.get(Message, pk + 1).flags = ["dismissed"]
    monkeypatch.setenv("GRANTBOX_DATA_DIR", str(review.settings.data_dir))
    monkeypatch.setattr(sys, "stdin", io.StringIO(""))
    monkeypatch.setattr(cli.console, "width", 200)  # no wrapping of the table's cells
    for args in (["human", "--json"], ["human"]):
        monkeypatch.setattr(sys, "argv", ["grantbox", *args])
        try:
            cli.main()
        except SystemExit as e:
            assert not e.code
        out, _ = capsys.readouterr()
        if "--json" in args:
            rows = json.loads(out)
            assert [m["id"] for m in rows] == [pk]
            assert rows[0]["reason"] and rows[0]["from"] == "stranger@mail.test"
        else:
            assert "[bold]Re: lost" in out and "1 waiting for a human" in out
