"""Intake throughput on a connection that breaks every 3 MB, against the same mailbox over a
connection that never breaks (the baseline, same run).

A private Dovecot (tests/mailservers.py) holds N applications (default 40), each with a 2-page
PDF resume and a 300 KB photo (about 430 KB as mail). Each round takes them all in on a fresh
SQLite store, twice: straight to Dovecot (one pass), and through tests/faultproxy.py's
FaultProxy closing each connection once it has carried `--cut-mb` from the server (default 3),
running passes until every email is recorded, as the schedule or `grantbox watch` would (the
scheduler's delay between passes is not counted). Reported: messages/s for each, the passes
and cuts it took, and the ratio (cut / uncut). Rounds alternate the two; medians are given.

    .venv/bin/python benchmarks/intake_cuts.py                # 40 applications, 3 rounds
    .venv/bin/python benchmarks/intake_cuts.py --n 80 --cut-mb 3 --rounds 5 --json
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import func, select  # noqa: E402

from grantbox.config import Settings  # noqa: E402
from grantbox.intake import open_mailbox, run_intake  # noqa: E402
from grantbox.store import open_store  # noqa: E402
from grantbox.store.tables import Message  # noqa: E402
from tests.factories import application_email, resume_pdf  # noqa: E402
from tests.faultproxy import FaultProxy  # noqa: E402
from tests.mailservers import Dovecot  # noqa: E402


def log(text: str) -> None:
    print(text, file=sys.stderr, flush=True)


def recorded(store: Any) -> int:
    with store.sessions() as session:
        return int(session.scalar(select(func.count()).select_from(Message)) or 0)


def take_in(settings: Settings, n: int, *, max_passes: int) -> dict[str, float]:
    """Passes until all `n` emails are recorded; wall time of the passes only."""
    shutil.rmtree(settings.data_dir, ignore_errors=True)
    store = open_store(settings)
    try:
        passes, failed, spent = 0, 0, 0.0
        while recorded(store) < n and passes < max_passes:
            passes += 1
            started = time.perf_counter()
            mailbox = None
            try:
                mailbox = open_mailbox(settings)
                run_intake(settings, store, mailbox, reply_to_backlog=True)
            except Exception:  # the cut: this pass ends, the next one goes on
                failed += 1
            finally:
                if mailbox is not None:
                    mailbox.close()
            spent += time.perf_counter() - started
        got = recorded(store)
    finally:
        store.dispose()
    if got != n:
        raise SystemExit(f"only {got} of {n} recorded after {passes} passes")
    return {"seconds": spent, "passes": passes, "failed_passes": failed, "per_s": n / spent}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--n", type=int, default=40, help="applications in the mailbox")
    parser.add_argument("--cut-mb", type=float, default=3.0, help="MB per connection")
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--json", action="store_true", help="JSON only on stdout")
    args = parser.parse_args()

    work = Path(tempfile.mkdtemp(prefix="grantbox-cuts-"))
    work.chmod(0o755)
    results: dict[str, Any] = {"n": args.n, "cut_mb": args.cut_mb, "rounds": []}
    try:
        with Dovecot(base_dir=work) as dovecot:
            user, password = dovecot.add_user("grants")
            pdf = resume_pdf()
            total = 0
            for i in range(args.n):
                raw = application_email(
                    f"applicant{i}@mail.test",
                    attachments=[
                        ("cv.pdf", pdf, "application/pdf"),
                        ("me.jpg", b"\xff\xd8\xff\xe0" + os.urandom(300_000), "image/jpeg"),
                    ],
                )
                total += len(raw)
                dovecot.append(user, raw)
            results["mailbox_mb"] = round(total / 1e6, 1)
            log(f"{args.n} applications, {total / 1e6:.1f} MB, in Dovecot")
            base = Settings(
                data_dir=work / "data",
                imap_host=dovecot.host,
                imap_port=dovecot.imap_port,
                imap_ssl="plain",
                imap_user=user,
                imap_password=password,
                from_address=user,
                extract_workers=2,
            )
            with FaultProxy(dovecot.host, dovecot.imap_port) as proxy:
                proxy.cut_after = int(args.cut_mb * 1e6)
                cut = base.model_copy(update={"imap_port": proxy.port})
                for r in range(args.rounds):
                    order = [("uncut", base), ("cut", cut)]
                    if r % 2:
                        order.reverse()
                    row: dict[str, Any] = {}
                    for name, settings in order:
                        cuts_before = proxy.cuts
                        row[name] = take_in(settings, args.n, max_passes=10 * args.n)
                        row[name]["cuts"] = proxy.cuts - cuts_before
                    row["ratio"] = row["cut"]["per_s"] / row["uncut"]["per_s"]
                    results["rounds"].append(row)
                    log(
                        f"round {r + 1}: uncut {row['uncut']['per_s']:.1f} msg/s in "
                        f"{row['uncut']['passes']} pass(es); cut every {args.cut_mb:g} MB "
                        f"{row['cut']['per_s']:.1f} msg/s in {row['cut']['passes']} passes "
                        f"({row['cut']['cuts']} cuts); ratio {row['ratio']:.2f}"
                    )
    finally:
        shutil.rmtree(work, ignore_errors=True)
    rounds = results["rounds"]
    results["median"] = {
        "uncut_per_s": statistics.median(r["uncut"]["per_s"] for r in rounds),
        "cut_per_s": statistics.median(r["cut"]["per_s"] for r in rounds),
        "cut_passes": statistics.median(r["cut"]["passes"] for r in rounds),
        "ratio": statistics.median(r["ratio"] for r in rounds),
    }
    if args.json:
        print(json.dumps(results, indent=2))
        return
    m = results["median"]
    print(
        f"intake of {args.n} applications ({results['mailbox_mb']} MB), median of "
        f"{args.rounds} rounds:\n"
        f"  no cuts:             {m['uncut_per_s']:.1f} messages/s (baseline)\n"
        f"  cut every {args.cut_mb:g} MB:     {m['cut_per_s']:.1f} messages/s in "
        f"{m['cut_passes']:.0f} passes\n"
        f"  ratio cut / no cuts: {m['ratio']:.2f}"
    )


if __name__ == "__main__":
    main()
