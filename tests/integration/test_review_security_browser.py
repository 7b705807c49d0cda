"""The review app's doors in a real browser (Debian's chromium, driven by Playwright): a
reviewer with a TOTP second factor signs in with a code; the pages run their scripts from
/static/ with no CSP violation; an HTML or SVG "resume" downloads when its link is clicked or
opened, and its script never runs. Screenshots go to test-artifacts/."""

from __future__ import annotations

import os
import time
from pathlib import Path

import pytest
from sqlalchemy import select

from grantbox.config import Settings
from grantbox.review import auth, totp
from grantbox.review.web import BackgroundServer, create_app
from grantbox.store import open_store
from grantbox.store.tables import AccessLog, AttachmentRow, Message, Reviewer
from tests.mailservers import free_port
from tests.review_seed import seed_application

CHROMIUM = "/usr/bin/chromium"
ARTIFACTS = Path(__file__).resolve().parents[2] / "test-artifacts"
PASSWORD = "correct horse battery"

pytestmark = [
    pytest.mark.skipif(
        not os.path.exists(CHROMIUM),
        reason=f"{CHROMIUM} is missing (Debian package chromium; scripts/install-system-deps.sh)",
    ),
    pytest.mark.filterwarnings("ignore::DeprecationWarning"),
]

HTML_RESUME = (
    b"<!doctype html><html><body><h1>My resume</h1>"
    b"<script>document.title='pwned';new Image().src='/pwned-html?'+document.cookie;"
    b"alert('html')</script></body></html>"
)
SVG_RESUME = (
    b'<svg xmlns="http://www.w3.org/2000/svg" onload="new Image().src=\'/pwned-svg-onload\'">'
    b"<script>new Image().src='/pwned-svg';alert('svg')</script></svg>"
)


@pytest.fixture
def served(tmp_path):
    settings = Settings(data_dir=tmp_path / "data")  # type: ignore[call-arg]
    store = open_store(settings)
    with store.transaction() as session:
        auth.add_reviewer(session, "tess", PASSWORD, totp=True)
    apps = {}
    for filename, data, kind in (
        ("resume.html", HTML_RESUME, "text/html"),
        ("resume.svg", SVG_RESUME, "image/svg+xml"),
    ):
        app_id = seed_application(store, settings, filename=filename, file_bytes=data)
        with store.transaction() as session:
            att = session.scalars(
                select(AttachmentRow)
                .join(Message, Message.id == AttachmentRow.message_pk)
                .where(Message.application_id == app_id)
            ).one()
            att.declared_type = att.sniffed_type = kind
            apps[filename] = (app_id, att.id)
    with store.sessions() as session:
        secret = session.scalars(select(Reviewer.totp_secret)).one()
    with BackgroundServer(create_app(settings, store), port=free_port()) as server:
        yield server, store, secret, apps
    store.dispose()


def test_totp_sign_in_and_hostile_resumes_in_the_browser(served):
    from playwright.sync_api import Error as PlaywrightError
    from playwright.sync_api import sync_playwright

    server, store, secret, apps = served
    ARTIFACTS.mkdir(exist_ok=True)
    csp_errors: list[str] = []
    requests: list[str] = []
    dialogs: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, headless=True)
        try:
            context = browser.new_context(accept_downloads=True)
            page = context.new_page()

            def on_console(message) -> None:  # type: ignore[no-untyped-def]
                if "Content Security Policy" in message.text:
                    csp_errors.append(message.text)

            page.on("console", on_console)
            context.on("request", lambda r: requests.append(r.url))
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))

            # -- the second factor ------------------------------------------------------------
            html_app, html_att = apps["resume.html"]
            page.goto(f"{server.url}/applications/{html_app}")
            assert "/signin" in page.url
            page.fill("input[name=name]", "tess")
            page.fill("input[name=password]", PASSWORD)
            page.click("button[type=submit]")
            page.wait_for_selector("input[name=code]")
            assert "grantbox_session" not in {c["name"] for c in context.cookies()}
            page.screenshot(path=str(ARTIFACTS / "review-totp.png"))
            # A wrong code first: refused, still on the code step.
            code = totp.code_at(secret, time.time())
            page.fill("input[name=code]", f"{(int(code) + 1) % 1_000_000:06d}")
            page.click("button[type=submit]")
            page.wait_for_selector("p.error")
            assert "Wrong code" in page.inner_text("p.error")
            page.fill("input[name=code]", totp.code_at(secret, time.time()))
            page.click("button[type=submit]")
            page.wait_for_url(f"{server.url}/applications/{html_app}")
            assert "grantbox_session" in {c["name"] for c in context.cookies()}
            # The page's script (a static file under the CSP) runs: "?" shows the help.
            page.keyboard.press("?")
            assert page.is_visible("#help")

            # -- hostile resumes only download --------------------------------------------------
            link = page.locator(f'a[href="/applications/{html_app}/attachments/{html_att}"]')
            with page.expect_download() as clicked:
                link.click()
            assert clicked.value.suggested_filename == "resume.html"
            assert page.url == f"{server.url}/applications/{html_app}"
            for name in ("resume.html", "resume.svg"):
                app_id, att_id = apps[name]
                url = f"{server.url}/applications/{app_id}/attachments/{att_id}"
                tab = context.new_page()
                tab.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
                with tab.expect_download() as opened:
                    try:
                        tab.goto(url)
                    except PlaywrightError as e:  # a download is no page: the navigation ends
                        assert "Download is starting" in str(e) or "ERR_ABORTED" in str(e)
                download = opened.value
                assert download.suggested_filename == name
                assert Path(download.path()).read_bytes() in (HTML_RESUME, SVG_RESUME)
                tab.wait_for_timeout(300)
                assert tab.title() != "pwned"
                tab.close()
            page.wait_for_timeout(300)
        finally:
            browser.close()
    assert dialogs == []
    assert not [u for u in requests if "pwned" in u]
    assert csp_errors == []
    server.app.state.access_log.flush()
    with store.sessions() as session:
        kinds = [r.kind for r in session.scalars(select(AccessLog).order_by(AccessLog.id))]
    assert kinds[0] == "application" and kinds.count("attachment") == 3
