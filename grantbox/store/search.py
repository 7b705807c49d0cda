"""Free-text search in what applicants wrote: resume text, answers and the text of their
inbound messages, on SQLite (FTS5) and PostgreSQL (tsvector + GIN) behind one function.

A search is split into words (letters and digits only, so nothing typed is ever FTS or
tsquery syntax); an application matches when every word begins a word somewhere in its
texts, case-insensitively ("pytor" finds "PyTorch"). Migration 0006 makes the indexes and
keeps them in step with every write: FTS5 tables `fts_<table>` on SQLite, a tsvector column
`fts_document` with a GIN index on PostgreSQL.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Any, cast

from sqlalchemy import ColumnElement, and_, column, func, literal_column, select, table, union
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


def words(search: str) -> list[str]:
    """The distinct words of a search, lower-cased, at most MAX_WORDS."""
    found = _WORD.findall(unicodedata.normalize("NFC", search).lower())
    return list(dict.fromkeys(found))[:MAX_WORDS]


def _has(dialect: str, source: Any, word: str) -> ColumnElement[bool]:
    name = source.__tablename__
    if dialect == "postgresql":
        # A column no model declares (PostgreSQL only, migration 0006).
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
    return and_(
        *(
            Application.id.in_(
                union(
                    *(
                        select(source.application_id).where(_has(dialect, source, word))
                        for _, source in SOURCES
                    )
                )
            )
            for word in terms
        )
    )


def _pattern(terms: Iterable[str]) -> re.Pattern[str]:
    # A term and the rest of its word (what the index matched); `_found` checks that it
    # begins a word (a look-behind here would make the search some three times slower).
    alternatives = "|".join(re.escape(t) for t in sorted(terms, key=len, reverse=True))
    return re.compile(rf"(?:{alternatives})[^\W_]*", re.IGNORECASE)


def _found(pattern: re.Pattern[str], text: str) -> list[re.Match[str]]:
    return [
        m
        for m in pattern.finditer(text)
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
    return max((t for t in terms if word.startswith(t)), key=len, default=word)


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
        parts.append((m.group(0), True))
        done = m.end()
    parts.append((window[done:] + ("…" if end < len(line) or hi < len(text) else ""), False))
    return parts
