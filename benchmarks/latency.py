"""Arrival -> automatic reply: how long an applicant waits for our questions, IDLE vs polling.

One run starts its own Dovecot and an SMTP relay that delivers into it (tests/mailservers.py),
under a 0755 directory in /tmp, and measures for each application the time from the moment
the applicant's SMTP submission starts (smtplib to the relay, which hands it to Dovecot over
LMTP) to the moment our questions email is in that applicant's own Dovecot INBOX. The
applicant mailboxes are watched every 50 ms through their Maildir (the file appears in new/
when Dovecot has delivered it: from then on IMAP shows it); after the run every reply is
read back over IMAP and checked to be our `questions` email answering that application.

Each application is a distinct email from a distinct applicant mailbox carrying a distinct
2-page PDF resume (tests/data/resumes-demo/resume-2p.pdf plus a reference line on page 2, as
benchmarks/intake.py makes them, so no two are flagged as duplicates).

(a) IDLE, what `grantbox watch` runs: a `grantbox.watch.Watcher` thread (reconciliation every
    hour, so only IDLE can explain a fast answer) on the program mailbox; N applications
    (default 20) are submitted one every 1-2 s (uniformly random gaps).
(b) Polling, what the `intake` deployment runs (prefect.yaml: every 60 s, one at a time,
    CANCEL_NEW): an intake pass (open_store + open_mailbox + run_intake) followed by the send
    task (open_store + open_mailbox + send_pending) every P seconds (default 60); a tick
    falling while a pass still runs is skipped. M applications (default 6), one per cycle,
    each at a random moment within its cycle: the cycle is cut into M equal slices and each
    application gets a random moment in its own slice (slices shuffled), so the phases cover
    the cycle evenly. Prefect's own overhead (the worker's polling for scheduled runs, flow
    run start-up) is not included: the figures are the floor of the deployment.

Both modes start on an empty program mailbox and run one pass on it first, so what follows is
not first-connection backlog (backlog is recorded but never answered). Reported per mode:
median, p95 (linear interpolation; with M=6 it lies between the two largest) and max, and
the ratio polling / IDLE, the baseline measured in the same run. Target (the issue): IDLE
p95 < 10 s.

    .venv/bin/python benchmarks/latency.py                    # N=20, M=6, P=60 (~8 minutes)
    .venv/bin/python benchmarks/latency.py --quick            # N=5, M=3, P=10 (~1 minute)
    .venv/bin/python benchmarks/latency.py --json             # JSON only on stdout
    .venv/bin/python benchmarks/latency.py --poll-interval 30 --seed 7

Progress goes to stderr. CPU used by everything else on the machine during each mode is
reported ("others"): above a few percent the figures are not comparable between runs.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import logging
import os
import random
import shutil
import smtplib
import statistics
import sys
import tempfile
import threading
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from email import message_from_bytes, policy
from email.utils import make_msgid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

TARGET_IDLE_P95_S = 10.0
PROBE_SECONDS = 0.05  # how often the applicant mailboxes are looked at
IDLE_GRACE_S = 180.0  # after the last submission, how long to wait for the last IDLE reply
RECONCILE_S = 3600.0  # the watcher's reconciliation: far away, only IDLE answers
FIRST_NAMES = ["Ada", "Ben", "Chloé", "Dmitri", "Efua", "Farid", "Grace", "Hiro", "Ines", "José"]
LAST_NAMES = ["Okafor", "Lindqvist", "Nakamura", "Moreau", "Haddad", "Kowalski", "Silva", "Ng"]


def log(msg: str) -> None:
    print(f"[{time.strftime('%H:%M:%S')}] {msg}", file=sys.stderr, flush=True)


# -- figures -----------------------------------------------------------------------------


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0..100) by linear interpolation between closest ranks (numpy's
    default)."""
    ordered = sorted(values)
    if len(ordered) == 1:
        return ordered[0]
    pos = (len(ordered) - 1) * q / 100
    low = int(pos)
    high = min(low + 1, len(ordered) - 1)
    return ordered[low] + (ordered[high] - ordered[low]) * (pos - low)


def stats(values: list[float]) -> dict[str, float | None]:
    if not values:
        return {"median_s": None, "p95_s": None, "max_s": None, "min_s": None, "mean_s": None}
    return {
        "median_s": round(statistics.median(values), 3),
        "p95_s": round(percentile(values, 95), 3),
        "max_s": round(max(values), 3),
        "min_s": round(min(values), 3),
        "mean_s": round(statistics.fmean(values), 3),
    }


# -- the applicants ----------------------------------------------------------------------


@dataclass
class Sample:
    """One application: when it was submitted, when our answer landed."""

    index: int
    applicant: str
    message_id: str
    planned_at_s: float  # offset from the mode's start
    submitted_at_s: float = 0.0  # when the submission actually started, from the same start
    submit_started: float = 0.0  # time.monotonic()
    submit_ms: float = 0.0  # SMTP transaction incl. the relay's LMTP delivery
    replied: float | None = None  # time.monotonic() when the reply was first seen
    reply_kind: str | None = None  # X-Grantbox of the first message in the applicant's INBOX
    reply_in_reply_to_ok: bool = False
    reply_in_reply_to: str = ""
    replies: int = 0

    @property
    def latency_s(self) -> float | None:
        return None if self.replied is None else self.replied - self.submit_started

    def as_dict(self) -> dict[str, Any]:
        out = asdict(self)
        for key in ("submit_started", "replied"):
            out.pop(key)
        out["latency_s"] = None if self.latency_s is None else round(self.latency_s, 3)
        out["submit_ms"] = round(self.submit_ms, 1)
        out["planned_at_s"] = round(self.planned_at_s, 3)
        out["submitted_at_s"] = round(self.submitted_at_s, 3)
        return out


class Applicant:
    def __init__(self, dovecot: Any, relay: Any, program: str, name: str, index: int) -> None:
        self.dovecot = dovecot
        self.relay = relay
        self.program = program
        self.address, _ = dovecot.add_user(name)
        self.index = index
        self.new_dir = dovecot.maildir(self.address) / "new"
        self.cur_dir = dovecot.maildir(self.address) / "cur"

    def email(self, pdf: bytes, message_id: str) -> bytes:
        from benchmarks.intake import resume_variant
        from tests.factories import application_email

        i = self.index
        first = FIRST_NAMES[i % len(FIRST_NAMES)]
        last = LAST_NAMES[(i // len(FIRST_NAMES)) % len(LAST_NAMES)]
        return application_email(
            self.address,
            name=f"{first} {last}",
            to=self.program,
            subject="Application for the retraining grant",
            body="Hello,\n\nPlease find my resume attached. I would love to join the program."
            "\n\nBest,\n",
            attachments=[(f"{last}_CV_{i}.pdf", resume_variant(pdf, i), "application/pdf")],
            message_id=message_id,
        )

    def submit(self, raw: bytes) -> None:
        """As a mail client does: SMTP to the relay, which delivers into Dovecot (LMTP)
        before it answers 250."""
        data = raw.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
        with smtplib.SMTP(self.relay.host, self.relay.port, timeout=60) as client:
            client.sendmail(self.address, [self.program], data)

    def inbox_count(self) -> int:
        count = 0
        for folder in (self.new_dir, self.cur_dir):
            with contextlib.suppress(FileNotFoundError):  # no Maildir before the first mail
                count += sum(1 for name in os.listdir(folder) if not name.startswith("."))
        return count

    def verify(self, sample: Sample) -> None:
        """Read the applicant's INBOX over IMAP: is the first message our questions, in reply
        to this application?"""
        raws = self.dovecot.messages(self.address)
        sample.replies = len(raws)
        if not raws:
            return
        first = message_from_bytes(raws[0], policy=policy.default)
        sample.reply_kind = str(first.get("X-Grantbox") or "")
        sample.reply_in_reply_to = str(first.get("In-Reply-To") or "").strip()
        sample.reply_in_reply_to_ok = sample.reply_in_reply_to == sample.message_id


class Probe:
    """A thread that looks at every waiting applicant's Maildir every PROBE_SECONDS and
    timestamps the first reply it sees."""

    def __init__(self) -> None:
        self._waiting: list[tuple[Applicant, Sample]] = []
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="probe", daemon=True)

    def __enter__(self) -> Probe:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(timeout=5)

    def watch(self, applicant: Applicant, sample: Sample) -> None:
        with self._lock:
            self._waiting.append((applicant, sample))

    def waiting(self) -> int:
        with self._lock:
            return len(self._waiting)

    def _run(self) -> None:
        while not self._stop.is_set():
            with self._lock:
                waiting = list(self._waiting)
            for applicant, sample in waiting:
                if applicant.inbox_count() > 0:
                    sample.replied = time.monotonic()
                    with self._lock:
                        self._waiting.remove((applicant, sample))
            self._stop.wait(PROBE_SECONDS)


# -- grantbox plumbing -------------------------------------------------------------------


def settings_for(dovecot: Any, relay: Any, program: str, data_dir: Path) -> Any:
    from grantbox.config import Settings

    return Settings(
        data_dir=data_dir,
        imap_host=dovecot.host,
        imap_port=dovecot.imap_port,
        imap_ssl="plain",
        imap_user=program,
        imap_password=dovecot.password(program),
        from_address=program,
        smtp_host=relay.host,
        smtp_port=relay.port,
        smtp_security="plain",
        send_recovery_seconds=0,
        extract_workers=2,
    )


def deployment_pass(settings: Any) -> dict[str, Any]:
    """One run of the `intake` flow without Prefect: take_in_new_mail, then send_queued_mail,
    each with its own store and IMAP connection as the tasks open them."""
    from grantbox.intake import open_mailbox, run_intake
    from grantbox.sender import send_pending
    from grantbox.store import open_store

    started = time.monotonic()
    store = open_store(settings)
    mailbox = open_mailbox(settings)
    try:
        intake = run_intake(settings, store, mailbox)
    finally:
        mailbox.close()
        store.dispose()
    store = open_store(settings)
    mailbox = open_mailbox(settings)
    try:
        sent = send_pending(settings, store, mailbox)
    finally:
        mailbox.close()
        store.dispose()
    return {
        "started": started,
        "seconds": round(time.monotonic() - started, 3),
        "recorded": intake.recorded,
        "applications_created": intake.applications_created,
        "sent": sent.sent,
        "send_errors": sent.errors,
    }


def sleep_until(deadline: float, stop: threading.Event | None = None) -> None:
    delay = deadline - time.monotonic()
    if delay > 0:
        if stop is not None:
            stop.wait(delay)
        else:
            time.sleep(delay)


def build_all(applicants: list[Applicant], samples: list[Sample]) -> list[bytes]:
    """Every application email, built before the clock starts."""
    pdf = (ROOT / "tests/data/resumes-demo/resume-2p.pdf").read_bytes()
    return [a.email(pdf, s.message_id) for a, s in zip(applicants, samples, strict=True)]


def submit_all(
    applicants: list[Applicant],
    samples: list[Sample],
    raws: list[bytes],
    start: float,
    probe: Probe,
) -> None:
    """Submit each sample's application at its planned moment from `start`; from then on
    the probe watches the applicant's mailbox."""
    for applicant, sample, raw in zip(applicants, samples, raws, strict=True):
        sleep_until(start + sample.planned_at_s)
        sample.submit_started = time.monotonic()
        sample.submitted_at_s = sample.submit_started - start
        applicant.submit(raw)
        sample.submit_ms = (time.monotonic() - sample.submit_started) * 1000
        probe.watch(applicant, sample)


def wait_for_replies(probe: Probe, deadline: float, what: str) -> None:
    last_report = time.monotonic()
    while probe.waiting() and time.monotonic() < deadline:
        time.sleep(0.2)
        if time.monotonic() - last_report > 15:
            log(f"  {what}: {probe.waiting()} replies outstanding")
            last_report = time.monotonic()
    if probe.waiting():
        log(f"  {what}: gave up on {probe.waiting()} replies")


def make_samples(
    dovecot: Any, relay: Any, program: str, prefix: str, count: int, first_index: int
) -> tuple[list[Applicant], list[Sample]]:
    applicants = [
        Applicant(dovecot, relay, program, f"{prefix}-{k:02d}", first_index + k)
        for k in range(count)
    ]
    samples = [
        Sample(
            index=k,
            applicant=a.address,
            message_id=make_msgid(idstring=f"{prefix}{k}", domain="mail.test"),
            planned_at_s=0.0,
        )
        for k, a in enumerate(applicants)
    ]
    return applicants, samples


def median_latency(samples: list[Sample]) -> float | None:
    values = [s.latency_s for s in samples if s.latency_s is not None]
    return round(statistics.median(values), 3) if values else None


def mode_result(
    samples: list[Sample], applicants: list[Applicant], passes: list[dict[str, Any]]
) -> dict[str, Any]:
    for applicant, sample in zip(applicants, samples, strict=True):
        applicant.verify(sample)
    latencies = [s.latency_s for s in samples if s.latency_s is not None]
    wrong = [
        s.applicant
        for s in samples
        if s.replied is not None and (s.reply_kind != "questions" or not s.reply_in_reply_to_ok)
    ]
    busy = [p for p in passes if p["recorded"] or p["sent"]]
    during = [
        s
        for s in samples
        if any(p["started_at_s"] <= s.submitted_at_s <= p["ended_at_s"] for p in passes)
    ]
    others = [s for s in samples if s not in during]
    return {
        "n": len(samples),
        "answered": len(latencies),
        "missing": [s.applicant for s in samples if s.replied is None],
        "not_our_questions": wrong,
        **stats(latencies),
        # Mail that arrives while a pass runs is not announced when IDLE starts again:
        # these two medians show what that costs.
        "arrived_during_a_pass": [s.applicant for s in during],
        "median_s_arrived_during_a_pass": median_latency(during),
        "median_s_arrived_otherwise": median_latency(others),
        "submit_ms_median": round(statistics.median(s.submit_ms for s in samples), 1),
        "passes": len(passes),
        "passes_by_reason": dict(Counter(p.get("reason", "tick") for p in passes)),
        "busy_pass_median_s": (
            round(statistics.median(p["seconds"] for p in busy), 3) if busy else None
        ),
        "send_errors": [e for p in passes for e in p.get("send_errors", [])],
        "samples": [s.as_dict() for s in samples],
        "pass_log": passes,
    }


# -- (a) IDLE ----------------------------------------------------------------------------


def mode_idle(dovecot: Any, relay: Any, work: Path, n: int, rng: random.Random) -> dict[str, Any]:
    from benchmarks.intake import cpu_meter
    from grantbox.store import open_store
    from grantbox.watch import PassResult, Watcher, take_in_and_answer

    program, _ = dovecot.add_user("grants-idle")
    settings = settings_for(dovecot, relay, program, work / "data-idle")
    store = open_store(settings)
    take_in_and_answer(settings, store)  # first connection on the empty inbox: not backlog
    applicants, samples = make_samples(dovecot, relay, program, "applicant-idle", n, 0)
    offset = 0.0
    for sample in samples:
        offset += rng.uniform(1.0, 2.0)
        sample.planned_at_s = offset
    raws = build_all(applicants, samples)

    passes: list[dict[str, Any]] = []

    def on_pass(done: PassResult) -> None:
        seconds = done.intake.seconds + done.send.seconds  # without the IMAP login
        passes.append(
            {
                "ended": time.monotonic(),
                "reason": done.reason,
                "seconds": round(seconds, 3),
                "recorded": done.intake.recorded,
                "applications_created": done.intake.applications_created,
                "sent": done.send.sent,
                "send_errors": done.send.errors,
            }
        )

    watcher = Watcher(settings, store, reconcile_seconds=RECONCILE_S, on_pass=on_pass)
    thread = threading.Thread(target=watcher.run, name="watcher", daemon=True)
    log(f"(a) IDLE: {n} applications, one every 1-2 s, Watcher(reconcile={RECONCILE_S:g}s)")
    try:
        with cpu_meter() as cpu:
            thread.start()
            deadline = time.monotonic() + 60
            while watcher.passes < 1 and time.monotonic() < deadline:
                time.sleep(0.05)
            if watcher.passes < 1:
                raise RuntimeError(f"the watcher made no first pass: {watcher.last_error}")
            time.sleep(0.5)  # let it settle into IDLE
            with Probe() as probe:
                start = time.monotonic()
                submit_all(applicants, samples, raws, start, probe)
                wait_for_replies(probe, time.monotonic() + IDLE_GRACE_S, "IDLE")
    finally:
        watcher.stop()
        thread.join(timeout=30)
        store.dispose()
    for done in passes:  # times from the same origin as the submissions'
        done["ended_at_s"] = round(done.pop("ended") - start, 3)
        done["started_at_s"] = round(done["ended_at_s"] - done["seconds"], 3)
    result = mode_result(samples, applicants, passes)
    result["watcher_last_error"] = watcher.last_error
    result["cpu"] = cpu_figures(cpu)
    log(
        f"  IDLE: median {result['median_s']}s, p95 {result['p95_s']}s, max {result['max_s']}s"
        f" ({result['answered']}/{n} answered, {result['passes']} passes)"
    )
    return result


# -- (b) polling -------------------------------------------------------------------------


class Poller:
    """The deployment's schedule: a pass at start + k*P; a tick that falls while a pass still
    runs is dropped (concurrency limit 1, CANCEL_NEW)."""

    def __init__(self, run_pass: Callable[[], dict[str, Any]], interval: float) -> None:
        self.run_pass = run_pass
        self.interval = interval
        self.passes: list[dict[str, Any]] = []
        self.skipped_ticks = 0
        self.error: str | None = None
        self.stop_event = threading.Event()
        self.start = 0.0
        self._thread = threading.Thread(target=self._run, name="poller", daemon=True)

    def begin(self, start: float) -> None:
        self.start = start
        self._thread.start()

    def stop(self) -> None:
        self.stop_event.set()
        self._thread.join(timeout=120)

    def _run(self) -> None:
        k = 0
        while not self.stop_event.is_set():
            sleep_until(self.start + k * self.interval, self.stop_event)
            if self.stop_event.is_set():
                break
            try:
                done = self.run_pass()
            except Exception as e:  # Prefect would retry; here it is a finding
                self.error = f"{type(e).__name__}: {e}"
                log(f"  polling pass failed: {self.error}")
                done = {"seconds": 0.0, "recorded": 0, "sent": 0, "send_errors": [self.error]}
            done["tick"] = k
            done["started_at_s"] = round(done.pop("started", self.start) - self.start, 3)
            done["ended_at_s"] = round(done["started_at_s"] + done["seconds"], 3)
            self.passes.append(done)
            following = int((time.monotonic() - self.start) // self.interval) + 1
            self.skipped_ticks += following - k - 1
            k = following


def mode_polling(
    dovecot: Any, relay: Any, work: Path, m: int, interval: float, rng: random.Random
) -> dict[str, Any]:
    from benchmarks.intake import cpu_meter

    program, _ = dovecot.add_user("grants-poll")
    settings = settings_for(dovecot, relay, program, work / "data-poll")
    deployment_pass(settings)  # first connection on the empty inbox: not backlog
    applicants, samples = make_samples(dovecot, relay, program, "applicant-poll", m, 1000)
    slices = list(range(m))
    rng.shuffle(slices)
    for cycle, (sample, part) in enumerate(zip(samples, slices, strict=True)):
        sample.planned_at_s = cycle * interval + (part + rng.random()) * interval / m
    raws = build_all(applicants, samples)

    poller = Poller(lambda: deployment_pass(settings), interval)
    log(
        f"(b) polling: {m} applications, one per {interval:g}s cycle at a random moment; "
        f"~{(m + 1) * interval / 60:.1f} min"
    )
    try:
        with cpu_meter() as cpu, Probe() as probe:
            start = time.monotonic()
            poller.begin(start)
            submit_all(applicants, samples, raws, start, probe)
            wait_for_replies(probe, time.monotonic() + 2 * interval + 60, "polling")
    finally:
        poller.stop()
    result = mode_result(samples, applicants, poller.passes)
    result["poll_interval_s"] = interval
    result["skipped_ticks"] = poller.skipped_ticks
    result["pass_error"] = poller.error
    result["cpu"] = cpu_figures(cpu)
    log(
        f"  polling: median {result['median_s']}s, p95 {result['p95_s']}s, "
        f"max {result['max_s']}s ({result['answered']}/{m} answered)"
    )
    return result


def cpu_figures(cpu: dict[str, float]) -> dict[str, float]:
    cpus = os.cpu_count() or 1
    wall = cpu["wall"] or 1.0
    return {
        "wall_s": round(cpu["wall"], 1),
        "grantbox_cpu_s": round(cpu["own"] + cpu["pool"], 2),
        "dovecot_cpu_s": round(cpu["dovecot"], 2),
        "others_share": round(cpu["others"] / (wall * cpus), 3),
    }


# -- report ------------------------------------------------------------------------------


def _fmt(value: float | None, unit: str = "") -> str:
    return "—" if value is None else f"{value:.2f}{unit}"


def summary(results: dict[str, Any]) -> str:
    idle, poll, ratio = results["idle"], results["polling"], results["ratio_polling_to_idle"]
    head = f"{'arrival -> questions (s)':<34}{'n':>4}{'median':>9}{'p95':>9}{'max':>9}  target"
    lines = [
        f"grantbox latency, {results['started']} (seed {results['seed']}, "
        f"{results['cpus']} CPUs, machine {results['machine_busy_before_start']:.0%} busy "
        "before start)",
        "",
        head,
        "-" * len(head) + "------------",
    ]
    ok = results["targets"]["idle_p95_under_10s"]
    lines.append(
        f"{'(a) IDLE (grantbox watch)':<34}{idle['answered']:>4}{_fmt(idle['median_s']):>9}"
        f"{_fmt(idle['p95_s']):>9}{_fmt(idle['max_s']):>9}  p95 < {TARGET_IDLE_P95_S:g} s "
        f"{'PASS' if ok else 'FAIL'}"
    )
    label = f"(b) polling every {poll['poll_interval_s']:g} s (intake)"
    lines.append(
        f"{label:<34}{poll['answered']:>4}{_fmt(poll['median_s']):>9}"
        f"{_fmt(poll['p95_s']):>9}{_fmt(poll['max_s']):>9}"
    )
    lines.append(
        f"{'ratio polling / IDLE':<34}{'':>4}{_fmt(ratio['median'], 'x'):>9}"
        f"{_fmt(ratio['p95'], 'x'):>9}{_fmt(ratio['max'], 'x'):>9}"
    )
    lines.append("")
    for name, mode in (("IDLE", idle), ("polling", poll)):
        cpu = mode["cpu"]
        lines.append(
            f"{name}: {mode['passes']} passes {mode['passes_by_reason']}, passes with work "
            f"{_fmt(mode['busy_pass_median_s'], ' s')} median; SMTP submission "
            f"{mode['submit_ms_median']:.0f} ms median; CPU grantbox {cpu['grantbox_cpu_s']} s, "
            f"Dovecot {cpu['dovecot_cpu_s']} s, others {cpu['others_share']:.0%} of the machine "
            f"over {cpu['wall_s']} s"
        )
        lines.append(
            f"  {len(mode['arrived_during_a_pass'])} of {mode['n']} arrived while a pass ran: "
            f"median {_fmt(mode['median_s_arrived_during_a_pass'], ' s')}, the others "
            f"{_fmt(mode['median_s_arrived_otherwise'], ' s')}"
        )
        problems = []
        if mode["missing"]:
            problems.append(f"no reply for {len(mode['missing'])}: {mode['missing']}")
        if mode["not_our_questions"]:
            problems.append(f"first reply not our questions: {mode['not_our_questions']}")
        if mode["send_errors"]:
            problems.append(f"send errors: {mode['send_errors']}")
        if mode.get("watcher_last_error") or mode.get("pass_error"):
            problems.append(f"error: {mode.get('watcher_last_error') or mode.get('pass_error')}")
        lines.extend(f"  PROBLEM: {p}" for p in problems)
    return "\n".join(lines)


def ratio(a: float | None, b: float | None) -> float | None:
    return None if a is None or not b else round(a / b, 2)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=None, help="IDLE applications (20)")
    parser.add_argument("--m", type=int, default=None, help="polling applications (6)")
    parser.add_argument(
        "--poll-interval", type=float, default=None, help="seconds between polling passes (60)"
    )
    parser.add_argument("--quick", action="store_true", help="N=5, M=3, P=10: a smoke run")
    parser.add_argument("--json", action="store_true", help="print JSON only on stdout")
    parser.add_argument("--seed", type=int, default=None, help="for the random offsets")
    args = parser.parse_args()
    n = args.n or (5 if args.quick else 20)
    m = args.m or (3 if args.quick else 6)
    interval = args.poll_interval or (10.0 if args.quick else 60.0)
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(2**31)
    rng = random.Random(seed)
    logging.basicConfig(level=logging.WARNING, stream=sys.stderr)

    from benchmarks.intake import machine_busy_seconds
    from tests.mailservers import Dovecot, SmtpRelay

    # Dovecot's auth, login and mail processes (other users) must traverse every parent of
    # its base dir: a 0755 dir under /tmp, not a 0700 mkdtemp.
    work = Path(tempfile.mkdtemp(prefix="grantbox-latency-", dir="/tmp"))
    work.chmod(0o755)
    results: dict[str, Any] = {
        "started": datetime.now(UTC).isoformat(timespec="seconds"),
        "command": " ".join([Path(sys.executable).name, *sys.argv]),
        "seed": seed,
        "cpus": os.cpu_count(),
    }
    before = machine_busy_seconds()
    time.sleep(1.0)
    busy = (machine_busy_seconds() - before) / (os.cpu_count() or 1)
    results["machine_busy_before_start"] = round(busy, 3)
    if busy > 0.1:
        log(f"WARNING: the machine was {busy:.0%} busy before the run; figures will suffer")
    try:
        with Dovecot(base_dir=work) as dovecot, SmtpRelay(dovecot) as relay:
            log(f"Dovecot on port {dovecot.imap_port}, SMTP relay on port {relay.port}")
            results["idle"] = mode_idle(dovecot, relay, work, n, rng)
            results["polling"] = mode_polling(dovecot, relay, work, m, interval, rng)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    idle, poll = results["idle"], results["polling"]
    results["ratio_polling_to_idle"] = {
        key: ratio(poll[f"{key}_s"], idle[f"{key}_s"]) for key in ("median", "p95", "max")
    }
    results["targets"] = {
        "idle_p95_under_10s": idle["p95_s"] is not None
        and idle["p95_s"] < TARGET_IDLE_P95_S
        and not idle["missing"],
    }
    if args.json:
        print(json.dumps(results, indent=2, default=str))
    else:
        print(summary(results))
    return 0


if __name__ == "__main__":
    sys.exit(main())
