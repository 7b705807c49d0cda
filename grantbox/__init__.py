"""grantbox: run a grant application program over plain email."""

__version__ = "0.1.0"
