"""The review commands of the `grantbox` CLI: queue, decide, cancel, ask, reviewer add.
Most run in-process through `grantbox.cli.main` (the same code path as the installed command,
without paying the interpreter start-up each time); one runs the real executable with the
password piped on stdin."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from sqlalchemy import select

from grantbox.config import Settings
from grantbox.review import auth
from grantbox.store import open_store
from grantbox.store.tables import Event, Reviewer
from tests.incli import grantbox
from tests.review_seed import seed_application


@pytest.fixture
def env(tmp_path, monkeypatch):
    data = tmp_path / "data"
    monkeypatch.setenv("GRANTBOX_DATA_DIR", str(data))
    settings = Settings(data_dir=data)  # type: ignore[call-arg]
    store = open_store(settings)
    yield settings, store
    store.dispose()


def test_queue_decide_cancel_ask_as_json(env, capsys, monkeypatch):
    settings, store = env
    first = seed_application(store, settings, name="First")
    second = seed_application(store, settings, name="Second")

    code, out, _ = grantbox(capsys, monkeypatch, "queue", "--json")
    assert code == 0
    data = json.loads(out)
    assert [a["id"] for a in data["applications"]] == [first, second]
    assert data["counts"]["ready_for_review"] == 2

    code, out, _ = grantbox(
        capsys,
        monkeypatch,
        "decide",
        str(first),
        "approve",
        "--note",
        "clear plan",
        "--reviewer",
        "carol",
        "--json",
    )
    assert code == 0
    result = json.loads(out)
    assert result["status"] == "approved" and result["email_status"] == "queued"
    assert result["hold_until"]
    with store.sessions() as session:
        [event] = session.scalars(select(Event).where(Event.kind == "approve")).all()
    assert (event.actor, event.reason) == ("reviewer:carol", "clear plan")

    code, out, _ = grantbox(capsys, monkeypatch, "cancel", str(first), "--json")
    assert code == 0 and json.loads(out)["status"] == "ready_for_review"

    code, out, _ = grantbox(
        capsys, monkeypatch, "ask", str(second), "Which course first?", "--json"
    )
    assert code == 0
    assert json.loads(out)["status"] == "more_info_requested"

    # Not in the queue any more: a one-line reason on stderr, nothing on stdout, exit 1.
    code, out, err = grantbox(
        capsys, monkeypatch, "decide", str(second), "reject", "--note", "x", "--json"
    )
    assert code == 1 and out == ""
    assert err.strip().count("\n") == 0 and "not ready_for_review" in err
    code, out, err = grantbox(capsys, monkeypatch, "decide", str(first), "maybe", "--note", "x")
    assert code == 1 and "unknown decision" in err
    code, _, err = grantbox(capsys, monkeypatch, "decide", str(first), "approve")
    assert code != 0 and "note" in err  # the note is required


def test_queue_table_and_filters(env, capsys, monkeypatch):
    settings, store = env
    seed_application(store, settings, name="Table Person", flags=("duplicate",))
    code, out, _ = grantbox(capsys, monkeypatch, "queue")
    assert code == 0 and "Table" in out and "GB-" in out  # a Rich table (wraps to the width)
    code, out, _ = grantbox(capsys, monkeypatch, "queue", "--flag", "bouncing", "--json")
    assert json.loads(out)["applications"] == []
    code, _, err = grantbox(capsys, monkeypatch, "queue", "--status", "nonsense")
    assert code == 1 and "unknown status" in err


def test_reviewer_add_reads_the_password_from_stdin(env, capsys, monkeypatch):
    _, store = env
    code, out, _ = grantbox(
        capsys, monkeypatch, "reviewer", "add", "dana", "--json", stdin="s3cret pass\n"
    )
    assert code == 0 and json.loads(out)["name"] == "dana"
    with store.sessions() as session:
        reviewer = session.scalars(select(Reviewer)).one()
        assert "s3cret" not in reviewer.password_hash
        assert auth.authenticate(session, "dana", "s3cret pass") is not None
        assert auth.authenticate(session, "dana", "s3cret pass\n") is None
    code, _, err = grantbox(capsys, monkeypatch, "reviewer", "add", "dana", stdin="another one\n")
    assert code == 1 and "--reset" in err
    code, _, _ = grantbox(
        capsys, monkeypatch, "reviewer", "add", "dana", "--reset", stdin="another one\n"
    )
    assert code == 0
    code, _, err = grantbox(capsys, monkeypatch, "reviewer", "add", "erin", stdin="short\n")
    assert code == 1 and "at least" in err


def test_the_installed_command_takes_the_password_on_stdin(env):
    _, store = env
    exe = Path(sys.executable).parent / "grantbox"
    done = subprocess.run(
        [str(exe), "reviewer", "add", "frank"],
        input="piped password\n",
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    with store.sessions() as session:
        assert auth.authenticate(session, "frank", "piped password") is not None


def test_tables_show_names_as_written_not_as_markup(env, capsys, monkeypatch):
    """Applicants choose their names: "[/b]" in one is text, not rich markup (which failed)."""
    settings, store = env
    seed_application(store, settings, name="[/b] Mallory [red]x[/red]")
    for command in (["queue"], ["list"], ["messages"], ["outbox"]):
        code, out, err = grantbox(capsys, monkeypatch, *command)
        assert code == 0, (command, err)
    code, out, _ = grantbox(capsys, monkeypatch, "queue")
    assert "[/b]" in out and "Mallory" in out  # shown as written (wrapped in a narrow cell)
