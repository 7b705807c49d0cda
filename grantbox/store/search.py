"""Free-text search in what applicants wrote: resume text, answers and the text of their
inbound messages, on SQLite (FTS5) and PostgreSQL (tsvector + GIN) behind one function.

A search is split into words (letters and digits only, so nothing typed is ever FTS or
tsquery syntax); an application matches when every word begins a word somewhere in its
texts, case-insensitively ("pytor" finds "PyTorch"). Migration 0006 makes the indexes and
keeps them in step with every write: FTS5 tables `fts_<table>` on SQLite, a tsvector column
`fts_document` with a GIN index on PostgreSQL.

Diacritics do not count, both ways ("jose" finds "José", "José" finds "jose"): since
migration 0008 the SQLite tokenizer removes them (`unicode61 remove_diacritics 2`) and the
PostgreSQL column is computed from the text without its combining marks (NFD, then
U+0300–U+036F removed: no extension needed); a searched word is folded the same way here
(`fold`). A word also matches inside the applicant's name, folded alike (`grantbox_fold`,
registered on each SQLite connection that searches), so "jose" finds the applicant José
whatever the texts say, and "josé" finds Jose and jose@…. Letters that do not decompose
(ø, ł, đ, ß) stay as they are on both databases.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Any, cast

from sqlalchemy import (
    ColumnElement,
    and_,
    column,
    func,
    literal_column,
    or_,
    select,
    table,
    union,
)
from sqlalchemy.orm import Session

from grantbox.store.tables import Answer, Application, Message, Resume

_WORD = re.compile(r"[^\W_]+")
MAX_WORDS = 8
# The sources in the order a snippet is taken from them when several match equally.
SOURCES: tuple[tuple[str, type[Resume] | type[Answer] | type[Message]], ...] = (
    ("resume", Resume),
    ("answer", Answer),
    ("message", Message),
)


_MARKS = re.compile("[\u0300-\u036f]+")


def fold(text: str) -> str:
    """`text` lower-cased without its diacritics, as the indexes of migration 0008 hold it:
    decomposed (NFD), combining marks U+0300–U+036F removed, recomposed."""
    return unicodedata.normalize("NFC", _MARKS.sub("", unicodedata.normalize("NFD", text))).lower()


class _FoldChars(dict[int, str]):
    """A `str.translate` table folding one character to one (or keeping it), so that a
    match in the folded text is at the same place in the original."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        folded = fold(ch)
        self[code] = result = folded if len(folded) == 1 else ch
        return result


_FOLD_CHARS = _FoldChars()


# Where the letters with diacritics are (Latin, Greek, Cyrillic, and loose combining marks):
# only these go through `_FOLD_CHARS`, so a text whose only non-ASCII characters are dashes
# and bullets costs a regex scan.
_FOLDABLE = re.compile("[\u00c0-\u036f\u0370-\u04ff\u1e00-\u1fff]")


def _fold_in_place(text: str) -> str:
    if text.isascii():
        return text
    return _FOLDABLE.sub(lambda m: _FOLD_CHARS[ord(m.group())], text)


def words(search: str) -> list[str]:
    """The distinct words of a search, lower-cased, at most MAX_WORDS."""
    found = _WORD.findall(unicodedata.normalize("NFC", search).lower())
    return list(dict.fromkeys(found))[:MAX_WORDS]


def _register_fold(session: Session) -> None:
    """`grantbox_fold(text)` on this SQLite connection (PostgreSQL has it in SQL). Registering
    again replaces it, at the cost of a few microseconds."""
    raw = session.connection().connection.dbapi_connection
    if raw is not None:
        raw.create_function("grantbox_fold", 1, _fold_value, deterministic=True)


def _fold_value(value: object) -> object:
    return fold(value) if isinstance(value, str) else value


def _folded(dialect: str, value: Any) -> ColumnElement[str]:
    if dialect == "postgresql":
        stripped = func.regexp_replace(
            func.normalize(value, literal_column("NFD")),
            literal_column("'[\\u0300-\\u036f]+'"),
            "",
            "g",
        )
        return func.lower(stripped)
    return cast(ColumnElement[str], func.grantbox_fold(value))


def _in_name(dialect: str, word: str) -> ColumnElement[bool]:
    """The applicant's name holds `word` (letters and digits only: no LIKE wildcards),
    diacritics folded on both sides: "jose" finds José, "josé" finds Jose and
    jose@mail.test. Cheap per row, as every search scans the applications: an ASCII name is
    never folded (a test in SQL first), and an ASCII word is not looked for in ASCII names and
    addresses, where the queue's own substring match (grantbox.review.views) finds it."""
    folded = fold(word)
    pattern = f"%{folded}%"
    if dialect == "postgresql":
        non_ascii = Application.name.op("~")(literal_column("'[^\\x01-\\x7f]'"))
    else:
        non_ascii = Application.name.op("GLOB")(literal_column("'*[^\x01-\x7f]*'"))
    conditions = [and_(non_ascii, _folded(dialect, Application.name).like(pattern))]
    if folded != word:  # "josé": also the plain spelling, in any name or address
        for value in (Application.name, Application.email):
            lowered = func.lower(value) if dialect == "postgresql" else value
            conditions.append(lowered.like(pattern))  # SQLite's LIKE ignores ASCII case
    return or_(*conditions)


def _has(dialect: str, source: Any, word: str) -> ColumnElement[bool]:
    name = source.__tablename__
    word = fold(word)
    if dialect == "postgresql":
        # A column no model declares (PostgreSQL only, migrations 0006 and 0008).
        query = func.to_tsquery(literal_column("'simple'"), f"'{word}':*")
        return literal_column(f"{name}.fts_document").op("@@")(query)
    fts = table(f"fts_{name}", column("rowid"))
    # A quoted string then '*': a prefix query whatever the word is ("NEAR", "OR", …).
    hits = select(fts.c.rowid).where(literal_column(fts.name).op("MATCH")(f'"{word}"*'))
    return source.id.in_(hits)


def text_matches(session: Session, terms: list[str]) -> ColumnElement[bool]:
    """Applications whose resume, answers or messages hold every one of `terms` (from
    `words`), each anywhere among them."""
    dialect = session.get_bind().dialect.name
    if dialect == "sqlite":
        _register_fold(session)
    return and_(
        *(
            or_(
                Application.id.in_(
                    union(
                        *(
                            select(source.application_id).where(_has(dialect, source, word))
                            for _, source in SOURCES
                        )
                    )
                ),
                _in_name(dialect, word),
            )
            for word in terms
        )
    )


def _pattern(terms: Iterable[str]) -> re.Pattern[str]:
    # A term and the rest of its word (what the index matched); `_found` checks that it
    # begins a word (a look-behind here would make the search some three times slower).
    # Matched in the text folded in place (`_found`): "jose" marks "José".
    folded = {fold(t) for t in terms}
    alternatives = "|".join(re.escape(t) for t in sorted(folded, key=lambda t: (-len(t), t)))
    return re.compile(rf"(?:{alternatives})[^\W_]*", re.IGNORECASE)


def _found(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    return [
        m
        for m in pattern.finditer(_fold_in_place(text))
        if m.start() == 0 or not (text[m.start() - 1].isalnum() or text[m.start() - 1] == "_")
    ]


def snippets(
    session: Session, terms: dict[int, list[str]], width: int = 160
) -> dict[int, dict[str, Any]]:
    """Where each application matched its `terms` ({app id: words}): {app id: {"source":
    "resume"|"answer"|"message", "parts": [(text, is_match), …]}}, about `width` characters
    around the first match in the source holding most of the words. Plain text: the page
    escapes it."""
    wanted = [i for i, t in terms.items() if t]
    if not wanted:
        return {}
    texts: dict[int, list[tuple[str, str]]] = {i: [] for i in wanted}
    for label, source in SOURCES:
        rows = session.execute(
            select(source.application_id, source.text)
            .where(source.application_id.in_(wanted))
            .order_by(source.id)
        )
        for app_id, text in rows:
            texts[cast(int, app_id)].append((label, text))
    result: dict[int, dict[str, Any]] = {}
    for app_id in wanted:
        pattern = _pattern(terms[app_id])
        best: tuple[int, str, str, int] | None = None
        for label, text in texts[app_id]:
            found = _found(pattern, text)
            if found:
                kinds = len({_which(m, terms[app_id]) for m in found})
                if best is None or kinds > best[0]:
                    best = (kinds, label, text, found[0].start())
        if best is not None:
            _, label, text, at = best
            result[app_id] = {"source": label, "parts": _window(pattern, text, at, width)}
    return result


def _which(match: re.Match[str], terms: list[str]) -> str:
    """The term a match is for (the longest that begins it)."""
    word = match.group(0).lower()
    return max((t for t in terms if word.startswith(fold(t))), key=len, default=word)


def _window(pattern: re.Pattern[str], text: str, at: int, width: int) -> list[tuple[str, bool]]:
    """About `width` characters of `text` around the match at `at`, whitespace collapsed,
    cut at word ends, as (text, is_match) parts."""
    lo, hi = max(0, at - 2 * width), at + 2 * width
    before = " ".join(text[lo:at].split())
    if before and text[at - 1].isspace():
        before += " "
    line = before + " ".join(text[at:hi].split())
    at = len(before)
    start = max(0, at - width // 3)
    if start:  # begin at a word (or at the match)
        start = line.find(" ", start, at) + 1 or at
    end = start + width
    if end < len(line) and line.rfind(" ", at, end) > 0:  # end at one
        end = line.rfind(" ", at, end)
    window = line[start:end]
    parts: list[tuple[str, bool]] = [("…", False)] if start or lo else []
    done = 0
    for m in _found(pattern, window):
        if m.start() > done:
            parts.append((window[done : m.start()], False))
        parts.append((window[m.start() : m.end()], True))  # the original, accents and all
        done = m.end()
    parts.append((window[done:] + ("…" if end < len(line) or hi < len(text) else ""), False))
    return parts
