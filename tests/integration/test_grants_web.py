"""The grants pages of the review app (issue 12) through their HTTP interface (Starlette's
TestClient, the app in process) on SQLite and PostgreSQL: the Grants page, a grant page with
every form, the program report and its SVG charts, the CSV exports; grantee text that tries
to be HTML or a spreadsheet formula; CSRF and the "grants" permission on every POST.

Grants are made the way the program makes them: a seeded application approved through
`decisions.decide` (which offers the grant), then `grantbox.grants.records` with an injected
clock. The chart and CSV helpers are pure and tested without a server at the end."""

from __future__ import annotations

import csv
import io
import re
from datetime import date, datetime, timedelta
from xml.etree import ElementTree

import pytest
from sqlalchemy import select

from grantbox import states
from grantbox.config import Settings
from grantbox.grants import records
from grantbox.outbox import CANCELLED
from grantbox.review import auth, charts, decisions
from grantbox.review.grant_pages import GRANTS_CSV_HEADER, csv_cell
from grantbox.review.web import create_app
from grantbox.states import Trigger
from grantbox.store import Store, open_store
from grantbox.store.tables import (
    AccessLog,
    Application,
    Event,
    Grant,
    GrantAnswer,
    GrantPayment,
    Message,
    OutboxRow,
    utcnow,
)
from tests.mailservers import drop_postgres_database, postgres_available, postgres_url
from tests.review_seed import csrf_token, seed_application, sign_in

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
TestClient = pytest.importorskip("fastapi.testclient").TestClient

PASSWORD = "correct horse battery"
HOSTILE = '<script>alert(1)</script>"><img src=x onerror=alert(2)>'
HOSTILE_NAME = f"Ada {HOSTILE}"
FORMULA_NAME = "=cmd|' /C calc'!A0"
SVG_NS = "{http://www.w3.org/2000/svg}"


def seed_grant(
    store: Store,
    settings: Settings,
    *,
    name: str = HOSTILE_NAME,
    started_days_ago: int = 50,
    now: datetime | None = None,
    answers: bool = True,
    ends_early: bool = True,
) -> int:
    """An approved application's grant, started `started_days_ago` days before `now` (active,
    or ended past its three months), its mid-grant check-in answered with `HOSTILE` text,
    an outcome proposed from the applicant's email, and (`ends_early`) the flag grantbox
    sets when a grantee writes they stop early. Returns the grant's id."""
    now = now or utcnow()
    app_id = seed_application(store, settings, name=name, subject=f"Re: {HOSTILE}", body=HOSTILE)
    with store.transaction() as session:
        decisions.decide(
            session, settings, app_id, "approve", reviewer="alice", note="good plan", at=now
        )
    with store.transaction() as session:
        grant = records.current_grant(session, app_id)
        assert grant is not None and grant.status == "offered"
        start = now.date() - timedelta(days=started_days_ago)
        records.set_start(session, settings, grant, start, actor="reviewer:alice", at=now)
        records.advance(session, settings, now)
        msg_id = session.scalar(select(Message.id).where(Message.application_id == app_id))
        assert msg_id is not None
        if answers:
            for row in grant.checkins:
                if row.checkin == "mid_grant":
                    row.status, row.answered_at = "answered", now
            for qid in ("progress", "blockers"):
                session.add(
                    GrantAnswer(
                        grant_id=grant.id,
                        checkin="mid_grant",
                        question_id=qid,
                        text=f"{qid}: {HOSTILE}",
                        message_pk=msg_id,
                        method="numbered",
                        updated_at=now,
                    )
                )
            records.propose_outcome(
                session, grant, "other_job", message_pk=msg_id, actor="grantbox"
            )
        if ends_early:
            grant.flags = [*grant.flags, "ends_early"]
        return grant.id


@pytest.fixture(scope="module", params=["sqlite", "postgresql"])
def grants(request, tmp_path_factory):
    """One store per database for this module's tests (a migrated store and the reviewers'
    password hashes take seconds): each test makes its own grants and looks at those."""
    tmp = tmp_path_factory.mktemp(f"grants-web-{request.param}")
    url = f"sqlite:///{tmp / 'grantbox.db'}"
    if request.param == "postgresql":
        if not postgres_available():
            pytest.fail("PostgreSQL is not running on 127.0.0.1:5432 (.ci/run starts it)")
        url = postgres_url()
    settings = Settings(data_dir=tmp / "data", database_url=url)  # type: ignore[call-arg]
    store = open_store(settings)
    with store.transaction() as session:
        auth.add_reviewer(session, "alice", PASSWORD)  # admin: the default role
        rob = auth.add_reviewer(session, "rob", PASSWORD)
        rob.role = "reviewer"  # views and scores; may not change grants
    app = create_app(settings, store)

    def client(name: str | None) -> object:
        c = TestClient(app, base_url="http://testserver")
        if name is not None:
            assert sign_in(c, name, PASSWORD).status_code == 303
        return c

    class Grants:
        def __init__(self) -> None:
            self.settings = settings
            self.store = store
            self.app = app
            self.client = client("alice")
            self.rob = client("rob")
            self.anonymous = client(None)

        def post(self, path: str, data: dict[str, str], csrf: str | None = "page") -> object:
            if csrf == "page":
                csrf = csrf_token(self.client.get("/grants").text)
            form = dict(data, **({"csrf": csrf} if csrf is not None else {}))
            return self.client.post(path, data=form, follow_redirects=False)

        def grant(self, grant_id: int) -> Grant:
            with store.sessions() as session:
                grant = session.get(Grant, grant_id)
                assert grant is not None
                return grant

        def events(self, grant_id: int) -> list[Event]:
            with store.sessions() as session:
                return list(
                    session.scalars(
                        select(Event).where(Event.grant_id == grant_id).order_by(Event.id)
                    )
                )

    yield Grants()
    store.dispose()
    if request.param == "postgresql":
        drop_postgres_database(url)


def _inert(page: str) -> None:
    """No grantee text became markup: no script at all on these pages, no injected tag."""
    assert "<script" not in page and "<img src=x" not in page


def test_grants_page_and_grant_page_show_everything_escaped(grants):
    grant_id = seed_grant(grants.store, grants.settings)
    other = seed_grant(
        grants.store,
        grants.settings,
        name="Grace Hopper",
        started_days_ago=10,
        answers=False,
        ends_early=False,
    )
    # Nothing without a session.
    for path in ("/grants", f"/grants/{grant_id}", "/report", "/report/funnel.svg", "/grants.csv"):
        r = grants.anonymous.get(path, follow_redirects=False)
        assert r.status_code == 303 and r.headers["location"].startswith("/signin?next="), path

    r = grants.client.get("/grants")
    assert r.status_code == 200
    page = r.text
    _inert(page)
    assert "Ada &lt;script&gt;alert(1)&lt;/script&gt;" in page
    listed = [int(i) for i in re.findall(r'<tr data-grant="(\d+)"', page)]
    assert [i for i in listed if i in (grant_id, other)] == [grant_id, other]  # due first
    assert "Mid-grant check-in" in page  # Grace's next
    assert "ends_early" in page
    # Every order and status filter pages in SQL; "all" lists both, the totals count them.
    for sort in ("due", "end", "name", "newest"):
        page = grants.client.get(f"/grants?status=all&sort={sort}").text
        listed = [int(i) for i in re.findall(r'<tr data-grant="(\d+)"', page)]
        assert sorted(i for i in listed if i in (grant_id, other)) == sorted([grant_id, other])
    # The application's page links to its grant.
    with grants.store.reading() as session:
        app_id = session.get(Grant, grant_id).application_id
    assert f'href="/grants/{grant_id}"' in grants.client.get(f"/applications/{app_id}").text
    # One approved before grants existed gets its grant from its page (once, however often).
    old = seed_application(grants.store, grants.settings, name="Old Timer")
    with grants.store.transaction() as session:  # approved by the state machine alone
        states.transition(session, session.get(Application, old), Trigger.approve, actor="t")
    assert 'id="offer-form"' in grants.client.get(f"/applications/{old}").text
    made = grants.post(f"/applications/{old}/grant", {})
    assert made.status_code == 303 and made.headers["location"].startswith("/grants/")
    again = grants.post(f"/applications/{old}/grant", {})
    assert again.headers["location"] == made.headers["location"]
    assert 'id="offer-form"' not in grants.client.get(f"/applications/{old}").text
    assert 'href="/static/grants.css"' in page
    csp = r.headers["content-security-policy"]
    assert "style-src 'self'" in csp and "unsafe-inline" not in csp
    assert f'<tr data-grant="{other}"' in grants.client.get("/grants?status=active").text
    assert f'<tr data-grant="{other}"' not in grants.client.get("/grants?status=ended").text
    assert grants.client.get("/grants?status=all&sort=name").status_code == 200
    assert grants.client.get("/grants?status=nonsense").status_code == 400

    r = grants.client.get(f"/grants/{grant_id}")
    assert r.status_code == 200
    page = r.text
    _inert(page)
    assert page.count("&lt;script&gt;alert(1)&lt;/script&gt;") >= 4  # name, answers, excerpt
    assert '<span class="badge status" id="status">active</span>' in page
    # The answers side by side: a column per check-in, a row per question.
    assert re.search(r'<th data-checkin="mid_grant">Mid-grant check-in', page)
    assert '<th data-checkin="end_report">' in page
    assert '<tr data-question="progress"><th>Progress</th>' in page
    assert '<tr data-question="where_now">' in page  # asked by both follow-ups: one row
    assert 'id="proposed-outcome">other job<' in page and "No outcome recorded." in page
    assert 'id="end-early-form"' in page and "may be ending early" in page
    assert page.count(f'action="/grants/{grant_id}/payments/') == 3  # none paid yet
    for form in ("outcome-form", "terms-form"):
        assert f'id="{form}"' in page
    assert 'id="extension-form"' in page
    assert "grant:accept" in page and "grant:start" in page  # the timeline
    assert grants.client.get("/grants/999999").status_code == 404

    # Opening a grant page is an access-log row on its application.
    grants.app.state.access_log.flush()
    with grants.store.sessions() as session:
        app_id = session.get(Grant, grant_id).application_id
        kinds = session.execute(
            select(AccessLog.kind, AccessLog.application_id).where(AccessLog.reviewer == "alice")
        ).all()
    assert ("application", app_id) in kinds

    # A reviewer (not chair or admin) sees the grant but none of its forms.
    page = grants.rob.get(f"/grants/{grant_id}").text
    assert "may be ending early" in page
    assert 'id="outcome-form"' not in page and 'id="extension-form"' not in page
    assert "/payments/" not in page and 'id="terms-form"' not in page


def test_every_grant_form_needs_csrf_and_the_grants_role_and_does_its_thing(grants):
    grant_id = seed_grant(grants.store, grants.settings)
    with grants.store.sessions() as session:
        payment_ids = list(
            session.scalars(
                select(GrantPayment.id)
                .where(GrantPayment.grant_id == grant_id)
                .order_by(GrantPayment.number)
            )
        )
    before = len(grants.events(grant_id))
    forms = {
        f"/grants/{grant_id}/payments/{payment_ids[0]}/paid": {},
        f"/grants/{grant_id}/outcome": {"kind": "other_job", "note": HOSTILE},
        f"/grants/{grant_id}/terms": {"amount": "6500.00"},
        f"/grants/{grant_id}/extension": {"decision": "approve", "note": HOSTILE},
        f"/grants/{grant_id}/extension/cancel": {"reason": HOSTILE},
        f"/grants/{grant_id}/end-early": {"reason": HOSTILE},
    }
    # Without a session: 401; with one but no or a forged token, or from elsewhere: 403.
    for path, data in forms.items():
        assert grants.anonymous.post(path, data=data).status_code == 401, path
    good = csrf_token(grants.client.get("/grants").text)
    for path, data in forms.items():
        for token in (None, "", "forged"):
            assert grants.post(path, data, csrf=token).status_code == 403, (path, token)
        r = grants.client.post(
            path, data=dict(data, csrf=good), headers={"Origin": "http://evil.test"}
        )
        assert r.status_code == 403, path
    # A reviewer without the "grants" permission is refused too, with her token.
    rob_token = csrf_token(grants.rob.get("/grants").text)
    for path, data in forms.items():
        r = grants.rob.post(path, data=dict(data, csrf=rob_token), follow_redirects=False)
        assert r.status_code == 403 and "may not grants" in r.text, path
    grant = grants.grant(grant_id)
    assert (grant.outcome, grant.amount, grant.status) == (None, 6000, "active")
    assert len(grants.events(grant_id)) == before

    def ok(path: str, data: dict[str, str]) -> None:
        r = grants.post(path, data)
        assert r.status_code == 303 and r.headers["location"] == f"/grants/{grant_id}", r.text

    # Mark paid (twice is one payment, one event).
    path = f"/grants/{grant_id}/payments/{payment_ids[0]}/paid"
    ok(path, {})
    ok(path, {})
    with grants.store.sessions() as session:
        paid = session.get(GrantPayment, payment_ids[0])
        assert paid.paid_at is not None and paid.paid_by == "reviewer:alice"
    assert [e.kind for e in grants.events(grant_id)].count("grant:paid") == 1
    # A payment of another grant is not this grant's.
    assert grants.post(f"/grants/{grant_id}/payments/999999/paid", {}).status_code == 404

    # The outcome, with a note that tries to be HTML.
    ok(f"/grants/{grant_id}/outcome", {"kind": "further_study", "note": HOSTILE})
    grant = grants.grant(grant_id)
    assert (grant.outcome, grant.outcome_note, grant.proposed_outcome) == (
        "further_study",
        HOSTILE,
        None,
    )
    r = grants.post(f"/grants/{grant_id}/outcome", {"kind": "<b>astronaut</b>", "note": ""})
    assert r.status_code == 400 and "<b>astronaut" not in r.text

    # Dates and amount: the amount, then a refused end date before the start.
    ok(f"/grants/{grant_id}/terms", {"amount": "6,600.00", "currency": "usd"})
    assert grants.grant(grant_id).amount == 6600
    r = grants.post(f"/grants/{grant_id}/terms", {"amount": HOSTILE})
    assert r.status_code == 400
    _inert(r.text)
    r = grants.post(f"/grants/{grant_id}/terms", {"end": "2001-01-01"})
    assert r.status_code in (400, 409)

    # The extension: approved (held email, follow-on grant), then cancelled in the hold.
    ok(f"/grants/{grant_id}/extension", {"decision": "approve", "note": HOSTILE, "message": "Yes"})
    with grants.store.sessions() as session:
        follow_on = session.scalars(select(Grant).where(Grant.follows_grant_id == grant_id)).one()
        held = session.scalars(
            select(OutboxRow).where(
                OutboxRow.kind == "extension_approve",
                OutboxRow.application_id == follow_on.application_id,
            )
        ).one()
        assert follow_on.status == "accepted" and held.status == "queued"
    page = grants.client.get(f"/grants/{grant_id}").text
    assert 'id="held"' in page and 'id="extension-cancel"' in page
    assert 'id="extension-form"' not in page  # one decision at a time
    assert f'href="/grants/{follow_on.id}"' in page
    ok(f"/grants/{grant_id}/extension/cancel", {"reason": HOSTILE})
    with grants.store.sessions() as session:
        assert session.get(OutboxRow, held.id).status == CANCELLED
        assert session.get(Grant, follow_on.id).status == "declined"
    page = grants.client.get(f"/grants/{follow_on.id}").text
    assert f'href="/grants/{grant_id}" id="follows-link"' in page

    # The early end the grantee wrote about, confirmed by a person.
    ok(f"/grants/{grant_id}/end-early", {"reason": HOSTILE})
    assert grants.grant(grant_id).status == "ended_early"
    page = grants.client.get(f"/grants/{grant_id}").text
    _inert(page)
    assert 'id="recorded-outcome">further study<' in page
    kinds = [e.kind for e in grants.events(grant_id)]
    for kind in ("grant:outcome", "grant:terms", "grant:extension_approve", "grant:end_early"):
        assert kind in kinds
    assert page.count("&lt;script&gt;alert(1)&lt;/script&gt;") >= 5  # notes in the timeline


def _funnel(page: str) -> list[tuple[str, int]]:
    """The funnel's figures as the report page's table under the chart shows them."""
    table = re.search(r'<table class="figures" data-chart="funnel">(.*?)</table>', page, re.S)
    assert table is not None
    cells = re.findall(r'<tr><td>([a-z ]+)</td><td class="num">(\d+)</td></tr>', table[1])
    return [(stage, int(n)) for stage, n in cells]


def test_report_page_charts_and_csv_exports(grants):
    now = utcnow()
    before = _funnel(grants.client.get("/report").text)
    done = seed_grant(grants.store, grants.settings, started_days_ago=200, now=now)
    formula = seed_grant(grants.store, grants.settings, name=FORMULA_NAME, answers=False, now=now)
    seed_application(grants.store, grants.settings, name="Still waiting")
    with grants.store.transaction() as session:
        grant = session.get(Grant, done)
        records.record_outcome(
            session, grant, "ai_safety_role", note="@SUM(1+1) -2+3", actor="reviewer:alice"
        )
        records.mark_paid(session, grant.payments[0].id, actor="reviewer:alice")

    r = grants.client.get("/report")
    assert r.status_code == 200
    page = r.text
    _inert(page)
    imgs = re.findall(r'<img src="/report/([a-z-]+)\.svg" alt="([^"]+)"', page)
    assert [name for name, _ in imgs] == [
        "applications-per-week",
        "funnel",
        "time-to-decision",
        "outcomes-per-cohort",
    ]
    assert all(alt.strip() for _, alt in imgs)
    # The figures under each chart: the funnel grew by 3 applied, 3 complete, 2 decided, 2
    # approved, 1 with an outcome; the outcome is in its cohort's row.
    after = _funnel(page)
    assert [stage for stage, _ in after] == [
        "applied",
        "complete",
        "decided",
        "approved",
        "outcome",
    ]
    assert [n - m for (_, n), (_, m) in zip(after, before, strict=True)] == [3, 3, 2, 2, 1]
    start = grants.grant(done).start_date
    assert start is not None
    cohort = f"{start.year}-Q{(start.month - 1) // 3 + 1}"
    per_cohort = re.search(r'data-chart="outcomes-per-cohort">(.*?)</table>', page, re.S)
    assert per_cohort is not None and f"<td>{cohort}</td>" in per_cohort[1]
    assert '<th class="num">ai safety role</th>' in per_cohort[1]
    assert 'id="grants-by-status"' in page

    for name, _ in imgs:
        r = grants.client.get(f"/report/{name}.svg")
        assert r.status_code == 200
        assert r.headers["content-type"] == "image/svg+xml"
        csp = r.headers["content-security-policy"]
        assert csp.startswith("default-src 'none'") and "script" not in csp
        assert r.headers["x-content-type-options"] == "nosniff"
        svg = ElementTree.fromstring(r.content)
        assert svg.find(f".//{SVG_NS}script") is None and b"<script" not in r.content
        texts = " ".join(t.text or "" for t in svg.iter(f"{SVG_NS}text"))
        chart = charts.charts({"funnel": [], "time_to_decision": {}})[name]
        assert chart.title in texts and chart.x_title in texts and chart.y_title in texts
    assert grants.client.get("/report/nothing.svg").status_code == 404

    # CSV: one row per grant / payment; a cell that would start a formula starts with '.
    r = grants.client.get("/grants.csv")
    assert r.status_code == 200 and r.headers["content-type"] == "text/csv; charset=utf-8"
    assert r.headers["content-disposition"].startswith('attachment; filename="grants-')
    assert "sandbox" in r.headers["content-security-policy"]
    rows = list(csv.DictReader(io.StringIO(r.content.decode("utf-8-sig"))))
    assert list(rows[0]) == GRANTS_CSV_HEADER
    assert len({row["grant_id"] for row in rows}) == len(rows)  # one row per grant
    by_id = {int(row["grant_id"]): row for row in rows}
    assert by_id[done]["outcome"] == "ai_safety_role"
    assert by_id[done]["outcome_note"] == "'@SUM(1+1) -2+3"
    assert by_id[done]["paid"] == "2000.00" and by_id[done]["unpaid"] == "4000.00"
    assert by_id[done]["status"] == "ended"
    assert by_id[done]["name"] == HOSTILE_NAME and by_id[formula]["name"] == "'" + FORMULA_NAME
    assert all(not row[key].startswith(("=", "+", "-", "@")) for row in rows for key in row)
    r = grants.client.get("/payments.csv")
    assert r.status_code == 200
    payments = [
        p
        for p in csv.DictReader(io.StringIO(r.content.decode("utf-8-sig")))
        if int(p["grant_id"]) in (done, formula)
    ]
    assert len(payments) == 6  # three instalments each
    assert [p["paid_by"] for p in payments if p["paid_at"]] == ["reviewer:alice"]
    assert {p["name"] for p in payments} == {HOSTILE_NAME, "'" + FORMULA_NAME}
    assert {p["amount"] for p in payments} == {"2000.00"}
    grants.app.state.access_log.flush()
    with grants.store.sessions() as session:
        kinds = set(session.scalars(select(AccessLog.kind)))
    assert {"grants_csv", "payments_csv"} <= kinds


# -- pure: charts and CSV cells ---------------------------------------------------------------

REPORT = {
    "at": "2027-03-01T09:00:00+00:00",
    "applications_per_week": [{"week": f"2027-W{n:02d}", "count": n % 4} for n in range(1, 27)],
    "funnel": [
        {"stage": "applied", "count": 40},
        {"stage": "complete", "count": 30},
        {"stage": "decided", "count": 20},
        {"stage": "approved", "count": 8},
        {"stage": "outcome", "count": 3},
    ],
    "time_to_decision": {
        "count": 20,
        "median_days": 4.5,
        "p90_days": 12.0,
        "histogram": [{"bucket": "under 1 day", "count": 2}, {"bucket": "1-3 days", "count": 18}],
    },
    "outcomes_per_cohort": {"2026-Q4": {"other_job": 1}, "2027-Q1": {"ai_safety_role": 2}},
}


def test_charts_have_titles_axis_labels_and_no_script():
    found = charts.charts(REPORT)
    assert list(found) == [
        "applications-per-week",
        "funnel",
        "time-to-decision",
        "outcomes-per-cohort",
    ]
    cohort = found["outcomes-per-cohort"]
    assert cohort.labels == ["2026-Q4", "2027-Q1"]
    assert cohort.series == {"ai safety role": [0, 2], "other job": [1, 0]}
    assert cohort.rows() == [("2026-Q4", [0, 1]), ("2027-Q1", [2, 0])]
    assert found["time-to-decision"].note.startswith("median 4.5 days, 90th percentile 12.0")
    for chart in found.values():
        svg_bytes = charts.render(chart)
        svg = ElementTree.fromstring(svg_bytes)
        assert svg.tag == f"{SVG_NS}svg"
        assert svg.find(f".//{SVG_NS}script") is None
        texts = [t.text or "" for t in svg.iter(f"{SVG_NS}text")]
        for label in (chart.title, chart.x_title, chart.y_title):
            assert label in texts, (chart.name, label)
    # An empty report still draws (a "nothing yet" chart), never fails.
    for chart in charts.charts({}).values():
        assert b"nothing yet" in charts.render(chart) or chart.labels


def test_csv_cells_that_would_be_formulas_are_quoted():
    for text in ("=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\r=x", "=cmd|' /C calc'!A0"):
        assert csv_cell(text) == "'" + text
    assert csv_cell("Ada") == "Ada" and csv_cell(None) == "" and csv_cell(6000) == "6000"
    assert csv_cell(date(2027, 1, 4)) == "2027-01-04"
