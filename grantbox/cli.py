"""The `grantbox` command: the operator's and the reviewer's terminal interface.

Every command reads the `GRANTBOX_*` environment, exits non-zero with a one-line reason on
failure, and with `--json` prints JSON only on stdout (ARCHITECTURE.md, "Interfaces"). The
commands call the same plain functions as the Prefect flows, with no Prefect server involved,
so they return in about a second.
"""

from __future__ import annotations

import json
import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, TypeVar

import typer
from rich.table import Table

from grantbox.authcli import auth_app
from grantbox.clikit import (
    AtOpt,
    JsonOpt,
    ReviewerOpt,
    _at,
    _daily_pass,
    _emit,
    _print_send_report,
    _read,
    _reviewer_name,
    _send_pass,
    _settings,
    _store,
    _write,
    add_row,
    console,
    err,
)
from grantbox.committee.cli import MaybeAsOpt, committee_app
from grantbox.config import Settings, load_settings
from grantbox.errors import GrantboxError
from grantbox.failures import failure_line, imap_failures
from grantbox.grants.cli import grants_app

T = TypeVar("T")

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from grantbox.intake import IntakeReport
    from grantbox.sender import SendReport

app = typer.Typer(
    name="grantbox",
    help="Run a grant application program over plain email.",
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    add_completion=False,
)
log = logging.getLogger("grantbox")


@app.command()
def intake(
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Read the mailbox read-only; record nothing.")
    ] = False,
    reply_to_backlog: Annotated[
        bool,
        typer.Option(
            "--reply-to-backlog",
            help="Also answer mail that was already in the inbox on first connection.",
        ),
    ] = False,
    send: Annotated[
        bool, typer.Option("--send", help="Then send the mail this pass queued.")
    ] = False,
    as_json: JsonOpt = False,
) -> None:
    """One intake pass: fetch new mail, parse it, record it, then exit. With --send, exits
    as `grantbox send` does when due mail could not go out."""
    from grantbox.intake import dry_run_intake, open_mailbox, run_intake
    from grantbox.progress import SyncProgress

    settings = _settings()
    if dry_run:
        with imap_failures(settings):
            mailbox = open_mailbox(settings)
            try:
                report = dry_run_intake(settings, mailbox)
            finally:
                mailbox.close()
        if as_json:
            _emit({**report.as_dict(), "would_record": report.lines})
        else:
            for line in report.lines:
                console.print(line, markup=False, highlight=False)
            console.print(
                f"dry run: {len(report.lines)} message(s) would be recorded; nothing written"
            )
        return
    store = _store(settings)
    try:
        with imap_failures(settings):
            mailbox = open_mailbox(settings)
            try:
                # A first sync of years of mail shows how far it is (stderr; nothing under 50).
                with SyncProgress(settings) as progress:
                    report = run_intake(
                        settings,
                        store,
                        mailbox,
                        reply_to_backlog=reply_to_backlog,
                        progress=progress,
                    )
            finally:
                mailbox.close()
    finally:
        store.dispose()
    sent = _send_pass(settings) if send else None
    if as_json:
        _emit({**report.as_dict(), **({"send": sent.as_dict()} if sent else {})})
    else:
        _print_report(report)
        if sent is not None:
            _print_send_report(sent)
    if sent is not None:
        _exit_if_undelivered(sent)


def _print_report(report: IntakeReport) -> None:
    kinds = ", ".join(f"{k} {v}" for k, v in sorted(report.kinds.items())) or "nothing new"
    console.print(
        f"intake {report.folder}: {report.recorded} recorded ({kinds}), "
        f"{report.duplicates} already known, {report.applications_created} new "
        f"application(s), {report.imap_commands} IMAP commands, {report.seconds:.2f} s",
        markup=False,
        highlight=False,
    )


# `grantbox send` when due mail could not go out: it is still queued and will be tried again
# (EX_TEMPFAIL), or the server refused some of it for good.
EXIT_LEFT_QUEUED = 75
EXIT_REFUSED = 1


@app.command()
def send(as_json: JsonOpt = False) -> None:
    """One pass of the sender: deliver queued outgoing mail, then exit. Exits 75 when due mail
    could not go out now (it stays queued: `grantbox outbox` shows the next try and why), 1
    when the mail server refused some for good."""
    report = _send_pass(_settings())
    if as_json:
        _emit(report.as_dict())
    else:
        _print_send_report(report)
    _exit_if_undelivered(report)


def _exit_if_undelivered(report: SendReport) -> None:
    """Exit 75 when due mail stayed queued, 1 when some was refused for good, with one line
    saying so; return when everything due went out."""
    if not (report.left or report.failed):
        return
    parts = []
    if report.left:
        when = report.next_try.strftime("%Y-%m-%d %H:%M:%S UTC") if report.next_try else "soon"
        parts.append(
            f"{report.left} due email(s) could not go out now, kept queued (next try {when})"
        )
    if report.failed:
        parts.append(f"{report.failed} refused for good (grantbox outbox retry --failed)")
    first = report.errors[0] if report.errors else ""
    err.print(
        f"grantbox: send: {'; '.join(parts)}" + (f": {first}" if first else ""),
        markup=False,
        highlight=False,
        soft_wrap=True,
    )
    # sys.exit, not typer.Exit: main() runs click with standalone_mode=False, which returns
    # typer.Exit's code instead of exiting with it.
    sys.exit(EXIT_LEFT_QUEUED if report.left else EXIT_REFUSED)


@app.command()
def check(
    send_test: Annotated[
        str | None,
        typer.Option("--send-test", metavar="ADDRESS", help="Also send one test email to ADDRESS."),
    ] = None,
    timeout: Annotated[
        float, typer.Option("--timeout", help="Seconds to wait for each server.")
    ] = 20.0,
    as_json: JsonOpt = False,
) -> None:
    """Test the configuration step by step: the database, the disk, IMAP and SMTP sign-in,
    the folders; and report mail stuck for over an hour and a failing watch. Sends nothing
    unless --send-test. Exits 1 when a step failed."""
    from grantbox.check import Step, run_checks
    from grantbox.errors import ConfigError

    try:
        settings = _settings()
    except ConfigError as e:
        steps = [Step("settings", False, str(e), "fix the GRANTBOX_* variables named above")]
    else:
        limited = settings.model_copy(
            update={
                "imap_timeout": min(settings.imap_timeout, timeout),
                "smtp_timeout": min(settings.smtp_timeout, timeout),
            }
        )
        steps = [
            Step("settings", True, _settings_source()),
            *run_checks(limited, send_test=send_test),
        ]
    ok = all(step.ok for step in steps)
    if as_json:
        _emit({"ok": ok, "steps": [step.as_dict() for step in steps]})
    else:
        for step in steps:
            mark = "✓" if step.ok else "✗"
            line = f"{mark} {step.name}: {step.detail}"
            if step.fix:
                line += f" — fix: {step.fix}"
            console.print(line, markup=False, highlight=False, soft_wrap=True)
    if not ok:
        sys.exit(1)


def _settings_source() -> str:
    config = os.environ.get("GRANTBOX_CONFIG", "grantbox.toml")
    named = sorted(k for k in os.environ if k.startswith("GRANTBOX_"))
    found = f"{config} and " if Path(config).exists() else ""
    return f"read from {found}{len(named)} GRANTBOX_* variable(s)"


outbox_app = typer.Typer()  # `grantbox outbox` lists; `grantbox outbox retry` re-queues
app.add_typer(outbox_app, name="outbox")


@outbox_app.callback(invoke_without_command=True)
def outbox(ctx: typer.Context, as_json: JsonOpt = False) -> None:
    """Outgoing mail: queued (with the next try and the last error), sent, suppressed (with
    why) and failed. `grantbox outbox retry ID|--failed` puts mail back in the queue."""
    if ctx.invoked_subcommand is not None:
        return
    from grantbox.store.queries import list_outbox

    rows = _read(list_outbox)
    if as_json:
        _emit(rows)
        return
    _print_outbox(rows)


@outbox_app.command("retry")
def outbox_retry(
    row_id: Annotated[int | None, typer.Argument(help="The outbox id to try again.")] = None,
    failed: Annotated[
        bool, typer.Option("--failed", help="Every failed email, back in the queue.")
    ] = False,
    as_json: JsonOpt = False,
) -> None:
    """Put a failed email back in the queue (or a queued one up for the next pass): the next
    `grantbox send` tries it at once, after looking whether it went out already."""
    if (row_id is None) == (not failed):
        raise GrantboxError("outbox retry: give one outbox ID or --failed")

    def requeue(session: Session, settings: Settings) -> list[int]:
        from grantbox.sender import requeue as requeue_rows

        return requeue_rows(session, row_id=row_id, failed=failed)

    ids = _write(requeue)
    if as_json:
        _emit({"requeued": ids})
    else:
        console.print(
            f"outbox: {len(ids)} email(s) queued for the next send pass"
            + (f" ({', '.join(map(str, ids))})" if ids else ""),
            markup=False,
            highlight=False,
        )


def _print_outbox(rows: list[dict[str, Any]]) -> None:
    table = Table(
        "id", "app", "to", "kind", "status", "tries", "next try", "subject", "why / error"
    )
    for r in rows:
        waiting = r["status"] in ("queued", "sending") and r.get("next_attempt_at")
        add_row(
            table,
            str(r["id"]),
            str(r["application_id"] or ""),
            r["to"],
            r["kind"],
            r["status"],
            str(r.get("attempts") or ""),
            str(r["next_attempt_at"])[:19].replace("T", " ") if waiting else "",
            r["subject"][:50],
            (r["reason"] or r["last_error"] or "")[:80],
        )
    console.print(table)


@app.command()
def chase(
    at: AtOpt = None,
    send: Annotated[bool, typer.Option("--send", help="Then send the reminders.")] = False,
    as_json: JsonOpt = False,
) -> None:
    """One chase pass: remind applicants who have gone quiet, close the silent ones."""
    from grantbox.chase import ChaseReport
    from grantbox.chase import chase as chase_pass

    def summary(report: ChaseReport) -> str:
        return (
            f"chase at {report.at:%Y-%m-%d %H:%M}: {report.waiting} waiting, "
            f"{len(report.reminded)} reminded, {len(report.stale)} marked stale"
        )

    _daily_pass(chase_pass, at, send, as_json, summary)


@app.command()
def digest(
    at: AtOpt = None,
    send: Annotated[bool, typer.Option("--send", help="Then send the digest.")] = False,
    as_json: JsonOpt = False,
) -> None:
    """The reviewers' daily digest: queue it (once a day) to every reviewer with an email
    and GRANTBOX_DIGEST_TO; nothing when nothing waits."""
    from grantbox.digest import DigestReport
    from grantbox.digest import digest as digest_pass

    def summary(report: DigestReport) -> str:
        done = (
            f"skipped: {report.skipped}"
            if report.skipped
            else f"queued to {len(report.queued)}, "
            f"already queued today to {len(report.already_queued)}"
        )
        return (
            f"digest at {report.at:%Y-%m-%d %H:%M}: {report.waiting} waiting for review, "
            f"{report.new} new, {report.needs_human} for a human; {done}"
        )

    _daily_pass(digest_pass, at, send, as_json, summary)


@app.command()
def watch(
    reconcile: Annotated[
        float, typer.Option(help="Seconds between passes made whatever IDLE says.")
    ] = 60.0,
) -> None:
    """Take in and answer mail the moment it arrives (IMAP IDLE), until Ctrl-C. The
    heartbeat is in <data dir>/watch.heartbeat.json."""
    import signal

    from grantbox.watch import PassResult, Watcher

    settings = _settings()
    store = _store(settings)

    def show(done: PassResult) -> None:
        if done.intake.recorded or done.send.sent or done.reason == "start":
            _print_report(done.intake)
            _print_send_report(done.send)

    watcher = Watcher(settings, store, reconcile_seconds=reconcile, on_pass=show)
    signal.signal(signal.SIGTERM, lambda *_: watcher.stop())
    # Taken explicitly: started in the background by a script, SIGINT arrives ignored.
    signal.signal(signal.SIGINT, lambda *_: watcher.stop())
    try:
        watcher.run()
    except KeyboardInterrupt:
        watcher.stop()
    finally:
        store.dispose()


@app.command("list")
def list_(
    status: Annotated[str | None, typer.Option(help="Only this status.")] = None,
    as_json: JsonOpt = False,
) -> None:
    """Applications, oldest first."""
    from grantbox.store.queries import list_applications

    apps = _read(lambda session: list_applications(session, status=status))
    if as_json:
        _emit(apps)
        return
    _print_applications(apps)


def _resume_cell(resume: dict[str, Any] | None) -> str:
    if not resume:
        return ""
    return resume["filename"] + (f" ({resume['pages']} p.)" if resume["pages"] else "")


def _print_applications(apps: list[dict[str, Any]]) -> None:
    table = Table("id", "email", "name", "status", "flags", "resume", "answers", "created")
    for a in apps:
        resume = a["resume"]
        add_row(
            table,
            str(a["id"]),
            a["email"],
            a["name"],
            a["status"],
            ", ".join(a["flags"]),
            _resume_cell(resume),
            str(len(a["answers"])),
            (a["created_at"] or "")[:16],
        )
    console.print(table)


@app.command()
def messages(as_json: JsonOpt = False) -> None:
    """Every recorded inbound message."""
    from grantbox.store.queries import list_messages

    rows = _read(list_messages)
    if as_json:
        _emit(rows)
        return
    _print_messages(rows)


@app.command()
def human(as_json: JsonOpt = False) -> None:
    """Mail that needs a human (unmatched or unprocessable), oldest first."""
    from rich.text import Text

    from grantbox.blobs import BlobStore
    from grantbox.review.triage import pending

    settings = _settings()
    store = _store(settings)
    try:
        with store.sessions() as session:
            rows = pending(session, BlobStore(settings.blob_dir))
    finally:
        store.dispose()
    if as_json:
        _emit(rows)
        return
    table = Table("id", "kind", "from", "subject", "date", "reason", "may belong to")
    for m in rows:
        add_row(
            table,
            str(m["id"]),
            m["kind"],
            Text(m["from"]),  # the sender's text: never Rich markup
            Text((m["subject"] or "")[:50]),
            (m["date"] or m["recorded_at"] or "")[:16],
            Text(m["reason"][:80]),
            ", ".join(f"GB-{c['id']}" for c in m["candidates"]),
        )
    console.print(table)
    console.print(f"{len(rows)} waiting for a human", markup=False, highlight=False)


def _print_messages(rows: list[dict[str, Any]]) -> None:
    table = Table("uid", "from", "subject", "kind", "app", "flags", "error")
    for m in rows:
        add_row(
            table,
            str(m["uid"]),
            m["from"],
            m["subject"][:50],
            m["kind"],
            str(m["application_id"] or ""),
            ", ".join(m["flags"]),
            (m["error"] or "")[:60],
        )
    console.print(table)


@app.command()
def show(app_id: int, as_json: JsonOpt = False) -> None:
    """One application with its resume, messages and timeline."""
    from grantbox.store.queries import show_application

    data = _read(lambda session: show_application(session, app_id))
    if data is None:
        raise GrantboxError(f"no application {app_id}")
    if as_json:
        _emit(data)
        return
    console.print(f"[bold]#{data['id']} {data['name']} <{data['email']}>[/] — {data['status']}")
    if data["flags"]:
        console.print("flags: " + ", ".join(data["flags"]), markup=False)
    if data["resume"]:
        r = data["resume"]
        console.print(
            f"resume: {r['filename']}, {r['pages']} pages, {r['text_chars']} characters"
            + (f" — {r['problem']}" if r["problem"] else ""),
            markup=False,
        )
    for e in data["timeline"]:
        console.print(f"  {e['at'][:16]}  {e['kind']:<22} {e['reason']}", markup=False)


@app.command("parse-resume")
def parse_resume_cmd(
    file: Annotated[Path, typer.Argument(exists=True, dir_okay=False, readable=True)],
    as_json: JsonOpt = False,
) -> None:
    """The profile of one resume file; nothing is stored."""
    from grantbox.resumes import profile_file

    data = profile_file(file.read_bytes())
    if as_json:
        _emit(data)
    else:
        console.print_json(json.dumps(data, default=str))


@app.command()
def reparse(as_json: JsonOpt = False) -> None:
    """Read every stored resume again with the current parser (after an upgrade)."""
    from grantbox.blobs import BlobStore
    from grantbox.resumes import reparse_all

    settings = _settings()
    store = _store(settings)
    try:
        counts = reparse_all(store, BlobStore(settings.blob_dir))
    finally:
        store.dispose()
    if as_json:
        _emit(counts)
    else:
        console.print(
            f"reparse: {counts['resumes']} resumes, {counts['changed']} changed, "
            f"{counts['missing_file']} with their file missing",
            markup=False,
            highlight=False,
        )


@app.command()
def demo(
    keep_running: Annotated[
        bool,
        typer.Option(
            "--keep-running/--exit",
            help="Then serve the review page and keep taking in mail, until Ctrl-C.",
        ),
    ] = False,
    port: Annotated[int, typer.Option(help="Port of the review page.")] = 8000,
) -> None:
    """The embedded default: a local mailbox and SMTP server, sample applicants sending their
    emails, and intake over them. Nothing to configure; the demo's data goes to
    <data dir>/demo, made afresh each run."""
    from grantbox.demo import Pass, run_demo
    from grantbox.store.queries import list_applications, list_messages, list_outbox

    def show(sent: list[str], done: Pass) -> None:
        for line in sent:
            console.print(f"  sent  {line}", markup=False, highlight=False)
        _print_report(done.intake)
        _print_send_report(done.send)

    def summary(settings: Settings) -> None:
        store = _store(settings)
        try:
            with store.sessions() as session:
                _print_messages(list_messages(session))
                _print_outbox(list_outbox(session))
                _print_applications(list_applications(session))
        finally:
            store.dispose()
        console.print(
            f"The demo's database stays in {settings.data_dir}: GRANTBOX_DATA_DIR="
            f"{settings.data_dir} grantbox list (or show <id>, messages, outbox, queue).",
            markup=False,
            highlight=False,
        )

    run_demo(_settings(), show, summary, keep_running=keep_running, port=port)


# -- review: the queue, decisions, reviewers, the web app ------------------------------------


@app.command()
def queue(
    status: Annotated[
        str, typer.Option(help="Only this status; 'all' for every application.")
    ] = "ready_for_review",
    flag: Annotated[str | None, typer.Option(help="Only applications with this flag.")] = None,
    search: Annotated[str, typer.Option(help="Name, email, GB-12 or words applicants wrote.")] = "",
    page: Annotated[int, typer.Option(help="Page (50 a page).")] = 1,
    as_json: JsonOpt = False,
) -> None:
    """The review queue: longest waiting first, with the counts per status."""
    from grantbox.review.views import queue as queue_view

    store = _store(_settings())
    try:
        with store.transaction() as session:
            data = queue_view(session, status=status, flag=flag, search=search, page=page)
    except ValueError as e:
        raise GrantboxError(str(e)) from e
    finally:
        store.dispose()
    data.pop("known_flags", None)
    if as_json:
        _emit(data)
        return
    table = Table("id", "name", "email", "status", "flags", "resume", "waiting")
    for a in data["applications"]:
        add_row(
            table,
            f"GB-{a['id']}",
            a["name"],
            a["email"],
            a["status"],
            ", ".join(a["flags"]),
            a["resume"] or "",
            a["waiting"],
        )
    console.print(table)
    counts = ", ".join(f"{k} {v}" for k, v in data["counts"].items() if v)
    console.print(
        f"{data['total']} shown by the filter (page {data['page']} of {data['pages']}); "
        f"all: {counts or 'none'}",
        markup=False,
        highlight=False,
    )


def _acting(session: Session, acting: str | None, reviewer: str | None, app_id: int) -> str:
    """Who decides, for the record. With --as, that reviewer, if her role may decide and she
    is not recused from the application (checked in the transaction that acts); without,
    the person at the terminal, as an admin (the CLI trusts --as the way `sudo -u` does)."""
    if acting is None:
        return _reviewer_name(reviewer)
    from grantbox.committee.roles import require

    return require(session, acting, "decide", app_id).name


@app.command()
def decide(
    app_id: int,
    decision: Annotated[str, typer.Argument(help="approve, reject or waitlist")],
    note: Annotated[str, typer.Option("--note", help="Why, for the record.")],
    message: Annotated[
        str, typer.Option("--message", help="Words for the applicant, added to the email.")
    ] = "",
    reviewer: ReviewerOpt = None,
    acting: MaybeAsOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Approve, reject or waitlist an application; the decision email is held in the outbox
    for the hold window (`grantbox cancel ID` takes it back until then). With --as, that
    reviewer decides: a chair or an admin not recused from it."""
    from grantbox.review.decisions import decide as decide_

    result = _write(
        lambda session, settings: decide_(
            session,
            settings,
            app_id,
            decision,
            reviewer=_acting(session, acting, reviewer, app_id),
            note=note,
            message=message,
        )
    )
    if as_json:
        _emit(result.as_dict())
        return
    email = (
        f"email held until {result.hold_until[:19]} UTC"
        if result.email_status == "queued"
        else f"email {result.email_status}: {result.email_reason}"
    )
    console.print(f"GB-{app_id}: {result.status}; {email}", markup=False, highlight=False)


@app.command()
def cancel(
    app_id: int,
    reason: Annotated[str, typer.Option("--reason", help="Why, for the record.")] = "",
    reviewer: ReviewerOpt = None,
    acting: MaybeAsOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Cancel a decision whose email is still held: it is never sent, and the application is
    ready for review again."""
    from grantbox.review.decisions import cancel_decision

    result = _write(
        lambda session, settings: cancel_decision(
            session,
            settings,
            app_id,
            reviewer=_acting(session, acting, reviewer, app_id),
            reason=reason,
        )
    )
    if as_json:
        _emit(result.as_dict())
        return
    console.print(
        f"GB-{app_id}: {result.cancelled} cancelled; {result.status}", markup=False, highlight=False
    )


@app.command()
def ask(
    app_id: int,
    text: Annotated[str, typer.Argument(help="The question, as the applicant will read it.")],
    reviewer: ReviewerOpt = None,
    acting: MaybeAsOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Ask the applicant a further question in their thread; the application waits for the
    answer (more_info_requested)."""
    from grantbox.review.decisions import ask_more

    result = _write(
        lambda session, settings: ask_more(
            session,
            settings,
            app_id,
            reviewer=_acting(session, acting, reviewer, app_id),
            question=text,
        )
    )
    if as_json:
        _emit(result.as_dict())
        return
    console.print(
        f"GB-{app_id}: {result.status}; question {result.email_status}",
        markup=False,
        highlight=False,
    )


@app.command()
def withdraw(
    app_id: int,
    note: Annotated[str, typer.Option("--note", help="Why, for the record.")] = "",
    reviewer: ReviewerOpt = None,
    acting: MaybeAsOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Withdraw an open application the applicant asked to leave: emails still queued for it
    are cancelled and a short confirmation is sent (once, however often this is run)."""
    from grantbox.review.decisions import withdraw as withdraw_

    result = _write(
        lambda session, settings: withdraw_(
            session,
            settings,
            app_id,
            reviewer=_acting(session, acting, reviewer, app_id),
            note=note,
        )
    )
    if as_json:
        _emit(result.as_dict())
        return
    said = "already withdrawn" if result.already else f"confirmation {result.email_status}"
    console.print(
        f"GB-{app_id}: {result.status}; {said}; {len(result.cancelled)} queued email(s) cancelled",
        markup=False,
        highlight=False,
    )


# -- personal data: a copy for the person, erasure, retention (grantbox/privacy.py) ---------


@app.command("export")
def export_cmd(
    address: Annotated[str, typer.Argument(help="The person's email address.")],
    out: Annotated[Path, typer.Option("--out", help="The zip file to write.")],
    as_json: JsonOpt = False,
) -> None:
    """Everything held about one address, in a zip with a README: applications, answers,
    resume, every email in and out (.eml), attachments, decisions and events."""
    from grantbox.privacy import export

    settings = _settings()
    store = _store(settings)
    try:
        done = export(settings, store, address, out)
    finally:
        store.dispose()
    if as_json:
        _emit(done.as_dict())
        return
    console.print(
        f"exported {done.files} file(s) about {done.address} to {done.path} "
        f"({done.bytes / 1024:.0f} KB, {done.seconds:.2f} s)",
        markup=False,
        highlight=False,
    )


@app.command()
def forget(
    address: Annotated[str, typer.Argument(help="The person's email address.")],
    mailbox: Annotated[
        bool,
        typer.Option(
            "--mailbox",
            help="Also delete their emails, and ours to them, from every folder of the mailbox.",
        ),
    ] = False,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Say what would be erased; erase nothing.")
    ] = False,
    yes: Annotated[bool, typer.Option("--yes", help="Erase without asking.")] = False,
    reviewer: ReviewerOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Erase everything held about one address: applications, emails, answers, outgoing mail,
    stored files, search entries. One event remains, with an HMAC of the address. --mailbox
    also deletes their emails and our replies in the mailbox (the one change grantbox ever
    makes there)."""
    from grantbox.intake import open_mailbox
    from grantbox.privacy import forget as forget_

    if not (yes or dry_run):
        raise GrantboxError("forget erases for good: add --yes (or look first with --dry-run)")
    settings = _settings()
    store = _store(settings)
    try:
        with imap_failures(settings):
            box = open_mailbox(settings) if mailbox else None
            try:
                done = forget_(
                    settings,
                    store,
                    address,
                    actor=f"reviewer:{_reviewer_name(reviewer)}",
                    dry_run=dry_run,
                    mailbox=box,
                )
            finally:
                if box is not None:
                    box.close()
    finally:
        store.dispose()
    if as_json:
        _emit(done.as_dict())
        return
    e = done.erasure
    what = "would erase" if dry_run else "erased"
    in_mailbox = (
        f"; in the mailbox {sum(e.mailbox.values())} email(s)"
        + (f" ({', '.join(f'{f}: {n}' for f, n in e.mailbox.items())})" if e.mailbox else "")
        if mailbox
        else ""
    )
    console.print(
        f"{done.address}: {what} {e.applications} application(s), {e.messages} email(s) in, "
        f"{e.outbox} out, {e.rows} row(s) in all, {e.files} stored file(s){in_mailbox} "
        f"({e.seconds:.2f} s)",
        markup=False,
        highlight=False,
    )


@app.command()
def retention(
    at: AtOpt = None,
    dry_run: Annotated[
        bool, typer.Option("--dry-run", help="Say what would be erased; erase nothing.")
    ] = False,
    as_json: JsonOpt = False,
) -> None:
    """Erase what the retention settings say is past its time (GRANTBOX_RETENTION_DAYS_*):
    rejected, withdrawn and stale applications, and emails filed under no application."""
    from grantbox.privacy import apply_retention, retention_settings_text

    settings = _settings()
    store = _store(settings)
    try:
        done = apply_retention(settings, store, now=_at(at), dry_run=dry_run)
    finally:
        store.dispose()
    if as_json:
        _emit({**done.as_dict(), "policy": retention_settings_text(settings)})
        return
    e = done.erasure
    console.print(
        f"retention ({retention_settings_text(settings)}): "
        f"{'would erase' if dry_run else 'erased'} {e.applications} application(s) "
        + "".join(
            f", {len(ids)} {status}" for status, ids in done.expired.applications.items() if ids
        )
        + f"; {len(done.expired.unmatched)} email(s) filed under no application; "
        f"{e.files} stored file(s) ({e.seconds:.2f} s)",
        markup=False,
        highlight=False,
    )


app.add_typer(grants_app)  # grants, grant, payment, outcome, report, checkins
app.add_typer(committee_app)  # rubric, assign, score, reviews, coi
app.add_typer(auth_app, name="auth")  # OAuth2 sign-in to the mailbox: login, status, logout

reviewer_app = typer.Typer(help="Reviewer accounts for the review web app.", no_args_is_help=True)
app.add_typer(reviewer_app, name="reviewer")


@reviewer_app.command("disable")
def reviewer_disable(name: str, as_json: JsonOpt = False) -> None:
    """Disable a reviewer: she can no longer sign in, and her open sessions end now (her next
    page is the sign-in page). `grantbox reviewer add NAME --reset` enables her again."""
    from grantbox.review.auth import disable_reviewer

    ended = _write(lambda session, _settings: disable_reviewer(session, name))
    if as_json:
        _emit({"name": name, "disabled": True, "sessions_ended": ended})
    else:
        console.print(
            f"reviewer {name}: disabled ({ended} session(s) ended)", markup=False, highlight=False
        )


@reviewer_app.command("list")
def reviewer_list(as_json: JsonOpt = False) -> None:
    """Every reviewer account: name, role, digest address, second factor, disabled."""
    from sqlalchemy import select

    from grantbox.store.tables import Reviewer, aware

    def query(session: Session) -> list[dict[str, Any]]:
        return [
            {
                "id": r.id,
                "name": r.name,
                "role": r.role,
                "email": r.email,
                "totp": r.totp_secret is not None,
                "disabled": r.disabled,
                "created_at": aware(r.created_at).isoformat(),
            }
            for r in session.scalars(select(Reviewer).order_by(Reviewer.id))
        ]

    rows = _read(query)
    if as_json:
        _emit(rows)
        return
    if not rows:
        console.print("no reviewers (grantbox reviewer add NAME)", markup=False, highlight=False)
    for r in rows:
        console.print(
            f"{r['name']}  {r['role']}"
            + (f"  {r['email']}" if r["email"] else "")
            + ("  totp" if r["totp"] else "")
            + ("  disabled" if r["disabled"] else ""),
            markup=False,
            highlight=False,
        )


@reviewer_app.command("add")
def reviewer_add(
    name: str,
    reset: Annotated[
        bool, typer.Option("--reset", help="Set a new password for an existing reviewer.")
    ] = False,
    email: Annotated[
        str | None, typer.Option("--email", help="Where the reviewer gets the daily digest.")
    ] = None,
    totp: Annotated[
        bool | None,
        typer.Option(
            "--totp/--no-totp",
            help="A TOTP second factor: a new secret, shown as an otpauth:// URI and a QR code "
            "to scan with an authenticator app (--no-totp: none; on --reset, default: as is).",
        ),
    ] = None,
    role: Annotated[
        str | None,
        typer.Option(
            "--role",
            help="admin (reviewers and settings), chair (decides) or reviewer (scores); "
            "default admin, on --reset as is.",
        ),
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """Create a reviewer; the password is read from stdin (prompted for on a terminal)."""
    from grantbox.committee.roles import check_role
    from grantbox.review.auth import add_reviewer

    if role is not None:
        check_role(role)  # before the password prompt
    if sys.stdin.isatty():
        password = typer.prompt("Password", hide_input=True, confirmation_prompt=True, err=True)
    else:
        password = sys.stdin.readline().rstrip("\r\n")
    settings = _settings()
    store = _store(settings)
    try:
        with store.transaction() as session:
            reviewer = add_reviewer(
                session, name, password, reset=reset, email=email, totp=totp, role=role
            )
            secret = reviewer.totp_secret if totp else None
            out: dict[str, Any] = {
                "id": reviewer.id,
                "name": reviewer.name,
                "email": reviewer.email,
                "role": reviewer.role,
                "reset": reset,
                "totp": reviewer.totp_secret is not None,
            }
    finally:
        store.dispose()
    uri = None
    if secret is not None:
        from grantbox.review.totp import otpauth_uri

        issuer = " ".join(f"grantbox {settings.program_name}".replace(":", " ").split())
        uri = otpauth_uri(secret, name, issuer[:60])
        out["otpauth_uri"] = uri
    if as_json:
        _emit(out)
        return
    console.print(
        f"reviewer {name} ({out['role']}): password {'reset' if reset else 'set'}"
        + (", second factor (TOTP) on" if out["totp"] else ""),
        markup=False,
        highlight=False,
    )
    if uri is not None:
        from grantbox.review.totp import qr_text

        # Straight to the terminal, unwrapped: the URI holds the secret, shown this once.
        sys.stdout.write(
            "\nScan this with an authenticator app (or enter the URI); it is shown once:\n\n"
            + qr_text(uri)
            + "\n"
            + uri
            + "\n"
        )


@app.command()
def audit(
    reviewer: Annotated[
        str | None, typer.Option("--reviewer", help="Only what this reviewer opened.")
    ] = None,
    application: Annotated[
        str | None, typer.Option("--application", help="Only this application (12 or GB-12).")
    ] = None,
    as_json: JsonOpt = False,
) -> None:
    """The access log: who opened which application page, attachment or raw message in the
    review app, and when (oldest first)."""
    from sqlalchemy import select

    from grantbox.store.tables import AccessLog, aware

    app_id = None
    if application is not None:
        digits = application.strip().upper().removeprefix("GB-")
        if not digits.isdigit():
            err.print(f"not an application number: {application!r}", markup=False)
            raise typer.Exit(1)
        app_id = int(digits)

    def query(session: Session) -> list[dict[str, Any]]:
        q = select(AccessLog).order_by(AccessLog.at, AccessLog.id)
        if reviewer is not None:
            q = q.where(AccessLog.reviewer == reviewer)
        if app_id is not None:
            q = q.where(AccessLog.application_id == app_id)
        return [
            {
                "at": aware(row.at).isoformat(),
                "reviewer": row.reviewer,
                "kind": row.kind,
                "application_id": row.application_id,
                "attachment_id": row.attachment_id,
                "message_pk": row.message_pk,
            }
            for row in session.scalars(q)
        ]

    rows = _read(query)
    if as_json:
        _emit(rows)
        return
    for r in rows:
        what = f"GB-{r['application_id']}" if r["application_id"] is not None else ""
        if r["kind"] == "attachment":
            what += f" attachment {r['attachment_id']}"
        elif r["kind"] == "raw_message":
            what += f" raw message {r['message_pk']}"
        console.print(
            f"{r['at'][:19].replace('T', ' ')}  {r['reviewer']}  {r['kind']}  {what.strip()}",
            markup=False,
            highlight=False,
            soft_wrap=True,
        )
    if not rows:
        console.print("nothing opened yet", markup=False, highlight=False)


@app.command()
def review(
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
) -> None:
    """The review web app alone, on http://HOST:PORT (until interrupted)."""
    from grantbox.review.web import serve

    settings = _settings()
    err.print(f"grantbox review on http://{host}:{port}", markup=False, highlight=False)
    serve(settings, host=host, port=port)


@app.command("serve")
def serve_cmd(
    host: Annotated[str, typer.Option(help="Address of the review app.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port of the review app.")] = 8000,
    prefect_port: Annotated[
        int, typer.Option(help="Port of the local Prefect server (when PREFECT_API_URL is unset).")
    ] = 4200,
    intake_every: Annotated[
        float | None, typer.Option(help="Seconds between intake runs (default 60).")
    ] = None,
    watch: Annotated[
        bool, typer.Option(help="Also answer mail the moment it arrives (IMAP IDLE).")
    ] = True,
) -> None:
    """Everything on one machine: intake, sending, chase and digest on their schedules, the
    IMAP IDLE watcher and the review app, until Ctrl-C or SIGTERM. Starts a local Prefect
    server unless PREFECT_API_URL names one."""
    from grantbox.serve import serve

    serve(
        _settings(),
        host=host,
        port=port,
        prefect_port=prefect_port,
        intake_every=intake_every,
        watch=watch,
    )


def main() -> None:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    try:
        app(standalone_mode=False)
    except (typer.Exit, SystemExit) as e:
        code = getattr(e, "exit_code", getattr(e, "code", 0))
        sys.exit(code or 0)
    except Exception as e:  # one line naming the part at fault and the fix, non-zero
        import click

        if isinstance(e, click.ClickException):
            e.show()
            sys.exit(e.exit_code)
        if isinstance(e, click.exceptions.Abort):
            sys.exit(130)
        if os.environ.get("GRANTBOX_DEBUG"):
            log.exception("grantbox failed")
        err.print(
            f"grantbox: {failure_line(e, _settings_if_any())}",
            markup=False,
            highlight=False,
            soft_wrap=True,
        )
        sys.exit(1)


def _settings_if_any() -> Settings | None:
    """The settings to name the failing part by, if they load at all."""
    try:
        return load_settings()
    except Exception:
        return None


if __name__ == "__main__":
    main()
