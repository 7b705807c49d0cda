"""Sign-in under attack, against the real review app under uvicorn (as served): parallel
wrong passwords, a flood of sign-ins beside a reviewer's queue page, lockout of a reviewer
from another address, forged proxy headers; and settings errors that must not print secrets.

Each sign-in below is a separate HTTP client bound to its own loopback source address where
the test needs distinct client addresses (Linux routes all of 127.0.0.0/8 to loopback)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import httpx
import pytest

from grantbox.config import Settings
from grantbox.review import auth
from grantbox.review.web import SESSION_COOKIE, SIGNIN_COOKIE
from grantbox.store import open_store
from tests.mailservers import free_port, wait_for_port
from tests.review_seed import csrf_token, seed_application

pytestmark = pytest.mark.filterwarnings("ignore::DeprecationWarning")

PASSWORD = "correct horse battery"
GRANTBOX = Path(sys.executable).with_name("grantbox")


class ReviewServer:
    def __init__(self, url: str, settings: Settings, log: Path) -> None:
        self.url = url
        self.settings = settings
        self.log = log

    def client(self, source: str = "127.0.0.1") -> httpx.Client:
        return httpx.Client(
            base_url=self.url,
            transport=httpx.HTTPTransport(local_address=source),
            timeout=90,
        )

    def signin_form(self, client: httpx.Client, headers: dict[str, str] | None = None) -> str:
        """Load the sign-in form (its double-submit cookie lands in `client`); its token."""
        return csrf_token(client.get("/signin", headers=headers).text)

    def post_signin(
        self,
        client: httpx.Client,
        token: str,
        name: str,
        password: str,
        headers: dict[str, str] | None = None,
    ) -> httpx.Response:
        return client.post(
            "/signin",
            data={"name": name, "password": password, "csrf": token, "next": "/"},
            headers=headers,
            follow_redirects=False,
        )

    def signin(
        self,
        name: str,
        password: str,
        source: str = "127.0.0.1",
        headers: dict[str, str] | None = None,
    ) -> httpx.Response:
        with self.client(source) as client:
            return self.post_signin(
                client, self.signin_form(client, headers), name, password, headers
            )


def _start(tmp_path: Path, **settings_kw: object) -> Iterator[ReviewServer]:
    """`grantbox review` in its own process (as deployed: the clients below do not share its
    interpreter), over a store with alice and three applications waiting."""
    settings = Settings(data_dir=tmp_path / "data", **settings_kw)  # type: ignore[arg-type]
    store = open_store(settings)
    with store.transaction() as session:
        auth.add_reviewer(session, "alice", PASSWORD)
    for n in range(3):
        seed_application(store, settings, name=f"Applicant {n}")
    store.dispose()
    env = {k: v for k, v in os.environ.items() if not k.startswith("GRANTBOX_")}
    env["GRANTBOX_DATA_DIR"] = str(settings.data_dir)
    if settings.review_trusted_proxies:
        env["GRANTBOX_REVIEW_TRUSTED_PROXIES"] = ",".join(settings.review_trusted_proxies)
    port = free_port()
    server = subprocess.Popen(
        [str(GRANTBOX), "review", "--host", "127.0.0.1", "--port", str(port)],
        cwd=tmp_path,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=(tmp_path / "review.log").open("wb"),
    )
    try:
        wait_for_port("127.0.0.1", port, timeout=30, alive=lambda: server.poll() is None)
        yield ReviewServer(f"http://127.0.0.1:{port}", settings, tmp_path / "review.log")
    finally:
        server.terminate()
        server.wait(timeout=30)


@pytest.fixture
def review(tmp_path: Path) -> Iterator[ReviewServer]:
    yield from _start(tmp_path)


@pytest.fixture
def behind_proxy(tmp_path: Path) -> Iterator[ReviewServer]:
    yield from _start(tmp_path, review_trusted_proxies=["127.0.0.1"])


def _all_at_once(jobs: list, run) -> list:  # type: ignore[no-untyped-def,type-arg]
    """Run `run(job)` for every job in its own thread, released together."""
    barrier = threading.Barrier(len(jobs))

    def go(job):  # type: ignore[no-untyped-def]
        barrier.wait()
        return run(job)

    with ThreadPoolExecutor(len(jobs)) as pool:
        return list(pool.map(go, jobs))


def test_parallel_wrong_passwords_verify_no_more_than_the_limit(review):
    """Thirty wrong passwords for alice at once from one address: only the allowed number
    reach a password check (401); the rest are refused before any check (429, or 503 when
    the checks in progress are at their bound)."""
    limit = review.settings.review_signin_attempts
    clients = [review.client() for _ in range(30)]
    tokens = [review.signin_form(c) for c in clients]
    started = time.monotonic()
    statuses = _all_at_once(
        list(zip(clients, tokens, strict=True)),
        lambda ct: review.post_signin(ct[0], ct[1], "alice", "wrong password").status_code,
    )
    elapsed = time.monotonic() - started
    for c in clients:
        c.close()
    counts = Counter(statuses)
    assert set(counts) <= {401, 429, 503}, counts
    assert counts[401] <= limit, counts
    # Each verification is ~0.25 s of argon2: thirty of them in turn would take 7 s or more.
    assert elapsed < 0.5 * (limit + 2), (elapsed, counts)


def test_the_queue_page_stays_quick_under_a_flood_of_sign_ins(review):
    """150 sign-ins at once, from 150 addresses, while alice loads her queue: the page answers
    within a second and no request fails on a locked database."""
    with review.client() as alice:
        r = review.post_signin(alice, review.signin_form(alice), "alice", PASSWORD)
        assert r.status_code == 303
        assert alice.get("/").status_code == 200  # warm

        sources = [f"127.0.{1 + i // 200}.{2 + i % 200}" for i in range(150)]
        flood = [review.client(source) for source in sources]
        tokens = [review.signin_form(c) for c in flood]
        results: list[httpx.Response] = []
        flooding = threading.Thread(
            target=lambda: results.extend(
                _all_at_once(
                    list(enumerate(zip(flood, tokens, strict=True))),
                    lambda job: review.post_signin(
                        job[1][0], job[1][1], f"guess{job[0]}", "wrong password"
                    ),
                )
            )
        )
        flooding.start()
        time.sleep(0.3)  # the flood is in
        latencies = []
        for _ in range(3):
            t = time.monotonic()
            page = alice.get("/")
            latencies.append(time.monotonic() - t)
            assert page.status_code == 200 and "Applicant 0" in page.text
        flooding.join(timeout=120)
        for c in flood:
            c.close()
    assert len(results) == 150
    counts = Counter(r.status_code for r in results)
    assert set(counts) <= {401, 429, 503}, counts
    assert "database is locked" not in review.log.read_text()
    assert max(latencies) < 1.0, (latencies, counts)


def test_failures_from_one_address_do_not_lock_the_reviewer_out_from_hers(review):
    limit = review.settings.review_signin_attempts
    attacker = [
        review.signin("alice", f"guess {n}", source="127.0.0.66").status_code
        for n in range(limit + 3)
    ]
    assert attacker == [401] * limit + [429] * 3
    # From that address even the right password waits now...
    locked = review.signin("alice", PASSWORD, source="127.0.0.66")
    assert locked.status_code == 429 and int(locked.headers["Retry-After"]) > 0
    # ...but alice, from her own address, signs in.
    r = review.signin("alice", PASSWORD, source="127.0.0.1")
    assert r.status_code == 303 and SESSION_COOKIE in r.cookies


def test_forwarded_headers_are_ignored_unless_the_peer_is_a_trusted_proxy(review):
    limit = review.settings.review_signin_attempts
    # A new made-up client address with every try does not spread the failures out: the
    # limit is on the address that connected.
    statuses = [
        review.signin(
            f"someone{n}", "wrong password", headers={"X-Forwarded-For": f"203.0.113.{n}"}
        ).status_code
        for n in range(limit + 2)
    ]
    assert statuses == [401] * limit + [429] * 2
    # "https" from an untrusted peer does not make the cookie Secure (the request was http).
    with review.client("127.0.0.7") as client:
        form = client.get("/signin", headers={"X-Forwarded-Proto": "https"})
    cookie = next(c for c in form.headers.get_list("set-cookie") if SIGNIN_COOKIE in c)
    assert "secure" not in cookie.lower()


def test_a_trusted_proxy_names_the_client(behind_proxy):
    limit = behind_proxy.settings.review_signin_attempts
    attacker = {"X-Forwarded-For": "203.0.113.9"}
    for _ in range(limit):
        assert behind_proxy.signin("alice", "wrong", headers=attacker).status_code == 401
    assert behind_proxy.signin("alice", PASSWORD, headers=attacker).status_code == 429
    # Alice comes through the same proxy: her own address, her own limit. A client-supplied
    # first hop is not believed: the proxy's (rightmost untrusted) entry is.
    alice = {"X-Forwarded-For": "203.0.113.9, 198.51.100.4:51234"}
    assert behind_proxy.signin("alice", PASSWORD, headers=alice).status_code == 303
    with behind_proxy.client() as client:
        form = client.get("/signin", headers={"X-Forwarded-Proto": "https"})
    cookie = next(c for c in form.headers.get_list("set-cookie") if SIGNIN_COOKIE in c)
    assert "secure" in cookie.lower()


def test_a_proxy_not_in_the_list_is_not_believed(tmp_path):
    for server in _start(tmp_path, review_trusted_proxies=["127.0.0.9"]):
        limit = server.settings.review_signin_attempts
        statuses = [
            server.signin(
                f"someone{n}", "wrong", headers={"X-Forwarded-For": f"198.51.100.{n}"}
            ).status_code
            for n in range(limit + 1)
        ]
        assert statuses == [401] * limit + [429]


def test_signin_backoff_doubles_per_name_and_address_and_the_address_limit_spans_names():
    limiter = auth.SignInLimiter(attempts=3, window=60)
    t = 1000.0
    for _ in range(3):
        ticket = limiter.admit("alice", "10.0.0.1", now=t)
        assert isinstance(ticket, auth.Ticket)
        limiter.failed(ticket, now=t)
    # The fourth try from there waits one window; each further failure doubles the wait.
    assert limiter.admit("alice", "10.0.0.1", now=t + 1) == pytest.approx(59)
    ticket = limiter.admit("alice", "10.0.0.1", now=t + 61)
    assert isinstance(ticket, auth.Ticket)
    limiter.failed(ticket, now=t + 61)
    assert limiter.admit("alice", "10.0.0.1", now=t + 62) == pytest.approx(119)
    # Another address is not held back by that one.
    other = limiter.admit("alice", "10.0.0.2", now=t + 62)
    assert isinstance(other, auth.Ticket)
    limiter.succeeded(other)
    # The address itself is limited across names too (a spray of names).
    for n in range(3):
        ticket = limiter.admit(f"name{n}", "10.0.0.3", now=t)
        assert isinstance(ticket, auth.Ticket)
        limiter.failed(ticket, now=t)
    assert limiter.admit("name9", "10.0.0.3", now=t + 1) == pytest.approx(59)
    assert isinstance(limiter.admit("name9", "10.0.0.3", now=t + 61), auth.Ticket)


def test_a_try_in_progress_counts_at_once():
    """Check and record are one step: a try holds its place until it ends, so parallel tries
    cannot all pass the check before any failure is recorded."""
    limiter = auth.SignInLimiter(attempts=2, window=60)
    first = limiter.admit("alice", "10.0.0.1", now=0)
    second = limiter.admit("alice", "10.0.0.1", now=0)
    assert isinstance(first, auth.Ticket) and isinstance(second, auth.Ticket)
    assert limiter.admit("alice", "10.0.0.1", now=0) > 0
    # A try that was never checked (the server was busy) gives its place back.
    limiter.withdrawn(second)
    assert isinstance(limiter.admit("alice", "10.0.0.1", now=0), auth.Ticket)
    # A success clears that name and address.
    limiter.succeeded(first)
    assert isinstance(limiter.admit("alice", "10.0.0.1", now=0), auth.Ticket)


# -- settings errors print no secret ------------------------------------------------------

SECRET = "hunter2-Zq8#secret"


def _grantbox(tmp_path: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess:  # type: ignore[type-arg]
    clean = {k: v for k, v in os.environ.items() if not k.startswith("GRANTBOX_")}
    # Wide enough that the console never wraps a line (a wrapped secret would hide from `in`).
    clean.update(GRANTBOX_DATA_DIR=str(tmp_path / "data"), COLUMNS="1000", **env)
    return subprocess.run(
        [str(GRANTBOX), *args], cwd=tmp_path, env=clean, capture_output=True, text=True, timeout=60
    )


@pytest.mark.parametrize(
    "env",
    [
        # The model-level check ("plain" off loopback) echoed the whole input, its tail
        # being the last setting given: here the SMTP password.
        {"GRANTBOX_IMAP_HOST": "imap.example.org", "GRANTBOX_IMAP_SSL": "plain"},
        {"GRANTBOX_SMTP_PORT": "abc"},
    ],
    ids=["plain-off-loopback", "bad-port"],
)
def test_a_settings_error_names_the_setting_not_the_secret(tmp_path, env):
    done = _grantbox(tmp_path, {**env, "GRANTBOX_SMTP_PASSWORD": SECRET}, "list")
    assert done.returncode == 1
    assert SECRET not in done.stdout + done.stderr
    assert done.stderr.startswith("grantbox: bad configuration")
    if "GRANTBOX_SMTP_PORT" in env:
        assert "GRANTBOX_SMTP_PORT" in done.stderr and "abc" not in done.stderr


def test_a_password_of_the_wrong_type_in_the_file_is_not_printed(tmp_path):
    (tmp_path / "grantbox.toml").write_text("smtp_password = 739164825\n")
    done = _grantbox(tmp_path, {}, "list")
    assert done.returncode == 1
    assert "739164825" not in done.stdout + done.stderr
    assert re.search(r"GRANTBOX_SMTP_PASSWORD: .*string", done.stderr), done.stderr


def test_a_flow_loading_bad_settings_prints_no_secret(tmp_path):
    """The flows call load_settings themselves: its error (and its traceback, which Prefect
    logs) must not carry the value either."""
    clean = {k: v for k, v in os.environ.items() if not k.startswith("GRANTBOX_")}
    clean.update(
        GRANTBOX_DATA_DIR=str(tmp_path / "data"),
        GRANTBOX_IMAP_HOST="imap.example.org",
        GRANTBOX_IMAP_SSL="plain",
        GRANTBOX_SMTP_PASSWORD=SECRET,
    )
    done = subprocess.run(
        [sys.executable, "-c", "from grantbox.config import load_settings; load_settings()"],
        cwd=tmp_path,
        env=clean,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 1
    assert "ConfigError" in done.stderr and "loopback" in done.stderr
    assert SECRET not in done.stdout + done.stderr


def test_an_ipv6_client_is_counted_by_its_64():
    """A machine with an IPv6 /64 has more addresses than the limit has patience: the limit
    counts the /64 (and an IPv4 client written as IPv6 as itself)."""
    limiter = auth.SignInLimiter(attempts=2, window=60)
    for n in range(2):
        ticket = limiter.admit(f"name{n}", f"2001:db8:1:2::{n + 1}", now=0)
        assert isinstance(ticket, auth.Ticket)
        limiter.failed(ticket, now=0)
    assert limiter.admit("name9", "2001:db8:1:2:ffff::9", now=1) > 0
    assert isinstance(limiter.admit("name9", "2001:db8:1:3::1", now=1), auth.Ticket)
    assert auth.client_key("::ffff:192.0.2.7") == "192.0.2.7"
