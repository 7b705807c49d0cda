"""The grant's calendar (grantbox/grants/plan.py): end dates over month ends and leap years,
instalments that add up to the cent, check-in due dates, and a bad checkins.toml named; and
the extension emails an extension decision queues (templates, pure)."""

from datetime import date, timedelta
from decimal import Decimal

import pytest

from grantbox.grants.plan import (
    DEFAULT_CHECKINS_PATH,
    CheckinsError,
    checkin_set,
    end_date,
    instalment_due,
    instalments,
    load_checkins,
)
from grantbox.mailtemplates import render_email


@pytest.mark.parametrize(
    ("start", "months", "end"),
    [
        (date(2027, 1, 4), 3, date(2027, 4, 3)),  # the docstring's example
        (date(2027, 1, 1), 3, date(2027, 3, 31)),  # a quarter from the 1st: a month's end
        (date(2027, 11, 1), 3, date(2028, 1, 31)),  # over the year's end
        (date(2027, 12, 1), 3, date(2028, 2, 29)),  # ends on a leap day
        (date(2026, 12, 1), 3, date(2027, 2, 28)),  # the same, no leap day
        (date(2028, 2, 29), 3, date(2028, 5, 28)),  # starts on a leap day
        (date(2027, 5, 31), 3, date(2027, 8, 30)),  # the 31st, and the end month has one
        (date(2027, 3, 1), 12, date(2028, 2, 29)),  # a year over a leap February
    ],
)
def test_end_date(start, months, end):
    assert end_date(start, months) == end


# A period of months that starts on a day its last month lacks (the 29th-31st) ends on that
# month's last day (the usual rule, e.g. EU Regulation 1182/71 art. 3(2)(c)).
@pytest.mark.parametrize(
    ("start", "months", "end"),
    [
        (date(2027, 3, 31), 1, date(2027, 4, 30)),
        (date(2027, 11, 30), 3, date(2028, 2, 29)),
        (date(2027, 12, 31), 2, date(2028, 2, 29)),
    ],
)
def test_end_date_when_the_last_month_is_short(start, months, end):
    assert end_date(start, months) == end


def test_consecutive_grants_leave_no_gap_and_no_overlap():
    # An extension starts the day after its grant ends; over two years of start days, a grant
    # of three months ends the day before the same day three months on.
    day = date(2027, 1, 1)
    while day < date(2029, 1, 1):
        end = end_date(day, 3)
        assert day < end < day + timedelta(days=93)
        if day.day <= 28:
            assert (end + timedelta(days=1)).day == day.day
        day += timedelta(days=1)


@pytest.mark.parametrize(
    ("amount", "count"),
    [
        (Decimal("6000.00"), 3),
        (Decimal("1000.00"), 3),
        (Decimal("0.01"), 3),
        (Decimal("100.00"), 7),
        (Decimal("9999999999.99"), 12),
        (Decimal("5000.00"), 1),
    ],
)
def test_instalments_add_up_to_the_cent(amount, count):
    parts = instalments(amount, count)
    assert len(parts) == count
    assert sum(parts) == amount
    assert all(p == p.quantize(Decimal("0.01")) and p >= 0 for p in parts)
    assert len(set(parts[:-1])) <= 1 and parts[-1] >= parts[0]  # the last takes the rest


def test_instalments_of_a_third():
    assert instalments(Decimal("1000.00"), 3) == [
        Decimal("333.33"),
        Decimal("333.33"),
        Decimal("333.34"),
    ]
    assert instalments(Decimal("10.00"), 0) == [Decimal("10.00")]  # never fewer than one


def test_instalments_fall_due_monthly_from_the_start():
    assert [instalment_due(date(2027, 1, 31), n) for n in (1, 2, 3)] == [
        date(2027, 1, 31),
        date(2027, 2, 28),
        date(2027, 3, 31),
    ]


def test_the_shipped_checkins_and_their_due_dates():
    checkins = checkin_set(None)
    assert checkins is checkin_set(DEFAULT_CHECKINS_PATH)  # read once
    assert [c.id for c in checkins.checkins] == [
        "mid_grant",
        "end_report",
        "followup_3m",
        "followup_12m",
    ]
    assert [c.id for c in checkins.checkins if c.final] == ["end_report"]
    start = date(2027, 2, 1)
    end = end_date(start, 3)  # 2027-04-30: 88 days later
    due = {c.id: c.due(start, end) for c in checkins.checkins}
    assert due == {
        "mid_grant": date(2027, 3, 17),  # halfway: 44 days in
        "end_report": date(2027, 4, 30),
        "followup_3m": date(2027, 7, 30),
        "followup_12m": date(2028, 4, 29),  # 365 days over a leap day
    }
    assert checkins.get("end_report").question_set.questions[0].id == "what_you_did"
    with pytest.raises(KeyError):
        checkins.get("nope")


def test_a_negative_offset_is_before_its_anchor(tmp_path):
    path = tmp_path / "checkins.toml"
    path.write_text(
        '[[checkins]]\nid = "early"\ntitle = "Before the end"\nwhen = "end"\ndays = -7\n'
        '[[checkins.questions]]\nid = "q"\ntext = "How is it going?"\n'
    )
    [checkin] = load_checkins(path).checkins
    assert checkin.due(date(2027, 1, 1), date(2027, 3, 31)) == date(2027, 3, 24)


_Q = '[[checkins.questions]]\nid = "q"\ntext = "How is it going?"\n'


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("[[checkins]]\nid = \n", "not valid TOML"),
        ("checkins = []\n", "checkins: Tuple should have at least 1 item"),
        (f'[[checkins]]\nid = "a"\ntitle = "A check"\nwhen = "later"\n{_Q}', "checkins.0.when"),
        (f'[[checkins]]\nid = "Bad Id"\ntitle = "A check"\nwhen = "mid"\n{_Q}', "checkins.0.id"),
        ('[[checkins]]\nid = "a"\ntitle = "A check"\nwhen = "mid"\n', "checkins.0.questions"),
        (
            f'[[checkins]]\nid = "a"\ntitle = "A check"\nwhen = "mid"\ncolour = "red"\n{_Q}',
            "checkins.0.colour",
        ),
        (
            f'[[checkins]]\nid = "a"\ntitle = "One"\nwhen = "mid"\n{_Q}'
            f'[[checkins]]\nid = "a"\ntitle = "Two"\nwhen = "end"\n{_Q}',
            "a check-in id appears twice",
        ),
        (
            f'[[checkins]]\nid = "a"\ntitle = "One"\nwhen = "end"\nfinal = true\n{_Q}'
            f'[[checkins]]\nid = "b"\ntitle = "Two"\nwhen = "end"\nfinal = true\n{_Q}',
            "at most one check-in is the final report",
        ),
    ],
)
def test_a_bad_checkins_file_is_named_with_its_problem(tmp_path, text, named):
    path = tmp_path / "checkins.toml"
    path.write_text(text)
    with pytest.raises(CheckinsError) as caught:
        load_checkins(path)
    message = str(caught.value)
    assert str(path) in message and named in message
    assert "\n" not in message


def test_a_missing_or_binary_checkins_file(tmp_path):
    with pytest.raises(CheckinsError, match=r"cannot read check-in file .*nowhere\.toml"):
        load_checkins(tmp_path / "nowhere.toml")
    path = tmp_path / "binary.toml"
    path.write_bytes(b"\xff\xfe[[checkins]]")
    with pytest.raises(CheckinsError, match="not UTF-8 text"):
        load_checkins(path)


# -- the extension emails (templates/email/extension_*), rendered as decide_extension does --

_EXTENSION = {
    "applicant_name": 'Eve <script>alert(1)</script>\r\nBcc: x@evil.test & "Co"',
    "original_subject": "Re: End of grant\r\nBcc: victim@example.com",
    "program_name": "the ML research retraining grant",
    "team_name": "The grants team",
    "reference": "GB-7",
    "start_date": "2027-05-08",
    "end_date": "2027-08-07",
    "amount": "6,000.00",
    "currency": "USD",
    "months": 3,
}


@pytest.mark.parametrize("decision", ["approve", "reject"])
def test_the_extension_emails_escape_the_grantees_text(decision):
    email = render_email(f"extension_{decision}", message="See <you> & soon", **_EXTENSION)
    assert email.subject == "Re: End of grant Bcc: victim@example.com [GB-7]"
    assert email.text.startswith('Hi Eve <script>alert(1)</script> Bcc: x@evil.test & "Co",\n')
    assert "See <you> & soon" in email.text and "The grants team" in email.text
    assert "<script>" not in email.html and "See &lt;you&gt; &amp; soon" in email.html
    approved = "2027-05-08 to 2027-08-07" in email.text
    assert approved is (decision == "approve")
    assert ("6,000.00 USD" in email.html) is (decision == "approve")


def test_the_extension_email_without_a_message_or_a_subject():
    email = render_email("extension_approve", message="", **{**_EXTENSION, "original_subject": ""})
    assert email.subject == "Your grant: extension approved [GB-7]"
    assert "\n\n\n" not in email.text
