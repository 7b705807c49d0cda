"""Bounces are written by anyone: reading one must take time linear in its size.

Each case runs in a subprocess with a timeout, so a regression fails instead of hanging the
suite. The "before" figures are what the same input took before the patterns were rewritten
(parse_bounce + triage + returned_message_ids; on a quiet machine, and in brackets with other
test suites running beside it). After: 0.01 s each.
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from parsers.classify import MAX_CITED_IDS, parse_bounce, returned_message_ids
from parsers.message import parse_message

# name -> (how it arrives, body, seconds it took before). 14 KB each unless said otherwise.
CASES = {
    # "-" * 14000: `^[\s>|-]*(-+ ?below …|-+ ?original message|…)` backtracked per alternative.
    "dashes": ("text", '"-" * 14_000', 18.5),  # (60.9)
    # ">\n" lines: the same prefix spanned lines, from every line start.
    "quote_lines": ("text", '">\\n" * 7_000', 18.3),  # (34.1)
    # blank lines before text: `^[\s*>-]*(to|cc|…):` spanned them, from every line start.
    "blank_lines": ("text", '"\\n" * 14_000 + "x"', 41.5),  # (71.3)
    # one long word: the address pattern restarted inside it at every position (100 KB).
    "atext_run": ("text", '"a" * 100_000', 19.6),  # (28.2)
    # a report whose blocks are separated by lines of 100,000 spaces: linear before too,
    # it guards the rewritten block split.
    "dsn_spaces": ("dsn", '("\\n" + " " * 100_000) * 20', None),
}

RUN = textwrap.dedent(
    """
    import sys, time
    from parsers.message import parse_message
    from parsers.classify import parse_bounce, triage
    from parsers.classify import returned_message_ids

    how, body = sys.argv[1], eval(sys.argv[2])
    head = (
        "From: MAILER-DAEMON@mx.example.org\\r\\nTo: apply@grants.example\\r\\n"
        "Subject: Undelivered Mail Returned to Sender\\r\\nMessage-ID: <x@y>\\r\\n"
    )
    if how == "dsn":
        raw = head + (
            "Content-Type: multipart/report; report-type=delivery-status; boundary=B\\r\\n"
            "\\r\\n--B\\r\\nContent-Type: message/delivery-status\\r\\n\\r\\n"
            "Reporting-MTA: dns; x\\r\\n" + body + "\\r\\n--B--\\r\\n"
        )
    else:
        raw = head + "\\r\\n" + body + "\\r\\n"
    msg = parse_message(raw.encode())
    start = time.perf_counter()
    parse_bounce(msg)
    triage(msg, frozenset({"apply@grants.example"}))
    returned_message_ids(msg)
    print(f"{time.perf_counter() - start:.3f}")
    """
)


@pytest.mark.parametrize("name", sorted(CASES))
def test_hostile_bounce_is_read_in_linear_time(name: str) -> None:
    how, body, _before = CASES[name]
    done = subprocess.run(
        [sys.executable, "-c", RUN, how, body],
        capture_output=True,
        text=True,
        timeout=20,
        check=True,
    )
    assert float(done.stdout) < 2.0, done.stdout


def test_a_flood_of_returned_message_ids_is_cut_short() -> None:
    """62,500 `Message-ID:` lines (1 MB) took 29.8 s (a list's `in` per ID) and would have
    been one database parameter each; now the first MAX_CITED_IDS count."""
    body = "".join(f"Message-ID: <{i}@x.test>\n" for i in range(62_500))
    raw = (
        "From: MAILER-DAEMON@mx.example.org\nTo: apply@grants.example\n"
        "Subject: Undelivered Mail Returned to Sender\nMessage-ID: <x@y>\n\n" + body
    ).encode()
    ids = returned_message_ids(parse_message(raw))
    assert ids == [f"<{i}@x.test>" for i in range(MAX_CITED_IDS)]


def test_a_dash_bounce_still_reads_the_recipient_below_the_rule() -> None:
    """The rewrite keeps what the old patterns found: a rule of dashes above the diagnostic."""
    raw = (
        "From: MAILER-DAEMON@mx.example.org\nTo: apply@grants.example\n"
        "Subject: Undelivered Mail Returned to Sender\nMessage-ID: <x@y>\n\n"
        + "-"
        * 80
        + "\nYour message\n\nDid not reach the following recipient: ann@example.org\n"
        "\n----- Original message -----\nFrom: apply@grants.example\nTo: ann@example.org\n"
    ).encode()
    bounce = parse_bounce(parse_message(raw))
    assert bounce is not None and bounce.recipients == ["ann@example.org"]
