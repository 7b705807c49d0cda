"""Committee review in a real browser (Debian's chromium, driven by Playwright), three people
at once in their own browser contexts: two reviewers and a chair (SQLite; the HTTP-level
rules run on both databases in test_committee_web.py). Reviewer A scores and submits and
cannot see B's scores before B submits; B cannot see A's until B submits, sees them after;
the chair sees both reviews, the spread with the disagreement marked (a class and a text, not
colour only) and "Ready to decide (2 of 2 reviews in)", and decides. The chair's view is
saved to test-artifacts/committee-chair.png."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from grantbox.committee import assignment
from grantbox.committee.rubric import rubric_for
from grantbox.config import Settings
from grantbox.review import auth
from grantbox.review.web import BackgroundServer, create_app
from grantbox.store import open_store
from grantbox.store.tables import Application, Reviewer
from tests.mailservers import free_port
from tests.review_seed import seed_application

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
PASSWORD = "correct horse battery"

pytestmark = pytest.mark.skipif(
    not os.path.exists(CHROMIUM),
    reason=f"{CHROMIUM} is missing (Debian package chromium; scripts/install-system-deps.sh)",
)


def test_two_reviewers_and_a_chair_at_once(tmp_path):
    from playwright.sync_api import sync_playwright

    settings = Settings(data_dir=tmp_path / "data")  # type: ignore[call-arg]
    store = open_store(settings)
    app_id = seed_application(store, settings, name="Grace Hopper")
    criteria = rubric_for(settings).ids
    with store.transaction() as session:
        first = auth.add_reviewer(session, "ana", PASSWORD)
        first.role = "reviewer"
        # One argon2 hash for the three (hashing costs ~0.4 s; signing in is still real).
        session.add(Reviewer(name="ben", password_hash=first.password_hash, role="reviewer"))
        session.add(Reviewer(name="cleo", password_hash=first.password_hash, role="chair"))
    with store.transaction() as session:
        report = assignment.assign(session, settings, per_application=2)
    assert {a["reviewer"] for a in report.assigned} == {"ana", "ben"}

    ARTIFACTS.mkdir(exist_ok=True)
    csp_errors: list[str] = []
    server_app = create_app(settings, store)
    with (
        BackgroundServer(server_app, port=free_port()) as server,
        sync_playwright() as p,
    ):
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True)
        try:

            def person(name: str):  # type: ignore[no-untyped-def]
                context = browser.new_context(viewport={"width": 1280, "height": 900})
                page = context.new_page()
                page.on(
                    "console",
                    lambda m: (
                        csp_errors.append(m.text) if "Content Security Policy" in m.text else None
                    ),
                )
                page.goto(server.url + "/")
                page.fill("input[name=name]", name)
                page.fill("input[name=password]", PASSWORD)
                page.click("button[type=submit]")
                page.wait_for_url(server.url + "/")
                return page

            ana, ben, cleo = person("ana"), person("ben"), person("cleo")
            app_url = f"{server.url}/applications/{app_id}"

            def score(page, value: int, recommendation: str, comment: str) -> None:  # type: ignore[no-untyped-def]
                page.goto(app_url)
                for cid in criteria:
                    page.check(f"#score-{cid}-{value}")
                page.check(f"#recommend-{recommendation}")
                page.fill("#comment", comment)
                page.click("#review-submit")
                page.wait_for_url(app_url)

            # "Assigned to me": each reviewer finds it there.
            for page in (ana, ben):
                page.click("#assigned-link")
                assert page.locator(f"#row-{app_id}").count() == 1
                assert page.inner_text("#assigned-count") == "1"

            # Ana drafts, then submits; Ben (not submitted) sees none of it.
            ana.goto(app_url)
            ana.check(f"#score-{criteria[0]}-5")
            ana.click("#review-draft")
            ana.wait_for_url(app_url)
            assert ana.is_checked(f"#score-{criteria[0]}-5")  # the draft kept
            score(ana, 5, "approve", "Ana: strong quantitative record.")
            ben.goto(app_url)
            assert "1 other review hidden" in ben.inner_text("#hidden-reviews")
            assert "Ana: strong" not in ben.content()
            assert ben.locator("#reviews-table").count() == 0
            assert ben.locator("#decide-form").count() == 0  # reviewers do not decide
            # Ana, submitted, sees only her own so far: Ben has not submitted.
            ana.reload()
            assert ana.locator("#reviews-table th.reviewer").count() == 1

            # Ben scores low and rejects: after submitting he sees Ana's review.
            score(ben, 1, "reject", "Ben: no sign of the math.")
            assert "Ana: strong quantitative record." in ben.inner_text("#reviews-table")
            assert ben.locator("#hidden-reviews").count() == 0
            ana.reload()
            assert "Ben: no sign of the math." in ana.inner_text("#reviews-table")

            # The chair sees both, the spread, the disagreements, and the quorum in.
            cleo.goto(app_url)
            table = cleo.inner_text("#reviews-table")
            assert "Ana: strong" in table and "Ben: no sign" in table
            assert cleo.inner_text("#ready").startswith("Ready to decide (2 of 2 reviews in)")
            first = cleo.locator(f'#reviews-table tr[data-criterion="{criteria[0]}"]')
            assert "disagree" in (first.get_attribute("class") or "")
            assert "1–5" in first.inner_text() and "disagreement" in first.inner_text()
            assert "disagree" in (cleo.get_attribute("#recommendations", "class") or "")
            cleo.screenshot(path=str(ARTIFACTS / "committee-chair.png"), full_page=True)

            cleo.check("#decision-waitlist")
            cleo.fill("#note", "Split committee: waitlist and talk.")
            cleo.click("#decide-submit")
            cleo.wait_for_selector("#held")
            assert cleo.inner_text("#status") == "waitlisted"
        finally:
            browser.close()
    assert csp_errors == []
    with store.sessions() as session:
        app = session.get(Application, app_id)
        assert app is not None and app.status == "waitlisted"
    store.dispose()
