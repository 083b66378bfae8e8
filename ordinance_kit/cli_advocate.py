"""Advocate workflow commands: init (the interview), explain, questions. Registered on the app."""
from __future__ import annotations

from .cli import app  # noqa: F401  (commands are added with @app.command())
