"""How much of an applicant's text a parser reads: a prefix, cut at a line end, so every step's
cost is bounded however long the text is (issue 16)."""

from __future__ import annotations


def first_lines(text: str, limit: int) -> str:
    """The first `limit` characters of `text`, cut at the last line end within them (or at
    `limit` itself when there is none)."""
    if len(text) <= limit:
        return text
    head = text[:limit]
    cut = head.rfind("\n")
    return head[:cut] if cut > 0 else head
