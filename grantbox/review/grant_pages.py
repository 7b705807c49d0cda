"""The grants pages of the review app (issue 12): registered on the app by create_app."""

from __future__ import annotations

from typing import TYPE_CHECKING

from fastapi import FastAPI

if TYPE_CHECKING:
    from grantbox.review.web import PageKit


def register(app: FastAPI, kit: PageKit) -> None:
    """Add the grants pages to `app`."""
