"""Committee review in process, on SQLite and PostgreSQL: sharing out by load, taking,
conflicts of interest (declared: recused from everything; possible: found from the referral
answer and from a Cc), reviews hidden until one's own is submitted, and the quorum that makes
an application ready to decide."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage

import pytest
from sqlalchemy import select

from grantbox.blobs import BlobStore
from grantbox.committee import assignment, blind, conflicts, reviews, roles
from grantbox.committee.roles import NotAllowed
from grantbox.config import Settings
from grantbox.store.tables import Answer, Event, Message, ReviewAssignment, Reviewer
from tests.review_seed import seed_application

T0 = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)
FULL = {"experience": 5, "math": 4, "self_direction": 4, "study_plan": 3}


@pytest.fixture
def committee(database_url, tmp_path, store_for):
    settings = Settings(
        data_dir=tmp_path / "data",
        database_url=database_url,
        from_address="grants@program.test",
        reviews_per_application=2,
    )
    store = store_for(settings)
    return settings, store


def _people(store, people: list[tuple[str, str, str | None]]) -> None:
    # No argon2 here: these reviewers never sign in (the web tests do).
    with store.transaction() as s:
        for name, role, email in people:
            s.add(Reviewer(name=name, password_hash="!", role=role, email=email))


def _who(s, name: str) -> Reviewer:
    reviewer = s.scalars(select(Reviewer).where(Reviewer.name == name)).one()
    return reviewer


def _assigned(s) -> dict[int, list[str]]:
    out: dict[int, list[str]] = {}
    for app_id, name in s.execute(
        select(ReviewAssignment.application_id, Reviewer.name)
        .join(Reviewer, Reviewer.id == ReviewAssignment.reviewer_id)
        .order_by(ReviewAssignment.application_id, Reviewer.id)
    ):
        out.setdefault(app_id, []).append(name)
    return out


def test_assign_take_recuse_hide_and_quorum(committee):
    settings, store = committee
    _people(store, [(f"r{i}", "reviewer", None) for i in range(1, 6)])
    _people(store, [("carol", "chair", None), ("root", "admin", None)])
    apps = [
        seed_application(store, settings, name=f"Applicant {i}", at=T0 + timedelta(minutes=i))
        for i in range(5)
    ]
    a0, a1, a2, a3, a4 = apps

    with store.transaction() as s:
        r1 = _who(s, "r1")
        assert assignment.take(s, a0, r1, at=T0).assigned_by == "self"
        assignment.take(s, a1, r1, at=T0)
        assert assignment.take(s, a0, r1).assigned_by == "self"  # the same, not a second
    with store.transaction() as s:
        report = assignment.assign(s, settings, at=T0)
        # Least open load first, ties by id; r1 already has two: chairs are not needed.
        assert _assigned(s) == {
            a0: ["r1", "r2"],
            a1: ["r1", "r3"],
            a2: ["r4", "r5"],
            a3: ["r2", "r3"],
            a4: ["r4", "r5"],
        }
        assert len(report.assigned) == 8 and report.short == [] and report.applications == 5
    with store.transaction() as s:
        assert assignment.assign(s, settings).assigned == []  # nothing left to share out
        assert assignment.assigned_open(s, _who(s, "r1").id) == [a0, a1]
        assert assignment.assigned_open(s, _who(s, "r2").id) == [a0, a3]

    # A declared conflict recuses any role from everything about the application.
    with store.transaction() as s:
        r3, carol = _who(s, "r3"), _who(s, "carol")
        conflicts.declare(s, a1, r3, "she is my cousin", at=T0)
        conflicts.declare(s, a1, r3)  # twice: still one declaration
        conflicts.declare(s, a4, carol, at=T0)
    with store.transaction() as s:
        r3, carol = _who(s, "r3"), _who(s, "carol")
        assert assignment.assigned_open(s, r3.id) == [a3]  # the assignment went with it
        assert conflicts.is_recused(s, a1, r3.id) and not conflicts.is_recused(s, a3, r3.id)
        with pytest.raises(NotAllowed, match="recused"):
            reviews.save_review(s, settings, a1, r3, scores=FULL, recommendation="approve")
        with pytest.raises(NotAllowed, match="recused"):
            reviews.reviews_view(s, settings, a1, r3)
        with pytest.raises(NotAllowed, match="recused"):
            assignment.take(s, a1, r3)
        with pytest.raises(NotAllowed, match="recused"):
            roles.require(s, "r3", "view", a1)
        with pytest.raises(NotAllowed, match="recused"):
            roles.require(s, "carol", "decide", a4)
        assert roles.require(s, "carol", "decide", a0).name == "carol"
        with pytest.raises(NotAllowed, match=r"r1 \(reviewer\) may not decide"):
            roles.require(s, "r1", "decide", a0)
        with pytest.raises(NotAllowed, match="no reviewer"):
            roles.require(s, "nobody", "view")
        # The freed place goes to the least loaded reviewer who is not recused.
        assert assignment.assign(s, settings, at=T0).assigned == [
            {"application_id": a1, "reviewer": "r2"}
        ]

    # Reviews: hidden from a reviewer until she submits hers; chairs see every review.
    with store.transaction() as s:
        r1, r2 = _who(s, "r1"), _who(s, "r2")
        reviews.save_review(
            s, settings, a0, r1, scores=FULL, recommendation="approve", comment="strong", at=T0
        )
        reviews.save_review(
            s, settings, a0, r2, scores={"math": 2}, recommendation="", submit=False, at=T0
        )
        view = reviews.reviews_view(s, settings, a0, r2)
        assert view.own is not None and not view.own.submitted and view.own.scores == {"math": 2}
        assert view.others == [] and view.hidden_count == 1 and not view.others_visible
        assert view.spread == {} and view.recommendations == {}
        assert not view.ready_to_decide and view.submitted_count == 1 and view.quorum == 2
        chair = reviews.reviews_view(s, settings, a0, _who(s, "carol"))
        assert [o.reviewer for o in chair.others] == ["r1"] and chair.others[0].comment == "strong"
        assert not assignment.ready_to_decide(s, settings, a0)
        assert assignment.assigned_open(s, r2.id) == [a0, a1, a3]  # a draft is not a review
    with store.transaction() as s:
        r2 = _who(s, "r2")
        low = {"experience": 2, "math": 3, "self_direction": 4, "study_plan": 3}
        reviews.save_review(s, settings, a0, r2, scores=low, recommendation="reject", at=T0)
        view = reviews.reviews_view(s, settings, a0, r2)
        assert [o.reviewer for o in view.others] == ["r1"] and view.others[0].scores == FULL
        assert view.hidden_count == 0 and view.ready_to_decide and view.submitted_count == 2
        assert view.spread["experience"].disagreement and not view.spread["math"].disagreement
        assert view.disagreements == ["experience", "recommendation"] and view.disagreement
        assert view.recommendations == {"approve": 1, "reject": 1}
        assert assignment.ready_to_decide(s, settings, a0)
        assert assignment.assigned_open(s, r2.id) == [a1, a3]
        # A submitted review is revised, never un-submitted, and stays complete.
        with pytest.raises(reviews.ReviewError, match="no score"):
            reviews.save_review(s, settings, a0, r2, scores={"math": 3}, recommendation="reject")
        reviews.save_review(
            s, settings, a0, r2, scores=low, recommendation="waitlist", submit=False
        )
        kinds = [
            (e.kind, e.reason)
            for e in s.scalars(select(Event).where(Event.application_id == a0).order_by(Event.id))
            if e.kind in ("review_submitted", "review_revised")
        ]
        # On the timeline, which reviewers who have not scored see: who, never what.
        assert kinds == [
            ("review_submitted", "r1 submitted a review"),
            ("review_submitted", "r2 submitted a review"),
            ("review_revised", "r2 revised a review"),
        ]
        # Blind first read: blind until she has scored; a chair until it is ready to decide.
        blind_mode = settings.model_copy(update={"blind_first_read": True})
        r1, carol = _who(s, "r1"), _who(s, "carol")
        assert not blind.is_blind(s, settings, a2, r1)  # the setting is off
        assert not blind.is_blind(s, blind_mode, a0, r1) and blind.is_blind(s, blind_mode, a1, r1)
        assert not blind.is_blind(s, blind_mode, a0, carol)  # ready to decide
        assert blind.is_blind(s, blind_mode, a3, carol)
        assert blind.blind_among(s, blind_mode, apps, r1) == {a1, a2, a3, a4}
        assert blind.blind_among(s, blind_mode, apps, carol) == {a1, a2, a3, a4}
        assert blind.blind_among(s, settings, apps, carol) == set()
        # Someone recused after reviewing no longer counts towards the quorum.
        conflicts.declare(s, a0, r2)
        assert not assignment.ready_to_decide(s, settings, a0)
        assert reviews.reviews_view(s, settings, a0, _who(s, "r1")).submitted_count == 1


def _cc_reply(store, settings, app_id: int, cc: str) -> None:
    """A reply from the applicant with a Cc, its raw bytes stored as intake stores them."""
    msg = EmailMessage()
    msg["From"] = "Ben Applicant <ben@home.test>"
    msg["To"] = "grants@program.test"
    msg["Cc"] = cc
    msg["Subject"] = "Re: your questions"
    msg["Message-ID"] = "<cc-1@home.test>"
    msg.set_content("Answers below; I copied someone who knows my work.")
    raw = msg.as_bytes()
    sha = BlobStore(settings.blob_dir).put(raw)
    with store.transaction() as s:
        s.add(
            Message(
                message_id="<cc-1@home.test>",
                content_sha256=sha,
                size=len(raw),
                from_addr="ben@home.test",
                from_name="Ben Applicant",
                subject="Re: your questions",
                kind="reply",
                flags=[],
                text="Answers below; I copied someone who knows my work.",
                application_id=app_id,
                stored=True,
            )
        )
    assert hashlib.sha256(raw).hexdigest() == sha


def test_possible_conflicts_from_the_referral_answer_and_a_cc(committee):
    settings, store = committee
    _people(
        store,
        [
            ("alice.chen", "reviewer", "alice@mats.test"),
            ("bob", "reviewer", "Bob.Stone@lab.test"),
            ("dave", "reviewer", "dave@program.test"),
            ("carol", "chair", None),
        ],
    )
    knows_alice = seed_application(store, settings, name="Amy Applicant", at=T0)
    copies_bob = seed_application(
        store, settings, name="Ben Applicant", at=T0, email="ben@home.test"
    )
    with store.transaction() as s:
        answer = s.scalars(
            select(Answer).where(
                Answer.application_id == knows_alice, Answer.question_id == "referral"
            )
        ).one()
        answer.text = "A friend, and I know Alice Chen from MATS."
    _cc_reply(store, settings, copies_bob, "Bob Stone <bob.stone@LAB.test>, x@y.test")

    with store.reading() as s:
        assert conflicts.possible_conflicts(s, knows_alice, settings) == [
            ("alice.chen", 'named in the applicant\'s answer to "do you know anyone involved"')
        ]
        assert conflicts.possible_conflicts(s, copies_bob, settings) == [
            (
                "bob",
                "the reviewer's address bob.stone@lab.test is in To or Cc of the applicant's "
                "emails",
            )
        ]
        # Without the settings the raw mail is out of reach: the referral answer still counts.
        assert conflicts.possible_conflicts(s, copies_bob) == []
        assert [c.reviewer for c in conflicts.possible_conflicts(s, knows_alice)] == ["alice.chen"]
    with store.transaction() as s:
        assignment.assign(s, settings, at=T0)
        # Nobody gets an application they may have a conflict with; with too few reviewers
        # left, the chair steps in.
        assert _assigned(s) == {knows_alice: ["bob", "dave"], copies_bob: ["alice.chen", "dave"]}
        report = assignment.assign(s, settings, per_application=4, at=T0)
        assert _assigned(s) == {
            knows_alice: ["bob", "dave", "carol"],
            copies_bob: ["alice.chen", "dave", "carol"],
        }
        assert report.short == [knows_alice, copies_bob]
