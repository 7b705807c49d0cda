"""Erasure and export of one applicant in a store of 10,000 applications.

The store is filled as benchmarks/review.py fills it (each application with its first email,
a resume with its text and profile, answers, events and outbox rows; the stored files exist).
Then, for `--samples` applicants picked at random: `grantbox.privacy.export` into a zip (time,
size), and `grantbox.privacy.forget` (time: find everything, delete it in one transaction,
remove the files, and on SQLite merge the search indexes and truncate the write-ahead log).
Baseline, same run, same applicants: reading the applicant's page data
(`grantbox.review.views.application`), what a reviewer's click costs.

    .venv/bin/python benchmarks/privacy.py                       # 10,000; SQLite and PostgreSQL
    .venv/bin/python benchmarks/privacy.py --applications 2000 --backend sqlite --samples 5
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import random
import shutil
import statistics
import sys
import tempfile
import time
import uuid
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import select  # noqa: E402

from grantbox.blobs import BlobStore  # noqa: E402
from grantbox.privacy import export, forget  # noqa: E402
from grantbox.resumes import profile_file  # noqa: E402
from grantbox.review import views  # noqa: E402
from grantbox.store.tables import Application, AttachmentRow, Message  # noqa: E402
from parsers.resume import read_resume  # noqa: E402
from tests.mailservers import postgres_available  # noqa: E402


def _review_bench() -> Any:
    spec = importlib.util.spec_from_file_location("review_bench", ROOT / "benchmarks/review.py")
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run(backend: str, tmp: Path, n: int, samples: int, bench: Any) -> dict[str, Any]:
    data = bench.RESUME_PDF.read_bytes()
    base = profile_file(data)["profile"]
    text_ = read_resume(data).text
    with bench.backend_store(backend, tmp) as (settings, store, _url):
        bench.log(f"[{backend}] filling the store with {n:,} applications …")
        bench.fill_store(store, settings, n, base, text_)
        blobs = BlobStore(settings.blob_dir)
        with store.reading() as session:
            shas = set(session.scalars(select(AttachmentRow.sha256)))
            shas |= set(session.scalars(select(Message.content_sha256).where(Message.stored)))
            people = list(session.scalars(select(Application.email)))
            ids = dict(session.execute(select(Application.email, Application.id)).all())
        for sha in shas:  # the files the rows name, so export reads and forget removes them
            if len(sha) == 64:
                blobs.put(data, sha)
        chosen = random.Random(7).sample(people, samples)
        read_ms, export_ms, export_kb, forget_ms, rows = [], [], [], [], []
        for i, email in enumerate(chosen):
            started = time.perf_counter()
            with store.reading() as session:
                views.application(session, settings, ids[email])
            read_ms.append((time.perf_counter() - started) * 1000)
            done = export(settings, store, email, tmp / f"export-{i}.zip")
            export_ms.append(done.seconds * 1000)
            export_kb.append(done.bytes / 1024)
            gone = forget(settings, store, email, actor="benchmark")
            forget_ms.append(gone.erasure.seconds * 1000)
            rows.append(gone.erasure.rows)
    med = statistics.median
    return {
        "backend": backend,
        "applications": n,
        "samples": samples,
        "page_read_ms": med(read_ms),
        "export_ms": med(export_ms),
        "export_kb": med(export_kb),
        "forget_ms": med(forget_ms),
        "forget_p95_ms": sorted(forget_ms)[max(0, int(len(forget_ms) * 0.95) - 1)],
        "rows_per_forget": med(rows),
        "forget_to_page_read": med(forget_ms) / med(read_ms),
        "export_to_page_read": med(export_ms) / med(read_ms),
    }


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--applications", type=int, default=10_000)
    parser.add_argument("--samples", type=int, default=20)
    parser.add_argument("--backend", choices=("sqlite", "postgresql", "both"), default="both")
    parser.add_argument("--json", action="store_true", help="JSON only on stdout")
    args = parser.parse_args()
    backends = ["sqlite", "postgresql"] if args.backend == "both" else [args.backend]
    if "postgresql" in backends and not postgres_available():
        backends.remove("postgresql")
    bench = _review_bench()
    tmp = Path(tempfile.mkdtemp(prefix=f"grantbox-bench-privacy-{uuid.uuid4().hex[:6]}-"))
    try:
        results = [run(b, tmp, args.applications, args.samples, bench) for b in backends]
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
    if args.json:
        print(json.dumps(results, indent=2))
        return 0
    for r in results:
        print(
            f"{r['backend']}, {r['applications']:,} applications, median of {r['samples']}:\n"
            f"  the applicant's page read (baseline): {r['page_read_ms']:.1f} ms\n"
            f"  export:  {r['export_ms']:.1f} ms, {r['export_kb']:.0f} KB "
            f"({r['export_to_page_read']:.1f}x the page read)\n"
            f"  forget:  {r['forget_ms']:.1f} ms (p95 {r['forget_p95_ms']:.1f}), "
            f"{r['rows_per_forget']:.0f} rows ({r['forget_to_page_read']:.1f}x the page read)"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
