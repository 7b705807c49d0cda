"""The grants pages in a real browser (Debian's chromium, driven by Playwright): the Grants
page, a grant page with its check-in answers side by side, and the program report whose
charts are SVG images served by the app (each loaded, with its alt text), all under the app's
strict Content-Security-Policy with no violation in the console. Screenshots are kept under
the test's tmp dir and copied to test-artifacts/ (git-ignored)."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from grantbox.config import Settings
from grantbox.grants import records
from grantbox.review import auth
from grantbox.review.web import BackgroundServer, create_app
from grantbox.store import open_store
from grantbox.store.tables import Grant
from tests.integration.test_grants_web import HOSTILE, seed_grant
from tests.mailservers import free_port
from tests.review_seed import seed_application

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
PASSWORD = "correct horse battery"
CHARTS = ["applications-per-week", "funnel", "time-to-decision", "outcomes-per-cohort"]

pytestmark = pytest.mark.skipif(
    not os.path.exists(CHROMIUM),
    reason=f"{CHROMIUM} is missing (Debian package chromium; scripts/install-system-deps.sh)",
)


def test_grants_grant_and_report_pages_in_the_browser(tmp_path):
    from playwright.sync_api import sync_playwright

    settings = Settings(data_dir=tmp_path / "data")  # type: ignore[call-arg]
    store = open_store(settings)
    with store.transaction() as session:
        auth.add_reviewer(session, "rita", PASSWORD)
    grant_id = seed_grant(store, settings, name="Ada Lovelace")
    finished = seed_grant(
        store, settings, name="Grace Hopper", started_days_ago=120, ends_early=False
    )
    seed_grant(
        store,
        settings,
        name=f"Linus {HOSTILE}",
        started_days_ago=5,
        answers=False,
        ends_early=False,
    )
    seed_application(store, settings, name="Still Waiting")
    with store.transaction() as session:
        grant = session.get(Grant, finished)
        assert grant is not None and grant.status == "ended"
        records.record_outcome(
            session, grant, "ai_safety_role", note="joined a lab", actor="reviewer:rita"
        )

    shots = tmp_path / "screenshots"
    shots.mkdir()
    console: list[str] = []
    try:
        with (
            BackgroundServer(create_app(settings, store), port=free_port()) as server,
            sync_playwright() as p,
        ):
            browser = p.chromium.launch(executable_path=CHROMIUM, headless=True)
            try:
                page = browser.new_page(viewport={"width": 1280, "height": 900})
                page.on("console", lambda message: console.append(message.text))
                page.on("pageerror", lambda error: console.append(f"page error: {error}"))
                page.goto(server.url + "/grants")
                assert "/signin" in page.url
                page.fill("input[name=name]", "rita")
                page.fill("input[name=password]", PASSWORD)
                page.click("button[type=submit]")
                page.wait_for_url(server.url + "/grants")

                rows = page.locator("#grants tbody tr")
                assert rows.count() == 3
                # What is due longest ago first: Grace's first payment, 120 days ago.
                assert "Grace Hopper" in rows.first.inner_text()
                assert HOSTILE in page.inner_text("#grants")  # shown as text, not markup
                assert page.locator("#grants img").count() == 0
                page.screenshot(path=str(shots / "grants.png"), full_page=True)

                page.click(f'#grants a[href="/grants/{grant_id}"]')
                page.wait_for_url(f"{server.url}/grants/{grant_id}")
                assert page.inner_text("#status") == "active"
                progress = page.locator('#checkins tr[data-question="progress"] td').first
                assert "progress:" in progress.inner_text()
                assert page.locator("#checkins thead th").count() >= 3  # question + check-ins
                assert page.is_visible("#outcome-form") and page.is_visible("#end-early-form")
                page.screenshot(path=str(shots / "grant.png"), full_page=True)

                page.click("#report-link")
                page.wait_for_url(server.url + "/report")
                page.wait_for_load_state("networkidle")
                for name in CHARTS:
                    img = page.locator(f"#chart-{name} img")
                    assert img.get_attribute("alt"), name
                    loaded = img.evaluate("i => i.complete && i.naturalWidth > 0")
                    assert loaded, f"chart {name} did not load"
                assert "ai safety role" in page.inner_text("#chart-outcomes-per-cohort")
                page.screenshot(path=str(shots / "report.png"), full_page=True)

                # A chart opened on its own: its inline style is allowed by its own CSP.
                page.goto(server.url + "/report/funnel.svg")
                title = page.locator("svg title").first.text_content()
                assert title == "From application to outcome"
                page.screenshot(path=str(shots / "report-funnel.png"))
            finally:
                browser.close()
    finally:
        store.dispose()
    assert [m for m in console if "Content Security Policy" in m or "page error" in m] == []
    ARTIFACTS.mkdir(exist_ok=True)
    for shot in shots.iterdir():
        shutil.copy(shot, ARTIFACTS / f"grants-web-{shot.name}")
    print(f"screenshots: {shots} (copied to {ARTIFACTS})")
