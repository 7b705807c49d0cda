"""Pure parts of the review side: download headers, redirects, the sign-in rate limit,
password hashes, and the decision emails' templates."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from grantbox.mailtemplates import render_email
from grantbox.review.auth import RateLimiter, hash_password, verify_password
from grantbox.review.safety import content_disposition, safe_content_type, safe_next
from grantbox.review.views import escape_like, waiting


@pytest.mark.parametrize(
    "filename",
    [
        "cv.pdf",
        'a"b.pdf',
        "Ada\r\nContent-Type: text/html\r\n\r\n<script>.pdf",
        "../../etc/passwd",
        "Lebenslauf Müller – 2026.pdf",
        '"><img src=x onerror=alert(1)>.pdf',
        "",
        "\\\\server\\share\\cv.docx",
    ],
)
def test_content_disposition_is_one_safe_attachment_header(filename):
    value = content_disposition(filename)
    assert value.startswith('attachment; filename="')
    assert not any(c in value for c in "\r\n\x00<>\\")
    fallback = value.split('filename="', 1)[1].split('"', 1)[0]
    assert fallback and "/" not in fallback
    assert value.count('"') == 2  # the quoted fallback only; the UTF-8 name is %-encoded
    assert "filename*=UTF-8''" in value


def test_content_type_comes_from_the_sniffed_type_and_only_safe_ones():
    assert safe_content_type("application/pdf") == "application/pdf"
    assert safe_content_type("text/plain") == "text/plain; charset=utf-8"
    for risky in ("text/html", "image/svg+xml", "application/javascript", "text/xml", "", None):
        assert safe_content_type(risky) == "application/octet-stream"


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        ("/applications/3", "/applications/3"),
        ("/?status=all", "/?status=all"),
        ("//evil.test/", "/"),
        ("https://evil.test/", "/"),
        ("/\\evil.test", "/"),
        ("/a\r\nSet-Cookie: x=1", "/"),
        ("", "/"),
        (None, "/"),
    ],
)
def test_after_sign_in_only_local_paths(target, expected):
    assert safe_next(target) == expected


def test_rate_limiter_blocks_after_the_limit_and_forgets_after_the_window():
    limiter = RateLimiter(limit=3, window=60)
    for t in (0.0, 1.0, 2.0):
        assert limiter.blocked("name:a", "ip:1", now=t) == 0
        limiter.fail("name:a", "ip:1", now=t)
    assert limiter.blocked("name:a", now=3.0) == pytest.approx(57.0)
    assert limiter.blocked("ip:1", "name:other", now=3.0) > 0  # the address is blocked too
    assert limiter.blocked("name:b", "ip:2", now=3.0) == 0
    assert limiter.blocked("name:a", now=60.5) == 0  # the first failure has left the window
    limiter.clear("name:a", "ip:1")
    assert limiter.blocked("name:a", "ip:1", now=3.0) == 0


def test_password_hash_is_argon2_and_verifies():
    h = hash_password("correct horse")
    assert h.startswith("$argon2id$") and "correct" not in h
    assert verify_password(h, "correct horse")
    assert not verify_password(h, "correct horsE")
    assert not verify_password("not a hash", "correct horse")


def test_waiting_and_like_escaping():
    now = datetime(2026, 12, 1, tzinfo=UTC)
    assert waiting(now - timedelta(days=3, hours=2), now) == "3 d"
    assert waiting(now - timedelta(hours=5), now) == "5 h"
    assert waiting((now - timedelta(minutes=7)).replace(tzinfo=None), now) == "7 min"
    assert escape_like("50%_off\\") == "50\\%\\_off\\\\"


@pytest.mark.parametrize("name", ["decision_approve", "decision_reject", "decision_waitlist"])
def test_decision_emails_keep_applicant_and_reviewer_text_inert(name):
    r = render_email(
        name,
        applicant_name="Ada\r\nBcc: x@evil.test <script>",
        original_subject="Application\r\nBcc: y@evil.test",
        reference="GB-7",
        message="See <b>you</b> soon",
    )
    assert "\n" not in r.subject and "\r" not in r.subject
    assert r.subject == "Re: Application Bcc: y@evil.test [GB-7]"
    assert "Hi Ada Bcc: x@evil.test <script>," in r.text  # plain text is not HTML-escaped
    assert "<script>" not in r.html and "&lt;script&gt;" in r.html
    assert "&lt;b&gt;you&lt;/b&gt;" in r.html
    assert "See <b>you</b> soon" in r.text
    without = render_email(name, applicant_name="Ada", original_subject="", reference="GB-7")
    assert "See" not in without.text and "[GB-7]" in without.subject


def test_ask_more_email_carries_the_question():
    r = render_email(
        "ask_more",
        question="Which paper would you reproduce?\nAnd why?",
        applicant_name="Ada",
        original_subject="Re: Application [GB-3]",
        reference="",
    )
    assert "Which paper would you reproduce?\nAnd why?" in r.text
    assert r.subject == "Re: Application [GB-3]"


def test_withdrawn_email_confirms_in_the_thread_and_keeps_the_name_inert():
    r = render_email(
        "withdrawn",
        applicant_name="Ada\r\nBcc: x@evil.test <script>",
        original_subject="Re: Application [GB-3]",
        reference="",
    )
    assert r.subject == "Re: Application [GB-3]"
    assert "we have withdrawn your application" in r.text
    assert "<script>" not in r.html and "&lt;script&gt;" in r.html
    fresh = render_email("withdrawn", applicant_name="Ada", original_subject="", reference="GB-3")
    assert fresh.subject == "Your application has been withdrawn [GB-3]"
