"""Accuracy of reply parsing: (a) quote stripping on real replies, (b) answers to our questions.

(a) runs `parsers.answers.visible_reply` and the candidate libraries (mail-parser-reply,
email-reply-parser, quotequail, and talon when a Python with talon is given) over the talon and
email_reply_parser corpora in tests/data/replies/, scored against the expected results that came
with them (see tests/data/replies/README.md for how each expectation is checked).
(b) runs `parsers.answers.extract_answers` over tests/data/replies/ours/ (replies to our
question email written in the quoting styles of real clients) and counts answers filed under
the right question with the right text.
(a') and (b') score the held-out sets, written before the changes they prompted: quote
stripping on crisp-oss/email-reply-parser's fixtures and the message bodies of talon's unit tests
(quotes_heldout/), on the fixtures of seven more projects (quotes_heldout2/, quotes_heldout3/),
and answers on heldout…heldout5/; their first-run figures are recorded below
(HELDOUT_FIRST_RUN, HELDOUT_QUOTES_FIRST_RUN, HELDOUT2_QUOTES_FIRST_RUN,
HELDOUT3_QUOTES_FIRST_RUN) and printed beside today's. (a') scores each held-out quote set on
its own, with every library (and talon, given --talon-python) in the same run.

Run:  python benchmarks/answers_accuracy.py [--talon-python /path/to/python] [--verbose]
The unit tests import `score_quote_stripping` and `score_answers` to hold the targets.
"""

from __future__ import annotations

import argparse
import email
import email.policy
import json
import re
import subprocess
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from html import unescape
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from grantbox.questions import QuestionSet, load_questions  # noqa: E402
from parsers.answers import extract_answers, visible_reply  # noqa: E402

sys.path.insert(0, str(ROOT / "benchmarks"))
from answers_whole_emails import FIRST_RUN as WHOLE_FIRST_RUN  # noqa: E402
from answers_whole_emails import compare  # noqa: E402
from answers_whole_emails import score as score_whole_emails  # noqa: E402

DATA = ROOT / "tests" / "data" / "replies"
QUOTE_TARGET = 0.95
# Sets written after the rules were tuned, scored once before any fix they prompted: the
# fairest estimate here of accuracy on unseen replies. Their later figures are regression.
HELDOUT_FIRST_RUN = {
    "heldout": "33/55 = 60.0% exact, 35/55 = 63.6% right question",
    "heldout2": "27/49 = 55.1% exact, 39/49 = 79.6% right question",
    "heldout3": "42/50 = 84.0% exact, 48/50 = 96.0% right question",
    "heldout4": "22/29 = 75.9% exact, 28/29 = 96.6% right question",
    # issue 11: 33 replies in styles the earlier sets lacked (HTML-only Outlook <ol>, Gmail
    # divs/<ul>, unknown sign-offs, signature blocks with no closing word, labels not in the
    # keywords, one bullet per question, two-paragraph answers). Final: 191/191, 0 spurious.
    "heldout5": "140/191 = 73.3% exact, 163/191 = 85.3% right question, 0 spurious",
}
# Quote stripping on fixtures held out from the rules (tests/data/replies/quotes_heldout, issue
# 11), first run before any change they prompted, same run for every library:
#   grantbox 53/80 (crisp 15/24, talon's test bodies: plain 27/43, HTML 11/13);
#   mail-parser-reply 1.36 31/80 (7/24, 18/43, 6/13); email-reply-parser 0.5.12 38/80 (9/24,
#   17/43, 12/13); quotequail 0.5.4 2/80. After the changes: grantbox 68/80 (23/24, 32/43, 13/13).
HELDOUT_QUOTES_FIRST_RUN = "grantbox 53/80; best library (email-reply-parser) 38/80"
HELDOUT_QUOTES_TARGET = 66  # of 80: at least the final figure less two
# The second batch (tests/data/replies/quotes_heldout2, 82 cases from six upstream projects),
# written down before it was run, first run before any change it prompted:
#   grantbox 67/82; mail-parser-reply 1.36 27/82; email-reply-parser 0.5.12 33/82; quotequail
#   0.5.4 5/82; talon 1.4.4 48/82 (same run). The batch-1 sets in that run: grantbox crisp 23/24,
#   talon-tests plain 33/43, HTML 12/13; talon 15/24, 43/43, 13/13 (talon's own tests);
#   email-reply-parser 9/24, 17/43, 12/13; mail-parser-reply 7/24, 18/43, 6/13.
HELDOUT2_QUOTES_FIRST_RUN = "grantbox 67/82; best library (talon 1.4.4) 48/82"
# After the changes the second batch prompted, per held-out set: grantbox's figures (the
# regression floor tests/unit/test_quotes_heldout.py holds) and the best library's in the same
# run (talon 1.4.4 on every set; on talon-tests it runs its own unit tests' inputs).
# The third batch (tests/data/replies/quotes_heldout3, 26 EdgeTier/email-reply-parser fixtures),
# written down after the batch-2 changes and before any change it prompted; first run:
#   grantbox 13/26; mail-parser-reply 2/26; email-reply-parser 2/26; quotequail 0/26;
#   talon 1.4.4 5/26 (same run).
HELDOUT3_QUOTES_FIRST_RUN = "grantbox 13/26; best library (talon 1.4.4) 5/26"
HELDOUT_QUOTES_FINAL = {
    "crisp": 24,
    "talon-tests plain": 43,
    "talon-tests html": 13,
    "heldout2": 82,
    "heldout3": 26,
}
HELDOUT_QUOTES_BEST_LIBRARY = {
    "crisp": ("talon 1.4.4", 15),
    "talon-tests plain": ("talon 1.4.4", 43),
    "talon-tests html": ("talon 1.4.4", 13),
    "heldout2": ("talon 1.4.4", 48),
    "heldout3": ("talon 1.4.4", 5),
}
ANSWER_TARGET = 0.90

# A stripper takes (text, html) — one of them may be empty — and returns the visible reply.
Stripper = Callable[[str, str], str]


@dataclass
class Case:
    """One quote-stripping case: input and a check of the output."""

    name: str
    text: str
    html: str
    check: Callable[[str], bool]
    max_seconds: float | None = None


@dataclass
class Score:
    passed: int = 0
    total: int = 0
    failures: list[str] = field(default_factory=list)

    @property
    def ratio(self) -> float:
        return self.passed / self.total if self.total else 0.0


# ------------------------------------------------------------------------------- corpus (a)


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _html_text(html: str) -> str:
    # talon and quotequail answer HTML input with HTML; compare the text either way.
    return unescape(re.sub(r"<[^>]+>", " ", html))


def _same_text(want: str) -> Callable[[str], bool]:
    def check(got: str) -> bool:
        return got.strip() == want.strip()

    return check


def _same_squashed(want: str) -> Callable[[str], bool]:
    def check(got: str) -> bool:
        return _squash(_html_text(got)) == _squash(want)

    return check


def _negate(check: Callable[[str], bool]) -> Callable[[str], bool]:
    def negated(got: str) -> bool:
        return not check(got)

    return negated


def _first_text_part(path: Path) -> str:
    msg = email.message_from_bytes(path.read_bytes(), policy=email.policy.default)
    for part in msg.walk():
        if part.get_content_type() == "text/plain":
            return str(part.get_content())
    return ""


def _deviations() -> dict[str, dict[str, str]]:
    data: dict[str, dict[str, str]] = json.loads((DATA / "grantbox_deviations.json").read_text())
    return {k: v for k, v in data.items() if not k.startswith("_")}


def talon_cases(literal: bool = False) -> list[Case]:
    """talon's expectations; `literal` ignores grantbox_deviations.json."""
    base = DATA / "talon"
    expected = json.loads((base / "expected.json").read_text())["expected"]
    deviations = {} if literal else _deviations()
    cases = []
    for name, exp in expected.items():
        if name.startswith("_"):
            continue
        path = base / name
        if "reply_text" in exp:
            want = exp["reply_text"]
            ours = deviations.get(f"talon/{name}", {}).get("reply_text", want)
            cases.append(
                Case(
                    f"talon/{name}",
                    _first_text_part(path),
                    "",
                    _same_text(ours),
                )
            )
        elif "reply_text_ignoring_whitespace" in exp:
            want = exp["reply_text_ignoring_whitespace"]
            cases.append(
                Case(
                    f"talon/{name}",
                    "",
                    path.read_text(),
                    _same_squashed(want),
                )
            )
        elif "reply_html_ignoring_whitespace" in exp:
            want = _html_text(exp["reply_html_ignoring_whitespace"])
            cases.append(
                Case(
                    f"talon/{name}",
                    "",
                    path.read_text(),
                    _same_squashed(want),
                )
            )
    return cases


def _erp_check(body: str, exp: dict) -> Callable[[str], bool]:
    """Turn email_reply_parser's per-fragment expectations into a check of the visible reply:
    fragments that are neither quoted nor hidden must be in it, hidden ones must not; quoted
    fragments that email_reply_parser leaves visible (inline replies) are not scored."""
    if "visible_reply" in exp:
        want = exp["visible_reply"]
        return lambda got: got.strip() == want.strip()
    n = exp.get("fragments")
    hidden = exp.get("hidden")
    quoted = exp.get("quoted")
    if n == 1 and not exp.get("fragment_regex") and not exp.get("fragment_contains"):
        whole = body.replace("\r\n", "\n").strip()
        return lambda got: got.strip() == whole
    must: list[Callable[[str], bool]] = []
    for key, kind in (
        ("fragment_equals", "eq"),
        ("fragment_regex", "re"),
        ("fragment_contains", "in"),
    ):
        for idx_text, value in exp.get(key, {}).items():
            idx = int(idx_text)
            is_hidden = hidden[idx] if hidden else idx > 0  # unspecified: the quote is hidden
            is_quoted = quoted[idx] if quoted else False
            if is_quoted and not is_hidden:
                continue
            value = value.strip("\n") if kind == "eq" else value
            if kind == "eq" and not value.strip():
                continue

            def found(got: str, kind: str = kind, value: str = value) -> bool:
                if kind == "re":
                    return re.search(value, got, re.MULTILINE) is not None
                return value in got

            if is_hidden:
                must.append(_negate(found))
            else:
                must.append(found)
    return lambda got: all(check(got) for check in must)


def erp_cases() -> list[Case]:
    base = DATA / "email_reply_parser"
    expected = json.loads((base / "expected.json").read_text())["expected"]
    cases = []
    for name, exp in expected.items():
        body = (base / name).read_bytes().decode("utf-8")
        check = _erp_check(body, exp)
        if "max_seconds" in exp and "fragments" not in exp:
            check = lambda got: True  # noqa: E731 - only the time limit is scored
        cases.append(Case(f"erp/{name}", body, "", check, exp.get("max_seconds")))
    return cases


def quote_cases(literal: bool = False) -> list[Case]:
    return talon_cases(literal) + erp_cases()


def _same_lines(want: str) -> Callable[[str], bool]:
    """Equal once trailing spaces on each line and blank lines at either end are ignored."""

    def norm(text: str) -> str:
        return "\n".join(line.rstrip() for line in text.replace("\r\n", "\n").split("\n")).strip()

    def check(got: str) -> bool:
        return norm(got) == norm(want)

    return check


def heldout_quote_cases() -> list[Case]:
    """Quote-stripping fixtures from projects the rules were never tuned on (written down before
    any change they prompted): crisp-oss/email-reply-parser's fixtures and the message bodies
    inside talon's own unit tests. See tests/data/replies/README.md."""
    base = DATA / "quotes_heldout"
    cases = []
    crisp = json.loads((base / "crisp" / "expected.json").read_text(encoding="utf-8"))["expected"]
    for name, exp in crisp.items():
        body = (base / "crisp" / name).read_text(encoding="utf-8")
        cases.append(Case(f"crisp/{name}", body, "", _same_lines(exp["visible_reply"])))
    inline = json.loads((base / "talon_inline.json").read_text(encoding="utf-8"))["cases"]
    for name, exp in inline.items():
        if "reply_text" in exp:
            check = _same_lines(exp["reply_text"])
        else:
            check = _same_squashed(exp["reply_text_ignoring_whitespace"])
        cases.append(Case(f"talon-tests/{name}", exp.get("text", ""), exp.get("html", ""), check))
    return cases


def _own_lines(want: str) -> Callable[[str], bool]:
    """Equal once lines quoted with ">" are dropped from both sides and blank-line runs
    collapsed (discourse's trimmer keeps a quote the reply answers inline; grantbox keeps only
    the applicant's own lines)."""

    def norm(text: str) -> str:
        lines = [ln.rstrip() for ln in text.replace("\r\n", "\n").split("\n")]
        kept = [ln for ln in lines if not ln.lstrip().startswith(">")]
        return re.sub(r"\n{3,}", "\n\n", "\n".join(kept)).strip()

    def check(got: str) -> bool:
        return norm(got) == norm(want)

    return check


def _contains(inc: list[str], exc: list[str]) -> Callable[[str], bool]:
    def check(got: str) -> bool:
        return all(s in got for s in inc) and not any(s in got for s in exc)

    return check


def heldout2_quote_cases() -> list[Case]:
    """The second held-out batch (tests/data/replies/quotes_heldout2/cases.json, issue 11):
    fixtures of willdurand/EmailReplyParser, zapier/email-reply-parser, quotequail,
    fiedl/extended_email_reply_parser, mail-parser-reply and discourse/email_reply_trimmer, each
    with the outcome its upstream's tests assert."""
    data = json.loads((DATA / "quotes_heldout2" / "cases.json").read_text(encoding="utf-8"))
    cases = []
    for name, exp in data["cases"].items():
        check: Callable[[str], bool]
        if "visible_reply" in exp:
            check = _same_lines(exp["visible_reply"])
        elif "visible_text_squashed" in exp:
            check = _same_squashed(exp["visible_text_squashed"])
        elif "own_lines" in exp:
            check = _own_lines(exp["own_lines"])
        else:
            check = _contains(exp.get("contains", []), exp.get("not_contains", []))
        cases.append(Case(name, exp.get("text", ""), exp.get("html", ""), check))
    return cases


def _edges(start: str, end: str) -> Callable[[str], bool]:
    def check(got: str) -> bool:
        text = got.strip()
        return text.startswith(start) and text.endswith(end)

    return check


def heldout3_quote_cases() -> list[Case]:
    """The third held-out batch (tests/data/replies/quotes_heldout3/cases.json, issue 11):
    EdgeTier/email-reply-parser's fixtures, each with the outcome its tests assert."""
    data = json.loads((DATA / "quotes_heldout3" / "cases.json").read_text(encoding="utf-8"))
    cases = []
    for name, exp in data["cases"].items():
        check: Callable[[str], bool]
        if "visible_reply" in exp:
            check = _same_lines(exp["visible_reply"])
        else:
            check = _edges(exp.get("starts_with", ""), exp.get("ends_with", ""))
        cases.append(Case(name, exp["text"], "", check))
    return cases


def heldout_quote_sets() -> dict[str, list[Case]]:
    """Every held-out quote set, by name: the benchmark and the tests score each on its own
    (the target is at least the best library on every set)."""
    first = heldout_quote_cases()
    return {
        "crisp": [c for c in first if c.name.startswith("crisp/")],
        "talon-tests plain": [c for c in first if c.name.startswith("talon-tests/") and not c.html],
        "talon-tests html": [c for c in first if c.name.startswith("talon-tests/") and c.html],
        "heldout2": heldout2_quote_cases(),
        "heldout3": heldout3_quote_cases(),
    }


# ------------------------------------------------------------------------------- strippers


def grantbox_stripper(text: str, html: str) -> str:
    return visible_reply(text, html or None)


def _html_input_to_text(html: str) -> str:
    # The libraries below take plain text; give them what a mail client's text part would be.
    # (without grantbox's own cut mark, which they could not know about).
    from parsers.quotes import QUOTE_START_LINE, html_to_quoted_text

    return (
        html_to_quoted_text(html).replace(QUOTE_START_LINE + "\n", "").replace(QUOTE_START_LINE, "")
    )


def library_strippers() -> dict[str, Stripper]:
    out: dict[str, Stripper] = {}
    try:
        from mailparser_reply import EmailReplyParser as MPR

        parser = MPR(languages=["en", "de", "fr", "es", "ru"])

        def mpr(text: str, html: str) -> str:
            return str(parser.parse_reply(text=text or _html_input_to_text(html)) or "")

        out["mail-parser-reply"] = mpr
    except ImportError:
        pass
    try:
        from email_reply_parser import EmailReplyParser as ERP

        def erp(text: str, html: str) -> str:
            return str(ERP.parse_reply(text or _html_input_to_text(html)))

        out["email-reply-parser"] = erp
    except ImportError:
        pass
    try:
        import quotequail

        def qq(text: str, html: str) -> str:
            if html and not text:
                parts = quotequail.quote_html(html)
                return "".join(chunk for shown, chunk in parts if shown)
            return "\n".join(chunk for shown, chunk in quotequail.quote(text) if shown)

        out["quotequail"] = qq
    except ImportError:
        pass
    return out


_TALON_SCRIPT = r"""
import json, sys
import talon
from talon import quotations
talon.init()
out = []
for text, html in json.load(sys.stdin):
    try:
        if html:
            out.append(quotations.extract_from_html(html))
        else:
            out.append(quotations.extract_from_plain(text))
    except Exception as exc:
        out.append("<error %s>" % type(exc).__name__)
json.dump(out, sys.stdout)
"""


def talon_results(python: str, cases: list[Case]) -> list[str] | None:
    """talon needs scikit-learn and an old stack, so it runs in its own interpreter."""
    payload = json.dumps([(c.text, c.html) for c in cases])
    try:
        proc = subprocess.run(
            [python, "-c", _TALON_SCRIPT],
            input=payload,
            capture_output=True,
            text=True,
            timeout=600,
            check=True,
        )
    except (OSError, subprocess.SubprocessError):
        return None
    result: list[str] = json.loads(proc.stdout)
    return result


def score_quote_stripping(stripper: Stripper, cases: list[Case] | None = None) -> Score:
    score = Score()
    for case in cases or quote_cases():
        score.total += 1
        start = time.perf_counter()
        try:
            got = stripper(case.text, case.html)
        except Exception as exc:  # a library crashing on a real email counts as a miss
            score.failures.append(f"{case.name}: {type(exc).__name__}: {exc}")
            continue
        elapsed = time.perf_counter() - start
        if case.max_seconds is not None and elapsed > case.max_seconds:
            score.failures.append(f"{case.name}: took {elapsed:.2f}s")
        elif case.check(got):
            score.passed += 1
        else:
            score.failures.append(f"{case.name}: got {got[:160]!r}")
    return score


# ------------------------------------------------------------------------------- answers (b)


def answer_cases(folder: str = "ours") -> list[tuple[str, str, str, dict]]:
    """(name, text, html, expectation) for every labelled reply to our questions."""
    base = DATA / folder
    expected = json.loads((base / "expected.json").read_text())["cases"]
    out = []
    for name, exp in expected.items():
        raw = (base / name).read_text(encoding="utf-8")
        text, html = ("", raw) if name.endswith(".html") else (raw, "")
        out.append((name, text, html, exp))
    return out


@dataclass
class AnswerScore:
    correct: int = 0
    right_question: int = 0  # filed under the right question, text containing the expected
    expected: int = 0
    spurious: int = 0
    misfiled: int = 0  # one answer's text under another question the applicant answered
    missing_right: int = 0
    replies: int = 0
    failures: list[str] = field(default_factory=list)

    @property
    def ratio(self) -> float:
        """Right answers over all answers that should or did get filed."""
        denominator = self.expected + self.spurious
        return self.correct / denominator if denominator else 0.0


def score_answers(
    questions: QuestionSet | None = None,
    folder: str = "ours",
    strip_first: Stripper | None = None,
) -> AnswerScore:
    """Score `extract_answers`; with `strip_first`, on what that quote stripper kept (how a
    pipeline "library strips quotes, then we map answers" would do)."""
    questions = questions or load_questions()
    score = AnswerScore()
    for name, text, html, exp in answer_cases(folder):
        score.replies += 1
        if strip_first is not None:
            text, html = strip_first(text, html), ""
        result = extract_answers(text, questions, html=html or None, asked=exp.get("asked"))
        want: dict[str, str] = exp["answers"]
        compare(score, name, want, result.texts)
        want_missing = [q.id for q in questions.questions if q.required and q.id not in want]
        if result.missing_required == want_missing:
            score.missing_right += 1
    return score


# ------------------------------------------------------------------------------- report


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--talon-python", help="a Python interpreter with talon installed")
    ap.add_argument("--verbose", action="store_true", help="list every failure")
    args = ap.parse_args(argv)

    cases = quote_cases()
    literal_cases = quote_cases(literal=True)
    n_talon = sum(c.name.startswith("talon/") for c in cases)
    print(
        f"(a) quote stripping: {len(cases)} real replies with expected output "
        f"({n_talon} talon, {len(cases) - n_talon} email_reply_parser)"
    )
    rows: list[tuple[str, Score, Score]] = [
        (
            "grantbox parsers.answers",
            score_quote_stripping(grantbox_stripper, cases),
            score_quote_stripping(grantbox_stripper, literal_cases),
        )
    ]
    for lib, fn in library_strippers().items():
        rows.append(
            (lib, score_quote_stripping(fn, cases), score_quote_stripping(fn, literal_cases))
        )
    if args.talon_python:
        results = talon_results(args.talon_python, cases)
        if results is None:
            print(f"    talon: could not run {args.talon_python}")
        else:
            lookup = {(c.text, c.html): r for c, r in zip(cases, results, strict=True)}

            def talon_fn(t: str, h: str) -> str:
                return lookup[(t, h)]

            rows.append(
                (
                    "talon 1.4.4",
                    score_quote_stripping(talon_fn, cases),
                    score_quote_stripping(talon_fn, literal_cases),
                )
            )
    print(f"    {'':26s} {'grantbox spec':>20s}   {'per corpus':28s} upstream-literal")
    for lib, s, lit in rows:
        tal = score_quote_stripping_subset(s, "talon/")
        erp = score_quote_stripping_subset(s, "erp/")
        print(
            f"    {lib:26s} {s.passed:3d}/{s.total:<3d} {s.ratio:6.1%}   "
            f"talon {tal:6s} erp {erp:6s}   {lit.passed}/{lit.total} {lit.ratio:.1%}"
        )
        if args.verbose or lib.startswith("grantbox"):
            for f in s.failures:
                print(f"        miss: {f}")
    print(
        f"    (upstream-literal keeps talon's expectation of a signature in "
        f"{len(_deviations())} replies; see tests/data/replies/grantbox_deviations.json)"
    )
    print(
        f"    target >= {QUOTE_TARGET:.0%}: "
        f"{'met' if rows[0][1].ratio >= QUOTE_TARGET else 'NOT met'}"
    )

    sets = heldout_quote_sets()
    everything = [c for cs in sets.values() for c in cs]
    print()
    print(
        f"(a') quote stripping held out: {len(everything)} cases in {len(sets)} sets, scored "
        "per set, every stripper in this run"
    )
    print(f"    first run, batch 1 (quotes_heldout): {HELDOUT_QUOTES_FIRST_RUN}")
    print(f"    first run, batch 2 (quotes_heldout2): {HELDOUT2_QUOTES_FIRST_RUN}")
    print(f"    first run, batch 3 (quotes_heldout3): {HELDOUT3_QUOTES_FIRST_RUN}")
    recorded = ", ".join(
        f"{name} {HELDOUT_QUOTES_FINAL[name]} (best library {lib} {n})"
        for name, (lib, n) in HELDOUT_QUOTES_BEST_LIBRARY.items()
    )
    print(f"    recorded after the changes: grantbox {recorded}")
    strippers: list[tuple[str, Stripper]] = [
        ("grantbox parsers.quotes", grantbox_stripper),
        *library_strippers().items(),
    ]
    if args.talon_python:
        talon_out = talon_results(args.talon_python, everything)
        if talon_out is None:
            print(f"    talon: could not run {args.talon_python}")
        else:
            talon_lookup = {(c.text, c.html): r for c, r in zip(everything, talon_out, strict=True)}

            def talon_held(t: str, h: str) -> str:
                return talon_lookup[(t, h)]

            strippers.append(("talon 1.4.4", talon_held))
    header = "".join(f"{name[:22]:>24s}" for name in sets)
    print(f"    {'':26s}{header}{'all':>10s}")
    for lib, fn in strippers:
        per = {name: score_quote_stripping(fn, cs) for name, cs in sets.items()}
        cells = "".join(f"{f'{sc.passed}/{sc.total}':>24s}" for sc in per.values())
        passed = sum(sc.passed for sc in per.values())
        print(f"    {lib:26s}{cells}{f'{passed}/{len(everything)}':>10s}")
        if lib.startswith("grantbox") or args.verbose:
            for sc in per.values():
                for f in sc.failures:
                    print(f"        miss: {f[:200]}")

    a = score_answers()
    print()
    print(
        f"(b) answers to our questions (tests/data/replies/ours): {a.replies} labelled "
        f"replies, {a.expected} expected answers"
    )
    _print_answers(a)
    print(f"    target >= {ANSWER_TARGET:.0%}: {'met' if a.ratio >= ANSWER_TARGET else 'NOT met'}")
    print("    the same mapping run on what each library's quote stripping kept:")
    for lib, fn in library_strippers().items():
        la = score_answers(strip_first=fn)
        print(f"      {lib:24s} {la.correct}/{la.expected + la.spurious} = {la.ratio:.1%}")
    for folder, first_run in HELDOUT_FIRST_RUN.items():
        h = score_answers(folder=folder)
        print()
        print(
            f"(b') later-written replies (tests/data/replies/{folder}): {h.replies} replies, "
            f"{h.expected} expected answers; first run before any fix: {first_run}"
        )
        _print_answers(h)
    # Whole .eml replies, read as intake reads them (HTML-only mail, answers in attached files).
    for folder, first_run in WHOLE_FIRST_RUN.items():
        w = score_whole_emails(folder)
        print()
        print(f"(b'') whole emails (tests/data/replies/{folder}): {w.replies} replies")
        print(f"    now: {w.line()}")
        print(f"    first run before any fix: {first_run}")
    return 0 if rows[0][1].ratio >= QUOTE_TARGET and a.ratio >= ANSWER_TARGET else 1


def _print_answers(a: AnswerScore) -> None:
    print(
        f"    right question + right text: {a.correct}/{a.expected}; spurious answers: "
        f"{a.spurious}; under another answered question: {a.misfiled}; "
        f"accuracy {a.correct}/{a.expected + a.spurious} = {a.ratio:.1%}"
    )
    print(
        f"    right question, text containing the expected answer: {a.right_question}/{a.expected}"
    )
    print(f"    missing-required list exactly right: {a.missing_right}/{a.replies}")
    for f in a.failures:
        print(f"        miss: {f}")


def score_quote_stripping_subset(score: Score, prefix: str) -> str:
    missed = sum(f.startswith(prefix) for f in score.failures)
    total = sum(1 for c in quote_cases() if c.name.startswith(prefix))
    return f"{total - missed}/{total}"


if __name__ == "__main__":
    raise SystemExit(main())
