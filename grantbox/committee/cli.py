"""The committee commands of `grantbox` (issue 14), merged into the top-level command:
`rubric`, `assign`, `assigned`, `take`, `score`, `reviews`, `coi`.

`--as NAME` names the acting reviewer, whose role is checked (grantbox/committee/roles.py)
in the same transaction that acts. The CLI stands for a person at the terminal and trusts
`--as` the way `sudo -u` does: the web app is where signing in is enforced. Commands that
act for a reviewer (score, reviews, coi, assigned, take) need it; `assign` without it acts
as an admin, as every other command does.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Annotated, Any

import typer

from grantbox.clikit import AtOpt, JsonOpt, _at, _emit, _read, _settings, _write, console
from grantbox.errors import GrantboxError

if TYPE_CHECKING:
    from sqlalchemy.orm import Session

    from grantbox.config import Settings

committee_app = typer.Typer()

AsOpt = Annotated[
    str | None,
    typer.Option(
        "--as", help="The reviewer acting (required; her role is checked).", show_default=False
    ),
]
MaybeAsOpt = Annotated[
    str | None,
    typer.Option("--as", help="The reviewer acting (default: an admin at the terminal)."),
]


def _acting(name: str | None) -> str:
    if not name:
        raise GrantboxError("--as NAME is needed: the reviewer acting (grantbox reviewer list)")
    return name


def _say(line: str) -> None:
    console.print(line, markup=False, highlight=False, soft_wrap=True)


def parse_criteria(values: list[str]) -> dict[str, int]:
    """`--criterion ID=N` options as {id: n}; GrantboxError naming a malformed one."""
    scores: dict[str, int] = {}
    for value in values:
        key, sep, number = value.partition("=")
        key = key.strip()
        if not sep or not key:
            raise GrantboxError(f"--criterion {value!r}: write it as ID=N, e.g. math=4")
        if key in scores:
            raise GrantboxError(f"--criterion {key}: given twice")
        try:
            scores[key] = int(number.strip())
        except ValueError:
            raise GrantboxError(
                f"--criterion {value!r}: {number.strip()!r} is not a whole number"
            ) from None
    return scores


@committee_app.command()
def rubric(as_json: JsonOpt = False) -> None:
    """The rubric reviewers score against (templates/rubric.toml or GRANTBOX_RUBRIC_FILE)."""
    from grantbox.committee.rubric import rubric_for

    found = rubric_for(_settings())
    if as_json:
        _emit(found.as_dict())
        return
    _say(found.title)
    for c in found.criteria:
        low, high = c.scale
        _say(f"  {c.id} ({low}-{high}): {c.text}")


@committee_app.command()
def assign(
    per_application: Annotated[
        int | None,
        typer.Option(
            "--per-application",
            help="Reviewers per application (default: GRANTBOX_REVIEWS_PER_APPLICATION).",
        ),
    ] = None,
    acting: MaybeAsOpt = None,
    at: AtOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Share out every application ready for review: each gets up to N reviewers, least busy
    first, never one recused from it or flagged as a possible conflict of interest."""
    from grantbox.committee.assignment import assign as assign_
    from grantbox.committee.roles import require

    now = _at(at)

    def act(session: Session, settings: Settings) -> dict[str, Any]:
        if acting is not None:
            require(session, acting, "assign")
        return assign_(session, settings, per_application=per_application, at=now).as_dict()

    report = _write(act)
    if as_json:
        _emit(report)
        return
    _say(
        f"assign: {len(report['assigned'])} assignment(s) over {report['applications']} "
        f"application(s) ready for review, {report['per_application']} reviewer(s) each"
    )
    if report["short"]:
        _say(
            f"  {len(report['short'])} application(s) still short of reviewers "
            "(too few without a conflict of interest): "
            + ", ".join(f"GB-{i}" for i in report["short"][:20])
            + (" …" if len(report["short"]) > 20 else "")
        )


@committee_app.command()
def assigned(acting: AsOpt = None, as_json: JsonOpt = False) -> None:
    """The applications waiting for your review (assigned to you, not yet submitted)."""
    from grantbox.committee.assignment import assigned_open
    from grantbox.committee.roles import require

    who = _acting(acting)

    def query(session: Session) -> list[int]:
        return assigned_open(session, require(session, who, "view").id)

    ids = _read(query)
    if as_json:
        _emit({"reviewer": who, "applications": ids})
        return
    if not ids:
        _say(f"{who}: nothing waits for your review")
        return
    _say(f"{who}: {len(ids)} application(s) wait for your review")
    for app_id in ids:
        _say(f"  GB-{app_id}")


@committee_app.command()
def take(app_id: int, acting: AsOpt = None, at: AtOpt = None, as_json: JsonOpt = False) -> None:
    """Take an application for review yourself."""
    from grantbox.committee.assignment import take as take_
    from grantbox.committee.roles import require

    who = _acting(acting)
    now = _at(at)

    def act(session: Session, _settings: Settings) -> dict[str, Any]:
        reviewer = require(session, who, "take", app_id)
        row = take_(session, app_id, reviewer, at=now)
        return {"application_id": app_id, "reviewer": who, "assigned_by": row.assigned_by}

    out = _write(act)
    if as_json:
        _emit(out)
        return
    _say(f"GB-{app_id}: assigned to {who}")


@committee_app.command()
def score(
    app_id: int,
    acting: AsOpt = None,
    criterion: Annotated[
        list[str] | None,
        typer.Option("--criterion", help="A score, ID=N (once per criterion; see `rubric`)."),
    ] = None,
    recommend: Annotated[
        str,
        typer.Option("--recommend", help="approve, reject, waitlist or abstain."),
    ] = "",
    comment: Annotated[str, typer.Option("--comment", help="Your comment.")] = "",
    draft: Annotated[
        bool, typer.Option("--draft", help="Save without submitting (scores may be partial).")
    ] = False,
    at: AtOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Score an application against the rubric, with a recommendation and a comment. Until
    you submit, the other reviewers' reviews stay hidden from you."""
    from grantbox.committee.assignment import ready_to_decide
    from grantbox.committee.reviews import save_review
    from grantbox.committee.roles import require

    who = _acting(acting)
    scores = parse_criteria(criterion or [])
    now = _at(at)
    if not draft and not recommend:
        raise GrantboxError("--recommend: approve, reject, waitlist or abstain (or --draft)")

    def act(session: Session, settings: Settings) -> dict[str, Any]:
        reviewer = require(session, who, "score", app_id)
        review = save_review(
            session,
            settings,
            app_id,
            reviewer,
            scores=scores,
            recommendation=recommend,
            comment=comment,
            submit=not draft,
            at=now,
        )
        return {
            "application_id": app_id,
            "reviewer": who,
            "scores": dict(review.scores),
            "recommendation": review.recommendation,
            "submitted": review.submitted_at is not None,
            "ready_to_decide": ready_to_decide(session, settings, app_id),
        }

    out = _write(act)
    if as_json:
        _emit(out)
        return
    _say(
        f"GB-{app_id}: review by {who} {'submitted' if out['submitted'] else 'saved as a draft'}"
        + ("; ready to decide" if out["ready_to_decide"] else "")
    )


@committee_app.command()
def reviews(app_id: int, acting: AsOpt = None, as_json: JsonOpt = False) -> None:
    """The reviews of an application as you may see them: the others' only once you have
    submitted yours (chairs and admins see all), with the spread of scores and where the
    reviewers disagree; and the possible conflicts of interest found."""
    from grantbox.committee.conflicts import possible_conflicts
    from grantbox.committee.reviews import reviews_view
    from grantbox.committee.roles import require

    who = _acting(acting)
    settings = _settings()

    def query(session: Session) -> dict[str, Any]:
        reviewer = require(session, who, "view", app_id)
        view = reviews_view(session, settings, app_id, reviewer).as_dict()
        view["possible_conflicts"] = [
            {"reviewer": c.reviewer, "why": c.why}
            for c in possible_conflicts(session, app_id, settings)
        ]
        return view

    view = _read(query)
    if as_json:
        _emit(view)
        return
    _say(
        f"GB-{app_id}: {view['submitted_count']} of {view['quorum']} review(s) in"
        + ("; ready to decide" if view["ready_to_decide"] else "")
    )
    for c in view["possible_conflicts"]:
        _say(f"  possible conflict of interest: {c['reviewer']}: {c['why']}")
    items = ([view["own"]] if view["own"] else []) + view["others"]
    for item in items:
        scores = ", ".join(f"{k}={v}" for k, v in item["scores"].items())
        state = "" if item["submitted"] else " (draft)"
        _say(f"  {item['reviewer']}{state}: {item['recommendation'] or '-'}; {scores}")
        if item["comment"]:
            _say(f"    {' '.join(item['comment'].split())[:300]}")
    if view["hidden_count"]:
        _say(f"  {view['hidden_count']} other review(s) hidden until you submit yours")
    for cid, spread in view["spread"].items():
        mark = "  << disagreement" if spread["disagreement"] else ""
        _say(f"  {cid}: {spread['min']}-{spread['max']} (mean {spread['mean']}){mark}")
    if "recommendation" in view["disagreements"]:
        _say("  recommendations disagree: both approve and reject")


@committee_app.command()
def coi(
    app_id: int,
    acting: AsOpt = None,
    note: Annotated[str, typer.Option("--note", help="What the conflict is, for the record.")] = "",
    at: AtOpt = None,
    as_json: JsonOpt = False,
) -> None:
    """Declare a conflict of interest with an application: you are recused from it (no page,
    no reviews, no score, no decision) and lose your assignment to it."""
    from grantbox.committee.conflicts import declare
    from grantbox.committee.roles import require

    who = _acting(acting)
    now = _at(at)

    def act(session: Session, _settings: Settings) -> dict[str, Any]:
        reviewer = require(session, who, "coi")
        row = declare(session, app_id, reviewer, note, at=now)
        return {"application_id": app_id, "reviewer": who, "recused": True, "note": row.note}

    out = _write(act)
    if as_json:
        _emit(out)
        return
    _say(f"GB-{app_id}: {who} declared a conflict of interest and is recused")
