"""Hostile mail: what each of the worst inputs found by an attack costs one intake pass, and
how the review app answers meanwhile.

For every case one email is put in a fresh program mailbox on a real Dovecot, and a driver
process does what `grantbox serve` does in one process: the review app (uvicorn in a thread)
beside an intake pass (the IDLE watcher's pass). This process measures, per case:

* seconds: the intake pass that takes the email in (to a recorded message, whatever it is);
* peak RSS: the largest sum of resident memory over the driver and its children (the
  extraction workers), sampled every 20 ms from /proc;
* `GET /signin` latency (median, p95, max) from requests sent every 25 ms during the pass;
* what the email became (kind, flags, error), read back from the database.

A case that runs past --timeout is killed and reported as "> timeout". The baseline, measured
in the same run, is an ordinary application with a 2-page PDF resume: each case's time is
also given as a ratio to it. Targets (issue 16): every input < 2 s and < 300 MB, `/signin` p95
< 100 ms throughout.

    .venv/bin/python benchmarks/hostile.py                   # this checkout's code
    .venv/bin/python benchmarks/hostile.py --code /tmp/old   # another checkout (e.g. before)
    .venv/bin/python benchmarks/hostile.py --only answers,pdf  # cases naming one of these
    .venv/bin/python benchmarks/hostile.py --json

The inputs are made by code (tests/hostile/*.py, the same the tests use); nothing large is
checked in. Progress goes to stderr.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
import uuid
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from email.message import EmailMessage
from email.utils import format_datetime, make_msgid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TARGET_SECONDS = 2.0
TARGET_RSS_MB = 300.0
TARGET_SIGNIN_P95_MS = 100.0
ATTACKER = "attacker"
PAGE_BYTES = os.sysconf("SC_PAGE_SIZE")


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


# -- the cases -----------------------------------------------------------------------------


@dataclass
class Case:
    name: str
    # The email that is measured, given the attacker's address and the program's.
    email: Callable[[str, str], bytes]
    # An application from the attacker that must exist first (a reply needs one to answer).
    needs_application: bool = False


def _email(
    sender: str,
    program: str,
    *,
    subject: str = "Application",
    body: str = "Hello,\n\nmy application.\n",
    attachments: tuple[tuple[str, bytes, str], ...] = (),
) -> bytes:
    msg = EmailMessage()
    msg["From"] = f"Attacker <{sender}>"
    msg["To"] = program
    msg["Subject"] = subject
    msg["Date"] = format_datetime(time_now())
    msg["Message-ID"] = make_msgid(idstring=uuid.uuid4().hex[:12], domain="attacker.test")
    msg.set_content(body)
    for filename, data, ctype in attachments:
        maintype, _, subtype = ctype.partition("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)
    return msg.as_bytes()


def time_now() -> Any:
    from datetime import UTC, datetime

    return datetime.now(UTC)


def _resume_pdf() -> bytes:
    return (ROOT / "tests/data/resumes-demo/resume-2p.pdf").read_bytes()


def _content_type(filename: str) -> str:
    suffix = filename.rpartition(".")[2].lower()
    return {
        "pdf": "application/pdf",
        "docx": "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "odt": "application/vnd.oasis.opendocument.text",
        "rtf": "application/rtf",
        "txt": "text/plain",
    }.get(suffix, "application/octet-stream")


def _fake_bounce(sender: str, program: str) -> bytes:
    """A plain-text "bounce" of dashes (issue 16: 27.6 s in parse_bounce at 14 KB)."""
    body = "Delivery has failed to these recipients:\n" + ("-" * 70 + "\n") * 200
    msg = EmailMessage()
    msg["From"] = f"Mail Delivery System <mailer-daemon@{sender.partition('@')[2]}>"
    msg["To"] = program
    msg["Subject"] = "Undeliverable: Application"
    msg["Date"] = format_datetime(time_now())
    msg["Message-ID"] = make_msgid(domain="attacker.test")
    msg.set_content(body)
    return msg.as_bytes()


def _photo(megabytes: int) -> bytes:
    """A JPEG-looking file of random bytes: carried and stored, never read."""
    return b"\xff\xd8\xff\xe0" + os.urandom(megabytes * 2**20)


def cases() -> list[Case]:
    """The baselines first, then every hostile input the tests know, as one email each."""
    found = [
        Case(
            "baseline: application with a 2-page PDF",
            lambda s, p: _email(s, p, attachments=(("cv.pdf", _resume_pdf(), "application/pdf"),)),
        ),
        Case(
            "baseline: the PDF and a 20 MB photo",
            lambda s, p: _email(
                s,
                p,
                attachments=(
                    ("cv.pdf", _resume_pdf(), "application/pdf"),
                    ("me.jpg", _photo(20), "image/jpeg"),
                ),
            ),
        ),
        Case("mail: fake bounce of dashes, 14 KB", _fake_bounce),
    ]
    with contextlib.suppress(ImportError):
        from tests.hostile import text

        for name, make_text in text.CASES.items():
            target = getattr(text, "TARGET", {}).get(name, "answers")
            found.append(_text_case(name, target, make_text))
    with contextlib.suppress(ImportError):
        from tests.hostile import mail

        for name, make_raw in mail.CASES.items():
            if name.startswith("quoted_victim"):
                continue  # about whom mail goes to (tests/integration/test_send_caps.py)
            found.append(Case(f"mail: {name}", lambda s, p, make=make_raw: make()))
    with contextlib.suppress(ImportError):
        from tests.hostile import files

        for name, make_file in files.CASES.items():
            found.append(_file_case(name, make_file))
    return found


def _text_case(name: str, target: str, make_text: Callable[[], str]) -> Case:
    if target in ("answers", "intent"):
        # A reply to our questions: answer extraction and withdrawal detection read it.
        return Case(
            f"text ({target}): {name}",
            lambda s, p: _email(s, p, subject="Re: Application", body=make_text()),
            needs_application=True,
        )
    if target == "profile":
        # A resume sent as a text file: the profile is built from it.
        return Case(
            f"text ({target}): {name}",
            lambda s, p: _email(
                s, p, attachments=(("resume.txt", make_text().encode(), "text/plain"),)
            ),
        )
    # looks_like_resume and anything else: the body of a first email.
    return Case(f"text ({target}): {name}", lambda s, p: _email(s, p, body=make_text()))


def _file_case(name: str, make_file: Callable[[], tuple[str, bytes]]) -> Case:
    def email(sender: str, program: str) -> bytes:
        filename, data = make_file()
        return _email(sender, program, attachments=((filename, data, _content_type(filename)),))

    return Case(f"file: {name}", email)


# -- the driver: review app + one intake pass, in one process -------------------------------

DRIVER = r"""
import json, os, resource, sys, time
sys.path.insert(0, os.environ["HOSTILE_CODE"])
from sqlalchemy import select
from grantbox.config import Settings
from grantbox.intake import open_mailbox, run_intake
from grantbox.review.web import BackgroundServer, create_app
from grantbox.store import open_store
from grantbox.store.tables import Message

settings = Settings()
store = open_store(settings)

def one_pass():
    mailbox = open_mailbox(settings)
    try:
        return run_intake(settings, store, mailbox)
    finally:
        mailbox.close()

one_pass()  # the first connection: what comes next is new mail, not backlog
print("SETUP", flush=True)
sys.stdin.readline()  # the application a reply needs, if any, is in the inbox now
one_pass()
port = int(os.environ["HOSTILE_PORT"])
with BackgroundServer(create_app(settings, store), "127.0.0.1", port):
    print("READY", flush=True)
    sys.stdin.readline()  # the hostile email is in the inbox; the clock runs
    started = time.perf_counter()
    report = run_intake(settings, store, open_mailbox(settings))
    seconds = time.perf_counter() - started
    with store.transaction() as session:
        row = session.scalars(select(Message).order_by(Message.id.desc())).first()
        outcome = {
            "kind": row.kind, "flags": list(row.flags or []), "error": (row.error or "")[:300]
        } if row is not None else {}
    peak_kb = max(
        resource.getrusage(resource.RUSAGE_SELF).ru_maxrss,
        resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss,
    )
    print("DONE " + json.dumps({
        "seconds": seconds, "recorded": report.recorded, "outcome": outcome,
        "ru_maxrss_mb": peak_kb / 1024,
    }), flush=True)
"""


def _tree_rss_bytes(root_pid: int) -> tuple[int, int]:
    """Resident memory of `root_pid` and every descendant, from /proc: (their sum, the
    largest one's)."""
    children: dict[int, list[int]] = {}
    rss: dict[int, int] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as f:
                stat = f.read()
        except OSError:
            continue
        fields = stat.rpartition(")")[2].split()
        pid, ppid = int(entry), int(fields[1])
        children.setdefault(ppid, []).append(pid)
        rss[pid] = int(fields[21]) * PAGE_BYTES
    total, largest, todo = 0, 0, [root_pid]
    while todo:
        pid = todo.pop()
        total += rss.get(pid, 0)
        largest = max(largest, rss.get(pid, 0))
        todo.extend(children.get(pid, []))
    return total, largest


class Sampler(threading.Thread):
    """Peak tree RSS and `/signin` latencies while a pass runs."""

    def __init__(self, pid: int, url: str) -> None:
        super().__init__(daemon=True)
        self.pid, self.url = pid, url
        self.stop = threading.Event()
        self.peak_rss = 0
        self.peak_process_rss = 0
        self.latencies_ms: list[float] = []
        self.failures = 0
        self.poller = threading.Thread(target=self._poll_signin, daemon=True)

    def run(self) -> None:
        self.poller.start()
        while not self.stop.is_set():
            total, largest = _tree_rss_bytes(self.pid)
            self.peak_rss = max(self.peak_rss, total)
            self.peak_process_rss = max(self.peak_process_rss, largest)
            self.stop.wait(0.02)
        self.poller.join()

    def _poll_signin(self) -> None:
        while not self.stop.is_set():
            started = time.perf_counter()
            try:
                with urllib.request.urlopen(self.url + "/signin", timeout=60) as response:
                    response.read()
                self.latencies_ms.append((time.perf_counter() - started) * 1000)
            except Exception:
                self.failures += 1
            self.stop.wait(0.025)


@dataclass
class Result:
    case: str
    seconds: float | None  # None: killed at the timeout
    peak_rss_mb: float  # all processes together
    peak_process_mb: float  # the largest one
    signin_median_ms: float | None
    signin_p95_ms: float | None
    signin_max_ms: float | None
    signin_requests: int
    signin_failures: int
    outcome: dict[str, Any] = field(default_factory=dict)
    ratio_to_baseline: float | None = None


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    pos = (len(ordered) - 1) * q / 100
    low = int(pos)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)


def _free_port() -> int:
    import socket

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _expect(process: subprocess.Popen[str], word: str, timeout: float) -> str:
    """The driver's next line, which must start with `word`."""
    assert process.stdout is not None
    box: list[str] = []
    reader = threading.Thread(target=lambda: box.append(process.stdout.readline()), daemon=True)
    reader.start()
    reader.join(timeout)
    if not box or not box[0].startswith(word):
        raise TimeoutError(f"driver: expected {word}, got {box[0] if box else 'nothing'!r}")
    return box[0]


def run_case(case: Case, dovecot: Any, code: Path, work: Path, timeout: float) -> Result:
    program, password = dovecot.add_user(f"grants{uuid.uuid4().hex[:8]}")
    attacker, _ = dovecot.add_user(f"{ATTACKER}{uuid.uuid4().hex[:6]}")
    data_dir = work / uuid.uuid4().hex[:8]
    port = _free_port()
    env = dict(os.environ)
    env.update(
        HOSTILE_CODE=str(code),
        HOSTILE_PORT=str(port),
        PYTHONPATH=str(code),
        GRANTBOX_DATA_DIR=str(data_dir),
        GRANTBOX_IMAP_HOST=dovecot.host,
        GRANTBOX_IMAP_PORT=str(dovecot.imap_port),
        GRANTBOX_IMAP_SSL="plain",
        GRANTBOX_IMAP_USER=program,
        GRANTBOX_IMAP_PASSWORD=password,
        GRANTBOX_FROM_ADDRESS=program,
        GRANTBOX_EXTRACT_WORKERS="2",
    )
    died: int | None = None
    process = subprocess.Popen(
        [sys.executable, "-c", DRIVER],
        cwd=code,
        env=env,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        start_new_session=True,
    )
    assert process.stdin is not None
    sampler = Sampler(process.pid, f"http://127.0.0.1:{port}")
    try:
        _expect(process, "SETUP", 120)
        if case.needs_application:
            resume = (("cv.pdf", _resume_pdf(), "application/pdf"),)
            dovecot.append(program, _email(attacker, program, attachments=resume))
        process.stdin.write("\n")
        process.stdin.flush()
        _expect(process, "READY", 120)
        dovecot.append(program, case.email(attacker, program))
        sampler.start()
        process.stdin.write("\n")
        process.stdin.flush()
        try:
            done = json.loads(_expect(process, "DONE", timeout).removeprefix("DONE "))
        except TimeoutError:
            done = None
            died = process.poll()  # the pass raised (the driver exited) rather than ran on
    finally:
        sampler.stop.set()
        with contextlib.suppress(ProcessLookupError):
            os.killpg(process.pid, signal.SIGKILL)
        process.wait()
        if sampler.is_alive():
            sampler.join()
    lat = sampler.latencies_ms
    peak = max(sampler.peak_rss / 2**20, (done or {}).get("ru_maxrss_mb", 0.0))
    return Result(
        case=case.name,
        seconds=round(done["seconds"], 3) if done else None,
        peak_rss_mb=round(peak, 1),
        peak_process_mb=round(sampler.peak_process_rss / 2**20, 1),
        signin_median_ms=round(statistics.median(lat), 1) if lat else None,
        signin_p95_ms=round(percentile(lat, 95), 1) if lat else None,
        signin_max_ms=round(max(lat), 1) if lat else None,
        signin_requests=len(lat),
        signin_failures=sampler.failures,
        outcome=(done or {}).get("outcome", {})
        if done or died is None
        else {"kind": f"THE PASS DIED (exit {died})"},
    )


@contextlib.contextmanager
def servers(work: Path) -> Iterator[Any]:
    from tests.mailservers import Dovecot

    with Dovecot(base_dir=work) as dovecot:
        yield dovecot


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--code", type=Path, default=ROOT, help="checkout whose code to measure")
    parser.add_argument(
        "--only", default="", help="comma-separated: run the cases whose name contains one"
    )
    parser.add_argument("--timeout", type=float, default=90.0, help="seconds before a kill")
    parser.add_argument("--json", action="store_true", help="JSON only on stdout")
    args = parser.parse_args()

    wanted = [w.strip() for w in args.only.split(",")]
    chosen = [
        c for c in cases() if c.name.startswith("baseline") or any(w in c.name for w in wanted)
    ]
    results: list[Result] = []
    work = Path(tempfile.mkdtemp(prefix="grantbox-hostile-"))
    os.chmod(work, 0o755)  # Dovecot's unprivileged processes must reach their files
    with servers(work) as dovecot:
        for case in chosen:
            log(f"{case.name} ...")
            result = run_case(case, dovecot, args.code.resolve(), work, args.timeout)
            results.append(result)
            took = result.seconds if result.seconds is not None else f"> {args.timeout:g}"
            log(
                f"  {took} s, "
                f"{result.peak_rss_mb} MB, /signin p95 {result.signin_p95_ms} ms; "
                f"{result.outcome}"
            )
    baseline = results[0].seconds
    idle_mb = results[0].peak_rss_mb  # the app, the driver and the pool, on an ordinary email
    for result in results:
        if baseline and result.seconds is not None:
            result.ratio_to_baseline = round(result.seconds / baseline, 2)
    if args.json:
        print(json.dumps([asdict(r) for r in results], indent=2))
        return
    print(f"code: {args.code.resolve()}  (timeout {args.timeout:g} s)")
    print(
        f"{'case':52} {'seconds':>8} {'×base':>6} {'all MB':>7} {'+base':>6} {'1 proc':>7} "
        f"{'/signin p50':>11} {'p95':>6} {'max':>7}  outcome"
    )
    for r in results:
        secs = f"{r.seconds:.3f}" if r.seconds is not None else f">{args.timeout:g}"
        if str(r.outcome.get("kind", "")).startswith("THE PASS DIED"):
            secs = "died"
        ratio = f"{r.ratio_to_baseline:.1f}" if r.ratio_to_baseline is not None else "-"
        kind = r.outcome.get("kind", "?")
        flags = ",".join(r.outcome.get("flags", []))
        print(
            f"{r.case[:52]:52} {secs:>8} {ratio:>6} {r.peak_rss_mb:>7.0f} "
            f"{r.peak_rss_mb - idle_mb:>+6.0f} {r.peak_process_mb:>7.0f} "
            f"{r.signin_median_ms or 0:>11.1f} {r.signin_p95_ms or 0:>6.1f} "
            f"{r.signin_max_ms or 0:>7.1f}  {kind} {flags}"
        )
    over = [
        r.case
        for r in results
        if r.seconds is None
        or r.seconds > TARGET_SECONDS
        or r.peak_process_mb > TARGET_RSS_MB
        or (r.signin_p95_ms or 0) > TARGET_SIGNIN_P95_MS
    ]
    print(
        f"all MB: every process together (the app, the intake driver, the pool); +base: over "
        f"the first baseline; 1 proc: the largest process.\ntargets: < {TARGET_SECONDS:g} s, "
        f"< {TARGET_RSS_MB:g} MB in any process, /signin p95 < {TARGET_SIGNIN_P95_MS:g} ms; "
        f"missed by {len(over)} of {len(results)}" + "".join(f"\n  - {name}" for name in over)
    )


if __name__ == "__main__":
    main()
