"""The grants commands as scripts use them: the installed `grantbox` executable, run as a
subprocess on SQLite (a few runs: each costs an interpreter start; one more in-process). The
store is seeded and moved on in-process; what the commands change is checked in the store."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import func, select

from grantbox.config import Settings
from grantbox.grants import records
from grantbox.review.auth import add_reviewer
from grantbox.review.decisions import decide
from grantbox.store import open_store
from grantbox.store.tables import Event
from tests.incli import grantbox, subprocess_environment, use_settings
from tests.review_seed import seed_application

EXE = Path(sys.executable).parent / "grantbox"


def run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(EXE), *args], env=env, capture_output=True, text=True, timeout=60, check=False
    )


def test_grants_grant_payment_outcome_report(tmp_path, capsys, monkeypatch):
    settings = Settings(data_dir=tmp_path / "data")  # type: ignore[call-arg]
    env = subprocess_environment(settings)
    store = open_store(settings)
    try:
        app_id = seed_application(store, settings, name="Ada <Lovelace>")
        with store.transaction() as s:
            decide(s, settings, app_id, "approve", reviewer="alice", note="yes")

        done = run(env, "grants", "--json")
        assert done.returncode == 0, done.stderr
        [grant] = json.loads(done.stdout)
        fields = ("id", "application_id", "status", "start_date", "end_date", "amount")
        assert {k: grant[k] for k in fields} == {
            "id": grant["id"],
            "application_id": app_id,
            "status": "offered",
            "start_date": None,
            "end_date": None,
            "amount": "6000.00",
        }
        assert grant["currency"] == "USD" and grant["name"] == "Ada <Lovelace>"
        gid = str(grant["id"])

        done = run(env, "grant", gid, "--start", "2027-01-04", "--reviewer", "carol", "--json")
        assert done.returncode == 0, done.stderr
        shown = json.loads(done.stdout)
        assert (shown["status"], shown["start_date"], shown["end_date"]) == (
            "accepted",
            "2027-01-04",
            "2027-04-03",
        )
        payment = shown["payments"][0]
        assert payment["due_date"] == "2027-01-04" and payment["paid_at"] is None

        done = run(env, "payment", str(payment["id"]), "--paid", "--json")
        assert done.returncode == 0, done.stderr
        paid = json.loads(done.stdout)
        assert paid["paid_at"] and paid["paid_by"].startswith("reviewer:")

        with store.transaction() as s:  # the calendar moves it on (the daily pass does this)
            assert records.advance(s, settings, datetime(2027, 1, 5, tzinfo=UTC)) == [
                (grant["id"], "active")
            ]

        # A KIND that is not an outcome: refused in one line, nothing on stdout, nothing kept.
        done = run(env, "outcome", gid, "astronaut", "--note", "moon", "--json")
        assert done.returncode == 1 and done.stdout == ""
        assert done.stderr.strip().count("\n") == 0 and "unknown outcome 'astronaut'" in done.stderr
        # The same command accepted (in-process: the same code path, without a start-up).
        use_settings(monkeypatch, settings)
        code, out, _ = grantbox(
            capsys, monkeypatch, "outcome", gid, "further_study", "--note", "an MSc", "--json"
        )
        assert code == 0
        assert (json.loads(out)["outcome"], json.loads(out)["outcome_note"]) == (
            "further_study",
            "an MSc",
        )
        # Committee roles (issue 14): --as names who acts; a reviewer may not change a grant,
        # a chair may.
        with store.transaction() as s:
            add_reviewer(s, "rita", "a long password", role="reviewer")
            add_reviewer(s, "chad", "a long password", role="chair")
        code, out, err = grantbox(
            capsys, monkeypatch, "outcome", gid, "other_job", "--note", "x", "--as", "rita"
        )
        assert code == 1 and out == "" and "rita" in err and "reviewer" in err
        code, out, err = grantbox(
            capsys,
            monkeypatch,
            "outcome",
            gid,
            "other_job",
            "--note",
            "y",
            "--as",
            "chad",
            "--json",
        )
        assert code == 0, err
        assert json.loads(out)["outcome_by"] == "reviewer:chad"
        code, out, _ = grantbox(
            capsys, monkeypatch, "outcome", gid, "further_study", "--note", "an MSc", "--json"
        )
        assert code == 0

        done = run(env, "report", "--json", "--at", "2027-01-06T12:00:00", "--weeks", "2")
        assert done.returncode == 0, done.stderr
        report = json.loads(done.stdout)
        assert report["funnel"] == [
            {"stage": "applied", "count": 1},
            {"stage": "complete", "count": 1},
            {"stage": "decided", "count": 1},
            {"stage": "approved", "count": 1},
            {"stage": "outcome", "count": 1},
        ]
        assert report["outcomes"]["further_study"] == 1
        assert report["outcomes_per_cohort"] == {"2027-Q1": {"further_study": 1}}
        assert report["grants_by_status"]["active"] == 1
        assert [w["week"] for w in report["applications_per_week"]] == ["2026-W53", "2027-W01"]

        with store.sessions() as s:
            kinds = s.scalars(
                select(Event.kind).where(Event.grant_id == grant["id"]).order_by(Event.id)
            ).all()
            assert kinds == [
                "grant:offered",
                "grant:accept",
                "grant:paid",
                "grant:start",
                "grant:outcome",
                "grant:outcome",  # chad's, replaced by the next
                "grant:outcome",
            ]
            actor = s.scalar(select(Event.actor).where(Event.kind == "grant:accept"))
            assert actor == "reviewer:carol"
            assert s.scalar(select(func.count()).where(Event.kind == "grant:outcome")) == 3
    finally:
        store.dispose()
