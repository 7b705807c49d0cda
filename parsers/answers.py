"""Which answer in an applicant's reply belongs to which follow-up question.

`extract_answers(reply_text, questions)` maps a reply to question ids, whether the applicant
top-posted numbered answers ("1." / "1)" / "Q1:"), answered inline under each quoted question,
labelled answers ("Start date: …"), pasted the questions and answered under them, or answered
only some. The raw reply stays beside the mapping; missing required answers are listed. Lines
are read by parsers/quotes.py's classifier (quoted, attribution, own, cut), which also strips
signatures: answers inline under quoted questions need the quotes, so mapping starts there.

Every regex is linear and applied to bounded windows; see parsers/quotes.py.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Literal

from pydantic import BaseModel, ConfigDict

from parsers.bounds import first_lines
from parsers.questions import Question, QuestionSet
from parsers.quotes import (
    CLOSING,
    GREETING_WORDS,
    HEADER_LINE,
    MAX_REPLY_CHARS,
    QUOTE_PREFIX,
    Line,
    classify_lines,
    forwarded_message,
    html_to_quoted_text,
    source_text,
    strip_closing,
    strip_signature,
    strip_signature_block,
    visible_reply,
)

__all__ = [
    "Answer",
    "AttachedText",
    "ExtractedAnswers",
    "extract_answers",
    "html_to_quoted_text",
    "visible_reply",
    "with_attached_answers",
]

# ---------------------------------------------------------------------------------------------
# Patterns of answers. All are anchored and bounded.

# Greeting lines above the answers ("Hi team,", "Dear grants team,", "Hallo,").
_GREETING = re.compile(
    rf"^\s*+(?:{GREETING_WORDS})(?=[\s,!.:;،，、]|$).{{0,60}}[,!:.]?\s*+$", re.IGNORECASE
)

# Numbered answers: "1.", "1)", "(1)", "1:", "1 -", "#1", "Q1:", "Q 1.", "Question 1:", "A1:",
# "Answer 1 -", "**1.**", "Frage 1:", "Pregunta 1:", "Re question 1:", "1- " (Turkish, Spanish),
# "1.)" (the Philippines),
# "1/ " (French), "1、" (Chinese).
_NUMBER_MARKER = re.compile(
    r"^(?P<indent>\s*+)[*_]{0,2}"
    r"(?:(?:(?:re|regarding|to)[:\s]\s*+)?"  # "Re question 3:", "Regarding question 2 -"
    r"(?P<word>q|a|question|answer|ans|frage|antwort|pregunta|respuesta|réponse|reponse|"
    r"domanda|risposta)\s*+[#.]?\s*+(?P<n1>\d{1,2})\s*[.):\-–—]?"
    r"|#\s*(?P<n2>\d{1,2})\s*[.):\-–—]?"
    r"|\((?P<n3>\d{1,2})\)"
    r"|(?P<n4>\d{1,2})\s*(?:\.\)|[.)．][-–—]?|[:、]|\s[-–—](?=\s)|[-–—/](?=\s)))"
    r"[*_]{0,2}(?:\s+|$)(?P<rest>.*)$",
    re.IGNORECASE,
)
_BARE_NUMBER = re.compile(r"^(?P<indent>\s*)(?P<n>\d{1,2})\s+(?P<rest>\S.*)$")
# "Study plan: …", "**Start date** - …": a label at the start of a line.
# `\s*+[:：]…|\s++[-–—]\s` is the former `\s*(?:[:：]…|\s[-–—]\s)` without its backtracking.
_LABEL = re.compile(
    r"^\s*+(?:[-•*·▪◦‣–]\s++)?[*_]{0,2}(?P<label>[^\W\d_][^:：\n]{0,48}?)[*_]{0,2}(?:\s*+[:：][*_]{0,2}|\s++[-–—]\s)\s*(?P<rest>.*)$"
)
# "As for after the grant, I'd like …", "Regarding the math, …": a lead-in naming a question.
_LEAD_IN_WORDS = r"as\s++for|as\s++to|as\s++regards|regarding|concerning|re"
_LEAD_IN = re.compile(
    rf"^\s*+(?:{_LEAD_IN_WORDS})\s++"
    r"(?P<label>[^\W\d_][^,:;\n]{0,40}?)\s*+,\s*+(?P<rest>\S.*)$",
    re.IGNORECASE,
)
_HEADING = re.compile(
    # "## Background", "**Background**", and Gmail's plain text of bold: "*Background*".
    r"^\s*+(?P<mark>#{1,6}\s+|\*\*|__|\*(?=[^\W\d_]))?(?P<label>[^\W\d_][^:：*\n]{0,48}?)"
    r"(?:\*\*|__|\*)?\s*+$"
)
_WORD = re.compile(r"[^\W_]+", re.UNICODE)
# Numbered-answer candidates considered per block (the run search is quadratic in them).
_MAX_NUMBER_CANDIDATES = 200


# ---------------------------------------------------------------------------------------------
# extract_answers

Method = Literal["inline", "numbered", "question", "label", "order", "file"]


class Answer(BaseModel):
    """One answer found in a reply."""

    model_config = ConfigDict(frozen=True)

    question_id: str
    text: str
    method: Method  # how it was recognised (for the reviewer and for tuning)
    file: str = ""  # the attached file it was read from; "" for the email's own text


class ExtractedAnswers(BaseModel):
    """Answers found in one reply, with the reply itself kept beside them."""

    model_config = ConfigDict(frozen=True)

    raw: str  # the reply text as received (plain part, or the HTML rendered as text)
    visible: str  # `visible_reply(raw)`: what the applicant wrote
    answers: dict[str, Answer]  # question id -> answer, in question order
    unassigned: str = ""  # applicant text that belongs to no question (greeting, prose)
    missing_required: list[str]  # required question ids still without an answer
    asked: list[str]  # question ids this reply was expected to answer

    @property
    def texts(self) -> dict[str, str]:
        return {qid: a.text for qid, a in self.answers.items()}

    @property
    def complete(self) -> bool:
        return not self.missing_required


class _CombiningMarks(dict[int, int | None]):
    """A `str.translate` table deleting what `unicodedata.combining` flags (the accents NFKD
    splits off), filled in as characters are first seen."""

    def __missing__(self, code: int) -> int | None:
        kept = None if unicodedata.combining(chr(code)) else code
        self[code] = kept
        return kept


_COMBINING_MARKS = _CombiningMarks()


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKD", text.casefold())
    if text.isascii():
        return text
    # One C-level pass: a per-character Python loop made each long line cost seconds (one
    # "ﷺ" decomposes into 18 characters).
    return text.translate(_COMBINING_MARKS)


def _words(text: str) -> list[str]:
    return _WORD.findall(_fold(text))


_STOP = frozenset(
    [
        "a",
        "an",
        "and",
        "are",
        "as",
        "at",
        "be",
        "by",
        "can",
        "could",
        "do",
        "for",
        "from",
        "how",
        "i",
        "in",
        "is",
        "it",
        "me",
        "my",
        "of",
        "on",
        "or",
        "the",
        "this",
        "to",
        "we",
        "what",
        "when",
        "where",
        "which",
        "who",
        "will",
        "with",
        "would",
        "you",
        "your",
    ]
)


@dataclass
class _QuestionMatcher:
    number: int
    question: Question
    words: list[str]
    content: set[str]
    help_words: set[str]
    label_keys: list[list[str]] = field(default_factory=list)
    key_phrases: list[str] = field(default_factory=list)  # " start date ": found in a lead


def _matchers(questions: QuestionSet) -> list[_QuestionMatcher]:
    out = []
    for n, q in enumerate(questions.questions, start=1):
        words = _words(q.text)
        keys = [_words(k) for k in (q.display_label, q.id.replace("_", " "), *q.keywords)]
        out.append(
            _QuestionMatcher(
                number=n,
                question=q,
                words=words,
                content={w for w in words if w not in _STOP},
                help_words=set(_words(q.help)),
                label_keys=[k for k in keys if k],
                key_phrases=[f" {' '.join(k)} " for k in keys if k],
            )
        )
    return out


def _strip_number(text: str) -> tuple[int | None, str]:
    m = _NUMBER_MARKER.match(text)
    if not m:
        return None, text
    n = m.group("n1") or m.group("n2") or m.group("n3") or m.group("n4")
    return int(n), m.group("rest")


def _question_echo(text: str, matchers: Sequence[_QuestionMatcher]) -> _QuestionMatcher | None:
    """The question this line repeats (quoted or pasted, "2." or a table's bare "2"), if any."""
    _number, rest = _strip_number(text.strip())
    bare = _BARE_NUMBER.match(rest)
    rest = bare.group("rest") if bare else rest
    words = _words(rest)
    if len(words) < 3:
        return None
    best: tuple[float, _QuestionMatcher] | None = None
    content = {w for w in words if w not in _STOP}  # the line's, the same for every question
    for m in matchers:
        # Same opening words as the question: the usual case, even when a client wrapped it.
        prefix = min(len(m.words), len(words), 5)
        if prefix >= 3 and words[:prefix] == m.words[:prefix]:
            score = 2.0
        else:
            question_words = set(m.words)
            inside = sum(1 for w in words if w in question_words) / len(words)
            cover = len(content & m.content) / max(1, len(m.content))
            # Nearly every word is the question's and most of the question is there. A
            # numbered answer that reuses the question's words ("2. Comfortable with vector
            # calculus and probability") covers too little of it to count.
            score = inside if inside >= 0.85 and cover >= 0.6 else 0.0
        if score and (best is None or score > best[0]):
            best = (score, m)
    return best[1] if best else None


def _continues_question(text: str, m: _QuestionMatcher) -> bool:
    """A quoted line that is the wrapped rest of the question or its help text."""
    words = _words(text)
    if not words:
        return True
    pool = set(m.words) | m.help_words
    inside = sum(1 for w in words if w in pool) / len(words)
    return inside >= 0.75 or text.strip() in ("(optional)",)


def _label_question(
    label: str, matchers: Sequence[_QuestionMatcher], exact: bool = False
) -> _QuestionMatcher | None:
    words = [w for w in _words(label) if w not in ("my", "the", "your", "a")]
    if not words or len(words) > 6:
        return None
    best: tuple[float, _QuestionMatcher] | None = None
    for m in matchers:
        for key in m.label_keys:
            key_words = [w for w in key if w not in ("my", "the", "your", "a")]
            if not key_words:
                continue
            if words == key_words:
                score = 3.0
            elif exact:
                continue
            elif set(key_words) <= set(words) and len(words) <= len(key_words) + 2:
                score = 2.0 + len(key_words) / 10
            elif set(words) <= set(key_words):
                score = 1.0 + len(words) / 10
            else:
                continue
            if best is None or score > best[0]:
                best = (score, m)
    return best[1] if best else None


@dataclass
class _Anchor:
    position: int  # index into the own-text lines
    matcher: _QuestionMatcher
    method: Method
    rest: str  # the text after the marker on the anchor line ("" when the line is the echo)


@dataclass
class _Block:
    """A run of the applicant's own lines between quotes."""

    lines: list[str]
    after_anchor: _QuestionMatcher | None  # the quoted question right above it (inline)
    followed_by_quote: bool


# Ways of numbering an answer that the line classifier reads as "N. ": keycap emoji ("1️⃣"),
# "1、" (Chinese),
# one answer for two questions ("For 3 and 4: …", written out once per question), and an
# answer announced inside a sentence ("one correction to my answer to question 4: …").
_KEYCAP = re.compile(r"^(?P<indent>[ \t]*+)(?P<n>\d{1,2})\ufe0f?\u20e3[ \t]*+")
_IDEOGRAPHIC_COMMA = re.compile(r"^(?P<indent>[ \t]*+)(?P<n>\d{1,2})[、．][ \t]*+")
_JOINT_NUMBERS = re.compile(
    r"^[ \t]*+(?:(?:for|re|to|answers?\s++to)[ \t]++)?(?:questions?[ \t]++|q[ \t]*+)?"
    r"(?P<a>\d{1,2})[ \t]*+(?:and|&|\+|/|,)[ \t]*+(?:q[ \t]*+)?(?P<b>\d{1,2})"
    r"[ \t]*+[:.)\-–—][ \t]*+(?P<rest>\S.*)$",
    re.IGNORECASE,
)
_MAX_NORMALISED_LINE = 2_000  # longer lines are prose (or an attack), never a number
# "a) …  b) …  c) …": answers lettered instead of numbered.
_LETTERED = re.compile(r"^(?P<indent>[ \t]*+)(?P<l>[a-hA-H])[).][ \t]++(?P<rest>\S.*)$")


def _lettered_list(text: str) -> dict[str, int]:
    """Letter -> question number when the reply's own lines letter at least three answers
    a, b, c … in order (from "a") and number none; empty otherwise ("a) few" alone is a
    sentence, and under "3." the letters are the points of one answer)."""
    seen: list[str] = []
    for line in text.split("\n"):
        if line.lstrip().startswith(">") or len(line) > _MAX_NORMALISED_LINE:
            continue
        if _NUMBER_MARKER.match(line):
            return {}  # numbered answers, lettered points inside one of them
        m = _LETTERED.match(line)
        if m:
            seen.append(m["l"].lower())
    run = list(dict.fromkeys(seen))
    expected = [chr(ord("a") + i) for i in range(len(run))]
    if len(run) >= 3 and run == expected and len(seen) == len(run):
        return {letter: i + 1 for i, letter in enumerate(run)}
    return {}


_ANSWER_IN_SENTENCE = re.compile(
    # "my answer to question 4: …", "One thing I forgot for question 5: …", "to add to my
    # study plan answer (3): …".
    r"^[^>\n]{0,80}?\b(?:my\s++answer\s++to\s++question|(?:for|to|on|about|regarding)\s++"
    r"question|answer)\s*+(?:\((?P<p>\d{1,2})\)|#?(?P<n>\d{1,2}))[ \t]*+[:\-–—][ \t]*+"
    r"(?P<rest>\S.*)$",
    re.IGNORECASE,
)

# Dictated replies arrive as one run: "… question one I have been … question two calculus …".
_NUMBER_WORDS = {
    w: i + 1
    for i, w in enumerate(
        ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten"]
    )
}
_SPOKEN_MARK = re.compile(
    r"\bquestion\s++(?P<n>\d{1,2}|" + "|".join(_NUMBER_WORDS) + r")\b[ \t]*+[:.,\-–—]?[ \t]*+",
    re.IGNORECASE,
)
# A sign-off spoken at the end of the last answer ("… in an RL team thanks Priya").
_SPOKEN_CLOSING = re.compile(
    r"(?<![ \t,.])[ \t,.]++(?:thanks|thank\s++you|cheers|regards|best\s++regards|best)\b"
    r"[^.!?]{0,40}$",
    re.IGNORECASE,
)


def _spoken_numbers(line: str) -> list[str] | None:
    """The line split into "N. answer" lines when it holds three or more "question N" marks
    in order 1, 2, 3, … (nothing else counts: "question two" once is just words)."""
    marks = list(_SPOKEN_MARK.finditer(line))
    numbers = [int(m["n"]) if m["n"].isdigit() else _NUMBER_WORDS[m["n"].lower()] for m in marks]
    if len(marks) < 3 or numbers != list(range(1, len(marks) + 1)):
        return None
    out = [line[: marks[0].start()].rstrip()] if line[: marks[0].start()].strip() else []
    for k, m in enumerate(marks):
        end = marks[k + 1].start() if k + 1 < len(marks) else len(line)
        answer = line[m.end() : end].strip()
        if k + 1 == len(marks):
            answer = _SPOKEN_CLOSING.sub("", answer)
        out += [f"{numbers[k]}. {answer}", ""]
    return out


def _numbers_as_written(text: str) -> str:
    """`text` with those numberings written as "N. " lines; quoted lines are left alone. Only
    the part the line classifier reads (`MAX_REPLY_CHARS`) is looked at."""
    head = first_lines(text, MAX_REPLY_CHARS)
    if "\u20e3" not in head and not re.search(
        r"(?i)\d[ \t]*+(?:and|&|\+|/|,|、|．)|question|answer|^[ \t]*+a[).]", head, re.MULTILINE
    ):
        return text
    out: list[str] = []
    done: set[str] = set()  # each question once: a flood of "For 3 and 4:" is not answers
    letters = _lettered_list(head)
    for line in head.split("\n"):
        lettered = _LETTERED.match(line) if letters else None
        if lettered and lettered["l"].lower() in letters:
            line = f"{lettered['indent']}{letters[lettered['l'].lower()]}. {lettered['rest']}"
        if len(line) > _MAX_NORMALISED_LINE or line.lstrip().startswith(">"):
            out.append(line)
            continue
        line = _KEYCAP.sub(lambda m: f"{m['indent']}{m['n']}. ", line)
        line = _IDEOGRAPHIC_COMMA.sub(lambda m: f"{m['indent']}{m['n']}. ", line)  # "1、"
        joint = _JOINT_NUMBERS.match(line)
        sentence = _ANSWER_IN_SENTENCE.match(line) if joint is None else None
        spoken = _spoken_numbers(line) if joint is None and sentence is None else None
        if spoken is not None and not done:
            out += spoken
            done |= {str(n) for n in range(1, sum(1 for s in spoken if s[:1].isdigit()) + 1)}
        elif joint and int(joint["a"]) < int(joint["b"]) and not {joint["a"], joint["b"]} & done:
            out += [f"{joint['a']}. {joint['rest']}", "", f"{joint['b']}. {joint['rest']}"]
            done |= {joint["a"], joint["b"]}
        elif sentence and (n := sentence["n"] or sentence["p"]) not in done:
            out.append(f"{n}. {sentence['rest']}")
            done.add(n)
        else:
            out.append(line)
    return "\n".join(out) + text[len(head) :]


def _quoted_echo(line: Line, matchers: Sequence[_QuestionMatcher]) -> bool:
    m = QUOTE_PREFIX.match(line.text)
    return m is not None and _question_echo(line.text[m.end() :].strip(), matchers) is not None


def _reopen_answered_original(
    lines: list[Line], matchers: Sequence[_QuestionMatcher]
) -> list[Line]:
    """An original announced as such ("-----Ursprüngliche Nachricht-----", a From/Sent block)
    but quoted with ">", with answers typed between our quoted questions ("Answers below."):
    the history starts there for `visible_reply`, but the answers are in it. Only when the
    applicant wrote next to nothing above it, so answers given on top are never doubled."""
    start = next((i for i, ln in enumerate(lines) if ln.kind == "cut"), None)
    if start is None or sum(1 for ln in lines[:start] if ln.kind == "own") > 3:
        return lines
    tail = lines[start:]
    first = next((k for k, ln in enumerate(tail) if _quoted_echo(ln, matchers)), None)
    if first is None or not any(
        ln.text.strip() and not QUOTE_PREFIX.match(ln.text) for ln in tail[first:]
    ):
        return lines
    out = lines[:start] + [Line(ln.index, ln.text, "attribution", "") for ln in tail[:first]]
    for ln in tail[first:]:
        m = QUOTE_PREFIX.match(ln.text)
        if m:
            depth = m.group(0).count(">")
            out.append(Line(ln.index, ln.text, "quoted", ln.text[m.end() :], depth))
        elif ln.text.strip():
            out.append(Line(ln.index, ln.text, "own", ln.text))
        else:
            out.append(Line(ln.index, ln.text, "blank", ""))
    return out


def _blocks(lines: list[Line], matchers: Sequence[_QuestionMatcher]) -> list[_Block]:
    blocks: list[_Block] = []
    current: _QuestionMatcher | None = None
    own: list[str] = []

    def close(followed_by_quote: bool) -> None:
        nonlocal own
        if any(s.strip() for s in own):
            blocks.append(_Block(own, current_at_start, followed_by_quote))
        own = []

    current_at_start: _QuestionMatcher | None = None
    in_quote = True
    for line in lines:
        if line.kind == "cut":
            break
        if line.kind == "quoted":
            if not in_quote:
                close(followed_by_quote=True)
                in_quote = True
            content = line.content.strip()
            if not content:
                continue
            echo = _question_echo(content, matchers)
            if echo is not None:
                current = echo
            elif current is not None and not _continues_question(content, current):
                current = None
            continue
        if line.kind == "attribution":
            if not in_quote:
                close(followed_by_quote=True)
                in_quote = True
            current = None
            continue
        if line.kind == "blank":
            if not in_quote:
                own.append("")
            continue
        if in_quote:
            in_quote = False
            current_at_start = current
        own.append(line.text.rstrip())
    if not in_quote:
        close(followed_by_quote=False)
    return blocks


def _number_anchors(
    block_lines: list[str],
    matchers: Sequence[_QuestionMatcher],
    number_map: dict[int, _QuestionMatcher],
) -> list[_Anchor]:
    """Top-level numbered answers: the increasing run of markers that best fits the questions."""
    cands: list[tuple[int, int, int, str, bool]] = []  # pos, n, indent, rest, strong
    markers = [(pos, _NUMBER_MARKER.match(line)) for pos, line in enumerate(block_lines)]
    numbers = [
        (pos, int(m.group("n1") or m.group("n2") or m.group("n3") or m.group("n4")), m)
        for pos, m in markers
        if m
    ]
    # A list counted from 0 ("0. … 1. … 5.") numbers the first question 0: read it one up,
    # or every answer lands under the question before its own.
    shift = 1 if any(n == 0 and _paragraph_start(block_lines, pos) for pos, n, _ in numbers) else 0
    for pos, n, m in numbers:
        n += shift
        if n not in number_map:
            continue
        cands.append(
            (pos, n, len(m.group("indent").expandtabs()), m.group("rest"), bool(m.group("word")))
        )
        if len(cands) > _MAX_NUMBER_CANDIDATES:
            break
    bare = False
    if not cands:
        # Phone-typed "1 backend dev 6 yrs": a number and a space. Only as a run of at least
        # three, since a line may well start with "3 months of …".
        for pos, line in enumerate(block_lines):
            b = _BARE_NUMBER.match(line)
            if b and int(b.group("n")) in number_map:
                n = int(b.group("n"))
                cands.append((pos, n, len(b.group("indent").expandtabs()), b.group("rest"), False))
                if len(cands) > _MAX_NUMBER_CANDIDATES:
                    break
        bare = True
    if not cands:
        return []
    min_indent = min(c[2] for c in cands)

    def weight(c: tuple[int, int, int, str, bool]) -> float:
        _pos, n, indent, rest, strong = c
        w = 1.0
        if strong:
            w += 0.5
        if indent <= min_indent + 1:
            w += 0.3
        if _mentions(rest, number_map[n]):
            w += 0.4
        return w

    # Answers numbered in the order they came to mind ("2. … 1. … 6. … 3."): every number
    # once, each at the start of a paragraph at the same indent, three or more: take them as
    # written. A repeated number (a list inside an answer) falls back to the increasing run.
    if (
        not bare
        and len(cands) >= 3
        and len({c[1] for c in cands}) == len(cands)
        and all(_paragraph_start(block_lines, c[0]) and c[2] == min_indent for c in cands)
        and any(a[1] > b[1] for a, b in itertools.pairwise(cands))
    ):
        return [_Anchor(pos, number_map[n], "numbered", rest) for pos, n, _i, rest, _s in cands]
    # Longest-weight strictly increasing subsequence (n), O(k^2) over at most 200 candidates;
    # each weight reads its line's words, so it is computed once, not in the inner loop.
    weights = [weight(c) for c in cands]
    best = list(weights)
    prev = [-1] * len(cands)
    for i in range(len(cands)):
        for j in range(i):
            if cands[j][1] < cands[i][1] and best[j] + weights[i] > best[i]:
                best[i] = best[j] + weights[i]
                prev[i] = j
    i = max(range(len(cands)), key=lambda k: (best[k], -k))
    chosen = []
    while i != -1:
        chosen.append(cands[i])
        i = prev[i]
    chosen.reverse()
    if bare and len(chosen) < 3:
        return []
    # A single "1." is as likely a list inside prose as an answer number; require it to be the
    # first thing the applicant wrote or to name its question.
    if len(chosen) == 1:
        pos, n, _indent, rest, strong = chosen[0]
        before = [s for s in block_lines[:pos] if s.strip() and not _GREETING.match(s)]
        if not (strong or not before or _mentions(rest, number_map[n])):
            return []
    return [_Anchor(pos, number_map[n], "numbered", rest) for pos, n, _i, rest, _s in chosen]


def _mentions(text: str, m: _QuestionMatcher) -> bool:
    words = set(_words(text))
    if not words:
        return False
    for key in m.label_keys:
        if key and set(key) <= words:
            return True
    return len(words & m.content) >= 2


# What people put before an answer that is not part of it: an arrow ("--> 30 hours"), the
# word for "question" after its number ("1. soru: …", Turkish).
_LEAD_DECORATION = re.compile(
    r"^\s*+(?:-+>|=+>|→|⇒|»|(?:soru|question|frage|pregunta|domanda|vraag|pytanie|вопрос)"
    r"\s*+[:.\-–—])\s*+",
    re.IGNORECASE,
)


def _without_question_text(line: str, m: _QuestionMatcher) -> str:
    """The line without the question pasted at its start ("What is your background …?
    [Data engineer …]"): the answer follows the question's last word."""
    words = _words(line)
    if len(words) <= len(m.words) or words[: len(m.words)] != m.words:
        return line
    # Cut after the question's last word as written (its "?" included).
    last = re.escape(m.question.text.rstrip(" ?.:").split()[-1])
    cut = re.search(rf"\b{last}\b\s*+[?.:]?", line, re.IGNORECASE)
    return line[cut.end() :].lstrip() if cut else line


def _row_label(line: str, m: _QuestionMatcher) -> bool:
    """A short name of the question on a line of its own ("Hours / start", "After the
    grant"): a few words about the question, no figures, not a sentence."""
    text = line.strip().strip("*_")
    return (
        0 < len(text.split()) <= 5 and not re.search(r"\d|[.!?,;:]$", text) and _mentions(text, m)
    )


def _own_anchors(
    block_lines: list[str],
    matchers: Sequence[_QuestionMatcher],
    number_map: dict[int, _QuestionMatcher],
) -> list[_Anchor]:
    numbered = {a.position: a for a in _number_anchors(block_lines, matchers, number_map)}
    labelled: dict[int, _Anchor] = {}
    echoes: dict[int, _Anchor] = {}
    for pos, line in enumerate(block_lines):
        if not line.strip():
            continue
        echo = _question_echo(line, matchers)
        if echo is not None:
            # "What is your background …? [Data engineer …]": the answer after the question.
            _n, pasted = _strip_number(line.strip())
            rest = _without_question_text(pasted, echo)
            echoes[pos] = _Anchor(pos, echo, "question", "" if rest == pasted else rest)
            continue
        label = _line_label(line, matchers)
        if label is not None:
            labelled[pos] = _Anchor(pos, label[0], "label", label[1])
            continue
        hm = _HEADING.match(line)
        if hm:
            # "## Background", "**Study plan**", or a line that is exactly a label; or a
            # label in the applicant's words ("How I heard about you") over its answer.
            target = _label_question(hm.group("label"), matchers, exact=not hm.group("mark"))
            nxt = block_lines[pos + 1] if pos + 1 < len(block_lines) else ""
            if target is None and nxt.strip() and 2 <= len(_words(hm.group("label"))) <= 5:
                target = _label_question(hm.group("label"), matchers)
            if target is not None:
                labelled[pos] = _Anchor(pos, target, "label", "")
    if _questions_in_a_column(block_lines, echoes):
        return []
    # Numbers and labels can both appear: "Plan:" over a numbered list, "Math:" inside answer 3.
    # Whichever marks more different questions is the structure; the other is content.
    n_cover = len({a.matcher.question.id for a in numbered.values()})
    l_cover = len({a.matcher.question.id for a in labelled.values()})
    ordered = [number_map[n] for n in sorted(number_map)]
    if l_cover > n_cover or (not numbered and not labelled):
        labelled = _labels_by_position(block_lines, labelled, ordered)
        l_cover = len({a.matcher.question.id for a in labelled.values()})
    anchors = dict(labelled) if l_cover > n_cover else dict(numbered)
    if not anchors and not echoes:
        anchors = _bullets_by_position(block_lines, ordered)
    for pos, a in echoes.items():
        if pos not in anchors or anchors[pos].matcher is a.matcher:
            anchors[pos] = a
    return [anchors[p] for p in sorted(anchors)]


def _line_label(
    line: str, matchers: Sequence[_QuestionMatcher]
) -> tuple[_QuestionMatcher, str] | None:
    """The question a line's label names ("Study plan: …", "As for the plan, …"), and the
    text after the label."""
    for pattern in (_LABEL, _LEAD_IN):
        m = pattern.match(line)
        target = _label_question(m.group("label"), matchers) if m else None
        if m and target is not None:
            return target, m.group("rest")
    return None


def _questions_in_a_column(block_lines: list[str], echoes: dict[int, _Anchor]) -> bool:
    """Every one of our questions here (three or more) stands under the one before with
    nothing but its own wrapped text between: a question/answer table read column by column,
    all the answers after the last question. Which answer is whose is then a person's call."""
    positions = sorted(echoes)
    return (
        len(positions) >= 3
        and not any(echoes[p].rest for p in positions)
        and all(
            all(
                _continues_question(ln, echoes[a].matcher)
                for ln in block_lines[a + 1 : b]
                if ln.strip()
            )
            for a, b in itertools.pairwise(positions)
        )
    )


_BULLET = re.compile(r"^(?P<indent>[ \t]*+)[-•*·▪◦‣–][ \t]++(?P<rest>\S.*)$")


def _paragraph_start(block_lines: list[str], pos: int) -> bool:
    return pos == 0 or not block_lines[pos - 1].strip()


def _labels_by_position(
    block_lines: list[str], labelled: dict[int, _Anchor], ordered: list[_QuestionMatcher]
) -> dict[int, _Anchor]:
    """Labels the keywords do not know ("Zeitaufwand:", "Cómo os conocí:") between known ones:
    when every paragraph of the reply opens with a label, the known labels are in question
    order, and the unknown ones between two known ones fill exactly the questions between
    them, each takes its place. With no label known, it takes one label per asked question."""
    index = {id(m): k for k, m in enumerate(ordered)}
    starts: list[int] = []
    for pos, line in enumerate(block_lines):
        if not line.strip() or not _paragraph_start(block_lines, pos):
            continue
        lm = _LABEL.match(line)
        short_label = bool(lm and len(lm.group("label").split()) <= 6 and lm.group("rest").strip())
        if short_label or pos in labelled:
            starts.append(pos)
    if len(starts) < 2 or len(starts) > len(ordered):
        return labelled
    known = [(p, index.get(id(labelled[p].matcher))) for p in starts if p in labelled]
    if any(k is None for _p, k in known):
        return labelled
    ks = [k for _p, k in known if k is not None]
    if ks != sorted(set(ks)):
        return labelled
    # Only paragraphs that open with a label count; an unknown label takes a place only when
    # the gap between its known neighbours has exactly as many questions as unknown labels.
    out = dict(labelled)
    slots = [-1, *ks, len(ordered)]
    groups: list[list[int]] = [[] for _ in range(len(slots) - 1)]
    g = 0
    for p in starts:
        if p in labelled:
            g += 1
        else:
            groups[g].append(p)
    for g, unknown in enumerate(groups):
        if not unknown:
            continue
        lo, hi = slots[g], slots[g + 1]
        if hi - lo - 1 != len(unknown):
            continue
        for k, p in enumerate(unknown):
            lm = _LABEL.match(block_lines[p])
            assert lm is not None
            out[p] = _Anchor(p, ordered[lo + 1 + k], "order", lm.group("rest"))
    return out


def _bullets_by_position(
    block_lines: list[str], ordered: list[_QuestionMatcher]
) -> dict[int, _Anchor]:
    """One bullet per asked question, in order ("- …" lines, an HTML <ul>): the outermost
    bullets, exactly as many as the questions asked, each followed only by its own lines."""
    found: list[tuple[int, int, str]] = []
    for pos, line in enumerate(block_lines):
        b = _BULLET.match(line)
        if b:
            found.append((pos, len(b.group("indent").expandtabs()), b.group("rest")))
            if len(found) > _MAX_NUMBER_CANDIDATES:
                return {}
    if not found:
        return {}
    outer = min(i for _p, i, _r in found)
    top = [(p, r) for p, i, r in found if i == outer]
    if len(top) != len(ordered) or len(ordered) < 2:
        return {}
    # Between two bullets only blank lines or lines continuing the bullet above (no blank line
    # before them): a paragraph of prose in between means this is not an answer list.
    for (p, _r), (q, _r2) in itertools.pairwise(top):
        seen_blank = False
        for line in block_lines[p + 1 : q]:
            if not line.strip():
                seen_blank = True
            elif seen_blank and not _BULLET.match(line):
                return {}
    return {p: _Anchor(p, m, "order", r) for (p, r), m in zip(top, ordered, strict=True)}


# What people add under their last answer that is not part of it.
_META_REMARK = re.compile(
    r"^\s*+(?:let\s+me\s+know|please\s+let\s+me\s+know|hope\s+(?:this|that|it)\s+helps|"
    r"looking\s+forward|i(?:\s*+(?:'ll|’ll)|\s++will)\s+(?:send|get\s+back|follow\s+up|think|reply|"
    r"answer|add)|will\s+send|happy\s+to\s+(?:provide|share|answer|discuss|talk)|"
    r"feel\s+free|(?:any|more)\s+questions|thanks?\s+(?:again|for)|thank\s+you\s+for|"
    r"kindly\s+(?:let\s+me\s+know|revert|confirm)|hope\s+you(?:'re|\s+are)|here\s+(?:are|is)\s+my|"
    # "Everything else stays as it was.", "The other answers remain unchanged."
    r"(?:everything|all)\s+else\s+(?:stays|remains|is\s+(?:the\s+same|unchanged))|"
    r"(?:the\s+)?(?:rest|other\s+answers)\s+(?:stays?|remains?|(?:is|are)\s+unchanged))\b",
    re.IGNORECASE,
)
# A one-line apology above the answers: "Sorry I missed these two.", "Apologies for the delay!"
# A line that says how the answers follow, above them.
_ORDER_NOTE = re.compile(
    r"^\s*+(?:i(?:'m|\s+am)\s+)?(?:answering|replying|my\s+answers?|answers?)\b[^\n]{0,60}?"
    r"\b(?:order|below|follow|questions?)\b[^\n]{0,40}$",
    re.IGNORECASE,
)
_APOLOGY = re.compile(r"^\s*+(?:so+rry|apologies|my\s+apologies)\b[^\n]{0,80}$", re.IGNORECASE)
# An "answer" that only promises one: "Still working on my study plan, will send it by the
# weekend", "I need some more days for this". Short, or it holds an answer too.
_DEFERRAL = re.compile(
    r"\b(?:(?:i\s*+(?:'ll|’ll)|will|shall)\s+(?:also\s+)?(?:send|share|answer|reply\s+to|"
    r"mail|email|forward)\s+(?:it|this|that|them|these|the\s+rest|"
    r"(?:my\s+|the\s+|this\s+)?answers?|(?:in\s+)?(?:a\s+)?separate(?:ly)?|later|soon|tomorrow|"
    r"tonight|shortly)|(?:i\s*+(?:'ll|’ll)|will)\s+get\s+back|still\s+(?:working|thinking)\s+on|"
    r"still\s+putting\s+(?:(?:it|this|that|them)\s+)?together|"
    # "I'll send you a detailed plan next week", "… so I'll send it by Friday".
    r"(?:i\s*+(?:'ll|’ll)|will)\s+(?:send|share|forward|mail|email)\s+(?:\S+\s+){0,5}?(?:later|"
    r"soon|tomorrow|next\s+week|this\s+week|by\s+(?:the\s+)?\w+|over\s+the\s+weekend|"
    r"in\s+a\s+(?:few|couple\s+of)\s+days)|"
    r"still\s+(?:comparing|deciding|figuring|drafting|writing|finali[sz]ing|preparing|refining)|"
    r"(?:still\s+)?a\s+work\s+in\s+progress|not\s+(?:ready|finished|done)\s+yet|"
    r"(?:i\s*+(?:'ll|’ll)|will)\s+include\s+(?:it|them|these|those)\s+when|"
    r"let\s+me\s+think\s+about\s+(?:it|them|that)|"
    r"need\s+(?:some\s+)?more\s+(?:days|time)|(?:answers?|details?|more)\s+to\s+follow|"
    r"coming\s+soon|tbd|tba)\b",
    re.IGNORECASE,
)
_MAX_DEFERRAL_WORDS = 20
# What a promise of the other answers names: "I'll answer the rest at the weekend".
_THE_REST = re.compile(
    r"\b(?:the\s+rest|the\s+others?|other\s+questions|remaining\s+(?:questions|ones))\b", re.I
)
# A promise with its reason ("I'm still working on the study plan, I want to talk to a friend
# first. I'll send it by the end of next week."): every sentence a promise, and no longer.
_MAX_PROMISES_WORDS = 60
# Possessive `\s*+`: "a" + 3 KB of spaces + "x" took 23.5 s trying every three-way split.
_ANSWER_PREFIX = re.compile(
    r"^\s*+[*_]{0,2}(?:a\s*+\d{0,2}\s*+[*_]{0,2}\s*+:|(?:ans|answer|antwort|réponse|reponse|"
    r"respuesta|risposta|resposta)\s*+\d{0,2}\s*+[*_]{0,2}\s*+[:.)\-–—])\s*+[*_]{0,2}\s*+",
    re.IGNORECASE,
)
# A question named by its number, in the languages the questions are answered in.
_NAMES_A_QUESTION = re.compile(
    r"\b(?:question|frage|pregunta|domanda|pergunta|vraag|pytanie|soru)\s*+(?:no\.?\s*+|#)?\d{1,2}\b",
    re.IGNORECASE,
)
_POSTSCRIPT = re.compile(r"^\s*p\.?\s?p?\.?\s?s\.?(?:\s|:|$)", re.IGNORECASE)
_NAME_ONLY = re.compile(
    r"^\s*+-?\s*+[^\W\d_][\w.'’-]{0,20}+(?:\s++[^\W\d_][\w.'’-]{0,20}+){0,2}\s*+$"
)
_OPTIONAL_MARK = re.compile(r"^\s*+\(optional\)\s*+", re.IGNORECASE)
_TAG_PREFIX = re.compile(r"^\s*\[[^\]\n]{1,30}\]\s*(?=\S)")
_BRACKETED = re.compile(r"^\s*\[(?P<inner>[^\[\]]+)\]\s*$")


def _strip_tail_remarks(lines: list[str], *, promises: bool = False) -> list[str]:
    """Under the last answer: drop a closing remark paragraph or a bare name, never the whole
    answer; and (`promises`) a one-line promise of the other answers."""
    for _ in range(3):
        while lines and not lines[-1].strip():
            lines.pop()
        blank = max((i for i, s in enumerate(lines) if not s.strip()), default=-1)
        if blank < 0:
            break
        tail = [s for s in lines[blank + 1 :] if s.strip()]
        is_name = len(tail) == 1 and _NAME_ONLY.match(tail[0]) and tail[0].strip()[:1].isupper()
        is_remark = bool(tail) and (
            (_META_REMARK.match(tail[0]) and len(tail) <= 2)
            or bool(_POSTSCRIPT.match(tail[0]))
            # "Frage 5 lasse ich aus.", "No answer for question 5 yet."
            or (
                len(tail) == 1
                and len(tail[0].split()) <= 12
                and bool(_NAMES_A_QUESTION.search(tail[0]))
            )
            # "For 5 and 6 let me think about it, I'll include them when I send the plan."
            or (promises and len(tail) == 1 and _only_promises(tail))
        )
        if is_name or is_remark:
            del lines[blank:]
        else:
            break
    # Typed without a blank line (phones): "Will send 3 and 5 tonight." over a bare name.
    if (
        len(lines) >= 3
        and _NAME_ONLY.match(lines[-1])
        and lines[-1].strip()[:1].isupper()
        and _META_REMARK.match(lines[-2])
    ):
        del lines[-2:]
    return lines


def _unmarked_inline(
    texts: Sequence[str], matchers: Sequence[_QuestionMatcher]
) -> list[tuple[_QuestionMatcher, list[str]]]:
    """Answers typed into an unmarked quoted original (Outlook users answering "inline below",
    often tagged "[Name]"): text between our quoted questions that is not our help text."""
    found: list[tuple[_QuestionMatcher, list[str]]] = []
    current: _QuestionMatcher | None = None
    buf: list[str] = []
    questions_seen = 0

    def flush(last: bool = False) -> None:
        text = list(buf)
        if last:
            # After the last question our email goes on ("Just reply to this email…"): keep
            # only the applicant's first paragraph there.
            while text and not text[0].strip():
                text.pop(0)
            if "" in text:
                text = text[: text.index("")]
        if current is not None and any(s.strip() for s in text):
            found.append((current, text))

    for text in texts:
        stripped = text.strip()
        if stripped.startswith(">"):
            # Our emails quote nothing, so a ">" line under one of our questions is the
            # applicant marking an answer (">> my answer"); elsewhere it is older history.
            if current is None:
                continue
            text = QUOTE_PREFIX.sub("", text)
            stripped = text.strip()
            if not stripped:
                continue
        if not stripped:
            if buf:
                buf.append("")
            continue
        echo = _question_echo(stripped, matchers)
        if echo is not None:
            flush()
            current, buf = echo, []
            questions_seen += 1
            continue
        if current is None:
            continue
        if not any(s.strip() for s in buf) and _continues_question(stripped, current):
            continue
        if CLOSING.match(stripped) or HEADER_LINE.match(stripped):
            flush(last=True)
            current, buf = None, []
            continue
        buf.append(_TAG_PREFIX.sub("", text, count=1) if not buf else text)
    flush(last=True)
    return found if questions_seen >= 2 else []


def _names_question(label: str, m: _QuestionMatcher) -> bool:
    """The label is the question's own name ("Background:", "Study plan -"), not merely one of
    its keywords: "Probability: good" under the math question is part of the answer."""
    words = _words(label)
    return words in (_words(m.question.display_label), _words(m.question.id.replace("_", " ")))


def _clean_answer(lines: list[str], m: _QuestionMatcher, last: bool = False) -> str:
    lines = list(lines)
    while lines and not lines[0].strip():
        lines.pop(0)
    del lines[: _wrapped_question_lines(lines, m)]
    while lines and not lines[0].strip():
        lines.pop(0)
    if lines:
        # "1. Background: …" / "Study plan - …": drop a leading label naming this question;
        # "A: …" / "Answer: …" under a question: drop the marker.
        lm = _LABEL.match(lines[0])
        hm = _HEADING.match(lines[0])
        if lm and _names_question(lm.group("label"), m):
            lines[0] = lm.group("rest")
        elif hm and (
            _names_question(hm.group("label"), m)
            or (
                # "How I heard of you" over the answer: a heading in the applicant's words
                any(s.strip() for s in lines[1:])
                and len(_words(hm.group("label"))) >= 2
                and _label_question(hm.group("label"), [m]) is m
            )
        ):
            lines[0] = ""  # "**1. Background**" with the answer on the lines below
        elif len(lines) > 2 and not lines[1].strip() and _row_label(lines[0], m):
            lines[0] = ""  # a table's "4. Hours / start" cell over the answer's own cell
        lines[0] = _ANSWER_PREFIX.sub("", lines[0], count=1)
        lines[0] = _LEAD_DECORATION.sub("", _without_question_text(lines[0], m), count=1)
        # The "(optional)" our email writes after a question, pasted with it.
        lines[0] = _OPTIONAL_MARK.sub("", lines[0], count=1)
    while lines and not lines[0].strip():  # a heading dropped: the answer starts below it
        lines.pop(0)
    # A table's next row number ("5") read as a cell of its own under this answer.
    filled = [k for k, s in enumerate(lines) if s.strip()]
    if (
        len(filled) > 1
        and lines[filled[-1]].strip() == str(m.number + 1)
        and not lines[filled[-1] - 1].strip()  # a cell of its own, under a blank line
    ):
        del lines[filled[-1] :]
    lines = strip_signature(lines)
    if last:
        for _ in range(3):
            before = len(lines)
            lines = _strip_tail_remarks(strip_signature_block(strip_closing(lines)), promises=True)
            if len(lines) == before:
                break
    else:
        lines = strip_closing(lines)
    while lines and not lines[0].strip():
        lines.pop(0)
    while lines and not lines[-1].strip():
        lines.pop()
    text = "\n".join(s.rstrip() for s in lines)
    text = _dedent(text).strip()
    # "[30 hours a week, from April.]": answers typed into a quoted original, set off in brackets.
    bracketed = _BRACKETED.match(text)
    return bracketed.group("inner").strip() if bracketed else text


def _wrapped_question_lines(lines: list[str], m: _QuestionMatcher) -> int:
    """How many of the first lines are the rest of the question over this answer, wrapped by
    a PDF's or a client's line width ("vector calculus and probability?" under "2. How
    comfortable …", or "you commit, and when could" / "you start?")."""
    for k in range(min(4, len(lines)), 0, -1):
        words = _words(" ".join(lines[:k]))
        if (
            0 < len(words) < len(m.words)
            and m.words[-len(words) :] == words
            and (lines[k - 1].rstrip().endswith("?") or len(words) >= 3)
        ):
            return k
    return 0


def _dedent(text: str) -> str:
    # Answers typed under a marker are often indented ("3. Plan:\n   1. Books"); remove the
    # common indent, ignoring a first line that sat right after the marker.
    lines = text.split("\n")
    first_indented = lines[0][:1].isspace()
    pool = [s for s in (lines if first_indented else lines[1:]) if s.strip()]
    if not pool:
        return text
    cut = min(len(s) - len(s.lstrip()) for s in pool)
    if cut == 0:
        return text
    out = []
    for k, line in enumerate(lines):
        if not line.strip():
            out.append("")
        elif k == 0 and not first_indented:
            out.append(line)
        else:
            out.append(line[cut:])
    return "\n".join(out)


def _is_empty_answer(text: str) -> bool:
    return not _words(text)


def _numbering(
    matchers: Sequence[_QuestionMatcher], asked: Sequence[str], block_texts: Iterable[str]
) -> dict[int, _QuestionMatcher]:
    by_id = {m.question.id: m for m in matchers}
    original = {m.number: m for m in matchers if m.question.id in asked}
    if len(asked) == len(matchers):
        return original
    # A follow-up asked only some questions, shown with their original numbers. Most people
    # keep those; some renumber from 1. Pick the reading under which the numbers they used fit.
    used = set()
    for text in block_texts:
        for line in text.split("\n"):
            n, _ = _strip_number(line)
            if n is not None:
                used.add(n)
    renumbered = {i: by_id[qid] for i, qid in enumerate(asked, start=1)}
    if used and used <= set(renumbered) and not used <= set(original):
        return renumbered
    return original


def extract_answers(
    reply_text: str,
    questions: QuestionSet,
    *,
    html: str | None = None,
    asked: Sequence[str] | None = None,
    _forwarded: bool = False,
) -> ExtractedAnswers:
    """Map a reply to answers per question id.

    `reply_text` is the text/plain part as received (quotes included: inline answers are found
    under the quoted questions); `html` is used when it is empty. `asked` lists the question ids
    the email being answered asked, in order (default: all); a "we still need" email asks only
    some, and applicants may number their answers 1., 2., … against that shorter list.
    """
    received = source_text(reply_text, html)
    source = _numbers_as_written(received)
    matchers = _matchers(questions)
    asked_ids = list(asked) if asked is not None else questions.ids
    unknown = set(asked_ids) - set(questions.ids)
    if unknown:
        raise KeyError(f"unknown question ids: {sorted(unknown)}")
    lines = _reopen_answered_original(classify_lines(source), matchers)
    blocks = _blocks(lines, matchers)
    number_map = _numbering(matchers, asked_ids, ("\n".join(b.lines) for b in blocks))

    collected: dict[str, list[str]] = {}
    methods: dict[str, Method] = {}
    unassigned: list[str] = []
    own_lines: list[str] = []  # the applicant's own words, outside inline answers
    lead_ins: set[str] = set()  # questions named only by a prose lead-in ("As for the plan, …")

    def add(m: _QuestionMatcher, method: Method, text_lines: list[str], last: bool) -> None:
        text = _clean_answer(text_lines, m, last)
        if _is_empty_answer(text) or _question_echo(text.split("\n", 1)[0], matchers):
            # Nothing, or another of our questions (a table read column by column puts every
            # question before every answer): a person reads it rather than a wrong answer.
            return
        qid = m.question.id
        if qid in collected:
            collected[qid].append(text)
        else:
            collected[qid] = [text]
            methods[qid] = method

    for block in blocks:
        own = block.lines
        if block.after_anchor is not None:
            # Inline: the applicant wrote under a quoted question. Its lines are the answer,
            # numbered lists inside it included ("1. Sutton & Barto 2. …" is a study plan).
            add(block.after_anchor, "inline", own, not block.followed_by_quote)
            continue
        own_lines.extend([*own, ""])
        anchors = _own_anchors(own, matchers, number_map)
        lead_ins.update(
            a.matcher.question.id
            for a in anchors
            if a.method == "label" and not _LABEL.match(own[a.position])
        )
        if not anchors:
            unassigned.extend(own)
            unassigned.append("")
            continue
        head = own[: anchors[0].position]
        if any(s.strip() for s in head):
            unassigned.extend(head)
            unassigned.append("")
        own_labels = _own_labels_after_numbers(anchors)
        for k, anchor in enumerate(anchors):
            end = anchors[k + 1].position if k + 1 < len(anchors) else len(own)
            rest = anchor.rest
            if own_labels and anchor.method == "numbered" and (lm := _LABEL.match(rest)):
                rest = lm.group("rest")  # "4. Time - About 25 hours": the applicant's label
            body = [rest] if rest.strip() else []
            body.extend(own[anchor.position + 1 : end])
            add(anchor.matcher, anchor.method, body, k + 1 == len(anchors))

    # Outlook-style: answers typed into the unmarked original below the cut.
    cut_texts = [ln.text for ln in lines if ln.kind == "cut"]
    for m, text_lines in _unmarked_inline(cut_texts, matchers):
        if m.question.id not in collected:
            add(m, "inline", text_lines, False)

    unassigned_text = "\n".join(
        strip_signature_block(strip_closing(strip_signature(unassigned)))
    ).strip()
    if len(collected) == 1 and set(collected) <= lead_ins:
        # Prose, one paragraph per question, one of them opening "As for the study plan, …":
        # the lead-in took everything after it. When the paragraphs fit the questions in
        # order, and that one falls to the question it names, they are taken in order.
        ((qid, (first, *_)),) = collected.items()
        prose = "\n".join(strip_signature_block(strip_closing(strip_signature(own_lines))))
        in_order = _by_order(prose, matchers, asked_ids)
        opening = first.split("\n", 1)[0][:40]
        if in_order[0] and opening and opening in in_order[0].get(qid, [""])[0]:
            collected, methods, unassigned_text = in_order
    if not collected and unassigned_text:
        collected, methods, unassigned_text = _by_order(unassigned_text, matchers, asked_ids)
    if not collected and unassigned_text:
        collected, methods, unassigned_text = _by_topic(unassigned_text, matchers, asked_ids)
    if not collected and not _forwarded:
        # "I sent these yesterday but it bounced, so forwarding them": the answers are in the
        # forwarded message, when that message is itself a reply to our questions.
        inner = forwarded_message(source)
        if (
            inner is not None
            and sum(
                _question_echo(ln.content, matchers) is not None
                for ln in classify_lines(inner)
                if ln.kind in ("quoted", "cut")
            )
            >= 2
        ):
            found = extract_answers(inner, questions, asked=asked, _forwarded=True)
            return found.model_copy(update={"raw": received, "visible": visible_reply(received)})

    _strip_common_tag(collected)
    _strip_labels_with_a_period(collected, matchers)
    for qid in [q for q, texts in collected.items() if _only_promises(texts)]:
        # Not an answer: the question stays open (and is asked again), the words unfiled.
        unassigned_text = "\n\n".join(filter(None, [unassigned_text, *collected.pop(qid)]))

    answers: dict[str, Answer] = {}
    for m in matchers:
        qid = m.question.id
        if qid in collected:
            answers[qid] = Answer(
                question_id=qid, text="\n\n".join(collected[qid]), method=methods[qid]
            )
    missing = [
        m.question.id for m in matchers if m.question.required and m.question.id not in answers
    ]
    return ExtractedAnswers(
        raw=received,
        visible=visible_reply(received),
        answers=answers,
        unassigned=unassigned_text,
        missing_required=missing,
        asked=asked_ids,
    )


_ANSWER_TAG = re.compile(r"^\s*(\[[^\]\n]{1,30}\]|[A-Z][A-Za-z]{0,2}\s*:|<[^<>\n]{1,20}>)\s*")


# "Background. 8 years in …", "Hours / start. 30 h/week": a short label closed by a period
# (Proton's bold labels, in the text part), before the answer.
_LABEL_PERIOD = re.compile(r"^\s*+(?P<label>[A-Z][\w/&'’ -]{0,30}?)\.\s++(?=\S)")
_MAX_LABEL_PERIOD_WORDS = 3


def _strip_labels_with_a_period(
    collected: dict[str, list[str]], matchers: Sequence[_QuestionMatcher]
) -> None:
    """Drop "Label. " before each answer when every answer (three or more) opens so and most
    of the labels name their own question: the applicant's labels, not a first sentence."""
    by_id = {m.question.id: m for m in matchers}
    found = {
        qid: m
        for qid, parts in collected.items()
        if (m := _LABEL_PERIOD.match(parts[0]))
        and len(m.group("label").split()) <= _MAX_LABEL_PERIOD_WORDS
    }
    if len(collected) < 3 or len(found) != len(collected):
        return
    named = {qid: _label_question(m.group("label"), matchers) for qid, m in found.items()}
    own = sum(q is by_id.get(qid) for qid, q in named.items())
    if 2 * own < len(found) or any(q not in (None, by_id.get(qid)) for qid, q in named.items()):
        return  # few labels name their question, or one names another: not labels
    for qid, m in found.items():
        collected[qid][0] = collected[qid][0][m.end() :]


def _own_labels_after_numbers(anchors: Sequence[_Anchor]) -> bool:
    """ "1. Background - …" … "4. Time - …": every numbered answer (three or more) opens with
    a short label, most of them naming their question; the others are the applicant's own
    words for theirs, and go as ours do."""
    numbered = [a for a in anchors if a.method == "numbered"]
    labels = [_LABEL.match(a.rest) for a in numbered]
    if len(numbered) < 3 or not all(
        lm and len(_words(lm.group("label"))) <= _MAX_LABEL_PERIOD_WORDS + 1 for lm in labels
    ):
        return False
    naming = sum(
        _names_question(lm.group("label"), a.matcher)
        for lm, a in zip(labels, numbered, strict=True)
        if lm
    )
    return 2 * naming >= len(numbered)


def _strip_common_tag(collected: dict[str, list[str]]) -> None:
    """Drop a tag every answer starts with ("RK: …", "[Alice] …"): people mark inline answers
    with their initials. Only when all (at least two) answers carry the same tag, so a lone
    "ML: …" stays part of its answer."""
    texts = [t for parts in collected.values() for t in parts]
    if len(texts) < 2:
        return
    tags = {m.group(1).replace(" ", "") if (m := _ANSWER_TAG.match(t)) else None for t in texts}
    if len(tags) != 1 or None in tags:
        return
    for parts in collected.values():
        parts[:] = [_ANSWER_TAG.sub("", t, count=1) for t in parts]


def _only_promises(texts: list[str]) -> bool:
    text = " ".join(texts)
    words = len(text.split())
    if words <= _MAX_DEFERRAL_WORDS:
        return _DEFERRAL.search(text) is not None
    sentences = [s for s in _SENTENCE_END.split(" ".join(text.split())) if s]
    return words <= _MAX_PROMISES_WORDS and all(_DEFERRAL.search(s) for s in sentences)


def _by_order(
    text: str, matchers: Sequence[_QuestionMatcher], asked: Sequence[str]
) -> tuple[dict[str, list[str]], dict[str, Method], str]:
    """Unmarked prose: when it has exactly one paragraph per asked question (after a greeting
    and an intro line ending in ":"), take them in order; otherwise leave it to a human."""
    original = text
    text = "\n".join(_strip_tail_remarks(text.split("\n")))
    paragraphs = [p.strip() for p in re.split(r"\n\s*\n", text) if p.strip()]
    while paragraphs and "\n" not in paragraphs[0]:
        first = paragraphs[0]
        sentences = _SENTENCE_END.split(first, maxsplit=1)
        if len(sentences) == 2 and (_APOLOGY.match(sentences[0]) or _GREETING.match(sentences[0])):
            paragraphs[0] = sentences[1]  # "Sorry I missed that one! 25 hours …", "Hi! I can …"
        elif (
            _GREETING.match(first)
            or first.rstrip().endswith(":")
            or _META_REMARK.match(first)  # "thanks for getting back to me so quickly."
            or _ORDER_NOTE.match(first)  # "Answering in the same order as your questions."
            or _APOLOGY.match(first)  # "Sorry I missed these two."
        ):
            paragraphs.pop(0)
        else:
            break
    # "About what I want to do afterwards:" over its paragraph: a heading, not an answer; it
    # must not name another question than the one its paragraph falls to.
    headings: dict[int, str] = {}  # the heading over the kept paragraph at this index
    kept: list[str] = []
    for k, p in enumerate(paragraphs):
        if k < len(paragraphs) - 1 and "\n" not in p and p.rstrip().endswith(":"):
            headings[len(kept)] = p
        else:
            kept.append(p)
    paragraphs = kept
    by_id = {m.question.id: m for m in matchers}
    if len(asked) == 1:
        # A follow-up that asked one question: what the applicant wrote is the answer, unless
        # it only says an answer will come ("I'll get back to you on that").
        kept = [p for p in paragraphs if not (_META_REMARK.match(p) and p.count("\n") < 2)]
        if not kept or asked[0] not in by_id:
            return {}, {}, original
        # Its sign-off and signature go, as under any last answer.
        answer = _clean_answer("\n\n".join(kept).split("\n"), by_id[asked[0]], last=True)
        return ({asked[0]: [answer]}, {asked[0]: "order"}, "") if answer else ({}, {}, original)
    order = [q for q in asked if q in by_id]
    own = _own_words(matchers)
    if len(paragraphs) != len(order):
        # One paragraph per question but the one optional question left out: the required
        # ones, in order, when no paragraph opens on another question's topic.
        required = [q for q in order if by_id[q].question.required]
        if len(order) - len(required) != 1 or len(paragraphs) != len(required):
            return {}, {}, original
        for qid, p in zip(required, paragraphs, strict=True):
            topic = _topic(p, matchers, own)
            if topic is not None and topic is not by_id[qid]:
                return {}, {}, original
        order = required
    for k, heading in headings.items():
        topic = _topic(heading, matchers, own)
        if topic is not None and topic is not by_id[order[k]]:
            return {}, {}, original
    topics = [_topic(p, matchers, own) for p in paragraphs]
    named = [t.question.id for t in topics if t is not None]
    if len(named) == len(order) and set(named) == set(order):
        # Every paragraph opens on a different asked question's topic, maybe not in the order
        # asked ("I can do 20 hours a week …", then "The study plan I'm still working on …"):
        # each goes to its own.
        order = named
    collected = {qid: [p] for qid, p in zip(order, paragraphs, strict=True)}
    methods: dict[str, Method] = {qid: "order" for qid in collected}
    return collected, methods, ""


# Sentences: split after . ! ? before a capital, a digit or a quote (not "e.g. the", "Dr. X").
_SENTENCE_END = re.compile(r"(?<=[.!?])\s++(?=[\"'(“]?[^\W_a-z])")
_LEAD_WORDS = 8  # a sentence names its topic early: "About my background …", "Math is …"
_MAX_PROSE_SENTENCES_PER_ANSWER = 15
_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth")
_ORDINAL_LEAD = re.compile(rf" (?:the )?({'|'.join(_ORDINALS)}) (?:question|one) ")


def _own_words(matchers: Sequence[_QuestionMatcher]) -> list[set[str]]:
    """Per question, the words of its text no other question's text uses."""
    return [m.content - set().union(*(o.content for o in matchers if o is not m)) for m in matchers]


def _topic(
    sentence: str, matchers: Sequence[_QuestionMatcher], own: Sequence[set[str]]
) -> _QuestionMatcher | None:
    """The question a prose sentence opens with: a label or keyword of it (a phrase), or two
    words only its question uses (`own`), among the sentence's first words; None when
    unclear."""
    lead = _words(sentence)[:_LEAD_WORDS]
    text = " " + " ".join(lead) + " "
    ordinal = _ORDINAL_LEAD.search(text)
    if ordinal:  # "For the first question, I have been …"
        n = _ORDINALS.index(ordinal.group(1)) + 1
        return next((m for m in matchers if m.number == n), None)
    scores: list[tuple[int, _QuestionMatcher]] = []
    for m, own_words in zip(matchers, own, strict=True):
        score = 2 * any(phrase in text for phrase in m.key_phrases)
        score += len(own_words.intersection(lead))
        if score >= 2:
            scores.append((score, m))
    scores.sort(key=lambda sm: -sm[0])
    if not scores or (len(scores) > 1 and scores[1][0] == scores[0][0]):
        return None
    return scores[0][1]


# A lead-in naming the answer's question: those of `_LEAD_IN`, and in prose also "About math,
# …", "For the first question, …".
_TOPIC_LEAD = re.compile(
    rf"^(?:{_LEAD_IN_WORDS}|about|for|on)\s++(?P<label>[^,:;]{{1,40}}?)"
    r"\s*+[,:]\s*+(?P<rest>\S.*)$",
    re.IGNORECASE,
)


def _without_topic_lead(sentence: str, topic: _QuestionMatcher) -> str:
    m = _TOPIC_LEAD.match(sentence)
    if m is None:
        return sentence
    label = " " + " ".join(_words(m.group("label"))) + " "
    named = _label_question(m.group("label"), [topic]) is topic or _ORDINAL_LEAD.search(label)
    return m.group("rest") if named else sentence


def _next_wanted(
    wanted: Sequence[_QuestionMatcher],
    groups: list[tuple[_QuestionMatcher, list[str]]],
    topic: _QuestionMatcher | None,
    *,
    skip_optional: bool,
    skip_any: bool = False,
) -> int | None:
    """The index in `wanted` of `topic` when it is the next question answered: the one after
    the last answered, or (`skip_optional`) one after optional questions left out, or
    (`skip_any`) one after any questions left out."""
    k = next((i + 1 for i, m in enumerate(wanted) if groups and m is groups[-1][0]), 0)
    for i in range(k, len(wanted)):
        if wanted[i] is topic:
            return i
        if not skip_any and (wanted[i].question.required or not skip_optional):
            return None
    return None


def _by_topic(
    text: str, matchers: Sequence[_QuestionMatcher], asked: Sequence[str]
) -> tuple[dict[str, list[str]], dict[str, Method], str]:
    """Unmarked prose whose answers each open with their topic, in the order asked: taken
    only when every asked question opens one answer. Over several paragraphs an answer opens
    a paragraph ("I am ok with probability …" may go on "Maths was my minor"); in a single
    paragraph every sentence opens the next answer ("About my background I … Math is not a
    problem … I can give 25 hours a week …"), so that a background sentence naming a maths
    degree is never taken for the next answer. Anything else (a topic out of order, one
    missing, two topics in one lead, one sentence too many) is left to a person. When the
    reply promises the rest later ("I'll answer the rest over the weekend"), the questions it
    does answer by topic are taken, the others stay open."""
    by_id = {m.question.id: m for m in matchers}
    wanted = [by_id[q] for q in asked if q in by_id]
    if len(wanted) < 3 or len(text) > MAX_REPLY_CHARS:
        return {}, {}, text
    own = _own_words(matchers)
    paragraphs = [
        [s for s in _SENTENCE_END.split(" ".join(p.split())) if s]
        for p in re.split(r"\n\s*\n", text)
        if p.strip()
    ]
    if sum(map(len, paragraphs)) > _MAX_PROSE_SENTENCES_PER_ANSWER * len(wanted):
        return {}, {}, text  # an essay, not answers in prose
    topics = [[_topic(s, matchers, own) for s in p] for p in paragraphs]
    rest_later = [
        any(_DEFERRAL.search(s) and _THE_REST.search(s) for s in p) and len(p) <= 2
        for p in paragraphs
    ]  # paragraphs that promise the other answers
    partial = any(rest_later)
    # The answers start at the first paragraph that names a topic; those above are the intro.
    start = next((k for k, t in enumerate(topics) if any(t)), len(paragraphs))
    single = len(paragraphs) - start == 1
    groups: list[tuple[_QuestionMatcher, list[str]]] = []
    answered: list[int] = []  # the index in `wanted` of each group's question
    intro = [s for p in paragraphs[:start] for s in p]
    for sentences, opens, later in zip(
        paragraphs[start:], topics[start:], rest_later[start:], strict=True
    ):
        if later and not any(opens):
            intro.extend(sentences)  # "I'll answer the rest …": no answer's part
            continue
        for n, (sentence, topic) in enumerate(zip(sentences, opens, strict=True)):
            if not single and n > 0:
                topic = None  # only a paragraph's first sentence opens an answer
            k = _next_wanted(wanted, groups, topic, skip_optional=single, skip_any=partial)
            if topic is not None and k is not None:
                groups.append((topic, [_without_topic_lead(sentence, topic)]))
                answered.append(k)
            elif topic is not None and (not groups or topic is not groups[-1][0]):
                return {}, {}, text  # a topic out of order, or not asked: unclear
            elif not groups:
                intro.append(sentence)
            elif single and not _META_REMARK.match(sentence):
                return {}, {}, text  # one sentence too many: which answer it ends is unclear
            else:  # a paragraph of its own stays one
                groups[-1][1].append(f"\n\n{sentence}" if n == 0 else f" {sentence}")
    left = wanted[answered[-1] + 1 :] if answered else wanted
    if not groups or (
        not partial and ((left and not single) or any(m.question.required for m in left))
    ):
        return {}, {}, text  # a question left without an answer at the end
    last = groups[-1][1]
    while len(last) > 1 and _META_REMARK.match(last[-1].lstrip()):  # "Let me know if …"
        last.pop()
    collected = {m.question.id: ["".join(sentences)] for m, sentences in groups}
    methods: dict[str, Method] = {qid: "order" for qid in collected}
    return collected, methods, " ".join(intro)


# ---------------------------------------------------------------------------------------------
# Answers in an attached file ("please see my answers in the attached document").

# The reply points to a file for its answers: answers (or our questions) named within a
# sentence of an attachment word, in either order: "see my answers in the attached file",
# "attached are my responses", "for the other questions, see attached", "Antworten im Anhang",
# "respuestas en el archivo adjunto", "réponses en pièce jointe". "Please find my CV attached"
# and "see attached resume" do not: they name no answers, and a cover letter is not read.
_ANSWER_WORDS = (
    r"answers?|responses?|replies|questions|antworten|fragen|respuestas|preguntas|réponses|"
    r"reponses|risposte|domande|respostas|perguntas"
)
_ATTACHED_WORDS = (
    r"attach\w*|anhang|anlage|angehängt\w*|pi[eè]ce\s+jointe|ci-joint\w*|adjunt\w*|allegat\w*|"
    r"anex\w*"
)
_POINTS_TO_FILE = re.compile(
    rf"\b(?:{_ANSWER_WORDS})\b[^.\n]{{0,60}}\b(?:{_ATTACHED_WORDS})"
    rf"|\b(?:{_ATTACHED_WORDS})[^.\n]{{0,60}}\b(?:{_ANSWER_WORDS})\b",
    re.IGNORECASE,
)
# A file named for answers is read even when the body says nothing (a reply with only a file).
_ANSWERS_FILE_NAME = re.compile(
    r"answer|respons|antwort|respuesta|r[ée]ponse|rispost|resposta|question|fragen|pregunta",
    re.IGNORECASE,
)
# Files read for answers per email, and what of each (answers fit in a few KB).
MAX_ANSWER_FILES = 5


@dataclass(frozen=True)
class AttachedText:
    """An attached document's name and text, as read by `parsers.resume.read_resume`."""

    filename: str
    text: str


def with_attached_answers(
    found: ExtractedAnswers, questions: QuestionSet, files: Sequence[AttachedText]
) -> ExtractedAnswers:
    """`found` (the email's own answers), completed from the attached file that answers the
    most of the rest, when the email points to a file or a file is named for answers. The
    email's own answer to a question wins; each answer from a file names it (`Answer.file`).
    Unchanged when no file answers anything the email did not."""
    visible = first_lines(found.visible, MAX_REPLY_CHARS)
    pointed = bool(_POINTS_TO_FILE.search(visible))
    # "For question 3 I have attached my study plan": the file is that one answer.
    one = _ONE_ANSWER_IN_FILE.search(visible)
    only = _question_numbered(questions, int(one["n"] or one["m"])) if one else None
    best: dict[str, Answer] = {}
    for f in files[:MAX_ANSWER_FILES]:
        if not (pointed or only or _ANSWERS_FILE_NAME.search(f.filename)) or not f.text.strip():
            continue
        text = first_lines(f.text, MAX_REPLY_CHARS)
        from_file = dict(extract_answers(text, questions).answers)
        if only is not None and only not in found.answers and set(from_file) <= {only}:
            # The whole document is that answer (its title line may read like a label).
            from_file = {only: Answer(question_id=only, text=_without_title(text), method="file")}
        new = {
            qid: a.model_copy(update={"file": f.filename})
            for qid, a in from_file.items()
            if qid not in found.answers
        }
        if len(new) > len(best):
            best = new
    if not best:
        return found
    own = {qid: _without_pointer(a) for qid, a in found.answers.items()}
    merged = {qid: own.get(qid) or best.get(qid) for qid in questions.ids}
    answers = {qid: a for qid, a in merged.items() if a is not None}
    return found.model_copy(
        update={
            "answers": answers,
            "missing_required": [q for q in found.missing_required if q not in answers],
        }
    )


_ONE_ANSWER_IN_FILE = re.compile(
    rf"\bquestion\s++(?P<n>\d{{1,2}})\b[^.\n]{{0,60}}\b(?:{_ATTACHED_WORDS})"
    rf"|\b(?:{_ATTACHED_WORDS})[^.\n]{{0,60}}\bquestion\s++(?P<m>\d{{1,2}})\b",
    re.IGNORECASE,
)


def _question_numbered(questions: QuestionSet, n: int) -> str | None:
    return questions.questions[n - 1].id if 1 <= n <= len(questions.questions) else None


def _without_title(text: str) -> str:
    """A document's text without its title line ("Study plan – Arjun Mehta")."""
    lines = [ln.rstrip() for ln in text.strip().split("\n")]
    if len(lines) > 1 and len(lines[0]) <= 80 and not lines[0].rstrip().endswith((".", ":")):
        lines = lines[1:]
    return "\n".join(lines).strip()


def _without_pointer(answer: Answer) -> Answer | None:
    """The answer without its closing paragraphs that point to the file ("for the rest, see
    attached"); None when that is all it says."""
    paragraphs = answer.text.split("\n\n")
    while paragraphs and (
        _POINTS_TO_FILE.search(paragraphs[-1]) or _ONE_ANSWER_IN_FILE.search(paragraphs[-1])
    ):
        paragraphs.pop()
    if not paragraphs:
        return None
    return answer.model_copy(update={"text": "\n\n".join(paragraphs)})
