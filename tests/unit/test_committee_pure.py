"""Pure parts of committee review: the rubric file, the roles table, the blind first read's
redaction, the spread of scores and where reviewers disagree, and the name and address
matching behind possible conflicts of interest."""

from __future__ import annotations

import json
import time
import unicodedata
from pathlib import Path
from typing import Any

import pytest

from grantbox.committee.blind import (
    Redactor,
    blind_application,
    redactor_for,
    without_contact_block,
)
from grantbox.committee.conflicts import (
    INVISIBLE,
    Evidence,
    fold,
    matches,
    name_tokens,
    signatures,
    unquoted,
)
from grantbox.committee.reviews import (
    ReviewError,
    check_scores,
    recommendations_disagree,
    spread_of,
)
from grantbox.committee.roles import ACTIONS, PERMISSIONS, ROLES, can
from grantbox.committee.rubric import DEFAULT_RUBRIC_PATH, RubricError, load_rubric
from grantbox.store.tables import Reviewer

# -- the rubric ------------------------------------------------------------------------------


def test_the_shipped_rubric_follows_the_programs_bar():
    rubric = load_rubric(DEFAULT_RUBRIC_PATH)
    assert rubric.ids == ["experience", "math", "self_direction", "study_plan"]
    for c in rubric.criteria:
        assert c.scale == (1, 5)
        assert len(c.guidance) > 80  # what 1, 3 and 5 mean
        assert set(c.labels) <= {1, 2, 3, 4, 5}
    assert "vector calculus" in rubric.get("math").text
    assert "three-month" in rubric.get("self_direction").text
    as_json = json.loads(json.dumps(rubric.as_dict()))
    assert [set(c) >= {"id", "text", "scale"} for c in as_json["criteria"]] == [True] * 4
    assert as_json["criteria"][0]["scale"] == [1, 5]
    with pytest.raises(KeyError):
        rubric.get("charisma")


@pytest.mark.parametrize(
    ("text", "problem"),
    [
        ("criteria = [", "not valid TOML"),
        ("title = 'x'", "criteria"),
        ("criteria = []", "criteria"),
        ('[[criteria]]\nid = "Math"\ntext = "Math?"', "lower-case"),
        ('[[criteria]]\nid = "m"\ntext = "Math?"\nscale = [5, 1]', "lowest must be below"),
        ('[[criteria]]\nid = "m"\ntext = "Math?"\nscale = [1, 1000]', "at most 100"),
        ('[[criteria]]\nid = "m"\ntext = "Math?"\nscale = [1, 5]\nlabels = {9 = "x"}', "outside"),
        (
            '[[criteria]]\nid = "m"\ntext = "Math?"\n[[criteria]]\nid = "m"\ntext = "Again?"',
            "twice",
        ),
        ('[[criteria]]\nid = "m"\ntext = "Math?"\nweight = 2', "weight"),
    ],
)
def test_a_bad_rubric_file_is_refused_naming_the_problem(tmp_path: Path, text, problem):
    path = tmp_path / "rubric.toml"
    path.write_text(text)
    with pytest.raises(RubricError, match=problem):
        load_rubric(path)


def test_a_missing_or_binary_rubric_file_is_one_clear_error(tmp_path: Path):
    with pytest.raises(RubricError, match="cannot read"):
        load_rubric(tmp_path / "nope.toml")
    (tmp_path / "bin.toml").write_bytes(b"\xff\xfe\x00")
    with pytest.raises(RubricError, match="not UTF-8"):
        load_rubric(tmp_path / "bin.toml")


def test_scores_are_checked_against_the_rubric():
    rubric = load_rubric()
    full = {"experience": 4, "math": 3, "self_direction": 5, "study_plan": 1}
    assert check_scores(rubric, full, complete=True) == full
    assert check_scores(rubric, {"math": 2}, complete=False) == {"math": 2}
    cases: list[tuple[dict[str, Any], str]] = [
        ({"math": 2}, "experience: no score"),
        ({**full, "charm": 3}, "no criterion 'charm'"),
        ({**full, "math": 6}, "outside the scale 1-5"),
        ({**full, "math": 0}, "outside the scale"),
        ({**full, "math": True}, "whole number"),
        ({**full, "math": 2.5}, "whole number"),
        ({**full, "math": "3"}, "whole number"),
    ]
    for bad, problem in cases:
        with pytest.raises(ReviewError, match=problem):
            check_scores(rubric, bad, complete=True)


# -- roles -----------------------------------------------------------------------------------


def test_roles_are_a_hierarchy_of_permissions():
    table = {role: sorted(a for a in ACTIONS if can(role, a)) for role in ROLES}
    assert table == {
        "reviewer": ["coi", "score", "take", "view"],
        "chair": ["assign", "coi", "decide", "grants", "score", "take", "view"],
        "admin": ["assign", "coi", "decide", "grants", "manage", "score", "take", "view"],
    }
    assert PERMISSIONS["reviewer"] < PERMISSIONS["chair"] < PERMISSIONS["admin"]
    assert not can("owner", "view")  # an unknown role may do nothing
    with pytest.raises(ValueError):
        can("admin", "delete_everything")  # a typo in the caller is a bug, not a "no"


# -- spread and disagreement ------------------------------------------------------------------


def test_spread_and_disagreement():
    rubric = load_rubric()
    spread = spread_of(
        rubric,
        [
            {"experience": 5, "math": 3, "self_direction": 4},
            {"experience": 3, "math": 3, "self_direction": 2},
            {"experience": 4, "math": 4},
        ],
    )
    assert (spread["experience"].min, spread["experience"].max) == (3, 5)
    assert spread["experience"].mean == 4.0
    assert spread["experience"].disagreement  # 2 apart on 1-5: half the scale
    assert not spread["math"].disagreement  # 1 apart
    assert spread["math"].mean == 3.33 and spread["math"].count == 3
    assert spread["self_direction"].disagreement and spread["self_direction"].count == 2
    assert "study_plan" not in spread  # nobody scored it
    one = spread_of(rubric, [{"math": 1}])
    assert not one["math"].disagreement  # one score disagrees with nobody
    assert recommendations_disagree(["approve", "waitlist", "reject"])
    assert not recommendations_disagree(["approve", "waitlist", "abstain"])


# -- possible conflicts: names and addresses ---------------------------------------------------


def _reviewer(name: str, email: str | None = None) -> Reviewer:
    return Reviewer(name=name, email=email, password_hash="x", role="reviewer", disabled=False)


def _found(reviewer: Reviewer, evidence: Evidence, own: set[str] | None = None) -> list[str]:
    [sig] = signatures([reviewer], own or {"grants@program.org"})
    return list(matches(sig, evidence))


def test_every_invisible_character_is_known():
    invisible = "".join(chr(c) for c in range(0x10000) if unicodedata.category(chr(c)) == "Cf")
    assert INVISIBLE.sub("", invisible) == ""


def test_names_match_whole_words_ignoring_case_and_accents():
    assert fold("José Núñez") == "jose nunez"
    assert fold("Ｊｏｓé\u200b") == "jose"  # full width, zero-width space
    assert name_tokens("alice.chen") == ["alice", "chen"]
    assert name_tokens("a_chen-2@uni.edu") == ["chen"]
    alice = _reviewer("alice.chen")
    assert _found(alice, Evidence.of(referral="I know Alice Chen from MATS"))
    assert _found(alice, Evidence.of(referral="yes: ALICE  CHEN (MATS)"))
    assert _found(alice, Evidence.of(texts=["Dr. Alice-Chen suggested I apply"]))
    assert not _found(alice, Evidence.of(referral="I know Alice Chenoweth"))
    assert not _found(alice, Evidence.of(referral="Alice and Mr Chen"))
    jose = _reviewer("jose.nunez")
    assert _found(jose, Evidence.of(referral="José Núñez told me about it"))
    # A one-word name counts in the referral answer only, where the applicant names people.
    will = _reviewer("will")
    assert _found(will, Evidence.of(referral="my former manager Will is on the committee"))
    assert not _found(will, Evidence.of(texts=["I will study Sutton and Barto"]))
    assert not _found(_reviewer("li"), Evidence.of(referral="Li told me"))  # too short to tell
    # Our own emails quoted back (a signature naming a reviewer) are not the applicant's words.
    assert unquoted("Thanks!\n> Alice Chen, for the program\n  >> older\nBye") == "Thanks!\nBye"


def test_addresses_and_domains_match_but_not_the_programs_or_webmail():
    bob = _reviewer("bob", "Bob.Stone@Lab.Example.edu")
    assert _found(bob, Evidence.of(recipients=["bob.stone@lab.example.edu"])) == [
        "the reviewer's address bob.stone@lab.example.edu is in To or Cc of the applicant's emails"
    ]
    assert _found(bob, Evidence.of(senders=["amy@lab.example.edu"])) == [
        "the applicant writes from the reviewer's domain lab.example.edu"
    ]
    assert _found(bob, Evidence.of(senders=["amy@cs.lab.example.edu"]))  # a subdomain
    assert _found(bob, Evidence.of(texts=["cc: tom@lab.example.edu"]))
    assert _found(bob, Evidence.of(referral="write to bob.stone@lab.example.edu"))
    assert not _found(bob, Evidence.of(senders=["amy@notlab.example.edu"]))
    gmail = _reviewer("carol", "carol@gmail.com")
    assert not _found(gmail, Evidence.of(senders=["amy@gmail.com"]))  # webmail says nothing
    assert _found(gmail, Evidence.of(recipients=["carol@gmail.com"]))  # her own address does
    staff = _reviewer("dan", "dan@program.org")
    # Every applicant writes to the program's address: its domain says nothing either.
    assert not _found(staff, Evidence.of(recipients=["grants@program.org"]))
    assert _found(staff, Evidence.of(recipients=["grants@program.org", "dan@program.org"]))
    # A reviewer whose own address is the program's mailbox: never a conflict by address.
    assert not _found(
        _reviewer("ops", "grants@program.org"), Evidence.of(recipients=["grants@program.org"])
    )


# -- the blind first read ----------------------------------------------------------------------

NAME = "José Núñez-Ødegård"
EMAIL = "jose.nunez@uni.example.edu"


def _page() -> dict:
    """A views.application(...) page, with the applicant's identity everywhere it goes."""
    return {
        "id": 12,
        "name": NAME,
        "email": EMAIL,
        "status": "ready_for_review",
        "flags": ["reply_from_other_address"],
        "created_at": "2026-01-02T03:04:05.123456+00:00",
        "resume": {
            "filename": "CV_Nunez_Jose.pdf",
            "content_type": "application/pdf",
            "pages": 2,
            "text": (
                "JOSÉ NÚÑEZ-ØDEGÅRD\n"
                "Oslo, Norway | +47 912 34 567 | jose.nunez@uni.example.edu\n"
                "linkedin.com/in/josenunez · github.com/jnunez · https://jose.dev\n"
                "Summary\n"
                "Backend engineer, 2016 - 2024, vector calculus self-taught.\n"
                "Education\n"
                "MSc Physics, 2014-2016. Contact me at jn@alt.example.net or 0047 912 34 567.\n"
                "Ref: Prof. Nunez (no relation)."
            ),
            "profile": {
                "name": {"value": "José Núñez-Ødegård", "evidence": {"line": 1, "text": NAME}},
                "emails": [{"value": EMAIL, "evidence": {"line": 2, "text": EMAIL}}],
                "phones": [{"value": "+47 912 34 567", "evidence": {"line": 2, "text": ""}}],
                "links": [
                    {"url": "https://github.com/jnunez", "kind": "github", "evidence": {}},
                ],
                "location": {"value": "Oslo, Norway", "evidence": {"line": 2, "text": ""}},
                "experience": [
                    {
                        "title": "Backend engineer",
                        "organisation": "Acme",
                        "evidence": {"text": "Backend engineer at Acme, Oslo — jose@acme.example"},
                    }
                ],
            },
        },
        "questions": [
            {"id": "background", "label": "Background", "answer": "I'm José, 8 years backend."},
            {"id": "math", "label": "Math", "answer": "Comfortable with ∂f/∂x and x/dx; d/dx."},
            {"id": "referral", "label": "How you heard", "answer": "Twitter @josenunez_ml"},
            {"id": "afterwards", "label": "Afterwards", "answer": "GitHub: jnunez-rl, and ØDEGÅRD"},
        ],
        "thread": [
            {
                "direction": "in",
                "who": f"{NAME} <{EMAIL}>",
                "subject": "Application — José Nunez",
                "kind": "application",
                "text": "Hi, I am Jose Nunez (call me on (555) 123-4567).\n--\nJ. N.\nwww.jose.dev",
                "attachments": ["CV_Nunez_Jose.pdf"],
            },
            {
                "direction": "in",
                "who": "Jo N <jo.private@alt.example.net>",
                "subject": "Re: Application",
                "kind": "reply",
                "text": "From my other address. jo.private@alt.example.net",
                "attachments": [],
            },
            {
                "direction": "out",
                "who": f"to {EMAIL}",
                "subject": "Your application",
                "kind": "questions",
                "text": f"Dear {NAME},\nthank you.",
                "attachments": [],
            },
        ],
        "attachments": [{"id": 3, "filename": "CV_Nunez_Jose.pdf", "type": "application/pdf"}],
        "timeline": [
            {
                "at": "2026-01-02",
                "actor": "intake",
                "kind": "created",
                "reason": f"first email from {EMAIL}",
            }
        ],
        "previews": {"approve": {"subject": "Your grant", "text": "Dear José Núñez-Ødegård,"}},
    }


def _folded_source(data: dict) -> str:
    text = json.dumps(data, ensure_ascii=False)
    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().casefold()


def test_blind_page_has_no_name_address_link_or_phone_anywhere():
    page = _page()
    blind = blind_application(page)
    assert page["name"] == NAME  # the original is untouched
    source = _folded_source(blind)
    for gone in [
        "jose", "nunez", "odegard", "uni.example.edu", "alt.example.net", "jo.private",
        "jnunez", "josenunez", "jose.dev", "linkedin.com", "github.com/", "912 34 567",
        "555", "oslo, norway", "acme.example",
    ]:  # fmt: skip
        assert gone not in source, gone
    assert blind["name"] == "Applicant GB-12" and blind["email"] == "" and blind["blind"] is True
    assert [t["who"] for t in blind["thread"]] == ["the applicant", "[sender]", "to the applicant"]
    # What the reviewer scores on is still there.
    text = blind["resume"]["text"]
    assert text.startswith("Summary\nBackend engineer, 2016 - 2024, vector calculus")
    assert "MSc Physics, 2014-2016" in text
    answers = {q["id"]: q["answer"] for q in blind["questions"]}
    assert answers["background"] == "I'm [name], 8 years backend."
    assert answers["math"] == "Comfortable with ∂f/∂x and x/dx; d/dx."
    assert blind["attachments"][0]["filename"] == "CV_[name]_[name].pdf"
    assert blind["created_at"] == page["created_at"] and blind["flags"] == page["flags"]
    assert blind["resume"]["profile"]["experience"][0]["title"] == "Backend engineer"
    assert blind["previews"] == {}  # an edited "Dear [name]" must never be sent
    # Text shown beside the page (a reviewer's comment) is redacted the same way.
    comment = {"comment": "Núñez-Ødegård (jose.nunez@uni.example.edu) seems strong"}
    assert redactor_for(page).walk(comment) == {"comment": "[name]-[name] ([contact]) seems strong"}


def test_blind_redaction_of_odd_input():
    assert blind_application({"id": 1, "name": "", "email": "", "thread": None})["name"] == (
        "Applicant GB-1"
    )
    r = Redactor(["Ann O'Neil", "ｊｏ", "X"], ["a@b.c"], [])
    assert r.text("ANN and O’Neil and o'neil") == "[name] and O’[name] and o'[name]"
    assert r.text("Jo here") == "[name] here"  # full-width name, plain text
    assert r.text("X marks the spot") == "X marks the spot"  # one letter is not a name
    assert r.text("N\u0301ann\u200b") != ""  # never fails on marks or invisibles
    assert r.text("+1 (312) 555-0176, 2019-2023, 2019.01 - 2023.12") == (
        "[phone], 2019-2023, 2019.01 - 2023.12"
    )
    lines = "Ann O'Neil\nann@x.org\nLondon\nExperience\nAnn led a team"
    assert without_contact_block(lines, r) == "London\nExperience\nAnn led a team"
    huge = "word " * 50_000 + "ann@x.org"
    assert r.text(huge).endswith("[email]")


def test_blind_redaction_takes_linear_time_on_hostile_text():
    r = Redactor(["Ann Lee"], ["ann@x.org"], ["+1 555 0100 200"])
    started = time.monotonic()
    for hostile in [
        "a." * 20_000,  # dotted runs: the site and address patterns
        "1 " * 20_000,  # digit runs: the phone pattern
        "a" * 50_000 + "@",
        "https://" + "x" * 50_000,
        "\u0301" * 20_000 + "ann",
    ]:
        r.text(hostile)
    assert time.monotonic() - started < 5
    assert r.text("\u0301" * 3 + " ann").endswith("[name]")
