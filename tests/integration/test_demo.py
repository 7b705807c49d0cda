"""`grantbox demo` on a machine with nothing configured: the first command a new user runs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path


def grantbox(*args: str, cwd: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "grantbox.cli", *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_demo_takes_in_the_samples_and_leaves_a_database_to_look_at(tmp_path: Path) -> None:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GRANTBOX_")}
    env["COLUMNS"] = "200"
    demo = grantbox("demo", cwd=tmp_path, env=env)
    assert demo.returncode == 0, demo.stderr
    assert "8 recorded (application 6, auto_reply 1, bounce 1)" in demo.stdout
    assert "send: 6 sent" in demo.stdout  # four question emails, two asking for a resume
    assert "8 recorded (from_us 6, reply 2)" in demo.stdout  # our Bcc copies; two answers
    assert "send: 1 sent" in demo.stdout  # the one who answered two questions is asked the rest

    env["GRANTBOX_DATA_DIR"] = str(tmp_path / "grantbox-data" / "demo")
    listed = grantbox("list", "--json", cwd=tmp_path, env=env)
    assert listed.returncode == 0, listed.stderr
    apps = {a["email"].split("@")[0]: a for a in json.loads(listed.stdout)}
    assert sorted(apps) == [
        "fatima.alsayed",
        "k.tanaka",
        "marcus.johnson",
        "meiling.chen",
        "priya.n",
        "seun.adeyemi",
    ]
    assert apps["seun.adeyemi"]["resume"]["filename"] == "Adeyemi CV.pdf"
    assert len(apps["seun.adeyemi"]["messages"]) == 5  # answers, start date, two check-ins
    # Two reviews, the chair's approval, then the grant's life: a start date, two check-ins.
    assert apps["seun.adeyemi"]["status"] == "approved"
    assert len(apps["seun.adeyemi"]["answers"]) == 6
    assert "confirms a start date" in demo.stdout
    assert apps["meiling.chen"]["status"] == "questions_sent"
    assert sorted(apps["meiling.chen"]["answers"]) == ["background", "math"]
    assert apps["k.tanaka"]["status"] == apps["priya.n"]["status"] == "awaiting_resume"
    assert apps["fatima.alsayed"]["resume"]["content_type"].endswith("wordprocessingml.document")
    assert apps["marcus.johnson"]["resume"]["filename"] == "(email body)"
    assert apps["k.tanaka"]["flags"] == ["resume_unreadable"]
    assert apps["priya.n"]["resume"] is None

    messages = json.loads(grantbox("messages", "--json", cwd=tmp_path, env=env).stdout)
    kinds = sorted(m["kind"] for m in messages)
    assert (
        kinds == ["application"] * 6 + ["auto_reply", "bounce"] + ["from_us"] * 11 + ["reply"] * 5
    )

    [grant] = json.loads(grantbox("grants", "--json", cwd=tmp_path, env=env).stdout)
    assert grant["application_id"] == apps["seun.adeyemi"]["id"]
    assert grant["status"] == "reported" and grant["start_date"] and grant["end_date"]
    shown = json.loads(grantbox("grant", str(grant["id"]), "--json", cwd=tmp_path, env=env).stdout)
    assert shown["outcome"] == "ai_safety_role"
    assert [c["status"] for c in shown["checkins"]][:2] == ["answered", "answered"]
    reviews = grantbox(
        "reviews", str(grant["application_id"]), "--as", "chair", "--json", cwd=tmp_path, env=env
    )
    assert reviews.returncode == 0, reviews.stderr

    outbox = json.loads(grantbox("outbox", "--json", cwd=tmp_path, env=env).stdout)
    assert [o["kind"] for o in outbox] == ["questions"] * 4 + ["resume_request"] * 2 + [
        "missing_answers",
        "decision_approve",
        "start_date_confirmed",
        "checkin",
        "checkin",
    ]
    assert {o["status"] for o in outbox} == {"sent"}
    assert outbox[6]["subject"].count("[GB-") == 1

    # Reading every stored file again finds each one and, with the same parser, no change.
    reparse = grantbox("reparse", "--json", cwd=tmp_path, env=env)
    assert json.loads(reparse.stdout) == {"resumes": 5, "changed": 0, "missing_file": 0}

    # A second run starts afresh rather than piling onto the first one's data.
    again = grantbox("demo", cwd=tmp_path, env={**env, "GRANTBOX_DATA_DIR": "grantbox-data"})
    assert again.returncode == 0, again.stderr
    assert "8 recorded" in again.stdout
