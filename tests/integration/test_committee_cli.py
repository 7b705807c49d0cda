"""The committee commands as scripts run them, on SQLite: `reviewer add --role`, `rubric
--json`, `assign`, `score`, `reviews --json` (the others' reviews hidden, then visible),
`coi`, `assigned`, and `decide --as` checked against the role. `reviewer add` (the password
piped) and `decide` (its exit code and one line) run as the installed executable, a
subprocess each; the rest in process through the same `grantbox.cli.main`."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from grantbox.config import Settings
from grantbox.store import open_store
from grantbox.store.tables import Event, Reviewer
from tests.incli import grantbox, subprocess_environment, use_settings
from tests.review_seed import seed_application

EXE = str(Path(sys.executable).parent / "grantbox")
SCORES = ["experience=4", "math=3", "self_direction=4", "study_plan=5"]


@pytest.fixture
def env(tmp_path, monkeypatch):
    settings = Settings(data_dir=tmp_path / "data", from_address="grants@program.test")
    use_settings(monkeypatch, settings)
    store = open_store(settings)
    yield settings, store
    store.dispose()


def _run(settings: Settings, *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [EXE, *args],
        input=stdin,
        capture_output=True,
        text=True,
        timeout=60,
        env=subprocess_environment(settings),
    )


def _score(capsys, monkeypatch, app_id: int, who: str, recommend: str) -> dict:
    args = [a for s in SCORES for a in ("--criterion", s)]
    code, out, err = grantbox(
        capsys, monkeypatch, "score", str(app_id), "--as", who, *args,
        "--recommend", recommend, "--comment", f"{who} thinks so", "--json",
    )  # fmt: skip
    assert code == 0, err
    return json.loads(out)


def _reviews(capsys, monkeypatch, app_id: int, who: str) -> dict:
    code, out, err = grantbox(capsys, monkeypatch, "reviews", str(app_id), "--as", who, "--json")
    assert code == 0, err
    return json.loads(out)


def test_committee_commands(env, capsys, monkeypatch):
    settings, store = env
    done = _run(
        settings, "reviewer", "add", "carol", "--role", "chair", "--json", stdin="pw carol\n"
    )
    assert done.returncode == 0, done.stderr
    assert json.loads(done.stdout)["role"] == "chair"
    with store.transaction() as session:  # no argon2: these two never sign in
        for name in ("alice", "bob"):
            session.add(Reviewer(name=name, password_hash="!", role="reviewer"))
    code, _, err = grantbox(capsys, monkeypatch, "reviewer", "add", "zed", "--role", "king")
    assert code == 1 and err.count("\n") == 1 and "unknown role 'king'" in err
    # A reset changes the role only when --role is given.
    code, _, err = grantbox(
        capsys, monkeypatch, "reviewer", "add", "carol", "--reset", stdin="pw carol 2\n"
    )
    assert code == 0, err
    code, out, _ = grantbox(capsys, monkeypatch, "reviewer", "list", "--json")
    assert [(r["name"], r["role"]) for r in json.loads(out)] == [
        ("carol", "chair"),
        ("alice", "reviewer"),
        ("bob", "reviewer"),
    ]

    code, out, err = grantbox(capsys, monkeypatch, "rubric", "--json")
    assert code == 0, err
    rubric = json.loads(out)
    assert [c["id"] for c in rubric["criteria"]] == [
        "experience",
        "math",
        "self_direction",
        "study_plan",
    ]
    for c in rubric["criteria"]:
        assert isinstance(c["text"], str) and c["text"]
        assert c["scale"] == [1, 5]

    first = seed_application(store, settings, name="First")
    second = seed_application(store, settings, name="Second")
    code, out, err = grantbox(capsys, monkeypatch, "assign", "--json")
    assert code == 0, err
    report = json.loads(out)
    assert sorted((a["application_id"], a["reviewer"]) for a in report["assigned"]) == [
        (first, "alice"),
        (first, "bob"),
        (second, "alice"),
        (second, "bob"),
    ]

    assert _score(capsys, monkeypatch, first, "alice", "approve")["submitted"] is True
    hidden = _reviews(capsys, monkeypatch, first, "bob")
    assert hidden["own"] is None and hidden["others"] == [] and hidden["hidden_count"] == 1
    assert "approve" not in json.dumps(hidden) and "alice thinks" not in json.dumps(hidden)
    assert _score(capsys, monkeypatch, first, "bob", "reject")["ready_to_decide"] is True
    seen = _reviews(capsys, monkeypatch, first, "bob")
    assert [o["reviewer"] for o in seen["others"]] == ["alice"] and seen["hidden_count"] == 0
    assert seen["others"][0]["comment"] == "alice thinks so"
    assert seen["disagreements"] == ["recommendation"] and seen["ready_to_decide"]

    code, _, err = grantbox(
        capsys, monkeypatch, "score", str(first), "--as", "bob", "--criterion", "math",
        "--recommend", "reject",
    )  # fmt: skip
    assert code == 1 and err.count("\n") == 1 and "ID=N" in err
    code, out, err = grantbox(
        capsys, monkeypatch, "coi", str(second), "--as", "bob", "--note", "my ex", "--json"
    )
    assert code == 0 and json.loads(out)["recused"] is True, err
    code, _, err = grantbox(capsys, monkeypatch, "reviews", str(second), "--as", "bob")
    assert code == 1 and err.count("\n") == 1 and "recused" in err
    code, _, err = grantbox(capsys, monkeypatch, "ask", str(second), "Why?", "--as", "bob")
    assert code == 1 and err.count("\n") == 1 and "bob (reviewer) may not decide" in err
    code, _, err = grantbox(capsys, monkeypatch, "assigned")
    assert (
        code == 1
        and err == "grantbox: --as NAME is needed: the reviewer acting (grantbox reviewer list)\n"
    )
    code, out, _ = grantbox(capsys, monkeypatch, "assigned", "--as", "bob", "--json")
    assert json.loads(out) == {"reviewer": "bob", "applications": []}
    code, out, _ = grantbox(capsys, monkeypatch, "assigned", "--as", "alice", "--json")
    assert json.loads(out)["applications"] == [second]

    refused = _run(settings, "decide", str(first), "approve", "--note", "ok", "--as", "alice")
    assert refused.returncode == 1 and refused.stdout == ""
    assert refused.stderr == "grantbox: reviewer alice (reviewer) may not decide\n"
    decided = _run(
        settings, "decide", str(first), "approve", "--note", "ok", "--as", "carol", "--json"
    )
    assert decided.returncode == 0, decided.stderr
    assert json.loads(decided.stdout)["status"] == "approved"
    with store.reading() as s:
        event = s.scalars(select(Event).where(Event.kind == "approve")).one()
        assert event.actor == "reviewer:carol" and event.application_id == first
