"""Review pages under load: server time of the queue and application pages with 10,000
applications in the store, on SQLite and on PostgreSQL.

For each backend a fresh store (SQLite file under a temporary directory; a temporary
PostgreSQL database made like tests/mailservers.py `postgres_url`, dropped afterwards) is
migrated by `open_store` and filled by bulk INSERTs with N applications (default 10,000) laid
out the way intake and the reviewers leave them:

* statuses: about 1/3 ready_for_review, the rest spread over the other nine statuses;
  `updated_at` spread over the last 60 days; ~6% carry a flag (no_text_layer, duplicate, …);
* one resume row per application whose profile is the real parser output for
  tests/data/resumes-demo/resume-2p.pdf (`grantbox.resumes.profile_file`, what
  `grantbox parse-resume --json` prints) with the name and email varied, plus its text and a
  line of 3 skills out of 16 (each skill in ~19% of resumes), which the first message names
  too;
* one attachment, 2-3 inbound messages (the application and 1-2 replies), 6 answers (the
  default question set), ~8 events, and one sent outbox row (the questions email).

PostgreSQL gets `ANALYZE` after the load (autovacuum would do it within a minute); SQLite
gets nothing (nothing runs ANALYZE on it in production either).

The app (`create_app(settings, store)`) runs under uvicorn in a thread
(`grantbox.review.web.BackgroundServer`); a reviewer is created with `add_reviewer` and
signed in through the real form (GET /signin for the double-submit CSRF cookie, POST
/signin). Requests go one at a time over one keep-alive connection. Each endpoint gets a
warm-up, then R requests (default 200):

* queue: first page        GET /
* queue: filtered          GET /?status=ready_for_review&flag=no_text_layer
* queue: search            GET /?status=all&q=<a common surname>
* queue: text search       GET /?status=all&q=<a skill> (only in resume and message text)
* queue: 2 word prefixes   GET /?status=all&q=<two skill prefixes> (both must match)
* queue: common word       GET /?status=all&q=<a word in every resume>
* application page         GET /applications/<id>, cycling over ready_for_review ids
* baseline                 GET /signin (same app stack and middleware, no database)

"Server time" is measured by an ASGI wrapper around the app: from the request reaching the
app to its last body chunk being sent (uvicorn's HTTP parsing and the loopback excluded). The
client round trip is given beside it. Target (from the issue): server p95 < 150 ms.

    .venv/bin/python benchmarks/review.py            # N=10,000, R=200, SQLite + PostgreSQL
    .venv/bin/python benchmarks/review.py --quick    # N=1,000, R=50
    .venv/bin/python benchmarks/review.py --json     # JSON only on stdout
    .venv/bin/python benchmarks/review.py --backend sqlite

Progress goes to stderr.
"""

from __future__ import annotations

import argparse
import contextlib
import copy
import http.client
import json
import random
import re
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path
from typing import Any
from urllib.parse import urlencode

from sqlalchemy import String, cast, func, insert, select, text

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from grantbox.config import Settings  # noqa: E402
from grantbox.conversation import question_set  # noqa: E402
from grantbox.resumes import profile_file  # noqa: E402
from grantbox.review import auth, views  # noqa: E402
from grantbox.review.web import BackgroundServer, create_app  # noqa: E402
from grantbox.store import Store, open_store  # noqa: E402
from grantbox.store.tables import (  # noqa: E402
    Answer,
    Application,
    AttachmentRow,
    Event,
    Message,
    OutboxRow,
    Resume,
)
from parsers.resume import read_resume  # noqa: E402
from tests.mailservers import (  # noqa: E402
    drop_postgres_database,
    free_port,
    postgres_available,
    postgres_url,
)

RESUME_PDF = ROOT / "tests/data/resumes-demo/resume-2p.pdf"
TARGET_P95_MS = 150.0
SEARCH_TERM = "garcia"
SKILLS = [  # none of them in the resume-2p.pdf text
    "Terraform",
    "Haskell",
    "Elixir",
    "PostgreSQL",
    "Kotlin",
    "Django",
    "Spark",
    "Ansible",
    "Fortran",
    "Erlang",
    "OCaml",
    "Figma",
    "Prolog",
    "Clojure",
    "Scala",
    "Svelte",
]
TEXT_SEARCHES = {  # only in resume and message text: each row says where it matched
    "queue: text search": "terraform",
    "queue: 2 word prefixes": "hask erla",
    "queue: common word": "experience",  # in every resume
}
FILTER_FLAG = "no_text_layer"

FIRST = [
    "Ada",
    "Alan",
    "Grace",
    "Linus",
    "Margaret",
    "Dennis",
    "Barbara",
    "Ken",
    "Frances",
    "Edsger",
    "Radia",
    "Tim",
    "Hedy",
    "Donald",
    "Katherine",
    "John",
    "Mary",
    "Niklaus",
    "Sophie",
    "Guido",
    "Anita",
    "Bjarne",
    "Shafi",
    "Leslie",
    "Jean",
    "Yukihiro",
    "Lynn",
    "Fernando",
    "Ines",
    "Amara",
    "Chen",
    "Priya",
    "Omar",
    "Lena",
    "Mateo",
    "Sara",
    "Kwame",
    "Yuki",
    "Nadia",
    "Pablo",
]
LAST = [
    "Lovelace",
    "Turing",
    "Hopper",
    "Torvalds",
    "Hamilton",
    "Ritchie",
    "Liskov",
    "Thompson",
    "Allen",
    "Dijkstra",
    "Perlman",
    "Berners-Lee",
    "Lamarr",
    "Knuth",
    "Johnson",
    "Backus",
    "Shaw",
    "Wirth",
    "Wilson",
    "Rossum",
    "Borg",
    "Stroustrup",
    "Goldwasser",
    "Lamport",
    "Sammet",
    "Matsumoto",
    "Conway",
    "Corbato",
    "Garcia",
    "Okafor",
    "Nakamura",
    "Novak",
    "Silva",
    "Haddad",
    "Kowalski",
    "Mensah",
    "Larsen",
    "Rossi",
    "Dubois",
    "Petrov",
]
# Share of each status; ready_for_review about a third.
STATUS_WEIGHTS = {
    "ready_for_review": 34,
    "received": 3,
    "awaiting_resume": 5,
    "questions_sent": 14,
    "more_info_requested": 4,
    "approved": 12,
    "rejected": 12,
    "waitlisted": 6,
    "stale": 7,
    "withdrawn": 3,
}
FLAGS = ["no_text_layer", "duplicate", "reply_from_other_address", "bouncing"]
DECIDED = {"approved", "rejected", "waitlisted"}


def log(msg: str) -> None:
    print(msg, file=sys.stderr, flush=True)


# ------------------------------------------------------------------------------- the data


def _vary_profile(base: dict[str, Any], name: str, email: str) -> dict[str, Any]:
    profile = copy.deepcopy(base)
    old_name = (profile.get("name") or {}).get("value") or ""
    old_emails = [e.get("value") for e in profile.get("emails") or [] if e.get("value")]

    def swap(value: Any) -> Any:
        if isinstance(value, str):
            if old_name:
                value = value.replace(old_name, name)
            for old in old_emails:
                value = value.replace(old, email)
            return value
        if isinstance(value, list):
            return [swap(v) for v in value]
        if isinstance(value, dict):
            return {k: swap(v) for k, v in value.items()}
        return value

    return swap(profile)


def _questions_email(to: str, name: str, n: int) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Grant programme <grants@example.org>"
    msg["To"] = to
    msg["Subject"] = "A few questions about your application"
    msg["Message-ID"] = f"<questions-{n}@example.org>"
    msg.set_content(
        f"Dear {name},\n\nthank you for your application. Please answer these questions:\n\n"
        + "\n".join(f"{i}. Question number {i}?" for i in range(1, 7))
        + "\n\nKind regards,\nThe grant team\n"
    )
    return msg.as_bytes()


def fill_store(store: Store, settings: Settings, n: int, base: dict[str, Any], text_: str) -> dict:
    """Bulk-insert `n` applications with their rows; ids are assigned here."""
    rnd = random.Random(1234)
    question_ids = [q.id for q in question_set(settings).questions]
    statuses = list(STATUS_WEIGHTS)
    weights = list(STATUS_WEIGHTS.values())
    now = datetime.now(UTC)
    rows: dict[str, list[dict[str, Any]]] = {
        "applications": [],
        "messages": [],
        "attachments": [],
        "resumes": [],
        "answers": [],
        "events": [],
        "outbox": [],
    }
    msg_id = 0
    ready_ids: list[int] = []
    sha = "ab" * 32
    for app_id in range(1, n + 1):
        first, last = rnd.choice(FIRST), rnd.choice(LAST)
        name = f"{first} {last}"
        email = f"{first}.{last}.{app_id}@mail.test".lower()
        status = rnd.choices(statuses, weights)[0]
        created = now - timedelta(days=rnd.uniform(1, 90))
        updated = min(now, created + timedelta(days=rnd.uniform(0, 30)))
        flags = [rnd.choice(FLAGS)] if rnd.random() < 0.06 else []
        if status == "ready_for_review":
            ready_ids.append(app_id)
        rows["applications"].append(
            {
                "id": app_id,
                "email": email,
                "name": name,
                "status": status,
                "flags": flags,
                "backlog": False,
                "created_at": created,
                "updated_at": updated,
            }
        )
        skills = ", ".join(rnd.sample(SKILLS, 3))
        n_msgs = rnd.choice((2, 3))
        first_msg = msg_id + 1
        for k in range(n_msgs):
            msg_id += 1
            at = created + timedelta(hours=k * rnd.uniform(2, 48))
            rows["messages"].append(
                {
                    "id": msg_id,
                    "message_id": f"<m{msg_id}.{app_id}@mail.test>",
                    "content_sha256": f"{msg_id:064x}",
                    "size": 180_000 if k == 0 else 4_000,
                    "stored": True,
                    "from_addr": email,
                    "from_name": name,
                    "subject": "Application for the retraining grant"
                    if k == 0
                    else "Re: A few questions about your application",
                    "sent_at": at,
                    "in_reply_to": None if k == 0 else f"<questions-{app_id}@example.org>",
                    "kind": "application" if k == 0 else "reply",
                    "application_id": app_id,
                    "flags": [],
                    "error": None,
                    "backlog": False,
                    "text": (
                        "Hello,\n\nplease find my resume attached. I would like to apply for "
                        f"the retraining grant. I work with {skills}.\n\nBest regards,\n" + name
                    )
                    if k == 0
                    else "\n".join(
                        f"{i}. My answer to question {i} is a few sentences long, written by "
                        f"{name} about background, plans and commitment."
                        for i in range(1, 7)
                    ),
                    "recorded_at": at,
                }
            )
        att_id = app_id  # one attachment (the resume) per application
        rows["attachments"].append(
            {
                "id": att_id,
                "message_pk": first_msg,
                "filename": f"{first} {last} CV.pdf",
                "declared_type": "application/pdf",
                "sniffed_type": "application/pdf",
                "size": 170_000,
                "sha256": sha,
                "stored": True,
                "problem": None,
            }
        )
        profile = _vary_profile(base, name, email)
        rows["resumes"].append(
            {
                "id": app_id,
                "application_id": app_id,
                "attachment_id": att_id,
                "message_pk": first_msg,
                "filename": f"{first} {last} CV.pdf",
                "content_type": "application/pdf",
                "source": "pdf",
                "pages": profile.get("pages") or 2,
                "text": text_.replace("John Doe", name) + f"\nSkills: {skills}\n",
                "flags": [],
                "problem": None,
                "profile": profile,
                "updated_at": created,
            }
        )
        for qid in question_ids:
            rows["answers"].append(
                {
                    "application_id": app_id,
                    "question_id": qid,
                    "text": f"{name}'s answer about {qid}: a few sentences of plain text.",
                    "message_pk": msg_id,
                    "method": "numbered",
                    "updated_at": updated,
                }
            )
        ev = [
            ("intake", "created", None, "received", "new application"),
            ("intake", "resume_found", "received", "questions_sent", ""),
            ("outbox", "mail_sent", None, None, "questions"),
            ("intake", "message_attached", None, None, "reply"),
            ("intake", "answers_received", None, None, "6 answers"),
            ("intake", "answers_complete", "questions_sent", "ready_for_review", ""),
            ("reviewer:alice", "note", None, None, "looked at it"),
        ]
        if status in DECIDED:
            ev.append(("reviewer:alice", status[:-1], "ready_for_review", status, "decided"))
        else:
            ev.append(("intake", "reminder", None, None, "reminder not needed"))
        for i, (actor, kind, frm, to, reason) in enumerate(ev):
            rows["events"].append(
                {
                    "application_id": app_id,
                    "at": created + timedelta(minutes=i * 30),
                    "actor": actor,
                    "kind": kind,
                    "from_status": frm,
                    "to_status": to,
                    "reason": reason,
                    "message_pk": first_msg,
                }
            )
        rows["outbox"].append(
            {
                "application_id": app_id,
                "kind": "questions",
                "to_addr": email,
                "subject": "A few questions about your application",
                "message_id": f"<questions-{app_id}@example.org>",
                "dedupe_key": f"questions:{app_id}",
                "raw": _questions_email(email, name, app_id),
                "status": "sent",
                "reason": None,
                "attempts": 1,
                "next_attempt_at": created,
                "sending_since": None,
                "last_error": None,
                "created_at": created,
                "sent_at": created,
            }
        )
    tables = {
        "applications": Application,
        "messages": Message,
        "attachments": AttachmentRow,
        "resumes": Resume,
        "answers": Answer,
        "events": Event,
        "outbox": OutboxRow,
    }
    counts = {}
    with store.engine.begin() as conn:
        for name, table in tables.items():
            batch = rows[name]
            counts[name] = len(batch)
            for i in range(0, len(batch), 2000):
                conn.execute(insert(table.__table__), batch[i : i + 2000])
        if store.engine.dialect.name == "postgresql":
            for name in tables:
                conn.execute(
                    text(
                        f"SELECT setval(pg_get_serial_sequence('{name}', 'id'), "
                        f"(SELECT max(id) FROM {name}))"
                    )
                )
    if store.engine.dialect.name == "postgresql":
        with store.engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.execute(text("ANALYZE"))
    return {"counts": counts, "ready_ids": ready_ids}


# ------------------------------------------------------------------------------ measuring


class Timed:
    """ASGI wrapper: per-request server time (app called -> last body chunk sent)."""

    def __init__(self, app: Any) -> None:
        self.app = app
        self.times: list[float] = []

    async def __call__(self, scope: Any, receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        start = time.perf_counter()

        async def timed_send(message: Any) -> None:
            await send(message)
            if message["type"] == "http.response.body" and not message.get("more_body"):
                self.times.append(time.perf_counter() - start)

        await self.app(scope, receive, timed_send)


class Client:
    def __init__(self, port: int) -> None:
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        self.cookies: dict[str, str] = {}

    def request(
        self, method: str, path: str, body: str | None = None
    ) -> tuple[int, dict[str, str], str]:
        headers = {"Cookie": "; ".join(f"{k}={v}" for k, v in self.cookies.items())}
        if body is not None:
            headers["Content-Type"] = "application/x-www-form-urlencoded"
        self.conn.request(method, path, body=body, headers=headers)
        resp = self.conn.getresponse()
        data = resp.read().decode()
        for header, value in resp.getheaders():
            if header.lower() == "set-cookie":
                k, _, rest = value.partition("=")
                v = rest.split(";", 1)[0]
                if v in ('""', "") or "Max-Age=0" in value:
                    self.cookies.pop(k, None)
                else:
                    self.cookies[k] = v
        return resp.status, dict(resp.getheaders()), data


def _pct(values: list[float], p: float) -> float:
    s = sorted(values)
    k = max(0, min(len(s) - 1, round(p / 100 * len(s) + 0.5) - 1))
    return s[k]


def measure(
    client: Client, timed: Timed, paths: list[str], requests: int, warmup: int, expect: str
) -> dict[str, Any]:
    for i in range(warmup):
        client.request("GET", paths[i % len(paths)])
    time.sleep(0.2)  # the last warm-up's time is recorded just after its response is sent
    timed.times.clear()
    rtt: list[float] = []
    size = 0
    for i in range(requests):
        t0 = time.perf_counter()
        status, _, body = client.request("GET", paths[i % len(paths)])
        rtt.append(time.perf_counter() - t0)
        if status != 200 or expect not in body:
            raise RuntimeError(f"GET {paths[i % len(paths)]}: {status}, {body[:300]!r}")
        size += len(body)
    deadline = time.monotonic() + 5
    while len(timed.times) < requests and time.monotonic() < deadline:
        time.sleep(0.01)
    server = list(timed.times)
    assert len(server) == requests, (len(server), requests)
    return {
        "requests": requests,
        "distinct_urls": min(len(paths), requests),
        "example": paths[0],
        "server_median_ms": statistics.median(server) * 1000,
        "server_p95_ms": _pct(server, 95) * 1000,
        "server_max_ms": max(server) * 1000,
        "roundtrip_median_ms": statistics.median(rtt) * 1000,
        "roundtrip_p95_ms": _pct(rtt, 95) * 1000,
        "mean_bytes": size // requests,
    }


def sign_in(client: Client, name: str, password: str) -> None:
    status, _, page = client.request("GET", "/signin")
    assert status == 200, status
    m = re.search(r'name="csrf" value="([^"]+)"', page)
    assert m, "no csrf field on the sign-in form"
    form = urlencode({"name": name, "password": password, "next": "/", "csrf": m.group(1)})
    status, headers, _ = client.request("POST", "/signin", form)
    assert status == 303 and "grantbox_session" in client.cookies, (status, headers)


@contextlib.contextmanager
def backend_store(backend: str, tmp: Path) -> Iterator[tuple[Settings, Store, str]]:
    data_dir = tmp / backend
    data_dir.mkdir()
    url = postgres_url("grantbox_bench") if backend == "postgresql" else None
    try:
        settings = Settings(data_dir=data_dir, database_url=url)
        store = open_store(settings)
        try:
            yield settings, store, settings.resolved_database_url
        finally:
            store.dispose()
    finally:
        if url is not None:
            drop_postgres_database(url)


def run_backend(
    backend: str, tmp: Path, n: int, requests: int, warmup: int, base: dict, text_: str
) -> dict[str, Any]:
    with backend_store(backend, tmp) as (settings, store, url):
        log(f"[{backend}] filling the store with {n:,} applications …")
        t0 = time.perf_counter()
        filled = fill_store(store, settings, n, base, text_)
        load_s = time.perf_counter() - t0
        with store.transaction() as session:
            total = session.scalar(select(func.count()).select_from(Application))
            search_hits = views.queue(session, status="all", search=SEARCH_TERM)["total"]
            flagged = session.scalar(
                select(func.count())
                .select_from(Application)
                .where(Application.status == "ready_for_review")
                .where(cast(Application.flags, String).like(f'%"{FILTER_FLAG}"%'))
            )
            text_hits = {
                q: views.queue(session, status="all", search=q)["total"]
                for q in TEXT_SEARCHES.values()
            }
            auth.add_reviewer(session, "bench", "bench-password-1")
        log(f"[{backend}] loaded in {load_s:.1f} s: {filled['counts']}")

        timed = Timed(create_app(settings, store))
        port = free_port()
        ready = filled["ready_ids"]
        step = max(1, len(ready) // max(requests, 1))
        app_paths = [f"/applications/{i}" for i in ready[::step]][: max(requests, 1)]
        endpoints = [
            ("baseline: GET /signin", ["/signin"], "csrf"),
            ("queue: first page", ["/"], 'href="/applications/'),
            (
                "queue: filtered",
                [f"/?status=ready_for_review&flag={FILTER_FLAG}"],
                "/applications/",
            ),
            ("queue: search", [f"/?status=all&q={SEARCH_TERM}"], 'href="/applications/'),
            *(
                (label, ["/?" + urlencode({"status": "all", "q": q})], "matched in resume")
                for label, q in TEXT_SEARCHES.items()
            ),
            ("application page", app_paths, "Timeline"),
        ]
        results: dict[str, Any] = {}
        with BackgroundServer(timed, port=port):  # type: ignore[arg-type]
            client = Client(port)
            sign_in(client, "bench", "bench-password-1")
            for label, paths, expect in endpoints:
                if label.startswith("baseline"):
                    # the sign-in page for a signed-in client is the same page; no session
                    saved, client.cookies = client.cookies, {}
                    results[label] = measure(client, timed, paths, requests, warmup, expect)
                    client.cookies = saved
                else:
                    results[label] = measure(client, timed, paths, requests, warmup, expect)
                r = results[label]
                log(
                    f"[{backend}] {label}: median {r['server_median_ms']:.1f} ms, "
                    f"p95 {r['server_p95_ms']:.1f} ms"
                )
            client.conn.close()
        base_median = results["baseline: GET /signin"]["server_median_ms"]
        for r in results.values():
            r["ratio_median"] = r["server_median_ms"] / base_median
            r["meets_target"] = r["server_p95_ms"] < TARGET_P95_MS
        return {
            "backend": backend,
            "database": url.split("@")[-1] if backend == "postgresql" else "sqlite (temp file)",
            "applications": total,
            "rows": filled["counts"],
            "load_seconds": round(load_s, 1),
            "ready_for_review": len(ready),
            "filtered_matches": flagged,
            "search_matches": search_hits,
            "text_search_matches": text_hits,
            "endpoints": results,
        }


def print_table(report: dict[str, Any]) -> None:
    print(
        f"Review pages: {report['applications']:,} applications, {report['requests']} requests "
        f"per endpoint after {report['warmup']} warm-up; server time (ASGI) in ms; "
        f"target p95 < {TARGET_P95_MS:.0f} ms"
    )
    for b in report["backends"]:
        print()
        print(
            f"{b['backend']}: {b['ready_for_review']:,} ready_for_review, filter "
            f"'{FILTER_FLAG}' matches {b['filtered_matches']}, search '{SEARCH_TERM}' matches "
            f"{b['search_matches']}; load {b['load_seconds']} s"
        )
        print(
            "  text searches match: "
            + ", ".join(f"'{q}' {n}" for q, n in b["text_search_matches"].items())
        )
        head = (
            f"  {'endpoint':<24}{'median':>8}{'p95':>8}{'max':>8}{'rt p95':>8}"
            f"{'x base':>8}{'KB':>6}  target"
        )
        print(head)
        print("  " + "-" * (len(head) - 2))
        for label, r in b["endpoints"].items():
            print(
                f"  {label:<24}{r['server_median_ms']:>8.1f}{r['server_p95_ms']:>8.1f}"
                f"{r['server_max_ms']:>8.1f}{r['roundtrip_p95_ms']:>8.1f}"
                f"{r['ratio_median']:>8.1f}{r['mean_bytes'] / 1024:>6.0f}  "
                + ("ok" if r["meets_target"] else "MISSED")
            )
    print()
    print("x base: median / median of the baseline (GET /signin, same stack, no database).")
    print("rt p95: client round trip over keep-alive loopback (includes uvicorn and the client).")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--quick", action="store_true", help="1,000 applications, 50 requests")
    parser.add_argument("--json", action="store_true", help="JSON only on stdout")
    parser.add_argument("--applications", type=int, help="applications in the store")
    parser.add_argument("--requests", type=int, help="measured requests per endpoint")
    parser.add_argument(
        "--backend", choices=("sqlite", "postgresql", "both"), default="both", help="store"
    )
    args = parser.parse_args()
    n = args.applications or (1_000 if args.quick else 10_000)
    requests = args.requests or (50 if args.quick else 200)
    warmup = 10 if args.quick else 20

    backends = ["sqlite", "postgresql"] if args.backend == "both" else [args.backend]
    if "postgresql" in backends and not postgres_available():
        if args.backend == "postgresql":
            log("PostgreSQL is not reachable")
            return 2
        log("PostgreSQL is not reachable: SQLite only")
        backends = ["sqlite"]

    log(f"parsing {RESUME_PDF.relative_to(ROOT)} for the profile …")
    data = RESUME_PDF.read_bytes()
    base = profile_file(data)["profile"]
    text_ = read_resume(data).text

    tmp = Path(tempfile.mkdtemp(prefix=f"grantbox-bench-review-{uuid.uuid4().hex[:6]}-"))
    try:
        results = [run_backend(b, tmp, n, requests, warmup, base, text_) for b in backends]
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    report = {
        "applications": n,
        "requests": requests,
        "warmup": warmup,
        "target_p95_ms": TARGET_P95_MS,
        "backends": results,
    }
    if args.json:
        print(json.dumps(report, indent=2, default=str))
    else:
        print_table(report)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
