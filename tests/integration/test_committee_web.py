"""Committee review through the review app's HTTP interface (issue 14): Starlette's
TestClient over the app in process, on SQLite and PostgreSQL. The role table on every route
(walked from app.routes, so a new route without a check fails here), CSRF on each new form,
a recused reviewer refused the application, its attachments, raw messages and reviews, the
others' reviews hidden until one submits, "Assigned to me", the reviewers page, and the blind
first read (the applicant's name and email absent from the page source until one has
scored). The browser half is test_committee_browser.py."""

from __future__ import annotations

import json
import re
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from grantbox.committee import assignment, roles
from grantbox.config import Settings
from grantbox.review import auth
from grantbox.review.web import SESSION_COOKIE, create_app
from grantbox.store import open_store
from grantbox.store.tables import (
    Application,
    AttachmentRow,
    ConflictOfInterest,
    Grant,
    GrantPayment,
    Message,
    Review,
    ReviewAssignment,
    Reviewer,
)
from tests.review_seed import csrf_token, seed_application, unmatched_message

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")
TestClient = pytest.importorskip("fastapi.testclient").TestClient

PASSWORD = "correct horse battery"
PEOPLE = {"olga": "admin", "carl": "chair", "rita": "reviewer", "rob": "reviewer"}
APPLICANT = "Zeynep Quixote"
APPLICANT_EMAIL = "zeynep.quixote@applicant.test"

# What each route needs (grantbox.committee.roles); None: no sign-in (the sign-in itself).
# A route missing here fails test_every_route_enforces_its_role: add it with its permission.
ROUTE_ACTIONS: dict[tuple[str, str], str | None] = {
    ("GET", "/signin"): None,
    ("POST", "/signin"): None,
    ("POST", "/signin/totp"): None,
    ("POST", "/signout"): None,
    ("GET", "/"): "view",
    ("GET", "/applications/{app_id}"): "view",
    ("GET", "/applications/{app_id}/attachments/{attachment_id}"): "view",
    ("GET", "/applications/{app_id}/reviews"): "view",
    ("POST", "/applications/{app_id}/decide"): "decide",
    ("POST", "/applications/{app_id}/cancel"): "decide",
    ("POST", "/applications/{app_id}/ask"): "decide",
    ("POST", "/applications/{app_id}/withdraw"): "decide",
    ("POST", "/applications/{app_id}/review"): "score",
    ("POST", "/applications/{app_id}/coi"): "coi",
    ("POST", "/applications/{app_id}/take"): "take",
    ("GET", "/human"): "decide",
    ("GET", "/human/{message_pk}/raw"): "view",
    ("POST", "/human/{message_pk}/attach"): "decide",
    ("POST", "/human/{message_pk}/new"): "decide",
    ("POST", "/human/{message_pk}/dismiss"): "decide",
    ("GET", "/admin/reviewers"): "manage",
    ("POST", "/admin/reviewers"): "manage",
    # The grants pages (grantbox/review/grant_pages.py, issue 12).
    ("GET", "/grants"): "view",
    ("GET", "/grants.csv"): "view",
    ("GET", "/payments.csv"): "view",
    ("GET", "/grants/{grant_id}"): "view",
    ("POST", "/grants/{grant_id}/payments/{payment_id}/paid"): "grants",
    ("POST", "/grants/{grant_id}/outcome"): "grants",
    ("POST", "/applications/{app_id}/grant"): "grants",
    ("POST", "/grants/{grant_id}/terms"): "grants",
    ("POST", "/grants/{grant_id}/extension"): "grants",
    ("POST", "/grants/{grant_id}/extension/cancel"): "grants",
    ("POST", "/grants/{grant_id}/end-early"): "grants",
    ("GET", "/report"): "view",
    ("GET", "/report/{chart}.svg"): "view",
}


_password_hash: list[str] = []


def password_hash() -> str:
    """One real argon2 hash for everyone (hashing costs ~0.4 s; the sign-in form has its own
    tests in test_review_web.py)."""
    if not _password_hash:
        _password_hash.append(auth.hash_password(PASSWORD))
    return _password_hash[0]


class Committee:
    """The app over a real store, with an admin, a chair and two reviewers."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.store = open_store(settings)
        self.app = create_app(settings, self.store)
        self.clients: dict[str, TestClient] = {}
        with self.store.transaction() as session:
            for name, role in PEOPLE.items():
                session.add(
                    Reviewer(
                        name=name,
                        password_hash=password_hash(),
                        email=f"{name}@program.test",
                        role=role,
                    )
                )

    def client(self, name: str) -> TestClient:
        """A client signed in as `name` (one per person, kept): a real session row and its
        cookie, as the sign-in form makes them."""
        if name not in self.clients:
            with self.store.transaction() as session:
                reviewer = session.scalars(select(Reviewer).where(Reviewer.name == name)).one()
                token = auth.start_session(session, reviewer, hours=1)
            c = TestClient(self.app, base_url="http://testserver")
            c.cookies.set(SESSION_COOKIE, token)
            self.clients[name] = c
        return self.clients[name]

    def csrf(self, name: str) -> str:
        return csrf_token(self.client(name).get("/").text)

    def post(self, name: str, path: str, data: dict[str, str] | None = None, csrf: bool = True):  # type: ignore[no-untyped-def]
        form = dict(data or {})
        if csrf:
            form["csrf"] = self.csrf(name)
        return self.client(name).post(path, data=form, follow_redirects=False)

    def seed(self, **kw) -> int:  # type: ignore[no-untyped-def]
        return seed_application(self.store, self.settings, **kw)

    def reviewer_id(self, name: str) -> int:
        with self.store.sessions() as session:
            return session.scalars(select(Reviewer.id).where(Reviewer.name == name)).one()

    def count(self, table) -> int:  # type: ignore[no-untyped-def]
        with self.store.sessions() as session:
            return session.scalar(select(func.count()).select_from(table)) or 0

    def status(self, app_id: int) -> str:
        with self.store.sessions() as session:
            app = session.get(Application, app_id)
            assert app is not None
            return app.status

    def attachment_of(self, app_id: int) -> tuple[int, int]:
        with self.store.sessions() as session:
            att_id, pk = session.execute(
                select(AttachmentRow.id, Message.id)
                .join(Message, Message.id == AttachmentRow.message_pk)
                .where(Message.application_id == app_id)
            ).one()
            return att_id, pk

    def scores(self, name: str, app_id: int, scores: dict[str, int], rec: str, submit: bool):  # type: ignore[no-untyped-def]
        data = {f"score_{k}": str(v) for k, v in scores.items()}
        data.update(
            recommendation=rec, comment=f"{name} thinks so", action="submit" if submit else "draft"
        )
        return self.post(name, f"/applications/{app_id}/review", data)

    def reviews(self, name: str, app_id: int) -> dict:
        r = self.client(name).get(f"/applications/{app_id}/reviews?format=json")
        assert r.status_code == 200, r.text
        return json.loads(r.text)


@pytest.fixture
def committee(database_url, tmp_path):
    settings = Settings(data_dir=tmp_path / "data", database_url=database_url)  # type: ignore[call-arg]
    c = Committee(settings)
    yield c
    for client in c.clients.values():
        client.close()
    c.app.state.access_log.close()
    c.store.dispose()


def _criteria(c: Committee) -> list[str]:
    from grantbox.committee.rubric import rubric_for

    return rubric_for(c.settings).ids


def _concrete(path: str, ids: dict[str, int | str]) -> str:
    for key, value in ids.items():
        path = path.replace("{" + key + "}", str(value))
    assert "{" not in path, f"a route with an id this test does not know: {path}"
    return path


def test_every_route_enforces_its_role(committee):
    """Every route of the app against the role table: each role lacking the route's
    permission gets 403 (and nothing changes); the lowest role having it is not refused
    (roles are a hierarchy: the ones above have it too)."""
    c = committee
    app_id = c.seed()
    coi_app = c.seed()  # the "declare a conflict" route acts on its own application
    att_id, _pk = c.attachment_of(app_id)
    coi_att, coi_pk = c.attachment_of(coi_app)
    with c.store.transaction() as session:
        lost = unmatched_message(session)
        grant = Grant(
            application_id=app_id, status="active", amount=Decimal("3000"), currency="EUR"
        )
        session.add(grant)
        session.flush()
        payment = GrantPayment(grant_id=grant.id, number=1, amount=Decimal("1000"))
        session.add(payment)
        coi_grant = Grant(
            application_id=coi_app, status="active", amount=Decimal("3000"), currency="EUR"
        )
        session.add(coi_grant)
        session.flush()
        coi_payment = GrantPayment(grant_id=coi_grant.id, number=1, amount=Decimal("1000"))
        session.add(coi_payment)
        session.flush()
        # The same routes on the application everyone will be recused from.
        coi_ids: dict[str, int | str] = {
            "app_id": coi_app,
            "attachment_id": coi_att,
            "message_pk": coi_pk,
            "grant_id": coi_grant.id,
            "payment_id": coi_payment.id,
        }
        ids: dict[str, int | str] = {
            "app_id": app_id,
            "attachment_id": att_id,
            "message_pk": lost.id,
            "grant_id": grant.id,
            "payment_id": payment.id,
            "chart": "outcomes",
            "path:path": "review.css",
        }
    routes: list[tuple[str, str, str | None]] = []
    for route in c.app.routes:
        path, methods = getattr(route, "path", None), getattr(route, "methods", None)
        if not path or not methods:
            continue  # the /static mount
        for method in sorted(methods - {"HEAD"}):
            assert (method, path) in ROUTE_ACTIONS, (
                f"{method} {path} is not in the role table: say which permission it needs"
            )
            routes.append((method, path, ROUTE_ACTIONS[(method, path)]))
    assert len(routes) >= 20
    before = (c.count(Review), c.count(ConflictOfInterest), c.count(ReviewAssignment))
    # The refused first (nothing may change), then the permitted, lowest role first.
    order = ["rita", "carl", "olga"]

    def lowest(action: str) -> str:
        return next(n for n in order if roles.can(PEOPLE[n], action))

    for permitted in (False, True):
        for name in order:
            role = PEOPLE[name]
            for method, path, action in routes:
                if action is None or roles.can(role, action) != permitted:
                    continue
                if permitted and name != lowest(action):
                    continue
                url = _concrete(
                    path, ids if not path.endswith("/coi") else {**ids, "app_id": coi_app}
                )
                if method == "GET":
                    r = c.client(name).get(url, follow_redirects=False)
                else:
                    # A valid CSRF token and an empty form: the role is what is checked.
                    r = c.post(name, url, {})
                what = f"{name} ({role}) {method} {path} -> {r.status_code}"
                if permitted:
                    assert r.status_code != 403 and r.status_code < 500, what
                else:
                    assert r.status_code == 403, what
                    assert "Not allowed" in r.text, what
        if not permitted:
            assert (
                c.count(Review),
                c.count(ConflictOfInterest),
                c.count(ReviewAssignment),
            ) == before
            assert c.status(app_id) == "ready_for_review"
            assert c.count(Reviewer) == len(PEOPLE)
    # Every role may declare a conflict (the route above did it for the reviewer), and is
    # then recused...
    for name in ("carl", "olga"):
        assert c.post(name, f"/applications/{coi_app}/coi", {}).status_code == 303
    with c.store.sessions() as session:
        recused = set(
            session.scalars(
                select(ConflictOfInterest.reviewer_id).where(
                    ConflictOfInterest.application_id == coi_app
                )
            )
        )
    assert recused == {c.reviewer_id(n) for n in order}
    # ...from every route about that application, whatever the role.
    about_one = [r for r in routes if any("{" + k + "}" in r[1] for k in coi_ids)]
    assert len(about_one) >= 15
    for name in order:
        for method, path, _action in about_one:
            url = _concrete(path, {**ids, **coi_ids})
            if method == "GET":
                r = c.client(name).get(url, follow_redirects=False)
            else:
                r = c.post(name, url, {"decision": "approve", "note": "x", "question": "x?"})
            assert r.status_code == 403, f"recused {name}: {method} {path} -> {r.status_code}"


def test_csrf_and_origin_are_checked_on_each_new_form(committee):
    c = committee
    app_id = c.seed()
    forms = [
        (f"/applications/{app_id}/review", {"score_math": "3", "recommendation": "approve"}),
        (f"/applications/{app_id}/coi", {"note": "I know her"}),
        (f"/applications/{app_id}/take", {}),
        (
            "/admin/reviewers",
            {"action": "add", "name": "eve", "password": PASSWORD, "role": "admin"},
        ),
        ("/admin/reviewers", {"action": "role", "name": "rita", "role": "admin"}),
        ("/admin/reviewers", {"action": "disable", "name": "rob"}),
    ]
    admin = c.client("olga")
    token = c.csrf("olga")
    for path, data in forms:
        for form in (data, {**data, "csrf": "x" * 32}, {**data, "csrf": ""}):
            r = admin.post(path, data=form, follow_redirects=False)
            assert r.status_code == 403, (path, form, r.status_code)
        r = admin.post(
            path,
            data={**data, "csrf": token},
            headers={"Origin": "https://evil.example"},
            follow_redirects=False,
        )
        assert r.status_code == 403, (path, "cross-origin")
    assert c.count(Review) == c.count(ConflictOfInterest) == c.count(ReviewAssignment) == 0
    with c.store.sessions() as session:
        people = {r.name: (r.role, r.disabled) for r in session.scalars(select(Reviewer))}
    assert people == {n: (role, False) for n, role in PEOPLE.items()}

    # With the token, the same forms work.
    rita = c.client("rita")  # signed in before she is disabled
    assert c.post("olga", f"/applications/{app_id}/take").status_code == 303
    r = c.post(
        "olga",
        "/admin/reviewers",
        {"action": "add", "name": "eve", "password": PASSWORD, "role": "chair"},
    )
    assert r.status_code == 303
    assert (
        c.post(
            "olga", "/admin/reviewers", {"action": "role", "name": "rob", "role": "chair"}
        ).status_code
        == 303
    )
    assert (
        c.post("olga", "/admin/reviewers", {"action": "disable", "name": "rita"}).status_code == 303
    )
    page = admin.get("/admin/reviewers").text
    assert "eve" in page and "disabled" in page
    with c.store.sessions() as session:
        people = {r.name: (r.role, r.disabled) for r in session.scalars(select(Reviewer))}
    assert people["eve"] == ("chair", False)
    assert people["rob"] == ("chair", False)
    assert people["rita"] == ("reviewer", True)
    # Rita's session ended with her account; a bad role is refused; no one un-admins herself.
    assert rita.get("/", follow_redirects=False).status_code == 303
    assert (
        c.post(
            "olga", "/admin/reviewers", {"action": "role", "name": "rob", "role": "god"}
        ).status_code
        == 400
    )
    assert (
        c.post(
            "olga", "/admin/reviewers", {"action": "role", "name": "olga", "role": "reviewer"}
        ).status_code
        == 400
    )


def test_a_recused_reviewer_gets_403_on_everything_of_that_application(committee):
    c = committee
    app_id = c.seed()
    other = c.seed()
    att_id, pk = c.attachment_of(app_id)
    assert c.client("rita").get(f"/applications/{app_id}").status_code == 200
    r = c.post("rita", f"/applications/{app_id}/coi", {"note": "she was my student"})
    assert r.status_code == 303
    # A chair recuses herself too: no decision on it.
    assert c.post("carl", f"/applications/{app_id}/coi").status_code == 303
    refused = [
        f"/applications/{app_id}",
        f"/applications/{app_id}/attachments/{att_id}",
        f"/human/{pk}/raw",
        f"/applications/{app_id}/reviews",
        f"/applications/{app_id}/reviews?format=json",
    ]
    for path in refused:
        r = c.client("rita").get(path, follow_redirects=False)
        assert r.status_code == 403, path
        assert APPLICANT not in r.text and "resume text" not in r.text, path
    scores = {k: 3 for k in _criteria(c)}
    assert c.scores("rita", app_id, scores, "approve", submit=True).status_code == 403
    assert c.post("rita", f"/applications/{app_id}/take").status_code == 403
    assert (
        c.post("carl", f"/applications/{app_id}/decide", {"decision": "approve"}).status_code == 403
    )
    assert c.client("carl").get(f"/applications/{app_id}").status_code == 403
    assert c.status(app_id) == "ready_for_review" and c.count(Review) == 0
    # The others are untouched; the queue shows the row as recused, with no link to it.
    assert c.client("rita").get(f"/applications/{other}").status_code == 200
    assert c.client("rob").get(f"/applications/{app_id}").status_code == 200
    queue = c.client("rita").get("/").text
    row = re.search(rf'<tr class="recused" id="row-{app_id}">.*?</tr>', queue, re.S)
    assert row is not None and "recused" in row.group(0)
    assert f'href="/applications/{app_id}"' not in queue
    # Both declarations are on the record.
    with c.store.sessions() as session:
        coi = session.scalars(
            select(ConflictOfInterest).where(ConflictOfInterest.application_id == app_id)
        ).all()
    assert {x.reviewer_id for x in coi} == {c.reviewer_id("rita"), c.reviewer_id("carl")}


def test_reviews_stay_hidden_until_one_submits_and_the_chair_sees_the_spread(committee):
    c = committee
    app_id = c.seed()
    ids = _criteria(c)
    with c.store.transaction() as session:
        assignment.assign(session, c.settings, per_application=2)
    # Shared out to the two reviewers, not the chair or the admin.
    for name in ("rita", "rob"):
        page = c.client(name).get("/?assigned=me").text
        assert f"/applications/{app_id}" in page, name
        assert re.search(r'id="assigned-count">1<', page), name
    assert 'id="assigned-count">0<' in c.client("carl").get("/").text

    assert c.scores("rita", app_id, {k: 5 for k in ids}, "approve", submit=False).status_code == 303
    assert c.reviews("rob", app_id)["others"] == []  # a draft is no one's business
    assert c.scores("rita", app_id, {k: 5 for k in ids}, "approve", submit=True).status_code == 303
    for_rob = c.reviews("rob", app_id)
    assert for_rob["others"] == [] and for_rob["hidden_count"] == 1
    page = c.client("rob").get(f"/applications/{app_id}").text
    assert "rita thinks so" not in page and 'id="hidden-reviews"' in page
    assert "rita thinks so" not in c.client("rob").get(f"/applications/{app_id}/reviews").text
    # Rita's assignment is done: no longer "assigned to me".
    assert f"/applications/{app_id}" not in c.client("rita").get("/?assigned=me").text

    assert c.scores("rob", app_id, {k: 1 for k in ids}, "reject", submit=True).status_code == 303
    for_rob = c.reviews("rob", app_id)
    assert [r["reviewer"] for r in for_rob["others"]] == ["rita"]
    assert for_rob["others"][0]["scores"] == {k: 5 for k in ids}

    chair = c.reviews("carl", app_id)
    assert sorted(r["reviewer"] for r in chair["others"]) == ["rita", "rob"]
    assert chair["ready_to_decide"] is True and chair["submitted_count"] == 2
    assert all(chair["spread"][k]["disagreement"] for k in ids)
    page = c.client("carl").get(f"/applications/{app_id}").text
    assert "Ready to decide</strong> (2 of 2 reviews in)" in page
    assert page.count('class="disagree"') >= len(ids) and "⚠ disagreement" in page
    assert 'id="decide-form"' in page
    # Reviewers get no decide form (and the server refuses them anyway).
    assert 'id="decide-form"' not in c.client("rob").get(f"/applications/{app_id}").text
    r = c.post(
        "carl", f"/applications/{app_id}/decide", {"decision": "approve", "note": "both read"}
    )
    assert r.status_code == 303 and c.status(app_id) == "approved"
    # Scores out of the scale or for criteria the rubric lacks are refused.
    other = c.seed(body="I worked with Rob at the lab.")  # also the "referral" answer
    # A possible conflict of interest is on the page before anyone scores, above the form.
    page = c.client("carl").get(f"/applications/{other}").text
    warning = page.index('id="possible-conflicts"')
    assert warning < page.index('id="review-form"')
    assert "<strong>rob</strong>" in page[warning : page.index("</section>", warning)]
    assert c.scores("rob", other, {ids[0]: 9}, "approve", submit=True).status_code == 400
    assert c.scores("rob", other, {"charm": 3}, "approve", submit=True).status_code == 400
    assert c.scores("rob", other, {ids[0]: 3}, "maybe", submit=True).status_code == 400


def test_blind_first_read_leaves_the_applicant_out_of_the_page_source(database_url, tmp_path):
    settings = Settings(  # type: ignore[call-arg]
        data_dir=tmp_path / "data", database_url=database_url, blind_first_read=True
    )
    c = Committee(settings)
    try:
        app_id = c.seed(name=APPLICANT, email=APPLICANT_EMAIL, filename="CV.pdf")
        secrets = [APPLICANT, "Zeynep", "Quixote", APPLICANT_EMAIL, "zeynep.quixote"]

        def leaks(text: str) -> list[str]:
            return [s for s in secrets if s.lower() in text.lower()]

        for path in ("/", f"/applications/{app_id}", f"/applications/{app_id}/reviews?format=json"):
            assert leaks(c.client("rita").get(path).text) == [], path
        assert f"GB-{app_id}" in c.client("rita").get("/").text
        # The original files carry who it is: not while she reads blind.
        att_id, pk = c.attachment_of(app_id)
        for path in (f"/applications/{app_id}/attachments/{att_id}", f"/human/{pk}/raw"):
            r = c.client("rita").get(path)
            assert r.status_code == 403 and leaks(r.text) == [], path
        # No finding out who it is by searching a name or an address in the queue.
        for q in ("Zeynep", "quixote", "applicant.test"):
            assert f"/applications/{app_id}" not in c.client("rita").get(f"/?q={q}").text, q
        assert f"/applications/{app_id}" in c.client("rita").get(f"/?q=GB-{app_id}").text
        # The chair too, until she scores or the reviews are in.
        assert leaks(c.client("carl").get(f"/applications/{app_id}").text) == []
        # Once rita submits, she sees who it is; rob still does not.
        scores = {k: 4 for k in _criteria(c)}
        assert c.scores("rita", app_id, scores, "approve", submit=True).status_code == 303
        page = c.client("rita").get(f"/applications/{app_id}").text
        assert APPLICANT in page and APPLICANT_EMAIL in page
        assert APPLICANT in c.client("rita").get("/").text
        assert APPLICANT in c.client("rita").get("/?q=zeynep").text
        assert (
            c.client("rita").get(f"/applications/{app_id}/attachments/{att_id}").status_code == 200
        )
        assert f"/applications/{app_id}" not in c.client("carl").get("/?q=zeynep").text
        assert leaks(c.client("rob").get(f"/applications/{app_id}").text) == []
        assert leaks(c.client("rob").get("/").text) == []
        # With the quorum in, the chair decides with everything in view.
        assert c.scores("rob", app_id, scores, "approve", submit=True).status_code == 303
        assert APPLICANT_EMAIL in c.client("carl").get(f"/applications/{app_id}").text
        assert APPLICANT in c.client("carl").get("/?q=zeynep").text
    finally:
        for client in c.clients.values():
            client.close()
        c.app.state.access_log.close()
        c.store.dispose()
