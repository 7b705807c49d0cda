"""First sync of a large mailbox with the progress display on vs off (issue 10).

    .venv/bin/python benchmarks/first_sync.py                 # 2,000 messages, 2 rounds
    .venv/bin/python benchmarks/first_sync.py --messages 10000 --rounds 1
    .venv/bin/python benchmarks/first_sync.py --plain         # the non-terminal lines instead

Starts a private Dovecot (tests.mailservers) in a 0755 directory under /tmp, APPENDs N small
distinct emails (MULTIAPPEND), then times whole first-sync passes — `run_intake` on a fresh
SQLite store, extract_workers=2, as `grantbox intake` runs it — alternately without progress
and with `grantbox.progress.SyncProgress` (a Rich bar rendered as on a terminal, into
/dev/null; `--plain`: the periodic plain lines, every 0.2 s so that they are many). Prints each
pass, the median of each side, and the ratio on/off (target: within 3 %); and, as figures that
other load on the machine disturbs less, the main process's CPU time (all its threads, Rich's
refresh thread included) on vs off and the time spent inside the progress callback itself.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.intake import multiappend, small_message
from grantbox.config import Settings
from grantbox.intake import open_mailbox, run_intake
from grantbox.progress import SyncProgress
from grantbox.store import open_store
from tests.mailservers import Dovecot


class Timed:
    """Wraps the progress callback to measure the time spent inside it."""

    def __init__(self, inner: SyncProgress) -> None:
        self.inner = inner
        self.seconds = 0.0
        self.calls = 0

    def __call__(self, done: int, total: int) -> None:
        started = time.perf_counter()
        self.inner(done, total)
        self.seconds += time.perf_counter() - started
        self.calls += 1


def one_pass(dovecot: Dovecot, user: str, work: Path, *, progress: bool, plain: bool) -> dict:
    data = Path(tempfile.mkdtemp(prefix="sync-", dir=work))
    settings = Settings(
        data_dir=data,
        imap_host=dovecot.host,
        imap_port=dovecot.imap_port,
        imap_ssl="plain",
        imap_user=user,
        imap_password=dovecot.password(user),  # type: ignore[arg-type]
        from_address=user,
        extract_workers=2,
    )
    store = open_store(settings)
    timed: Timed | None = None
    try:
        with open("/dev/null", "w") as devnull:
            display = SyncProgress(
                settings, stream=devnull, terminal=not plain, interval=0.2 if plain else None
            )
            started = time.perf_counter()
            cpu_started = time.process_time()
            mailbox = open_mailbox(settings)
            try:
                if progress:
                    timed = Timed(display)
                    with display:
                        report = run_intake(settings, store, mailbox, progress=timed)
                else:
                    report = run_intake(settings, store, mailbox)
            finally:
                mailbox.close()
            seconds = time.perf_counter() - started
            cpu = time.process_time() - cpu_started
    finally:
        store.dispose()
    return {
        "progress": progress,
        "seconds": seconds,
        "cpu": cpu,  # the main process, all its threads (Rich's refresh thread included)
        "recorded": report.recorded,
        "callback_seconds": timed.seconds if timed else 0.0,
        "calls": timed.calls if timed else 0,
        "lines": display.lines,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--messages", type=int, default=2000)
    parser.add_argument("--rounds", type=int, default=2)
    parser.add_argument("--plain", action="store_true", help="plain lines, not the Rich bar")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="grantbox-first-sync-", dir="/tmp"))
    work.chmod(0o755)
    with Dovecot(base_dir=work) as dovecot:
        user, _ = dovecot.add_user("sync")
        started = time.perf_counter()
        with dovecot.session(user) as client:
            n = multiappend(
                client, (small_message(i) for i in range(args.messages)), chunk_bytes=2 << 20
            )
        print(f"appended {n} messages in {time.perf_counter() - started:.1f} s", flush=True)
        runs: list[dict] = []
        for r in range(args.rounds):
            # Alternate which side goes first, so that a warming machine favours neither.
            order = [False, True] if r % 2 == 0 else [True, False]
            for progress in order:
                run = one_pass(dovecot, user, work, progress=progress, plain=args.plain)
                assert run["recorded"] == n, run
                runs.append(run)
                print(
                    f"round {r + 1} progress {'on ' if progress else 'off'}: "
                    f"{run['seconds']:.2f} s ({n / run['seconds']:.0f} msg/s), "
                    f"main-process CPU {run['cpu']:.2f} s"
                    + (
                        f"; inside the callback {run['callback_seconds'] * 1000:.0f} ms "
                        f"over {run['calls']} calls, {run['lines']} plain lines"
                        if progress
                        else ""
                    ),
                    flush=True,
                )
    off = statistics.median(r["seconds"] for r in runs if not r["progress"])
    on = statistics.median(r["seconds"] for r in runs if r["progress"])
    inside = statistics.median(r["callback_seconds"] for r in runs if r["progress"])
    cpu_off = statistics.median(r["cpu"] for r in runs if not r["progress"])
    cpu_on = statistics.median(r["cpu"] for r in runs if r["progress"])
    kind = "plain lines" if args.plain else "Rich bar"
    print(f"first sync of {n} messages, median of {args.rounds}: off {off:.2f} s, on {on:.2f} s")
    print(f"ratio on/off ({kind}): {on / off:.3f} (target <= 1.03)")
    print(f"main-process CPU on/off: {cpu_on:.2f} / {cpu_off:.2f} s = {cpu_on / cpu_off:.3f}")
    print(f"the display's own cost: {inside * 1000:.0f} ms = {100 * inside / off:.2f} % of a pass")


if __name__ == "__main__":
    main()
